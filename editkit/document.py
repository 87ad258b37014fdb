"""A document as rules see it: decoded text, front matter, non-prose mask."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from editkit.diagnostics import LineIndex
from editkit.frontmatter_block import FrontMatter, split_front_matter
from editkit.masking import Mask, masked_spans
from editkit.reading import Decoded

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
DOCX_SUFFIXES = (".docx",)


@dataclass
class Document:
    path: str
    decoded: Decoded
    markdown: bool = False
    extracted: Any = None  # an editkit.extract.Extracted for HTML and DOCX input: positions are in its text
    front_matter: FrontMatter | None = field(init=False)
    shared: dict[str, Any] = field(init=False, default_factory=dict, repr=False)  # computed once, used by many rules

    def __post_init__(self) -> None:
        self.front_matter = split_front_matter(self.text)

    @classmethod
    def from_text(cls, text: str, path: str = "-", markdown: bool | None = None) -> "Document":
        if markdown is None:
            markdown = path.lower().endswith(MARKDOWN_SUFFIXES)
        return cls(path, Decoded(text, "utf-8"), markdown)

    def with_text(self, text: str) -> "Document":
        """The same document with new text (used by the fixer's re-check)."""
        decoded = Decoded(text, self.decoded.encoding, self.decoded.bom, self.decoded.legacy)
        return Document(self.path, decoded, self.markdown, self.extracted)

    @property
    def text(self) -> str:
        return self.decoded.text

    @property
    def metadata(self) -> dict[str, Any]:
        """The front matter's keys; for a web page, what its <meta> tags state (date, author, title)."""
        if self.front_matter:
            return self.front_matter.data
        return self.extracted.metadata if self.extracted is not None else {}

    @property
    def body_start(self) -> int:
        return self.front_matter.end if self.front_matter else 0

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)

    @cached_property
    def mask(self) -> Mask:
        return Mask(masked_spans(self.text, self.markdown, self.body_start))

    def memo(self, key: str, compute):
        """``compute()`` once per document, for analyses several rules share (tokens, votes)."""
        if key not in self.shared:
            self.shared[key] = compute()
        return self.shared[key]
