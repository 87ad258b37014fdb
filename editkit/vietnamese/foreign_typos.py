"""Misspelled foreign names and words: ``Austalia``, ``Capuchia``, ``Euroo``, ``Romme``.

A word in Latin letters that is no Vietnamese syllable, that Vietnamese news never wrote and that
is no English word is a typo when one of the slips that keep every letter turns it into a foreign
word the news writes often (a country, a currency, a city): a letter left out (``Austalia``), two
letters swapped (``Ausrtalia``) or a letter doubled (``Romme``). Substituted letters are not
considered (``Marta`` and ``Maria`` are both names), nor words under five letters (``Saia`` is no
slip of ``Asia``).
"""

from __future__ import annotations

import string
from functools import lru_cache

from editkit.vietnamese.foreign import english_frequency
from editkit.vietnamese.lm import language_model
from editkit.vietnamese.syllable import ParseFailure, parse_syllable

COMMON_IN_NEWS = 100  # occurrences in the news counts: Australia 1,085, Rome 184, euro 1,583
MIN_LETTERS = 5
MAX_LETTERS = 24  # longer runs of letters are no names (and their slips would be too many to try)


def no_syllable(word: str) -> bool:
    return isinstance(parse_syllable(word), ParseFailure)


def letter_keeping_slips(word: str) -> set[str]:
    """The words that ``word`` would be if its writer had not left a letter out, swapped two
    neighbouring letters or doubled one."""
    found = set()
    for cut in range(len(word) + 1):
        head, tail = word[:cut], word[cut:]
        found.update(head + letter + tail for letter in string.ascii_lowercase)
        if len(tail) > 1:
            found.add(head + tail[1] + tail[0] + tail[2:])
        if len(tail) > 1 and tail[0] == tail[1]:
            found.add(head + tail[1:])
    found.discard(word)
    return found


def one_letter_keeping_slip(a: str, b: str) -> bool:
    """``b`` is ``a`` with a letter left out or put in, or with two neighbouring letters swapped:
    what ``b in letter_keeping_slips(a) or a in letter_keeping_slips(b)`` tells, without listing
    every slip (lowercase ASCII letters)."""
    if len(a) == len(b):
        differ = [i for i in range(len(a)) if a[i] != b[i]]
        return len(differ) == 2 and differ[1] == differ[0] + 1 and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]]
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    if len(longer) != len(shorter) + 1:
        return False
    cut = next((i for i in range(len(shorter)) if longer[i] != shorter[i]), len(shorter))
    return longer[cut + 1:] == shorter[cut:] and longer[cut] in string.ascii_lowercase


@lru_cache(maxsize=16384)  # names recur across an archive's articles
def foreign_suggestions(word: str) -> tuple[str, ...]:
    """Corrections of a misspelled foreign word (lowercase), most common first; () when the word
    is no typo of a common foreign word (or is a Vietnamese syllable, an English word, a word the
    news writes, or too short to tell)."""
    if not MIN_LETTERS <= len(word) <= MAX_LETTERS or not word.isascii() or not word.isalpha() or not no_syllable(word):
        return ()
    lm = language_model()
    if lm.count(word):
        return ()
    counts = ((lm.count(candidate), candidate) for candidate in letter_keeping_slips(word))
    found = sorted((-n, candidate) for n, candidate in counts if n >= COMMON_IN_NEWS and no_syllable(candidate))
    if not found or english_frequency(word):  # the English list is searched last: the slowest look-up
        return ()
    return tuple(candidate for _, candidate in found)
