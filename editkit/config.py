"""Configuration: find, read, validate and merge settings, remembering where each came from.

Sources, weakest first: built-in defaults, the ``house-style`` preset, the
config file (``--config FILE``, else the nearest ``editkit.toml``,
``.editkit.toml`` or ``pyproject.toml`` with ``[tool.editkit]`` walking up from
the file), then the command line. Unknown keys and bad values raise
:class:`ConfigError` naming the key and the file.
"""

from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any, Callable

from editkit.resources import dictionary_path

CONFIG_NAMES = ("editkit.toml", ".editkit.toml", "pyproject.toml")
DATE_STYLES = ("d/m/yyyy", "dd/mm/yyyy", "d-m-yyyy", "d.m.yyyy", "iso", "nd30")
DEFAULT_INCLUDE = ["*.md", "*.markdown", "*.txt"]
KEY_TYPES = ("string", "names", "date", "list", "boolean", "number", "slug")  # of [structure] key-types (ST114)
DEFAULT_EXCLUDE = [".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache", "build", "dist",
                   # a project's own documents, not articles
                   "README*", "CHANGELOG*", "CONTRIBUTING*", "CODE_OF_CONDUCT*", "LICENSE*", "LICENCE*"]


class ConfigError(Exception):
    """A config file that cannot be read or holds a bad key or value."""


def _choice(*allowed: str) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if value not in allowed:
            raise ValueError(f"must be one of {', '.join(repr(a) for a in allowed)}, not {value!r}")
        return value

    return check


def _string_list(value: Any) -> list[str]:
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"must be a list of strings, not {value!r}")
    return value


def _path_string(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"must be a file's path, not {value!r}")
    return value


def _selector_list(value: Any) -> list[str]:
    from editkit.selection import validate_selectors

    return validate_selectors(_string_list(value))


def _per_file_ignores(value: Any) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        raise ValueError("must be a table of glob = [selectors]")
    return {str(glob): _selector_list(selectors) for glob, selectors in value.items()}


@lru_cache(maxsize=1)
def load_presets() -> dict[str, dict[str, Any]]:
    with open(dictionary_path("presets.toml"), "rb") as handle:
        return tomllib.load(handle)


def _preset_name(value: Any) -> str:
    if value not in load_presets():
        raise ValueError(f"must be one of {', '.join(repr(p) for p in load_presets())}, not {value!r}")
    return value


def _positive_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"must be a positive integer, not {value!r}")
    return value


def _style_rules(value: Any) -> list[dict]:
    from editkit.house_style import StyleError, compile_rule

    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ValueError("must be an array of tables ([[tool.editkit.style-rules]])")
    for index, entry in enumerate(value):
        try:
            compile_rule(entry, f"style-rules[{index}]")
        except StyleError as error:
            raise ValueError(str(error)) from None
    return value


