"""``editkit lint``: gather inputs, lint each, print one report, choose the exit code."""

from __future__ import annotations

import dataclasses
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
    extend_exclude: list[str] | None = None
    force_exclude: bool = False
    baseline: Path | None = None  # report only the findings this baseline file does not record
    update_baseline: bool = False  # write every finding of the run to the baseline file instead
    no_baseline: bool = False  # read no baseline, not even the one the config names


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
    if request.extend_exclude:
        overrides["extend-exclude"] = [glob.strip() for given in request.extend_exclude for glob in given.split(",") if glob.strip()]
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
    baseline = None
    if request.no_baseline:
        if request.baseline is not None or request.update_baseline:
            return error("--no-baseline cannot go with --baseline or --update-baseline")
    elif request.baseline is None:
        request.baseline = configured_baseline(options)
    if request.baseline is not None:
        from editkit.baseline import Baseline, BaselineError

        try:
            baseline = Baseline(request.baseline) if request.update_baseline else Baseline.read(request.baseline)
        except BaselineError as problem:
            return error(str(problem))
    elif request.update_baseline:
        return error("--update-baseline needs --baseline FILE")
    if baseline is not None and not request.update_baseline:
        options = dataclasses.replace(options, baseline=baseline)
    inputs = expand_paths(request.paths, options.settings_for, request.force_exclude)
    stdin_data = sys.stdin.buffer.read() if any(i.path is None for i in inputs) else None
    from editkit.parallel import lint_all, tune_gc

    tune_gc()
    if request.update_baseline:
        return write_baseline(baseline, lint_all(inputs, options, stdin_data, request.jobs), request)
    if streaming(request, stdin_data):
        return stream_lint(inputs, options, request, stdin_data, baseline)

    results = lint_all(inputs, options, stdin_data, request.jobs)
    if baseline is not None:
        for result in results:
            result.diagnostics = baseline.new_findings(result)

    report = Report(results, quiet=request.quiet, statistics=request.statistics, show_fixes=not request.fix,
                    unsafe_fixes=request.unsafe_fixes)
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
            if result.path != STDIN:
                tell_fixed(result)
        if fixing_stdin:
            stdin_result = next(r for r in results if r.path == STDIN)
            sys.stdout.write(stdin_result.fixed_text if stdin_result.fixed_text is not None else stdin_result.source)
        write_report(report, request, to_stderr=fixing_stdin)

    for result in results:
        if result.error:
            error(f"{result.path}: {result.error}")
    return exit_code(results, request)


def configured_baseline(options) -> Path | None:
    """The baseline the config found for the working folder names (``baseline = "…"``), or None (a config
    that cannot be read is reported with the inputs it governs)."""
    from editkit.config import ConfigError

    try:
        settings = options.settings_for(Path.cwd())
    except ConfigError:
        return None
    return settings.root / settings["baseline"] if settings["baseline"] else None


def write_baseline(baseline, results, request: LintRequest) -> int:
    """Record every finding of the run in the baseline file; exit 0 unless an input could not be read."""
    for result in results:
        baseline.record(result)
        tell_fixed(result)
    try:
        recorded = baseline.write()
    except OSError as problem:
        return error(f"{baseline.file}: cannot write the baseline: {problem.strerror}")
    files = sum(1 for counted in baseline.counts.values() if counted)
    if not request.quiet:
        print(f"Wrote {recorded} finding{'s' if recorded != 1 else ''} in {files} file{'s' if files != 1 else ''} "
              f"to the baseline {baseline.file}", file=sys.stderr)
    unreadable = [r for r in results if r.error]
    for result in unreadable:
        error(f"{result.path}: {result.error}")
    return EXIT_ERROR if unreadable else EXIT_OK


def streaming(request: LintRequest, stdin_data: bytes | None) -> bool:
    """Whether the report can be written file by file as results come in: a line-oriented
    format, and nothing that needs the whole run first (a diff, fixed standard input)."""
    from editkit.formatters import STREAMS

    return request.output_format in STREAMS and not request.diff and not (request.fix and stdin_data is not None)


