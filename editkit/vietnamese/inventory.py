"""The attested syllable inventory and its counts (``dictionaries/vi-syllables.tsv``).

Loaded once per process, on first use. A syllable is *attested* when it was
seen at least ATTESTED_MIN_COUNT times in the news counts the file was built
from; a valid syllable below that is *unattested*.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from editkit.resources import dictionary_path

ATTESTED_MIN_COUNT = 3


def _read_counts(name: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    with open(dictionary_path(name), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            token, _, count = line.rstrip("\n").partition("\t")
            counts[token] = int(count)
    return counts


@lru_cache(maxsize=1)
def syllable_counts() -> dict[str, int]:
    return _read_counts("vi-syllables.tsv")


@lru_cache(maxsize=1)
def marked_nonsyllables() -> frozenset[str]:
    return frozenset(_read_counts("vi-marked-nonsyllables.tsv"))


@lru_cache(maxsize=65536)
def count(syllable: str) -> int:
    """How often the syllable was seen, in either tone style (hoà and hòa count as one)."""
    from editkit.vietnamese.syllable import style_variants

    counts = syllable_counts()
    lower = syllable.lower()
    old, new = style_variants(lower)
    if lower in (old, new):
        return counts.get(old, 0) + (counts.get(new, 0) if new != old else 0)
    if old is None:
        return counts.get(lower, 0)  # not a syllable the model can respell
    return 0  # a misplaced tone is not the syllable


def is_attested(syllable: str) -> bool:
    return count(syllable) >= ATTESTED_MIN_COUNT


def bare(word: str) -> str:
    """The word without any diacritic: tones, quality marks and đ removed (lowercase)."""
    fast = word.lower().translate(bare_letters())
    if fast.isascii():
        return fast
    decomposed = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))  # letters outside Vietnamese
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def bare_letters() -> dict[int, str]:
    """Each precomposed lowercase Vietnamese letter with its base letter, for str.translate."""
    table = {ord("đ"): "d"}
    for base in "aeiouy":
        for letter in unicodedata.normalize("NFC", "".join(base + mark for mark in "\u0300\u0301\u0309\u0303\u0323")):
            table[ord(letter)] = base
        for quality in ("\u0306", "\u0302", "\u031b"):  # ă â ê ô ơ ư with and without a tone
            for tone in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"):
                letter = unicodedata.normalize("NFC", base + quality + tone)
                if len(letter) == 1:
                    table[ord(letter)] = base
    return table


@lru_cache(maxsize=1)
def by_bare_form() -> dict[str, list[tuple[str, int]]]:
    """bare form -> attested syllables written that way with marks, most frequent first."""
    table: dict[str, list[tuple[str, int]]] = {}
    for syllable, n in syllable_counts().items():
        if n >= ATTESTED_MIN_COUNT:
            table.setdefault(bare(syllable), []).append((syllable, n))
    for candidates in table.values():
        candidates.sort(key=lambda sc: -sc[1])
    return table
