"""Find every date, time, range and period in Vietnamese text and resolve it to ISO 8601.

``find_dates(text, reference)`` returns mentions in order of appearance. Candidates
from all patterns are collected, the longest non-overlapping ones are kept, and
each is resolved against the reference date: an explicit year earlier in the
sentence carries over; otherwise the most recent occurrence on or before the
reference, the next one on future cues (sẽ, dự kiến, tới, sắp, theo kế hoạch).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from editkit.vietnamese.dates import resolve as R
from editkit.vietnamese.dates.anaphora import (
    compared_with_period_told,
    counted_from_then,
    parts_of_the_period_told,
    told_day_references,
    weekdays_of_the_week_told,
)
from editkit.vietnamese.dates.build_days import (
    build_day,
    build_day_range,
    build_from_to,
    build_hour_span,
    build_iso_date,
    build_long_day_range,
    build_named_event,
    build_solar_holiday,
    build_time,
    build_time_range,
    build_time_range_date,
    build_to_day,
)
from editkit.vietnamese.dates.build_lunar import (
    build_lunar,
    build_lunar_eve_day,
    build_lunar_month,
    build_named_year,
    build_tet_day,
)
from editkit.vietnamese.dates.build_periods import (
    build_decade,
    build_month,
    build_month_list,
    build_month_range,
    build_month_year,
    build_part_of_month,
    build_part_of_year,
    build_quarter,
    build_season,
    build_year,
    build_year_range,
    build_year_to_date_months,
)
from editkit.vietnamese.dates.build_relative import (
    build_count_relative,
    build_day_of_month_relative,
    build_past_part_of_period,
    build_relative,
    build_time_relative,
    build_to_date,
    build_to_date_open,
    build_to_end,
    build_to_tet,
    build_weekday_past,
    build_weekday_range,
    build_weekday_relative,
    build_year_to_now,
)
from editkit.vietnamese.dates.candidates import collect
from editkit.vietnamese.dates.joins import (
    glossed_solar_day,
    glosses_in_one_year,
    joined_glossed_ranges,
    joined_day_to_period_end,
    joined_from_now,
    joined_lunar_ranges,
    joined_month_and_year_ranges,
    joined_relative_ranges,
    joined_weekday_ranges,
    times_on_a_day_named_after,
    joined_to_now,
    weekdays_said_after,
    day_from_gloss,
    year_from_gloss,
)
from editkit.vietnamese.dates.mention import Candidate, Mention, day_value
from editkit.vietnamese.dates.places import names_a_place
from editkit.vietnamese.dates.resolver import Resolver


def build(candidate: Candidate, resolver: Resolver) -> Mention | None:
    name, m = candidate.name, candidate.match
    start, end = m.span()
    text = resolver.text
    if (name == "named_event" or (name in WRITTEN_DATES and TITLED_MONTH.search(m.group()))) and names_a_place(text, start, end):
        # đường Cách Mạng Tháng Tám, Quảng trường 30 Tháng 4: a street or a square, no date (decided here,
        # after the longest match was chosen, not in accept: the span stays taken, so no "Tháng Tám" in it)
        return None
    mention = Mention(start, end, text[start:end], "date", None)
    builder = BUILDERS[name]
    try:
        return builder(m, mention, resolver)
    except (ValueError, OverflowError):
        return None  # a day past the calendar's edge (từ 30/12/9999 đến 2/1): no date to give


WRITTEN_DATES = ("long_date", "day_month", "full_date")
TITLED_MONTH = re.compile(r"\bTháng\b")  # capitalised inside a name: 30 Tháng 4, 2 Tháng 9

BUILDERS = {
    "weekday_date": build_day,
    "weekday_day_month": build_day,
    "weekday_long_day": build_day,
    "date_weekday": build_day,
    "short_year_date": build_day,
    "padded_short_year_date": build_day,
    "time_date": build_day,
    "time_full_date": build_day,
    "from_to": build_from_to,
    "date_range": build_from_to,
    "named_event": build_named_event,
    "solar_holiday": build_solar_holiday,
    "day_range": build_day_range,
    "overnight": build_day_range,
    "long_day_range": build_long_day_range,
    "year_range": build_year_range,
    "bare_year_range": build_year_range,
    "from_years": build_year_range,
    "full_date": build_day,
    "iso_date": build_iso_date,
    "day_month": build_day,
    "long_date": build_day,
    "season": build_season,
    "month_range": build_month_range,
    "bare_month_range": build_month_range,
    "part_of_month": build_part_of_month,
    "month_year": build_month_year,
    "bare_month_year": build_month_year,
    "month": build_month,
    "month_list": build_month_list,
    "quarter": build_quarter,
    "quarter_code": build_quarter,
    "quarter_of_year": build_quarter,
    "part_of_year": build_part_of_year,
    "decade": build_decade,
    "year": build_year,
    "year_to_date_months": build_year_to_date_months,
    "listed_year": build_year,
    "cued_year": build_year,
    "relative": build_relative,
    "time_relative": build_time_relative,
    "weekday_relative": build_weekday_relative,
    "day_of_month_relative": build_day_of_month_relative,
    "weekday_range": build_weekday_range,
    "weekday_past": build_weekday_past,
    "count_relative": build_count_relative,
    "to_date": build_to_date,
    "to_day": build_to_day,
    "to_date_open": build_to_date_open,
    "past_part_of_period": build_past_part_of_period,
    "year_to_now": build_year_to_now,
    "to_end": build_to_end,
    "to_tet": build_to_tet,
    "lunar_mung": build_lunar,
    "tet_bare_mung": build_tet_day,
    "worded_date": build_lunar,
    "lunar_month": build_lunar_month,
    "lunar_eve_day": build_lunar_eve_day,
    "lunar_numeric": build_lunar,
    "lunar_long": build_lunar,
    "lunar_full_moon": build_lunar,
    "lunar_holiday": build_lunar,
    "lunar_new_year": build_lunar,
    "named_year": build_named_year,
    "time_range": build_time_range,
    "hour_span": build_hour_span,
    "time_range_date": build_time_range_date,
    "time_range_long_date": build_time_range_date,
    "time": build_time,
    "spelled_time": build_time,
}


LONG_BLANK_RUN = re.compile(r"[^\S\n]{17,}")
UNREAD = "\ue000"  # a character no date pattern reads: a private-use one, no letter, digit, space or stop


def without_long_blank_runs(text: str) -> str:
    """``text`` with each run of more than 16 spaces or tabs kept as its first space and, for the
    rest, a filler of the same length no pattern reads: the patterns' optional spaces (``\\s*(…)?\\s*``)
    backtrack over a long run once for each of its characters (a date before 20,000 spaces took
    seconds). Offsets stay as they are; no date spans such a run."""
    if LONG_BLANK_RUN.search(text) is None:
        return text
    return LONG_BLANK_RUN.sub(lambda run: run.group()[0] + UNREAD * (len(run.group()) - 1), text)


def find_dates(text: str, reference: dt.date | None = None, style: str | None = None) -> list[Mention]:
    """Every date expression in ``text``, resolved against ``reference`` (None: years stay unknown).

    With a house ``style`` (see :mod:`style`), numeric and written dates get ``normalized``.
    """
    from editkit.vietnamese.dates.style import rewrite

    text = without_long_blank_runs(text)
    if reference is not None and not R.within_the_calendar(reference):
        reference = None  # date: 0001-01-01 or 9999-12-31 in a front matter: no year can be resolved from it
    resolver = Resolver(text, reference)
    mentions = []
    for candidate in collect(text):
        mention = build(candidate, resolver)
        if mention is None or mention.numeric.get("impossible"):
            continue
        if mentions and (solar_day := glossed_solar_day(text, mentions[-1], mention)) is not None:
            year_from_gloss(mentions[-1], mention, solar_day)
            day_from_gloss(mentions[-1], mention)
        mentions.extend(mention.listed_before)  # các ngày 18 và 23/3: the 18th before the 23rd
        mentions.append(mention)
    mentions = years_shared_by_listed_days(text, days_listed_before_a_lunar_one(text, lunar_days_listed_before(text, mentions)))
    mentions = days_near_the_articles_days(mentions, resolver.guessed, text)
    joined = joined_weekday_ranges(text, joined_lunar_ranges(text, joined_relative_ranges(text, mentions)))
    joined = joined_day_to_period_end(text, joined_month_and_year_ranges(text, joined))
    joined = joined_glossed_ranges(text, glosses_in_one_year(text, joined, reference))
    joined = joined_from_now(text, joined_to_now(text, joined, reference), reference)
    joined = times_on_a_day_named_after(text, joined, reference)
    found = joined
    for step in (told_day_references, counted_from_then, weekdays_of_the_week_told, compared_with_period_told,
                 parts_of_the_period_told, days_of_bare_times, weekdays_said_after):  # the days told, in this order
        found = step(text, found)
    if style:
        for mention in found:
            if mention.kind == "dateline" and not mention.opens_lead:
                mention.normalized = mention.text  # datelines on a line of their own belong to the CMS
            elif (written := house_forms(mention, style)) is not None:
                normalized = mention.text
                for n, formatted in reversed(written):  # from the end: earlier offsets stay valid
                    core = (n["core"][0] - mention.start, n["core"][1] - mention.start)
                    normalized = rewrite(normalized, core, formatted)
                mention.normalized = normalized
    return found


CLUSTER_DAYS = 31  # how near another day of the article a guessed day's other year must put it


def days_near_the_articles_days(mentions: list[Mention], guessed: set[int], text: str) -> list[Mention]:
    """A day whose year came from its distance to the reference alone (no cue, no year in its sentence)
    takes the year before or after where that puts it within a month of a day the article dates
    otherwise (by a cue, a year written or a lunar gloss), and its own year does not: ``Đêm 19/5, lễ hoa
    đăng được tổ chức`` written in February beside ``Đại lễ Phật đản … tức ngày 20/5`` (this year's)
    is this May's, not last May's. A month guessed so (``vào tháng 7`` in a headline over ``tối thứ
    Bảy, 17/7``) takes the year that puts it near them in the same way. A day told in the paragraph of
    a day whose year is written, right after it, takes that year where that puts it within a month after
    it: the story goes on (``Đêm 6/5/1954, … Rạng sáng 7/5, đồi A1 thất thủ``: 1954's)."""
    anchors = [day for m in mentions if m.day is not None and m.start not in guessed and m.kind != "dateline"
               for day in {m.day, m.end_day or m.day}]  # a range's both ends (từ 15/12/2026 đến 14/11/2027)
    if not anchors:
        return mentions

    def near(day: dt.date) -> bool:
        return any(abs((day - anchor).days) <= CLUSTER_DAYS for anchor in anchors)

    for at, mention in enumerate(mentions):
        if mention.start not in guessed:
            continue
        if mention.kind == "date" and mention.day is not None and (told := day_the_story_goes_on_from(
                mentions[at - 1] if at else None, mention, text)) is not None:
            move_to(mention, told)
            continue
        if mention.kind == "period" and mention.value and GUESSED_MONTH.fullmatch(mention.value):
            year, month = map(int, mention.value.split("-"))
            if not month_near(year, month, near):
                mention.value = next((f"{y}-{month:02d}" for y in (year + 1, year - 1) if month_near(y, month, near)),
                                     mention.value)  # a concert vào tháng 7 over an article dating 17/7/2027
            continue
        if mention.kind == "range" and mention.day is not None and mention.end_day is not None:
            shift_a_guessed_range(mention, near)
            continue
        if mention.kind != "date" or mention.day is None or near(mention.day):
            continue
        for year in (mention.day.year + 1, mention.day.year - 1):
            if R.valid_day(year, mention.day.month, mention.day.day) and near(other := mention.day.replace(year=year)):
                move_to(mention, other)
                break
    return mentions


# between days listed together: a comma, và or hoặc, and ngày again or the next day's name (30/4 và ngày 1/5
# năm 2027; Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5 năm 2027)
LISTED_BETWEEN = re.compile(r"[^\S\n]*(?:,|và|hoặc)[^\S\n]*(?:(?i:ngày)[^\S\n]+|[A-ZĐÀ-Ỹ][^\W\d_]*[^\S\n]+(?:[^\W\d_]+[^\S\n]+){0,4})?")


def years_shared_by_listed_days(text: str, mentions: list[Mention]) -> list[Mention]:
    """Days listed together take the year written with the last of them (``lịch nghỉ lễ 30/4 và 1/5 năm
    2027``, written in March 2027: the 30th of April had been last year's), or the year before where a
    day falls after that last day (``25/12 và 1/1/2027``)."""
    carried: dt.date | None = None  # the day whose year the list carries back
    for at in range(len(mentions) - 1, 0, -1):
        first, last = mentions[at - 1], mentions[at]
        if last.kind == "date" and last.day is not None and (last.explicit_year or last.day == carried):
            carried = last.day
        elif last.day != carried:
            carried = None
        if (carried is None or first.kind != "date" or first.day is None or first.explicit_year
                or not LISTED_BETWEEN.fullmatch(text, first.end, last.start)):
            continue
        year = carried.year - (1 if (first.day.month, first.day.day) > (carried.month, carried.day) else 0)
        if year != first.day.year and R.valid_day(year, first.day.month, first.day.day):
            move_to(first, first.day.replace(year=year))
        if last.explicit_year:
            last.year_of_a_list = True  # năm 2027 after the list: its days', not a date style to rewrite
        carried = first.day
    return mentions


# the bare lunar days listed before one that names its month or Tết (các ngày mùng 4, mùng 5 và mùng 6 Tết)
MUNG_LIST_BEFORE = re.compile(r"(?:(?:mùng|mồng)[^\S\n]+\d{1,2}[^\S\n]*(?:,|và|hoặc)[^\S\n]*){1,10}$", re.IGNORECASE)
MUNG_DAY = re.compile(r"(?:mùng|mồng)[^\S\n]+(\d{1,2})", re.IGNORECASE)
MUNG_LIST_REACH = 160


def lunar_days_listed_before(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with the bare ``mùng`` days listed before a lunar day that names its month or Tết
    added as days of that month (``các ngày mùng 4, mùng 5 và mùng 6 Tết``: the first two had been
    no date)."""
    added = []
    taken = [(m.start, m.end) for m in mentions]
    for mention in mentions:
        if mention.kind != "lunar" or mention.day is None or not MUNG_DAY.match(mention.text):
            continue
        listed = MUNG_LIST_BEFORE.search(text, max(0, mention.start - MUNG_LIST_REACH), mention.start)
        if listed is None:
            continue
        _, month, lunar_year = R.solar_to_lunar(mention.day)
        for found in MUNG_DAY.finditer(text, listed.start(), listed.end()):
            date = R.lunar_to_solar(int(found.group(1)), month, lunar_year)
            if date is not None and not any(a < found.end() and found.start() < b for a, b in taken):
                taken.append(found.span())
                added.append(Mention(found.start(), found.end(), found.group(), "lunar", day_value(date), day=date,
                                     lunar=(int(found.group(1)), month, None), year_inferred=mention.year_inferred))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


LUNAR_CLOSING = re.compile(r"(?:âm\s+lịch|ÂL)\s*$", re.IGNORECASE)


def days_listed_before_a_lunar_one(text: str, mentions: list[Mention]) -> list[Mention]:
    """A day listed before a lunar day whose ``âm lịch`` closes the list is a lunar day too, in the same
    lunar year (``ngày hai mươi tháng Chín và mồng năm tháng Mười âm lịch``, ``20/9 và 5/10 âm lịch``: the
    first had been read as a solar date), unless its year is written."""
    for at in range(len(mentions) - 1, 0, -1):
        first, last = mentions[at - 1], mentions[at]
        if (last.kind != "lunar" or last.day is None or not LUNAR_CLOSING.search(last.text) or first.kind != "date"
                or first.day is None or first.explicit_year or not LISTED_BETWEEN.fullmatch(text, first.end, last.start)):
            continue
        day, month = first.day.day, first.day.month
        last_day, last_month, lunar_year = R.solar_to_lunar(last.day)
        date = R.lunar_to_solar(day, month, lunar_year - (1 if (month, day) > (last_month, last_day) else 0))
        if date is not None:
            first.kind, first.lunar, first.numeric = "lunar", (day, month, None), {}
            move_to(first, date)
    return mentions


def move_to(mention: Mention, other: dt.date) -> None:
    """Give a guessed day's mention another year's day, its value keeping its time."""
    mention.value = other.isoformat() + (mention.value or "")[10:]
    mention.day = other
    if mention.numeric.get("day") is not None:
        mention.numeric["day"] = other


def day_the_story_goes_on_from(before: Mention | None, mention: Mention, text: str) -> dt.date | None:
    """The guessed ``mention``'s day in the year written with the day told right ``before`` it in its
    paragraph, when that puts it within CLUSTER_DAYS after that day and its own year does not."""
    if (before is None or before.kind != "date" or not before.explicit_year or before.day is None
            or "\n\n" in text[before.end: mention.start]):
        return None
    day, year = mention.day, before.day.year
    if year == day.year or not R.valid_day(year, day.month, day.day):
        return None
    other = day.replace(year=year)
    return other if 0 <= (other - before.day).days <= CLUSTER_DAYS else None


GUESSED_MONTH = re.compile(r"\d{4}-\d{2}")


def shift_a_guessed_range(mention: Mention, near) -> None:
    """A range of days guessed as a day is (``từ ngày 16/7 đến 17h ngày 30/7`` under ``dự kiến … 8h ngày
    15/7``): a year on or back where that puts one of its ends near the article's days and its own
    year does not; its value keeps its times."""
    first, last = mention.day, mention.end_day
    if near(first) or near(last) or len(mention.endpoints) == 1:
        return  # (one end written as a number, the other a lunar day: a joined range, its years its own)
    for step in (1, -1):
        try:
            moved = first.replace(year=first.year + step), last.replace(year=last.year + step)
        except ValueError:
            continue  # 29/2 in a common year
        if near(moved[0]) or near(moved[1]):
            start, _, end = (mention.value or "").partition("/")
            mention.value = f"{moved[0].isoformat()}{start[10:]}/{moved[1].isoformat()}{end[10:]}"
            mention.day, mention.end_day = moved
            for endpoint, day in zip(mention.endpoints, moved):
                endpoint["day"] = day
            return


def month_near(year: int, month: int, near) -> bool:
    """A day of the month, or its first or last day, is near a day the article dates otherwise."""
    first = dt.date(year, month, 1)
    last = first.replace(day=calendar.monthrange(year, month)[1])
    return near(last) or any(near(first + dt.timedelta(days=d)) for d in range(0, last.day, 7))


def days_of_bare_times(text: str, mentions: list[Mention]) -> list[Mention]:
    """A time of day without its day (``lúc 22 giờ``, ``từ 20h đến 22h``) falls on the one day the
    mention right before it in the same sentence names (``Lễ hội đêm 24/12 sẽ bắt đầu lúc 22 giờ``:
    2026-12-24), kept as ``on_day``; its value stays the time (the day is no part of its text).
    A day written right after the time names its day instead (``lúc 4 - 6 giờ chiều thứ Bảy tuần
    này``: that Saturday, not the day named earlier in the sentence; ``lúc 18h (giờ Việt Nam) tối thứ
    Năm, ngày 19/8``: across the time zone and the part of the day). A time in a list under a day
    that heads it (``Thứ Sáu, ngày 4/12:`` over ``- 17h00: …``) falls on that day, and a live report's
    entry (``19h12: Vàooo! …``) on the day told last before the entries."""
    from editkit.vietnamese.dates.mention import sentence_bounds

    dateline = next((m for m in mentions if m.kind == "dateline"), None)
    heading = None  # (the day, where its line ends) of a day heading a list: Thứ Sáu, ngày 4/12:
    told = None  # the last day told (a live report's entries fall on it)
    for before, mention, after in zip([None, *mentions], mentions, [*mentions[1:], None]):
        if names_one_day(mention) and mention.kind != "dateline" and (colon := DAY_HEADING_END.match(text, mention.end)):
            heading = (mention.day, colon.end())
        entry = LIVE_ENTRY.match(text, text.rfind("\n", 0, mention.start) + 1)  # the mention's line opens an entry
        if mention.kind != "time" or not (mention.value or "").startswith("T"):
            if mention.kind != "dateline" and mention.day is not None and entry is None:
                told = mention.day if names_one_day(mention) else None  # (a day an entry names is the entry's)
            continue
        if heading is not None and listed_under(text, heading[1], mention.start):
            mention.on_day = heading[0]  # - 17h00: Sông Lam Nghệ An - Hải Phòng, under Thứ Sáu, ngày 4/12:
            continue
        if told is not None and entry is not None and entry.end("time") == mention.end:
            mention.on_day = told  # Tối qua (3/12), … / 19h12: Vàooo! Huỳnh Như mở tỷ số: a live report's entry
            continue
        if (told is None and entry is not None and entry.end("time") == mention.end and dateline is not None
                and dateline.day is not None and not_before_the_datelines_time(mention, dateline)):
            mention.on_day = dateline.day  # a live report that tells no other day: its entries are on its dateline's
            continue
        if after is not None and names_one_day(after) and TIME_TO_ITS_DAY.fullmatch(text, mention.end, after.start):
            mention.on_day = after.day
            continue
        if BARE_DAY_AFTER.match(text, mention.end):
            continue  # từ chiều 22 tháng Chạp đến trước 12h trưa ngày 23: the 23rd, which no mention dates
        if (before is not None and before.kind == "time" and before.on_day is not None
                and LISTED_TIMES.fullmatch(text, before.end, mention.start)):
            mention.on_day = before.on_day  # lúc 5h, 7h, 9h và 17h: the list's day
            continue
        if before is None or not names_one_day(before) or before.kind == "dateline":
            continue  # no one day before it (a range, the dateline's day is the article's)
        if sentence_bounds(text, mention.start, mention.end)[0] <= before.start:
            mention.on_day = before.day
    return mentions


def not_before_the_datelines_time(time: Mention, dateline: Mention) -> bool:
    """The entry's time is at or after the dateline's (a live report opened at 19:00 posts 19:35 … 21:25 that day; an
    entry earlier than its opening is past midnight, or the stamp is the last update's); a dateline without a time
    says nothing against it."""
    opened = (dateline.value or "").partition("T")[2][:5]
    return not opened or (time.value or "")[1:6] >= opened


# a live report's entry: a time opening its line, then a colon, a bar or a dash (19h12: Vàooo! · **20:05** | Hết
# hiệp một · 22:35 - Trận đấu kết thúc; not a span of hours: 22:35 - 23:00)
LIVE_ENTRY = re.compile(r"[^\S\n]*(?:\*\*)?(?P<time>\d{1,2}[:h]\d{2})(?:\*\*)?[^\S\n]*(?:\||:(?!\d)|[-–—](?![^\S\n]*\d))")


# a day that heads a list: the line ends with a colon right after it (Thứ Sáu, ngày 4/12:)
DAY_HEADING_END = re.compile(r"[^\S\n]*[*_]*[^\S\n]*:[^\S\n]*[*_]*[^\S\n]*(?:\n|$)")
LIST_ITEM_LINE = re.compile(r"[^\S\n]*(?:[-+•*–]|\d{1,2}[.)])[^\S\n]")


def listed_under(text: str, heading_end: int, start: int) -> bool:
    """The time at ``start`` stands in a list item, and every line from the heading's end to it is one
    (or blank)."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start < heading_end or not LIST_ITEM_LINE.match(text, line_start):
        return False
    between = text[heading_end: line_start].split("\n")
    return all(not line.strip() or LIST_ITEM_LINE.match(line) for line in between)


# what may stand between a time and the day written right after it: a comma, the time zone in brackets and
# the part of the day (lúc 18h (giờ Việt Nam) tối thứ Năm, ngày 19/8)
TIME_TO_ITS_DAY = re.compile(r"[ ,]*(?:\((?:theo\s+)?giờ\s[^()\n]{1,30}\)[ ,]*)?(?:(?:sáng|trưa|chiều|tối|đêm|ngày|hôm)\s+)?", re.I)


# a day of the month written bare right after a time (12h trưa ngày 23): its own day, not the one told before
BARE_DAY_AFTER = re.compile(r"[ ,]*(?:(?:sáng|trưa|chiều|tối|đêm)\s+)?(?:ngày|hôm|mùng|mồng)\s+\d{1,2}(?![\d/-]|\.\d|\s*tháng)", re.I)


LISTED_TIMES = re.compile(r"[^\S\n]*(?:,|và|hoặc|hay|,[^\S\n]*(?:và|hoặc))[^\S\n]*(?:lúc[^\S\n]+)?", re.I)


def names_one_day(mention: Mention) -> bool:
    """The mention names one day (not a range of days, a month or a time)."""
    return mention.day is not None and mention.end_day in (None, mention.day)


def house_forms(mention: Mention, style: str) -> list[tuple[dict, str]] | None:
    """The numeric dates written in ``mention`` (one, or a range's two), each with its form in the
    house ``style``; None when the style has nothing to say about the mention or cannot say it
    (ISO without a year to add). Written forms (``21 tháng 1``) suit every numeric style and stay
    as written; a range is rewritten only into a numeric style (``từ 28/12 đến 03/01``, ``07-08/10``:
    ISO or ND30 would turn it into a sentence)."""
    from editkit.vietnamese.dates.style import NUMERIC, format_date

    if mention.year_of_a_list:
        return None  # 30/4 và 1/5 năm 2027: the year is the list's, as written
    if (mention.kind in ("date", "partial") or mention.opens_lead) and mention.numeric:
        written = (mention.numeric,)
    elif mention.kind == "range" and mention.endpoints and style in NUMERIC:
        written = mention.endpoints
    else:
        return None
    forms = []
    for n in written:
        if n["sep"] == "long" and style != "nd30":
            formatted = mention.text[n["core"][0] - mention.start: n["core"][1] - mention.start]
        elif n["sep"] == "day":  # the first day of 7-8/10
            formatted = f"{n['d']:02d}" if NUMERIC[style][1] else str(n["d"])
        else:
            formatted = format_date(n["d"], n["m"], n["y"], style, n["day"])
        if formatted is None:
            return None
        forms.append((n, formatted))
    return forms


def find_impossible_dates(text: str, reference: dt.date | None = None) -> list[Mention]:
    """Numeric dates with a cue or a year that cannot exist (31/4, 29/2/2021), and lunar ones in a year
    written (ngày 30 tháng Chạp năm Đinh Mùi: the ``reference`` tells which Đinh Mùi)."""
    text = without_long_blank_runs(text)
    if reference is not None and not R.within_the_calendar(reference):
        reference = None
    resolver = Resolver(text, reference)
    return [m for m in (build(c, resolver) for c in collect(text)) if m is not None and m.numeric.get("impossible")]
