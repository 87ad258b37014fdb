"""Rules about diacritics that were never typed: unaccented sentences and input-method residue."""

from __future__ import annotations

import re

from editkit.diagnostics import Finding
from editkit.registry import rule
from editkit.vietnamese.inventory import count
from editkit.vietnamese.letters import has_vietnamese_marks
from editkit.vietnamese.restore import MIN_WORDS as MIN_UNACCENTED_WORDS
from editkit.vietnamese.restore import looks_unaccented, restore_sentence
from editkit.vietnamese.syllable import Syllable, parse_syllable
from editkit.vietnamese.tokens import capitalised_inside
from editkit.vietnamese.typing_residue import decode_telex, decode_vni, telex_keystrokes, vni_neighbour_key_readings

SENTENCE = re.compile(r"(?:[^.!?…\n]|\.(?=\d))+[.!?…]*")  # a dot before a digit is a number's (5.000)
VNI_WORD = re.compile(r"(?<![\w/.-])[a-zA-Z]+[1-9][a-zA-Z1-9]*(?![\w/-]|\.\w)")
MIN_RESIDUE_COUNT = 100
VNI_CONTEXT = 60  # characters looked at on each side of a VNI word for words with marks
VNI_CONTEXT_WORDS = 3
MIN_NAME_RESIDUE_COUNT = 10_000  # a capitalised word inside a sentence is more likely a name (Haast)


@rule(code="DI105", name="missing-diacritics", category="diacritics", severity="warning",
      supersedes=("SP101", "SP102"))
def missing_diacritics(document, context):
    r"""A sentence was typed without Vietnamese diacritics.

    ## What it does
    Reports a sentence of five or more words in which no word carries a
    Vietnamese mark, nearly every word is shaped like a Vietnamese syllable,
    and most words are written with marks far more often than without in
    Vietnamese news; inside a sentence that has marks, a run of five or
    more such words (`Bà Lan, nguoi dan phuong Khuong Dinh, chia sẻ`); and a
    headline (or front-matter `title`) of three or four such words over an
    article with marks (`Gia vang tang manh`).
    English and other foreign sentences do not pass the
    shape test. The message suggests the accented sentence: the most likely
    accented form of each word given its neighbours, from the syllable bigram
    model of Vietnamese news. The words of such a sentence are not reported
    once more as unknown or unlikely words (SP101, SP102).

    ## Why
    Text typed with the input method switched off, or pasted from an SMS or
    a social network, is hard to read and ambiguous (`ban` is bán, bàn, bạn,
    bản…); it must be retyped before publication.

    ## Example
    `Quan 9 tap trung day manh cai cach hanh chinh` →
    `Quận 9 tập trung đẩy mạnh cải cách hành chính`.

    ## Fix safety
    No automatic fix: the suggestion is a guess from word frequencies and
    must be checked by an editor.
    """
    import bisect

    from editkit.rules.diacritics import body_tokens

    text = document.text
    all_tokens = None

    def unaccented_words(span_start: int, span_end: int, min_words: int = MIN_UNACCENTED_WORDS):
        nonlocal all_tokens, starts
        if all_tokens is None:
            all_tokens = body_tokens(document)
            starts = [t.start for t in all_tokens]
        first = bisect.bisect_left(starts, span_start)
        last = bisect.bisect_left(starts, span_end)
        tokens = [t for t in all_tokens[first:last] if not t.glued and not t.is_all_caps]
        return tokens if looks_unaccented([t.text for t in tokens], min_words) else None

    starts: list[int] = []
    unmarked_sentences: list[tuple[int, int]] = []
    for sentence in SENTENCE.finditer(text, document.body_start):
        if has_vietnamese_marks(sentence.group()) or len(sentence.group()) < 10:
            continue  # the common case, decided at C speed
        unmarked_sentences.append(sentence.span())
        tokens = unaccented_words(sentence.start(), sentence.end())
        if tokens:  # to the sentence's end: a number after its last word is the sentence's (trong nam 2028)
            yield unaccented_finding(text, tokens, "Sentence", len(sentence.group().rstrip(" .!?…")) + sentence.start())
    # a run of words typed without marks inside a sentence that has them:
    # "Ba Nguyen Thi Lan, nguoi dan phuong Khuong Dinh, chia sẻ: …"
    sentence_starts = [start for start, _ in unmarked_sentences]  # in order: found left to right
    for run in UNMARKED_RUN.finditer(text, document.body_start):
        at = bisect.bisect_right(sentence_starts, run.start()) - 1
        if at >= 0 and run.start() < unmarked_sentences[at][1]:
            continue  # a sentence without any mark: judged whole above
        tokens = unaccented_words(run.start(), run.end())
        if tokens:
            yield unaccented_finding(text, tokens, "Words")
    # a short headline typed without marks over an article that has them (Gia vang tang manh), or
    # such a front-matter title (checked in the view of the front matter's prose)
    headline = headline_without_marks(document)
    if headline is not None and not has_vietnamese_marks(text[headline[0]:headline[1]]):
        tokens = unaccented_words(headline[0], headline[1], MIN_HEADLINE_WORDS)
        if tokens and len(tokens) < MIN_UNACCENTED_WORDS:  # longer ones were judged as sentences above
            yield unaccented_finding(text, tokens, "Headline")


