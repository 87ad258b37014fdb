"""Is an unaccented word English? pyspellchecker's English word-frequency list answers.

The list ships inside pyspellchecker (a dependency), so editkit reads it from there and
does not redistribute it. Only the few words that need the answer are looked up, as keys
in the decompressed JSON text: parsing all 160,000 entries would cost a one-article run
more than the rest of its spelling check.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def english_json() -> str:
    try:
        return gzip.decompress(resources.files("spellchecker").joinpath("resources", "en.json.gz").read_bytes()).decode("utf-8")
    except (OSError, ValueError, ModuleNotFoundError):  # a trimmed install: nothing is known to be English
        return ""


@lru_cache(maxsize=4096)
def english_frequency(word: str) -> int:
    """How often (in pyspellchecker's English corpus) ``word`` (any case) occurs; 0 if never."""
    lower = word.lower()
    if '"' in lower or '\\' in lower:
        return 0
    text = english_json()
    key = f'"{lower}":'
    position = text.find(key)
    if position < 0:
        return 0
    start = end = position + len(key)
    while end < len(text) and (text[end].isdigit() or (text[end] == " " and end == start)):
        end += 1
    digits = text[start:end].strip()
    return int(digits) if digits.isdigit() else 1


def is_english(word: str) -> bool:
    """``word`` (any case) is in the English list: a foreign word or name, not a Vietnamese typo."""
    return english_frequency(word) > 0


@lru_cache(maxsize=1)
def english_function_words() -> frozenset[str]:
    """The, of, and, was …: running English text is full of them, a run of names is not
    (``dictionaries/structure/english-function-words.txt``)."""
    from editkit.resources import dictionary_path
    from editkit.vocabulary import entries

    return frozenset(entries(dictionary_path("structure", "english-function-words.txt")))
