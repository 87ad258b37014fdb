"""Candidate corrections of a syllable with the cost of the slip that would produce it.

Structured slips (tone, onset, coda, vowel mark; ``dictionaries/spelling/confusions.toml``)
are generated directly; pyspellchecker, loaded with editkit's syllable frequency list,
supplies the remaining single edits (keyboard and Telex slips) with
its own costs.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections import Counter
from functools import lru_cache

from editkit.resources import dictionary_path
from editkit.vietnamese.inventory import ATTESTED_MIN_COUNT, bare, by_bare_form, count, syllable_counts
from editkit.vietnamese.letters import MAX_SYLLABLE_LETTERS, VOWELS, strip_tones, with_tone
from editkit.vietnamese.syllable import ParseFailure, canonical_spelling, parse_base, parse_syllable, tone_position

HOI_NGA = {3, 4}
MAX_CANDIDATES = 16  # the cheapest slips, then the commonest words
# a longer word is no slip of a syllable, and single edits of a long run of letters would
# cost time for nothing
MAX_SLIP_LETTERS = MAX_SYLLABLE_LETTERS + 1


@lru_cache(maxsize=1)
def model() -> dict:
    with open(dictionary_path("spelling", "confusions.toml"), "rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=1)
def spell_checker():
    """pyspellchecker with the attested syllables as its frequency dictionary (no English)."""
    from spellchecker import SpellChecker

    checker = SpellChecker(language=None, distance=1, case_sensitive=True)
    checker.word_frequency.load_json({s: n for s, n in syllable_counts().items() if n >= ATTESTED_MIN_COUNT})
    return checker


def spell(base: str, tone: int) -> str | None:
    """Put ``tone`` on the toneless ``base`` where the old style puts it; None if not a syllable."""
    parsed = parse_base(base)
    if isinstance(parsed, ParseFailure):
        return None
    if tone == 0:
        return base
    onset, cluster, coda = parsed
    index = tone_position(onset, cluster, coda, "old")
    return base[:index] + with_tone(base[index], tone) + base[index + 1:]


def base_variants(base: str) -> dict[str, float]:
    """Toneless spellings one structured slip away from ``base`` with the slip's cost."""
    cost = model()["cost"]
    variants: dict[str, float] = {}

    def add(variant: str, value: float) -> None:
        if variant != base and value < variants.get(variant, 1e9):
            variants[variant] = value

    for first, second in model()["onsets"]:
        for a, b in ((first, second), (second, first)):
            if base.startswith(a) and not (a == "g" and base.startswith(("gh", "gi"))) and not (a == "ng" and base.startswith("ngh")):
                add(b + base[len(a):], cost["onset"])
    for first, second in model()["mark_onsets"]:
        for a, b in ((first, second), (second, first)):
            if base.startswith(a):
                add(b + base[len(a):], cost["onset_mark"])
    for first, second in model()["codas"]:
        for a, b in ((first, second), (second, first)):
            if base.endswith(a) and not (a == "n" and base.endswith(("ng", "nh"))) and not (a == "c" and base.endswith("ch")):
                add(base[: -len(a)] + b, cost["coda"])
    for coda in ("c", "t", "n", "ng", "m", "p", "ch", "nh"):  # a final consonant dropped or added
        if base.endswith(coda) and len(base) > len(coda) + 1:
            add(base[: -len(coda)], cost["coda_drop"])
        else:
            add(base + coda, cost["coda_drop"])
    if base[:1] in VOWELS:  # an onset left out: ông for công, ước for nước
        for onset in model()["dropped_onsets"]:
            add(onset + base, cost["onset_drop"])
    for index, letter in enumerate(base[:2]):  # keyboard slips on the first letters (việt/biệt)
        for near in keyboard_neighbours().get(letter, ()):
            add(base[:index] + near + base[index + 1:], cost["keyboard"])
    for group in model()["vowel_groups"]:
        for index, letter in enumerate(base):
            if letter in group:
                for other in group:
                    if other != letter:
                        add(base[:index] + other + base[index + 1:], cost["vowel_mark"])
    return variants


