"""Turn command-line paths into the list of inputs to lint, in a stable order."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from editkit.cache import CACHE_DIR_NAME
from editkit.config import ConfigError, Settings

STDIN = "-"


@dataclass(frozen=True)
class Input:
    display: str  # as given on the command line, or found under a directory
    path: Path | None  # None for standard input


def expand_paths(paths: list[str], settings_for: Callable[[Path], Settings], force_exclude: bool = False) -> list[Input]:
    """Files as given (unless ``force_exclude`` and the config excludes them); directories walked
    for included, non-excluded files (sorted); each file once."""
    inputs: list[Input] = []
    for given in paths or ["."]:
        if given == STDIN:
            inputs.append(Input(STDIN, None))
            continue
        path = Path(given)
        if not path.is_dir():
            if force_exclude and path.exists() and given_file_excluded(path, settings_for):
                continue
            inputs.append(Input(given, path))  # a missing path is reported when read
            continue
        try:
            settings = settings_for(path)
        except ConfigError:
            inputs.append(Input(given, path))  # the config error is reported when linted
            continue
        inputs.extend(walk(path, settings))
    return without_repeats(inputs)


def without_repeats(inputs: list[Input]) -> list[Input]:
    """Each file once, where it first came (``lint a.md a.md``, ``lint a.md .``: one report of
    ``a.md``, one fix of it); the same file under two names counts once too (``a.md`` and ``./a.md``).
    Standard input is kept as given; a path that does not exist is reported once."""
    seen: set = set()
    kept = []
    for item in inputs:
        if item.path is not None:
            try:
                key = item.path.resolve(strict=True)
            except (OSError, RuntimeError):
                key = os.path.normpath(item.path)  # missing or a symlink loop: reported once, as named
            if key in seen:
                continue
            seen.add(key)
        kept.append(item)
    return kept


def given_file_excluded(path: Path, settings_for: Callable[[Path], Settings]) -> bool:
    try:
        return settings_for(path).excludes_given_file(path)
    except ConfigError:
        return False  # the config error is reported when the file is linted


def walk(root: Path, settings: Settings) -> list[Input]:
    found: list[Input] = []
    for folder, subfolders, files in os.walk(root):
        folder_path = Path(folder)
        # editkit's own result cache is never an input, whatever the project excludes
        subfolders[:] = sorted(d for d in subfolders if d != CACHE_DIR_NAME and not settings.is_excluded(folder_path / d))
        for name in sorted(files):
            file_path = folder_path / name
            if settings.is_included(file_path) and not settings.is_excluded(file_path) and not special_file(file_path):
                found.append(Input(str(file_path), file_path))
    return found


def special_file(path: Path) -> bool:
    """A named pipe, socket or device found in a folder: no article, and reading a pipe would wait
    for a writer forever. (A broken link is kept: it is reported as unreadable. A pipe named on
    the command line is read, as ``editkit lint <(curl …)`` expects.)"""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode)
