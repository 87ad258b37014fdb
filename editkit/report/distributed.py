"""Run the per-article work of a report on Dask, for archives beyond one machine.

Why Dask: it runs on a laptop (a local cluster of processes) and on the
clusters newsrooms' data teams already have (Kubernetes, YARN, SLURM, cloud),
it is pure Python and pip-installable, and `dask.bag` maps a plain function
over millions of paths with no new code. The per-article work is the same
`lint_input` the CLI runs; only the results travel back (as JSON-able dicts)
and are merged into one report on the client.

Use `--scheduler ADDRESS` for an existing cluster; without it a local cluster
is started for the run.
"""

from __future__ import annotations

from editkit.runner import FileResult, RunOptions, lint_input


def lint_payload(item, options: RunOptions) -> dict:
    """Lint one input on a worker and return a picklable, compact result."""
    result = lint_input(item, options, None)
    return {"path": result.path, "error": result.error, "fail_on": result.fail_on, "source": result.source,
            "facts": result.facts, "diagnostics": [d.to_json() for d in result.diagnostics]}


def to_result(payload: dict) -> FileResult:
    from editkit.diagnostics import Diagnostic

    result = FileResult(payload["path"], error=payload["error"], fail_on=payload["fail_on"], text=payload["source"])
    result.facts = payload["facts"]
    result.diagnostics = [Diagnostic.from_json(d) for d in payload["diagnostics"]]
    return result


def lint_on_dask(inputs, options: RunOptions, scheduler: str | None = None, partitions: int | None = None) -> list[FileResult]:
    try:
        import dask.bag as bag
        from dask.distributed import Client, LocalCluster
    except ImportError as error:
        raise RuntimeError("the dask engine needs the 'dask' extra: pip install 'editkit[dask]'") from error
    if scheduler:
        client = Client(scheduler)
        cluster = None
    else:
        cluster = LocalCluster(processes=True, n_workers=None, threads_per_worker=1, dashboard_address=None)
        client = Client(cluster)
    try:
        items = bag.from_sequence(list(inputs), npartitions=partitions or max(1, min(len(inputs), 64)))
        payloads = items.map(lint_payload, options=options).compute()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return [to_result(p) for p in payloads]
