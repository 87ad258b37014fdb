"""The ``editkit`` command line (Typer). Heavy modules are imported inside commands."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from editkit import __version__

app = typer.Typer(
    name="editkit",
    help="Editorial linter for Vietnamese news: structure, diacritics, spelling, dates and house style.",
    rich_markup_mode="rich",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FORMATS = ("text", "concise", "json", "sarif", "github", "gitlab", "junit")


def fail(message: str) -> typer.Exit:
    print(f"editkit: error: {message}", file=sys.stderr)
    return typer.Exit(EXIT_ERROR)


def version_callback(value: bool) -> None:
    if value:
        print(f"editkit {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[Optional[bool], typer.Option("--version", callback=version_callback, is_eager=True,
                                                    help="Show the version and exit.")] = None,
) -> None:
    """Editorial linter for Vietnamese news."""


def parse_reference(value: str | None) -> dt.date | None:
    if value is None:
        return None
    from editkit.vietnamese.dates.resolve import FIRST_YEAR, LAST_YEAR, within_the_calendar

    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        raise fail(f"--ref must be a date YYYY-MM-DD, not {value!r}") from None
    if not within_the_calendar(date):
        raise fail(f"--ref must lie between {FIRST_YEAR} and {LAST_YEAR}, not {value!r}")
    return date


def choice(value: str | None, allowed: tuple[str, ...], option: str) -> str | None:
    if value is not None and value not in allowed:
        raise fail(f"{option} must be one of {', '.join(allowed)}, not {value!r}")
    return value


FORMAT_ALIASES = {"md": "markdown", "htm": "html"}
LINT_FORMAT_BY_SUFFIX = {".json": "json", ".sarif": "sarif"}
REPORT_FORMAT_BY_SUFFIX = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".json": "json"}


def output_format_for(value: str | None, output: Path | None, allowed: tuple[str, ...], by_suffix: dict[str, str]) -> str:
    """``--format`` as given (``md`` for markdown, ``htm`` for html), else what the output file's
    extension says (``-o report.html``), else text."""
    if value is not None:
        return choice(FORMAT_ALIASES.get(value, value) if FORMAT_ALIASES.get(value) in allowed else value, allowed, "--format")
    if output is not None:
        return by_suffix.get(output.suffix.lower(), "text")
    return "text"


SelectorOption = Annotated[
    Optional[list[str]],
    typer.Option(help="Rule codes, code prefixes, rule names or categories; comma-separated, repeatable."),
]


@app.command()
def lint(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Files, directories, or - for standard input.")] = None,
    output_format: Annotated[Optional[str], typer.Option(
        "--format", help=f"Output format: {', '.join(FORMATS)} (default: json or sarif for an -o file so named, else text).")] = None,
    select: SelectorOption = None,
    ignore: SelectorOption = None,
    extend_select: SelectorOption = None,
    fix: Annotated[bool, typer.Option("--fix", help="Apply safe fixes and write the files.")] = False,
    unsafe_fixes: Annotated[bool, typer.Option("--unsafe-fixes", help="With --fix or --diff, apply unsafe fixes too.")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Print what --fix would change as a unified diff; write nothing.")] = False,
    config: Annotated[Optional[Path], typer.Option("--config", help="Use this config file for every input.")] = None,
    isolated: Annotated[bool, typer.Option("--isolated", help="Ignore all config files.")] = False,
    ref: Annotated[Optional[str], typer.Option("--ref", help="Publication date YYYY-MM-DD when the article states none.")] = None,
    statistics: Annotated[bool, typer.Option("--statistics", help="Show counts per rule.")] = False,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when findings remain.")] = False,
    fail_on: Annotated[Optional[str], typer.Option("--fail-on", help="Lowest severity that fails the run: error, warning (default), info.")] = None,
    output_file: Annotated[Optional[Path], typer.Option("--output-file", "-o", help="Write the report to this file.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print diagnostics only, no summary.")] = False,
    stdin_filename: Annotated[Optional[str], typer.Option("--stdin-filename", help="Name used for standard input (config and file type).")] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes for many files (0: all cores).", min=0)] = 0,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the result cache.")] = False,
    extend_exclude: Annotated[Optional[list[str]], typer.Option(
        "--extend-exclude", help="Globs of files or folders to skip as well; comma-separated, repeatable.")] = None,
    force_exclude: Annotated[bool, typer.Option(
        "--force-exclude", help="Skip excluded files even when named on the command line (as pre-commit names them).")] = False,
    baseline: Annotated[Optional[Path], typer.Option(
        "--baseline", help="Report only the findings this baseline file does not record.")] = None,
    update_baseline: Annotated[bool, typer.Option(
        "--update-baseline", help="Write every finding of the run to the --baseline file, and exit 0.")] = False,
    no_baseline: Annotated[bool, typer.Option(
        "--no-baseline", help="Report (and fix) every finding: read no baseline, not even the config's.")] = False,
) -> None:
    """Check articles and report findings. Exit 0: clean; 1: findings; 2: usage error or unreadable input."""
    from editkit.lint_command import LintRequest, run_lint

    request = LintRequest(
        paths=paths or ["."],
        output_format=output_format_for(output_format, output_file, FORMATS, LINT_FORMAT_BY_SUFFIX),
        select=select, ignore=ignore, extend_select=extend_select,
        fix=fix, unsafe_fixes=unsafe_fixes, diff=diff,
        config=config, isolated=isolated, reference_date=parse_reference(ref),
        statistics=statistics, exit_zero=exit_zero,
        fail_on=choice(fail_on, ("error", "warning", "info"), "--fail-on"),
        output_file=output_file, quiet=quiet, stdin_filename=stdin_filename, debug=debug,
        jobs=jobs, use_cache=not no_cache, extend_exclude=extend_exclude, force_exclude=force_exclude,
        baseline=baseline, update_baseline=update_baseline, no_baseline=no_baseline,
    )
    try:
        code = run_lint(request)
    except BrokenPipeError:
        raise  # the reader went away (editkit lint … | head): handled in main
    except Exception as error:  # never a traceback for users
        if debug:
            raise
        raise fail(f"internal error: {error!r} (run with --debug for details)") from None
    raise typer.Exit(code)


@app.command()
def dates(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Files or folders (walked as lint walks them), - for standard input (the default).")] = None,
    ref: Annotated[Optional[str], typer.Option("--ref", help="Reference date YYYY-MM-DD (else front matter date, else dateline).")] = None,
    output_format: Annotated[str, typer.Option("--format", help="text, json (one input: the dates-output contract) or jsonl (one such object per input, with its path).")] = "text",
    config: Annotated[Optional[Path], typer.Option("--config", help="Use this config file (for date-style).")] = None,
    isolated: Annotated[bool, typer.Option("--isolated", help="Ignore all config files.")] = False,
    stdin_filename: Annotated[Optional[str], typer.Option("--stdin-filename", help="Name used for standard input.")] = None,
) -> None:
    """List every date, time, range and period with its resolved ISO value."""
    from editkit.dates_command import run_dates

    choice(output_format, ("text", "json", "jsonl"), "--format")
    raise typer.Exit(run_dates(paths or ["-"], parse_reference(ref), output_format, config, isolated, stdin_filename))


@app.command()
def report(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Files or directories of articles.")] = None,
    output_format: Annotated[Optional[str], typer.Option(
        "--format", help="text, markdown (md), html or json (default: what the -o file's extension says, else text).")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report to this file.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (0: all cores).", min=0)] = 0,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the result cache.")] = False,
    config: Annotated[Optional[Path], typer.Option("--config", help="Use this config file.")] = None,
    isolated: Annotated[bool, typer.Option("--isolated", help="Ignore all config files.")] = False,
    ref: Annotated[Optional[str], typer.Option("--ref", help="Publication date YYYY-MM-DD for articles that state none.")] = None,
    engine: Annotated[str, typer.Option("--engine", help="local (processes on this machine) or dask.")] = "local",
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Address of a Dask scheduler (default: a local cluster).")] = None,
) -> None:
    """Write the house-style report: per article and per corpus (authors, desks, months, worst articles)."""
    from editkit.report_command import run_report

    output_format = output_format_for(output_format, output, ("text", "markdown", "html", "json"), REPORT_FORMAT_BY_SUFFIX)
    choice(engine, ("local", "dask"), "--engine")
    raise typer.Exit(run_report(paths or ["."], output_format, output, jobs, not no_cache, config, isolated,
                                parse_reference(ref), engine, scheduler))


@app.command()
def structure(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Files or folders (walked as lint walks them), - for standard input (the default).")] = None,
    output_format: Annotated[str, typer.Option("--format", help="text, json (one input) or jsonl (one object per input).")] = "text",
    stdin_filename: Annotated[Optional[str], typer.Option("--stdin-filename", help="Name used for standard input.")] = None,
) -> None:
    """Show the parts of an article editkit recognised: dateline, headline, lead, byline, furniture."""
    from editkit.structure_command import run_structure

    choice(output_format, ("text", "json", "jsonl"), "--format")
    raise typer.Exit(run_structure(paths or ["-"], output_format, stdin_filename))


@app.command()
def rules(
    output_format: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """List every rule: code, name, category, default severity, fixable."""
    from editkit.registry import all_rules

    if output_format == "json":
        import json

        print(json.dumps([
            {"code": r.code, "name": r.name, "category": r.category, "severity": r.severity,
             "fixable": r.fixable, "default": r.default, "summary": r.summary} for r in all_rules()
        ], ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_edge=False)
    for column in ("code", "name", "category", "severity", "fixable", "summary"):
        table.add_column(column, no_wrap=column != "summary")
    for r in all_rules():
        summary = r.summary if r.default else f"{r.summary} (opt-in)"
        table.add_row(r.code, r.name, r.category, r.severity, "yes" if r.fixable else "", summary)
    Console(width=max(100, Console().width)).print(table)


@app.command()
def explain(code: Annotated[str, typer.Argument(help="A rule code (EN101) or name (non-nfc-text).")]) -> None:
    """Show a rule's documentation."""
    from rich.console import Console
    from rich.markdown import Markdown

    from editkit.registry import find_rule

    from editkit.house_style_docs import bundled_rules_of, style_rule_doc

    project = project_style_rules()
    found = find_rule(code)
    if found is None:
        style_doc = style_rule_doc(code, project)
        if style_doc is not None:  # a bundled house-style rule's id: straight-quotes
            Console().print(Markdown(style_doc))
            return
        from editkit.registry import all_rules
        from editkit.selection import did_you_mean

        group = [r for r in all_rules() if r.category == code.lower() or (code.isalnum() and r.code.startswith(code.upper()))]
        if group:  # a category (spelling) or a code prefix (SP): its rules, each with its summary
            rows = "\n".join(f"- `{r.code}` `{r.name}`: {r.doc.splitlines()[0]}" for r in group)
            Console().print(Markdown(f"# {code}\n\n{rows}\n\n`editkit explain CODE` shows a rule's documentation."))
            return

        raise fail(f"unknown rule {code!r}{did_you_mean(code) or '; `editkit rules` lists them'}")
    body = found.doc.split("\n", 1)
    text = (
        f"# {found.code} {found.name}\n\n**{body[0]}**\n\n"
        f"Category: `{found.category}` · default severity: `{found.severity}` · "
        f"fixable: {'yes' if found.fixable else 'no'}\n\n" + (body[1] if len(body) > 1 else "")
        + bundled_rules_of(found.code, project)
    )
    Console().print(Markdown(text))


