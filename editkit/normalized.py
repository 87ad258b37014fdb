"""Rules read Vietnamese composed (NFC). A text typed or pasted decomposed (NFD: a letter, then
its combining marks, as macOS and some editors write it) is read through a composed view, and
what is found there is put back on the original characters: EN101 reports the decomposition
once, and the other rules see the words they would see in NFC (not every marked letter of the
article as a stray mark).
"""

from __future__ import annotations

import bisect
import dataclasses
import unicodedata
from dataclasses import dataclass

from editkit.diagnostics import Edit, Finding, Fix
from editkit.document import Document


@dataclass
class ComposedView:
    document: Document  # the text composed, cluster by cluster
    starts: list[int]  # where each character of the view (and its end) starts in the original

    def finding(self, found: Finding) -> Finding:
        """``found`` (offsets in the view) on the original's characters; a fix's replacement stays composed."""
        fix = found.fix
        if fix is not None:
            fix = Fix(fix.applicability, tuple(Edit(self.starts[e.start], self.starts[e.end], e.replacement) for e in fix.edits))
        return dataclasses.replace(found, start=self.starts[found.start], end=self.starts[found.end], fix=fix)

    def spanned(self, item, original: str):
        """A part or a date mention (``start``, ``end``, ``text``) found in the view, on the
        original's characters and with its text as written there."""
        start, end = self.starts[item.start], self.starts[item.end]
        return dataclasses.replace(item, start=start, end=end, text=original[start:end])

    def mention(self, mention, original: str):
        """A date ``mention`` spanned on the original; a house-style form that only composes it is
        the text as written."""
        moved = self.spanned(mention, original)
        return moved if mention.normalized != mention.text else dataclasses.replace(moved, normalized=moved.text)


def composed_view(document: Document) -> ComposedView | None:
    """The document composed (NFC), with the way back to its offsets; None when it is composed
    already. Text extracted from HTML or DOCX keeps its extraction (its metadata, its locators)."""
    text = document.text
    if unicodedata.is_normalized("NFC", text):
        return None
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
    view = document.with_text("".join(pieces))
    if document.extracted is not None:  # its blocks (a <figcaption> is a caption) at the view's offsets
        view.extracted = dataclasses.replace(document.extracted, text=view.text, blocks=[
            (bisect.bisect_left(starts, start), bisect.bisect_left(starts, end), locator)
            for start, end, locator in document.extracted.blocks])
    return ComposedView(view, starts)

