"""What the entity pages show (publish/profiles.py): profiles and linked source sentences."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.publish.policy import page_policy
from generator.publish.profiles import (
    CONTEXTS_SHOWN,
    TIMELINE_FULL,
    TIMELINE_SHOWN,
    mentions_csv,
    profile_maker,
    profile_timeline,
    source_segments,
)
from generator.resolve.entities import resolve_entities

from .entity_fixtures import entities_and_corpus, make


def build_profiles(entities, documents):
    """The profile of every entity that has a page of its own, as the pages are made."""
    make = profile_maker(entities, documents)
    return [make(entity) for entity in entities if entity.page is not None]


def test_profile():
    found, corpus = entities_and_corpus()
    profiles = {p.entity.name: p for p in build_profiles(list(found.values()), corpus.documents)}
    carstens = profiles["Roger Carstens"]
    assert [(r.text, [c.anchor for c in r.cites]) for r in carstens.roles] == [
        ("Ambassador", ["s1"]),
        ("the special envoy", ["s2"]),
    ]
    assert carstens.first.id == "a" and carstens.last.id == "a"
    companions = {c.name: (c.sentences, c.documents) for c in carstens.companions}
    assert companions == {"Caracas": (1, 1), "Nicolás Maduro": (1, 1)}
    # The sentence that states a role comes first among the key sentences.
    assert carstens.key_sentences[0].cite.sentence in (1, 2)
    maduro = profiles["Nicolás Maduro"]
    assert [d.id for d, _ in maduro.mentions] == ["a", "b"]
    pieces = maduro.mentions[1][1][0].pieces
    assert pieces[0] == ("Maduro", True)
    assert "".join(text for text, _ in pieces) == "Maduro's government spoke."


def test_source_segments_link_mentions_to_pages():
    found, corpus = entities_and_corpus()
    entities = [e if e.name != "Caracas" else replace(e, page=None) for e in found.values()]
    segments = source_segments(corpus.documents, entities)
    first = segments["a"][1]
    assert first == (
        ("Ambassador ", None),
        ("Roger Carstens", "people/roger-carstens.md"),
        (" flew to Caracas.", None),
    )
    document = next(d for d in corpus.documents if d.id == "a")
    for number, pieces in segments["a"].items():
        assert "".join(t for t, _ in pieces) == document.sentences[number - 1].text


def test_linked_source_text_stays_escaped(tmp_path):
    from generator.publish.render import Renderer

    from .conftest import PROJECT

    corpus, analyses = make(
        {
            "a": (
                "2022-01-01",
                "[Evil <script>x</script> Corp|ORG] said {{ 7*7 }} [x](javascript:1).",
            )
        }
    )
    entities = page_policy(resolve_entities(corpus, analyses)[0], len(corpus.documents))
    segments = source_segments(corpus.documents, entities)["a"]
    assert any(target for pieces in segments.values() for _, target in pieces)
    page = Renderer(PROJECT / "templates", {"name": "R"}).render(
        "source.md.j2", "sources/a.md", document=corpus.documents[0], segments=segments
    )
    assert "<script>" not in page and "49" not in page and "](javascript" not in page
    assert '<a class="entity" href="../organizations/' in page


def test_a_long_profile_shows_part_in_context_and_the_rest_one_line_per_document():
    found, corpus = entities_and_corpus()
    caracas = found["Caracas"]
    documents = list(corpus.documents)
    # Caracas in 2 documents, 1 sentence each: with a small limit the second goes to a line.
    import generator.publish.profiles as profiles

    saved = profiles.CONTEXTS_SHOWN
    profiles.CONTEXTS_SHOWN = 1
    try:
        (profile,) = build_profiles([caracas], documents)
    finally:
        profiles.CONTEXTS_SHOWN = saved
    assert [d.id for d, _ in profile.mentions] == ["a"]
    assert [(b.document.id, b.cite.anchor, b.sentences) for b in profile.more] == [("b", "s2", 1)]
    assert profile.unlisted == 0
    saved = profiles.BRIEF_DOCUMENTS, profiles.CONTEXTS_SHOWN
    profiles.BRIEF_DOCUMENTS, profiles.CONTEXTS_SHOWN = 0, 1
    try:
        (profile,) = build_profiles([caracas], documents)
    finally:
        profiles.BRIEF_DOCUMENTS, profiles.CONTEXTS_SHOWN = saved
    assert not profile.more and profile.unlisted == 1
    (full,) = build_profiles([caracas], documents)
    assert len(full.mentions) == 2 and not full.more and CONTEXTS_SHOWN > 2
    rows = mentions_csv(caracas, documents).splitlines()
    assert rows[0] == "document,date,sentence,mention,page,context"
    assert len(rows) == 1 + len(caracas.mentions)
    assert rows[1].startswith("a,2021-12-10,1,Caracas,sources/")


def test_profile_timeline_is_short_for_many_events():
    from generator.model import Citation, Event

    def event(i, reports):
        sources = tuple(Citation(f"d{j}", 1) for j in range(reports))
        return Event(f"e{i}", f"2022-01-{1 + i % 28:02d}", "day", "t", "s", "x", "r", (), sources)

    few = [event(i, 1) for i in range(TIMELINE_FULL)]
    assert profile_timeline(few).full == tuple(few)
    many = [event(i, 1 + (i % 3 == 0)) for i in range(TIMELINE_SHOWN + 40)]
    timeline = profile_timeline(many)
    assert not timeline.full and len(timeline.lines) == TIMELINE_SHOWN
    assert timeline.hidden == 40
    kept = [e.id for e, _ in timeline.lines]
    assert kept == [e.id for e in many if e.id in kept]  # date order kept
    assert all(count == 2 for e, count in timeline.lines if int(e.id[1:]) % 3 == 0)
    assert sum(count == 2 for _, count in timeline.lines) == len(
        [e for e in many if int(e.id[1:]) % 3 == 0]
    )


@pytest.mark.slow
def test_search_index_has_profiles_without_their_bulky_sections(built_site):
    import json

    docs = json.loads((built_site / "search" / "search_index.json").read_text("utf-8"))["docs"]
    profiles = [d for d in docs if d["location"].startswith("people/roger-carstens.html")]
    assert profiles and profiles[0]["title"] == "Roger Carstens"
    text = " ".join(d["text"] for d in profiles)
    assert "special presidential envoy" in text  # roles stay searchable
    locations = {d["location"] for d in docs}
    assert not any(loc.endswith(("#every-mention", "#key-sentences")) for loc in locations)
    assert any(loc.endswith("#roles-and-descriptions") for loc in locations)


def test_who_is_opens_the_profile_and_the_home_page_cast():
    from generator.publish.profiles import who_is, whos_who

    found, corpus = entities_and_corpus()
    by_doc = {d.id: d for d in corpus.documents}
    carstens = found["Roger Carstens"]
    who = who_is(carstens, by_doc)
    assert who is not None and who.text == "Ambassador"  # "Ambassador Roger Carstens flew"
    assert who.cites[0].document == "a"
    noted = replace(carstens, note="US hostage envoy")
    assert who_is(noted, by_doc).text == "US hostage envoy"  # the analyst's note first
    cast = whos_who(list(found.values()), corpus.documents)
    assert [e.type for e, _ in cast] and all(e.type != "place" for e, _ in cast)


def test_a_courtesy_leads_the_profile_only_when_no_other_role_is_stated():
    from generator.publish.profiles import who_is

    corpus, analyses = make(
        {
            "a": (
                "2021-05-01",
                "Dr. [Rochelle Walensky|PERSON] spoke. Dr. [Rochelle Walensky|PERSON] "
                "agreed. CDC Director [Rochelle Walensky|PERSON] left. "
                "Dr. [Anthony Fauci|PERSON] spoke.",
            )
        }
    )
    entities, _ = resolve_entities(corpus, analyses)
    found = {e.name: e for e in entities}
    by_doc = {d.id: d for d in corpus.documents}
    assert [d.text for d in found["Rochelle Walensky"].descriptions].count("Doctor") == 2
    assert who_is(found["Rochelle Walensky"], by_doc).text == "CDC Director"
    assert who_is(found["Anthony Fauci"], by_doc).text == "Doctor"  # (no other)


def test_forms_of_one_role_are_one_line_written_as_usual():
    from generator.model import Description

    found, corpus = entities_and_corpus()
    said = [
        ("the chief executive", 1),
        ("Chief Executive.", 2),
        ("chief executive", 3),
        ("chief executive", 4),
        ("PROFESSOR", 1),
        ("PROFESSOR", 2),
        ("Professor", 3),
    ]
    carstens = replace(
        found["Roger Carstens"], descriptions=tuple(Description(t, "a", n) for t, n in said)
    )
    entities = [carstens if e.id == carstens.id else e for e in found.values()]
    roles = profile_maker(entities, corpus.documents)(carstens).roles
    assert [(r.text, len(r.cites)) for r in roles] == [("chief executive", 4), ("Professor", 3)]
