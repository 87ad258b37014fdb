"""Rules about Vietnamese diacritics: impossible syllables, tone-mark placement, tone style, i/y."""

from __future__ import annotations

import re
import unicodedata

from collections import Counter
from functools import lru_cache

from editkit.diagnostics import Edit, Finding, Fix
from editkit.registry import rule
from editkit.vietnamese.glued import split_glued
from editkit.vietnamese.inventory import is_attested, marked_nonsyllables
from editkit.vietnamese.letters import CONSONANT_LETTERS, FOREIGN_LETTERS, foreign_shaped, has_vietnamese_marks
from editkit.vietnamese.syllable import (
    COMBINING_TONES,
    ParseFailure,
    Syllable,
    canonical_spelling,
    is_style_sensitive,
    parse_syllable,
    tone_moved_off_consonant,
    tone_position,
    tone_well_placed,
)
from editkit.vietnamese.tokens import capitalised_inside, iter_tokens

# a consonant of Vietnamese with a tone mark on it, followed by the combining mark or precomposed
# (ń, ṭ; not ñ, Spanish's own letter)
TONE_MARK_CHARACTERS = "".join(COMBINING_TONES)
PRECOMPOSED_CONSONANTS_WITH_TONE = "".join(
    letter for consonant in CONSONANT_LETTERS for mark in TONE_MARK_CHARACTERS
    if len(letter := unicodedata.normalize("NFC", consonant + mark)) == 1 and letter != "ñ")
CONSONANT_WITH_TONE = re.compile(
    f"[{CONSONANT_LETTERS}][{TONE_MARK_CHARACTERS}]|[{PRECOMPOSED_CONSONANTS_WITH_TONE}]", re.IGNORECASE)
# the characters one of which such a word holds (a set test, asked before the pattern: it is cheaper)
TONE_ON_CONSONANT_CHARACTERS = frozenset(
    TONE_MARK_CHARACTERS + PRECOMPOSED_CONSONANTS_WITH_TONE + PRECOMPOSED_CONSONANTS_WITH_TONE.upper())
I_Y_ONSETS = frozenset({"h", "k", "l", "m", "s", "t", "qu"})
I_Y_LETTERS = frozenset("iìíỉĩịyỳýỷỹỵ")


def is_valid(word: str) -> bool:
    return isinstance(parse_syllable(word), Syllable)


def body_tokens(document):
    """The word tokens after the front matter, computed once per document; the words of a line
    in capitals (a headline) count as plain words (uncapitalise_capital_lines), and in Markdown a
    word that opens a line only because the paragraph was wrapped there opens no sentence."""
    from editkit.vietnamese.word_kinds import uncapitalise_capital_lines

    def compute():
        tokens = list(iter_tokens(document.text, document.body_start))
        if document.markdown:
            tokens = unwrap_markdown_lines(document.text, tokens)
        return uncapitalise_capital_lines(document.text, tokens)

    return document.memo("tokens", compute)


def split_syllables_of(document) -> list:
    """The syllables split in two by a space (``thà nh phố``), computed once per document (SP109)."""
    from editkit.vietnamese.split_words import split_syllables

    return document.memo("split-syllables", lambda: split_syllables(document.text, body_tokens(document)))


def in_split_syllable(document) -> frozenset[int]:
    """Where the halves of SP109's split syllables start: no other rule reports a half."""
    return document.memo("split-syllable-starts", lambda: frozenset(
        half.start for split in split_syllables_of(document) for half in (split.first, split.second)))


# what may close a wrapped line's last word (emphasis, code, a bracket, a quotation mark), and a heading
LINE_END_MARKS = " \t\r*_`)]\"'”’"
MARKDOWN_HEADING_LINE = re.compile(r"[ \t]{0,3}#")


