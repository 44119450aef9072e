"""data/*.json and the CSV (publish/export.py): the items encoded one by one (and
remembered by watch) give exactly the text json.dumps gives for the whole; the
chronology's JSON and CSV shape."""

from __future__ import annotations

import json
import re

from generator.chronology.events import build_chronology
from generator.infra.memo import Memo, reusing
from generator.model import Chronology, Citation, Entity, Event, KeyDate, Mention
from generator.publish import export


def _entity(name: str, note: str | None = None) -> Entity:
    return Entity(
        id=name.lower().replace(" ", "-"),
        name=name,
        type="person",
        aliases=("A\nB", "line\u2028sep", 'quote " and \\ backslash'),
        descriptions=(),
        mentions=(Mention(name, "d1", 1, 0, len(name)),),
        documents=("d1",),
        first_seen="2022-01-01",
        last_seen="2022-01-01",
        page=None,
        note=note,
    )


def _event(text: str) -> Event:
    return Event(
        id=f"e{len(text)}",
        date="2022-03",
        precision="month",
        text=text,
        summary=text[:10],
        expression="March",
        resolution="month named",
        entities=("x",),
        sources=(Citation("d1", 2),),
    )


def _canonical(text: str) -> bool:
    return export.to_json(json.loads(text)) == text


def test_entities_json_is_json_dumps_of_the_whole():
    entities = [_entity("Ana Díaz", note="the analyst's note"), _entity("Bo <b>&")]
    assert _canonical(export.entities_json(entities))
    assert _canonical(export.entities_json([]))
    assert json.loads(export.entities_json(entities))["entities"][1]["name"] == "Bo <b>&"


def test_chronology_json_is_json_dumps_of_the_whole():
    events = (_event("First\nline {{ 7*7 }}"), _event("Second"))
    chronology = Chronology(events=events, key_dates=(KeyDate("2022-03-01", 2.0, 1, 1),))
    assert _canonical(export.chronology_json(chronology))
    assert _canonical(export.chronology_json(Chronology(events=(), key_dates=())))


def test_remembered_items_give_the_same_text():
    memo = Memo()
    entities = [_entity("Ana Díaz"), _entity("Bo")]
    with reusing(memo):
        first = export.entities_json(entities)
    changed = [entities[0], _entity("Bo", note="new")]
    with reusing(memo):
        second = export.entities_json(changed)
    assert memo.reused == 1 and memo.made == 1  # Ana reused, Bo encoded again
    assert second == export.entities_json(changed) != first


def test_json_shape(two_reports):
    corpus, analyses, entities, _ = two_reports
    data = json.loads(export.chronology_json(build_chronology(corpus, analyses, entities)))
    assert set(data) == {"events", "key_dates", "key_date_evidence"}
    evidence = data["key_date_evidence"]
    assert [e["date"] for e in evidence] == data["key_dates"]  # the same days, same order
    assert all(
        set(e)
        == {
            "date",
            "score",
            "references",
            "retrospective",
            "anticipated",
            "publications",
            "headline",
            "shown",
        }
        for e in evidence
    )
    events = {e["id"] for e in data["events"]}
    assert all(e["headline"] is None or e["headline"] in events for e in evidence)
    for event in data["events"]:
        assert list(event) == [
            "id",
            "date",
            "precision",
            "text",
            "summary",
            "expression",
            "entities",
            "sources",
        ]
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", event["date"])
        assert len(event["date"]) == {"year": 4, "month": 7, "day": 10}[event["precision"]]
        assert all(set(s) == {"document", "sentence"} for s in event["sources"])
    assert data["key_dates"][0] == "2021-12-07"
    csv = export.chronology_csv(build_chronology(corpus, analyses, entities))
    assert csv.splitlines()[0].startswith("id,date,precision,future,summary")
    assert len(csv.splitlines()) == len(data["events"]) + 1
