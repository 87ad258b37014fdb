"""Project vocabularies: the `accept` and `reject` files named in the config, and the house terms."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from editkit.resources import dictionary_path


def _entries(path: Path) -> tuple[str, ...]:
    lines = path.read_text("utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


@lru_cache(maxsize=64)
def _file_entries(path: str, mtime: float) -> tuple[str, ...]:
    return _entries(Path(path))


def read_list(path: Path) -> tuple[str, ...]:
    """Entries of a one-per-line file (cached until the file changes); missing files are empty."""
    try:
        return _file_entries(str(path), path.stat().st_mtime)
    except OSError:
        return ()


@lru_cache(maxsize=1)
def house_terms() -> frozenset[str]:
    return frozenset(e.lower() for e in _entries(dictionary_path("spelling", "house-terms.txt")))


def accepted_tokens(settings) -> frozenset[str]:
    """Lowercase tokens never reported as spelling errors: house terms plus the project's accept files."""
    tokens = set(house_terms())
    for name in settings["accept"]:
        for entry in read_list(settings.root / name):
            tokens.update(part.lower() for part in entry.split())
    return frozenset(tokens)


def rejected(settings) -> dict[str, str | None]:
    """Lowercase word or phrase -> preferred form (or None) from the project's reject files."""
    table: dict[str, str | None] = {}
    for name in settings["reject"]:
        for entry in read_list(settings.root / name):
            wrong, _, right = entry.partition("\t")
            if not right and "->" in wrong:
                wrong, right = wrong.split("->", 1)
            table[" ".join(wrong.lower().split())] = right.strip() or None
    return table
