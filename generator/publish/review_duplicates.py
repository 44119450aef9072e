"""Likely duplicates: two entities whose names say they are one (review.py lists them).

The same name but for accents, particles, punctuation or a plural; the same surname
and a first name or initial that fits; an acronym written beside the name it spells;
generic words added ("Kingdom of Spain" / "Spain", "Credit Suisse Group AG" / "Credit
Suisse"). Shared documents and co-mentioned entities raise the score. The entry offered
is a `merge` into the fuller name.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Sequence

from .. import lexicon
from ..ingest.text import fold
from ..model import Entity
from ..resolve.names import NICKNAMES
from ..resolve.words import SMALL_WORDS, STATE_NAMES_WRITTEN
from .review_items import Context, Item, first, score, yaml_name


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


def _same_thing(context: Context, a: Entity, b: Entity) -> tuple[float, str] | None:
    """(confidence, rule) when the names of `a` and `b` say they are one, else None."""
    best: tuple[float, str] | None = None
    for name_a in context.names[a.id]:
        for name_b in context.names[b.id]:
            found = _names_match(name_a, name_b, a, b)
            if found is not None and (best is None or found[0] > best[0]):
                best = found
    return best


@functools.lru_cache(maxsize=1 << 16)
def _shape(name: str) -> tuple[tuple[str, ...], str, tuple[str, ...], bool]:
    """What the pair rules compare of a name, worked out once per name (a large corpus
    compares hundreds of thousands of pairs): its key words, their letters joined, the
    words without a plural's "s", and whether it is an acronym."""
    words = _key(name)
    return words, "".join(words), tuple(w.rstrip("s") for w in words), is_acronym(name)


def _names_match(name_a: str, name_b: str, a: Entity, b: Entity) -> tuple[float, str] | None:
    words_a, letters_a, singular_a, acronym_a = _shape(name_a)
    words_b, letters_b, singular_b, acronym_b = _shape(name_b)
    if not words_a or not words_b:
        return None
    if words_a == words_b:
        return (
            0.95,
            f"the same name but for accents, case, punctuation or particles: '{name_a}', '{name_b}'",
        )
    if letters_a == letters_b:
        return 0.9, f"the same letters but for spaces or hyphens: '{name_a}', '{name_b}'"
    if len(words_a) == len(words_b) and words_a[0] == words_b[0] and singular_a == singular_b:
        return 0.85, f"the same name but for a plural: '{name_a}', '{name_b}'"
    if a.type == "person" and b.type == "person" and _one_person(words_a, words_b):
        initial = min(len(words_a[0]), len(words_b[0])) == 1
        return (
            0.6 if initial else 0.85,
            f"the same surname and a first name {'initial ' if initial else ''}that fits: "
            f"'{name_a}', '{name_b}'",
        )
    for short, acronym, long_words, other in (
        (name_a, acronym_a, words_b, name_b),
        (name_b, acronym_b, words_a, name_a),
    ):
        if acronym and len(long_words) >= 2:
            spelled = _initials([w for w in long_words if w not in ("us", "u", "and")])
            if _bare(short).lower() in (_initials(long_words), spelled):
                return 0.8, f"'{short}' spells the initials of '{other}'"
    return None


def _bare(name: str) -> str:
    return name.replace(".", "").replace("&", "")


@functools.lru_cache(maxsize=1 << 16)
def is_acronym(name: str) -> bool:
    bare = _bare(name)
    return 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper()


def _acronym_beside(context: Context, a: Entity, b: Entity, shared: Sequence[str]) -> bool:
    """Whether, in a document naming both, one entity's acronym is written within a few
    words after the other's name ("Johnson & Johnson (J&J)", "... Practices, or ACIP")."""
    for short, long in ((a, b), (b, a)):
        acronyms = [n for n in context.names[short.id] if is_acronym(n)]
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
    if not words_short or len(words_long) <= size or is_acronym(short.name):
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


def duplicates(context: Context) -> list[Item]:
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
            if is_acronym(name):
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


def _duplicate(context: Context, a: Entity, b: Entity) -> Item | None:
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
            first(keep), f"'{keep.name}' ({keep.type}, {len(keep.mentions)} mentions)"
        ),
        context.evidence(
            first(other), f"'{other.name}' ({other.type}, {len(other.mentions)} mentions)"
        ),
    )
    return Item(
        "duplicate",
        score(min(confidence, 1.0), len(a.mentions) + len(b.mentions)),
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
