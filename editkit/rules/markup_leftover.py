"""HTML left in an article's text by a copy from a web page or a CMS export."""

from __future__ import annotations

import re

from editkit.diagnostics import Edit, Finding, Fix
from editkit.masking import CHARACTER_REFERENCE as ENTITY  # named (&quot;), decimal (&#7889;), hexadecimal (&#x1EBF;)
from editkit.registry import rule

# an element's tag as a web page writes it (<br>, <br/>, </p>, <strong class="x">); not "a < b > c"
TAG = re.compile(r"</?(?P<name>[A-Za-z][A-Za-z0-9]{0,9})(?:[ \t]++[A-Za-z-]++(?:=(?:\"[^\"<>\n]{0,200}\"|'[^'<>\n]{0,200}'|[^\s<>]{1,100}))?){0,8}[ \t]*+/?>")
SPACE_ENTITIES = frozenset({"&nbsp;", "&#160;", "&#xa0;", "&#xA0;"})  # the web's space: a space in a text


# the element names a tag left in the text may carry: HTML's own (a word in angle brackets, <Tên>, is no tag)
HTML_ELEMENTS = frozenset(
    "a abbr b big blockquote br caption center cite code dd del div dl dt em figcaption figure font h1 h2 h3 "
    "h4 h5 h6 hr i img ins kbd li mark ol p pre q s small span strike strong sub sup table tbody td tfoot th "
    "thead time tr tt u ul article section header footer aside nav main".split())


def entity_text(reference: str) -> str | None:
    """What ``reference`` stands for, or None when it names no character HTML knows."""
    import html

    if reference in SPACE_ENTITIES:
        return " "
    decoded = html.unescape(reference)
    return None if decoded == reference else decoded


@rule(code="ST123", name="markup-leftover", category="structure", severity="warning", fixable=True, scope="raw")
def markup_leftover(document, context):
    r"""HTML character references or tags were left in the article's text.

    ## What it does
    In a plain-text article (and in the text of a web page or a Word file,
    where they show as typed), finds character references (`&quot;`,
    `&amp;`, `&nbsp;`, `&#7889;`) and tags of HTML's own elements (`<br>`,
    `</p>`, `<strong>`) that a copy from a CMS or a scraper left behind.
    Markdown files are left alone: HTML is part of Markdown.

    ## Why
    Readers see `&quot;Phúc&quot;` and `<br>` printed as such, and other
    rules misread them (`&quot;` ends with a semicolon that wants a space).

    ## Example
    `chữ &quot;Phúc&quot;.&nbsp;Năm nay` → `chữ "Phúc". Năm nay`.

    ## Fix safety
    Safe for a character reference: it is replaced by its character (`&nbsp;`
    by a space). Unsafe for a tag: `<br>` becomes a space and other tags
    are removed, which a text about HTML itself would not want.
    """
    if document.markdown:
        return
    text = document.text
    start = document.body_start
    if "&" in text:
        for found in ENTITY.finditer(text, start):
            character = entity_text(found.group())
            if character is not None:
                yield Finding(found.start(), found.end(), f"HTML character reference left in the text: '{found.group()}'",
                              fix=Fix.safe(Edit(found.start(), found.end(), character)), suggestions=(character,))
    if "<" in text:
        for found in TAG.finditer(text, start):
            if found.group("name").lower() in HTML_ELEMENTS:
                replacement = " " if found.group("name").lower() == "br" else ""
                yield Finding(found.start(), found.end(), f"HTML tag left in the text: '{found.group()}'",
                              fix=Fix.unsafe(Edit(found.start(), found.end(), replacement)))
