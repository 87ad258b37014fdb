"""Article text from a Word document (DOCX) with python-docx: one block per paragraph."""

from __future__ import annotations

import io

from editkit.extract import Extracted, join_blocks


class DocxError(Exception):
    pass


def extract_docx(data: bytes) -> Extracted:
    try:
        import docx  # python-docx
    except ImportError as error:  # pragma: no cover - a dependency
        raise DocxError("python-docx is not installed") from error
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises several kinds for a broken file
        raise DocxError(f"not a readable DOCX file ({type(error).__name__})") from None
    extracted = join_blocks(blocks_in_order(document), "docx")
    extracted.metadata = properties_of(document)
    extracted.tracked_changes = tracked_changes(document)
    return extracted


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CHANGES = (W + "ins", W + "del", W + "moveFrom", W + "moveTo")
# what holds a paragraph's runs: the text a tracked insertion or move puts in, links, fields, content
# controls; not a deletion, nor drawings and text boxes (their own text, twice in Word's alternate forms)
RUN_HOLDERS = frozenset(W + tag for tag in ("r", "hyperlink", "ins", "moveTo", "smartTag", "sdt", "sdtContent",
                                            "fldSimple", "customXml"))


def tracked_changes(document) -> int:
    """How many insertions, deletions and moves the file tracks, not yet accepted or rejected."""
    return sum(1 for element in document.element.body.iter(*CHANGES))


def paragraph_text(paragraph) -> str:
    """A paragraph's text as it reads with its tracked changes accepted: inserted runs in, deleted
    ones out (python-docx's own text leaves an insertion out); tabs and line breaks kept."""
    pieces: list[str] = []

    def walk(element) -> None:
        for child in element:
            tag = child.tag
            if tag == W + "t":
                pieces.append(child.text or "")
            elif tag == W + "tab":
                pieces.append("\t")
            elif tag in (W + "br", W + "cr"):
                pieces.append("\n")
            elif tag in RUN_HOLDERS:
                walk(child)

    walk(paragraph)
    return "".join(pieces)


def paragraph_style_names(document):
    """A function giving a paragraph element's style name (its own, else the document's default
    paragraph style), from a table of the styles built once: python-docx's ``paragraph.style`` looks
    through every style for each paragraph (20,000 paragraphs took half a minute)."""
    from docx.enum.style import WD_STYLE_TYPE

    names, default = {}, ""
    for style in document.styles:
        if style.type == WD_STYLE_TYPE.PARAGRAPH:
            names[style.style_id] = style.name or ""
            if style.element.default:
                default = style.name or ""

    def style_of(paragraph) -> str:
        properties = paragraph.pPr
        style_id = properties.style if properties is not None else None
        return names.get(style_id, default) if style_id else default
    return style_of


BLOCK_HOLDERS = frozenset(W + tag for tag in ("sdt", "sdtContent", "customXml"))  # content controls around paragraphs


def body_blocks(element):
    """The paragraphs and tables of the body in order, those inside content controls too (a
    template's title or fields: python-docx's own list leaves them out)."""
    for child in element.iterchildren():
        if child.tag in (W + "p", W + "tbl"):
            yield child
        elif child.tag in BLOCK_HOLDERS:
            yield from body_blocks(child)


def blocks_in_order(document) -> list[tuple[str, str]]:
    """(text, where) of each paragraph and each line of each table cell, in the order the document has
    them: a table heading an administrative document (issuer | national name, number | place and
    date) comes first, as it stands. A cell merged across columns is read once."""
    from docx.table import Table

    blocks = []
    paragraphs = tables = 0
    style_of = paragraph_style_names(document)
    for child in body_blocks(document.element.body):
        if child.tag == W + "p":
            paragraphs += 1
            style = style_of(child)
            blocks.append((paragraph_text(child), f"paragraph {paragraphs}" + (f" ({style})" if style and style != "Normal" else "")))
        elif child.tag == W + "tbl":
            tables += 1
            for row_number, row in enumerate(Table(child, document._body).rows, start=1):
                seen = set()
                for cell_number, cell in enumerate(row.cells, start=1):
                    if id(cell._tc) in seen:
                        continue  # the same merged cell again
                    seen.add(id(cell._tc))
                    where = f"table {tables} row {row_number} cell {cell_number}"
                    # a cell's paragraphs and line breaks stay lines (an administrative document's heading:
                    # the issuer, then its number; the national name, the motto, then the place and date)
                    lines = (line for p in cell._tc.iter(W + "p") for line in paragraph_text(p).split("\n"))
                    blocks.extend((line, where) for line in lines if line.strip())
    return blocks


# what Word fills in by itself for the author: no reporter's name
GENERIC_AUTHORS = frozenset({"", "admin", "administrator", "user", "owner", "microsoft office user", "windows user",
                             "author", "python-docx", "unknown"})


def properties_of(document) -> dict:
    """The title, author and category (desk) the file's properties state, as front matter would;
    never its dates, which are when the file was typed, not when the article appeared."""
    try:
        properties = document.core_properties
        found = {"title": properties.title, "author": properties.author, "section": properties.category}
    except Exception:  # a broken docProps part: the text is still there
        return {}
    facts = {key: " ".join(str(value).split()) for key, value in found.items() if value and str(value).strip()}
    if facts.get("author", "").lower() in GENERIC_AUTHORS:
        facts.pop("author")
    return facts
