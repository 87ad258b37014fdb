"""Vietnamese letters: vowels with quality marks, the six tones, and splitting a letter into both.

Tones are numbered 0 ngang, 1 huyền (grave), 2 sắc (acute), 3 hỏi (hook above),
4 ngã (tilde), 5 nặng (dot below).
"""

from __future__ import annotations

import re
import unicodedata

TONE_MARKS = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
TONE_NAMES = ("ngang", "huyền", "sắc", "hỏi", "ngã", "nặng")
VOWELS = "aăâeêioôơuưy"
QUALITY_VOWELS = "ăâêôơư"
CONSONANT_LETTERS = "bcdđghklmnpqrstvx"
VIETNAMESE_LETTERS = VOWELS + CONSONANT_LETTERS
FOREIGN_LETTERS = "fjwz"
MAX_SYLLABLE_LETTERS = 7  # nghiêng; one slip adds at most one letter


def _build_tables() -> tuple[dict[str, tuple[str, int]], dict[tuple[str, int], str]]:
    split: dict[str, tuple[str, int]] = {}
    join: dict[tuple[str, int], str] = {}
    for base in VOWELS + VOWELS.upper():
        for tone, mark in enumerate(TONE_MARKS):
            letter = unicodedata.normalize("NFC", base + mark)
            split[letter] = (base, tone)
            join[(base, tone)] = letter
    return split, join


SPLIT, JOIN = _build_tables()
VIETNAMESE_CHARACTERS = frozenset(SPLIT) | frozenset(CONSONANT_LETTERS + CONSONANT_LETTERS.upper())
TONED_CHARACTERS = frozenset(c for c, (_, tone) in SPLIT.items() if tone)
MARKED_CHARACTERS = frozenset(c for c, (base, tone) in SPLIT.items() if tone or base.lower() in QUALITY_VOWELS) | {"đ", "Đ"}
# letters no other language written in Latin letters uses: the horn (ơ, ư), a tone on ă, â, ê, ô,
# the hook above and the dot below, the tilde on e, i, u, y, and đ. (á, à, ã, â, ă, ê, ô … alone are
# also French, Spanish, Portuguese or Romanian.) A word holding one is Vietnamese, however garbled.
VIETNAMESE_ONLY_CHARACTERS = frozenset(
    c for c, (base, tone) in SPLIT.items()
    if base.lower() in "ơư" or (tone and base.lower() in "ăâêô") or tone in (3, 5) or (tone == 4 and base.lower() in "eiuy")
) | {"đ", "Đ"}


def vietnamese_only_letter(word: str) -> bool:
    """``word`` holds a letter only Vietnamese writes (``độnf``, ``nhấr``, ``wuẻ``), unlike ``brûlée``, ``São``."""
    return not VIETNAMESE_ONLY_CHARACTERS.isdisjoint(word)


def split_tone(letter: str) -> tuple[str, int]:
    """('ế') -> ('ê', 2); consonants and unknown letters come back with tone 0."""
    return SPLIT.get(letter, (letter, 0))


def with_tone(letter: str, tone: int) -> str:
    """('ê', 2) -> 'ế'; a letter that cannot carry a tone is returned unchanged."""
    return JOIN.get((letter, tone), letter)


def strip_tones(word: str) -> tuple[str, list[tuple[int, int]]]:
    """The word without tone marks and the (index, tone) of each toned letter."""
    letters, toned = [], []
    for index, letter in enumerate(word):
        base, tone = SPLIT.get(letter, (letter, 0))
        letters.append(base)
        if tone:
            toned.append((index, tone))
    return "".join(letters), toned


MARKED_LETTER = re.compile("[" + "".join(sorted(MARKED_CHARACTERS)) + "]")


ASCII_LINE = re.compile(r"(?m)^[\t\x20-\x7e]+$")  # a line without a Vietnamese mark or any letter beyond ASCII


def marked_letters_at_least(text: str, start: int, count: int) -> bool:
    """``text`` from ``start`` holds ``count`` letters with Vietnamese marks (counted up to that many
    only): a Vietnamese text, not an English or unaccented one."""
    found = MARKED_LETTER.finditer(text, start)
    return sum(1 for _ in zip(range(count), found)) >= count


def has_vietnamese_marks(word: str) -> bool:
    """True when the word carries a tone mark, a quality mark (ă â ê ô ơ ư) or đ."""
    return not word.isascii() and MARKED_LETTER.search(word) is not None


def match_word_case(original: str, word: str) -> str:
    """Give ``word`` the case of the whole ``original``: ALL CAPS, Capitalised, or as it is."""
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def match_case(template: str, word: str) -> str:
    """Give ``word`` the letter case of ``template`` (same length, letter by letter)."""
    if template.islower():
        return word
    if template.isupper() and len(template) > 1:
        return word.upper()
    return "".join(w.upper() if t.isupper() else w for t, w in zip(template, word)) + word[len(template):]


# letters a Vietnamese syllable never ends with (its finals are c ch m n ng nh p t and vowels)
_FOREIGN_END = re.compile(r"(?:[bdđfjklqrsvwxz]|(?<![cn])h|(?<!n)g)$")
_DOUBLED_CONSONANT = re.compile(r"(bb|cc|ff|gg|ll|mm|nn|pp|rr|ss|tt|vv|zz)")
# consonant pairs no Vietnamese syllable starts with (its onsets: b c ch d đ g gh gi h k kh l m n
# ng ngh nh p ph qu r s t th tr v x)
_FOREIGN_START = re.compile(r"^(?:b[lr]|c[lr]|dr|g[lr]|p[lr]|s[cklmnptw]|tw|sh)")


def foreign_shaped(word: str, is_syllable, is_common_slip=None) -> bool:
    """A lowercase word with accents that no Vietnamese syllable, or one slip of one, could be
    (never one with a letter only Vietnamese writes, ``nhấr``):
    with a letter Vietnamese does not write (``brûlée``), longer than a syllable plus one letter,
    starting with consonants no syllable starts with (``crème``), ending in a letter no syllable
    ends with, or with a doubled consonant (``attachés``, ``bartók``, ``appliqué``). A syllable with
    one letter too many (``nhấts``: a Telex tone key left behind; ``đượcc``, ``nnhà``) stays a
    Vietnamese typo: ``is_syllable`` says whether a string is an attested syllable; so does one that
    ``is_common_slip`` finds one slip from a common syllable (``thômg``, ``hìbh``)."""
    if vietnamese_only_letter(word):
        return False  # nhấr, biếr: a letter only Vietnamese writes, in a slip of the keyboard
    if any(c.isalpha() and not c.isascii() and c not in MARKED_CHARACTERS for c in word):
        return True  # a letter Vietnamese does not write: û, ñ, ë, ç
    if len(word) > MAX_SYLLABLE_LETTERS + 1:
        return True  # no letter deleted makes it a syllable (and trying each would take quadratic time)
    bare = strip_tones(word)[0]
    if not (_FOREIGN_END.search(bare) or _DOUBLED_CONSONANT.search(bare) or _FOREIGN_START.search(bare)):
        return False
    if any(is_syllable(word[:i] + word[i + 1:]) for i in range(len(word))):
        return False
    return not (is_common_slip is not None and is_common_slip(word))  # thômg, hìbh, trnìh: one slip from a common syllable
