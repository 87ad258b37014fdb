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


WORD = re.compile(r"\w\S*")  # one match per whitespace-separated chunk with a word character


def syllables(text: str) -> int:
    """Words of running text (syllables in Vietnamese), punctuation alone not counted."""
    return len(WORD.findall(text))
