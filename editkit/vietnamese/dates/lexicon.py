"""The date vocabulary (``dictionaries/dates/vi-dates.toml``) and regex pieces built from it."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from editkit.resources import dictionary_path


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    with open(dictionary_path("dates", "vi-dates.toml"), "rb") as handle:
        return tomllib.load(handle)


def alternation(words) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def pieces() -> dict[str, str]:
    v = vocabulary()
    return {
        "weekday": weekday_piece(v),
        # a number word before lần or lượt counts times, not a month (đóng 12 tháng một lần: once a year)
        "month_name": rf"(?:{alternation(v['months'])})(?!\s+(?:lần|lượt)(?!\w))",
        "relative": alternation(v["relative"]),
        "holiday": alternation(v["lunar_holidays"]),
        "cue": alternation(v["cues"]["before_day_month"]),
        "label_cue": alternation(v["cues"]["label_before_day_month"]),
        "deadline": alternation(v["cues"]["deadline"]),
        "deadline_noun": alternation(v["cues"]["deadline_nouns"]),
        "account_noun": alternation(v["cues"]["account_nouns"]),
        "after_cue": alternation(v["cues"]["after_day_month"]),
        "not_before": alternation(v["cues"]["not_date_before"]),
        "other_calendar": alternation(v["cues"]["other_calendars_after"]),
        "nowadays_before": alternation(v["cues"]["nowadays_before"]),
        "in_front_of": alternation(v["cues"]["in_front_of"]),
        "before_an_event": alternation(v["cues"]["before_an_event"]),
        "number_word": alternation(v["numbers"]),
        # two counts side by side, the second one more (ba bốn năm trước: three or four years ago)
        "number_pair": alternation(f"{a} {b}" for a, n in v["numbers"].items() for b, m in v["numbers"].items()
                                   if m == n + 1 <= 10),
        # the days past the tenth in words, said without mồng (mười lăm tháng Giêng, hai mươi ba tháng Chạp)
        "late_day_word": alternation(k for k, n in v["numbers"].items() if 11 <= n <= 30),
        "count_noun": alternation(v["cues"]["count_nouns_after"]),
        "strong_cue": alternation(v["cues"]["strong_cues"]),
        "year_word": alternation(list(v["cues"]["year_words"]) + v["cues"]["that_year"]),
        "stem": alternation(v["year_names"]["stems"]),
        "branch": alternation(v["year_names"]["branches"]),
        "named_event": alternation(v["named_events"]),
        "solar_holiday": alternation(v["solar_holidays"]),
    }


def weekday_piece(v: dict) -> str:
    """A weekday's name; thứ hai not after a noun an ordinal counts (lần thứ hai: the second time), unless
    capitalised as a weekday is or glossed with its day in brackets (phiên thứ Sáu, phiên thứ sáu (26/2):
    Friday's session). The lookahead for thứ lets a position without it skip the nouns' lookbehinds."""
    numbered = alternation(w for w in v["weekdays"] if w.startswith("thứ"))
    named = alternation(w for w in v["weekdays"] if not w.startswith("thứ"))
    # (the noun whole: doanh nghiệp over a dateline's Thứ bảy is no hiệp, a match's half)
    guards = "".join(rf"(?<!(?<!\w){re.escape(noun)}\s)" for noun in v["cues"]["ordinal_counters"])
    return (rf"(?:{named}|(?=thứ\s){guards}(?:{numbered})|(?-i:[Tt]hứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy))"
            rf"|(?:{numbered})(?=\s?\(\s?\d))")


def normalize_key(text: str) -> str:
    return " ".join(text.lower().split())


def weekday_of(text: str) -> int | None:
    return vocabulary()["weekdays"].get(normalize_key(text))


def month_of(text: str) -> int | None:
    key = normalize_key(text)
    if key.isdigit():
        return int(key)
    return vocabulary()["months"].get(key)


def lunar_month_of(text: str) -> int | None:
    """A lunar month's number: ``tháng Một âm lịch`` is the eleventh (the dates vocabulary's
    ``lunar_month_words``), any other name or number as month_of reads it."""
    return vocabulary()["lunar_month_words"].get(normalize_key(text)) or month_of(text)


def number_of(text: str) -> int | None:
    key = normalize_key(text)
    return int(key) if key.isdigit() else vocabulary()["numbers"].get(key)


@lru_cache(maxsize=1)
def public_holidays() -> frozenset[tuple[int, int]]:
    return frozenset((day, month) for day, month in vocabulary()["public_holidays"]["days"])


def public_holiday(day: int, month: int) -> bool:
    """``day``/``month`` is a public holiday's day off (1/1, 30/4, 1/5, 2/9: ``public_holidays``)."""
    return (day, month) in public_holidays()


def year_word_offset(text: str | None) -> int | None:
    return vocabulary()["cues"]["year_words"].get(normalize_key(text)) if text else None


def names_that_year(text: str | None) -> bool:
    """``năm ấy``, ``năm đó``: the year the text told last (the vocabulary's that_year)."""
    return bool(text) and normalize_key(text) in vocabulary()["cues"]["that_year"]


YEAR_NAME_EPOCH = 4  # Giáp Tý: the first year of a sexagenary cycle (4, 64, …, 1984, 2044)


def years_named(stem: str, branch: str) -> int | None:
    """The place (0–59) in the sexagenary cycle of the lunar year named ``stem branch`` (Giáp Thìn:
    40), or None when the two cannot name a year (a stem and a branch of different parity)."""
    names = vocabulary()["year_names"]
    s, b = names["stems"].get(normalize_key(stem)), names["branches"].get(normalize_key(branch))
    if s is None or b is None:
        return None
    return next((k for k in range(60) if k % 10 == s and k % 12 == b), None)


def named_year_near(place: int, around: int) -> int:
    """The year with that place in the cycle that is nearest to ``around`` (the later on a tie)."""
    base = around - (around - YEAR_NAME_EPOCH - place) % 60
    return base + 60 if around - base >= 30 else base


def name_of_year(year: int) -> str:
    """The sexagenary name of a lunar year: 2024 → Giáp Thìn (the first spelling of each name)."""
    names = vocabulary()["year_names"]
    place = (year - YEAR_NAME_EPOCH) % 60
    stem = next(k for k, v in names["stems"].items() if v == place % 10)
    branch = next(k for k, v in names["branches"].items() if v == place % 12)
    return f"{stem.capitalize()} {branch.capitalize()}"
