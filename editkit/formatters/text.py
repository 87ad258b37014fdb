"""``--format text``: findings grouped by file, with the source line and a marker under the span."""

from __future__ import annotations

import io

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from editkit.formatters import Report, summary

STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}
CONTEXT = 50  # characters of a long line shown on each side of the span


def visible(text: str) -> str:
    """Make tabs, line endings and invisible characters visible in a source excerpt."""
    return "".join(c if c.isprintable() or c == " " else "·" for c in text.replace("\t", " "))


def excerpt(line: str, start: int, end: int) -> tuple[str, int, int]:
    """A window of ``line`` around [start, end) and the span's position inside it."""
    left = max(0, start - CONTEXT)
    right = min(len(line), max(end, start + 1) + CONTEXT)
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(line) else ""
    window = prefix + line[left:right] + suffix
    return visible(window), start - left + len(prefix), min(end, right) - left + len(prefix)


def render_diagnostic(console: Console, result, d, report: Report) -> None:
    header = Text("  ")
    header.append(f"{d.start.line}:{d.start.column}", style="bold")
    header.append("  ")
    header.append(f"{d.severity:<7}", style=STYLES[d.severity])
    header.append(f"  {d.rule} ", style="bold magenta")
    header.append(d.message)
    header.append(f"  {d.name}", style="dim")
    if d.fix is not None and report.show_fixes:
        header.append(f"  [{'fix' if d.fix.applicability == 'safe' else 'unsafe fix'}]", style="green")
    if d.suggestions:
        header.append("  → " + ", ".join(d.suggestions[:3]), style="green")
    console.print(header, soft_wrap=True)
    line = result.source_line(d.start.line)
    end_column = d.end.column if d.end.line == d.start.line else len(line) + 1
    window, start, end = excerpt(line, d.start.column - 1, end_column - 1)
    console.print(Text("     │ ", style="dim") + Text(window), soft_wrap=True)
    marker = " " * cell_len(window[:start]) + "^" * max(1, cell_len(window[start:end]))
    console.print(Text("     │ ", style="dim") + Text(marker, style=STYLES[d.severity]), soft_wrap=True)


def format_text(report: Report) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=report.color, no_color=not report.color,
                      width=report.width, highlight=False, emoji=False)
    for result in report.results:
        if result.error or not result.diagnostics:
            continue  # unreadable inputs are reported on stderr, one line each
        console.print(Text(result.path, style="bold underline"), soft_wrap=True)
        for d in result.diagnostics:
            render_diagnostic(console, result, d, report)
        console.print()
    if not report.quiet:
        console.print(closing_line(report), soft_wrap=True)
    if report.statistics:
        render_statistics(console, report)
    return buffer.getvalue()


def closing_line(report: Report) -> Text:
    totals = summary(report.results)
    fixed = sum(r.fixed for r in report.results)
    parts = Text()
    if fixed:
        parts.append(f"Fixed {fixed} issue{'s' if fixed != 1 else ''}. ", style="green")
    if totals["diagnostics"] == 0 and totals["errors"] == 0:
        parts.append(f"All checks passed ({totals['files']} file{'s' if totals['files'] != 1 else ''}).", style="green")
        return parts
    by = totals["by_severity"]
    counts = ", ".join(f"{by[s]} {s}{'s' if by[s] != 1 and s != 'info' else ''}" for s in ("error", "warning", "info") if s in by)
    parts.append(f"Found {totals['diagnostics']} problem{'s' if totals['diagnostics'] != 1 else ''}", style="bold")
    if counts:
        parts.append(f" ({counts})")
    parts.append(f" in {totals['files']} file{'s' if totals['files'] != 1 else ''}.")
    fixable = sum(1 for d in report.diagnostics if d.fix is not None and d.fix.applicability == "safe")
    unsafe = sum(1 for d in report.diagnostics if d.fix is not None and d.fix.applicability == "unsafe")
    if fixable and report.show_fixes:
        parts.append(f" {fixable} fixable with --fix", style="green")
        if unsafe:
            parts.append(f" ({unsafe} more with --unsafe-fixes)", style="green")
        parts.append(".")
    if totals["errors"]:
        parts.append(f" {totals['errors']} file{'s' if totals['errors'] != 1 else ''} could not be read.", style="red")
    return parts


def render_statistics(console: Console, report: Report) -> None:
    from rich.table import Table

    table = Table(title="Statistics", show_edge=False)
    for column in ("count", "code", "name", "fixable"):
        table.add_column(column, justify="right" if column == "count" else "left")
    for code, count in sorted(summary(report.results)["by_rule"].items(), key=lambda kv: (-kv[1], kv[0])):
        rule = report.rules[code]
        table.add_row(str(count), code, rule.name, "yes" if rule.fixable else "")
    console.print(table)
