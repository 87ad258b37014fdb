"""A sentence left in English in a Vietnamese article: a wire story's untranslated leftover."""

from __future__ import annotations

from editkit.diagnostics import Finding
from editkit.registry import rule

MIN_WORDS = 8
MIN_FUNCTION_WORDS = 3
MIN_ENGLISH_SHARE = 0.8
MAX_CAPITALISED_SHARE = 0.5  # a run of names (International Federation of Red Cross …) is no sentence to translate
MIN_MARKED_LETTERS = 20  # letters with Vietnamese marks that make the article a Vietnamese one
VIETNAMESE_PER_LEFTOVER = 3  # Vietnamese sentences an English one must be among to be a leftover
PROSE = frozenset({"lead", "paragraph", "list-item", "subheading"})


@rule(code="ST119", name="untranslated-passage", category="structure", severity="warning")
def untranslated_passage(document, context):
    r"""A sentence left in English in a Vietnamese article.

    ## What it does
    Reports a sentence of eight or more words in running text of a
    Vietnamese article (one with at least twenty letters carrying Vietnamese
    marks) when no word of it has a Vietnamese mark, four in five of its
    words are English (pyspellchecker's list), at least three are English
    function words (`the`, `of`, `and`, `was` …:
    `dictionaries/structure/english-function-words.txt`) and no more than
    half are capitalised (a run of names is no sentence). Quotations (`“…”`,
    `"…"`: the source's own words, kept on purpose) are left alone, and so is
    a text where such sentences are more than one in four (English text
    with Vietnamese examples, or a bilingual one).

    ## Why
    Stories translated from the wires keep a sentence of the original now and
    then: the translator skipped it or pasted the wrong paragraph, and the
    reader meets English in mid-story.

    ## Example
    `Qantas mua thêm máy bay. In 1928 a chartered Qantas aircraft made the
    inaugural flight of the Royal Flying Doctor Service.` → translate the
    second sentence.

    ## Fix safety
    No automatic fix: a translation is the editor's.
    """
    from editkit.masking import Mask
    from editkit.rules.diacritics_missing import SENTENCE
    from editkit.structure_support import anatomy
    from editkit.vietnamese.letters import MARKED_LETTER, marked_letters_at_least
    from editkit.vietnamese.tokens import iter_tokens
    from editkit.vietnamese.word_kinds import quoted_spans

    text = document.text
    if not marked_letters_at_least(text, document.body_start, MIN_MARKED_LETTERS):
        return  # not a Vietnamese article
    quotes = None
    vietnamese = 0
    english: list[tuple[int, int]] = []
    for part in anatomy(document).parts:
        if part.kind not in PROSE:
            continue
        for sentence in SENTENCE.finditer(text, part.start, part.end):
            if MARKED_LETTER.search(sentence.group()):
                vietnamese += 1
                continue
            if sentence.group().count(" ") < MIN_WORDS - 1:
                continue  # short, or Vietnamese: most sentences end here
            start = sentence.start() + len(sentence.group()) - len(sentence.group().lstrip())
            quotes = Mask(quoted_spans(text)) if quotes is None else quotes
            if quotes.overlaps(start, start):
                continue
            if english_sentence([token.text for token in iter_tokens(text, sentence.start(), sentence.end())]):
                english.append((start, sentence.end()))
    if len(english) * VIETNAMESE_PER_LEFTOVER > vietnamese:
        return  # English text with Vietnamese examples (a README), or a bilingual one: no leftovers
    for start, end in english:
        words = len(text[start:end].split())
        yield Finding(start, end, f"A sentence left in English ({words} words): translate it, "
                      "or quote it as the source's own words")


def english_sentence(words: list[str]) -> bool:
    """Running English: enough words, none with Vietnamese marks, English function words among
    them, few capitals, and nearly all in the English list (asked last: the slowest look-up)."""
    from editkit.vietnamese.foreign import english_function_words, is_english
    from editkit.vietnamese.letters import has_vietnamese_marks

    if len(words) < MIN_WORDS or any(has_vietnamese_marks(word) for word in words):
        return False
    lowered = [word.lower() for word in words]
    if sum(word in english_function_words() for word in lowered) < MIN_FUNCTION_WORDS:
        return False
    if sum(word[:1].isupper() for word in words) > MAX_CAPITALISED_SHARE * len(words):
        return False
    return sum(is_english(word) for word in lowered) >= MIN_ENGLISH_SHARE * len(words)

