"""Spelling: unknown syllables and real words in the wrong place, with ranked suggestions.

A token is checked in its clause (the tokens between punctuation), as in the
n-gram counts. Each candidate correction c of a word w is scored

    score(c) = ln P(c | previous) + ln P(next | c) − cost(w ← c)

where cost is the error model (``confusions.toml``). A known word is flagged when
some candidate beats it by more than REAL_WORD_MARGIN nats; an unknown word is
always flagged and its candidates are the suggestions, best first.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from editkit.vietnamese.confusion import candidates, confusables
from editkit.vietnamese.context import (
    context_score,
    counts_fit,
    lm_form,
    lm_index,
    makes_a_word,
    rank,
    seen_beside,
    supported_candidates,
    supported_marked_spellings,
)
from editkit.vietnamese.glued import split_glued
from editkit.vietnamese.letters import foreign_shaped, match_word_case
from editkit.vietnamese.lm import language_model
from editkit.vietnamese.syllable import ParseFailure, canonical_spelling, parse_syllable, tone_well_placed
from editkit.vietnamese.tokens import Token, capitalised_inside
from editkit.vietnamese.word_kinds import (
    acronym_like_syllable,
    before_a_place_name,
    beside_marked_word,
    common_slip,
    confusion_partners,
    echoes,
    english_clause,
    foreign_letter_slip,
    garbled_capitalised,
    in_diminutive_pair,
    in_split_compound,
    in_english_phrase,
    in_vietnamese_clause,
    its_marks_left_out,
    is_known,
    lowercase_abbreviations,
    marks_left_out_of_nonsyllable,
    marks_slip_in_context,
    names_in_clause,
    near_vietnamese_typo,
    quoted_spans,
    rare_english,
    reduplicative_with_neighbour,
    regional_forms,
    runs,
    vietnamese_shaped,
    vowel_left_out,
    vowel_left_out_of_lowercase_run,
    vowels_put_back,
    vowels_put_back_in_set_phrases,
    word_profile,
)

REAL_WORD_MARGIN = 5.0
# the config's ``spelling-sensitivity``: how far (nats) a candidate must beat a real word
SENSITIVITY_MARGINS = {"normal": REAL_WORD_MARGIN, "high": 4.0}
# how much less a word known to be mixed up with the written one (confusion-pairs.tsv) must beat it by
KNOWN_PAIR_BONUS = 3.0
# how often a word's two pairs must be seen for a known mix-up to get no bonus (KNOWN_PAIR_BONUS): one of
# them COMMON_PAIR times, the other FITTING_PAIR times (bao tiêu để xuất sang: tiêu để 51, để xuất 110 times;
# đề xuất is far commoner, but a word this at home on both sides is no slip to suspect on a hunch)
COMMON_PAIR = 100
FITTING_PAIR = 50
# how much less a candidate must beat the written word by where the article writes it beside the same
# neighbour elsewhere: the writer's own usage (80.000 đồng/kg … 128.000 đồn/kg)
DOCUMENT_BONUS = 2.0
# a word the news seldom writes (fewer than TOPIC_WORD_NEWS_COUNT times) that the article itself writes
# TOPIC_WORD_REPEATS times or more is the article's topic (cói, chẻ cói, chiếc giỏ in a story on a
# sedge-weaving village), not the same slip made each time: only a known mix-up is checked there
TOPIC_WORD_NEWS_COUNT = 1000
TOPIC_WORD_REPEATS = 3
# a word the article writes this often is its own, however common in the news (gác đèn, ngọn đèn and
# thắp đèn in a lighthouse story are no slips for đền; kho hàng, chủ kho in a warehouse raid for cho):
# only a known mix-up is checked there too (four, not six: on the news articles' slip trials it missed
# 2 slips in 2,500 more and spared 6 of the 77 false alarms at high sensitivity)
TOPIC_WORD_ANY_REPEATS = 4
# how much less a word's own spelling with marks must beat it by where the word, in lower case, has no
# marks among words that have them (a capitalised one is more often a name written bare: Chu, Dinh Bà)
TYPED_BARE_BONUS = 1.0
# how far a candidate must lead for a rare English word (gi, moa) to be read as a Vietnamese slip
ENGLISH_OUTWEIGHED = 8.0
# how often a capitalised word inside a sentence and a candidate after it must be seen together for the
# pair to be a word of its own (Lực lượng, Hạm đội), not a name before a word (Trường chuyền cho)
NAME_AS_WORD_COUNT = 20
CONFIDENT_MARGIN = 3.0  # how far the top suggestion must lead the second for --unsafe-fixes
CLAUSE_BREAK = re.compile(r"[^\s\w]|\n")


@dataclass(frozen=True)
class SpellingIssue:
    token: Token
    kind: str  # "unknown", "real-word" or "merged" (two words without the space between them)
    suggestions: tuple[str, ...]
    confident: bool
    repeats: int = 1  # an unknown word the article writes again and again: how often (reported once)


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


NUMBER = "<num>"  # how the news counts write a number
SPACES = " \t\u00a0"


def number_beside(text: str, position: int, step: int) -> bool:
    """A number stands next to a word, only spaces between: from ``position`` (the character
    before the word, step -1, or after it, step 1) the first other character is a digit."""
    while 0 <= position < len(text) and text[position] in SPACES:
        position += step
    return 0 <= position < len(text) and text[position].isdigit()


def neighbours(text: str, clause: list[Token]) -> tuple[list[str | None], list[str | None]]:
    """Each word's left and right neighbours as the news counts see them: the next word of the
    clause, ``<num>`` for a number in between (``từ 10 triệu đến 100 triệu``), None at a clause's
    edge. An abbreviation spelled like a syllable is no neighbour (acronym_like_syllable)."""
    words = [None if acronym_like_syllable(t) else t.lower for t in clause]
    lefts: list[str | None] = []
    rights: list[str | None] = []
    last = len(clause) - 1
    for index, token in enumerate(clause):
        # between two words of the clause with only spaces between them, no number can stand
        spaced_before = index and not text[clause[index - 1].end: token.start].strip(SPACES)
        spaced_after = index < last and not text[token.end: clause[index + 1].start].strip(SPACES)
        lefts.append(words[index - 1] if spaced_before else NUMBER if number_beside(text, token.start - 1, -1)
                     else words[index - 1] if index else None)
        rights.append(words[index + 1] if spaced_after else NUMBER if number_beside(text, token.end, 1)
                      else words[index + 1] if index < last else None)
    return lefts, rights


def check_clause(text: str, clause: list[Token], accepted: frozenset[str], real_words: bool = True,
                 margin: float = REAL_WORD_MARGIN, quotes: list[tuple[int, int]] = (),
                 usage: DocumentUsage | None = None, beside=None,
                 listed: tuple[str | None, str | None] = (None, None),
                 spoken: frozenset[tuple[str | None, str | None]] = frozenset()) -> list[SpellingIssue]:
    """The clause's spelling issues. ``listed``: the words across a comma before the clause's first
    word and after its last (``dông, lốc``), or None (see list_neighbours); ``spoken``: the document's
    quoted regional words with their neighbours (spoken_pairs), which its headline may take up."""
    issues = []
    lefts, rights = beside or neighbours(text, clause)
    latinised: list[bool] | None = None  # computed for the first capitalised word that needs it
    english: list[bool] = []  # english_clause(clause), asked once, by the first word that needs it

    def in_english() -> bool:
        if not english:
            english.append(english_clause(clause))
        return english[0]
    named = named_before_acronym(text, clause)
    for index, token in enumerate(clause):
        word = token.lower
        if token.glued or token.is_all_caps or word in accepted:
            continue
        plain, known = word_profile(word)
        if not known and (parts := split_glued(token.text)):
            issues.append(SpellingIssue(token, "merged", (" ".join(parts),), True))
            continue
        if token.start and text[token.start - 1] == "-" and in_transliterated_name(text, token.start - 1):
            continue  # Ga-ga-rin, Vla-đi-mia: a foreign name spelled out syllable by syllable
        previous, following = lefts[index], rights[index]
        if token.is_capitalized and name_run_sides(clause, index)[1] and opens_with_a_surname(word):
            continue  # Quàng Minh (a byline's too), Giàng A Páo: a surname of the ethnic groups, no slip of Quang, Giang
        # a capitalised word found garbled or a common word with its marks slipped is a typo, not a
        # name; asked once per word, as the checks below would ask it again
        vouched = False
        if capitalised_inside(token):
            if latinised is None:
                latinised = [True] * len(clause) if in_english() else names_in_clause(clause)
            inside_left, inside_right = name_run_sides(clause, index)
            if "ð" in word or latinised[index] or not (garbled_capitalised(token) or marks_slip_in_context(
                    token, previous if inside_left or not inside_right else None,
                    following if inside_right or not inside_left else None)):
                continue  # a name, unless it cannot be a syllable at all or is a common name's marks slipped
            if usage is not None and token.text in usage.given_names and alone_in_capitals(clause, index):
                continue  # Em Và Thị Dợ … "…", Dợ cười: the given name of a full name the article wrote
            if usage is not None and token.text in usage.names_by_habit:
                continue  # chuyến thăm chính thức Lào: the article writes Lào with its capital every time
            vouched = True
        elif not plain and (hyphen_joined(text, token) or not slip_to_foreign_letter(token, clause, index)):
            continue  # foreign letters (ba-zơ, a loanword spelled out); ð for đ is the look-alike rule's business (EN107)
        if not known:
            if token.is_ascii and not vouched and in_english():
                continue  # bare letters in an English clause are English (We had goi cuon and pho)
            if hyphen_joined(text, token):
                continue  # mê-tha-nol, hy-đrô: a loanword spelled out syllable by syllable
            issue = unknown_word_issue(token, clause, index, previous, following, vouched,
                                       quoted=inside_quotes(token, quotes))
        elif index == 0 and (slipped := slipped_day_part(text, token)) is not None:
            issue = slipped
        elif (real_words and (previous, word) not in spoken and (word, following) not in spoken
              and not (quotes and spoken_in_quotes(token, quotes))
              and token.start not in named):
            across = (listed[0] if index == 0 else None, listed[1] if index == len(clause) - 1 else None)
            outer = (lefts[index - 1] if index > 0 else None, rights[index + 1] if index + 1 < len(clause) else None)
            issue = real_word_issue(token, previous, following, margin, usage, typed_bare(token, clause, index),
                                    across, outer)
            if (issue is not None and index == len(clause) - 1 and issue.suggestions[0].lower() in never_clause_final()
                    and CLAUSE_ENDS.match(text, token.end)):
                issue = None  # gốc phượng già, → và: a word that never ends a clause is no fix for its last word
            if (issue is not None and index and capitalised_inside(clause[index - 1]) and not token.is_capitalized
                    and not makes_a_word(previous, issue.suggestions[0], NAME_AS_WORD_COUNT)):
                # Phút 67, Trường chuyền cho: a name before the word, with which the candidate makes no
                # word (Thịnh vương chung → vượng does): the word is judged on its right alone
                issue = real_word_issue(token, None, following, margin, usage, typed_bare(token, clause, index),
                                        across, (None, outer[1]))
            if issue is not None and not_a_slip_by_its_place(text, clause, lefts, index):
                issue = None  # asked only of a word found unlikely: most of a text is not
        else:
            issue = None
        if issue is not None:
            issues.append(issue)
    return issues


def not_a_slip_by_its_place(text: str, clause: list[Token], lefts: list[str | None], index: int) -> bool:
    """The word's place says it is no slip, however unlikely its pairs: half of a diminutive pair or
    of a compound split by a line, joined to a foreign word, ``trở lên`` after a count, a noun before a
    place's name, a measure the news writes after a number hundreds of times."""
    return (in_diminutive_pair(clause, index) or in_split_compound(clause, index)
            or joined_to_a_foreign_word(text, clause[index]) or or_more_after_a_count(clause, lefts, index)
            or before_a_place_name(clause, index) or measure_after_a_number(clause, lefts, index))


