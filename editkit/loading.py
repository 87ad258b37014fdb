"""Bytes of one input to a Document: text, Markdown, HTML (extracted) or DOCX (extracted)."""

from __future__ import annotations

import sys
from pathlib import Path

from editkit.document import DOCX_SUFFIXES, HTML_SUFFIXES, MARKDOWN_SUFFIXES, Document
from editkit.reading import Decoded, UnreadableInput, decode


def load_document(display: str, logical_name: str, data: bytes) -> Document:
    """Raises UnreadableInput for bytes that are no text editkit can read."""
    lower = logical_name.lower()
    extracted = None
    if lower.endswith(DOCX_SUFFIXES):
        from editkit.extract.docx_article import DocxError, extract_docx

        try:
            extracted = extract_docx(data)
        except DocxError as error:
            raise UnreadableInput(str(error)) from None
        decoded = Decoded(extracted.text, "utf-8")
    else:
        decoded = decode(data)
        if lower.endswith(HTML_SUFFIXES):
            from editkit.extract.html_article import extract_html

            extracted = extract_html(decoded.text)
            decoded = Decoded(extracted.text, "utf-8")
    return Document(display, decoded, lower.endswith(MARKDOWN_SUFFIXES), extracted)


def load_single_input(path: str, stdin_filename: str | None = None) -> Document:
    """One path, or ``-`` for stdin, as a Document (the one-input commands ``dates`` and
    ``structure``). Raises UnreadableInput with a reason the caller prefixes with the path."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except IsADirectoryError:
        raise UnreadableInput("is a directory") from None
    except OSError as error:
        raise UnreadableInput(error.strerror or str(error)) from None
    return load_document(path, stdin_filename or path, data)

