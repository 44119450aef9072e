"""What the analyst should look at: likely mistakes of the automatic resolution, most
important first, each with its evidence and the `corrections.yml` entry that fixes it.

In: the documents, the resolved entities (with each merge's evidence) and the events.
Out: review Items, sorted by score (then kind and title, so the order is stable).
Each rule is named (Item.rule) and returns its reason, so the page says why an item is
listed. Kinds, in the order they rank at equal score:

- duplicate: two entities whose names say they are one (review_duplicates.py: the
  same name but for accents, particles, punctuation or a plural; a surname with a first
  name or initial that fits; an acronym written beside the name it spells; generic words
  added). Fix: `merge`.
- type: an entity whose contexts disagree with its type ("Go ahead, X." or "Mr. X" for
  an organization or a place, a person's name ending in "Department", "the X vaccine"
  or "in X" for a person named by one word). Fix: `type`.
- junk: a name that is not an entity (lower case, a time zone, a separator, a single
  letter, more digits than letters, a person's name of too many words, a word or phrase
  the documents write in lower case, a phrase with lower-case words, a one-off fragment
  with a number). Fix: `ignore`. The Build report lists these and the merges below
  (quality.py): the rules are written here only.
- merge: a suspicious merge: a lone surname joined to a full name, mostly in documents
  that never give the full name. Fix: `split` the lone name off the entity, in those
  documents (all of them when the lone name is nowhere else).
- date: an event that sources date differently ("also reported as"). Dates are read
  from the text; the corrections file does not hold them, so no entry is offered.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from .. import lexicon
from ..model import Corpus, Document, Entity, Event, Findings, Mention
from ..resolve.mentions import Vocabulary, name_key, vocabulary_of
from ..resolve.words import GEO_HEADS, ORG_HEADS, PLACE_HEADS, SMALL_WORDS
from .review_duplicates import duplicates, is_acronym
from .review_items import (
    EVIDENCE,
    KIND_NAMES,
    KINDS,
    PERSON_TITLES,
    Context,
    Evidence,
    Item,
    first,
    score,
    weight,
    yaml_id,
    yaml_name,
)

__all__ = [
    "KINDS",
    "KIND_NAMES",
    "Evidence",
    "Item",
    "format_items",
    "review",
    "review_corpus",
    "yaml_name",
]

TIME_ZONES = lexicon.words("time_zones")
LONG_TITLE = 4  # words: a name this long with a lower-case word is a phrase or a title


def review(
    documents: Sequence[Document],
    entities: Sequence[Entity],
    events: Sequence[Event] = (),
    vocabulary: Vocabulary | None = None,
) -> tuple[Item, ...]:
    """Every review item, most important first."""
    context = Context(documents, entities)
    items: list[Item] = []
    items += duplicates(context)
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


def _cues(context: Context, entity: Entity) -> Counter[str]:
    """How many of the entity's mentions read like a place's ("in X"), a person's
    ("Mr. X", "Senator X") or a speaker's ("X said")."""
    cues: Counter[str] = Counter()
    for mention in entity.mentions:
        cues.update(_mention_cues(context, mention))
    return cues


def _mention_cues(context: Context, mention: Mention) -> set[str]:
    """What the words around one mention say of its type (see _cues): "place",
    "person" (a title before), "said", "address" (spoken to), "the" (and "the place")."""
    before, after = context.before(mention), context.after(mention)
    cues = set()
    if _PLACE_BEFORE.search(before):
        cues.add("place")
    title = _TITLE_BEFORE.search(before)
    if title and title.group(1).lower() in PERSON_TITLES and title.group(1)[0].isupper():
        cues.add("person")
    if _SAID_AFTER.match(after):
        cues.add("said")
    if _ADDRESS_BEFORE.search(before) and _ADDRESS_AFTER.match(after):
        cues.add("address")
    if _THE_BEFORE.search(before) and _MODIFIES.match(after):
        cues.add("the")
        if after.split()[0].lower().strip(".,") in _PLACE_WORDS:
            cues.add("the place")
    return cues


def _proposed_type(context: Context, entity: Entity) -> tuple[str, float, str, str] | None:
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


def _wrong_types(context: Context) -> list[Item]:
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
                score(confidence, len(entity.mentions)),
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


# The cue a mention is cited for, when it has several: the first of these.
_CUE_ORDER = ("address", "the", "person", "place")


def _cue_of(context: Context, mention: Mention) -> str:
    cues = _mention_cues(context, mention)
    return next((cue for cue in _CUE_ORDER if cue in cues), "")


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
    shape = _not_a_name_shape(entity, letters, words)
    if shape is not None:
        return shape
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
    if vocabulary is not None and len(words) == 1 and not is_acronym(name):
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
# A character no name is written with: a list's bullet or separator, a clock's colon,
# markup ("California • Enshalla Dunlop", "BST 10:45"). Not quotes ("Charles “Chuck”
# Hagel"), brand marks ("Nestlé NAN®"), dashes or the okina ("Kaua‘i"): names have those.
_SEPARATOR = re.compile(r"[•·|:;=@#*<>\[\]{}\\^~]")
# Words beyond which a person's name is a run of several names or a phrase. Not for an
# organization or a place: official names run long ("Criminal Section of the Civil
# Rights Division of the United States Department of Justice"); on whitehouse-2022,
# 4 of the 15 such names over 12 words were junk.
PERSON_WORDS = 5


