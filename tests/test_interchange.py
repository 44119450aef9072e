"""Data others can open (publish/interchange.py), each read back with the real library
or checked against its documented shape: the FollowTheMoney entities with
`followthemoney`'s model, the TimelineJS JSON against TimelineJS's JSON format, the GEXF
with networkx. Hostile text stays data in all three."""

from __future__ import annotations

import html
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from followthemoney import model
from followthemoney.exc import InvalidData

from generator.chronology.events import build_chronology
from generator.infra.memo import Memo, reusing
from generator.ingest.text import split_sentences
from generator.model import Chronology, Citation, Description, Document, Entity, Event, Mention
from generator.publish import interchange
from generator.publish.charts import co_occurrences

from .entity_fixtures import TEXTS, make, resolve

HOSTILE = "<script>alert(\"x\")</script> {{ 7*7 }} {% raw %} 'quoted' & more"


def _document(doc_id: str, date: str, title: str, text: str = "One. Two.") -> Document:
    return Document(
        doc_id, doc_id, Path(f"{doc_id}.txt"), date, title, text, tuple(split_sentences(text))
    )


def _hostile_entity() -> Entity:
    return Entity(
        id="hostile",
        name=HOSTILE,
        type="person",
        aliases=('Ana "the <b>" Díaz',),
        descriptions=(Description("{{ config }} <i>envoy</i>", "h", 1),),
        mentions=(Mention(HOSTILE, "h", 1, 0, 3), Mention("Ana", "h", 2, 5, 8)),
        documents=("h",),
        first_seen="2023-05-01",
        last_seen="2023-05-01",
        page=None,
        note="the analyst's <note>",
    )


def _corpus() -> tuple[list[Document], list[Entity]]:
    """The envoy fixture's two documents and entities, a hostile document and entity."""
    corpus, _ = make(TEXTS)
    entities = list(resolve(TEXTS).values())
    hostile = _document("h", "2023-05-01", HOSTILE)
    return [*corpus.documents, hostile], [*entities, _hostile_entity()]


def _ftm(documents: list[Document], entities: list[Entity]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in interchange.entities_ftm(documents, entities).splitlines()]


# --- FollowTheMoney ----------------------------------------------------------------------


def test_every_ftm_line_is_a_valid_entity_of_its_schema():
    documents, entities = _corpus()
    lines = _ftm(documents, entities)
    for data in lines:
        proxy = model.get_proxy(data, cleaned=False)  # cleans every value by its type
        assert proxy.to_dict() == data  # nothing dropped or changed: every value was valid
        assert proxy.schema.validate(data) is None  # required properties present
    schemata = [d["schema"] for d in lines]
    assert schemata.count("Article") == len(documents)
    assert {"Person", "Address", "Documentation"} <= set(schemata)


def test_ftm_links_each_entity_to_the_documents_that_name_it():
    documents, entities = _corpus()
    lines = _ftm(documents, entities)
    by_id = {d["id"]: d for d in lines}
    assert len(by_id) == len(lines)  # ids unique
    links = [d for d in lines if d["schema"] == "Documentation"]
    assert len(links) == sum(len(e.documents) for e in entities)
    for link in links:
        (entity,) = link["properties"]["entity"]
        (document,) = link["properties"]["document"]
        assert by_id[entity]["schema"] in {"Person", "Organization", "Address"}
        assert by_id[document]["schema"] == "Article"
    carstens = by_id[interchange.ftm_id("entity", "roger-carstens")]["properties"]
    assert carstens["name"] == ["Roger Carstens"] and carstens["alias"] == ["Carstens"]
    assert carstens["description"] == ["Ambassador", "the special envoy"]
    caracas = by_id[interchange.ftm_id("entity", "caracas")]
    assert caracas["schema"] == "Address" and caracas["properties"]["full"] == ["Caracas"]
    assert "country" not in caracas["properties"]  # a capital is not its country
    article = by_id[interchange.ftm_id("document", "a")]["properties"]
    assert article["publishedAt"] == ["2021-12-10"] and article["fileName"] == ["a"]


def test_a_place_named_as_a_country_gets_its_code():
    texts = {"d": ("2022-01-01", "[Russia|GPE] and [Moscow|GPE] and [Washington|GPE] met.")}
    corpus, _ = make(texts)
    lines = _ftm(list(corpus.documents), list(resolve(texts).values()))
    countries = {
        d["properties"]["full"][0]: d["properties"].get("country")
        for d in lines
        if d["schema"] == "Address"
    }
    assert countries == {"Russia": ["ru"], "Moscow": None, "Washington": None}


def test_ftm_output_is_sorted_and_the_same_in_any_input_order():
    documents, entities = _corpus()
    text = interchange.entities_ftm(documents, entities)
    ids = [json.loads(line)["id"] for line in text.splitlines()]
    assert ids == sorted(ids)
    again = interchange.entities_ftm(documents[::-1], entities[::-1])
    assert again == text


