"""`python -m generator watch`: build, then rebuild whenever a document changes.

One process for many builds: the language pipeline stays loaded and a Memo keeps what
each unchanged input gave (infra/memo.py lists every reuse layer), so a rebuild after
an edit costs a fraction of a cold build. Every rebuild writes the same files a cold `build` would, byte for byte.

Changes are found by polling (no extra dependency, works on every file system): the
name, size and modification time of every file in the seeds folder, the templates and
mkdocs.yml. A build starts once nothing has changed for one interval, so an editor's
save in several steps gives one build.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import sys
import time
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path

from . import pipeline
from .analyse.nlp import load_pipeline
from .chronology import answers
from .errors import GeneratorError, os_error_message
from .infra.memo import Memo, reusing

Snapshot = tuple[tuple[str, int, int], ...]


def watch_seeds(
    seeds: Path,
    out: Path,
    options: pipeline.Options,
    *,
    interval: float = 1.0,
    report: Callable[[pipeline.BuildResult | Exception, float], None],
    builds: int | None = None,
    force: bool = False,
) -> None:
    """Build `seeds` into `out`, then again after each change, until interrupted (or
    after `builds` builds). A build that fails, whatever the error, is reported and the
    watch goes on: the next change builds again."""
    memo = Memo()
    done = 0
    last: Snapshot | None = None
    while builds is None or done < builds:
        now = snapshot(seeds)
        if now == last:
            time.sleep(interval)
            continue
        if last is not None:
            time.sleep(interval)  # let the writer finish, then look again
            if snapshot(seeds) != now:
                continue
        last = now
        start = time.perf_counter()
        result: pipeline.BuildResult | Exception
        try:
            with reusing(memo):  # a failed build gives its results up: see infra/memo.py
                result = pipeline.run(seeds, out, options, force=force)
        except Exception as error:  # (a bug included: one bad document must not end the watch)
            result = error
        report(result, time.perf_counter() - start)
        done += 1
        if done == 1:
            _warm_up()
        _settle()


def _settle() -> None:
    """Between builds, while nothing happens: collect the cyclic garbage of the last
    build, then set what survives (the memo, the model: millions of objects) aside from
    the collector, which would otherwise walk all of it again several times per build
    (measured on 300 documents: 0.3-0.4 s of a 2.5 s rebuild)."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def _warm_up() -> None:
    """Load the language pipeline, the date parser's data and the charting library now,
    while the user reads the first build (which may have needed none of them, all
    cached): the first edit then costs only what it changes."""
    with contextlib.suppress(GeneratorError):  # reported by a build that needs it
        load_pipeline()
    answers.warm_up()
    for module in _CHARTING:
        importlib.import_module(module)


# What plot.py imports when a chart is drawn (about 0.5 s).
_CHARTING = (
    "matplotlib",
    "matplotlib.figure",
    "matplotlib.dates",
    "matplotlib.backends.backend_svg",
)


def snapshot(seeds: Path) -> Snapshot:
    """What a change to the input changes: each file's path, size and modification time."""
    return tuple(
        sorted(
            _stat(path)
            for path in _inputs(seeds)
            if path.is_file()  # a file removed meanwhile is simply not there
        )
    )


def _inputs(seeds: Path) -> Iterable[Path]:
    if seeds.is_dir():
        yield from seeds.iterdir()
    yield from pipeline.TEMPLATES.rglob("*")
    yield pipeline.MKDOCS_CONFIG


def _stat(path: Path) -> tuple[str, int, int]:
    try:
        status = path.stat()
    except OSError:
        return (str(path), -1, -1)
    return (str(path), status.st_size, status.st_mtime_ns)


def print_report(result: pipeline.BuildResult | Exception, seconds: float) -> None:
    """One line per build on stderr (and its problems): what a watching user needs."""
    stamp = time.strftime("%H:%M:%S")
    if isinstance(result, Exception):
        for line in describe(result).splitlines():
            print(f"{stamp} error: {line}", file=sys.stderr)
        print(f"{stamp} build failed; the previous pages are left in place.", file=sys.stderr)
        return
    for problem in result.problems:
        print(f"{stamp} {problem.level}: {problem}", file=sys.stderr)
    reuse = ""
    if result.reuse is not None and any(result.reuse):
        reused, made = result.reuse
        reuse = f"; {reused:,} results reused, {made:,} made"
    print(
        f"{stamp} built {len(result.corpus.documents)} documents, {result.pages} files "
        f"in {result.out} ({seconds:.1f} s{reuse}); watching for changes (Ctrl-C stops)",
        file=sys.stderr,
    )


def describe(error: Exception) -> str:
    """What a failed build prints: the message of an error the generator reports, the
    path and the fix for one of the file system, the error and its place for a bug."""
    if isinstance(error, GeneratorError):
        return str(error)
    if isinstance(error, OSError):
        return os_error_message(error)
    where = traceback.extract_tb(error.__traceback__)[-1:] if error.__traceback__ else []
    place = f" ({Path(where[0].filename).name}:{where[0].lineno})" if where else ""
    return (
        f"{error.__class__.__name__}: {error}{place}. This is a bug in the generator: "
        "please report it with the documents that caused it; the watch goes on."
    )
