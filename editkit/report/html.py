"""The report as one self-contained HTML file: inline CSS and inline SVG charts, no network."""

from __future__ import annotations

from html import escape

CSS = """body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:1100px;color:#222}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}table{border-collapse:collapse;margin:.5rem 0;width:100%}
th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}th{background:#f5f5f5}
.score{font-weight:bold}.error{color:#b00}.warning{color:#a60}.info{color:#06c}code{background:#f6f6f6;padding:0 .2rem}
.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem}
.card b{display:block;font-size:1.4rem}svg text{font-size:11px;font-family:inherit}"""


def bar_chart(rows: list[tuple[str, float]], title: str, width: int = 640) -> str:
    if not rows:
        return ""
    top = max(v for _, v in rows) or 1
    bar = 18
    height = bar * len(rows) + 24
    parts = [f'<svg role="img" aria-label="{escape(title)}" width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
             f'<text x="0" y="12" font-weight="bold">{escape(title)}</text>']
    for index, (label, value) in enumerate(rows):
        y = 20 + index * bar
        length = int((width - 320) * value / top)
        parts.append(f'<text x="0" y="{y + 12}">{escape(label[:38])}</text>')
        parts.append(f'<rect x="240" y="{y + 2}" width="{max(length, 1)}" height="{bar - 5}" fill="#4a7bd0"></rect>')
        parts.append(f'<text x="{245 + length}" y="{y + 12}">{value:g}</text>')
    parts.append("</svg>")
    return "".join(parts)


def table(headers, rows) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def e(value) -> str:
    return escape(str(value if value is not None else "—"))


def render_html(report: dict) -> str:
    s = report["summary"]
    cards = "".join(f'<div class="card">{label}<b>{value}</b></div>' for label, value in (
        ("articles", s["articles"]), ("words", f"{s['words']:,}"), ("findings", s["findings"]),
        ("average score", s["average_score"] if s["average_score"] is not None else "—"),
        ("readability level", (s.get("readability") or {}).get("nguyen_henkin", "—"))))
    body = [f"<h1>editkit house-style report</h1><div class='cards'>{cards}</div>",
            f"<p>House-style score = {e(s['score_formula'])}.</p>",
            "<h2>Rules by frequency</h2>", bar_chart([(r["rule"], r["count"]) for r in report["rules"][:15]], "findings per rule"),
            "<h2>Findings by category</h2>", bar_chart(sorted(s["by_category"].items(), key=lambda kv: -kv[1]), "findings per category"),
            "<h2>Worst articles</h2>", table(["article", "title", "author", "score", "findings"], [
                [e(a["path"]), e(a["title"]), e(a["author"]), f'<span class="score">{e(a["score"])}</span>', e(sum(a["by_severity"].values()))]
                for a in report["worst_articles"]])]
    for key, title in (("by_author", "author"), ("by_desk", "desk")):
        body += [f"<h2>By {title}</h2>", bar_chart([(r[title], r["average_score"]) for r in report[key][:15]], f"average score by {title}"),
                 table([title, "articles", "average score", "findings per 1,000 words"],
                       [[e(r[title]), e(r["articles"]), e(r["average_score"]), e(f'{r["findings_per_1000_words"]:.2f}')] for r in report[key]])]
    if report["trend"]:
        body += ["<h2>Trend by month</h2>", bar_chart([(r["month"], r["average_score"]) for r in report["trend"]], "average score by month"),
                 table(["month", "articles", "average score", "findings per 1,000 words"],
                       [[e(r["month"]), e(r["articles"]), e(r["average_score"]), e(f'{r["findings_per_1000_words"]:.2f}')] for r in report["trend"]])]
    if report.get("recurring_unknown_words"):
        rows = report["recurring_unknown_words"]
        body += ["<h2>Unknown words in several articles</h2>",
                 f"<p>Names and terms the project may want to accept: <code>editkit accept {e(' '.join(r['word'] for r in rows[:8]))}</code></p>",
                 table(["word", "articles", "findings"], [[e(r["word"]), e(r["articles"]), e(r["findings"])] for r in rows])]
    body.append("<h2>Articles</h2>")
    for a in report["articles"]:
        body.append(f"<h3>{e(a['path'])}</h3>")
        if a["error"]:
            body.append(f"<p class='error'>Could not be read: {e(a['error'])}</p>")
            continue
        r = a["readability"]
        body.append(f"<p><b>{e(a['title'] or '(no title)')}</b> — {e(a['author'] or 'no byline')}, {e(a['date'])}; "
                    f"score <span class='score'>{e(a['score'])}</span>; {e(a['words'])} words; readability level "
                    f"{e(r.get('nguyen_henkin'))}; {e(r.get('syllables_per_sentence'))} syllables per sentence.</p>")
        if a["top_issues"]:
            body.append(table(["line", "rule", "severity", "message", "context"], [
                [e(i["line"]), e(f"{i['rule']} {i['name']}"), f"<span class='{i['severity']}'>{e(i['severity'])}</span>",
                 e(i["message"]), f"<code>{e(i['context'])}</code>"] for i in a["top_issues"]]))
    return ("<!doctype html><html lang='vi'><head><meta charset='utf-8'><title>editkit report</title>"
            f"<style>{CSS}</style></head><body>{''.join(body)}</body></html>\n")