def unwrap_markdown_lines(text: str, tokens: list) -> list:
    """The tokens with ``sentence_initial`` off for a word that opens a line of a wrapped Markdown
    paragraph: the line before ends with a word (no stop), is no heading, and this line opens with
    the word itself (no list, quote or table mark)."""
    result = list(tokens)
    for index in range(1, len(tokens)):
        token, previous = tokens[index], tokens[index - 1]
        if not token.sentence_initial:
            continue
        before, newline, after = text[previous.end: token.start].partition("\n")
        if not newline or "\n" in after or before.strip(LINE_END_MARKS) or after.strip(" \t"):
            continue  # a stop, a blank line or a block mark between them: a sentence or a block opens
        if MARKDOWN_HEADING_LINE.match(text, text.rfind("\n", 0, previous.start) + 1):
            continue  # the line before is a heading: this one opens a paragraph
        result[index] = token._replace(sentence_initial=False)
    return result


def tone_style_votes(document) -> Counter[str]:
    """How many style-sensitive syllables of the article follow each tone style."""
    return document.memo("tone-style-votes", lambda: count_tone_styles(document))


@lru_cache(maxsize=65536)
def tone_style_of(word: str) -> str | None:
    """'old' or 'new' for a style-sensitive syllable (hòa / hoà), None for any other word."""
    parsed = parse_syllable(word)
    if not isinstance(parsed, Syllable) or not is_style_sensitive(parsed):
        return None
    return "old" if parsed.toned_index == tone_position(parsed.onset, parsed.cluster, parsed.coda, "old") else "new"


def count_tone_styles(document) -> Counter[str]:
    votes: Counter[str] = Counter()
    for token in body_tokens(document):
        if token.is_ascii or len(token.text) > 5:
            continue
        style = tone_style_of(token.lower)
        if style:
            votes[style] += 1
    return votes


def article_tone_style(document, setting: str) -> str:
    """The style to enforce: the setting, or for ``any`` the article's majority (old on a tie)."""
    if setting != "any":
        return setting
    votes = tone_style_votes(document)
    return "new" if votes["new"] > votes["old"] else "old"


@rule(code="DI101", name="impossible-syllable", category="diacritics", severity="warning", fixable=True)
def impossible_syllable(document, context):
    r"""A word with Vietnamese diacritics that no Vietnamese syllable can be spelled like.

    ## What it does
    Parses every word that carries a Vietnamese mark (a tone, ă â ê ô ơ ư or
    đ) into onset, medial, nucleus, coda and tone, and reports those that
    break the rules of the writing system: `ngh` before a, o, u (`nghành`),
    `ng` before i, e, ê (`ngiêng`), ă or â without a final consonant, a stop
    final (p, t, c, ch) with a tone other than sắc or nặng (`hàt`), two tone
    marks, or letters in an order no syllable has. Capitalised words inside
    a sentence (names such as Đắk Lắk, Krông Pắc), ALL-CAPS abbreviations
    (HĐND), words glued to digits or symbols, and attested loanwords (ôtô,
    axít), words with f, j, w or z (bazơ, café), words no slip of a syllable
    could give (longer than eight letters, ending in a letter no syllable
    ends with, or with a doubled consonant: `attachés`, `bartók`, `appliqué`)
    and two words that lost the space between them (`kháccũng`: SP105) are
    left alone, as are the house terms (`milimét`), the words and phrases
    of the project's `accept` list (`editkit accept`) and a chat's
    abbreviations quoted as typed (`"… chưa nhận đc"`), and the syllables of a
    loanword spelled out with hyphens (`hy-đrô`, `mê-tha-nol`).

    ## Why
    Such a word cannot be Vietnamese: it is a typo or the remains of a broken
    input method, and readers see it at once.

    ## Example
    `nâng cao chất lượng nghành giáo dục` → `nâng cao chất lượng ngành giáo dục`.

    ## Fix safety
    Unsafe: the suggestions come from the spelling engine (see
    `editkit explain SP101`); `--unsafe-fixes` applies the top one only when
    it clearly beats the others.
    """
    from editkit.rules.spelling import accepted_phrase_positions, accepted_words
    from editkit.vietnamese.spelling import hyphen_joined

    accepted = accepted_words(document, context)
    for token in body_tokens(document):
        if not is_impossible_syllable(token) or token.lower in accepted or token.start in accepted_phrase_positions(
                document, context) or token.start in in_split_syllable(document):
            continue
        if chat_abbreviation_quoted(document, token):
            continue  # "… chưa nhận đc": a chat's abbreviation, quoted as written
        if hyphen_joined(document.text, token):
            continue  # hy-đrô, Mát-xcơ-va: a loanword spelled out syllable by syllable
        word = token.text
        parsed = parse_syllable(word)
        if isinstance(parsed, ParseFailure):
            suggestions, fix = suggest_for(document, token)
            hint = f"; did you mean: {', '.join(suggestions[:3])}?" if suggestions else ""
            from editkit.vietnamese.confusion import struck_twice

            reason = "a letter is typed twice" if struck_twice(word.lower()) else parsed.reason
            yield Finding(token.start, token.end, f"'{word}' cannot be a Vietnamese syllable: {reason}{hint}",
                          fix=fix, suggestions=suggestions)


