"""The chronology's pages: what templates/chronology.md.j2 and chronology_year.md.j2
need, computed here and formatted there.

A small chronology is one page, chronology/index.md. A large one (build_chronology sets
each Event.page) is split: the index keeps the key dates, the years and the MAIN_EVENTS
events reported by most documents; each year has its page (chronology/2022.md), a
year too large for one page a page per month (chronology/2022-03.md), which its year's
page lists, and a month too large runs of days (chronology/2022-03-14.md: from 14
March), which its month's page lists.
"""

from __future__ import annotations

import posixpath
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import cast

from ..chronology.events import INDEX_PAGE, dated_by_publication, period_page
from ..chronology.key_dates import near_span
from ..chronology.main_events import distinct
from ..model import Chronology, Corpus, Document, Event
from .render import human_date

KEY_DATE_EVENTS = 3  # events (and documents published) shown with each key date
MAIN_EVENTS = 60
# The filter's lists, in this order, each named as the reader reads it.
FILTER_TYPES = (("person", "Person"), ("organization", "Organization"), ("place", "Place"))


def page_context(
    chronology: Chronology,
    corpus: Corpus,
    entities: Mapping[str, Mapping[str, str | None]],
) -> dict[str, object]:
    """What templates/chronology.md.j2 needs: events grouped by year then month (a
    year-only event before the year's months), key dates with their events, lookups.
    When the chronology is split by year ("split"), the page lists the years with their
    pages and the main events instead of every event (see year_page_contexts)."""
    years = _years(chronology.events)
    split = any(e.page != INDEX_PAGE for e in chronology.events)
    by_date: dict[str, list[Event]] = defaultdict(list)
    for event in chronology.events:
        by_date[event.date].append(event)
    published: dict[str, list[Document]] = defaultdict(list)
    for document in corpus.documents:
        published[document.date].append(document)
    key_dates = [
        {
            "date": k.date,
            "score": k.score,
            "references": k.references,
            "publications": k.publications,
            "events": sorted(by_date.get(k.date, []), key=_telling)[:KEY_DATE_EVENTS],
            "published": published.get(k.date, [])[:KEY_DATE_EVENTS],
        }
        for k in chronology.key_dates[: chronology.shown]
    ]
    main = _main_events(chronology, corpus.date_range) if split else []
    return {
        "events": chronology.events,
        "years": [] if split else years,
        "year_index": [
            {"year": y["year"], "count": y["count"], "page": _year_page(y["year"], split)}
            for y in years
        ],
        "split": split,
        "main_events": main,
        "key_dates": key_dates,
        "filters": filter_options(
            [cast(Event, m["event"]) for m in main] if split else chronology.events, entities
        ),
        "documents": corpus.documents,
        "documents_by_id": {d.id: d for d in corpus.documents},
        "events_by_id": {e.id: e for e in chronology.events},
        "entities": entities,
    }


def year_page_contexts(
    chronology: Chronology,
    corpus: Corpus,
    entities: Mapping[str, Mapping[str, str | None]],
) -> list[tuple[str, dict[str, object]]]:
    """(page, context) of each page of a split chronology, for
    templates/chronology_year.md.j2: one per year, one per month of a year too large for
    one page, and one per run of days of a month too large (see events._split_pages);
    none when the chronology fits on one page. A page lists its subpages, and shows the
    events dated no finer than itself (a year's page: "in 2021")."""
    by_page: dict[str, list[Event]] = defaultdict(list)
    for event in chronology.events:
        if event.page != INDEX_PAGE:
            by_page[event.page].append(event)
    if not by_page:
        return []
    lookups = {
        "index_page": INDEX_PAGE,
        "documents_by_id": {d.id: d for d in corpus.documents},
        "events_by_id": {e.id: e for e in chronology.events},
        "entities": entities,
    }
    events = chronology.events
    years = [period_page(y) for y in sorted({e.date[:4] for e in events})]
    months = [
        period_page(m) for m in sorted({e.date[:7] for e in events if len(_period(e.page)) >= 7})
    ]
    runs = sorted(p for p in by_page if len(_period(p)) == 10)
    count = Counter(e.date[:4] for e in events)
    count.update(e.date[:7] for e in events if e.precision != "year")
    count.update(_period(r) for r in runs for _ in by_page[r])
    heading = {p: human_date(_period(p)) for p in years + months}
    heading |= {r: _days(_period(r), max(e.date for e in by_page[r])) for r in runs}

    def link(page: str) -> dict[str, object]:
        return {"page": page, "heading": heading[page], "count": count[_period(page)]}

    result: list[tuple[str, dict[str, object]]] = []
    for level, pages in (("year", years), ("month", months), ("days", runs)):
        for index, page in enumerate(pages):
            period = _period(page)
            own = by_page.get(page, [])
            below = months if level == "year" else runs if level == "month" else []
            context = {
                "period": period,
                "heading": heading[page],
                "alone": level,
                "count": count[period],
                "groups": _year_groups(own) if level == "year" else _one_group(own),
                "subpages": [link(p) for p in below if _period(p).startswith(period)],
                "filters": filter_options(own, entities),
                "up": None if level == "year" else link(period_page(period[: len(period) - 3])),
                "previous": link(pages[index - 1]) if index > 0 else None,
                "next": link(pages[index + 1]) if index + 1 < len(pages) else None,
            }
            result.append((page, context | lookups))
    return result


