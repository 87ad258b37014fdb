"""``--format gitlab``: a GitLab Code Quality report (the Code Climate subset GitLab reads).

Each finding is an object with ``description``, ``check_name``, ``fingerprint``,
``severity`` and ``location`` (``path``, ``lines.begin``/``lines.end``). The fingerprint
hashes the file, the rule, the message and the flagged text with its occurrence number, not
the line, so a finding keeps its identity when lines are added above it and GitLab shows only
what a merge request introduced or fixed.
"""

from __future__ import annotations

import hashlib
import json

from editkit.formatters import Report

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def fingerprint(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def format_gitlab(report: Report) -> str:
    issues = []
    for result in report.results:
        if result.error:
            issues.append({
                "description": f"cannot be read: {result.error}",
                "check_name": "editkit/unreadable",
                "fingerprint": fingerprint(result.path, "unreadable"),
                "severity": "critical",
                "location": {"path": result.path, "lines": {"begin": 1}},
            })
        seen: dict[tuple[str, ...], int] = {}
        for d in result.diagnostics:
            key = (result.path, d.rule, d.message, d.text)
            seen[key] = seen.get(key, 0) + 1
            issues.append({
                "description": f"{d.rule} {d.message}",
                "check_name": f"{d.rule} {d.name}",
                "fingerprint": fingerprint(*key, str(seen[key])),
                "severity": SEVERITIES[d.severity],
                "location": {"path": result.path, "lines": {"begin": d.start.line, "end": d.end.line}},
            })
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
