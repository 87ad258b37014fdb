"""``--format concise``: one line per diagnostic, ``path:line:col: CODE [severity] message``."""

from __future__ import annotations

from editkit.formatters import Report


def format_concise(report: Report) -> str:
    lines = []
    for result in report.results:
        for d in result.diagnostics:
            fixable = " [*]" if d.fix is not None and report.show_fixes else ""
            lines.append(f"{result.path}:{d.start.line}:{d.start.column}: {d.rule}{fixable} [{d.severity}] {d.message}")
    return "".join(line + "\n" for line in lines)
