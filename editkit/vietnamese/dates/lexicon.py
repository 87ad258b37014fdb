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
        "weekday": alternation(v["weekdays"]),
        "month_name": alternation(v["months"]),
        "relative": alternation(v["relative"]),
        "holiday": alternation(v["lunar_holidays"]),
        "cue": alternation(v["cues"]["before_day_month"]),
        "after_cue": alternation(v["cues"]["after_day_month"]),
        "not_before": alternation(v["cues"]["not_date_before"]),
        "number_word": alternation(v["numbers"]),
        "count_noun": alternation(v["cues"]["count_nouns_after"]),
        "strong_cue": alternation(v["cues"]["strong_cues"]),
        "year_word": alternation(v["cues"]["year_words"]),
    }


def normalize_key(text: str) -> str:
    return " ".join(text.lower().split())


def weekday_of(text: str) -> int | None:
    return vocabulary()["weekdays"].get(normalize_key(text))


def month_of(text: str) -> int | None:
    key = normalize_key(text)
    if key.isdigit():
        return int(key)
    return vocabulary()["months"].get(key)


def number_of(text: str) -> int | None:
    key = normalize_key(text)
    return int(key) if key.isdigit() else vocabulary()["numbers"].get(key)


def year_word_offset(text: str | None) -> int | None:
    return vocabulary()["cues"]["year_words"].get(normalize_key(text)) if text else None
