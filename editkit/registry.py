"""The rule registry: rules declare themselves with ``@rule`` and are found by discovery.

A rule is one function ``check(document, context) -> Iterable[Finding]``. Its
docstring is its documentation: a one-line summary, then the sections
``## What it does``, ``## Why``, ``## Example`` and ``## Fix safety``.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Literal

from editkit.diagnostics import CATEGORIES, Finding, Severity

DOC_SECTIONS = ("What it does", "Why", "Example", "Fix safety")
CODE_PATTERN = re.compile(r"^[A-Z]{1,3}[0-9]{3}$")
NAME_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
Scope = Literal["prose", "raw"]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    category: str
    severity: Severity
    fixable: bool
    scope: Scope
    check: Callable[..., Iterable[Finding]]
    default: bool = True  # False: runs only when selected by code, prefix, name or category (not by ALL)
    supersedes: tuple[str, ...] = ()  # rules whose findings inside one of this rule's say nothing more

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.check.__doc__ or "")

    @property
    def summary(self) -> str:
        return self.doc.splitlines()[0] if self.doc else ""

    def section(self, title: str) -> str:
        """The body of one ``## title`` section of the docstring ('' if absent)."""
        match = re.search(rf"^## {re.escape(title)}\s*$(.*?)(?=^## |\Z)", self.doc, re.M | re.S)
        return match.group(1).strip() if match else ""


_RULES: dict[str, Rule] = {}
_discovered = False


def rule(
    *,
    code: str,
    name: str,
    category: str,
    severity: Severity,
    fixable: bool = False,
    scope: Scope = "prose",
    default: bool = True,
    supersedes: tuple[str, ...] = (),
) -> Callable:
    """Declare a rule. ``scope="raw"`` rules also see code, URLs and front matter; a finding of
    a rule in ``supersedes`` that lies inside one of this rule's (warning or error) is dropped."""
    if not CODE_PATTERN.match(code) or not NAME_PATTERN.match(name) or category not in CATEGORIES:
        raise ValueError(f"bad rule declaration {code} {name} {category}")

    def register(check: Callable) -> Callable:
        if code in _RULES and _RULES[code].check is not check:
            raise ValueError(f"rule code {code} declared twice")
        _RULES[code] = Rule(code, name, category, severity, fixable, scope, check, default, supersedes)
        return check

    return register


def all_rules() -> list[Rule]:
    """Every rule, sorted by code; imports the ``editkit.rules`` package on first use."""
    global _discovered
    if not _discovered:  # a rule module imported directly must not stop the others being found
        import editkit.rules as package

        for module in pkgutil.iter_modules(package.__path__):
            importlib.import_module(f"{package.__name__}.{module.name}")
        _discovered = True
    return sorted(_RULES.values(), key=lambda r: r.code)


def find_rule(code_or_name: str) -> Rule | None:
    key = code_or_name.strip()
    for candidate in all_rules():
        if key.upper() == candidate.code or key.lower() == candidate.name:
            return candidate
    return None
