"""Key dates: every day the documents speak of, ranked as timeline-summarization systems
rank them, each with its evidence.

As in Tran et al. 2013, Martschat and Markert 2018 and news-tls' DATEWISE (Gholipour
Ghalandari and Ifrim, ACL 2020), a day is scored on features of the documents around
it: how many documents published on other days refer to it in their text (boilerplate
wording counted once, a list of days sharing one reference), how many refer to it well
after the day, how many were published on it, and how many of those report something
on that very day. The weights are learned, not set by hand: bench/key_dates_t17.py
fits them (a logistic regression of "is the day on the journalists' timeline") on
the Timeline17 development topics, and prints the Date-F1 of each topic with weights
learned on the others. Days far outside the span the documents were published in
come after all others. Near-duplicate days are not moved down: measured on those
topics, doing so cost Date-F1 (0.533 -> 0.471).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from ..model import Corpus, Document, KeyDate
from .dates import PartialDate, days_apart, first_day
from .tense import MOVING_VERBS

# The weights of the features (see DayEvidence.features), learned on the Timeline17
# development topics by bench/key_dates_t17.py --search, again after the dates were read
# anew (December 2026: Date-F1 0.575 on the seven topics, 0.551 leave-one-topic-out;
# the weights before gave 0.563 with the new readings). Same-day reports carry no
# weight there: they are kept as evidence, not as score.
WEIGHTS = {
    "references": 1.0,
    "retrospective": 1.5,
    "anticipated": 0.0,
    "mentions": 0.25,
    "publications": 0.5,
    "reported": 0.0,
}
RETROSPECTIVE_DAYS = 7  # a reference made this many days after the day or later
# Closeness: a day far outside the span the documents were published in (old orders
# recalled in boilerplate, terms expiring in 2027) is background, not the story.
OUTSIDE_SPAN_DAYS = 31
# ... unless a share of the documents this large (and ANCHOR_DOCUMENTS at least) look back
# to it: the day the story is about, reported long after ("the collapse on 14 November
# 2021", in 9 of 12 reports of the trial in 2024).
ANCHOR_SHARE = 0.25
ANCHOR_DOCUMENTS = 3
# Boilerplate: the same CONTEXT_WORDS words before a date in this many documents.
CONTEXT_WORDS = 6
# ... with at least TEMPLATE_DAYS different days: the same words before the same day
# in many documents are the story retold ("since the April 20 explosion"), not a form.
# A wording needs TEMPLATE_WORDS words to be a form: "On" before a date is not one.
TEMPLATE_DOCUMENTS = 3
TEMPLATE_DAYS = 2
TEMPLATE_WORDS = 3
# A sentence naming this many days or more is a list: its days share one reference.
LIST_DAYS = 3
# How many key dates the site shows, by the span of the story in days: (up to, shown).
SHOWN = ((14, 5), (92, 10), (366, 15))
SHOWN_MOST = 20


class Reference(Protocol):
    """A dated sentence of a document (chronology.events' candidates)."""

    @property
    def document(self) -> Document: ...
    @property
    def when(self) -> PartialDate: ...
    @property
    def sentences(self) -> tuple[int, ...]: ...
    @property
    def text(self) -> str: ...


@dataclass(frozen=True, slots=True)
class DayEvidence:
    """What a day was ranked on."""

    date: str
    references: float  # reference units: documents of other days, templates once, lists shared
    referring: int  # distinct documents published on another day that refer to it
    retrospective: int  # of them, published RETROSPECTIVE_DAYS or more after it (units)
    anticipated: int  # of them, published before it: a day announced ahead (units)
    mentions: int  # sentences of documents of other days that date something to it
    publications: int  # documents published on it
    reported: int  # of them, those that date a sentence of their own to it
    outside: bool  # far outside the span the documents were published in
    # Reached only by round counts ("three weeks ago"), published on by none: a day the
    # text gives as "about", which the chronology shows at its month (claimed.py).
    approximate: bool = False
    # A plan put off: a day something was moved from ("postponed the meeting from April
    # 28 to May 19", "first set for Jan. 12"), that no document was published on or
    # tells of as its own day.
    superseded: bool = False

    def features(self) -> dict[str, float]:
        """The features the weights apply to."""
        return {
            "references": self.references,
            "retrospective": float(self.retrospective),
            "anticipated": float(self.anticipated),
            "mentions": float(self.mentions),
            "publications": float(self.publications),
            "reported": float(self.reported),
        }

    def score(self, weights: Mapping[str, float] = WEIGHTS) -> float:
        features = self.features()
        return sum(weights.get(name, 0.0) * value for name, value in features.items())


def day_evidence(corpus: Corpus, candidates: Iterable[Reference]) -> dict[str, DayEvidence]:
    """The evidence of every day that a document refers to or was published on.

    References are counted by distinct documents; a boilerplate wording (the same words
    before the date in TEMPLATE_DOCUMENTS documents or more: "which was sent to the
    Senate on ...") counts once per day however many documents repeat it, and a sentence
    that lists several days ("on July 8, July 14 and July 16") shares one reference
    among them.
    """
    days = [c for c in candidates if c.when.precision == "day"]
    contexts: dict[str, set[tuple[str, str]]] = defaultdict(set)  # (document, day)
    days_in_sentence: dict[tuple[str, int], set[str]] = defaultdict(set)
    for c in days:
        contexts[_reference_context(c)].add((c.document.id, c.when.date))
        days_in_sentence[(c.document.id, c.sentences[-1])].add(c.when.date)
    units: dict[str, dict[tuple[str, str], float]] = defaultdict(dict)
    # Reference units (a document, or a boilerplate wording once), as for `references`.
    retrospective: dict[str, set[tuple[str, str]]] = defaultdict(set)
    anticipated: dict[str, set[tuple[str, str]]] = defaultdict(set)
    mentions: dict[str, int] = defaultdict(int)
    reported: dict[str, set[str]] = defaultdict(set)
    given = {c.when.date for c in days if not c.when.round_count}
    moved_from = {c.when.date for c in days if _moved_from(c.text, c.when.expression)}
    for c in days:
        day = c.when.date
        if day == c.document.date:
            reported[day].add(c.document.id)
            continue
        context = _reference_context(c)
        uses = contexts[context]
        templated = (
            len(context.split()) >= TEMPLATE_WORDS
            and len({document for document, _ in uses}) >= TEMPLATE_DOCUMENTS
            and len({when for _, when in uses}) >= TEMPLATE_DAYS
        )
        unit = ("template", context) if templated else ("document", c.document.id)
        listed = len(days_in_sentence[(c.document.id, c.sentences[-1])])
        weight = 1.0 / listed if listed >= LIST_DAYS else 1.0
        units[day][unit] = max(units[day].get(unit, 0.0), weight)
        mentions[day] += 1
        if c.document.date > day and days_apart(c.document.date, day) >= RETROSPECTIVE_DAYS:
            retrospective[day].add(unit)
        if c.document.date < day:
            anticipated[day].add(unit)
    publications: dict[str, int] = defaultdict(int)
    for document in corpus.documents:
        publications[document.date] += 1
    span = corpus.date_range
    evidence = {}
    for day in sorted(set(units) | set(publications) | set(reported)):
        documents = len({u[1] for u in units[day] if u[0] == "document"})
        templates = len({u for u in units[day] if u[0] == "template"})
        anchor = documents >= max(ANCHOR_DOCUMENTS, ANCHOR_SHARE * len(corpus.documents))
        evidence[day] = DayEvidence(
            date=day,
            references=round(sum(units[day].values()), 6),
            referring=documents + templates,
            retrospective=len(retrospective[day]),
            anticipated=len(anticipated[day]),
            mentions=mentions[day],
            publications=publications[day],
            reported=len(reported[day]),
            outside=span is not None and not near_span(day, span) and not anchor,
            approximate=day not in given and not publications[day],
            superseded=day in moved_from and not publications[day] and not reported[day],
        )
    return evidence


def rank_dates(
    corpus: Corpus, candidates: Sequence[Reference], weights: Mapping[str, float] = WEIGHTS
) -> list[KeyDate]:
    """Every day of `day_evidence`, best first."""
    return rank_evidence(day_evidence(corpus, candidates), weights)


def rank_evidence(
    evidence: Mapping[str, DayEvidence], weights: Mapping[str, float] = WEIGHTS
) -> list[KeyDate]:
    """The days of `evidence` scored with `weights`, best first; those reached only by
    round counts or only a plan put off after the days the text gives, and those far
    outside the span the documents were published in after all others."""
    scored = sorted(
        evidence.values(),
        key=lambda e: (e.outside, e.approximate or e.superseded, -e.score(weights), e.date),
    )
    return [
        KeyDate(
            e.date,
            round(e.score(weights), 6),
            e.referring,
            e.publications,
            e.retrospective,
            e.anticipated,
        )
        for e in scored
    ]


def shown(corpus: Corpus) -> int:
    """How many key dates the site shows: more for a story that spans longer."""
    span = corpus.date_range
    if not span:
        return SHOWN[0][1]
    days = days_apart(span[0], span[1]) + 1
    return next((count for most, count in SHOWN if days <= most), SHOWN_MOST)


# The day a thing was first set for, before it was moved: "originally set for", "first
# scheduled for", "initially planned for"; "from" after a verb of moving, "to" or the
# clause's end after the day ("postponed the meeting from April 28 to May 19", "after
# the meeting was pushed back from March 26.").
_SET_FIRST_BEFORE = re.compile(
    r"\b(?:originally|initially|first|previously)\s+(?:set|scheduled|planned|slated|due|"
    r"expected)\s+(?:for|on|to\s+\w+\s+on)\s+$",
    re.IGNORECASE,
)
_MOVED_BEFORE = re.compile(
    rf"\b(?:{MOVING_VERBS}|shifted)\b[^.;:!?]{{0,60}}?\bfrom\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PREPOSITION = re.compile(r"^(?:from|on|for|to|until|by|in|at)\s+", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s+(?:to|until|till)\s|\s*(?:[.,;]|$)", re.IGNORECASE)


def _moved_from(sentence: str, expression: str) -> bool:
    """Is `expression` (with its preposition: "from April 28") the day a thing was set
    for before it was put off or moved?"""
    expression = _PREPOSITION.sub("", expression)
    at = sentence.find(expression)
    if at < 0:
        return False
    before = sentence[max(0, at - 90) : at]
    if _SET_FIRST_BEFORE.search(before):
        return True
    return bool(_MOVED_BEFORE.search(before)) and bool(
        _TO_AFTER.match(sentence, at + len(expression))
    )


def _reference_context(candidate: Reference) -> str:
    """The words written just before a date, lower case, without numbers: what a
    boilerplate sentence repeats whatever the day and the names around it."""
    text = candidate.text
    at = text.find(candidate.when.expression)
    words = re.findall(r"[a-z]+", text[: max(at, 0)].lower())
    return " ".join(words[-CONTEXT_WORDS:])


def near_span(day: str, span: tuple[str, str]) -> bool:
    """Is `day` within OUTSIDE_SPAN_DAYS of the (first, last) publication dates `span`?
    Farther out it is background ("not seen since 1969")."""
    first, last = (first_day(d) for d in span)
    margin = dt.timedelta(days=OUTSIDE_SPAN_DAYS)
    return first - margin <= first_day(day) <= last + margin
