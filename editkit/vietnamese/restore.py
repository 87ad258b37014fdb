"""Text typed without diacritics: recognise it and suggest the accented text.

A sentence is *unaccented* when it has enough words, none carries a
Vietnamese mark, nearly all are shaped like Vietnamese syllables, and most are
far more often written with marks than without in the news counts. English
and other foreign sentences fail the shape test (clusters, f/j/w/z, -s, -ed).
"""

from __future__ import annotations

from editkit.vietnamese.inventory import by_bare_form, count
from editkit.vietnamese.letters import has_vietnamese_marks, match_word_case
from editkit.vietnamese.syllable import ParseFailure, parse_base

MIN_WORDS = 5
MIN_SHAPED = 0.9
MIN_EVIDENCE = 0.5


def needs_marks(word: str) -> bool:
    """A bare word that news text writes with diacritics far more often than without."""
    lower = word.lower()
    candidates = by_bare_form().get(lower)
    if not candidates:
        return False
    marked_total = sum(n for s, n in candidates if s != lower)
    return marked_total > 2 * count(lower)


def looks_unaccented(words: list[str], min_words: int = MIN_WORDS) -> bool:
    if len(words) < min_words or any(has_vietnamese_marks(w) for w in words):
        return False
    bare_forms = by_bare_form()
    shaped = sum(w.lower() in bare_forms or not isinstance(parse_base(w.lower()), ParseFailure) for w in words)
    if shaped < MIN_SHAPED * len(words):
        return False
    return sum(needs_marks(w) for w in words) >= MIN_EVIDENCE * len(words)


def restore_sentence(words: list[str]) -> list[str]:
    """The most likely accented sentence: a Viterbi search over each word's accented forms
    scored by the syllable bigram model (unaccented words with no known form stay as they are)."""
    from editkit.vietnamese.lm import language_model

    lm = language_model()
    table = by_bare_form()
    lattice = []
    for word in words:
        if word.isdigit():
            lattice.append(["<num>"])  # numbers are <num> in the counts: "nam 2020" is "năm 2020"
            continue
        options = [s for s, _ in table.get(word.lower(), [])[:12]] or [word.lower()]
        lattice.append(options)
    # Viterbi with back-pointers (a path copied at every step would make a long run quadratic)
    best: dict[str, float] = {o: lm.unigram_logprob(o) for o in lattice[0]}
    back: list[dict[str, str]] = []
    for options in lattice[1:]:
        step: dict[str, float] = {}
        came_from: dict[str, str] = {}
        for option in options:
            score, previous = max(((s + lm.logprob(option, prev), prev) for prev, s in best.items()), key=lambda sp: sp[0])
            step[option], came_from[option] = score, previous
        best = step
        back.append(came_from)
    last = max(best.items(), key=lambda item: item[1])[0]
    path = [last]
    for came_from in reversed(back):
        path.append(came_from[path[-1]])
    path.reverse()
    return [original if original.isdigit() else match_word_case(original, chosen) for original, chosen in zip(words, path)]
