"""Formatters: plain functions from a finished run to a string, one per module.

``FORMATTERS`` maps a ``--format`` value to ``module:function``; modules are
imported only when chosen, to keep start-up small. The line-oriented formats
also have a stream (``STREAMS``): ``start()``, ``file(result)`` for each
result in order, ``end()`` once ``report.totals`` is complete. ``editkit lint``
writes each file's part as soon as it is linted and keeps only the totals, so
memory stays flat on archives of any size; the format function is the same
stream run over a finished list, so both give the same bytes.
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
    "gitlab": "editkit.formatters.gitlab:format_gitlab",
}

STREAMS = {
    "text": "editkit.formatters.text:TextStream",
    "concise": "editkit.formatters.concise:ConciseStream",
    "json": "editkit.formatters.json_output:JsonStream",
    "github": "editkit.formatters.github:GithubStream",
}


@dataclass
class Totals:
    """What the closing line, the statistics and the JSON summary need, counted file by file."""

    files: int = 0
    errors: int = 0
    fixed: int = 0
    safe_fixes: int = 0
    unsafe_fixes: int = 0
    by_severity: dict[str, int] = field(default_factory=dict)
    by_rule: dict[str, int] = field(default_factory=dict)

    def add(self, result: FileResult) -> None:
        self.files += 1
        self.errors += bool(result.error)
        self.fixed += result.fixed
        for d in result.diagnostics:
            self.by_severity[d.severity] = self.by_severity.get(d.severity, 0) + 1
            self.by_rule[d.rule] = self.by_rule.get(d.rule, 0) + 1
            if d.fix is not None:
                if d.fix.applicability == "safe":
                    self.safe_fixes += 1
                else:
                    self.unsafe_fixes += 1

    @classmethod
    def of(cls, results: list[FileResult]) -> Totals:
        totals = cls()
        for result in results:
            totals.add(result)
        return totals

    def summary(self) -> dict:
        """The ``summary`` object of the JSON contract."""
        return {
            "files": self.files,
            "diagnostics": sum(self.by_rule.values()),
            "errors": self.errors,
            "by_severity": dict(sorted(self.by_severity.items(), key=lambda kv: -SEVERITY_RANK[kv[0]])),
            "by_rule": dict(sorted(self.by_rule.items())),
        }


@dataclass
class Report:
    results: list[FileResult]
    color: bool = False
    quiet: bool = False
    statistics: bool = False
    show_fixes: bool = True
    unsafe_fixes: bool = False  # --unsafe-fixes was given: no unsafe fix is left to hint at
    width: int = 100
    extra: dict = field(default_factory=dict)
    counted: Totals | None = None  # counted while results are streamed (and let go of), else on first use

    @property
    def totals(self) -> Totals:
        if self.counted is None:
            self.counted = Totals.of(self.results)  # a finished list: counted once
        return self.counted

    @property
    def rules(self) -> dict[str, Rule]:
        """Every rule by code (imports the rule modules only for formatters that need them)."""
        from editkit.registry import all_rules

        return {r.code: r for r in all_rules()}

    @property
    def diagnostics(self):
        return [d for r in self.results for d in r.diagnostics]


class Stream:
    """A line-oriented format written file by file: ``start()``, ``file(result)`` per result in
    input order, ``end()`` once ``report.totals`` is complete. Formats override what they write."""

    def __init__(self, report: Report) -> None:
        self.report = report

    def start(self) -> str:
        return ""

    def file(self, result: FileResult) -> str:
        raise NotImplementedError

    def end(self) -> str:
        return ""


def render(stream, results) -> str:
    """A stream run over a finished list of results."""
    return stream.start() + "".join(stream.file(result) for result in results) + stream.end()


def get_formatter(name: str) -> Callable[[Report], str]:
    module_name, function = FORMATTERS[name].split(":")
    return getattr(importlib.import_module(module_name), function)


def get_stream(name: str):
    """The stream class of a line-oriented format, or None."""
    if name not in STREAMS:
        return None
    module_name, cls = STREAMS[name].split(":")
    return getattr(importlib.import_module(module_name), cls)
