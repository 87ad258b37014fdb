"""The published text that lives in the front matter (title, sapo, description), for the word rules.

A Markdown article's headline is often only its front-matter ``title``, and its sapo a
``description``: readers see them first, so their spelling and diacritics are checked like the
body's. The view keeps every offset: the front matter outside those values is blanked (line breaks
kept) and the body left out, so findings and fixes land on the raw text where the values are written.
"""

from __future__ import annotations

import re

from editkit.document import Document
from editkit.reading import Decoded

PROSE_KEYS = ("title", "subtitle", "description", "summary", "sapo", "excerpt", "caption")
PROSE_CATEGORIES = frozenset({"diacritics", "spelling"})
NOT_A_LINE_BREAK = re.compile(r"[^\r\n]")


def value_span(document: Document, key: str) -> tuple[int, int] | None:
    """Where the front matter writes ``key``'s text on one line, quoted or not (``title: Hà Nội …``,
    ``title = "Hà Nội …"``, a comment after it), when the raw text is exactly the value."""
    block = document.front_matter
    if block is None or block.error is not None:
        return None
    value = block.data.get(key)
    if not isinstance(value, str) or not value.strip():
        return None
    if block.labelled:  # a CMS's field (Sapo: …): where its value is written
        return block.value_spans.get(key)
    line = re.compile(rf"^{re.escape(key)}[ \t]*[:=][ \t]*([\"']?)(?P<value>[^\r\n]*?)\1[ \t]*(?:#[^\r\n]*)?\r?$", re.M)
    found = line.search(document.text, block.yaml_start, block.end)
    return found.span("value") if found and found.group("value") == value else None


def value_spans(document: Document) -> list[tuple[int, int]]:
    """The spans of every prose key's text (value_span)."""
    return sorted(span for key in PROSE_KEYS if (span := value_span(document, key)) is not None)


def prose_view(document: Document) -> Document | None:
    """The document with only its front-matter prose values left, at their own offsets; None
    when the front matter has none."""
    spans = value_spans(document)
    if not spans:
        return None
    text, pieces, position = document.text, [], 0
    for start, end in spans:
        pieces += [NOT_A_LINE_BREAK.sub(" ", text[position:start]), text[start:end]]
        position = end
    pieces.append(NOT_A_LINE_BREAK.sub(" ", text[position:document.front_matter.end]))  # the body is not needed
    view = Document(document.path, Decoded("".join(pieces), "utf-8"), markdown=False)
    view.shared["prose_of"] = document  # the article itself, for rules that weigh the title against its body
    return view
