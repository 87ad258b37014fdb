"""A syllable with a space inside it: ``thà nh phố``, ``Quy ết đị nh``, ``nă m nay``, ``củ a``.

Text copied out of a PDF whose font draws a marked letter as a glyph of its own comes out with a
space after that letter; a stray space bar does the same to one word. Two tokens are one syllable
split in two when, joined, they make a common syllable with a Vietnamese mark, the news counts write
the two side by side a thousand times less often than the joined syllable, and between their
neighbours the joined syllable beats the two words by JOINED_MARGIN nats in the news model. Joining
never makes a syllable out of two words the news pairs (``thú y``, ``chữ a``) or out of plain ASCII
letters (English, codes).
"""

from __future__ import annotations

from typing import NamedTuple

from editkit.vietnamese.context import lm_form
from editkit.vietnamese.inventory import bare, by_bare_form, count
from editkit.vietnamese.letters import MAX_SYLLABLE_LETTERS, has_vietnamese_marks
from editkit.vietnamese.syllable import Syllable, parse_syllable, tone_well_placed
from editkit.vietnamese.tokens import Token

MIN_JOINED_COUNT = 100  # the joined syllable is a common word of the news
# the news may write the two halves side by side (its own scraped PDFs: và o, là m) at most once for
# every SEEN_PAIR_SHARE times it writes the joined syllable
SEEN_PAIR_SHARE = 1000
JOINED_MARGIN = 5.0  # nats by which the joined syllable must beat the two words between the neighbours


class SplitSyllable(NamedTuple):
    first: Token
    second: Token
    joined: str


def joined_case_fits(joined: str) -> bool:
    """``thành``, ``Thành``, ``THÀNH``: one word's case; not ``bàN`` (bà N., a name's initial)."""
    return joined.islower() or joined.isupper() or (joined[0].isupper() and joined[1:].islower())


def is_split_syllable(first: Token, second: Token, previous: str | None = None,
                      following: str | None = None) -> str | None:
    """The syllable ``first`` and ``second`` are when the space between them is a slip, else None.
    ``previous``, ``following``: the words beside the two, when no punctuation parts them."""
    if first.glued or second.glued:
        return None
    if len(first.text) == 1 and first.is_ascii and first.is_capitalized:
        return None  # a label: Đường C hướng tây nam, nhóm A
    joined = first.text + second.text
    if len(joined) > MAX_SYLLABLE_LETTERS or bare(joined) not in by_bare_form():
        return None  # no syllable is spelled with these letters (asked first: it is cheap)
    lower = joined.lower()
    if not has_vietnamese_marks(lower) or not joined_case_fits(joined):
        return None
    if not isinstance(parse_syllable(lower), Syllable) or not tone_well_placed(lower):
        return None
    joined_count = count(lower)
    if joined_count < MIN_JOINED_COUNT:
        return None
    from editkit.vietnamese.context import context_score
    from editkit.vietnamese.lm import language_model

    model = language_model()
    halves = lm_form(first.lower), lm_form(second.lower)
    if model.bigram(*halves) * SEEN_PAIR_SHARE > joined_count:
        return None  # the news writes the two side by side (chữ a, thú y): two words
    split_score = context_score(halves[0], previous, None) + context_score(halves[1], halves[0], following)
    if context_score(lower, previous, following) - split_score < JOINED_MARGIN:
        return None
    return joined


def word_beside(text: str, tokens: list[Token], index: int, edge: int) -> str | None:
    """The lowercase word at ``tokens[index]`` when only spaces part it from ``edge``, else None."""
    if not 0 <= index < len(tokens):
        return None
    token = tokens[index]
    between = text[token.end: edge] if token.end <= edge else text[edge: token.start]
    return token.lower if not between.strip(" ") and not token.glued else None


def hyphenated(text: str, first: Token, second: Token) -> bool:
    """Either token is a syllable of a hyphenated word (``củ a-ti-sô``, ``Ga-ga-rin``)."""
    return text[first.start - 1: first.start] == "-" or text[second.end: second.end + 1] == "-"


# what the second half of a split syllable opens with: a vowel, or it is the final consonant itself
TAIL_CODAS = frozenset({"c", "ch", "m", "n", "ng", "nh", "p", "t"})
CONSONANT_START = frozenset("bcdđghklmnpqrstvxfjwz")


def could_end_a_syllable(token: Token) -> bool:
    """``ết``, ``ời``, ``nh``, ``m``: the rest of a syllable after a letter of it, not a word's
    opening consonants (asked first: most words open with one, and this is cheap)."""
    return token.lower[0] not in CONSONANT_START or token.lower in TAIL_CODAS


def split_syllables(text: str, tokens: list[Token]) -> list[SplitSyllable]:
    """Each pair of neighbouring tokens, one space apart, that is one syllable split in two, read
    from the left (``trá ch nhiệ m``: trách, nhiệm)."""
    found: list[SplitSyllable] = []
    index = 0
    while index + 1 < len(tokens):
        first, second = tokens[index], tokens[index + 1]
        if (could_end_a_syllable(second) and text[first.end: second.start] == " " and not hyphenated(text, first, second)
                and (joined := is_split_syllable(first, second, word_beside(text, tokens, index - 1, first.start),
                                                 word_beside(text, tokens, index + 2, second.end)))):
            found.append(SplitSyllable(first, second, joined))
            index += 2
            continue
        index += 1
    return found
