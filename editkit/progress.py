"""A transient progress bar on stderr for long runs, without a background thread.

rich's default bar redraws from a thread; worker processes are forked while the bar is
shown, and forking a process whose other thread may hold the terminal's lock can leave the
child stuck. This bar redraws from the caller, at most ten times a second.
"""

from __future__ import annotations

import contextlib
import sys
import time

REDRAW_SECONDS = 0.1


@contextlib.contextmanager
def progress_bar(total: int, label: str, enabled: bool = True):
    """Yields ``advance()``, to call once per finished item; a no-op bar when not ``enabled``."""
    if not enabled:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(file=sys.stderr), transient=True, auto_refresh=False) as progress:
        task = progress.add_task(label, total=total)
        last = 0.0

        def advance() -> None:
            nonlocal last
            progress.advance(task)
            now = time.monotonic()
            if now - last >= REDRAW_SECONDS:
                last = now
                progress.refresh()

        yield advance
