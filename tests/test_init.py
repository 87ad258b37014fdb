"""`editkit init`: a project's config, lists and hook, never overwriting a user's file."""

from __future__ import annotations

from conftest import run_cli
from editkit.config import resolve_settings


def project(isolated_dir):
    folder = isolated_dir / "proj"
    folder.mkdir()
    return folder


def test_init_writes_a_config_with_the_preset_and_the_lists(isolated_dir):
    folder = project(isolated_dir)
    assert run_cli("init", str(folder), "--preset", "textbook").exit_code == 0
    settings = resolve_settings(folder)
    assert settings.config_path == folder / "editkit.toml"
    assert settings["house-style"] == "textbook" and settings["tone-style"] == "new"
    assert settings["accept"] == ["editkit-accept.txt"] and (folder / "editkit-accept.txt").exists()
    assert settings["reject"] == ["editkit-reject.txt"] and (folder / "editkit-reject.txt").exists()
    written = (folder / "editkit.toml").read_bytes()
    again = run_cli("init", str(folder))
    assert again.exit_code == 1 and "already configures" in again.stderr
    assert (folder / "editkit.toml").read_bytes() == written  # never overwritten


def test_init_appends_to_pyproject_keeping_its_bytes_and_line_endings(isolated_dir):
    folder = project(isolated_dir)
    original = b'[project]\r\nname = "x"\r\n'
    (folder / "pyproject.toml").write_bytes(original)
    assert run_cli("init", str(folder), "--pyproject", "--preset", "nd30").exit_code == 0
    data = (folder / "pyproject.toml").read_bytes()
    assert data.startswith(original) and b"[tool.editkit]\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    settings = resolve_settings(folder)
    assert settings.config_path == folder / "pyproject.toml" and settings["date-style"] == "nd30"
    assert run_cli("init", str(folder)).exit_code == 1  # [tool.editkit] is a config


def test_init_adds_the_pre_commit_hook_only_to_a_new_file(isolated_dir):
    folder = project(isolated_dir)
    assert run_cli("init", str(folder), "--pre-commit").exit_code == 0
    assert "id: editkit" in (folder / ".pre-commit-config.yaml").read_text("utf-8")
    other = isolated_dir / "other"
    other.mkdir()
    (other / ".pre-commit-config.yaml").write_text("repos: []\n", encoding="utf-8")
    done = run_cli("init", str(other), "--pre-commit")
    assert done.exit_code == 0 and "Add the editkit hook" in done.stderr
    assert (other / ".pre-commit-config.yaml").read_text("utf-8") == "repos: []\n"


def test_init_refuses_an_unknown_preset_or_a_file(isolated_dir):
    folder = project(isolated_dir)
    assert run_cli("init", str(folder), "--preset", "tabloid").exit_code == 2
    (folder / "bai.md").write_text("x", encoding="utf-8")
    assert run_cli("init", str(folder / "bai.md")).exit_code == 2
    assert not (folder / "editkit.toml").exists()


def test_init_leaves_a_broken_pyproject_alone(isolated_dir):
    folder = project(isolated_dir)
    for broken in (b"[project\nname = \n", b"\xff\xfe[project]\n"):
        (folder / "pyproject.toml").write_bytes(broken)
        done = run_cli("init", str(folder), "--pyproject")
        assert done.exit_code == 2 and "pyproject.toml" in done.stderr
        assert (folder / "pyproject.toml").read_bytes() == broken


def test_init_help_shows_the_pyproject_table_it_writes():
    result = run_cli("init", "--help")
    assert "[tool.editkit]" in " ".join(result.stdout.split())  # rich markup would eat the brackets
