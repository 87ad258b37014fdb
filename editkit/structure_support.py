"""The anatomy of a document, computed once and shared by the structure rules and `editkit structure`."""

from __future__ import annotations

import re

from editkit.document import Document


def anatomy(document: Document):
    from editkit.dates_support import dateline
    from editkit.structure import analyse

    def compute():
        line = dateline(document)
        return analyse(document.text, document.body_start, document.markdown, line.end if line else None,
                       marked_parts(document))

    return document.memo("anatomy", compute)


def marked_parts(document: Document) -> dict[int, str]:
    """Lines whose part the source file marks: a web page's ``<figcaption>`` is a photo's caption
    wherever it stands (its photo is not in the extracted text)."""
    if document.extracted is None or document.extracted.kind != "html":
        return {}
    return {start: "caption" for start, _, locator in document.extracted.blocks if "/figcaption" in f"/{locator}"}


def paragraphs(document: Document) -> list[tuple[int, str]]:
    """(offset, text) of each paragraph after the front matter: each line of a text file; each
    part of a Markdown file but its code, tables and images, whose lines Markdown joins (line breaks
    read as spaces, same length)."""
    if not document.markdown:
        start = document.body_start
        return [(start + m.start(), m.group()) for m in re.finditer(r"[^\n]+", document.text[start:])]
    return [(part.start, part.text.replace("\r", " ").replace("\n", " ")) for part in anatomy(document).parts
            if part.kind not in NOT_PARAGRAPHS]


NOT_PARAGRAPHS = frozenset({"source-tag", "code", "table", "image"})  # a tag inside the lead, and no prose


WORD = re.compile(r"\w\S*")  # one match per whitespace-separated chunk with a word character


def syllables(text: str) -> int:
    """Words of running text (syllables in Vietnamese), punctuation alone not counted."""
    return len(WORD.findall(text))
