"""Build mentions of days, times and their ranges (25/12/2025, 8h30 ngày 7/9, từ 10h đến 22h,
7-8/10, từ 28/12 đến 3/1, a solar holiday, a historical event named by its date)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from editkit.vietnamese.dates import resolve as R
from editkit.vietnamese.dates.build_lunar import (
    build_lunar_date,
    lunar_day_in,
    written_lunar_year,
)
from editkit.vietnamese.dates.candidates import (
    bare_first_hour,
    clock,
    long_range_days,
    lunar_day_range,
)
from editkit.vietnamese.dates.lexicon import (
    month_of,
    normalize_key,
    pieces,
    public_holiday,
    vocabulary,
    weekday_of,
    year_word_offset,
)
from editkit.vietnamese.dates.mention import Mention, clock_value, day_value, group
from editkit.vietnamese.dates.patterns import FLAGS
from editkit.vietnamese.dates.places import (
    is_place_dateline,
    lead_follows,
    opens_a_sentence,
    opens_the_lead,
)
from editkit.vietnamese.dates.resolver import Resolver


def build_iso_date(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    year, month, day = int(m.group("ay")), int(m.group("am")), int(m.group("ad"))
    if not R.valid_day(year, month, day):
        return None
    mention.kind, mention.explicit_year = "date", True
    mention.day = dt.date(year, month, day)
    mention.value = day_value(mention.day, clock(m, "t1"))
    r.remember_year(mention.start, year)
    if is_place_dateline(r.text, mention.start, mention.end):
        mention.kind = "dateline"  # 2024-09-16 08:30 on a line of its own, as CMS exports print it
        r.forget_year(mention.start, mention.end)
    return mention


def numeric_parts(m: re.Match, p: str) -> tuple[int, int, int | None, str] | None:
    d, mo = group(m, f"{p}d"), group(m, f"{p}m")
    if d is None or mo is None:
        return None
    month = month_of(mo)
    y = group(m, f"{p}y", f"{p}yn")  # 30/4/2027 · 30/4 năm 2027
    if y is None and group(m, f"{p}y2"):  # 5/10/24: the century of the nearest such year to now
        y = str(century_year(int(group(m, f"{p}y2"))))
    return int(d), month, int(y) if y else None, group(m, f"{p}s") or "long"


def century_year(two_digits: int) -> int:
    """A year written with two digits: this century's unless that lies more than a year ahead."""
    this_year = dt.date.today().year
    year = this_year - this_year % 100 + two_digits
    return year - 100 if year > this_year + 1 else year


def as_written(m: re.Match, p: str, day: dt.date | None = None) -> dict:
    """A numeric date as written: day, month, year (or None), separator ("long" for a written
    month), the span of its digits (``core``) and, for a range's end, the ``day`` it resolved to."""
    d, month, year, separator = numeric_parts(m, p)
    written_year = next((f"{p}{g}" for g in ("y", "y2", "yn") if group(m, f"{p}{g}")), None)
    core_end = m.end(written_year) if written_year else m.end(f"{p}m")
    return {"d": d, "m": month, "y": year, "sep": separator, "core": (m.start(f"{p}d"), core_end), "day": day}


def year_of_the_weekday(date: dt.date, weekday: int | None, reference: dt.date) -> dt.date:
    """A day whose year was guessed from its distance to the reference alone, written with a weekday it
    does not fall on in that year: the year before or after where it does, if that lies hardly farther
    from the reference (``Thứ Năm (2/9)`` written in February 2027 is 2027's Thursday, not 2026's
    Wednesday); a weekday that fits only a year far off is a slip DT101 reports (``thứ Tư (22/1)`` the
    day after 21/1/2021)."""
    others = [date.replace(year=year) for year in (date.year - 1, date.year + 1) if R.valid_day(year, date.month, date.day)]
    return R.nearby_year_of_the_weekday(date, others, weekday, reference)


