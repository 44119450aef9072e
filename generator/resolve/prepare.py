"""The parts of resolution that read one document at a time, on all cores.

Trimming a document's spans into drafts (mentions.draft) and reading the words its text
writes (mentions.words_read) depend on that document alone, and are a third of what
resolution costs on a corpus of a thousand documents (`prepare`). Its candidate mentions
(`candidates`: its drafts cleaned, the names after titles found) depend on that document
and on the corpus' vocabulary, made from every document's words in between. For a big
corpus this process reads a share of the documents and forked children the others
(infra/workers.in_forks, as refind.py and roles.py do); the rest of resolution reads the
whole corpus and stays in one process. The results are the same as in one process, in
the same order (tests/test_workers.py).

In the watch these steps are remembered per document (infra/memo.py), which only one
process can do: there, and on a small corpus, everything is done here. A build with a
cache keeps each document's in it (analyse/cache.py, "readings"), for the code that made
it: a rebuild reads again only the documents that changed, or all of them after the
generator itself changed.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import fields
from operator import attrgetter
from typing import Any

from ..analyse.cache import AnalysisCache
from ..infra.memo import active
from ..infra.workers import fork_workers, in_forks
from ..model import Document, Span
from .mentions import Draft, Found, Vocabulary, WordsRead, clean_spans, draft, words_read
from .names import titled_people, untagged_titled

# Documents per worker below which a fork costs more than it saves (2 cores, 4 December
# 2026: forking and collecting a worker costs about 0.1 s; 400 documents take ~1.5 s
# here, re-finding every spelling in them 0.14 s, reading their entities' roles 0.15 s).
DOCUMENTS_PER_WORKER = 400
Prepared = tuple[tuple[Draft, ...], WordsRead]


def prepare(
    documents: Sequence[Document],
    spans: Sequence[Sequence[Span]],
    jobs: int | None = None,
    cache: AnalysisCache | None = None,
    keys: Sequence[str] | None = None,
) -> list[Prepared]:
    """Each document's drafts and words, in the documents' order: those `cache` keeps
    (not in the watch, which remembers them itself) as kept, the others read and kept.
    `keys`: the documents' reading keys, if the caller has them already."""
    if cache is None or active() is not None:
        return _read(documents, spans, jobs)
    if keys is None:
        keys = [cache.reading_key(d, s) for d, s in zip(documents, spans, strict=True)]

    def read(missing: list[int]) -> list[Prepared]:
        return _read([documents[i] for i in missing], [spans[i] for i in missing], jobs)

    return cache.readings(keys, read, _packed, _unpacked)


def _read(
    documents: Sequence[Document], spans: Sequence[Sequence[Span]], jobs: int | None
) -> list[Prepared]:
    workers = processes(len(documents), jobs)
    if workers <= 1:
        return [(draft(d, s), words_read(d)) for d, s in zip(documents, spans, strict=True)]
    main = os.getpid()

    def prepared(i: int) -> Prepared | _Packed:
        # this process's share as it is made; a forked child's packed to send back
        made = (draft(documents[i], spans[i]), words_read(documents[i]))
        return made if os.getpid() == main else _packed(made)

    # (a packed one has four parts: a document's drafts, words, generations, employers)
    return [_unpacked(p) if len(p) == 4 else p for p in in_forks(prepared, len(documents), workers)]


def candidates(
    indices: Sequence[int],
    documents: Sequence[Document],
    spans: Sequence[Sequence[Span]],
    prepared: Sequence[Prepared],
    vocabulary: Vocabulary,
    jobs: int | None = None,
) -> list[Found]:
    """The candidate mentions of the documents at `indices` (those analysed), in order:
    each one's drafts cleaned (mentions.clean_spans), and the names after a person's
    title that the tagger typed otherwise or cut short (names.py), on all cores as
    `prepare` reads them. A child sends its mentions back as plain tuples, as _packed
    does the drafts."""
    workers = processes(len(indices), jobs)
    main = os.getpid()

    def found(k: int) -> list[Found] | tuple[tuple[Any, ...], ...]:
        index = indices[k]
        document = documents[index]
        made = clean_spans(index, document, spans[index], vocabulary, prepared[index][0])
        titled_people(made, document.text, vocabulary)  # "Chief of Staff [Rahm Emanuel] said"
        # "led by Chief Prosecutor [Kim] Do-hyun", cut short
        made = untagged_titled(made, document, spans[index], vocabulary)
        return made if os.getpid() == main else tuple(map(_FOUND_FIELDS, made))

    return [
        f if isinstance(f, Found) else Found(*f)
        for part in in_forks(found, len(indices), workers)
        for f in part
    ]


def field_values(kind: type) -> attrgetter[Any]:
    """A function giving a dataclass instance's fields in order, as a tuple (to pickle
    or to store as JSON; dataclasses.astuple copies every value: ten times slower)."""
    return attrgetter(*(f.name for f in fields(kind)))


_FOUND_FIELDS = field_values(Found)


def processes(documents: int, jobs: int | None) -> int:
    """How many processes share the reading of a corpus of `documents` documents
    (here, and in refind.py and roles.py): infra/workers.fork_workers, with
    DOCUMENTS_PER_WORKER documents a worker at least."""
    return fork_workers(documents, jobs, DOCUMENTS_PER_WORKER)


def _packed(made: Prepared) -> _Packed:
    """A document's drafts and words as plain tuples and dicts, as a forked child sends
    them back: this process unpickles them in a third of the time dataclasses and
    Counters take, making the drafts again included (whitehouse-2022: 0.11 + 0.44 s
    against 1.58 s). The cache keeps them so too, as JSON (sets as sorted tuples)."""
    drafts, (words, generations, employers) = made
    return (
        tuple(
            (d.text, d.label, d.sentence, d.start, d.end, d.weight, d.vote, d.test) for d in drafts
        ),
        tuple(map(dict, words)),
        generations,
        (tuple(sorted(employers[0])), tuple(sorted(employers[1]))),
    )


_Packed = tuple[
    tuple[tuple[str, str, int, int, int, float, str | None, str | None], ...],
    tuple[dict[str, int], ...],
    tuple[tuple[tuple[str, str], str, bool], ...],
    tuple[tuple[str, ...], tuple[tuple[str, str], ...]],
]


def _unpacked(packed: _Packed) -> Prepared:
    """A document's drafts and words from their packed form, or from its JSON (lists for
    tuples and sets) as the cache keeps it."""
    drafts, words, generations, employers = packed
    lower, capital, speakers, illnesses = map(Counter, words)
    return tuple(Draft(*d) for d in drafts), (
        (lower, capital, speakers, illnesses),
        tuple(((given, surname), suffix, kin) for (given, surname), suffix, kin in generations),
        (frozenset(employers[0]), frozenset((a, b) for a, b in employers[1])),
    )
