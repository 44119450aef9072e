"""The home page's "What happened": the story's main events in date order, one line each,
cited to the sentence that reports it.

An event is ranked by the documents that report it (two more when it falls on a key
date the pages show; among equals, a summary without words left out, then the better
key date, first); events far outside the span the documents were published in are
background ("not seen since 1969") and left out, as are events dated only to a year
("this year") in a story of a year or less. The lines are distinct happenings: an event that shares a
sentence with one already taken ("flew on Tuesday and returned on Friday"), that other
sources date differently (also_reported), whose summary reads nearly the same as one
taken, or that falls on a date already told is left for that one; a summary of fewer
than SUMMARY_WORDS content words is left out, and so is an event told only in a
reporter's questions in a transcript. How many lines: by the story's span (LINES).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..chronology.dates import days_apart
from ..chronology.key_dates import near_span
from ..model import Chronology, Document, Event

# Lines shown, by the span of the story in days: (up to, shown); longer: LINES_MOST.
LINES = ((14, 5), (92, 7), (366, 8))
LINES_MOST = 10
# Two summaries sharing this share of their content words (Dice) tell the same thing.
SAME_SUMMARY = 0.6
KEY_DATE_BONUS = 2
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
        return _LABEL.sub("", self.event.summary, count=1)

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
    chronology: Chronology, documents: Sequence[Document], span: tuple[str, str] | None
) -> list[StoryLine]:
    """The main events of the story in date order (see the module's docstring)."""
    if span is None or not chronology.events:
        return []
    by_id = {d.id: d for d in documents}
    keys = {k.date: rank for rank, k in enumerate(chronology.key_dates[: chronology.shown])}
    count = lines_for(span)
    years = days_apart(span[1], span[0]) > YEAR_ONLY_SPAN
    candidates = [
        e
        for e in chronology.events
        if _within(e, span)
        and (years or e.precision != "year")
        and len(_content_words(e.summary)) >= SUMMARY_WORDS
        and not _asked(e, by_id)
    ]
    precision = {"day": 0, "month": 1, "year": 2}

    def rank(event: Event) -> tuple[int, bool, int, int, str, str]:
        key = keys.get(event.date)
        weight = _reporting(event) + KEY_DATE_BONUS * (key is not None)
        unranked = len(keys) if key is None else key
        cut = "…" in event.summary  # a summary with words left out reads less well
        return (-weight, cut, unranked, precision.get(event.precision, 3), event.date, event.id)

    taken: list[Event] = []
    cited: set[tuple[str, int]] = set()
    twins: set[str] = set()
    said: list[frozenset[str]] = []
    dates: set[str] = set()
    for event in sorted(candidates, key=rank):
        if len(taken) == count:
            break
        words = _content_words(event.summary)
        if (
            event.id in twins
            or event.date in dates
            or _citations(event) & cited
            or any(_dice(words, other) >= SAME_SUMMARY for other in said)
        ):
            continue
        taken.append(event)
        cited |= _citations(event)
        twins.update(event.also_reported)
        said.append(words)
        dates.add(event.date)
    taken.sort(key=lambda e: (e.date, e.id))
    return [_line(e, by_id) for e in taken if e.sources and e.sources[0].document in by_id]


def lines_for(span: tuple[str, str]) -> int:
    """How many lines "What happened" has for a story published over `span`."""
    days = days_apart(span[1], span[0])
    return next((shown for most, shown in LINES if days <= most), LINES_MOST)


def _within(event: Event, span: tuple[str, str]) -> bool:
    if event.precision == "day":
        return near_span(event.date, span)
    width = len(event.date)
    return span[0][:width] <= event.date <= span[1][:width]


def _asked(event: Event, by_id: Mapping[str, Document]) -> bool:
    """Whether every sentence the event comes from is a reporter's question in a
    transcript ("Q"): what a question assumes is not what happened."""
    for source in event.sources:
        document = by_id.get(source.document)
        if document is None or not any(
            t.reporter and t.first <= source.sentence <= t.last for t in document.turns
        ):
            return False
    return bool(event.sources)


def _line(event: Event, by_id: Mapping[str, Document]) -> StoryLine:
    source = event.sources[0]
    return StoryLine(event, by_id[source.document], source.sentence, _reporting(event))


def _reporting(event: Event) -> int:
    return len({s.document for s in event.sources})


def _citations(event: Event) -> set[tuple[str, int]]:
    return {(s.document, s.sentence) for s in event.sources}


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text))


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0