MEASURE_AFTER_A_NUMBER = 500  # how often the news counts write the word right after a number: a measure or a classifier


def measure_after_a_number(clause: list[Token], lefts: list[str | None], index: int) -> bool:
    """The word stands right after a number, where the news writes it hundreds of times: a measure or a
    classifier (``trồng thêm 3 ha sen``: the hectare, 1,092 times after a number, read as ``hoa`` because
    ``ha sen`` is unseen), whatever follows it."""
    if lefts[index] != NUMBER:
        return False
    lm = language_model()
    return lm.pair_count(lm_index(NUMBER), lm_index(clause[index].lower)) >= MEASURE_AFTER_A_NUMBER


UPWARD = frozenset({"lên", "xuống"})  # trở lên, trở xuống: "or more", "or less"
COUNT_REACH = 3  # the words whose left neighbour may be the count: trở and the two before it (10 xe máy trở lên)


def or_more_after_a_count(clause: list[Token], lefts: list[str | None], index: int) -> bool:
    """``trở lên`` (or more) and ``trở xuống`` (or less) after a count, in figures or words (``từ 10
    lần trở lên``, ``18 tuổi trở lên``, ``từ hai con trở lên``): no slip of ``trở nên`` (to become)."""
    if clause[index].lower not in UPWARD or index < 1 or clause[index - 1].lower != "trở":
        return False
    return any(left == NUMBER or left in number_words() for left in lefts[max(0, index - COUNT_REACH): index])


@lru_cache(maxsize=1)
def number_words() -> frozenset[str]:
    """The number words of the dates vocabulary (một … mười) but năm, a year far more often."""
    from editkit.vietnamese.dates.lexicon import vocabulary

    return frozenset(vocabulary()["numbers"]) - {"năm"}


def opens_with_a_surname(word: str) -> bool:
    """``word`` is a surname of ``dictionaries/spelling/surnames.txt`` (Quàng, Lường, Giàng, Thào)."""
    from editkit.vocabulary import surnames

    return lm_form(word) in surnames()


def name_run_sides(clause: list[Token], index: int) -> tuple[bool, bool]:
    """Whether the words on the left and on the right of the clause's ``index``-th word are capitalised:
    inside a run of capitalised words, a marks slip is read from the run (``Hy Lap``, ``Lien Xô``), not
    from the word outside it, which stands beside a name's first or last word (``trống Đọi Tam giữ``: not
    ``tạm giữ``)."""
    return (index > 0 and clause[index - 1].is_capitalized,
            index + 1 < len(clause) and clause[index + 1].is_capitalized)


ACRONYM_AFTER = re.compile(r"[^\S\n]*\([^\S\n]*(?P<acronym>[^\W\d_][\w&.-]*)[^\S\n]*\)")
NAME_LOWERCASE_RUN = 4  # lower-case words a name writes between two capitalised ones (Hiệp hội các quốc gia Đông Nam Á)