@lru_cache(maxsize=32768)
def structured_candidates(word: str) -> tuple[tuple[str, float], ...]:
    """Attested syllables one structured slip from ``word`` (lowercase), cheapest first."""
    if len(word) > MAX_SLIP_LETTERS:
        return ()
    cost = model()["cost"]
    base, toned = strip_tones(word)
    tone = toned[0][1] if len(toned) == 1 else 0
    found: dict[str, float] = {}
    bases = {base: 0.0, **base_variants(base)}
    for variant, base_cost in bases.items():
        for new_tone in range(6):
            if new_tone == tone:
                tone_cost = 0.0
            elif {tone, new_tone} == HOI_NGA:
                tone_cost = cost["tone_hoi_nga"]
            else:
                tone_cost = cost["tone"]
            total = base_cost + tone_cost
            if total == 0:
                continue
            candidate = spell(variant, new_tone)
            if candidate and candidate != word and count(candidate) >= ATTESTED_MIN_COUNT:
                old = canonical_spelling(candidate, "old")
                if old != canonical_spelling(word, "old") and total < found.get(candidate, 1e9):
                    found[candidate] = total
    ranked = sorted(found.items(), key=lambda kv: (kv[1], -count(kv[0]), kv[0]))  # ties by spelling: the same in every run
    return tuple(ranked[:MAX_CANDIDATES])


TELEX_KEYS = "abcdefghijklmnopqrstuvwxy"  # Telex types every letter, mark and tone with these keys


@lru_cache(maxsize=8192)
def keystroke_left_out(word: str) -> dict[str, float]:
    """Attested syllables whose Telex keystrokes type ``word`` when one of them is left out (lowercase):
    ``toàn`` (toanf) without its a is ``tòn``, ``vào`` (vaof) without its o is ``và``, ``vừa``
    (vwaf) without its w is ``và`` again. A left-out letter that carried a mark takes the mark
    elsewhere or drops it, so such slips are more than one letter apart."""
    from editkit.vietnamese.typing_residue import decode_telex, telex_keystrokes

    if len(word) > MAX_SLIP_LETTERS or not word.isalpha():
        return {}
    keys = telex_keystrokes(word)
    cost = model()["cost"]["keystroke_left_out"]
    found: dict[str, float] = {}
    for at in range(len(keys) + 1):
        for key in TELEX_KEYS:
            decoded, _ = decode_telex(keys[:at] + key + keys[at:])
            if decoded and decoded != word and count(decoded) >= ATTESTED_MIN_COUNT:
                found[decoded] = cost
    return found


@lru_cache(maxsize=1)
def keyboard_neighbours() -> dict[str, set[str]]:
    rows = model()["keyboard_rows"]
    neighbours: dict[str, set[str]] = {}
    for r, row in enumerate(rows):
        for c, key in enumerate(row):
            near = neighbours.setdefault(key, set())
            for rr in (r - 1, r, r + 1):
                if 0 <= rr < len(rows):
                    for cc in (c - 1, c, c + 1):
                        if 0 <= cc < len(rows[rr]) and (rr, cc) != (r, c):
                            near.add(rows[rr][cc])
    return neighbours


def tone_of(word: str) -> tuple[int, ...]:
    return tuple(tone for _, tone in strip_tones(word)[1])


def is_keyboard_slip(word: str, candidate: str) -> bool:
    """One letter replaced by a neighbouring key (on the letters without marks), the tone kept:
    the tone is typed with its own key (``đì`` is a slip of ``đò``; ``đi`` is a slip and a lost tone)."""
    from editkit.vietnamese.inventory import bare

    a, b = bare(word), bare(candidate)
    if len(a) != len(b) or tone_of(word) != tone_of(candidate):
        return False
    differences = [(x, y) for x, y in zip(a, b) if x != y]
    return len(differences) == 1 and differences[0][1] in keyboard_neighbours().get(differences[0][0], set())


@lru_cache(maxsize=8192)
def edit_candidates(word: str) -> dict[str, float]:
    """pyspellchecker's attested candidates one edit away, with the edit cost.

    Edits at distance two are not generated: over the 90-odd letters of Vietnamese
    they cost about a second per word; the structured slips cover the common cases.
    """
    if len(word) > MAX_SLIP_LETTERS:
        return {}
    checker = spell_checker()
    cost = model()["cost"]
    known = checker.known(checker.edit_distance_1(word))
    return {c: edit_cost(word, c, cost) for c in known if c != word}


def edit_cost(word: str, candidate: str, cost: dict[str, float]) -> float:
    """One letter of ``word`` replaced, added or dropped; a letter is a base letter with its marks, so
    one edit may also change the tone (``đò``/``đi``) or a vowel mark (``vịt``/``vật``): each costs extra."""
    if is_keyboard_slip(word, candidate):
        return cost["keyboard"]
    extra = cost["tone"] if tone_of(word) != tone_of(candidate) else 0.0
    if quality_marks_of(word) != quality_marks_of(candidate):
        extra += cost["vowel_mark"]
    return cost["edit"] + extra


QUALITY_MARK = {"ă": "breve", "â": "circumflex", "ê": "circumflex", "ô": "circumflex", "ơ": "horn", "ư": "horn",
                "đ": "stroke"}


