"""Bytes to text: BOM detection, UTF-8 validation, binary sniffing.

What cannot be decoded raises :class:`UnreadableInput` with a one-line reason;
the caller names the path. Bytes that are not UTF-8 are tried as the legacy
Vietnamese encodings before they are given up on.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class UnreadableInput(Exception):
    """The bytes are not text editkit can read."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # a Python codec name, used to write the file back
    bom: bytes = b""
    legacy: str | None = None  # name of a legacy encoding the text was converted from

    def encode(self, text: str) -> bytes:
        """Bytes for ``text`` in the way this input was stored (BOM included)."""
        return self.bom + text.encode(self.encoding)


def decode(data: bytes) -> Decoded:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(encoding), encoding, bom)
            except UnicodeDecodeError as error:
                raise UnreadableInput(f"invalid {encoding.upper()} at byte {error.start + len(bom)}") from None
    nul = data.find(b"\x00", 0, 8192)
    if nul != -1:
        raise UnreadableInput(f"binary file (NUL byte at offset {nul})")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        decoded = legacy_vietnamese(data)
        if decoded is not None:
            return decoded
        raise UnreadableInput(describe_utf8_error(data, error)) from None


def legacy_vietnamese(data: bytes) -> Decoded | None:
    """Bytes in TCVN3, VNI, VISCII or Windows-1258, decoded; written back as UTF-8."""
    from editkit.vietnamese.legacy import detect_bytes

    found = detect_bytes(data)
    return Decoded(found[1], "utf-8", b"", found[0]) if found else None


def describe_utf8_error(data: bytes, error: UnicodeDecodeError) -> str:
    before = data[: error.start]
    line = before.count(b"\n") + 1
    line_start = before.rfind(b"\n") + 1
    column = len(before[line_start:].decode("utf-8", errors="replace")) + 1
    return (
        f"invalid UTF-8 at line {line}, column {column} (byte {error.start}: "
        f"0x{data[error.start]:02X}) and no known legacy encoding matches"
    )
