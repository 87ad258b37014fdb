"""``--format github``: GitHub Actions workflow commands that annotate the pull request.

Escaping follows @actions/core: in the message ``%``, CR and LF are
percent-encoded; in property values ``:`` and ``,`` are as well.
"""

from __future__ import annotations

from editkit.formatters import Report, Stream, render

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


class GithubStream(Stream):
    def file(self, result) -> str:
        lines = []
        if result.error:
            lines.append(f"::error file={escape_property(result.path)},title=editkit::{escape_data(result.error)}")
        for d in result.diagnostics:
            properties = ",".join(
                f"{key}={escape_property(str(value))}"
                for key, value in (
                    ("file", result.path),
                    ("line", d.start.line),
                    ("col", d.start.column),
                    ("endLine", d.end.line),
                    ("endColumn", d.end.column),
                    ("title", f"{d.rule} {d.name}"),
                )
            )
            lines.append(f"::{LEVELS[d.severity]} {properties}::{escape_data(d.message)}")
        return "".join(line + "\n" for line in lines)


def format_github(report: Report) -> str:
    return render(GithubStream(report), report.results)
