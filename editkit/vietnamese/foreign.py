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
def is_english(word: str) -> bool:
    """``word`` (any case) is in the English list: a foreign word or name, not a Vietnamese typo."""
    lower = word.lower()
    return '"' not in lower and '\\' not in lower and f'"{lower}":' in english_json()