def _abbreviations(value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise ValueError('must be a table of ABBREVIATION = "full form"')
    return value


def _severities(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ValueError('must be a table of selector = "error" | "warning" | "info"')
    check = _choice("error", "warning", "info")
    for selector, severity in value.items():
        _selector_list([selector])
        check(severity)
    return dict(value)


STRUCTURE_DEFAULTS: dict[str, Any] = {
    "required-keys": ["title", "date", "author"],
    "allowed-keys": ["title", "date", "author", "tags", "category", "desk", "description", "summary", "sapo",
                     "slug", "image", "caption", "source", "updated", "draft", "lang", "editkit", "id", "url",
                     # the usual keys of static-site generators (Hugo, Jekyll, Eleventy)
                     "authors", "categories", "keywords", "lastmod", "publishdate", "expirydate", "subtitle",
                     "excerpt", "images", "featured_image", "thumbnail", "aliases", "permalink", "layout", "weight"],
    "key-types": {"title": "string", "author": "names", "authors": "names", "date": "date", "tags": "list",
                  "draft": "boolean", "slug": "slug"},
    "headline-syllables": [4, 30],
    "lead-syllables": [15, 150],
    "byline-max-words": 8,
    "paragraph-max-syllables": 350,
    "require-byline": True,
}


def _structure(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError("must be a table")
    merged = dict(STRUCTURE_DEFAULTS)
    for key, item in value.items():
        if key not in STRUCTURE_DEFAULTS:
            from editkit.nearest import nearest

            close = nearest(key, STRUCTURE_DEFAULTS)
            hint = f"did you mean {close!r}?" if close else f"known: {', '.join(STRUCTURE_DEFAULTS)}"
            raise ValueError(f"unknown key {key!r} ({hint})")
        default = STRUCTURE_DEFAULTS[key]
        if isinstance(default, list) and default and isinstance(default[0], int):
            if not (isinstance(item, list) and len(item) == 2 and all(isinstance(i, int) for i in item) and item[0] <= item[1]):
                raise ValueError(f"{key} must be [minimum, maximum]")
        elif isinstance(default, list):
            _string_list(item)
        elif isinstance(default, dict):
            if not isinstance(item, dict) or not all(t in KEY_TYPES for t in item.values()):
                raise ValueError(f"{key} maps keys to {', '.join(KEY_TYPES[:-1])} or {KEY_TYPES[-1]}")
        elif isinstance(default, bool):
            if not isinstance(item, bool):
                raise ValueError(f"{key} must be true or false")
        elif isinstance(item, bool) or not isinstance(item, int) or item < 1:
            raise ValueError(f"{key} must be a positive integer")
        merged[key] = item
    return merged


VALIDATORS: dict[str, Callable[[Any], Any]] = {
    "structure": _structure,
    "severity": _severities,
    "select": _selector_list,
    "ignore": _selector_list,
    "extend-select": _selector_list,
    "per-file-ignores": _per_file_ignores,
    "fail-on": _choice("error", "warning", "info"),
    "house-style": _preset_name,
    "tone-style": _choice("old", "new", "any"),
    "i-y": _choice("news", "y", "i", "any"),
    "date-style": _choice(*DATE_STYLES),
    "stale-lead-days": _positive_int,
    "spelling-sensitivity": _choice("normal", "high"),
    "accept": _string_list,
    "reject": _string_list,
    "extend-styles": _string_list,
    "style-rules": _style_rules,
    "style-ignore": _string_list,
    "abbreviations": _abbreviations,
    "sentence-max-syllables": _positive_int,
    "readability-max-level": _positive_int,
    "include": _string_list,
    "exclude": _string_list,
    "extend-exclude": _string_list,
    "baseline": _path_string,
}

DEFAULTS: dict[str, Any] = {
    "severity": {},
    "structure": STRUCTURE_DEFAULTS,
    "select": [],
    "ignore": [],
    "extend-select": [],
    "per-file-ignores": {},
    "fail-on": "warning",
    "house-style": "press",
    "stale-lead-days": 30,
    "spelling-sensitivity": "normal",
    "accept": [],
    "reject": [],
    "extend-styles": [],
    "style-rules": [],
    "style-ignore": [],
    "abbreviations": {},
    "readability-max-level": 13,
    "include": DEFAULT_INCLUDE,
    "exclude": DEFAULT_EXCLUDE,
    "extend-exclude": [],
    "baseline": None,
}
PRESET_KEYS = ("tone-style", "i-y", "date-style", "sentence-max-syllables")


@dataclass
class Settings:
    values: dict[str, Any]
    sources: dict[str, str]
    config_path: Path | None = None
    root: Path = field(default_factory=Path.cwd)

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def ignores_for(self, path: str) -> list[str]:
        """``ignore`` plus the ``per-file-ignores`` whose glob matches ``path``."""
        selectors = list(self.values["ignore"])
        if not self.values["per-file-ignores"]:
            return selectors
        try:
            relative = PurePosixPath(Path(path).resolve().relative_to(self.root.resolve()).as_posix())
        except ValueError:
            relative = PurePosixPath(Path(path).as_posix())
        for glob, ignored in self.values["per-file-ignores"].items():
            if relative.match(glob) or fnmatch.fnmatch(str(relative), glob):
                selectors.extend(ignored)
        return selectors

    def is_excluded(self, path: Path) -> bool:
        pattern = globs_regex(tuple(self.values["exclude"] + self.values["extend-exclude"]))
        return bool(pattern.match(path.name) or pattern.match(path.as_posix()))

    def excludes_given_file(self, path: Path) -> bool:
        """``--force-exclude``: a file named on the command line (as pre-commit names them) is
        skipped when it, or a folder it lies in below the project root, is excluded."""
        if self.is_excluded(path):
            return True
        try:
            relative = path.resolve().relative_to(self.root.resolve())
        except (OSError, ValueError):
            relative = path
        parts = relative.parts
        return any(self.is_excluded(Path(*parts[: index + 1])) for index in range(len(parts)))

    def is_included(self, path: Path) -> bool:
        return bool(globs_regex(tuple(self.values["include"])).match(path.name))


@lru_cache(maxsize=64)
def globs_regex(globs: tuple[str, ...]):
    """One compiled regex for a list of shell globs (fnmatch semantics)."""
    import re

    return re.compile("|".join(f"(?:{fnmatch.translate(g)})" for g in globs) or "(?!)")


def read_config_file(path: Path) -> dict[str, Any] | None:
    """The editkit table of a config file, or None for a pyproject.toml without one."""
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as error:
        raise ConfigError(f"{path}: cannot read config: {error.strerror or error}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("editkit")
        if table is None:
            return None
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.editkit] must be a table")
        return table
    return data


# keys users write for a setting by another name: `editkit init --preset` sets house-style
SYNONYMS = {"preset": "house-style", "style": "house-style", "tone": "tone-style", "date-format": "date-style",
            "sensitivity": "spelling-sensitivity", "exclude-files": "exclude"}


def key_hint(key: str, path: Path) -> str:
    """What the writer of an unknown key most likely meant: the settings of an editkit.toml sit
    at its top level (``[tool.editkit]`` is pyproject.toml's table), or a known key's spelling."""
    from editkit.nearest import nearest

    if key == "tool" and path.name != "pyproject.toml":
        return f"; {path.name} takes the settings at its top level ([tool.editkit] is for pyproject.toml)"
    if key in SYNONYMS:
        return f"; did you mean {SYNONYMS[key]!r}?"
    close = nearest(key, VALIDATORS)
    return f"; did you mean {close!r}?" if close else ""


def validate(table: dict[str, Any], path: Path) -> dict[str, Any]:
    where = "[tool.editkit]" if path.name == "pyproject.toml" else "top level"
    checked = {}
    for key, value in table.items():
        if key not in VALIDATORS:
            raise ConfigError(f"{path}: unknown key {key!r} in {where}{key_hint(key, path)}")
        try:
            checked[key] = VALIDATORS[key](value)
        except ValueError as error:
            raise ConfigError(f"{path}: {key}: {error}") from None
    return checked


def find_config(start: Path) -> tuple[Path, dict[str, Any]] | None:
    directory = start if start.is_dir() else start.parent
    for folder in (directory.resolve(), *directory.resolve().parents):
        found = _config_in(folder)
        if found:
            return found
    return None


def _config_in(folder: Path) -> tuple[Path, dict[str, Any]] | None:
    """The config of one folder; cached until one of its config files appears, changes or goes."""
    signature = []
    for name in CONFIG_NAMES:
        try:
            signature.append((name, (folder / name).stat().st_mtime_ns))
        except OSError:
            continue
    return _read_folder_config(folder, tuple(signature)) if signature else None


@lru_cache(maxsize=256)
def _read_folder_config(folder: Path, signature: tuple) -> tuple[Path, dict[str, Any]] | None:
    for name in CONFIG_NAMES:
        candidate = folder / name
        if candidate.is_file():
            table = read_config_file(candidate)
            if table is not None:
                return candidate, validate(table, candidate)
    return None


@lru_cache(maxsize=64)
def _explicit_config(path: Path) -> tuple[Path, dict[str, Any]]:
    if not path.is_file():
        raise ConfigError(f"{path}: config file not found")
    table = read_config_file(path)
    return path, validate(table or {}, path)


def resolve_settings(
    target: Path,
    config_file: Path | None = None,
    isolated: bool = False,
    overrides: dict[str, Any] | None = None,
) -> Settings:
    """Effective settings for ``target`` (a file or directory)."""
    values = dict(DEFAULTS)
    sources = {key: "default" for key in DEFAULTS}
    found: tuple[Path, dict[str, Any]] | None = None
    if config_file is not None:
        found = _explicit_config(config_file)
    elif not isolated:
        found = find_config(target)
    file_values = found[1] if found else {}
    overrides = overrides or {}

    preset_name = overrides.get("house-style") or file_values.get("house-style") or values["house-style"]
    preset = load_presets()[preset_name]
    for key in PRESET_KEYS:
        values[key] = preset[key]
        sources[key] = f"house-style preset {preset_name!r}"
    for key, value in file_values.items():
        values[key] = value
        sources[key] = str(found[0])
    for key, value in overrides.items():
        if key in ("ignore", "extend-select", "extend-exclude"):
            value = values[key] + value
        values[key] = value
        sources[key] = "command line"
    root = found[0].parent if found else Path.cwd()
    return Settings(values, sources, found[0] if found else None, root)


def settings_of_folder(target: Path, cache: dict, config_file: Path | None = None, isolated: bool = False,
                       overrides: dict[str, Any] | None = None) -> Settings:
    """``resolve_settings`` for ``target``, shared through ``cache`` by the files of its folder (a
    folder has one config): resolved once per folder in a run, its word lists checked."""
    folder = str(target if target.is_dir() else target.parent)
    cached = cache.get(folder)
    if cached is None:
        cached = resolve_settings(target, config_file, isolated, overrides)
        check_word_lists(cached)
        cache[folder] = cached
    return cached


def check_word_lists(settings: Settings) -> None:
    """The ``accept`` and ``reject`` files the config names can be read as UTF-8 text: a missing or
    garbled one is the config's error (its words would silently count for nothing). Read through the
    vocabulary's cache, which the spelling rules then find filled."""
    from editkit.vocabulary import list_entries

    for key in ("accept", "reject"):
        for name in settings[key]:
            path = settings.root / name
            try:
                list_entries(path)
            except FileNotFoundError:
                problem = "file not found (`editkit accept` creates the accept file)" if key == "accept" else "file not found"
            except UnicodeDecodeError:
                problem = "not UTF-8 text"
            except OSError as error:
                problem = error.strerror or "unreadable"
            else:
                continue
            raise ConfigError(f"{settings.sources.get(key, 'config')}: {key}: {path}: {problem}")