def named_before_acronym(text: str, clause: list[Token]) -> frozenset[int]:
    """Where the lower-case words of a name spelled out before its acronym in brackets stand:
    ``Thị trường chung Nam Mỹ (Mercosur)``, ``Liên minh châu Âu (EU)``. Vietnamese capitalises
    only a name's first word and its proper names, so the name runs back from the bracket to a
    capitalised word over runs of at most four lower-case words; their pairs are the name's
    (``chung Nam``), no evidence against them. The acronym is in capitals or no Vietnamese word
    (``(Huế)`` after a name is a place)."""
    after = ACRONYM_AFTER.match(text, clause[-1].end)
    if after is None:
        return frozenset()
    acronym = after.group("acronym")
    capitals = sum(c.isupper() for c in acronym)
    if not acronym[0].isupper() or (capitals < 2 and (len(acronym) < 3 or is_known(acronym.lower()))):
        return frozenset()
    named: set[int] = set()
    run: list[int] = []
    for token in reversed(clause):
        if token.is_capitalized:
            named.update(run)
            run = []
        elif len(run) == NAME_LOWERCASE_RUN:
            break
        else:
            run.append(token.start)
    return frozenset(named)


TRANSLITERATED_NAME_REACH = 40  # characters looked back along a hyphenated name (Xta-lin-grát)


def in_transliterated_name(text: str, hyphen: int) -> bool:
    """The hyphen at ``hyphen`` joins syllables of a capitalised word spelled out the old way, with
    hyphens and no spaces (Yu-ri Ga-ga-rin, Mát-xcơ-va, Pê-téc-bua): the chain of letters and
    hyphens before it opens on a capital letter."""
    position = hyphen
    floor = max(0, hyphen - TRANSLITERATED_NAME_REACH)
    while position > floor and (text[position - 1].isalpha() or text[position - 1] == "-"
                                or "\u0300" <= text[position - 1] <= "\u036f"):
        position -= 1
    return position < hyphen and text[position].isupper()


def hyphen_joined(text: str, token: Token) -> bool:
    """The word is joined by a hyphen to a letter on either side: a syllable of a loanword spelled out
    the old way (ba-zơ, ô-zôn, pi-a-nô, mê-tha-nol, hy-đrô), whose syllables need not be Vietnamese."""
    before, after = token.start, token.end
    return (before > 1 and text[before - 1] == "-" and text[before - 2].isalpha()) or (
        after + 1 < len(text) and text[after] == "-" and text[after + 1].isalpha())


LETTERS_BEFORE = re.compile(r"[^\W\d_]+$")
LETTERS_AFTER = re.compile(r"[^\W\d_]+")


def joined_to_a_foreign_word(text: str, token: Token) -> bool:
    """The word is joined by a hyphen to a word that is no Vietnamese syllable: a foreign compound's
    (``zero-day``, ``check-in``, ``K-pop``), whose English half is no slip of a Vietnamese word."""
    before, after = token.start, token.end
    if before > 1 and text[before - 1] == "-" and (left := LETTERS_BEFORE.search(text, max(0, before - 30), before - 1)):
        if not is_known(left.group().lower()):
            return True
    if after + 1 < len(text) and text[after] == "-" and (right := LETTERS_AFTER.match(text, after + 1)):
        return not is_known(right.group().lower())
    return False


def slip_to_foreign_letter(token: Token, clause: list[Token], index: int) -> bool:
    """A word with f, j, w or z that is a Vietnamese word with one key slipped: ``chinj phục`` (no
    English word, among Vietnamese words), ``độnf``, ``tjáng 9`` (foreign_letter_slip)."""
    word = token.lower
    if "ð" in word:
        return False
    if token.is_ascii:
        return near_vietnamese_typo(word, clause, index)  # jump, wifi and zalo stay foreign
    return foreign_letter_slip(word, clause, index)


def unknown_word_issue(token: Token, clause: list[Token], index: int, previous: str | None, following: str | None,
                       vouched: bool, quoted: bool = False) -> SpellingIssue | None:
    """An unattested word, with its corrections ranked, unless it is a name, a foreign word or
    a known syllable with a misplaced tone. ``vouched``: a capitalised word already found to be
    a typo (garbled, or a common word's marks slipped); ``quoted``: inside a quotation, where a
    chat's abbreviations (``mn ơi``, ``ck``) are quoted as written."""
    word = token.lower
    if not tone_well_placed(word) and is_known(canonical_spelling(word, "old") or ""):
        return None  # a known syllable with its tone on the wrong vowel (lòai): DI102 reports it
    if NUMBER in (previous, following) and word in lowercase_abbreviations():
        return None  # a unit beside its number (xe dưới 50 cc): no vowel left out of các
    if token.is_ascii and (isinstance(parse_syllable(word), ParseFailure) or not vietnamese_shaped(word)):
        if not (vouched or near_vietnamese_typo(word, clause, index) or marks_slip_in_context(token, previous, following)
                or marks_left_out_of_nonsyllable(word, clause, index) or vowel_left_out(word, clause, index)
                or vowel_left_out_of_lowercase_run(token, clause, index, not quoted and NUMBER not in (
                    previous, following) and previous is not None and following is not None)):
            return None  # bare letters that are no syllable: a foreign word, a code or a name, unless
            # one slip from a common word among Vietnamese words and no English word (tromg, Tromg)
            # or a common word with its marks left out (phuc vụ)
    elif token.is_capitalized and not (vouched or garbled_capitalised(token) or marks_slip_in_context(token, previous, following)):
        return None  # an unattested capitalised word is a name, at the start of a sentence too
    elif not vietnamese_shaped(word) or foreign_shaped(word, is_known, common_slip):
        return None  # a foreign word (attachés) or an unknown abbreviation, not Vietnamese
    if reduplicative_with_neighbour(clause, index):
        return None  # lộp cộp, đỏ hây hây: a reduplicative the news counts never saw
    vowelless = vowels_put_back(word)  # a run of consonants: the vowels put back, ranked by the context alone
    ranked = rank(word, vowelless or candidates(word), previous, following)
    if token.is_ascii and not vowelless and (in_phrases := vowels_put_back_in_set_phrases(word, clause, index)):
        # a vowel left out (bảo vật quc gia): the syllable that makes the set phrase comes first
        ranked = sorted(ranked, key=lambda cs: cs[0] not in in_phrases)
    suggestions = tuple(match_word_case(token.text, c) for c, _ in ranked[:5])
    confident = len(ranked) == 1 or (len(ranked) > 1 and ranked[0][1] - ranked[1][1] >= CONFIDENT_MARGIN)
    return SpellingIssue(token, "unknown", suggestions, bool(ranked) and confident)


# the words that open a news sentence before a day and month: Sáng 25/11, … · Chiều 24/11, …
# (the parts of the day of the dates vocabulary's strong cues, without mùng/mồng: Mừng 20/11 is a greeting)
DAY_PARTS = frozenset({"sáng", "trưa", "chiều", "tối", "đêm", "khuya", "ngày", "hôm", "rạng"})
DAY_MONTH_AFTER = re.compile(r"[ \t]+(\d{1,2})\s?[/.-]\s?(\d{1,2})(?!\d)")


