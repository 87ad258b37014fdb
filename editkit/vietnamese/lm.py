"""A syllable bigram language model of Vietnamese news (``dictionaries/spelling/vi-lm.bin``).

Bigram probabilities are interpolated Kneser-Ney:
``P(b | a) = max(c(a b) − D, 0) / c(a) + λ(a) · P_cont(b)``, where ``P_cont(b)`` is the
share of distinct bigram types that end in b: how readily b turns up in new company,
which tells a real-word error's candidate apart better than plain frequency does.
Numbers are the token ``<num>``. Loaded once per process (about 40 ms).
"""

from __future__ import annotations

import array
import bisect
import math
import struct
import sys
import zlib
from functools import lru_cache

from editkit.resources import dictionary_path

DISCOUNT = 0.75  # Kneser-Ney absolute discount (the usual value; results barely move between 0.5 and 0.9)
MAGIC = b"EKLM2\n"
# look-ups remembered per process: enough for a day's news vocabulary, bounded for archive-sized runs
BIGRAM_CACHE_SIZE = 300_000
LOGPROB_CACHE_SIZE = 200_000


class LanguageModel:
    def __init__(self, payload: bytes) -> None:
        vocab_size, counts_size, key_count, value_count = struct.unpack_from("<IIII", payload)
        offset = 16
        self.vocabulary = payload[offset: offset + vocab_size].decode("utf-8").split("\n")
        offset += vocab_size
        self.counts = array.array("I", payload[offset: offset + counts_size])
        offset += counts_size
        self.keys = array.array("I", payload[offset: offset + 4 * key_count])
        offset += 4 * key_count
        self.values = array.array("H", payload[offset: offset + 2 * value_count])
        offset += 2 * value_count
        size = len(self.counts)
        self.predecessors = array.array("I", payload[offset: offset + 4 * size])
        offset += 4 * size
        self.backoff = array.array("f", payload[offset: offset + 4 * size])
        if sys.byteorder == "big":  # the file is little-endian
            for table in (self.counts, self.keys, self.values, self.predecessors, self.backoff):
                table.byteswap()
        types = float(sum(self.predecessors))
        self._continuation_denominator = types + 0.5 * size
        self.index = {token: i for i, token in enumerate(self.vocabulary)}
        self.total = float(sum(self.counts))
        self._memo: dict[tuple[str, str | None], float] = {}
        self._bigrams: dict[int, int] = {}

    def count(self, token: str) -> int:
        index = self.index.get(token)
        return self.counts[index] if index is not None else 0

    def bigram(self, first: str, second: str) -> int:
        return self.pair_count(self.index.get(first), self.index.get(second))

    def pair_count(self, a: int | None, b: int | None) -> int:
        """The count of the bigram of vocabulary indexes ``a``, ``b`` (0 when either is unknown)."""
        if a is None or b is None:
            return 0
        key = (a << 16) | b
        cached = self._bigrams.get(key)
        if cached is None:
            position = bisect.bisect_left(self.keys, key)
            cached = self.values[position] if position < len(self.keys) and self.keys[position] == key else 0
            if len(self._bigrams) < BIGRAM_CACHE_SIZE:
                self._bigrams[key] = cached
        return cached

    def unigram_logprob(self, token: str) -> float:
        return math.log((self.count(token) + 0.5) / (self.total + len(self.vocabulary)))

    def continuation(self, index: int | None) -> float:
        """P_cont: the share of bigram types ending in the token (add-0.5 for tokens never second)."""
        types = self.predecessors[index] if index is not None else 0
        return (types + 0.5) / self._continuation_denominator

    def logprob(self, token: str, previous: str | None) -> float:
        """ln P(token | previous); the unigram probability when there is no previous token."""
        key = (token, previous)
        cached = self._memo.get(key)
        if cached is not None:
            return cached
        if previous is None:
            value = self.unigram_logprob(token)
        else:
            a, b = self.index.get(previous), self.index.get(token)
            if a is None or not self.counts[a]:
                value = math.log(self.continuation(b))
            else:
                seen = max(self.pair_count(a, b) - DISCOUNT, 0.0) if b is not None else 0.0
                value = math.log(seen / self.counts[a] + self.backoff[a] * self.continuation(b))
        if len(self._memo) < LOGPROB_CACHE_SIZE:
            self._memo[key] = value
        return value


@lru_cache(maxsize=1)
def language_model() -> LanguageModel:
    data = dictionary_path("spelling", "vi-lm.bin").read_bytes()
    if not data.startswith(MAGIC):
        raise ValueError("vi-lm.bin: not an editkit language model")
    return LanguageModel(zlib.decompress(data[len(MAGIC):]))
