"""Write the byte tables of TCVN 5712:1993 (VN1, a superset of TCVN3/ABC) and VISCII (RFC 1456).

    python dictionaries/build/build_legacy_tables.py

The tables are transcribed from glibc's charmaps of the two standards
(/usr/share/i18n/charmaps/TCVN5712-1.gz and VISCII.gz) and only the bytes that
differ from ASCII are written. tests/test_legacy.py checks them against
``iconv`` wherever it is installed. The VNI table is generated from the VNI
rule (an ASCII base letter followed by one modifier byte) by this script too.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "encoding"
LINE = re.compile(r"^<U([0-9A-F]{4})>\s+/x([0-9a-f]{2})\s")


def charmap(name: str) -> dict[int, str]:
    table = {}
    with gzip.open(f"/usr/share/i18n/charmaps/{name}.gz", "rt", encoding="ascii", errors="replace") as handle:
        for line in handle:
            match = LINE.match(line)
            if match:
                table[int(match.group(2), 16)] = chr(int(match.group(1), 16))
    return table


def write_byte_table(name: str, table: dict[int, str], source: str) -> None:
    with open(OUT / f"{name}.tsv", "w", encoding="utf-8") as handle:
        handle.write(f"# {source}\n# byte<TAB>code point<TAB>character name; bytes not listed are ASCII\n")
        for byte, character in sorted(table.items()):
            if byte < 0x80 and chr(byte) == character:
                continue
            handle.write(f"{byte:02X}\tU+{ord(character):04X}\t{unicodedata.name(character, '?')}\n")


# VNI-Windows: (base letter, modifier) for each vowel quality; modifiers are
# the cp1252 characters of the modifier bytes, lowercase and uppercase.
VNI_TONE_KEYS = {"lower": "ùøûõï", "upper": "ÙØÛÕÏ"}  # sắc huyền hỏi ngã nặng
VNI_QUALITY = {  # quality vowel -> (base, [no tone, sắc, huyền, hỏi, ngã, nặng]) for lowercase
    "a": ("a", ["", "ù", "ø", "û", "õ", "ï"]),
    "â": ("a", ["â", "á", "à", "å", "ã", "ä"]),
    "ă": ("a", ["ê", "é", "è", "ú", "ü", "ë"]),
    "e": ("e", ["", "ù", "ø", "û", "õ", "ï"]),
    "ê": ("e", ["â", "á", "à", "å", "ã", "ä"]),
    "o": ("o", ["", "ù", "ø", "û", "õ", "ï"]),
    "ô": ("o", ["â", "á", "à", "å", "ã", "ä"]),
    "ơ": ("ô", ["", "ù", "ø", "û", "õ", "ï"]),
    "u": ("u", ["", "ù", "ø", "û", "õ", "ï"]),
    "ư": ("ö", ["", "ù", "ø", "û", "õ", "ï"]),
    "y": ("y", ["", "ù", "ø", "û", "õ", None]),
}
VNI_SINGLE = {"i": ["i", "í", "ì", "æ", "ó", "ò"], "ỵ": "î", "đ": "ñ"}
TONE_MARKS = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]  # in VNI's order: sắc huyền hỏi ngã nặng


def vni_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for vowel, (base, modifiers) in VNI_QUALITY.items():
        for tone, modifier in enumerate(modifiers):
            if modifier is None or (tone == 0 and modifier == "" and base == vowel):
                continue
            letter = unicodedata.normalize("NFC", vowel + TONE_MARKS[tone])
            table[base + modifier] = letter
            table[base.upper() + modifier.upper()] = letter.upper()
    for tone, sequence in enumerate(VNI_SINGLE["i"]):
        if tone:
            letter = unicodedata.normalize("NFC", "i" + TONE_MARKS[tone])
            table[sequence] = letter
            table[sequence.upper()] = letter.upper()
    table["î"], table["Î"] = "ỵ", "Ỵ"
    table["ñ"], table["Ñ"] = "đ", "Đ"
    return table


def main() -> None:
    write_byte_table("tcvn3", charmap("TCVN5712-1"),
                     "TCVN 5712:1993 VN1 (superset of TCVN3/ABC), from glibc's TCVN5712-1 charmap")
    write_byte_table("viscii", charmap("VISCII"), "VISCII 1.1 (RFC 1456), from glibc's VISCII charmap")
    with open(OUT / "vni.tsv", "w", encoding="utf-8") as handle:
        handle.write("# VNI-Windows: the cp1252 characters of a VNI letter<TAB>the Unicode letter\n")
        handle.write("# generated from the VNI rule (base letter + modifier byte) by dictionaries/build/build_legacy_tables.py\n")
        for sequence, letter in sorted(vni_table().items(), key=lambda kv: (-len(kv[0]), kv[0])):
            handle.write(f"{sequence}\t{letter}\n")


if __name__ == "__main__":
    main()
