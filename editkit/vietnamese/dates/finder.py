"""Find every date, time, range and period in Vietnamese text and resolve it to ISO 8601.

``find_dates(text, reference)`` returns mentions in order of appearance. Candidates
from all patterns are collected, the longest non-overlapping ones are kept, and
each is resolved against the reference date: an explicit year earlier in the
sentence carries over; otherwise the most recent occurrence on or before the
reference, the next one on future cues (sẽ, dự kiến, tới, sắp, theo kế hoạch).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from editkit.vietnamese.dates import resolve as R
from editkit.vietnamese.dates.lexicon import (
    YEAR_NAME_EPOCH,
    month_of,
    name_of_year,
    named_year_near,
    normalize_key,
    number_of,
    vocabulary,
    weekday_of,
    year_word_offset,
    years_named,
)
from editkit.vietnamese.dates.anaphora import compared_with_period_told, told_day_references
from editkit.vietnamese.dates.patterns import FLAGS, UNTIL_NOW, context_patterns, pattern, sources

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
PRIORITY = {name: index for index, name in enumerate(sources())}  # earlier patterns win ties


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str
    value: str | None
    year_inferred: bool = False
    weekday_mismatch: bool = False
    normalized: str | None = None
    # what the resolver knows, for lint rules
    day: dt.date | None = None  # the day for day-precision mentions (start of a range)
    end_day: dt.date | None = None
    weekday: int | None = None
    explicit_year: bool = False
    numeric: dict = field(default_factory=dict)  # d, m, y, separator of a numeric date as written
    endpoints: tuple[dict, ...] = ()  # a range's two numeric dates as written (numeric's keys and its day)
    year_name: str | None = None  # the name of the written year when the written name contradicts it
    named_day: dt.date | None = None  # the day a relative word names when its glossed date is another
    holiday_day: tuple[int, int] | None = None  # a holiday's own (day, month) when another is written after it
    lunar: tuple[int, int, int | None] | None = None  # a lunar day as written: (day, month, year written or named)
    solar_gloss: tuple[int, int] | None = None  # the solar day/month in brackets after a lunar holiday: Tết (17/2)

    def to_json(self) -> dict:
        data = {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind, "value": self.value}
        if self.year_inferred:
            data["year_inferred"] = True
        if self.weekday_mismatch:
            data["weekday_mismatch"] = True
        if self.normalized is not None:
            data["normalized"] = self.normalized
        return data


@dataclass
class Candidate:
    name: str
    match: re.Match

    @property
    def span(self) -> tuple[int, int]:
        return self.match.span()


SENTENCE_REACH = 400  # characters on either side of a mention that can hold its cues


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, cut at SENTENCE_REACH characters on either side
    (a text without full stops is no sentence: its cues would be searched for every mention)."""
    low, high = max(0, start - SENTENCE_REACH), min(len(text), end + SENTENCE_REACH)
    left = max(low - 1, text.rfind("\n", low, start), *(text.rfind(p, low, start) for p in (". ", "! ", "? ")))
    right_candidates = [i for i in (text.find("\n", end, high), *(text.find(p, end, high) for p in (". ", "! ", "? "))) if i != -1]
    return left + 1, min(right_candidates) if right_candidates else high


@lru_cache(maxsize=16)
def word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)", FLAGS)


# vừa (just did): not the adjective vừa (mưa vừa, nhỏ và vừa, vừa phải) nor vừa … vừa (both … and)
JUST_NOW = re.compile(r"(?<!\w)(?<!mưa )(?<!và )vừa(?!\s+(?:phải|đủ|vặn|và\s+nhỏ)(?!\w))(?!\w)", re.I)
BOTH_AND = re.compile(r"(?<!\w)vừa(?!\w).*(?<!\w)vừa(?!\w)", re.I)


def told_just_now(sentence: str) -> bool:
    """``vừa`` marks the sentence as just past (``Bộ vừa ban hành``)."""
    return bool(JUST_NOW.search(sentence)) and not BOTH_AND.search(sentence)


def has_word(text: str, words) -> bool:
    return word_pattern(tuple(words)).search(text) is not None


def collect(text: str) -> list[Candidate]:
    return list(_collect(text))


WEEKDAY_WORDS = ("thứ", "chủ nhật", "cn", "t2", "t3", "t4", "t5", "t6", "t7")
# Words a pattern cannot match without: patterns whose words are absent are not run at all.
REQUIRES = {
    "weekday_relative": ("tuần", "tới", "này", "vừa"), "season": ("mùa", "niên", "năm học", "năm tài chính"),
    "overnight": ("sáng", "rạng"), "month_range": ("tháng",), "lunar_month": ("tháng",), "long_day_range": ("tháng",),
    "lunar_eve_day": ("tết",),
    "count_relative": ("trước", "qua", "tới", "nữa", "cách đây", "cách nay"), "to_date": ("từ đầu",), "year_to_now": ("nay", "hiện tại", "bây giờ"), "to_end": ("cuối", "hết"), "lunar_mung": ("mùng", "mồng"),
    "lunar_numeric": ("âm lịch", "âl"), "lunar_long": ("âm lịch",), "lunar_full_moon": ("rằm",),
    "lunar_holiday": ("tết", "giỗ", "rằm", "vu lan", "giao thừa"), "year_range": ("nhiệm", "giai", "năm", "niên"),
    "quarter": ("quý",), "part_of_year": ("đầu năm", "cuối năm", "nửa sau năm", "tháng năm"),
    "decade": ("thập niên", "thập kỷ", "thập kỉ", "năm", "thế kỷ", "thế kỉ"), "month_year": ("tháng",), "month": ("tháng",),
    "named_event": ("cách mạng", "khởi nghĩa", "11/9", "11-9"), "from_to": ("đến", "tới", "-", "–"), "date_range": ("-", "–", "—"),
    "bare_year_range": ("-", "–"), "from_years": ("từ",), "time_range": ("đến", "tới", "-", "–"), "time_range_date": ("đến", "tới", "-", "–"), "hour_span": ("từ",), "long_date": ("tháng",), "iso_date": tuple(f"-{month:02d}-" for month in range(1, 13)),
    "weekday_date": WEEKDAY_WORDS, "weekday_day_month": WEEKDAY_WORDS, "weekday_long_day": WEEKDAY_WORDS, "date_weekday": WEEKDAY_WORDS,
    "short_year_date": ("ngày", "hôm", "sáng", "trưa", "chiều", "tối", "đêm"),
}


@lru_cache(maxsize=1)
def requirements() -> dict[str, tuple[str, ...]]:
    """REQUIRES, with the word lists that come from the vocabulary: the lunar years' names
    (giáp thìn, ất tỵ) for the year names, a part of the day with nay/qua/mai for a time on that day."""
    vocab = vocabulary()
    names = vocab["year_names"]
    year_names = tuple(f"{stem} {branch}" for stem, s in names["stems"].items() for branch, b in names["branches"].items()
                       if s % 2 == b % 2)
    days = tuple(" ".join(k.split()) for k, (unit, _) in vocab["relative"].items()
                 if unit == "day" and k.split()[0] in ("sáng", "trưa", "chiều", "tối", "đêm")) + ("hôm nay", "hôm qua", "ngày mai")
    holidays = tuple(" ".join(k.split()) for k in vocab["solar_holidays"])
    return dict(REQUIRES, lunar_new_year=year_names, named_year=year_names, time_relative=days, solar_holiday=holidays,
                lunar_numeric=REQUIRES["lunar_numeric"] + year_names,  # (tức ngày 6/11 năm Ất Tỵ)
                lunar_long=REQUIRES["lunar_long"] + year_names,  # ngày 21 tháng 10 năm Ất Tỵ
                relative=tuple(" ".join(k.split()) for k in vocab["relative"]))


@lru_cache(maxsize=1)
def required_words() -> dict[str, tuple[tuple[str | None, str], ...]]:
    """requirements() as (first word, phrase) pairs: a phrase is looked for only when its first word
    is among the text's words (the 60 names of lunar years were 60 substring scans a pattern)."""
    return {name: tuple((w.split()[0] if WORD.fullmatch(w.split()[0]) else None, w) for w in words)
            for name, words in requirements().items() if words}


WORD = re.compile(r"[^\W_]+")


def has_required(required: tuple[tuple[str | None, str], ...], lowered: str, words: set[str]) -> bool:
    return any((first is None or first in words) and phrase in lowered for first, phrase in required)


PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


