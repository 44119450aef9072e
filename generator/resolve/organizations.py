"""Organizations named with and without the body they belong to: "the White House
Gender Policy Council" and "the Gender Policy Council", "the House Energy and Commerce
Committee" and "the Energy and Commerce Committee"; and a company named by its first word
("Exxon Mobil" and "Exxon"). Variant passes of resolution, run by
variants.merge_variants. Also a department named with and without the word
("Health and Human Services") and a body's name in the other order ("General Assembly
of the United Nations")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import Document
from .countries import STATE_KEYS, country_of
from .mentions import name_key
from .placed import PLACE_KINDS, written_as_place
from .resolution import (
    RARE,
    Cluster,
    cluster_keys,
    dominant,
    is_acronym,
    keys_of_names,
    merge,
    owner_and_unit,
    root,
    type_of,
    without_legal_form,
)
from .votes import demonyms_of_places
from .words import BUSINESS_WORDS, GEO_HEADS, ORG_HEADS, PLACE_HEADS, SMALL_WORDS, a_city

# Prepositions a name goes on with ("Global Partnership for Action on ...").
_GOES_ON = frozenset({"for", "on", "of", "to", "in", "at"})

# Words a parent's name may have: "House", "White House", "Senate Armed Services".
PARENT_WORDS = 3
# Of the documents that write a company's first word alone and its full name, the share
# that write the full name first (news name a company in full, then short), and at least
# this many documents.
INTRODUCED_SHARE = 2 / 3
INTRODUCED_DOCUMENTS = 2


def merge_parent_prefixed(clusters: list[Cluster]) -> None:
    """An organization named after another one of the corpus ("White House" +
    "Gender Policy Council") is the organization named without it, when:

    - the rest is itself a name of the corpus, of two words or more, headed by an
      organization's word (council, committee, office...);
    - the corpus ends longer names with that rest only after one body: with both
      "Senate Judiciary Committee" and "House Judiciary Committee", "Judiciary
      Committee" is either, and "Cancer Center" ends the names of many centres; but
      "House" and "House of Representatives" are one body, written short or long;
    - the two are not joined by a hyphen ("White House-Treasury Department");
    - the rest does not start other names that go on with "for", "on"...: "Global
      Partnership" also starts "Global Partnership for Action on ..." and "Global
      Partnership on AI";
    - the prefix is an organization's name the corpus writes alone: "Foundry" is no
      body, so "Foundry United Methodist Church" is not the United Methodist Church.
    """
    by_key = keys_of_names(clusters)
    parents: dict[str, set[str]] = {}
    endings: dict[str, set[str]] = {}  # the longer names ending so, whatever their start
    for key in sorted(by_key):
        words = key.split()
        if words[-1] not in ORG_HEADS:
            continue
        for cut in range(1, len(words) - 1):
            parent, rest = " ".join(words[:cut]), " ".join(words[cut:])
            if words[cut - 1] not in SMALL_WORDS:  # not "Co-Chair of the [Council]"
                endings.setdefault(rest, set()).add(key)
            if cut <= PARENT_WORDS and parent in by_key and rest in by_key:
                parents.setdefault(rest, set()).add(key)
    # The names other names go on from with "for", "on", "of"...: "Global Partnership
    # [for Action on ...]".
    starts = {
        " ".join(words[:n])
        for words in map(str.split, by_key)
        for n in range(2, len(words))
        if words[n] in _GOES_ON  # not "and": "Domestic Policy Council and Office of ..."
    }
    for rest, longer in sorted(parents.items()):
        if not _one_body(_outermost(endings.get(rest, set())), rest):
            continue  # "Cancer Center" ends the names of many centres: none of them
        if rest in starts:
            continue  # "Global Partnership [for Action on ...]": it starts other names too
        for full in sorted(longer):
            if any(_joined(n, rest) for n in clusters[by_key[full]].spellings()):
                continue
            parent = full[: len(full) - len(rest) - 1]
            a, b, p = (root(clusters, by_key[k]) for k in (full, rest, parent))
            if len({a, b, p}) < 3:
                continue  # "White House Office" and "Office" one already, or the parent
            if all(type_of(clusters[i]) == "organization" for i in (a, b, p)):
                merge(clusters, a, b, "the name without the body it belongs to")


def merge_owned_units(clusters: list[Cluster]) -> None:
    """A body's name written after its owner's possessive ("the Department of Labor's
    Employment and Training Administration", "DOI's Bureau of Ocean Energy Management")
    is the body the corpus names alone ("the Employment and Training Administration"),
    when:

    - the unit's name is of two words or more, headed by an organization's word, and
      is itself a name of the corpus;
    - the owner is named in the corpus too (a body, a person, a place): "People's Bank
      of China" is no "Bank of China" of someone named "People";
    - the unit has one owner, and the corpus's other names that end with the unit put
      that owner before it, written otherwise (not another body's): the "Judiciary
      Committee" of the Senate and of the House is either, and "Prince George's
      Chamber of Commerce" one of many chambers ("Hispanic Chamber of Commerce").

    A cluster joins the unit's only if its every name is the unit's, owned or not."""
    by_key = keys_of_names(clusters)
    live = [i for i, c in enumerate(clusters) if c.mentions and c.merged_into is None]
    holders: dict[str, int] = {}  # each name's key -> the first cluster that has it
    for i in live:
        for key in sorted(cluster_keys(clusters[i])):
            holders.setdefault(key, i)
    units: dict[str, list[tuple[int, str]]] = {}  # the unit's key -> (cluster, owner's key)
    owned_keys = set()
    for i in live:
        for name in clusters[i].spellings():
            owner, unit = owner_and_unit(name)
            if unit and name_key(unit) in by_key:
                units.setdefault(name_key(unit), []).append((i, name_key(owner)))
                owned_keys.add(name_key(name))
    endings: dict[str, set[str]] = {}  # the unit's key -> the other names ending with it
    for key in by_key.keys() - owned_keys:
        words = key.split()
        for cut in range(1, len(words) - 1):
            if (rest := " ".join(words[cut:])) in units:
                endings.setdefault(rest, set()).add(key)
    for unit, owned in sorted(units.items()):
        words = unit.split()
        if words[-1] not in ORG_HEADS and words[0] not in ORG_HEADS:
            continue
        # (the owners, and the bodies before the unit in the corpus's other names)
        before = {k[: -len(unit) - 1] for k in _outermost(endings.get(unit, set()))}
        owners = [holders.get(body) for body in {owner for _, owner in owned} | before]
        if None in owners or len({root(clusters, i) for i in owners if i is not None}) != 1:
            continue  # a body named nowhere else ("People", "Hispanic"), or two bodies
        target = root(clusters, by_key[unit])
        if type_of(clusters[target]) != "organization":
            continue
        for i in sorted({root(clusters, i) for i, _ in owned} - {target}):
            if type_of(clusters[i]) == "organization" and all(
                name_key(owner_and_unit(n)[1] or n) == unit for n in clusters[i].spellings()
            ):
                merge(clusters, target, i, "a body's name after its owner's")


def _one_body(longer: set[str], rest: str) -> bool:
    """Do the longer names put the rest after one body only? "house", "u.s. house" and
    "house of representatives" are one (each starts or ends with the shortest);
    "senate" and "house" are two, and so are the many hospitals before "cancer center"."""
    bodies = sorted({full[: len(full) - len(rest) - 1] for full in longer}, key=len)
    return bool(bodies) and all(
        f"{body} ".startswith(f"{bodies[0]} ") or f" {body}".endswith(f" {bodies[0]}")
        for body in bodies
    )


def _outermost(keys: set[str]) -> set[str]:
    """The names not ending another one of `keys`: "house gender policy council", a
    part of "white house gender policy council", is no other council."""
    return {k for k in keys if not any(o.endswith(" " + k) for o in keys)}


def _joined(name: str, rest: str) -> bool:
    """Is the parent joined to the rest by a hyphen ("White House-Treasury Department"):
    two bodies together, not one inside the other?"""
    head = rest.split()[0]
    return any(w.lower().endswith(head) and "-" in w for w in name.replace("‑", "-").split())


def merge_first_words(clusters: list[Cluster], documents: Sequence[Document]) -> None:
    """ "Exxon" is Exxon Mobil, "Goldman" Goldman Sachs: a company's name of one word
    joins the company name of two words that it begins, or that it begins run together
    with a name ("Glaxo" of GlaxoSmithKline: _CAMEL), when:

    - the second word is a name of no other kind: not an organization's word ("Ford
      Foundation"), a trade word (variants._merge_short_names joins those), a place's
      word or a place ("BP America" is a part of BP);
    - that company dominates the others the word begins (resolution.dominant); a name
      voted a place as often as a company ("the Exxon Valdez spill": the ship) and a
      body named after it ("Exxon Valdez Oil Spill Commission") are none of them;
    - the documents that write both write the full name first, as news name a company
      in full and then short, in most of them (INTRODUCED_SHARE);
    - the word is not far more used than the full name (RARE).

    So does a place's: "Deepwater" is the Deepwater Horizon; not a state's or a
    country's name ("Mississippi", not the Mississippi River), nor before a place's
    word ("Texas City", "Pensacola Beach"), nor a company's ("Exxon", not the Exxon
    Valdez), nor a city's the documents write as a place ("fans in Bristol", of Bristol
    Albion: PLACED_SHARE)."""
    _merge_first_words(
        clusters, "organization", "a company's first word, after its full name", documents
    )
    _merge_first_words(clusters, "place", "a place's first word, after its full name", documents)


def _merge_first_words(
    clusters: list[Cluster], kind: str, rule: str, documents: Sequence[Document]
) -> None:
    keys_of = {
        i: {without_legal_form(k) or k for k in cluster_keys(c)}
        for i, c in enumerate(clusters)
        if c.mentions
    }
    lone = sorted(
        (next(iter(keys)), i)
        for i, keys in keys_of.items()
        if len(keys) == 1 and " " not in next(iter(keys))
    )
    alone = {word for word, _ in lone}
    full: dict[str, set[int]] = {}
    rivals: dict[str, set[int]] = {}
    for i, keys in keys_of.items():
        if kind == "organization":
            keys = keys | _camel_keys(clusters[i])  # "ExxonMobil": "exxon mobil"
        for words in (key.split() for key in sorted(keys)):
            if len(words) < 2 or words[0] not in alone or words[-1] in ORG_HEADS:
                continue
            if type_of(clusters[i]) != kind or (
                kind == "organization" and _place_voted(clusters[i])
            ):
                break
            rivals.setdefault(words[0], set()).add(i)
            # (a place's kind after the word makes a place of its own: "Quezon City",
            # apart from the province Quezon)
            if (
                len(words) == 2
                and _second_name(words[1])
                and (
                    kind == "organization"
                    or (words[1] not in PLACE_HEADS and words[1] not in PLACE_KINDS)
                )
            ):
                full.setdefault(words[0], set()).add(i)
    for word, i in lone:
        short = clusters[i]
        if word not in full or short.merged_into is not None:
            continue
        if kind == "place" and (word in STATE_KEYS or country_of(word) is not None):
            continue  # "Mississippi" is the state, not the Mississippi River
        if type_of(short) != kind or all(is_acronym(n) for n in short.spellings()):
            continue
        if kind == "organization" and city_written(word, short, documents):
            continue  # "fans in Bristol": the city, not Bristol Albion
        candidates = {root(clusters, j) for j in rivals[word]} - {root(clusters, i)}
        target = dominant(clusters, candidates)
        if target is None or target not in {root(clusters, j) for j in full[word]}:
            continue
        if len(short.mentions) > RARE * len(clusters[target].mentions):
            continue
        if _introduced_first(clusters[target], short):
            merge(clusters, target, i, rule)


# A company's name of one word made of two capitalised names run together, as mergers
# name companies ("ExxonMobil", "GlaxoSmithKline", "ConocoPhillips"): the first is a
# word of three letters or more ("Mac" of "MacDonald" is not), the rest capitalised.
# Not a hyphen's two parts: "TNK-BP" is a venture of TNK and BP, "ISIS-K" a branch.
_CAMEL = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]+(?:[A-Z][a-z]+)*)")


def _camel_keys(cluster: Cluster) -> set[str]:
    """The keys of a cluster's one-word names run together from two ("ExxonMobil":
    "exxon mobil", "GlaxoSmithKline": "glaxo smithkline"), for _merge_first_words."""
    keys = set()
    for name in cluster.spellings():
        run = _CAMEL.fullmatch(name)
        if run is not None:
            keys.add(f"{run.group(1).lower()} {run.group(2).lower()}")
    return keys


# A city's name written as a place in more than one of this many of its mentions (twice
# at least) is the city's, whatever body's name opens with it ("fans in Bristol", of
# Bristol Albion), as a word no gazetteer knows so written is a place (short_forms.py).
PLACED_SHARE = 10


def city_written(word: str, cluster: Cluster, documents: Sequence[Document]) -> bool:
    """Is `word`, the lone word of `cluster`, a city's name of the gazetteers that the
    documents write as a place (placed.written_as_place: "in Bristol", "Bristol-based";
    not "[Hanseong]-YSMC's plant") twice at least and in more than one of PLACED_SHARE
    of its mentions (not "a stake in Connaught", once)?"""
    if not a_city([word]):
        return False
    placed = 0
    for m in cluster.mentions:
        text = documents[m.doc].text
        hyphened = text.startswith("-", m.end) and not text.startswith("-based", m.end)
        placed += not hyphened and written_as_place(text, m)
    return placed >= 2 and PLACED_SHARE * placed > len(cluster.mentions)


def _place_voted(cluster: Cluster) -> bool:
    """Voted a place at least as often as an organization: the ship of "the Exxon
    Valdez spill", not a company."""
    place = sum(m.weight for m in cluster.mentions if m.vote == "place")
    organization = sum(m.weight for m in cluster.mentions if m.vote == "organization")
    return place >= organization > 0 or (place > 0 and organization == 0)


