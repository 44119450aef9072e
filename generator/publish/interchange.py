"""Data others can open: the report's entities, chronology and network in the formats
of the tools newsrooms move data between.

- data/entities.ftm.json: FollowTheMoney entities, one JSON object per line, made with
  the `followthemoney` package, for Aleph and OpenSanctions' tools (`ftm`,
  nomenklatura, yente). Schemata:

  * a person is a `Person`, an organization an `Organization`: `name`, `alias` (every
    other spelling), `description` (the analyst's note, then each role stated in the
    text, as on the profile);
  * a place is an `Address`: FtM has no schema for a place or a country (its country
    is a property, not an entity), and `Address` is the one it gives a location of any
    size: `full` is the name, as FtM's geocoders and Aleph's address pages read it. A
    place named as a country (its English name) also gets that `country` code, so
    that Aleph's country facet finds it;
  * a source document is an `Article` (title, publication date, outlet, web address);
  * each (entity, document) pair is a `Documentation` (FtM's link from a thing to a
    document about it: Aleph shows it on both): `role` "mentioned", the names as
    written there in `namesMentioned`, the roles stated there in `summary`.
    (`Mention` is FtM's name not yet resolved to an entity; these are resolved.)

  Ids are FtM's `make_entity_id` (a SHA-1) of the report's own ids (entity slug,
  document id), so they stay the same across builds and between reports.

- data/timeline.json: the chronology as TimelineJS's JSON (a title slide and one slide
  an event, dated to the precision the text gave: a year only, a year and month, or a
  day), at most TIMELINE_SLIDES events: the story's main events when there are more
  (timeline_events). TimelineJS renders `headline` and `text` as HTML, so the text is
  escaped here.

- data/network.gexf: the co-occurrence graph (entities named in the same sentence,
  weighted by the number of sentences: `charts.co_occurrences`, of which the network
  chart draws the strongest part) as GEXF for Gephi, written by networkx.

Every file is the same, byte for byte, from the same input: lines and nodes are sorted,
and the GEXF's "last modified" date is the newest document's, not the build's day.
"""

from __future__ import annotations

import functools
import html
import io
import json
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from ..chronology.main_events import what_happened
from ..infra.memo import reused
from ..model import Chronology, Document, Entity, Event
from .charts import co_occurrences

FTM_SCHEMA = {"person": "Person", "organization": "Organization", "place": "Address"}
# TimelineJS's advice: "not more than 20 slides for a reader to click through".
TIMELINE_SLIDES = 20


# --- FollowTheMoney ----------------------------------------------------------------------


def entities_ftm(documents: Sequence[Document], entities: Sequence[Entity]) -> str:
    """data/entities.ftm.json: one FtM entity a line, sorted by id (see the module's
    docstring for what each schema holds)."""
    lines = [_document_line(_document_fields(d)) for d in documents]
    for entity in entities:
        lines.extend(_entity_lines(entity))
    lines.sort()
    return "".join(line + "\n" for line in lines)


def ftm_id(kind: str, *parts: str) -> str:
    """The FtM id of one of the report's things: `kind` ("entity", "document",
    "documentation") and the report's own ids."""
    from followthemoney.util import make_entity_id

    made = make_entity_id("story-report", kind, *parts)
    assert made is not None  # only None when every part is empty
    return made


DocumentFields = tuple[str, str, str, str, str | None, str | None]


def _document_fields(d: Document) -> DocumentFields:
    return (d.id, d.path.name, d.title, d.date, d.source or d.outlet, d.url)


@reused("ftm document")
def _document_line(fields: DocumentFields) -> str:
    doc_id, file_name, title, date, publisher, url = fields
    proxy = _proxy("Article", _document_id(doc_id))
    proxy.add("title", title)
    proxy.add("fileName", file_name)
    proxy.add("publishedAt", date)
    proxy.add("publisher", publisher)
    proxy.add("sourceUrl", url)
    return _line(proxy)


