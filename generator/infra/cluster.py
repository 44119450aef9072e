"""Work on a Dask cluster, when `--scheduler ADDRESS` is given.

The caller gives the task (a module-level function, so that workers can import it) and
its units; results are streamed back in the order sent, with a bounded number of units
in flight (workers.streamed), so the client never holds more than a few units of texts
or results. The language pipeline (analyse/nlp.py) is the one user: its unit is a few
chunks of text, its result their spans, and each Dask worker process loads the
pipeline once and keeps it.

The workers need this project importable and the same environment: `agree` names a
function whose answer every worker must give as this machine does (for the pipeline,
its version, since analyses are cached under it). Run one thread per worker process
(`dask worker ADDRESS --nthreads 1 --nworkers N`): spaCy is not made to share a
pipeline between threads, and the work is CPU-bound anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..errors import ConfigError
from .workers import streamed

CONNECT_TIMEOUT = "10s"
PACKAGE = "distributed==2026.8.0"


def run_on_cluster(
    scheduler: str,
    task: Callable[..., list[Any]],
    units: Iterable[Any],
    *args: Any,
    agree: tuple[Callable[..., str], tuple[Any, ...], str] | None = None,
) -> Iterator[Any]:
    """`task(unit, *args)` for each unit on the cluster at `scheduler`, results in order.

    `agree` is (function, its arguments, what it names, e.g. "pipeline"): every worker
    must return what this machine returns, or the build stops before any work is sent."""
    client = _connect(scheduler)
    try:
        if not client.nthreads():
            client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        if agree is not None:
            _check_workers(client, scheduler, *agree)
        slots = max(1, sum(client.nthreads().values()))
        yield from streamed(
            lambda unit: client.submit(task, unit, *args, pure=False), units, 2 * slots
        )
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


def _check_workers(
    client: Any, scheduler: str, function: Callable[..., str], args: tuple[Any, ...], what: str
) -> None:
    ours = function(*args)
    theirs = client.run(function, *args)
    wrong = sorted(worker for worker, answer in theirs.items() if answer != ours)
    if wrong:
        raise ConfigError(
            f"--scheduler {scheduler}: worker {wrong[0]} has the {what} "
            f'"{theirs[wrong[0]]}", this machine "{ours}". '
            f"Install the same {what} on every worker."
        )