def within_paragraphs(compiled, text: str) -> Iterator[re.Match]:
    """The pattern's matches, none across a blank line: a date ending one paragraph and a time or
    a year opening the next (``Thứ Sáu, 27/11/2026`` · ``20:15 …``) are two things. A match that
    would cross one is looked for again in the text before the break, and the scan goes on after it."""
    position = 0
    while True:
        for match in compiled.finditer(text, position):
            if "\n" in match.group() and (gap := PARAGRAPH_BREAK.search(text, match.start(), match.end())):
                yield from compiled.finditer(text, match.start(), gap.start())
                position = gap.end()
                break
            yield match
        else:
            return


@lru_cache(maxsize=8)
def _collect(text: str) -> tuple[Candidate, ...]:
    found = []
    lowered = " ".join(text.lower().split())
    requires = required_words()
    words = set(WORD.findall(lowered))
    for name in sources():
        required = requires.get(name)
        if required is not None and not has_required(required, lowered, words):
            continue
        for match in within_paragraphs(pattern(name), text):
            if match.end() > match.start() and accept(name, match, text):
                found.append(Candidate(name, match))
    found.sort(key=lambda c: (-(c.span[1] - c.span[0]), PRIORITY[c.name], c.span[0]))
    chosen: list[Candidate] = []
    starts: list[int] = []  # the spans taken, sorted and disjoint: an overlap is a neighbour's
    ends: list[int] = []
    for candidate in found:
        s, e = candidate.span
        at = bisect.bisect_left(starts, s)
        if (at < len(starts) and starts[at] < e) or (at > 0 and ends[at - 1] > s):
            continue
        chosen.append(candidate)
        starts.insert(at, s)
        ends.insert(at, e)
    return tuple(sorted(chosen, key=lambda c: c.span[0]))


def group(match: re.Match, *names: str) -> str | None:
    for name in names:
        if name in match.re.groupindex and match.group(name) is not None:
            return match.group(name)
    return None


def typed_as_a_date(day: int, month: int) -> bool:
    """Numbers a date could be when a key slipped: a day up to 39, a month up to 19 (ngày 32/1,
    ngày 15/13), not any pair of numbers."""
    return 1 <= day <= 39 and 1 <= month <= 19


# a day or a month that comes round every year: no one date (Ngày 20 tháng 10 hằng năm, tháng 9 hàng năm)
EVERY_YEAR_AFTER = re.compile(
    r"(?:[^\S\n]+(?:âm[^\S\n]+lịch|dương[^\S\n]+lịch|ÂL))?[^\S\n]*,?[^\S\n]*(?:hằng|hàng|mỗi)[^\S\n]+năm(?!\w)", re.IGNORECASE)
YEARLESS = frozenset({"day_month", "long_date", "month", "lunar_month", "lunar_mung", "lunar_numeric", "lunar_long",
                      "lunar_full_moon", "lunar_holiday", "solar_holiday", "lunar_eve_day"})


def accept(name: str, match: re.Match, text: str) -> bool:
    """Filters that regexes alone cannot express: cues, never-dates, plausibility."""
    if name in YEARLESS and EVERY_YEAR_AFTER.match(text, match.end()) and not group(match, "y", "ay", "by", "yw"):
        return False
    ctx = context_patterns()
    before = text[max(0, match.start() - 30): match.start()]
    if name in ("day_month", "full_date", "day_range", "date_range") and ctx["not_before"].search(before):
        return False
    if name == "day_month":
        d, m = int(match.group("ad")), int(match.group("am"))
        if not R.possible_day_month(d, m):
            # ngày 31/4, ngày 32/1, ngày 15/13 are impossible dates worth reporting; 13/13 phường is a count
            return typed_as_a_date(d, m) and bool(ctx["strong_before"].search(before))
        if match.group("as") in ".-" and d > 31:
            return False
        if counted(match, text, before):
            return False  # hoàn thành 14/11 tuyến đường: a count, not a date
        return (cued(match, text, before) or bool(ctx["relative_before"].search(before))
                or listed_after_a_cue(text, match.start())
                or bool(ctx["source_tag_after"].match(text, match.end())))  # Hà Nội, 29/12 (TTXVN) -
    if name in ("full_date", "weekday_date", "time_full_date"):
        d, m, y = group(match, "ad", "bd"), group(match, "am", "bm"), group(match, "ay", "by")
        if d and m and y and m.isdigit() and not (1900 <= int(y) <= 2100 and 1 <= int(m) <= 12 and 1 <= int(d) <= 31):
            # ngày 32/1/2026 after a cue is a date typed wrong (DT102); without one, a number
            return (1900 <= int(y) <= 2100 and typed_as_a_date(int(d), int(m))
                    and bool(ctx["strong_before"].search(before)))
    if name == "day_range":
        d1, d2, m = int(match.group("d1")), int(match.group("ad")), int(match.group("am"))
        if not (R.possible_day_month(d1, m) and R.possible_day_month(d2, m) and d1 < d2):
            return False
        if re.match(r"(?:từ|các|ngày)(?!\w)", match.group(), FLAGS):
            return True  # từ ngày 7 đến 8/10, các ngày 7 và 8/10
        if match.group("as") != "/":
            return cued(match, text, before)  # đội hình 3-4-3, a set 6-7-8: dashes alone join any numbers
        return not counted(match, text, before)  # 4 và 5/10 phường: counts of a total, not days
    if name == "overnight":  # the morning is the night's next day
        d1, d2, m = int(match.group("d1")), int(match.group("ad")), int(match.group("am"))
        return R.possible_day_month(d2, m) and d2 == d1 + 1
    if name == "from_to":  # từ 1/3 đến 2/3 diện tích: fractions
        return R.possible_day_month(int(match.group("ad")), int(match.group("am"))) and R.possible_day_month(
            int(match.group("bd")), int(match.group("bm"))) and not counted(match, text, before)
    if name == "solar_holiday":
        if match.group("d"):
            return R.possible_day_month(int(match.group("d")), int(match.group("m")))
        following = re.match(r"\s+(?:nước\s+|của\s+)?(\w)", text[match.end(): match.end() + 40])
        if following and following.group(1).isupper():
            return False  # Quốc khánh Lào: another country's
        # the day itself (dịp Giáng sinh, đón Tết Dương lịch, Noel năm nay), not its songs or its mood
        return bool(group(match, "y", "y3", "yw") or HOLIDAY_CUE.search(before))
    if name == "bare_year_range":
        first, last = int(match.group("y1")), int(match.group("y2"))
        return first < last <= first + MAX_YEAR_RANGE and not ctx["not_before"].search(before)
    if name == "date_range":
        if not dashed_range_is_plausible(match):
            return False
        if match.group("ay") or match.group("by") or match.group().lower().startswith("ngày"):
            return True
        if counted(match, text, before):
            return False  # 1/3 - 2/3 diện tích: fractions, not dates
        return cued(match, text, before) or bool(match.group("yw"))
    if name in ("month",):
        word = match.group("m")
        if not word.isdigit() and not word[0].isupper():
            return False  # tháng năm (months and years), hàng tháng…
        if word.isdigit() and not 1 <= int(word) <= 12:
            return False
        if re.search(r"(?:\d|mỗi|hàng|từng|các|những|mấy|vài)\s*$", before, FLAGS):
            return False
    if name == "month_year":
        month = month_of(match.group("m"))
        return month is not None and 1 <= month <= 12
    if name == "month_range":
        first, last = month_of(match.group("m1")), month_of(match.group("m2") or match.group("m2n"))
        if first is None or last is None or not (1 <= first <= 12 and 1 <= last <= 12):
            return False
        if match.group("y1") and match.group("y"):  # từ tháng 3/2020 đến tháng 12/2021: in order
            return (int(match.group("y1")), first) < (int(match.group("y")), last)
        return first != last
    if name == "season":
        return season_years(match) is not None
    if name == "weekday_relative" and not match.group("wk").lower().startswith("tuần"):
        # thứ Hai tới, Chủ nhật này: a weekday's name, not an ordinal (lần thứ hai tới Việt Nam)
        day = match.group("wd")
        if not day.lower().startswith("thứ"):
            return True  # Chủ nhật, CN, T2: only ever a day
        name = day.split()[-1]
        return name[0].isupper() or name.isdigit() or bool(ctx["strong_before"].search(before))
    if name in ("weekday_day_month", "weekday_long_day"):
        if group(match, "t1h", "t1h2") and not time_is_plausible(match, "t1"):
            return False
        if not weekday_is_a_day(match, before):
            return False  # lần thứ hai 25/1: an ordinal before a date
    if name in ("weekday_day_month", "date_weekday", "short_year_date"):
        return R.possible_day_month(int(match.group("ad")), int(match.group("am")))
    if name == "weekday_long_day":
        month = month_of(match.group("bm"))
        return month is not None and R.possible_day_month(int(match.group("bd")), month)
    if name == "time":
        if not group(match, "t1pod") and (DURATION_BEFORE.search(before) or DURATION_AFTER.match(text, match.end())):
            return False  # trong 24 giờ tới, sau 2 giờ, 48 giờ qua: hours counted, not a time of day
        if not time_is_plausible(match, "t1"):
            return False
        if re.match(r"\s*(?:đến|tới)", match.group(), FLAGS) and re.search(r"(?<!\w)từ\s+\d{1,2}\s*$", before, FLAGS):
            return False  # mất từ 5 đến 7 giờ: hours counted (a span of the day is hour_span's)
        if re.match(r"\s*(?:lúc|vào|hồi|từ|đến)", match.group(), FLAGS) or ":" in match.group():
            return True
        if group(match, "t1mi", "t1half", "t1to", "t1pod"):
            return True  # 7 giờ 30, 7h30, 7 giờ rưỡi, 3 giờ sáng: a time of day
        # a bare "7 giờ" is a time where it opens a clause
        # (7 giờ, đoàn xuất phát; Khoảng 7 giờ, …) or after trước, "before" a time of day (nộp trước 17h);
        # elsewhere it counts hours (ngủ 7 giờ một ngày, mở cửa 24 giờ, đi bộ 6 giờ mới tới bản)
        return bool(re.search(r"\bgiờ|\dh$", match.group(), FLAGS)) and bool(
            CLAUSE_OPENING.search(before) or BEFORE_A_TIME.search(before))
    if name in ("time_date",):
        return time_is_plausible(match, "t1")
    if name == "time_range_date":
        return ((time_is_plausible(match, "t1") or bare_first_hour(match) is not None) and time_is_plausible(match, "t2")
                and R.possible_day_month(int(match.group("ad")), int(match.group("am"))))
    if name == "time_range":
        # từ 10h đến 22h; 7-8 giờ (a count of hours) and 3-4 giờ sau are not spans of the day
        spelled = re.search(r"\d[gh]|:|giờ\s*\d|từ", match.group(), FLAGS)
        return (time_is_plausible(match, "t1") and time_is_plausible(match, "t2") and bool(spelled)
                and not DURATION_AFTER.match(text, match.end()) and not DURATION_BEFORE.search(before))
    if name == "hour_span":
        # từ 7 đến 9 giờ sáng, or opening a clause (Từ 5 đến 7 giờ, đường ùn tắc); not hours counted
        # (mất từ 5 đến 7 giờ, chờ từ 3 đến 4 giờ)
        return (time_is_plausible(match, "t2") and bare_first_hour(match) is not None
                and not DURATION_AFTER.match(text, match.end())
                and bool(group(match, "t2pod", "t2mi", "t2mi2", "t2half") or CLAUSE_OPENING.search(before)
                         or re.search(r"(?<!\w)(?:vào|lúc|khung\s+giờ)\s*$", before, FLAGS)))
    if name == "long_day_range":
        month, first, last = long_range_days(match)
        lunar = lunar_day_range(match)
        if month is None or not 1 <= month <= 12 or not 1 <= first < last <= 30 or not (
                lunar or R.possible_day_month(last, month)):
            return False  # settled before overlaps: "30 đến 31 tháng 2" leaves 31 tháng 2 to DT102
        if counted(match, text, before):
            return False  # từ 3 đến 5 tháng 10 người: counts
        written_cue = match.group("from") or re.match(r"(?:các\s+)?ngày", match.group(), FLAGS)
        return bool(lunar or written_cue or cued(match, text, before))
    if name == "lunar_eve_day":  # tối 30 Tết, or opening a sentence; not trải qua 25 Tết (a count)
        return bool(LUNAR_EVE_CUE.search(before))
    if name == "count_relative" and not (match.group("dir") or match.group("ago")):
        return False  # 3 ngày, 2 tuần: a duration, not a day counted from the reference
    if name == "count_relative" and (match.group("dir") or "").lower() == "tới":
        # trong 3 ngày tới (the coming three days), not đi 3 ngày tới Huế (three days' travel to Huế)
        return bool(re.search(r"(?<!\w)(?:trong|vào)\s*$", before, FLAGS)) or not re.match(
            r"[^\S\n]+[^\W\d_]", text[match.end(): match.end() + 3]) or text[match.end():].lstrip().lower().startswith("đây")
    if name == "relative":
        # "năm nay", "năm trước" right after a number belong to the number: 3 năm trước (on the
        # same line: a dateline's year above "Hôm qua (20/1)" is no count)
        if ctx["counted_before"].search(before) or re.search(r"(?<!\w)(?:thứ|chủ)\s+$", before, FLAGS):
            return False  # nor is "Năm tới" in "thứ Năm tới" next year, nor "tuần sau" in "Hai tuần sau"
    return True


