"""Vietnam's provinces and cities (``dictionaries/structure/vietnam-places.txt``), compared without
case, tone style, dots or hyphens."""

from __future__ import annotations

import re
from functools import lru_cache

PLACE_SEPARATORS = re.compile(r"[\s.\-–]+")


def place_key(place: str) -> str:
    """A place's name compared without case, tone style, dots or hyphens (TP.HCM, Khánh Hoà)."""
    from editkit.vietnamese.syllable import canonical_spelling

    words = PLACE_SEPARATORS.split(place.lower())
    return " ".join(canonical_spelling(w, "old") or w for w in words if w)


@lru_cache(maxsize=1)
def vietnam_places() -> frozenset[str]:
    from editkit.resources import dictionary_path

    lines = dictionary_path("structure", "vietnam-places.txt").read_text("utf-8").splitlines()
    return frozenset(place_key(line) for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def two_syllable_places() -> frozenset[tuple[str, str]]:
    """The places named in two syllables, as pairs (``("hải", "phòng")``): the news counts are lowercase,
    so such a pair's count is mostly the capitalised name's."""
    return frozenset(tuple(key.split()) for key in vietnam_places() if len(key.split()) == 2)
