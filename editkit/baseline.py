"""A baseline: the findings an archive already has, recorded so that a run reports only new ones.

``editkit lint --baseline editkit-baseline.json --update-baseline`` writes every finding of the run
to the file; ``editkit lint --baseline editkit-baseline.json`` then leaves out the findings the
file records and reports the rest, so CI can hold new articles and edits to the house style while
the archive is mended at its own pace. A finding is known by its file, its rule and the text it
points at, counted: it stays known when lines above it move, and a third `sáng lạng` in a file
whose baseline records two is new. Paths are stored relative to the baseline file's folder.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

VERSION = 1


class BaselineError(Exception):
    """The baseline file cannot be read or is not one."""


def key_path(path: str, folder: Path) -> str:
    """The input's path as the baseline stores it: relative to the baseline's folder, with slashes."""
    try:
        relative = os.path.relpath(os.path.abspath(path), folder)
    except ValueError:  # another drive on Windows
        relative = os.path.abspath(path)
    return relative.replace(os.sep, "/")


def finding_key(diagnostic) -> tuple[str, str]:
    return diagnostic.rule, diagnostic.text


class Baseline:
    """The recorded findings: for each file, how many of each (rule, text)."""

    def __init__(self, file: Path, counts: dict[str, Counter] | None = None) -> None:
        self.file = file
        self.folder = file.resolve().parent
        self.counts: dict[str, Counter] = counts or {}

    @classmethod
    def read(cls, file: Path) -> "Baseline":
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise BaselineError(f"{file}: no such baseline file (write one with --update-baseline)") from None
        except (OSError, UnicodeDecodeError) as problem:
            raise BaselineError(f"{file}: cannot read the baseline: {getattr(problem, 'strerror', None) or problem}") from None
        except ValueError as problem:
            raise BaselineError(f"{file}: the baseline is no JSON: {problem}") from None
        if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("files"), dict):
            raise BaselineError(f"{file}: not an editkit baseline (version {VERSION} with its files)")
        counts = {}
        for path, findings in data["files"].items():
            if not isinstance(findings, list):
                raise BaselineError(f"{file}: the findings of '{path}' are not a list")
            counted = Counter()
            for finding in findings:
                if not (isinstance(finding, dict) and isinstance(finding.get("rule"), str)
                        and isinstance(finding.get("text"), str) and isinstance(finding.get("count", 1), int)):
                    raise BaselineError(f"{file}: a finding of '{path}' lacks its rule, text or count")
                counted[finding["rule"], finding["text"]] += finding.get("count", 1)
            counts[path] = counted
        return cls(file, counts)

    def new_findings(self, result) -> list:
        """The result's findings the baseline does not record (in order; of several alike, the last ones)."""
        return self.new_of(result.path, result.diagnostics)

    def new_of(self, path: str, diagnostics) -> list:
        """Of ``path``'s findings, the ones the baseline does not record: the ones ``--fix`` may mend
        (a pre-commit run fixes the writer's new slips, not the archive's recorded ones)."""
        known = Counter(self.counts.get(key_path(path, self.folder), ()))
        kept = []
        for diagnostic in diagnostics:
            key = finding_key(diagnostic)
            if known[key] > 0:
                known[key] -= 1
            else:
                kept.append(diagnostic)
        return kept

    def record(self, result) -> None:
        """Add the result's findings (an unreadable input has none)."""
        if result.diagnostics:
            self.counts[key_path(result.path, self.folder)] = Counter(finding_key(d) for d in result.diagnostics)

    def write(self) -> int:
        """Write the file (sorted, one finding a line); returns how many findings it records."""
        files = {path: [{"rule": rule, "text": text, "count": count} for (rule, text), count in sorted(counted.items())]
                 for path, counted in sorted(self.counts.items()) if counted}
        lines = ['{', f'  "version": {VERSION},', '  "files": {']
        for index, (path, findings) in enumerate(files.items()):
            lines.append(f"    {json.dumps(path, ensure_ascii=False)}: [")
            lines += [f"      {json.dumps(f, ensure_ascii=False)}{',' if i < len(findings) - 1 else ''}" for i, f in enumerate(findings)]
            lines.append("    ]" + ("," if index < len(files) - 1 else ""))
        lines += ["  }", "}", ""]
        temporary = self.file.with_name(self.file.name + ".tmp")
        temporary.write_text("\n".join(lines), encoding="utf-8")
        os.replace(temporary, self.file)
        return sum(sum(counted.values()) for counted in self.counts.values())
