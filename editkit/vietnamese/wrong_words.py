"""Curated wrong words of two or more syllables (``dictionaries/spelling/wrong-words.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from editkit.resources import dictionary_path
from editkit.vietnamese.syllable import canonical_spelling
from editkit.vietnamese.tokens import Token


@dataclass(frozen=True)
class WrongWord:
    wrong: str
    right: str
    severity: str
    note: str


def key(words) -> tuple[str, ...]:
    """Case- and tone-style-insensitive form of a word sequence."""
    return tuple(canonical_spelling(w.lower(), "old") or w.lower() for w in words)


@lru_cache(maxsize=1)
def wrong_words() -> dict[tuple[str, ...], WrongWord]:
    table = {}
    for line in dictionary_path("spelling", "wrong-words.tsv").read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        wrong, right, severity, *note = line.split("\t")
        table[key(wrong.split())] = WrongWord(wrong, right, severity, note[0] if note else "")
    return table


@lru_cache(maxsize=1)
def first_syllables() -> frozenset[str]:
    return frozenset(k[0] for k in wrong_words())


@lru_cache(maxsize=1)
def lengths() -> tuple[int, ...]:
    return tuple(sorted({len(k) for k in wrong_words()}, reverse=True))


@lru_cache(maxsize=65536)
def syllable_key(word: str) -> str:
    lower = word.lower()
    return canonical_spelling(lower, "old") or lower


def ends_a_name(clause: list[Token], index: int, length: int) -> bool:
    """The window starts with the last word of a name and runs on into lower-case words:
    ``Ninh Bình tỉnh …`` is no ``bình tỉnh``. A capitalised word opening a sentence, or a
    window capitalised throughout (a headline in Title Case), is no name's tail."""
    first, last = clause[index], clause[index + length - 1]
    return first.is_capitalized and not first.sentence_initial and not last.is_capitalized


# how often a pair must occur in the news counts, besides being far commoner than chance, to count
# as a word of its own when deciding where a listed wrong word's syllables belong
MIN_WORD_PAIR = 50


def straddles_two_words(clause: list[Token], index: int, length: int) -> bool:
    """The window's first syllable makes a word with the one before it and its last syllable a
    word with the one after it: ``khả năng xuất hiện`` is khả năng + xuất hiện, no ``năng xuất``."""
    if index == 0 or index + length >= len(clause):
        return False
    from editkit.vietnamese.context import makes_a_word

    return (makes_a_word(clause[index - 1].lower, clause[index].lower, MIN_WORD_PAIR)
            and makes_a_word(clause[index + length - 1].lower, clause[index + length].lower, MIN_WORD_PAIR))


def find_wrong_words(clause: list[Token]) -> list[tuple[Token, Token, WrongWord]]:
    """(first token, last token, entry) for every listed wrong word in a clause, longest first."""
    table = wrong_words()
    starts = first_syllables()
    keys = [syllable_key(t.text) for t in clause]
    found = []
    index = 0
    while index < len(clause):
        if keys[index] in starts:
            for length in lengths():
                window = tuple(keys[index: index + length])
                if (len(window) == length and window in table and not ends_a_name(clause, index, length)
                        and not straddles_two_words(clause, index, length)):
                    found.append((clause[index], clause[index + length - 1], table[window]))
                    index += length - 1
                    break
        index += 1
    return found
