"""Entity resolution on small texts: the spans stand in for the language pipeline's
output (written inline as [text|LABEL]), so that each test pins one rule, not the model.
Used by the tests of resolve/ (mentions, resolution, refind, roles, entities, corrections)
and of the pages made from entities (policy, profiles)."""

from __future__ import annotations

import re
from pathlib import Path

from generator.ingest.text import split_sentences
from generator.model import Analysis, Corpus, Document, Entity, Span
from generator.publish.policy import page_policy
from generator.resolve.entities import resolve_entities

_MARK = re.compile(r"\[([^\]|]+)\|([A-Z]+)\]")


def make(texts: dict[str, tuple[str, str]]) -> tuple[Corpus, list[Analysis]]:
    """{id: (date, text with [span|LABEL] marks)} -> a corpus and its analyses."""
    documents, analyses = [], []
    for doc_id, (date, marked) in texts.items():
        text, spans, cursor, pieces = "", [], 0, []
        for match in _MARK.finditer(marked):
            pieces.append(marked[cursor : match.start()])
            start = sum(len(p) for p in pieces)
            pieces.append(match.group(1))
            spans.append((match.group(1), match.group(2), start))
            cursor = match.end()
        pieces.append(marked[cursor:])
        text = "".join(pieces)
        sentences = tuple(split_sentences(text))
        document = Document(doc_id, doc_id, Path(doc_id), date, doc_id, text, sentences)
        documents.append(document)
        found = []
        for span_text, label, start in spans:
            number = next(s.number for s in sentences if s.start <= start < s.end)
            found.append(Span(span_text, label, number, start, start + len(span_text)))
        analyses.append(Analysis(doc_id, tuple(found)))
    documents.sort(key=lambda d: (d.date, d.id), reverse=True)
    return Corpus(tuple(documents)), analyses


def resolve(texts: dict[str, tuple[str, str]], corrections=None) -> dict[str, Entity]:
    corpus, analyses = make(texts)
    entities, _ = resolve_entities(corpus, analyses, corrections)
    return {e.name: e for e in entities}


# Two reports about one envoy: profiles and the page policy (test_profiles, test_policy).
TEXTS = {
    "a": (
        "2021-12-10",
        "Ambassador [Roger Carstens|PERSON] flew to [Caracas|GPE]. "
        "[Carstens|PRODUCT], the special envoy, met [Nicolás Maduro|PERSON] there.",
    ),
    "b": ("2022-08-16", "[Maduro|ORG]'s government spoke. [Caracas|GPE] was calm."),
}


def entities_and_corpus():
    """The entities of TEXTS by name, with their pages, and the corpus."""
    corpus, analyses = make(TEXTS)
    entities, _ = resolve_entities(corpus, analyses)
    return {e.name: e for e in page_policy(entities, len(corpus.documents))}, corpus
