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
  day). TimelineJS renders `headline` and `text` as HTML, so the text is escaped here.

- data/network.gexf: the co-occurrence graph (entities named in the same sentence,
  weighted by the number of sentences: `charts.co_occurrences`, of which the network
  chart draws the strongest part) as GEXF for Gephi, written by networkx.

Every file is the same, byte for byte, from the same input: lines and nodes are sorted,
and the GEXF's "last modified" date is the newest document's, not the build's day.
"""

from __future__ import annotations

import html
import io
import json
import re
import warnings
from collections.abc import Sequence
from typing import Any

from ..infra.memo import reused
from ..model import Chronology, Document, Entity, Event
from .charts import co_occurrences

FTM_SCHEMA = {"person": "Person", "organization": "Organization", "place": "Address"}


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
    proxy = _proxy("Article", ftm_id("document", doc_id))
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
    for doc_id in entity.documents:
        link = _proxy("Documentation", ftm_id("documentation", entity.id, doc_id))
        link.add("entity", proxy.id)
        link.add("document", ftm_id("document", doc_id))
        link.add("role", "mentioned")
        link.add(
            "namesMentioned", _unique([m.text for m in entity.mentions if m.document == doc_id])
        )
        link.add(
            "summary",
            "; ".join(_unique([d.text for d in entity.descriptions if d.document == doc_id])),
        )
        lines.append(_line(link))
    return tuple(lines)


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
    Laos: a city is not a country."""
    from babel import Locale
    from countrynames import to_code

    english = Locale("en").territories
    codes = set()
    with warnings.catch_warnings():
        # Without PyICU (not installed: it needs a C++ build), normality warns that it
        # transliterates with a simpler table; country names are Latin already.
        warnings.simplefilter("ignore")
        for name in names:
            code = to_code(name)
            if code is None or len(code) != 2:
                continue
            if english.get(code, "").casefold() == name.casefold():
                codes.add(code.lower())
    return sorted(codes)


# --- TimelineJS --------------------------------------------------------------------------


def timeline_json(
    chronology: Chronology, documents: Sequence[Document], site: dict[str, str]
) -> str:
    """data/timeline.json in TimelineJS's shape: {"title": slide, "events": [slide, ...]},
    a slide's date as {"year", "month", "day"} integers to the event's precision."""
    by_id = {d.id: d for d in documents}
    title = {"text": {"headline": _html(site["name"]), "text": _html(site["description"])}}
    events = [_slide(e, by_id) for e in chronology.events]
    return json.dumps({"title": title, "events": events}, ensure_ascii=False, indent=1) + "\n"


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


def network_gexf(documents: Sequence[Document], entities: Sequence[Entity]) -> str:
    """data/network.gexf: every pair of entities named in one sentence, weighted by the
    number of such sentences; each node with its name, type, mentions and documents."""
    import networkx as nx

    graph = network_graph(entities)
    buffer = io.BytesIO()
    nx.write_gexf(graph, buffer)
    text = buffer.getvalue().decode("utf-8")
    newest = max((d.date for d in documents), default=None)
    # networkx stamps the day it writes: the data's own date instead, or none.
    stamp = f' lastmodifieddate="{newest}"' if newest else ""
    return _LAST_MODIFIED.sub(stamp, text, count=1).rstrip("\n") + "\n"


_LAST_MODIFIED = re.compile(r' lastmodifieddate="[^"]*"')


def network_graph(entities: Sequence[Entity]) -> Any:
    """The co-occurrence graph as a networkx Graph, nodes and edges in sorted order."""
    import networkx as nx

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
