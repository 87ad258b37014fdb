"""Decode what Telex and VNI input methods leave behind when they were switched off.

Telex: aa â, aw ă, ee ê, oo ô, ow ơ, uw ư (a lone w after the onset too), dd đ; tone keys s f r x j
(sắc huyền hỏi ngã nặng) after a vowel. VNI: digits after a vowel: 1 sắc,
2 huyền, 3 hỏi, 4 ngã, 5 nặng, 6 circumflex, 7 horn, 8 breve, 9 đ.
"""

from __future__ import annotations

from functools import lru_cache

from editkit.vietnamese.letters import VOWELS, strip_tones, with_tone
from editkit.vietnamese.syllable import ParseFailure, parse_base, parse_syllable, tone_position

TELEX_QUALITY = {"aa": "â", "aw": "ă", "ee": "ê", "oo": "ô", "ow": "ơ", "uw": "ư", "dd": "đ"}
TELEX_TONES = {"s": 2, "f": 1, "r": 3, "x": 4, "j": 5}
VNI_TONES = {"1": 2, "2": 1, "3": 3, "4": 4, "5": 5}
VNI_QUALITY = {"6": {"a": "â", "e": "ê", "o": "ô"}, "7": {"o": "ơ", "u": "ư"}, "8": {"a": "ă"}}


def _with_tone(base: str, tone: int) -> str | None:
    """Put ``tone`` on ``base`` where Vietnamese spelling puts it; None if not a syllable."""
    parsed = parse_base(base)
    if isinstance(parsed, ParseFailure):
        return None
    onset, cluster, coda = parsed
    if tone:
        index = tone_position(onset, cluster, coda, "old")
        base = base[:index] + with_tone(base[index], tone) + base[index + 1:]
    return None if isinstance(parse_syllable(base), ParseFailure) else base


# the most keystrokes a syllable takes in Telex (nghieengx: 9), with room for a key struck twice;
# a longer run of letters is no syllable typed (and would take quadratic time to read as one)
MAX_TELEX_KEYS = 12


@lru_cache(maxsize=32768)
def decode_telex(word: str) -> tuple[str | None, bool]:
    """(decoded syllable or None, whether a quality key was used). Lowercase input."""
    if len(word) > MAX_TELEX_KEYS:
        return None, False
    letters: list[str] = []
    tone = 0
    quality = False
    index = 0
    while index < len(word):
        pair = word[index: index + 2]
        character = word[index]
        if pair in TELEX_QUALITY and (pair != "dd" or not letters):
            letters.append(TELEX_QUALITY[pair])
            if pair == "ow" and len(letters) >= 2 and letters[-2] == "u":
                letters[-2] = "ư"  # uow -> ươ (thuowngf -> thường), as Unikey types it
            quality = True
            index += 2
            continue
        if character == "w" and letters and letters[-1] in ("u", "o", "ư"):
            letters[-1] = {"u": "ư", "o": "ơ", "ư": "ư"}[letters[-1]]
            if len(letters) >= 2 and letters[-2] == "u" and letters[-1] == "ơ":
                letters[-2] = "ư"  # uow -> ươ
            quality = True
        elif character == "w" and not any(c in VOWELS + "ăâêôơư" for c in letters):
            letters.append("ư")  # a lone w after the onset types ư (nhw → như, ddwowcj → được), as Unikey does
            quality = True
        elif character in TELEX_TONES and any(c in VOWELS + "ăâêôơư" for c in letters) and not tone:
            tone = TELEX_TONES[character]
        else:
            letters.append(character)
        index += 1
    decoded = _with_tone("".join(letters), tone)
    return decoded, quality


KEYS_OF_MARK = {mark: keys for keys, mark in TELEX_QUALITY.items()}
KEY_OF_TONE = {tone: key for key, tone in TELEX_TONES.items()}


def telex_keystrokes(word: str) -> str:
    """The Telex keystrokes that type ``word`` (lowercase), tone key last: ``việt`` → ``vieetj``,
    ``thưr`` → ``thuwr``; a word the input method only half converted (``đuwowcj``, ``viêjt``)
    reads back as the keystrokes typed, for decode_telex."""
    base, toned = strip_tones(word)
    keys = "".join(KEYS_OF_MARK.get(letter, letter) for letter in base)
    return keys + "".join(KEY_OF_TONE[tone] for _, tone in toned)


@lru_cache(maxsize=8192)
def decode_early_tone(word: str) -> str | None:
    """The syllable of a word whose Telex tone key was typed before any vowel (``ngfay`` → ngày):
    the input method leaves such a key as a letter. None when no reading gives a syllable."""
    if len(word) > MAX_TELEX_KEYS:
        return None
    for index in range(1, len(word) - 1):
        key = word[index]
        if key in TELEX_TONES and not any(c in VOWELS for c in word[:index]):
            decoded, _ = decode_telex(word[:index] + word[index + 1:] + key)
            if decoded:
                return decoded
    return None


def decode_vni(word: str) -> str | None:
    """The syllable a VNI-typed word (letters and digits, lowercase) stands for, or None."""
    letters: list[str] = []
    tone = 0
    for character in word:
        if character in VNI_TONES and letters and not tone:
            tone = VNI_TONES[character]
        elif character in VNI_QUALITY:
            for position in range(len(letters) - 1, -1, -1):
                if letters[position] in VNI_QUALITY[character]:
                    letters[position] = VNI_QUALITY[character][letters[position]]
                    if character == "7" and position > 0 and letters[position - 1] == "u" and letters[position] == "ơ":
                        letters[position - 1] = "ư"
                    break
            else:
                return None
        elif character == "9":
            if "d" not in letters:
                return None
            letters[letters.index("d")] = "đ"
        elif character.isdigit():
            return None
        else:
            letters.append(character)
    return _with_tone("".join(letters), tone)


def vni_neighbour_key_readings(word: str) -> list[str]:
    """What a VNI-typed word (one digit) stands for if its digit was a slip onto the key next to
    the one meant, on the number row (``na9m``: 9 struck for 8, năm); the word's own reading
    is not among them."""
    digits = [index for index, character in enumerate(word) if character.isdigit()]
    if len(digits) != 1:
        return []
    index = digits[0]
    key = int(word[index])
    readings = []
    for neighbour in (key - 1, key + 1):
        if 1 <= neighbour <= 9:
            decoded = decode_vni(word[:index] + str(neighbour) + word[index + 1:])
            if decoded:
                readings.append(decoded)
    return readings
