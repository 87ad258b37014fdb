"""Days named by the day told last: ``Chiều cùng ngày``, ``12h cùng ngày``, ``Cùng ngày,``,
``Sáng hôm sau``, ``ngày hôm trước``, ``Hôm đó,``.

News tells a day once (``Sáng 29/11, …``) and then goes on with the same day or the next one
without writing it again. Such a word resolves to the last day-precision date before it; a
year, a month, a span of several days or no date at all before it leaves it unresolved (it is
not reported rather than guessed).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache

from editkit.vietnamese.dates.mention import COMPARED_BEFORE, Mention, day_value, sentence_bounds

SPACE = r"[^\S\n]+"
PART_OF_DAY = rf"(?:rạng{SPACE})?(?:sáng|trưa|chiều|tối|đêm|khuya)"
# cùng ngày, hôm đó: the day told last; hôm sau / hôm trước: the one after or before it
WHICH_DAY = rf"(?:(?P<same>cùng{SPACE}ngày|(?:ngày{SPACE})?hôm{SPACE}(?:đó|ấy))|(?:ngày{SPACE})?hôm{SPACE}(?P<shift>sau|trước))"
# Chiều cùng ngày · Sáng hôm sau · ngày hôm trước (ngày alone: "ngày hôm sau")
PART_AND_DAY = re.compile(
    rf"(?<!\w)(?:(?P<part>{PART_OF_DAY}){SPACE}{WHICH_DAY}|ngày{SPACE}hôm{SPACE}(?:(?P<shift2>sau|trước)|(?P<same2>đó|ấy)))(?!\w)",
    re.I)
# a clause that opens with the day and a comma: "Cùng ngày, Bộ Y tế …", "Hôm sau, …"
CLAUSE_DAY = re.compile(
    rf"(?:^|(?<=[.!?;:\n]))[^\S\n]*(?P<words>(?:Cũng{SPACE}trong{SPACE}|Trong{SPACE})?(?:(?P<same>[Cc]ùng{SPACE}ngày|[Hh]ôm{SPACE}(?:đó|ấy))"
    rf"|[Hh]ôm{SPACE}(?P<shift>sau)))(?=[^\S\n]*,)")
# a clause that ends with it: "… làm khách của Hải Phòng cùng ngày." (not "trong cùng ngày", within a day)
CLAUSE_END_DAY = re.compile(rf"(?<=[^\W\d])(?<!trong){SPACE}(?P<same>cùng{SPACE}ngày)(?=[^\S\n]*[.;!?](?:\s|$))")
# what follows a time to put it on the day told last: 12h cùng ngày, 9 giờ sáng hôm sau
AFTER_TIME = re.compile(rf"{SPACE}(?:{PART_OF_DAY}{SPACE})?{WHICH_DAY}(?!\w)", re.I)
SHIFTS = {None: 0, "sau": 1, "trước": -1}
WORDS_GROUP = {CLAUSE_DAY: "words", CLAUSE_END_DAY: "same"}  # the group that holds the words, where not the whole match


# a sentence that tells what comes round (hằng ngày, mỗi tuần): its "hôm sau" is each time's next day, no one day
RECURRING = re.compile(rf"(?<!\w)(?:hằng|hàng|mỗi){SPACE}(?:ngày|tuần|tháng|năm|sáng|tối|đêm|lần)(?!\w)", re.I)


LISTED = re.compile(r"[^\S\n]*(?:,|;|và|hoặc)[^\S\n]*(?:ngày[^\S\n]+)?", re.I)


# the span of the year, month or week so far (kể từ đầu năm, từ đầu tháng đến nay), or this year said in passing
# (Đề Ngữ văn năm nay …): a measure or a frame, no day told
SO_FAR = re.compile(r"(?:kể\s+)?từ\s+đầu\s+(?:năm|tháng|tuần)(?!\w)|năm\s+nay$", re.I)


def antecedent(text: str, told: list):
    """The antecedent among ``told`` (the mentions before a word, times of day left out, in order):
    the last, when it names one day (a year, a month, several days or a list of days such as
    ``ngày 20/11 và 22/11`` names none); the span so far and this year said in passing are passed over
    (``Chiều 19/2, … lần tăng thứ hai kể từ đầu năm … Giá mới có hiệu lực từ 15h cùng ngày``: the 19th;
    ``Sáng 9/6, … Đề Ngữ văn năm nay … Chiều cùng ngày``: the 9th), and so are a year or a month told in
    the sentence of the day before them (``Tối 15/8, trường công bố điểm chuẩn năm 2027, giảm 0,12 điểm so
    với năm ngoái. Cùng ngày, …``: the 15th)."""
    while told and (SO_FAR.match(told[-1].text) or in_the_sentence_of_a_day(text, told)):
        told = told[:-1]
    if not told or told[-1].day is None or told[-1].end_day not in (None, told[-1].day):
        return None
    if len(told) > 1 and LISTED.fullmatch(text, told[-2].end, told[-1].start):
        return None
    return told[-1]


def in_the_sentence_of_a_day(text: str, told: list) -> bool:
    """The last of ``told`` names no day and shares its sentence with a day told before it."""
    if told[-1].day is not None:
        return False
    opening = sentence_bounds(text, told[-1].start, told[-1].end)[0]
    for at in range(len(told) - 2, -1, -1):  # back through the sentence only (no copy of what was told)
        if told[at].start < opening:
            return False
        if told[at].day is not None:
            return True
    return False


def clock_of(value: str) -> tuple[int, int]:
    """(hour, minute) of a time of day's value: ``T14:30``."""
    hour, minute = value[1:].split(":")
    return int(hour), int(minute)


