"""The layout of an administrative document (a quyết định, công văn, thông báo) after Nghị định
30/2020/NĐ-CP, Phụ lục I: the parts every such document carries."""

from __future__ import annotations

import re
from functools import lru_cache

from editkit.diagnostics import Edit, Finding, Fix
from editkit.registry import rule
from editkit.structure.anatomy import PLACE_AND_DATE

NATIONAL_NAME = re.compile(r"CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM\W*", re.I)  # a cell of its own
# the number and symbol, a cell of the heading from its start: Số: 1234/QĐ-UBND, Số 5/qđ-ubnd,
# Số: 168/2024/NĐ-CP, a draft's Số:   /QĐ-UBND; possessive, so a cell of spaces fails in one pass
SYMBOL_CELL = re.compile(
    r"[ *_#]*+(?P<word>Số|SỐ|số)(?P<colon>[ \t]*+:)?[*_]*+[ \t]*+(?P<number>\d*+)(?:[.…]++)?"
    r"(?P<symbol>[ \t]*+/[ \t]*+[^\s/|*_-]++(?:[ \t]*+[/-][ \t]*+[^\s/|*_-]++)*+)")
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
     re.compile(r"^[ \t*_#-]*Nơi\s+nhận\s*:", re.M | re.I)),
    ("the archive copy among its recipients (- Lưu: VT, …)", False,
     re.compile(r"^[ \t*_#+•-]*Lưu\s*:", re.M | re.I)),
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
    the archive copy among them (`- Lưu: VT, …`).
    Each finding stands on the motto's line. News articles are never
    checked.

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
    from editkit.structure.anatomy import motto_line

    text = document.text
    body = text[document.body_start:]
    motto = motto_line(body)
    if motto is None:
        return
    heading, heading_end = heading_lines(document)
    line = body[motto[0]:motto[1]]
    start, end = document.body_start + motto[0] + len(line) - len(line.lstrip()), document.body_start + motto[1]
    for name, in_heading, pattern in PARTS:
        if pattern is None:
            present = heading_part(name, text, document.body_start, heading, heading_end)
        else:
            present = pattern.search("\n".join(heading) if in_heading else body) is not None
        if not present:
            yield Finding(start, end, f"The administrative document lacks {name}, as Nghị định 30/2020/NĐ-CP lays it out")



SYMBOL_GROUP = re.compile(r"[^\s/-]+")


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


@lru_cache(maxsize=1)
def kind_abbreviations() -> dict[str, str]:
    """``administrative.toml``: the abbreviation each kind of document carries in its symbol."""
    import tomllib

    from editkit.resources import dictionary_path

    with open(dictionary_path("structure", "administrative.toml"), "rb") as handle:
        return tomllib.load(handle)["kind_abbreviations"]


