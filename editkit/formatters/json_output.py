"""``--format json``: one document per run, as in contracts/lint-output.schema.json."""

from __future__ import annotations

import json

from editkit.formatters import Report, summary


def format_json(report: Report) -> str:
    document = {
        "version": 1,
        "files": [
            {
                "path": result.path,
                "error": result.error,
                "diagnostics": [] if result.error else [d.to_json() for d in result.diagnostics],
            }
            for result in report.results
        ],
        "summary": summary(report.results),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
