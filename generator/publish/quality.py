"""What the Build report says about the quality of the input and of what was found,
beyond the problems: letters repaired or lost (and words that lost one: flagged, or
repaired from the form the corpus writes), text set aside as not the story's,
documents that look unrelated to the rest, and the names that look like junk and the
merges to check that the review lists (review.py: the rules are written once, there).
Each signal is a named rule that gives its reason, and each row points to the place (a
source page's sentence, a profile).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Corpus, Document, Entity, Findings
from .review_items import Item

# Rows shown per signal (the rest counted).
SHOWN = 30
# How each kind of set-aside text reads after its count.
KIND_LABELS = {
    "boilerplate": "of the page's boilerplate (notices, share and cookie lines, links)",
    "comment": "in reader comments",
    "repeated": "found word for word in many documents (a site's lines)",
}
SHORT_LABELS = {"boilerplate": "boilerplate", "comment": "comments", "repeated": "repeated"}


@dataclass(frozen=True, slots=True)
class SetAside:
    """A document's sentences that are not the story's text, by kind."""

    document: Document
    counts: tuple[tuple[str, int], ...]  # (kind, sentences), by kind
    first: int  # the first such sentence's number (the link's anchor)

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)


@dataclass(frozen=True, slots=True)
class Flagged:
    """An entity and why it is flagged."""

    entity: Entity
    reason: str


@dataclass(frozen=True, slots=True)
class LostLetter:
    """A word that lost a letter when its text was saved (Document.dropped)."""

    document: Document
    sentence: int
    written: str
    full: str | None  # as repaired, or None: flagged only


@dataclass(frozen=True, slots=True)
class Quality:
    encoding: tuple[Document, ...]  # documents with letters repaired or lost
    set_aside: tuple[SetAside, ...]  # most set aside first
    set_aside_kinds: tuple[tuple[str, int], ...]  # (kind, sentences) in all
    off_topic: tuple[Document, ...]
    off_topic_left_out: bool
    junk: tuple[Flagged, ...]
    merges: tuple[Flagged, ...]
    lost_letters: tuple[LostLetter, ...] = ()  # flagged first, then repaired
    shown: int = SHOWN
    labels = KIND_LABELS
    short_labels = SHORT_LABELS

    @property
    def set_aside_total(self) -> int:
        return sum(n for _, n in self.set_aside_kinds)

    @property
    def signals(self) -> bool:
        """Is there anything to say (never "read without problems" then)?"""
        return bool(self.encoding or self.set_aside or self.off_topic or self.junk or self.merges)


def quality(corpus: Corpus, findings: Findings, items: Sequence[Item] = ()) -> Quality:
    """The quality signals of a build (see the module docstring); the names that look
    like junk and the merges to check are the review's (`items`, review.py: one rule
    for both pages), most important first."""
    documents = corpus.documents
    by_id = {d.id: d for d in documents}
    entities = {e.id: e for e in findings.entities}
    aside = _set_aside(documents)
    kinds: Counter[str] = Counter()
    for row in aside:
        kinds.update(dict(row.counts))
    return Quality(
        encoding=tuple(d for d in documents if d.repaired or d.lost or d.stray or d.dropped),
        lost_letters=lost_letters(documents),
        set_aside=aside,
        set_aside_kinds=tuple(sorted(kinds.items())),
        off_topic=tuple(by_id[i] for i in findings.off_topic if i in by_id),
        off_topic_left_out=findings.off_topic_left_out,
        junk=_flagged(items, "junk", entities),
        merges=_flagged(items, "merge", entities),
    )


def _flagged(items: Sequence[Item], kind: str, entities: dict[str, Entity]) -> tuple[Flagged, ...]:
    """The review's items of one kind about one entity, with the rule that listed each."""
    return tuple(
        Flagged(entities[item.subjects[0]], item.rule)
        for item in items
        if item.kind == kind and item.subjects and item.subjects[0] in entities
    )


def lost_letters(documents: Sequence[Document]) -> tuple[LostLetter, ...]:
    """The words that lost a letter (ingest/lost_letters.py), those only flagged first
    (a reader must check them), each with its document and sentence."""
    rows = [
        LostLetter(document, sentence, written, full)
        for document in documents
        for sentence, written, full in document.dropped
    ]
    return tuple(sorted(rows, key=lambda r: (r.full is not None, r.document.id, r.sentence)))


def _set_aside(documents: Sequence[Document]) -> tuple[SetAside, ...]:
    rows = []
    for document in documents:
        aside = document.set_aside()
        if aside:
            counts = Counter(aside.values())
            rows.append(SetAside(document, tuple(sorted(counts.items())), min(aside)))
    rows.sort(key=lambda r: (-r.total, r.document.id))
    return tuple(rows)
