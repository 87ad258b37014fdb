"""A content-addressed cache of lint results, like ruff's.

The key hashes the file's bytes, its name, the effective settings, the
contents of the project's accept/reject files, the run's options that change
results, editkit's version and the bundled dictionaries. Entries are JSON
files written atomically, so concurrent runs can share the cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

from editkit import __version__
from editkit.resources import dictionaries_dir

CACHE_DIR_NAME = ".editkit_cache"


@lru_cache(maxsize=1)
def dictionaries_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in sorted(dictionaries_dir().rglob("*")):
        if path.is_file():
            stat = path.stat()
            digest.update(f"{path.relative_to(dictionaries_dir())}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """editkit's own modules: a changed rule must not be answered from an old cache."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        stat = path.stat()
        digest.update(f"{path.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


_SETTINGS_DIGESTS: dict[int, tuple[object, str]] = {}  # id(settings) -> (settings, digest)


def settings_digest(settings) -> str:
    """What of the settings and the project's word lists changes results (once per settings object)."""
    cached = _SETTINGS_DIGESTS.get(id(settings))
    if cached is not None and cached[0] is settings:
        return cached[1]
    digest = hashlib.sha256()
    digest.update(json.dumps(settings.values, sort_keys=True, default=str).encode())
    for list_key in ("accept", "reject", "extend-styles"):
        for entry in settings[list_key]:
            try:
                digest.update((settings.root / entry).read_bytes())
            except OSError:
                digest.update(b"missing")
    value = digest.hexdigest()
    _SETTINGS_DIGESTS[id(settings)] = (settings, value)
    return value


def key(data: bytes, name: str, settings, options_fingerprint: str) -> str:
    digest = hashlib.sha256()
    digest.update(data)
    digest.update(b"\0" + name.encode())
    digest.update(settings_digest(settings).encode())
    digest.update(f"{__version__}:{code_fingerprint()}:{dictionaries_fingerprint()}:{options_fingerprint}".encode())
    return digest.hexdigest()


_DIRS: dict[str, Path] = {}


def cache_dir(settings) -> Path:
    root = str(settings.root)
    found = _DIRS.get(root)
    if found is None:
        found = _DIRS[root] = settings.root / CACHE_DIR_NAME / __version__
    return found


def entry_path(settings, entry_key: str, suffix: str) -> Path:
    return Path(os.path.join(cache_dir(settings), entry_key[:2], entry_key + suffix))


def load(settings, entry_key: str, input_path: Path) -> dict | None:
    """{"diagnostics": [compact…], "facts": {…}, "source_file": Path} or None. The source is
    the input file itself when its bytes were the text (the key proves they still are)."""
    path = entry_path(settings, entry_key, ".json")
    try:
        payload = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    payload["source_file"] = input_path if payload.get("source") == "input" else entry_path(settings, entry_key, ".txt")
    return payload


def write_atomic(path: Path, text: str) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
        stream.write(text)
    os.replace(temporary, path)


_MADE: set[str] = set()  # cache folders this process has made


def store(settings, entry_key: str, diagnostics: list, source: str, facts: dict, input_is_source: bool) -> None:
    """A source text that differs from the input's bytes (a legacy encoding, HTML, DOCX, a BOM)
    goes to its own file, read only by formatters that show source lines; otherwise the input
    file serves, and the cache does not hold a second copy of the archive."""
    folder = cache_dir(settings) / entry_key[:2]
    try:
        if str(folder) not in _MADE:  # creating is a system call per entry otherwise
            folder.mkdir(parents=True, exist_ok=True)
            if not (settings.root / CACHE_DIR_NAME / ".gitignore").exists():
                (settings.root / CACHE_DIR_NAME / ".gitignore").write_text("*\n", encoding="utf-8")
            _MADE.add(str(folder))
        if not input_is_source:
            write_atomic(entry_path(settings, entry_key, ".txt"), source)  # first, so a .json always has its .txt
        payload = {"diagnostics": [d.to_compact() for d in diagnostics], "facts": facts}
        if input_is_source:
            payload["source"] = "input"
        write_atomic(entry_path(settings, entry_key, ".json"), json.dumps(payload, ensure_ascii=False))
    except OSError:
        pass  # a read-only project still lints; it just does not cache


def clean(root: Path) -> bool:
    target = root / CACHE_DIR_NAME
    if target.exists():
        shutil.rmtree(target, ignore_errors=True)
        return True
    return False
