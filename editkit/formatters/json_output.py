"""``--format json``: one document per run, as in contracts/lint-output.schema.json."""

from __future__ import annotations

import json

from editkit.formatters import Report, Stream, render


def indented(value, depth: int) -> str:
    """``json.dumps(value, indent=2)`` as it appears ``depth`` levels deep in the document."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("\n", "\n" + "  " * depth)  # strings never hold a raw line break in JSON


class JsonStream(Stream):
    """Writes exactly what ``json.dumps(document, indent=2)`` would, one file at a time."""

    def __init__(self, report: Report) -> None:
        super().__init__(report)
        self.first = True

    def start(self) -> str:
        return '{\n  "version": 1,\n  "files": ['

    def file(self, result) -> str:
        entry = {
            "path": result.path,
            "error": result.error,
            "diagnostics": [] if result.error else [d.to_json() for d in result.diagnostics],
        }
        separator = "\n    " if self.first else ",\n    "
        self.first = False
        return separator + indented(entry, 2)

    def end(self) -> str:
        closing = "]" if self.first else "\n  ]"
        return f'{closing},\n  "summary": {indented(self.report.totals.summary(), 1)}\n}}\n'


def format_json(report: Report) -> str:
    return render(JsonStream(report), report.results)
