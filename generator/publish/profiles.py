"""What the entity pages show, computed here so the templates only format.

The profile of each entity with a page (roles with citations, informative sentences,
every mention in context, co-occurrence), the index rows, and the source sentences cut
into segments that link each mention to its profile. Which entities get a page:
policy.py.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ..chronology.summary import trim_words
from ..ingest.text import fold
from ..model import Document, Entity, Event, SentenceEntities
from ..resolve.entities import sentence_entities
from ..resolve.roles import courtesy_only
from .export import to_csv
from .policy import SECTIONS

TITLES = {"people": "People", "organizations": "Organizations", "places": "Places"}
KEY_SENTENCES = 5
WHOS_WHO = 8  # people and organizations on the home page
STATEMENTS_SHOWN = 20  # turns a profile lists; the rest are in data/statements.csv
STATEMENT_WORDS = 30  # of a turn's first sentence
COMPANIONS = 25
CONTEXTS_SHOWN = 50  # sentences shown in context on a profile; the rest one line per document
BRIEF_DOCUMENTS = 200  # documents on such lines; the rest only in the mentions CSV
ROLES_SHOWN = 30  # roles on a profile, most cited first
CITES_PER_ROLE = 5  # citations shown for a role, then "and N more"
TIMELINE_FULL = 25  # a timeline this long shows each event in full
TIMELINE_SHOWN = 100  # a longer one: one line per event, the most reported this many

T = TypeVar("T")
Segment = tuple[str, str | None]  # (text, link target page + anchor, or None)


@dataclass(frozen=True, slots=True)
class Cite:
    """A link to one sentence, with what the reader needs to judge it."""

    document: str  # Document.id
    title: str
    date: str
    page: str
    anchor: str
    sentence: int


@dataclass(frozen=True, slots=True)
class Context:
    """A sentence cut into (text, marked) pieces: the entity's mentions marked."""

    pieces: tuple[tuple[str, bool], ...]
    cite: Cite


@dataclass(frozen=True, slots=True)
class Companion:
    name: str
    type: str
    page: str | None
    sentences: int
    documents: int


@dataclass(frozen=True, slots=True)
class Role:
    text: str
    cites: tuple[Cite, ...]  # the first CITES_PER_ROLE
    more: int = 0  # citations not shown


@dataclass(frozen=True, slots=True)
class Timeline:
    """A profile's dated events: in full when few, else one line each for the most
    reported (in date order), with how many were left out."""

    full: tuple[Event, ...]
    lines: tuple[tuple[Event, int], ...]  # (event, number of documents reporting it)
    hidden: int = 0


def profile_timeline(events: Sequence[Event]) -> Timeline:
    """The events of one entity (in date order) as its profile shows them."""
    if len(events) <= TIMELINE_FULL:
        return Timeline(tuple(events), ())
    counted = [(e, len({s.document for s in e.sources})) for e in events]
    ranked = sorted(range(len(counted)), key=lambda i: (-counted[i][1], i))[:TIMELINE_SHOWN]
    lines = tuple(counted[i] for i in sorted(ranked))
    return Timeline((), lines, len(events) - len(lines))


@dataclass(frozen=True, slots=True)
class Statement:
    """A turn the entity speaks in a transcript: its opening words, cited, and how many
    sentences it runs to."""

    cite: Cite  # the turn's first sentence
    text: str  # what is said first, without the label
    sentences: int


@dataclass(frozen=True, slots=True)
class Brief:
    """A document's mentions on one line: a link to the first sentence, and a count."""

    document: Document
    cite: Cite  # the first sentence that mentions the entity
    sentences: int


@dataclass(frozen=True, slots=True)
class Profile:
    entity: Entity
    section: str
    roles: tuple[Role, ...]
    members: tuple[tuple[Entity, Cite | None], ...]  # with the sentence that lists them
    groups: tuple[Entity, ...]
    key_sentences: tuple[Context, ...]
    mentions: tuple[tuple[Document, tuple[Context, ...]], ...]  # the first CONTEXTS_SHOWN
    more: tuple[Brief, ...]  # the next documents, one line each (empty when all fit)
    unlisted: int  # documents after those: in the mentions CSV only
    companions: tuple[Companion, ...]
    first: Document
    last: Document
    who: Role | None = None  # the first line: what it is, cited
    statements: tuple[Statement, ...] = ()  # the first STATEMENTS_SHOWN turns it speaks
    more_statements: int = 0


