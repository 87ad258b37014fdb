"""``editkit dates``: list every date in one input with its resolved value (contract: dates-output)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

EXIT_OK, EXIT_ERROR = 0, 2


def run_dates(path: str, reference: dt.date | None, output_format: str, config: Path | None, isolated: bool,
              stdin_filename: str | None = None) -> int:
    from editkit.config import ConfigError, resolve_settings
    from editkit.dates_support import mentions, reference_date
    from editkit.loading import load_single_input
    from editkit.reading import UnreadableInput

    name = stdin_filename or path
    try:
        settings = resolve_settings(Path(name) if path != "-" else Path(name if stdin_filename else "."), config, isolated)
        document = load_single_input(path, stdin_filename)
    except ConfigError as error:
        return fail(f"bad config: {error}")
    except UnreadableInput as error:
        return fail(f"{path}: {error}")
    resolved = reference_date(document, reference)
    _, found = mentions(document, reference, settings["date-style"])
    result = {
        "version": 1,
        "reference": resolved.isoformat() if resolved else None,
        "dates": [m.to_json() for m in found],
    }
    if output_format == "json":
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    else:
        print_table(path, result)
    return EXIT_OK


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
        if item.get("normalized") and item["normalized"] != item["text"]:
            notes.append(f"house style: {item['normalized']}")
        table.add_row(str(item["start"]), item["text"], item["kind"], item["value"] or "—", "; ".join(notes))
    Console().print(table)


def fail(message: str) -> int:
    print(f"editkit: error: {message}", file=sys.stderr)
    return EXIT_ERROR
