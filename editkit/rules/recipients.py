"""The list of an administrative document's recipients (Nơi nhận), as Nghị định 30/2020/NĐ-CP,
Phụ lục I lays it out (ST122)."""

from __future__ import annotations

import re

from editkit.diagnostics import Edit, Finding, Fix
from editkit.registry import rule

RECIPIENTS_LABEL = re.compile(r"^[ \t*_#|-]*Nơi\s+nhận\s*:[*_]*", re.I | re.M)
ITEM_DASH = re.compile(r"[-–+•]")
# the archive copy: Lưu: VT, … (Lưu VT without its colon too, but not Lưu ý, a note)
ARCHIVE_COPY = re.compile(r"[-–+•]?\s*Lưu(?:\s*:|(?P<no_colon>(?-i:[ \t]+[A-ZĐ])))", re.I)


def recipient_lines(text: str, start: int, bulleted: frozenset[int] = frozenset()) -> list[tuple[int, str]]:
    """The first column's lines under ``Nơi nhận:`` (from ``start``, the line after it), as
    (offset, text without emphasis marks), down to a blank line or an empty first column (the
    signature block's column goes on alone) that no recipient with its dash follows (a DOCX
    leaves a blank line between paragraphs; a web page between its list's items, ``bulleted``:
    the offsets of lines whose dash is a list's bullet)."""
    from editkit.structure.anatomy import COLUMNS

    cells = []
    position = start
    for line in text[start:].split("\n"):
        row = line[1:] if line.startswith("|") else line  # a Markdown table's row
        cell = COLUMNS.split(row, 1)[0].rstrip("\r")
        stripped = cell.strip(" \t*_")
        cells.append((position + (len(line) - len(row)) + (cell.index(stripped) if stripped else 0), stripped))
        position += len(line) + 1
    following = (0, "")  # from the end: the next line that is not blank, for each line
    next_line = []
    for offset, stripped in reversed(cells):
        next_line.append(following)
        following = (offset, stripped) if stripped else following
    next_line.reverse()
    lines = []
    for (offset, stripped), (after_offset, after) in zip(cells, next_line):
        if not stripped:
            if not (ITEM_DASH.match(after) or after_offset in bulleted):
                break
            continue
        lines.append((offset, stripped))
    return lines


def bulleted_lines(document) -> frozenset[int]:
    """The offsets of a web page's list items (``<li>``): their dash is the list's bullet."""
    extracted = document.extracted
    if extracted is None or extracted.kind != "html":
        return frozenset()
    return frozenset(start for start, _, locator in extracted.blocks if "/li" in locator)


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


def recipient_items(lines: list[tuple[int, str]],
                    bulleted: frozenset[int] = frozenset()) -> list[tuple[int, int, str, bool]]:
    """The recipients as (start, end, text, dashed): a line that does not open with a dash (nor
    stands in a bulleted list) continues the one before it when that one ends without its
    punctuation (a long name wrapped)."""
    items: list[tuple[int, int, str, bool]] = []
    for offset, line in lines:
        dashed = bool(ITEM_DASH.match(line)) or offset in bulleted
        if items and not dashed and not items[-1][2].endswith((";", ".", ":")):
            start, _, before, was_dashed = items[-1]
            items[-1] = (start, offset + len(line), before + " " + line, was_dashed)
        else:
            items.append((offset, offset + len(line), line, dashed))
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
    that ends otherwise, an archive copy without the colon after `Lưu`,
    and an archive copy that is not the last line (a list without one is
    ST120's, and its last line is left as it is). A long name wrapped onto
    the next line is read as one recipient; the list ends at a blank line.
    The list is read in the left column of a heading-and-signature table
    too, and in a web page's bulleted list (each `<li>` a recipient, its
    bullet the dash).

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
    from editkit.structure.anatomy import is_administrative

    text = document.text
    body = text[document.body_start:]
    if not is_administrative(body):
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
        bulleted = bulleted_lines(document)
        items = recipient_items(recipient_lines(text, document.body_start + line_end + 1, bulleted), bulleted)
    for index, (start, end, item, dashed) in enumerate(items):
        last = index == len(items) - 1
        if not dashed:
            yield Finding(start, end, "Each recipient stands on its own line after a dash: '- …'",
                          fix=Fix.safe(Edit(start, start, "- ")))
        archive = ARCHIVE_COPY.match(item)
        if archive and not last:
            yield Finding(start, end, "The archive copy (Lưu: VT, …) is the list's last line")
        if archive and archive.group("no_colon"):
            colon = start + archive.start("no_colon")
            yield Finding(start, end, "Write the archive copy 'Lưu: VT': a colon after Lưu",
                          fix=Fix.safe(Edit(colon, colon, ":")))
        if last and not archive:
            continue  # the archive copy is missing (ST120): this line keeps its semicolon
        group = not last and items[index + 1][2].startswith("+")
        wanted = "." if last else (":" if group else ";")
        if not item.endswith(wanted) and not (not last and item.endswith((";", ":"))):
            trailing = end - 1 if item[-1] in ".,;:" else end
            yield Finding(start, end, f"End this line of the recipients with '{wanted}'",
                          fix=Fix.safe(Edit(trailing, end, wanted)))