MIN_HEADLINE_WORDS = 3
MIN_MARKED_BODY_LETTERS = 20  # letters with Vietnamese marks that make the article a Vietnamese one
HEADLINE_LINES = 8  # the headline stands among the first lines (a site header and a dateline may come first)


def headline_without_marks(document) -> tuple[int, int] | None:
    """Where the article's headline stands when it has no Vietnamese mark and the article's text has
    them (else None); in the view of the front matter's prose, the title's span when its article's
    body has marks. Most articles have no line without marks at their top: the parts are not worked
    out then."""
    from editkit.front_matter_prose import value_span
    from editkit.structure_support import anatomy
    from editkit.vietnamese.letters import ASCII_LINE, marked_letters_at_least

    article = document.shared.get("prose_of")
    if article is not None:
        title = value_span(article, "title")
        body_marked = marked_letters_at_least(article.text, article.body_start, MIN_MARKED_BODY_LETTERS)
        return title if title is not None and body_marked else None
    text = document.text
    top_end = document.body_start
    for _ in range(HEADLINE_LINES):
        top_end = text.find("\n", top_end + 1)
        if top_end < 0:
            top_end = len(text)
            break
    if not ASCII_LINE.search(text, document.body_start, top_end):
        return None  # every line at the top has a mark (or a letter beyond ASCII): no headline without marks
    if not marked_letters_at_least(text, document.body_start, MIN_MARKED_BODY_LETTERS):
        return None
    headline = anatomy(document).first("headline")
    return (headline.start, headline.end) if headline is not None else None


# five or more words of bare letters in a row, with spaces and commas between (digits end a run)
UNMARKED_RUN = re.compile(r"(?<![^\W\d_])[A-Za-z]+(?:,? +[A-Za-z]+){4,}(?![^\W\d_])")


def unaccented_finding(text: str, tokens, what: str, end: int = 0) -> Finding:
    start, end = tokens[0].start, max(tokens[-1].end, end)
    suggestion = restored_text(text[start:end])
    shown = suggestion if len(suggestion) <= 120 else suggestion[:117] + "…"
    return Finding(start, end, f"{what} typed without diacritics; perhaps: '{shown}'", suggestions=(suggestion,))


WORD_OR_NUMBER = re.compile(r"[^\W\d_]+|\d+")


def restored_text(sentence: str) -> str:
    """``sentence`` with each word replaced by its likely accented form, everything else (spaces,
    punctuation, numbers, codes such as NS1) as written."""
    found = list(WORD_OR_NUMBER.finditer(sentence))
    restored = restore_sentence([m.group() for m in found])
    pieces, position = [], 0
    for match, word in zip(found, restored):
        pieces.append(sentence[position: match.start()])
        pieces.append(word)
        position = match.end()
    return "".join(pieces) + sentence[position:]


@rule(code="DI106", name="typing-residue", category="diacritics", severity="error",
      supersedes=("SP101", "SP102", "DI101"))
