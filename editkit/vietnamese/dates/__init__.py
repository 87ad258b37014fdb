"""Vietnamese dates: find, resolve and rewrite them (pure; no I/O beyond bundled data)."""

from editkit.vietnamese.dates.finder import find_dates, find_impossible_dates
from editkit.vietnamese.dates.mention import Mention

__all__ = ["Mention", "find_dates", "find_impossible_dates"]