# a document's number right before its date of issue (Quyết định số 2150/QĐ-UBND ngày 20/11/2027, Nghị định
# 168/2024/NĐ-CP ngày 26/12/2024): the days after it are counted from that date (Resolver.remember_issue)
DOCUMENT_CODE_BEFORE = re.compile(r"\d+(?:/\d{4})?/[A-ZĐ][\w.-]*[^\S\n]+(?:ngày[^\S\n]+)?$")


def build_day(m: re.Match, mention: Mention, r: Resolver, prefixes=("a", "b")) -> Mention | None:
    parts = next((numeric_parts(m, p) for p in prefixes if numeric_parts(m, p)), None)
    if parts is None:
        return None
    day, month, year, separator = parts
    if month is None:
        return None
    prefix = next(p for p in prefixes if numeric_parts(m, p))
    mention.numeric = as_written(m, prefix)
    if year is not None:
        if not R.valid_day(year, month, day):
            mention.kind, mention.value = "date", None
            mention.numeric["impossible"] = True
            return mention
        date = dt.date(year, month, day)
        mention.explicit_year = True
        if DOCUMENT_CODE_BEFORE.search(r.text, max(0, mention.start - 40), mention.start):
            r.remember_issue(mention.end, date)
        else:
            r.remember_year(mention.start, year)
    else:
        if not R.possible_day_month(day, month):
            mention.numeric["impossible"] = True
            return mention
        date, mention.year_inferred = r.day_without_year(m, day, month, mention.start, mention.end)
        if date is not None:
            r.remember_day(mention.end, date)
        if date is None:
            mention.kind = "partial"
        elif group(m, "wd") and r.reference is not None and (
                mention.start in r.guessed or r.carried_year_names_a_thing(mention.start)):
            # the year the weekday falls in, near the reference, over one the distance gave or a noun's in the
            # sentence (Kế hoạch năm 2030 sẽ công bố vào thứ Hai (17/12), written on 14/12/2029: this Monday;
            # but Năm 2025, thứ Ba (5/5) is 2025's, and DT101 reports the weekday)
            date = year_of_the_weekday(date, weekday_of(m.group("wd")), r.reference)
    time = clock(m, "t2") or clock(m, "t1")
    mention.day = mention.numeric["day"] = date
    mention.value = day_value(date, time)
    weekday = group(m, "wd")
    if weekday:
        mention.weekday = weekday_of(weekday)
        at_line_start = r.text.rfind("\n", 0, mention.start) + 1
        lead = r.text[at_line_start: mention.start]
        weekday_first = m.start("wd") < m.start(f"{prefix}d")  # Thứ Năm, 21/1/2021; not 5/10/2024 (thứ Bảy)
        if weekday_first and year is not None:
            # Thứ Hai, ngày 8/2/2027 - Theo …: the dateline opens the lead, alone or after a place
            opens_lead = ((not lead.strip() and lead_follows(r.text, mention.end))
                          or opens_the_lead(r.text, mention.start, mention.end))
            if opens_lead or not labelled_sentence(r.text, mention.start, mention.end) and (
                    (len(lead) <= 20 and "," not in lead and not LIST_BULLET.match(lead)
                     and not opens_a_sentence(r.text, mention.end))
                    or is_place_dateline(r.text, mention.start, mention.end)):
                mention.kind = "dateline"
                mention.opens_lead = opens_lead
        if date is not None and mention.weekday is not None:
            mention.weekday_mismatch = date.isoweekday() != mention.weekday
    elif (year is not None and not labelled_sentence(r.text, mention.start, mention.end)
          and is_place_dateline(r.text, mention.start, mention.end)):
        mention.kind = "dateline"
        mention.opens_lead = opens_the_lead(r.text, mention.start, mention.end)
    if mention.kind == "dateline":
        r.forget_year(mention.start, mention.end)
    month_name = group(m, "am", "bm")
    if month_name and not month_name.isdigit() and month_name.lower() in vocabulary()["lunar_month_names"]:
        return build_lunar_date(day, month, year, mention, r)
    return mention