def _second_name(word: str) -> bool:
    """Can `word`, second in a company's name, be a name of its own ("Mobil", "Sachs"),
    not a word of some kind of body or place ("Oil", "Foundation", "Gulf", "America")?"""
    return not (
        word in ORG_HEADS
        or word in BUSINESS_WORDS
        or word in GEO_HEADS
        or word in SMALL_WORDS
        or word in STATE_KEYS
        or country_of(word) is not None
    )


def _introduced_first(full: Cluster, short: Cluster) -> bool:
    """Do the documents that write both names write the full one first, in most of them
    (INTRODUCED_SHARE) and in at least INTRODUCED_DOCUMENTS?"""
    first: dict[int, int] = {}
    for m in full.mentions:
        first[m.doc] = min(first.get(m.doc, m.start), m.start)
    short_first: dict[int, int] = {}
    for m in short.mentions:
        if m.doc in first:
            short_first[m.doc] = min(short_first.get(m.doc, m.start), m.start)
    after = sum(1 for doc, start in short_first.items() if first[doc] < start)
    return after >= INTRODUCED_DOCUMENTS and after >= INTRODUCED_SHARE * len(short_first)


def merge_departments(clusters: list[Cluster]) -> None:
    """ "Health and Human Services" is the "Department of Health and Human Services",
    "Economy, Trade and Industry" the "Ministry of Economy, Trade and Industry" (a
    ministry's portfolio, written no more than twice as often as the ministry: "Foreign
    Affairs", a magazine and many posts' portfolio, is no one ministry)."""
    by_key = keys_of_names(clusters)
    for key, i in sorted(by_key.items()):
        longer = by_key.get(f"{key} department")
        if longer is None and not key.endswith(" department") and " of " not in key:
            longer = by_key.get(f"{key} ministry")  # (not "Ministry of the Church of X")
            if longer is not None and len(clusters[root(clusters, i)].mentions) > 2 * len(
                clusters[root(clusters, longer)].mentions
            ):
                continue
        if longer is not None and len(key) >= 5 and not key.endswith((" department", " ministry")):
            a, b = root(clusters, longer), root(clusters, i)
            if a != b and type_of(clusters[b]) != "place":  # "Puerto Rico [Department of"
                merge(clusters, a, b, "a department's name")


