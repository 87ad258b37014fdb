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
    return join_blocks(blocks, "docx")
