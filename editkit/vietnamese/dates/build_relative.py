"""Build mentions of days told relative to the reference (hôm qua, sáng nay, thứ Hai tuần trước,
3 ngày trước, đến nay, từ nay đến cuối năm)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from editkit.vietnamese.dates import resolve as R
from editkit.vietnamese.dates.build_days import numeric_parts
from editkit.vietnamese.dates.build_periods import glossed_day
from editkit.vietnamese.dates.candidates import clock, time_is_plausible
from editkit.vietnamese.dates.lexicon import (
    number_of,
    vocabulary,
    weekday_of,
)
from editkit.vietnamese.dates.mention import Mention, day_value, group
from editkit.vietnamese.dates.resolver import UNTIL_BEFORE, Resolver


TRADING_SESSION_BEFORE = re.compile(r"(?<!\w)phiên[^\S\n]+$", re.IGNORECASE)


FIRST_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # a value's first day (a week's: 2029-12-17/2029-12-23)


def days_named(unit: str, offset: int, reference: dt.date | None, mention: Mention) -> dt.date | None:
    """The first day of the span a relative word names (đầu tuần sau: next week's Monday), or None."""
    if reference is None or unit == "day":
        return None
    value = relative_value(unit, offset, reference, Mention(mention.start, mention.end, mention.text, "relative", None))
    first = FIRST_DAY.match(value or "")
    return dt.date.fromisoformat(first.group()) if first else None


def build_relative(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    mention.kind = "relative"
    unit, offset = vocabulary()["relative"][" ".join(m.group("rel").lower().split())]
    if glossed_day(m, mention, r, offset if unit == "day" else None, days_named(unit, offset, r.reference, mention)):
        mention.value = day_value(mention.day)
        return mention
    mention.value = relative_value(unit, offset, r.reference, mention)
    if (unit in ("week", "weekend") and offset == 0 and r.reference is not None and r.reference.isoweekday() == 7
            and looks_ahead(mention, r)):
        # cuối tuần này sẽ …, written on a Sunday: the week about to begin, as thứ Tư tuần này is
        mention.value = relative_value(unit, 1, r.reference, mention)
    if (unit.endswith("weekend") and mention.value is not None
            and TRADING_SESSION_BEFORE.search(r.text, max(0, mention.start - 8), mention.start)):
        # phiên cuối tuần trước: the week's last trading session, its Friday (no market trades at the weekend)
        mention.day = dt.date.fromisoformat(mention.value[:10]) - dt.timedelta(days=1)
        mention.value = day_value(mention.day)
    if unit == "year" and mention.value is not None and r.carried_year(mention.start) is None:
        r.remember_year(mention.start, int(mention.value), written=False)  # Năm nay, Tết rơi vào ngày 17/2: this year's
    return mention


def build_day_of_month_relative(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``ngày 12 tới``: the first 12th on or after the reference; ``ngày 24 vừa qua``: the last 24th
    before it; ``ngày 5 tháng sau``, ``mùng 5 tháng này``: that day of the month the word names (the
    month's offset from the vocabulary's relative words, tháng sau)."""
    day = int(m.group("d"))
    mention.kind = "relative"  # as thứ Hai tới is
    reference = r.reference
    if reference is None:
        mention.value = None
        return mention
    month_word = group(m, "rel")
    if month_word is not None:
        _, offset = vocabulary()["relative"][f"tháng {month_word.lower()}"]
        steps = [offset]
    else:
        ahead = not m.group("when").lower().startswith("vừa")
        steps = range(13) if ahead else range(0, -13, -1)  # the nearest month that has the day, ahead or back
    for step in steps:
        year, month = R.add_months(reference.year, reference.month, step)
        if not R.valid_day(year, month, day):
            continue
        date = dt.date(year, month, day)
        if month_word is not None or (date >= reference if ahead else date < reference):
            mention.day, mention.value = date, day_value(date)
            return mention
    return None


def build_time_relative(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``7 giờ sáng nay``: a time on the day a relative word names."""
    known = vocabulary()["relative"].get(" ".join(m.group("rel").lower().split()))
    if known is None or known[0] != "day" or not time_is_plausible(m, "t1"):
        return None
    mention.kind = "relative"
    time = clock(m, "t1")
    offset = known[1]
    if (m.group("t1pod") or "").lower() == "đêm" and time[0] < 6:
        offset += 1  # 2 giờ đêm qua: the small hours after last night's evening, today
    if glossed_day(m, mention, r, offset):
        mention.value = day_value(mention.day, time)
    elif r.reference is not None:
        mention.day = r.reference + dt.timedelta(days=offset)
        mention.value = day_value(mention.day, time)
    return mention


WORKING_WEEK_OVER = 4  # Friday: the weekly round-ups (markets close) look back on this week from then on
WEEKEND_BEGUN = 5  # Saturday
MONTH_ROUND_UP_DAY = 25  # tháng qua: the monthly round-ups look back on this month from its 25th
YEAR_REVIEW_MONTH = 11  # năm qua: the year's reviews look back on this year from November


def relative_value(unit: str, offset: int, reference: dt.date | None, mention: Mention) -> str | None:
    if reference is None:
        return None
    if unit == "day":
        mention.day = reference + dt.timedelta(days=offset)
        return mention.day.isoformat()
    if unit == "same_day_year":  # ngày này năm ngoái: this day a year back (29/2 falls on the 28th)
        year = reference.year + offset
        mention.day = reference.replace(year=year, day=min(reference.day, calendar.monthrange(year, reference.month)[1]))
        return mention.day.isoformat()
    if unit in ("past_week", "past_weekend"):  # tuần qua: the working week now over, else the one before
        over = reference.weekday() >= (WORKING_WEEK_OVER if unit == "past_week" else WEEKEND_BEGUN)
        unit, offset = unit.removeprefix("past_"), 0 if over else -1
    elif unit == "past_month":  # tháng qua: the month nearly over, else the one before
        unit, offset = "month", 0 if reference.day >= MONTH_ROUND_UP_DAY else -1
    elif unit == "past_year":  # năm qua: the year nearly over, else the one before
        unit, offset = "year", 0 if reference.month >= YEAR_REVIEW_MONTH else -1
    if unit in ("week", "weekend"):
        monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=offset)
        first, last = (monday, monday + dt.timedelta(days=6)) if unit == "week" else (
            monday + dt.timedelta(days=5), monday + dt.timedelta(days=6))
        return f"{first.isoformat()}/{last.isoformat()}"
    if unit == "month":
        year, month = R.add_months(reference.year, reference.month, offset)
        return f"{year}-{month:02d}"
    if unit == "quarter":  # quý tới: the quarter after the reference's
        index = reference.year * 4 + (reference.month - 1) // 3 + offset
        return f"{index // 4}-Q{index % 4 + 1}"
    return str(reference.year + offset)


# the week a word names, counted from the reference's: thứ Sáu tuần sau, thứ Hai này
WEEK_OFFSETS = {"tuần trước": -1, "tuần qua": -1, "tuần này": 0, "này": 0, "tuần sau": 1, "tuần tới": 1}


def build_weekday_relative(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    mention.kind = "relative"
    weekday = weekday_of(m.group("wd"))
    week = " ".join(m.group("wk").lower().split())
    if r.reference is not None and weekday:
        if week.startswith("tới"):  # thứ Hai tới: the next Monday after the reference
            mention.day = r.reference + dt.timedelta(days=(weekday - r.reference.isoweekday() - 1) % 7 + 1)
        elif week.startswith("vừa"):  # thứ Ba vừa qua: the last Tuesday before the reference
            mention.day = r.reference - dt.timedelta(days=(r.reference.isoweekday() - weekday - 1) % 7 + 1)
        else:  # thứ Sáu này: this week's
            offset = WEEK_OFFSETS[week]
            monday = r.reference - dt.timedelta(days=r.reference.weekday()) + dt.timedelta(weeks=offset)
            mention.day = monday + dt.timedelta(days=weekday - 1)
            if offset == 0 and r.reference.isoweekday() == 7 and mention.day < r.reference and looks_ahead(mention, r):
                # kéo dài đến hết thứ Tư tuần này, written on a Sunday: the week that is about to begin
                mention.day += dt.timedelta(weeks=1)
        mention.value = mention.day.isoformat()
        gloss = numeric_parts(m, "g")
        if gloss and R.possible_day_month(gloss[0], gloss[1]):  # thứ Hai tuần sau (16/9)
            # the date nearest the day the words name (not a year written earlier in the sentence: Học bổng
            # năm 2030: hạn chót là thứ Sáu tuần này (14/12) is this December's)
            date = R.nearest_occurrence(gloss[0], gloss[1], mention.day)
            if date != mention.day:
                mention.named_day, mention.day, mention.value = mention.day, date, date.isoformat()
    return mention


def looks_ahead(mention: Mention, r: Resolver) -> bool:
    """The sentence looks ahead to the day: a future cue, or ``đến (hết)`` before it in a sentence not told
    in the past (``có thể kéo dài đến hết thứ Tư tuần này``)."""
    future, past = r.cues(mention.start, mention.end)
    return future or (not past and UNTIL_BEFORE.search(r.text, max(0, mention.start - 12), mention.start) is not None)


def build_weekday_range(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``từ thứ Hai đến thứ Sáu tuần sau``: the days from the first named day to the last, both in the
    week the last names (the first may name its own: ``từ thứ Năm tuần này đến thứ Ba tuần sau``), or
    the first in the week before when it falls later in the week (``từ thứ Sáu đến thứ Hai tuần sau``)."""
    mention.kind = "range"
    first_weekday, last_weekday = weekday_of(m.group("wd1")), weekday_of(m.group("wd"))
    if r.reference is None or not (first_weekday and last_weekday):
        return mention
    monday = r.reference - dt.timedelta(days=r.reference.weekday())
    last_week = WEEK_OFFSETS[" ".join(m.group("wk").lower().split())]
    first_week = WEEK_OFFSETS[" ".join(m.group("wk1").lower().split())] if m.group("wk1") else last_week
    first = monday + dt.timedelta(weeks=first_week, days=first_weekday - 1)
    last = monday + dt.timedelta(weeks=last_week, days=last_weekday - 1)
    if first > last:
        first -= dt.timedelta(weeks=1)  # từ thứ Sáu đến thứ Hai tuần sau: Friday of the week before
    mention.day, mention.end_day = first, last
    mention.value = f"{first.isoformat()}/{last.isoformat()}"
    return mention


def build_weekday_past(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``hôm thứ Hai``: the last day of that name on or before the reference (a wire story's Monday)."""
    mention.kind = "relative"
    weekday = weekday_of(m.group("wd"))
    if r.reference is not None and weekday:
        mention.day = r.reference - dt.timedelta(days=(r.reference.isoweekday() - weekday) % 7)
        mention.value = mention.day.isoformat()
    return mention


HALF_OF = {"tháng": ("ngày", 15), "năm": ("tháng", 6)}  # nửa tháng, nửa năm: in the unit below


def build_count_relative(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``3 ngày trước``: the day three days back; ``3 ngày qua``: the span from then to the reference;
    ``trong 3 ngày tới``: the three days after it; ``3 ngày nữa``: the day three days ahead (and so
    for weeks, months and years); ``10-15 ngày nữa``: the days between the two counts ahead (``2-3
    ngày tới``: the next three days)."""
    unit, direction = m.group("unit").lower(), (m.group("dir") or "trước").lower()  # cách đây 2 tuần
    unit = "ngày" if unit == "hôm" else unit
    if m.group("pair"):  # ba bốn năm trước: between the two counts
        low, count = (number_of(word) for word in m.group("pair").split())
    elif (m.group("n") or "").lower() == "nửa":  # nửa tháng trước: fifteen days back; nửa năm: six months
        if unit not in HALF_OF or m.group("low"):
            return None
        (unit, count), low = HALF_OF[unit], None
    else:
        count = number_of(m.group("n"))
        low = number_of(m.group("low")) if m.group("low") else None
    if count is None:
        return None
    if low is not None and not 0 < low < count:
        return None  # 20-11 năm trước: a day and month, no span of counts
    mention.kind = "relative"
    if r.reference is None:
        return mention
    if low is not None and direction in ("trước", "nữa") and unit not in ("giờ", "tiếng"):
        # 10-15 ngày nữa: the days between the two counts ahead; 2-3 tuần trước: between them back
        sign = -1 if direction == "trước" else 1
        ends = sorted((shifted(r.reference, unit, sign * low), shifted(r.reference, unit, sign * count)))
        mention.value = f"{ends[0]}/{ends[1]}"
        return mention
    if unit in ("giờ", "tiếng"):  # 24 giờ qua: the day before to the reference; 48 giờ tới: the two days after
        days = dt.timedelta(days=count // 24)
        first, last = (r.reference - days, r.reference) if direction == "qua" else (r.reference, r.reference + days)
        mention.value = f"{first.isoformat()}/{last.isoformat()}"
        return mention
    sign = -1 if direction in ("trước", "qua") else 1
    moment = shifted(r.reference, unit, sign * count)
    if direction == "qua":
        mention.value = f"{moment}/{shifted(r.reference, unit, 0)}"
    elif direction == "tới":  # from the next day (month, year) on
        mention.value = f"{shifted(r.reference, 'ngày' if unit == 'tuần' else unit, 1)}/{moment}"
    else:
        mention.value = moment
    if direction in ("trước", "qua") and unit in ("ngày", "tuần"):
        mention.day = dt.date.fromisoformat(moment)  # a day in the past (the DT rules read it)
    return mention


def build_to_date(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``từ đầu năm đến nay``: from the first day of the reference's year (month, week) to the reference."""
    mention.kind = "relative"
    if r.reference is not None:
        unit = m.group("unit").lower()
        start = (r.reference.replace(month=1, day=1) if unit == "năm" else r.reference.replace(day=1) if unit == "tháng"
                 else r.reference - dt.timedelta(days=r.reference.weekday()))
        mention.value = f"{start.isoformat()}/{r.reference.isoformat()}"
    return mention


def build_past_part_of_period(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``hồi đầu tháng``, ``hồi giữa năm``: this month or year, told as past; ``hồi cuối tháng`` (``hồi
    cuối năm``): this one once it is nearly over, else the one before, as ``tháng qua`` (``năm qua``) reads."""
    mention.kind = "relative"
    unit = "month" if m.group("unit").lower() == "tháng" else "year"
    if m.group("part").lower() == "cuối":
        unit = f"past_{unit}"
    mention.value = relative_value(unit, 0, r.reference, mention)
    return mention


# a rule that takes effect or applies from the start of the year looks ahead to it (có hiệu lực từ đầu năm)
TAKES_EFFECT_BEFORE = re.compile(r"(?<!\w)(?:hiệu\s+lực|áp\s+dụng|triển\s+khai|thực\s+hiện)(?:\s+\w+){0,2}\s*$", re.I)


def build_to_date_open(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``Cộng dồn từ đầu năm, …``, ``Từ đầu tháng, giá vàng tăng``: from the start of the reference's
    year (month, week) to the reference, as with ``đến nay``; not where the sentence looks ahead
    (``sẽ áp dụng từ đầu năm``, ``có hiệu lực từ đầu năm``: the coming year's start), nor in a sentence
    about another year (``Cả năm 2026, … vượt kế hoạch đề ra từ đầu năm`` read in January 2027)."""
    future, _ = r.cues(mention.start, mention.end)
    if future or TAKES_EFFECT_BEFORE.search(r.text, max(0, mention.start - 40), mention.start):
        return None
    told = r.carried_year(mention.start)
    if told is not None and r.reference is not None and told != r.reference.year:
        return None
    return build_to_date(m, mention, r)


def build_year_to_now(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``từ 2020 đến nay``: from the first day of the year to the reference."""
    mention.kind = "range"
    first = dt.date(int(m.group("y")), 1, 1)
    if r.reference is not None and first <= r.reference:
        mention.day, mention.end_day = first, r.reference
        mention.value = f"{first.isoformat()}/{r.reference.isoformat()}"
    return mention


def build_to_end(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``từ nay đến cuối năm``: from the reference to the last day of its year (month, week), or of
    the year written (``từ nay đến cuối năm 2027``)."""
    mention.kind = "relative"
    if r.reference is not None:
        unit = m.group("unit").lower()
        year = int(m.group("y")) if m.group("y") else r.reference.year
        if year < r.reference.year:
            return mention  # "đến cuối năm 2020" read against a later reference: no interval to give
        end = (dt.date(year, 12, 31) if unit == "năm"
               else r.reference.replace(day=calendar.monthrange(r.reference.year, r.reference.month)[1]) if unit == "tháng"
               else r.reference + dt.timedelta(days=6 - r.reference.weekday()))
        mention.value = f"{r.reference.isoformat()}/{end.isoformat()}"
    return mention


def build_to_tet(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``từ nay đến Tết``: from the reference to the first day of the coming lunar new year (of the
    year written: ``từ nay đến Tết Nguyên đán 2027``); ``từ nay đến trước Tết``: to the day before it."""
    mention.kind = "relative"
    if r.reference is not None and R.within_the_calendar(r.reference):
        # the lunar year after the one under way begins with the coming Tết
        year = int(m.group("y")) if m.group("y") else R.lunar_year_of(r.reference) + 1
        tet = R.lunar_to_solar(1, 1, year)
        if tet is not None and tet < r.reference:
            return mention  # từ nay đến Tết 2020 read in 2026: no span to give
        if tet is not None:
            end = tet - dt.timedelta(days=1) if m.group("before") else tet
            mention.value = f"{r.reference.isoformat()}/{end.isoformat()}"
    return mention


def shifted(reference: dt.date, unit: str, count: int) -> str:
    """The ISO day, month or year ``count`` units from the reference (weeks count as seven days)."""
    if unit in ("ngày", "tuần"):
        return (reference + dt.timedelta(days=count * (7 if unit == "tuần" else 1))).isoformat()
    if unit == "tháng":
        year, month = R.add_months(reference.year, reference.month, count)
        return f"{year}-{month:02d}"
    return str(reference.year + count)
