"""Build dictionaries/spelling/confusion-index.tsv.gz: each attested syllable's likely slips.

    python dictionaries/build/build_confusion_index.py

For every syllable of vi-syllables.tsv seen at least three times, the attested
syllables one slip away — the structured slips of confusions.toml (tones,
onsets, codas, vowel marks, dropped codas, neighbouring keys) and
pyspellchecker's single edits (letters added, dropped, swapped) and the words
one Telex keystroke more than it (toàn for tòn, vào for và) — with the
cost of the slip, cheapest first (ties: the commoner word), at most 24. The
real-word check reads them instead of searching edits at run time.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from editkit.vietnamese import confusion  # noqa: E402
from editkit.vietnamese.inventory import ATTESTED_MIN_COUNT, count, syllable_counts  # noqa: E402

LIMIT = 24


def main() -> None:
    confusion.MAX_CANDIDATES = 1000  # keep every structured slip here; the index applies its own limit
    lines = ["# syllable<TAB>candidate:cost,candidate:cost,… (cheapest first); built by build_confusion_index.py"]
    for syllable, n in sorted(syllable_counts().items(), key=lambda kv: -kv[1]):
        if n < ATTESTED_MIN_COUNT:
            continue
        found = dict(confusion.structured_candidates(syllable))
        for candidate, cost in (*confusion.edit_candidates(syllable).items(),
                                *confusion.keystroke_left_out(syllable).items()):
            if candidate not in found or cost < found[candidate]:
                found[candidate] = cost
        ranked = sorted(found.items(), key=lambda kv: (kv[1], -count(kv[0]), kv[0]))[:LIMIT]  # ties by spelling: reproducible
        if ranked:
            lines.append(syllable + "\t" + ",".join(f"{c}:{v:g}" for c, v in ranked))
    # mtime=0: the same input gives the same bytes (a rebuild changes nothing in git)
    data = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=9, mtime=0)
    (HERE.parent / "spelling" / "confusion-index.tsv.gz").write_bytes(data)
    print(f"{len(lines) - 1} syllables indexed")


if __name__ == "__main__":
    main()