def chat_abbreviation_quoted(document, token) -> bool:
    """A run of consonants with đ (``đc`` for được, ``đt`` for điện thoại) inside a quotation: a chat's
    abbreviation quoted as the reader typed it, as SP101 leaves ``mn``, ``ck`` in quotes alone."""
    from editkit.vietnamese.spelling import inside_quotes
    from editkit.vietnamese.word_kinds import CONSONANTS_ONLY, quoted_spans

    if CONSONANTS_ONLY.fullmatch(token.lower) is None:
        return False
    return inside_quotes(token, document.memo("quoted-spans", lambda: quoted_spans(document.text)))


def is_impossible_syllable(token) -> bool:
    """What DI101 reports (and SP101 therefore leaves alone): a word with Vietnamese marks that
    no syllable is spelled like, unless it is a loanword (bazơ, café), a foreign word (attachés),
    a name inside a sentence, an attested non-syllable (ôtô) or two words run together (SP105)."""
    word, lower = token.text, token.lower
    if token.is_ascii or token.glued or token.is_all_caps or is_valid(lower) or not has_vietnamese_marks(word):
        return False
    if capitalised_inside(token):
        return False  # a name (asked first: the foreign-shape test below may try every slip)
    from editkit.vietnamese.word_kinds import common_slip

    if any(c in FOREIGN_LETTERS for c in lower) or foreign_shaped(lower, is_attested, common_slip):
        return False
    return lower not in marked_nonsyllables() and not split_glued(word)


def suggest_for(document, token):
    """Ranked corrections for an impossible syllable from the spelling engine, and a fix when confident."""
    from editkit.vietnamese.spelling import check_tokens

    tokens = body_tokens(document)
    index = tokens.index(token)
    window = tokens[max(0, index - 1): index + 2]
    for issue in check_tokens(document.text, window, frozenset(), real_words=False):
        if issue.token == token and issue.suggestions:
            fix = Fix.unsafe(Edit(token.start, token.end, issue.suggestions[0])) if issue.confident else None
            return issue.suggestions, fix
    return (), None


