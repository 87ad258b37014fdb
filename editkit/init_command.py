"""`editkit init`: set a project up — a config with the house-style preset, the accept and
reject lists, and optionally the pre-commit hook. Never overwrites or rewrites a user's file:
an existing config stops it, and pyproject.toml and .pre-commit-config.yaml are only appended
to or created."""

from __future__ import annotations

import sys
from pathlib import Path

from editkit import __version__

CONFIG_BODY = """\
house-style = "{preset}"          # press | nd30 | textbook: tone style, i/y, date style, sentence length
# tone-style = "old"             # override the preset: old (hòa) | new (hoà) | any (one style per article)
# i-y = "news"                   # news | y | i | any
# date-style = "d/m/yyyy"        # dd/mm/yyyy | d-m-yyyy | d.m.yyyy | iso | nd30
spelling-sensitivity = "normal"  # high: more real-word slips reported, about twice the false alarms
accept = ["editkit-accept.txt"]  # words spelling rules never report; add with `editkit accept WORD`
reject = ["editkit-reject.txt"]  # words never printed, optionally "wrong -> right"
fail-on = "warning"              # the lowest severity that fails a run: error | warning | info
# ignore = ["EN105"]             # rules to switch off (codes, prefixes, names or categories)
"""
ACCEPT_HEADER = "# Words and names editkit's spelling rules accept, one per line.\n"
REJECT_HEADER = "# Words never printed, one per line; optionally followed by -> and the form to write.\n"
HOOK = """\
  - repo: https://github.com/editkit/editkit
    rev: v{version}
    hooks:
      - id: editkit          # or editkit-fix to apply safe fixes first
"""


def existing_config(folder: Path) -> Path | None:
    for name in ("editkit.toml", ".editkit.toml"):
        if (folder / name).is_file():
            return folder / name
    pyproject = folder / "pyproject.toml"
    if pyproject.is_file() and "[tool.editkit" in pyproject.read_text("utf-8", errors="replace"):
        return pyproject
    return None


def append_text(path: Path, text: str) -> None:
    """Add ``text`` at the end of ``path`` (created when missing) after a blank line, in the
    file's own line endings; what the file holds is not touched. A file that is no valid UTF-8
    TOML is left alone (ValueError)."""
    import tomllib

    old = path.read_bytes().decode("utf-8") if path.exists() else ""  # UnicodeDecodeError is a ValueError
    tomllib.loads(old)  # TOMLDecodeError is a ValueError too: never append to a broken file
    added = ("" if not old else "\n" if old.endswith("\n") else "\n\n") + text
    if "\r\n" in old:
        added = added.replace("\n", "\r\n")
    with open(path, "a", encoding="utf-8", newline="") as handle:
        handle.write(added)


def run_init(folder: Path, preset: str, pyproject: bool, pre_commit: bool) -> int:
    """Returns the exit code: 0 done, 1 already configured, 2 not a folder or an unknown preset."""
    from editkit.config import ConfigError, load_presets, resolve_settings

    if not folder.is_dir():
        print(f"editkit: error: {folder}: not a folder", file=sys.stderr)
        return 2
    if preset not in load_presets():
        print(f"editkit: error: unknown preset {preset!r}; choose one of {', '.join(load_presets())}", file=sys.stderr)
        return 2
    found = existing_config(folder)
    if found is not None:
        print(f"editkit: {found} already configures editkit; `editkit config {folder}` shows its settings",
              file=sys.stderr)
        return 1
    body = CONFIG_BODY.format(preset=preset)
    target = folder / ("pyproject.toml" if pyproject else "editkit.toml")
    try:
        if pyproject:
            append_text(target, "[tool.editkit]\n" + body)
        else:
            target.write_text(body, encoding="utf-8")
        print(f"Wrote the editkit settings to {target}", file=sys.stderr)
        for name, header in (("editkit-accept.txt", ACCEPT_HEADER), ("editkit-reject.txt", REJECT_HEADER)):
            if not (folder / name).exists():
                (folder / name).write_text(header, encoding="utf-8")
                print(f"Created {folder / name}", file=sys.stderr)
        if pre_commit:
            add_hook(folder / ".pre-commit-config.yaml")
    except (OSError, ValueError) as error:
        print(f"editkit: error: {target}: {error}", file=sys.stderr)
        return 2
    try:
        resolve_settings(folder)
    except ConfigError as error:  # the file existed before in a shape editkit cannot read
        print(f"editkit: error: {error}", file=sys.stderr)
        return 2
    print(f"Next: `editkit lint {folder}`; `editkit config {folder}` shows every setting and its source.",
          file=sys.stderr)
    return 0


def add_hook(path: Path) -> None:
    """The editkit hook in .pre-commit-config.yaml: a new file, or told how to add it."""
    hook = HOOK.format(version=__version__)
    if not path.exists():
        path.write_text("repos:\n" + hook, encoding="utf-8")
        print(f"Created {path} with the editkit hook; run `pre-commit install`", file=sys.stderr)
    elif "editkit" in path.read_text("utf-8", errors="replace"):
        print(f"{path} already has an editkit hook", file=sys.stderr)
    else:
        print(f"Add the editkit hook under `repos:` in {path}:\n{hook}", file=sys.stderr)
