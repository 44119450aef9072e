"""Frozen values passed between the stages of the build.

Every stage takes these and returns new ones; nothing is mutated in place, so a stage
can be cached or run in another process without surprises.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a document. `number` is 1-based and stable for the same text."""

    number: int
    text: str
    start: int  # character offset in Document.text
    end: int
    paragraph: int  # 0-based paragraph index


# Kinds of skipped parts that are not the story's text at all (ingest/boilerplate.py),
# unlike a dateline, which belongs to the story.
NOT_STORY = frozenset({"comment", "boilerplate", "repeated"})


@dataclass(frozen=True, slots=True)
class Turn:
    """A speaker's turn in a transcript: the label as written ("MS. PSAKI", "Q") at the
    start of a paragraph, and the sentences spoken until the next label."""

    label: str
    start: int  # character offsets of the label in Document.text
    end: int
    first: int  # sentence numbers (1-based) of the turn, label's sentence included
    last: int
    # What the label's brackets say of the speaker, a parliament's constituency or post
    # ("Mr WALSH (Wirrinya)": "Wirrinya"), kept by the unbracketed labels after it
    seat: str = ""
    # What a broadcaster's label says the speaker is after a comma ("COLIN KEANE, ANN
    # ANCHOR": "ANN ANCHOR")
    role: str = ""

    @property
    def reporter(self) -> bool:
        """A reporter's question ("Q"): spoken by no one the report names."""
        return self.label == "Q"


@dataclass(frozen=True, slots=True)
class Document:
    id: str  # the file name's stem: stable across builds
    slug: str  # URL-safe form of the id, unique in the corpus
    path: Path  # as given on the command line, for messages
    date: str  # YYYY-MM-DD publication date
    title: str
    # The text, paragraphs separated by blank lines. A document whose title was given
    # (`titled`: its front matter's or its title line) opens with it, alone in paragraph
    # 0 as sentence 1, so that names and dates in the title are read like any sentence's,
    # with an anchor (ingest/header.py). A title made from the first words is not repeated.
    text: str
    sentences: tuple[Sentence, ...]
    outlet: str | None = None
    dateline: str | None = None
    source: str | None = None  # front matter `source`
    url: str | None = None
    turns: tuple[Turn, ...] = ()  # a transcript's speaker turns, in order (ingest/turns.py)
    # (start, end, kind) of datelines, bylines, timestamps and photo credits in the text
    # (ingest/datelines.py), and of what is not the story's text: reader comments, page
    # boilerplate (ingest/boilerplate.py, NOT_STORY kinds): shown, never read for names
    # or dates. In text order.
    skipped: tuple[tuple[int, int, str], ...] = ()
    # Mis-decoded characters repaired ("Ã©" -> "é"), letters lost for good (U+FFFD), and
    # stray single letters where accented letters look dropped (ingest/decode.py).
    repaired: int = 0
    lost: int = 0
    stray: int = 0
    # Words that lost a letter when the text was saved ("C rdova", "Dvila"), found over
    # the corpus (ingest/lost_letters.py): (sentence number, as written, the full form
    # the corpus writes and the text now has, or None: flagged only).
    dropped: tuple[tuple[int, str, str | None], ...] = ()
    # The title was given, not made from the first words: once loaded, the text opens
    # with it (see `text`; ingest/header.py sets it, ingest/load.py puts the title first).
    titled: bool = False

    def is_title(self, sentence: int) -> bool:
        """Whether sentence number `sentence` is the document's title (see `text`)."""
        return self.titled and sentence == 1

    @property
    def heading(self) -> Sentence | None:
        """The title as a sentence of the text, or None (a title made from the first words)."""
        return self.sentences[0] if self.titled and self.sentences else None

    @property
    def body_start(self) -> int:
        """Offset in `text` where the body starts, after the title's paragraph."""
        return self.sentences[1].start if self.titled and len(self.sentences) > 1 else 0

    def is_skipped(self, start: int, end: int) -> bool:
        """Whether the text from `start` to `end` overlaps a skipped part."""
        return any(s < end and start < e for s, e, _ in self.skipped)

    def skipped_kind(self, start: int, end: int) -> str | None:
        """The kind of the first skipped part the text from `start` to `end` overlaps."""
        return next((k for s, e, k in self.skipped if s < end and start < e), None)

    def set_aside(self) -> dict[int, str]:
        """Sentence number -> kind, for the sentences that are not the story's text
        (reader comments, boilerplate: NOT_STORY), shown greyed on the source page."""
        # Those parts are whole sentences (ingest/boilerplate.py marks sentence by sentence).
        parts = {(s, e): k for s, e, k in self.skipped if k in NOT_STORY}
        if not parts:
            return {}
        found = ((s.number, parts.get((s.start, s.end))) for s in self.sentences)
        return {number: kind for number, kind in found if kind is not None}

    def unread(self) -> tuple[tuple[int, int], ...]:
        """Where no name is read in the text, sorted: the skipped parts and the speaker
        labels (a label is a mention of its speaker in itself, resolve/speakers.py)."""
        parts = [(s, e) for s, e, _ in self.skipped] + [(t.start, t.end) for t in self.turns]
        return tuple(sorted(parts))

    def sentence_at(self, offset: int) -> int | None:
        """The number of the sentence the character at `offset` is in (None: between
        sentences, or outside the text)."""
        number = bisect.bisect_right([s.start for s in self.sentences], offset)
        if number and offset < self.sentences[number - 1].end:
            return number
        return None

    def speaker(self, sentence: int) -> Turn | None:
        """The turn that sentence number `sentence` is spoken in (None: not a transcript,
        or before the first turn)."""
        found = None
        for turn in self.turns:
            if turn.first > sentence:
                break
            found = turn
        return found if found is not None and sentence <= found.last else None

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def page(self) -> str:
        """Path of the document's page, relative to the docs folder."""
        return f"sources/{self.slug}.md"

    def paragraphs(self) -> list[list[Sentence]]:
        grouped: dict[int, list[Sentence]] = {}
        for sentence in self.sentences:
            grouped.setdefault(sentence.paragraph, []).append(sentence)
        return [grouped[k] for k in sorted(grouped)]

    def body(self) -> list[list[Sentence]]:
        """The paragraphs after the title's (all of them when it has none in the text):
        what a page shows under the document's heading."""
        paragraphs = self.paragraphs()
        return paragraphs[1:] if self.titled else paragraphs


