"""``--format text``: findings grouped by file, with the source line and a marker under the span."""

from __future__ import annotations

import io
import re

from editkit.diagnostics import brief
from editkit.formatters import Report, Stream, render

STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}
CONTEXT = 50  # characters of a long line shown on each side of the span


def visible(text: str) -> str:
    """Make tabs, line endings and invisible characters visible in a source excerpt."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == " " else "·" for c in text.replace("\t", " "))


COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u200b-\u200f]")
WIDE = re.compile(r"[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3"
                  r"\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U0001f300-\U0001f64f\U0001f900-\U0001f9ff"
                  r"\U00020000-\U0003fffd]")


def display_width(text: str) -> int:
    """Terminal cells ``text`` takes: combining marks take none, East Asian wide characters two."""
    if text.isascii():
        return len(text)
    return len(text) - len(COMBINING.findall(text)) + len(WIDE.findall(text))


MAX_SHOWN_SPAN = 60


def excerpt(line: str, start: int, end: int) -> tuple[str, int, int]:
    """A window of ``line`` around [start, end) and the span's position inside it; a long span
    (a whole quotation) is shown by its first MAX_SHOWN_SPAN characters."""
    left = max(0, start - CONTEXT)
    if end - start > MAX_SHOWN_SPAN:
        end = start + MAX_SHOWN_SPAN
        right = end
    else:
        right = min(len(line), max(end, start + 1) + CONTEXT)
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(line) else ""
    window = prefix + line[left:right] + suffix
    return visible(window), start - left + len(prefix), min(end, right) - left + len(prefix)


Segments = list[tuple[str, str | None]]  # one output line: (text, rich style or None)


def diagnostic_lines(result, d, report: Report) -> list[Segments]:
    """The three lines of a finding: location, severity, code, message, name, fix and suggestions;
    the source excerpt; a marker under the span."""
    header: Segments = [("  ", None), (f"{d.start.line}:{d.start.column}", "bold"), ("  ", None),
                        (f"{d.severity:<7}", STYLES[d.severity]), (f"  {d.rule} ", "bold magenta"), (d.message, None),
                        (f"  {d.name}" + (f" ({d.style_rule})" if d.style_rule else ""), "dim")]
    if d.fix is not None and report.show_fixes:
        header.append((f"  [{'fix' if d.fix.applicability == 'safe' else 'unsafe fix'}]", "green"))
    if d.suggestions:
        header.append(("  → " + ", ".join(brief(s) for s in d.suggestions[:3]), "green"))
    line_number, start_column = d.start.line, d.start.column
    line = result.source_line(line_number)
    while not line[start_column - 1:].strip() and line_number < d.end.line:
        line_number, start_column = line_number + 1, 1  # a span from a blank line: show where its text is
        line = result.source_line(line_number)
    end_column = d.end.column if d.end.line == line_number else len(line) + 1
    window, start, end = excerpt(line, start_column - 1, end_column - 1)
    marker = " " * display_width(window[:start]) + "^" * max(1, display_width(window[start:end]))
    return [header, [("     │ ", "dim"), (window, None)], [("     │ ", "dim"), (marker, STYLES[d.severity])]]


def file_lines(result, report: Report) -> list[Segments]:
    lines: list[Segments] = [[(result.path, "bold underline")]]
    for d in result.diagnostics:
        lines.extend(diagnostic_lines(result, d, report))
    lines.append([])
    return lines


class TextStream(Stream):
    """Findings grouped by file; plain text is joined as strings (some thirty times faster than a
    console for thousands of findings), colour goes through rich."""

    def file(self, result) -> str:
        if result.error or not result.diagnostics:
            return ""  # unreadable inputs are reported on stderr, one line each
        return self.lines(file_lines(result, self.report))

    def end(self) -> str:
        report = self.report
        out = "" if report.quiet else self.lines([closing_line(report)])
        if report.statistics:
            out += self.with_console(lambda console: render_statistics(console, report))
        return out

    def lines(self, lines: list[Segments]) -> str:
        if not self.report.color:  # plain text needs no console (nor rich's import time)
            return "".join("".join(text for text, _ in segments) + "\n" for segments in lines)
        from rich.text import Text

        return self.with_console(lambda console: [console.print(Text.assemble(*segments), soft_wrap=True) for segments in lines])

    def with_console(self, draw) -> str:
        from rich.console import Console

        buffer = io.StringIO()
        draw(Console(file=buffer, force_terminal=self.report.color, no_color=not self.report.color,
                     width=self.report.width, highlight=False, emoji=False))
        return buffer.getvalue()


def format_text(report: Report) -> str:
    return render(TextStream(report), report.results)


def closing_line(report: Report) -> Segments:
    totals = report.totals.summary()
    fixed = report.totals.fixed
    parts: Segments = []
    if fixed:
        parts.append((f"Fixed {fixed} issue{'s' if fixed != 1 else ''}. ", "green"))
    if totals["diagnostics"] == 0 and totals["errors"] == 0:
        parts.append((f"All checks passed ({totals['files']} file{'s' if totals['files'] != 1 else ''}).", "green"))
        return parts
    by = totals["by_severity"]
    counts = ", ".join(f"{by[s]} {s}{'s' if by[s] != 1 and s != 'info' else ''}" for s in ("error", "warning", "info") if s in by)
    parts.append((f"Found {totals['diagnostics']} problem{'s' if totals['diagnostics'] != 1 else ''}", "bold"))
    if counts:
        parts.append((f" ({counts})", None))
    parts.append((f" in {totals['files']} file{'s' if totals['files'] != 1 else ''}.", None))
    fixable, unsafe = report.totals.safe_fixes, report.totals.unsafe_fixes
    if report.unsafe_fixes:
        unsafe = 0  # applied already, or shown as to be applied
    if report.show_fixes and fixable:
        parts.append((f" {fixable} fixable with --fix", "green"))
        if unsafe:
            parts.append((f" ({unsafe} more with --unsafe-fixes)", "green"))
        parts.append((".", None))
    elif unsafe:  # only unsafe fixes (a judgement to review), or the ones --fix left
        option = "--fix --unsafe-fixes" if report.show_fixes else "--unsafe-fixes"
        parts.append((f" {unsafe} {'' if report.show_fixes else 'more '}fixable with {option}.", "green"))
    if totals["errors"]:
        parts.append((f" {totals['errors']} file{'s' if totals['errors'] != 1 else ''} could not be read or written.", "red"))
    return parts


def render_statistics(console, report: Report) -> None:
    from rich.table import Table

    table = Table(title="Statistics", show_edge=False)
    for column in ("count", "code", "name", "fixable"):
        table.add_column(column, justify="right" if column == "count" else "left")
    for code, count in sorted(report.totals.by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
        rule = report.rules[code]
        table.add_row(str(count), code, rule.name, "yes" if rule.fixable else "")
    console.print(table)
