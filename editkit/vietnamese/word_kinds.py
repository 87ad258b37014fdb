"""Names, foreign words, abbreviations and spoken forms: the words the spelling check must not
take for typos, and the shapes that are typos all the same (``Tromg``, ``phuc vụ``, ``Đà Nẳng``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from editkit.vietnamese.confusion import candidates, edit_candidates, structured_candidates
from editkit.vietnamese.context import associated, lm_index
from editkit.vietnamese.foreign import english_frequency, is_english
from editkit.vietnamese.inventory import ATTESTED_MIN_COUNT, bare, by_bare_form, count, marked_nonsyllables
from editkit.vietnamese.letters import CONSONANT_LETTERS, FOREIGN_LETTERS, SPLIT, has_vietnamese_marks, vietnamese_only_letter
from editkit.vietnamese.lm import language_model
from editkit.vietnamese.syllable import ParseFailure, parse_base, parse_syllable
from editkit.vietnamese.tokens import Token

GARBLED_NAME_MIN_COUNT = 1000
FOREIGN_SET = frozenset(FOREIGN_LETTERS)


def garbled_capitalised(token: Token) -> bool:
    """A capitalised word with Vietnamese marks that no syllable is spelled like (Chuâ, Tổgn),
    one slip from a common syllable: a typo, not a name (minority names such as Đắk, Krông
    are in the inventory of attested non-syllables, and one shaped as the Central Highlands
    languages write them is a name: Chư Prông, Đắk Đrăng, buôn Kô Siêr)."""
    return garbled_word(token.lower)


# the shapes of the Central Highlands languages' names (Ê Đê, Gia Rai, Ba Na, Cơ Ho, M'nông, H'Mông…),
# which Vietnamese syllables never take: a consonant and r or l at the start (Prông, Đrăng, Plei, Blao),
# or another pair of consonants no Vietnamese word opens with (Bhăm, Kpă, Mlô, Hmông, Mđrắk), k before
# a, o, u and their marked forms (Kô Siêr, Kơ Ho, Kông), r or l at the end (Siêr, Bơr, Jơl), and a
# vowel, consonants and a vowel at the start: two syllables written as one (Êban, Ênuôl, Adrơng), and y
# opening on a vowel other than ê (Yàng, the deity; Y Moan's Y is a word of its own), as no Vietnamese word does
BACK_VOWELS = "".join(sorted(c for c, (base, _) in SPLIT.items() if base in "aăâoôơuư"))
ALL_VOWELS = "".join(sorted(c for c, (base, _) in SPLIT.items() if base in "aăâeêioôơuưy"))
MINORITY_SHAPE = re.compile(
    rf"^(?:[bdđgkp][rl]|dj|bh|dh|kp|ks|kd|kt|ml|mđ|md|mn|hm|hr|hl|hn|k(?=[{BACK_VOWELS}])|y(?=[{BACK_VOWELS}])"
    rf"|[{ALL_VOWELS}][bcdđghklmnpqrstvx]+[{ALL_VOWELS}])|..[rl]$")


@lru_cache(maxsize=16384)
def garbled_word(word: str) -> bool:
    if not has_vietnamese_marks(word) or any(c in FOREIGN_LETTERS for c in word) or word in marked_nonsyllables():
        return False
    if MINORITY_SHAPE.search(word):
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
ENGLISH_IN_NEWS = 20  # an English word the news writes this often is a foreign word of its own (bar, fan, show)


# mm: millimetres; dd: Telex for đ (DI106's finding); vv: vân vân; kkk, hhh: laughter in chat; xx: a placeholder
STUTTER_EXCEPTIONS = frozenset({"mm", "dd", "vv", "kk", "kkk", "hh", "hhh", "xx", "xxx"})


def beside_marked_word(clause: list[Token], index: int) -> bool:
    """A word right before or after it in its clause has Vietnamese marks."""
    return any(has_vietnamese_marks(t.text) for t in clause_neighbours(clause, index))


def neighbour_indices(clause: list[Token], index: int, touching: bool = False) -> tuple[int | None, int | None]:
    """The vocabulary indexes of the words before and after it in its clause (None at an edge or for
    a word the counts do not know); ``touching``: only a word one space away (not across ``3`` in
    ``cách 3 km về``)."""
    token = clause[index]
    before = clause[index - 1] if index else None
    after = clause[index + 1] if index + 1 < len(clause) else None
    if touching:
        before = before if before is not None and token.start - before.end == 1 else None
        after = after if after is not None and after.start - token.end == 1 else None
    return (lm_index(before.lower) if before is not None else None,
            lm_index(after.lower) if after is not None else None)


def near_vietnamese_typo(word: str, clause: list[Token], index: int) -> bool:
    """An unaccented non-syllable (tromg, lunh) one edit from a common syllable, among Vietnamese
    words; and a consonant typed twice for a short word (rr for ra: a key held or hit again). A word
    of two or three letters only beside a word with marks in a clause of Vietnamese, and when the
    news writes it under SHORT_TYPO_IN_NEWS times (mja ròng, cơ quan [uan], tổ chức [cmo] biết, ngay
    trên fhe.; not fan, spa, gym, mc)."""
    stutter = len(word) in (2, 3) and len(set(word)) == 1 and word not in STUTTER_EXCEPTIONS and word[0] not in "aeiouy"
    if len(word) < 4 and not stutter and not short_typo_shape(word, clause, index):
        return False  # short words are too often foreign or abbreviations
    if not isinstance(parse_base(word), ParseFailure):
        return False  # valid shapes without a tone (top, hit, bar) are too often foreign
    if not (beside_marked_word(clause, index) or in_vietnamese_clause(clause, index)):
        return False  # an English phrase, not a Vietnamese sentence
    if is_english(word):
        # an English word (trug, dug, chug) the Vietnamese news seldom writes, one edit from a common
        # syllable that makes a set phrase with a neighbour (ngân sách trug ương → trung ương, nội dug
        # → nội dung); otherwise a foreign word
        return language_model().count(word) < ENGLISH_IN_NEWS and bool(set_phrase_candidates(
            word, clause, index, (c for c in edit_candidates(word) if count(c) >= NEAR_TYPO_MIN_COUNT)))
    if any(count(c) >= NEAR_TYPO_MIN_COUNT and not word.startswith(c) for c in edit_candidates(word)):
        return True
    # a less common syllable one edit away that makes a set phrase with a neighbour (cảnh cjen lấn → chen lấn)
    return bool(set_phrase_candidates(word, clause, index, (c for c in edit_candidates(word) if count(c) >= SET_PHRASE_SLIP_COUNT)))


CONSONANTS_ONLY = re.compile(r"[bcdđghklmnpqrstvx]{2,4}")
RARE_IN_NEWS = 50  # a run of consonants the news writes more often is an abbreviation or a unit (vn, km, tp)
VOWEL_LEFT_OUT_PAIR = 100  # how common the set phrase the word with its vowel makes with a neighbour must be


def vowel_left_out(word: str, clause: list[Token], index: int) -> bool:
    """Two to four consonants and no vowel among words with marks (``ln`` for lần, ``tnh`` for tính):
    a vowel left out, when putting one back makes a common syllable and the news seldom writes
    the run of consonants as it stands (``mg``, ``kw`` make no syllable), or the syllable makes a set
    phrase with a neighbour that the run never makes (``cn hộ`` → căn hộ; not ``5 km``, ``tp Huế``).
    So too a word of bare letters with its vowel (or one of its vowels) left out (``bảo vật quc
    gia`` → quốc, ``tráng men quyt định`` → quyết), on the set phrase's evidence alone."""
    consonants_only = CONSONANTS_ONLY.fullmatch(word) is not None
    if not beside_marked_word(clause, index) or not (
            consonants_only or (len(word) >= 3 and word.isascii() and not is_english(word))):
        return False
    if consonants_only and language_model().count(word) < RARE_IN_NEWS:
        return any(count(c) >= NEAR_TYPO_MIN_COUNT and one_vowel_put_back(word, c) for c in edit_candidates(word))
    return bool(vowels_put_back_in_set_phrases(word, clause, index))


