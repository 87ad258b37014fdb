"""Config discovery, validation, precedence and the `editkit config` command."""

from __future__ import annotations

import pytest

from editkit.config import ConfigError, resolve_settings


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_come_from_the_press_preset(tmp_path):
    settings = resolve_settings(tmp_path, isolated=True)
    assert settings["house-style"] == "press"
    assert (settings["tone-style"], settings["i-y"], settings["date-style"]) == ("old", "news", "d/m/yyyy")
    assert settings.sources["tone-style"] == "house-style preset 'press'"
    assert settings["fail-on"] == "warning"


def test_nearest_config_wins_walking_up(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.editkit]\ntone-style = "new"\n')
    write(tmp_path / "desk" / "editkit.toml", 'i-y = "i"\n')
    article = write(tmp_path / "desk" / "sub" / "a.md", "x")
    settings = resolve_settings(article)
    assert settings["i-y"] == "i"
    assert settings["tone-style"] == "old"  # the nearer file does not inherit the farther one
    assert settings.config_path == tmp_path / "desk" / "editkit.toml"


def test_pyproject_without_tool_editkit_is_skipped(tmp_path):
    write(tmp_path / "editkit.toml", 'fail-on = "error"\n')
    write(tmp_path / "inner" / "pyproject.toml", '[tool.black]\nline-length = 100\n')
    settings = resolve_settings(write(tmp_path / "inner" / "a.md", "x"))
    assert settings["fail-on"] == "error"


def test_dot_editkit_toml_and_preset(tmp_path):
    write(tmp_path / ".editkit.toml", 'house-style = "textbook"\n')
    settings = resolve_settings(tmp_path)
    assert (settings["tone-style"], settings["i-y"]) == ("new", "i")
    assert "textbook" in settings.sources["tone-style"]


def test_explicit_key_beats_preset_and_cli_beats_file(tmp_path):
    write(tmp_path / "editkit.toml", 'house-style = "nd30"\ntone-style = "any"\nignore = ["EN105"]\n')
    settings = resolve_settings(tmp_path, overrides={"ignore": ["EN101"], "fail-on": "info"})
    assert settings["date-style"] == "nd30"
    assert settings["tone-style"] == "any"
    assert settings["ignore"] == ["EN105", "EN101"]
    assert settings.sources["fail-on"] == "command line"


def test_isolated_ignores_config_and_explicit_config_is_used(tmp_path):
    write(tmp_path / "editkit.toml", 'fail-on = "error"\n')
    other = write(tmp_path / "elsewhere" / "house.toml", 'fail-on = "info"\n')
    assert resolve_settings(tmp_path, isolated=True)["fail-on"] == "warning"
    assert resolve_settings(tmp_path, config_file=other)["fail-on"] == "info"


@pytest.mark.parametrize("text,words", [
    ('colour = "red"\n', "unknown key 'colour'"),
    ('tone-style = "modern"\n', "tone-style: must be one of"),
    ('i-y = 3\n', "i-y: must be one of"),
    ('date-style = "mm/dd/yyyy"\n', "date-style"),
    ('select = ["XX999"]\n', "unknown rule selector"),
    ('fail-on = "fatal"\n', "fail-on"),
    ('house-style = "tabloid"\n', "house-style"),
    ('per-file-ignores = 3\n', "per-file-ignores"),
    ('select = [\n', "invalid TOML"),
    ('date_style = "iso"\n', "unknown key 'date_style' in top level; did you mean 'date-style'?"),
    ('preset = "nd30"\n', "unknown key 'preset' in top level; did you mean 'house-style'?"),  # init's --preset
    ('[tool.editkit]\nselect = ["EN"]\n', "takes the settings at its top level ([tool.editkit] is for pyproject.toml)"),
    ('[structure]\nrequired_keys = ["title"]\n', "unknown key 'required_keys' (did you mean 'required-keys'?)"),
    ('select = ["SP1O1"]\n', "did you mean 'SP101'?"),
])
def test_bad_config_names_key_and_file(tmp_path, text, words):
    path = write(tmp_path / "editkit.toml", text)
    with pytest.raises(ConfigError) as error:
        resolve_settings(tmp_path)
    assert str(path) in str(error.value) and words in str(error.value)


def test_bad_key_in_pyproject_names_the_table(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.editkit]\nselct = ["EN"]\n')
    with pytest.raises(ConfigError, match=r"unknown key 'selct' in \[tool.editkit\]; did you mean 'select'\?"):
        resolve_settings(tmp_path)


def test_per_file_ignores(isolated_dir, cli):
    write(isolated_dir / "editkit.toml", '[per-file-ignores]\n"drafts/*.txt" = ["EN105"]\n')
    write(isolated_dir / "drafts" / "a.txt", "Nháp. \n")
    write(isolated_dir / "final" / "a.txt", "Bài. \n")
    data = cli("lint", "--format", "json", ".").json()
    by_path = {f["path"]: f["diagnostics"] for f in data["files"]}
    assert by_path["drafts/a.txt"] == []
    assert [d["rule"] for d in by_path["final/a.txt"]] == ["EN105"]


