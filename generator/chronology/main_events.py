"""What happened: the story's main events, distinct happenings, in date order, one line
each, cited to the sentence that reports it. One list, `what_happened`, for the home
page and the PDF's cover.

Which events may tell the story: not a scheduled one (`future`: it has not happened);
not one far outside the span the documents were published in (background, "not seen
since 1969", near_span), nor one dated only to a year ("this year") in a story of a
year or less; not a summary of fewer than SUMMARY_WORDS content words ("I'm sorry, or
January 6th, rather."); not one told only in a reporter's questions in a transcript
(what a question assumes is not what happened).

They are taken in this order:

1. the headline event of each key date the pages show, best key date first: the day's
   event reported by most documents; among equals, a summary without words left out
   ("…"), the one naming most entities, then one that recalls the day from another
   day's document before one dated by its own publication ("today");
2. then every other event, reported by most documents first; among equals, a whole
   summary, days before months before years, naming most entities, older first;

and the first ones that are distinct happenings kept (`distinct`: no sentence told
twice, no happening told again on another date, no summary that reads nearly the same,
one line per date), as many as the story's span calls for (LINES), in date order.
`distinct` also picks the chronology's main events (publish/chronology_pages.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..model import Chronology, Document, Event
from .dates import days_apart
from .events import dated_by_publication
from .key_dates import near_span

PRECISION_ORDER = {"day": 0, "month": 1, "year": 2}
# Lines shown, by the span of the story in days: (up to, shown); longer: LINES_MOST.
LINES = ((14, 5), (92, 7), (366, 8))
LINES_MOST = 10
# Two summaries sharing this share of their content words (Dice) tell the same thing.
SAME_SUMMARY = 0.6
# A summary with fewer content words says too little to tell the story ("I'm sorry, or
# January 6th, rather.").
SUMMARY_WORDS = 5
# A story published over more days than this may list an event dated only to a year.
YEAR_ONLY_SPAN = 366
SOURCE_WORDS = 6  # of a title that stands for its document in a citation
# A transcript's speaker label opening a summary: capitals, then a colon.
_LABEL = re.compile(r"^[A-Z][A-Z .’'-]{0,39}:\s+(?=\S)")
_WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True, slots=True)
class StoryLine:
    """One line of "What happened": the event and the sentence it is cited to."""

    event: Event
    document: Document  # where the cited sentence is
    sentence: int
    documents: int  # how many documents report the event

    @property
    def text(self) -> str:
        """The event's summary without a speaker label before it ("MS. PSAKI: And he ...")."""
        return telling(self.event)

    @property
    def source(self) -> str:
        """The cited document in a few words: its outlet, or its title's first words."""
        if self.document.outlet:
            return self.document.outlet
        words = self.document.title.split()
        if len(words) <= SOURCE_WORDS:
            return self.document.title
        return " ".join(words[:SOURCE_WORDS]).rstrip(",;:.—–-") + "…"


def what_happened(
    chronology: Chronology,
    documents: Sequence[Document],
    span: tuple[str, str] | None,
    count: int | None = None,
) -> list[StoryLine]:
    """The main events of the story in date order, `count` at most (by default as
    many as its span calls for, lines_for): see the module's docstring."""
    if span is None or not chronology.events:
        return []
    by_id = {d.id: d for d in documents}
    count = lines_for(span) if count is None else count
    years = days_apart(span[1], span[0]) > YEAR_ONLY_SPAN
    # the key dates shown: near the span, or a day far before it that the documents
    # look back to (key_dates.ANCHOR_SHARE: "the collapse on 14 November 2021")
    shown = {k.date for k in chronology.key_dates[: chronology.shown]}
    candidates = [
        e
        for e in chronology.events
        if not e.future
        and e.sources
        and e.sources[0].document in by_id
        and (_within(e, span) or e.date in shown)
        and (years or e.precision != "year")
        and len(_content_words(telling(e))) >= SUMMARY_WORDS
        and not _asked(e, by_id)
    ]
    by_date: dict[str, list[Event]] = {}
    for event in candidates:
        by_date.setdefault(event.date, []).append(event)
    headlines = [
        min(by_date[k.date], key=_headline)
        for k in chronology.key_dates[: chronology.shown]
        if k.date in by_date
    ]
    rest = sorted(candidates, key=_reported)
    taken = distinct([*headlines, *rest], count, per_date=True)
    return [_line(e, by_id) for e in sorted(taken, key=lambda e: (e.date, e.id))]