def _year_groups(events: list[Event]) -> list[dict[str, object]]:
    (year,) = _years(events) or [{"months": []}]
    return cast(list[dict[str, object]], year["months"])


def _one_group(events: list[Event]) -> list[dict[str, object]]:
    return [{"month": None, "events": events}] if events else []


def _days(first: str, last: str) -> str:
    """A run of days of one month: "12 July 2021", "12–19 July 2021"."""
    return human_date(first) if first == last else f"{int(first[8:])}–{human_date(last)}"


def filter_options(
    events: Sequence[Event], entities: Mapping[str, Mapping[str, str | None]]
) -> dict[str, object]:
    """What the filter above a page's events offers (templates/partials/chrono_filter):
    for each type, the entities these events involve, by name, with their number of
    events; the years when there are several. The page's script narrows the list by the
    data attributes each event carries (its year and entity ids); without the script
    the filter stays hidden and every event shows."""
    counts = Counter(i for e in events for i in dict.fromkeys(e.entities) if i in entities)
    lists = []
    for kind, label in FILTER_TYPES:
        options = sorted(
            (
                {"id": i, "name": entities[i]["name"], "count": n}
                for i, n in counts.items()
                if entities[i].get("type") == kind
            ),
            key=lambda o: (str(o["name"]).casefold(), str(o["id"])),
        )
        if options:
            lists.append({"type": kind, "label": label, "options": options})
    years = Counter(e.date[:4] for e in events)
    return {
        "total": len(events),
        "lists": lists,
        "years": [{"year": y, "count": years[y]} for y in sorted(years)] if len(years) > 1 else [],
    }


def _period(page: str) -> str:
    return posixpath.basename(page)[: -len(".md")]


def _years(events: Iterable[Event]) -> list[dict[str, object]]:
    months: dict[tuple[str, str | None], list[Event]] = defaultdict(list)
    for event in events:
        month = event.date[:7] if event.precision != "year" else None
        months[(event.date[:4], month)].append(event)
    years: list[dict[str, object]] = []
    for year in sorted({y for y, _ in months}):
        keys = sorted((m for y, m in months if y == year), key=lambda m: m or "")
        groups = [{"month": m, "events": months[(year, m)]} for m in keys]
        count = sum(len(months[(year, m)]) for m in keys)
        years.append({"year": year, "count": count, "months": groups})
    return years


def _year_page(year: object, split: bool) -> str:
    return period_page(str(year)) if split else INDEX_PAGE


def _main_events(chronology: Chronology, span: tuple[str, str] | None) -> list[dict[str, object]]:
    """The MAIN_EVENTS distinct happenings reported by most documents (see distinct),
    in date order, with their
    number of documents: an event of a key date counts two documents more, one far
    outside the span the documents were published in (background: "not seen since
    1969") two less; among equals, days before months and years."""
    keys = {k.date for k in chronology.key_dates[: chronology.shown]}

    def weight(event: Event) -> int:
        near = span is None or (
            near_span(event.date, span)
            if event.precision == "day"
            else span[0][: len(event.date)] <= event.date <= span[1][: len(event.date)]
        )
        return _documents(event) + 2 * (event.date in keys) - 2 * (not near)

    precision = {"day": 0, "month": 1, "year": 2}
    ranked = sorted(
        chronology.events,
        key=lambda e: (-weight(e), precision.get(e.precision, 3), e.date, e.id),
    )
    main = sorted(distinct(ranked, MAIN_EVENTS), key=lambda e: (e.date, e.id))
    return [{"event": e, "documents": _documents(e)} for e in main]


def home_key_dates(key_dates: list[dict[str, object]], count: int) -> list[dict[str, object]]:
    """The first `count` key dates (page_context's) as the home page lists them, one
    entry per happening: a day whose headline event is a sentence already shown under
    an earlier entry takes its next event, or, having none, joins that entry ("7 and 10
    December: Carstens flew to Caracas on Tuesday and returned on Friday"). Each entry
    gets "dates", its days in list order."""
    entries: list[dict[str, object]] = []
    shown: list[tuple[set[tuple[str, int]], dict[str, object]]] = []
    for key_date in key_dates[:count]:
        events = cast(list[Event], key_date["events"])
        fresh = [e for e in events if not any(_citations(e) & seen for seen, _ in shown)]
        if events and not fresh:
            owner = next(entry for seen, entry in shown if _citations(events[0]) & seen)
            cast(list[str], owner["dates"]).append(cast(str, key_date["date"]))
            continue
        entry = {**key_date, "dates": [key_date["date"]], "events": fresh or events}
        entries.append(entry)
        if fresh:
            shown.append((_citations(fresh[0]), entry))
    return entries


def _citations(event: Event) -> set[tuple[str, int]]:
    return {(s.document, s.sentence) for s in event.sources}


def _documents(event: Event) -> int:
    return len({s.document for s in event.sources})


def _telling(event: Event) -> tuple[int, int]:
    """Sort key for a key date's events: reported by more documents first, then those
    that recall the day from another day's document ("since the invasion on February
    24") before those dated by their own publication ("today")."""
    own_day = dated_by_publication(event)
    return (-len({s.document for s in event.sources}), int(own_day))