@lru_cache(maxsize=1)
def date_cue_words() -> frozenset[str]:
    """Words that stand before a date in their own right (tới 25/11, đến 25/11, sau 25/11): the dates
    vocabulary's cues."""
    from editkit.vietnamese.dates.lexicon import vocabulary

    return frozenset(w for w in vocabulary()["cues"]["before_day_month"] if " " not in w)


def slipped_day_part(text: str, token: Token) -> SpellingIssue | None:
    """A word opening a clause right before a day/month that is one slip from a part of the day, as
    news sentences open (``Chiếu 25/11,`` → Chiều, ``Sang 25/11`` → Sáng, ``Tồi 24/11`` → Tối):
    no other word stands there, but a date's own cue (``Tới 25/11``) and a count (``Hơn 25/30``)."""
    date = DAY_MONTH_AFTER.match(text, token.end)
    if date is None or token.lower in DAY_PARTS or token.lower in date_cue_words():
        return None  # (most clauses end the test at the regex, before any import)
    from editkit.vietnamese.dates.resolve import possible_day_month

    if not possible_day_month(int(date.group(1)), int(date.group(2))):
        return None
    parts = sorted((cost, candidate) for candidate, cost in confusables(token.lower) if candidate in DAY_PARTS)
    if not parts:
        return None
    suggestions = tuple(match_word_case(token.text, candidate) for _, candidate in parts[:3])
    return SpellingIssue(token, "real-word", suggestions, len(parts) == 1 or parts[0][0] < parts[1][0])


def inside_quotes(token: Token, quotes: list[tuple[int, int]]) -> bool:
    """The token stands inside one of the quotations (quoted_spans)."""
    return any(a < token.start < b for a, b in quotes)


def spoken_in_quotes(token: Token, quotes: list[tuple[int, int]]) -> bool:
    """A speaker's own regional word (hổng, nhứt) inside quotation marks, printed as spoken."""
    return token.lower in regional_forms() and inside_quotes(token, quotes)


def spoken_pairs(found, quotes: list[tuple[int, int]]) -> frozenset[tuple[str | None, str | None]]:
    """The pairs a quoted regional word makes with its neighbours (``hổng có`` in ``"… hổng có nghề
    gì dễ …"``): a headline taking up the speaker's words echoes them (``Hổng có nghề gì dễ, …``),
    where the same word in words of the writer's own (``Tư lệnh thống nhứt``) is still read."""
    pairs = set()
    for clause, (lefts, rights) in found:
        for index, token in enumerate(clause):
            if spoken_in_quotes(token, quotes):
                pairs.update(((lefts[index], token.lower), (token.lower, rights[index])))
    return frozenset(pair for pair in pairs if None not in pair)


def typed_bare(token: Token, clause: list[Token], index: int) -> bool:
    """A word without marks where the input method may have been off for it: capitalised (a name's
    shape: Dinh cư), beside a word with marks (gửi ban bè, triều đình ban sắc), or in a clause of
    Vietnamese (``điện thoại di dong.``: three words with marks near it)."""
    return token.is_ascii and (token.is_capitalized or beside_marked_word(clause, index)
                               or in_vietnamese_clause(clause, index))


def real_word_issue(token: Token, previous: str | None, following: str | None, margin: float,
                    usage: DocumentUsage | None = None, bare: bool = False,
                    across: tuple[str | None, str | None] = (None, None),
                    outer: tuple[str | None, str | None] = (None, None)) -> SpellingIssue | None:
    """A known word far less likely between its neighbours than a word one slip away from it; a
    candidate the document itself writes beside the same neighbour elsewhere needs DOCUMENT_BONUS
    nats less (``128.000 đồn/kg`` where the article writes ``80.000 đồng/kg``). At a clause's edge,
    ``across`` holds the list item across the comma (``của dông, lốc``: lốc after dông); ``outer``
    holds the words beyond the neighbours (see words_for_rare_pair)."""
    if previous is None and following is None:
        return None
    word = token.lower
    possible = rare_pair_possible(word, previous, following)  # the words beyond are asked for only there
    found = real_word_verdict(word, previous, following, bare,
                              (outer[0] if possible[0] else None, outer[1] if possible[1] else None))
    if found is None:
        return None
    suggestions, confident, lead = found
    # mua nha hiện → nhà: the input method off for a word (asked only where the bonus can decide: the
    # English word list it reads is slow to load)
    if (bare and margin - DOCUMENT_BONUS - TYPED_BARE_BONUS < lead <= margin and not token.is_capitalized
            and its_marks_left_out(word, suggestions[0]) and not far_commoner(word, suggestions[0])):
        lead += TYPED_BARE_BONUS
    if lead <= margin and (usage is None or lead <= margin - DOCUMENT_BONUS
                           or lm_form(suggestions[0]) not in usage.written_beside(word, previous, following)):
        return None
    if usage is not None and usage.topic_word(word) and lm_form(suggestions[0]) not in confusion_partners().get(
            lm_form(word), frozenset()):
        return None
    if in_english_phrase(word, (previous, following)):
        return None
    if listed_as_a_pair(word, suggestions[0], *across):
        return None
    if rare_english(word) and lead < ENGLISH_OUTWEIGHED and not (bare and its_marks_left_out(word, suggestions[0])):
        return None  # gin, moa: foreign words; but not gi in "không có gi để", where gì leads by 9.7 nats
    return SpellingIssue(token, "real-word", tuple(match_word_case(token.text, c) for c in suggestions), confident)


# how many times as often as its spelling with marks a word without them must be written for its
# bareness to say nothing: trong (160,683 times in the news counts) is no trông (2,067) typed bare
BARE_COMMONER = 20


def far_commoner(word: str, marked: str) -> bool:
    """The word without marks is BARE_COMMONER times as common as ``marked``: written bare, it is
    still far likelier the word itself than the other with its marks left out."""
    lm = language_model()
    return lm.count(lm_form(word)) >= BARE_COMMONER * max(1, lm.count(lm_form(marked)))