_LOCATED = re.compile(r"(.+?) in (.+)")


def merge_located(clusters: list[Cluster]) -> None:
    """ "Alleyn's School in Dulwich" is Alleyn's School: an organization's name that goes
    on with "in" and a place of the corpus is the organization the corpus names without
    it. Not one the corpus never names without it ("Organization for Security and
    Cooperation in Europe"), nor "at", which names a campus ("University of California
    at Berkeley")."""
    by_key = keys_of_names(clusters)
    for key, i in sorted(by_key.items()):
        match = _LOCATED.fullmatch(key)
        if match is None:
            continue
        body, place = by_key.get(match.group(1)), by_key.get(match.group(2))
        if body is None or place is None or type_of(clusters[root(clusters, place)]) != "place":
            continue
        a, b = root(clusters, body), root(clusters, i)
        if a != b and type_of(clusters[a]) == type_of(clusters[b]) == "organization":
            merge(clusters, a, b, "an organization's name with the place it is in")


HOME_RULE = "a body of the place the corpus names most, named with and without it"


def merge_home_bodies(clusters: list[Cluster]) -> None:
    """ "The Constitutional Court" of a story of Niamara is the Constitutional Court of
    Niamara, and the "Niamaran Government" its Government of Niamara: a body's name of
    two words or more, bare or with the people's word, is the one the corpus names with
    "of" and the place it names most (the story's country: not "the Supreme Court of
    Texas", in a story of the United States), where it names that body of no other
    place."""
    by_key = keys_of_names(clusters)
    places = {
        r for r in {root(clusters, i) for i in by_key.values()} if type_of(clusters[r]) == "place"
    }
    if not places:
        return
    home = max(sorted(places), key=lambda i: len(clusters[i].mentions))
    owned: dict[str, list[tuple[int, str]]] = {}  # a body's name -> (cluster, place)
    for key, i in sorted(by_key.items()):
        match = _OF_PLACE.fullmatch(key)
        if match is None:
            continue
        place = by_key.get(match.group(2))
        if place is not None and type_of(clusters[root(clusters, place)]) == "place":
            owned.setdefault(match.group(1), []).append((i, match.group(2)))
    for body, owners in sorted(owned.items()):
        if len(owners) != 1 or root(clusters, by_key[owners[0][1]]) != home:
            continue  # (the Supreme Courts of Texas and of Ohio: neither is "the" one)
        whole = root(clusters, owners[0][0])
        if type_of(clusters[whole]) != "organization":
            continue
        peoples = demonyms_of_places([owners[0][1].title()])
        # (bare, of two words or more: "the Government" alone may be anyone's)
        keys = [body] if " " in body else []
        for key in keys + [f"{people.lower()} {body}" for people in sorted(peoples)]:
            other = by_key.get(key)
            if other is None:
                continue
            a, b = root(clusters, whole), root(clusters, other)
            if a != b and type_of(clusters[b]) == "organization":
                merge(clusters, a, b, HOME_RULE)


