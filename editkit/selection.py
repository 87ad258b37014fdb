"""Which rules run: select / ignore / extend-select resolved by specificity.

A selector is a rule code (``EN101``), a code prefix (``EN``), a rule name
(``trailing-whitespace``), a category (``encoding``) or ``ALL``. When a rule
matches both a select and an ignore selector, the more specific one wins
(flake8's longest-prefix rule); on a tie, ignore wins.
"""

from __future__ import annotations

from typing import Iterable

from editkit.diagnostics import CATEGORIES
from editkit.registry import Rule, all_rules


class SelectorError(ValueError):
    pass


def specificity(selector: str, rule: Rule) -> int:
    """How specifically ``selector`` names ``rule``: 0 when it does not match."""
    key = selector.strip()
    if key.upper() == "ALL":
        return 1
    if key.lower() in CATEGORIES:
        return 2 if rule.category == key.lower() else 0
    if key.lower() == rule.name or key.upper() == rule.code:
        return 100
    if key and rule.code.startswith(key.upper()) and key[0].isalpha():
        return 2 + len(key)
    return 0


def validate_selectors(selectors: Iterable[str]) -> list[str]:
    """Return the selectors, raising SelectorError for one that matches no rule."""
    rules = all_rules()
    checked = []
    for selector in selectors:
        selector = selector.strip()
        if not selector:
            continue
        known_word = selector.upper() == "ALL" or selector.lower() in CATEGORIES
        if not known_word and not any(specificity(selector, r) for r in rules):
            raise SelectorError(f"unknown rule selector {selector!r}{did_you_mean(selector)}")
        checked.append(selector)
    return checked


def did_you_mean(word: str) -> str:
    """``; did you mean 'SP101'?`` for a near miss of a rule code, a rule name or a category
    (``SP1O1``, ``wrong-words``, ``spellling``); empty when nothing is near."""
    from editkit.nearest import nearest

    rules = all_rules()
    close = nearest(word, [r.code for r in rules] + [r.name for r in rules] + sorted(CATEGORIES))
    return f"; did you mean {close!r}?" if close else ""


def split_selectors(values: Iterable[str] | None) -> list[str]:
    """Flatten repeatable, comma-separated option values."""
    return [part.strip() for value in values or () for part in value.split(",") if part.strip()]


def best(selectors: Iterable[str], rule: Rule) -> int:
    return max((specificity(s, rule) for s in selectors), default=0)


def is_enabled(rule: Rule, select: Iterable[str], ignore: Iterable[str]) -> bool:
    selected = best(select, rule)
    if not rule.default and selected <= 1:
        return False  # opt-in rules need more than ALL
    return selected > 0 and selected > best(ignore, rule)


def enabled_rules(select: list[str], ignore: list[str]) -> list[Rule]:
    return [r for r in all_rules() if is_enabled(r, select, ignore)]