def stream_lint(inputs, options, request: LintRequest, stdin_data: bytes | None, baseline=None) -> int:
    """Lint and write each file's part of the report at once; keep only totals and what the
    exit code needs, so memory stays flat on archives of any size."""
    from editkit.formatters import Report, Totals, get_stream
    from editkit.parallel import iter_results

    report = Report([], quiet=request.quiet, statistics=request.statistics, show_fixes=not request.fix,
                    unsafe_fixes=request.unsafe_fixes,
                    counted=Totals())
    out = open_report(report, request)
    if out is None:
        return EXIT_ERROR
    stream = get_stream(request.output_format)(report)
    failed = False
    unreadable = []
    with progress_bar(len(inputs), out) as advance:
        out.write(stream.start())
        for result in iter_results(inputs, options, stdin_data, request.jobs):
            if baseline is not None:
                result.diagnostics = baseline.new_findings(result)
            report.counted.add(result)
            out.write(stream.file(result))
            tell_fixed(result)
            failed = failed or fails(result)
            if result.error:
                unreadable.append(f"{result.path}: {result.error}")
            advance()
        out.write(stream.end())
    if out is not sys.stdout:
        out.close()
    else:
        out.flush()
    for message in unreadable:
        error(message)
    return exit_for(bool(unreadable), failed, request)


def tell_fixed(result) -> None:
    if result.fixed:
        print(f"Fixed {result.fixed} issue{'s' if result.fixed != 1 else ''} in {result.path}", file=sys.stderr)
    if result.fixes_not_written:
        print(f"editkit: {result.path}: fixes are not written into {result.fixes_not_written.upper()} "
              f"(its text is extracted); apply the suggestions in the source", file=sys.stderr)


def open_report(report, request: LintRequest):
    """Where the report goes (stdout, or --output-file opened for writing), with colour decided."""
    if request.output_file is not None:
        try:
            return open(request.output_file, "w", encoding="utf-8")
        except OSError as problem:
            unwritable(request, problem)
            return None
    set_colour(report, request, sys.stdout)
    return sys.stdout


def set_colour(report, request: LintRequest, stream) -> None:
    """Colour for the text format on a terminal (not with NO_COLOR), as wide as the terminal."""
    report.color = request.output_format == "text" and stream.isatty() and "NO_COLOR" not in os.environ
    if report.color:
        import shutil

        report.width = shutil.get_terminal_size().columns


def unwritable(request: LintRequest, problem: OSError) -> None:
    error(f"{request.output_file}: cannot write report: {problem.strerror}")


PROGRESS_MIN_FILES = 50


def progress_bar(total: int, out):
    """A progress bar for long runs whose report does not go to the terminal (when it does,
    the findings streaming past are the progress)."""
    from editkit.progress import progress_bar as bar

    shown = total >= PROGRESS_MIN_FILES and sys.stderr.isatty() and not (out is sys.stdout and sys.stdout.isatty())
    return bar(total, "Linting", shown)


def write_report(report, request: LintRequest, to_stderr: bool) -> None:
    from editkit.formatters import get_formatter

    stream = sys.stderr if to_stderr else sys.stdout
    if request.output_file is None:
        set_colour(report, request, stream)
    rendered = get_formatter(request.output_format)(report)
    if request.output_file is not None:
        try:
            request.output_file.write_text(rendered, encoding="utf-8")
        except OSError as problem:
            unwritable(request, problem)
    else:
        stream.write(rendered)
        stream.flush()


def exit_code(results, request: LintRequest) -> int:
    if request.diff and not any(r.error for r in results):
        return EXIT_FINDINGS if any(r.diff for r in results) and not request.exit_zero else EXIT_OK
    return exit_for(any(r.error for r in results), any(fails(r) for r in results), request)


def exit_for(unreadable: bool, failed: bool, request: LintRequest) -> int:
    """2 when an input could not be read; else 1 for findings at the fail-on level, unless --exit-zero."""
    if unreadable:
        return EXIT_ERROR
    return EXIT_FINDINGS if failed and not request.exit_zero else EXIT_OK


def fails(result) -> bool:
    """The result has a finding at or above its file's fail-on severity."""
    threshold = SEVERITY_RANK[result.fail_on]
    return any(SEVERITY_RANK[d.severity] >= threshold for d in result.diagnostics)
