"""``--format sarif``: SARIF 2.1.0 as GitHub code scanning accepts it."""

from __future__ import annotations

import json
import os
from pathlib import Path

from editkit import __version__
from editkit.formatters import Report

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/editkit/editkit"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def repo_relative_uri(path: str) -> str:
    """The file as a URI reference relative to %SRCROOT% (the working folder), percent-encoded as SARIF
    asks (``t%E1%BB%87p%20m%E1%BB%9Bi.md`` for ``tệp mới.md``; a colon too, which would read as a scheme),
    or an absolute ``file:`` URI outside the folder."""
    if path == "-":
        return "stdin"
    from urllib.parse import quote

    absolute = Path(path).resolve()
    try:
        relative = absolute.relative_to(Path.cwd().resolve())
    except ValueError:
        return absolute.as_uri()
    return quote(relative.as_posix(), safe="/")


def rule_descriptor(rule) -> dict:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.section("What it does") or rule.summary},
        "help": {"text": rule.doc, "markdown": rule.doc},
        "helpUri": f"{INFORMATION_URI}#rules",
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"category": rule.category, "tags": [rule.category]},
    }


def region(d) -> dict:
    return {
        "startLine": d.start.line,
        "startColumn": d.start.column,
        "endLine": d.end.line,
        "endColumn": d.end.column,
        "charOffset": d.start.offset,
        "charLength": d.end.offset - d.start.offset,
        "snippet": {"text": d.text},
    }


def fixes(d, uri: str) -> list[dict]:
    """The finding's fix as a SARIF ``fix`` (editors that read SARIF can apply it); the same edits
    as ``--fix`` (safe) or ``--unsafe-fixes`` would make, marked in ``properties.applicability``."""
    if d.fix is None or not d.fix.edits or len(d.edit_positions) != len(d.fix.edits):
        return []  # no fix, or one that re-encodes the whole file (EN108)
    replacements = [{
        "deletedRegion": {"startLine": s.line, "startColumn": s.column, "endLine": e.line, "endColumn": e.column,
                          "charOffset": s.offset, "charLength": e.offset - s.offset},
        "insertedContent": {"text": edit.replacement},
    } for edit, (s, e) in zip(d.fix.edits, d.edit_positions)]
    kind = d.fix.applicability
    return [{
        "description": {"text": "Safe fix (--fix)" if kind == "safe" else "Unsafe fix (--unsafe-fixes): a judgement to review"},
        "artifactChanges": [{"artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"}, "replacements": replacements}],
        "properties": {"applicability": kind},
    }]


def format_sarif(report: Report) -> str:
    used = sorted({d.rule for d in report.diagnostics})
    index = {code: i for i, code in enumerate(used)}
    results = []
    notifications = []
    for file_result in report.results:
        uri = repo_relative_uri(file_result.path)
        if file_result.error:
            notifications.append({
                "level": "error",
                "message": {"text": f"{file_result.path}: {file_result.error}"},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
            })
        for d in file_result.diagnostics:
            results.append({
                "ruleId": d.rule,
                "ruleIndex": index[d.rule],
                "level": LEVELS[d.severity],
                "message": {"text": d.message},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"},
                        "region": region(d),
                    }
                }],
                **({"fixes": found} if (found := fixes(d, uri)) else {}),
                **({"properties": {"styleRule": d.style_rule}} if d.style_rule else {}),
            })
    run = {
        "tool": {
            "driver": {
                "name": "editkit",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [rule_descriptor(report.rules[code]) for code in used],
            }
        },
        "originalUriBaseIds": {"%SRCROOT%": {"uri": Path(os.getcwd()).resolve().as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": results,
        "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}],
    }
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2) + "\n"
