"""The report in the terminal (rich tables)."""

from __future__ import annotations

import io

from editkit.report.model import totals_line


ARTICLES_SHOWN = 25  # up to this many articles, the terminal lists every one with its readability


def render_text(report: dict, color: bool = False, width: int = 110) -> str:
    from rich.console import Console
    from rich.table import Table

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=width)
    s = report["summary"]
    console.print(f"[bold]editkit house-style report[/bold]: {totals_line(s)}, average score [bold]{s['average_score']}[/bold]")
    console.print(f"score = {s['score_formula']}")
    if s.get("readability"):
        r = s["readability"]
        console.print(f"readability: {r['syllables_per_sentence']} syllables per sentence, "
                      f"Nguyễn–Henkin level {r['nguyen_henkin']}")
    table = Table(title="Rules by frequency", show_edge=False)
    table.add_column("rule")
    table.add_column("count", justify="right")
    for row in report["rules"][:15]:
        table.add_row(row["rule"], str(row["count"]))
    console.print(table)
    # a few articles are each shown (what a writer checking a draft asks for); a corpus by its worst
    few = [a for a in report["articles"] if a["score"] is not None] if len(report["articles"]) <= ARTICLES_SHOWN else None
    worst = Table(title="Articles" if few is not None else "Worst articles", show_edge=False)
    for column in ("article", "author", "words", "score", "findings", "syllables / sentence", "readability"):
        worst.add_column(column)
    for a in few if few is not None else report["worst_articles"]:
        r = a.get("readability") or {}
        worst.add_row(a["path"], a["author"] or "—", str(a["words"]), str(a["score"]), str(sum(a["by_severity"].values())),
                      str(r.get("syllables_per_sentence", "—")), str(r.get("nguyen_henkin", "—")))
    console.print(worst)
    for key, title in (("by_author", "author"), ("by_desk", "desk"), ("trend", "month")):
        rows = report[key]
        if not rows:
            continue
        group = Table(title=f"By {title}", show_edge=False)
        for column in (title, "articles", "average score", "findings / 1k words"):
            group.add_column(column)
        for r in rows:
            group.add_row(str(r[title]), str(r["articles"]), str(r["average_score"]), f'{r["findings_per_1000_words"]:.2f}')
        console.print(group)
    if report.get("recurring_unknown_words"):
        words = Table(title="Recurring unknown words", show_edge=False)
        for column in ("word", "articles", "findings"):
            words.add_column(column)
        for r in report["recurring_unknown_words"]:
            words.add_row(r["word"], str(r["articles"]), str(r["findings"]))
        console.print(words)
        console.print("Accept the right ones: editkit accept " + " ".join(r["word"] for r in report["recurring_unknown_words"][:8]),
                      markup=False)
    return buffer.getvalue()