def build_time(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    time = clock(m, "t1")
    if time is None:
        return None
    lead = re.match(r"\s*(?:lúc|vào|hồi|từ|đến)?\s*", mention.text, FLAGS)
    offset = lead.end() if lead else 0
    mention.start += offset
    mention.text = mention.text[offset:]
    mention.kind, mention.value = "time", clock_value(time)
    return mention


def build_time_range(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``từ 10h đến 22h``: a span of the day, as an interval of two times."""
    start, end = clock(m, "t1"), clock(m, "t2")
    if start is None or end is None:
        return None
    mention.kind, mention.value = "time", f"{clock_value(start)}/{clock_value(end)}"
    return mention


def build_hour_span(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``từ 7 đến 9 giờ sáng``: the second time's part of the day holds for the first hour too."""
    start, end = bare_first_hour(m), clock(m, "t2")
    if start is None or end is None:
        return None
    mention.kind, mention.value = "time", f"{clock_value((start[0], 0))}/{clock_value(end)}"
    return mention


# a list's item opens on a bullet or a number (- Thứ Ba, ngày 8/12/2026: từ 7h30 …): no dateline
LIST_BULLET = re.compile(r"[^\S\n]*(?:[-*+•–]|\d{1,2}[.)])[^\S\n]")


def labelled_sentence(text: str, start: int, end: int) -> bool:
    """The date follows a label on its line and a full stop ends the line right after it: an item of
    a notice (``Thời gian: 8 giờ 30 phút, thứ Bảy, ngày 20/3/2027.``), where a CMS's stamp (``Cập nhật:
    16/09/2024 08:30``) has no stop."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    return (text[line_start:start].rstrip().endswith(":")
            and text[end: len(text) if line_end < 0 else line_end].strip() == ".")


def build_time_range_date(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``từ 10h đến 22h ngày 7/9``: a span of one day, as an interval of two moments of that day."""
    day, month, year, _ = numeric_parts(m, "a")
    if year is not None:
        if not R.valid_day(year, month, day):
            return None
        date = dt.date(year, month, day)
        r.remember_year(mention.start, year)
    else:
        date, mention.year_inferred = r.day_without_year(m, day, month, mention.start, mention.end)
    mention.kind = "range"
    mention.endpoints = (as_written(m, "a", date),)
    start, end = clock(m, "t1") or bare_first_hour(m), clock(m, "t2")
    last = date + dt.timedelta(days=1) if date and end <= start else date  # 22h - 5h, 0h - 24h: into the next day
    mention.day, mention.end_day = date, last
    mention.value = f"{day_value(date, start)}/{day_value(last, end)}" if date else None
    if group(m, "wd", "wda"):  # từ 7h30 đến 16h30 thứ Hai (1/3), … ngày 12/10/2029 (thứ Sáu)
        mention.weekday = weekday_of(group(m, "wd", "wda"))
        mention.weekday_mismatch = date is not None and date.isoweekday() != mention.weekday
    return mention


LISTED_DAY = re.compile(r"\d{1,2}")


def listed_days(m: re.Match) -> list[tuple[int, int, int]]:
    """(start, end, day) of each day a list names before its last, dated one (``ngày 5, 6 và 7/12``: 5, 6)."""
    return [(d.start(), d.end(), int(d.group())) for d in LISTED_DAY.finditer(m.string, m.start("d1"), m.start("join"))]


def build_day_range(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    first = int(m.group("d1"))
    last, month = int(m.group("ad")), int(m.group("am"))
    year = int(m.group("ay")) if m.group("ay") else None
    if group(m, "join") in (",", "và"):
        days = [day for _, _, day in listed_days(m)] + [last]
        if any(b != a + 1 for a, b in zip(days, days[1:])):
            return build_listed_days(m, mention, r)  # các ngày 18 và 23/3: two days, no span
    mention.kind = "range"
    first_day = {"d": first, "m": None, "y": None, "sep": "day", "core": m.span("d1"), "day": None}
    mention.endpoints = (first_day, as_written(m, "a"))
    if year is not None:
        if not R.valid_day(year, month, last):
            return None
        end_day = dt.date(year, month, last)
    else:
        end_day, mention.year_inferred = r.resolve_day_month(last, month, mention.start, mention.end)
        if end_day is None:
            mention.value = None
            return mention
    if last < first:  # đêm 30 rạng sáng 1/12: the night before the first, at the end of the month before
        start_day = end_day - dt.timedelta(days=1)
        if start_day.day != first:
            return None  # đêm 30 rạng sáng 1/3: February has no 30th
    elif R.valid_day(end_day.year, month, first):
        start_day = dt.date(end_day.year, month, first)
    else:
        return None
    if year is not None:
        r.remember_year(mention.start, year)
    mention.day, mention.end_day = start_day, end_day
    mention.value = f"{start_day.isoformat()}/{end_day.isoformat()}"
    mention.endpoints[0]["day"], mention.endpoints[1]["day"] = start_day, end_day
    return mention


def build_to_day(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``từ đầu năm đến ngày 30/11``: from the first day of that day's year (``từ đầu tháng``: its month)
    to that day."""
    if build_day(m, mention, r, prefixes=("a",)) is None or mention.day is None or mention.numeric.get("impossible"):
        return None
    end = mention.day
    start = end.replace(month=1, day=1) if m.group("unit").lower() == "năm" else end.replace(day=1)
    mention.kind, mention.end_day, mention.day = "range", end, start
    mention.endpoints = (as_written(m, "a", end),)
    mention.value = f"{start.isoformat()}/{end.isoformat()}"
    return mention


def build_listed_days(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``các ngày 18 và 23/3``, ``ngày 3, 10 và 17/3``: days apart, each a date of the month written
    last; the mention is the last one (``23/3``), the others go before it as ``listed_before``."""
    mention.start, mention.text = m.start("ad"), m.string[m.start("ad"): mention.end]
    if build_day(m, mention, r, prefixes=("a",)) is None or mention.day is None:
        return mention if mention.day is None and mention.kind in ("date", "partial") else None
    for start, end, day in listed_days(m):
        if not R.valid_day(mention.day.year, mention.day.month, day):
            continue
        date = mention.day.replace(day=day)
        mention.listed_before.append(Mention(
            start, end, m.string[start:end], "date", day_value(date), year_inferred=mention.year_inferred,
            day=date, explicit_year=mention.explicit_year,
            numeric={"d": day, "m": None, "y": None, "sep": "day", "core": (start, end), "day": date}))
    return mention


def build_long_day_range(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``từ ngày 12 đến 14 tháng 11``; lunar with âm lịch, mùng, rằm, a lunar month's name or a
    named year (``từ mùng 6 đến mùng 8 tháng Tư âm lịch``, ``từ mùng 6 đến rằm tháng Giêng``)."""
    month, first, last = long_range_days(m)
    mention.kind = "range"
    if lunar_day_range(m):
        named, year = written_lunar_year(m, mention, r)
        if not named:
            return None
        end = lunar_day_in(last, month, year, mention, r, carried=None if year else r.carried_year(mention.start))
        start = R.lunar_to_solar(first, month, R.lunar_year_of(end)) if end is not None else None
        if start is not None and start > end:  # the end fell in the next lunar year's month
            start = None
    else:
        if m.group("y"):
            year = int(m.group("y"))
            end = dt.date(year, month, last) if R.valid_day(year, month, last) else None
            r.remember_year(mention.start, year)
        else:
            end, mention.year_inferred = r.resolve_day_month(last, month, mention.start, mention.end)
        start = dt.date(end.year, month, first) if end is not None and R.valid_day(end.year, month, first) else None
    if start is None or end is None:  # a day the month lacks; or, with no year and no reference, unresolved
        return mention if end is None and mention.year_inferred and r.reference is None else None
    if last != first + 1 and LISTED_JOIN.search(m.string, m.end("d1"), m.start("d2") if m.group("d2") else m.start("full")):
        return as_two_listed_days(m, mention, start, end, lunar_day_range(m))
    mention.day, mention.end_day = start, end
    mention.value = f"{start.isoformat()}/{end.isoformat()}"
    return mention


# two days joined by và, not running one into the next: a list (ngày 12 và 14 tháng 11, mùng 10 và mùng 15
# tháng Giêng), not a span (ngày 12 và 13 tháng 11 is one, as ngày 7 và 8/10 is)
LISTED_JOIN = re.compile(r"\svà\s", re.IGNORECASE)
SECOND_DAY_WORD = re.compile(r"(?:(?:ngày|mùng|mồng)[^\S\n]+)$", re.IGNORECASE)
MUNG_BEFORE = re.compile(r"(?:mùng|mồng)[^\S\n]+$", re.IGNORECASE)


def as_two_listed_days(m: re.Match, mention: Mention, first: dt.date, last: dt.date, lunar: bool) -> Mention:
    """The mention as its second day, the first listed before it (build_listed_days' shape)."""
    second = m.start("d2") if m.group("d2") else m.start("full")
    word = SECOND_DAY_WORD.search(m.string, m.end("d1"), second)
    mention.start = word.start() if word else second
    mention.text = m.string[mention.start: mention.end]
    mention.kind = "lunar" if lunar else "date"
    mention.day, mention.end_day, mention.value = last, None, day_value(last)
    first_end = m.end("d1")
    mung = MUNG_BEFORE.search(m.string, m.start(), m.start("d1")) if lunar else None
    first_start = mung.start() if mung else m.start("d1")  # mùng 6 (và rằm tháng Giêng): the day with its word
    if lunar:
        mention.lunar = as_lunar(last)
    mention.listed_before.append(Mention(
        first_start, first_end, m.string[first_start:first_end], mention.kind, day_value(first), day=first,
        year_inferred=mention.year_inferred, explicit_year=mention.explicit_year, lunar=as_lunar(first) if lunar else None))
    return mention


def as_lunar(date: dt.date) -> tuple[int, int, None]:
    """A lunar day's (day, month, no year written), from its solar day."""
    day, month, _ = R.solar_to_lunar(date)
    return day, month, None


def build_from_to(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    a, b = numeric_parts(m, "a"), numeric_parts(m, "b")
    mention.kind = "range"
    mention.endpoints = (as_written(m, "a"), as_written(m, "b"))
    (d1, m1, y1, _), (d2, m2, y2, _) = a, b
    if y2 is not None and not R.valid_day(y2, m2, d2) or y1 is not None and not R.valid_day(y1, m1, d1):
        return None
    offset = year_word_offset(group(m, "yw"))  # 30/4 - 1/5 năm nay
    if y1 is None and y2 is None and offset is not None and r.reference is not None:
        y1 = r.reference.year + offset
        mention.year_inferred = True
        if not R.valid_day(y1, m1, d1):
            return None
    elif y1 is None and y2 is None and (carried := r.year_told(mention.start, m1)) and R.valid_day(carried, m1, d1):
        y1 = carried  # Năm 2025, khách đi tàu dịp 30/4 - 1/5 tăng: the sentence's year (or its school year's)
        mention.year_inferred = True
    if y2 is not None:
        end_day = dt.date(y2, m2, d2)
        start_day = dt.date(y1, m1, d1) if y1 else R.last_on_or_before(d1, m1, end_day)
    elif y1 is not None:
        start_day = dt.date(y1, m1, d1)
        end_day = R.next_on_or_after(d2, m2, start_day)
    else:
        mention.year_inferred = True
        if r.reference is None:
            return mention
        future, past = r.cues(mention.start, mention.end)
        if not future and not past:
            r.guessed.add(mention.start)  # the years come from the distance to the reference alone
        starts_soon = R.occurrence(d1, m1, r.reference, future, past, public_holiday(d1, m1)) >= r.reference
        if future or starts_soon:
            start_day = R.occurrence(d1, m1, r.reference, True)
            end_day = R.next_on_or_after(d2, m2, start_day)
        else:
            end_day = R.occurrence(d2, m2, r.reference, False, past)
            start_day = R.last_on_or_before(d1, m1, end_day)
            # Olympic Los Angeles 2028, diễn ra từ ngày 14/7 đến 30/7, written in April 2028: this July's
            told = None if future or past else r.in_the_year_told_just_before(d1, m1, mention.start, start_day)
            if told is not None:
                start_day, end_day = told, R.next_on_or_after(d2, m2, told)
    t1, t2 = clock(m, "t1"), clock(m, "t2")
    mention.day, mention.end_day = start_day, end_day
    mention.value = f"{day_value(start_day, t1)}/{day_value(end_day, t2)}"
    mention.endpoints[0]["day"], mention.endpoints[1]["day"] = start_day, end_day
    return mention


def build_solar_holiday(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """A holiday of the solar calendar on its day (the day/month written after it, else the
    holiday's own) in the written year, the year a year word names, or the nearest one."""
    own_day, own_month = vocabulary()["solar_holidays"][normalize_key(m.group("sol"))]
    day, month = (int(m.group("d")), int(m.group("m"))) if m.group("d") else (own_day, own_month)
    if (day, month) != (own_day, own_month):
        mention.holiday_day = (own_day, own_month)  # Ngày Nhà giáo Việt Nam 20/10: that is 20/11
    year = group(m, "y", "y3") or year_after_listed_holidays(r.text, mention.end, day, month)
    mention.kind = "date"
    if year:
        if not R.valid_day(int(year), month, day):
            return None
        mention.day = dt.date(int(year), month, day)
        r.remember_year(mention.start, int(year))
    else:
        mention.day, mention.year_inferred = r.day_without_year(m, day, month, mention.start, mention.end)
    mention.value = day_value(mention.day)
    if group(m, "br"):  # Ngày Doanh nhân Việt Nam (3/10): the day in brackets is a numeric date for DT106
        mention.numeric = as_written(m, "", mention.day)
    return mention


@lru_cache(maxsize=1)
def listed_holidays_year() -> re.Pattern[str]:
    w = pieces()
    holiday = rf"(?:{w['solar_holiday']}|{w['holiday']})"
    between = r"[^\S\n]*(?:,|và|hoặc)[^\S\n]*"
    return re.compile(rf"(?:{between}{holiday}){{0,3}}{between}(?P<last>{holiday})[^\S\n]+(?:năm[^\S\n]+)?"
                      rf"(?P<y>(?:19|20)\d{{2}})(?!\d)", FLAGS)


def year_after_listed_holidays(text: str, end: int, day: int, month: int) -> int | None:
    """The year written after the last of the holidays listed after this one (``Tết Dương lịch và Tết
    Nguyên đán năm 2027``): every one's, or the year before for a holiday that falls later in the
    year than that last one (``Giáng sinh và Tết Dương lịch 2030``: Christmas 2029)."""
    listed = listed_holidays_year().match(text, end)
    if not listed:
        return None
    year = int(listed.group("y"))
    key = normalize_key(listed.group("last"))
    last = vocabulary()["solar_holidays"].get(key)
    if last is not None:
        last_day = dt.date(year, last[1], last[0]) if R.valid_day(year, last[1], last[0]) else None
    else:
        lunar_day, lunar_month = vocabulary()["lunar_holidays"].get(key, (1, 1))
        last_day = R.lunar_to_solar(max(lunar_day, 1), lunar_month, year)
    return year - 1 if last_day is not None and (month, day) > (last_day.month, last_day.day) else year


def build_named_event(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """A historical event named by its month or date (Cách mạng Tháng Tám: 1945-08)."""
    value = vocabulary()["named_events"][normalize_key(m.group("event"))]
    mention.kind = "date" if value.count("-") == 2 else "period"
    mention.value = value
    return mention