@lru_cache(maxsize=1)
def lowercase_abbreviations() -> frozenset[str]:
    """``dictionaries/spelling/lowercase-abbreviations.txt``: units and abbreviations written as
    lower-case consonants on purpose (km, mmhg, vnd, tp, tv)."""
    from editkit.resources import dictionary_path

    lines = dictionary_path("spelling", "lowercase-abbreviations.txt").read_text("utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def vowel_left_out_of_lowercase_run(token: Token, clause: list[Token], index: int, between_words: bool) -> bool:
    """Two to four consonants written in lower case between two words of a Vietnamese clause (``ai
    cng mang`` → cũng, ``dứt điểm mt chạm`` → một), no number beside them (``5 km``, ``km 15``),
    that no unit or lower-case abbreviation is (lowercase_abbreviations) and that are a common
    syllable with one vowel put back. vowel_left_out's news count cannot tell these from
    abbreviations: the counts are lowercased, and MT, HN, BN, VN are common capitals."""
    word = token.lower
    if not between_words or token.text != word or CONSONANTS_ONLY.fullmatch(word) is None:
        return False
    if word in lowercase_abbreviations() or not (beside_marked_word(clause, index) or in_vietnamese_clause(clause, index)):
        return False
    return bool(vowels_put_back(word))


def vowels_put_back(word: str) -> dict[str, float]:
    """For a run of consonants (``mt``, ``cng``), the common syllables it is with one vowel put back
    (một, mặt, mất…; cũng, công, cùng…): the slip a vowelless word has suffered, whatever other
    slips would also reach a syllable (``mt`` → my). All at the same cost: a vowel left out takes its
    marks with it, so ``bán`` is no dearer than ``ban``. Empty for other words."""
    if CONSONANTS_ONLY.fullmatch(word) is None:
        return {}
    found = {c: cost for c, cost in edit_candidates(word).items()
             if count(c) >= NEAR_TYPO_MIN_COUNT and one_vowel_put_back(word, c)}
    cheapest = min(found.values(), default=0.0)
    return dict.fromkeys(found, cheapest)


def vowels_put_back_in_set_phrases(word: str, clause: list[Token], index: int) -> list[str]:
    """The common syllables ``word`` is with one vowel put back that make a set phrase with a
    neighbour right beside it that ``word`` itself never makes (trong khi cn hộ → căn hộ)."""
    return set_phrase_candidates(word, clause, index, (
        c for c in edit_candidates(word) if count(c) >= SET_PHRASE_SLIP_COUNT and one_vowel_put_back(word, c)))


SET_PHRASE_SLIP_COUNT = 100  # how often the news must write a syllable for its set phrase to vouch for a slip


def set_phrase_candidates(word: str, clause: list[Token], index: int, candidates) -> list[str]:
    """Those of ``candidates`` that make a set phrase with a neighbour right beside ``word`` that
    ``word`` itself never makes (cn hộ → căn hộ, cjen lấn → chen lấn)."""
    lm = language_model()
    own = lm_index(word)
    before, after = neighbour_indices(clause, index, touching=True)
    found = []
    for c in candidates:
        i = lm_index(c)
        for first, second, mine in ((before, i, lm.pair_count(before, own)), (i, after, lm.pair_count(own, after))):
            pair = lm.pair_count(first, second)
            if not mine and pair >= VOWEL_LEFT_OUT_PAIR and associated(lm, first, second, pair):
                found.append(c)
                break
    return found


def one_vowel_put_back(word: str, candidate: str) -> bool:
    """``candidate`` is ``word`` with one vowel letter (marked or not) put in somewhere."""
    return len(candidate) == len(word) + 1 and any(
        candidate[:i] + candidate[i + 1:] == word and candidate[i] not in CONSONANT_LETTERS for i in range(len(candidate)))


BARE_ENGLISH = 500  # occurrences in pyspellchecker's English corpus: mot 310, pec 181 · kip 570, mat 3,152, chat 25,627


def marks_left_out_of_nonsyllable(word: str, clause: list[Token], index: int) -> bool:
    """Bare letters that Vietnamese never writes without marks, the marks of a word left out: a
    syllable ending in c, ch, p or t needs a sắc or nặng tone (``tăng mot mạch``, ``cac gia đình``),
    and uo, ie and ye need their hats and horns (``uống nhiều nuoc``, ``để duoc thăm khám``, ``lau
    nguoi cho trẻ``). Reported in a clause of Vietnamese (a neighbour with marks, or three marked
    words near it), when the word is no common English one (mat, hit, chat: ``nhóm chat``) and one
    of its marked spellings is seen beside a neighbour in the news counts (not ``khách vip``)."""
    marked = [i for spelling, _ in by_bare_form().get(word, ()) if (i := lm_index(spelling)) is not None]
    if not marked or not (beside_marked_word(clause, index) or in_vietnamese_clause(clause, index)):
        return False
    lm = language_model()
    before, after = neighbour_indices(clause, index)
    if not any(lm.pair_count(before, i) or lm.pair_count(i, after) for i in marked):
        return False
    return english_frequency(word) < BARE_ENGLISH  # asked last: reading the English list is the slow part


def its_marks_left_out(word: str, suggestion: str) -> bool:
    """``suggestion`` is ``word`` with its marks, and the word is no common English one: ``tự chon
    trong số`` (chon: 127 times in the English corpus) is chọn typed bare, ``rượu gin`` is gin."""
    return bare(suggestion.lower()) == word and english_frequency(word) < BARE_ENGLISH


SHORT_TYPO_IN_NEWS = 10  # how often the news may write a short word for it to be a typo between marked words
SHORT_TYPO_MARKED_WORDS = 2  # words with marks around a short word that make a Vietnamese sentence of it
VIETNAMESE_CLAUSE_MARKED_WORDS = 3  # words with marks that make a clause Vietnamese without a marked neighbour
CLAUSE_WINDOW = 6  # words on either side read for the clause's language (a long clause is read once per word)


def marked_words_near(clause: list[Token], index: int) -> int:
    """How many of the words within CLAUSE_WINDOW of the word in its clause have Vietnamese marks."""
    return sum(has_vietnamese_marks(t.text) for t in clause[max(0, index - CLAUSE_WINDOW): index + CLAUSE_WINDOW + 1])


def in_vietnamese_clause(clause: list[Token], index: int) -> bool:
    """The words around it in its clause have marks enough to be Vietnamese (``Kỳ thi dự kiến diễn ra
    teong hai ngày``: teong between ra and hai, neither with marks)."""
    return marked_words_near(clause, index) >= VIETNAMESE_CLAUSE_MARKED_WORDS


def short_typo_shape(word: str, clause: list[Token], index: int) -> bool:
    """Two or three letters that the news hardly ever writes, beside a word with marks in a clause
    of Vietnamese (two words with marks or more near it): ``làm gương, cno cái``, ``ngay trên fhe.``."""
    return (len(word) >= 2 and beside_marked_word(clause, index)
            and marked_words_near(clause, index) >= SHORT_TYPO_MARKED_WORDS
            and language_model().count(word) < SHORT_TYPO_IN_NEWS)


def clause_neighbours(clause: list[Token], index: int) -> list[Token]:
    """The tokens right before and after the word in its clause (one or none at its edges)."""
    return [clause[i] for i in (index - 1, index + 1) if 0 <= i < len(clause)]


# a word with Vietnamese marks and f, j, w or z is no loanword: one edit from a syllable the news writes
# this often makes it a slip (tần số qjét → quét, 763 times)
MARKED_FOREIGN_SLIP_COUNT = 100


def foreign_letter_slip(word: str, clause: list[Token], index: int) -> bool:
    """A marked word with f, j, w or z one edit from a syllable: a Vietnamese word with a key slipped
    when it holds a letter only Vietnamese writes (``độnf``, ``wuẻ``: any attested syllable), or has
    a Vietnamese mark, beside a Vietnamese word, one edit from a syllable the news writes
    MARKED_FOREIGN_SLIP_COUNT times (``tjáng``, ``pjí``, ``njân``, ``tần số qjét``: no English word has
    one, short ones neither). A loanword that is no slip of any syllable
    (``bazơ``, ``ôzôn``) is left alone."""
    if word.startswith("dz"):
        return False  # dzậy, dzô: the South's d/v written as spoken, on purpose (in quotes, in chat)
    if vietnamese_only_letter(word):
        return any(count(c) >= ATTESTED_MIN_COUNT for c in edit_candidates(word))
    if not has_vietnamese_marks(word):
        return False
    beside_vietnamese = any(has_vietnamese_marks(t.text) or is_known(t.lower) for t in clause_neighbours(clause, index))
    return beside_vietnamese and any(count(c) >= MARKED_FOREIGN_SLIP_COUNT for c in edit_candidates(word))


MARKED_SLIP_MIN_COUNT = 300  # how often the news must write the syllable a word with marks is one edit from


def common_slip(word: str) -> bool:
    """One edit (a key slipped, missed, doubled or swapped) makes ``word``, a word with marks, a
    syllable the news writes MARKED_SLIP_MIN_COUNT times or more (thômg, hìbh; tnàg: tàng, 935)."""
    return any(count(c) >= MARKED_SLIP_MIN_COUNT for c in edit_candidates(word))


MARKS_SLIP_PAIR = 10  # a lowercase word that no syllable is spelled like (phuc, kich)
MARKS_SLIP_NAME_PAIR = 50  # a capitalised word or a rare English one: names are often unattested, ask for more
MARKS_SLIP_ENGLISH_PAIR = 200  # a common English word (cup, dip): only where the Vietnamese word is very common
CAPITAL_SLIP_COST = 2.3  # the slips a capitalised word with marks is also checked for: onset, hỏi/ngã, final consonant
COMMON_ENGLISH = 1000  # occurrences in pyspellchecker's English corpus (choc: 214, cup: 78,046)


def marks_slip_in_context(token: Token, previous: str | None, following: str | None) -> bool:
    """A word that differs only in its marks from a syllable that makes a common pair with a
    neighbour, a pair the word itself never makes: ``phuc vụ`` (phục vụ), ``Hy Lap`` (Hy Lạp),
    ``Lien Xô``, ``Đà Nẳng``, ``Quãng trường``; for a capitalised word with marks, also one onset,
    hỏi/ngã or final-consonant slip from it (``Thàng phố``). A name or a foreign word rarely sits
    where a Vietnamese word with its spelling is that common."""
    lm = language_model()
    word = token.lower
    own = lm_index(word)
    # only a side where the written word never makes the pair can hold evidence (checked first:
    # most names meet their neighbours in the news counts)
    left = lm_index(previous) if previous else None
    right = lm_index(following) if following else None
    if left is not None and lm.pair_count(left, own):
        left = None
    if right is not None and lm.pair_count(own, right):
        right = None
    if left is None and right is None:
        return False
    needed = MARKS_SLIP_NAME_PAIR if token.is_capitalized else MARKS_SLIP_PAIR
    evidence = 0
    spellings = [candidate for candidate, _ in by_bare_form().get(bare(word), ())]
    if token.is_capitalized and not token.is_ascii:  # Thàng phố: a regional slip of a common word, not a name
        spellings += [c for c, cost in structured_candidates(word) if cost <= CAPITAL_SLIP_COST]
    for candidate in spellings:
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
    return count(word) < RARE_ENGLISH_COUNT and word.isascii() and is_english(word)


def english_not_vietnamese(word: str | None) -> bool:
    """An English word no Vietnamese syllable is spelled like (and, table, its): English text around."""
    return word is not None and word.isascii() and not is_known(word.lower()) and is_english(word)


def in_english_phrase(word: str, neighbours) -> bool:
    """An English word beside an English word that is no Vietnamese syllable (``and on a``, ``The
    table``, ``its own``): English text, not a Vietnamese slip."""
    return word.isascii() and is_english(word) and any(map(english_not_vietnamese, neighbours))


@lru_cache(maxsize=65536)
def word_profile(word: str) -> tuple[bool, bool]:
    """(plain: no foreign letter or ð, known syllable), per lowercase word."""
    return FOREIGN_SET.isdisjoint(word) and "ð" not in word, is_known(word)


LATINISED_NAME_WORDS = 3


def runs(clause: list[Token], member) -> Iterator[tuple[int, int]]:
    """(start, end) of each longest run of the clause's words for which ``member`` holds."""
    start = None
    for index, token in enumerate(clause):
        if not member(token):
            if start is not None:
                yield start, index
            start = None
        elif start is None:
            start = index
    if start is not None:
        yield start, len(clause)


def names_in_clause(clause: list[Token]) -> list[bool]:
    """Per word of the clause: is it part of a name spelled so on purpose, not a slip of the
    keyboard? Three or more capitalised words without marks in a row, written in Latin letters
    (Nguyen Van Minh, Dang Van Lam), or two or more capitalised words one of which has f, j, w or
    z (``Kơ Să Ha Jú``, a K'Ho name; ``Y Moan Ênuôl``): a name of an ethnic minority or a foreign
    one, whose syllables (``Să``) need no Vietnamese spelling."""
    flags = [False] * len(clause)
    for start, end in runs(clause, lambda token: token.is_capitalized and token.is_ascii):
        if end - start >= LATINISED_NAME_WORDS:
            flags[start:end] = [True] * (end - start)
    for start, end in runs(clause, lambda token: token.is_capitalized):
        if end - start >= 2 and any(not FOREIGN_SET.isdisjoint(token.lower) for token in clause[start:end]):
            flags[start:end] = [True] * (end - start)
    return flags


ENGLISH_CLAUSE_FUNCTION_WORDS = 2


def english_clause(clause: list[Token]) -> bool:
    """The clause is English: no word has Vietnamese marks and two of its words or more are English
    function words (``See you at the event in Da Nang``): its capitalised words are names, written
    the way English writes them (Da Nang, Ha Long), not Vietnamese words with their marks left out."""
    from editkit.vietnamese.foreign import english_function_words

    if any(not token.is_ascii for token in clause):
        return False
    function_words = english_function_words()
    return sum(token.lower in function_words for token in clause) >= ENGLISH_CLAUSE_FUNCTION_WORDS


def acronym_like_syllable(token: Token) -> bool:
    """An abbreviation in capitals spelled like a syllable (AI, AN, TO): the news counts, which are
    lowercase, know it as the syllable (ai = who), so it tells nothing about its neighbours.
    Abbreviations no syllable is spelled like (UBND, HLV) keep their counts."""
    return token.is_all_caps and len(token.text) > 1 and not isinstance(parse_syllable(token.lower), ParseFailure)


# an opening “ ends the search for the closing one: a run of unclosed quotes is scanned once
QUOTED = re.compile(r"“[^”“\n]*”|\"[^\"\n]*\"")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where the text quotes someone (“…” or "…" within a paragraph)."""
    if "“" not in text and '"' not in text:
        return []
    return [m.span() for m in QUOTED.finditer(text)]


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    """Nouns that name a kind of place before its name (dinh, chùa, đèo): ``place-nouns.txt``."""
    from editkit.resources import dictionary_path
    from editkit.vocabulary import entries

    return frozenset(entries(dictionary_path("spelling", "place-nouns.txt")))


def before_a_place_name(clause: list, index: int) -> bool:
    """The word, in lower case, is a noun naming a kind of place right before a capitalised name
    inside the sentence (``lập dinh Thái Khang``, ``khi dinh Thái Khang``): no slip of a word the
    name's first syllable, counted in lower case, happens to follow."""
    token = clause[index]
    return (not token.is_capitalized and index + 1 < len(clause) and clause[index + 1].is_capitalized
            and token.lower in place_nouns())


@lru_cache(maxsize=1)
def regional_forms() -> frozenset[str]:
    """Spoken regional forms (hổng, nhứt): the first column of ``regional-variants.tsv`` (the
    second, the standard word, documents the list)."""
    from editkit.resources import dictionary_path
    from editkit.vocabulary import entries

    return frozenset(line.split("\t")[0] for line in entries(dictionary_path("spelling", "regional-variants.tsv")))


@lru_cache(maxsize=1)
def confusion_partners() -> dict[str, frozenset[str]]:
    """Words writers mix up (dành/giành, trở/chở, nữa/nửa): each word's partners, both directions,
    in the old tone style the news counts use (``dictionaries/spelling/confusion-pairs.tsv``)."""
    from editkit.resources import dictionary_path
    from editkit.vocabulary import entries

    partners: dict[str, set[str]] = {}
    for line in entries(dictionary_path("spelling", "confusion-pairs.tsv")):
        first, second = line.split("\t")[:2]  # old tone style, as the counts (a test checks)
        partners.setdefault(first, set()).add(second)
        partners.setdefault(second, set()).add(first)
    return {word: frozenset(others) for word, others in partners.items()}


CAPS_LINE_WORDS = 3


def plain_in_capitals(token: Token) -> bool:
    """A Vietnamese word that is written in capitals only because its line is (not UBND, CUP)."""
    if has_vietnamese_marks(token.text):
        return vietnamese_shaped(token.lower)
    return is_known(token.lower) and not is_english(token.lower)


def uncapitalise_capital_lines(text: str, tokens: list[Token]) -> list[Token]:
    """Tokens with the words of a line typed in capitals (a headline: ``THỦ TƯỚNG CHỦ TRÌ HỘI
    NGHỊ``) as the plain words they are, so that the spelling and diacritics checks read them
    instead of skipping them as abbreviations. A run counts when at least three words in a row
    on one line are in capitals, two of them with Vietnamese marks and most of them Vietnamese;
    abbreviations among them (``UBND``, ``AFF``) and English words keep their capitals."""
    result = list(tokens)
    start = 0
    while start < len(tokens):
        end = start
        while end < len(tokens) and tokens[end].text.isupper() and (
                end == start or "\n" not in text[tokens[end - 1].end: tokens[end].start]):
            end += 1
        run = tokens[start:end]
        if len(run) >= CAPS_LINE_WORDS and sum(has_vietnamese_marks(t.text) for t in run) >= 2:
            plain = [plain_in_capitals(t) for t in run]
            if 2 * sum(plain) > len(run):
                for offset, (token, is_plain) in enumerate(zip(run, plain)):
                    if is_plain:
                        result[start + offset] = token._replace(is_capitalized=False, is_all_caps=False)
        start = max(end, start + 1)
    return result


# a medial glide before these vowels (quân, khuâng, hoa, khoe) is no part of the rhyme a reduplicative repeats
MEDIAL_BEFORE = {"u": "âăêơy", "o": "aăe"}
LABIAL_ONSETS = frozenset({"b", "m", "p", "ph", "v"})  # no native syllable has the glide after these


def has_medial(syllable) -> bool:
    cluster = syllable.cluster
    return len(cluster) > 1 and cluster[1] in MEDIAL_BEFORE.get(cluster[0], "")


def repeated_rhyme(syllable) -> str:
    """The rhyme a reduplicative repeats: without the medial glide (khuâng rhymes with bâng)."""
    return syllable.cluster[has_medial(syllable):] + syllable.coda


def level_tone(tone: int) -> bool:
    """Ngang and huyền are the level (bằng) tones; the others are the sharp (trắc) ones."""
    return tone in (0, 1)


def echoes(word: str, neighbour: str) -> bool:
    """``word`` and ``neighbour`` make a reduplicative (từ láy): the same letters whatever the tones
    (hây hây, đo đỏ), or another onset on the same rhyme in the same tone register (lộp cộp,
    lúp xúp, bâng khuâng)."""
    own, other = parse_syllable(word), parse_syllable(neighbour)
    if isinstance(own, ParseFailure) or isinstance(other, ParseFailure):
        return False
    if own.base == other.base:
        return True
    if own.onset in LABIAL_ONSETS and has_medial(own):
        return False  # no native syllable puts the glide after b, m, ph, v: boàng hoàng is a typo of bàng
    return (own.onset != other.onset and repeated_rhyme(own) == repeated_rhyme(other)
            and level_tone(own.tone) == level_tone(other.tone))


HIGH_REGISTER = frozenset({0, 2, 3})  # ngang, sắc, hỏi; huyền, ngã, nặng are the low register


def unattested_pair_echoes(word: str, neighbour: str) -> bool:
    """Two syllables the news counts never saw, side by side, that make a reduplicative: the same
    rhyme (loắt choắt) or the same onset with the tones in one register (khệnh khạng: bổng is ngang,
    sắc, hỏi; trầm is huyền, ngã, nặng). Two slips side by side rarely echo each other; one slip
    beside a known word of the same onset often does (viết viểu sử, giửa giai đoạn), so the rule
    asks for both unattested."""
    own, other = parse_syllable(word), parse_syllable(neighbour)
    if isinstance(own, ParseFailure) or isinstance(other, ParseFailure) or own.base == other.base:
        return False
    if own.onset != other.onset:
        return repeated_rhyme(own) == repeated_rhyme(other)
    return (own.tone in HIGH_REGISTER) == (other.tone in HIGH_REGISTER)


NASAL_OF_STOP = {"p": "m", "t": "n", "c": "ng", "ch": "nh"}  # the finals a diminutive reduplicative pairs


def diminutive_pair(first: str, second: str) -> bool:
    """``first second`` is a diminutive reduplicative (láy): the second word repeated before it in a
    level tone, its stop final turned into the nasal of the same place (xâm xấp, đèm đẹp, tôn tốt,
    chênh chếch)."""
    own, other = parse_syllable(first), parse_syllable(second)
    if isinstance(own, ParseFailure) or isinstance(other, ParseFailure):
        return False
    return (own.onset == other.onset and own.cluster == other.cluster and level_tone(own.tone)
            and not level_tone(other.tone)
            and NASAL_OF_STOP.get(other.coda) == own.coda)


def in_diminutive_pair(clause: list[Token], index: int) -> bool:
    """The word is one half of a diminutive reduplicative with the word beside it (``nước dừa xâm
    xấp mặt cá``): its pair the news counts never saw is no evidence of a slip."""
    word = clause[index].lower
    return ((index > 0 and diminutive_pair(clause[index - 1].lower, word))
            or (index + 1 < len(clause) and diminutive_pair(word, clause[index + 1].lower)))


SPLIT_COMPOUND_PAIR = 5  # how often the compound's halves must be seen together in the news counts


def in_split_compound(clause: list[Token], index: int) -> bool:
    """The word is the second half of a compound split by a repeated word, as Vietnamese stresses
    one (``hẹn lần hẹn lữa``: lần lữa; ``chạy ngược chạy xuôi``, ``tính tới tính lui``): its pair with
    the repeated word is no evidence of a slip."""
    from editkit.vietnamese.context import makes_a_word

    return (index >= 3 and clause[index - 1].lower == clause[index - 3].lower
            and makes_a_word(clause[index - 2].lower, clause[index].lower, SPLIT_COMPOUND_PAIR))


def reduplicative_with_neighbour(clause: list[Token], index: int) -> bool:
    """An unattested syllable that echoes the word beside it: a reduplicative the news counts never
    saw (lộp cộp, đỏ hây hây, lúp xúp), not a typo. A rhyme must echo an attested word; a word
    doubled (hây hây) echoes itself; two unattested syllables may echo each other by rhyme or by onset
    (loắt choắt, khệnh khạng: unattested_pair_echoes); a word and its repeat before it in a level tone,
    the stop final turned nasal, echo each other too (the sickle's xoàn xoạt, xành xạch: diminutive_pair);
    a syllable one cheap slip from a word that either neighbour makes a word with only rhymes by
    chance (giự trữ: dự trữ; người giân cần: người dân)."""
    word = clause[index].lower
    sides = [position for position in (index - 1, index + 1) if 0 <= position < len(clause)]
    echoed = [position for position in sides
              if (echoes(word, clause[position].lower) and (clause[position].lower == word or is_known(clause[position].lower)))
              or (not is_known(clause[position].lower) and unattested_pair_echoes(word, clause[position].lower))
              or (diminutive_pair(clause[position].lower, word) if position < index
                  else diminutive_pair(word, clause[position].lower))]
    # a slip that makes a word with either neighbour is a typo that rhymes by chance (người giân cần:
    # người dân; nông rân cần: nông dân), checked only for a word that echoes one
    return bool(echoed) and not any(slip_of_a_word_with(word, clause[position].lower, position < index) for position in sides)


ECHO_WORD_PAIR = 50  # how common the word a cheap slip of the echo makes with its neighbour must be
ECHO_REDUPLICATIVE_PAIR = 5  # the same, where that word is itself a reduplicative (bẻn lẽn → bẽn lẽn)
ECHO_COMMON_PAIR = 300  # a pair this common is the slip's, word or not (ròng rã cã năm → cả năm)
ECHO_SLIP_COST = 3.0  # the slips tried: an onset, hỏi/ngã, a final consonant, another tone (Tổng thỗng → thống)


def slip_of_a_word_with(word: str, other: str, other_first: bool) -> bool:
    """One cheap slip (an onset, hỏi/ngã, a final consonant, another tone) turns ``word`` into a
    syllable that makes a word of its own with ``other`` (giự trữ → dự trữ, Tổng thỗng → tổng
    thống), a reduplicative the news writes (bẻn lẽn → bẽn lẽn) or a common pair (ròng rã cã năm →
    cả năm): a typo that rhymes by chance, not a reduplicative (lộp cộp, bẽn lẽn)."""
    from editkit.vietnamese.context import makes_a_word

    lm = language_model()
    for candidate, cost in structured_candidates(word):
        if cost > ECHO_SLIP_COST:
            continue
        pair = (other, candidate) if other_first else (candidate, other)
        least = ECHO_REDUPLICATIVE_PAIR if echoes(candidate, other) else ECHO_WORD_PAIR
        if makes_a_word(*pair, least) or lm.pair_count(lm_index(pair[0]), lm_index(pair[1])) >= ECHO_COMMON_PAIR:
            return True
    return False