@rule(code="ST121", name="document-symbol", category="structure", severity="warning", fixable=True)
def document_symbol(document, context):
    r"""An administrative document's number and symbol are not written as Nghị định 30 lays them out.

    ## What it does
    In a document headed by the motto `Độc lập - Tự do - Hạnh phúc`, reads
    the number and symbol in its heading (`Số: 1234/QĐ-UBND`) and reports:
    `Số` without its colon, a number below 10 without its leading zero
    (`Số: 5/QĐ-UBND` → `Số: 05/QĐ-UBND`), spaces inside the symbol
    (`1234 / QĐ - UBND`), a group of the symbol in lower case (`qđ-ubnd`),
    and a symbol that lacks the abbreviation of the document's kind as its
    title names it (a `QUYẾT ĐỊNH` numbered `Số: 12/TB-UBND`: a quyết định
    carries `QĐ`; the abbreviations are Phụ lục III's, in
    `dictionaries/structure/administrative.toml`). A draft's blank number
    (`Số:      /QĐ-UBND`) is left alone.

    ## Why
    Nghị định 30/2020/NĐ-CP, Phụ lục I: `Số` is followed by a colon, numbers
    below 10 take a leading zero, the symbol is in capitals with a slash
    after the number and dashes between its groups, without spaces. The
    registry (văn thư) files and finds documents by that symbol.

    ## Example
    `Số 5/qđ-ubnd` → `Số: 05/QĐ-UBND`.

    ## Fix safety
    Safe for the colon, the leading zero and the spaces; a group in lower case
    is put in capitals by `--unsafe-fixes` only (Phụ lục III writes some
    abbreviations in mixed case: `QyĐ`, `TTr`). The kind's abbreviation has
    no fix.
    """
    from editkit.structure.anatomy import motto_line
    from editkit.structure_support import anatomy

    text = document.text
    body_start = document.body_start
    if motto_line(text[body_start:]) is None:
        return
    cell = symbol_cell(text, body_start, heading_lines(document)[1])
    if cell is None:
        return
    number = cell.group("number")
    if not cell.group("colon"):
        yield Finding(cell.start("word"), max(cell.start("number"), cell.end("word")), f"Write a colon after Số: 'Số: {number}…'",
                      fix=Fix.safe(Edit(cell.end("word"), cell.start("number"), ": ")))
    if len(number) == 1 and number != "0":
        yield Finding(cell.start("number"), cell.end("number"),
                      f"A number below 10 takes a leading zero: 'Số: 0{number}/…'",
                      fix=Fix.safe(Edit(cell.start("number"), cell.start("number"), "0")))
    symbol = cell.group("symbol")
    if any(c in " \t" for c in symbol):
        yield Finding(cell.start("symbol"), cell.end("symbol"), f"Write the symbol without spaces: '{number}{''.join(symbol.split())}'",
                      fix=Fix.safe(Edit(cell.start("symbol"), cell.end("symbol"), "".join(symbol.split()))))
    groups = [(cell.start("symbol") + g.start(), g.group()) for g in SYMBOL_GROUP.finditer(symbol)]
    for start, group in groups:
        if group.islower():
            yield Finding(start, start + len(group), f"Write the symbol in capitals: '{group.upper()}'",
                          fix=Fix.unsafe(Edit(start, start + len(group), group.upper())))
    title = anatomy(document).first("headline")
    expected = kind_abbreviations().get(" ".join(title.text.strip(" *_#").split())) if title is not None else None
    if expected and expected.upper() not in {group.upper() for _, group in groups}:
        yield Finding(cell.start("symbol"), cell.end("symbol"),
                      f"A {title.text.strip(' *_#')} carries {expected} in its symbol (Số: …/{expected}-…)")


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
    if line_end == -1:
        return
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


# the signer's authority, as written at the start of a cell: KT., TM., TL., TUQ. and their slips (K/T, T.M,
# KT without its dot, KT: , Kt.); Q. (quyền) is left alone, one letter being too little to tell
AUTHORITY = re.compile(
    r"(?P<mark>(?P<k>K)[/.]?(?P<t>T)|(?P<tm_t>T)[/.]?(?P<m>M)|(?P<tl_t>T)[/.]?(?P<l>L)|(?P<tuq_t>T)[/.]?(?P<u>U)\.?(?P<q>Q))"
    r"(?P<stop>[.:]?)(?=[ \t]+\S)", re.I)
AUTHORITY_NAMES = {"KT": "ký thay", "TM": "thay mặt", "TL": "thừa lệnh", "TUQ": "thừa ủy quyền"}
SIGNATURE_LINES = 40  # the signature block stands near the end, beside or under the recipients


@rule(code="ST124", name="signer-authority", category="structure", severity="warning", fixable=True)
def signer_authority(document, context):
    r"""The signer's authority in an administrative document is not written as Nghị định 30 writes it.

    ## What it does
    In a document headed by the motto `Độc lập - Tự do - Hạnh phúc`, reads
    the signature block near its end (in its own column too) and reports an
    authority abbreviation written otherwise than `TM.` (thay mặt), `KT.` (ký
    thay), `TL.` (thừa lệnh) or `TUQ.` (thừa ủy quyền): a slash or inner dot
    (`K/T`, `T.M`), a missing or wrong stop (`KT CHỦ TỊCH`, `TM:`), lower case
    (`Kt.`); and a title after it that is not in capitals (`KT. Chủ tịch`).

    ## Why
    Nghị định 30/2020/NĐ-CP, Phụ lục I: the authority is abbreviated `TM.`,
    `KT.`, `TL.`, `TUQ.` (`Q.` for quyền) over the title in capitals; the
    signature block is what makes the document binding.

    ## Example
    `K/T CHỦ TỊCH` → `KT. CHỦ TỊCH`.

    ## Fix safety
    Safe for the abbreviation; the title is put in capitals by
    `--unsafe-fixes` only.
    """
    from editkit.structure.anatomy import COLUMNS, motto_line

    text = document.text
    body = text[document.body_start:]
    if motto_line(body) is None:
        return
    lines = body.split("\n")
    position = document.body_start + len(body) - len("\n".join(lines[-SIGNATURE_LINES:]))
    for line in lines[-SIGNATURE_LINES:]:
        for cell in [0] + [gap.end() for gap in COLUMNS.finditer(line)]:
            start = position + cell + len(line[cell:]) - len(line[cell:].lstrip(" *_"))
            found = AUTHORITY.match(text, start, position + len(line))
            if found:
                yield from authority_findings(text, found, position + len(line))
        position += len(line) + 1


