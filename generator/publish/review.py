"""What the analyst should look at: likely mistakes of the automatic resolution, most
important first, each with its evidence and the `corrections.yml` entry that fixes it.

In: the documents, the resolved entities (with each merge's evidence) and the events.
Out: review Items, sorted by score (then kind and title, so the order is stable).
Each rule is named (Item.rule) and returns its reason, so the page says why an item is
listed. Kinds, in the order they rank at equal score:

- duplicate: two entities whose names say they are one (same name but for accents,
  particles or punctuation; same surname and a compatible first name or initial; an
  acronym that spells the other; a lone surname and the only person of that surname;
  one name inside the other, with shared documents). Fix: `merge`.
- type: an entity whose contexts disagree with its type ("Mr. X" for a place, a name
  ending in "Department" typed a person, "in X" for a person). Fix: `type`.
- junk: a name that is not an entity (lower case, a time zone, a common word, a long
  title of a work, a one-off fragment). Fix: `ignore`.
- merge: a suspicious merge: a lone surname joined to a full name, mostly in documents
  that never give the full name. The corrections file has no way to split an entity,
  so no entry is offered: the item says where to look.
- date: an event that sources date differently ("also reported as"). Dates are read
  from the text; the corrections file does not hold them, so no entry is offered.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .. import lexicon
from ..ingest.text import fold
from ..model import Corpus, Document, Entity, Event, Findings, Mention
from ..resolve.mentions import (
    GEO_HEADS,
    ORG_HEADS,
    PLACE_HEADS,
    SMALL_WORDS,
    STATE_NAMES_WRITTEN,
    TITLES,
    Vocabulary,
    vocabulary_of,
)
from ..resolve.names import HONORIFICS, NICKNAMES

KINDS = ("duplicate", "type", "junk", "merge", "date")
KIND_NAMES = {
    "duplicate": "Likely duplicates",
    "type": "Likely wrong types",
    "junk": "Likely not entities",
    "merge": "Suspicious merges",
    "date": "Doubtful dates",
}
TIME_ZONES = lexicon.words("time_zones")
EVIDENCE = 3  # sentences cited per item
LONG_TITLE = 4  # words: a name this long with a lower-case word is a phrase or a title


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


def review(
    documents: Sequence[Document],
    entities: Sequence[Entity],
    events: Sequence[Event] = (),
    vocabulary: Vocabulary | None = None,
) -> tuple[Item, ...]:
    """Every review item, most important first."""
    context = _Context(documents, entities)
    items: list[Item] = []
    items += _duplicates(context)
    items += _wrong_types(context)
    items += _junk(context, vocabulary)
    items += _suspicious_merges(context)
    items += _doubtful_dates(context, events)
    return tuple(sorted(items, key=lambda i: (-i.score, KINDS.index(i.kind), i.title)))


def review_corpus(corpus: Corpus, findings: Findings) -> tuple[Item, ...]:
    """The review items of a build (what the command and the page show)."""
    documents = corpus.documents
    return review(documents, findings.entities, findings.events, vocabulary_of(documents))


def format_items(items: Sequence[Item]) -> str:
    """The items as plain text, numbered, for the terminal."""
    lines = []
    for number, item in enumerate(items, 1):
        lines.append(f"{number}. [{item.kind}] {item.title} (score {item.score:.2f})")
        lines.append(f"   why: {item.rule}")
        for evidence in item.evidence:
            lines.append(
                f"   - {evidence.document}, sentence {evidence.sentence} ({evidence.note}): "
                f"{_shorten(evidence.text)}"
            )
        if item.snippet is None:
            lines.append("   fix: no corrections.yml entry can (see why)")
        else:
            lines.append("   fix (paste into corrections.yml):")
            lines.extend(f"     {line}" for line in item.snippet.splitlines())
        lines.append("")
    return "\n".join(lines) + ("\n" if lines else "")


def _shorten(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Context:
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
        self.names = {e.id: _names(e) for e in entities}

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


def _weight(entity_mentions: int) -> float:
    """How much an item about an entity named n times matters: 0.6 for once, 1 from 16."""
    return min(1.0, 0.6 + 0.1 * math.log2(max(1, entity_mentions)))


def _score(confidence: float, mentions: int) -> float:
    return round(confidence * _weight(mentions), 3)


def yaml_name(name: str) -> str:
    """A name as a YAML scalar the corrections loader reads back as the same text:
    plain when it can be, else double-quoted (JSON's quoting is valid YAML)."""
    if _PLAIN.fullmatch(name) and name.lower() not in _YAML_WORDS:
        return name
    return json.dumps(name, ensure_ascii=False)


_PLAIN = re.compile(r"[^\W\d_][\w.'’&]*(?: [\w.'’&-]+)*", re.UNICODE)
_YAML_WORDS = {"yes", "no", "on", "off", "true", "false", "null", "y", "n"}


def _names(entity: Entity) -> tuple[str, ...]:
    """The spellings of an entity its duplicates are looked for by. An entity named
    in full is not compared by its one-word spellings: a lone surname or first name
    is shared by namesakes (Joe and Hunter Biden), an acronym by unlike things (VA,
    Virginia and Veterans Affairs)."""
    names = (entity.name, *entity.aliases)
    if len(entity.name.split()) == 1:
        return names
    return tuple(n for n in names if len(n.split()) > 1 and not _titled(n))


def _titled(name: str) -> bool:
    """ "Mr. Hart", "President Biden": a title and a surname, any namesake's."""
    return name.split()[0].rstrip(".").lower() in _PERSON_TITLES


def _first(entity: Entity, name: str | None = None) -> Mention:
    """The entity's first mention (of `name`, if given and written)."""
    if name is not None:
        for mention in entity.mentions:
            if mention.text == name:
                return mention
    return entity.mentions[0]


# --- duplicates ------------------------------------------------------------------------


@functools.lru_cache(maxsize=1 << 14)
def _key(name: str) -> tuple[str, ...]:
    """A name's words for comparison: folded, no punctuation, no particles ("de", "al")."""
    words = re.sub(r"[^\w\s]|_", " ", fold(name).replace("’", "'").replace("'s", "")).split()
    # Particles inside a name only: "La Cañada" is not "Canada".
    return (*words[:1], *(w for w in words[1:] if w not in SMALL_WORDS and w not in ("al", "el")))


def _initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words)


