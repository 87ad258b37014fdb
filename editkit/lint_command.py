"""``editkit lint``: gather inputs, lint each, print one report, choose the exit code."""

from __future__ import annotations

import datetime as dt
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from editkit.diagnostics import SEVERITY_RANK

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


@dataclass
class LintRequest:
    paths: list[str]
    output_format: str = "text"
    select: list[str] | None = None
    ignore: list[str] | None = None
    extend_select: list[str] | None = None
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    config: Path | None = None
    isolated: bool = False
    reference_date: dt.date | None = None
    statistics: bool = False
    exit_zero: bool = False
    fail_on: str | None = None
    output_file: Path | None = None
    quiet: bool = False
    stdin_filename: str | None = None
    debug: bool = False
    jobs: int = 0  # 0: all cores
    use_cache: bool = True


def error(message: str) -> int:
    print(f"editkit: error: {message}", file=sys.stderr)
    return EXIT_ERROR


def overrides_from(request: LintRequest) -> dict:
    from editkit.selection import split_selectors, validate_selectors

    overrides = {}
    for key, values in (("select", request.select), ("ignore", request.ignore), ("extend-select", request.extend_select)):
        if values:
            overrides[key] = validate_selectors(split_selectors(values))
    if request.fail_on:
        overrides["fail-on"] = request.fail_on
    return overrides


def run_lint(request: LintRequest) -> int:
    from editkit.formatters import Report
    from editkit.inputs import STDIN, expand_paths
    from editkit.runner import RunOptions
    from editkit.selection import SelectorError

    try:
        overrides = overrides_from(request)
    except SelectorError as problem:
        return error(str(problem))
    if request.paths.count(STDIN) > 1:
        return error("standard input '-' given more than once")
    options = RunOptions(
        config_file=request.config, isolated=request.isolated, overrides=overrides,
        reference_date=request.reference_date, fix=request.fix, unsafe_fixes=request.unsafe_fixes,
        diff=request.diff, debug=request.debug, stdin_filename=request.stdin_filename,
        use_cache=request.use_cache,
    )
    inputs = expand_paths(request.paths, options.settings_for)
    stdin_data = sys.stdin.buffer.read() if any(i.path is None for i in inputs) else None
    results = lint_all(inputs, options, stdin_data, request.jobs)

    report = Report(results, quiet=request.quiet, statistics=request.statistics, show_fixes=not request.fix)
    fixing_stdin = request.fix and not request.diff and any(r.fixed_text is not None or (r.path == STDIN and not r.error) for r in results)
    if request.diff:
        for result in results:
            if result.diff:
                sys.stdout.write(result.diff)
        would_fix = sum(1 for r in results if r.diff)
        if not request.quiet:
            print(f"{would_fix} file{'s' if would_fix != 1 else ''} would be changed by --fix", file=sys.stderr)
    else:
        for result in results:
            if result.fixed and result.path != STDIN:
                print(f"Fixed {result.fixed} issue{'s' if result.fixed != 1 else ''} in {result.path}", file=sys.stderr)
        if fixing_stdin:
            stdin_result = next(r for r in results if r.path == STDIN)
            sys.stdout.write(stdin_result.fixed_text if stdin_result.fixed_text is not None else stdin_result.source)
        write_report(report, request, to_stderr=fixing_stdin)

    for result in results:
        if result.error:
            print(f"editkit: error: {result.path}: {result.error}", file=sys.stderr)
    return exit_code(results, request)


MIN_FILES_PER_WORKER = 4


def lint_all(inputs, options, stdin_data, jobs: int, progress=None) -> list:
    """Lint every input, in parallel across processes when there are enough files.

    Results come back in input order, so the output is identical to a serial run.
    ``progress`` is called once per finished input.
    """
    from editkit.runner import cached_result, lint_input, tune_gc

    results: list = [None] * len(inputs)
    for index, item in enumerate(inputs):  # cache hits need no worker process
        results[index] = cached_result(item, options)
        if results[index] is not None and progress:
            progress()
    missing = [index for index, result in enumerate(results) if result is None]
    workers = jobs or os.cpu_count() or 1
    workers = min(workers, max(1, len(missing) // MIN_FILES_PER_WORKER))
    if workers <= 1 or stdin_data is not None:
        for index in missing:
            results[index] = lint_input(inputs[index], options, stdin_data)
            if progress:
                progress()
        return results
    import functools
    from concurrent.futures import ProcessPoolExecutor

    task = functools.partial(lint_input, options=options, stdin_data=None)
    chunk = max(1, len(missing) // (workers * 8))
    with ProcessPoolExecutor(max_workers=workers, initializer=tune_gc) as pool:
        for index, result in zip(missing, pool.map(task, [inputs[i] for i in missing], chunksize=chunk)):
            results[index] = result
            if progress:
                progress()
    return results


def write_report(report, request: LintRequest, to_stderr: bool) -> None:
    from editkit.formatters import get_formatter

    stream = sys.stderr if to_stderr else sys.stdout
    if request.output_file is None:
        report.color = request.output_format == "text" and stream.isatty() and "NO_COLOR" not in os.environ
        if report.color:
            import shutil

            report.width = shutil.get_terminal_size().columns
    rendered = get_formatter(request.output_format)(report)
    if request.output_file is not None:
        try:
            request.output_file.write_text(rendered, encoding="utf-8")
        except OSError as problem:
            print(f"editkit: error: {request.output_file}: cannot write report: {problem.strerror}", file=sys.stderr)
    else:
        stream.write(rendered)
        stream.flush()


def exit_code(results, request: LintRequest) -> int:
    if any(r.error for r in results):
        return EXIT_ERROR
    if request.diff:
        return EXIT_FINDINGS if any(r.diff for r in results) and not request.exit_zero else EXIT_OK
    if request.exit_zero:
        return EXIT_OK
    for result in results:
        threshold = SEVERITY_RANK[result.fail_on]
        if any(SEVERITY_RANK[d.severity] >= threshold for d in result.diagnostics):
            return EXIT_FINDINGS
    return EXIT_OK
