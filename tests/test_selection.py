"""Selector resolution, as a table (flake8's habit): the most specific selector wins."""

from __future__ import annotations

import pytest

from conftest import run_cli
from editkit.registry import find_rule
from editkit.selection import SelectorError, is_enabled, split_selectors, validate_selectors

TRAILING = find_rule("EN105")


@pytest.mark.parametrize("select,ignore,enabled", [
    (["ALL"], [], True),
    (["EN105"], [], True),
    (["EN"], [], True),
    (["EN1"], [], True),
    (["encoding"], [], True),
    (["trailing-whitespace"], [], True),
    (["ST"], [], False),
    (["structure"], [], False),
    (["ALL"], ["EN105"], False),
    (["ALL"], ["EN"], False),
    (["ALL"], ["encoding"], False),
    (["EN105"], ["EN"], True),           # code beats prefix
    (["EN105"], ["encoding"], True),     # code beats category
    (["EN"], ["EN10"], False),           # longer prefix wins
    (["EN10"], ["EN"], True),
    (["encoding"], ["EN105"], False),
    (["trailing-whitespace"], ["EN105"], False),  # a tie: ignore wins
    ([], [], False),
])
def test_selection_table(select, ignore, enabled):
    assert is_enabled(TRAILING, select, ignore) is enabled


def test_split_selectors_accepts_commas_and_repeats():
    assert split_selectors(["EN101,EN102", " ST ", ""]) == ["EN101", "EN102", "ST"]


@pytest.mark.parametrize("bad", ["XX999", "EN999", "nonsense-name", "1EN"])
def test_unknown_selectors_are_rejected(bad):
    with pytest.raises(SelectorError):
        validate_selectors([bad])


def test_cli_selectors(isolated_dir, cli):
    (isolated_dir / "a.txt").write_text("Thành\u200b phố \n", encoding="utf-8")

    def rules_of(*args):
        return sorted({d["rule"] for d in cli("lint", "--format", "json", *args, "a.txt").json()["files"][0]["diagnostics"]})

    assert rules_of() == ["EN102", "EN105"]
    assert rules_of("--select", "EN102") == ["EN102"]
    assert rules_of("--select", "trailing-whitespace") == ["EN105"]
    assert rules_of("--ignore", "EN105") == ["EN102"]
    assert rules_of("--ignore", "EN102,EN105") == []
    assert rules_of("--ignore", "EN102", "--ignore", "EN105") == []
    assert rules_of("--select", "ST", "--extend-select", "EN102") == ["EN102"]
    assert rules_of("--select", "readability") == []  # a category is a valid selector even with no rule yet
    run = cli("lint", "--select", "XX123", "a.txt")
    assert run.exit_code == 2 and "unknown rule selector 'XX123'" in run.stderr


def test_opt_in_rules_need_an_explicit_selector():
    hard = find_rule("RD101")
    assert not is_enabled(hard, ["ALL"], [])
    assert is_enabled(hard, ["readability"], [])
    assert is_enabled(hard, ["RD101"], [])
    assert is_enabled(hard, ["ALL", "RD"], [])


@pytest.mark.parametrize(("selector", "hint"), [("SP1O1", "'SP101'"), ("wrong-words", "'wrong-word'"),
                                                ("spellling", "'spelling'")])
def test_an_unknown_selector_suggests_the_nearest_rule_or_category(selector, hint):
    run = run_cli("lint", "--select", selector, "-", input=b"x\n")
    assert run.exit_code == 2 and f"did you mean {hint}?" in run.stderr
    assert "did you mean" not in run_cli("lint", "--select", "XYZ999", "-", input=b"x\n").stderr
    explain = run_cli("explain", "unknown-syllabe")
    assert explain.exit_code == 2 and "did you mean 'unknown-syllable'?" in explain.stderr