def _one_person(a: Sequence[str], b: Sequence[str]) -> bool:
    """Full names with the same surname and first names that fit."""
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return False
    return _first_names_fit(a[0], b[0])


def _first_names_fit(a: str, b: str) -> bool:
    """ "J" and "John", "Joe" and "Joseph", "John" and "John": may be one person."""
    if a == b or NICKNAMES.get(a, a) == NICKNAMES.get(b, b):
        return True
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _same_thing(context: _Context, a: Entity, b: Entity) -> tuple[float, str] | None:
    """(confidence, rule) when the names of `a` and `b` say they are one, else None."""
    best: tuple[float, str] | None = None
    for name_a in context.names[a.id]:
        for name_b in context.names[b.id]:
            found = _names_match(name_a, name_b, a, b)
            if found is not None and (best is None or found[0] > best[0]):
                best = found
    return best


def _names_match(name_a: str, name_b: str, a: Entity, b: Entity) -> tuple[float, str] | None:
    words_a, words_b = _key(name_a), _key(name_b)
    if not words_a or not words_b:
        return None
    if words_a == words_b:
        return (
            0.95,
            f"the same name but for accents, case, punctuation or particles: '{name_a}', '{name_b}'",
        )
    if "".join(words_a) == "".join(words_b):
        return 0.9, f"the same letters but for spaces or hyphens: '{name_a}', '{name_b}'"
    if (
        len(words_a) == len(words_b)
        and words_a[0] == words_b[0]
        and [w.rstrip("s") for w in words_a] == [w.rstrip("s") for w in words_b]
    ):
        return 0.85, f"the same name but for a plural: '{name_a}', '{name_b}'"
    if a.type == "person" and b.type == "person" and _one_person(words_a, words_b):
        initial = min(len(words_a[0]), len(words_b[0])) == 1
        return (
            0.6 if initial else 0.85,
            f"the same surname and a first name {'initial ' if initial else ''}that fits: "
            f"'{name_a}', '{name_b}'",
        )
    for short, long_words, other in ((name_a, words_b, name_b), (name_b, words_a, name_a)):
        if _is_acronym(short) and len(long_words) >= 2:
            spelled = _initials([w for w in long_words if w not in ("us", "u", "and")])
            if _bare(short).lower() in (_initials(long_words), spelled):
                return 0.8, f"'{short}' spells the initials of '{other}'"
    return None


