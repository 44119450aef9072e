"""What the Build report says about the quality of the input and of what was found,
beyond the problems: letters repaired or lost (and words that lost one: flagged, or
repaired from the form the corpus writes), text set aside as not the story's,
documents that look unrelated to the rest, names that look like junk, and merges to
check. Each signal is a named rule that gives its reason, and each row points to the
place (a source page's sentence, a profile).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Corpus, Document, Entity, Findings

# Rows shown per signal (the rest counted).
SHOWN = 30
# A merge to check: a person named this many times more often by a lone name
# ("Smith") in documents that never name them in full than in those that do, with at
# least LONE_MIN such mentions.
LONE_RATIO = 3
LONE_MIN = 10
# Words in a name beyond which it is flagged: official names run long ("Criminal
# Section of the Civil Rights Division of the United States Department of Justice").
LONG_NAME_WORDS = 12
PERSON_WORDS = 5
# How each kind of set-aside text reads after its count.
KIND_LABELS = {
    "boilerplate": "of the page's boilerplate (notices, share and cookie lines, links)",
    "comment": "in reader comments",
    "repeated": "found word for word in many documents (a site's lines)",
}
SHORT_LABELS = {"boilerplate": "boilerplate", "comment": "comments", "repeated": "repeated"}
_ODD_CHARACTER = re.compile(r"[^\w\s.'’,&()/+\-\u2010\u2011]")
_DIGIT = re.compile(r"\d")


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


def quality(corpus: Corpus, findings: Findings) -> Quality:
    """The quality signals of a build (see the module docstring)."""
    documents = corpus.documents
    by_id = {d.id: d for d in documents}
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
        junk=tuple(f for e in findings.entities if (f := junk_name(e)) is not None),
        merges=tuple(f for e in findings.entities if (f := lone_merge(e)) is not None),
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


def junk_name(entity: Entity) -> Flagged | None:
    """An entity whose name does not look like a name, and why: no capital letter, an
    odd character, more digits than letters, a single letter, too many words; for a
    person, any digit or more than PERSON_WORDS words."""
    name = entity.name
    odd = _ODD_CHARACTER.search(name)
    letters = sum(c.isalpha() for c in name)
    words = len(name.split())
    person = entity.type == "person"
    reason = None
    if not any(c.isupper() for c in name):
        reason = "no capital letter"
    elif odd:
        reason = f'an odd character ("{odd.group()}")'
    elif letters <= 1:
        reason = "a single letter"
    elif sum(c.isdigit() for c in name) > letters or (person and _DIGIT.search(name)):
        reason = "digits in the name"
    elif words > (PERSON_WORDS if person else LONG_NAME_WORDS):
        reason = f"{words} words"
    return Flagged(entity, reason) if reason else None


def lone_merge(entity: Entity) -> Flagged | None:
    """A person named far more often by a lone name in documents that never name them
    in full than in the documents that do: the lone name ("Jen", "Smith") may belong to
    someone else there (a namesake), joined by a rule (Entity.merged). A lone surname
    after the full name in the same document is how articles write, not a signal."""
    if entity.type != "person" or len(entity.name.split()) < 2:
        return None
    named: set[str] = {m.document for m in entity.mentions if len(m.text.split()) > 1}
    alone = [m for m in entity.mentions if m.document not in named]
    rest = len(entity.mentions) - len(alone)
    if len(alone) < LONE_MIN or len(alone) < LONE_RATIO * max(rest, 1):
        return None
    names = Counter(m.text for m in alone)
    spelled = ", ".join(f'"{n}"' for n, _ in names.most_common(2))
    documents = len({m.document for m in alone})
    return Flagged(
        entity,
        f"{len(alone):,} mentions by a lone name ({spelled}) in {documents:,} document(s) "
        f"that never name them in full, {rest:,} where they do",
    )