def project_style_rules():
    """The house-style rules of the project around the working directory (none when its config or
    style files cannot be read: `editkit lint` reports those)."""
    from editkit.config import ConfigError, resolve_settings
    from editkit.house_style import StyleError, project_rules

    try:
        return project_rules(resolve_settings(Path.cwd()))
    except (ConfigError, StyleError, OSError):
        return ()


@app.command()
def accept(
    words: Annotated[list[str], typer.Argument(help="Words or names to accept (one entry each).")],
    path: Annotated[Path, typer.Option("--path", help="File or folder whose config decides the accept list.")] = Path("."),
    config: Annotated[Optional[Path], typer.Option("--config", help="Use this config file.")] = None,
    remove: Annotated[bool, typer.Option("--remove", help="Take the words off the accept list instead (exit 1 when none was on it).")] = False,
) -> None:
    """Add words to the project's accept list so spelling rules never report them."""
    from editkit.vocabulary import add_accepted, remove_accepted

    raise typer.Exit((remove_accepted if remove else add_accepted)(words, path, config))


@app.command()
def init(
    path: Annotated[Path, typer.Argument(help="The project's folder.")] = Path("."),
    preset: Annotated[str, typer.Option("--preset", help="House-style preset: press, nd30 or textbook.")] = "press",
    pyproject: Annotated[bool, typer.Option("--pyproject", help="Add \\[tool.editkit] to pyproject.toml instead of writing editkit.toml.")] = False,
    pre_commit: Annotated[bool, typer.Option("--pre-commit", help="Also add the editkit hook to .pre-commit-config.yaml.")] = False,
) -> None:
    """Set a project up: a config with the house-style preset, accept and reject lists, and the pre-commit hook."""
    from editkit.init_command import run_init

    raise typer.Exit(run_init(path, preset, pyproject, pre_commit))


