"""What the entity pages show, computed here so the templates only format.

Which entities get a page of their own (page_policy), the profile of each (roles with
citations, informative sentences, every mention in context, co-occurrence), the index
rows, and the source sentences cut into segments that link each mention to its profile.
"""

from __future__ import annotations

from dataclasses import replace

from .model import Entity

SECTIONS = {"person": "people", "organization": "organizations", "place": "places"}
SMALL_CORPUS = 20  # documents: below this every entity gets a page
MIN_DOCUMENTS = 2  # above it, an entity needs this many documents for a page


def page_policy(entities: list[Entity], documents: int) -> list[Entity]:
    """Give a page to every entity of a small corpus, and in a large one to those seen
    in at least MIN_DOCUMENTS documents; the rest are listed without a link."""
    out = []
    for entity in entities:
        wanted = documents <= SMALL_CORPUS or len(entity.documents) >= MIN_DOCUMENTS
        page = f"{SECTIONS[entity.type]}/{entity.id}.md" if wanted else None
        out.append(replace(entity, page=page))
    return out