def _bare(name: str) -> str:
    return name.replace(".", "").replace("&", "")


def _is_acronym(name: str) -> bool:
    bare = _bare(name)
    return 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper()


def _acronym_beside(context: _Context, a: Entity, b: Entity, shared: Sequence[str]) -> bool:
    """Whether, in a document naming both, one entity's acronym is written within a few
    words after the other's name ("Johnson & Johnson (J&J)", "... Practices, or ACIP")."""
    for short, long in ((a, b), (b, a)):
        acronyms = [n for n in context.names[short.id] if _is_acronym(n)]
        if not acronyms:
            continue
        for mention in long.mentions:
            if mention.document in shared and len(mention.text.split()) > 1:
                after = context.after(mention, 40)
                if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", after) for n in acronyms):
                    return True
    return False


def _contained(a: Entity, b: Entity) -> tuple[float, str] | None:
    """One organization's or place's name is the other's with generic words added
    ("Transocean" / "Transocean Ltd", "Kingdom of Spain" / "Spain"); the same type
    ("Government of Iraq" is not Iraq)."""
    if a.type != b.type:
        return None
    short, long = (a, b) if len(_key(a.name)) <= len(_key(b.name)) else (b, a)
    words_short, words_long = _key(short.name), _key(long.name)
    size = len(words_short)
    if not words_short or len(words_long) <= size or _is_acronym(short.name):
        return None
    if words_long[:size] == words_short:
        extra, generic = words_long[size:], _GENERIC_TAIL
    elif words_long[-size:] == words_short:
        extra, generic = words_long[:-size], _GENERIC_HEAD
    else:
        return None
    if extra == ("city",) and short.name in STATE_NAMES_WRITTEN:
        return None  # "City of New York" is not the state of New York
    if all(w in generic for w in extra):
        return 0.75, f"'{long.name}' is '{short.name}' with '{' '.join(extra)}' added"
    return None


# Words after a company's name in its long one ("Transocean Ltd", "BP Group").
_GENERIC_TAIL = lexicon.words("legal_forms") | frozenset(
    {"co", "inc", "corp", "plc", "ltd", "llc", "sa", "ag", "group", "news"}
)
# Words before a country's or city's short name in its long one.
_GENERIC_HEAD = frozenset({"republic", "people", "kingdom", "state", "city", "commonwealth"})