@dataclass(frozen=True, slots=True)
class Span:
    """A named-entity or date span found by the language pipeline in one sentence."""

    text: str
    label: str  # spaCy label: PERSON, ORG, GPE, LOC, FAC, NORP, DATE, ...
    sentence: int  # Sentence.number
    start: int  # character offsets in Document.text
    end: int


@dataclass(frozen=True, slots=True)
class Chunk:
    """A run of one paragraph's sentences: the text the language pipeline is run on.

    What the pipeline finds in it depends on its text and on where its sentences start
    in that text, nothing else: it is analysed and cached on its own, and shared by
    every document (or later version of one) that has the same run of sentences.
    """

    text: str
    starts: tuple[int, ...]  # offsets of its sentences' starts in `text`; the first is 0


# What the pipeline found in a Chunk: (label, index of the sentence in the chunk,
# start, end), offsets in Chunk.text.
ChunkSpans = tuple[tuple[str, int, int, int], ...]


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the language pipeline found in one document."""

    document: str  # Document.id
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with the input. `level` is "error" (skipped) or "warning"."""

    path: str
    line: int | None
    message: str
    level: str = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class Corpus:
    """The loaded documents, newest first by date then id, and what went wrong."""

    documents: tuple[Document, ...]
    problems: tuple[Problem, ...] = field(default=())

    @property
    def date_range(self) -> tuple[str, str] | None:
        if not self.documents:
            return None
        dates = sorted(d.date for d in self.documents)
        return dates[0], dates[-1]


# --- Entities and events: the contracts between extraction, rendering, charts and PDF.
ENTITY_TYPES = ("person", "organization", "place")


