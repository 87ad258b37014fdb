"""Is an unaccented word English? pyspellchecker's English word-frequency list answers.

The list ships inside pyspellchecker (a dependency), so editkit reads it from there and
does not redistribute it. It is loaded only when a word needs the answer (about 0.15 s).
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    try:
        data = resources.files("spellchecker").joinpath("resources", "en.json.gz").read_bytes()
        return frozenset(json.loads(gzip.decompress(data)))
    except (OSError, ValueError, ModuleNotFoundError):  # a trimmed install: nothing is known to be English
        return frozenset()


def is_english(word: str) -> bool:
    """``word`` (any case) is in the English list: a foreign word or name, not a Vietnamese typo."""
    return word.lower() in english_words()