def _duplicates(context: _Context) -> list[Item]:
    """Pairs of entities whose names say they are one, by blocks of a shared word so
    that a large corpus is not compared pair by pair."""
    by_word: dict[str, list[int]] = defaultdict(list)
    by_letters: dict[str, list[int]] = defaultdict(list)
    entities = context.entities
    for index, entity in enumerate(entities):
        keys: set[str] = set()
        for name in context.names[entity.id]:
            words = _key(name)
            if not words:
                continue
            keys.add(words[-1])
            keys.add(words[0])
            by_letters["".join(words)].append(index)
            if len(words) >= 2:
                keys.add("^" + _initials(words))
                keys.add("^" + _initials([w for w in words if w not in ("us", "u")]))
            if _is_acronym(name):
                keys.add("^" + name.replace(".", "").lower())
        for key in keys:
            by_word[key].append(index)
    pairs: set[tuple[int, int]] = set()
    for block in [*by_word.values(), *by_letters.values()]:
        if len(block) > 200:  # a word as common as "united": other keys find its pairs
            continue
        unique = sorted(set(block))
        pairs.update((i, j) for n, i in enumerate(unique) for j in unique[n + 1 :])
    items = []
    for i, j in sorted(pairs):
        item = _duplicate(context, entities[i], entities[j])
        if item is not None:
            items.append(item)
    return items


def _duplicate(context: _Context, a: Entity, b: Entity) -> Item | None:
    if not _types_fit(a, b):
        return None
    found = _same_thing(context, a, b) or _contained(a, b)
    if found is None:
        return None
    confidence, rule = found
    if a.type != b.type:
        confidence -= 0.15
    shared = sorted(set(a.documents) & set(b.documents))
    if "spells the initials" in rule:
        if not _acronym_beside(context, a, b, shared):
            return None
        rule += ", written beside it"
    companions_a, companions_b = context.companions(a), context.companions(b)
    union = companions_a | companions_b
    overlap = len(companions_a & companions_b) / len(union) if union else 0.0
    reasons = [rule]
    if shared:
        confidence += 0.05
        reasons.append(f"named together in {len(shared)} document(s)")
    if overlap >= 0.3:
        confidence += 0.05
        reasons.append(f"{overlap:.0%} of the entities named beside them are the same")
    keep, other = sorted((a, b), key=lambda e: (-len(e.name.split()), -len(e.mentions), e.name))
    snippet = f"- merge: [{yaml_name(keep.name)}, {yaml_name(other.name)}]\n  into: {yaml_name(keep.name)}"
    evidence = (
        context.evidence(
            _first(keep), f"'{keep.name}' ({keep.type}, {len(keep.mentions)} mentions)"
        ),
        context.evidence(
            _first(other), f"'{other.name}' ({other.type}, {len(other.mentions)} mentions)"
        ),
    )
    return Item(
        "duplicate",
        _score(min(confidence, 1.0), len(a.mentions) + len(b.mentions)),
        f"{keep.name} and {other.name}: one {keep.type}?",
        "; ".join(reasons),
        evidence,
        snippet,
        (keep.id, other.id),
    )


def _types_fit(a: Entity, b: Entity) -> bool:
    """Same type, or a lone word (a surname, an acronym) the tagger may have typed
    otherwise; never a person with a place."""
    if a.type == b.type:
        return True
    if {a.type, b.type} == {"person", "place"}:
        return False
    return len(_key(a.name)) == 1 or len(_key(b.name)) == 1


# --- types ---------------------------------------------------------------------------

_PLACE_BEFORE = re.compile(r"\b(?:in|near|across|into|throughout)\s+$")
_TITLE_BEFORE = re.compile(r"(\w+)\.?\s+$")
_SAID_AFTER = re.compile(r"^,?\s+(?:said|says|told|added|wrote|asked)\b")
# "Go ahead, Yamiche." "I would say, Yamiche, that": a person spoken to.
_ADDRESS_BEFORE = re.compile(r"(?:\b[a-z]+|^|[.?!:]\s*(?:Okay|Thanks|Yes|Sorry|Sure|Hi))\s*,\s+$")
_ADDRESS_AFTER = re.compile(r"^\s*[,.?!]")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_PLACE_WORDS = frozenset(w.lower() for w in PLACE_HEADS | GEO_HEADS) | {"archipelago"}
_MODIFIES = re.compile(r"^(?:’s|'s)?\s+[a-z]")  # "the Pfizer vaccine", not "the Lofoten Islands"
_PERSON_TITLES = (
    frozenset(t.lower() for t in TITLES) | frozenset(h.lower().rstrip(".") for h in HONORIFICS)
) - {"the"}


