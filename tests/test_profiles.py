"""What the entity pages show: the page policy, profiles and linked source sentences."""

from __future__ import annotations

from dataclasses import replace

from generator.entities import resolve_entities
from generator.profiles import build_profiles, page_policy, source_segments

from .test_entities import make

TEXTS = {
    "a": (
        "2021-12-10",
        "Ambassador [Roger Carstens|PERSON] flew to [Caracas|GPE]. "
        "[Carstens|PRODUCT], the special envoy, met [Nicolás Maduro|PERSON] there.",
    ),
    "b": ("2022-08-16", "[Maduro|ORG]'s government spoke. [Caracas|GPE] was calm."),
}


def entities_and_corpus():
    corpus, analyses = make(TEXTS)
    entities, _ = resolve_entities(corpus, analyses)
    return {e.name: e for e in entities}, corpus


def test_page_policy():
    found, _ = entities_and_corpus()
    entities = list(found.values())
    assert all(e.page for e in page_policy(entities, documents=2))
    large = {e.name: e.page for e in page_policy(entities, documents=500)}
    assert large["Caracas"] == "places/caracas.md"  # two documents
    assert large["Roger Carstens"] is None  # two mentions in one document
    more = replace(found["Roger Carstens"], mentions=found["Roger Carstens"].mentions * 2)
    assert page_policy([more], documents=500)[0].page == "people/roger-carstens.md"


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
    from generator.render import Renderer

    from .conftest import PROJECT

    corpus, analyses = make(
        {
            "a": (
                "2022-01-01",
                "[Evil <script>x</script> Corp|ORG] said {{ 7*7 }} [x](javascript:1).",
            )
        }
    )
    entities, _ = resolve_entities(corpus, analyses)
    segments = source_segments(corpus.documents, entities)["a"]
    assert any(target for pieces in segments.values() for _, target in pieces)
    page = Renderer(PROJECT / "templates", {"name": "R"}).render(
        "source.md.j2", "sources/a.md", document=corpus.documents[0], segments=segments
    )
    assert "<script>" not in page and "49" not in page and "](javascript" not in page
    assert '<a class="entity" href="../organizations/' in page
