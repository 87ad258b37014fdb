"""The wheel and sdist carry dictionaries/, found at run time from a plain install; pre-commit works."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import zipfile

import pytest
import yaml

from conftest import ROOT, SAMPLE


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    pytest.importorskip("hatchling")
    done = subprocess.run([sys.executable, "-m", "hatchling", "build", "-d", str(out)],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return out


def test_wheel_contains_dictionaries(built):
    (wheel,) = built.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "editkit/dictionaries/README.md" in names
    assert "editkit/dictionaries/presets.toml" in names
    assert "editkit/dictionaries/encoding/invisible-characters.tsv" in names


def test_sdist_contains_dictionaries(built):
    (sdist,) = built.glob("*.tar.gz")
    names = tarfile.open(sdist).getnames()
    assert any(n.endswith("/dictionaries/presets.toml") for n in names)
    assert any(n.endswith("/.pre-commit-hooks.yaml") for n in names)


def test_installed_wheel_finds_dictionaries_outside_the_checkout(built, tmp_path):
    (wheel,) = built.glob("*.whl")
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    article = tmp_path / "a.txt"
    shutil.copy(SAMPLE, article)
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import editkit.resources as r, editkit.cli as c;"
        "assert str(r.dictionaries_dir()).startswith(sys.argv[1]), r.dictionaries_dir();"
        "raise SystemExit(c.main(['lint', '--isolated', '--exit-zero', sys.argv[2]]))"
    )
    done = subprocess.run([sys.executable, "-c", code, str(target), str(article)],
                          cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "EN105" in done.stdout


def test_pre_commit_hook_definition():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    hook = next(h for h in hooks if h["id"] == "editkit")
    assert hook["language"] == "python"
    assert hook["types_or"] == ["markdown", "plain-text"]
    assert hook["entry"].startswith("editkit lint")


def test_pre_commit_try_repo(tmp_path):
    """Runs the real `pre-commit try-repo` (needs pre-commit and the package index)."""
    from pathlib import Path

    beside_python = Path(sys.executable).parent / "pre-commit"
    pre_commit = str(beside_python) if beside_python.exists() else shutil.which("pre-commit")
    if pre_commit is None:
        pytest.skip("pre-commit is not installed")
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    repo = tmp_path / "newsroom"
    repo.mkdir()
    git = ["git", "-c", "user.email=t@example.vn", "-c", "user.name=t"]
    subprocess.run(git + ["init", "-q"], cwd=repo, check=True)
    (repo / "bai.txt").write_text("Bài viết có khoảng trắng. \n", encoding="utf-8")
    (repo / "sach.md").write_text("Bài viết sạch.\n", encoding="utf-8")
    (repo / "README.md").write_text("Project notes. \n", encoding="utf-8")  # the project's own: excluded
    (repo / "drafts").mkdir()
    (repo / "drafts" / "nhap.txt").write_text("Bản nháp. \n", encoding="utf-8")
    (repo / "editkit.toml").write_text('extend-exclude = ["drafts"]\n', encoding="utf-8")
    subprocess.run(git + ["add", "."], cwd=repo, check=True)
    env = {"PRE_COMMIT_HOME": str(tmp_path / "cache"), "PATH": __import__("os").environ["PATH"], "HOME": str(tmp_path)}
    done = subprocess.run([pre_commit, "try-repo", str(ROOT), "editkit", "--all-files"],
                          cwd=repo, capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "bai.txt" in done.stdout and "EN105" in done.stdout and "sach.md" not in done.stdout
    assert "README.md" not in done.stdout and "nhap.txt" not in done.stdout  # --force-exclude in the hook


def test_readme_quick_start_is_two_commands_that_ci_runs():
    """The README's first code block: install + lint the bundled article, install test extra + test suite."""
    readme = (ROOT / "README.md").read_text("utf-8")
    block = readme.split("## Quick start", 1)[1].split("```bash\n", 1)[1].split("```", 1)[0]
    first, second = block.strip().splitlines()
    assert first.startswith("pip install . && editkit lint ")
    assert second in (ROOT / ".ci" / "run").read_text("utf-8").splitlines()
    lint_args = first.split("&& editkit ", 1)[1].split()
    done = subprocess.run([sys.executable, "-m", "editkit", *lint_args], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0 and "quan-9.txt" in done.stdout, done.stderr
