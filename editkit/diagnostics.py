"""The diagnostic vocabulary: Position, Edit, Fix, Finding, Diagnostic.

Field for field these match ``contracts/lint-output.schema.json``. Offsets count
code points of the decoded text (BOM excluded); line and column are 1-based;
``end`` is exclusive.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

Severity = Literal["error", "warning", "info"]
Applicability = Literal["safe", "unsafe"]
CATEGORIES = ("encoding", "diacritics", "spelling", "dates", "structure", "style", "readability")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


def brief(text: str, limit: int = 60) -> str:
    """``text`` for a message line: a long one (a whole quotation) as its start … its end."""
    if len(text) <= limit:
        return text
    half = (limit - 3) // 2
    head, tail = text[:half], text[-half:]
    if " " in head.strip():
        head = head[: head.rstrip().rfind(" ")]  # whole words: not "… iao thông"
    if " " in tail.strip():
        tail = tail[tail.lstrip().find(" ") + len(tail) - len(tail.lstrip()):]
    return f"{head.rstrip()} … {tail.lstrip()}"


class Position(NamedTuple):
    line: int
    column: int
    offset: int

    def to_json(self) -> dict:
        return {"line": self.line, "column": self.column, "offset": self.offset}


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement`` (offsets in code points)."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    applicability: Applicability
    edits: tuple[Edit, ...]

    @classmethod
    def safe(cls, *edits: Edit) -> "Fix":
        return cls("safe", tuple(edits))

    @classmethod
    def unsafe(cls, *edits: Edit) -> "Fix":
        return cls("unsafe", tuple(edits))

    @property
    def span(self) -> tuple[int, int]:
        return min(e.start for e in self.edits), max(e.end for e in self.edits)


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule reports: a span of the document, a message, maybe a fix."""

    start: int
    end: int
    message: str
    fix: Fix | None = None
    suggestions: tuple[str, ...] = ()
    severity: Severity | None = None  # overrides the rule's default for this occurrence
    style_rule: str | None = None  # the house-style rule's id behind an HS101–HS104 finding


@dataclass(slots=True)  # not frozen: cached results rebuild many of them, and frozen init is slow
class Diagnostic:
    rule: str
    name: str
    category: str
    severity: Severity
    message: str
    start: Position
    end: Position
    text: str
    suggestions: tuple[str, ...] = ()
    fix: Fix | None = None
    edit_positions: tuple[tuple[Position, Position], ...] = field(default=(), compare=False)
    style_rule: str | None = None  # the house-style rule's id (straight-quotes) behind an HS finding

    @classmethod
    def from_json(cls, data: dict) -> "Diagnostic":
        """The inverse of :meth:`to_json` (used by the cache)."""
        def position(p: dict) -> Position:
            return Position(p["line"], p["column"], p["offset"])

        fix = None
        edit_positions: tuple = ()
        if data.get("fix"):
            edits = data["fix"]["edits"]
            fix = Fix(data["fix"]["applicability"], tuple(
                Edit(e["start"]["offset"], e["end"]["offset"], e["replacement"]) for e in edits))
            edit_positions = tuple((position(e["start"]), position(e["end"])) for e in edits)
        return cls(data["rule"], data["name"], data["category"], data["severity"], data["message"],
                   position(data["start"]), position(data["end"]), data["text"],
                   tuple(data.get("suggestions", ())), fix, edit_positions, data.get("style_rule"))

    def to_compact(self) -> list:
        """A list form for the cache: faster to write and read back than :meth:`to_json`."""
        fix = None
        if self.fix is not None:
            fix = [self.fix.applicability, [[e.start, e.end, e.replacement] for e in self.fix.edits],
                   [[s.line, s.column, t.line, t.column] for s, t in self.edit_positions]]
        return [self.rule, self.name, self.category, self.severity, self.message,
                self.start.line, self.start.column, self.start.offset, self.end.line, self.end.column, self.end.offset,
                self.text, list(self.suggestions), fix, self.style_rule]

    @classmethod
    def from_compact(cls, data: list) -> "Diagnostic":
        (rule, name, category, severity, message, sl, sc, so, el, ec, eo, text, suggestions, fix_data, style_rule) = data
        fix = None
        edit_positions: tuple = ()
        if fix_data is not None:
            applicability, edits, positions = fix_data
            fix = Fix(applicability, tuple(Edit(a, b, r) for a, b, r in edits))
            edit_positions = tuple((Position(p[0], p[1], e[0]), Position(p[2], p[3], e[1])) for p, e in zip(positions, edits))
        return cls(rule, name, category, severity, message, Position(sl, sc, so), Position(el, ec, eo), text,
                   tuple(suggestions), fix, edit_positions, style_rule)

    def to_json(self) -> dict:
        data = {
            "rule": self.rule,
            "name": self.name,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "start": self.start.to_json(),
            "end": self.end.to_json(),
            "text": self.text,
        }
        if self.style_rule is not None:
            data["style_rule"] = self.style_rule  # an optional field the contract allows
        if self.suggestions:
            data["suggestions"] = list(self.suggestions)
        if self.fix is not None:
            data["fix"] = {
                "applicability": self.fix.applicability,
                "edits": [
                    {"start": s.to_json(), "end": e.to_json(), "replacement": edit.replacement}
                    for edit, (s, e) in zip(self.fix.edits, self.edit_positions)
                ],
            }
        return data


LINE_BREAK = re.compile(r"\r\n|\r|\n")


def line_breaks(text: str, start: int, end: int) -> int:
    """How many lines end between ``start`` and ``end`` (LF, CRLF or a lone CR)."""
    if "\r" not in text:
        return text.count("\n", start, end)
    return sum(1 for _ in LINE_BREAK.finditer(text, start, end))


class LineIndex:
    """Turns code-point offsets into 1-based (line, column) positions."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0]
        if "\r" in text:  # a lone CR ends a line too (classic Mac OS), as editors count lines
            self.line_starts += [m.end() for m in LINE_BREAK.finditer(text)]
            return
        index = text.find("\n")
        while index != -1:
            self.line_starts.append(index + 1)
            index = text.find("\n", index + 1)

    def position(self, offset: int) -> Position:
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return Position(line + 1, offset - self.line_starts[line] + 1, offset)

    def line_offset(self, line: int) -> int:
        return self.line_starts[line - 1]
