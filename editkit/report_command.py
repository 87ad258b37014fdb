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
    from editkit.report.model import build_from_articles
    from editkit.runner import RunOptions

    options = RunOptions(config_file=config, isolated=isolated, reference_date=reference, use_cache=use_cache,
                         collect_facts=True)
    inputs = [i for i in expand_paths(paths, options.settings_for) if i.path is not None]
    if engine == "dask":
        from editkit.report.distributed import summarise_on_dask

        try:
            articles = summarise_on_dask(inputs, options, scheduler)
        except RuntimeError as error:
            print(f"editkit: error: {error}", file=sys.stderr)
            return 2
    else:
        articles = summarise_locally(inputs, options, jobs)
    report = build_from_articles(articles)
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
    for article in articles:
        if article["error"]:
            print(f"editkit: error: {article['path']}: {article['error']}", file=sys.stderr)
    return 2 if any(a["error"] for a in articles) else 0


def summarise_locally(inputs, options, jobs: int) -> list[dict]:
    """Each input's article summary, made as its result comes in (the result is then let go of),
    with a transient progress bar on a terminal."""
    from editkit.parallel import iter_results, tune_gc
    from editkit.progress import progress_bar
    from editkit.report.model import article_summary

    tune_gc()
    articles = []
    with progress_bar(len(inputs), "Checking articles", sys.stderr.isatty() and len(inputs) > 1) as advance:
        for result in iter_results(inputs, options, None, jobs):
            articles.append(article_summary(result))
            advance()
    return articles
