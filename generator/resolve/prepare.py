"""The part of resolution that reads one document at a time, on all cores.

Trimming a document's spans into drafts (mentions.draft) and reading the words its text
writes (mentions.words_read) depend on that document alone, and are a third of what
resolution costs on a corpus of a thousand documents. A big corpus forks workers (as
the pages do: publish/pages.py), each taking a share of the documents; the rest of
resolution reads the whole corpus and stays in one process. The results are the same
as in one process, in the same order (tests/test_workers.py).

In the watch these steps are remembered per document (infra/memo.py), which only one
process can do: there, and on a small corpus, everything is done here.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from ..infra.memo import active
from ..infra.workers import available_cores, start_method
from ..model import Document, Span
from .mentions import Draft, WordsRead, draft, words_read

# Documents per worker below which a fork costs more than it saves (2 cores, 4 December
# 2026: forking and collecting a worker costs about 0.1 s; 400 documents take ~1.5 s
# here, re-finding every spelling in them 0.14 s, reading their entities' roles 0.15 s).
DOCUMENTS_PER_WORKER = 400
# Documents in one task: big enough that sending results back is one pickle per share,
# small enough that the workers end together.
_TASK = 100

Prepared = tuple[tuple[Draft, ...], WordsRead]

# The documents and their spans the forked workers read (inherited, never pickled).
_WORK: tuple[Sequence[Document], Sequence[Sequence[Span]]] | None = None


def prepare(
    documents: Sequence[Document], spans: Sequence[Sequence[Span]], jobs: int | None = None
) -> list[Prepared]:
    """Each document's drafts and words, in the documents' order."""
    workers = processes(len(documents), jobs)
    if workers <= 1:
        return [(draft(d, s), words_read(d)) for d, s in zip(documents, spans, strict=True)]
    global _WORK
    _WORK = (documents, spans)
    shares = [range(i, min(i + _TASK, len(documents))) for i in range(0, len(documents), _TASK)]
    # Objects made so far are left out of the workers' garbage collections: those would
    # touch (and so copy) every page of memory they share with this process.
    gc.freeze()
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            return [_unpacked(p) for share in pool.map(_prepare_share, shares) for p in share]
    finally:
        gc.unfreeze()
        _WORK = None


def processes(documents: int, jobs: int | None) -> int:
    """How many processes share the reading of a corpus of `documents` documents
    (here, and in refind.py and roles.py): one per core or `jobs`, each with
    DOCUMENTS_PER_WORKER documents at least; one where processes cannot fork, and in the
    watch, which remembers what each document gave in this process (infra/memo.py)."""
    if start_method() != "fork" or active() is not None:
        return 1
    return min(jobs or available_cores(), documents // DOCUMENTS_PER_WORKER)


def _prepare_share(share: range) -> list[_Packed]:
    """In a worker: the drafts and words of the documents in `share`, as plain tuples
    and dicts: this process unpickles them in a third of the time dataclasses and
    Counters take, making the drafts again included (whitehouse-2022: 0.11 + 0.44 s
    against 1.58 s)."""
    assert _WORK is not None  # (set before the fork)
    documents, spans = _WORK
    out = []
    for i in share:
        drafts = tuple(
            (d.text, d.label, d.sentence, d.start, d.end, d.weight, d.vote, d.test)
            for d in draft(documents[i], spans[i])
        )
        words, generations = words_read(documents[i])
        out.append((drafts, tuple(map(dict, words)), generations))
    return out


_Packed = tuple[
    tuple[tuple[str, str, int, int, int, float, str | None, str | None], ...],
    tuple[dict[str, int], ...],
    tuple[tuple[tuple[str, str], str, bool], ...],
]


def _unpacked(packed: _Packed) -> Prepared:
    drafts, words, generations = packed
    lower, capital, speakers, illnesses = map(Counter, words)
    return tuple(Draft(*d) for d in drafts), ((lower, capital, speakers, illnesses), generations)
