"""The inputs of the one-document commands (``dates``, ``structure``): the paths as ``lint``
takes them, each read on its own, so one unreadable file stops no other."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterator

from editkit.document import Document
from editkit.inputs import STDIN, Input, expand_paths
from editkit.loading import load_single_input
from editkit.reading import UnreadableInput

EXIT_OK, EXIT_ERROR = 0, 2


def each_input(inputs: list[Input], stdin_filename: str | None) -> Iterator[tuple[str, Document | None, str | None]]:
    """Each input from ``expand_paths`` as (display, Document, None), or (display, None, the
    reason) when it cannot be read."""
    for item in inputs:
        try:
            yield item.display, load_single_input(item.display if item.path is None else str(item.path),
                                                  stdin_filename if item.path is None else None), None
        except UnreadableInput as error:
            yield item.display, None, str(error)


def inputs_for_one_document_format(paths: list[str], settings_for, output_format: str):
    """The inputs the paths name (folders walked as ``lint`` walks them), or None after saying
    why they cannot be shown: ``json`` is one document's object, stdin can be read once."""
    if paths.count(STDIN) > 1:
        fail("standard input '-' given more than once")
        return None
    inputs = expand_paths(paths, settings_for)
    if output_format == "json" and len(inputs) > 1:
        fail(f"--format json prints one input's object; {len(inputs)} inputs given: use --format jsonl for several")
        return None
    return inputs


def settings_lookup(config: Path | None, isolated: bool):
    """Settings for a file or folder, resolved once per folder (``config.settings_of_folder``)."""
    from editkit.config import settings_of_folder

    cache: dict = {}
    return lambda target: settings_of_folder(target, cache, config, isolated)


def report_failure(message: str) -> bool:
    """An input that cannot be read or configured: one line on stderr; the others go on."""
    print(f"editkit: error: {message}", file=sys.stderr)
    return True


def fail(message: str) -> int:
    report_failure(message)
    return EXIT_ERROR