LUNAR_EVE_CUE = re.compile(r"(?:(?<!\w)(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|từ|đến|vào)\s+|^\s*|[.!?:;]\s+|\n\s*)$", re.I)


def weekday_is_a_day(match: re.Match, before: str) -> bool:
    """A weekday before a date is a day unless it may be an ordinal: ``thứ hai`` all in lower case
    with nothing but a space before the date and no word of time before it (``lần thứ hai 25/1``
    is the second time; ``vào thứ hai 25/1``, ``thứ hai, 25/1``, ``thứ Hai 25/1`` are Mondays)."""
    day = match.group("wd")
    if not day.startswith("thứ") or day.split()[-1].isdigit() or not day.islower() or group(match, "t1h", "t1h2"):
        return True  # a day's name, or a time of that day before it (8 giờ sáng thứ sáu 27/11)
    joined = match.group()[match.end("wd") - match.start():]
    ctx = context_patterns()
    return bool(re.match(r"\s?[,(]|\s+ngày(?!\w)", joined, FLAGS) or ctx["cue_before"].search(before)
                or ctx["strong_before"].search(before))


def counted(match: re.Match, text: str, before: str) -> bool:
    """A counted noun follows the number pair (14/11 tuyến đường, 2/3 diện tích) and no strong
    date word precedes it: a count or a fraction, not a date."""
    ctx = context_patterns()
    after = text[match.end(): match.end() + 20]
    return bool(ctx["count_after"].search(after)) and not ctx["strong_before"].search(before)


def cued(match: re.Match, text: str, before: str) -> bool:
    """A word of time before the number pair (ngày, sáng, từ, a weekday…) or after it (năm nay, tới)."""
    ctx = context_patterns()
    return bool(ctx["cue_before"].search(before) or ctx["cue_after"].search(text[match.end(): match.end() + 20]))


CLAUSE_OPENING = re.compile(r"(?:^|[.!?;:,(\n\-–])[^\S\n]*(?:(?:khoảng|chừng|tầm|đúng|vào\s+khoảng)[^\S\n]+)?$", re.I)
BEFORE_A_TIME = re.compile(r"(?<!\w)trước\s*$", re.I)  # hours counted come before it: 2 giờ trước
DURATION_BEFORE = re.compile(r"(?<!\w)(?:trong|sau|mất|suốt|vòng|cả|mỗi|chỉ|kéo dài)\s*$", re.I)
DURATION_AFTER = re.compile(r"\s+(?:tới|qua|nữa|liên tục|liền|đồng hồ|trước|sau|mỗi|một lần|làm việc)(?!\w)", re.I)
HOLIDAY_CUE = re.compile(r"(?<!\w)(?:dịp|nhân|ngày|đêm|lễ|mừng|đón|trước|sau|vào|nghỉ|đến|từ|tới|chào)\s*$", re.I)
MAX_YEAR_RANGE = 100  # 2021-2030 is a period, (1945-2025) an anniversary's span
LIST_REACH = 200  # characters before a day/month searched for the list it ends


def listed_after_a_cue(text: str, start: int) -> bool:
    """A day/month in a list whose first day has a cue: ``Các ngày 8/6, 15/6 và 22/6``,
    ``Lịch thi đấu: 8/6, 15/6, 22/6``."""
    ctx = context_patterns()
    window = text[max(0, start - LIST_REACH): start]
    listed = ctx["list_before"].search(window)
    return bool(listed) and bool(ctx["cue_before"].search(window[max(0, listed.start() - 30): listed.start()]))