def distinct(ranked: Iterable[Event], count: int, *, per_date: bool = False) -> list[Event]:
    """The first `count` events that are distinct happenings: an event that shares a
    sentence with one already taken (a sentence with two dates: "flew on Tuesday and
    returned on Friday"), that other sources date differently (also_reported), whose
    summary reads nearly the same as one taken (SAME_SUMMARY) or, with `per_date`, that
    falls on a date already told is left for that one."""
    taken: list[Event] = []
    cited: set[tuple[str, int]] = set()
    twins: set[str] = set()
    said: list[frozenset[str]] = []
    spoken: set[str] = set()
    dates: set[str] = set()
    for event in ranked:
        if len(taken) == count:
            break
        text = telling(event)
        words = _content_words(text)
        whole = " ".join(text.casefold().split())
        if (
            event.id in twins
            or (per_date and event.date in dates)
            or citations(event) & cited
            or whole in spoken
            or any(_dice(words, other) >= SAME_SUMMARY for other in said)
        ):
            continue
        taken.append(event)
        cited |= citations(event)
        twins.update(event.also_reported)
        said.append(words)
        spoken.add(whole)
        dates.add(event.date)
    return taken


def lines_for(span: tuple[str, str]) -> int:
    """How many lines "What happened" has for a story published over `span`."""
    days = days_apart(span[1], span[0])
    return next((shown for most, shown in LINES if days <= most), LINES_MOST)


def telling(event: Event) -> str:
    """The event's summary (or text) without a transcript's speaker label before it."""
    return _LABEL.sub("", event.summary or event.text, count=1)


def citations(event: Event) -> set[tuple[str, int]]:
    """The (document, sentence) pairs the event is read from."""
    return {(s.document, s.sentence) for s in event.sources}


def documents(event: Event) -> int:
    """How many documents report the event."""
    return len({s.document for s in event.sources})


def _headline(event: Event) -> tuple[int, bool, int, bool, str]:
    cut = "…" in event.summary  # a summary with words left out reads less well
    return (-documents(event), cut, -len(event.entities), dated_by_publication(event), event.id)


def _reported(event: Event) -> tuple[int, bool, int, int, str, str]:
    return (
        -documents(event),
        "…" in event.summary,
        PRECISION_ORDER.get(event.precision, 3),
        -len(event.entities),
        event.date,
        event.id,
    )


def _within(event: Event, span: tuple[str, str]) -> bool:
    """Near the publication span: the story, not background."""
    if event.precision == "day":
        return near_span(event.date, span)
    width = len(event.date)
    return span[0][:width] <= event.date <= span[1][:width]


def _asked(event: Event, by_id: Mapping[str, Document]) -> bool:
    """Whether every document tells the event in a reporter's turn of a transcript
    ("Q"), in one of the sentences it is read from (a short one is read with the one
    before it: "It remains what we discussed. Q  Two weeks ago."): what a question
    assumes is not what happened."""
    asked: dict[str, bool] = {}
    for source in event.sources:
        document = by_id.get(source.document)
        in_turn = document is not None and any(
            t.reporter and t.first <= source.sentence <= t.last for t in document.turns
        )
        asked[source.document] = asked.get(source.document, False) or in_turn
    return bool(asked) and all(asked.values())


def _line(event: Event, by_id: Mapping[str, Document]) -> StoryLine:
    source = event.sources[0]
    return StoryLine(event, by_id[source.document], source.sentence, documents(event))


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text))


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0
