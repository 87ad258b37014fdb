"""Legacy Vietnamese encodings: decode TCVN3, VNI, VISCII, Windows-1258, VIQR and mojibake.

Candidate decodings are scored with the syllable model: the right one turns
marked words into attested Vietnamese syllables, the wrong ones into junk.
Tables live in ``dictionaries/encoding/`` (see dictionaries/README.md).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from editkit.resources import dictionary_path
from editkit.vietnamese.inventory import count, marked_nonsyllables
from editkit.vietnamese.syllable import Syllable, parse_syllable

NAMES = {
    "tcvn3": "TCVN3 (ABC) / TCVN 5712:1993",
    "vni": "VNI-Windows",
    "viscii": "VISCII",
    "cp1258": "Windows-1258",
    "viqr": "VIQR",
    "utf8-as-cp1252": "UTF-8 read as Windows-1252",
}
BYTE_ENCODINGS = ("tcvn3", "vni", "viscii", "cp1258")
WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4)
def byte_table(name: str) -> list[str]:
    table = [chr(b) for b in range(256)]
    for line in dictionary_path("encoding", f"{name}.tsv").read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        byte, code, _ = line.split("\t", 2)
        table[int(byte, 16)] = chr(int(code[2:], 16))
    return table


@lru_cache(maxsize=1)
def vni_sequences() -> tuple[dict[str, str], re.Pattern[str]]:
    table = {}
    for line in dictionary_path("encoding", "vni.tsv").read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        sequence, letter = line.split("\t")
        table[sequence] = letter
    pattern = re.compile("|".join(re.escape(s) for s in sorted(table, key=len, reverse=True)))
    return table, pattern


def cp1252_bytes(text: str) -> bytes | None:
    """The bytes a Windows-1252 reader turned into ``text`` (C1 pass-through), or None."""
    out = bytearray()
    for character in text:
        try:
            out += character.encode("cp1252")
        except UnicodeEncodeError:
            if ord(character) < 0x100:
                out.append(ord(character))
            elif character in "đĐ":  # an eth (ð, Ð) already "corrected" to đ by the look-alike rule
                out.append(0xF0 if character == "đ" else 0xD0)
            else:
                return None
    return bytes(out)


def decode_bytes(name: str, data: bytes) -> str:
    """Decode ``data`` as one of BYTE_ENCODINGS and normalise to NFC."""
    if name == "cp1258":
        text = data.decode("cp1258", errors="replace")
    elif name == "vni":
        latin = "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in data)
        table, pattern = vni_sequences()
        text = pattern.sub(lambda m: table[m.group()], latin)
    else:
        table = byte_table(name)
        text = "".join(table[b] for b in data)
    return unicodedata.normalize("NFC", text)


VIQR_QUALITY = {"a(": "ă", "a^": "â", "e^": "ê", "o^": "ô", "o+": "ơ", "u+": "ư"}
VIQR_TONES = {"'": "\u0301", "`": "\u0300", "?": "\u0309", "~": "\u0303", ".": "\u0323"}
VIQR_WORD = re.compile(r"(?<![\w\\])([A-Za-z]*[aeiouyAEIOUY](?:[(^+]|[+])?[A-Za-z]*?)(?:([(^+])?)([`'?~.])?(?=[A-Za-z]|\b|$)")
VIQR_TOKEN = re.compile(r"(?:dd|DD|Dd|[A-Za-z])(?:[A-Za-z]|[(^+](?=[A-Za-z'`?~.\s]|$)|['`?~.](?=[A-Za-z]))*(?:[(^+'`?~.](?![A-Za-z0-9]))?")


def decode_viqr_word(word: str) -> str:
    """Decode one VIQR word (RFC 1456): a( â… quality marks, then ' ` ? ~ . tone marks; dd for đ."""
    text = re.sub(r"^(dd|DD|Dd)", lambda m: "Đ" if m.group()[0] == "D" else "đ", word)
    for key, letter in VIQR_QUALITY.items():
        text = text.replace(key, letter).replace(key[0].upper() + key[1], letter.upper())
    for key, mark in VIQR_TONES.items():
        text = re.sub(rf"(?<=[^\W\d_]){re.escape(key)}", mark, text)
    return unicodedata.normalize("NFC", text)


VIQR_CANDIDATE = re.compile(r"(?<![\\\w])(?:[dD][dD])?[A-Za-z]*[aeiouyAEIOUY][A-Za-z(^+'`?~.]*")


def decode_viqr(text: str) -> str:
    """Decode VIQR text; a backslash escapes the next character (RFC 1456)."""
    def word(match: re.Match) -> str:
        raw = match.group()
        trailing = ""
        while raw and raw[-1] in "'`?~." and not any(c in "(^+" for c in raw[-2:-1]):
            decoded = decode_viqr_word(raw)
            if is_vietnamese_word(decoded):
                return decoded + trailing
            trailing = raw[-1] + trailing
            raw = raw[:-1]
        return decode_viqr_word(raw) + trailing

    decoded = VIQR_CANDIDATE.sub(word, text)
    return re.sub(r"\\(.)", r"\1", decoded)


@lru_cache(maxsize=65536)
def is_vietnamese_word(word: str) -> bool:
    parsed = parse_syllable(word)
    return isinstance(parsed, Syllable) and count(word) >= 3


def unit_spans(text: str):
    """(start, end) of whitespace-separated runs, split at - and /, punctuation around them removed."""
    for match in re.finditer(r"(?:[^\s\-/]|(?<=Ã)\xa0)+", text):
        start, end = match.span()
        while start < end and _punctuation(text[start]):
            start += 1
        while end > start and _punctuation(text[end - 1]):
            end -= 1
        if start < end:
            yield start, end


def units(text: str) -> list[str]:
    return [text[s:e] for s, e in unit_spans(text)]


def _punctuation(character: str) -> bool:
    return unicodedata.category(character)[0] in "PS" and not _legacy_symbol(character) or character in "“”‘’–—…"


def _legacy_symbol(character: str) -> bool:
    """Symbols that legacy encodings put where Vietnamese letters were (® ª º ¸ » ‡ …)."""
    return 0x80 <= ord(character) <= 0xFF or character in "ŒœŠšŸŽžƒˆ˜‚„†‡‰‹›•–—™"


def score(text: str, strict: bool = False) -> tuple[int, int]:
    """(units with non-ASCII letters that are attested Vietnamese, units with non-ASCII that are not).

    ``strict`` counts only attested syllables as good (not loanwords or abbreviations).
    """
    good = bad = 0
    known = frozenset() if strict else marked_nonsyllables()
    for unit in units(text):
        if unit.isascii():
            continue
        if is_vietnamese_word(unit) or unit.lower() in known:
            good += 1
        else:
            bad += 1
    return good, bad


def detect_bytes(data: bytes) -> tuple[str, str] | None:
    """(encoding name, decoded text) for bytes that are not UTF-8, when one decoding is clearly Vietnamese."""
    best = None
    for name in BYTE_ENCODINGS:
        text = decode_bytes(name, data)
        good, bad = score(text)
        if good >= 2 and good >= 4 * bad and (best is None or (good, -bad) > best[0]):
            best = ((good, -bad), name, text)
    return (best[1], best[2]) if best else None


MOJIBAKE_DECODINGS = ("utf8-as-cp1252",) + BYTE_ENCODINGS


def decode_mojibake(name: str, raw: bytes) -> str | None:
    if name == "utf8-as-cp1252":
        try:
            return unicodedata.normalize("NFC", raw.decode("utf-8"))
        except UnicodeDecodeError:
            return None
    return decode_bytes(name, raw)


@lru_cache(maxsize=16384)
def decode_as(run: str, name: str) -> str | None:
    """``run`` decoded as mojibake of ``name`` when the result is wholly Vietnamese and differs."""
    raw = cp1252_bytes(run)
    text = decode_mojibake(name, raw) if raw is not None else None
    if text is None or text == run:
        return None
    good, bad = score(text, strict=True)
    return text if good and not bad else None


# the square or cube of a unit of length after its metre (m², km², cm³), no letter after it
UNIT_POWER = re.compile(r"(?<=m)[²³](?![^\W\d_])")


@lru_cache(maxsize=16384)
def repair_run(run: str, prefer: str | None = None) -> tuple[str, str] | None:
    """(encoding, repaired text) for a run of mojibake inside Unicode text, or None.

    The run must score badly as it is and wholly well once decoded; ``prefer``
    (the encoding found elsewhere in the document) wins when it works.
    """
    before_good, before_bad = score(run)
    if before_bad == 0 or sum(c.isalpha() for c in run) < 2:
        return None  # a lone character (Ñ, ©) is too ambiguous to call garbled
    if score(run.replace("Ð", "Đ").replace("ð", "đ"))[1] == 0:
        return None  # only an eth for đ: the look-alike rule's business (Ðình)
    if UNIT_POWER.search(run) and score(UNIT_POWER.sub("", run))[1] == 0:
        return None  # a unit's square or cube (3.000 con/m², 5 cm³), not VISCII's ỗ or ộ (m²i for mỗi)
    raw = cp1252_bytes(run)
    if raw is None:
        return None
    names = ((prefer,) if prefer else ()) + tuple(n for n in MOJIBAKE_DECODINGS if n != prefer)
    best = None
    for name in names:
        text = decode_mojibake(name, raw)
        if text is None or text == run:
            continue
        good, bad = score(text, strict=True)
        if good > before_good and bad == 0:
            if name == prefer:
                return name, text
            if best is None or good > best[0]:
                best = (good, name, text)
    return (best[1], best[2]) if best else None


def looks_like_viqr(text: str) -> bool:
    """True when many words carry VIQR marks and decoding them gives Vietnamese."""
    marked = re.findall(r"[A-Za-z][(^+][A-Za-z'`?~.]|[aeiouyAEIOUY][(^+]?['`?~][A-Za-z]|\b[dD][dD][aeiouy]", text)
    if len(marked) < 3:
        return False
    good, bad = score(decode_viqr(text))
    return good >= 3 and good >= 4 * bad


def encode_bytes(name: str, text: str) -> bytes:
    """Encode NFC ``text`` in a legacy byte encoding (the inverse of :func:`decode_bytes`).

    Raises UnicodeEncodeError for characters the encoding lacks.
    """
    if name == "cp1258":
        return _encode_cp1258(text)
    if name == "vni":
        table, _ = vni_sequences()
        reverse = {letter: sequence for sequence, letter in table.items()}
        latin = "".join(reverse.get(c, c) for c in text)
        return latin.encode("cp1252")
    reverse_bytes = {c: b for b, c in enumerate(byte_table(name))}
    out = bytearray()
    for position, character in enumerate(text):
        if character not in reverse_bytes:
            raise UnicodeEncodeError(name, text, position, position + 1, "not in the table")
        out.append(reverse_bytes[character])
    return bytes(out)


def _encode_cp1258(text: str) -> bytes:
    """Windows-1258 keeps â ê ô ơ ư ă đ precomposed and writes the tone as a combining mark."""
    out = bytearray()
    for position, character in enumerate(text):
        try:
            out += character.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", character)
        tone = "".join(c for c in decomposed if c in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tone))
        try:
            out += base.encode("cp1258") + tone.encode("cp1258")
        except UnicodeEncodeError:
            raise UnicodeEncodeError("cp1258", text, position, position + 1, "not encodable") from None
    return bytes(out)


VIQR_TONE_KEYS = {"\u0301": "'", "\u0300": "`", "\u0309": "?", "\u0303": "~", "\u0323": "."}
VIQR_QUALITY_KEYS = {"\u0306": "(", "\u0302": "^", "\u031b": "+"}


def encode_viqr(text: str) -> str:
    """Write NFC Vietnamese ``text`` in VIQR, escaping punctuation that follows a letter (RFC 1456)."""
    out = []
    previous_letter = False
    for character in text:
        if character in "đĐ":
            out.append("dd" if character == "đ" else "DD")
            previous_letter = True
            continue
        decomposed = unicodedata.normalize("NFD", character)
        if decomposed[0].isascii() and decomposed[0].isalpha() and len(decomposed) > 1:
            keys = "".join(VIQR_QUALITY_KEYS.get(m, "") for m in decomposed[1:])
            keys += "".join(VIQR_TONE_KEYS.get(m, "") for m in decomposed[1:])
            out.append(decomposed[0] + keys)
            previous_letter = True
            continue
        if previous_letter and character in "'`?~.(^+\\":
            out.append("\\" + character)
        else:
            out.append(character)
        previous_letter = character.isascii() and character.isalpha()
    return "".join(out)
