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
    blocks = []
    for number, paragraph in enumerate(document.paragraphs, start=1):
        style = paragraph.style.name if paragraph.style is not None else ""
        blocks.append((paragraph.text, f"paragraph {number}" + (f" ({style})" if style and style != "Normal" else "")))
    for table_number, table in enumerate(document.tables, start=1):
        for row_number, row in enumerate(table.rows, start=1):
            for cell_number, cell in enumerate(row.cells, start=1):
                blocks.append((cell.text, f"table {table_number} row {row_number} cell {cell_number}"))
    extracted = join_blocks(blocks, "docx")
    extracted.metadata = properties_of(document)
    return extracted


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
