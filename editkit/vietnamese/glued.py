"""Two words typed or scraped without the space between them: ``kháccũng``, ``TâyBan``."""

from __future__ import annotations

from functools import lru_cache

from editkit.vietnamese.context import lm_form
from editkit.vietnamese.inventory import count, marked_nonsyllables
from editkit.vietnamese.letters import MAX_SYLLABLE_LETTERS, has_vietnamese_marks

MIN_SYLLABLE_COUNT = 1000  # each part a common word: loanwords join rarer syllables (Kitô, xi măng)
MIN_PAIR_COUNT = 3  # the pair must be attested in the news counts, unless a capital marks the seam
MAX_LETTERS = 2 * MAX_SYLLABLE_LETTERS


@lru_cache(maxsize=8192)
def split_glued(text: str) -> tuple[str, str] | None:
    """The two words ``text`` is made of when the space between them was lost, else None.

    Both parts must be common Vietnamese syllables and one must carry a Vietnamese mark (so
    English compounds such as ``online`` stay whole); the pair must occur in Vietnamese news,
    or a capital letter must start the second part (``TâyBan``, ``Anhkhỏi`` is split where the
    news pair is attested). Of several seams the one whose pair is commonest wins.
    """
    lower = text.lower()
    if len(lower) < 4 or count(lower) or lower in marked_nonsyllables() or not has_vietnamese_marks(lower):
        return None
    from editkit.vietnamese.confusion import struck_twice

    if struck_twice(lower):
        return None  # a key struck twice (Nộii, nhàa) is no lost space: SP101's typo
    if len(lower) > MAX_LETTERS:
        return before_a_name(text)
    from editkit.vietnamese.lm import language_model

    model = language_model()
    best: tuple[int, int] | None = None
    for seam in range(1, len(text)):
        left, right = lm_form(lower[:seam]), lm_form(lower[seam:])
        if count(left) < MIN_SYLLABLE_COUNT or count(right) < MIN_SYLLABLE_COUNT:
            continue
        if not (has_vietnamese_marks(left) or has_vietnamese_marks(right)):
            continue
        pair = model.bigram(left, right)
        capital_seam = text[seam].isupper() and text[seam - 1].islower()
        if pair < MIN_PAIR_COUNT and not capital_seam:
            continue
        if best is None or pair > best[0]:
            best = (pair, seam)
    if best is None:
        return before_a_name(text)
    return text[: best[1]], text[best[1]:]


def before_a_name(text: str) -> tuple[str, str] | None:
    """A common marked syllable glued to a capitalised name: ``gọiQueensland`` → gọi Queensland.
    The name must have no capital inside (``ChíMinh`` is two syllables: split them first)."""
    for seam in range(1, min(len(text), MAX_SYLLABLE_LETTERS + 1)):
        if text[seam].isupper() and text[seam - 1].islower():
            left, right = text[:seam], text[seam:]
            if (has_vietnamese_marks(left) and count(lm_form(left.lower())) >= MIN_SYLLABLE_COUNT
                    and len(right) >= 2 and right.isalpha() and not any(c.isupper() for c in right[1:])):
                return left, right
            return None
    return None
