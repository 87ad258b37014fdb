"""`editkit rules`, `explain`, `--version`, `python -m editkit` and the exit codes."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT, SAMPLE, run_cli
from editkit import __version__
from editkit.registry import all_rules


def test_rules_table_lists_every_rule():
    run = run_cli("rules")
    assert run.exit_code == 0
    for rule in all_rules():
        assert rule.code in run.stdout and rule.name in run.stdout


def test_rules_json():
    data = run_cli("rules", "--format", "json").json()
    assert {r["code"] for r in data} == {r.code for r in all_rules()}
    assert all(set(r) >= {"code", "name", "category", "severity", "fixable"} for r in data)


def test_explain_by_code_and_name():
    by_code = run_cli("explain", "EN101")
    by_name = run_cli("explain", "non-nfc-text")
    assert by_code.exit_code == 0 and by_code.stdout == by_name.stdout
    for section in ("What it does", "Why", "Example", "Fix safety"):
        assert section in by_code.stdout


def test_explain_unknown_rule():
    run = run_cli("explain", "ZZ999")
    assert run.exit_code == 2 and "unknown rule" in run.stderr


def test_explain_a_category_or_a_code_prefix_lists_its_rules():
    """``editkit explain spelling`` said "unknown rule 'spelling'; did you mean 'spelling'?"."""
    for group, codes in (("spelling", [r.code for r in all_rules() if r.category == "spelling"]),
                         ("SP", [r.code for r in all_rules() if r.code.startswith("SP")])):
        run = run_cli("explain", group)
        assert run.exit_code == 0 and all(code in run.stdout for code in codes) and "DT101" not in run.stdout
    assert "did you mean 'spelling'" in run_cli("explain", "spellng").stderr


def test_config_of_a_missing_path_is_an_error(isolated_dir):
    run = run_cli("config", "missing.md")
    assert run.exit_code == 2 and "missing.md" in run.stderr


def test_version():
    assert run_cli("--version").stdout.strip() == f"editkit {__version__}"


def test_python_dash_m(tmp_path):
    (tmp_path / "a.txt").write_text("Sạch.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "editkit", "lint", "--isolated", str(tmp_path / "a.txt")],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "All checks passed" in done.stdout


def test_exit_codes(isolated_dir):
    (isolated_dir / "clean.txt").write_text("Sạch.\n", encoding="utf-8")
    (isolated_dir / "warn.txt").write_text("Có khoảng trắng. \n", encoding="utf-8")
    (isolated_dir / "info.txt").write_bytes("Chỉ có thông tin.\n".encode("utf-16"))
    assert run_cli("lint", "clean.txt").exit_code == 0
    assert run_cli("lint", "warn.txt").exit_code == 1
    assert run_cli("lint", "--exit-zero", "warn.txt").exit_code == 0
    assert run_cli("lint", "--fail-on", "error", "warn.txt").exit_code == 0
    assert run_cli("lint", "info.txt").exit_code == 0
    assert run_cli("lint", "--fail-on", "info", "info.txt").exit_code == 1
    assert run_cli("lint", "--exit-zero", "missing.txt").exit_code == 2
    assert run_cli("lint", "--format", "xml", "clean.txt").exit_code == 2
    assert run_cli("lint", "--fail-on", "fatal", "clean.txt").exit_code == 2
    assert run_cli("lint", "--ref", "21/1/2021", "clean.txt").exit_code == 2
    assert run_cli("lint", "--ref", "2021-01-21", "clean.txt").exit_code == 0
    assert run_cli("lint", "--no-such-option").exit_code == 2


def test_directory_recursion_default_include(isolated_dir):
    (isolated_dir / "a").mkdir()
    for name in ("a/x.md", "a/y.markdown", "a/z.txt", "a/skip.html", "a/w.py"):
        (isolated_dir / name).write_text("Bài. \n", encoding="utf-8")
    (isolated_dir / "node_modules").mkdir()
    (isolated_dir / "node_modules" / "n.md").write_text("x \n", encoding="utf-8")
    paths = [f["path"] for f in run_cli("lint", "--format", "json", ".").json()["files"]]
    assert paths == ["a/x.md", "a/y.markdown", "a/z.txt"]


def test_sample_article_lints(isolated_dir):
    run = run_cli("lint", "--format", "json", str(SAMPLE))
    assert run.exit_code == 1
    (file,) = run.json()["files"]
    assert file["error"] is None and file["diagnostics"]


def test_rules_are_all_discovered_even_after_a_direct_import():
    import subprocess
    import sys

    code = ("import editkit.rules.diacritics; from editkit.registry import all_rules; "
            "print(len({r.code[:2] for r in all_rules()}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert int(done.stdout) >= 3, done.stderr


def test_readme_lists_every_rule_with_its_fixability():
    import re

    readme = (ROOT / "README.md").read_text("utf-8")
    for rule in all_rules():
        row = re.search(rf"^\| {rule.code} \| `{rule.name}` \| {rule.category} \| [^|]+\| ([^|]*)\|", readme, re.M)
        assert row, f"README's rules table lacks {rule.code} {rule.name}"
        assert bool(row.group(1).strip()) == rule.fixable, rule.code


def test_the_closing_line_tells_which_option_applies_the_fixes_left(isolated_dir):
    furniture = "Hội nghị tổng kết năm\n\nSáng nay, thành phố tổng kết công tác năm với nhiều kết quả.\n\nMinh Anh\n\nTin khác\n"
    (isolated_dir / "a.txt").write_text(furniture, encoding="utf-8")  # ST101's fix is unsafe: a judgement
    assert "1 fixable with --fix --unsafe-fixes." in run_cli("lint", "a.txt").stdout
    assert "1 more fixable with --unsafe-fixes." in run_cli("lint", "--fix", "a.txt").stdout
    assert "fixable" not in run_cli("lint", "--diff", "--unsafe-fixes", "a.txt").stdout
    (isolated_dir / "b.txt").write_text("Có khoảng trắng. \n\n" + furniture, encoding="utf-8")
    assert "1 fixable with --fix (1 more with --unsafe-fixes)." in run_cli("lint", "b.txt").stdout
