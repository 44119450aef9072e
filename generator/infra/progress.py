"""Progress on long runs: a bar on a terminal, nothing in logs (or GENERATOR_PROGRESS=0)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
# Below this many items a bar is noise.
_MIN_ITEMS = 50


def progress(items: Iterable[T], what: str, total: int | None = None) -> Iterator[T]:
    """Iterate over `items`, showing a bar on stderr when it is a terminal."""
    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    quiet = os.environ.get("GENERATOR_PROGRESS") == "0" or not sys.stderr.isatty()
    if quiet or (total is not None and total < _MIN_ITEMS):
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, desc=what, total=total, unit="doc", file=sys.stderr, leave=False)
