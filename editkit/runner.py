"""Lint one input end to end: settings, bytes, decoding, rules, fixes.

``lint_input`` is a pure function of its arguments (plus the file system), so
it can be mapped over a process pool.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editkit.config import ConfigError, Settings, settings_of_folder
from editkit.diagnostics import Diagnostic
from editkit.document import Document
from editkit.engine import LintContext, lint_document
from editkit.fixer import fix_until_stable, write_atomically
from editkit.inputs import Input
from editkit.loading import load_document
from editkit.reading import UnreadableInput


@dataclass(frozen=True)
class RunOptions:
    config_file: Path | None = None
    isolated: bool = False
    overrides: dict[str, Any] = field(default_factory=dict)
    reference_date: dt.date | None = None
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    debug: bool = False
    stdin_filename: str | None = None
    use_cache: bool = False
    collect_facts: bool = False  # title, author, desk, date, counts and readability, for reports
    baseline: Any = None  # a Baseline whose recorded findings --fix and --diff leave alone
    settings_cache: dict = field(default_factory=dict, compare=False, repr=False)

    def fingerprint(self) -> str:
        """What, besides settings and bytes, changes a file's findings."""
        return f"ref={self.reference_date}:facts={self.collect_facts}"

    def settings_for(self, target: Path) -> Settings:
        """Settings for a file, shared by the files of one folder during this run (a folder has one config)."""
        return settings_of_folder(target, self.settings_cache, self.config_file, self.isolated, self.overrides)


@dataclass
class FileResult:
    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: str | None = None
    fixed: int = 0
    diff: str = ""
    fixed_text: str | None = None  # for standard input under --fix
    fixes_not_written: str | None = None  # "html" or "docx": --fix found fixes it does not write into that format
    fail_on: str = "warning"
    text: str = ""
    facts: dict = field(default_factory=dict)
    source_file: Path | None = None  # a cached result reads its text only when a formatter asks
    _lines: tuple[str, list[str]] | None = field(default=None, repr=False, compare=False)

    @property
    def source(self) -> str:
        """The (possibly fixed) text of the input."""
        if not self.text and self.source_file is not None:
            try:
                self.text = self.source_file.read_bytes().decode("utf-8")  # exactly, line endings included
            except OSError:
                self.text = ""
            self.source_file = None
        return self.text

    @source.setter
    def source(self, value: str) -> None:
        self.text = value
        self.source_file = None

    def __getstate__(self) -> dict:
        """Workers send results in the cache's compact list form: a third of the time to pickle
        and unpickle, and the main process (which unpickles) competes with the workers for cores."""
        state = self.__dict__.copy()
        state["diagnostics"] = [d.to_compact() for d in self.diagnostics]
        state["_lines"] = None
        return state

    def __setstate__(self, state: dict) -> None:
        state["diagnostics"] = [Diagnostic.from_compact(d) for d in state["diagnostics"]]
        self.__dict__.update(state)

    def source_line(self, line: int) -> str:
        """The 1-based ``line`` of the (possibly fixed) source, without its ending."""
        if self._lines is None or self._lines[0] is not self.source:
            self._lines = (self.source, self.source.split("\n"))
        lines = self._lines[1]
        return lines[line - 1].rstrip("\r") if 0 < line <= len(lines) else ""


def uses_cache(item: Input, options: RunOptions) -> bool:
    return options.use_cache and item.path is not None and not (options.fix or options.diff)


def cache_probe(item: Input, options: RunOptions, settings: Settings, data: bytes, look_up: bool = True) -> tuple[str, dict | None]:
    """The input's cache key and, when ``look_up``, its cached entry (None on a miss)."""
    from editkit import cache

    entry_key = cache.key(data, item.display, settings, options.fingerprint())
    return entry_key, cache.load(settings, entry_key, item.path) if look_up else None


def cached_result(item: Input, options: RunOptions) -> FileResult | None:
    """The cached result of an unchanged input, or None (a miss, stdin, or --fix/--diff)."""
    if not uses_cache(item, options):
        return None
    try:
        settings = options.settings_for(item.path)
        data = item.path.read_bytes()
    except (ConfigError, OSError):
        return None
    _, hit = cache_probe(item, options, settings, data)
    if hit is None:
        return None
    return from_cache(FileResult(item.display, fail_on=settings["fail-on"]), hit)


