"""The review list's items and what its rules share: the evidence cited, the lookups
over the documents and entities, the score, and names written as the corrections
loader reads them back (review.py has the rules and the list)."""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Document, Entity, Mention
from ..resolve.names import HONORIFICS
from ..resolve.words import TITLES

KINDS = ("duplicate", "type", "junk", "merge", "date")
KIND_NAMES = {
    "duplicate": "Likely duplicates",
    "type": "Likely wrong types",
    "junk": "Likely not entities",
    "merge": "Suspicious merges",
    "date": "Doubtful dates",
}
EVIDENCE = 3  # sentences cited per item

PERSON_TITLES = (
    frozenset(t.lower() for t in TITLES) | frozenset(h.lower().rstrip(".") for h in HONORIFICS)
) - {"the"}


@dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence that shows why an item is listed."""

    document: str  # Document.id
    sentence: int
    text: str  # the sentence
    page: str  # the document's page, docs-relative (anchor: s<sentence>)
    date: str  # the document's date
    note: str  # what it shows: "writes 'Brittany Griner'"


@dataclass(frozen=True, slots=True)
class Item:
    kind: str  # one of KINDS
    score: float  # 0..1: how sure, weighted by how often the entity is named
    title: str  # "Brittany Griner and Brittney Griner: one person?"
    rule: str  # the named rule and its reason
    evidence: tuple[Evidence, ...]
    snippet: str | None  # the corrections.yml entry that fixes it; None: none can
    subjects: tuple[str, ...]  # Entity.id (or Event.id) it is about


class Context:
    """Lookups the rules share."""

    def __init__(self, documents: Sequence[Document], entities: Sequence[Entity]) -> None:
        self.documents = {d.id: d for d in documents}
        self.entities = list(entities)
        self.by_id = {e.id: e for e in entities}
        in_document: dict[str, set[str]] = defaultdict(set)
        for entity in entities:
            for document in entity.documents:
                in_document[document].add(entity.id)
        self.in_document = in_document
        self._companions: dict[str, set[str]] = {}
        self.names = {e.id: entity_names(e) for e in entities}

    def evidence(self, mention: Mention, note: str) -> Evidence:
        document = self.documents[mention.document]
        sentence = document.sentences[mention.sentence - 1]
        return Evidence(
            document.id, sentence.number, sentence.text, document.page, document.date, note
        )

    def companions(self, entity: Entity) -> set[str]:
        """The entities named in the same documents."""
        found = self._companions.get(entity.id)
        if found is None:
            found = set().union(*(self.in_document[d] for d in entity.documents))
            found.discard(entity.id)
            self._companions[entity.id] = found
        return found

    def before(self, mention: Mention, chars: int = 30) -> str:
        text = self.documents[mention.document].text
        return text[max(0, mention.start - chars) : mention.start]

    def after(self, mention: Mention, chars: int = 20) -> str:
        text = self.documents[mention.document].text
        return text[mention.end : mention.end + chars]


def weight(entity_mentions: int) -> float:
    """How much an item about an entity named n times matters: 0.6 for once, 1 from 16."""
    return min(1.0, 0.6 + 0.1 * math.log2(max(1, entity_mentions)))


def score(confidence: float, mentions: int) -> float:
    return round(confidence * weight(mentions), 3)


def yaml_name(name: str) -> str:
    """A name as a YAML scalar the corrections loader reads back as the same text:
    plain when it can be, else double-quoted (JSON's quoting is valid YAML)."""
    if _PLAIN.fullmatch(name) and name.lower() not in _YAML_WORDS:
        return name
    return json.dumps(name, ensure_ascii=False)


def yaml_id(document: str) -> str:
    """A document's id as a YAML scalar inside a flow list ("in: [a, b]") that the
    corrections loader reads back as the same text."""
    return document if _PLAIN_ID.fullmatch(document) else json.dumps(document, ensure_ascii=False)


_PLAIN_ID = re.compile(r"\w[\w.-]*")
_PLAIN = re.compile(r"[^\W\d_][\w.'’&]*(?: [\w.'’&-]+)*", re.UNICODE)
_YAML_WORDS = {"yes", "no", "on", "off", "true", "false", "null", "y", "n"}


def entity_names(entity: Entity) -> tuple[str, ...]:
    """The spellings of an entity its duplicates are looked for by. An entity named
    in full is not compared by its one-word spellings: a lone surname or first name
    is shared by namesakes (Joe and Hunter Biden), an acronym by unlike things (VA,
    Virginia and Veterans Affairs)."""
    names = (entity.name, *entity.aliases)
    if len(entity.name.split()) == 1:
        return names
    return tuple(n for n in names if len(n.split()) > 1 and not titled(n))


def titled(name: str) -> bool:
    """ "Mr. Hart", "President Biden": a title and a surname, any namesake's."""
    return name.split()[0].rstrip(".").lower() in PERSON_TITLES


def first(entity: Entity, name: str | None = None) -> Mention:
    """The entity's first mention (of `name`, if given and written)."""
    if name is not None:
        for mention in entity.mentions:
            if mention.text == name:
                return mention
    return entity.mentions[0]