@lru_cache(maxsize=65536)  # a word between the same neighbours recurs across an archive (những người, cũng là)
def real_word_verdict(word: str, previous: str | None, following: str | None, typed_bare: bool,
                      outer: tuple[str | None, str | None] = (None, None)) -> tuple[tuple[str, ...], bool, float] | None:
    """(suggestions best first, confident, lead) for a known word between its neighbours, where the
    lead is how many nats the best word one slip away beats it by (a known mix-up's bonus included);
    None when no such word is worth a look. ``typed_bare``: written without marks where they may
    have been left out (the function typed_bare): its spellings with marks are candidates too.
    ``outer``: the words beyond the neighbours (see words_for_rare_pair), or None."""
    lm = language_model()
    own_id = lm_index(word)
    left = lm.pair_count(lm_index(previous), own_id) if previous is not None else None
    right = lm.pair_count(own_id, lm_index(following)) if following is not None else None
    partners = confusion_partners().get(lm_form(word), frozenset())
    if counts_fit(left, right):
        # the word's pairs are common: only a word it is known to be mixed up with is worth a look
        # (đã dành được → giành: the news itself prints the wrong pair often enough), or the word
        # with the marks left out of it (từ ngay 1/7 → ngày), or a word that makes a word of its own with
        # the neighbour the news never saw beside it (trước của ngõ → cửa: trước của is common, của ngõ unseen)
        # or saw hundreds of times less often than beside the other word (phải tiết kế → thiết)
        partners = (partners | marks_left_out_of(word, previous, following, left, right)
                    | words_for_unseen_pair(word, previous, following, left, right)
                    | words_for_rare_pair(word, previous, following, outer))
        if not partners:
            return None
        options = supported_candidates(word, previous, following, among=partners)
    else:
        options = supported_candidates(word, previous, following)
        if typed_bare:  # Dinh cư, gửi ban bè: the input method off for a word
            for candidate, cost in supported_marked_spellings(word, previous, following).items():
                options[candidate] = min(cost, options.get(candidate, cost))
    echoed = [seen_beside(*side) for side in echoed_unseen(word, previous, following)]
    options = {c: cost for c, cost in options.items() if not names_a_place(previous, c, following)
               and all(seen(lm_index(c)) for seen in echoed)}
    if not options:
        return None
    own = context_score(word, previous, following)
    ranked = rank(word, options, previous, following)
    best, best_score = ranked[0]
    # a known mix-up needs less evidence where both neighbours are Vietnamese words, not beside a typo
    # (đả kich), whose counts favour whichever candidate is commonest; at a clause's edge one pair is
    # weak evidence (có thể có bão.) unless the candidate makes a word with its one neighbour (Mặt dù
    # → Mặc dù: mặc dù is a word of its own)
    if previous is not None and following is not None:
        known_neighbours = all(n == NUMBER or is_known(n) for n in (previous, following))
    else:
        known_neighbours = makes_a_word_at_edge(best, previous, following)
    # (not where both the word's pairs are common: không lên được, seen 108 and 136 times, is no slip of
    # không nên, however often the pair is mixed up)
    bonus = lm_form(best) in partners and known_neighbours and not both_pairs_common(left, right)
    lead = best_score - own + (KNOWN_PAIR_BONUS if bonus else 0.0)
    runner_up = ranked[1][1] if len(ranked) > 1 else own
    confident = best_score - max(runner_up, own) >= CONFIDENT_MARGIN
    return (best,) + tuple(c for c, score in ranked[1:4] if score > own), confident, lead


def echoed_unseen(word: str, previous: str | None, following: str | None) -> list[tuple[str | None, str | None]]:
    """The neighbours, each as a (previous, following) pair with the other side None, with which the
    word makes a reduplicative the news never saw (``lũn cũn``, ``lủng củng``: word_kinds.echoes; too
    rare for the counts). A word the news never saw beside such a neighbour either is no candidate
    (``lũn cũng``), while a slip that took its neighbour's tone is still found (``sửa chửa`` → ``chữa``:
    ``sửa chữa`` is common)."""
    own = lm_index(word)
    sides = ((previous, None), (None, following))
    return [side for side in sides if (side[0] or side[1]) is not None and not seen_beside(*side)(own)
            and echoes(word, side[0] or side[1])]


CLAUSE_ENDS = re.compile(r"[^\S\n]*(?:[.,;:!?…)\]\"”»]|\n|$)")  # (not a number after it: các ngày 18 va 23/3)


@lru_cache(maxsize=1)
def never_clause_final() -> frozenset[str]:
    """Words that never end a clause (``never_clause_final`` in ``confusions.toml``: và, của, các)."""
    from editkit.vietnamese.confusion import model

    return frozenset(model()["never_clause_final"])


def both_pairs_common(left: int | None, right: int | None) -> bool:
    """The pairs the word makes with its neighbours are both common in the news counts: one seen
    COMMON_PAIR times or more, the other FITTING_PAIR times or more."""
    return left is not None and right is not None and max(left, right) >= COMMON_PAIR and min(left, right) >= FITTING_PAIR


def names_a_place(previous: str | None, candidate: str, following: str | None) -> bool:
    """The candidate and a neighbour name a province or city (``căn hai phòng`` → ``hải``: Hải Phòng).
    The news counts are lowercase, so the pair's count is the capitalised name's; a word written in
    lower case is no slip of a name (a name would be capitalised too)."""
    from editkit.vietnamese.place_names import two_syllable_places

    places = two_syllable_places()
    form = lm_form(candidate)
    return ((previous is not None and (lm_form(previous), form) in places)
            or (following is not None and (form, lm_form(following)) in places))


EDGE_WORD_PAIR = 100  # how often a candidate and its one neighbour must occur together to make a word
LISTED_PAIR = 5  # how often a word and the list item across a comma must occur together to vouch for it


def listed_as_a_pair(word: str, candidate: str, before: str | None, after: str | None) -> bool:
    """At a clause's edge, the word and the list item across the comma make a word of their own that
    the candidate does not (``tác động của dông, lốc``: dông lốc 30 times, công lốc never): items
    listed side by side are often a compound's halves, and the clause's one pair is weak evidence."""
    if after is not None and makes_a_word(word, after, LISTED_PAIR) and not makes_a_word(candidate, after, 1):
        return True
    return before is not None and makes_a_word(before, word, LISTED_PAIR) and not makes_a_word(before, candidate, 1)


def makes_a_word_at_edge(candidate: str, previous: str | None, following: str | None) -> bool:
    """At a clause's edge, the candidate and its one neighbour make a word of their own: a pair seen
    EDGE_WORD_PAIR times and far commoner than chance (mặc dù, not mặc áo)."""
    neighbour = following if previous is None else previous
    if neighbour is None or not (neighbour == NUMBER or is_known(neighbour)):
        return False
    first, second = (candidate, neighbour) if previous is None else (neighbour, candidate)
    return makes_a_word(first, second, EDGE_WORD_PAIR)


# a candidate must make a word with the neighbour the written word was never seen beside: a pair seen
# this often and this many times as often as chance (cửa ngõ, dân tộc; not chance meetings of common words)
UNSEEN_PAIR_WORD_COUNT = 50
UNSEEN_PAIR_WORD_ASSOCIATION = 50.0


def words_for_unseen_pair(word: str, previous: str | None, following: str | None, left: int | None,
                          right: int | None) -> frozenset[str]:
    """Where one of the word's pairs is very common and the other was never seen in the news counts
    (``trước của ngõ``: trước của 213 times, của ngõ never), the confusables that make a word of their
    own with the neighbour on the unseen side (cửa ngõ: 202 times, 500 times chance). The common pair
    alone says nothing: the unseen one is the evidence."""
    if left is None or right is None or (left and right):
        return frozenset()
    from editkit.vietnamese.context import scorable_confusables

    unseen_right = right == 0
    return frozenset(
        lm_form(candidate) for candidate, _, _ in scorable_confusables(word)
        if makes_a_word(*((candidate, following) if unseen_right else (previous, candidate)),
                        UNSEEN_PAIR_WORD_COUNT, UNSEEN_PAIR_WORD_ASSOCIATION))


# how many times as often as the written word a confusable must be seen beside a neighbour, making a
# word with it, for the written word's pair to be read as that word's typo (the news counts print their
# own typos: bệnh viên 45 times against bệnh viện tens of thousands)
RARE_PAIR_RATIO = 300
RARE_PAIR_SLIP_COST = 3.0  # the look-alikes tried: one cheap slip (an onset, a tone, a vowel's mark)
# a neighbour making a word with the word beyond it (lạm phát, giao tiếp): a pair seen this often, and
# in this share of the word beyond's occurrences (lạm phát: a third of lạm's; not gắng rất, 0.1%)
BOUND_NEIGHBOUR_COUNT = 20
BOUND_NEIGHBOUR_SHARE = 0.01
PAIR_COUNT_CAP = 65535  # the language model stores a pair's count in 16 bits