@rule(code="DI102", name="misplaced-tone-mark", category="diacritics", severity="error", fixable=True)
def misplaced_tone_mark(document, context):
    r"""The tone mark sits on the wrong vowel of the syllable.

    ## What it does
    Finds syllables whose letters are right but whose tone mark is on a vowel
    that carries it in neither the old nor the new style: `vơí`, `ngươì`,
    `nhiêù`, `hòan`, `qúy`, `gìa`, `taị`. The rule: a vowel with a quality
    mark (ă â ê ô ơ ư; in ươ the ơ) takes the tone; otherwise before a final
    consonant the last vowel; in three vowels the middle one; in an open pair
    the first, except oa, oe, uy, where the house tone style decides. Works
    on capitals and names too (`HÒAN` → `HOÀN`). A tone mark on a consonant,
    precomposed or combining (`ngập uńg`, `hoang̀ hôn`, `nhiêṭ độ`: an input
    method that put the mark after the wrong letter), is moved to the vowel
    when that makes a syllable of the news counts; foreign words (`Gdańsk`,
    `Poznań`, `Peña`) are left alone.

    ## Why
    Input methods and news aggregators produce these forms; they look
    careless, break search and spell checking, and are never correct.

    ## Example
    `Ông nói vơí ngươì dân` → `Ông nói với người dân`.

    ## Fix safety
    Safe: only the position of the existing tone mark changes, to where the
    house `tone-style` puts it.
    """
    style = None
    for token in body_tokens(document):
        word = token.text
        if token.is_ascii or token.glued:
            continue
        if tone_well_placed(token.lower):
            if TONE_ON_CONSONANT_CHARACTERS.isdisjoint(word) or not CONSONANT_WITH_TONE.search(word):
                continue
            style = style or article_tone_style(document, context.settings["tone-style"])
            right = tone_moved_off_consonant(word, style)
            if right is None or not is_attested(right.lower()):
                continue  # Gdańsk, Poznań: no Vietnamese syllable
            yield Finding(
                token.start, token.end, f"Tone mark on a consonant: '{word}' is written '{right}'",
                fix=Fix.safe(Edit(token.start, token.end, right)), suggestions=(right,),
            )
            continue
        style = style or article_tone_style(document, context.settings["tone-style"])
        right = canonical_spelling(word, style)
        yield Finding(
            token.start, token.end, f"Tone mark on the wrong vowel: '{word}' is written '{right}'",
            fix=Fix.safe(Edit(token.start, token.end, right)), suggestions=(right,),
        )


@rule(code="DI103", name="tone-style-mismatch", category="diacritics", severity="warning", fixable=True)
def tone_style_mismatch(document, context):
    r"""The tone mark of oa, oe, uy follows the other tone style than the house style.

    ## What it does
    In open syllables whose rhyme is exactly oa, oe or uy (not after qu), the
    old style puts the tone on the first vowel (hòa, khỏe, thủy) and the new
    style on the second (hoà, khoẻ, thuỷ). With `tone-style = "old"` (the
    default, as the press and legal texts write) new-style forms are
    reported; with `"new"` (school textbooks) old-style ones; with `"any"`
    the article's majority style wins and the minority is reported. Capitals
    and names are included (HÒA, Thúy).

    ## Why
    A publication writes one style; mixing `hòa` and `hoà` in one article
    looks careless and splits search results.

    ## Example
    With the old style: `Khánh Hoà`, `sức khoẻ`, `thuỷ lợi` →
    `Khánh Hòa`, `sức khỏe`, `thủy lợi`.

    ## Fix safety
    Safe: only the position of the tone mark changes.
    """
    setting = context.settings["tone-style"]
    votes = tone_style_votes(document)
    if not votes:
        return
    style = setting if setting != "any" else ("new" if votes["new"] > votes["old"] else "old")
    mixed = len(votes) == 2
    severity = None if mixed else "info"
    wanted = "the old style" if style == "old" else "the new style"
    for token in body_tokens(document):
        if token.is_ascii or token.glued or len(token.text) > 5:
            continue
        written_style = tone_style_of(token.lower)
        if written_style is None or written_style == style:
            continue
        right = canonical_spelling(token.text, style)
        yield Finding(
            token.start, token.end, f"'{token.text}' does not follow {wanted} of tone marks: write '{right}'",
            fix=Fix.safe(Edit(token.start, token.end, right)), suggestions=(right,), severity=severity,
        )


def i_y_form(parsed: Syllable) -> str | None:
    """'i' or 'y' for syllables where the two spellings alternate (lí/lý, kĩ/kỹ), else None."""
    if parsed.coda == "" and parsed.cluster in ("i", "y") and parsed.onset in I_Y_ONSETS:
        if parsed.tone or parsed.onset == "qu":  # toneless li, mi, ti are other words (li ti, lông mi)
            return parsed.cluster
    return None


