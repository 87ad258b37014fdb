"""Rules about dates: contradictions, impossible dates, stale leads and the house date style."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

from editkit.dates_support import dateline, front_matter_date, mentions
from editkit.diagnostics import Edit, Finding, Fix
from editkit.registry import rule

WEEKDAY_NAMES = {1: "thứ Hai", 2: "thứ Ba", 3: "thứ Tư", 4: "thứ Năm", 5: "thứ Sáu", 6: "thứ Bảy", 7: "Chủ nhật"}
PAST = re.compile(r"(?<!\w)đã(?!\w)", re.I)  # and vừa, as told_just_now reads it
FUTURE = re.compile(r"(?<!\w)(?:sẽ|dự kiến|sắp|theo kế hoạch|dự định)(?!\w)", re.I)
# a date right after these is a start, a deadline or an occasion, which a past-tense sentence may
# announce ahead: "vừa ban hành nghị định, có hiệu lực từ ngày 1/1/2025", "vừa yêu cầu … dịp Tết",
# "vừa được tặng bằng khen nhân Ngày Nhà giáo Việt Nam 20/11", "đã treo cờ chào mừng Quốc khánh 2/9",
# a holiday kept or provided for: "vừa hỗ trợ vé xe cho công nhân về quê đón Tết Nguyên đán", "ăn Tết",
# "hàng hóa phục vụ Tết"
AHEAD_BEFORE_DATE = re.compile(r"(?<!\w)(?:hiệu lực|áp dụng|bắt đầu|kể từ|từ|đến|trước|hạn|hạn chót|chậm nhất|dịp"
                               r"|nhân|chào mừng|mừng|hướng tới|kỷ niệm|kỉ niệm|đón|ăn|vui|sắm|phục vụ)"
                               r"(?: ngày| sáng| trưa| chiều| tối| đêm| chiều tối| rạng sáng)?\s*$", re.I)

# a holiday named after the time off it gives (đã đồng ý phương án nghỉ Tết Nguyên đán 2027, đã chốt lịch
# nghỉ lễ Quốc khánh): the holiday lies ahead of a decision told in the past
HOLIDAY_OFF_BEFORE = re.compile(r"(?<!\w)nghỉ(?:\s+lễ)?\s+$", re.I)

# an announcement earlier in the sentence of what is to come (vừa công bố tour diễn, trong đó có đêm
# diễn ngày 21/3/2027): a date more than ANNOUNCED_AHEAD_DAYS after publication is its schedule
ANNOUNCED = re.compile(r"(?<!\w)(?:công bố|thông báo|ấn định|lên lịch|lên kế hoạch|ban hành kế hoạch|kế hoạch số|chốt lịch|mở bán"
                       r"|phát hành lịch)(?!\w)",
                       re.I)
ANNOUNCED_AHEAD_DAYS = 30

# a past act aimed at what lies ahead, between the past's marker and the date: its purpose, a request,
# an invitation, a registration, a contract or a plan (đã lên đường để chuẩn bị cho trận đấu ngày 2/12,
# vừa đề nghị cho học sinh nghỉ học ngày 30/11, đã mời nghệ sĩ tham gia đêm nhạc ngày 5/12, đã có 5.000
# người đăng ký tham gia giải chạy ngày 6/12, vừa ký hợp đồng giao hàng vào ngày 10/12, vừa phê duyệt
# phương án … phục vụ lễ hội ngày 5/12, vừa có văn bản về việc nghỉ Tết Nguyên đán năm 2027, vừa hướng dẫn …,
# vừa công bố lịch thi …); not an act told as done at the date (đã diễn ra ngày 5/12)
AIMED_AHEAD = re.compile(r"(?<!\w)(?:để|nhằm|chuẩn bị|phục vụ|đề nghị|yêu cầu|kiến nghị|đề xuất|chỉ đạo|mời|đăng ký"
                         r"|hợp đồng|phương án|kế hoạch|về việc|hướng dẫn|lịch (?:nghỉ|thi|trình|làm việc)"
                         # a decision, a leave or a day off granted (đã cho học sinh nghỉ học ngày 25/11, đã quyết định hoãn …)
                         r"|quyết định|cho phép|cho(?:\s+[^\W\d_]+){1,3}\s+nghỉ)(?!\w)", re.I)

# a range written with its "từ" (từ 22h ngày 28/11 đến 5h ngày 15/12): a schedule announced ahead
RANGE_FROM = re.compile(r"(?:kể\s+)?từ(?!\w)", re.I)


def dated(document, context):
    return mentions(document, context.reference_date, context.settings["date-style"])


@rule(code="DT101", name="weekday-mismatch", category="dates", severity="error")
def weekday_mismatch(document, context):
    r"""A written weekday contradicts the date it goes with.

    ## What it does
    Checks every weekday written with a date (`Thứ Ba, 2/9/2021`,
    `thứ Bảy (16/1)`, `Chủ nhật, ngày mười chín tháng Tám năm 1945`, `thứ
    Bảy, mùng 1 Tết`, `ngày 2 tháng 9 năm 1945 (Chủ nhật)`, and a day or a
    holiday said to fall on one: `Tết Nguyên đán năm nay rơi vào thứ Sáu`,
    `Ngày 1/1/2027 là thứ Năm`; days listed together and said to fall on as
    many weekdays listed, each on its own in turn: `Dịp 30/4 và 1/5 rơi vào
    thứ Hai và thứ Ba`) against the calendar, including datelines and dates
    whose year was inferred from the publication date, and reports a weekday
    that does not exist before a date (`Thứ Tám, ngày 25/11/2026`). An
    ordinal after a noun it counts is no weekday (`lần thứ hai, ngày 5/3`:
    the second time), unless capitalised as a weekday is (`phiên thứ Sáu`).

    ## Why
    One of the two is wrong, and readers cannot tell which: the event may be
    reported on the wrong day.

    ## Example
    `Thứ Ba, 2/9/2021` (2/9/2021 was a Thursday) → `Thứ Năm, 2/9/2021`.

    ## Fix safety
    No automatic fix: either the weekday or the date may be the mistake; the
    message names the weekday the date falls on.
    """
    _, found = dated(document, context)
    text = document.text
    for mention in found:
        if mention.day is None:
            continue
        actual = WEEKDAY_NAMES[mention.day.isoweekday()]
        if mention.weekday_mismatch:
            yield Finding(mention.start, mention.end,
                          f"{mention.day.strftime('%d/%m/%Y')} is a {actual}, not the weekday written",
                          suggestions=(actual,))
        elif no_day := NO_WEEKDAY_BEFORE.search(text, max(0, mention.start - 24), mention.start):
            yield Finding(no_day.start(), mention.end,
                          f"No weekday is called '{no_day.group(1)}'; {mention.day.strftime('%d/%m/%Y')} is a {actual}",
                          suggestions=(actual,))


# a weekday that does not exist right before a date: Thứ Tám, ngày 25/11/2026 · Thứ 8 (29/11); capitalised,
# as a weekday is (lần thứ 8, ngày 25/11 counts times)
NO_WEEKDAY_BEFORE = re.compile(r"(?<!\w)(Thứ\s+(?:[Tt]ám|8|[Mm]ột|1|[Nn]hất|[Cc]hín|9|[Mm]ười|10))[\s,(]*(?:ngày\s+)?\Z")


@rule(code="DT107", name="year-name-mismatch", category="dates", severity="error")
def year_name_mismatch(document, context):
    r"""A lunar year's name contradicts the year written with it.

    ## What it does
    Checks the sexagenary name of a lunar year (`Giáp Thìn`, `Ất Tỵ`) written
    with a year number (`Tết Giáp Thìn 2025`, `Tết Trung thu Quý Mão 2024`,
    `năm Giáp Thìn 2025`), or after a year word that says which year it is
    (`Năm nay là năm Canh Tuất`, written in 2029, the year Kỷ Dậu; in January
    before Tết either the year under way or the coming one may be said),
    against the calendar's cycle of sixty years.

    ## Why
    One of the two is wrong, and the date of the holiday depends on which.

    ## Example
    `Tết Giáp Thìn 2025` (2025 is the year Ất Tỵ) → `Tết Ất Tỵ 2025` or
    `Tết Giáp Thìn 2024`.

    ## Fix safety
    No automatic fix: either the name or the number may be the mistake; the
    message names the year the number stands for.
    """
    _, found = dated(document, context)
    for mention in found:
        if mention.year_name:
            said = f"{mention.year_word} is" if mention.year_word else "the year written by number is"
            yield Finding(mention.start, mention.end, f"'{mention.text}': {said} {mention.year_name}",
                          suggestions=(mention.year_name,))


@rule(code="DT108", name="relative-date-mismatch", category="dates", severity="warning")
def relative_date_mismatch(document, context):
    r"""A relative day and the date glossed after it disagree with the publication date.

    ## What it does
    Checks `hôm nay`, `hôm qua`, `ngày mai`, `sáng nay`, `tối qua`,
    `thứ Hai tuần sau` and the like when a date follows them in brackets
    (`hôm qua (20/1)`): the words name a day counted from the publication
    date (front matter, dateline or `--ref`), and the date must be that day.

    ## Why
    A story updated or republished a day later keeps its `hôm qua`: readers
    are told the wrong day. Usually the word is stale and the date right.

    ## Example
    In an article dated 22/1/2021, `Hôm qua (20/1), …` → `Hôm kia (20/1), …`
    or `Ngày 20/1, …`.

    ## Fix safety
    No automatic fix: either the word or the date may be the mistake.
    """
    reference, found = dated(document, context)
    for mention in found:
        if mention.named_day is not None and reference is not None:
            yield Finding(mention.start, mention.end,
                          f"'{mention.text}': in an article dated {reference.strftime('%d/%m/%Y')} the word names "
                          f"{mention.named_day.strftime('%d/%m/%Y')}, not the date in brackets",
                          suggestions=(f"{mention.named_day.day}/{mention.named_day.month}",))


@rule(code="DT109", name="holiday-date-mismatch", category="dates", severity="warning")
def holiday_date_mismatch(document, context):
    r"""A holiday of the solar calendar is given another day than its own.

    ## What it does
    Checks the day/month written after a holiday's name against the
    holiday's day (`dictionaries/dates/vi-dates.toml`, `[solar_holidays]`):
    `Quốc khánh 2/9`, `ngày Nhà giáo Việt Nam 20/11`, `ngày Phụ nữ Việt Nam
    20/10`, `ngày Quốc tế Lao động 1/5`, `Giáng sinh 25/12`, or in brackets:
    `Ngày Doanh nhân Việt Nam (13/10)` … A name followed
    by another country's (`Quốc khánh Lào`) is not Vietnam's holiday and is
    not checked.

    ## Why
    Holidays that share a number are easily swapped (`20/10` and `20/11`),
    and readers know these days by heart.

    ## Example
    `Nhân ngày Nhà giáo Việt Nam 20/10` → `Nhân ngày Nhà giáo Việt Nam 20/11`.

    ## Fix safety
    No automatic fix: the name may be the mistake rather than the date.
    """
    _, found = dated(document, context)
    for mention in found:
        if mention.holiday_day is not None:
            day, month = mention.holiday_day
            yield Finding(mention.start, mention.end,
                          f"'{mention.text}': that holiday is on {day}/{month}", suggestions=(f"{day}/{month}",))


@rule(code="DT110", name="lunar-date-mismatch", category="dates", severity="error")
def lunar_date_mismatch(document, context):
    r"""A solar date and its lunar gloss (or a lunar date and its solar gloss) are different days.

    ## What it does
    Converts the solar date to the Vietnamese lunar calendar (UTC+7) and
    compares it with the lunar day written beside it in brackets or after
    `tức`/`nhằm`: `ngày 25/12/2025 (tức ngày 6/11 năm Ất Tỵ)`,
    `mùng 6 tháng Giêng (tức 11/2/2027)`, `Tết Nguyên đán (17/2)`. A lunar
    year written or named (`năm Ất Tỵ`) is compared too, and so are the days
    of a range and its gloss (`từ ngày 12 đến 14 tháng Giêng âm lịch (tức từ
    17 đến 19/2/2027)`) and the lunar year a range's gloss names (`từ 26/1 đến
    3/2/2027 (tức từ 19 đến 27 tháng Chạp năm Đinh Mùi)`: Bính Ngọ's), and a
    range's first or last day glossed with its cue repeated (`đến hết ngày
    9/2/2028, tức đến hết rằm tháng Giêng`), and a relative day glossed (`sáng
    nay (17/2), tức mùng 10 tháng Giêng`). A holiday named and said to fall on
    a solar day (`Tết Canh Tuất năm nay rơi vào ngày 3/2/2030`; Vietnam's Tết 2030
    is 2/2, China's 3/2) is reported with the solar day it is, past an apposition
    naming it too (`Rằm tháng Bảy âm lịch, tức ngày Lễ Vu Lan, rơi vào …`). A day
    counted off and glossed (`từ hai ngày trước, tức ngày 21 tháng Chạp`) is the
    gloss's day: the count may run from the story's day. A lunar
    day dated only by a solar year the sentence carries falls in that year
    (the last lunar month of the year before falls in January).

    ## Why
    Festival and anniversary news gives both calendars; a gloss copied from
    last year's article or counted off by a day misleads readers planning
    to attend.

    ## Example
    `Ngày 25/12/2025 (tức ngày 7/11 năm Ất Tỵ)` → `(tức ngày 6/11 năm Ất Tỵ)`.

    ## Fix safety
    No automatic fix: either calendar may be the mistake.
    """
    _, found = dated(document, context)
    yield from holiday_gloss_mismatches(found)
    yield from calendar_gloss_mismatches(found, document.text)
    yield from range_gloss_mismatches(found, document.text)


# words that make a range of days lunar (từ ngày 12 đến 14 tháng Giêng âm lịch, từ mùng 1 đến mùng 3 Tết)
LUNAR_RANGE_WORDS = re.compile(r"(?<!\w)(?:âm\s+lịch|ÂL|tháng\s+(?:Giêng|Chạp)|mùng|mồng|Tết)(?!\w)", re.I)


@lru_cache(maxsize=1)
def lunar_year_named() -> re.Pattern[str]:
    """A lunar year's name in a range's words (``ngày 12 đến ngày 14 tháng 2 năm Kỷ Dậu``): a lunar range."""
    from editkit.vietnamese.dates.patterns import year_name

    return re.compile(rf"(?<!\w)năm\s+{year_name()}", re.I)


def lunar_range(text: str) -> bool:
    """A range written in the lunar calendar: its words (âm lịch, tháng Giêng, mùng, Tết) or its year's name."""
    return bool(LUNAR_RANGE_WORDS.search(text) or lunar_year_named().search(text))


class DaySpan(NamedTuple):
    """A range of days as written: one range mention, or two lunar days joined by đến."""
    start: int
    end: int
    day: dt.date | None
    end_day: dt.date | None
    lunar: bool


# a lunar year written in a gloss, by its name or its number (năm Bính Ngọ, năm 2026)
YEAR_WRITTEN = re.compile(r"(?<!\w)năm\s+(?:[^\W\d_]+\s+[^\W\d_]+|\d{4})(?!\w)", re.I)
FROM_BEFORE = re.compile(r"(?<!\w)từ\s+(?:ngày\s+)?$", re.I)
TO_BETWEEN = re.compile(r"\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?", re.I)


def day_spans(found, text: str) -> list[DaySpan]:
    """The ranges of days among the mentions: range mentions, and ``từ 28 tháng Chạp năm Bính Ngọ
    đến hết mùng 5 tháng Giêng năm Đinh Mùi``, which the finder reads as two lunar days (each
    with its year)."""
    spans, skip = [], False
    for first, second in zip(found, [*found[1:], None]):
        if skip:
            skip = False
            continue
        if first.kind == "range":
            spans.append(DaySpan(first.start, first.end, first.day, first.end_day, lunar_range(first.text)))
        elif (second is not None and first.lunar and second.lunar and TO_BETWEEN.fullmatch(text, first.end, second.start)
              and (opening := FROM_BEFORE.search(text, max(0, first.start - 12), first.start))):
            spans.append(DaySpan(opening.start(), second.end, first.day, second.day, True))
            skip = True
    return spans


def range_gloss_mismatches(found, text: str):
    """A range of days glossed in the other calendar (``từ ngày 12 đến 14 tháng Giêng âm lịch (tức từ 17
    đến 19/2/2027)``, ``từ ngày 4/2 đến hết ngày 11/2/2027 (tức từ 28 tháng Chạp năm Bính Ngọ đến hết
    mùng 5 tháng Giêng năm Đinh Mùi)``) that covers other days."""
    from editkit.vietnamese.dates.joins import GLOSS_BETWEEN
    from editkit.vietnamese.dates.lexicon import name_of_year
    from editkit.vietnamese.dates.resolve import solar_to_lunar, within_the_calendar

    spans = day_spans(found, text)
    for first, second in zip(spans, spans[1:]):
        if None in (first.day, first.end_day, second.day, second.end_day) or first.lunar == second.lunar:
            continue  # both in one calendar: no gloss
        if not GLOSS_BETWEEN.fullmatch(text, first.end, second.start) or (first.day, first.end_day) == (second.day, second.end_day):
            continue
        lunar, solar = (first, second) if first.lunar else (second, first)
        if not all(map(within_the_calendar, (solar.day, solar.end_day, lunar.day, lunar.end_day))):
            continue  # a day of 1789 glossed: no lunar date to check it against
        (d1, m1, _), (d2, m2, _) = solar_to_lunar(solar.day), solar_to_lunar(solar.end_day)
        (w1, n1, _), (w2, n2, _) = solar_to_lunar(lunar.day), solar_to_lunar(lunar.end_day)
        if (d1, m1, d2, m2) == (w1, n1, w2, n2):
            # the same lunar days in another year: a year written in the gloss is the slip (tháng Chạp
            # năm Đinh Mùi for Bính Ngọ's); without one, the gloss names the solar range's year
            real = name_of_year(solar_to_lunar(solar.day)[2])
            if YEAR_WRITTEN.search(text, lunar.start, lunar.end) and real not in text[lunar.start:lunar.end]:
                yield Finding(first.start, second.end, f"{solar.day.strftime('%d/%m')}–{solar.end_day.strftime('%d/%m/%Y')} "
                              f"falls in the lunar year {real}", suggestions=(real,))
            continue
        yield Finding(first.start, second.end,
                      f"{solar.day.strftime('%d/%m')}–{solar.end_day.strftime('%d/%m/%Y')} is {d1}/{m1}–{d2}/{m2} âm lịch, "
                      f"not {w1}/{n1}–{w2}/{n2}", suggestions=(f"{d1}/{m1}–{d2}/{m2}",))


def holiday_gloss_mismatches(found):
    """``Tết Nguyên đán (16/2)``: the solar gloss inside a lunar holiday's own mention."""
    for mention in found:
        if mention.solar_gloss is not None and mention.day is not None:
            if mention.solar_gloss != (mention.day.day, mention.day.month):
                yield Finding(mention.start, mention.end,
                              f"'{mention.text}' falls on {mention.day.strftime('%d/%m/%Y')}, "
                              f"not {mention.solar_gloss[0]}/{mention.solar_gloss[1]}",
                              suggestions=(f"{mention.day.day}/{mention.day.month}",))


def calendar_gloss_mismatches(found, text: str):
    """A solar date next to a lunar one, joined as a gloss, that is another day."""
    from editkit.vietnamese.dates.joins import glossed_solar_day
    from editkit.vietnamese.dates.lexicon import name_of_year
    from editkit.vietnamese.dates.resolve import solar_to_lunar, within_the_calendar

    pairs = [(first, second, glossed_solar_day(text, first, second)) for first, second in zip(found, found[1:])]
    # (a range of days glossed inside it: từ 30/1/2030 (tức 27 tháng Chạp) đến hết 10/2/2030 (tức …))
    pairs += [(range_, lunar, day) for range_ in found for day, lunar in range_.glosses]
    for first, second, solar_day in pairs:
        if solar_day is None:
            continue
        lunar, solar = (first, second) if first.lunar else (second, first)
        if solar.kind not in ("date", "dateline", "range", "relative") or not within_the_calendar(solar_day):
            continue  # (a relative day is one too: sáng nay (17/2), tức mùng 10 tháng Giêng)
        day, month, year = lunar.lunar
        real_day, real_month, real_year = solar_to_lunar(solar_day)
        if (day, month) != (real_day, real_month) or (year is not None and year != real_year):
            start, end = (lunar.start, lunar.end) if solar.glosses else (first.start, second.end)
            if lunar.day is not None and not any(c.isdigit() for c in lunar.text) and "tháng" not in lunar.text.lower():
                # a holiday named, neither numbered nor told by its month (Tết Canh Tuất năm nay rơi vào ngày
                # 3/2/2030; not rằm tháng Giêng): the solar day it is
                yield Finding(start, end, f"'{lunar.text}' is {lunar.day.strftime('%d/%m/%Y')}, "
                                          f"not {solar_day.strftime('%d/%m/%Y')}",
                              suggestions=(f"{lunar.day.day}/{lunar.day.month}/{lunar.day.year}",))
                continue
            yield Finding(start, end,
                          f"{solar_day.strftime('%d/%m/%Y')} is {real_day}/{real_month} âm lịch "
                          f"(năm {name_of_year(real_year)}), not {day}/{month}"
                          + (f" (năm {name_of_year(year)})" if year is not None and year != real_year else ""),
                          suggestions=(f"{real_day}/{real_month}",))


@rule(code="DT102", name="impossible-date", category="dates", severity="error")
def impossible_date(document, context):
    r"""A date that does not exist in the calendar.

    ## What it does
    Finds day/month dates after a date cue (`ngày 31/4`) and full dates
    (`29/2/2021`, `ngày ba mươi tháng Hai năm 2026` in words) whose day does
    not exist in that month or year, and the 30th of a lunar month of 29 days
    in a lunar year written (`ngày 30 tháng Chạp năm Đinh Mùi`). Counts such
    as `13/13 phường` are not dates and are not reported.

    ## Why
    An impossible date is a typo in a fact; it also breaks the CMS's date
    fields and search by date.

    ## Example
    `ngày 31/4` → `ngày 30/4`; `29/2/2021` → `28/2/2021` or `1/3/2021`.

    ## Fix safety
    No automatic fix: the intended date cannot be known.
    """
    from editkit.dates_support import reference_date, without_front_matter
    from editkit.vietnamese.dates import find_impossible_dates

    # the text the other date rules read (dates_support.mentions): its candidates are collected once
    for mention in find_impossible_dates(without_front_matter(document), reference_date(document, context.reference_date)):
        if mention.start >= document.body_start:
            yield Finding(mention.start, mention.end, f"'{mention.text}' is not a date that exists")


@rule(code="DT103", name="dateline-date-mismatch", category="dates", severity="warning")
def dateline_date_mismatch(document, context):
    r"""The dateline and the front-matter `date` disagree.

    ## What it does
    Compares the day of the article's dateline (`Thứ Năm, ngày 21 tháng 1 năm
    2021` at the top of the body) with the `date` key of the front matter.

    ## Why
    The CMS publishes with the front-matter date while readers see the
    dateline; one of them is stale, usually after an article was reused.

    ## Example
    front matter `date: 2021-01-22`, dateline `Thứ Năm, 21/01/2021` →
    make both 21/1/2021 (or both 22/1/2021).

    ## Fix safety
    No automatic fix: editkit cannot know which one is right.
    """
    published = front_matter_date(document)
    line = dateline(document)
    if published is None or line is None or line.day is None or line.day == published:
        return
    yield Finding(line.start, line.end,
                  f"The dateline says {line.day.strftime('%d/%m/%Y')}, the front matter {published.strftime('%d/%m/%Y')}")


# the opening of a gloss that tells the date before it again (từ ngày 30/1 đến 5/2/2027 (tức 23 đến 29 tháng Chạp))
GLOSS_BEFORE = re.compile(r"\(\s*tức(?:\s+là)?\s+(?:ngày\s+)?$", re.I)


@rule(code="DT104", name="past-event-after-publication", category="dates", severity="warning")
def past_event_after_publication(document, context):
    r"""An event told in the past tense is dated after the publication date.

    ## What it does
    Finds day-precision dates later than the publication date in sentences
    told in the past (`đã`, `vừa`) without a future cue (`sẽ`, `dự kiến`);
    a date announced as a start, a deadline or an occasion (`có hiệu lực từ`,
    `từ ngày`, `đến ngày`, `trước ngày`, `dịp Tết Nguyên đán`, `phương án nghỉ Tết Nguyên đán`,
    `nhân Ngày Nhà giáo Việt Nam 20/11`, `chào mừng`, `kỷ niệm`, `hướng tới`, a holiday kept or
    provided for: `về quê đón Tết Nguyên đán`, `ăn Tết`, `phục vụ Tết`) may lie ahead, as may
    the date of what a past act is aimed at, its purpose, a request, an
    invitation, a registration, a contract, a plan, a document about it, a
    guide or a schedule, told between the past's
    marker and the date (`đã lên đường để chuẩn bị cho trận đấu ngày 2/12`,
    `vừa đề nghị cho học sinh nghỉ học ngày 30/11`, a decision or a day off granted: `đã cho học sinh
    nghỉ học ngày 25/11`, `đã quyết định hoãn trận đấu ngày 28/11`, `đã có 5.000 người đăng ký
    tham gia giải chạy ngày 6/12`, `vừa có văn bản về việc nghỉ Tết Nguyên đán`,
    `vừa gửi phụ huynh lịch thi học kỳ ngày 2/12`), and so may a date more than 30
    days on after an announcement earlier in the sentence (`vừa công bố
    tour diễn, trong đó có đêm diễn ngày 21/3/2027`; a date a few days on
    stays suspect: `đã công bố kết quả ngày 25/1`), and any date after a
    booking or a ticket (`đã đặt vé cho chuyến bay ngày 5/2`, `vé tàu các ngày
    1 và 2/9 đã bán được hơn 90%`). A day its own words put
    ahead (`vừa thông báo cho học sinh nghỉ học sáng mai`) and a gloss of the
    date before it (`(tức 23 đến 29 tháng Chạp)`) are never reported, nor is
    a date whose only past is in a clause of purpose after it (`tổ chức vào
    rằm tháng 10 âm lịch để tạ ơn thần Mặt Trăng đã ban cho mưa thuận gió hòa`).
    The publication date is `--ref`, the front-matter `date` or the dateline.

    ## Why
    Something that already happened cannot have happened after the article
    was published: the date, its year or the publication date is wrong.

    ## Example
    Published 21/1/2021: `Ngày 25/1/2021, hội nghị đã thông qua nghị quyết`
    → `Ngày 15/1/2021, …`.

    ## Fix safety
    No automatic fix.
    """
    from editkit.vietnamese.dates.mention import JUST_NOW, sentence_bounds
    from editkit.vietnamese.dates.resolver import BOOKED

    reference, found = dated(document, context)
    if reference is None:
        return
    text = document.text
    for mention in found:
        if mention.day is None or mention.kind in ("dateline", "relative") or mention.day <= reference:
            continue  # sáng mai, tuần sau: a day its own words put ahead (vừa thông báo nghỉ học sáng mai)
        if GLOSS_BEFORE.search(text, max(0, mention.start - 12), mention.start):
            continue  # (tức 23 đến 29 tháng Chạp): the date before it told again, in the other calendar
        start, end = sentence_bounds(text, mention.start, mention.end)  # at most 400 characters either side
        sentence = text[start:end]
        ahead = (AHEAD_BEFORE_DATE.search(text[max(0, mention.start - 30): mention.start]) or RANGE_FROM.match(mention.text)
                 or ((mention.day - reference).days > ANNOUNCED_AHEAD_DAYS and ANNOUNCED.search(text, start, mention.start))
                 or BOOKED.search(text, start, mention.start)
                 or (mention.text[:1].isupper() and HOLIDAY_OFF_BEFORE.search(text, max(0, mention.start - 12), mention.start)))
        past = told_in_the_past_of(text, start, end, mention.end)
        if past and not ahead:
            marker = max((m.end() for pattern in (PAST, JUST_NOW) for m in pattern.finditer(text, start, mention.start)), default=None)
            ahead = marker is not None and AIMED_AHEAD.search(text, marker, mention.start) is not None
        if past and not FUTURE.search(sentence) and not ahead:
            yield Finding(mention.start, mention.end,
                          f"Told in the past tense but dated {mention.day.strftime('%d/%m/%Y')}, "
                          f"after publication ({reference.strftime('%d/%m/%Y')})")


# a clause of purpose after a date (… vào rằm tháng 10 âm lịch để tạ ơn thần Mặt Trăng đã ban cho …): its
# own past is the purpose's, not the dated act's
PURPOSE = re.compile(r"(?<!\w)(?:để|nhằm)(?!\w)", re.I)


def told_in_the_past_of(text: str, start: int, end: int, after: int):
    """The sentence ``text[start:end]`` tells its dated act in the past (``đã``, ``vừa``), a past marker in a
    clause of purpose after the date (from ``after``) left out."""
    from editkit.vietnamese.dates.mention import told_just_now

    purpose = PURPOSE.search(text, after, end)
    cut = purpose.start() if purpose else end
    sentence = text[start:cut]
    return PAST.search(sentence) or told_just_now(sentence)


def lead_paragraph(document) -> tuple[int, int] | None:
    """The first paragraph of 25 words or more after the front matter: the lead (sapo)."""
    from editkit.structure_support import paragraphs

    for start, paragraph in paragraphs(document):
        if len(paragraph.split()) >= 25:
            return start, start + len(paragraph)
    return None


@rule(code="DT105", name="stale-lead", category="dates", severity="warning")
def stale_lead(document, context):
    r"""The newest event in the lead is long before the publication date.

    ## What it does
    Takes the lead (the first paragraph of 25 words or more) and its newest
    day-precision date written without its year; when that is more than
    `stale-lead-days` (config, default 30) before the publication date
    (`--ref`, front matter `date` or dateline), the article is reporting old
    news as new. A date written with its year (`Ngày 30/4/1975, …` opening a
    feature, an anniversary's span `(6/1/1946 - 6/1/2026)`) is told as such.
    News articles only: an administrative
    document cites older documents in its first paragraph.

    ## Why
    Readers take the lead for news of the day. An article dated 21/1/2021
    whose lead reports a meeting of 7/10/2020 is either republished by
    mistake or missing a new angle.

    ## Example
    Published 21/1/2021: `Ngày 7/10, Quận ủy Quận 9 đã tổ chức…` →
    `Ngày 7/10/2020, …` with a lead about what is new, or the right date.

    ## Fix safety
    No automatic fix.
    """
    from editkit.rules.structure import is_article

    reference, found = dated(document, context)
    lead = lead_paragraph(document)
    if reference is None or lead is None or not is_article(document):
        return
    # a date written with its year is told as such (Ngày 30/4/1975, … in a feature): the ones
    # without their year are the lead's news of the day
    in_lead = [m for m in found if lead[0] <= m.start < lead[1] and m.day is not None and m.kind != "dateline"
               and not year_written(m)]
    if not in_lead:
        return
    newest = max(in_lead, key=lambda m: m.end_day or m.day)
    age = (reference - (newest.end_day or newest.day)).days
    limit = context.settings["stale-lead-days"]
    if age > limit:
        yield Finding(newest.start, newest.end,
                      f"The lead's newest date ({(newest.end_day or newest.day).strftime('%d/%m/%Y')}) is {age} days "
                      f"before publication ({reference.strftime('%d/%m/%Y')}); the house allows {limit}")


def year_written(mention) -> bool:
    """The mention's year is written: a date's own, or a range's last day's (``6/1/1946 - 6/1/2026``,
    an anniversary's span; ``từ 20 đến 24/12/2026``)."""
    return mention.explicit_year or bool(mention.endpoints and mention.endpoints[-1].get("y") is not None)


@rule(code="DT106", name="date-style-mismatch", category="dates", severity="warning", fixable=True)
def date_style_mismatch(document, context):
    r"""A date is not written in the house `date-style`.

    ## What it does
    Rewrites every numeric date (`21/01/2021`, `29.12`, `21-1-2021`) in the
    house `date-style`: `d/m/yyyy` (default), `dd/mm/yyyy`, `d-m-yyyy`,
    `d.m.yyyy`, `iso`, or `nd30`, the formal form of Nghị định 30/2020/NĐ-CP
    (`ngày 05 tháng 02 năm 2023`: days below 10 and months 1–2 padded).
    Numeric styles keep a date without a year without one; `iso` and `nd30`
    add the inferred year. Both ends of a range (`từ 28/12 đến 3/1`,
    `30/4 - 1/5`) are rewritten in a numeric style. Written forms
    (`ngày 21 tháng 1 năm 2021`) are checked only under `nd30`; a dateline on
    a line of its own is left to the CMS, one that opens the lead (`Hà Nội,
    ngày 2/12/2026 - Theo …`) is the reporter's and is checked.

    ## Why
    One publication, one way of writing dates: mixed forms look careless and
    `29.12` reads as a number.

    ## Example
    With `d/m/yyyy`: `Sáng 29.12`, `ngày 21/01/2021` → `Sáng 29/12`,
    `ngày 21/1/2021`.

    ## Fix safety
    Safe when the date is certain; unsafe when the rewrite adds a year that
    was inferred from the publication date.
    """
    from editkit.vietnamese.dates.finder import house_forms
    from editkit.vietnamese.dates.style import rewrite

    style = context.settings["date-style"]
    _, found = dated(document, context)
    text = document.text
    written = (form for mention in found for form in house_forms(mention, style) or ())
    for n, formatted in written:
        start, end = n["core"]
        if text[start:end] == formatted:
            continue
        window_start = max(document.body_start, start - 5)
        replaced = rewrite(text[window_start:end], (start - window_start, end - window_start), formatted)
        prefix = len(text[window_start:start])
        common = 0
        while common < prefix and common < len(replaced) and replaced[common] == text[window_start + common]:
            common += 1
        edit_start = window_start + common
        replacement = replaced[common:]
        if text[edit_start:end] == replacement:
            continue
        needs_inferred_year = n["y"] is None and style in ("iso", "nd30")
        fix = (Fix.unsafe if needs_inferred_year else Fix.safe)(Edit(edit_start, end, replacement))
        yield Finding(edit_start, end, f"House date style ({style}): write '{replacement}'",
                      fix=fix, suggestions=(replacement,))