def _not_a_name_shape(
    entity: Entity, letters: Sequence[str], words: Sequence[str]
) -> tuple[float, str] | None:
    """(confidence, rule) when the name's shape is no name's: a separator, a single
    letter, more digits than letters (a person: any digit), a person's name of too many
    words."""
    name = entity.name
    person = entity.type == "person"
    separator = _SEPARATOR.search(name)
    if separator:
        return 0.75, f"'{separator.group()}' in the name: a separator, not part of a name"
    if len(letters) == 1:
        return 0.8, "a single letter"
    digits = sum(c.isdigit() for c in name)
    if digits > len(letters) or (person and digits):
        return 0.7, "digits in the name" + (
            " of a person" if person and digits <= len(letters) else ""
        )
    if person and len(words) > PERSON_WORDS:
        return 0.5, f"{len(words)} words: names run together, or a sentence"
    return None


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
    if not wanted:
        return Counter()
    # Counted in the runs of the text written with the phrases' letters and spaces only:
    # a phrase holds no other character, so it is never found across a run's end, and
    # its count in the text is the sum of its counts in the runs. Each distinct run is
    # scanned once, with how often the text has it (whitehouse-2022: 494 phrases, 10 MB
    # of text scanned for each, 2.3 s; 5.9 MB of distinct runs, 1.2 s).
    letters = re.escape("".join(sorted(set("".join(wanted)))))
    text = "\n".join(d.text for d in documents)
    runs: dict[int, list[str]] = {}  # how often the text has a run -> those runs
    for run, count in Counter(re.findall(f"[{letters}]+", text)).items():
        if " " in run.strip():  # (a phrase is two words or more)
            runs.setdefault(count, []).append(run)
    joined = [(count, "\n".join(these)) for count, these in runs.items()]
    return Counter(
        {phrase: sum(n * part.count(phrase) for n, part in joined) for phrase in sorted(wanted)}
    )


def _junk(context: Context, vocabulary: Vocabulary | None) -> list[Item]:
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
                score(confidence, len(entity.mentions)),
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


def _suspicious_merges(context: Context) -> list[Item]:
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
        snippet = _split_entries(entity, lone, orphans)
        evidence = [context.evidence(first(entity, entity.name), f"'{entity.name}' in full")]
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
                score(0.7 if len(orphans) >= 10 * max(1, full) else 0.55, len(entity.mentions)),
                f"{entity.name}: is every '{', '.join(sorted(lone_names))}' this person?",
                f"{len(orphans)} lone-surname mentions in {len(orphan_docs)} documents that never "
                f"give the full name, {full} full-name mentions; joined by: {'; '.join(rules)}. "
                "Where the lone name is someone or something else, split it off",
                tuple(evidence),
                snippet,
                (entity.id,),
            )
        )
    return items


def _split_entries(entity: Entity, lone: Sequence[Mention], orphans: Sequence[Mention]) -> str:
    """The `split` entries that detach the lone names in the documents that never give
    the full name: one per spelling (as name_key folds them, written as most often);
    limited to those documents (`in:`) when the lone name is also written where the
    full name is."""
    entries = []
    by_key: dict[str, list[Mention]] = {}
    for mention in orphans:
        by_key.setdefault(name_key(mention.text), []).append(mention)
    for key in sorted(by_key):
        written = Counter(m.text for m in by_key[key])
        form = min(written, key=lambda n: (n.isupper(), -written[n], n))  # "Buras", not "BURAS"
        entry = f"- split: {yaml_name(form)}\n  from: {yaml_name(entity.name)}"
        orphan_docs = sorted({m.document for m in by_key[key]})
        if any(name_key(m.text) == key and m.document not in orphan_docs for m in lone):
            entry += "\n  in:" + _yaml_list([yaml_id(d) for d in orphan_docs])
        entries.append(entry)
    return "\n".join(entries)


def _yaml_list(items: Sequence[str], width: int = 80) -> str:
    """A YAML list after a key: on the key's line if short ("[a, b]"), else one item a
    line ("- a"), as people write long lists."""
    flow = f" [{', '.join(items)}]"
    return flow if len(flow) <= width else "".join(f"\n    - {item}" for item in items)


# --- dates ---------------------------------------------------------------------------


def _doubtful_dates(context: Context, events: Iterable[Event]) -> list[Item]:
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
                round(0.4 * weight(len(event.sources)), 3),
                f"{event.summary}: {event.date} or {', '.join(o.date for o in others)}?",
                "sources date what reads as the same happening differently. Dates are read "
                "from the text: the corrections file does not hold them",
                tuple(evidence),
                None,
                (event.id, *(o.id for o in others)),
            )
        )
    return items