def authority_findings(text: str, found: re.Match, line_end: int):
    """What is wrong with one authority (``found``) and the title after it, up to ``line_end``."""
    from editkit.structure.anatomy import COLUMNS

    letters = "".join(g for g in found.group("k", "t", "tm_t", "m", "tl_t", "l", "tuq_t", "u", "q") if g)
    right = letters.upper() + "."
    written = found.group()
    title_start = found.end() + len(text[found.end():line_end]) - len(text[found.end():line_end].lstrip(" \t"))
    title = COLUMNS.split(text[title_start:line_end], 1)[0].rstrip(" *_\r")
    if not (found.group("stop") or len(written) > len(letters) or title[:1].isupper()):
        return  # "TM ký …": two letters and a word, no authority
    if written != right:
        yield Finding(found.start(), found.end(),
                      f"Write the signer's authority '{right}' ({AUTHORITY_NAMES[letters.upper()]}): '{right} {title}'",
                      fix=Fix.safe(Edit(found.start(), found.end(), right)))
    if title and not title.isupper():
        yield Finding(title_start, title_start + len(title), f"Write the signer's title in capitals: '{title.upper()}'",
                      fix=Fix.unsafe(Edit(title_start, title_start + len(title), title.upper())))


# the issue date in the heading's place-and-date cell: written out (ngày 5 tháng 2 năm 2026) or in figures (ngày 25/11/2026)
ISSUE_DATE_WORDS = re.compile(r"ngày[ \t]+(?P<d>\d{1,2})[ \t]+tháng[ \t]+(?P<m>\d{1,2})[ \t]+năm[ \t]+\d{4}", re.I)
ISSUE_DATE_FIGURES = re.compile(r"ngày[ \t]+(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})", re.I)


@rule(code="ST125", name="issue-date-form", category="structure", severity="warning", fixable=True)
def issue_date_form(document, context):
    r"""An administrative document's date of issue is not written as Nghị định 30 writes it.

    ## What it does
    In a document headed by the motto `Độc lập - Tự do - Hạnh phúc`, reads
    the place and date in its heading and reports a date in figures
    (`Hà Nội, ngày 25/11/2026` → `ngày 25 tháng 11 năm 2026`) and a day
    below 10 or the month of January or February without its leading zero
    (`ngày 5 tháng 2 năm 2026` → `ngày 05 tháng 02 năm 2026`).

    ## Why
    Nghị định 30/2020/NĐ-CP, Phụ lục I: the date of issue is written out in
    words and figures, days below 10 and months 1 and 2 with a zero before
    them, so that nobody can add a digit to it.

    ## Example
    `Quảng Ngãi, ngày 5 tháng 2 năm 2026` → `Quảng Ngãi, ngày 05 tháng 02 năm 2026`.

    ## Fix safety
    Safe: the zeros are added, or the figures written out, in place.
    """
    from editkit.structure.anatomy import COLUMNS, motto_line

    text = document.text
    if motto_line(text[document.body_start:]) is None:
        return
    heading, _ = heading_lines(document)
    position = document.body_start
    for line in heading:
        if "ngày" in line.lower():
            for cell in [0] + [gap.end() for gap in COLUMNS.finditer(line)]:
                yield from issue_date_findings(text, position + cell, position + len(line))
        position += len(line) + 1


def issue_date_findings(text: str, start: int, end: int):
    """The date of issue in the place-and-date cell starting at ``start``, if it is one."""
    cell = text[start:end]
    date = re.match(r"[^,\n\d]{2,60},[ \t]*", cell)
    if date is None:
        return
    written = ISSUE_DATE_WORDS.match(cell, date.end())
    if written:
        for group, wanted in (("d", range(1, 10)), ("m", (1, 2))):
            figure = written.group(group)
            if len(figure) == 1 and int(figure) in wanted:
                at = start + written.start(group)
                yield Finding(at, at + 1, f"Write '0{figure}': days below 10 and months 1 and 2 take a leading zero",
                              fix=Fix.safe(Edit(at, at, "0")))
        return
    figures = ISSUE_DATE_FIGURES.match(cell, date.end())
    if figures:
        day, month, year = (int(figures.group(g)) for g in ("d", "m", "y"))
        words = f"ngày {day:02d} tháng {f'{month:02d}' if month <= 2 else month} năm {year}"
        yield Finding(start + figures.start(), start + figures.end(), f"Write the date of issue in words: '{words}'",
                      fix=Fix.safe(Edit(start + figures.start(), start + figures.end(), words)))
