"""The list of an administrative document's recipients (Nơi nhận), as Nghị định 30/2020/NĐ-CP,
Phụ lục I lays it out (ST122)."""

from __future__ import annotations

import re

from editkit.diagnostics import Edit, Finding, Fix
from editkit.registry import rule

RECIPIENTS_LABEL = re.compile(r"^[ \t*_#|-]*Nơi\s+nhận\s*:[*_]*", re.I | re.M)
ITEM_DASH = re.compile(r"[-–+•]")
ARCHIVE_COPY = re.compile(r"[-–+•]?\s*Lưu\s*:", re.I)


def recipient_lines(text: str, start: int) -> list[tuple[int, str]]:
    """The first column's lines under ``Nơi nhận:`` (from ``start``, the line after it), as
    (offset, text without emphasis marks), down to a blank line or an empty first column (the
    signature block's column goes on alone) that no recipient with its dash follows (a DOCX
    leaves a blank line between paragraphs)."""
    from editkit.structure.anatomy import COLUMNS

    cells = []
    position = start
    for line in text[start:].split("\n"):
        row = line[1:] if line.startswith("|") else line  # a Markdown table's row
        cell = COLUMNS.split(row, 1)[0].rstrip("\r")
        stripped = cell.strip(" \t*_")
        cells.append((position + (len(line) - len(row)) + (cell.index(stripped) if stripped else 0), stripped))
        position += len(line) + 1
    following = ""  # from the end: the next line that is not blank, for each line
    next_text = []
    for _, stripped in reversed(cells):
        next_text.append(following)
        following = stripped or following
    next_text.reverse()
    lines = []
    for (offset, stripped), after in zip(cells, next_text):
        if not stripped:
            if not ITEM_DASH.match(after):
                break
            continue
        lines.append((offset, stripped))
    return lines


LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)


def lines_in_cell(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The recipients written in the label's own Markdown table cell, a ``<br>`` between them
    (``| **Nơi nhận:**<br>- Như Điều 1;<br>- Lưu: VT. | **KT. CHỦ TỊCH** |``): (offset, text)."""
    cell_end = text.find("|", start, end)
    cell = text[start: end if cell_end == -1 else cell_end]
    if not LINE_BREAK_TAG.match(cell.lstrip(" *_")):
        return []
    lines, position = [], start
    for piece in LINE_BREAK_TAG.split(cell):
        stripped = piece.strip(" \t*_")
        if stripped:
            lines.append((position + piece.index(stripped), stripped))
        position += len(piece)
        tag = LINE_BREAK_TAG.match(text, position)
        position = tag.end() if tag else position
    return lines


def recipient_items(lines: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """The recipients as (start, end, text): a line that does not open with a dash continues the one
    before it when that one ends without its punctuation (a long name wrapped)."""
    items: list[tuple[int, int, str]] = []
    for offset, line in lines:
        if items and not ITEM_DASH.match(line) and not items[-1][2].endswith((";", ".", ":")):
            start, _, before = items[-1]
            items[-1] = (start, offset + len(line), before + " " + line)
        else:
            items.append((offset, offset + len(line), line))
    return items


@rule(code="ST122", name="recipients-list", category="structure", severity="warning", fixable=True)
def recipients_list(document, context):
    r"""The recipients of an administrative document are not listed as Nghị định 30 lays them out.

    ## What it does
    Under `Nơi nhận:` in a document headed by the motto `Độc lập - Tự do -
    Hạnh phúc`, each recipient (or group of recipients) stands on its own
    line after a dash and ends with a semicolon (a colon when sub-items
    with `+` follow); the last line is the archive copy, `Lưu: VT, …`, and
    ends with a full stop. Reports a recipient without its dash, a line
    that ends otherwise, and an archive copy that is not the last line (a
    list without one is ST120's, and its last line is left as it is). A
    long name wrapped onto the next line is read as one recipient; the
    list ends at a blank line. The list is read in the left column of a
    heading-and-signature table too.

    ## Why
    Nghị định 30/2020/NĐ-CP, Phụ lục I (nơi nhận): the list is part of the
    document's record, and its last line tells the registry how many
    copies it keeps and for whom.

    ## Example
    `Nơi nhận: - Như Điều 3, - Lưu VT` → `- Như Điều 3;` and `- Lưu: VT.`.

    ## Fix safety
    Safe: the dash and the punctuation at a line's end are added or
    replaced; the order of the lines is left to the writer.
    """
    from editkit.structure.anatomy import motto_line

    text = document.text
    body = text[document.body_start:]
    if motto_line(body) is None:
        return
    label = RECIPIENTS_LABEL.search(body)
    if label is None:
        return
    line_end = body.find("\n", label.end())
    in_cell = lines_in_cell(text, document.body_start + label.end(), document.body_start + (len(body) if line_end == -1 else line_end))
    if in_cell:
        items = recipient_items(in_cell)
    elif line_end == -1:
        return
    else:
        items = recipient_items(recipient_lines(text, document.body_start + line_end + 1))
    for index, (start, end, item) in enumerate(items):
        last = index == len(items) - 1
        if not ITEM_DASH.match(item):
            yield Finding(start, end, "Each recipient stands on its own line after a dash: '- …'",
                          fix=Fix.safe(Edit(start, start, "- ")))
        if ARCHIVE_COPY.match(item) and not last:
            yield Finding(start, end, "The archive copy (Lưu: VT, …) is the list's last line")
        if last and not ARCHIVE_COPY.match(item):
            continue  # the archive copy is missing (ST120): this line keeps its semicolon
        group = not last and items[index + 1][2].startswith("+")
        wanted = "." if last else (":" if group else ";")
        if not item.endswith(wanted) and not (not last and item.endswith((";", ":"))):
            trailing = end - 1 if item[-1] in ".,;:" else end
            yield Finding(start, end, f"End this line of the recipients with '{wanted}'",
                          fix=Fix.safe(Edit(trailing, end, wanted)))