@lru_cache(maxsize=65536)
def rare_pair_possible(word: str, previous: str | None, following: str | None) -> tuple[bool, bool]:
    """The word's own pair with each neighbour is rare enough for that neighbour's count that a
    look-alike could be seen RARE_PAIR_RATIO times as often beside it: a cheap test that spares the
    common pairs, most of a text, the look-alikes' search."""
    lm = language_model()
    own = lm_index(word)

    def possible(neighbour: str | None, pair: int) -> bool:  # a pair never seen is words_for_unseen_pair's
        return neighbour is not None and pair > 0 and RARE_PAIR_RATIO * pair <= min(lm.count(neighbour), PAIR_COUNT_CAP)
    return (possible(previous, lm.pair_count(lm_index(previous), own) if previous is not None else 0),
            possible(following, lm.pair_count(own, lm_index(following)) if following is not None else 0))


def bound_to_beyond(neighbour: str, beyond: str | None, beyond_first: bool) -> bool:
    """The neighbour makes a word with the word beyond it, which leans on it (lạm phát, giao tiếp):
    the pair is seen BOUND_NEIGHBOUR_COUNT times, commoner than chance, and in BOUND_NEIGHBOUR_SHARE
    of the word beyond's occurrences (lạm phát: a third of lạm's; not gắng rất, 0.1%)."""
    if beyond is None:
        return False
    first, second = (beyond, neighbour) if beyond_first else (neighbour, beyond)
    if not makes_a_word(first, second, BOUND_NEIGHBOUR_COUNT):
        return False
    lm = language_model()
    return lm.pair_count(lm_index(first), lm_index(second)) >= BOUND_NEIGHBOUR_SHARE * lm.count(beyond)


def words_for_rare_pair(word: str, previous: str | None, following: str | None,
                        outer: tuple[str | None, str | None]) -> frozenset[str]:
    """The confusables that make a word of their own with a neighbour (as in words_for_unseen_pair)
    seen beside it RARE_PAIR_RATIO times as often as the written word (``một ví trí``: vị trí against
    ví trí 7 times; ``thị có gắng``: cố gắng 2,748 times, có gắng 7). A neighbour that makes a word with
    the word beyond it is no evidence (``lạm phát khiến``: phát hiện is common, but phát is lạm phát's;
    ``ngại giao tiếp``: giao tiếp, not ngoại giao)."""
    from editkit.vietnamese.context import scorable_confusables

    possible = rare_pair_possible(word, previous, following)
    if not any(possible):
        return frozenset()
    lm = language_model()
    own = lm_index(word)
    # the look-alikes one cheap slip away, each asked below to be common enough to be seen that often
    cheap = [(candidate, index) for candidate, index, cost in scorable_confusables(word) if cost <= RARE_PAIR_SLIP_COST]
    found = set()
    # the left neighbour comes before the word and has the word beyond it before itself; the right, after
    for side, neighbour, beyond, before in ((0, previous, outer[0], True), (1, following, outer[1], False)):
        if not possible[side]:
            continue
        at = lm_index(neighbour)

        def pair_with(index: int, at=at, before=before) -> int:
            return lm.pair_count(at, index) if before else lm.pair_count(index, at)
        least = RARE_PAIR_RATIO * pair_with(own)
        words = {lm_form(candidate) for candidate, index in cheap
                 if lm.counts[index] >= least and pair_with(index) >= least
                 and makes_a_word(*((neighbour, candidate) if before else (candidate, neighbour)),
                                  UNSEEN_PAIR_WORD_COUNT, UNSEEN_PAIR_WORD_ASSOCIATION)}
        if words and not bound_to_beyond(neighbour, beyond, beyond_first=before):
            found |= words
    return frozenset(found)


# how much commoner, beside both neighbours, the marked word must be than the word written without
# its marks for the marks to count as left out where the written word's own pairs are common
MARKS_LEFT_OUT_RATIO = 50
MARKS_LEFT_OUT_EDGE_RATIO = 200  # the same with one neighbour, at a clause's edge


def marks_left_out_of(word: str, previous: str | None, following: str | None, left: int | None,
                      right: int | None) -> frozenset[str]:
    """The words ``word`` is with its marks, or its tone, left out (ngay for ngày, đa for đã) that
    make pairs with both neighbours MARKS_LEFT_OUT_RATIO times as common as the word's own (từ ngày
    <num>: 3,334 and 30,574 against từ ngay 10 and ngay <num> 39); at a clause's edge, a pair with
    its one neighbour MARKS_LEFT_OUT_EDGE_RATIO times as common (``50.000 đồng đối với xe may.``)."""
    if left is None and right is None:
        return frozenset()
    forms = marked_forms(word)
    if not forms:
        return frozenset()
    lm = language_model()
    before, after = lm_index(previous), lm_index(following)
    if left is None or right is None:  # at a clause's edge (xe may.) the one pair must say more
        return frozenset(form for form, index in forms if (
            lm.pair_count(index, after) >= MARKS_LEFT_OUT_EDGE_RATIO * max(right, 1) if left is None
            else lm.pair_count(before, index) >= MARKS_LEFT_OUT_EDGE_RATIO * max(left, 1)))
    return frozenset(
        form for form, index in forms
        if lm.pair_count(before, index) >= MARKS_LEFT_OUT_RATIO * max(left, 1)
        and lm.pair_count(index, after) >= MARKS_LEFT_OUT_RATIO * max(right, 1))


@lru_cache(maxsize=65536)
def marked_forms(word: str) -> tuple[tuple[str, int], ...]:
    """The syllables that are ``word`` with marks, or a tone, added: (spelling in the news counts'
    style, vocabulary index). Only a word without a tone mark has any; asked once per word."""
    from editkit.vietnamese.inventory import bare, by_bare_form
    from editkit.vietnamese.letters import TONED_CHARACTERS, strip_tones

    if not TONED_CHARACTERS.isdisjoint(word):
        return ()
    found = []
    for candidate, _ in by_bare_form().get(bare(word), ()):
        if candidate == word or word not in (bare(candidate), strip_tones(candidate)[0]):
            continue
        index = lm_index(candidate)
        if index is not None:
            found.append((lm_form(candidate), index))
    return tuple(found)


def clauses_with_neighbours(text: str, tokens: list[Token]) -> list:
    """The clauses of ``tokens`` with each one's neighbours (left words, right words): what
    check_tokens reads, computed once per text by the rules (check_tokens' ``found``)."""
    return [(clause, neighbours(text, clause)) for clause in clauses(text, tokens)]


def check_tokens(text: str, tokens: list[Token], accepted: frozenset[str] = frozenset(), real_words: bool = True,
                 margin: float = REAL_WORD_MARGIN, found: list | None = None,
                 companion: list | None = None) -> list[SpellingIssue]:
    """The spelling issues of ``tokens``. ``found``: their clauses_with_neighbours, if computed already;
    ``companion``: those of the article a short text belongs to (a front-matter title's body), whose
    words tell how far from the news the text is and how the writer uses each word (``Cách kho cá
    bống`` over a recipe that braises throughout)."""
    issues = []
    quotes = quoted_spans(text) if real_words else []
    if found is None:
        found = clauses_with_neighbours(text, tokens)
    whole = found if companion is None else found + companion
    margin += out_of_domain_margin(whole)
    usage = DocumentUsage(whole) if real_words else None
    listed = list_neighbours(text, [clause for clause, _ in found])
    spoken = spoken_pairs(found, quotes) if quotes else frozenset()
    for (clause, beside), across in zip(found, listed):
        issues.extend(check_clause(text, clause, accepted, real_words, margin, quotes, usage, beside, across, spoken))
    if usage is None:
        return issues
    issues = without_list_items_repeating_a_word(text, issues, [clause for clause, _ in found])
    issues = without_titles_of_persons_told(text, issues, usage)
    issues = without_pairs_written_right_elsewhere(issues, found)
    return unknown_terms_once(without_topic_words_read_as_a_mix_up(issues, usage), usage, found)


