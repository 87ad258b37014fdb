"""Rules read Vietnamese composed (NFC), line by line. A text typed or pasted decomposed (NFD: a
letter, then its combining marks, as macOS and some editors write it) or with lines ended by a
lone CR (classic Mac OS) is read through a view composed and ended with LF, and what is found
there is put back on the original characters: EN101 and EN110 report the original's form once,
and the other rules see the words and lines they would see in NFC with LF (not every marked
letter as a stray mark, nor the whole article as one line).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import unicodedata
from dataclasses import dataclass

from editkit.diagnostics import Edit, Finding, Fix
from editkit.document import Document


@dataclass
class ReadableView:
    document: Document  # the text composed, cluster by cluster, its lone CRs read as LF
    starts: list[int]  # where each character of the view (and its end) starts in the original
    original: str  # the text as written

    def finding(self, found: Finding) -> Finding:
        """``found`` (offsets in the view) on the original's characters; a fix's replacement stays composed."""
        fix = found.fix
        if fix is not None:
            fix = Fix(fix.applicability, tuple(Edit(self.starts[e.start], self.starts[e.end], e.replacement) for e in fix.edits))
        return dataclasses.replace(found, start=self.starts[found.start], end=self.starts[found.end], fix=fix)

    def spanned(self, item):
        """A part or a date mention (``start``, ``end``, ``text``) found in the view, on the
        original's characters and with its text as written there."""
        start, end = self.starts[item.start], self.starts[item.end]
        return dataclasses.replace(item, start=start, end=end, text=self.original[start:end])

    def mention(self, mention):
        """A date ``mention`` spanned on the original; a house-style form that only composes it is
        the text as written."""
        moved = self.spanned(mention)
        return moved if mention.normalized != mention.text else dataclasses.replace(moved, normalized=moved.text)


LONE_CR = re.compile(r"\r(?!\n)")


def readable_view(document: Document) -> ReadableView | None:
    """The document composed (NFC) and its lone CRs read as LF, with the way back to its offsets;
    None when it needs neither. Text extracted from HTML or DOCX keeps its extraction (its
    metadata, its locators). Built once per document (lint and report both ask)."""
    return document.memo("readable_view", lambda: build_view(document))


def build_view(document: Document) -> ReadableView | None:
    text = document.text
    composed = unicodedata.is_normalized("NFC", text)
    lone_cr = "\r" in text and LONE_CR.search(text) is not None
    if composed and not lone_cr:
        return None
    if composed:
        view_text, starts = text, list(range(len(text) + 1))
    else:
        view_text, starts = composed_text(text)
    if lone_cr:
        view_text = LONE_CR.sub("\n", view_text)  # one character for one: the offsets stay
    view = document.with_text(view_text)
    if document.extracted is not None and not composed:  # its blocks (a <figcaption> is a caption) at the view's offsets
        view.extracted = dataclasses.replace(document.extracted, text=view.text, blocks=[
            (bisect.bisect_left(starts, start), bisect.bisect_left(starts, end), locator)
            for start, end, locator in document.extracted.blocks])
    return ReadableView(view, starts, text)


def composed_text(text: str) -> tuple[str, list[int]]:
    """``text`` composed cluster by cluster (a letter and its combining marks), and where each
    character of it (and its end) starts in ``text``."""
    pieces: list[str] = []
    starts: list[int] = []
    cluster = 0  # where the current letter and its combining marks start
    for index in range(1, len(text) + 1):
        if index == len(text) or not unicodedata.combining(text[index]):
            composed = unicodedata.normalize("NFC", text[cluster:index])
            pieces.append(composed)
            starts.extend([cluster] * len(composed))
            cluster = index
    starts.append(len(text))
    return "".join(pieces), starts