def typing_residue(document, context):
    r"""A word still holds the keystrokes of a Telex or VNI input method.

    ## What it does
    Finds words that are not Vietnamese syllables but become a common one
    when read as Telex keystrokes (`vieejt` → việt, `tieengs` → tiếng,
    `nguwowif` → người) or as VNI keystrokes (`vie65t` → việt, `to6i` → tôi).
    A Telex word must use a vowel-mark key (aa, aw, ee, oo, ow, uw, w, dd;
    a lone `w` after the onset types ư: `nhw` → như, `ddwowcj` → được),
    so English words such as `has` or `list` are not taken for Telex, and an
    English word that reads as Telex (`low`, `too`) is reported only beside a
    word with Vietnamese marks (`low là` → lơ là, not `on low pay`); words
    glued to code or names (U23, mp3, H5N1) and capitals with digits
    (CO2, NO2: formulas and codes) are left alone. A tone key typed
    before the vowel, which the input method leaves as a letter (`ngfay` →
    ngày), is reported in words of four letters or more when the syllable is
    common and the word is not in pyspellchecker's English list (`dry`,
    `brown` stay English; `bro` is too short to tell); so is a word typed with
    tone keys only (`nafy` → này, `cuxng` → cũng) beside a word with
    Vietnamese marks, when the syllable is common and the word no English one
    (`sex`, `bus`, `tax` stay English). A VNI word whose digit reads as no
    common syllable is read with the key next to it on the number row when
    a word with Vietnamese marks stands within three words (`Từ na9m 1926`:
    9 struck for 8, năm). A word the input method converted only in part
    (`đuwowcj` → được, `viêjt` → việt, `ngươif` → người) is read back as the
    keystrokes typed and reported when they decode to a common syllable.
    Words of the project's `accept` list are left alone. It supersedes SP101,
    SP102 and DI101.

    ## Why
    It happens when the input method was switched off mid-word or the
    keyboard lagged; the word is unreadable to readers.

    ## Example
    `Tieengs Vieejt` → `Tiếng Việt`.

    ## Fix safety
    No automatic fix; the decoded word is given as the suggestion.
    """
    from editkit.rules.diacritics import body_tokens
    from editkit.rules.spelling import accepted_words

    text = document.text
    tokens = body_tokens(document)
    accepted = accepted_words(document, context)
    for index, token in enumerate(tokens):
        word = token.lower
        if token.glued or token.is_all_caps or len(word) < 3 or word in accepted:
            continue
        if not word.isascii():
            found = half_converted(token)
            if found is not None:
                yield found
            continue
        name_like = capitalised_inside(token)
        parsed = parse_syllable(word)
        if isinstance(parsed, Syllable) and count(word) >= 3:
            continue
        decoded, quality = decode_telex(word)
        needed = MIN_NAME_RESIDUE_COUNT if name_like else MIN_RESIDUE_COUNT
        if not (decoded and quality) and not name_like and not isinstance(parsed, Syllable):
            if decoded and beside_vietnamese(tokens, index) and tone_key_only(word, decoded):
                quality = True  # nafy → này, cuxng → cũng: a tone key alone, in a Vietnamese sentence
            else:
                decoded, quality = early_tone_slip(word)
        if decoded and quality and decoded != word and count(decoded) >= needed:
            if english_among_english(tokens, index):
                continue
            yield telex_finding(token, decoded)
    for match in VNI_WORD.finditer(text, document.body_start):
        word = match.group().lower()
        letters = sum(c.isalpha() for c in word)
        if letters < 2 or has_vietnamese_marks(word) or match.group().isupper() or word in accepted:
            continue  # capitals with digits are formulas and codes (CO2, NO2, MU2), not VNI
        decoded = decode_vni(word)
        slipped = ""
        if not (decoded and count(decoded) >= MIN_RESIDUE_COUNT) and marked_words_around(text, match):
            decoded = max(vni_neighbour_key_readings(word), key=count, default=None)
            slipped = " (a neighbouring digit struck)"
        if decoded and count(decoded) >= MIN_RESIDUE_COUNT:
            right = restore_case(match.group(), decoded)
            yield Finding(match.start(), match.end(), f"VNI keystrokes left in '{match.group()}'{slipped}: '{right}'",
                          suggestions=(right,))


