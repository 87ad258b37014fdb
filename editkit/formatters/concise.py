"""``--format concise``: one line per diagnostic, ``path:line:col: CODE [severity] message``."""

from __future__ import annotations

from editkit.formatters import Report, Stream, render


class ConciseStream(Stream):
    def file(self, result) -> str:
        return "".join(
            f"{result.path}:{d.start.line}:{d.start.column}: {d.rule}{' [*]' if self.fixed_by_fix(d) else ''} "
            f"[{d.severity}] {d.message}\n"
            for d in result.diagnostics
        )

    def fixed_by_fix(self, diagnostic) -> bool:
        """``[*]``, as ruff prints it: ``--fix`` would apply the fix (a safe one, or an unsafe one when
        ``--unsafe-fixes`` was given)."""
        fix = diagnostic.fix
        return (fix is not None and self.report.show_fixes
                and (fix.applicability == "safe" or self.report.unsafe_fixes))


def format_concise(report: Report) -> str:
    return render(ConciseStream(report), report.results)
