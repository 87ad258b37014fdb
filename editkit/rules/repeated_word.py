"""A word typed twice in a row."""

from __future__ import annotations

import re
from functools import lru_cache

from editkit.diagnostics import Edit, Finding, Fix
from editkit.registry import rule
from editkit.resources import dictionary_path

SPACES_ONLY = re.compile(r"[ \t\u00a0]+")


@lru_cache(maxsize=1)
def never_doubled() -> frozenset[str]:
    """``dictionaries/spelling/never-doubled.txt``: function words no sentence says twice in a row."""
    lines = dictionary_path("spelling", "never-doubled.txt").read_text("utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@rule(code="SP108", name="repeated-word", category="spelling", severity="warning", fixable=True)
def repeated_word(document, context):
    r"""A word is typed twice in a row.

    ## What it does
    Reports a function word written twice with only spaces between (`của
    của`, `và và`, `được được`, `the the`), from the list in
    `dictionaries/spelling/never-doubled.txt`. Content words are left alone,
    since Vietnamese doubles them on purpose (`người người`, `ngày ngày`,
    `từ từ`, `dần dần`, `xanh xanh`, `ầm ầm`), and so are a line break or
    punctuation between the two (`Vâng, vâng`) and a capitalised second word
    (a name).

    ## Why
    A word typed twice survives proofreading more often than any other slip:
    the eye reads it once.

    ## Example
    `giá trị của của doanh nghiệp` → `giá trị của doanh nghiệp`.

    ## Fix safety
    Safe: the listed words never stand twice in a row; the second one and the
    space before it are removed.
    """
    from editkit.rules.diacritics import body_tokens

    words = never_doubled()
    text = document.text
    tokens = body_tokens(document)
    for first, second in zip(tokens, tokens[1:]):
        if (second.lower != first.lower or first.lower not in words or second.is_capitalized or first.glued
                or second.glued or not SPACES_ONLY.fullmatch(text, first.end, second.start)):
            continue
        # the second word is the slip: the finding marks it with the space before it, which the fix removes too
        yield Finding(first.end, second.end, f"'{first.text}' is typed twice",
                      Fix.safe(Edit(first.end, second.end, "")))