def test_the_watch_reuses_unchanged_lines():
    documents, entities = _corpus()
    memo = Memo()
    with reusing(memo):
        first = interchange.entities_ftm(documents, entities)
    renamed = [*entities[:-1], replace(entities[-1], note="another note")]
    with reusing(memo):
        second = interchange.entities_ftm(documents, renamed)
    assert memo.made == 1  # the changed entity's lines; documents and the others reused
    assert memo.reused == len(documents) + len(entities) - 1
    assert second == interchange.entities_ftm(documents, renamed) != first


def test_hostile_text_is_data_in_ftm():
    documents, entities = _corpus()
    by_id = {d["id"]: d for d in _ftm(documents, entities)}
    person = by_id[interchange.ftm_id("entity", "hostile")]["properties"]
    assert person["name"] == [HOSTILE]
    assert person["alias"] == ['Ana "the <b>" Díaz']
    assert person["description"] == ["the analyst's <note>", "{{ config }} <i>envoy</i>"]
    assert by_id[interchange.ftm_id("document", "h")]["properties"]["title"] == [HOSTILE]


def test_schema_validation_catches_a_broken_line():
    # The check above can fail: a Documentation without its document is refused.
    broken = {"id": "x", "schema": "Documentation", "properties": {"entity": ["y"]}}
    with pytest.raises(InvalidData):
        model.get("Documentation").validate(broken)


# --- TimelineJS --------------------------------------------------------------------------


def check_timelinejs(data: Any) -> list[str]:
    """Problems with `data` as TimelineJS's JSON format: {"title": slide, "events":
    [slide]}, a slide {"start_date": {"year", "month"?, "day"?}, "text": {"headline",
    "text"}}; date parts integers, a day only with a month; unique ids unique."""
    problems = []
    if not isinstance(data, dict) or set(data) - {"title", "events", "eras", "scale"}:
        return ["not an object of title, events (eras, scale)"]
    title = data.get("title")
    if title is not None and not isinstance(title.get("text", {}).get("headline"), str):
        problems.append("title without a text headline")
    if not isinstance(data.get("events"), list):
        return [*problems, "events is not a list"]
    ids = [e.get("unique_id") for e in data["events"] if "unique_id" in e]
    if len(ids) != len(set(ids)):
        problems.append("unique_id repeated")
    for n, event in enumerate(data["events"]):
        date = event.get("start_date")
        if not isinstance(date, dict) or "year" not in date:
            problems.append(f"event {n}: no start_date with a year")
            continue
        if set(date) - {"year", "month", "day", "hour", "minute", "second", "display_date"}:
            problems.append(f"event {n}: unknown date part")
        if not all(isinstance(date[k], int) for k in ("year", "month", "day") if k in date):
            problems.append(f"event {n}: a date part is not an integer")
        if "day" in date and "month" not in date:
            problems.append(f"event {n}: a day without a month")
        if not 1 <= date.get("month", 1) <= 12 or not 1 <= date.get("day", 1) <= 31:
            problems.append(f"event {n}: month or day out of range")
        text = event.get("text", {})
        if not all(isinstance(text.get(k), str) for k in ("headline", "text")):
            problems.append(f"event {n}: text without headline and text")
    return problems


SITE = {"name": f"Report {HOSTILE}", "subtitle": "", "description": "Built from 3 documents."}


def test_timeline_matches_timelinejs_format(two_reports):
    corpus, analyses, entities, _ = two_reports
    chronology = build_chronology(corpus, analyses, entities)
    data = json.loads(interchange.timeline_json(chronology, corpus.documents, SITE))
    assert check_timelinejs(data) == []
    assert len(data["events"]) == len(chronology.events) > 0
    dates = {e.id: e.date for e in chronology.events}
    for slide in data["events"]:
        date = dates[slide["unique_id"]]
        assert slide["start_date"] == interchange.start_date(date)
        assert len(slide["start_date"]) == date.count("-") + 1  # the event's own precision
    assert {"year": 2017} in [s["start_date"] for s in data["events"]]


def test_timeline_schema_check_finds_problems():
    bad = {
        "events": [
            {"text": {"headline": "h", "text": "t"}},
            {"start_date": {"year": "2017", "day": 3}, "text": {"headline": "h", "text": "t"}},
        ]
    }
    assert check_timelinejs(bad) == [
        "event 0: no start_date with a year",
        "event 1: a date part is not an integer",
        "event 1: a day without a month",
    ]


def test_start_date_keeps_the_precision():
    assert interchange.start_date("2017") == {"year": 2017}
    assert interchange.start_date("2022-03") == {"year": 2022, "month": 3}
    assert interchange.start_date("2021-12-07") == {"year": 2021, "month": 12, "day": 7}


