"""Build dictionaries/spelling/vi-lm.bin: the syllable language model editkit's spelling rules use.

    python dictionaries/build/build_spelling_model.py ../shared/data/vi-news-ngrams

Input: lowercase unigram and bigram counts of 35,279 Vietnamese news articles
(baomoi.com, 2017; magizbox/scraper vn_news): statistics only, no text.
Output, zlib-compressed: the vocabulary with unigram counts, then every bigram
as a 32-bit key (the two vocabulary indexes packed as 16 + 16 bits when both
fit, which covers the 65,535 most frequent tokens) with its count capped at
65,535, sorted by key so that look-ups are a binary search on an array; then,
for interpolated Kneser-Ney smoothing, each token's number of distinct
predecessors and its back-off weight λ(a) = 1 − Σ_b max(c(a b) − D, 0) / c(a).
"""

from __future__ import annotations

import array
import gzip
import struct
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "spelling" / "vi-lm.bin"
sys.path.insert(0, str(HERE.parent.parent))

from editkit.vietnamese.lm import DISCOUNT, MAGIC  # noqa: E402  (the reader's format and discount)


def main(folder: str) -> None:
    vocabulary: list[str] = []
    counts: list[int] = []
    with gzip.open(Path(folder) / "unigrams.tsv.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            token, count = line.rstrip("\n").split("\t")
            vocabulary.append(token)
            counts.append(int(count))
    order = sorted(range(len(vocabulary)), key=lambda i: -counts[i])[:65535]
    vocabulary = [vocabulary[i] for i in order]
    counts = [counts[i] for i in order]
    index = {token: i for i, token in enumerate(vocabulary)}
    pairs: dict[int, int] = {}
    with gzip.open(Path(folder) / "bigrams.tsv.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            pair, count = line.rstrip("\n").split("\t")
            first, _, second = pair.partition(" ")
            if first in index and second in index:
                pairs[(index[first] << 16) | index[second]] = min(int(count), 65535)
    keys = array.array("I", sorted(pairs))
    values = array.array("H", (pairs[k] for k in keys))
    predecessors = array.array("I", bytes(4 * len(vocabulary)))
    kept = [0.0] * len(vocabulary)
    for key, value in zip(keys, values):
        predecessors[key & 0xFFFF] += 1
        kept[key >> 16] += max(value - DISCOUNT, 0.0)
    backoff = array.array("f", (max(1.0 - kept[i] / counts[i], 1e-6) if counts[i] else 1.0 for i in range(len(vocabulary))))
    vocab_blob = "\n".join(vocabulary).encode("utf-8")
    counts_blob = array.array("I", counts).tobytes()
    header = struct.pack("<IIII", len(vocab_blob), len(counts_blob), len(keys), len(values))
    payload = header + vocab_blob + counts_blob + keys.tobytes() + values.tobytes() + predecessors.tobytes() + backoff.tobytes()
    OUT.write_bytes(MAGIC + zlib.compress(payload, 9))
    print(f"{len(vocabulary)} tokens, {len(keys)} bigrams, {OUT.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).resolve().parents[3] / "shared/data/vi-news-ngrams"))
