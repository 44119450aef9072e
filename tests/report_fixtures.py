"""Synthetic entities and events for the chart and PDF tests.

Entities and the chronology are built by their own stages; these tests only need values
that honour the contracts in generator/model.py. Mentions are found by plain string
search for known names, so their offsets and sentence numbers are real.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from generator.ingest.text import slugify
from generator.model import Citation, Description, Document, Entity, Event, Mention

from .conftest import load_document

PEOPLE = ["Roger Carstens", "James Story", "Juan Gonzalez", "Nicolás Maduro", "Jorge Rodríguez"]
ORGANIZATIONS = ["State Department", "Citgo", "PDVSA"]
PLACES = ["Caracas", "Venezuela", "El Helicoide"]
TYPES = {
    **dict.fromkeys(PEOPLE, "person"),
    **dict.fromkeys(ORGANIZATIONS, "organization"),
    **dict.fromkeys(PLACES, "place"),
}
SECTION = {"person": "people", "organization": "organizations", "place": "places"}

TEMPLATES = [
    "{a} met {b} in {p} to talk about the detained men.",
    "{a} said the talks with {b} would go on.",
    "Officials of the {o} travelled to {p} with {a}.",
    "The {o} confirmed that {b} had been released from {p}.",
]


def write_documents(folder: Path, count: int, start: str = "2022-01-03") -> list[Document]:
    """Write `count` seed files, a few days apart, and load them."""
    folder.mkdir(parents=True, exist_ok=True)
    first = dt.date.fromisoformat(start)
    people, orgs, places = PEOPLE, ORGANIZATIONS, PLACES
    documents = []
    for i in range(count):
        date = first + dt.timedelta(days=(i * 3) % 360)
        lines = []
        for j in range(4):
            template = TEMPLATES[(i + j) % len(TEMPLATES)]
            lines.append(
                template.format(
                    a=people[(i + j) % len(people)],
                    b=people[(i + 2 * j + 1) % len(people)],
                    o=orgs[(i + j) % len(orgs)],
                    p=places[(i * j) % len(places)],
                )
            )
        body = "\n\n".join([" ".join(lines[:2]), " ".join(lines[2:])])
        path = folder / f"doc-{i:04d}.txt"
        path.write_text(f"date {date.isoformat()}\nReport number {i}\n{body}\n", encoding="utf-8")
        documents.append(load_document(path))
    return sorted(documents, key=lambda d: (d.date, d.id), reverse=True)


def find_entities(documents: Sequence[Document]) -> list[Entity]:
    """One Entity per known name found in the documents, mentions in date order."""
    found: dict[str, list[Mention]] = defaultdict(list)
    for document in sorted(documents, key=lambda d: (d.date, d.id)):
        for sentence in document.sentences:
            for name in TYPES:
                at = sentence.text.find(name)
                while at >= 0:
                    start = sentence.start + at
                    found[name].append(
                        Mention(name, document.id, sentence.number, start, start + len(name))
                    )
                    at = sentence.text.find(name, at + 1)
    dates = {d.id: d.date for d in documents}
    entities = []
    for name, mentions in sorted(found.items()):
        kind = TYPES[name]
        slug = slugify(name)
        docs = tuple(dict.fromkeys(m.document for m in mentions))
        first = mentions[0]
        entities.append(
            Entity(
                id=slug,
                name=name,
                type=kind,
                aliases=(name.split()[-1],) if " " in name else (),
                descriptions=(
                    Description(f"a name in {first.document}", first.document, first.sentence),
                ),
                mentions=tuple(mentions),
                documents=docs,
                first_seen=dates[docs[0]],
                last_seen=dates[docs[-1]],
                page=f"{SECTION[kind]}/{slug}.md",
            )
        )
    return entities


def make_events(documents: Sequence[Document], entities: Sequence[Entity]) -> list[Event]:
    """One event per document (its first sentence), dated at varied precisions."""
    by_sentence: dict[tuple[str, int], list[str]] = defaultdict(list)
    for entity in entities:
        for m in entity.mentions:
            by_sentence[(m.document, m.sentence)].append(entity.id)
    events = []
    for i, document in enumerate(sorted(documents, key=lambda d: (d.date, d.id))):
        sentence = document.sentences[0]
        date = document.date if i % 3 else document.date[:7]
        if i % 7 == 6:
            date = document.date[:4]
        precision = {10: "day", 7: "month", 4: "year"}[len(date)]
        sources = [Citation(document.id, sentence.number)]
        if i and i % 4 == 0:
            sources.append(Citation(documents[0].id, 1))
        events.append(
            Event(
                id=f"e{i:04d}",
                date=date,
                precision=precision,
                text=sentence.text,
                summary=sentence.text[:70],
                expression=document.date,
                resolution=f"publication date of {document.id}",
                entities=tuple(dict.fromkeys(by_sentence[(document.id, sentence.number)])),
                sources=tuple(sources),
            )
        )
    return sorted(events, key=lambda e: (e.date, e.id))


def make_report(
    folder: Path, count: int
) -> tuple[list[Document], list[Entity], list[Event], list[str]]:
    documents = write_documents(folder, count)
    entities = find_entities(documents)
    events = make_events(documents, entities)
    key_dates = sorted({e.date for e in events if e.precision == "day"})[:: max(1, count // 6)]
    return documents, entities, events, key_dates
