"""Year inference and calendar arithmetic for date mentions (pure)."""

from __future__ import annotations

import calendar
import datetime as dt

NEAR_FUTURE_DAYS = 60  # "Từ ngày 4/1, …" written on 30/12, "ngày 1/10" written on 7/9: the coming date, not one a year back
FAR_PAST_DAYS = 180
# a date this close ahead is the coming one even in a past-tense sentence ("Trước đó, từ chiều 27/11"
# written on 26/11): a year back is far less likely than a slip of tense, which DT104 reports
DAYS_AHEAD_EVEN_IN_THE_PAST = 14
# and a date this close back is the past one even beside a future cue ("tàu rời cảng từ ngày 18/2, dự
# kiến đánh bắt nửa tháng" written on 26/2): the press writes the year of a day almost a year ahead
DAYS_BACK_EVEN_IN_THE_FUTURE = 14
# the lunar new year is written about months ahead (thưởng Tết, vé tàu Tết, hàng Tết from October on)
LUNAR_NEW_YEAR_LEAD_DAYS = 100
# and so are the public holidays' days off (trains, tours and flights for 30/4 - 1/5 from January on)
PUBLIC_HOLIDAY_LEAD_DAYS = 100
# and within a month ahead, with the last one far back, even in the past tense: what is booked for it is
# told as done (các khách sạn đã kín phòng dịp Tết Dương lịch, written on 10/12)
PUBLIC_HOLIDAY_DAYS_AHEAD_EVEN_IN_THE_PAST = 31
SCHOOL_YEAR_FIRST_MONTH = 8  # a school year or a football season runs from August (or September) to July
REPORTING_DAYS = 31  # "9 tháng đầu năm" written on 6/10 or 25/9: the figures of the period just over


WEEKDAY_YEAR_SLACK_DAYS = 60  # how much farther from the reference the year of the written weekday may lie


def nearby_year_of_the_weekday(date: dt.date, others: list[dt.date], weekday: int | None, reference: dt.date) -> dt.date:
    """``date``, whose year was guessed, or the one of ``others`` (the same day a year before or after)
    that falls on the written ``weekday`` and lies hardly farther from the reference."""
    if weekday is None or date.isoweekday() == weekday:
        return date
    distance = abs((date - reference).days)
    for other in others:
        if other is not None and other.isoweekday() == weekday and abs((other - reference).days) <= distance + WEEKDAY_YEAR_SLACK_DAYS:
            return other
    return date


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def possible_day_month(day: int, month: int) -> bool:
    """A day/month that exists in some year (29/2 included)."""
    return 1 <= month <= 12 and 1 <= day <= (29 if month == 2 else calendar.monthrange(2001, month)[1])


def day_after(day: int, month: int, next_day: int, next_month: int) -> bool:
    """``next_day``/``next_month`` is the day after ``day``/``month`` in a common or a leap year
    (after 28/2 come 1/3 and 29/2)."""
    for year in (2023, 2024):
        if valid_day(year, month, day):
            following = dt.date(year, month, day) + dt.timedelta(days=1)
            if (following.day, following.month) == (next_day, next_month):
                return True
    return False


def occurrence(day: int, month: int, reference: dt.date, future: bool, past: bool = False,
               public_holiday: bool = False) -> dt.date:
    """The day/month nearest the reference: on or before it, or on or after it with a future cue.

    Without a cue, a date just ahead of the reference (within NEAR_FUTURE_DAYS) whose previous
    occurrence lies far back is taken as the coming one, unless the sentence is in the past tense;
    within DAYS_AHEAD_EVEN_IN_THE_PAST it is the coming one whatever the tense. With a future cue, a
    date within DAYS_BACK_EVEN_IN_THE_FUTURE back is still the past one (the cue is another clause's).
    A public holiday's day off is the coming one from PUBLIC_HOLIDAY_LEAD_DAYS ahead, unless the
    sentence is in the past tense (then from PUBLIC_HOLIDAY_DAYS_AHEAD_EVEN_IN_THE_PAST ahead).
    """
    before = _on_or_before(day, month, reference)
    after = _on_or_after(day, month, reference)
    ahead, back = (after - reference).days, (reference - before).days
    if future:
        return before if 0 < back <= DAYS_BACK_EVEN_IN_THE_FUTURE else after
    if back >= FAR_PAST_DAYS and (ahead <= DAYS_AHEAD_EVEN_IN_THE_PAST or (not past and ahead <= NEAR_FUTURE_DAYS)):
        return after
    if public_holiday and back > 0 and ahead <= (PUBLIC_HOLIDAY_DAYS_AHEAD_EVEN_IN_THE_PAST if past else PUBLIC_HOLIDAY_LEAD_DAYS):
        return after
    return before


def period_occurrence(bounds, reference: dt.date, future: bool, past: bool) -> int:
    """The year of a period written without one (``quý III``, ``6 tháng cuối năm``), where
    ``bounds(year)`` gives its first and last day in a year.

    A period over (or ending within REPORTING_DAYS) is this year's: its results, unless a future
    cue looks ahead to it once it is long over (next year's). One under way
    is this year's too (``6 tháng cuối năm`` in November), unless the sentence is in the past
    tense. One still ahead is this year's with a future cue (``dự kiến khởi công trong quý III``),
    else the nearer of this year's and last year's (``quý IV`` in January: last year's).
    """
    year = reference.year
    first, last = bounds(year)
    if future and (reference - last).days > REPORTING_DAYS:
        return year + 1  # dự kiến vận hành trong quý I, written in November: next year's, this year's long over
    if (last - reference).days <= REPORTING_DAYS:
        return year
    if first <= reference:
        return year - 1 if past else year
    if future:
        return year
    _, last_before = bounds(year - 1)
    return year if (first - reference) < (reference - last_before) else year - 1