def shift_of(match: re.Match) -> int:
    if match.group("same") or match.groupdict().get("same2"):
        return 0
    return SHIFTS[match.group("shift") or match.groupdict().get("shift2")]


def told_day_references(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the days named by the day told last added, and times followed by such
    words (``lúc 12h cùng ngày``) put on that day, in the order of the text (``Ngày hôm sau, …
    15h cùng ngày``: the day after). One pass in the text's
    order: each word looks back at the last two days told."""
    lowered = text.lower()
    if "cùng" not in lowered and "hôm" not in lowered:
        return mentions  # most articles: none of the words
    words = [(match.start(WORDS_GROUP.get(pattern, 0)), match.end(WORDS_GROUP.get(pattern, 0)), match)
             for pattern in (PART_AND_DAY, CLAUSE_DAY, CLAUSE_END_DAY) for match in pattern.finditer(text)]
    events = sorted([(m.start, 0, m) for m in mentions] + [(word[0], 1, word) for word in words],
                    key=lambda event: (event[0], event[1]))
    starts = [m.start for m in mentions]  # sorted: where the mentions after a word begin
    told: list = []
    added: list = []
    covered = 0  # the furthest end of the mentions met so far
    for _, is_word, item in events:
        if not is_word:
            after = AFTER_TIME.match(text, item.end) if item.kind == "time" and item.value else None
            day_before = after and antecedent(text, told)
            if day_before:
                day = day_before.day + dt.timedelta(days=shift_of(after))
                item.end, item.text = after.end(), text[item.start: after.end()]
                times = [clock_of(value) for value in item.value.split("/")]  # T10:00, or a span T10:00/T22:00
                item.kind, item.day = "relative", day
                item.value = "/".join(day_value(day, time) for time in times)
                if len(times) > 1:
                    item.end_day = day  # từ 10h đến 22h cùng ngày: a span of that day
                item.year_inferred, item.explicit_year = day_before.year_inferred, day_before.explicit_year
            if item.kind != "time":
                told.append(item)
            covered = max(covered, item.end)
            continue
        start, end, match = item
        following = bisect.bisect_left(starts, start)
        if covered > start or (following < len(starts) and starts[following] < end):
            continue  # part of a date already found
        if RECURRING.search(text, *sentence_bounds(text, start, end)):
            continue  # bản tin phát lúc 17h hằng ngày để … nghỉ học vào sáng hôm sau: each day's next morning
        day_before = antecedent(text, told)
        if day_before is None:
            continue
        day = day_before.day + dt.timedelta(days=shift_of(match))
        found = Mention(start, end, text[start:end], "relative", day_value(day), day=day,
                        year_inferred=day_before.year_inferred, explicit_year=day_before.explicit_year)
        added.append(found)
        told.append(found)
        covered = max(covered, end)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


# "so với tháng trước", "so với cùng kỳ năm trước" (COMPARED_BEFORE): a comparison with the month or year
# before the one the sentence reports on, not with the one before the publication date
MONTH_VALUE = re.compile(r"(\d{4})-(\d{2})")
YEAR_VALUE = re.compile(r"\d{4}")
QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")
WEEK_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})")  # a span of days; a week if Monday to Sunday


# Hai tháng sau đó · ba ngày trước đó · một tuần sau đó · 10 năm sau đó: a count from the day, month or year
# told last in the paragraph (not vài, mấy: no count); and Hai ngày sau, opening a sentence (``bare``)
COUNTED_FROM_THEN = (r"(?<!\w)(?P<count>\d{{1,2}}|{number})[^\S\n]+(?P<unit>ngày|tuần|tháng|năm)[^\S\n]+(?P<dir>sau|trước)"
                     r"(?:[^\S\n]+(?:đó|ấy)(?!\w)|(?P<bare>(?=[^\S\n]*,)))")
SENTENCE_OPENS_BEFORE = re.compile(r"(?:^|[.!?…:][\"”’)]?[^\S\n]*|\n[^\S\n]*)$")
DAY_AT_A_TIME = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?")  # a day, maybe at a time (16h ngày 27/5)
# the values a count of each unit may count from: a day for days and weeks, a day or a month for months
COUNTS_FROM = {"ngày": (DAY_AT_A_TIME,), "tuần": (DAY_AT_A_TIME,), "tháng": (DAY_AT_A_TIME, MONTH_VALUE),
               "năm": (DAY_AT_A_TIME, MONTH_VALUE, YEAR_VALUE)}


@lru_cache(maxsize=1)
def counted_from_then_pattern() -> re.Pattern[str]:
    from editkit.vietnamese.dates.lexicon import pieces

    return re.compile(COUNTED_FROM_THEN.format(number=pieces()["number_word"]), re.I)


def counted_from_then(text: str, mentions: list[Mention]) -> list[Mention]:
    """``Vụ án được khởi tố từ tháng 11 năm ngoái. Hai tháng sau đó, …``: a count of days, weeks, months
    or years after or before ``đó`` counts from the day, month or year told last before it in its
    paragraph (January; ``Ba ngày sau đó`` after ``ngày 27/5``: the 30th), and so does one after
    ``sau`` opening a sentence, before its comma (``Ngày 3/4, … . Hai ngày sau, Long bị bắt``: the 5th);
    with none told there it names nothing."""
    lowered = text.lower()
    if " đó" not in lowered and " ấy" not in lowered and " sau," not in lowered:
        return mentions
    from editkit.vietnamese.dates.lexicon import number_of
    from editkit.vietnamese.dates.resolve import add_months

    added = []
    for match in counted_from_then_pattern().finditer(text):
        if any(m.start < match.end() and match.start() < m.end for m in mentions):
            continue
        if match.group("bare") is not None and (match.group("dir").lower() != "sau" or not SENTENCE_OPENS_BEFORE.search(
                text, max(0, match.start() - 4), match.start())):
            continue  # without đó only Hai ngày sau, opening a sentence counts from then (not Ba ngày trước,: from now)
        unit, count = match.group("unit").lower(), number_of(match.group("count"))
        # (a count told before this one is told too: Hai ngày sau, … . Ba ngày sau đó, … counts from the 5th)
        before = sorted((m for m in (*mentions, *added) if m.end <= match.start() and m.value
                         and "\n" not in text[m.end: match.start()] and m.kind != "time"), key=lambda m: m.start)
        if count is None or not before or not any(p.fullmatch(before[-1].value) for p in COUNTS_FROM[unit]):
            continue
        told, step = before[-1], count if match.group("dir").lower() == "sau" else -count
        value, day = told.value, None
        if unit in ("ngày", "tuần"):
            day = dt.date.fromisoformat(value[:10]) + dt.timedelta(days=step * (7 if unit == "tuần" else 1))
            value = day_value(day)
        elif unit == "tháng":
            year, month = add_months(int(value[:4]), int(value[5:7]), step)
            value = f"{year}-{month:02d}"
        else:
            value = str(int(value[:4]) + step)
        added.append(Mention(match.start(), match.end(), match.group(), "relative", value, day=day,
                             year_inferred=told.year_inferred, explicit_year=told.explicit_year))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


THAT_WEEK_AFTER = re.compile(r"[^\S\n]+(?:đó|ấy)(?!\w)", re.I)  # thứ Bảy tuần trước đó: of the week before that
WEEKDAY_OF_A_WEEK = re.compile(r"(?:thứ|chủ|cn|t\d).*tuần[^\S\n]+(?P<dir>trước|sau|tới)$", re.I)


def weekdays_of_the_week_told(text: str, mentions: list[Mention]) -> list[Mention]:
    """``dạy bù vào thứ Bảy tuần trước đó`` after ``ngày 20/11``: the weekday of the week before (after) the
    week of the day told last in the paragraph (17/11), not of the publication's (had been 27/10); with no
    day told there, no day."""
    for index, mention in enumerate(mentions):
        week = WEEKDAY_OF_A_WEEK.match(mention.text) if mention.kind == "relative" and mention.day else None
        that = week and THAT_WEEK_AFTER.match(text, mention.end)
        if not that:
            continue
        told = next((m for m in reversed(mentions[:index]) if m.day is not None and m.end_day in (None, m.day)
                     and "\n" not in text[m.end: mention.start]), None)
        mention.end, mention.text = that.end(), text[mention.start: that.end()]
        if told is None:
            mention.day = mention.value = None
            continue
        step = -1 if week.group("dir").lower() == "trước" else 1
        monday = told.day - dt.timedelta(days=told.day.weekday()) + dt.timedelta(weeks=step)
        mention.day = monday + dt.timedelta(days=mention.day.weekday())
        mention.value = day_value(mention.day)
        mention.year_inferred = told.year_inferred
    return mentions


def a_week(value: str) -> bool:
    """``value`` is a span from a Monday to the Sunday after it (tuần qua), not any span (3 ngày qua)."""
    first, last = (dt.date.fromisoformat(day) for day in value.split("/"))
    return first.weekday() == 0 and (last - first).days == 6


PART_OF_PERIOD = re.compile(r"hồi[^\S\n]+(?:đầu|giữa|cuối)[^\S\n]+(?P<unit>tháng|năm)", re.I)


def parts_of_the_period_told(text: str, mentions: list) -> list:
    """``Riêng tháng 9, xuất khẩu giảm … do bão số 5 hồi giữa tháng``: a part of the month (the year) the
    sentence told before it, not of the reference's (read as this month where the sentence tells none)."""
    for index, mention in enumerate(mentions):
        part = PART_OF_PERIOD.fullmatch(mention.text) if mention.kind == "relative" else None
        if part is None:
            continue
        pattern = MONTH_VALUE if part.group("unit").lower() == "tháng" else YEAR_VALUE
        sentence_start, _ = sentence_bounds(text, mention.start, mention.end)
        for earlier in (mentions[j] for j in range(index - 1, -1, -1)):
            if earlier.start < sentence_start:
                break
            if earlier.kind in ("period", "date", "relative") and earlier.value and pattern.fullmatch(earlier.value):
                mention.value = earlier.value
                break
    return mentions


def compared_with_period_told(text: str, mentions: list) -> list:
    """``Tháng 11, CPI tăng 0,3% so với tháng trước``: the month before the month the sentence
    names (October), as ``năm 2025, GDP tăng 7% so với năm trước`` is 2024, ``quý I/2028 … so với quý
    trước`` the fourth quarter of 2027, ``Riêng tuần qua … so với tuần trước`` the week before the
    week told, and ``Năm ngoái …, tăng 15% so với năm trước đó`` the year before last; the words count
    from the publication date only where the sentence names no period of its own before them."""
    from editkit.vietnamese.dates.lexicon import vocabulary
    from editkit.vietnamese.dates.resolve import add_months

    relative = vocabulary()["relative"]
    for index, mention in enumerate(mentions):
        known = relative.get(" ".join(mention.text.lower().split())) if mention.kind == "relative" else None
        if known is None or known[0] not in ("month", "year", "quarter", "week") or not COMPARED_BEFORE.search(
                text, max(0, mention.start - 20), mention.start):
            continue
        sentence_start, _ = sentence_bounds(text, mention.start, mention.end)
        pattern = {"month": MONTH_VALUE, "year": YEAR_VALUE, "quarter": QUARTER_VALUE, "week": WEEK_VALUE}[known[0]]
        anchor = None
        for earlier in (mentions[j] for j in range(index - 1, -1, -1)):
            if earlier.start < sentence_start:
                break  # the sentence names none of its own
            # a month or year written, or one named from the publication date (Năm ngoái … so với năm trước: 2025)
            if (earlier.kind in ("period", "date", "relative") and earlier.value and pattern.fullmatch(earlier.value)
                    and (known[0] != "week" or a_week(earlier.value))):
                anchor = earlier
                break
        if anchor is None:
            continue
        if known[0] == "month":
            year, month = add_months(int(anchor.value[:4]), int(anchor.value[5:]), known[1])
            mention.value = f"{year}-{month:02d}"
        elif known[0] == "week":  # Riêng tuần qua … so với tuần trước: the week before the week told
            monday = dt.date.fromisoformat(anchor.value[:10]) + dt.timedelta(weeks=known[1])
            mention.value = f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"
        elif known[0] == "quarter":  # trong quý I/2028 … so với quý trước: the fourth quarter of 2027
            index = int(anchor.value[:4]) * 4 + int(anchor.value[-1]) - 1 + known[1]
            mention.value = f"{index // 4}-Q{index % 4 + 1}"
        else:
            mention.value = str(int(anchor.value) + known[1])
    return mentions