def dashed_range_is_plausible(match: re.Match) -> bool:
    """Two dates joined by a dash are a range when both are written alike (30/4 - 1/5, not 30/4 - 1.5),
    both exist and the second follows the first (or, without years, follows it across New Year:
    30/12 - 2/1); otherwise the dash joins something else (fractions, scores, codes)."""
    if match.group("as") not in "/." or match.group("bs") != match.group("as"):
        return False
    (d1, m1), (d2, m2) = (int(match.group("ad")), int(match.group("am"))), (int(match.group("bd")), int(match.group("bm")))
    if not (R.possible_day_month(d1, m1) and R.possible_day_month(d2, m2)):
        return False
    y1, y2 = match.group("ay"), match.group("by")
    if y1 and y2:
        return (int(y1), m1, d1) < (int(y2), m2, d2)
    return (m1, d1) < (m2, d2) or (m1 == 12 and m2 == 1 and not y1)


def time_is_plausible(match: re.Match, p: str) -> bool:
    hour = group(match, f"{p}h", f"{p}h2")
    minute = group(match, f"{p}mi", f"{p}mi2")
    return hour is not None and int(hour) <= 24 and (minute is None or int(minute) < 60)


def clock(match: re.Match, p: str) -> tuple[int, int] | None:
    hour = group(match, f"{p}h", f"{p}h2")
    if hour is None:
        return None
    minute = int(group(match, f"{p}mi", f"{p}mi2") or 0)
    hour = int(hour)
    if group(match, f"{p}half"):
        minute = 30  # 7 giờ rưỡi: half past seven
    elif (before := group(match, f"{p}to")) and 0 < int(before) < 60:
        hour, minute = (hour - 1) % 24, 60 - int(before)  # 7 giờ kém 15: a quarter to seven, 6:45
    part = (group(match, f"{p}pod", f"{p}pod2") or "").lower()  # 8 giờ tối 27/11: the part of the day before the date
    if part in ("chiều", "tối") and hour < 12:
        hour += 12
    elif part == "đêm" and 6 <= hour < 12:
        hour += 12
    elif part == "trưa" and hour < 6:
        hour += 12
    meridiem = (group(match, f"{p}ap") or " ")[0].lower()  # 10:15 PM, as some sites print it
    if meridiem == "p" and hour < 12:
        hour += 12
    elif meridiem == "a" and hour == 12:
        hour = 0
    return (0 if hour == 24 else hour), minute


class Resolver:
    """Turns chosen candidates into mentions, remembering explicit years per sentence."""

    def __init__(self, text: str, reference: dt.date | None) -> None:
        self.text = text
        self.reference = reference
        self.sentence_years: dict[int, int] = {}

    def sentence(self, start: int, end: int) -> tuple[int, int, str]:
        s, e = sentence_bounds(self.text, start, end)
        return s, e, self.text[s:e]

    def cues(self, start: int, end: int) -> tuple[bool, bool]:
        s, e, sentence = self.sentence(start, end)
        vocab = vocabulary()["cues"]
        words = [w for w in vocab["future"] if w != "tới"]
        after = self.text[end: end + 12]
        future = has_word(sentence, words) or bool(re.match(r"\s*(?:tới|sắp tới|tới đây)(?!\w)", after, FLAGS))
        past = has_word(sentence, [w for w in vocab["past"] if w != "vừa"]) or told_just_now(sentence)
        return future, past

    def carried_year(self, start: int) -> int | None:
        s, _, _ = self.sentence(start, start)
        return self.sentence_years.get(s)

    def remember_year(self, start: int, year: int) -> None:
        s, _, _ = self.sentence(start, start)
        self.sentence_years[s] = year

    def period_year(self, m: re.Match, mention: Mention, bounds) -> int | None:
        """The year of a quarter or part of a year: written (and remembered for the sentence),
        carried from the sentence, or as R.period_occurrence finds it from the period's
        ``bounds(year)`` and the sentence's tense."""
        written = group(m, "y", "y2")
        if written:
            year = int(written)
            self.remember_year(mention.start, year)
            return year
        mention.year_inferred = True
        carried = self.carried_year(mention.start)
        if carried is not None or self.reference is None:
            return carried
        future, past = self.cues(mention.start, mention.end)
        return R.period_occurrence(bounds, self.reference, future, past)

    def day_without_year(self, m: re.Match, day: int, month: int, start: int, end: int) -> tuple[dt.date | None, bool]:
        """(date, year_inferred) for a day/month written without a year: in the year a year word
        after it names (``1/5 năm nay``, group ``yw``), else as resolve_day_month finds it."""
        offset = year_word_offset(group(m, "yw"))
        if offset is not None and self.reference is not None and R.valid_day(self.reference.year + offset, month, day):
            return dt.date(self.reference.year + offset, month, day), True
        return self.resolve_day_month(day, month, start, end)

    def resolve_day_month(self, day: int, month: int, start: int, end: int) -> tuple[dt.date | None, bool]:
        """(date, year_inferred) for a day/month without a written year."""
        carried = self.carried_year(start)
        if carried and R.valid_day(carried, month, day):
            return dt.date(carried, month, day), True
        if self.reference is None:
            return None, True
        future, past = self.cues(start, end)
        return R.occurrence(day, month, self.reference, future, past), True


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
    return builder(m, mention, resolver)


WRITTEN_DATES = ("long_date", "day_month", "full_date")
TITLED_MONTH = re.compile(r"\bTháng\b")  # capitalised inside a name: 30 Tháng 4, 2 Tháng 9
PLACE_CLAUSE_END = re.compile(r"[.;:!?()\[\]\n\"“”]")
LIST_JOINS = re.compile(r",\s*|\s+(?:và|hoặc)\s+")


