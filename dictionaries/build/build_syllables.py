"""Build dictionaries/vi-syllables.tsv and vi-marked-nonsyllables.tsv from syllable counts.

    python dictionaries/build/build_syllables.py ../shared/data/vi-news-ngrams/unigrams.tsv.gz

Input: lowercase NFC token counts from 35,279 Vietnamese news articles
(baomoi.com crawl, 2017; counts computed from the magizbox/scraper vn_news
corpus: statistics only, no text). Output:

* ``vi-syllables.tsv`` — every token that the syllable model accepts as a
  valid Vietnamese syllable, with its tone mark where the old or the new style
  puts it, seen at least MIN_COUNT times, with its count;
* ``vi-marked-nonsyllables.tsv`` — tokens that carry Vietnamese marks but are
  not single syllables (loanwords such as ôtô, axít; lowercased abbreviations
  such as hđnd; minority-language names such as Đắk Lắk), seen at least
  MIN_NONSYLLABLE_COUNT times: attested words the orthography rules must not
  flag as impossible syllables.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from editkit.vietnamese.letters import has_vietnamese_marks  # noqa: E402
from editkit.vietnamese.syllable import ParseFailure, canonical_spelling, parse_syllable  # noqa: E402

MIN_COUNT = 2
MIN_NONSYLLABLE_COUNT = 20
HEADER = "# {what}\n# source: syllable counts of 35,279 Vietnamese news articles (baomoi.com, 2017; magizbox/scraper vn_news), statistics only\n# built by dictionaries/build/build_syllables.py; see dictionaries/README.md\n"


def main(unigrams: str) -> None:
    syllables, others = [], []
    with gzip.open(unigrams, "rt", encoding="utf-8") as handle:
        for line in handle:
            token, count = line.rstrip("\n").split("\t")
            count = int(count)
            if token == "<num>":
                continue
            parsed = parse_syllable(token)
            if isinstance(parsed, ParseFailure):
                if count >= MIN_NONSYLLABLE_COUNT and has_vietnamese_marks(token) and token.isalpha():
                    others.append((token, count))
                continue
            if count >= MIN_COUNT and token in (canonical_spelling(token, "old"), canonical_spelling(token, "new")):
                syllables.append((token, count))
    out = HERE.parent
    with open(out / "vi-syllables.tsv", "w", encoding="utf-8") as handle:
        handle.write(HEADER.format(what="valid Vietnamese syllables with their counts (token<TAB>count)"))
        handle.writelines(f"{t}\t{c}\n" for t, c in sorted(syllables, key=lambda tc: (-tc[1], tc[0])))
    with open(out / "vi-marked-nonsyllables.tsv", "w", encoding="utf-8") as handle:
        handle.write(HEADER.format(what="attested tokens with Vietnamese marks that are not single syllables (token<TAB>count)"))
        handle.writelines(f"{t}\t{c}\n" for t, c in sorted(others, key=lambda tc: (-tc[1], tc[0])))
    print(f"{len(syllables)} syllables, {len(others)} marked non-syllables")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(HERE.parents[2] / "shared/data/vi-news-ngrams/unigrams.tsv.gz"))
