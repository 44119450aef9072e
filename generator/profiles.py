"""What the entity pages show, computed here so the templates only format.

Which entities get a page of their own (page_policy), the profile of each (roles with
citations, informative sentences, every mention in context, co-occurrence), the index
rows, and the source sentences cut into segments that link each mention to its profile.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .model import Document, Entity
from .text import fold

SECTIONS = {"person": "people", "organization": "organizations", "place": "places"}
SMALL_CORPUS = 20  # documents: below this every entity gets a page
MIN_DOCUMENTS = 2  # above it, an entity needs this many documents for a page
MIN_MENTIONS = 3  # or this many mentions


def page_policy(entities: list[Entity], documents: int) -> list[Entity]:
    """Give a page to every entity of a small corpus, and in a large one to those seen
    in MIN_DOCUMENTS documents or mentioned MIN_MENTIONS times; the rest are listed in
    the index tables without a link. (Issue 8 tunes this for large corpora.)"""
    out = []
    for entity in entities:
        wanted = (
            documents <= SMALL_CORPUS
            or len(entity.documents) >= MIN_DOCUMENTS
            or len(entity.mentions) >= MIN_MENTIONS
        )
        page = f"{SECTIONS[entity.type]}/{entity.id}.md" if wanted else None
        out.append(replace(entity, page=page))
    return out


TITLES = {"people": "People", "organizations": "Organizations", "places": "Places"}
KEY_SENTENCES = 5
COMPANIONS = 25

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
    cites: tuple[Cite, ...]


@dataclass(frozen=True, slots=True)
class Profile:
    entity: Entity
    section: str
    roles: tuple[Role, ...]
    members: tuple[tuple[Entity, Cite | None], ...]  # with the sentence that lists them
    groups: tuple[Entity, ...]
    key_sentences: tuple[Context, ...]
    mentions: tuple[tuple[Document, tuple[Context, ...]], ...]
    companions: tuple[Companion, ...]
    first: Document
    last: Document


def section_of(entity: Entity) -> str:
    return SECTIONS[entity.type]


def index_pages(entities: Sequence[Entity]) -> list[tuple[str, str, list[Entity]]]:
    """(page, title, entities) for the People, Organizations and Places index pages."""
    out = []
    for kind, section in SECTIONS.items():
        members = [e for e in entities if e.type == kind]
        out.append((f"{section}/index.md", TITLES[section], members))
    return out


def build_profiles(entities: Sequence[Entity], documents: Sequence[Document]) -> list[Profile]:
    """The profile of every entity that has a page of its own."""
    by_doc = {d.id: d for d in documents}
    by_id = {e.id: e for e in entities}
    per_sentence: dict[tuple[str, int], set[str]] = {}
    per_document: dict[str, set[str]] = {}
    for entity in entities:
        for m in entity.mentions:
            per_sentence.setdefault((m.document, m.sentence), set()).add(entity.id)
            per_document.setdefault(m.document, set()).add(entity.id)
    groups_of: dict[str, list[Entity]] = {}
    for entity in entities:
        for member in entity.members:
            groups_of.setdefault(member, []).append(entity)
    profiles = []
    for entity in entities:
        if entity.page is None:
            continue
        contexts = _contexts(entity, by_doc)
        per_doc: dict[str, list[Context]] = {}
        for context in contexts:
            per_doc.setdefault(context.cite.document, []).append(context)
        mentions = tuple((by_doc[doc], tuple(per_doc[doc])) for doc in entity.documents)
        profiles.append(
            Profile(
                entity=entity,
                section=section_of(entity),
                roles=_roles(entity, by_doc),
                members=tuple(
                    (by_id[m], _listed(entity, by_id[m], by_doc))
                    for m in entity.members
                    if m in by_id
                ),
                groups=tuple(groups_of.get(entity.id, ())),
                key_sentences=_key_sentences(entity, contexts, per_sentence),
                mentions=mentions,
                companions=_companions(entity, by_id, per_sentence, per_document),
                first=by_doc[entity.documents[0]],
                last=by_doc[entity.documents[-1]],
            )
        )
    return profiles


def _listed(group: Entity, member: Entity, by_doc: dict[str, Document]) -> Cite | None:
    for d in member.descriptions:
        if d.text == f"one of the {group.name}":
            return _cite(by_doc[d.document], d.sentence)
    return None


def _cite(document: Document, sentence: int) -> Cite:
    return Cite(document.id, document.title, document.date, document.page, f"s{sentence}", sentence)


def _roles(entity: Entity, by_doc: dict[str, Document]) -> tuple[Role, ...]:
    grouped: dict[str, tuple[str, list[Cite]]] = {}
    for d in entity.descriptions:
        key = fold(d.text).strip(" .")
        _, cites = grouped.setdefault(key, (d.text, []))
        cite = _cite(by_doc[d.document], d.sentence)
        if cite not in cites:
            cites.append(cite)
    return tuple(Role(text, tuple(cites)) for text, cites in grouped.values())


def _contexts(entity: Entity, by_doc: dict[str, Document]) -> list[Context]:
    """One context per sentence that mentions the entity, in mention order."""
    spans: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for m in entity.mentions:
        spans.setdefault((m.document, m.sentence), []).append((m.start, m.end))
    out = []
    for (doc_id, number), marks in spans.items():
        document = by_doc[doc_id]
        sentence = document.sentences[number - 1]
        pieces: list[tuple[str, bool]] = []
        cursor = sentence.start
        for start, end in sorted(marks):
            if start < cursor:
                continue
            if start > cursor:
                pieces.append((document.text[cursor:start], False))
            pieces.append((document.text[start:end], True))
            cursor = end
        if cursor < sentence.end:
            pieces.append((document.text[cursor : sentence.end], False))
        out.append(Context(tuple(pieces), _cite(document, number)))
    return out


def _key_sentences(
    entity: Entity, contexts: list[Context], per_sentence: dict[tuple[str, int], set[str]]
) -> tuple[Context, ...]:
    """The sentences that say most about the entity: where a role is stated, where other
    named things appear with it, of a readable length. Earliest first on ties."""
    described = {(d.document, d.sentence) for d in entity.descriptions}

    def score(item: tuple[int, Context]) -> tuple[float, int]:
        position, context = item
        key = (context.cite.document, context.cite.sentence)
        words = sum(len(text.split()) for text, _ in context.pieces)
        others = len(per_sentence.get(key, set())) - 1
        value = 5.0 * (key in described) + min(others, 4) + min(words, 30) / 10
        if words < 6:
            value -= 2
        return (-value, position)

    ranked = sorted(enumerate(contexts), key=score)[:KEY_SENTENCES]
    return tuple(context for _, context in ranked)


def _companions(
    entity: Entity,
    by_id: dict[str, Entity],
    per_sentence: dict[tuple[str, int], set[str]],
    per_document: dict[str, set[str]],
) -> tuple[Companion, ...]:
    sentences: Counter[str] = Counter()
    for key in {(m.document, m.sentence) for m in entity.mentions}:
        sentences.update(per_sentence[key] - {entity.id})
    documents: Counter[str] = Counter()
    for doc in entity.documents:
        documents.update(per_document[doc] - {entity.id})
    ranked = sorted(
        documents, key=lambda i: (-sentences[i], -documents[i], fold(by_id[i].name), i)
    )[:COMPANIONS]
    return tuple(
        Companion(by_id[i].name, by_id[i].type, by_id[i].page, sentences[i], documents[i])
        for i in ranked
    )


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
            sentence = document.sentences[number - 1]
            pieces: list[Segment] = []
            cursor = sentence.start
            for start, end, page in sorted(spans):
                if start < cursor:
                    continue  # overlapping mentions: the first one links
                if start > cursor:
                    pieces.append((document.text[cursor:start], None))
                pieces.append((document.text[start:end], page))
                cursor = end
            if cursor < sentence.end:
                pieces.append((document.text[cursor : sentence.end], None))
            sentences[number] = tuple(pieces)
        out[document.id] = sentences
    return out
