"""The language pipeline on a Dask cluster, when `--scheduler ADDRESS` is given.

The unit of work is the same as on one machine: nlp.analyse_chunks, a few chunks of
text in (plain frozen dataclasses, pickled; only those not cached), their spans out.
Each Dask worker process loads the pipeline once (nlp.load_pipeline is cached per
process) and keeps it. Results are streamed back in the order sent, with a bounded
number of units in flight, so the client never holds more than a few units of texts
or results.

The workers need this project importable and the same pipeline installed: the build
checks that every worker reports the same nlp.pipeline_version as the client, since
the analyses are cached under that version. Run one thread per worker process
(`dask worker ADDRESS --nthreads 1 --nworkers N`): spaCy is not made to share a
pipeline between threads, and the work is CPU-bound anyway.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from ..analyse.nlp import analyse_chunks, pipeline_name, pipeline_version
from ..errors import ConfigError
from ..model import Chunk, ChunkSpans

CONNECT_TIMEOUT = "10s"
PACKAGE = "distributed==2026.8.0"


def analyse_on_cluster(
    units: Iterable[list[Chunk]], scheduler: str, name: str | None, batch_size: int
) -> Iterator[ChunkSpans]:
    """The spans of each chunk of the `units`, in order, computed on the Dask cluster."""
    name = name or pipeline_name()  # the client's choice, whatever the workers' environment
    client = _connect(scheduler)
    try:
        _check_workers(client, scheduler, name)
        slots = max(1, sum(client.nthreads().values()))
        pending: deque[Any] = deque()
        for unit in units:
            pending.append(client.submit(analyse_chunks, unit, name, batch_size, pure=False))
            while len(pending) > 2 * slots:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        client.close()


def _connect(scheduler: str) -> Any:
    try:
        from distributed import Client
    except ImportError:
        raise ConfigError(
            f"--scheduler {scheduler}: Dask is not installed. "
            f"Install it (pip install {PACKAGE}), or drop --scheduler."
        ) from None
    try:
        return Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as error:
        raise ConfigError(
            f"--scheduler {scheduler}: cannot reach the Dask scheduler ({error}). "
            "Start it (dask scheduler), or drop --scheduler to analyse on this machine."
        ) from None


def _check_workers(client: Any, scheduler: str, name: str) -> None:
    if not client.nthreads():
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    ours = pipeline_version(name)
    theirs = client.run(pipeline_version, name)
    wrong = sorted(worker for worker, version in theirs.items() if version != ours)
    if wrong:
        raise ConfigError(
            f"--scheduler {scheduler}: worker {wrong[0]} has the pipeline "
            f'"{theirs[wrong[0]]}", this machine "{ours}". '
            "Install the same model and spaCy on every worker."
        )