@dataclass(frozen=True, slots=True)
class Citation:
    """A pointer to one sentence: the unit every claim on the site is cited to."""

    document: str  # Document.id
    sentence: int  # Sentence.number


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity in the text, as written."""

    text: str
    document: str
    sentence: int
    start: int  # character offsets in Document.text
    end: int


@dataclass(frozen=True, slots=True)
class Merge:
    """Why a spelling is part of an entity: the name joined, the rule that joined it
    ("legal form", "lone surname: named in full in the document") and where it was
    read (the first mention of the name joined)."""

    name: str
    rule: str
    document: str
    sentence: int


@dataclass(frozen=True, slots=True)
class Description:
    """A role or description stated in the text ("Ambassador", "the special envoy ...")."""

    text: str
    document: str
    sentence: int


@dataclass(frozen=True, slots=True)
class Entity:
    id: str  # stable slug, unique across types
    name: str
    type: str  # one of ENTITY_TYPES
    aliases: tuple[str, ...]
    descriptions: tuple[Description, ...]
    mentions: tuple[Mention, ...]  # in document date order, then position
    documents: tuple[str, ...]  # ids, in date order
    first_seen: str  # YYYY-MM-DD publication date of the first document
    last_seen: str
    page: str | None  # docs-relative page path, or None when it gets no page of its own
    note: str | None = None  # the analyst's one-line description (corrections file)
    members: tuple[str, ...] = ()  # Entity.id of the members of a named group ("the Citgo 6")
    merged: tuple[Merge, ...] = ()  # each name joined to the entity, by which rule


# (document id, sentence number) -> the ids of the entities named in that sentence
# (resolve.entities.sentence_entities).
SentenceEntities = Mapping[tuple[str, int], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    date: str  # "YYYY" | "YYYY-MM" | "YYYY-MM-DD"
    precision: str  # "year" | "month" | "day"
    text: str  # the sentence
    summary: str
    expression: str  # the temporal expression as written
    resolution: str  # how it was resolved: "'In March', in an article of 16 Aug 2022"
    entities: tuple[str, ...]  # Entity.id
    sources: tuple[Citation, ...]
    future: bool = False  # scheduled, after the publication date
    # Ids of events that other sources date differently for what reads as the same
    # happening ("also reported as"): both dates stay visible.
    also_reported: tuple[str, ...] = ()
    # The page that lists it (and holds its anchor): the chronology, or its year's page
    # when a large chronology is split by year (chronology/2022.md).
    page: str = "chronology/index.md"


@dataclass(frozen=True, slots=True)
class KeyDate:
    """A day that matters, with what it was ranked on."""

    date: str  # YYYY-MM-DD
    score: float
    references: int  # documents published on another day that refer to it in their text
    publications: int  # documents published on it
    retrospective: int = 0  # references made a week or more after the day
    anticipated: int = 0  # references made before the day


@dataclass(frozen=True, slots=True)
class Chronology:
    """Dated events in date order, and the key dates, most important first."""

    events: tuple[Event, ...]
    key_dates: tuple[KeyDate, ...]  # every day with evidence, best first
    shown: int = 20  # how many of the key dates the pages show (more for a longer story)


@dataclass(frozen=True, slots=True)
class Findings:
    """What the analysis stages found: the input of pages, charts and the PDF."""

    entities: tuple[Entity, ...]
    chronology: Chronology
    problems: tuple[Problem, ...] = ()  # flagged on the way, e.g. unused corrections
    # Ids of the documents that look unrelated to the rest (resolve/relevance.py), in
    # corpus order, and whether they were left out of the entities and the chronology.
    off_topic: tuple[str, ...] = ()
    off_topic_left_out: bool = True

    @property
    def entity_links(self) -> dict[str, dict[str, str | None]]:
        """Entity id -> {"name", "page", "type"}: how pages link an entity (page None: plain
        name), and what the chronology's filter lists it under."""
        return {e.id: {"name": e.name, "page": e.page, "type": e.type} for e in self.entities}

    @property
    def events(self) -> tuple[Event, ...]:
        return self.chronology.events

    @property
    def key_dates(self) -> tuple[str, ...]:
        """The key dates the pages show, best first."""
        return tuple(k.date for k in self.chronology.key_dates[: self.chronology.shown])
