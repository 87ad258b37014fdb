"""Formatters: plain functions from a finished run to a string, one per module.

``FORMATTERS`` maps a ``--format`` value to ``module:function``; modules are
imported only when chosen, to keep start-up small.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Callable

from editkit.diagnostics import SEVERITY_RANK
from editkit.registry import Rule
from editkit.runner import FileResult

FORMATTERS = {
    "text": "editkit.formatters.text:format_text",
    "concise": "editkit.formatters.concise:format_concise",
    "json": "editkit.formatters.json_output:format_json",
    "sarif": "editkit.formatters.sarif:format_sarif",
    "github": "editkit.formatters.github:format_github",
    "junit": "editkit.formatters.junit:format_junit",
}


@dataclass
class Report:
    results: list[FileResult]
    color: bool = False
    quiet: bool = False
    statistics: bool = False
    show_fixes: bool = True
    width: int = 100
    extra: dict = field(default_factory=dict)

    @property
    def rules(self) -> dict[str, Rule]:
        """Every rule by code (imports the rule modules only for formatters that need them)."""
        from editkit.registry import all_rules

        return {r.code: r for r in all_rules()}

    @property
    def diagnostics(self):
        return [d for r in self.results for d in r.diagnostics]


def summary(results: list[FileResult]) -> dict:
    by_severity: dict[str, int] = {}
    by_rule: dict[str, int] = {}
    for result in results:
        for diagnostic in result.diagnostics:
            by_severity[diagnostic.severity] = by_severity.get(diagnostic.severity, 0) + 1
            by_rule[diagnostic.rule] = by_rule.get(diagnostic.rule, 0) + 1
    return {
        "files": len(results),
        "diagnostics": sum(by_rule.values()),
        "errors": sum(1 for r in results if r.error),
        "by_severity": dict(sorted(by_severity.items(), key=lambda kv: -SEVERITY_RANK[kv[0]])),
        "by_rule": dict(sorted(by_rule.items())),
    }


def get_formatter(name: str) -> Callable[[Report], str]:
    module_name, function = FORMATTERS[name].split(":")
    return getattr(importlib.import_module(module_name), function)
