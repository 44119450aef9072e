"""Which entities get a page of their own: every one in a small corpus, in a large one
those seen in enough documents, at most PAGES_PER_TYPE of each type. A presentation
choice, made after resolution: every entity stays in the index tables and the data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..ingest.text import fold
from ..model import Entity

SECTIONS = {"person": "people", "organization": "organizations", "place": "places"}
SMALL_CORPUS = 20  # documents: up to this many, every entity gets a page
MIN_DOCUMENTS = 2  # above it, an entity needs at least min_documents(n) documents for a page
PAGES_PER_TYPE = 400  # and at most this many pages per type (most documents first)


def min_documents(documents: int) -> int:
    """How many documents an entity of a large corpus must appear in to get a page:
    MIN_DOCUMENTS up to 200 documents, then one more per tenfold (3 up to 2,000,
    4 up to 20,000), so pages grow much slower than the corpus."""
    k, size = MIN_DOCUMENTS, 200
    while documents > size:
        k, size = k + 1, size * 10
    return k


def page_policy(entities: Sequence[Entity], documents: int) -> list[Entity]:
    """Give a page to every entity of a small corpus (SMALL_CORPUS documents or fewer).
    In a larger one, to the entities seen in min_documents(n) documents, at most
    PAGES_PER_TYPE of each type: those in most documents, then most mentions, then by
    name. Every entity stays in the index tables and entities.json; those without a
    page are listed without a link."""
    if documents <= SMALL_CORPUS:
        return [replace(e, page=f"{SECTIONS[e.type]}/{e.id}.md") for e in entities]
    need = min_documents(documents)
    chosen: set[str] = set()
    for kind in SECTIONS:
        candidates = [e for e in entities if e.type == kind and len(e.documents) >= need]
        candidates.sort(key=lambda e: (-len(e.documents), -len(e.mentions), fold(e.name), e.id))
        chosen.update(e.id for e in candidates[:PAGES_PER_TYPE])
    return [
        replace(e, page=f"{SECTIONS[e.type]}/{e.id}.md" if e.id in chosen else None)
        for e in entities
    ]