cache_app = typer.Typer(help="The result cache (.editkit_cache).", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("clean")
def cache_clean(
    path: Annotated[Path, typer.Argument(help="A file or folder of the project.")] = Path("."),
) -> None:
    """Delete the project's result cache."""
    from editkit.cache import clean
    from editkit.config import ConfigError, resolve_settings

    try:
        root = resolve_settings(path).root
    except ConfigError:
        root = path if path.is_dir() else path.parent
    removed = clean(root)
    print(f"{'Removed' if removed else 'No cache in'} {root / '.editkit_cache'}", file=sys.stderr)


@app.command("config")
def show_config(
    path: Annotated[Path, typer.Argument(help="File or directory whose settings to show.")] = Path("."),
    config: Annotated[Optional[Path], typer.Option("--config", help="Use this config file.")] = None,
    isolated: Annotated[bool, typer.Option("--isolated", help="Ignore all config files.")] = False,
    output_format: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Print the effective settings for PATH and where each came from."""
    from editkit.config import ConfigError, resolve_settings

    if not path.exists():
        raise fail(f"{path}: No such file or directory")
    try:
        settings = resolve_settings(path, config, isolated)
    except ConfigError as error:
        raise fail(str(error)) from None
    if output_format == "json":
        import json

        print(json.dumps({
            "config_file": str(settings.config_path) if settings.config_path else None,
            "settings": {k: {"value": v, "source": settings.sources.get(k, "default")} for k, v in settings.values.items()},
        }, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Settings for {path}", show_edge=False)
    table.add_column("key", no_wrap=True)
    table.add_column("value")
    table.add_column("source")
    for key, value in settings.values.items():
        source = settings.sources.get(key, "default")
        if isinstance(value, dict) and value:  # [structure], [abbreviations]: one row a key
            for name, inner in value.items():
                table.add_row(f"{key}.{name}", shown_setting(inner), source)
        else:
            table.add_row(key, shown_setting(value), source)
    console = Console()
    console.print(f"config file: {settings.config_path or '(none)'}")
    console.print(table)


def shown_setting(value) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k} = {shown_setting(v)}" for k, v in value.items()) or "—"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value) or "—"
    return str(value)


def main(argv: list[str] | None = None) -> int:
    """Entry point for the console script and ``python -m editkit``."""
    try:
        app(args=argv, prog_name="editkit")
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    except BrokenPipeError:
        return closed_pipe()
    return 0


def closed_pipe() -> int:
    """The reader of our output went away: stop quietly, as a shell pipeline expects (128 + SIGPIPE)."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())  # Python's final flush of stdout must not fail again
    return 141