def test_fail_on_from_config(isolated_dir, cli):
    write(isolated_dir / "editkit.toml", 'fail-on = "error"\n')
    write(isolated_dir / "a.txt", "Bài. \n")
    assert cli("lint", "a.txt").exit_code == 0
    assert cli("lint", "--fail-on", "warning", "a.txt").exit_code == 1


def test_include_and_exclude(isolated_dir, cli):
    write(isolated_dir / "editkit.toml", 'include = ["*.md", "*.rst"]\nextend-exclude = ["archive"]\n')
    write(isolated_dir / "a.rst", "x \n")
    write(isolated_dir / "b.txt", "x \n")
    write(isolated_dir / "archive" / "c.md", "x \n")
    write(isolated_dir / "d.md", "x \n")
    paths = [f["path"] for f in cli("lint", "--format", "json", ".").json()["files"]]
    assert paths == ["a.rst", "d.md"]


def test_extend_exclude_on_the_command_line_and_force_exclude(isolated_dir, cli):
    write(isolated_dir / "editkit.toml", 'extend-exclude = ["archive"]\n')
    for name in ("archive/c.md", "drafts/e.md", "d.md", "README.md", "CHANGELOG.md"):
        write(isolated_dir / name, "x \n")
    walked = [f["path"] for f in cli("lint", "--format", "json", "--extend-exclude", "drafts", ".").json()["files"]]
    assert walked == ["d.md"]  # archive (config), drafts (command line), the project's README and CHANGELOG
    named = ["archive/c.md", "drafts/e.md", "d.md", "README.md"]
    as_given = [f["path"] for f in cli("lint", "--format", "json", "--extend-exclude", "drafts", *named).json()["files"]]
    assert as_given == named  # named files are linted, as ruff does, unless --force-exclude
    forced = cli("lint", "--format", "json", "--extend-exclude", "drafts", "--force-exclude", *named).json()["files"]
    assert [f["path"] for f in forced] == ["d.md"]


def test_the_pre_commit_hooks_honour_the_projects_excludes():
    from pathlib import Path

    hooks = (Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml").read_text("utf-8")
    assert hooks.count("--force-exclude") == hooks.count("entry: editkit lint") == 2


def test_config_command_shows_sources(isolated_dir, cli):
    write(isolated_dir / "editkit.toml", 'tone-style = "new"\n')
    run = cli("config", "--format", "json", ".")
    assert run.exit_code == 0
    data = run.json()
    assert data["settings"]["tone-style"] == {"value": "new", "source": str(isolated_dir / "editkit.toml")}
    assert data["settings"]["i-y"]["source"] == "house-style preset 'press'"
    text = cli("config", ".")
    assert "tone-style" in text.stdout and "editkit.toml" in text.stdout
    # a table's keys one a row, lists as lists (not a Python dict in one cell)
    assert "structure.require-byline" in text.stdout and "structure.required-keys" in text.stdout
    assert "{'" not in text.stdout and "['" not in text.stdout


def test_config_command_bad_config(isolated_dir, cli):
    write(isolated_dir / "editkit.toml", 'nope = 1\n')
    run = cli("config", ".")
    assert run.exit_code == 2 and "unknown key 'nope'" in run.stderr


def test_every_key_type_the_config_accepts_has_a_check():
    from editkit.config import KEY_TYPES
    from editkit.rules.front_matter import TYPE_CHECKS, TYPE_NAMES

    assert set(KEY_TYPES) == set(TYPE_CHECKS) == set(TYPE_NAMES)


@pytest.mark.parametrize("key,content,words", [
    ("accept", None, "file not found (`editkit accept` creates the accept file)"),
    ("reject", b"\xff\xfe\x00bad", "not UTF-8 text"),
])
def test_a_word_list_the_config_names_must_be_readable(isolated_dir, cli, key, content, words):
    """An accept or reject file that is missing or not UTF-8: a one-line config error naming it, exit 2
    (a garbled one was an internal error in every spelling rule; a missing one counted for nothing)."""
    (isolated_dir / "editkit.toml").write_text(f'{key} = ["words.txt"]\n', encoding="utf-8")
    if content is not None:
        (isolated_dir / "words.txt").write_bytes(content)
    (isolated_dir / "a.txt").write_text("Tin tức\n\nBài viết hôm nay.\n", encoding="utf-8")
    run = cli("lint", "a.txt")
    assert run.exit_code == 2 and f"{key}: " in run.stderr and "words.txt" in run.stderr and words in run.stderr
    assert "internal error" not in run.stderr
    if key == "accept":  # the command that creates it still works, and then lint does
        assert cli("accept", "Vinfast").exit_code == 0 and cli("lint", "a.txt").exit_code == 0
