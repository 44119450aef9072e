"""Which entities get a page of their own: every one in a small corpus, in a large one
those seen in enough documents; at most PAGES_PER_TYPE of each type, and at most
PAGES_PER_DOCUMENT of the entities named in one document only (2 MB of names made
25,761 pages). A presentation choice, made after resolution: every entity stays in the
index tables and the data; those the caps leave out are listed on the build report."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..ingest.text import fold
from ..model import Entity

SECTIONS = {"person": "people", "organization": "organizations", "place": "places"}
SMALL_CORPUS = 20  # documents: up to this many, every entity gets a page (caps aside)
MIN_DOCUMENTS = 2  # above it, an entity needs at least min_documents(n) documents for a page
PAGES_PER_TYPE = 400  # and at most this many pages per type (most documents first)
PAGES_PER_DOCUMENT = 150  # pages of entities named in one document only, per document


def min_documents(documents: int) -> int:
    """How many documents an entity of a large corpus must appear in to get a page:
    MIN_DOCUMENTS up to 200 documents, then one more per tenfold (3 up to 2,000,
    4 up to 20,000), so pages grow much slower than the corpus."""
    k, size = MIN_DOCUMENTS, 200
    while documents > size:
        k, size = k + 1, size * 10
    return k


def _needed(documents: int) -> int:
    return 1 if documents <= SMALL_CORPUS else min_documents(documents)


def _rank(entity: Entity) -> tuple[int, int, str, str]:
    return (-len(entity.documents), -len(entity.mentions), fold(entity.name), entity.id)


def page_policy(entities: Sequence[Entity], documents: int) -> list[Entity]:
    """Give a page to every entity of a small corpus (SMALL_CORPUS documents or fewer);
    in a larger one, to the entities seen in min_documents(n) documents. Of those, at
    most PAGES_PER_TYPE of each type, and PAGES_PER_DOCUMENT of those named in one
    document only, per document: those in most documents, then most mentions, then by
    name. Every entity stays in the index tables and entities.json; those without a
    page are listed without a link."""
    need = _needed(documents)
    chosen: set[str] = set()
    for kind in SECTIONS:
        candidates = [e for e in entities if e.type == kind and len(e.documents) >= need]
        candidates.sort(key=_rank)
        chosen.update(e.id for e in candidates[:PAGES_PER_TYPE])
    alone: dict[str, list[Entity]] = defaultdict(list)
    for entity in entities:
        if entity.id in chosen and len(entity.documents) == 1:
            alone[entity.documents[0]].append(entity)
    for group in alone.values():
        if len(group) > PAGES_PER_DOCUMENT:
            group.sort(key=_rank)
            chosen.difference_update(e.id for e in group[PAGES_PER_DOCUMENT:])
    return [
        replace(e, page=f"{SECTIONS[e.type]}/{e.id}.md" if e.id in chosen else None)
        for e in entities
    ]


@dataclass(frozen=True, slots=True)
class LeftOut:
    """Entities the page caps left without a page: `count` of `type`, named only in
    `document` (the per-document cap) or anywhere (`document` None: the per-type cap)."""

    type: str
    document: str | None
    count: int


def left_out(entities: Sequence[Entity], documents: int) -> list[LeftOut]:
    """What the caps of page_policy left out, for the build report: the entities seen
    in enough documents for a page that have none."""
    need = _needed(documents)
    counts: Counter[tuple[str, str | None]] = Counter()
    for entity in entities:
        if entity.page is None and len(entity.documents) >= need:
            alone = entity.documents[0] if len(entity.documents) == 1 else None
            counts[(entity.type, alone)] += 1
    return [
        LeftOut(kind, document, n)
        for (kind, document), n in sorted(
            counts.items(), key=lambda item: (item[0][1] or "", item[0][0])
        )
    ]
