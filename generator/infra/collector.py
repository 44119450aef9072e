"""The cyclic garbage collector held off while one stage builds many objects that live
until it ends (resolution: a hundred thousand mentions, their clusters and indexes)."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Run the block without the cyclic collector. Each time the objects a stage keeps
    pile up to a quarter of those the build holds (the corpus, its analyses), the
    collector walks all of them, though none is garbage: seven times in resolving
    whitehouse-2022, 1.4 s of its 15 s. Reference counting still frees everything not in a
    cycle; the collector runs again as usual after the block (and left off, stays off)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
