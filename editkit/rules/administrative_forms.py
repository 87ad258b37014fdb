"""The forms Nghị định 30/2020/NĐ-CP, Phụ lục I gives an administrative document's number and
symbol, its date of issue and its signer's authority (ST121, ST125, ST124)."""

from __future__ import annotations

import re
from functools import lru_cache

from editkit.diagnostics import Edit, Finding, Fix
from editkit.registry import rule
from editkit.rules.administrative import heading_lines, symbol_cell
from editkit.rules.recipients import LINE_BREAK_TAG

SYMBOL_GROUP = re.compile(r"[^\s/-]+")


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
    from editkit.structure.anatomy import is_administrative
    from editkit.structure_support import anatomy

    text = document.text
    body_start = document.body_start
    if not is_administrative(text[body_start:]):
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
    from editkit.structure.anatomy import COLUMNS, is_administrative

    text = document.text
    body = text[document.body_start:]
    if not is_administrative(body):
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
    title = LINE_BREAK_TAG.split(COLUMNS.split(text[title_start:line_end], 1)[0], 1)[0].rstrip(" *_\r")  # its own line
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
    from editkit.structure.anatomy import COLUMNS, is_administrative

    text = document.text
    if not is_administrative(text[document.body_start:]):
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
