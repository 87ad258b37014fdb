"""Mentions joined after they are built: two times on named days into one span (từ 22h hôm nay đến
5h sáng mai), a period to or from now, and a date glossed in the other calendar."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from editkit.vietnamese.dates import resolve as R
from editkit.vietnamese.dates.lexicon import pieces
from editkit.vietnamese.dates.mention import Mention, day_value
from editkit.vietnamese.dates.patterns import UNTIL_NOW

# từ 22h hôm nay đến 5h sáng mai: two times on named days joined into one span
RANGE_BETWEEN = re.compile(r"[^\S\n]*(?:đến|tới|-|–)[^\S\n]*", re.I)
RANGE_FROM = re.compile(r"(?:^|(?<=\W))từ[^\S\n]+$", re.I)


def joined_relative_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    """``từ 22h hôm nay đến 5h sáng mai``: two times on days named relative to the reference, the
    second after the first, are one range (the way ``từ 22h ngày 26/11 đến 5h ngày 27/11`` is); so are
    two such days after ``từ`` (``Từ đêm mai đến ngày kia``; without it, ``hôm nay đến ngày mai`` may be
    a clause's own words)."""
    joined: list[Mention] = []
    for mention in mentions:
        first = joined[-1] if joined else None
        if (first is not None and first.kind == mention.kind == "relative" and first.value and mention.value
                and first.value < mention.value
                and first.named_day is None and mention.named_day is None  # a gloss that contradicts stays checked
                and RANGE_BETWEEN.fullmatch(text, first.end, mention.start)):
            opening = RANGE_FROM.search(text, max(0, first.start - 10), first.start)
            if not ("T" in first.value and "T" in mention.value or opening and DAY_VALUE.fullmatch(first.value)
                    and DAY_VALUE.fullmatch(mention.value)):
                joined.append(mention)
                continue
            start = opening.start() if opening else first.start
            joined[-1] = Mention(start, mention.end, text[start:mention.end], "range", f"{first.value}/{mention.value}",
                                 day=first.day, end_day=mention.day)
            continue
        joined.append(mention)
    return joined


DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
# RANGE_BETWEEN or đến hết: the words between two days of a range (từ thứ Bảy ngày 30/1 đến hết Chủ nhật ngày 7/2)
DAYS_BETWEEN = re.compile(RANGE_BETWEEN.pattern + r"(?:hết[^\S\n]+)?", re.I)


def joined_weekday_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    """``từ thứ Bảy ngày 30/1 đến hết Chủ nhật ngày 7/2``: two days each written with its weekday,
    the second after the first, joined by ``từ … đến`` are one range (as ``từ 30/1 đến 7/2`` is).
    A weekday that contradicts its day keeps the two apart, so that DT101 names the day it is on."""
    joined: list[Mention] = []
    for mention in mentions:
        first = joined[-1] if joined else None
        if (first is not None and first.kind == mention.kind == "date" and first.weekday is not None
                and mention.weekday is not None and not first.weekday_mismatch and not mention.weekday_mismatch
                and first.day is not None and mention.day is not None and first.day < mention.day
                and DAYS_BETWEEN.fullmatch(text, first.end, mention.start)
                and (opening := RANGE_FROM.search(text, max(0, first.start - 10), first.start))):
            joined[-1] = Mention(opening.start(), mention.end, text[opening.start():mention.end], "range",
                                 f"{first.value}/{mention.value}", year_inferred=first.year_inferred or mention.year_inferred,
                                 day=first.day, end_day=mention.day, explicit_year=first.explicit_year and mention.explicit_year,
                                 endpoints=tuple(m.numeric for m in (first, mention) if m.numeric))
            continue
        joined.append(mention)
    return joined


def joined_lunar_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    """``Từ 25 tháng Chạp đến mùng 5 tháng Giêng``: two days, one of them or both lunar, the second
    after the first, joined by ``từ … đến`` are one range of solar days (as two solar dates are)."""
    joined: list[Mention] = []
    for mention in mentions:
        first = joined[-1] if joined else None
        opening = first is not None and lunar_range_opening(text, first, mention)
        if opening and (first.value < mention.value or moved_a_lunar_year_on(first, mention)):
            joined[-1] = Mention(opening.start(), mention.end, text[opening.start():mention.end], "range",
                                 f"{first.value}/{mention.value}", year_inferred=first.year_inferred or mention.year_inferred,
                                 day=first.day, end_day=mention.day,
                                 # the solar day's numeric form, for the house date style (mùng 1 Tết đến 20/2)
                                 endpoints=tuple(m.numeric for m in (first, mention) if m.kind == "date" and m.numeric))
            continue
        joined.append(mention)
    return joined


# a part of the day before either day of a lunar range (từ tối 30 Tết đến sáng mùng 1, đến đêm 30 Tết), or
# hết before its last (đến hết mùng 5 Tết): the days' words, which their mentions leave out
LUNAR_RANGE_BETWEEN = re.compile(
    r"[^\S\n]*(?:đến|tới|-|–)[^\S\n]*(?:(?:hết|sáng|trưa|chiều|tối|đêm|khuya)[^\S\n]+)?", re.I)
LUNAR_RANGE_FROM = re.compile(r"(?:^|(?<=\W))từ[^\S\n]+(?:(?:sáng|trưa|chiều|tối|đêm|khuya)[^\S\n]+)?$", re.I)


def lunar_range_opening(text: str, first: Mention, last: Mention) -> re.Match | None:
    """The ``từ`` before two single days, one of them or both lunar, with ``đến`` between them."""
    if not ("lunar" in (first.kind, last.kind) and {first.kind, last.kind} <= {"lunar", "date"}
            and first.value and last.value and DAY_VALUE.fullmatch(first.value) and DAY_VALUE.fullmatch(last.value)
            and LUNAR_RANGE_BETWEEN.fullmatch(text, first.end, last.start)):
        return None
    return LUNAR_RANGE_FROM.search(text, max(0, first.start - 16), first.start)


def moved_a_lunar_year_on(first: Mention, last: Mention) -> bool:
    """A range's lunar end resolved before its start, its year not written (``từ rằm tháng Giêng đến
    10/3 âm lịch``: the end taken a year back): moved to the same day of the next lunar year when that
    comes after the start; True when it was moved."""
    if last.kind != "lunar" or not last.year_inferred or last.lunar is None or last.day is None or first.day is None:
        return False
    day, month, _ = last.lunar
    later = R.lunar_to_solar(day, month, R.lunar_year_of(last.day) + 1)
    if later is None or later <= first.day:
        return False
    last.day, last.value = later, day_value(later)
    return True


# từ năm 2020 đến nay · kể từ ngày 1/10 đến nay · từ tháng 3 cho tới hiện nay: since a day, a month or a year
# từ, kể từ ngày, từ đầu (từ đầu năm 2025 đến nay: from its first day; not cuối or giữa, which name no day)
SINCE_BEFORE = re.compile(r"(?:^|(?<=\W))(?:kể[^\S\n]+)?từ[^\S\n]+(?:ngày[^\S\n]+|đầu[^\S\n]+)?$", re.I)
UNTIL_NOW_AFTER = re.compile(rf"[^\S\n]*(?:,[^\S\n]*)?{UNTIL_NOW}", re.I)
QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")


def first_day_of(value: str) -> dt.date | None:
    """The first day a single (not interval) ISO value covers: 2020 → 2020-01-01, 2020-03, 2020-Q2, 2020-03-05T08:00."""
    if "/" in value:
        return None
    if quarter := QUARTER_VALUE.fullmatch(value):
        return dt.date(int(quarter.group(1)), 3 * int(quarter.group(2)) - 2, 1)
    parts = value.split("T")[0].split("-")
    try:
        return dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def last_day_of(value: str) -> dt.date | None:
    """The last day a single (not interval) ISO value covers: 2027 → 2027-12-31, 2027-02 → 2027-02-28."""
    first = first_day_of(value)
    if first is None:
        return None
    if QUARTER_VALUE.fullmatch(value):
        year, month = R.add_months(first.year, first.month, 2)
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    parts = value.split("T")[0].split("-")
    if len(parts) == 1:
        return dt.date(first.year, 12, 31)
    if len(parts) == 2:
        return first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return first


# từ tháng 9/2029 đến hết năm 2030 · từ năm 2026 đến tháng 6/2028 · từ quý III/2029 đến quý I/2030: months,
# quarters and years, one to another
PERIODS_BETWEEN = re.compile(r"[^\S\n]*(?:đến|tới)[^\S\n]+(?:(?:hết|cuối|đầu|giữa)[^\S\n]+)?", re.I)
PERIOD_FROM = re.compile(r"(?:^|(?<=\W))từ[^\S\n]+(?:(?:đầu|giữa|cuối)[^\S\n]+)?$", re.I)
MONTH_QUARTER_OR_YEAR = re.compile(r"\d{4}(?:-\d{2}|-Q[1-4])?")


def joined_month_and_year_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    """``từ tháng 9/2029 đến hết năm 2030``, ``từ năm 2026 đến tháng 6/2028``, ``Từ tháng 3 đến hết năm nay``,
    ``Từ quý III/2029 đến quý I/2030``: a month, a quarter or a year (written or named from the reference)
    to another joined by ``từ … đến`` are one range of months (2029-09/2030-12, 2026-01/2028-06,
    2029-07/2030-03), as two months or two years are (their patterns read those whole). A month whose year
    is not written after a year stays apart (``từ năm ngoái đến tháng 6``: which June?)."""
    joined: list[Mention] = []
    for mention in mentions:
        first = joined[-1] if joined else None
        if (first is not None and {first.kind, mention.kind} <= {"period", "relative"} and first.value and mention.value
                and MONTH_QUARTER_OR_YEAR.fullmatch(first.value) and MONTH_QUARTER_OR_YEAR.fullmatch(mention.value)
                and (len(first.value) != len(mention.value) or "Q" in first.value)
                and PERIODS_BETWEEN.fullmatch(text, first.end, mention.start)
                and not (len(mention.value) == 7 and "Q" not in mention.value and mention.year_inferred)
                and (opening := PERIOD_FROM.search(text, max(0, first.start - 12), first.start))):
            start_month, end_month = months_of(first.value)[0], months_of(mention.value)[1]
            if start_month < end_month:
                joined[-1] = Mention(opening.start(), mention.end, text[opening.start():mention.end], "range",
                                     f"{start_month}/{end_month}", year_inferred=first.year_inferred or mention.year_inferred)
                continue
        joined.append(mention)
    return joined


def months_of(value: str) -> tuple[str, str]:
    """The first and last month a month, quarter or year covers: 2029-Q3 → (2029-07, 2029-09)."""
    if "Q" in value:
        quarter = int(value[-1])
        return f"{value[:4]}-{3 * quarter - 2:02d}", f"{value[:4]}-{3 * quarter:02d}"
    return (value, value) if len(value) > 4 else (f"{value}-01", f"{value}-12")


# từ ngày 3/12 đến hết tháng 12 · từ 15/11 tới cuối năm 2030 · từ ngày 3/12 đến hết năm: a day to the end of a
# month or a year, written (a mention of its own) or the day's own (đến hết tháng, đến hết năm, then a clause's end),
# opened as a span since a day is (SINCE_BEFORE)
TO_THE_END_OF = re.compile(r"[^\S\n]*(?:cho[^\S\n]+)?(?:đến|tới)[^\S\n]+(?:hết|cuối)[^\S\n]+", re.I)
TO_THE_END_OF_ITS = re.compile(TO_THE_END_OF.pattern + r"(?P<unit>tháng|năm)(?=[^\S\n]*(?:[.,;:!?)\n]|$))", re.I)


def joined_day_to_period_end(text: str, mentions: list[Mention]) -> list[Mention]:
    """``từ ngày 3/12 đến hết tháng 12``, ``từ 15/11 tới cuối năm 2030``, ``từ ngày 3/12 đến hết năm.``: a
    day to the last day of a month or a year is one range (2029-12-03/2029-12-31). A month without its
    year is the first one on or after the day (``từ 3/12 đến hết tháng 2``: February of the next year);
    without a month or year after it, ``tháng`` and ``năm`` are the day's own."""
    joined: list[Mention] = []
    index = 0
    while index < len(mentions):
        mention = mentions[index]
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        index += 1
        opening = (SINCE_BEFORE.search(text, max(0, mention.start - 12), mention.start)
                   if mention.kind == "date" and mention.day is not None and DAY_VALUE.fullmatch(mention.value or "") else None)
        if opening is None:
            joined.append(mention)
            continue
        if (after is not None and after.kind in ("period", "relative") and MONTH_QUARTER_OR_YEAR.fullmatch(after.value or "")
                and TO_THE_END_OF.fullmatch(text, mention.end, after.start)):
            end, last, used = after.end, period_end_after(after, mention.day), 1
        elif bare := TO_THE_END_OF_ITS.match(text, mention.end):
            end, used = bare.end(), 0
            last = (mention.day.replace(month=12, day=31) if bare.group("unit").lower() == "năm"
                    else last_day_of(mention.value[:7]))
        else:
            joined.append(mention)
            continue
        if last is None or last <= mention.day:
            joined.append(mention)
            continue
        joined.append(Mention(opening.start(), end, text[opening.start():end], "range",
                              f"{mention.value}/{last.isoformat()}", year_inferred=mention.year_inferred,
                              day=mention.day, end_day=last, explicit_year=mention.explicit_year,
                              endpoints=(mention.numeric,) if mention.numeric else ()))
        index += used
    return joined


def period_end_after(period: Mention, day: dt.date) -> dt.date | None:
    """The last day of a month, a quarter or a year; a month or a quarter whose year was not written is
    the first such one that ends on or after ``day``."""
    if period.kind == "period" and period.year_inferred and len(period.value) == 7:
        quarter = QUARTER_VALUE.fullmatch(period.value)
        last_month = 3 * int(quarter.group(2)) if quarter else int(period.value[5:])
        year = day.year if last_month >= day.month else day.year + 1
        return last_day_of(f"{year}-Q{quarter.group(2)}" if quarter else f"{year}-{last_month:02d}")
    return last_day_of(period.value)


# từ nay đến hết ngày 31/12 · từ nay cho đến cuối tháng 12 · từ giờ tới tháng 2/2027: now until a day or a month
FROM_NOW_BEFORE = re.compile(
    r"(?:^|(?<=\W))từ[^\S\n]+(?:nay|bây[^\S\n]+giờ|giờ|hôm[^\S\n]+nay)[^\S\n]*(?:,[^\S\n]*)?(?:cho[^\S\n]+)?(?:đến|tới)"
    r"[^\S\n]+(?:(?:hết|cuối|trước)[^\S\n]+)?(?:ngày[^\S\n]+)?$", re.I)
FROM_NOW_REACH = 40  # characters before the mention searched for its "từ nay đến"


def joined_from_now(text: str, mentions: list[Mention], reference: dt.date | None) -> list[Mention]:
    """``từ nay đến hết ngày 31/12``, ``từ nay đến cuối tháng 12``: from the reference to that day,
    or to the last day of that month or year (the coming one when its year is not written); the
    mention grows to cover the words before it."""
    for mention in mentions:
        if reference is None or mention.kind not in ("date", "period") or not mention.value:
            continue
        since = FROM_NOW_BEFORE.search(text, max(0, mention.start - FROM_NOW_REACH), mention.start)
        last = since and last_day_of(mention.value)
        if last and last < reference and mention.year_inferred and R.valid_day(last.year + 1, last.month, last.day):
            last = last.replace(year=last.year + 1)  # từ nay đến 10/11 in December: next November's
        if not last or last < reference:
            continue
        start = since.start()
        if mention.normalized is not None:
            mention.normalized = text[start:mention.start] + mention.normalized
        mention.start, mention.text = start, text[start:mention.end]
        mention.kind, mention.value = "range", f"{reference.isoformat()}/{last.isoformat()}"
        mention.day, mention.end_day = reference, last
    return mentions


def joined_to_now(text: str, mentions: list[Mention], reference: dt.date | None) -> list[Mention]:
    """``từ năm 2020 đến nay``, ``kể từ ngày 1/10 đến nay``, ``từ hôm qua đến nay``, ``từ năm ngoái đến
    nay``: from that day, month or year to the reference (the way ``từ đầu năm đến nay`` is); the
    mention grows to cover the words around it."""
    for mention in mentions:
        if mention.kind not in ("date", "period", "lunar", "relative") or not mention.value:
            continue
        until = UNTIL_NOW_AFTER.match(text, mention.end)
        since = until and SINCE_BEFORE.search(text, max(0, mention.start - 16), mention.start)
        first = since and first_day_of(mention.value.split("/")[0])  # tuần trước: from the week's first day
        if not first or reference is None or first > reference:
            continue
        start, end = since.start(), until.end()
        if mention.normalized is not None:
            mention.normalized = text[start:mention.start] + mention.normalized + text[mention.end:end]
        mention.start, mention.end, mention.text = start, end, text[start:end]
        mention.kind, mention.value = "range", f"{first.isoformat()}/{reference.isoformat()}"
        mention.day, mention.end_day = mention.day or first, reference
    return mentions


# what joins a date to its gloss in the other calendar: "25/12/2025 (tức ngày 6/11 năm Ất Tỵ)",
# "mùng 6 tháng Giêng (tức 11/2/2027)", "ngày 11/2/2027, nhằm mùng 6 tháng Giêng"
# (tức ngày …) · , tức … · rơi vào, nhằm vào (Tết Nguyên đán rơi vào thứ Bảy ngày 6/2/2027)
# (a range's first or last day glossed with its cue repeated: "từ 15/12/2027 đến hết ngày 9/2/2028, tức đến
# hết rằm tháng Giêng")
# (and a day said to fall on another after an apposition naming it, or after a word or two set off by a comma:
# "Ngày 23 tháng Chạp, tức ngày tiễn ông Táo, rơi vào …", "tức ngày Lễ Vu Lan báo hiếu, rơi vào thứ Năm, ngày 19/8/2032")
GLOSS_BETWEEN = re.compile(
    r"\s*(?:\(\s*(?:(?:tức|nhằm)\s+(?:là\s+)?)?|,?\s*(?:tức|nhằm)\s+(?:là\s+)?|\s(?:rơi|nhằm)\s+vào\s+"
    r"|(?:[^\S\n]+[^,\n\d()]{1,40})?,(?:[^,\n\d()]{1,60},)?\s*(?:rơi|nhằm)\s+vào\s+)"
    r"(?:(?P<cue>từ|đến|tới)\s+(?:hết\s+)?)?(?:ngày\s+)?", re.I)


# a lunar day set off by commas after a solar one: "Sáng 18/2, ngày vía Thần Tài, giá vàng …", "Tối
# 22/1, rằm tháng Chạp, phố cổ …" (not a list of holidays: "dịp Tết Nguyên đán, 30/4 và 2/9")
APPOSED_BETWEEN = re.compile(r"[^\S\n]*,[^\S\n]*(?:ngày[^\S\n]+)?", re.I)
APPOSED_AFTER = re.compile(r"[^\S\n]*(?:[,.;:)]|$)")


def glossed(text: str, first: Mention, second: Mention) -> bool:
    """The two mentions are one day in both calendars, the second a gloss of the first."""
    return glossed_solar_day(text, first, second) is not None


def glossed_solar_day(text: str, first: Mention, second: Mention) -> dt.date | None:
    """The solar day of a date and its gloss in the other calendar (the second mention): the solar
    one's day, or a range's first or last day where the gloss repeats its cue (``từ 15/12 đến hết ngày
    9/2/2028, tức đến hết rằm tháng Giêng``: 9/2); None when the two are no date and its gloss."""
    if (first.lunar is None) == (second.lunar is None):
        return None
    solar = second if first.lunar else first
    between = GLOSS_BETWEEN.fullmatch(text, first.end, second.start)
    if between is None:
        apposed = (first.lunar is None and APPOSED_BETWEEN.fullmatch(text, first.end, second.start) is not None
                   and APPOSED_AFTER.match(text, second.end) is not None)
        return solar.day if apposed and solar.end_day in (None, solar.day) else None
    cue = (between.group("cue") or "").lower()
    if solar.end_day not in (None, solar.day):  # a range: its cue tells which end the gloss is
        return {"từ": solar.day, "đến": solar.end_day, "tới": solar.end_day}.get(cue)
    return solar.day


@lru_cache(maxsize=1)
def counted_days() -> re.Pattern[str]:
    """A relative day counted off (``hai ngày trước``, ``3 ngày sau``), whose count may run from the story's day."""
    return re.compile(rf"(?:(?:kể\s+)?từ\s+)?(?:\d{{1,3}}|{pieces()['number_word']})\s+(?:ngày|hôm)\s", re.I)


def day_from_gloss(first: Mention, second: Mention) -> None:
    """A day counted off and glossed with the day it is (``Nhiều gia đình cúng ông Táo từ hai ngày trước, tức ngày
    21 tháng Chạp``: two days before the 23rd the paragraph told, not before the publication): the gloss's day,
    which a count from the publication had put elsewhere (and DT110 had reported)."""
    counted, glossing = (first, second) if first.lunar is None else (second, first)
    if counted.kind == "relative" and glossing.day is not None and counted_days().match(counted.text):
        counted.day, counted.end_day, counted.value = glossing.day, None, day_value(glossing.day)


def year_from_gloss(first: Mention, second: Mention, solar_day: dt.date | None = None) -> None:
    """A lunar day without a year of its own takes its year from the solar date glossing it
    (``ngày 10/3 âm lịch (tức 18/4/2024)``, ``Năm nay, Tết Nguyên đán rơi vào thứ Bảy ngày 6/2/2027``
    written in December 2026): the lunar year that puts it nearest that day."""
    lunar, solar = (first, second) if first.lunar else (second, first)
    if lunar.explicit_year or solar.year_inferred or solar.day is None or lunar.lunar is None:
        return  # a year written in the lunar day stands; one carried or inferred yields to the gloss's
    day, month, _ = lunar.lunar
    glossed_day = solar_day or solar.day
    if not R.within_the_calendar(glossed_day):
        return
    around = R.lunar_year_of(glossed_day)
    options = [d for d in (R.lunar_to_solar(day, month, y) for y in (around - 1, around, around + 1)) if d is not None]
    if options:
        lunar.day = min(options, key=lambda d: abs((d - glossed_day).days))
        lunar.value = day_value(lunar.day)


def glosses_in_one_year(text: str, mentions: list[Mention], reference: dt.date | None) -> list[Mention]:
    """A day or range and its gloss in the other calendar, both without a written year, that came out a
    year apart (``Những ngày cao điểm từ 2/2 đến 5/2 (tức 26 đến 29 tháng Chạp), vé … đã hết``, written in
    January 2027: the past tense had put the solar days in 2026, the lunar ones in 2027): the one farther
    from the reference takes the other's year."""
    if reference is None:
        return mentions
    for first, second in zip(mentions, mentions[1:]):
        if not (first.year_inferred and second.year_inferred and first.day and second.day
                and "T" not in (first.value or "") + (second.value or "")  # no time of day in either
                and GLOSS_BETWEEN.fullmatch(text, first.end, second.start)):
            continue
        if first.day.year == second.day.year or month_day(first.day) != month_day(second.day) or (
                (first.end_day is None) != (second.end_day is None)
                or (first.end_day is not None and month_day(first.end_day) != month_day(second.end_day))):
            continue
        nearer, farther = sorted((first, second), key=lambda m: abs((m.day - reference).days))
        years = nearer.day.year - farther.day.year
        try:
            day = farther.day.replace(year=farther.day.year + years)
            end_day = farther.end_day.replace(year=farther.end_day.year + years) if farther.end_day else None
        except ValueError:
            continue  # 29 February
        farther.day, farther.end_day = day, end_day
        farther.value = f"{day.isoformat()}/{end_day.isoformat()}" if end_day else day_value(day)
    return mentions


CLOSING_BRACKET = re.compile(r"[^\S\n]*\)")
# from a day glossed in the other calendar to another: the gloss's closing bracket, then đến (hết) (ngày)
GLOSSED_RANGE_BETWEEN = re.compile(r"[^\S\n]*\)?[^\S\n]*,?[^\S\n]*(?:đến|tới)[^\S\n]+(?:hết[^\S\n]+)?"
                                   r"(?:(?:sáng|trưa|chiều|tối|đêm)[^\S\n]+)?(?:ngày[^\S\n]+)?", re.I)


def joined_glossed_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    """``từ thứ Tư ngày 30/1/2030 (tức 27 tháng Chạp năm Kỷ Dậu) đến hết Chủ nhật ngày 10/2/2030 (tức mùng
    9 tháng Giêng năm Canh Tuất)``, ``từ ngày 20 tháng Chạp (tức 23/1/2030) đến hết chiều 29 Tết``: a day
    glossed in the other calendar to another day, joined by ``từ … đến``, is one range (2030-01-30/2030-02-10),
    its glosses kept with it for DT110 (``glosses``: the solar day and the lunar mention of each). A weekday that
    contradicts its day keeps the days apart, so that DT101 names the day it is on."""
    joined: list[Mention] = []
    index = 0
    while index < len(mentions):
        found = glossed_range_at(text, mentions, index)
        if found is None:
            joined.append(mentions[index])
            index += 1
            continue
        joined.append(found[0])
        index += found[1]
    return joined


def glossed_range_at(text: str, mentions: list[Mention], index: int) -> tuple[Mention, int] | None:
    """(the range, how many mentions it takes) when a glossed range of days opens at ``mentions[index]``:
    a day glossed in the other calendar (either first), to a day of either."""
    first = mentions[index]
    if index + 2 >= len(mentions) or not day_alone(first):
        return None
    first_gloss, last = mentions[index + 1], mentions[index + 2]
    start = glossed_solar_day(text, first, first_gloss) if day_alone(first_gloss) else None  # the solar one's day
    if (start is None or bool(first_gloss.lunar) == bool(first.lunar) or not day_alone(last) or last.day <= start
            or not GLOSSED_RANGE_BETWEEN.fullmatch(text, first_gloss.end, last.start)):
        return None
    opening = SINCE_BEFORE.search(text, max(0, first.start - 16), first.start)
    if opening is None:
        return None
    glosses, end, taken = [(start, first_gloss if first_gloss.lunar else first)], last.end, 3
    finish = last.day
    after = mentions[index + 3] if index + 3 < len(mentions) else None
    if after is not None and day_alone(after) and bool(after.lunar) != bool(last.lunar) and (
            solar_end := glossed_solar_day(text, last, after)) is not None:
        glosses.append((solar_end, after if after.lunar else last))
        finish = solar_end
        closing = CLOSING_BRACKET.match(text, after.end)  # the last gloss's bracket, as the first's is inside
        end, taken = closing.end() if closing else after.end, 4
    return Mention(opening.start(), end, text[opening.start():end], "range", f"{start.isoformat()}/{finish.isoformat()}",
                   year_inferred=first.year_inferred or last.year_inferred, day=start, end_day=finish,
                   explicit_year=first.explicit_year and last.explicit_year,
                   endpoints=tuple(m.numeric for m in (first, last) if m.numeric), glosses=tuple(glosses)), taken


def day_alone(mention: Mention) -> bool:
    """A day of one calendar or the other with no time, whose weekday (if written) fits it."""
    return (mention.kind in ("date", "lunar") and mention.day is not None and mention.end_day is None
            and DAY_VALUE.fullmatch(mention.value or "") is not None and not mention.weekday_mismatch)


# the day a time or a span of hours is on, named right after it (từ 6h đến 8h sáng mai: the part of the day went
# with the hour, the day word is left over)
DAY_WORD_AFTER = re.compile(r"[^\S\n]+(?P<word>mai|nay|qua|hôm[^\S\n]+nay|hôm[^\S\n]+qua)(?!\w)(?![^\S\n]*\()", re.I)
DAY_WORD_OFFSETS = {"mai": 1, "nay": 0, "qua": -1, "hôm nay": 0, "hôm qua": -1}
TIME_VALUE = re.compile(r"T\d{2}:\d{2}(?:/T\d{2}:\d{2})?")


def times_on_a_day_named_after(text: str, mentions: list[Mention], reference: dt.date | None) -> list[Mention]:
    """``Từ 6h đến 8h sáng mai``, ``lúc 9h tối nay``: a time or a span of hours whose part of the day took
    the words before a day's (``mai``, ``nay``, ``qua``) is on that day, counted from the reference: a
    range of times (2030-03-11T06:00/2030-03-11T08:00) or a time on a day, the day word in its text."""
    if reference is None:
        return mentions
    for index, mention in enumerate(mentions):
        if mention.kind != "time" or not TIME_VALUE.fullmatch(mention.value or "") or mention.on_day is not None:
            continue
        word = DAY_WORD_AFTER.match(text, mention.end)
        if word is None or (index + 1 < len(mentions) and mentions[index + 1].start < word.end()):
            continue
        day = reference + dt.timedelta(days=DAY_WORD_OFFSETS[" ".join(word.group("word").lower().split())])
        times = mention.value.split("/")
        mention.end, mention.text = word.end(), text[mention.start:word.end()]
        mention.day = day
        if len(times) == 2:
            mention.kind, mention.value = "range", f"{day.isoformat()}{times[0]}/{day.isoformat()}{times[1]}"
        else:
            mention.kind, mention.value = "relative", f"{day.isoformat()}{times[0]}"
    return mentions


def month_day(day: dt.date) -> tuple[int, int]:
    return day.month, day.day


@lru_cache(maxsize=1)
def weekday_said_after() -> re.Pattern[str]:
    """A weekday a day is said to fall on, after it: ``Tết Nguyên đán năm nay rơi vào thứ Bảy``,
    ``Quốc khánh 2/9 năm sau nhằm ngày thứ Năm``, ``Ngày 1/1/2027 là thứ Sáu``."""
    from editkit.vietnamese.dates.lexicon import pieces

    w = pieces()
    return re.compile(
        rf"(?:[^\S\n]+(?:{w['year_word']}))?[^\S\n]*,?[^\S\n]*(?:lần[^\S\n]+lượt[^\S\n]+)?(?P<link>(?:rơi|nhằm)[^\S\n]+vào|nhằm|là)[^\S\n]+"
        rf"(?:(?:ngày|hôm)[^\S\n]+)?(?P<wd>{w['weekday']})(?!\w)(?![^\S\n]+(?:tuần|tới|sau|trước|liên[^\S\n]+tiếp)(?!\w))",
        re.I)


@lru_cache(maxsize=1)
def more_weekdays_listed() -> re.Pattern[str]:
    """The next weekday in a list after the first said (``thứ Hai và thứ Ba``, ``thứ Bảy, Chủ nhật``)."""
    from editkit.vietnamese.dates.lexicon import pieces

    return re.compile(rf"[^\S\n]*(?:,|và)[^\S\n]*(?:(?:ngày|hôm)[^\S\n]+)?(?P<wd>{pieces()['weekday']})(?!\w)", re.I)


DAYS_LISTED_BETWEEN = re.compile(r"[^\S\n]*(?:,|và)[^\S\n]*(?:ngày[^\S\n]+)?", re.I)


def weekdays_said_after(text: str, mentions: list[Mention]) -> list[Mention]:
    """A single day said to fall on a weekday written after it (``Tết Nguyên đán năm nay rơi vào thứ
    Sáu``: 6/2/2027 is a Saturday) carries that weekday for DT101; days listed together said to fall on
    as many weekdays listed, each its own in turn (``Dịp 30/4 và 1/5 rơi vào thứ Hai và thứ Ba``: the
    first weekday had been taken for the last day), none where the counts differ. After ``là`` a weekday
    of ``thứ`` is one only capitalised (``là thứ hai liên tiếp`` counts)."""
    for at, mention in enumerate(mentions):
        if not can_be_said_a_weekday(mention):
            continue
        said = weekday_said_after().match(text, mention.end)
        if said is None or (at + 1 < len(mentions) and mentions[at + 1].start <= said.start("wd") < mentions[at + 1].end):
            # (the weekday opens a date written with it, which DT101 checks: Giỗ Tổ … rơi vào thứ Hai, ngày 28/4/2031;
            # whether that date is the holiday's is DT110's)
            continue
        written = [said.group("wd")]
        end = said.end()
        while more := more_weekdays_listed().match(text, end):
            written.append(more.group("wd"))
            end = more.end()
        first = at
        while (first > 0 and len(written) > at - first + 1 and can_be_said_a_weekday(mentions[first - 1])
               and DAYS_LISTED_BETWEEN.fullmatch(text, mentions[first - 1].end, mentions[first].start)):
            first -= 1
        days = mentions[first: at + 1]
        if len(days) != len(written) or (said.group("link").lower() == "là" and any(
                word.lower().startswith("thứ") and word.split()[-1].islower() for word in written)):
            continue
        for day, word in zip(days, written):
            say_weekday(day, word)
    return mentions


def can_be_said_a_weekday(mention: Mention) -> bool:
    """A single day, not a dateline, whose weekday no word has given yet."""
    return mention.day is not None and mention.end_day is None and mention.weekday is None and mention.kind != "dateline"


def say_weekday(mention: Mention, written: str) -> None:
    """Give the day the weekday ``written`` and tell DT101 whether it is the day's."""
    from editkit.vietnamese.dates.lexicon import weekday_of

    mention.weekday = weekday_of(written)
    mention.weekday_mismatch = mention.weekday is not None and mention.day.isoweekday() != mention.weekday
