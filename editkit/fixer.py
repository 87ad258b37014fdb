"""The one fixer: apply fixes by offset, skip overlaps, re-check until stable.

Edits are applied to the decoded text back to front, so front matter bytes,
BOM and line endings outside an edit are untouched. Files are written
atomically (temporary file in the same folder, then rename) with their
permissions kept.
"""

from __future__ import annotations

import errno
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from editkit.diagnostics import Diagnostic, Edit

MAX_PASSES = 10


def applicable(diagnostic: Diagnostic, unsafe: bool) -> bool:
    fix = diagnostic.fix
    return fix is not None and bool(fix.edits) and (fix.applicability == "safe" or unsafe)


def apply_fixes(text: str, diagnostics: list[Diagnostic], unsafe: bool) -> tuple[str, int]:
    """Apply every non-overlapping applicable fix once; return (text, fixes applied)."""
    chosen: list[tuple[Edit, ...]] = []
    last_end = -1
    for diagnostic in sorted(
        (d for d in diagnostics if applicable(d, unsafe)), key=lambda d: (d.fix.span[0], -d.fix.span[1], d.rule)
    ):  # at one start, the widest fix wins; narrower ones are re-checked on the next pass
        edits = tuple(sorted(diagnostic.fix.edits, key=lambda e: (e.start, e.end)))
        if edits[0].start < last_end or (edits[0].start == last_end and edits[0].start == edits[0].end):
            continue  # overlaps a fix already chosen: the next pass gets it
        if any(a.end > b.start for a, b in zip(edits, edits[1:])):
            continue  # a fix whose own edits overlap is malformed
        chosen.append(edits)
        last_end = edits[-1].end
    pieces = []
    position = len(text)
    for edit in sorted((e for edits in chosen for e in edits), key=lambda e: e.start, reverse=True):
        pieces.append(text[edit.end: position])
        pieces.append(edit.replacement)
        position = edit.start
    pieces.append(text[:position])
    return "".join(reversed(pieces)), len(chosen)


@dataclass
class FixOutcome:
    text: str
    fixed: int
    remaining: list[Diagnostic]


def fix_until_stable(
    text: str, lint: Callable[[str], list[Diagnostic]], unsafe: bool, diagnostics: list[Diagnostic] | None = None,
    to_fix: Callable[[list[Diagnostic]], list[Diagnostic]] | None = None,
) -> FixOutcome:
    """Fix, re-lint and fix again until nothing applicable is left (at most MAX_PASSES). ``to_fix``
    picks the findings whose fixes may be applied (a baseline's are left alone); the outcome's
    remaining findings are all of them."""
    diagnostics = lint(text) if diagnostics is None else diagnostics
    total = 0
    for _ in range(MAX_PASSES):
        new_text, count = apply_fixes(text, to_fix(diagnostics) if to_fix else diagnostics, unsafe)
        if count == 0 or new_text == text:
            break
        text, total = new_text, total + count
        diagnostics = lint(text)
    return FixOutcome(text, total, diagnostics)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` via a temporary file and rename, keeping its mode. A read-only
    file (no write permission for the user, or none for anyone, which even root's access ignores) is
    left as it is: the rename would replace it, though it may not be written."""
    mode = path.stat().st_mode
    if not mode & 0o222 or not os.access(path, os.W_OK):
        raise PermissionError(errno.EACCES, "the file is read-only", str(path))
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".editkit-tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode & 0o7777)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
