"""Spans of a document that are not prose: code, URLs, e-mail addresses, HTML, template tags.

Prose rules never report inside these spans. The patterns are deliberately
simple and linear (no nested quantifiers) so they cannot backtrack badly.
"""

from __future__ import annotations

import bisect
import re

URL = re.compile(r"(?:(?:https?|ftp)://|\bwww\.)[^\s<>\"'“”]*[^\s<>\"'“”.,;:!?)\]]", re.I)
# a web address without its scheme but with a path (vnexpress.net/ha-noi-mo-them-tuyen-buyt.html):
# the slug's words have no diacritics and are no prose; a bare domain alone (the (Thanhuytphcm.vn)
# source tag) stays text. Starts only where a run of name characters starts, so it stays linear.
DOMAIN_WITH_PATH = re.compile(
    r"(?<![\w.@/-])[A-Za-z0-9][A-Za-z0-9.-]*\.(?:vn|com|net|org|gov|edu|info|io|me|tv|asia|biz|co|int|news|app|dev|"
    r"uk|us|jp|cn|kr|fr|de|ru|au|sg|th|la|kh)/[^\s<>\"'“”]*[^\s<>\"'“”.,;:!?)\]]"
)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # from the start of a run only: linear
FENCE_OPEN = re.compile(r"^ {0,3}(`{3,}|~{3,})[^\n]*$", re.M)
# a code span opens on a whole run of backticks and closes on a run as long (tried inside a long run of
# backticks, each shorter opening would scan the rest of it)
INLINE_CODE = re.compile(r"(?<!`)(`+)(?!`)[^`\n]+?(?<!`)\1(?!`)")
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
CHARACTER_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
LINK_TARGET = re.compile(r"\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")
# Hugo shortcodes ({{< ref "a.md" >}}, {{% notice %}}), Go/Liquid output ({{ .Title }}) and Liquid
# tags ({% include x.html %}): template code, whose quotes a fix must never curl; bounded per tag
TEMPLATE_TAG = re.compile(r"\{\{[^\n]{0,500}?\}\}|\{%[^\n]{0,500}?%\}")


def fenced_code_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    position = 0
    while True:
        opening = FENCE_OPEN.search(text, position)
        if not opening:
            return spans
        fence = opening.group(1)
        closing = re.compile(rf"^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", re.M)
        close = closing.search(text, opening.end())
        end = close.end() if close else len(text)
        spans.append((opening.start(), end))
        position = end


def html_comment_spans(text: str) -> list[tuple[int, int]]:
    """``<!-- … -->`` spans, one scan of the text (a lazy regex would rescan the rest of the text
    from every unclosed opening); an unclosed opening masks nothing."""
    spans = []
    position = text.find("<!--")
    while position >= 0:
        close = text.find("-->", position + 4)
        if close < 0:
            break
        spans.append((position, close + 3))
        position = text.find("<!--", close + 3)
    return spans


def masked_spans(text: str, markdown: bool, front_matter_end: int = 0) -> list[tuple[int, int]]:
    """Sorted, merged (start, end) spans that prose rules skip."""
    # the scans are skipped when their literal parts are absent (most articles): half a millisecond each
    spans = []
    if "://" in text or "www." in text.lower():
        spans.extend((m.start(), m.end()) for m in URL.finditer(text))
    if "/" in text:
        spans.extend((m.start(), m.end()) for m in DOMAIN_WITH_PATH.finditer(text))
    if "@" in text:
        spans.extend((m.start(), m.end()) for m in EMAIL.finditer(text))
    if front_matter_end:
        spans.append((0, front_matter_end))
    if "<!--" in text:
        spans.extend(html_comment_spans(text))
    if not markdown:  # HTML left in a plain text (ST123's finding): no prose, whose punctuation it would break
        if "<" in text:
            spans.extend((m.start(), m.end()) for m in HTML_TAG.finditer(text))
        if "&" in text:
            spans.extend((m.start(), m.end()) for m in CHARACTER_REFERENCE.finditer(text))
    if markdown:
        spans.extend(fenced_code_spans(text))
        for pattern in (INLINE_CODE, HTML_TAG, LINK_TARGET):
            spans.extend((m.start(), m.end()) for m in pattern.finditer(text))
        if "{{" in text or "{%" in text:
            spans.extend((m.start(), m.end()) for m in TEMPLATE_TAG.finditer(text))
    return merge(spans)


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


class Mask:
    """Answers "does this span touch non-prose?" in O(log n)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def overlaps(self, start: int, end: int) -> bool:
        if end > start:
            index = bisect.bisect_left(self.starts, end) - 1
        else:
            index = bisect.bisect_right(self.starts, start) - 1
        return index >= 0 and self.spans[index][1] > start
