"""Reuse between builds: every layer that keeps a result for a later build, in one place.

"Where do I change what a rebuild redoes?" Here, and in the layers this table lists.

==========================  ========================  ===============================  ==========================================
layer                       kept                      key                              invalidated by
==========================  ========================  ===============================  ==========================================
analysis cache              .cache/analyses.sqlite    pipeline version + chunk text    another model, spaCy, labels or
(analyse/cache.py)          (spans per paragraph,     and sentence starts (a whole     ANALYSIS_VERSION; an edited paragraph;
                            and per document)         document: its text)              a damaged row (recomputed)
dateparser answers          .cache/dates.json         publication day + expression     dateparser's version or settings
(chronology/dates.py)
compiled templates          .cache/templates/<v>/     template name + source checksum  Jinja, markupsafe, Python or
(publish/render.py)                                                                    publish/render.py changing (<v>)
chart cache                 .cache/charts.sqlite      chart kind + its data + the      the data, or plot.py/layout.py and the
(publish/chart_cache.py)                              drawing code's digest            drawing libraries' versions
last build's snapshot       .cache/changes/<k>.jsonl  the seeds folder's path (<k>)    FORMAT; a damaged record (first build
(publish/changes.py)        (and the snapshot before                                   again). Compared with, never reused:
                            the last change)                                           the Changes page and feed.xml
watch memo (this module)    the watch's memory        a step's input values, or the    a changed input; a result no build used
                                                      identity of its input objects    since the last one is dropped
page reuse (publish/        the watch memo's tables   (templates' version, template,   a plain context value or a table entry the
render.py, output.py)       "pages" and "files"       page); the file's path           page read changed; the file on disk
                                                                                       changed (inode, size, time)
==========================  ========================  ===============================  ==========================================

The disk caches are always on (unless --no-cache); the memory layers only in the watch,
which switches them on in one place: `with reusing(memo): pipeline.run(...)`. Outside
such a block every function below computes as if nothing had been kept, so a one-shot
build pays nothing for them.

A step whose result depends only on its input values (a document's vocabulary, its
dated sentences, a JSON item) is decorated with `@reused(table)`: its arguments (or
`key(*args)`) are the key. Keys are the input values themselves (frozen dataclasses
compare and hash by value), never file times, so a stale result cannot be found by a
changed input. Where hashing the inputs would cost more than the step,
`@reused_if_same(table, key)` checks instead that its arguments are the very objects the
last build used (a Document loaded from unchanged bytes is handed back as the same
object), keeping them alive with the result. Layers that check a result's validity
themselves (a page against what it read, a scan extended with new names) use
`previous` and `keep`.

Two generations: a build reads the previous build's results and keeps those it uses;
what it does not use is dropped when the next build starts. Memory stays at about one
build's worth of results. A build that fails keeps the last good build's results.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Hashable, Iterator
from contextvars import ContextVar
from typing import Any, ParamSpec, TypeVar

T = TypeVar("T")
P = ParamSpec("P")


class Memo:
    """Results of pure steps, by table and key, kept for the next build of this process."""

    def __init__(self) -> None:
        self._old: dict[str, dict[Hashable, Any]] = {}
        self._new: dict[str, dict[Hashable, Any]] = {}
        # In a forked worker: (table, key) of each result taken over from the last
        # build, for the parent to keep (see publish/pages.py). None: not recorded.
        self.kept: list[tuple[str, Hashable]] | None = None
        # This build's results: taken over from the last build, and made anew (the
        # watch prints them: what a rebuild redid).
        self.reused = 0
        self.made = 0

    def record_kept(self) -> None:
        """From now on, note each result taken over from the last build (in `kept`)."""
        self.kept = []

    def next_build(self) -> None:
        """Start a build: what the last build used is kept, the rest dropped."""
        self._old, self._new = self._new, {}
        self.reused = self.made = 0

    def abandon(self) -> None:
        """After a failed build: keep the last build's results for the next one too."""
        for table, old in self._old.items():
            new = self._new.setdefault(table, {})
            for key, value in old.items():
                new.setdefault(key, value)

    def get(self, table: str, key: Hashable, compute: Callable[[], T]) -> T:
        """The result stored under `key`, or `compute()`'s (then stored)."""
        new = self._new.setdefault(table, {})
        if key in new:
            self.reused += 1
            return new[key]
        old = self._old.get(table, {})
        if key in old:
            self.reused += 1
            value = old.pop(key)
            if self.kept is not None:
                self.kept.append((table, key))
        else:
            self.made += 1
            value = compute()
        new[key] = value
        return value

    def previous(self, table: str, key: Hashable) -> Any:
        """What the last build stored under `key` (None if nothing)."""
        return self._old.get(table, {}).get(key)

    def has_previous(self, table: str) -> bool:
        """Whether the last build stored anything in `table`."""
        return bool(self._old.get(table))

    def put(self, table: str, key: Hashable, value: Any) -> None:
        """Keep `value` for the next build: the last build's (counted as reused) or new."""
        if value is not None and value is self._old.get(table, {}).get(key):
            self.reused += 1
            if self.kept is not None:
                self.kept.append((table, key))
        else:
            self.made += 1
        self._new.setdefault(table, {})[key] = value


