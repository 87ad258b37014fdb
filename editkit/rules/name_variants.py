"""A name written two ways in one article: the article itself says which is the slip."""

from __future__ import annotations

from collections import Counter, defaultdict

from editkit.diagnostics import Edit, Finding, Fix
from editkit.registry import rule

MIN_NAME_WORDS = 2  # Nguyễn Văn Nên, Thủ Đức: a single capitalised word is too often two names


@rule(code="SP107", name="inconsistent-name", category="spelling", severity="warning", fixable=True,
      supersedes=("SP101", "SP102"))
def inconsistent_name(document, context):
    r"""A name is written once with other marks than everywhere else in the article.

    ## What it does
    Groups the names of the article (two or more capitalised words in a row;
    at the start of a sentence, only a name the article also writes inside
    one) by their letters without marks. When a
    name is written one way at least twice and, once, with one mark of one
    of its words different (`Nguyễn Văn Nên` twice, `Nguyễn Văn Nến` once;
    `Thủ Đức`, `Thủ Dức`), the single one is reported with the usual
    spelling as suggestion. Words two marks apart (`Hùng`, `Hưng`) are
    two names; a word in the other tone style (`Hòa`/`Hoà`, DI103) or with
    i for y (`Lý`/`Lí`, DI104) is the same spelling here. A foreign name in
    Latin letters (five or more, not Vietnamese-shaped) written once one
    letter off a spelling the article uses at least twice is reported too
    (`Zelenskiy` beside three `Zelensky`: a letter added, left out, doubled
    or two swapped); a letter replaced (`Marta`, `Maria`), a plural `s` and
    two English words are not slips.

    ## Why
    The spelling rules leave names alone (no word list knows them), so a
    slipped mark in a name reaches print; but the article spells the name
    right elsewhere, and readers notice the difference.

    ## Example
    `Bí thư Nguyễn Văn Nên … ông Nguyễn Văn Nên … Nguyễn Văn Nến` →
    `Nguyễn Văn Nên`.

    ## Fix safety
    Unsafe: two people may bear names that differ by one mark;
    `--unsafe-fixes` writes the usual spelling.
    """
    from editkit.rules.diacritics import body_tokens

    from editkit.rules.spelling import accepted_words

    tokens = body_tokens(document)
    yield from foreign_name_slips(document, tokens, accepted_words(document, context))
    runs, opening_runs = name_runs(tokens)
    by_letters: dict[tuple[str, ...], list[list]] = defaultdict(list)
    for run in runs:
        by_letters[letters_of(run)].append(run)
    for run in opening_runs:
        if (key := letters_of(run)) in by_letters:  # a name opening a sentence, written inside one elsewhere
            by_letters[key].append(run)
        elif len(run) > MIN_NAME_WORDS:  # Theo Nguyễn Văn Nên: the name after the sentence's first word
            by_letters[letters_of(run[1:])].append(run[1:])
    for group in by_letters.values():
        written = Counter(spelling_of(run) for run in group)
        if len(written) < 2:
            continue
        usual, times = written.most_common(1)[0]
        if times < 2:
            continue
        for run in group:
            spelling = spelling_of(run)
            if written[spelling] == 1 and differs_by_one_slip(spelling, usual):
                start, end = run[0].start, run[-1].end
                replacement = " ".join(usual)
                yield Finding(start, end, f"'{document.text[start:end]}' is written '{replacement}' {times} times "
                              "in this article", fix=Fix.unsafe(Edit(start, end, replacement)), suggestions=(replacement,))


MIN_FOREIGN_NAME_LETTERS = 5


def foreign_name_slips(document, tokens, accepted: frozenset[str]):
    """``Zelenskiy`` once beside ``Zelensky`` three times: a foreign name one letter off the
    spelling the article uses (unless the project accepts that spelling)."""
    from editkit.vietnamese.word_kinds import vietnamese_shaped

    names = [t for t in tokens if t.is_capitalized and not t.is_all_caps and not t.glued and t.text.isascii()
             and t.text.isalpha() and len(t.text) >= MIN_FOREIGN_NAME_LETTERS and not vietnamese_shaped(t.lower)]
    written = Counter(t.text for t in names)
    usual_forms = [name for name, times in written.items() if times >= 2]
    for token in names:
        if written[token.text] != 1 or token.lower in accepted:
            continue
        matches = [usual for usual in usual_forms if one_letter_off(token.text, usual)]
        if len(matches) == 1:
            usual = matches[0]
            yield Finding(token.start, token.end, f"'{token.text}' is written '{usual}' {written[usual]} times "
                          "in this article", fix=Fix.unsafe(Edit(token.start, token.end, usual)), suggestions=(usual,))


def one_letter_off(word: str, usual: str) -> bool:
    """A letter left out or added, two swapped or one doubled (foreign_typos' slips, either way);
    not a letter replaced (Marta, Maria: two names), a plural (Games, Game) nor two English words."""
    from editkit.vietnamese.foreign import is_english
    from editkit.vietnamese.foreign_typos import one_letter_keeping_slip

    a, b = word.lower(), usual.lower()
    if a.rstrip("s") == b.rstrip("s") or not one_letter_keeping_slip(a, b):
        return False
    return not (is_english(a) and is_english(b))  # the English list last: its first look-up loads it


def name_runs(tokens) -> tuple[list[list], list[list]]:
    """Runs of capitalised words one space apart: those inside sentences, and those whose first word
    opens a sentence (``Theo Nguyễn Văn A`` or ``Nguyễn Văn A cho biết``: capitalised either way)."""
    runs: list[list] = []
    opening: list[list] = []
    current: list = []
    for token in tokens:
        name_word = token.is_capitalized and not token.is_all_caps and not token.glued
        if name_word and current and not token.sentence_initial and token.start == current[-1].end + 1:
            current.append(token)
            continue
        if len(current) >= MIN_NAME_WORDS:
            (opening if current[0].sentence_initial else runs).append(current)
        current = [token] if name_word else []
    if len(current) >= MIN_NAME_WORDS:
        (opening if current[0].sentence_initial else runs).append(current)
    return runs, opening


def letters_of(run) -> tuple[str, ...]:
    from editkit.vietnamese.inventory import bare

    return tuple(bare(token.text) for token in run)


def spelling_of(run) -> tuple[str, ...]:
    return tuple(token.text for token in run)


def differs_by_one_slip(spelling: tuple[str, ...], usual: tuple[str, ...]) -> bool:
    """One word of the name differs by one mark (a tone, a vowel's mark, đ's stroke), and not only
    in tone style or in i for y. Two marks apart (Hùng, Hưng) are two names, not a slip."""
    from editkit.vietnamese.confusion import marks_of
    from editkit.vietnamese.context import same_but_i_y
    from editkit.vietnamese.syllable import canonical_spelling

    different = [(a, b) for a, b in zip(spelling, usual) if a != b]
    if len(different) != 1:
        return False
    a, b = ((canonical_spelling(w, "old") or w).lower() for w in different[0])
    if a == b or same_but_i_y(a, b):
        return False
    one, other = marks_of(a), marks_of(b)
    return sum(((one - other) + (other - one)).values()) == 1