_OF_PLACE = re.compile(r"(.+?) of (?:the )?(.+)")


def merge_possessive(clusters: list[Cluster], documents: Sequence[Document]) -> None:
    """ "Alleyn" is Alleyn's School, "Moody" Moody's Investors Service: an organization's
    one word that the texts always write as a possessive ("pupils at Alleyn's", the
    possessive cut off its span) is the one organization the corpus names with that
    possessive first. A word also written alone is a body of its own, and "X's Y" one of
    its parts ("AARP" and "AARP's Tax Counseling for the Elderly")."""
    by_key = keys_of_names(clusters)
    owners: dict[str, set[int]] = {}
    for key, i in by_key.items():
        first, _, rest = key.partition(" ")
        if rest and first.endswith(("'s", "’s")):
            owners.setdefault(first[:-2], set()).add(root(clusters, i))
    for word, targets in sorted(owners.items()):
        found = by_key.get(word)
        if found is None or len(targets) != 1:
            continue
        a, b = next(iter(targets)), root(clusters, found)
        short = clusters[b]
        if (
            a != b
            and type_of(clusters[a]) == type_of(short) == "organization"
            and all(
                _POSSESSIVE.match(documents[m.doc].text, m.end)
                for m in short.mentions
                if m.text.lower() == word
            )
        ):
            merge(clusters, a, b, "an organization's name written as a possessive")