def test_hostile_text_is_escaped_in_the_timeline():
    event = Event(
        id="e1",
        date="2023-05",
        precision="month",
        text=f"Sentence {HOSTILE}",
        summary=HOSTILE,
        expression="May",
        resolution="month named",
        entities=(),
        sources=(Citation("h", 1),),
        future=True,
    )
    documents = [_document("h", "2023-05-01", HOSTILE)]
    text = interchange.timeline_json(Chronology((event,), ()), documents, SITE)
    assert "<script" not in text and "<b>" not in text
    data = json.loads(text)
    assert check_timelinejs(data) == []
    (slide,) = data["events"]
    assert html.unescape(slide["text"]["headline"]) == HOSTILE
    assert f"<p>{html.escape('Sentence ' + HOSTILE)}</p>" in slide["text"]["text"]
    assert "Scheduled" in slide["text"]["text"]
    assert html.unescape(data["title"]["text"]["headline"]) == SITE["name"]


def test_an_empty_chronology_is_a_title_alone():
    text = interchange.timeline_json(Chronology((), ()), [], SITE)
    assert json.loads(text)["events"] == []


# --- GEXF --------------------------------------------------------------------------------


def _read_gexf(text: str, tmp_path: Path) -> Any:
    path = tmp_path / "network.gexf"
    path.write_text(text, encoding="utf-8")
    return nx.read_gexf(path)


def test_gexf_reads_back_as_the_co_occurrence_graph(tmp_path):
    documents, entities = _corpus()
    text = interchange.network_gexf(documents, entities)
    graph = _read_gexf(text, tmp_path)
    pairs = co_occurrences(entities)
    assert pairs  # the fixture has links to check
    assert graph.number_of_nodes() == len({n for pair in pairs for n in pair})
    assert graph.number_of_edges() == len(pairs)
    for (a, b), weight in pairs.items():
        assert graph.edges[a, b]["weight"] == weight
    carstens = graph.nodes["roger-carstens"]
    assert carstens["label"] == "Roger Carstens" and carstens["type"] == "person"
    assert carstens["mentions"] == 2


def test_gexf_is_the_same_on_every_build(tmp_path):
    documents, entities = _corpus()
    text = interchange.network_gexf(documents, entities)
    assert interchange.network_gexf(documents[::-1], entities[::-1]) == text
    # networkx writes the day it runs; the file carries the newest document's date.
    assert 'lastmodifieddate="2023-05-01"' in text
    assert text.count("lastmodifieddate") == 1


def test_hostile_names_are_data_in_the_gexf(tmp_path):
    hostile = _hostile_entity()
    other = Entity(
        "other", "Bo", "person", (), (), (Mention("Bo", "h", 1, 9, 11),), ("h",),
        "2023-05-01", "2023-05-01", None,
    )  # fmt: skip
    text = interchange.network_gexf([_document("h", "2023-05-01", "t")], [hostile, other])
    assert "<script" not in text
    graph = _read_gexf(text, tmp_path)
    assert graph.nodes["hostile"]["label"] == HOSTILE
    assert graph.edges["hostile", "other"]["weight"] == 1


def test_no_links_is_an_empty_graph(tmp_path):
    graph = _read_gexf(interchange.network_gexf([], []), tmp_path)
    assert graph.number_of_nodes() == 0


def test_a_long_chronology_gives_timelinejs_its_main_events_only():
    # TimelineJS advises at most 20 slides: past that, the story's main events (the home
    # page's what_happened, 20 of them); every event stays in chronology.json.
    from generator.chronology.main_events import what_happened

    letters = "abcdefghijklmnopqrstuvwxyz"
    documents, events = [], []
    for n in range(30):
        day = f"2023-05-{n + 1:02d}"
        documents.append(_document(f"d{n}", day, f"Title {n}"))
        # Six words of its own: no two summaries read alike (main_events.distinct).
        summary = " ".join(f"{letters[n % 26]}{letters[n // 26]}{letters[j]}ward" for j in range(6))
        events.append(
            Event(
                f"e{n:02d}",
                day,
                "day",
                summary + ".",
                summary,
                "today",
                "publication",
                (),
                (Citation(f"d{n}", 1),),
            )
        )
    chronology = Chronology(tuple(events), ())
    data = json.loads(interchange.timeline_json(chronology, documents, SITE))
    main = what_happened(chronology, documents, ("2023-05-01", "2023-05-30"), 20)
    assert len(data["events"]) == interchange.TIMELINE_SLIDES == 20
    assert [s["unique_id"] for s in data["events"]] == [line.event.id for line in main]
    assert check_timelinejs(data) == []
    few = Chronology(tuple(events[:20]), ())
    assert len(json.loads(interchange.timeline_json(few, documents, SITE))["events"]) == 20
