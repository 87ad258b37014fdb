"""Rules about the document as a whole: front matter that cannot be parsed, empty files."""

from __future__ import annotations

from editkit.diagnostics import Finding
from editkit.registry import rule


@rule(code="ST001", name="invalid-front-matter", category="structure", severity="error", scope="raw")
def invalid_front_matter(document, context):
    r"""The YAML front matter cannot be parsed.

    ## What it does
    Reports front matter (the block between `---` lines at the top of a
    Markdown file) that is not valid YAML, is not a mapping, has no closing
    line, or uses so many YAML aliases that it could be an alias bomb. The
    diagnostic points to the line of the YAML error.

    ## Why
    The CMS and static site generators drop or reject an article whose
    metadata they cannot read: the title, date and author are lost.

    ## Example
    `title: Quận 9: Tập trung…` (an unquoted colon) →
    `title: "Quận 9: Tập trung…"`.

    ## Fix safety
    No automatic fix: editkit never rewrites front matter it cannot parse.
    """
    block = document.front_matter
    if block is None or block.error is None:
        return
    text = document.text
    start = block.error_offset
    line_end = text.find("\n", start)
    end = len(text) if line_end == -1 else line_end
    if end > start and text[end - 1] == "\r":
        end -= 1
    yield Finding(start, end, block.error)


@rule(code="ST002", name="empty-document", category="structure", severity="warning", scope="raw")
def empty_document(document, context):
    r"""The file has no article text.

    ## What it does
    Reports a file that is empty or holds only whitespace (front matter
    aside).

    ## Why
    An empty article is almost always a failed export or a placeholder that
    should not reach publication.

    ## Example
    `---\ntitle: Quận 9\n---\n` (nothing after the front matter)
    → `---\ntitle: Quận 9\n---\nQuận 9: Tập trung đẩy mạnh…`.

    ## Fix safety
    No automatic fix.
    """
    if not document.text[document.body_start:].strip():
        yield Finding(document.body_start, document.body_start, "The document has no text")