def _on_or_before(day: int, month: int, reference: dt.date) -> dt.date:
    year = reference.year
    for _ in range(9):  # 29 February needs up to eight years back
        if valid_day(year, month, day) and dt.date(year, month, day) <= reference:
            return dt.date(year, month, day)
        year -= 1
    raise ValueError("impossible day/month")


def _on_or_after(day: int, month: int, reference: dt.date) -> dt.date:
    year = reference.year
    for _ in range(9):
        if valid_day(year, month, day) and dt.date(year, month, day) >= reference:
            return dt.date(year, month, day)
        year += 1
    raise ValueError("impossible day/month")


def next_on_or_after(day: int, month: int, start: dt.date) -> dt.date:
    return _on_or_after(day, month, start)


def last_on_or_before(day: int, month: int, end: dt.date) -> dt.date:
    return _on_or_before(day, month, end)


def nearest_occurrence(day: int, month: int, near: dt.date) -> dt.date:
    """The day/month nearest ``near``, before or after it (a date glossing a day named another way)."""
    return min((_on_or_after(day, month, near), _on_or_before(day, month, near)), key=lambda d: abs((d - near).days))


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


# the years whose days every computation here can take: the lunar calendar's (lunar-vn: 1900-2100) with a
# year to spare on each side for the year before and after a reference
FIRST_YEAR, LAST_YEAR = 1901, 2098


def within_the_calendar(date: dt.date) -> bool:
    """A day whose lunar date, and the days a year around it, the calendar computes (1901-2098)."""
    return FIRST_YEAR <= date.year <= LAST_YEAR


def lunar_to_solar(day: int, month: int, lunar_year: int) -> dt.date | None:
    """Vietnamese lunar calendar (UTC+7) via lunar-vn; None outside its range or for impossible days (the
    30th of a month of 29 days, which lunar-vn counts into the next month: 30 tháng Chạp năm Đinh Mùi)."""
    try:
        from lunar_vn import convert_lunar_to_solar
    except ImportError:  # pragma: no cover - lunar-vn is a dependency
        return None
    try:
        date = convert_lunar_to_solar(day, month, lunar_year, 0, 7.0)
    except (ValueError, OverflowError):
        return None
    if day == 30 and date is not None and solar_to_lunar(date)[0] != 30:
        return None
    return date


def lunar_in_solar_year(day: int, month: int, solar_year: int) -> dt.date | None:
    """The lunar day/month that falls in ``solar_year``, a year carried from the sentence: the last
    lunar month of the year before falls in January (``Năm 2027, từ 19 đến 27 tháng Chạp``: Bính
    Ngọ's, 26/1–3/2/2027); the lunar year of that number when neither or both do."""
    same, before = lunar_to_solar(day, month, solar_year), lunar_to_solar(day, month, solar_year - 1)
    if (same is None or same.year != solar_year) and before is not None and before.year == solar_year:
        return before
    return same


def lunar_year_of(date: dt.date) -> int:
    return solar_to_lunar(date)[2]


def solar_to_lunar(date: dt.date) -> tuple[int, int, int]:
    """(lunar day, lunar month, lunar year) of a solar day in Vietnam (UTC+7)."""
    from lunar_vn import convert_solar_to_lunar

    lunar = convert_solar_to_lunar(date.day, date.month, date.year, 7.0)
    return lunar.day, lunar.month, lunar.year


def last_lunar_on_or_before(day: int, month: int, reference: dt.date) -> dt.date | None:
    """The lunar day/month last come on or before the reference."""
    year = lunar_year_of(reference)
    come = [c for y in (year, year - 1, year - 2) if (c := lunar_to_solar(day, month, y)) is not None and c <= reference]
    return max(come) if come else None


def lunar_occurrence(day: int, month: int, reference: dt.date, future: bool, past: bool = False) -> dt.date | None:
    """The lunar day/month nearest the reference, as ``occurrence`` does for solar dates (a day a few
    days back stays the past one beside a future cue); the
    first and the last lunar month (Tết, rằm tháng Giêng, 23 tháng Chạp: the season of Tết) are the
    coming ones from LUNAR_NEW_YEAR_LEAD_DAYS ahead unless the sentence is in the past tense."""
    year = lunar_year_of(reference)
    candidates = [lunar_to_solar(day, month, y) for y in (year - 1, year, year + 1)]
    candidates = [c for c in candidates if c is not None]
    before = [c for c in candidates if c <= reference]
    after = [c for c in candidates if c >= reference]
    if future and before and 0 < (reference - max(before)).days <= DAYS_BACK_EVEN_IN_THE_FUTURE:
        return max(before)  # the full moon of yesterday beside "sẽ": the cue is another clause's, as for days
    if future and after:
        return min(after)
    if before:
        latest = max(before)
        lead = LUNAR_NEW_YEAR_LEAD_DAYS if month in (1, 12) and not past else NEAR_FUTURE_DAYS
        if after and (min(after) - reference).days <= lead and (reference - latest).days >= FAR_PAST_DAYS:
            return min(after)
        return latest
    return min(after) if after else None
