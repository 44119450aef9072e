"""data/*.json and CSV: the report's data, for download and for other tools."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

from ..infra.memo import reused
from ..model import Chronology, Document, Entity, Event


def to_json(payload: Any) -> str:
    """Stable JSON: sorted keys would reorder the contract's fields, so keep insertion
    order (built deterministically) and fix the formatting."""
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"


def _item(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1)


def _listing(fields: Sequence[tuple[str, Sequence[str]]]) -> str:
    """to_json({name: [item, ...], ...}) from the items already encoded one by one (by
    _item), so that each can be remembered: the same text, byte for byte. JSON strings
    hold no raw line feed, so an item is indented by indenting its lines."""
    parts = []
    for name, items in fields:
        if items:
            inner = ",\n".join("  " + item.replace("\n", "\n  ") for item in items)
            parts.append(f" {json.dumps(name)}: [\n{inner}\n ]")
        else:
            parts.append(f" {json.dumps(name)}: []")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def documents_json(documents: Sequence[Document]) -> str:
    return to_json(
        {
            "documents": [
                {
                    "id": d.id,
                    "date": d.date,
                    "title": d.title,
                    "outlet": d.outlet,
                    "dateline": d.dateline,
                    "words": d.words,
                    "sentences": len(d.sentences),
                    "page": d.page,
                }
                for d in documents
            ]
        }
    )


# A cell a spreadsheet would read as a formula (CSV injection): OWASP's advice is to
# start it with a single quote, which the spreadsheet shows as text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def to_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """CSV text; every cell of text that starts like a formula starts with ' instead."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([_cell(value) for value in header])
    writer.writerows([_cell(value) for value in row] for row in rows)
    return buffer.getvalue()


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def statements_csv(documents: Sequence[Document], entities: Sequence[Entity]) -> str:
    """data/statements.csv: one row per speaker turn of the transcripts: the document,
    its first and last sentence, the label as written, and the entity that speaks it
    (empty for reporters and unnamed officials)."""
    speaker = {(m.document, m.start): e.id for e in entities for m in e.mentions}
    rows = [
        (d.id, t.first, t.last, t.label, speaker.get((d.id, t.start), ""))
        for d in documents
        for t in d.turns
    ]
    return to_csv(["document", "first_sentence", "last_sentence", "label", "entity"], rows)


def chronology_json(chronology: Chronology) -> str:
    """data/chronology.json: the events in date order; every day the documents speak of,
    best first (`key_dates`, past what the pages show), and for each the
    evidence it was ranked on and its headline event (the one most sources report)."""
    headline: dict[str, Event] = {}
    for event in chronology.events:
        best = headline.get(event.date)
        if best is None or len(event.sources) > len(best.sources):
            headline[event.date] = event
    evidence = [
        {
            "date": k.date,
            "score": k.score,
            "references": k.references,
            "retrospective": k.retrospective,
            "anticipated": k.anticipated,
            "publications": k.publications,
            "headline": headline[k.date].id if k.date in headline else None,
            "shown": rank < chronology.shown,
        }
        for rank, k in enumerate(chronology.key_dates)
    ]
    return _listing(
        [
            ("events", [_event_item(e) for e in chronology.events]),
            ("key_dates", [_item(k.date) for k in chronology.key_dates]),
            ("key_date_evidence", [_item(e) for e in evidence]),
        ]
    )


@reused("event json")
def _event_item(e: Event) -> str:
    return _item(
        {
            "id": e.id,
            "date": e.date,
            "precision": e.precision,
            "text": e.text,
            "summary": e.summary,
            "expression": e.expression,
            "entities": list(e.entities),
            "sources": [{"document": s.document, "sentence": s.sentence} for s in e.sources],
        }
    )


def chronology_csv(chronology: Chronology) -> str:
    """data/chronology.csv: one row per event; list fields joined with "; "."""
    header = (
        "id",
        "date",
        "precision",
        "future",
        "summary",
        "text",
        "expression",
        "resolution",
        "entities",
        "sources",
    )
    rows = (
        (
            e.id,
            e.date,
            e.precision,
            "yes" if e.future else "",
            e.summary,
            e.text,
            e.expression,
            e.resolution,
            "; ".join(e.entities),
            "; ".join(f"{s.document}#s{s.sentence}" for s in e.sources),
        )
        for e in chronology.events
    )
    return to_csv(header, rows)


def entities_json(entities: Sequence[Entity]) -> str:
    """data/entities.json. The analyst's note (corrections file) is a description
    without a citation: document and sentence are null. "merged" lists each name joined
    to the entity, the rule that joined it and where it was first read. In the watch, an entity equal to
    one of the last build is not encoded again."""
    return _listing([("entities", [_entity_item(e) for e in entities])])


@reused("entity json")
def _entity_item(e: Entity) -> str:
    return _item(
        {
            "id": e.id,
            "name": e.name,
            "type": e.type,
            "aliases": list(e.aliases),
            "descriptions": (
                [{"text": e.note, "document": None, "sentence": None}] if e.note else []
            )
            + [
                {"text": d.text, "document": d.document, "sentence": d.sentence}
                for d in e.descriptions
            ],
            "mentions": len(e.mentions),
            "documents": list(e.documents),
            "first_seen": e.first_seen,
            "last_seen": e.last_seen,
            "page": e.page,
            "merged": [
                {"name": m.name, "rule": m.rule, "document": m.document, "sentence": m.sentence}
                for m in e.merged
            ],
        }
    )
