"""The report as Markdown (for wikis, pull requests and e-mail)."""

from __future__ import annotations

from editkit.report.model import totals_line


def table(headers: list[str], rows: list[list]) -> str:
    def cell(value) -> str:
        return str(value if value is not None else "—").replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def render_markdown(report: dict) -> str:
    s = report["summary"]
    out = ["# editkit house-style report", "",
           f"{totals_line(s)}; average house-style score "
           f"**{s['average_score']}** (score = {s['score_formula']}).", ""]
    if s.get("readability"):
        r = s["readability"]
        out += [f"Readability: {r['syllables_per_sentence']} syllables per sentence, Nguyễn–Henkin level "
                f"{r['nguyen_henkin']} (each article weighted by its sentences).", ""]
    out += ["## Findings by severity and category", "",
            table(["severity", "count"], [[k, v] for k, v in s["by_severity"].items()]), "",
            table(["category", "count"], [[k, v] for k, v in sorted(s["by_category"].items(), key=lambda kv: -kv[1])]), ""]
    out += ["## Rules by frequency", "", table(["rule", "count"], [[r["rule"], r["count"]] for r in report["rules"][:20]]), ""]
    out += ["## Worst articles", "", table(["article", "title", "author", "score", "findings"],
            [[a["path"], a["title"], a["author"], a["score"], sum(a["by_severity"].values())] for a in report["worst_articles"]]), ""]
    for key, title in (("by_author", "author"), ("by_desk", "desk")):
        out += [f"## By {title}", "", table([title, "articles", "average score", "findings per 1,000 words"],
                [[r[title], r["articles"], r["average_score"], f'{r["findings_per_1000_words"]:.2f}'] for r in report[key]]), ""]
    if report["trend"]:
        out += ["## Trend by month", "", table(["month", "articles", "average score", "findings per 1,000 words"],
                [[r["month"], r["articles"], r["average_score"], f'{r["findings_per_1000_words"]:.2f}'] for r in report["trend"]]), ""]
    if report.get("recurring_unknown_words"):
        rows = report["recurring_unknown_words"]
        out += ["## Unknown words in several articles", "",
                "Names and terms the project may want to accept: `editkit accept " + " ".join(r["word"] for r in rows[:8]) + "`", "",
                table(["word", "articles", "findings"], [[r["word"], r["articles"], r["findings"]] for r in rows]), ""]
    out += ["## Articles", ""]
    for a in report["articles"]:
        out += [f"### {a['path']}", ""]
        if a["error"]:
            out += [f"Could not be read: {a['error']}", ""]
            continue
        r = a["readability"]
        out += [f"**{a['title'] or '(no title)'}** — {a['author'] or 'no byline'}, {a['date'] or 'no date'}; score **{a['score']}**; "
                f"{a['words']} words; {r.get('syllables_per_sentence', '—')} syllables per sentence; readability level "
                f"{r.get('nguyen_henkin', '—')}; rare syllables {round(100 * r.get('rare_syllable_share', 0), 1)}%.", ""]
        if a["top_issues"]:
            out += [table(["line", "rule", "severity", "message", "context"],
                          [[i["line"], f"{i['rule']} {i['name']}", i["severity"], i["message"], f"`{i['context']}`"] for i in a["top_issues"]]), ""]
    return "\n".join(out) + "\n"
