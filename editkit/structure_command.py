"""``editkit structure``: show the parts of an article editkit recognised."""

from __future__ import annotations

import json
import sys


def run_structure(path: str, output_format: str, stdin_filename: str | None = None) -> int:
    from editkit.loading import load_single_input
    from editkit.reading import UnreadableInput
    from editkit.structure_support import anatomy

    try:
        document = load_single_input(path, stdin_filename)
    except UnreadableInput as error:
        return fail(f"{path}: {error}")
    parts = anatomy(document).parts
    if output_format == "json":
        sys.stdout.write(json.dumps({"version": 1, "path": path, "parts": [p.to_json() for p in parts]},
                                    ensure_ascii=False, indent=2) + "\n")
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Structure of {path}", show_edge=False)
    for column in ("line", "part", "text"):
        table.add_column(column, no_wrap=column != "text")
    for part in parts:
        label = f"{part.kind} ({part.label})" if part.label else part.kind
        text = " ".join(part.text.split())  # a Markdown paragraph's lines as one
        shown = text if len(text) <= 90 else text[:87] + "…"
        table.add_row(str(document.lines.position(part.start).line), label, shown)
    Console().print(table)
    return 0


def fail(message: str) -> int:
    print(f"editkit: error: {message}", file=sys.stderr)
    return 2
