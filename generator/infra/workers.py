"""Worker processes: how many, how they start, and results streamed back in order.

Used by the language pipeline (analyse/nlp.py: a process pool, or a Dask cluster through
cluster.py), the pages (publish/pages.py: forked workers) and resolution's scans of every
text (in_forks).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol, TypeVar

from ..errors import ConfigError, GeneratorError
from .memo import active

T = TypeVar("T")
R = TypeVar("R")


class Pending(Protocol[R]):
    """A job submitted to a pool or a cluster (concurrent.futures or Dask futures)."""

    def result(self) -> list[R]: ...


def available_cores() -> int:
    """Cores this process may run on (fewer than the machine's under taskset or a quota)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def start_method() -> str:
    """How worker processes start: fork where the platform has it (cheapest: the parent's
    imports are inherited), else spawn. GENERATOR_START_METHOD overrides it."""
    methods = multiprocessing.get_all_start_methods()
    wanted = os.environ.get("GENERATOR_START_METHOD")
    if wanted:
        if wanted not in methods:
            raise ConfigError(
                f"GENERATOR_START_METHOD={wanted}: not available here. "
                f"Use one of {', '.join(methods)}, or unset it."
            )
        return wanted
    return "fork" if "fork" in methods else "spawn"


def streamed(
    submit: Callable[[T], Pending[R]], units: Iterable[T], in_flight: int
) -> Iterator[R]:
    """The results of `submit(unit)` for each unit, flattened, in the order of `units`.

    At most `in_flight` jobs wait at once: a few per worker keeps every worker busy,
    more would only hold texts (and results) in memory for nothing."""
    pending: deque[Pending[R]] = deque()
    for unit in units:
        pending.append(submit(unit))
        while len(pending) > in_flight:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def fork_workers(count: int, jobs: int | None, per_worker: int) -> int:
    """How many processes share `count` documents' reading through in_forks: one per
    core or `jobs`, each with `per_worker` documents at least (below, a fork costs more
    than it saves); one where processes cannot fork, and in the watch, which remembers
    what each document gave in this process (infra/memo.py)."""
    if start_method() != "fork" or active() is not None:
        return 1
    return min(jobs or available_cores(), count // per_worker)


def in_forks(function: Callable[[int], R], count: int, workers: int) -> list[R]:
    """[function(i) for i in range(count)], in the same order, the range cut into
    `workers` runs: this process computes the first, forked children the others and send
    their results back pickled. A child inherits `function` and everything it reads
    (never pickled), so this suits work over the whole corpus that is cheap to send back.
    Only where the platform forks (start_method); an error in a child is raised here."""
    if workers <= 1 or count < 2 or start_method() != "fork":
        return [function(i) for i in range(count)]
    size = -(-count // workers)  # (rounded up)
    runs = [range(start, min(start + size, count)) for start in range(0, count, size)]
    context = multiprocessing.get_context("fork")
    children = []
    for stream in (sys.stdout, sys.stderr):  # or a child would print the buffers again
        stream.flush()
    gc.freeze()  # (see publish/pages.py: the children's collections would copy memory)
    try:
        for run in runs[1:]:
            receive, send = context.Pipe(duplex=False)
            child = context.Process(target=_run_forked, args=(function, run, send), daemon=True)
            child.start()
            send.close()
            children.append((child, receive))
        gc.unfreeze()
        results = [function(i) for i in runs[0]]
        for child, receive in children:
            try:
                failed, part = receive.recv()
            except EOFError:
                child.join()
                raise GeneratorError(
                    f"a worker process stopped unexpectedly (exit code {child.exitcode}; out "
                    "of memory?). Run again with --jobs 1."
                ) from None
            if failed:
                raise GeneratorError(f"in a worker process: {part}")
            results.extend(part)
        return results
    finally:
        gc.unfreeze()
        for child, receive in children:
            if child.is_alive():
                child.terminate()
            child.join()
            receive.close()


def _run_forked(function: Callable[[int], R], run: range, send: Any) -> None:
    """A forked child of in_forks: its run's results, or the error, sent; then it exits."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    status = 1
    try:
        try:
            message: tuple[bool, Any] = (False, [function(i) for i in run])
        except Exception as error:  # (sent to the parent, which raises it)
            message = (True, "".join(traceback.format_exception_only(error)).rstrip())
        send.send(message)
        status = 0
    finally:
        send.close()
        os._exit(status)  # a fork must not run the parent's exit handlers