def _cues(context: _Context, entity: Entity) -> Counter[str]:
    """How many of the entity's mentions read like a place's ("in X"), a person's
    ("Mr. X", "Senator X") or a speaker's ("X said")."""
    cues: Counter[str] = Counter()
    for mention in entity.mentions:
        before = context.before(mention)
        if _PLACE_BEFORE.search(before):
            cues["place"] += 1
        title = _TITLE_BEFORE.search(before)
        if title and title.group(1).lower() in _PERSON_TITLES and title.group(1)[0].isupper():
            cues["person"] += 1
        after = context.after(mention)
        if _SAID_AFTER.match(after):
            cues["said"] += 1
        if _ADDRESS_BEFORE.search(before) and _ADDRESS_AFTER.match(after):
            cues["address"] += 1
        if _THE_BEFORE.search(before) and _MODIFIES.match(after):
            cues["the"] += 1
            if after.split()[0].lower().strip(".,") in _PLACE_WORDS:
                cues["the place"] += 1
    return cues


def _proposed_type(context: _Context, entity: Entity) -> tuple[str, float, str, str] | None:
    """(type, confidence, rule, the cue's name) when the contexts disagree with the type."""
    words = entity.name.split()
    last = words[-1].lower() if words else ""
    if entity.type == "person" and len(words) >= 2:
        if last in {w.lower() for w in ORG_HEADS}:
            return (
                "organization",
                0.8,
                f"the name ends in '{words[-1]}', a word of organizations' names",
                "",
            )
        if last in _PLACE_WORDS:
            return "place", 0.8, f"the name ends in '{words[-1]}', a word of places' names", ""
    cues = _cues(context, entity)
    total = len(entity.mentions)
    if entity.type != "person" and cues["person"] >= 2 and cues["person"] * 2 >= total:
        return (
            "person",
            0.8,
            f"{cues['person']} of {total} mentions follow a title or honorific ('Mr.', 'Senator')",
            "person",
        )
    if (
        entity.type != "person"
        and len(words) == 1
        and cues["address"] >= 3
        and cues["address"] * 3 >= total
    ):
        return (
            "person",
            0.75,
            f"{cues['address']} of {total} mentions speak to them ('Go ahead, {entity.name}.')",
            "address",
        )
    lone = all(len(m.text.split()) == 1 for m in entity.mentions) and not cues["person"]
    if entity.type == "person" and lone and cues["the"] >= 2 and cues["the"] * 5 >= total:
        if cues["the place"] * 2 >= cues["the"]:
            return (
                "place",
                0.6,
                f"named by one word only, {cues['the place']} of {total} mentions before a "
                f"word of places' names ('the {entity.name} islands'), never after a title",
                "the",
            )
        return (
            "organization",
            0.55,
            f"named by one word only, after 'the' in {cues['the']} of {total} mentions ('the {entity.name} ...'), never after a title",
            "the",
        )
    if (
        entity.type == "person"
        and len(words) == 1
        and cues["place"] >= 3
        and cues["place"] * 2 >= total
        and not cues["person"]
        and not cues["said"]
    ):
        return (
            "place",
            0.7,
            f"{cues['place']} of {total} mentions follow 'in', 'near' or 'across', none a title or 'said'",
            "place",
        )
    return None


def _wrong_types(context: _Context) -> list[Item]:
    items = []
    for entity in context.entities:
        found = _proposed_type(context, entity)
        if found is None:
            continue
        kind, confidence, rule, cue = found
        shown = [m for m in entity.mentions if _cue_of(context, m) == cue] if cue else []
        evidence = tuple(
            context.evidence(m, f"'{m.text}'") for m in (shown or list(entity.mentions))[:EVIDENCE]
        )
        items.append(
            Item(
                "type",
                _score(confidence, len(entity.mentions)),
                f"{entity.name}: {_a(kind)}, not {_a(entity.type)}?",
                rule,
                evidence,
                f"- type: {kind}\n  of: {yaml_name(entity.name)}",
                (entity.id,),
            )
        )
    return items


