"""Extract article text from HTML and DOCX: blocks of text with a locator for each.

The extracted text has one block per line, separated by blank lines, so the
plain-text anatomy applies to it; every finding's position is in the extracted
text and its message names the element (HTML) or paragraph (DOCX) it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Extracted:
    text: str
    kind: str  # "html" or "docx"
    blocks: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, locator)
    metadata: dict = field(default_factory=dict)  # what the file states about the article (date, author, title…)
    tracked_changes: int = 0  # a Word file's insertions, deletions and moves not yet accepted (read accepted)
    after_image: frozenset[int] = frozenset()  # where the blocks start that hold an image or follow one (HTML)
    emphasised: frozenset[int] = frozenset()  # where the blocks start whose text is all in italics (HTML)

    def locator(self, offset: int) -> str | None:
        """The element or paragraph at ``offset`` (or the next one, for offsets between blocks)."""
        for start, end, locator in self.blocks:
            if offset <= end:
                return locator
        return self.blocks[-1][2] if self.blocks else None


def join_blocks(blocks: list[tuple[str, str]], kind: str) -> Extracted:
    """(text, locator) pairs -> one text with a blank line between blocks."""
    parts, spans, position = [], [], 0
    for text, locator in blocks:
        text = " ".join(text.split())
        if not text:
            continue
        if parts:
            parts.append("\n\n")
            position += 2
        parts.append(text)
        spans.append((position, position + len(text), locator))
        position += len(text)
    return Extracted("".join(parts) + ("\n" if parts else ""), kind, spans)
