"""`warta batch`: the pipeline on a Dask cluster (dask.distributed), output as Parquet.

The client reads the inputs through the source layer and cuts the documents into chunks
of `size`, in order; chunk n is one task that analyses its documents on a worker and
writes partition n (`output.write_partition`: temp files renamed into place, the done
marker last). Finished partitions are skipped, so a re-run after a crash does only what is
left; a task whose worker dies is run again elsewhere by the scheduler and rewrites the
same partition, so a killed worker loses nothing and duplicates nothing.

Every worker loads the models once (`WarmUp`, a worker plugin) and must see `out` at the
same path (one machine, or a shared filesystem for several) and have warta installed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from ..sources.raw import RawDoc, Rejected
from ..sources.registry import Input, ReadOptions, read
from .output import Manifest, Outcome, claim, done, marker, write_partition
from .pool import outcome

PARTITION = 200  # documents per partition (and per task)


class WarmUp(WorkerPlugin):
    """Load the models when a worker joins, not in its first task."""

    name = "warta-warm-up"

    def setup(self, worker: Any) -> None:
        from .pool import warm_worker

        warm_worker()


def analyse_partition(out: str, n: int, docs: list[RawDoc | Rejected],
                      source: str | None = None) -> dict[str, int]:
    """The task: analyse one chunk and write its partition (runs on a worker)."""
    outcomes: list[Outcome] = [outcome(d, source=source) for d in docs]
    return {"partition": n, **write_partition(Path(out), n, outcomes)}


@dataclass(slots=True)
class BatchSummary:
    partitions: int = 0
    skipped: int = 0  # finished by an earlier run
    records: int = 0
    rejects: int = 0
    seconds: float = 0.0
    workers: int = 0
    scheduler: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def line(self) -> str:
        return (f"{self.partitions} partitions ({self.skipped} done before), "
                f"{self.records} records, {self.rejects} rejects in {self.seconds:.1f} s "
                f"on {self.workers} workers")


def chunks(docs: Iterable[RawDoc | Rejected], size: int) -> Iterator[list[RawDoc | Rejected]]:
    it = iter(docs)
    while chunk := list(islice(it, size)):
        yield chunk


def connect(scheduler: str | None, workers: int) -> Client:
    """A client of `scheduler` (tcp://host:8786), or of a new local cluster of `workers`
    single-threaded processes (the GIL makes threads no help for analysis)."""
    if scheduler:
        return Client(scheduler, timeout="30s")
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    return Client(cluster)


def run_batch(inputs: list[Input], out: Path, *, client: Client,
              opts: ReadOptions | None = None, size: int = PARTITION,
              source: str | None = None, limit: int | None = None,
              on_done: Callable[[dict[str, int]], None] | None = None) -> BatchSummary:
    """Analyse every input into `out` on the cluster behind `client`; returns counts."""
    opts = opts or ReadOptions()
    claim(out, Manifest(inputs=[f"{i.kind}:{i.target}" for i in inputs], partition_size=size,
                        options={"map": opts.map_name, "overrides": dict(opts.overrides),
                                 "source": source, "limit": limit}))
    client.register_plugin(WarmUp())
    summary = BatchSummary(workers=len(client.scheduler_info()["workers"]),
                           scheduler=str(client.scheduler_info()["address"]))
    t0 = time.perf_counter()
    docs: Iterable[RawDoc | Rejected] = read(inputs, opts)
    if limit is not None:
        docs = islice(docs, limit)
    ahead = max(2, 2 * summary.workers)  # tasks in flight: bounded, so the client streams
    running = as_completed()

    def collect(fut: Any) -> None:
        got: dict[str, int] = fut.result()
        fut.release()  # the partition is on disk: nothing to keep on the cluster
        summary.records += got["records"]
        summary.rejects += got["rejects"]
        if on_done is not None:
            on_done(got)

    for n, chunk in enumerate(chunks(docs, size)):
        summary.partitions += 1
        if done(out, n):
            summary.skipped += 1
            got = marker(out, n)
            summary.records += got["records"]
            summary.rejects += got["rejects"]
            if on_done is not None:
                on_done({"partition": n, **got})
            continue
        running.add(client.submit(
            analyse_partition, str(out), n, chunk, source,
            key=f"warta-partition-{n}-{out.resolve()}", retries=2))
        while running.count() >= ahead:
            collect(next(running))
    for fut in running:
        collect(fut)
    summary.seconds = time.perf_counter() - t0
    return summary
