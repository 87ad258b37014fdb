"""Readability of Vietnamese text.

* syllables per sentence, and words per sentence with words found by joining
  two syllables that the news counts show belong together (pointwise mutual
  information of the pair ≥ 3 and seen ≥ 20 times: `việt nam`, `hội nghị`);
* the share of rare syllables (seen fewer than 100 times in 20.7 M tokens);
* Nguyễn & Henkin's readability level for Vietnamese (1982):
  ``RL = 2·WL + 0.2·SL − 6`` with WL the mean word length in letters and SL the
  mean sentence length in words. The coefficients are those cited for the
  formula in later work on Vietnamese readability; we could not check them
  against the 1982 article (Journal of Reading 26(3)) offline. Higher is harder:
  about 8–12 for news, above 13 for administrative prose.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass
from functools import lru_cache

from editkit.vietnamese.lm import language_model

SENTENCE = re.compile(r"(?:[^.!?…\n]|[.!?…](?=\S))+[.!?…]*")
SYLLABLE = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*")
RARE_COUNT = 100
WORD_PMI = 3.0
WORD_MIN_COUNT = 20


@dataclass
class Readability:
    sentences: int
    syllables: int
    words: int
    syllables_per_sentence: float
    words_per_sentence: float
    letters_per_word: float
    rare_syllable_share: float
    nguyen_henkin: float

    def to_json(self) -> dict:
        return {k: round(v, 2) if isinstance(v, float) else v for k, v in asdict(self).items()}


@lru_cache(maxsize=200_000)
def is_word_pair(first: str, second: str) -> bool:
    lm = language_model()
    pair = lm.bigram(first, second)
    if pair < WORD_MIN_COUNT:
        return False
    pmi = math.log(pair * lm.total / (max(lm.count(first), 1) * max(lm.count(second), 1)))
    return pmi >= WORD_PMI


def segment(syllables: list[str]) -> list[str]:
    """Greedy words of one or two syllables."""
    words, index = [], 0
    lower = [s.lower() for s in syllables]
    while index < len(syllables):
        if index + 1 < len(syllables) and is_word_pair(lower[index], lower[index + 1]):
            words.append(syllables[index] + " " + syllables[index + 1])
            index += 2
        else:
            words.append(syllables[index])
            index += 1
    return words


def measure(text: str) -> Readability:
    lm = language_model()
    sentences = [s for s in SENTENCE.findall(text) if SYLLABLE.search(s)]
    syllable_count = word_count = letters = rare = 0
    for sentence in sentences:
        syllables = SYLLABLE.findall(sentence)
        words = segment(syllables)
        syllable_count += len(syllables)
        word_count += len(words)
        letters += sum(len(w.replace(" ", "")) for w in words)
        rare += sum(1 for s in syllables if s.isalpha() and lm.count(s.lower()) < RARE_COUNT)
    n = max(len(sentences), 1)
    letters_per_word = letters / max(word_count, 1)
    words_per_sentence = word_count / n
    return Readability(
        sentences=len(sentences), syllables=syllable_count, words=word_count,
        syllables_per_sentence=syllable_count / n, words_per_sentence=words_per_sentence,
        letters_per_word=letters_per_word, rare_syllable_share=rare / max(syllable_count, 1),
        nguyen_henkin=2 * letters_per_word + 0.2 * words_per_sentence - 6,
    )
