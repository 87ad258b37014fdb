"""Word tokens of running text with the context the orthography rules need.

A token is a maximal run of letters (combining marks included), as in the
n-gram counts. Flags tell whether it is capitalised, all capitals, at the start
of a sentence, or glued to digits or symbols (U23, #hashtag, file_name), which
makes it something other than a plain word.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Iterator, NamedTuple

WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*")
CLOSERS = "'\"”’)]"


def ends_a_sentence(between: str) -> bool:
    """The text between two words ends a sentence: a stop (and closing quotes or brackets) then
    white space, or a line break then white space. Read from the end (a pattern searched from
    every line break of a long blank run was quadratic)."""
    stripped = between.rstrip()
    if len(stripped) == len(between):
        return False
    if "\n" in between[len(stripped):]:
        return True
    core = stripped.rstrip(CLOSERS)
    return bool(core) and core[-1] in ".!?…"
ENDERS = frozenset(".!?…\n")
GLUE = set("@#_\\/=<>{}[]$%&*+~^|") | set("0123456789")
# brackets glue only from outside: ``Nội[2]``, ``a[i]`` are code or citation marks, but the words of
# ``[Hà Nội](url)`` or ``[sic]`` are text
GLUE_BEFORE = frozenset(GLUE - {"["})
GLUE_AFTER = frozenset(GLUE - {"]"})
# invisible characters (soft hyphen, zero-width space/joiners, word joiner, BOM): between two letters
# they split one word in two (nhi\u200bều), so each half is glued; EN102 reports the character
INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")


class Token(NamedTuple):  # a tuple: created hundreds of thousands of times, so it must be cheap
    start: int
    end: int
    text: str
    sentence_initial: bool
    glued: bool  # touches a digit or a code-like symbol
    lower: str
    is_capitalized: bool
    is_all_caps: bool
    is_ascii: bool


_make_token = partial(tuple.__new__, Token)


def capitalised_inside(token: Token) -> bool:
    """Written with a capital inside a sentence: a name's word, not a sentence's first."""
    return token.is_capitalized and not token.sentence_initial


def slash_between_words(text: str, slash: int, match: re.Match) -> bool:
    """The word has Vietnamese marks and ``text[slash]`` is a slash between it and another word
    (``đồng/lượt``, ``người/ngày``): units and alternatives, not a code or a path (``23-CT/TU``, ``km/h``)."""
    return (text[slash] == "/" and 0 < slash < len(text) - 1 and text[slash - 1].isalpha()
            and text[slash + 1].isalpha() and not match.group().isascii())


def iter_tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    size = len(text)
    previous_end = start
    initial = True
    glue_before, glue_after = GLUE_BEFORE, GLUE_AFTER
    enders = ENDERS
    make = _make_token  # tuple.__new__ without the NamedTuple's Python-level __new__
    for match in WORD.finditer(text, start, end):
        first, last = match.span()
        if first - previous_end > 1 or (first > previous_end and text[previous_end] in enders):
            between = text[previous_end:first]
            if not enders.isdisjoint(between) and ends_a_sentence(between):
                initial = True
        after = text[last] if last < size else " "
        before = text[first - 1] if first > 0 else " "
        glued = (before in glue_before and not slash_between_words(text, first - 1, match)) or (
            after in glue_after and not slash_between_words(text, last, match)) or (
            after == "." and last + 1 < size and text[last + 1].isalnum()) or (
            before in INVISIBLE and first > 1 and text[first - 2].isalpha()) or (
            after in INVISIBLE and last + 1 < size and text[last + 1].isalpha())
        word = match.group()
        lower = word.lower()
        capitalized = word[0] != lower[0]
        yield make((first, last, word, initial, glued, lower, capitalized,
                    capitalized and len(word) > 1 and word.isupper(), word.isascii()))
        initial = False
        previous_end = last
