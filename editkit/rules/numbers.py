"""Numbers written the English way in Vietnamese text."""

from __future__ import annotations

import re

from editkit.diagnostics import Edit, Finding, Fix
from editkit.registry import rule

# the quantities a number is followed by in the news; no time or calendar word (8.30 giờ is a time,
# 24.11 a date), so a dot between digits before one of these is never a time or a date
UNITS = (
    r"%|phần\s+trăm|triệu|tỷ|tỉ|nghìn|ngàn|vạn|USD|EUR|euro|đô|đồng|yen|yên|nhân\s+dân\s+tệ|"
    r"km2|km|m2|m3|m|cm|mm|ha|hecta|kg|g|tấn|tạ|lít|ml|MW|kW|kWh|GW|GB|MB|TB|độ|điểm|lần|điểm\s+phần\s+trăm"
)
UNIT_AFTER = rf"[^\S\n]*(?:{UNITS})(?![^\W\d_])"
# 2.5% · 1.75 triệu: one or two digits after a dot are a decimal point (Vietnamese groups thousands by three)
DECIMAL_POINT = re.compile(rf"(?<![\w.,/:-])(\d{{1,3}})\.(\d{{1,2}})(?![\d.,/:-])(?={UNIT_AFTER})")
CURRENCIES = r"USD|EUR|euro|đô|đồng|yen|yên|nhân\s+dân\s+tệ"
# 12,500,000 đồng · 21,500 đồng/lít: commas between groups of three are English thousands separators,
# when there are two or more, or one before a currency (no price has three decimals); 7,380 tỷ may
# be 7 tỷ 380 triệu written with the decimal comma
THOUSANDS_COMMA = re.compile(
    rf"(?<![\w.,/:-])([1-9]\d{{0,2}}(?:,\d{{3}}){{2,}})(?![\d.,/:-])(?={UNIT_AFTER})"
    rf"|(?<![\w.,/:-])([1-9]\d{{0,2}},\d{{3}})(?![\d.,/:-])(?=[^\S\n]*(?:{CURRENCIES})(?![^\W\d_]))"
)


@rule(code="HS111", name="english-number-format", category="style", severity="warning", fixable=True)
def english_number_format(document, context):
    r"""A number is written with the English decimal point or thousands comma.

    ## What it does
    Vietnamese writes the decimal comma and groups thousands with dots
    (`2,5%`, `12.500.000 đồng`). This rule reports a number before a
    quantity (`%`, `triệu`, `tỷ`, `USD`, `đồng`, `km`, `kg`, `tấn`, `lần`,
    `điểm`…) written with a dot and one or two digits after it (`2.5%`,
    `1.75 triệu`: no thousands grouping leaves fewer than three digits) or
    with commas between two or more groups of three digits (`12,500,000
    đồng`), or one before a currency (`21,500 đồng/lít`, `1,200 USD`: no
    price has three decimals; `7,380 tỷ` may be 7 tỷ 380 triệu). Times and
    dates (`8.30 giờ`, `24.11`), versions, sections (`Điều 3.2`) and codes
    are left alone: none is followed by a quantity; so is a line in English.

    ## Why
    `1.5 triệu` reads as a typo and `1,200 tỷ` as 1,2 tỷ to a Vietnamese
    reader: copied from an English source, the number says something else.

    ## Example
    `tăng 2.5%` → `tăng 2,5%`; `12,500,000 đồng` → `12.500.000 đồng`.

    ## Fix safety
    Unsafe: the writer may have meant the other number.
    """
    text = document.text
    in_vietnamese = vietnamese_paragraph_test(text)
    for match in DECIMAL_POINT.finditer(text, document.body_start):
        if in_vietnamese(match.start()):
            right = f"{match.group(1)},{match.group(2)}"
            yield Finding(match.start(), match.end(), f"Vietnamese writes the decimal comma: '{right}'",
                          Fix.unsafe(Edit(match.start(), match.end(), right)), suggestions=(right,))
    for match in THOUSANDS_COMMA.finditer(text, document.body_start):
        if in_vietnamese(match.start()):
            right = match.group().replace(",", ".")
            yield Finding(match.start(), match.end(), f"Vietnamese groups thousands with dots: '{right}'",
                          Fix.unsafe(Edit(match.start(), match.end(), right)), suggestions=(right,))


def vietnamese_paragraph_test(text: str):
    """A test of an offset: is the line holding it written in Vietnamese? (An English sentence keeps
    its own numbers.) Each line is found and judged once, however many numbers it holds."""
    import bisect

    from editkit.rules.structure import written_in_vietnamese

    starts: list[int] = []  # the lines judged so far, sorted by start
    lines: list[tuple[int, bool]] = []  # (end, verdict) of each

    def in_vietnamese(offset: int) -> bool:
        index = bisect.bisect_right(starts, offset) - 1
        if index >= 0 and offset < lines[index][0]:
            return lines[index][1]
        start = text.rfind("\n", 0, offset) + 1
        end = text.find("\n", offset)
        end = len(text) if end < 0 else end
        verdict = written_in_vietnamese(text[start:end])
        position = bisect.bisect_left(starts, start)
        starts.insert(position, start)
        lines.insert(position, (end, verdict))
        return verdict

    return in_vietnamese