def section_of(entity: Entity) -> str:
    return SECTIONS[entity.type]


def index_pages(entities: Sequence[Entity]) -> list[tuple[str, str, list[Entity]]]:
    """(page, title, entities) for the People, Organizations and Places index pages."""
    out = []
    for kind, section in SECTIONS.items():
        members = [e for e in entities if e.type == kind]
        out.append((f"{section}/index.md", TITLES[section], members))
    return out


def profile_maker(
    entities: Sequence[Entity], documents: Sequence[Document]
) -> Callable[[Entity], Profile]:
    """A function that makes the profile of one of `entities`: the lookups over all of
    them are built once, here, so that profiles can be made one page at a time (and in
    any process that shares them)."""
    by_doc = {d.id: d for d in documents}
    by_id = {e.id: e for e in entities}
    folded = {e.id: fold(e.name) for e in entities}
    per_sentence = sentence_entities(entities)
    per_document: dict[str, set[str]] = {}
    for entity in entities:
        for m in entity.mentions:
            per_document.setdefault(m.document, set()).add(entity.id)
    groups_of: dict[str, list[Entity]] = {}
    for entity in entities:
        for member in entity.members:
            groups_of.setdefault(member, []).append(entity)

    def make(entity: Entity) -> Profile:
        spoken = statements(entity, by_doc)
        contexts = _contexts(entity, by_doc)
        mentions, more = _every_mention(entity, contexts, by_doc)
        unlisted = len(entity.documents) - len(mentions) - len(more)
        return Profile(
            entity=entity,
            section=section_of(entity),
            roles=_roles(entity, by_doc),
            members=tuple(
                (by_id[m], _listed(entity, by_id[m], by_doc)) for m in entity.members if m in by_id
            ),
            groups=tuple(groups_of.get(entity.id, ())),
            key_sentences=_key_sentences(entity, contexts, per_sentence),
            mentions=mentions,
            more=more,
            unlisted=unlisted,
            companions=_companions(entity, by_id, per_sentence, per_document, folded),
            first=by_doc[entity.documents[0]],
            last=by_doc[entity.documents[-1]],
            who=who_is(entity, by_doc),
            statements=spoken[:STATEMENTS_SHOWN],
            more_statements=max(0, len(spoken) - STATEMENTS_SHOWN),
        )

    return make


def _every_mention(
    entity: Entity, contexts: list[Context], by_doc: dict[str, Document]
) -> tuple[tuple[tuple[Document, tuple[Context, ...]], ...], tuple[Brief, ...]]:
    """The first CONTEXTS_SHOWN sentences in context, grouped by document in date order
    (a document is never cut in two), then a Brief line for each of the next
    BRIEF_DOCUMENTS documents."""
    per_doc: dict[str, list[Context]] = {}
    for context in contexts:
        per_doc.setdefault(context.cite.document, []).append(context)
    shown: list[tuple[Document, tuple[Context, ...]]] = []
    more: list[Brief] = []
    count = 0
    for doc in entity.documents:
        items = per_doc[doc]
        if not more and (count + len(items) <= CONTEXTS_SHOWN or not shown):
            shown.append((by_doc[doc], tuple(items)))
            count += len(items)
        elif len(more) < BRIEF_DOCUMENTS:
            more.append(Brief(by_doc[doc], items[0].cite, len(items)))
        else:
            break
    return tuple(shown), tuple(more)