@reused("ftm entity")
def _entity_lines(entity: Entity) -> tuple[str, ...]:
    """The entity's own line and one Documentation line per document it is named in."""
    proxy = _proxy(FTM_SCHEMA[entity.type], ftm_id("entity", entity.id))
    names = (entity.name, *entity.aliases)
    proxy.add("full" if entity.type == "place" else "name", entity.name)
    proxy.add("alias", list(entity.aliases))
    proxy.add("description", _unique([entity.note or "", *(d.text for d in entity.descriptions)]))
    if entity.type == "place":
        proxy.add("country", _countries(names))
    lines = [_line(proxy)]
    # Grouped by document once: scanning every mention for each document is quadratic
    # in an entity named in hundreds of documents.
    written = _by_document((m.document, m.text) for m in entity.mentions)
    stated = _by_document((d.document, d.text) for d in entity.descriptions)
    for doc_id in entity.documents:
        link = _proxy("Documentation", ftm_id("documentation", entity.id, doc_id))
        # Ids made by ftm_id and a constant word: what FtM's cleaning would give back.
        link.add("entity", proxy.id, cleaned=True)
        link.add("document", _document_id(doc_id), cleaned=True)
        link.add("role", "mentioned", cleaned=True)
        link.add("namesMentioned", _unique(written.get(doc_id, ())))
        link.add("summary", "; ".join(_unique(stated.get(doc_id, ()))))
        lines.append(_line(link))
    return tuple(lines)


def _by_document(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """(document, text) pairs -> the texts of each document, in the order given."""
    grouped: dict[str, list[str]] = {}
    for document, text in pairs:
        grouped.setdefault(document, []).append(text)
    return grouped


@functools.lru_cache(maxsize=1 << 16)
def _document_id(doc_id: str) -> str:
    """A document's FtM id, worked out once: every entity it names links to it."""
    return ftm_id("document", doc_id)


def _proxy(schema: str, entity_id: str) -> Any:
    from followthemoney import model

    proxy = model.make_entity(schema)
    proxy.id = entity_id
    return proxy


def _line(proxy: Any) -> str:
    """One entity as FtM's own dictionary, keys sorted; values keep the order added."""
    return json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True)


