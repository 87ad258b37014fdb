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
    if path == "-":
        return "stdin"
    absolute = Path(path).resolve()
    try:
        relative = absolute.relative_to(Path.cwd().resolve())
    except ValueError:
        return absolute.as_uri()
    return relative.as_posix()


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
