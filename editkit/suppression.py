"""Inline suppression comments.

``<!-- editkit-disable [SELECTOR ...] -->`` … ``<!-- editkit-enable [SELECTOR ...] -->``
switch rules off for a region (all rules when no selector is given);
``<!-- editkit-disable-next-line [SELECTOR ...] -->`` for the following line and
``<!-- editkit-disable-line [SELECTOR ...] -->`` for its own line (at the end of a paragraph).
Selectors are codes, prefixes, names or categories, or a house-style rule's id (``straight-quotes``),
separated by spaces or commas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editkit.diagnostics import line_breaks
from editkit.registry import Rule
from editkit.selection import specificity

# <!-- editkit-disable-line SP103 --> in the text; # editkit-disable-line SP103 after a front-matter value
COMMENT = re.compile(r"<!--\s*editkit-(disable-next-line|disable-line|disable|enable)\b([^>]*?)\s*-->"
                     r"|(?<=\s)#[ \t]*editkit-(disable-line)\b([^\r\n]*?)[ \t]*$", re.M)


@dataclass(frozen=True)
class Suppression:
    first_line: int
    last_line: int  # inclusive; a huge number for "to the end"
    selectors: tuple[str, ...]  # empty: every rule
    start: int = 0  # the comment's offsets in the text (where an unused one is reported)
    end: int = 0
    region: bool = False  # an editkit-disable … editkit-enable region (start, end: its opening comment)

    def covers(self, rule: Rule, line: int, style_rule: str | None = None) -> bool:
        """The comment switches ``rule`` off on ``line``; a house-style finding is also switched off by
        its rule's id (``editkit-disable-next-line straight-quotes``)."""
        if not self.first_line <= line <= self.last_line:
            return False
        return not self.selectors or any(specificity(s, rule) or s == style_rule for s in self.selectors)


def parse_suppressions(text: str) -> list[Suppression]:
    end_of_file = 1 << 30
    result: list[Suppression] = []
    open_regions: dict[tuple[str, ...], tuple[int, re.Match]] = {}
    line, counted_to = 1, 0
    for match in COMMENT.finditer(text):
        kind = match.group(1) or match.group(3)
        selectors = tuple(s for s in re.split(r"[\s,]+", match.group(2) or match.group(4) or "") if s)
        line += line_breaks(text, counted_to, match.start())  # counted from the previous comment: linear
        counted_to = match.start()
        if kind == "disable-next-line":
            result.append(Suppression(line + 1, line + 1, selectors, *match.span()))
        elif kind == "disable-line":
            result.append(Suppression(line, line, selectors, *match.span()))
        elif kind == "disable":
            open_regions.setdefault(selectors, (line, match))
        else:
            closing = [key for key in open_regions if not selectors or key == selectors]
            for key in closing:
                first, opening = open_regions.pop(key)
                result.append(Suppression(first, line, key, *opening.span(), region=True))
    result.extend(Suppression(first, end_of_file, key, *opening.span(), region=True)
                  for key, (first, opening) in open_regions.items())
    return result
