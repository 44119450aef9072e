"""Results kept in memory from one build to the next, for `watch` (one process, many builds).

A step whose result depends only on its input values (a document's vocabulary, its dated
sentences, a page rendered from a context) is looked up by those values: a document that
did not change gives the same key, and its result is reused. Keys are the input values
themselves (frozen dataclasses compare and hash by value), never file times, so a stale
result cannot be found by a changed input. Where hashing the inputs would cost more than
the step, `made_from` checks instead that they are the very objects the last build used
(a Document loaded from unchanged bytes is handed back as the same object), keeping them
alive with the result.

Two generations: a build reads the previous build's results and keeps those it uses;
what it does not use is dropped when the next build starts. Memory stays at about one
build's worth of results. A build that fails gives its generation up (`abandon`).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


class Memo:
    """Results of pure steps, by table and key, kept for the next build of this process."""

    def __init__(self) -> None:
        self._old: dict[str, dict[Hashable, Any]] = {}
        self._new: dict[str, dict[Hashable, Any]] = {}
        self.hits = 0
        self.misses = 0
        # In a forked worker: (table, key) of each result taken over from the last
        # build, for the parent to keep (see pages.py). None: not recorded.
        self.kept: list[tuple[str, Hashable]] | None = None

    def record_kept(self) -> None:
        """From now on, note each result taken over from the last build (in `kept`)."""
        self.kept = []

    def next_build(self) -> None:
        """Start a build: what the last build used is kept, the rest dropped."""
        self._old, self._new = self._new, {}
        self.hits = self.misses = 0

    def abandon(self) -> None:
        """After a failed build: keep the last build's results for the next one too."""
        for table, old in self._old.items():
            new = self._new.setdefault(table, {})
            for key, value in old.items():
                new.setdefault(key, value)

    def get(
        self, table: str, key: Hashable, compute: Callable[..., T], *args: Any, **kwargs: Any
    ) -> T:
        """The result stored under `key`, or `compute(*args, **kwargs)`'s (then stored)."""
        new = self._new.setdefault(table, {})
        if key in new:
            self.hits += 1
            return new[key]
        old = self._old.get(table, {})
        if key in old:
            self.hits += 1
            value = old.pop(key)
            if self.kept is not None:
                self.kept.append((table, key))
        else:
            self.misses += 1
            value = compute(*args, **kwargs)
        new[key] = value
        return value

    def previous(self, table: str, key: Hashable) -> Any:
        """What the last build stored under `key` (None if nothing): for callers that
        check the result is still valid themselves (see render.Renderer)."""
        return self._old.get(table, {}).get(key)

    def has_previous(self, table: str) -> bool:
        """Whether the last build stored anything in `table`."""
        return bool(self._old.get(table))

    def put(self, table: str, key: Hashable, value: Any) -> None:
        if self.kept is not None and value is self._old.get(table, {}).get(key):
            self.kept.append((table, key))
        self._new.setdefault(table, {})[key] = value


def made_from(
    memo: Memo | None,
    table: str,
    key: Hashable,
    inputs: tuple[Any, ...],
    compute: Callable[..., T],
    *args: Any,
) -> T:
    """`compute(*args)`, reused when the last build stored a result under `key` that was
    made from these very `inputs` objects (`is`, not ==: nothing is hashed or compared,
    which pays for big inputs that the memo hands back unchanged, such as a Document).
    The inputs are kept with the result, so they stay alive and their identity is theirs."""
    if memo is None:
        return compute(*args)
    last = memo.previous(table, key)
    if (
        last is not None
        and len(last[0]) == len(inputs)
        and all(a is b for a, b in zip(last[0], inputs, strict=True))
    ):
        memo.hits += 1
        memo.put(table, key, last)
        return last[1]
    memo.misses += 1
    value = compute(*args)
    memo.put(table, key, (inputs, value))
    return value


def memoised(
    memo: Memo | None, table: str, key: Hashable, compute: Callable[..., T], *args: Any
) -> T:
    """`compute(*args)`, looked up under `key` in `memo` first when there is one."""
    if memo is None:
        return compute(*args)
    return memo.get(table, key, compute, *args)
