"""Vietnamese language knowledge: pure functions, no I/O beyond reading bundled data, no CLI.

Usable as a library::

    from editkit.vietnamese import parse_syllable, canonical_spelling
    parse_syllable("người").tone        # 1 (huyền)
    canonical_spelling("hoà", "old")    # "hòa"
"""

from editkit.vietnamese.syllable import Syllable, canonical_spelling, parse_syllable, tone_position

__all__ = ["Syllable", "canonical_spelling", "parse_syllable", "tone_position"]