def news_i_y(word: str, parsed: Syllable, neighbours: list[str]) -> str:
    """The form Vietnamese news writes more often here: with these neighbours (``bác sĩ``,
    ``một tí``, ``lý do``, ``kỹ thuật``), else for the syllable alone (``quý``), from the news
    counts."""
    from editkit.vietnamese.lm import language_model

    model = language_model()
    form = i_y_form(parsed)
    other = swap_i_y(word, parsed)
    own_pairs = sum(model.bigram(n, word) + model.bigram(word, n) for n in neighbours)
    other_pairs = sum(model.bigram(n, other) + model.bigram(other, n) for n in neighbours)
    if own_pairs == other_pairs:  # no evidence in context: the syllable's own counts
        own_pairs, other_pairs = model.count(word), model.count(other)
    return form if own_pairs >= other_pairs else ("y" if form == "i" else "i")


def swap_i_y(word: str, parsed: Syllable) -> str:
    from editkit.vietnamese.letters import split_tone, with_tone

    index = len(parsed.onset)
    base, tone = split_tone(word[index].lower())
    target = "y" if base == "i" else "i"
    letter = with_tone(target, tone)
    return word[:index] + (letter.upper() if word[index].isupper() else letter) + word[index + 1:]


@rule(code="DI104", name="i-y-style-mismatch", category="diacritics", severity="info", fixable=True)
def i_y_style_mismatch(document, context):
    r"""A syllable is spelled with i where the house style writes y, or the reverse.

    ## What it does
    After h, k, l, m, s, t and qu in an open syllable with a tone mark (and
    after qu without one), Vietnamese spelling allows both `i` and `y`
    (lí/lý, kĩ/kỹ, sĩ/sỹ, mĩ/mỹ, quí/quý, qui/quy). Toneless li, mi, ti are
    other words (li ti, lông mi, ti vi) and are left alone. With
    `i-y = "news"` (the press default) each syllable takes the form
    Vietnamese news writes more often (lý, kỹ, mỹ, kỳ, tỷ, quý, but sĩ:
    bác sĩ, ca sĩ); with `"y"` the i forms are reported; with `"i"` (school
    textbooks, Quyết định 1989/QĐ-BGDĐT) the y forms; with `"any"` the
    article's majority form wins. Capitalised words are never touched:
    names keep their spelling (Lý Công Uẩn, Mỹ Tho, Hy Lạp).

    ## Why
    One publication should write one form; readers notice `lí do` and
    `lý do` in the same article. The rule is `info` by default because both
    forms are correct Vietnamese: raise it with `[severity]` in the config.

    ## Example
    With `i-y = "news"` or `"y"`: `kĩ thuật`, `quí vị` → `kỹ thuật`, `quý vị`.

    ## Fix safety
    Unsafe: a lowercase word can still be part of a name or a quotation that
    must keep its spelling.
    """
    setting = context.settings["i-y"]
    candidates = []
    tokens = body_tokens(document)
    for index, token in enumerate(tokens):
        if (token.glued or token.is_capitalized or len(token.text) > 3 or token.text[-1] not in I_Y_LETTERS
                or token.start in in_split_syllable(document)):
            continue
        parsed = parse_syllable(token.text)
        if isinstance(parsed, Syllable):
            form = i_y_form(parsed)
            if form:
                candidates.append((token, parsed, form, index))
    if setting == "any":
        votes = Counter(form for _, _, form, _ in candidates)
        setting = "i" if votes["i"] > votes["y"] else "y"
    for token, parsed, form, index in candidates:
        if setting == "news":
            neighbours = [tokens[i].lower for i in (index - 1, index + 1) if 0 <= i < len(tokens)]
            wanted = news_i_y(token.lower, parsed, neighbours)
        else:
            wanted = setting
        if form != wanted:
            right = swap_i_y(token.text, parsed)
            yield Finding(
                token.start, token.end, f"House style writes '{wanted}' here: '{right}'",
                fix=Fix.unsafe(Edit(token.start, token.end, right)), suggestions=(right,),
            )