def quality_marks_of(word: str) -> tuple[str, ...]:
    """The marks of ``word`` that are no tone, in order (``đều``: stroke, circumflex; ``đầu`` too)."""
    return tuple(QUALITY_MARK[c] for c in strip_tones(word.lower())[0] if c in QUALITY_MARK)


@lru_cache(maxsize=1)
def confusion_index() -> dict[str, str]:
    """syllable -> its indexed slips as written in confusion-index.tsv.gz (parsed on demand)."""
    import gzip

    table = {}
    with gzip.open(dictionary_path("spelling", "confusion-index.tsv.gz"), "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                word, _, rest = line.rstrip("\n").partition("\t")
                table[word] = rest
    return table


@lru_cache(maxsize=32768)
def confusables(word: str) -> tuple[tuple[str, float], ...]:
    """A known syllable's likely slips, cheapest first: from the prebuilt index (structured slips
    and single edits), else the structured slips computed now."""
    raw = confusion_index().get(word)
    if raw is None:
        return structured_candidates(word)
    pairs = []
    for item in raw.split(","):
        candidate, _, cost = item.rpartition(":")
        pairs.append((candidate, float(cost)))
    return tuple(pairs)


@lru_cache(maxsize=1)
def by_letters_and_tone() -> dict[tuple[str, int], str]:
    """(letters without the tone, tone) -> the attested syllable spelled with them."""
    table = {}
    for syllable, n in syllable_counts().items():
        base, toned = strip_tones(syllable)
        if n >= ATTESTED_MIN_COUNT and len(toned) <= 1:
            key = (base, toned[0][1] if toned else 0)
            if n > count(table.get(key, "")):
                table[key] = syllable
    return table


def respelled_edits(word: str) -> set[str]:
    """Attested syllables one edit from an impossible ``word`` once their tone mark is put where
    the syllable carries it: ``goịng`` (i and o swapped) → giọng, ``huỷe`` → hủy."""
    if word.isascii() or len(word) > MAX_SLIP_LETTERS or len(strip_tones(word)[1]) != 1:
        return set()
    if not isinstance(parse_syllable(word), ParseFailure):
        return set()
    table = by_letters_and_tone()
    found = set()
    for edit in spell_checker().edit_distance_1(word):
        base, toned = strip_tones(edit)
        if len(toned) == 1:
            respelled = table.get((base, toned[0][1]))
            if respelled and respelled != edit and respelled != word:
                found.add(respelled)
    return found


def struck_twice(word: str) -> str | None:
    """``ttrường``, ``trườngg``, ``nhàa``, ``đđi``: a key struck twice at the start or the end of a
    word (lowercase); the attested syllable without the extra letter, else None."""
    if len(word) < 3:
        return None
    for first, second, cut in ((word[0], word[1], word[1:]), (word[-2], word[-1], word[:-1])):
        if bare(first) == bare(second) and count(cut) >= ATTESTED_MIN_COUNT:
            return cut
    return None


@lru_cache(maxsize=8192)
def candidates(word: str) -> dict[str, float]:
    """All candidates for ``word``: structured slips, then single edits; and every syllable
    spelled with its letters and its marks plus others: for a word typed with no mark at all
    (phuc, kich → phục, kích) the input method was off, and marks left out of a word typed with
    some (dén → đến, sơm → sớm) are one slip however many. The dictionary is shared (cached):
    read it, do not change it."""
    found = dict(structured_candidates(word))
    for candidate, value in edit_candidates(word).items():
        found.setdefault(candidate, value)
    for candidate in respelled_edits(word):
        found.setdefault(candidate, model()["cost"]["edit"])
    for candidate, value in keystroke_left_out(word).items():
        found[candidate] = min(value, found.get(candidate, value))
    struck = struck_twice(word)
    if struck is not None:  # one of the commonest slips of all: the cheapest reading
        found[struck] = min(found.get(struck, 1e9), model()["cost"]["key_struck_twice"])
    omitted = model()["cost"]["marks_omitted"]
    written = marks_of(word)
    for candidate, _ in by_bare_form().get(bare(word), ()):
        if candidate != word and omitted < found.get(candidate, 1e9) and written <= marks_of(candidate):
            found[candidate] = omitted
    return found


def marks_of(word: str) -> Counter[tuple[int, str]]:
    """The marks on ``word`` with the letter each sits on: tones, quality marks, đ's stroke."""
    found: Counter[tuple[int, str]] = Counter()
    position = -1
    for c in unicodedata.normalize("NFD", word.lower()):
        if unicodedata.combining(c):
            found[(position, c)] += 1
        else:
            position += 1
            if c == "đ":
                found[(position, "stroke")] += 1
    return found
