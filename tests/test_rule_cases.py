"""Every rule has a fixture folder tests/cases/<CODE>-<name>/ (black / Vale style).

- ``bad.*`` must produce exactly the positions listed in ``expected.txt`` (``line:col``);
- ``good.*`` must produce nothing from the rule;
- ``fixed.*``, when present, is ``bad.*`` after ``--fix --unsafe-fixes`` with only the rule
  selected, and fixing it again changes nothing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from editkit.inputs import Input
from editkit.registry import DOC_SECTIONS, all_rules
from editkit.runner import RunOptions, lint_input

CASES = Path(__file__).parent / "cases"
CASE_DIRS = sorted(p for p in CASES.iterdir() if p.is_dir())


def one(folder: Path, stem: str) -> Path | None:
    matches = sorted(p for p in folder.glob(f"{stem}.*") if p.suffix in (".txt", ".md", ".docx"))
    return matches[0] if matches else None


def lint_with(path: Path, code: str, **options):
    """Lint with only ``code`` selected; a case folder may carry its own editkit.toml."""
    config = path.parent / "editkit.toml"
    if config.exists() and "editkit.toml" not in str(path.parent.parent.name):
        run = RunOptions(config_file=config, overrides={"select": [code]}, **options)
    else:
        run = RunOptions(isolated=True, overrides={"select": [code]}, **options)
    return lint_input(Input(str(path), path), run)


def test_every_rule_has_a_case_folder_and_documentation():
    folders = {p.name for p in CASE_DIRS}
    for rule in all_rules():
        assert f"{rule.code}-{rule.name}" in folders, f"{rule.code} has no tests/cases folder"
        for section in DOC_SECTIONS:
            assert rule.section(section), f"{rule.code} docstring lacks '## {section}'"
        assert rule.summary and not rule.summary.startswith("#"), f"{rule.code} lacks a summary line"
        example = rule.section("Example")
        assert "→" in example, f"{rule.code} example needs a wrong → right pair"


def test_every_case_folder_names_a_rule():
    known = {f"{r.code}-{r.name}" for r in all_rules()}
    assert {p.name for p in CASE_DIRS} <= known


@pytest.mark.parametrize("folder", CASE_DIRS, ids=lambda p: p.name)
def test_bad_file_gives_expected_positions(folder):
    code = folder.name.split("-")[0]
    bad = one(folder, "bad")
    result = lint_with(bad, code)
    assert result.error is None
    found = [f"{d.start.line}:{d.start.column}" for d in result.diagnostics]
    expected = (folder / "expected.txt").read_text("utf-8").split()
    assert found == expected
    assert all(d.rule == code for d in result.diagnostics)
    for d in result.diagnostics:
        assert d.text == result.source[d.start.offset:d.end.offset]
        if d.fix:
            for edit in d.fix.edits:
                assert d.start.offset <= edit.start <= edit.end <= d.end.offset


@pytest.mark.parametrize("folder", CASE_DIRS, ids=lambda p: p.name)
def test_good_file_is_clean(folder):
    code = folder.name.split("-")[0]
    result = lint_with(one(folder, "good"), code)
    assert result.error is None
    assert result.diagnostics == []


@pytest.mark.parametrize("folder", [f for f in CASE_DIRS if one(f, "fixed")], ids=lambda p: p.name)
def test_fix_gives_fixed_file_and_is_stable(folder, tmp_path):
    code = folder.name.split("-")[0]
    bad = one(folder, "bad")
    target = tmp_path / bad.name
    shutil.copy(bad, target)
    for extra in folder.glob("*"):  # the case's config and vocabulary files
        if extra.name.startswith(("editkit", "reject", "accept")):
            shutil.copy(extra, tmp_path / extra.name)
    result = lint_with(target, code, fix=True, unsafe_fixes=True)
    assert result.error is None
    assert result.fixed > 0
    assert target.read_bytes() == one(folder, "fixed").read_bytes()
    again = lint_with(target, code, fix=True, unsafe_fixes=True)
    assert again.fixed == 0 and all(d.fix is None for d in again.diagnostics)
    assert target.read_bytes() == one(folder, "fixed").read_bytes()


def test_fixable_flag_matches_fixtures():
    for rule in all_rules():
        folder = CASES / f"{rule.code}-{rule.name}"
        assert rule.fixable == (one(folder, "fixed") is not None), rule.code
