"""Spelling: unknown syllables and real words in the wrong place, with ranked suggestions.

A token is checked in its clause (the tokens between punctuation), as in the
n-gram counts. Each candidate correction c of a word w is scored

    score(c) = ln P(c | previous) + ln P(next | c) − cost(w ← c)

where cost is the error model (``confusions.toml``). A known word is flagged when
some candidate beats it by more than REAL_WORD_MARGIN nats; an unknown word is
always flagged and its candidates are the suggestions, best first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from editkit.vietnamese.confusion import candidates, confusables
from editkit.vietnamese.glued import split_glued
from editkit.vietnamese.inventory import ATTESTED_MIN_COUNT, by_bare_form, count, marked_nonsyllables
from editkit.vietnamese.letters import FOREIGN_LETTERS, foreign_shaped, has_vietnamese_marks, match_word_case
from editkit.vietnamese.lm import language_model
from editkit.vietnamese.syllable import ParseFailure, canonical_spelling, parse_base, parse_syllable, tone_well_placed
from editkit.vietnamese.tokens import Token

REAL_WORD_MARGIN = 5.5
# the config's ``spelling-sensitivity``: how far (nats) a candidate must beat a real word
SENSITIVITY_MARGINS = {"normal": REAL_WORD_MARGIN, "high": 4.0}
CONFIDENT_MARGIN = 3.0  # how far the top suggestion must lead the second for --unsafe-fixes
CLAUSE_BREAK = re.compile(r"[^\s\w]|\n")


@dataclass(frozen=True)
class SpellingIssue:
    token: Token
    kind: str  # "unknown", "real-word" or "merged" (two words without the space between them)
    suggestions: tuple[str, ...]
    confident: bool


def clauses(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Tokens grouped into runs with no punctuation or line break between them."""
    groups: list[list[Token]] = []
    current: list[Token] = []
    for token in tokens:
        if current:
            gap_start = current[-1].end
            # the usual gap is one space: no punctuation, no line break
            if token.start - gap_start != 1 or text[gap_start] != " ":
                if CLAUSE_BREAK.search(text[gap_start: token.start]):
                    groups.append(current)
                    current = []
        current.append(token)
    if current:
        groups.append(current)
    return groups


@lru_cache(maxsize=65536)
def lm_form(word: str | None) -> str | None:
    """The spelling the news counts use: the old tone style (hòa, not hoà)."""
    if word is None:
        return None
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


def supported_candidates(word: str, previous: str | None, following: str | None) -> dict[str, float]:
    """The confusables of ``word`` seen next to one of its neighbours in the news counts.

    A candidate never seen beside either neighbour cannot be far likelier than the word
    itself, so it is not scored (this keeps the check fast).
    """
    lm = language_model()
    left = lm_index(previous) if previous else None
    right = lm_index(following) if following else None
    found = {}
    for candidate, index, cost in scorable_confusables(word):
        if (left is not None and lm.pair_count(left, index)) or (right is not None and lm.pair_count(index, right)):
            found[candidate] = cost
    return found


def rank(word: str, options: dict[str, float], previous: str | None, following: str | None) -> list[tuple[str, float]]:
    scored = [(c, context_score(c, previous, following) - cost) for c, cost in options.items()]
    return sorted(scored, key=lambda cs: (-cs[1], cs[0]))  # ties by spelling: the same in every run


GARBLED_NAME_MIN_COUNT = 1000
FOREIGN_SET = frozenset(FOREIGN_LETTERS)


def garbled_capitalised(token: Token) -> bool:
    """A capitalised word with Vietnamese marks that no syllable is spelled like (Chuâ, Tổgn),
    one slip from a common syllable: a typo, not a name (minority names such as Đắk, Krông
    are in the inventory of attested non-syllables)."""
    return garbled_word(token.lower)


@lru_cache(maxsize=16384)
def garbled_word(word: str) -> bool:
    if not has_vietnamese_marks(word) or any(c in FOREIGN_LETTERS for c in word) or word in marked_nonsyllables():
        return False
    if not isinstance(parse_syllable(word), ParseFailure):
        return False
    return any(count(c) >= GARBLED_NAME_MIN_COUNT for c in candidates(word))


def is_known(word: str) -> bool:
    return count(word) >= ATTESTED_MIN_COUNT or word in marked_nonsyllables()


def vietnamese_shaped(word: str) -> bool:
    if has_vietnamese_marks(word):
        return True
    return not isinstance(parse_base(word), ParseFailure) or word in by_bare_form()


NEAR_TYPO_MIN_COUNT = 1000


