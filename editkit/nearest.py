"""The known name a mistyped one most likely meant (rule selectors, config keys, front-matter keys)."""

from __future__ import annotations

from typing import Iterable


def nearest(word: str, choices: Iterable[str], cutoff: float = 0.75) -> str | None:
    """The choice spelled most like ``word`` (case and ``_``/``-`` aside), or None when none is close:
    ``SP1O1`` → ``SP101``, ``date_style`` → ``date-style``, ``autor`` → ``author``."""
    import difflib

    by_key = {choice.lower(): choice for choice in choices}
    close = difflib.get_close_matches(word.strip().replace("_", "-").lower(), list(by_key), n=1, cutoff=cutoff)
    return by_key[close[0]] if close else None
