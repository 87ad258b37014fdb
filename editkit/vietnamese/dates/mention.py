"""A date mention and the helpers every part of the finder shares: the sentence around a
mention, its cue words, a match's groups, a day's ISO value."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from editkit.vietnamese.dates.patterns import FLAGS


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
    year_word: str | None = None  # the year word (năm nay) before a name that contradicts the year it names
    named_day: dt.date | None = None  # the day a relative word names when its glossed date is another
    holiday_day: tuple[int, int] | None = None  # a holiday's own (day, month) when another is written after it
    lunar: tuple[int, int, int | None] | None = None  # a lunar day as written: (day, month, year written or named)
    solar_gloss: tuple[int, int] | None = None  # the solar day/month in brackets after a lunar holiday: Tết (17/2)
    on_day: dt.date | None = None  # a bare time's day, from a date earlier in its sentence (JSON "date")
    opens_lead: bool = False  # a dateline that opens the lead on its line: the reporter's, in house style
    listed_before: list = field(default_factory=list)  # the days listed before this one (các ngày 18 và 23/3: 18)
    year_of_a_list: bool = False  # its written year is the days' listed before it too (30/4 và 1/5 năm 2027): kept as written
    glosses: tuple = ()  # a range's ends glossed inside it in the other calendar: ((solar day, lunar Mention), …)

    def to_json(self) -> dict:
        data = {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind, "value": self.value}
        if self.year_inferred:
            data["year_inferred"] = True
        if self.weekday_mismatch:
            data["weekday_mismatch"] = True
        if self.normalized is not None:
            data["normalized"] = self.normalized
        if self.on_day is not None:
            data["date"] = self.on_day.isoformat()
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


# "so với", "so với cùng kỳ" ending the text before a period: what it names is compared with, not told of
# (tăng 15% so với năm trước; năm 2028 …, tăng 18% so với năm 2027)
COMPARED_BEFORE = re.compile(r"(?<!\w)so[^\S\n]+với[^\S\n]+(?:cùng[^\S\n]+kỳ[^\S\n]+)?$", re.I)


# vừa (just did): not the adjective vừa (mưa vừa, nhỏ và vừa, vừa phải) nor vừa … vừa (both … and)
JUST_NOW = re.compile(r"(?<!\w)(?<!mưa )(?<!và )vừa(?!\s+(?:phải|đủ|vặn|và\s+nhỏ)(?!\w))(?!\w)", re.I)
BOTH_AND = re.compile(r"(?<!\w)vừa(?!\w).*(?<!\w)vừa(?!\w)", re.I)


def told_just_now(sentence: str) -> bool:
    """``vừa`` marks the sentence as just past (``Bộ vừa ban hành``)."""
    return bool(JUST_NOW.search(sentence)) and not BOTH_AND.search(sentence)


def has_word(text: str, words) -> bool:
    return word_pattern(tuple(words)).search(text) is not None


def group(match: re.Match, *names: str) -> str | None:
    for name in names:
        if name in match.re.groupindex and match.group(name) is not None:
            return match.group(name)
    return None


def day_value(date: dt.date | None, time: tuple[int, int] | None = None) -> str | None:
    """``2026-12-31``, ``2026-12-31T14:30``; the 24th hour is the next day's midnight (``24 giờ ngày 31/12``:
    ``2027-01-01T00:00``)."""
    if date is None:
        return None
    if time and time[0] >= 24:
        date, time = date + dt.timedelta(days=1), (time[0] - 24, time[1])
    return date.isoformat() + (clock_value(time) if time else "")


def clock_value(time: tuple[int, int]) -> str:
    """``T14:30``; the 24th hour is midnight, ``T00:00``."""
    return f"T{time[0] % 24:02d}:{time[1]:02d}"
