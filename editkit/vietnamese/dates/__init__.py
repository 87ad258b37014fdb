"""Vietnamese dates: find, resolve and rewrite them (pure; no I/O beyond bundled data)."""

from editkit.vietnamese.dates.finder import Mention, find_dates, find_impossible_dates

__all__ = ["Mention", "find_dates", "find_impossible_dates"]
