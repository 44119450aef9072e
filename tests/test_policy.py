"""The page policy (publish/policy.py): which entities get a page of their own."""

from __future__ import annotations

from dataclasses import replace

from generator.publish.policy import PAGES_PER_TYPE, SMALL_CORPUS, min_documents, page_policy

from .entity_fixtures import entities_and_corpus


def test_page_policy():
    found, _ = entities_and_corpus()
    entities = list(found.values())
    assert all(e.page for e in page_policy(entities, documents=2))
    assert all(e.page for e in page_policy(entities, documents=SMALL_CORPUS))
    large = {e.name: e.page for e in page_policy(entities, documents=100)}
    assert large["Caracas"] == "places/caracas.md"  # two documents
    assert large["Roger Carstens"] is None  # two mentions in one document
    # More documents: an entity needs more documents for a page of its own.
    assert {e.name: e.page for e in page_policy(entities, documents=1801)}["Caracas"] is None


def test_min_documents_grows_slowly():
    assert [min_documents(n) for n in (21, 200, 201, 2000, 2001, 20001)] == [2, 2, 3, 3, 4, 5]


def test_page_policy_keeps_the_top_of_each_type():
    found, _ = entities_and_corpus()
    caracas = found["Caracas"]
    many = [
        replace(caracas, id=f"place-{i:04d}", name=f"Place {i:04d}", documents=("a",) * (2 + i % 7))
        for i in range(PAGES_PER_TYPE + 50)
    ]
    person = replace(found["Nicolás Maduro"], documents=("a", "b", "c"))
    paged = page_policy([*many, person], documents=100)
    places = [e for e in paged if e.type == "place" and e.page]
    assert len(places) == PAGES_PER_TYPE  # capped per type...
    assert paged[-1].page == "people/nicolas-maduro.md"  # ...not across types
    shortest = min(len(e.documents) for e in places)
    assert all(len(e.documents) <= shortest for e in paged if e.type == "place" and not e.page)
    assert len(paged) == len(many) + 1  # every entity is kept, with or without a page
