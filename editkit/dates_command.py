"""``editkit dates``: list every date in each input with its resolved value (contract: dates-output).

``--format json`` prints the contract's one object and so takes one input; ``--format jsonl``
prints one such object per input and line, with the input's ``path`` added.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from editkit.document_inputs import EXIT_ERROR, EXIT_OK


def run_dates(paths: list[str], reference: dt.date | None, output_format: str, config: Path | None, isolated: bool,
              stdin_filename: str | None = None) -> int:
    from editkit.config import ConfigError
    from editkit.dates_support import mentions, reference_date
    from editkit.document_inputs import each_input, inputs_for_one_document_format, report_failure, settings_lookup
    from editkit.normalized import readable_view

    settings_for = settings_lookup(config, isolated)
    inputs = inputs_for_one_document_format(paths, settings_for, output_format)
    if inputs is None:
        return EXIT_ERROR
    failed = False
    for display, document, problem in each_input(inputs, stdin_filename):
        try:
            settings = settings_for(Path(stdin_filename or ".") if display == "-" else Path(display))
        except ConfigError as error:
            failed = report_failure(f"{display}: bad config: {error}")
            continue
        if document is None:
            failed = report_failure(f"{display}: {problem}")
            continue
        view = readable_view(document)  # decomposed (NFD) or lone-CR text: read composed with LF, offsets as written
        readable = view.document if view is not None else document
        resolved = reference_date(readable, reference)
        _, found = mentions(readable, reference, settings["date-style"])
        if view is not None:
            found = [view.mention(m) for m in found]
        result = {
            "version": 1,
            "reference": resolved.isoformat() if resolved else None,
            "dates": [m.to_json() for m in found],
        }
        if output_format == "json":
            sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        elif output_format == "jsonl":
            sys.stdout.write(json.dumps({"path": display, **result}, ensure_ascii=False) + "\n")
        else:
            print_table(display, result)
    return EXIT_ERROR if failed else EXIT_OK


def print_table(path: str, result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Dates in {path} (reference: {result['reference'] or 'none'})", show_edge=False)
    for column in ("offset", "text", "kind", "value", "notes"):
        table.add_column(column, no_wrap=column == "value")  # 2026-11-09/2026-11-15 whole; the text wraps
    for item in result["dates"]:
        notes = []
        if item.get("year_inferred"):
            notes.append("year inferred")
        if item.get("weekday_mismatch"):
            notes.append("[red]weekday mismatch[/red]")
        if item.get("date"):
            notes.append(f"on {item['date']}")
        if item.get("normalized") and item["normalized"] != item["text"]:
            notes.append(f"house style: {item['normalized']}")
        table.add_row(str(item["start"]), item["text"], item["kind"], item["value"] or "—", "; ".join(notes))
    Console().print(table)