def statements(entity: Entity, by_doc: dict[str, Document]) -> tuple[Statement, ...]:
    """The transcript turns the entity speaks: those whose speaker label is one of its
    mentions (resolve/speakers.py), in document order."""
    found = []
    for mention in entity.mentions:
        document = by_doc[mention.document]
        for turn in document.turns:
            if turn.start == mention.start:
                sentence = document.sentences[turn.first - 1]
                said = document.text[turn.end : sentence.end].lstrip(" :\u00a0")
                found.append(
                    Statement(
                        _cite(document, turn.first),
                        trim_words(said, STATEMENT_WORDS),
                        turn.last - turn.first + 1,
                    )
                )
                break
    return tuple(found)


def mentions_csv(entity: Entity, documents: Sequence[Document]) -> str:
    """data/mentions/<id>.csv: every mention of one entity, with its sentence."""
    by_doc = {d.id: d for d in documents}
    rows = []
    for m in entity.mentions:
        document = by_doc[m.document]
        rows.append(
            (
                m.document,
                document.date,
                m.sentence,
                m.text,
                f"{document.page}#s{m.sentence}",
                document.sentences[m.sentence - 1].text,
            )
        )
    return to_csv(("document", "date", "sentence", "mention", "page", "context"), rows)


def _listed(group: Entity, member: Entity, by_doc: dict[str, Document]) -> Cite | None:
    for d in member.descriptions:
        if d.text == f"one of the {group.name}":
            return _cite(by_doc[d.document], d.sentence)
    return None


def _cite(document: Document, sentence: int) -> Cite:
    return Cite(document.id, document.title, document.date, document.page, f"s{sentence}", sentence)


_ARTICLE = re.compile(r"^(?:the|a|an) ")  # opening a role's folded form (_roles)


def _roles(entity: Entity, by_doc: dict[str, Document]) -> tuple[Role, ...]:
    """The entity's roles, most cited first: one line for the forms of a role that
    differ only in case, an article or a final period ("the chief executive", "Chief
    Executive."), shown as most often written, not in capitals if written otherwise
    ("Professor", not a transcript's label "PROFESSOR")."""
    grouped: dict[str, tuple[Counter[str], list[Cite]]] = {}
    seen: set[tuple[str, Cite]] = set()  # a role said often has hundreds of citations
    for d in entity.descriptions:
        key = _ARTICLE.sub("", fold(d.text).strip(" ."))
        forms, cites = grouped.setdefault(key, (Counter(), []))
        forms[d.text.strip().rstrip(".") or d.text] += 1
        cite = _cite(by_doc[d.document], d.sentence)
        if (key, cite) not in seen:
            seen.add((key, cite))
            cites.append(cite)
    ranked = sorted(grouped.values(), key=lambda item: -len(item[1]))[:ROLES_SHOWN]
    return tuple(
        Role(_usual_form(forms), tuple(cites[:CITES_PER_ROLE]), max(0, len(cites) - CITES_PER_ROLE))
        for forms, cites in ranked
    )


def _usual_form(forms: Counter[str]) -> str:
    """The form written most often, one not all in capitals first (then the first
    written, of equal counts)."""
    return max(forms, key=lambda form: (not form.isupper(), forms[form]))


def who_is(entity: Entity, by_doc: dict[str, Document]) -> Role | None:
    """What the entity is, in one line: its most cited role or description (the
    analyst's note first), with its first citation; None when the text states none. A
    courtesy ("Doctor", "Professor") leads only when no other role is stated: "CDC
    Director" says what Dr. Walensky does."""
    if entity.note:
        return Role(entity.note, ())
    roles = _roles(entity, by_doc)
    lead = next((r for r in roles if not courtesy_only(r.text)), roles[0] if roles else None)
    return Role(lead.text, lead.cites[:1]) if lead else None


def whos_who(
    entities: Sequence[Entity], documents: Sequence[Document], count: int = WHOS_WHO
) -> list[tuple[Entity, Role | None]]:
    """The home page's cast: the `count` most mentioned people and organizations with a
    page, each with what it is (who_is)."""
    by_doc = {d.id: d for d in documents}
    cast = [e for e in entities if e.page is not None and e.type != "place"][:count]
    return [(e, who_is(e, by_doc)) for e in cast]


