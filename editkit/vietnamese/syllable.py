"""The Vietnamese syllable: parse a written token into onset, medial, nucleus, coda and tone.

The model follows the standard description of Vietnamese orthography:

* 27 onsets, written with the c/k/q, g/gh and ng/ngh spelling rules
  (k, gh, ngh before i, e, ê, iê; c, g, ng elsewhere; /kw/ written ``qu``);
* an optional medial glide written ``o`` (before a, ă, e) or ``u`` (before â, ê, y, ơ, yê);
* a nucleus: a monophthong, or a diphthong spelled ia/iê/yê/ya, ua/uô, ưa/ươ
  (the open spellings ia, ua, ưa, ya only without a coda);
* a coda: c, ch, m, n, ng, nh, p, t or a glide (i, y, o, u); ă and â need one;
  ch and nh follow only a, ê, i (oa, uê, uy); stop codas p, t, c, ch take only
  sắc or nặng.

A token either parses (a *valid* syllable: its letters can be Vietnamese) or
not, with a reason. Whether a valid syllable is also *attested* is the
inventory's business (:mod:`editkit.vietnamese.inventory`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from editkit.vietnamese.letters import (
    CONSONANT_LETTERS,
    FOREIGN_LETTERS,
    QUALITY_VOWELS,
    TONE_MARKS,
    VOWELS,
    strip_tones,
    with_tone,
)

ONSETS = ("ngh", "ng", "nh", "ch", "tr", "th", "kh", "ph", "gh", "gi", "qu",
          "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x")
CONSONANT_CODAS = ("ng", "nh", "ch", "c", "m", "n", "p", "t")
STOP_CODAS = frozenset({"c", "ch", "p", "t"})
FRONT_START = ("i", "e", "ê", "y")  # k, gh, ngh before these; c, g, ng never

ToneStyle = Literal["old", "new"]

# Vowel clusters (medial + nucleus + glide coda) -> consonant codas they take, and
# whether the cluster may end the syllable (open). "" in codas means open.
CLUSTERS: dict[str, tuple[str, ...]] = {
    "a": ("", "c", "ch", "m", "n", "ng", "nh", "p", "t"),
    "ă": ("c", "m", "n", "ng", "p", "t"),
    "â": ("c", "m", "n", "ng", "p", "t"),
    "e": ("", "c", "m", "n", "ng", "p", "t"),
    "ê": ("", "ch", "m", "n", "nh", "p", "t"),
    "i": ("", "ch", "m", "n", "nh", "p", "t"),
    "o": ("", "c", "m", "n", "ng", "p", "t"),
    "oo": ("c", "ng"),
    "ô": ("", "c", "m", "n", "ng", "p", "t"),
    "ơ": ("", "m", "n", "p", "t"),
    "u": ("", "c", "m", "n", "ng", "p", "t"),
    "ư": ("", "c", "m", "n", "ng", "t"),
    "y": ("",),
    "ai": ("",), "ao": ("",), "au": ("",), "ay": ("",), "âu": ("",), "ây": ("",),
    "eo": ("",), "êu": ("",), "iu": ("",), "oi": ("",), "ôi": ("",), "ơi": ("",),
    "ui": ("",), "ưi": ("",), "ưu": ("",),
    "ia": ("",), "iê": ("c", "m", "n", "ng", "p", "t"), "iêu": ("",),
    "yê": ("c", "m", "n", "ng", "p", "t"), "yêu": ("",),
    "ua": ("",), "uô": ("c", "m", "n", "ng", "t"), "uôi": ("",),
    "ưa": ("",), "ươ": ("c", "m", "n", "ng", "p", "t"), "ươi": ("",), "ươu": ("",),
    "oa": ("", "c", "ch", "m", "n", "ng", "nh", "p", "t"), "oai": ("",), "oay": ("",), "oao": ("",),
    "oă": ("c", "m", "n", "ng", "t"),
    "oe": ("", "n", "t"), "oeo": ("",),
    "uâ": ("n", "ng", "t"), "uây": ("",),
    "uê": ("", "ch", "n", "nh"),
    "uơ": ("",),
    "uy": ("", "ch", "n", "nh", "p", "t"), "uyu": ("",), "uya": ("",), "uyê": ("n", "t"),
}
MEDIAL_CLUSTERS = frozenset(c for c in CLUSTERS if c[:2] in ("oa", "oă", "oe", "uâ", "uê", "uơ", "uy"))
# After "qu" the u is part of the onset: these clusters follow it, with their codas.
AFTER_QU: dict[str, tuple[str, ...]] = {
    "a": CLUSTERS["oa"], "ai": ("",), "ao": ("",), "ay": ("",), "ă": CLUSTERS["oă"], "â": CLUSTERS["uâ"],
    "ây": ("",), "e": ("", "n", "t", "o"), "eo": ("",), "ê": CLUSTERS["uê"], "i": ("",),
    "y": ("", "ch", "n", "nh", "t"), "yê": ("n", "t"), "ơ": ("",), "oe": ("",),
    "ô": ("c", "n", "ng", "t"),  # quốc, quôn: the u of qu is part of the diphthong uô
}
# After "gi" the i of iê merges into the onset: giếng, giết, giêng.
AFTER_GI_EXTRA: dict[str, tuple[str, ...]] = {"ê": ("", "c", "ch", "m", "n", "ng", "nh", "p", "t"), "êu": ("",)}


@dataclass(frozen=True)
class Syllable:
    """A parsed syllable. ``base`` is the lowercase spelling without its tone mark."""

    onset: str
    cluster: str  # medial + nucleus + glide, as written
    coda: str
    tone: int
    base: str
    toned_index: int | None  # index of the toned letter in ``base`` (None when ngang)

    @property
    def rhyme(self) -> str:
        return self.cluster + self.coda


@dataclass(frozen=True)
class ParseFailure:
    reason: str


def split_onset(base: str) -> tuple[str, str]:
    for onset in ONSETS:
        if base.startswith(onset):
            rest = base[len(onset):]
            if onset == "gi" and (not rest or rest[0] not in VOWELS):
                return "g", base[1:]  # gì, gìn: onset g with the nucleus i
            if onset == "qu" and (not rest or rest[0] not in VOWELS):
                return "c", base[1:]  # "qu" without a vowel after it: let the rules reject it
            return onset, rest
    return "", base


def split_coda(rhyme: str) -> tuple[str, str]:
    for coda in CONSONANT_CODAS:
        if rhyme.endswith(coda) and len(rhyme) > len(coda):
            return rhyme[: -len(coda)], coda
    return rhyme, ""


def check_spelling_rules(onset: str, cluster: str) -> str | None:
    """The c/k/q, g/gh, ng/ngh and iê/yê rules; returns a reason when broken."""
    front = cluster.startswith(FRONT_START)
    medial = cluster in MEDIAL_CLUSTERS
    if onset in ("k", "gh", "ngh") and not front:
        return f"'{onset}' is written only before i, e, ê, y"
    if onset in ("c", "ng") and front:
        return f"'{onset}' before {cluster[0]} is written '{ {'c': 'k', 'ng': 'ngh'}[onset] }'"
    if onset == "g" and front and not cluster.startswith("i"):
        return f"'g' before {cluster[0]} is written 'gh'"
    if onset in ("c", "k") and medial:
        return "the sound /kw/ is written 'qu'"
    if cluster.startswith("yê") and onset and onset != "qu":
        return "after a consonant the diphthong is written 'iê'"
    if cluster.startswith("iê") and not onset:
        return "without a consonant before it the diphthong is written 'yê'"
    if cluster == "y" and onset in ("c", "g", "ng", "gh", "ngh"):
        return f"'{onset}y' is not a Vietnamese spelling"
    return None


@lru_cache(maxsize=65536)
def parse_base(base: str) -> tuple[str, str, str] | ParseFailure:
    """Parse a lowercase, toneless spelling into (onset, cluster, coda)."""
    if not base or any(c in FOREIGN_LETTERS for c in base):
        return ParseFailure("contains letters that Vietnamese does not use (f, j, w, z)")
    if not base.isalpha():
        return ParseFailure("contains characters that are not letters")
    onset, rest = split_onset(base)
    if not rest:
        return ParseFailure("has no vowel")
    cluster, coda = split_coda(rest)
    if onset == "qu":
        allowed = AFTER_QU.get(cluster)
    elif onset == "gi":
        allowed = AFTER_GI_EXTRA.get(cluster) or (CLUSTERS.get(cluster) if not cluster.startswith(("i", "y")) else None)
    else:
        allowed = CLUSTERS.get(cluster)
    if allowed is None:
        return ParseFailure(f"'{cluster}' is not a Vietnamese vowel sequence" if cluster else "has no vowel")
    if coda not in allowed:
        if coda:
            return ParseFailure(f"'{cluster}' cannot be followed by '{coda}'")
        return ParseFailure(f"'{cluster}' needs a final consonant")
    problem = check_spelling_rules(onset, cluster)
    if problem:
        return ParseFailure(problem)
    return onset, cluster, coda


@lru_cache(maxsize=65536)
def parse_syllable(token: str) -> Syllable | ParseFailure:
    """Parse a written syllable (any case, NFC). Tone marks are checked for count and coda."""
    lower = token.lower()
    base, toned = strip_tones(lower)
    if len(toned) > 1:
        return ParseFailure("has more than one tone mark")
    parsed = parse_base(base)
    if isinstance(parsed, ParseFailure):
        return parsed
    onset, cluster, coda = parsed
    tone, toned_index = (toned[0][1], toned[0][0]) if toned else (0, None)
    if coda in STOP_CODAS and tone not in (0, 2, 5):
        return ParseFailure(f"a syllable ending in '{coda}' takes only sắc or nặng")
    if coda in STOP_CODAS and tone == 0:
        return ParseFailure(f"a syllable ending in '{coda}' needs sắc or nặng")
    if toned_index is not None and base[toned_index] not in VOWELS:
        return ParseFailure("tone mark on a consonant")
    return Syllable(onset, cluster, coda, tone, base, toned_index)


def tone_position(onset: str, cluster: str, coda: str, style: ToneStyle = "old") -> int:
    """Index (in the toneless spelling) of the letter that carries the tone.

    * a quality-marked vowel (ă â ê ô ơ ư) carries it; in ươ the ơ;
    * otherwise with a final consonant, the last vowel (hoàn, huỳnh);
    * in three open vowels, the middle one (ngoái, khuỷu);
    * in oa, oe, uy without a final consonant: the first vowel in the old
      style (hòa, khỏe, thủy), the second in the new style (hoà, khoẻ, thuỷ);
    * in other pairs without a final consonant, the first (mía, múa, tài).
    """
    start = len(onset)
    marked = [i for i, c in enumerate(cluster) if c in QUALITY_VOWELS]
    if marked:
        return start + marked[-1]
    if coda:
        return start + len(cluster) - 1
    if len(cluster) == 3:
        return start + 1
    if len(cluster) == 2:
        if cluster in ("oa", "oe", "uy") and onset != "qu":
            return start + (0 if style == "old" else 1)
        return start
    return start


@lru_cache(maxsize=65536)
def canonical_spelling(token: str, style: ToneStyle = "old") -> str | None:
    """The token with its tone mark where the house ``style`` puts it (case kept); None if invalid."""
    parsed = parse_syllable(token)
    if isinstance(parsed, ParseFailure):
        return None
    if parsed.tone == 0:
        return token
    index = tone_position(parsed.onset, parsed.cluster, parsed.coda, style)
    letters = list(parsed.base)
    letters[index] = with_tone(letters[index], parsed.tone)
    spelled = "".join(letters)
    return "".join(s.upper() if t.isupper() else s for t, s in zip(token, spelled))


def in_tone_style(text: str, style: ToneStyle) -> str:
    """Every word of ``text`` with its tone mark where ``style`` puts it (``lấp lóa`` → ``lấp loá`` in the new
    style); a word that is no syllable stays as written."""
    return " ".join(canonical_spelling(word, style) or word for word in text.split())


def style_variants(token: str) -> tuple[str | None, str | None]:
    """(old-style spelling, new-style spelling) of a token."""
    return canonical_spelling(token, "old"), canonical_spelling(token, "new")


def is_style_sensitive(syllable: Syllable) -> bool:
    """True for the open oa, oe, uy rhymes whose tone place depends on the style (not after qu)."""
    return syllable.tone != 0 and syllable.coda == "" and syllable.cluster in ("oa", "oe", "uy") and syllable.onset != "qu"


@lru_cache(maxsize=65536)
def tone_well_placed(word: str) -> bool:
    """True unless ``word`` is a syllable whose tone mark is where neither style puts it (``lòai``)."""
    parsed = parse_syllable(word)
    if not isinstance(parsed, Syllable) or parsed.tone == 0:
        return True
    return parsed.toned_index in {tone_position(parsed.onset, parsed.cluster, parsed.coda, s) for s in ("old", "new")}


COMBINING_TONES = {mark: tone for tone, mark in enumerate(TONE_MARKS) if mark}  # the combining mark of each tone


@lru_cache(maxsize=4096)
def tone_moved_off_consonant(word: str, style: ToneStyle = "old") -> str | None:
    """The syllable ``word`` is with its one tone mark moved from a consonant to its vowel
    (``uńg`` → ``úng``, ``hoang̀`` → ``hoàng``, ``nhiêṭ`` → ``nhiệt``: an input method that put the
    mark after the wrong letter), spelled in ``style``, case kept; None for any other word (one
    with no tone on a consonant, or two tones, or letters that make no syllable: Gdańsk, Poznań)."""
    tone, base_letters, last_letter = 0, [], ""
    for character in unicodedata.normalize("NFD", word):
        if character in COMBINING_TONES:
            if tone or last_letter.lower() not in CONSONANT_LETTERS:
                return None  # a second tone, or a tone on a vowel (the other tone rules' business)
            tone = COMBINING_TONES[character]
            continue
        if not unicodedata.combining(character):
            last_letter = character
        base_letters.append(character)
    if not tone:
        return None
    base = unicodedata.normalize("NFC", "".join(base_letters))
    parsed = parse_base(base.lower())
    if isinstance(parsed, ParseFailure):
        return None
    onset, cluster, coda = parsed
    index = tone_position(onset, cluster, coda, style)
    letters = list(base)
    letters[index] = with_tone(letters[index], tone)  # with_tone keeps the letter's case
    spelled = "".join(letters)
    return spelled if isinstance(parse_syllable(spelled), Syllable) else None
