"""A word in its context: the scores of the syllable bigram model behind the spelling check.

Each candidate correction c of a word w between ``previous`` and ``following`` is scored
``ln P(c | previous) + ln P(following | c) − cost(w ← c)``, the cost coming from the error model
(``confusions.toml``). Words are looked up in the old tone style the news counts use.
"""

from __future__ import annotations

from functools import lru_cache

from editkit.vietnamese.confusion import confusables
from editkit.vietnamese.letters import SPLIT, VOWELS
from editkit.vietnamese.lm import language_model
from editkit.vietnamese.syllable import canonical_spelling


VOWEL_CHARACTERS = frozenset(c for c, (base, _) in SPLIT.items() if base.lower() in VOWELS)


@lru_cache(maxsize=65536)
def lm_form(word: str | None) -> str | None:
    """The spelling the news counts use: the old tone style (hòa, not hoà). A word with one vowel
    letter at most has its tone nowhere else (các, người has three): spelled as written."""
    if word is None:
        return None
    if sum(c in VOWEL_CHARACTERS for c in word) <= 1:
        return word
    return canonical_spelling(word, "old") or word


def context_score(candidate: str, previous: str | None, following: str | None) -> float:
    lm = language_model()
    candidate, previous, following = lm_form(candidate), lm_form(previous), lm_form(following)
    score = lm.logprob(candidate, previous)  # the unigram probability when there is no previous word
    if following:
        score += lm.logprob(following, candidate)
    return score


WELL_ATTESTED_BIGRAM = 5
STRONG_BIGRAM = 200


def counts_fit(left: int | None, right: int | None) -> bool:
    """Both pairs a word makes with its neighbours are common in the news counts: no reason
    to suspect the word. ``left``/``right``: those pairs' counts (None: no neighbour there)."""
    if (left is not None and left >= STRONG_BIGRAM) or (right is not None and right >= STRONG_BIGRAM):
        return True  # one very common pair is evidence enough
    return (left is None or left >= WELL_ATTESTED_BIGRAM) and (right is None or right >= WELL_ATTESTED_BIGRAM)


I_FOR_Y = str.maketrans("yýỳỷỹỵ", "iíìỉĩị")


def same_but_i_y(word: str, candidate: str) -> bool:
    """``quí``/``quý``: the spellings differ only in i for y (house style, DI104)."""
    return len(word) == len(candidate) and word.translate(I_FOR_Y) == candidate.translate(I_FOR_Y)


@lru_cache(maxsize=32768)
def scorable_confusables(word: str) -> tuple[tuple[str, int, float], ...]:
    """``word``'s confusables the language model knows, as (candidate, vocabulary index, cost),
    without i/y variants (quí/quý is house style, DI104, not spelling)."""
    found = []
    for candidate, cost in confusables(word):
        index = lm_index(candidate)
        if index is not None and not same_but_i_y(word, candidate):
            found.append((candidate, index, cost))
    return tuple(found)


def supported_candidates(word: str, previous: str | None, following: str | None,
                         among: frozenset[str] | None = None) -> dict[str, float]:
    """The confusables of ``word`` seen next to one of its neighbours in the news counts; with
    ``among``, only those words (the ones ``word`` is known to be mixed up with).

    A candidate never seen beside either neighbour cannot be far likelier than the word
    itself, so it is not scored (this keeps the check fast).
    """
    seen = seen_beside(previous, following)
    return {candidate: cost for candidate, index, cost in scorable_confusables(word)
            if (among is None or candidate in among or lm_form(candidate) in among) and seen(index)}


def seen_beside(previous: str | None, following: str | None):
    """A test of a vocabulary index: was that word seen right after ``previous`` or right before
    ``following`` in the news counts?"""
    lm = language_model()
    left = lm_index(previous) if previous else None
    right = lm_index(following) if following else None
    return lambda index: bool((left is not None and lm.pair_count(left, index)) or (
        right is not None and lm.pair_count(index, right)))


def supported_marked_spellings(word: str, previous: str | None, following: str | None) -> dict[str, float]:
    """For a real word typed without marks (``Dinh`` in ``Đạo luật Dinh cư``, ``ban`` in ``gửi ban
    bè``), its spellings with marks seen beside a neighbour, at the cost of a real word's marks left
    out: the input method was off for it."""
    from editkit.vietnamese.confusion import model
    from editkit.vietnamese.inventory import by_bare_form

    seen = seen_beside(previous, following)
    cost = model()["cost"]["marks_omitted_real_word"]
    return {candidate: cost for candidate, _ in by_bare_form().get(word, ())
            if candidate != word and (index := lm_index(candidate)) is not None and seen(index)}


def rank(word: str, options: dict[str, float], previous: str | None, following: str | None) -> list[tuple[str, float]]:
    scored = [(c, context_score(c, previous, following) - cost) for c, cost in options.items()]
    return sorted(scored, key=lambda cs: (-cs[1], cs[0]))  # ties by spelling: the same in every run


MIN_ASSOCIATION = 5.0  # a pair seen at least five times as often as its words' frequencies predict


def associated(lm, first: int | None, second: int | None, pair: int, ratio: float = MIN_ASSOCIATION) -> bool:
    """The two words make a word or a set phrase (phục vụ, Hy Lạp), not a chance meeting of common
    words (chất của): the pair is ``ratio`` times as frequent as independent words would make it."""
    if first is None or second is None or not pair:
        return False
    return pair * lm.total >= ratio * lm.counts[first] * lm.counts[second]


def makes_a_word(first: str, second: str, min_count: int, ratio: float = MIN_ASSOCIATION) -> bool:
    """The two syllables make a word of their own in the news counts: the pair is seen ``min_count``
    times and ``ratio`` times commoner than chance (khả năng, mặc dù; not mặc áo)."""
    lm = language_model()
    a, b = lm_index(first), lm_index(second)
    pair = lm.pair_count(a, b)
    return pair >= min_count and associated(lm, a, b, pair, ratio)


@lru_cache(maxsize=65536)
def lm_index(word: str) -> int | None:
    return language_model().index.get(lm_form(word))