def _unique(values: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _countries(names: Sequence[str]) -> list[str]:
    """The ISO codes of the names that are a country's English name ("Russia", "United
    States"; the entity's other names, "US", "U.S.", are its aliases). `countrynames`
    alone would also read a capital as its country (Moscow, Washington), and "LA" as
    Laos: a city is not a country. Only a name spelled as one of the English names is
    looked up (`countrynames` is slow to ask, and any other name fails the check)."""
    from countrynames import to_code

    english = _english_territories()
    codes = set()
    with warnings.catch_warnings():
        # Without PyICU (not installed: it needs a C++ build), normality warns that it
        # transliterates with a simpler table; country names are Latin already.
        warnings.simplefilter("ignore")
        for name in names:
            if name.casefold() not in english:
                continue
            code = to_code(name)
            if code is None or len(code) != 2:
                continue
            if code in english[name.casefold()]:
                codes.add(code.lower())
    return sorted(codes)


@functools.cache
def _english_territories() -> dict[str, frozenset[str]]:
    """Babel's English territory names, case-folded -> the codes so named."""
    from babel import Locale

    named: dict[str, set[str]] = {}
    for code, name in Locale("en").territories.items():
        named.setdefault(name.casefold(), set()).add(code)
    return {name: frozenset(codes) for name, codes in named.items()}


# --- TimelineJS --------------------------------------------------------------------------


def timeline_json(
    chronology: Chronology, documents: Sequence[Document], site: dict[str, str]
) -> str:
    """data/timeline.json in TimelineJS's shape: {"title": slide, "events": [slide, ...]},
    a slide's date as {"year", "month", "day"} integers to the event's precision; the
    events are timeline_events'."""
    by_id = {d.id: d for d in documents}
    title = {"text": {"headline": _html(site["name"]), "text": _html(site["description"])}}
    events = [_slide(e, by_id) for e in timeline_events(chronology, documents)]
    return json.dumps({"title": title, "events": events}, ensure_ascii=False, indent=1) + "\n"


def timeline_events(chronology: Chronology, documents: Sequence[Document]) -> list[Event]:
    """The events a TimelineJS reader clicks through: all of them when there are at most
    TIMELINE_SLIDES, else the story's main events (what_happened, as on the home page,
    TIMELINE_SLIDES of them). TimelineJS makes a slide and a marker of every event: a
    large corpus's thousands (6,405 on 1,801 documents, 4.9 MB) are more than a reader
    can click through or a browser lays out. Every event is in data/chronology.json."""
    events = list(chronology.events)
    if len(events) <= TIMELINE_SLIDES:
        return events
    dates = sorted(d.date for d in documents)
    span = (dates[0], dates[-1]) if dates else None
    return [line.event for line in what_happened(chronology, documents, span, TIMELINE_SLIDES)]


def _slide(event: Event, documents: dict[str, Document]) -> dict[str, Any]:
    sources = []
    for citation in event.sources:
        document = documents.get(citation.document)
        named = f"{document.title} ({document.date})" if document else citation.document
        sources.append(f"{named}, sentence {citation.sentence}")
    text = f"<p>{_html(event.text)}</p>"
    if event.future:
        text += "<p>Scheduled: after the document's publication.</p>"
    text += "<p>" + _html("Source: " if len(sources) == 1 else "Sources: ")
    text += "; ".join(_html(s) for s in sources) + "</p>"
    return {
        "start_date": start_date(event.date),
        "text": {"headline": _html(event.summary), "text": text},
        "unique_id": event.id,
    }


def start_date(date: str) -> dict[str, int]:
    """ "2022" -> {"year": 2022}; "2022-03" adds the month; "2022-03-07" the day."""
    parts = [int(p) for p in date.split("-")]
    return dict(zip(("year", "month", "day"), parts, strict=False))


def _html(text: str) -> str:
    return html.escape(text, quote=True)


# --- GEXF --------------------------------------------------------------------------------


def network_gexf(
    documents: Sequence[Document],
    entities: Sequence[Entity],
    pairs: Counter[tuple[str, str]] | None = None,
) -> str:
    """data/network.gexf: every pair of entities named in one sentence, weighted by the
    number of such sentences (`pairs`, co_occurrences, when the caller has them
    already); each node with its name, type, mentions and documents."""
    import networkx as nx

    graph = network_graph(entities, pairs)
    buffer = io.BytesIO()
    nx.write_gexf(graph, buffer)
    text = buffer.getvalue().decode("utf-8")
    newest = max((d.date for d in documents), default=None)
    # networkx stamps the day it writes: the data's own date instead, or none.
    stamp = f' lastmodifieddate="{newest}"' if newest else ""
    return _LAST_MODIFIED.sub(stamp, text, count=1).rstrip("\n") + "\n"


_LAST_MODIFIED = re.compile(r' lastmodifieddate="[^"]*"')


def network_graph(entities: Sequence[Entity], pairs: Counter[tuple[str, str]] | None = None) -> Any:
    """The co-occurrence graph as a networkx Graph, nodes and edges in sorted order."""
    import networkx as nx

    if pairs is None:
        pairs = co_occurrences(entities)
    by_id = {e.id: e for e in entities}
    graph = nx.Graph()
    for node in sorted({n for pair in pairs for n in pair}):
        entity = by_id[node]
        graph.add_node(
            node,
            label=entity.name,
            type=entity.type,
            mentions=len(entity.mentions),
            documents=len(entity.documents),
        )
    for (a, b), weight in sorted(pairs.items()):
        graph.add_edge(a, b, weight=weight)
    return graph