def from_cache(result: FileResult, hit: dict) -> FileResult:
    result.diagnostics = [Diagnostic.from_compact(d) for d in hit["diagnostics"]]
    result.source_file = hit["source_file"]
    result.facts = hit.get("facts", {})
    return result


def lint_input(item: Input, options: RunOptions, stdin_data: bytes | None = None, known_miss: bool = False) -> FileResult:
    """Lint one input (from the cache when it holds the result). ``known_miss``: the caller's
    ``cached_result`` already found no entry, so it is not looked up again."""
    result = FileResult(item.display)
    logical_name = options.stdin_filename if item.path is None and options.stdin_filename else item.display
    try:
        settings = options.settings_for(item.path if item.path is not None else Path(logical_name))
    except ConfigError as error:
        result.error = f"bad config: {error}"
        return result
    result.fail_on = settings["fail-on"]
    try:
        data = stdin_data if item.path is None else item.path.read_bytes()
        cache_key = None
        if uses_cache(item, options):
            cache_key, hit = cache_probe(item, options, settings, data, look_up=not known_miss)
            if hit is not None:
                return from_cache(result, hit)
        document = load_document(logical_name if item.path is None else item.display, logical_name, data or b"")
    except IsADirectoryError:
        result.error = "is a directory"
        return result
    except OSError as error:
        result.error = error.strerror or str(error)
        return result
    except UnreadableInput as error:
        result.error = str(error)
        return result
    context = LintContext(settings, options.reference_date, options.debug)
    result.diagnostics = lint_document(document, context)
    result.source = document.text
    if options.collect_facts:
        from editkit.report.facts import facts_of

        result.facts = facts_of(document, options.reference_date)
    if cache_key is not None:
        from editkit import cache

        cache.store(settings, cache_key, result.diagnostics, result.source, result.facts,
                    input_is_source=document.extracted is None and data == result.source.encode("utf-8"))
    if (options.fix or options.diff) and document.extracted is None:
        apply_fixes(item, document, context, options, result)
    elif options.fix and fixable_findings(result.diagnostics):
        result.fixes_not_written = document.extracted.kind  # its findings carry no edits: say why
    return result


def fixable_findings(diagnostics) -> bool:
    from editkit.registry import find_rule

    return any(getattr(find_rule(d.rule), "fixable", False) for d in diagnostics)


def apply_fixes(item: Input, document: Document, context: LintContext, options: RunOptions, result: FileResult) -> None:
    outcome = fix_until_stable(
        document.text,
        lambda text: lint_document(document.with_text(text), context),
        options.unsafe_fixes,
        result.diagnostics,
        (lambda found: options.baseline.new_of(item.display, found)) if options.baseline is not None else None,
    )
    reencode = document.decoded.legacy is not None and any(
        d.rule == "EN108" and d.fix is not None and not d.fix.edits for d in result.diagnostics
    )
    if outcome.fixed == 0 and not reencode:
        return
    fixed_document = document.with_text(outcome.text)
    if fixed_document.front_matter and fixed_document.front_matter.error and not (
        document.front_matter and document.front_matter.error
    ):
        result.error = "refusing to write fixes: the front matter would no longer parse"
        return
    if options.diff:
        result.diff = "".join(
            difflib.unified_diff(
                document.text.splitlines(keepends=True),
                outcome.text.splitlines(keepends=True),
                fromfile=f"a/{item.display}",
                tofile=f"b/{item.display}",
            )
        )
        return
    result.fixed = outcome.fixed + reencode
    result.diagnostics = [d for d in outcome.remaining if not (reencode and d.rule == "EN108")]
    result.source = outcome.text
    if item.path is None:
        result.fixed_text = outcome.text
    else:
        try:
            data = outcome.text.encode("utf-8") if reencode else document.decoded.encode(outcome.text)
            write_atomically(item.path, data)
        except OSError as error:
            result.error = f"cannot write fixes: {error.strerror or error}"
            result.fixed = 0
            result.diagnostics = []  # an input in error has none (the contract), nor do the totals count any
