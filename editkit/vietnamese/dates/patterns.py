"""Regular expressions of Vietnamese date expressions, built from the vocabulary.

Every pattern is linear (no nested unbounded quantifiers) and compiled once.
Group names carry a prefix so that combined patterns can reuse the pieces.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from editkit.vietnamese.dates.lexicon import pieces

FLAGS = re.IGNORECASE | re.UNICODE
EDGE_BEFORE = r"(?<![\w/.,:+-])"
EDGE_AFTER = r"(?![\w%]|[/.,:-]\d|/[^\W\d_])"
# (GMT+7) after a time; spaces within the line only, and none after it (the line break is no part)
GMT = r"(?:[^\S\n]*\(?[^\S\n]*GMT[^\S\n]*\+[^\S\n]*0?7(?::?00)?(?:[^\S\n]*\))?)?"


# a day/month of a list with the join after it (8/6, … · 15/6 và …)
LISTED_DAY_MONTH = r"(?:(?<![\d/])\d{1,2}\s?/\s?\d{1,2}\s*(?:,|;|và|hoặc)\s*)"


def year_after(p: str) -> str:
    """The year written with năm after a day/month (``30/4 năm 2027``, a range's ``đến 1/5 năm 2027``): optional,
    as the group ``{p}yn`` (the year of the date before it when the date writes none)."""
    return rf"(?:[^\S\n]+năm[^\S\n]+(?P<{p}yn>(?:19|20)\d{{2}})(?![\d/.,:-]\d|\w|\s?[-–]\s?\d))?"


def dmy(p: str, year: str = "optional") -> str:
    """d/m[/yyyy] with one separator kind; ``year`` is optional, required or absent."""
    tail = {"optional": "?", "required": "", "absent": None}[year]
    body = rf"(?P<{p}d>\d{{1,2}})\s?(?P<{p}s>[/.-])\s?(?P<{p}m>\d{{1,2}})"
    if tail is not None:
        body += rf"(?:(?P={p}s)(?P<{p}y>\d{{4}})){tail}"
    return body


# a year the word năm names (năm 1010, từ năm 1875 đến năm 1898, giai đoạn 1858-1884): any from 1000 on;
# a year written bare or in a numeric date stays within 1900-2099, where numbers are rarely anything else
NAMED_YEAR = r"(?:1\d|20)\d{2}"


def long_form(p: str, year_required: bool = False) -> str:
    month = rf"(?P<{p}m>\d{{1,2}}(?!\d)|{pieces()['month_name']})"  # whole: not tháng 1 of tháng 10 âm lịch
    # ngày 26 tháng 11 năm 2026; 26 Tháng 11, 2026 as CMSs print it (the year ending the line or
    # followed by its time: not "ngày 2 tháng 9, 2026 người")
    year = (rf"(?:(?:,?\s+năm\s+|,[^\S\n]?(?=(?:19|20)\d{{2}}[^\S\n]*(?:\n|$|[|,–-]|\(|\d{{1,2}}:\d{{2}})))"
            rf"(?P<{p}y>\d{{4}}))") + ("" if year_required else "?")
    return rf"(?P<{p}d>\d{{1,2}})\s+tháng\s+{month}{year}"


def first_words(alternation: str) -> str:
    """A look-ahead on the first words of an alternation of word sequences (``hôm\\s+nay|ngày\\s+mai``):
    it lets the engine reject most positions at once."""
    words = sorted({option.split(r"\s+")[0] for option in alternation.split("|")}, key=lambda w: (-len(w), w))
    return rf"(?=(?:{'|'.join(words)})(?!\w))"


def minutes(p: str) -> str:
    """The minutes after the hour: 7 giờ 30 (phút) · 7 giờ rưỡi (half past) · 7 giờ kém 15 (a quarter to)."""
    return rf"(?:[^\S\n]?(?:(?P<{p}mi>[0-5]?\d)|(?P<{p}half>rưỡi)|kém\s?(?P<{p}to>[0-5]?\d)))?(?:[^\S\n]?phút)?"  # (on its line)


def time_of_day(p: str) -> str:
    return (
        rf"(?:(?P<{p}h>\d{{1,2}})[^\S\n]?(?:giờ|g|h){minutes(p)}(?!\w)"
        rf"(?:\s+(?P<{p}pod>sáng|trưa|chiều|tối|đêm))?"
        rf"|(?P<{p}h2>[01]?\d|2[0-3]):(?P<{p}mi2>[0-5]\d)(?::[0-5]\d)?(?!\d)(?:\s?(?P<{p}ap>[AaPp]\.?[Mm]\.?)(?!\w))?)"
    )


def time_after(separator_required: bool = False) -> str:
    """A date's time on the same line, after a comma, a dash, a bar or lúc: 26/11/2026 - 08:30."""
    optional = "" if separator_required else "?"
    return rf"[^\S\n]*(?:,|-|–|\||lúc){optional}[^\S\n]*{time_of_day('t2')}"


# until now, after a day, a month or a year (từ năm 2020 đến nay, kể từ 2019 cho tới hiện nay)
UNTIL_NOW = r"(?:đến|tới|cho[^\S\n]+đến|cho[^\S\n]+tới)[^\S\n]+(?:nay|hiện[^\S\n]+nay|hiện[^\S\n]+tại|bây[^\S\n]+giờ)(?!\w)"
# a time and its part of the day before a weekday and its date, on the same line (9h sáng Chủ nhật 29/11)
TIME_BEFORE_WEEKDAY = rf"(?:{time_of_day('t1')}[^\S\n]*,?[^\S\n]+)?"
PART_OF_MONTH = r"(?:đầu|giữa|cuối|thượng\s+tuần|trung\s+tuần|hạ\s+tuần)"
PART_OF_DAY = r"(?:(?:rạng\s+)?(?:sáng|trưa|chiều|tối|đêm|khuya)\s+)?"


def year_name() -> str:
    """A lunar year's sexagenary name: Giáp Thìn, Ất Tỵ."""
    w = pieces()
    return rf"(?P<stem>{w['stem']})\s+(?P<branch>{w['branch']})(?!\w)"


# the lunar year's number after a lunar date's âm lịch (ngày 15 tháng 8 âm lịch năm 2027)
LUNAR_YEAR_NUMBER = r"\s+năm\s+(?P<y>(?:19|20)\d{2})(?!\d)"
# a holiday's first one (Quốc khánh đầu tiên: 1945's; Tết đầu tiên xa nhà): no year the text names
FIRST_EVER = r"(?!\s+đầu\s+tiên(?!\w))"
BARE_MONTH = r"(?:0?[1-9]|1[0-2])"
BARE_MONTH_CUE = r"kể\s+từ|từ|đến|tới|hết|trước|sau|trong|vào|cuối|đầu|giữa"
BARE_MONTH_END = r"(?![\w/]|[-–.,]\d)"
# a month's number in a list, the two-digit months tried first (a scan for each number of a list finds 10, not 1)
LISTED_MONTH = r"(?:1[0-2]|0?[1-9])"
# a year without năm after a word of time that ends its phrase (định hướng đến 2030, tầm nhìn 2045; trước
# 2025, công ty lỗ): not before a count (đến 2030 người) or a decimal part (đến 2030,5)
BARE_YEAR_CUE = rf"tầm\s+nhìn(?:\s+đến)?|{BARE_MONTH_CUE}"
BARE_YEAR_END = r"(?=[^\S\n]*(?:[,.](?!\d)|[;:!?)]|\n|$)|[^\S\n]+(?:và|hoặc)[^\S\n]+(?:năm[^\S\n]+)?(?:19|20)\d{2}(?!\d))"


# the place after a listed year (các năm 2003 tại Évian, 2011 tại Deauville và 2019 tại Biarritz)
LISTED_YEARS_PLACE = r"(?:[^\S\n]+(?:tại|ở)[^\S\n]+[A-ZĐÀ-Ỹ][^\W\d_]*(?:[^\S\n]+[A-ZĐÀ-Ỹ][^\W\d_]*){0,3})?"


@lru_cache(maxsize=1)
def sources() -> dict[str, str]:
    """Every pattern's regular expression by name, in priority order (earlier wins ties)."""
    w = pieces()
    weekday = rf"(?P<wd>{w['weekday']})"
    # từ 10h đến 22h · từ 7 đến 9 giờ (the first hour bare): the hours of a span of one day, before its day
    hours_span = (rf"(?<!\w)(?:từ\s+(?P<t1bare>\d{{1,2}})(?=\s*(?:đến|tới|-|–))|(?:từ\s+)?{time_of_day('t1')})"
                  rf"\s*(?:đến|tới|-|–)\s*{time_of_day('t2')}\s*(?:,\s*)?")
    patterns = {
        # Thứ Năm, ngày 21 tháng 1 năm 2021 · Thứ năm, 21/01/2021 - 08:30 · 06:30 Thứ Hai, 4/1/2021 · 8 giờ 30 phút, thứ Bảy, ngày 20/3/2027
        "weekday_date": (
            rf"{EDGE_BEFORE}(?:{time_of_day('t1')}(?:[^\S\n]*[|,-][^\S\n]*|[^\S\n]+))?{weekday}\s?,?\s?(?:ngày\s+)?"
            rf"(?:{dmy('a', 'required')}|{long_form('b', True)})"
            rf"(?:{time_after()})?{GMT}"  # its time on its line, not the next
        ),
        # thứ Hai (18/1) · Chủ nhật, 7/10 · thứ Bảy ngày 9/1 · 8 giờ sáng thứ Sáu (27/11): its time before it;
        # Chủ nhật (3/1/2027): a year in the brackets too
        "weekday_day_month": (
            rf"{EDGE_BEFORE}{TIME_BEFORE_WEEKDAY}{weekday}\s?(?:,\s?|(?P<wbr>\()\s?|\s)(?:ngày\s+)?"
            rf"(?(wbr){dmy('a')}|{dmy('a', 'absent')})(?![/.-]\d)\)?"
        ),
        # Thứ Năm, ngày 21 tháng 1: a weekday and a written date without a year
        "weekday_long_day": rf"{EDGE_BEFORE}{TIME_BEFORE_WEEKDAY}{weekday}\s?,?\s?(?:ngày\s+)?{long_form('b')}",
        # ngày 05/10/2024 (thứ Bảy) · 5/10, Chủ nhật · ngày 8/3 năm nay rơi vào thứ Hai: the weekday after the date
        "date_weekday": (
            rf"{EDGE_BEFORE}{dmy('a')}(?:\s*(?P<wpar>\()\s*|\s*,\s*"
            rf"|(?:\s+(?P<yw>{w['year_word']}))?\s+(?:rơi|nhằm)\s+vào\s+(?:(?:ngày|hôm)\s+)?)"
            rf"{weekday}(?(wpar)\s*\)|(?!\w)(?!\s+(?:tuần|tới|sau|trước)(?!\w)))"
        ),
        # ngày 5/10/24 · hôm 12.3.21 · trước 1/3/25: a two-digit year, after a word that says a date follows
        "short_year_date": (
            r"(?<=(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|vào|từ|đến|tới|trước|sau|hết|hạn)\s)(?P<ad>\d{1,2})(?P<as>[/.-])(?P<am>\d{1,2})(?P=as)(?P<ay2>\d{2})"
            r"(?![\w/%]|[.,-]\d)"
        ),
        # hạn chót 01/10/24 · 15.09.24: every field written with two digits is a date's form, cue or none
        "padded_short_year_date": (
            rf"{EDGE_BEFORE}(?P<ad>0[1-9]|[12]\d|3[01])(?P<as>[/.])(?P<am>0[1-9]|1[0-2])(?P=as)(?P<ay2>\d{{2}})"
            r"(?![\w/%]|[.,-]\d)"
        ),
        # 14 giờ 30 ngày 12/1 · 20h ngày 31/12 · 10 giờ ngày 26 tháng 1 năm 2021 · 22h ngày 18/12/2026 (thứ Sáu)
        "time_date": (
            # (on one line: a CMS's stamp ending on its time is no time of the lead's first day under it)
            rf"{EDGE_BEFORE}{time_of_day('t1')}[^\S\n]*(?:,[^\S\n]*)?(?:ngày|hôm|(?P<t1pod2>rạng\s+sáng|sáng|trưa|chiều|tối|đêm|khuya))\s+"
            rf"(?:{dmy('a')}|{long_form('b')})(?:[^\S\n]*\([^\S\n]*{weekday}[^\S\n]*\))?"
        ),
        # 08:30 24/11/2026 · 08:30, 24/11/2026 · 08:30 | 24/11/2026 (a CMS's time, then its date)
        "time_full_date": rf"{EDGE_BEFORE}{time_of_day('t1')}[^\S\n]*(?:[,|–-][^\S\n]*)?{dmy('a', 'required')}",
        # từ 30/12 đến 2/1 · Từ 0h ngày 16/1 đến hết ngày 15/2
        # từ chiều 7/9 đến sáng 9/9
        "from_to": (
            rf"(?:(?P<from>từ)\s+(?:{time_of_day('t1')}\s+)?{PART_OF_DAY}(?:ngày\s+)?"
            rf"|(?<!\w)(?=(?:rạng\s+)?(?:sáng|trưa|chiều|tối|đêm|khuya|ngày)\s)(?:{PART_OF_DAY}(?:ngày\s+)?|ngày\s+))"
            rf"{dmy('a')}"
            # đêm 26/11 rạng sáng 27/11 · khuya 30/11, rạng sáng 1/12: a night and the morning after it
            # (đến trước 9h00 ngày 5/11: a deadline that ends the span, as đến hết does)
            rf"\s*(?:đến|tới|-|–|(?P<overnight>,?(?=\s*rạng\s+sáng\s)))\s*(?:(?:hết|trước)\s+)?(?:{time_of_day('t2')}\s+)?"
            rf"{PART_OF_DAY}(?:ngày\s+)?{dmy('b')}{EDGE_AFTER}{year_after('b')}"
        ),
        # 30/4 - 1/5 · 30/4-1/5 · 1/1/2020 – 31/12/2020 · (30/4/1975 - 30/4/2024): two dates joined by a dash
        "date_range": (
            rf"{EDGE_BEFORE}(?:ngày\s+)?{dmy('a')}\s*(?:-|–|—)\s*(?:ngày\s+)?{dmy('b')}{EDGE_AFTER}"
            rf"(?:\s+(?P<yw>{w['year_word']})(?!\w)|{year_after('b')})"
        ),
        # ngày 7 và 8/10 · 7-8/10 · 25 - 27/1 · từ ngày 1 đến 5/10 · ngày 5, 6 và 7/12 · ngày 27, 28/2
        # (a month's number is no first day: tháng 10 và ngày 11/12)
        "day_range": (
            rf"(?:(?P<from>từ)\s+)?(?:(?:các\s+)?ngày\s+|{PART_OF_DAY}){EDGE_BEFORE}(?<!tháng\s)(?<!năm\s)(?P<d1>\d{{1,2}})(?:\s*,\s*\d{{1,2}}(?![\d/.-])){{0,8}}"
            rf"\s*(?P<join>-|–|đến|tới|và|,)\s*(?:hết\s+)?(?:ngày\s+|{PART_OF_DAY})"
            rf"{dmy('a')}{EDGE_AFTER}"
        ),
        # đêm 20 rạng sáng 21/11 · đêm 20, rạng sáng 21/11: a night and the morning after it
        "overnight": (
            rf"(?<!\w)(?:đêm|tối)\s+(?:ngày\s+)?(?P<d1>\d{{1,2}})\s*(?:,|-|–|đến|và)?\s*(?:rạng\s+sáng|rạng|sáng)\s+"
            rf"(?:ngày\s+)?{dmy('a')}{EDGE_AFTER}"
        ),
        # từ ngày 12 đến 14 tháng 11 · từ mùng 6 đến mùng 8 tháng Tư âm lịch · từ mùng 6 đến rằm tháng Giêng ·
        # từ ngày 1 đến hết ngày 10/3 âm lịch (the month after a slash only before âm lịch: a solar d/m is day_range's)
        "long_day_range": (
            rf"(?<!\w)(?=[tcnm\d])(?:(?P<from>từ)\s+)?(?:(?:các\s+)?ngày\s+)?(?:(?P<mung>mùng|mồng)\s+)?(?<![\d/])(?P<d1>\d{{1,2}})\s*"
            rf"(?:-|–|(?:đến|tới)(?:\s+(?:hết|trước))?|và)\s*(?:ngày\s+)?(?:(?:mùng|mồng)\s+)?(?:(?P<full>rằm)|(?P<d2>\d{{1,2}}))"
            rf"(?:\s+tháng\s+|\s*/\s*(?=\d{{1,2}}\s+âm\s+lịch(?!\w)))(?P<m>\d{{1,2}}|{w['month_name']})(?![\w/])(?P<al>\s+âm\s+lịch)?"
            rf"(?:\s+(?:năm\s+)?{year_name()})?(?:\s*(?:/|,?\s+năm\s+)\s*(?P<y>(?:19|20)\d{{2}}))?(?!\d)"
        ),
        # Quốc khánh 2/9 · Giáng sinh năm nay · ngày Nhà giáo Việt Nam 20/11/2024: a holiday of the solar calendar
        "solar_holiday": (
            # its day after it, bare or in brackets (Ngày Doanh nhân Việt Nam (13/10): one mention, checked by DT109)
            rf"(?<!\w)(?P<sol>{w['solar_holiday']})(?:(?:\s+|\s*(?P<br>\()\s*(?:ngày\s+)?)(?P<d>\d{{1,2}})\s*(?P<s>/)\s*(?P<m>\d{{1,2}})"
            rf"(?:/(?P<y>(?:19|20)\d{{2}}))?(?(br)\s*\)))?"
            rf"(?:\s+(?:năm\s+)?(?P<y3>(?:19|20)\d{{2}})|\s+(?P<yw>{w['year_word']}))?(?![\w/]){FIRST_EVER}"
        ),
        # Cách mạng Tháng Tám · vụ khủng bố 11/9: an event of history named by its month or date
        "named_event": rf"(?<!\w)(?P<event>{w['named_event']})(?![\w/])",
        # nhiệm kỳ 2020 - 2025 · giai đoạn 2021-2025 · từ năm 2016 đến năm 2020 · năm 2024 - 2025
        "year_range": (
            # (from a part of a year to a part of another: từ cuối năm 2026 đến giữa năm 2028, the years)
            rf"(?P<label>nhiệm\s+kỳ|giai\s+đoạn|từ\s+(?:(?:đầu|giữa|cuối)\s+)?năm|niên\s+khóa|niên\s+khoá|năm\s+học|năm)\s+"
            rf"(?P<y1>{NAMED_YEAR})\s*(?:-|–|(?:đến|tới)(?:\s+(?:đầu|giữa|cuối|hết))?(?:\s+năm)?)\s*(?P<y2>{NAMED_YEAR})(?!\d)"
        ),
        # mùa giải 2025/26 · niên vụ 2024-2025 · năm học 2025/2026: a season of two years
        "season": (
            r"(?<!\w)(?P<label>mùa\s+giải(?:\s+mới)?|mùa\s+bóng|niên\s+vụ|niên\s+khóa|niên\s+khoá|năm\s+học(?:\s+mới)?|năm\s+tài\s+chính|mùa"
            r"|vụ(?:\s+lúa)?\s+đông(?:\s+|\s?-\s?)xuân)\s+"  # vụ đông xuân 2026-2027: sown in November, cut in spring
            r"(?P<y1>(?:19|20)\d{2})\s*[/–-]\s*(?P<y2>(?:19|20)?\d{2})(?![\d/.,-]\d|\w)"
        ),
        # Chiến lược 2021-2030 · giai đoạn I (2024-2025): two years joined by a dash, without a label
        # từ 2015 đến 2024 (no năm: not before a count or a unit, từ 2000 đến 2050 đồng)
        "from_years": (
            rf"(?<!\w)(?P<label>từ)\s+(?P<y1>(?:19|20)\d{{2}})\s*(?:-|–|đến|tới)\s*(?P<y2>(?:19|20)\d{{2}})(?![\d/.,]\d)"
            rf"(?!\s*(?:%|{w['count_noun']})(?!\w))"
        ),
        "bare_year_range": r"(?<![\w/.,:+-])(?P<y1>(?:19|20)\d{2})\s?[-–]\s?(?P<y2>(?:19|20)\d{2})(?![\w/%]|[-.,:]\d)",
        # 29/12/2020 · 29/12/2020 | 15:42 · 29-12-2020 - 15:42:10 · ngày 29/12/2020 lúc 15 giờ
        "full_date": (
            rf"{EDGE_BEFORE}{dmy('a', 'required')}{EDGE_AFTER}"
            rf"(?:{time_after()}{GMT})?"
        ),
        # 2024-09-07 · 2024-09-07 10:15 · 2024-09-07T10:15 (ISO 8601, as CMSs print them)
        "iso_date": (
            # 2024-09-07 10:15 · 2026/11/20 10:00 (year first with slashes, as some CMSs print it)
            r"(?<![\w/.-])(?P<ay>(?:19|20)\d{2})(?P<isep>[-/])(?P<am>0[1-9]|1[0-2])(?P=isep)(?P<ad>0[1-9]|[12]\d|3[01])"
            r"(?:[T ](?P<t1h2>[01]\d|2[0-3]):(?P<t1mi2>[0-5]\d)(?::[0-5]\d(?:\.\d{1,6})?)?(?:Z|[+-](?:0\d|1[0-4]):?[0-5]\d)?)?"
            r"(?![\w/-]|:\d)"
        ),
        "day_month": rf"{EDGE_BEFORE}{dmy('a', 'absent')}{EDGE_AFTER}(?:\s+(?P<yw>{w['year_word']})(?!\w)|{year_after('a')})",
        # ngày 26 tháng 11 năm 2026 · Ngày 26 tháng 11 năm 2026 - 08:30 (a dateline with its time)
        "long_date": (
            rf"(?:ngày\s+)?{EDGE_BEFORE}{long_form('a')}(?!\s+âm\s+lịch)"
            rf"(?:{time_after(separator_required=True)}{GMT})?"
            rf"(?:[^\S\n]*\([^\S\n]*{weekday}[^\S\n]*\))?"  # its weekday in brackets: ngày 2 tháng 9 năm 1945 (Chủ nhật)
        ),
        # tháng 11-12 · từ tháng 3 đến tháng 5/2027 · tháng Mười đến tháng Mười Hai năm nay · từ giữa
        # tháng 12 đến đầu tháng 1 (the months' parts after từ and đến: month precision, as a month alone)
        "month_range": (
            rf"(?<!\w)(?:(?P<from>từ)\s+(?:{PART_OF_MONTH}\s+)?)?tháng\s+(?P<m1>\d{{1,2}}|{w['month_name']})"
            rf"(?:\s*/\s*|,?\s+năm\s+)?(?P<y1>(?<=[/\s])(?:19|20)\d{{2}})?\s*(?:-|–|đến|tới)\s*"
            rf"(?:(?(from)(?:(?:hết|{PART_OF_MONTH})\s+)?)tháng\s+(?P<m2n>\d{{1,2}}|{w['month_name']})|(?P<m2>\d{{1,2}}))"
            rf"(?:(?:\s*[/-]\s*|(?:\s*,\s*|\s+)năm\s+)(?P<y>(?:19|20)\d{{2}})(?!\d)|\s+(?P<yw>{w['year_word']})(?!\w))?"
            r"(?![\w/-])(?!\s*(?:%|ngày|tuần|giờ|lần)(?!\w))"
        ),
        # tối 30 Tết · ngày 29 Tết năm Ất Tỵ: the last days of the lunar year, before its Tết
        "lunar_eve_day": (
            # (in words too: chiều ba mươi Tết, hai mươi ba Tết)
            rf"(?<![\w/.,])(?P<d>2[3-9]|30|ba\s+mươi|hai\s+mươi\s+(?:ba|bốn|tư|lăm|sáu|bảy|tám|chín))\s+Tết"
            rf"(?!\s+(?:dương|tây)(?!\w))(?:\s+(?:năm\s+)?{year_name()})?"
            rf"(?:\s+(?:năm\s+)?(?P<y>(?:19|20)\d{{2}})|\s+(?P<yw>{w['year_word']}))?(?!\w)"
        ),
        # tháng 3 âm lịch · tháng Chạp · tháng Giêng năm Bính Ngọ: a month of the lunar calendar
        "lunar_month": (
            rf"(?<!\w)tháng\s+(?:(?P<m>\d{{1,2}}|{w['month_name']})\s+(?:âm\s+lịch|ÂL)|(?P<ml>giêng|chạp))(?!\w)"
            rf"(?:\s+(?:năm\s+)?{year_name()})?(?:\s+(?:năm\s+)?(?P<y>(?:19|20)\d{{2}})|\s+(?P<yw>{w['year_word']})(?!\w))?"
        ),
        # thượng tuần tháng 2 · hạ tuần tháng 12 năm nay · trung tuần tháng 3/2027: a third of a month
        "part_of_month": (
            rf"(?<!\w)(?P<part>thượng|trung|hạ)\s+tuần\s+tháng\s+(?P<m>\d{{1,2}}|{w['month_name']})(?!\w)"
            rf"(?:(?:\s*[/-]\s*|(?:\s*,\s*|\s+)năm\s+)(?P<y>(?:19|20)\d{{2}})(?!\d)|\s+(?P<yw>{w['year_word']})(?!\w))?"
        ),
        # từ 7/2025 đến 6/2026: months of years without the word tháng
        "bare_month_range": (
            rf"(?<!\w)từ\s+(?P<m1>{BARE_MONTH})\s?/\s?(?P<y1>(?:19|20)\d{{2}})\s*(?:-|–|đến|tới)\s*(?:hết\s+)?(?:tháng\s+)?"
            rf"(?P<m2>{BARE_MONTH})\s?/\s?(?P<y>(?:19|20)\d{{2}}){BARE_MONTH_END}"
        ),
        # đến 12/2026 · từ 1/2027 · cuối 3/2025: a month of a year without the word tháng, after a word of
        # time (not Thông tư 12/2026/TT-BTC, nor a count: 3/2025 hồ sơ)
        "bare_month_year": rf"(?<=(?<!\w)(?:{BARE_MONTH_CUE})[^\S\n]+)(?P<m>{BARE_MONTH})\s?/\s?(?P<y>(?:19|20)\d{{2}}){BARE_MONTH_END}",
        # tháng 10/2020 · Tháng Mười Hai năm 2020 · tháng Bảy
        "month_year": rf"(?<!\d\s)tháng\s+(?P<m>\d{{1,2}}|{w['month_name']})(?:(?:\s*[/-]\s*|(?:\s*,\s*|\s+)năm\s+)|(?<=\d)\.)(?P<y>(?:19|20)\d{{2}})(?!\d)",
        "month": rf"(?<!\w)tháng\s+(?P<m>\d{{1,2}}|{w['month_name']})(?![\w/])(?:\s+(?P<yw>{w['year_word']})(?!\w))?",
        "quarter": (rf"quý\s+(?P<q>IV|I{{1,3}}|[1-4])(?!\w)(?:(?:\s*[/-]\s*|(?:\s*,\s*|\s+)năm\s+)(?P<y>(?:19|20)\d{{2}})"
                    rf"|\s+(?P<yw>{w['year_word']})(?!\w))?"),  # quý I/2027, quý I năm tới
        # Q3/2029 · Q4.2029 · Q1-2030: a quarter as the business pages abbreviate it, always with its year
        # (a bare Q3 is as often Quận 3 in an address)
        "quarter_code": r"(?<![\w.])Q(?P<q>[1-4])[^\S\n]?[/.-][^\S\n]?(?P<y>(?:19|20)\d{2})(?![\d.,/]\d|\w)",
        # quý cuối năm · quý đầu năm 2027 · quý cuối cùng của năm nay: the year's last or first quarter
        "quarter_of_year": (r"(?<!\w)quý\s+(?P<qpos>đầu|cuối)(?:\s+cùng)?(?:\s+của)?\s+năm"
                            r"(?:\s+(?P<y>(?:19|20)\d{2})(?!\d)|\s+(?P<yw>nay|ngoái|trước|sau|tới)(?!\w))?(?!\w)"),
        # 6 tháng đầu năm · nửa cuối năm 2024 · 11 tháng năm 2026 (the year's first eleven months)
        "part_of_year": (
            rf"(?:(?P<n>\d{{1,2}}|{w['number_word']})\s+tháng|(?P<half>nửa))\s+(?:(?P<pos>đầu|cuối|sau)\s+năm"
            rf"(?:\s+(?P<y>(?:19|20)\d{{2}})|\s+(?P<yw>nay|ngoái|trước|sau|tới)(?!\w))?"
            rf"|(?(n)năm\s+(?:(?P<y2>(?:19|20)\d{{2}})(?!\d)|(?P<yw2>nay|ngoái|trước)(?!\w))|(?!)))"
        ),
        # Lũy kế 11 tháng, Tính chung 11 tháng, …: the year's first months, as year-to-date figures say
        # (without đầu năm; not 11 tháng qua, counted back from the reference)
        "year_to_date_months": (
            rf"(?<=(?<!\w)(?:(?:lũy|luỹ)\s+kế|tính\s+chung|cộng\s+dồn)\s+)(?P<n>\d{{1,2}}|{w['number_word']})\s+tháng(?!\w)"
            rf"(?!\s+(?:qua|tới|trước|sau|nữa|gần\s+đây|vừa\s+qua)(?!\w))"
        ),
        # thập niên 1990 · những năm 80 · thế kỷ XX
        "decade": (
            r"(?<!\w)(?:(?:thập\s+niên|thập\s+k[ỷỉ]|những\s+năm|các\s+năm)\s+(?:(?P<dec>(?:19|20)?\d0)(?!\d|\s*[-–]\s*\d)"
            r"|(?P<decw>ba|bốn|năm|sáu|bảy|tám|chín)\s+mươi(?!\s+(?:tuổi|năm|người|ngày|phần)(?!\w))(?!\s+(?:mốt|một|hai|ba|tư|bốn|lăm|năm|sáu|bảy|tám|chín)(?!\w)))"
            r"|thế\s+k[ỷỉ]\s+(?P<c>[IVXL]{1,6}|\d{1,2})(?:\s?[-–]\s?(?:thế\s+k[ỷỉ]\s+)?(?P<c2>[IVXL]{1,6}|\d{1,2}))?(?!\w))"
        ),
        "year": rf"(?<![\w/])năm\s+(?P<y>{NAMED_YEAR})(?![\d/-])",
        "cued_year": rf"(?<=(?<!\w)(?:{BARE_YEAR_CUE})[^\S\n]+)(?P<y>(?:19|20)\d{{2}})(?!\d){BARE_YEAR_END}",
        # tháng 10 và 11 · tháng 10, 11 và 12 năm 2027: months listed after tháng, each its own period (not a
        # count: tháng 10 và 11 người; nor a day: tháng 10 và 11/12); a year after the last is every one's
        "month_list": (
            rf"(?<!\w)tháng[^\S\n]{{1,3}}(?P<ms>{LISTED_MONTH}(?:[^\S\n]{{0,3}},[^\S\n]{{0,3}}{LISTED_MONTH}){{0,10}})"
            rf"[^\S\n]{{0,3}}(?:,|và|hoặc)[^\S\n]{{0,3}}(?P<m>{LISTED_MONTH})(?![\d/.,-]?\d|[\w/%])"
            rf"(?:(?:[^\S\n]*[/-][^\S\n]*|[^\S\n]+năm[^\S\n]+)(?P<y>(?:19|20)\d{{2}})(?!\d)|[^\S\n]+(?P<yw>{w['year_word']})(?!\w))?"
        ),
        # các năm 2025, 2026 · năm 2027 và 2028: the years listed after the first one năm names
        "listed_year": (
            # (up to eight years before it: a bounded look back, linear on a flood of them)
            # (or after a bare year a word of time names: định hướng đến 2030 và 2045)
            # (each year maybe with its place: các năm 2003 tại Évian, 2011 tại Deauville và 2019 tại Biarritz)
            rf"(?<=(?:(?<![\w/])năm|(?<!\w)(?:{BARE_YEAR_CUE}))[^\S\n]{{1,3}}{NAMED_YEAR}{LISTED_YEARS_PLACE}"
            rf"(?:[^\S\n]{{0,3}},[^\S\n]{{0,3}}{NAMED_YEAR}{LISTED_YEARS_PLACE}){{0,8}}"
            rf"[^\S\n]{{0,3}}(?:,|và|hoặc)[^\S\n]{{0,3}})"
            rf"(?P<y>{NAMED_YEAR})(?![\d/.,-]\d|[\d\w/%])"
        ),
        # hôm nay · Ngày mai (22/1) · thứ Hai tuần trước · 3 ngày trước
        # hôm nay · Ngày mai (27/11) · Hôm qua 25/11, …: the day in brackets, or bare before a stop
        "relative": (
            rf"(?<!\w){first_words(w['relative'])}(?P<rel>{w['relative']})(?!\w)"
            rf"(?:\s*(?:(?P<gb>\()\s*)?{dmy('g', 'absent')}(?(gb)\s*\)|(?![\w/])(?=\s*(?:[,.;:!?]|$))))?"
        ),
        # từ thứ Hai đến thứ Sáu tuần sau · từ thứ Năm tuần này đến thứ Ba tuần sau: the days between two
        # named days, the first in the week the last names unless it names its own
        "weekday_range": (
            rf"(?<!\w)từ\s+(?P<wd1>{w['weekday']})(?:\s+(?P<wk1>tuần\s+(?:trước|qua|này|sau|tới)))?\s+(?:đến|tới)\s+"
            rf"(?P<wd>{w['weekday']})\s+(?P<wk>tuần\s+(?:trước|qua|này|sau|tới))(?!\w)"
        ),
        # thứ Hai tuần trước · Chủ nhật tuần sau (16/9) · thứ Sáu này · thứ Hai tới · thứ Ba vừa qua
        # ngày 12 tới (the coming 12th) · ngày 24 vừa qua · ngày 5 tháng sau · mùng 5 tháng này: a day of
        # the month told from the reference (not ngày 2 tới Hà Nội: came to Hà Nội on the 2nd)
        "day_of_month_relative": (
            r"(?<!\w)(?:ngày|mùng|mồng|sáng|trưa|chiều|tối|đêm)\s+(?P<d>[1-9]|[12]\d|3[01])\s+"
            r"(?:(?P<when>tới\s+đây|sắp\s+tới|tới|này|vừa\s+qua|vừa\s+rồi)|tháng\s+(?P<rel>này|sau|tới|trước))(?!\w)"
            r"(?-i:(?!\s+[A-ZĐ]))"
        ),
        "weekday_relative": (
            rf"(?<!\w){weekday}\s+(?P<wk>tuần\s+(?:trước|qua|này|sau|tới)|này|tới(?:\s+đây)?|vừa\s+(?:qua|rồi))(?!\w)"
            rf"(?:\s*\(\s*{dmy('g', 'absent')}\s*\))?"
        ),
        # hôm thứ Hai · hôm Chủ nhật: the day of that name just told, as wire stories write it
        "weekday_past": rf"(?<!\w)hôm\s+{weekday}(?!\w)(?!\s*(?:,\s*|\(\s*)?(?:ngày\s+)?\d)",
        # 3 ngày trước (a day) · 3 ngày qua (the span up to today) · trong 2 tuần tới · hai tuần nữa ·
        # cách đây 2 tuần · hai hôm trước · trong 24 giờ qua, 48 giờ tới (whole days of hours) ·
        # 10-15 ngày nữa (the days between)
        "count_relative": (
            rf"(?<![\w/.,])(?:(?P<ago>cách\s+(?:đây|nay))\s+)?"
            # a span of counts (10-15 ngày nữa, hai đến ba tuần trước): its ends the two counts
            rf"(?:(?P<low>\d{{1,3}}|{w['number_word']})(?:\s*[-–]\s*|\s+(?:đến|tới)\s+)(?=\S))?"
            # or two counts side by side, the second one more (ba bốn năm trước, một hai tuần nữa)
            rf"(?:(?<!thứ\s)(?P<pair>{w['number_pair']})|(?P<n>\d{{1,3}}|{w['number_word']}|nửa))\s+(?P<unit>ngày|hôm|tuần|tháng|năm|giờ|tiếng)"
            # not "trước khi" (before it happens), "trước đó" (before then): counted from the story's time
            rf"(?:\s+(?P<dir>trước(?!\s+(?:khi|đó|đấy|lúc))|qua|tới|nữa)(?!\w)|(?<=[^\W\d_])(?!\w))"
        ),
        # từ nay đến cuối năm · từ giờ đến hết tháng này · từ nay đến cuối năm 2027: from the reference to the
        # end of the year (month, week); not "đến cuối tháng 12" (a month of its own)
        "to_end": (
            r"(?<!\w)từ\s+(?:nay|bây\s+giờ|giờ|hôm\s+nay|đây)\s+(?:đến|tới|cho\s+đến)\s+(?:cuối|hết)\s+"
            r"(?P<unit>năm|tháng|tuần)(?:\s+(?:nay|này)(?!\w)|(?<=năm)\s+(?P<y>(?:19|20)\d{2})(?!\d))?(?![\w/]|\s+\d)"
        ),
        # từ nay đến Tết · từ giờ tới Tết Nguyên đán: from the reference to the coming lunar new year
        "to_tet": (
            r"(?<!\w)từ\s+(?:nay|bây\s+giờ|giờ|hôm\s+nay|đây)\s+(?:đến|tới|cho\s+đến)\s+(?P<before>trước\s+)?Tết(?:\s+Nguyên\s+đán)?(?!\w)"
            r"(?:\s+(?:năm\s+)?(?P<y>(?:19|20)\d{2})(?!\d))?(?!\s+(?:dương|tây|trung|đoan|nguyên\s+tiêu|hàn|thanh|năm|[A-ZĐ]))"
        ),
        # từ 2020 đến nay · kể từ 2019 tới nay: a bare year to the reference (with năm: joined_to_now)
        "year_to_now": (
            rf"(?<!\w)(?:kể\s+)?từ\s+(?P<y>(?:19|20)\d{{2}})(?![\d/.,-])[^\S\n]*(?:,[^\S\n]*)?{UNTIL_NOW}"
        ),
        # từ đầu năm đến nay: from the start of the year (month, week) to the reference
        "to_date": (
            r"(?<!\w)từ\s+đầu\s+(?P<unit>năm|tháng|tuần)(?:\s+(?:nay|này))?\s+(?:đến|tới)\s+"
            r"(?:nay|hiện\s+nay|hiện\s+tại|bây\s+giờ|giờ)(?!\w)"
        ),
        # từ đầu năm đến ngày 30/11 · từ đầu tháng đến hết 25/11: from the first day of that day's year (month)
        "to_day": (
            rf"(?<!\w)từ\s+đầu\s+(?P<unit>năm|tháng)(?:\s+(?:nay|này))?\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?"
            rf"{dmy('a')}{EDGE_AFTER}"
        ),
        # hồi đầu tháng, hồi cuối năm: a part of this month or year told as past (hồi), to the month's or
        # the year's precision; not before what names another (hồi đầu tháng 11, hồi đầu năm nay, hồi cuối năm ngoái)
        "past_part_of_period": (
            rf"(?<!\w)hồi\s+(?P<part>đầu|giữa|cuối)\s+(?P<unit>tháng|năm)(?!\w)"
            rf"(?!\s*(?:\d|[/.-]\d)|\s+(?:này|nay|trước|sau|tới|ngoái|qua|kia|ấy|đó|học|mới|âm|{w['month_name']}"
            rf"|{w['stem']})(?!\w))"
        ),
        # Cộng dồn từ đầu năm, …: the same without đến nay, the phrase ended there (not từ đầu năm học)
        "to_date_open": r"(?<!\w)từ\s+đầu\s+(?P<unit>năm|tháng|tuần)(?:\s+(?:nay|này))?(?=[^\S\n]*(?:[,;:!?)]|\.(?!\d)|\n|$))",
        # ngày mười chín tháng Tám năm 1945 · sáng mười hai tháng Ba: a day in words after a word of the day
        # (a weekday before it, Chủ nhật, ngày mười chín tháng Tám năm 1945, is read by build_lunar.with_weekday)
        # (solar, unless the month is one only the lunar calendar has: hai mươi ba tháng Chạp; the empty
        # group ``tet`` lets build_lunar tell, as for mồng 2 tháng 9)
        "worded_date": (
            rf"(?<!\w)(?:ngày|sáng|trưa|chiều|tối|đêm)\s+(?P<d>{w['number_word']})\s+tháng\s+"
            rf"(?P<m>\d{{1,2}}|{w['month_name']})(?!\w)(?!\s+âm\s+lịch)(?P<tet>(?!))?"
            rf"(?:,?\s+năm\s+(?P<y>(?:19|20)\d{{2}})(?!\d)|\s+(?P<yw>{w['year_word']})(?!\w))?"
        ),
        # lunar: mùng 4 Tết · Ngày mùng 10 tháng Giêng · mùng 1 Tết (thứ Bảy) · 10/3 âm lịch · rằm tháng Giêng · Tết Đoan ngọ
        "lunar_mung": (
            rf"(?:ngày\s+)?(?:mùng|mồng)\s+(?P<d>\d{{1,2}}|{w['number_word']})\s+(?:tháng\s+(?P<m>\d{{1,2}}|{w['month_name']})|(?P<tet>Tết))"
            rf"(?:\s+âm\s+lịch)?(?:\s+(?:năm\s+)?{year_name()})?"
            rf"(?:\s+(?:năm\s+)?(?P<y>(?:19|20)\d{{2}})|\s+(?P<yw>{w['year_word']})(?!\w))?"
            rf"(?:[^\S\n]*\([^\S\n]*(?P<wd>{w['weekday']})[^\S\n]*\))?"  # its weekday in brackets
        ),
        # mùng 7 without its month on a line that told of Tết before it (Sau Tết, các cơ quan làm việc trở lại
        # từ mùng 7): a day of the first lunar month, which build_tet_day keeps only where Tết was told
        "tet_bare_mung": (
            rf"(?<!\w)(?:ngày\s+)?(?:mùng|mồng)\s+(?P<d>\d{{1,2}}|{w['number_word']})(?!\w)(?![/.,-]\d)"
            rf"(?!\s+(?:tháng|tết|âm)(?!\w))"
        ),
        # 10/3 âm lịch · 10/3 âm lịch năm nay · (tức ngày 6/11 năm Ất Tỵ): a lunar day/month, named by its calendar or its year
        "lunar_numeric": (
            rf"(?:(?:ngày|mùng|mồng)\s+)?(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})\s+"
            rf"(?:(?:âm\s+lịch|ÂL)(?!\w)(?:\s+(?:năm\s+)?{year_name()}|{LUNAR_YEAR_NUMBER}|\s+(?P<yw>{w['year_word']})(?!\w))?|năm\s+{year_name()})"
        ),
        # 23 tháng Chạp âm lịch · 10 tháng 3 âm lịch năm nay · ngày 21 tháng 10 năm Ất Tỵ (a year named by its stem and branch is lunar)
        "lunar_long": (
            # a day in words: past the tenth, or after ngày (ngày mười tháng Giêng; not ba tháng Giêng, three months)
            rf"(?:ngày\s+)?(?P<d>\d{{1,2}}|{w['late_day_word']}|(?<=ngày\s{{1,3}})(?:{w['number_word']}))"
            rf"\s+tháng\s+(?P<m>\d{{1,2}}|{w['month_name']})"
            rf"(?:\s+âm\s+lịch(?:\s+(?:năm\s+)?{year_name()}|{LUNAR_YEAR_NUMBER}|\s+(?P<yw>{w['year_word']})(?!\w))?|\s+năm\s+{year_name()}"
            # or a day in words before a month only the lunar calendar has (hai mươi ba tháng Chạp)
            rf"|(?<=[^\W\d_]\s{{1,3}}tháng\s{{1,3}}(?:giêng|chạp))(?!\w))"
        ),
        # rằm tháng Giêng · rằm tháng Bảy âm lịch · rằm tháng Tám năm Bính Ngọ · rằm tháng Giêng năm nay
        "lunar_full_moon": (
            rf"rằm\s+tháng\s+(?P<m>\d{{1,2}}|{w['month_name']})(?:\s+(?:âm\s+lịch|ÂL)(?!\w))?"
            rf"(?:\s+(?:năm\s+)?{year_name()})?(?:\s+(?:năm\s+)?(?P<y>(?:19|20)\d{{2}})|\s+(?P<yw>{w['year_word']})(?!\w))?"
        ),
        "lunar_holiday": (
            # (the eve of the solar new year: giao thừa Tết Dương lịch, giao thừa dương lịch; not Tết Dương lịch)
            rf"(?P<hol>{w['holiday']})(?:(?<=thừa)(?P<solar>\s+(?:tết\s+)?dương\s+lịch))?(?!\s+(?:tết\s+)?dương\s+lịch)(?:\s+(?:tết\s+|năm\s+)?{year_name()})?(?:\s*\(\s*(?:ngày\s+)?(?P<gd>\d{{1,2}})\s*/\s*(?P<gm>\d{{1,2}})(?P<gl>\s+âm\s+lịch)?\s*\))?"
            rf"(?:\s+(?:năm\s+)?(?P<y>(?:19|20)\d{{2}})|\s+(?P<yw>{w['year_word']}))?(?!\w){FIRST_EVER}"
        ),
        # năm Giáp Thìn · năm Ất Tỵ 2025: a lunar year by its name (the solar year it begins in)
        "named_year": rf"(?<!\w)năm\s+{year_name()}(?:\s+(?P<y>(?:19|20)\d{{2}}))?(?!\w)",
        # Tết Giáp Thìn · Tết Ất Tỵ 2025 · Tết năm nay: the lunar new year named by its year or a year word
        # (a year word after the name says no more than it: Tết Canh Tuất năm nay rơi vào ngày 2/2/2030)
        "lunar_new_year": (
            rf"(?<!\w)Tết\s+(?:(?:năm\s+)?{year_name()}(?:\s+(?:năm\s+)?(?P<y>(?:19|20)\d{{2}})|\s+(?:{w['year_word']})(?!\w))?"
            rf"|(?P<yw>{w['year_word']}))(?!\w)"
        ),
        # 7 giờ sáng nay · 20h tối qua · 9 giờ 30 sáng mai · 5h sáng nay (17/11) · 5h sáng sớm nay · 3h rạng sáng nay
        "time_relative": (
            rf"{EDGE_BEFORE}(?P<t1h>\d{{1,2}})\s?(?:giờ|g|h){minutes('t1')}\s+"
            rf"(?P<rel>(?:rạng\s+)?(?P<t1pod>sáng|trưa|chiều|tối|đêm)(?:\s+(?:sớm|muộn))?\s+(?:nay|qua|mai)|(?:ngày\s+)?hôm\s+(?:nay|qua)|ngày\s+mai)(?!\w)"
            rf"(?:\s*\(\s*{dmy('g', 'absent')}\s*\))?"  # 5h sáng nay (17/11)
        ),
        # từ 10h đến 22h ngày 7/9 · từ 7h30 đến 16h30 thứ Hai (1/3) · từ 8h00 đến 17h00 ngày 12/10/2029 (thứ Sáu):
        # a span of one day, its weekday before it or in brackets after it
        "time_range_date": (
            rf"{hours_span}(?:(?:ngày|hôm)\s+|(?P<wd>{w['weekday']})\s?(?:,\s?|(?P<paren>\(\s?)|\s)(?:ngày\s+)?)?"
            rf"{dmy('a')}{EDGE_AFTER}(?(paren)\s?\)|(?:[^\S\n]*\([^\S\n]*(?P<wda>{w['weekday']})[^\S\n]*\))?)"
        ),
        # từ 7 giờ đến 11 giờ ngày 27 tháng 11 năm 2027: the same with the date written out
        "time_range_long_date": (
            rf"{hours_span}(?:(?:ngày|hôm)\s+|(?P<wd>{w['weekday']})\s?(?:,\s?|\s)(?:ngày\s+)?)?"
            rf"{long_form('a')}(?!\s+âm\s+lịch){EDGE_AFTER}"
        ),
        # từ 10h đến 22h · 7h - 13h30: a span of the day
        "time_range": rf"(?<!\w)(?:từ\s+)?{time_of_day('t1')}\s*(?:đến|tới|-|–)\s*{time_of_day('t2')}",
        # từ 7 đến 9 giờ sáng · lúc 4 - 6 giờ chiều: the first hour bare, the unit and the part of the day written once
        "hour_span": rf"(?:(?<!\w)(?P<from>từ)\s+|(?<![\w/.:,]))(?P<t1h>\d{{1,2}})\s*(?:đến|tới|-|–)\s*{time_of_day('t2')}",
        # the cue word and its spaces are optional together: a run of blank lines is no slow start
        "time": rf"{EDGE_BEFORE}(?:(?:lúc|vào|hồi|từ|đến)\s*)?{time_of_day('t1')}",
        # bốn giờ sáng · ba giờ rưỡi chiều · mười một giờ đêm: an hour in words, with its part of the day
        # (without it, hai giờ counts hours); not sáng nay, tối qua (the day's own words)
        "spelled_time": (
            rf"(?<!\w)(?P<t1w>{w['number_word']})\s+giờ(?:\s+(?P<t1half>rưỡi))?"
            rf"\s+(?P<t1pod>sáng|trưa|chiều|tối|đêm|khuya)(?!\w)(?!\s+(?:nay|qua|mai|hôm|sớm|muộn)(?!\w))"
        ),
    }
    return patterns


@cache
def pattern(name: str):
    """One pattern, compiled on first use: a text without a pattern's words never pays for it."""
    return compile_fast(name, sources()[name])


# the `regex` engine scans most of these patterns faster than `re` (measured on news text); these
# `re` scans as fast or faster, and compiles two to three times faster (a pre-commit run compiles
# every pattern whose words the article has)
STD_RE_FASTER = frozenset({"time", "count_relative", "relative", "weekday_date", "solar_holiday", "time_range", "hour_span",
                           "time_range_date", "time_range_long_date", "date_range", "time_date", "time_full_date", "lunar_mung", "decade",
                           "long_day_range"})


def compile_fast(name: str, pattern: str):
    if name in STD_RE_FASTER:
        return re.compile(pattern, FLAGS)
    import regex

    return regex.compile(pattern, regex.IGNORECASE | regex.V0)


@lru_cache(maxsize=1)
def context_patterns() -> dict[str, re.Pattern[str]]:
    w = pieces()
    return {
        "cue_before": re.compile(
            rf"(?:(?:(?<!\w)(?:{w['cue']})|{w['weekday']})\s*(?:ngày\s*)?[(,]?|(?<!\w)(?:{w['label_cue']})\s*:"
            # a deadline told with "là" or "vào" (hạn chót là 30/6, chậm nhất vào 15/7)
            rf"|(?<!\w)(?:{w['deadline']})\s+(?:là|vào)(?:\s+ngày)?"
            # or after what is due (Hạn nộp hồ sơ là 31/12: up to four words, no clause between)
            rf"|(?<!\w)(?:{w['deadline_noun']})(?:[^\S\n]+[^\W\d_]+){{0,4}}[^\S\n]+là(?:\s+ngày)?)\s*$", FLAGS),
        # the days before this one in a list (8/6, 15/6 và …): the list's first day carries the cue
        "list_before": re.compile(rf"{LISTED_DAY_MONTH}{{1,12}}$", FLAGS),
        # or a day written out with its month opens the list (Ngày 5 tháng 10 và 11/12): its own cue
        "written_list_before": re.compile(
            r"(?<!\w)(?:ngày|mùng|mồng)\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+(?:19|20)\d{2})?\s*(?:,|;|và|hoặc)\s*"
            rf"{LISTED_DAY_MONTH}{{0,12}}$", FLAGS),
        "relative_before": re.compile(rf"(?:{w['relative']})\s*\(\s*$", FLAGS),
        # what is reckoned over the month after it (hóa đơn tiền điện tháng 11, lương tháng 12)
        "account_before": re.compile(rf"(?<!\w)(?:{w['account_noun']})[^\S\n]+$", FLAGS),
        # a number right before "tuần sau", "năm nay": weeks or years counted (Hai tuần sau: two weeks
        # after the story's last event; hai năm nay: for two years now), not next week or this year;
        # a plural's word too (những năm tới: the coming years, các tuần trước: the weeks before)
        "counted_before": re.compile(
            # hàng trăm năm trước, mấy chục năm nay, hai mươi lăm năm nay, 280 triệu năm sau: a count of years, not last or next year
            rf"(?:\d|(?<!\w)(?<!tháng\s)(?:{w['number_word']}|vài|mấy|dăm|ít|nhiều|bao\s+nhiêu|những|các"
            rf"|mươi|lăm|mốt|chục|trăm|nghìn|ngàn|vạn|triệu|tỷ|tỉ|nửa))[^\S\n]*$", FLAGS),
        # a generation or an age before "hôm nay" makes it nowadays (trẻ em hôm nay, giới trẻ hôm nay)
        "nowadays_before": re.compile(rf"(?<!\w)(?:{w['nowadays_before']})[^\S\n]+$", FLAGS),
        # "trước" meaning "in front of" after a relative word (tuần trước lớp: in front of the class)
        # (not before a class's name: tuần trước lớp 5A đi tham quan)
        "in_front_of_after": re.compile(rf"[^\S\n]+(?:{w['in_front_of']})(?!\w)(?![^\S\n]*\d)", FLAGS),
        # an event "trước" or "sau" governs after a relative word (cả tuần trước khai mạc: the week before it)
        "event_after": re.compile(rf"[^\S\n]+(?:{w['before_an_event']})(?!\w)", FLAGS),
        "cue_after": re.compile(rf"^\s*(?:{w['after_cue']})(?!\w)", FLAGS),
        # on the date's line only (kỷ nguyên số ending a headline is no "số" before the next line's date)
        "not_before": re.compile(rf"(?<!\w)(?:{w['not_before']})[^\S\n]*$", FLAGS),
        # another calendar named right after (ngày 1 tháng 7 theo lịch Chăm, tháng 9 (lịch Hồi giáo))
        "other_calendar_after": re.compile(
            # (not that calendar's era before its year: Đại lễ Phật đản Phật lịch 2572)
            rf"[^\S\n]*(?:[(,][^\S\n]*)?(?:(?:tính[^\S\n]+)?theo[^\S\n]+)?(?:{w['other_calendar']})(?!\w)(?![^\S\n]*\d)", FLAGS),
        # (not lần lượt, respectively: Hai ngày 30/4 và 1/5 lần lượt rơi vào thứ Hai và thứ Ba)
        "count_after": re.compile(rf"^[^\S\n]+(?:{w['count_noun']})(?!\w)(?!(?<=lần)[^\S\n]+lượt(?!\w))", FLAGS),
        # the wire's dateline: place, day/month and the agency's tag (Hà Nội, 29/12 (TTXVN) - …)
        "source_tag_after": re.compile(r"[^\S\n]*\([^()\n]{2,40}\)[^\S\n]*[-–—]"),
        "strong_before": re.compile(rf"(?:(?<!\w)(?:{w['strong_cue']})|{w['weekday']})\s*(?:ngày\s*)?[(,]?\s*$", FLAGS),
    }
