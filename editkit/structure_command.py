"""``editkit structure``: show the parts of an article editkit recognised, for each input.

``--format json`` prints one input's object; ``--format jsonl`` one such object per input and line.
"""

from __future__ import annotations

import json
import sys


def run_structure(paths: list[str], output_format: str, stdin_filename: str | None = None) -> int:
    from editkit.document_inputs import (
        EXIT_ERROR,
        EXIT_OK,
        each_input,
        inputs_for_one_document_format,
        report_failure,
        settings_lookup,
    )
    from editkit.normalized import readable_view
    from editkit.structure_support import anatomy

    inputs = inputs_for_one_document_format(paths, settings_lookup(None, False), output_format)
    if inputs is None:
        return EXIT_ERROR
    failed = False
    for display, document, problem in each_input(inputs, stdin_filename):
        if document is None:
            failed = report_failure(f"{display}: {problem}")
            continue
        view = readable_view(document)  # decomposed (NFD) or lone-CR text: read composed with LF, shown as written
        parts = anatomy(view.document if view is not None else document).parts
        if view is not None:
            parts = [view.spanned(part) for part in parts]
        if output_format in ("json", "jsonl"):
            result = {"version": 1, "path": display, "parts": [p.to_json() for p in parts]}
            indent = 2 if output_format == "json" else None
            sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=indent) + "\n")
        else:
            print_table(display, document, parts)
    return EXIT_ERROR if failed else EXIT_OK


def print_table(path: str, document, parts) -> None:
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
