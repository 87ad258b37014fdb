"""Lint many inputs across processes, handing results on in input order as they finish.

Cache hits are served by the calling process. The first miss is linted there too, which
loads every model once; worker processes forked afterwards inherit them instead of each
loading its own. The rest go to the workers in batches. Only results not yet handed on
are held.
"""

from __future__ import annotations

import os

MIN_FILES_PER_WORKER = 4
BATCH_FILES = 16  # files per task sent to a worker: few round trips, little idle time at the end
WARM_FILES = 1  # linted before forking: loads every model once for all workers (measured: more only delays them)


def tune_gc() -> None:
    """Collect the young generation less often. Linting allocates millions of short-lived
    tuples (tokens) next to large long-lived tables (the language model, caches); with the
    default threshold the collector rescans them thousands of times (about 10 % of a run)."""
    import gc

    gc.set_threshold(100_000, 50, 100)


def lint_batch(items, options) -> list:
    """Lint inputs the calling process already found missing from the cache."""
    from editkit.runner import lint_input

    return [lint_input(item, options, None, known_miss=True) for item in items]


def iter_results(inputs, options, stdin_data, jobs: int):
    """One result per input, in input order, each as soon as it and every earlier one are done.

    Cache hits are served by this process; the rest go to a pool of worker processes in
    batches when there are enough files. Only results not yet handed on are held, so a
    caller that lets them go keeps memory flat however many inputs there are.
    """
    from editkit.runner import cached_result, lint_input

    workers = min(jobs or os.cpu_count() or 1, max(1, len(inputs) // MIN_FILES_PER_WORKER))
    if workers <= 1 or stdin_data is not None:
        for item in inputs:
            yield lint_input(item, options, stdin_data)  # cache hits included
        return
    batch_size = max(1, min(BATCH_FILES, len(inputs) // (workers * 4)))
    # The first miss is linted here: the models load once, and workers forked afterwards have them.
    position = warmed = 0
    while position < len(inputs) and warmed < WARM_FILES:
        hit = cached_result(inputs[position], options)
        if hit is None:
            warmed += 1
        yield hit or lint_input(inputs[position], options, None, known_miss=True)
        position += 1
    if position == len(inputs):
        return  # everything was cached (or linted above): no pool needed
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    pending: deque = deque()  # in input order: a FileResult, or (batch slot, offset in the batch)
    batch: list = []
    slot: list = [None]

    def ready() -> bool:
        head = pending[0]
        return not isinstance(head, tuple) or (head[0][0] is not None and head[0][0].done())

    def pop():
        head = pending.popleft()
        if not isinstance(head, tuple):
            return head
        (future,), offset = head
        return future.result()[offset]

    pool = ProcessPoolExecutor(max_workers=workers, initializer=tune_gc, mp_context=fork_context())
    try:
        for item in inputs[position:]:
            hit = cached_result(item, options)
            if hit is not None:
                pending.append(hit)
            else:
                batch.append(item)
                pending.append((slot, len(batch) - 1))
                if len(batch) == batch_size:
                    slot[0] = pool.submit(lint_batch, batch, options)
                    batch, slot = [], [None]
            while pending and ready():
                yield pop()
        if batch:
            slot[0] = pool.submit(lint_batch, batch, options)
        while pending:
            yield pop()
    finally:
        # a consumer that stops early (a closed pipe, Ctrl-C) must not wait for the whole archive
        pool.shutdown(wait=True, cancel_futures=True)


def fork_context():
    """Fork on Linux (Python 3.14 makes forkserver the default there): forked workers inherit the
    models the first file loaded. This process runs no threads, which is what makes fork safe.
    Elsewhere the platform's default (spawn on macOS and Windows)."""
    import multiprocessing
    import sys

    return multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None


def lint_all(inputs, options, stdin_data, jobs: int, progress=None) -> list:
    """Every input's result, in input order (identical to a serial run); ``progress`` is
    called once per finished input."""
    results = []
    for result in iter_results(inputs, options, stdin_data, jobs):
        results.append(result)
        if progress:
            progress()
    return results