_POSSESSIVE = re.compile(r"['’]s\b")


_OF = re.compile(r"(.+?) (?:of|on) (?:the )?(.+)")
INVERTED_APART = lexicon.words("inverted_apart")


def merge_reordered(clusters: list[Cluster]) -> None:
    """ "Transitional National Council" is the National Transitional Council: an
    organization's name of three words or more whose words before its head are those of
    another organization's name in another order, the same head last (reporters and
    translators order the adjectives differently). The less named joins the more named."""
    by_key = keys_of_names(clusters)
    orders: dict[tuple[tuple[str, ...], str], list[int]] = {}
    for key, i in sorted(by_key.items()):
        *modifiers, head = key.split()
        if len(modifiers) >= 2:
            orders.setdefault((tuple(sorted(modifiers)), head), []).append(i)
    for found in orders.values():
        roots = {root(clusters, i) for i in found}
        group = sorted(
            (i for i in roots if type_of(clusters[i]) == "organization"),
            key=lambda i: (-len(clusters[i].mentions), i),
        )
        for other in group[1:]:
            a, b = root(clusters, group[0]), root(clusters, other)
            if a != b:
                merge(clusters, a, b, "the same name with its modifiers in another order")


def merge_inverted(clusters: list[Cluster]) -> None:
    """ "General Assembly of the United Nations" is the United Nations General Assembly:
    an organization's "X of (the) Y" or "X on Y" joins the "Y X" of another
    organization, as "Department of X" is "X Department" (name_key), and "House
    Committee on Energy" is the "House Energy Committee": a body named first stays
    first. Not a university's (lexicon/inverted_apart.txt)."""
    by_key = keys_of_names(clusters)
    for key, i in sorted(by_key.items()):
        match = _OF.fullmatch(key)
        if match is None or set(match.group(1).split()) & INVERTED_APART:
            continue  # the University of Miami is not Miami University
        *body, head = match.group(1).split()
        inverted = [f"{match.group(2)} {match.group(1)}"]
        if body:
            inverted.append(" ".join([*body, match.group(2), head]))
        j = next((by_key[k] for k in map(name_key, inverted) if k in by_key), None)
        if j is None:
            continue
        a, b = root(clusters, j), root(clusters, i)
        if a != b and type_of(clusters[a]) == type_of(clusters[b]) == "organization":
            if len(clusters[a].mentions) < len(clusters[b].mentions):
                a, b = b, a
            merge(clusters, a, b, "the same name with its words in the other order")