def half_converted(token) -> Finding | None:
    """A word the input method converted only in part, its other keystrokes left as letters
    (``đuwowcj`` → được, ``viêjt`` → việt, ``ngươif`` → người): read back as the keystrokes typed,
    it decodes to a common syllable."""
    word = token.lower
    if count(word) >= 3 or not any(c in TELEX_KEYS for c in word):
        return None  # a syllable of its own, or no key left unconverted
    decoded, _ = decode_telex(telex_keystrokes(word))
    needed = MIN_NAME_RESIDUE_COUNT if capitalised_inside(token) else MIN_RESIDUE_COUNT
    if not decoded or decoded == word or count(decoded) < needed:
        return None
    return telex_finding(token, decoded)


def telex_finding(token, decoded: str) -> Finding:
    right = restore_case(token.text, decoded)
    return Finding(token.start, token.end, f"Telex keystrokes left in '{token.text}': '{right}'", suggestions=(right,))


TELEX_KEYS = frozenset("sfrxjw")  # tone and horn keys; a doubled vowel (ee, oo) or dd is seen by the decoder


def marked_words_around(text: str, match) -> bool:
    """A word with Vietnamese marks is among the three words before or after the match on its line."""
    before = text[max(0, match.start() - VNI_CONTEXT): match.start()].rpartition("\n")[2].split()[-VNI_CONTEXT_WORDS:]
    after = text[match.end(): match.end() + VNI_CONTEXT].partition("\n")[0].split()[:VNI_CONTEXT_WORDS]
    return any(has_vietnamese_marks(word) for word in before + after)


def english_among_english(tokens, index: int) -> bool:
    """The word is English (low, too, see) and no neighbour carries a Vietnamese mark, or one is an
    English word no Vietnamese syllable is spelled like (``its own (ngày …``): an English phrase,
    not a Vietnamese word typed with the input method off (``low là`` is lơ là)."""
    from editkit.vietnamese.foreign import is_english
    from editkit.vietnamese.word_kinds import in_english_phrase

    word = tokens[index].text
    return is_english(word) and (not beside_vietnamese(tokens, index) or in_english_phrase(
        word, [t.text for t in neighbour_tokens(tokens, index)]))


def tone_key_only(word: str, decoded: str) -> bool:
    """A word typed with Telex tone keys but no vowel-mark key decodes to a common syllable and
    is no English word (``nafy`` → này; ``sex``, ``bus`` and ``tax`` are English)."""
    from editkit.vietnamese.foreign import is_english

    return count(decoded) >= MIN_EARLY_TONE_COUNT and not is_english(word)


def neighbour_tokens(tokens, index: int) -> list:
    """The tokens right before and after the word (one or none at the text's edges)."""
    return tokens[max(0, index - 1): index] + tokens[index + 1: index + 2]


def beside_vietnamese(tokens, index: int) -> bool:
    """A neighbour of the word carries a Vietnamese mark."""
    return any(has_vietnamese_marks(t.text) for t in neighbour_tokens(tokens, index))


MIN_EARLY_TONE_COUNT = 1000
MIN_EARLY_TONE_LETTERS = 4


def early_tone_slip(word: str) -> tuple[str | None, bool]:
    """(syllable, True) for a tone key typed before the vowel (``ngfay`` → ngày) when the syllable
    is common and the word is no English word; (None, False) otherwise."""
    from editkit.vietnamese.foreign import is_english
    from editkit.vietnamese.typing_residue import decode_early_tone

    if len(word) < MIN_EARLY_TONE_LETTERS:
        return None, False  # bro, pro: too short to tell a slip from a foreign word
    decoded = decode_early_tone(word)
    if decoded is None or count(decoded) < MIN_EARLY_TONE_COUNT or is_english(word):
        return None, False
    return decoded, True


def restore_case(original: str, decoded: str) -> str:
    return decoded[0].upper() + decoded[1:] if original[:1].isupper() else decoded
