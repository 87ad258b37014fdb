"""Run the per-article work of a report on Dask, for archives beyond one machine.

Why Dask: it runs on a laptop (a local cluster of processes) and on the
clusters newsrooms' data teams already have (Kubernetes, YARN, SLURM, cloud),
it is pure Python and pip-installable, and `dask.bag` maps a plain function
over millions of paths with no new code. The per-article work is the same
`lint_input` the CLI runs, summarised where it runs; only the summaries travel back
(JSON-able dicts) and are merged into one report on the client.

Use `--scheduler ADDRESS` for an existing cluster; without it a local cluster
is started for the run.
"""

from __future__ import annotations

from editkit.runner import RunOptions, lint_input


def summarise(item, options: RunOptions) -> dict:
    """Lint one input on a worker and return its article summary (small, JSON-able): only
    summaries travel back, so the client's memory does not grow with the archive."""
    from editkit.report.model import article_summary

    return article_summary(lint_input(item, options, None))


def summarise_on_dask(inputs, options: RunOptions, scheduler: str | None = None, partitions: int | None = None) -> list[dict]:
    """Every input's article summary, in input order, computed on a Dask cluster."""
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
        return items.map(summarise, options=options).compute()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