_ACTIVE: ContextVar[Memo | None] = ContextVar("memo", default=None)


@contextlib.contextmanager
def reusing(memo: Memo) -> Iterator[Memo]:
    """One build that reuses what the last build in `memo` made (the watch's switch).

    A build that fails (any exception) gives its results up: the next build starts
    from the last good one's."""
    memo.next_build()
    token = _ACTIVE.set(memo)
    try:
        yield memo
    except BaseException:
        memo.abandon()
        raise
    finally:
        _ACTIVE.reset(token)


def active() -> Memo | None:
    """The memo of the build running in a `reusing` block, else None."""
    return _ACTIVE.get()


def reused(
    table: str, key: Callable[..., Hashable] | None = None
) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """Decorate a pure function: in a `reusing` build, its result for equal arguments
    (or an equal `key(*args)`) is the last build's."""

    def decorate(function: Callable[P, T]) -> Callable[P, T]:
        @functools.wraps(function)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
            memo = _ACTIVE.get()
            if memo is None:
                return function(*args, **kwargs)
            found = key(*args, **kwargs) if key is not None else (args, tuple(kwargs.items()))
            return memo.get(table, found, lambda: function(*args, **kwargs))

        return wrapper

    return decorate


def reused_if_same(
    table: str, key: Callable[..., Hashable]
) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """Decorate a pure function of big inputs: in a `reusing` build, the last build's
    result under `key(*args)` is taken when it was made from these very argument objects
    (`is`, not ==: nothing is hashed or compared, which pays for inputs that the memo
    hands back unchanged, such as a Document). The arguments are kept with the result,
    so they stay alive and their identity is theirs."""

    def decorate(function: Callable[P, T]) -> Callable[P, T]:
        @functools.wraps(function)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
            memo = _ACTIVE.get()
            if memo is None:
                return function(*args, **kwargs)
            name = key(*args, **kwargs)
            inputs = (*args, *kwargs.values())
            last = memo.previous(table, name)
            if (
                last is not None
                and len(last[0]) == len(inputs)
                and all(a is b for a, b in zip(last[0], inputs, strict=True))
            ):
                memo.put(table, name, last)
                return last[1]
            value = function(*args, **kwargs)
            memo.put(table, name, (inputs, value))
            return value

        return wrapper

    return decorate


def previous(table: str, key: Hashable) -> Any:
    """What the last build kept under `key` (None if nothing, or outside a `reusing`
    build): for layers that check the result is still valid themselves."""
    memo = _ACTIVE.get()
    return memo.previous(table, key) if memo is not None else None


def keep(table: str, key: Hashable, value: Any) -> None:
    """Keep `value` under `key` for the next build (nothing outside a `reusing` build)."""
    memo = _ACTIVE.get()
    if memo is not None:
        memo.put(table, key, value)