def _contexts(entity: Entity, by_doc: dict[str, Document]) -> list[Context]:
    """One context per sentence that mentions the entity, in mention order."""
    spans: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for m in entity.mentions:
        spans.setdefault((m.document, m.sentence), []).append((m.start, m.end))
    out = []
    for (doc_id, number), marks in spans.items():
        document = by_doc[doc_id]
        pieces = _cut(document, number, [(start, end, True) for start, end in marks], False)
        out.append(Context(pieces, _cite(document, number)))
    return out


def _key_sentences(
    entity: Entity, contexts: list[Context], per_sentence: SentenceEntities
) -> tuple[Context, ...]:
    """The sentences that say most about the entity: where a role is stated, where other
    named things appear with it, of a readable length. Earliest first on ties."""
    described = {(d.document, d.sentence) for d in entity.descriptions}

    def score(item: tuple[int, Context]) -> tuple[float, int]:
        position, context = item
        key = (context.cite.document, context.cite.sentence)
        words = sum(len(text.split()) for text, _ in context.pieces)
        others = len(per_sentence.get(key, ())) - 1
        value = 5.0 * (key in described) + min(others, 4) + min(words, 30) / 10
        if words < 6:
            value -= 2
        return (-value, position)

    ranked = sorted(enumerate(contexts), key=score)[:KEY_SENTENCES]
    return tuple(context for _, context in ranked)


def _companions(
    entity: Entity,
    by_id: dict[str, Entity],
    per_sentence: SentenceEntities,
    per_document: dict[str, set[str]],
    folded: dict[str, str],
) -> tuple[Companion, ...]:
    sentences: Counter[str] = Counter()
    for key in {(m.document, m.sentence) for m in entity.mentions}:
        sentences.update(i for i in per_sentence[key] if i != entity.id)
    documents: Counter[str] = Counter()
    for doc in entity.documents:
        documents.update(per_document[doc] - {entity.id})
    # Plain tuples, no key function and no Counter.__missing__: thousands per profile.
    ranked = [
        i
        for *_, i in heapq.nsmallest(
            COMPANIONS,
            ((-sentences.get(i, 0), -n, folded[i], i) for i, n in documents.items()),
        )
    ]
    return tuple(
        Companion(by_id[i].name, by_id[i].type, by_id[i].page, sentences[i], documents[i])
        for i in ranked
    )


def _cut(
    document: Document, number: int, spans: Sequence[tuple[int, int, T]], between: T
) -> tuple[tuple[str, T], ...]:
    """Sentence `number` cut into pieces: each span's text with its tag, the text between
    spans with `between`. Of overlapping spans the first (in order) is kept."""
    sentence = document.sentences[number - 1]
    pieces: list[tuple[str, T]] = []
    cursor = sentence.start
    for start, end, tag in sorted(spans):
        if start < cursor:
            continue
        if start > cursor:
            pieces.append((document.text[cursor:start], between))
        pieces.append((document.text[start:end], tag))
        cursor = end
    if cursor < sentence.end:
        pieces.append((document.text[cursor : sentence.end], between))
    return tuple(pieces)


def source_segments(
    documents: Sequence[Document], entities: Sequence[Entity]
) -> dict[str, dict[int, tuple[Segment, ...]]]:
    """Per document id, each sentence that names an entity with a page, cut into
    pieces: the mentions carry that page as their link target, the rest None. The
    template escapes every piece."""
    marks: dict[str, dict[int, list[tuple[int, int, str]]]] = {}
    for entity in entities:
        if entity.page is None:
            continue
        for m in entity.mentions:
            marks.setdefault(m.document, {}).setdefault(m.sentence, []).append(
                (m.start, m.end, entity.page)
            )
    out: dict[str, dict[int, tuple[Segment, ...]]] = {}
    for document in documents:
        sentences: dict[int, tuple[Segment, ...]] = {}
        for number, spans in sorted(marks.get(document.id, {}).items()):
            sentences[number] = _cut(document, number, spans, None)
        out[document.id] = sentences
    return out