def _a(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"


def _cue_of(context: _Context, mention: Mention) -> str:
    before = context.before(mention)
    if _ADDRESS_BEFORE.search(before) and _ADDRESS_AFTER.match(context.after(mention)):
        return "address"
    if _THE_BEFORE.search(before) and _MODIFIES.match(context.after(mention)):
        return "the"
    title = _TITLE_BEFORE.search(before)
    if title and title.group(1).lower() in _PERSON_TITLES and title.group(1)[0].isupper():
        return "person"
    if _PLACE_BEFORE.search(before):
        return "place"
    return ""


# --- junk ----------------------------------------------------------------------------


def _not_an_entity(
    entity: Entity, vocabulary: Vocabulary | None, phrases: Counter[str] | None
) -> tuple[float, str] | None:
    """(confidence, rule) when the name is not an entity's."""
    name = entity.name
    words = name.split()
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return 0.95, "no letters in the name"
    if not any(c.isupper() for c in letters):
        return 0.9, "written in lower case"
    if name.replace(".", "").lower() in TIME_ZONES:
        return 0.9, f"'{name}' is a time zone"
    if name[0].islower():
        return 0.8, "the name starts with a lower-case word"
    small = SMALL_WORDS | {"and", "&"}
    lower_words = [w for w in words if w[0].islower() and w.lower() not in small]
    if len(words) >= LONG_TITLE and lower_words:
        return 0.65, (
            f"{len(words)} words, '{lower_words[0]}' in lower case: a phrase or a title of a "
            "work, not a name"
        )
    phrase = " ".join(w.lower() for w in words)
    geographic = words[-1].lower() in _PLACE_WORDS  # "East Coast": lower case, a place
    if 2 <= len(words) <= _PHRASE_WORDS and phrases is not None and not geographic:
        written = phrases[phrase]
        if written >= 3 and written * 2 >= len(entity.mentions):
            return 0.75, (
                f"'{phrase}' is written in lower case {written} times in the documents: "
                "a common phrase, not a name"
            )
    if vocabulary is not None and len(words) == 1 and not _is_acronym(name):
        lower, capital = vocabulary.lower[name.lower()], vocabulary.capital[name.lower()]
        if lower >= 3 and lower >= capital:
            return (
                0.75,
                f"'{name.lower()}' is written in lower case {lower} times in the documents, capitalised inside a sentence {capital}",
            )
    if len(entity.mentions) == 1 and re.search(r"\d", name) and len(words) <= 3:
        return 0.6, "named once, with a number in the name: a fragment"
    return None


_PHRASE_WORDS = 4


def lower_phrases(
    documents: Iterable[Document], entities: Iterable[Entity], vocabulary: Vocabulary
) -> Counter[str]:
    """How often the entities' names of two to four words, each a common word, are
    written in lower case ("task force"), by substring counts over the text (the
    candidates are few; a count is a scan at C speed)."""
    wanted = set()
    for entity in entities:
        words = entity.name.split()
        if 2 <= len(words) <= _PHRASE_WORDS and all(
            w.isalpha() and (w.lower() in SMALL_WORDS or vocabulary.common(w)) for w in words
        ):
            wanted.add(" ".join(w.lower() for w in words))
    text = "\n".join(d.text for d in documents)
    return Counter({phrase: text.count(phrase) for phrase in sorted(wanted)})


def _junk(context: _Context, vocabulary: Vocabulary | None) -> list[Item]:
    items = []
    phrases = (
        None
        if vocabulary is None
        else lower_phrases(context.documents.values(), context.entities, vocabulary)
    )
    for entity in context.entities:
        found = _not_an_entity(entity, vocabulary, phrases)
        if found is None:
            continue
        confidence, rule = found
        evidence = tuple(context.evidence(m, f"'{m.text}'") for m in entity.mentions[:EVIDENCE])
        items.append(
            Item(
                "junk",
                _score(confidence, len(entity.mentions)),
                f"{entity.name}: not an entity?",
                rule,
                evidence,
                f"- ignore: {yaml_name(entity.name)}",
                (entity.id,),
            )
        )
    return items


# --- suspicious merges -----------------------------------------------------------------

# The rules that join a lone name on the corpus' word alone (resolution.py's evidence).
_WEAK_MERGES = frozenset({"a lone surname, the only namesake", "a lone first name"})


def _suspicious_merges(context: _Context) -> list[Item]:
    """A person whose lone-surname mentions are mostly in documents that never name
    them in full: the surname may be another person's there."""
    items = []
    for entity in context.entities:
        if entity.type != "person" or len(entity.name.split()) < 2:
            continue
        lone_names = {
            m.name for m in entity.merged if len(m.name.split()) == 1 and m.rule in _WEAK_MERGES
        }
        if not lone_names:
            continue
        full_docs = {m.document for m in entity.mentions if len(m.text.split()) >= 2}
        lone = [m for m in entity.mentions if m.text in lone_names]
        orphans = [m for m in lone if m.document not in full_docs]
        orphan_docs = sorted({m.document for m in orphans})
        full = len(entity.mentions) - len(lone)
        titled = sum(1 for m in orphans if _cue_of(context, m) == "person")
        if len(orphan_docs) < 3 or len(orphans) < 5 * max(1, full) or titled * 4 > len(orphans):
            continue
        rules = sorted({m.rule for m in entity.merged if m.name in lone_names})
        evidence = [context.evidence(_first(entity, entity.name), f"'{entity.name}' in full")]
        seen: set[str] = set()
        for mention in orphans:
            if mention.document not in seen and len(evidence) < EVIDENCE:
                seen.add(mention.document)
                evidence.append(
                    context.evidence(
                        mention, f"'{mention.text}', not named in full in this document"
                    )
                )
        items.append(
            Item(
                "merge",
                _score(0.7 if len(orphans) >= 10 * max(1, full) else 0.55, len(entity.mentions)),
                f"{entity.name}: is every '{', '.join(sorted(lone_names))}' this person?",
                f"{len(orphans)} lone-surname mentions in {len(orphan_docs)} documents that never "
                f"give the full name, {full} full-name mentions; joined by: {'; '.join(rules)}. "
                "The corrections file cannot split an entity: check the documents cited",
                tuple(evidence),
                None,
                (entity.id,),
            )
        )
    return items


# --- dates ---------------------------------------------------------------------------


def _doubtful_dates(context: _Context, events: Iterable[Event]) -> list[Item]:
    """Events that other sources date differently: one of the readings is wrong."""
    events = list(events)
    by_id = {e.id: e for e in events}
    items = []
    for event in events:
        others = [by_id[i] for i in event.also_reported if i in by_id]
        if not others or any(o.id < event.id for o in others):
            continue  # each disagreement listed once, by its first event
        evidence = []
        for one in [event, *others][:EVIDENCE]:
            cite = one.sources[0]
            document = context.documents.get(cite.document)
            if document is None:
                continue
            sentence = document.sentences[cite.sentence - 1]
            evidence.append(
                Evidence(
                    document.id,
                    sentence.number,
                    sentence.text,
                    document.page,
                    document.date,
                    f"dated {one.date}: {one.resolution}",
                )
            )
        items.append(
            Item(
                "date",
                round(0.4 * _weight(len(event.sources)), 3),
                f"{event.summary}: {event.date} or {', '.join(o.date for o in others)}?",
                "sources date what reads as the same happening differently. Dates are read "
                "from the text: the corrections file does not hold them",
                tuple(evidence),
                None,
                (event.id, *(o.id for o in others)),
            )
        )
    return items
