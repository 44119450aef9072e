"""What happened: the story's main events, distinct happenings, in date order.

The PDF's cover summary (and, at merge, the home page's "What happened") is one list:
`what_happened(chronology, n)`, one event per line, each a distinct happening (no
sentence shown twice, no happening told again on another date: see `distinct`).
Events are taken in this order, and the first `n` distinct ones kept:

1. the headline event of each key date the pages show, best key date first (the day's
   event reported by most documents; among equals, the one naming most entities, then
   one that recalls the day from another day's document before one dated by its own
   publication, "today");
2. then every other event, reported by most documents first, days before months before
   years, naming most entities, older first.

Scheduled events (`future`) have not happened and are left out; with the span of the
publication dates (`span`), so are days far outside it (background: "not seen since
1969", near_span), which come last.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Chronology, Event
from .events import dated_by_publication
from .key_dates import near_span

PRECISION_ORDER = {"day": 0, "month": 1, "year": 2}


def what_happened(
    chronology: Chronology, n: int, span: tuple[str, str] | None = None
) -> list[Event]:
    """The `n` main events of the chronology, distinct happenings, in date order (see
    the module's docstring for how they are chosen)."""
    if n <= 0:
        return []
    happened = [e for e in chronology.events if not e.future]
    by_date: dict[str, list[Event]] = {}
    for event in happened:
        by_date.setdefault(event.date, []).append(event)
    headlines = [
        min(by_date[k.date], key=_telling)
        for k in chronology.key_dates[: chronology.shown]
        if k.date in by_date
    ]
    rest = sorted(
        happened,
        key=lambda e: (
            _far(e, span),
            -documents(e),
            PRECISION_ORDER.get(e.precision, 3),
            -len(e.entities),
            e.date,
            e.id,
        ),
    )
    ranked = [e for e in headlines if not _far(e, span)] + rest
    return sorted(distinct(ranked, n), key=lambda e: (e.date, e.id))


def distinct(ranked: Iterable[Event], count: int) -> list[Event]:
    """The first `count` events that are distinct happenings: an event that shares a
    sentence with one already taken (a sentence with two dates: "flew on Tuesday and
    returned on Friday"), reads as the same happening on another date (also_reported)
    or says the same words is left for that one."""
    taken: list[Event] = []
    cited: set[tuple[str, int]] = set()
    same: set[str] = set()
    said: set[str] = set()
    for event in ranked:
        if len(taken) == count:
            break
        words = " ".join((event.summary or event.text).casefold().split())
        if event.id in same or citations(event) & cited or words in said:
            continue
        taken.append(event)
        cited |= citations(event)
        same.update(event.also_reported)
        said.add(words)
    return taken


def citations(event: Event) -> set[tuple[str, int]]:
    """The (document, sentence) pairs the event is read from."""
    return {(s.document, s.sentence) for s in event.sources}


def documents(event: Event) -> int:
    """How many documents report the event."""
    return len({s.document for s in event.sources})


def _telling(event: Event) -> tuple[int, int, bool, str]:
    return (-documents(event), -len(event.entities), dated_by_publication(event), event.id)


def _far(event: Event, span: tuple[str, str] | None) -> bool:
    """Far outside the publication span: background, not the story."""
    if span is None:
        return False
    if event.precision == "day":
        return not near_span(event.date, span)
    size = len(event.date)
    return not span[0][:size] <= event.date <= span[1][:size]
