"""Score spelling on errors-dev.tsv (shared by the benchmark and tests).

Tokens are maximal letter runs (as in the n-gram counts) aligned between the
wrong and correct sentences; a token that differs is an error, except i/y-only
changes (sỹ → sĩ), which are house style. Recall counts errors flagged; a flag
on an unchanged token is a false alarm.
"""

from __future__ import annotations

import csv
import difflib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from editkit.vietnamese.tokens import iter_tokens


def i_y_only(wrong: str, right: str) -> bool:
    """``sỹ → sĩ``, ``quí → quý``, ``Kì → Kỳ``: the same syllable with i for y (house style),
    the tone kept."""
    from editkit.vietnamese.context import same_but_i_y

    a, b = unicodedata.normalize("NFC", wrong.lower()), unicodedata.normalize("NFC", right.lower())
    return a != b and same_but_i_y(a, b)


def is_nonword(wrong: str, right: str | None) -> bool:
    """The written token is no attested syllable and its correction is Vietnamese-shaped."""
    from editkit.vietnamese.word_kinds import is_known, vietnamese_shaped

    return not is_known(wrong.lower()) and right is not None and vietnamese_shaped(right.lower())


@dataclass
class SpellingScore:
    errors: int = 0
    caught: int = 0
    nonword_errors: int = 0
    nonword_caught: int = 0
    top1: int = 0
    unchanged: int = 0
    false_alarms: int = 0
    clean_tokens: int = 0
    clean_alarms: int = 0
    missed: list = field(default_factory=list)
    alarms: list = field(default_factory=list)

    def line(self) -> str:
        return (f"recall {self.caught / self.errors:.2f} ({self.caught}/{self.errors}), non-word recall "
                f"{self.nonword_caught / max(1, self.nonword_errors):.2f} ({self.nonword_caught}/{self.nonword_errors}), "
                f"top-1 {self.top1 / max(1, self.caught):.2f}, false alarms {1000 * self.false_alarms / self.unchanged:.2f}/1k "
                f"unchanged tokens")


def flags_of(text: str, diagnostics) -> dict[int, tuple[str, ...]]:
    """``{token start: suggestions}`` for the tokens findings cover. A finding over several
    words (``dấu diếm`` → ``giấu giếm``) flags each word it changes, with its own word of the
    suggestion when the suggestion has as many words as the span; a word the suggestion
    keeps (``dụng`` in ``xử dụng`` → ``sử dụng``) is not flagged."""
    flags: dict[int, tuple[str, ...]] = {}
    for d in diagnostics:
        covered = list(iter_tokens(text, d.start.offset, d.end.offset))
        if len(covered) <= 1:
            # the word covered (a span may open on the space before it: SP108's " của"), else the start
            flags[covered[0].start if covered else d.start.offset] = tuple(d.suggestions)
            continue
        per_word = [s.split() for s in d.suggestions if len(s.split()) == len(covered)]
        for index, token in enumerate(covered):
            own = tuple(words[index] for words in per_word)
            if own and all(word.lower() == token.lower for word in own):
                continue  # the finding keeps this word (dụng in xử dụng → sử dụng): not flagged
            flags[token.start] = own
    return flags


def rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def score(path: Path, checker) -> SpellingScore:
    """``checker(text) -> {token start: [suggestions]}``."""
    result = SpellingScore()
    for row in rows(path):
        wrong, right = row["wrong"], row["correct"]
        wrong_tokens = list(iter_tokens(wrong))
        right_tokens = list(iter_tokens(right))
        flags = checker(wrong)
        matcher = difflib.SequenceMatcher(a=[t.text for t in wrong_tokens], b=[t.text for t in right_tokens], autojunk=False)
        for tag, a0, a1, b0, b1 in matcher.get_opcodes():
            if tag == "equal":
                for token in wrong_tokens[a0:a1]:
                    result.unchanged += 1
                    if token.start in flags:
                        result.false_alarms += 1
                        result.alarms.append((row["id"], token.text, flags[token.start]))
                continue
            pairs = list(zip(wrong_tokens[a0:a1], right_tokens[b0:b1])) if a1 - a0 == b1 - b0 else [
                (t, None) for t in wrong_tokens[a0:a1]]
            for token, fixed in pairs:
                if fixed is not None and i_y_only(token.text, fixed.text):
                    continue
                result.errors += 1
                nonword = is_nonword(token.text, fixed.text if fixed is not None else None)
                result.nonword_errors += nonword
                if token.start in flags:
                    result.caught += 1
                    result.nonword_caught += nonword
                    suggestions = flags[token.start]
                    if fixed is not None and suggestions and suggestions[0].lower() == fixed.text.lower():
                        result.top1 += 1
                else:
                    result.missed.append((row["id"], token.text, fixed.text if fixed else None))
        for token in right_tokens:
            result.clean_tokens += 1
        result.clean_alarms += len(checker(right))
    return result


# the slips of Vietnamese regional pronunciation and of the hỏi/ngã tones that newsrooms see most
REGIONAL_ONSETS = (("s", "x"), ("x", "s"), ("ch", "tr"), ("tr", "ch"), ("d", "gi"), ("gi", "d"), ("d", "r"),
                   ("r", "d"), ("gi", "r"), ("l", "n"), ("n", "l"), ("v", "d"))
REGIONAL_CODAS = (("n", "ng"), ("ng", "n"), ("c", "t"), ("t", "c"))
HOI_NGA = {3: 4, 4: 3}


def regional_slips(word: str) -> list[tuple[str, str]]:
    """(kind, slipped spelling) for each regional slip of a lowercase syllable: an onset merged
    (s/x, ch/tr, d/gi/r, l/n, v/d), a final merged (n/ng, c/t), or hỏi and ngã swapped."""
    from editkit.vietnamese.syllable import ParseFailure, parse_syllable
    from editkit.vietnamese.typing_residue import _with_tone

    parsed = parse_syllable(word)
    if isinstance(parsed, ParseFailure):
        return []
    base, tone = parsed.base, parsed.tone
    found = [("onset", b + base[len(a):], tone) for a, b in REGIONAL_ONSETS if parsed.onset == a]
    found += [("final", base[: len(base) - len(a)] + b, tone) for a, b in REGIONAL_CODAS if parsed.coda == a]
    if tone in HOI_NGA:
        found.append(("hỏi/ngã", base, HOI_NGA[tone]))
    slips = []
    for kind, letters, new_tone in found:
        spelled = _with_tone(letters, new_tone)
        if spelled and spelled != word:
            slips.append((kind, spelled))
    return slips