def names_a_place(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, capitalised, names a place: it follows a place noun and the capitalised
    words after it (``đường``, ``Quảng trường``, ``Trường THPT``), or stands in a list of such
    names (``các tuyến đường Nguyễn Thị Minh Khai, Cách Mạng Tháng Tám, Võ Văn Kiệt``: another
    name after it, or two before it; ``Tại Quảng trường Ba Đình, ngày 2 Tháng 9`` is a date)."""
    if not capitalised(text[start:end]):
        return False
    before = PLACE_CLAUSE_END.split(text[max(0, start - 240): start])[-1]
    items = LIST_JOINS.split(before)
    last = items.pop()
    if last.strip():
        return ends_with_place_head(last)
    join = LIST_JOINS.match(text, end)
    listed_after = join is not None and capitalised(text[join.end(): join.end() + 1])
    for names_before, item in enumerate(reversed(items)):
        if ends_with_place_head(item):
            return listed_after or names_before >= 1
        if not item.strip() or not all(capitalised(word) for word in item.split()):
            return False  # a list of something other than names
    return False


def ends_with_place_head(item: str) -> bool:
    """``item`` ends with a place noun, maybe followed by capitalised words (Trường THPT, đường Võ Văn Kiệt)."""
    words = item.split()
    lower = [word.lower() for word in words]
    nouns = place_nouns()
    for cut in range(len(words), -1, -1):
        if cut < len(words) and not capitalised(words[cut]):
            return False
        if any(tuple(lower[cut - size: cut]) in nouns for size in (1, 2, 3) if cut >= size):
            return True
    return False


def capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(noun.split()) for noun in vocabulary()["cues"]["place_nouns"])


def day_value(date: dt.date | None, time: tuple[int, int] | None = None) -> str | None:
    if date is None:
        return None
    return date.isoformat() + (f"T{time[0]:02d}:{time[1]:02d}" if time else "")


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
    return mention


def numeric_parts(m: re.Match, p: str) -> tuple[int, int, int | None, str] | None:
    d, mo = group(m, f"{p}d"), group(m, f"{p}m")
    if d is None or mo is None:
        return None
    month = month_of(mo)
    y = group(m, f"{p}y")
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
    written_year = next((f"{p}{g}" for g in ("y", "y2") if group(m, f"{p}{g}")), None)
    core_end = m.end(written_year) if written_year else m.end(f"{p}m")
    return {"d": d, "m": month, "y": year, "sep": separator, "core": (m.start(f"{p}d"), core_end), "day": day}


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
        r.remember_year(mention.start, year)
    else:
        if not R.possible_day_month(day, month):
            mention.numeric["impossible"] = True
            return mention
        date, mention.year_inferred = r.day_without_year(m, day, month, mention.start, mention.end)
        if date is None:
            mention.kind = "partial"
    time = clock(m, "t2") or clock(m, "t1")
    mention.day = mention.numeric["day"] = date
    mention.value = day_value(date, time)
    weekday = group(m, "wd")
    if weekday:
        mention.weekday = weekday_of(weekday)
        at_line_start = r.text.rfind("\n", 0, mention.start) + 1
        lead = r.text[at_line_start: mention.start]
        weekday_first = m.start("wd") < m.start(f"{prefix}d")  # Thứ Năm, 21/1/2021; not 5/10/2024 (thứ Bảy)
        if weekday_first and year is not None and (
                len(lead) <= 20 and "," not in lead or is_place_dateline(r.text, mention.start, mention.end)):
            mention.kind = "dateline"
        if date is not None and mention.weekday is not None:
            mention.weekday_mismatch = date.isoweekday() != mention.weekday
    elif year is not None and is_place_dateline(r.text, mention.start, mention.end):
        mention.kind = "dateline"
    month_name = group(m, "am", "bm")
    if month_name and not month_name.isdigit() and month_name.lower() in vocabulary()["lunar_month_names"]:
        return build_lunar_date(day, month, year, mention, r)
    return mention


PLACE_BEFORE_DATE = re.compile(
    r"(?:[A-ZĐÀ-Ỹ][^\W\d_]*(?:[ .][^\W\d_]+){0,4}\.?, (?:[Nn]gày )?"  # Hà Nội, ngày
    r"|(?i:cập nhật|ngày cập nhật|ngày đăng|đăng lúc|đăng ngày|đăng|ngày xuất bản|xuất bản|thời gian)(?i: lúc)?:? ?"  # Cập nhật:
    r")?(?:\d{1,2}[:hg]\d{2} ?(?:[-–|,] ?)?)?"  # 08:30 | 16/09/2024
)
TIME_AFTER_DATE = re.compile(
    r"\s*(?:[-–|,]\s*)?(?:\d{1,2}[:hg]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?\s*)?)?(?:\(?GMT\s*[+-]\s*\d{1,2}\)?)?\s*\.?\s*")


def is_place_dateline(text: str, start: int, end: int) -> bool:
    """The date is a line of its own, after a place name, a publication label or alone, with at
    most a time before or after it: ``Hà Nội, ngày 18/1/2024``, ``TP.HCM, 2/3/2024``,
    ``04/11/2024 10:15 GMT+7``, ``Cập nhật: 16/09/2024 08:30``, ``08:30 | 16/09/2024`` (the datelines
    of official documents and of news sites that print no weekday)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[end: len(text) if line_end < 0 else line_end].rstrip("\r")
    return TIME_AFTER_DATE.fullmatch(rest) is not None and PLACE_BEFORE_DATE.fullmatch(text[line_start:start]) is not None


def build_time(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    time = clock(m, "t1")
    if time is None:
        return None
    lead = re.match(r"\s*(?:lúc|vào|hồi|từ|đến)?\s*", mention.text, FLAGS)
    offset = lead.end() if lead else 0
    mention.start += offset
    mention.text = mention.text[offset:]
    mention.kind, mention.value = "time", f"T{time[0]:02d}:{time[1]:02d}"
    return mention


def build_time_range(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``từ 10h đến 22h``: a span of the day, as an interval of two times."""
    start, end = clock(m, "t1"), clock(m, "t2")
    if start is None or end is None:
        return None
    mention.kind, mention.value = "time", f"T{start[0]:02d}:{start[1]:02d}/T{end[0]:02d}:{end[1]:02d}"
    return mention


def build_hour_span(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``từ 7 đến 9 giờ sáng``: the second time's part of the day holds for the first hour too."""
    start, end = bare_first_hour(m), clock(m, "t2")
    if start is None or end is None:
        return None
    mention.kind, mention.value = "time", f"T{start[0]:02d}:00/T{end[0]:02d}:{end[1]:02d}"
    return mention


def bare_first_hour(m: re.Match) -> tuple[int, int] | None:
    """The first hour of ``từ 7 đến 9 giờ tối`` (19:00), written without its unit: the second
    time's part of the day shifts it too; None when there is none or it does not come first."""
    first, end, last = group(m, "t1h", "t1bare"), clock(m, "t2"), group(m, "t2h", "t2h2")
    if first is None or end is None or last is None or not int(first) < int(last):
        return None
    return (int(first) + end[0] - int(last)) % 24, 0


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
    last = date + dt.timedelta(days=1) if date and end < start else date  # 22h - 5h: into the next morning
    mention.day, mention.end_day = date, last
    mention.value = f"{day_value(date, start)}/{day_value(last, end)}" if date else None
    return mention


def build_day_range(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    first = int(m.group("d1"))
    last, month = int(m.group("ad")), int(m.group("am"))
    year = int(m.group("ay")) if m.group("ay") else None
    mention.kind = "range"
    first_day = {"d": first, "m": None, "y": None, "sep": "day", "core": m.span("d1"), "day": None}
    mention.endpoints = (first_day, as_written(m, "a"))
    if year is not None:
        if not (R.valid_day(year, month, first) and R.valid_day(year, month, last)):
            return None
        start_day, end_day = dt.date(year, month, first), dt.date(year, month, last)
        r.remember_year(mention.start, year)
    else:
        end_day, mention.year_inferred = r.resolve_day_month(last, month, mention.start, mention.end)
        if end_day is None:
            mention.value = None
            return mention
        if not R.valid_day(end_day.year, month, first):
            return None
        start_day = dt.date(end_day.year, month, first)
    mention.day, mention.end_day = start_day, end_day
    mention.value = f"{start_day.isoformat()}/{end_day.isoformat()}"
    mention.endpoints[0]["day"], mention.endpoints[1]["day"] = start_day, end_day
    return mention


def lunar_day_range(m: re.Match) -> bool:
    """The days are lunar: âm lịch, mùng, rằm, a named year or a lunar month's name (Giêng, Chạp)."""
    return bool(m.group("al") or m.group("mung") or m.group("full") or group(m, "stem")
                or m.group("m").lower() in vocabulary()["lunar_month_names"])


def long_range_days(m: re.Match) -> tuple[int | None, int, int]:
    """(month, first day, last day) of a day range in words; rằm is the 15th."""
    return month_of(m.group("m")), int(m.group("d1")), 15 if m.group("full") else int(m.group("d2"))


def build_long_day_range(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``từ ngày 12 đến 14 tháng 11``; lunar with âm lịch, mùng, rằm, a lunar month's name or a
    named year (``từ mùng 6 đến mùng 8 tháng Tư âm lịch``, ``từ mùng 6 đến rằm tháng Giêng``)."""
    month, first, last = long_range_days(m)
    mention.kind = "range"
    if lunar_day_range(m):
        named, year = written_lunar_year(m, mention, r)
        if not named:
            return None
        end = lunar_day_in(last, month, year or r.carried_year(mention.start), mention, r)
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
    mention.day, mention.end_day = start, end
    mention.value = f"{start.isoformat()}/{end.isoformat()}"
    return mention


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
        starts_soon = R.occurrence(d1, m1, r.reference, future, past) >= r.reference
        if future or starts_soon:
            start_day = R.occurrence(d1, m1, r.reference, True)
            end_day = R.next_on_or_after(d2, m2, start_day)
        else:
            end_day = R.occurrence(d2, m2, r.reference, False, past)
            start_day = R.last_on_or_before(d1, m1, end_day)
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
    year = group(m, "y", "y3")
    mention.kind = "date"
    if year:
        if not R.valid_day(int(year), month, day):
            return None
        mention.day = dt.date(int(year), month, day)
        r.remember_year(mention.start, int(year))
    else:
        mention.day, mention.year_inferred = r.day_without_year(m, day, month, mention.start, mention.end)
    mention.value = day_value(mention.day)
    return mention


def build_named_event(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """A historical event named by its month or date (Cách mạng Tháng Tám: 1945-08)."""
    value = vocabulary()["named_events"][normalize_key(m.group("event"))]
    mention.kind = "date" if value.count("-") == 2 else "period"
    mention.value = value
    return mention


MAX_YEAR_SPAN = 150


def build_year_range(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if not 0 < y2 - y1 <= MAX_YEAR_SPAN:
        return None  # 2000 - 2500 m: quantities, not years
    label_end = 0 if (group(m, "label") or "").lower().startswith("từ") else m.start("y1") - m.start()
    return years_period(mention, label_end, y1, y2)


def years_period(mention: Mention, label_end: int, first: int, last: int) -> Mention:
    """The period ``first/last``, its span starting after a label (``nhiệm kỳ``, ``mùa giải``)."""
    mention.start += label_end
    mention.text = mention.text[label_end:]
    mention.kind, mention.value = "period", f"{first}/{last}"
    return mention


def season_years(m: re.Match) -> tuple[int, int] | None:
    """``2025/26`` → (2025, 2026): the next year in two digits, or in four a later year."""
    y1, written = int(m.group("y1")), m.group("y2")
    y2 = y1 - y1 % 100 + int(written) if len(written) == 2 else int(written)
    if y2 != y1 + 1 and not (len(written) == 4 and y1 < y2 <= y1 + MAX_YEAR_RANGE):
        return None
    return y1, y2


def build_season(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``mùa giải 2025/26``: a season from one year into the next, the second year maybe in two digits."""
    y1, y2 = season_years(m)
    return years_period(mention, m.start("y1") - m.start(), y1, y2)


def build_month_range(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``tháng 11-12``, ``từ tháng 3 đến tháng 5/2027``, ``từ tháng 3/2020 đến tháng 12/2021``: months in
    order, the second maybe in the next year."""
    first, last = month_of(m.group("m1")), month_of(m.group("m2") or m.group("m2n"))
    mention.kind = "range"
    if m.group("y1"):  # từ tháng 3/2020 đến tháng 12/2021 · từ tháng 10/2025 đến tháng 2
        first_year = int(m.group("y1"))
        last_year = int(m.group("y")) if m.group("y") else first_year + (first > last)
        mention.explicit_year = True
        r.remember_year(mention.start, last_year)
    elif m.group("y"):
        last_year = int(m.group("y"))
        first_year = last_year - (first > last)
        mention.explicit_year = True
        r.remember_year(mention.start, last_year)
    else:
        mention.year_inferred = True
        first_year = month_year(m, mention, r, first)
        last_year = first_year + (first > last) if first_year else None
    if first_year is None:
        return mention
    mention.value = f"{first_year}-{first:02d}/{last_year}-{last:02d}"
    return mention


def build_month_year(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    month, year = month_of(m.group("m")), int(m.group("y"))
    mention.kind, mention.value = "period", f"{year}-{month:02d}"
    mention.explicit_year = True
    r.remember_year(mention.start, year)
    return mention


def build_month(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    month = month_of(m.group("m"))
    if month is None:
        return None
    mention.kind, mention.year_inferred = "period", True
    year = month_year(m, mention, r, month)
    mention.value = f"{year}-{month:02d}" if year else None
    return mention


def month_year(m: re.Match, mention: Mention, r: Resolver, month: int) -> int | None:
    """The year of a month written without one: a year word's (tháng 3 năm nay), the sentence's,
    else the publication year's month, last year's when it lies well ahead or the sentence is in
    the past, next year's when a future cue says so and it has passed."""
    offset = year_word_offset(group(m, "yw"))
    if offset is not None:  # tháng 10 năm nay, tháng 3 năm sau
        return r.reference.year + offset if r.reference is not None else None
    carried = r.carried_year(mention.start)
    if carried:
        return carried
    if r.reference is None:
        return None
    future, past = r.cues(mention.start, mention.end)
    year = r.reference.year
    if future and month < r.reference.month:
        year += 1
    elif not future and month > r.reference.month and R.DAYS_AHEAD_EVEN_IN_THE_PAST < (
            ahead := (dt.date(year, month, 1) - r.reference).days) and (past or ahead > R.NEAR_FUTURE_DAYS):
        year -= 1  # a month well ahead of the reference, or in a past-tense sentence: last year's;
        # but the month about to begin is the coming one whatever the tense, as a day is (occurrence)
    return year


def build_decade(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``thập niên 1990``, ``những năm 80`` (the 1980s: two digits from 30 up), ``thế kỷ XX`` (1901–2000)."""
    mention.kind = "period"
    if m.group("c"):
        written = m.group("c")
        century = int(written) if written.isdigit() else roman_number(written)
        if not century or not 1 <= century <= 21:
            return None
        mention.value = f"{(century - 1) * 100 + 1:04d}/{century * 100:04d}"
        return mention
    decade = int(m.group("dec"))
    if decade < 100:
        if decade < 30:
            return None  # thập niên 20: the 1920s or the 2020s
        decade += 1900
    mention.value = f"{decade}/{decade + 9}"
    return mention


def roman_number(text: str) -> int | None:
    values = {"i": 1, "v": 5, "x": 10, "l": 50}
    total, previous = 0, 0
    for letter in reversed(text.lower()):
        value = values.get(letter)
        if value is None:
            return None
        total, previous = (total - value, previous) if value < previous else (total + value, value)
    return total


def build_quarter(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    quarter = ROMAN.get(m.group("q").lower()) or int(m.group("q"))
    mention.kind = "period"
    year = r.period_year(m, mention, lambda year: (
        R.month_bounds(year, quarter * 3 - 2)[0], R.month_bounds(year, quarter * 3)[1]))
    mention.value = f"{year}-Q{quarter}" if year else None
    return mention


def build_part_of_year(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``6 tháng đầu năm``, ``3 tháng cuối năm 2024``, ``nửa đầu năm 2024`` (half a year: six months),
    ``11 tháng năm 2026``, ``10 tháng năm nay`` (the year's first months, as year-to-date figures say)."""
    months = 6 if group(m, "half") else number_of(m.group("n"))
    if not months or not 1 <= months <= 12:
        return None
    mention.kind = "period"
    first_month = 13 - months if (group(m, "pos") or "đầu").lower() in ("cuối", "sau") else 1
    year_word = group(m, "yw", "yw2")
    offset = year_word_offset(f"năm {year_word}") if year_word else None  # nửa cuối năm nay
    if offset is not None:
        mention.year_inferred = True
        year = r.reference.year + offset if r.reference is not None else None
    else:
        year = r.period_year(m, mention, lambda year: (
            dt.date(year, first_month, 1), R.month_bounds(year, first_month + months - 1)[1]))
    if year is None:
        return mention
    first = dt.date(year, first_month, 1)
    last = R.month_bounds(year, first_month + months - 1)[1]
    mention.value = f"{first.isoformat()}/{last.isoformat()}"
    return mention


def build_year(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    year = int(m.group("y"))
    r.remember_year(mention.start, year)
    mention.kind, mention.value, mention.explicit_year = "period", str(year), True
    return mention


def glossed_day(m: re.Match, mention: Mention, r: Resolver, offset: int | None) -> bool:
    """A relative word glossed with its date (``Hôm qua (20/1)``, ``5h sáng nay (17/11)``): the date
    is the day meant (``mention.day``); one other than the day the word names (``offset`` days from
    the reference, None: no one day) is kept as ``named_day``, stale word or date. False: no
    usable gloss."""
    gloss = numeric_parts(m, "g")
    if not gloss or r.reference is None or not R.possible_day_month(gloss[0], gloss[1]):
        return False
    mention.day, _ = r.resolve_day_month(gloss[0], gloss[1], mention.start, mention.end)
    named = r.reference + dt.timedelta(days=offset) if offset is not None else None
    if named is not None and mention.day is not None and named != mention.day:
        mention.named_day = named  # Hôm qua (20/1) in an article of 22/1: the word or the date is stale
    return True


def build_relative(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    mention.kind = "relative"
    unit, offset = vocabulary()["relative"][" ".join(m.group("rel").lower().split())]
    if glossed_day(m, mention, r, offset if unit == "day" else None):
        mention.value = day_value(mention.day)
        return mention
    mention.value = relative_value(unit, offset, r.reference, mention)
    if unit == "year" and mention.value is not None and r.carried_year(mention.start) is None:
        r.remember_year(mention.start, int(mention.value))  # Năm nay, Tết rơi vào ngày 17/2: this year's
    return mention


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


def relative_value(unit: str, offset: int, reference: dt.date | None, mention: Mention) -> str | None:
    if reference is None:
        return None
    if unit == "day":
        mention.day = reference + dt.timedelta(days=offset)
        return mention.day.isoformat()
    if unit in ("past_week", "past_weekend"):  # tuần qua: the working week now over, else the one before
        over = reference.weekday() >= (WORKING_WEEK_OVER if unit == "past_week" else WEEKEND_BEGUN)
        unit, offset = unit.removeprefix("past_"), 0 if over else -1
    if unit in ("week", "weekend"):
        monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=offset)
        first, last = (monday, monday + dt.timedelta(days=6)) if unit == "week" else (
            monday + dt.timedelta(days=5), monday + dt.timedelta(days=6))
        return f"{first.isoformat()}/{last.isoformat()}"
    if unit == "month":
        year, month = R.add_months(reference.year, reference.month, offset)
        return f"{year}-{month:02d}"
    return str(reference.year + offset)


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
            offset = {"tuần trước": -1, "tuần qua": -1, "tuần này": 0, "này": 0, "tuần sau": 1, "tuần tới": 1}[week]
            monday = r.reference - dt.timedelta(days=r.reference.weekday()) + dt.timedelta(weeks=offset)
            mention.day = monday + dt.timedelta(days=weekday - 1)
        mention.value = mention.day.isoformat()
        gloss = numeric_parts(m, "g")
        if gloss and R.possible_day_month(gloss[0], gloss[1]):  # thứ Hai tuần sau (16/9)
            date, _ = r.resolve_day_month(gloss[0], gloss[1], mention.start, mention.end)
            if date is not None and date != mention.day:
                mention.named_day, mention.day, mention.value = mention.day, date, date.isoformat()
    return mention


def build_count_relative(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``3 ngày trước``: the day three days back; ``3 ngày qua``: the span from then to the reference;
    ``trong 3 ngày tới``: the three days after it; ``3 ngày nữa``: the day three days ahead (and so
    for weeks, months and years)."""
    count = number_of(m.group("n"))
    if count is None:
        return None
    unit, direction = m.group("unit").lower(), (m.group("dir") or "trước").lower()  # cách đây 2 tuần
    unit = "ngày" if unit == "hôm" else unit
    mention.kind = "relative"
    if r.reference is None:
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


def shifted(reference: dt.date, unit: str, count: int) -> str:
    """The ISO day, month or year ``count`` units from the reference (weeks count as seven days)."""
    if unit in ("ngày", "tuần"):
        return (reference + dt.timedelta(days=count * (7 if unit == "tuần" else 1))).isoformat()
    if unit == "tháng":
        year, month = R.add_months(reference.year, reference.month, count)
        return f"{year}-{month:02d}"
    return str(reference.year + count)


def lunar_day_in(day: int, month: int, year: int | None, mention: Mention, r: Resolver) -> dt.date | None:
    """The solar date of a lunar day: in ``year`` when it is known, else the occurrence nearest the
    reference (the coming one with a future cue); a year not written is noted on the mention."""
    if year is not None:
        return R.lunar_to_solar(day, month, year)
    mention.year_inferred = True
    if r.reference is None:
        return None
    future, past = r.cues(mention.start, mention.end)
    return R.lunar_occurrence(day, month, r.reference, future, past)


def written_lunar_year(m: re.Match, mention: Mention, r: Resolver) -> tuple[bool, int | None]:
    """(whether the match names a real year, the year written as a number or by its name)."""
    year = int(group(m, "y")) if group(m, "y") else None
    return named_lunar_year(m, mention, r, year) if group(m, "stem") else (True, year)


def build_lunar_date(day: int, month: int, year: int | None, mention: Mention, r: Resolver) -> Mention | None:
    """``day`` 0 is the eve of the month's first day (giao thừa, the night before Tết)."""
    mention.kind = "lunar"
    eve = day == 0
    day = max(day, 1)
    if not eve:
        mention.lunar = (day, month, year)
    date = lunar_day_in(day, month, year or sentence_year(r, mention), mention, r)
    if eve and date is not None:
        date -= dt.timedelta(days=1)
    mention.day, mention.value = date, day_value(date)
    return mention


def solar_mung(m: re.Match) -> bool:
    """``mồng 2 tháng 9``: mùng/mồng counts the first days of any month; without Tết, âm lịch
    or a lunar month's name (Giêng, Chạp) the date is solar (National Day, 2/9/1945)."""
    if group(m, "tet") or not group(m, "m") or re.search(r"âm\s+lịch", m.group(), re.I):
        return False
    return m.group("m").lower() not in vocabulary()["lunar_month_names"]


def solar_day(day: int, month: int | None, year: str | None, mention: Mention, r: Resolver) -> Mention | None:
    """A day of the solar calendar written in words (``mồng 2 tháng 9 năm 1945``)."""
    if month is None or not R.possible_day_month(day, month):
        return None
    mention.kind = "date"
    if year is not None:
        if not R.valid_day(int(year), month, day):
            return None
        date = dt.date(int(year), month, day)
        mention.explicit_year = True
        r.remember_year(mention.start, int(year))
    else:
        date, mention.year_inferred = r.resolve_day_month(day, month, mention.start, mention.end)
    mention.day, mention.value = date, day_value(date)
    return mention


def sentence_year(r: Resolver, mention: Mention) -> int | None:
    """A year the sentence writes: before the mention (carried) or right after it."""
    return r.carried_year(mention.start) or explicit_year_in_sentence(r, mention)


def explicit_year_in_sentence(r: Resolver, mention: Mention) -> int | None:
    """A year written right after a lunar date (Tết Trung thu (15/8 âm lịch) năm 2020)."""
    following = r.text[mention.end: mention.end + 12]
    found = re.match(r"\s*\)?\s*(?:năm\s+)?((?:19|20)\d{2})(?!\d)", following)
    return int(found.group(1)) if found else None


def named_lunar_year(m: re.Match, mention: Mention, r: Resolver, written: int | None) -> tuple[bool, int | None]:
    """(whether ``m``'s stem and branch name a year, the year): the ``written`` number (a name
    that contradicts it is noted for DT107), else the year so named nearest the sentence's year
    (``25/12/2025 (tức ngày 6/11 năm Ất Tỵ)``) or the reference."""
    place = years_named(m.group("stem"), m.group("branch"))
    if place is None:
        return False, None  # a stem and a branch that never name a year together
    if written is None:
        mention.year_inferred = True
        anchor = r.carried_year(mention.start) or (r.reference.year if r.reference is not None else None)
        return True, named_year_near(place, anchor) if anchor is not None else None
    if (written - YEAR_NAME_EPOCH) % 60 != place:
        mention.year_name = name_of_year(written)  # Tết Giáp Thìn 2025: 2025 is Ất Tỵ
    return True, written


def build_named_year(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``năm Giáp Thìn``: the lunar year, as the solar year it begins in (2024)."""
    named, year = named_lunar_year(m, mention, r, int(m.group("y")) if m.group("y") else None)
    if not named:
        return None
    mention.kind = "period"
    mention.value = str(year) if year is not None else None
    return mention


def build_lunar_eve_day(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``tối 30 Tết``, ``29 Tết``: a day of the last lunar month, before the Tết named or nearest;
    30 Tết in a year whose last month has 29 days is the eve, the day before Tết."""
    mention.kind = "lunar"
    named, year = written_lunar_year(m, mention, r)
    if not named:
        return None
    tet = lunar_day_in(1, 1, year, mention, r)
    if tet is None:
        return mention
    day = int(m.group("d"))
    date = R.lunar_to_solar(day, 12, R.lunar_year_of(tet) - 1)
    if date is None or date >= tet:  # lunar-vn counts 30/12 of a 29-day month into Tết itself
        date = tet - dt.timedelta(days=1) if day == 30 else None
    mention.day = date
    if date is not None:
        lunar_day, lunar_month, _ = R.solar_to_lunar(date)
        mention.lunar = (lunar_day, lunar_month, None)  # 30 Tết in a 29-day month is the 29th
        mention.value = day_value(mention.day)
    return mention


def build_lunar_month(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``tháng 3 âm lịch``, ``tháng Chạp``: the solar days of a lunar month; without a year the
    month under way or last begun (the coming one with a future cue)."""
    month = month_of(m.group("m") or m.group("ml"))
    if month is None or not 1 <= month <= 12:
        return None
    mention.kind = "lunar"
    named, year = written_lunar_year(m, mention, r)
    if not named:
        return None
    mention.explicit_year = year is not None  # written as a number or by its name (năm Bính Ngọ)
    offset = year_word_offset(group(m, "yw"))
    if year is None and offset is not None and r.reference is not None:
        year = R.lunar_year_of(r.reference) + offset  # tháng Chạp năm nay: this lunar year's
    first = lunar_day_in(1, month, year or sentence_year(r, mention), mention, r)
    if first is None:
        return mention
    lunar_year = R.lunar_year_of(first)
    following = R.lunar_to_solar(1, month + 1, lunar_year) if month < 12 else R.lunar_to_solar(1, 1, lunar_year + 1)
    if following is not None:
        mention.value = f"{first.isoformat()}/{(following - dt.timedelta(days=1)).isoformat()}"
    return mention


def build_lunar(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    if "hol" in m.re.groupindex:
        day, month = vocabulary()["lunar_holidays"][" ".join(m.group("hol").lower().split())]
        if m.group("gd") and not m.group("gl"):
            mention.solar_gloss = (int(m.group("gd")), int(m.group("gm")))
    elif "stem" in m.re.groupindex and "d" not in m.re.groupindex and "m" not in m.re.groupindex:
        day, month = 1, 1  # Tết Giáp Thìn: the first day of the named lunar year
    else:
        day = int(m.group("d")) if "d" in m.re.groupindex else 15
        word = m.group("m") if "m" in m.re.groupindex and m.group("m") else None
        month = month_of(word) if word else 1  # mùng 4 Tết: the first lunar month
        if "tet" in m.re.groupindex and solar_mung(m):
            return solar_day(day, month, group(m, "y"), mention, r)
    if month is None or not (1 <= month <= 12 and 0 <= day <= 30):
        return None
    if group(m, "y"):
        r.remember_year(mention.start, int(group(m, "y")))  # Lễ Vu Lan năm 2026 (rằm tháng 7): the same year
    named, year = written_lunar_year(m, mention, r)
    if not named:
        return None
    mention.explicit_year = year is not None  # written as a number or by its name (năm Bính Ngọ)
    offset = year_word_offset(group(m, "yw"))
    if year is None and offset is not None and r.reference is not None:
        mention.year_inferred = True
        year = r.reference.year + offset  # "Tết năm nay" in January 2021 is Tết 2021
    return build_lunar_date(day, month, year, mention, r)


BUILDERS = {
    "weekday_date": build_day,
    "weekday_day_month": build_day,
    "weekday_long_day": build_day,
    "date_weekday": build_day,
    "short_year_date": build_day,
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
    "month_year": build_month_year,
    "month": build_month,
    "quarter": build_quarter,
    "part_of_year": build_part_of_year,
    "decade": build_decade,
    "year": build_year,
    "relative": build_relative,
    "time_relative": build_time_relative,
    "weekday_relative": build_weekday_relative,
    "count_relative": build_count_relative,
    "to_date": build_to_date,
    "year_to_now": build_year_to_now,
    "to_end": build_to_end,
    "lunar_mung": build_lunar,
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
    "time": build_time,
}


def find_dates(text: str, reference: dt.date | None = None, style: str | None = None) -> list[Mention]:
    """Every date expression in ``text``, resolved against ``reference`` (None: years stay unknown).

    With a house ``style`` (see :mod:`style`), numeric and written dates get ``normalized``.
    """
    from editkit.vietnamese.dates.style import rewrite

    resolver = Resolver(text, reference)
    mentions = []
    for candidate in collect(text):
        mention = build(candidate, resolver)
        if mention is None or mention.numeric.get("impossible"):
            continue
        if mentions and glossed(text, mentions[-1], mention):
            year_from_gloss(mentions[-1], mention)
        if style and mention.kind == "dateline":
            mention.normalized = mention.text  # datelines belong to the CMS
        elif style and (written := house_forms(mention, style)) is not None:
            normalized = mention.text
            for n, formatted in reversed(written):  # from the end: earlier offsets stay valid
                core = (n["core"][0] - mention.start, n["core"][1] - mention.start)
                normalized = rewrite(normalized, core, formatted)
            mention.normalized = normalized
        mentions.append(mention)
    joined = joined_from_now(text, joined_to_now(text, joined_relative_ranges(text, mentions), reference), reference)
    return compared_with_period_told(text, told_day_references(text, joined, Mention))


# từ 22h hôm nay đến 5h sáng mai: two times on named days joined into one span
RANGE_BETWEEN = re.compile(r"[^\S\n]*(?:đến|tới|-|–)[^\S\n]*", re.I)
RANGE_FROM = re.compile(r"(?:^|(?<=\W))từ[^\S\n]+$", re.I)


def joined_relative_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    """``từ 22h hôm nay đến 5h sáng mai``: two times on days named relative to the reference, the
    second after the first, are one range (the way ``từ 22h ngày 26/11 đến 5h ngày 27/11`` is)."""
    joined: list[Mention] = []
    for mention in mentions:
        first = joined[-1] if joined else None
        if (first is not None and first.kind == mention.kind == "relative" and first.value and mention.value
                and "T" in first.value and "T" in mention.value and first.value < mention.value
                and first.named_day is None and mention.named_day is None  # a gloss that contradicts stays checked
                and RANGE_BETWEEN.fullmatch(text, first.end, mention.start)):
            opening = RANGE_FROM.search(text, max(0, first.start - 10), first.start)
            start = opening.start() if opening else first.start
            joined[-1] = Mention(start, mention.end, text[start:mention.end], "range", f"{first.value}/{mention.value}",
                                 day=first.day, end_day=mention.day)
            continue
        joined.append(mention)
    return joined


# từ năm 2020 đến nay · kể từ ngày 1/10 đến nay · từ tháng 3 cho tới hiện nay: since a day, a month or a year
SINCE_BEFORE = re.compile(r"(?:^|(?<=\W))(?:kể[^\S\n]+)?từ[^\S\n]+(?:ngày[^\S\n]+)?$", re.I)
UNTIL_NOW_AFTER = re.compile(rf"[^\S\n]*,?[^\S\n]*{UNTIL_NOW}", re.I)
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


# từ nay đến hết ngày 31/12 · từ nay cho đến cuối tháng 12 · từ giờ tới tháng 2/2027: now until a day or a month
FROM_NOW_BEFORE = re.compile(
    r"(?:^|(?<=\W))từ[^\S\n]+(?:nay|bây[^\S\n]+giờ|giờ|hôm[^\S\n]+nay)[^\S\n]*,?[^\S\n]*(?:cho[^\S\n]+)?(?:đến|tới)"
    r"[^\S\n]+(?:(?:hết|cuối)[^\S\n]+)?(?:ngày[^\S\n]+)?$", re.I)
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
    """``từ năm 2020 đến nay``, ``kể từ ngày 1/10 đến nay``: from that day, month or year to the
    reference (the way ``từ đầu năm đến nay`` is); the mention grows to cover the words around it."""
    for mention in mentions:
        if mention.kind not in ("date", "period", "lunar") or not mention.value:
            continue
        until = UNTIL_NOW_AFTER.match(text, mention.end)
        since = until and SINCE_BEFORE.search(text, max(0, mention.start - 16), mention.start)
        first = since and first_day_of(mention.value)
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
GLOSS_BETWEEN = re.compile(r"\s*(?:\(\s*(?:(?:tức|nhằm)\s+(?:là\s+)?)?|,?\s*(?:tức|nhằm)\s+(?:là\s+)?)(?:ngày\s+)?", re.I)


def glossed(text: str, first: Mention, second: Mention) -> bool:
    """The two mentions are one day in both calendars, the second a gloss of the first."""
    return bool(GLOSS_BETWEEN.fullmatch(text, first.end, second.start)) and (first.lunar is None) != (second.lunar is None)


def year_from_gloss(first: Mention, second: Mention) -> None:
    """A lunar day without a year takes its year from the solar date glossing it
    (``ngày 10/3 âm lịch (tức 18/4/2024)``): the lunar year that puts it nearest that day."""
    lunar, solar = (first, second) if first.lunar else (second, first)
    if not lunar.year_inferred or solar.year_inferred or solar.day is None or lunar.lunar is None:
        return
    day, month, _ = lunar.lunar
    around = R.lunar_year_of(solar.day)
    options = [d for d in (R.lunar_to_solar(day, month, y) for y in (around - 1, around, around + 1)) if d is not None]
    if options:
        lunar.day = min(options, key=lambda d: abs((d - solar.day).days))
        lunar.value = day_value(lunar.day)


def house_forms(mention: Mention, style: str) -> list[tuple[dict, str]] | None:
    """The numeric dates written in ``mention`` (one, or a range's two), each with its form in the
    house ``style``; None when the style has nothing to say about the mention or cannot say it
    (ISO without a year to add). Written forms (``21 tháng 1``) suit every numeric style and stay
    as written; a range is rewritten only into a numeric style (``từ 28/12 đến 03/01``, ``07-08/10``:
    ISO or ND30 would turn it into a sentence)."""
    from editkit.vietnamese.dates.style import NUMERIC, format_date

    if mention.kind in ("date", "partial") and mention.numeric:
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


def find_impossible_dates(text: str) -> list[Mention]:
    """Numeric dates with a cue or a year that cannot exist (31/4, 29/2/2021)."""
    resolver = Resolver(text, None)
    return [m for m in (build(c, resolver) for c in collect(text)) if m is not None and m.numeric.get("impossible")]
