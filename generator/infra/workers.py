"""Worker processes: how many, how they start, and results streamed back in order.

Used by the language pipeline (analyse/nlp.py: a process pool, or a Dask cluster through
cluster.py) and the pages (publish/pages.py: forked workers).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, TypeVar

from ..errors import ConfigError

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