# A text far from the news the model was counted on (a recipe, a craft village: on editkit's own
# articles the median text pairs 7% of its words as the news counts never did, recipes and crafts
# 23-33%) gives the model's evidence less weight: past OUT_OF_DOMAIN_RATE of unseen pairs, each point
# more asks OUT_OF_DOMAIN_SLOPE / 100 nats more of a real-word slip, up to OUT_OF_DOMAIN_MAX; a text
# of fewer than OUT_OF_DOMAIN_MIN_PAIRS pairs (a sentence) is too short to tell.
OUT_OF_DOMAIN_MIN_PAIRS = 80
OUT_OF_DOMAIN_RATE = 0.2
OUT_OF_DOMAIN_SLOPE = 20.0
OUT_OF_DOMAIN_MAX = 2.0


def unseen_pair_rate(found) -> tuple[float, int]:
    """(the share of the text's pairs of known words, the second in lower case, that the news counts
    never saw, how many pairs there are), over the clauses and their neighbours (check_tokens' ``found``)."""
    lm = language_model()
    seen = unseen = 0
    for clause, (lefts, _) in found:
        for token, left in zip(clause, lefts):
            if left is None or left == NUMBER or token.is_capitalized:
                continue
            a, b = lm_index(left), lm_index(token.lower)
            if a is None or b is None:
                continue
            if lm.pair_count(a, b):
                seen += 1
            else:
                unseen += 1
    total = seen + unseen
    return (unseen / total if total else 0.0), total


def out_of_domain_margin(found) -> float:
    """The nats a real-word slip needs beyond the margin in a text far from the news (see OUT_OF_DOMAIN_RATE)."""
    rate, pairs = unseen_pair_rate(found)
    if pairs < OUT_OF_DOMAIN_MIN_PAIRS or rate <= OUT_OF_DOMAIN_RATE:
        return 0.0
    return min(OUT_OF_DOMAIN_MAX, (rate - OUT_OF_DOMAIN_RATE) * OUT_OF_DOMAIN_SLOPE)


def without_titles_of_persons_told(text: str, issues: list[SpellingIssue], usage: DocumentUsage) -> list[SpellingIssue]:
    """The issues, less a real-word slip read on a title in lower case that the paragraph has written
    before a person's name earlier (``Bà Đặng Thị Hương … cho biết doanh nghiệp bà chờ gần 8 tháng``,
    not ``và``): the pronoun that stands for the person just told of. Elsewhere the slip stands (``bà``
    for ``và``, a neighbouring key, in a paragraph that names no woman so)."""
    titled = usage.titles_of_persons

    def told_just_before(token: Token) -> bool:
        starts = titled.get(token.lower, ())  # in the text's order
        paragraph = text.rfind("\n", 0, token.start) + 1
        at = bisect.bisect_left(starts, paragraph)
        return at < len(starts) and starts[at] < token.start
    return [issue for issue in issues
            if not (issue.kind == "real-word" and not issue.token.is_capitalized and told_just_before(issue.token))]


def without_topic_words_read_as_a_mix_up(issues: list[SpellingIssue], usage: DocumentUsage) -> list[SpellingIssue]:
    """The issues, less those on the article's topic word read as its known mix-up in fewer than
    half the places it stands (``bún chả``: ``chả miếng``, ``và chả băm`` read as ``trả``, five more
    ``chả`` not): a slip made by habit (``chẻ em`` for ``trẻ em``) is read so wherever it stands, the
    partner fitting every place; a topic word only where its neighbours happen to favour the partner."""
    read: Counter[str] = Counter(lm_form(issue.token.lower) for issue in issues if issue.kind == "real-word")
    kept = []
    for issue in issues:
        form = lm_form(issue.token.lower)
        if issue.kind == "real-word" and usage.topic_word(issue.token.lower) and 2 * read[form] < usage.written[form]:
            continue
        kept.append(issue)
    return kept


# a suggestion seen beside a neighbour this often in the news fits the place: a slip of it (có khoãng 30
# người: có khoảng), not the article's own term
HABIT_PAIR = 50


def unknown_terms_once(issues: list[SpellingIssue], usage: DocumentUsage, found) -> list[SpellingIssue]:
    """The issues, with an unknown word written with marks that the article writes TOPIC_WORD_REPEATS
    times or more kept at its first place only, its count in ``repeats`` (``chão`` six times in a
    story on rope-makers, ``rươi`` thirteen times in one on palolo worms): the article's term, which
    the news counts never saw, more likely than one slip made each time (a front-matter title counts
    its article's words too). Not when the article also writes one of its first suggestions, nor
    when the first suggestion makes a common pair with a neighbour in most of its places: the same
    slip made by habit (``khoãng`` for ``khoảng``, hỏi for ngã, wherever it stands). ``found``: the
    text's clauses with their neighbours."""
    groups: dict[str, list[SpellingIssue]] = {}
    for issue in issues:
        if issue.kind == "unknown" and not issue.token.is_ascii:
            groups.setdefault(lm_form(issue.token.lower), []).append(issue)
    repeated = {form: group for form, group in groups.items() if usage.written.get(form, 0) >= TOPIC_WORD_REPEATS}
    beside = {token.start: (left, right) for clause, (lefts, rights) in found
              for token, left, right in zip(clause, lefts, rights)} if repeated else {}
    collapsed = {form for form, group in repeated.items() if not slip_by_habit(group, usage, beside)}
    kept, seen = [], set()
    for issue in issues:
        form = lm_form(issue.token.lower)
        if form not in collapsed or issue.kind != "unknown" or issue.token.is_ascii:
            kept.append(issue)
        elif form not in seen:
            seen.add(form)
            kept.append(replace(issue, repeats=usage.written[form], confident=False))
    return kept


def slip_by_habit(group: list[SpellingIssue], usage: DocumentUsage, beside: dict) -> bool:
    """The unknown word's places read as one slip made each time: the article writes one of its first
    suggestions elsewhere (``khoãng`` three times beside one ``khoảng``), or its first suggestion makes
    a pair the news writes HABIT_PAIR times or more with a neighbour in more than half of them.
    ``beside``: {token start: (left neighbour, right neighbour)}."""
    if any(usage.written.get(lm_form(s.lower())) for issue in group for s in issue.suggestions[:3]):
        return True
    lm = language_model()
    fitting = 0
    for issue in group:
        candidate = lm_index(lm_form(issue.suggestions[0].lower())) if issue.suggestions else None
        if candidate is None:
            continue
        left, right = (lm_index(n) if n is not None else None for n in beside.get(issue.token.start, (None, None)))
        counts = [lm.pair_count(left, candidate)] if left is not None else []
        counts += [lm.pair_count(candidate, right)] if right is not None else []
        fitting += any(n >= HABIT_PAIR for n in counts)
    return 2 * fitting > len(group)


