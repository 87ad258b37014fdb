"""``--format concise``: one line per diagnostic, ``path:line:col: CODE [severity] message``."""

from __future__ import annotations

from editkit.formatters import Report, Stream, render


class ConciseStream(Stream):
    def file(self, result) -> str:
        show_fixes = self.report.show_fixes
        return "".join(
            f"{result.path}:{d.start.line}:{d.start.column}: {d.rule}{' [*]' if d.fix is not None and show_fixes else ''} "
            f"[{d.severity}] {d.message}\n"
            for d in result.diagnostics
        )


def format_concise(report: Report) -> str:
    return render(ConciseStream(report), report.results)
