"""``editkit report``: lint a corpus and write the house-style report."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path


def run_report(paths: list[str], output_format: str, output: Path | None, jobs: int, use_cache: bool,
               config: Path | None, isolated: bool, reference: dt.date | None, engine: str = "local",
               scheduler: str | None = None) -> int:
    from editkit.inputs import expand_paths
    from editkit.lint_command import lint_all
    from editkit.report.model import build
    from editkit.runner import RunOptions

    options = RunOptions(config_file=config, isolated=isolated, reference_date=reference, use_cache=use_cache,
                         collect_facts=True)
    inputs = [i for i in expand_paths(paths, options.settings_for) if i.path is not None]
    if engine == "dask":
        from editkit.report.distributed import lint_on_dask

        try:
            results = lint_on_dask(inputs, options, scheduler)
        except RuntimeError as error:
            print(f"editkit: error: {error}", file=sys.stderr)
            return 2
    elif sys.stderr.isatty() and len(inputs) > 1:
        from rich.progress import Progress

        with Progress(transient=True) as progress:
            task = progress.add_task("Checking articles", total=len(inputs))
            results = lint_all(inputs, options, None, jobs, lambda: progress.advance(task))
    else:
        results = lint_all(inputs, options, None, jobs)
    report = build(results)
    if output_format == "json":
        rendered = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    elif output_format == "markdown":
        from editkit.report.markdown import render_markdown

        rendered = render_markdown(report)
    elif output_format == "html":
        from editkit.report.html import render_html

        rendered = render_html(report)
    else:
        from editkit.report.text import render_text

        color = output is None and sys.stdout.isatty()
        rendered = render_text(report, color)
    if output is not None:
        try:
            output.write_text(rendered, encoding="utf-8")
        except OSError as error:
            print(f"editkit: error: {output}: {error.strerror or error}", file=sys.stderr)
            return 2
        print(f"Wrote {output}", file=sys.stderr)
    else:
        sys.stdout.write(rendered)
    for result in results:
        if result.error:
            print(f"editkit: error: {result.path}: {result.error}", file=sys.stderr)
    return 2 if any(r.error for r in results) else 0