LIST_COMMA = re.compile(r"[^\S\n]*,[^\S\n]*")


def list_neighbours(text: str, clauses_found: list[list[Token]]) -> list[tuple[str | None, str | None]]:
    """For each clause, the word across a comma before its first word and after its last one (the
    next item of a list: ``dông, lốc``), None where no comma alone separates them."""
    listed: list[list[str | None]] = [[None, None] for _ in clauses_found]
    for index, (first, second) in enumerate(zip(clauses_found, clauses_found[1:])):
        if LIST_COMMA.fullmatch(text, first[-1].end, second[0].start):
            listed[index][1] = second[0].lower
            listed[index + 1][0] = first[-1].lower
    return [(before, after) for before, after in listed]


def without_list_items_repeating_a_word(text: str, issues: list[SpellingIssue],
                                        clauses_found: list[list[Token]]) -> list[SpellingIssue]:
    """A list item that opens with a word the item before it wrote (``với tro trấu, tro cây sim``;
    ``lá chuối, lá dong``) repeats it on purpose: at the item's edge the one pair left is weak
    evidence, and a slip is not made twice in a row, so the real-word reading is dropped."""
    repeated = {second[0].start for first, second in zip(clauses_found, clauses_found[1:])
                if LIST_COMMA.fullmatch(text, first[-1].end, second[0].start)
                and second[0].lower in {token.lower for token in first}}
    return [issue for issue in issues if issue.kind != "real-word" or issue.token.start not in repeated]


def without_pairs_written_right_elsewhere(issues: list[SpellingIssue], found) -> list[SpellingIssue]:
    """A real word read as a slip where the article writes it beside the same neighbour elsewhere,
    and reads right there (``trưng bày thư pháp, các nhà thư pháp cho chữ``: thư pháp twice, the
    first unread): the writer's usage, not a slip made once."""
    flagged = {issue.token.start for issue in issues}
    beside: dict[int, tuple[str | None, str | None]] = {}  # each token's (left, right) neighbours
    unread: set[tuple[str, str | None, int]] = set()  # (a word, its neighbour, the side) not read as a slip
    for clause, (lefts, rights) in found:
        for token, left, right in zip(clause, lefts, rights):
            beside[token.start] = (left, right)
            if token.start not in flagged:
                unread.update(((token.lower, left, 0), (token.lower, right, 1)))

    def written_right_elsewhere(issue: SpellingIssue) -> bool:
        left, right = beside.get(issue.token.start, (None, None))
        return any(n is not None and (issue.token.lower, n, side) in unread for side, n in enumerate((left, right)))
    return [issue for issue in issues if issue.kind != "real-word" or not written_right_elsewhere(issue)]


# the words that title a person (bà Lan, ông Trần Văn Khôi) and stand for them afterwards (doanh nghiệp bà)
PERSON_TITLES = frozenset({"ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "thầy", "em"})
NAME_HABIT = 3  # capitalised inside sentences this often, never in lower case: a name
NAME_PAIR_HABIT = 2  # or this often before the same capitalised word (Tứ Pháp), never in lower case


class DocumentUsage:
    """The words the document writes right after and right before each word (``<num>`` for a
    number): the writer's own usage elsewhere in the article. Gathered at the first question."""

    def __init__(self, found) -> None:
        self.found = found  # (clause, (left neighbours, right neighbours)) for each clause

    @cached_property
    def neighbours(self) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        """({word: the words written right after it}, {word: the words written right before it})."""
        after: dict[str | None, set[str]] = {}
        before: dict[str | None, set[str]] = {}
        for clause, (lefts, rights) in self.found:
            for token, left, right in zip(clause, lefts, rights):
                if capitalised_inside(token):
                    continue  # a name's syllable (hải quân Trung Quốc) is no usage of the word (chung/trung)
                after.setdefault(left, set()).add(lm_form(token.lower))
                before.setdefault(right, set()).add(lm_form(token.lower))
        after.pop(None, None)
        before.pop(None, None)
        return after, before

    @cached_property
    def given_names(self) -> frozenset[str]:
        """The last words of runs of two or more capitalised words inside sentences (``Và Thị Dợ``,
        ``Nguyễn Văn Hùng``): a person's given name, which the article may write again alone."""
        return frozenset(
            clause[end - 1].text for clause, _ in self.found
            for start, end in runs(clause, capitalised_inside)
            if end - start >= 2)

    @cached_property
    def names_by_habit(self) -> frozenset[str]:
        """Words the document writes with a capital inside sentences at least NAME_HABIT times and
        never in lower case (``Lào`` five times in a story on Laos), or twice with the same capitalised
        word after it (``vị Tứ Pháp`` … ``rước Tứ Pháp``: the four Dharma goddesses): names, not the
        same slip each time."""
        capitalised: Counter[str] = Counter()
        named_pairs: Counter[tuple[str, str]] = Counter()
        lower: set[str] = set()
        for clause, _ in self.found:
            for index, token in enumerate(clause):
                if capitalised_inside(token):
                    capitalised[token.text] += 1
                    if index + 1 < len(clause) and clause[index + 1].is_capitalized:
                        named_pairs[token.text, clause[index + 1].text] += 1
                elif not token.is_capitalized:
                    lower.add(token.lower)
        paired = {first for (first, _), n in named_pairs.items() if n >= NAME_PAIR_HABIT}
        return frozenset(word for word, n in capitalised.items()
                         if (n >= NAME_HABIT or word in paired) and word.lower() not in lower)

    @cached_property
    def titles_of_persons(self) -> dict[str, list[int]]:
        """Where the document writes each of the PERSON_TITLES before a capitalised word (``Bà Đặng Thị
        Hương``, ``ông Hai``): it tells of that person, and the title written alone afterwards stands for them."""
        found: dict[str, list[int]] = {}
        for clause, _ in self.found:
            for token, after in zip(clause, clause[1:]):
                if token.lower in PERSON_TITLES and after.is_capitalized:
                    found.setdefault(token.lower, []).append(token.start)
        return found

    @cached_property
    def written(self) -> Counter[str]:
        """How often the document writes each word (lower case, the news counts' tone style)."""
        return Counter(lm_form(token.lower) for clause, _ in self.found for token in clause)

    def topic_word(self, word: str) -> bool:
        """The article writes ``word`` again and again, and the news seldom does (or the article
        writes it four times or more): its topic, not the same slip each time."""
        form = lm_form(word)
        written = self.written.get(form, 0)
        return written >= TOPIC_WORD_ANY_REPEATS or (
            written >= TOPIC_WORD_REPEATS and language_model().count(form) < TOPIC_WORD_NEWS_COUNT)

    def written_beside(self, word: str, previous: str | None, following: str | None) -> set[str]:
        """The confusables of ``word`` the document writes right after ``previous`` or right before
        ``following`` somewhere else (in the news counts' tone style)."""
        after, before = self.neighbours
        return (after.get(previous, set()) | before.get(following, set())) & confusable_set(word)


def alone_in_capitals(clause: list[Token], index: int) -> bool:
    """The capitalised word at ``index`` has no capitalised word right beside it in its clause."""
    return not any(0 <= i < len(clause) and clause[i].is_capitalized for i in (index - 1, index + 1))


@lru_cache(maxsize=65536)
def confusable_set(word: str) -> frozenset[str]:
    from editkit.vietnamese.context import scorable_confusables

    return frozenset(lm_form(candidate) for candidate, _, _ in scorable_confusables(word))
