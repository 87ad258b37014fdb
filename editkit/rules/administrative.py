"""The layout of an administrative document (a quyết định, công văn, thông báo) after Nghị định
30/2020/NĐ-CP, Phụ lục I: the parts every such document carries."""

from __future__ import annotations

import re

from editkit.diagnostics import Finding
from editkit.registry import rule
from editkit.structure.anatomy import PLACE_AND_DATE

NATIONAL_NAME = re.compile(r"CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM\W*", re.I)  # a cell of its own
# the number and symbol, a cell of the heading from its start: Số: 1234/QĐ-UBND, Số 5/qđ-ubnd,
# Số: 168/2024/NĐ-CP, a draft's Số:   /QĐ-UBND; possessive, so a cell of spaces fails in one pass
SYMBOL_CELL = re.compile(
    r"[ *_#]*+(?P<word>Số|SỐ|số)(?P<colon>[ \t]*+:)?[*_]*+[ \t]*+(?P<number>\d*+)(?:[.…]++)?"
    r"(?P<symbol>[ \t]*+/[ \t]*+[^\s/|*_-]++(?:[ \t]*+[/-][ \t]*+[^\s/|*_-]++)*+)")
MOTTO_PART = "the motto (Độc lập - Tự do - Hạnh phúc)"
HEADING_LINES = 16  # the national name, the issuer, the number and the place and date stand in the heading
# each part: what it is called in the message, where to look (the heading or the whole text), how it
# reads (None: a cell of the heading, read by heading_part)
PARTS = (
    ("the national name (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM)", True, None),
    ("its number and symbol (Số: 1234/QĐ-UBND)", True, None),  # its form is ST121's
    ("its place and date of issue (Hà Nội, ngày … tháng … năm …)", True,
     re.compile(rf"^[^\n]{{2,60}}(?:{PLACE_AND_DATE}[ \t]*(?:\d{{4}}|[.…]+)|,[ \t]*ngày[ \t]+\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}})",
                re.M | re.I)),  # in figures too: its form is ST125's
    ("its recipients (Nơi nhận:)", False,
     re.compile(r"^[ \t*_#|-]*Nơi\s+nhận\s*:", re.M | re.I)),  # in a Markdown table's cell too
    ("the archive copy among its recipients (- Lưu: VT, …)", False,
     # a line of its own, or of a cell; Lưu VT without its colon is ST122's
     re.compile(r"(?:^|<br\s*/?>)[ \t*_#+•|-]*Lưu(?:\s*:|(?-i:[ \t]+[A-ZĐ]))", re.M | re.I)),
)


@rule(code="ST120", name="administrative-layout", category="structure", severity="warning")
def administrative_layout(document, context):
    r"""An administrative document lacks a part Nghị định 30 requires.

    ## What it does
    In a document headed by the motto `Độc lập - Tự do - Hạnh phúc` (a
    quyết định, công văn, tờ trình, thông báo), reports each of these parts
    it lacks: the national name `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` over the
    motto, the number and symbol (`Số: 1234/QĐ-UBND`) and the place and date
    of issue (`Quảng Ngãi, ngày 25 tháng 11 năm 2026`, or a draft's `ngày …
    tháng … năm 2026`) in the heading, and the recipients (`Nơi nhận:`) with
    the archive copy among them (`- Lưu: VT, …`). A document whose heading
    has its number and its place and date of issue but no motto lacks the
    motto too (and the national name).
    Each finding stands on the motto's line (the number's, without it).
    News articles are never checked.

    ## Why
    Nghị định 30/2020/NĐ-CP, Phụ lục I lays out every administrative
    document with these parts; a document sent without its number or its
    recipients cannot be filed or traced.

    ## Example
    a quyết định without `Nơi nhận:` → add the list of recipients under the
    signature block (`Nơi nhận: - Như Điều 3; - Lưu: VT.`).

    ## Fix safety
    No automatic fix.
    """
    from editkit.structure.anatomy import DOCUMENT_NUMBER_LINE, is_administrative, motto_line

    text = document.text
    body = text[document.body_start:]
    if not is_administrative(body):
        return
    heading, heading_end = heading_lines(document)
    motto = motto_line(body)
    # the findings stand on the motto's line; without it (a heading with its number, place and date), the number's
    anchor = motto or line_around(body, DOCUMENT_NUMBER_LINE.search(body).start())
    line = body[anchor[0]:anchor[1]]
    start, end = document.body_start + anchor[0] + len(line) - len(line.lstrip()), document.body_start + anchor[1]
    if motto is None:
        yield Finding(start, end, f"The administrative document lacks {MOTTO_PART}, as Nghị định 30/2020/NĐ-CP lays it out")
    for name, in_heading, pattern in PARTS:
        if pattern is None:
            present = heading_part(name, text, document.body_start, heading, heading_end)
        else:
            present = pattern.search("\n".join(heading) if in_heading else body) is not None
        if not present:
            yield Finding(start, end, f"The administrative document lacks {name}, as Nghị định 30/2020/NĐ-CP lays it out")


def line_around(text: str, position: int) -> tuple[int, int]:
    """(start, end) of the line ``position`` stands on, its line break left out."""
    end = text.find("\n", position)
    return text.rfind("\n", 0, position) + 1, len(text) if end < 0 else end


def heading_lines(document) -> tuple[list[str], int]:
    """The first HEADING_LINES lines of the body, where the heading stands, and where they end."""
    heading = document.text[document.body_start:].split("\n", HEADING_LINES)[:HEADING_LINES]
    return heading, document.body_start + len("\n".join(heading))


def heading_part(name: str, text: str, body_start: int, heading: list[str], heading_end: int) -> bool:
    """The national name or the number and symbol stands in a cell of the heading's lines."""
    from editkit.structure.anatomy import heading_cell

    if name.startswith("the national name"):
        return any(heading_cell(line, NATIONAL_NAME) for line in heading)
    return symbol_cell(text, body_start, heading_end) is not None


def symbol_cell(text: str, start: int, end: int) -> re.Match[str] | None:
    """The number and symbol (SYMBOL_CELL) opening a cell of a line of ``text[start:end]``: the
    whole line, or a column of a heading pasted from a table (tab, bar or three spaces between)."""
    from editkit.structure.anatomy import COLUMNS

    line_start = start
    for line in text[start:end].split("\n"):
        for cell in [0] + [gap.end() for gap in COLUMNS.finditer(line)]:  # where each cell begins in the line
            found = SYMBOL_CELL.match(text, line_start + cell, line_start + len(line))
            if found:
                return found
        line_start += len(line) + 1
    return None