def near_vietnamese_typo(word: str, clause: list[Token], index: int) -> bool:
    """An unaccented non-syllable (tromg, lunh) one edit from a common syllable, among Vietnamese words."""
    if len(word) < 4 or not isinstance(parse_base(word), ParseFailure):
        return False  # short words and valid shapes without a tone (top, hit, bar) are too often foreign
    neighbours = [clause[i] for i in (index - 1, index + 1) if 0 <= i < len(clause)]
    if not any(has_vietnamese_marks(t.text) for t in neighbours):
        return False  # an English phrase, not a Vietnamese sentence
    from editkit.vietnamese.confusion import edit_candidates
    from editkit.vietnamese.foreign import is_english

    return any(count(c) >= NEAR_TYPO_MIN_COUNT and not word.startswith(c) for c in edit_candidates(word)) and not is_english(word)


MARKS_SLIP_PAIR = 10  # a lowercase word that no syllable is spelled like (phuc, kich)
MARKS_SLIP_NAME_PAIR = 50  # a capitalised word or a rare English one: names are often unattested, ask for more
MARKS_SLIP_ENGLISH_PAIR = 200  # a common English word (cup, dip): only where the Vietnamese word is very common
COMMON_ENGLISH = 1000  # occurrences in pyspellchecker's English corpus (choc: 214, cup: 78,046)


MIN_ASSOCIATION = 5.0  # a pair seen at least five times as often as its words' frequencies predict


def associated(lm, first: int | None, second: int | None, pair: int) -> bool:
    """The two words make a word or a set phrase (phục vụ, Hy Lạp), not a chance meeting of common
    words (chất của): the pair is far more frequent than independent words would make it."""
    if first is None or second is None or not pair:
        return False
    return pair * lm.total >= MIN_ASSOCIATION * lm.counts[first] * lm.counts[second]


def marks_slip_in_context(token: Token, previous: str | None, following: str | None) -> bool:
    """An unattested word that differs only in its marks from a syllable that makes a common pair
    with a neighbour: ``phuc vụ`` (phục vụ), ``Hy Lap`` (Hy Lạp), ``Lien Xô``, ``Đà Nẳng``. A name
    or a foreign word rarely sits where a Vietnamese word with its spelling is that common."""
    from editkit.vietnamese.foreign import english_frequency
    from editkit.vietnamese.inventory import bare

    lm = language_model()
    left = lm_index(previous) if previous else None
    right = lm_index(following) if following else None
    if left is None and right is None:
        return False
    word = token.lower
    needed = MARKS_SLIP_NAME_PAIR if token.is_capitalized else MARKS_SLIP_PAIR
    evidence = 0
    for candidate, _ in by_bare_form().get(bare(word), ()):
        index = lm_index(candidate)
        if candidate == word or index is None:
            continue
        for first, second in ((left, index), (index, right)):
            pair = lm.pair_count(first, second)
            if pair > evidence and associated(lm, first, second, pair):
                evidence = pair
    if evidence >= needed and token.is_ascii and (frequency := english_frequency(word)):
        needed = MARKS_SLIP_ENGLISH_PAIR if frequency >= COMMON_ENGLISH else max(needed, MARKS_SLIP_NAME_PAIR)
    return evidence >= needed


RARE_ENGLISH_COUNT = 100


@lru_cache(maxsize=4096)
def rare_english(word: str) -> bool:
    """A syllable Vietnamese news seldom writes that is an English word (gin, moa): foreign, not a slip."""
    from editkit.vietnamese.foreign import is_english

    return count(word) < RARE_ENGLISH_COUNT and word.isascii() and is_english(word)


@lru_cache(maxsize=65536)
def lm_index(word: str) -> int | None:
    return language_model().index.get(lm_form(word))


@lru_cache(maxsize=65536)
def word_profile(word: str) -> tuple[bool, bool]:
    """(plain: no foreign letter or ð, known syllable), per lowercase word."""
    return FOREIGN_SET.isdisjoint(word) and "ð" not in word, is_known(word)


LATINISED_NAME_WORDS = 3


def latinised_name(clause: list[Token], index: int) -> bool:
    """The word is one of three or more capitalised words without marks in a row: a name written
    in Latin letters on purpose (Nguyen Van Minh, Dang Van Lam), not a slip of the keyboard."""
    def plain_capital(i: int) -> bool:
        return 0 <= i < len(clause) and clause[i].is_capitalized and clause[i].is_ascii

    first = last = index
    while plain_capital(first - 1):
        first -= 1
    while plain_capital(last + 1):
        last += 1
    return last - first + 1 >= LATINISED_NAME_WORDS


def acronym_like_syllable(token: Token) -> bool:
    """An abbreviation in capitals spelled like a syllable (AI, AN, TO): the news counts, which are
    lowercase, know it as the syllable (ai = who), so it tells nothing about its neighbours.
    Abbreviations no syllable is spelled like (UBND, HLV) keep their counts."""
    return token.is_all_caps and len(token.text) > 1 and not isinstance(parse_syllable(token.lower), ParseFailure)


QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where the text quotes someone (“…” or "…" within a paragraph)."""
    if "“" not in text and '"' not in text:
        return []
    return [m.span() for m in QUOTED.finditer(text)]


@lru_cache(maxsize=1)
def regional_variants() -> dict[str, str]:
    """Spoken regional forms (hổng, nhứt) and the standard word (``regional-variants.tsv``)."""
    from editkit.resources import dictionary_path

    table = {}
    for line in dictionary_path("spelling", "regional-variants.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            variant, standard = line.split("\t")[:2]
            table[variant] = standard
    return table


def check_clause(clause: list[Token], accepted: frozenset[str], real_words: bool = True,
                 margin: float = REAL_WORD_MARGIN, quotes: list[tuple[int, int]] = ()) -> list[SpellingIssue]:
    issues = []
    words = [t.lower for t in clause]
    context = [None if acronym_like_syllable(t) else w for t, w in zip(clause, words)]
    lm = language_model()
    ids = [lm_index(w) for w in words] if real_words else []
    last = len(words) - 1
    for index, token in enumerate(clause):
        word = words[index]
        if token.glued or token.is_all_caps or word in accepted:
            continue
        plain, known = word_profile(word)
        if not known and (parts := split_glued(token.text)):
            issues.append(SpellingIssue(token, "merged", (" ".join(parts),), True))
            continue
        previous = context[index - 1] if index > 0 else None
        following = context[index + 1] if index < last else None
        if token.is_capitalized and not token.sentence_initial:
            if "ð" in word or known or latinised_name(clause, index) or not (
                    garbled_capitalised(token) or marks_slip_in_context(token, previous, following)):
                continue  # a name, unless it cannot be a syllable at all or is a common name's marks slipped
        elif not plain:
            continue  # foreign letters; ð for đ is the look-alike rule's business (EN107)
        if not known:
            if not tone_well_placed(word) and is_known(canonical_spelling(word, "old") or ""):
                continue  # a known syllable with its tone on the wrong vowel (lòai): DI102 reports it
            if token.is_ascii and (isinstance(parse_syllable(word), ParseFailure) or not vietnamese_shaped(word)):
                if not (near_vietnamese_typo(word, clause, index) or marks_slip_in_context(token, previous, following)):
                    continue  # bare letters that are no syllable: a foreign word, a code or a name, unless
                    # one slip from a common word among Vietnamese words and no English word (tromg, Tromg)
                    # or a common word with its marks left out (phuc vụ)
            elif token.is_capitalized and not (garbled_capitalised(token) or marks_slip_in_context(token, previous, following)):
                continue  # an unattested capitalised word is a name, at the start of a sentence too
            elif not vietnamese_shaped(word) or foreign_shaped(word, is_known):
                continue  # a foreign word (attachés) or an unknown abbreviation, not Vietnamese
            ranked = rank(word, candidates(word), previous, following)
            suggestions = tuple(match_word_case(token.text, c) for c, _ in ranked[:5])
            confident = len(ranked) == 1 or (len(ranked) > 1 and ranked[0][1] - ranked[1][1] >= CONFIDENT_MARGIN)
            issues.append(SpellingIssue(token, "unknown", suggestions, bool(ranked) and confident))
            continue
        if not real_words or (previous is None and following is None):
            continue
        if quotes and word in regional_variants() and any(a < token.start < b for a, b in quotes):
            continue  # a speaker's own regional word (hổng, nhứt), printed as spoken
        left = lm.pair_count(ids[index - 1], ids[index]) if previous is not None else None
        right = lm.pair_count(ids[index], ids[index + 1]) if following is not None else None
        if counts_fit(left, right):
            continue
        options = supported_candidates(word, previous, following)
        if not options:
            continue
        own = context_score(word, previous, following)
        ranked = rank(word, options, previous, following)
        best, best_score = ranked[0]
        if best_score - own > margin and not rare_english(word):
            runner_up = ranked[1][1] if len(ranked) > 1 else own
            confident = best_score - max(runner_up, own) >= CONFIDENT_MARGIN
            issues.append(SpellingIssue(token, "real-word", (match_word_case(token.text, best),) + tuple(
                match_word_case(token.text, c) for c, s in ranked[1:4] if s > own), confident))
    return issues


def check_tokens(text: str, tokens: list[Token], accepted: frozenset[str] = frozenset(), real_words: bool = True,
                 margin: float = REAL_WORD_MARGIN) -> list[SpellingIssue]:
    issues = []
    quotes = quoted_spans(text) if real_words else []
    for clause in clauses(text, tokens):
        issues.extend(check_clause(clause, accepted, real_words, margin, quotes))
    return issues
