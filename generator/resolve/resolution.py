"""Which candidate mentions name the same thing: the working clusters of entities.py,
and what every pass asks of them (keys, roots, merges, types, legal forms).

The passes are elsewhere: lone surnames join the full name they stand for (surnames.py);
spellings that differ by a middle name, a nickname, an accent or one letter merge
(variants.py); acronyms join their long form and stated aliases are honoured
(acronyms.py); refind.py then finds the mentions the pipeline missed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import KeysView, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .. import lexicon
from ..model import Document
from .mentions import HYPHENATED, Found, name_key
from .names import (
    name_words,
    surname,
    title_words,
)
from .votes import STRONG
from .words import (
    BUSINESS_WORDS,
    LEGAL_FORMS,
    LEGAL_PREFIXES,
    OFFICES,
    STATE_NAMES_WRITTEN,
    TITLES,
    a_city,
)


@dataclass(slots=True)
class Cluster:
    """A working entity while resolution runs (mutable; frozen into an Entity at the end).

    Its mentions list only grows in place (append, extend); anything else (a mention
    removed, the list reordered, a mention's text changed) makes a new list, assigned to
    `mentions`: spellings() relies on it (_Spelled)."""

    mentions: list[Found] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)  # stated or corrected spellings
    name: str | None = None  # forced by a correction
    type: str | None = None  # forced by a correction
    note: str | None = None
    members: list[int] = field(default_factory=list)  # other clusters (named groups)
    group: bool = False
    listed: tuple[int, int] | None = None  # (document index, sentence) listing the members
    ignored: bool = False
    titled: frozenset[str] = frozenset()  # the title a person is known by alone (surnames.py)
    # name keys another entity is known by alone, never shown as this one's name: the
    # state's "Washington" where "Washington" alone is the city (places.py)
    known_elsewhere: frozenset[str] = frozenset()
    merged_into: int | None = None
    # (name, rule, document index, sentence): each name joined and why (entities.json)
    evidence: list[tuple[str, str, int, int]] = field(default_factory=list)
    _spelled: _Spelled | None = field(default=None, repr=False, compare=False)

    def names(self) -> Counter[str]:
        """Its mentions' names, with how many of its mentions have each (a new Counter;
        the counts are kept as spellings() are)."""
        return Counter(self._spelled_now().counts)

    def spellings(self) -> KeysView[str]:
        """The names of its mentions, each once, in the order of names() (no counts:
        cheaper, and what most questions about a cluster's names need). Every pass asks
        it of every cluster: the answer is kept, and brought up to date with the
        mentions added since (_Spelled)."""
        return self._spelled_now().names.keys()

    def full_names(self) -> frozenset[str]:
        """Its spellings of two words or more (kept as spellings() is)."""
        spelled = self._spelled_now()
        if spelled.full is None:
            spelled.full = frozenset(n for n in spelled.names if spelled.words[n])
        return spelled.full

    def in_full(self) -> list[Found]:
        """Its mentions written with one of its full_names(), in order (kept as
        spellings() is: the questions about a person named in full read only these, not
        the hundreds of lone surnames beside them)."""
        return self._spelled_now().in_full

    def _spelled_now(self) -> _Spelled:
        """Its _Spelled, up to date (asked for nearly every question about a cluster:
        what nothing changed costs is kept to a few comparisons)."""
        spelled, mentions = self._spelled, self.mentions
        if spelled is not None and spelled.mentions is mentions:
            count, now = spelled.count, len(mentions)
            if now >= count and (not count or mentions[count - 1] is spelled.last):
                if now > count:
                    spelled.update()
                return spelled
        spelled = self._spelled = _Spelled(mentions)  # (a list replaced: read anew)
        if mentions:
            spelled.update()
        return spelled

    def absorb(self, other: Cluster) -> None:
        self.mentions.extend(other.mentions)
        self.aliases |= other.aliases
        self.name = self.name or other.name
        self.type = self.type or other.type
        self.note = self.note or other.note
        self.group = self.group or other.group
        self.members.extend(other.members)
        self.evidence.extend(other.evidence)
        self.known_elsewhere |= other.known_elsewhere
        other.mentions = []


class _Spelled:
    """A cluster's spellings as last worked out: the list of mentions they were read from,
    how many of its mentions and the last of them. The list growing in place (the only
    change made to it in place, see Cluster) only adds the new mentions' names after
    them, in the order dict.fromkeys would give; a list shorter than that, or whose
    mention at that place is another one, is read again. Each name's count of mentions
    is kept too (names()), and the mentions written in full (Cluster.in_full). A new
    name makes a new dict of the names, so that a view handed out before does not
    change under its reader, and drops what
    was worked out from the names (their keys, a legal form, those in full), asked again
    when needed. A mention that refers back to a body named before (Found.refers: "the
    Task Force") gives no name, unless the cluster has no other."""

    __slots__ = (
        "count",
        "counts",
        "full",
        "in_full",
        "keys",
        "last",
        "legal",
        "mentions",
        "names",
        "words",
    )

    def __init__(self, mentions: list[Found]):
        self.mentions = mentions
        self.count = 0
        self.last: Found | None = None
        self.names: dict[str, None] = {}
        self.counts: dict[str, int] = {}  # each name's mentions, in the order of names
        self.keys: set[str] | None = None  # cluster_keys of the names (never changed)
        self.legal: bool | None = None  # has_legal_form
        self.full: frozenset[str] | None = None  # full_names
        self.in_full: list[Found] = []  # the mentions with a name of two words or more
        self.words: dict[str, bool] = {}  # each name: of two words or more? (full_names)

    def update(self) -> None:
        """Read the mentions added since (there are some)."""
        mentions, counts, words, in_full = self.mentions, self.counts, self.words, self.in_full
        for mention in mentions[self.count :]:
            if mention.refers and (counts or any(not m.refers for m in mentions)):
                continue  # "the Task Force" read as the body named before: none of its names
            text = mention.text
            counts[text] = counts.get(text, 0) + 1
            full = words.get(text)
            if full is None:
                full = words[text] = len(text.split()) >= 2
            if full:
                in_full.append(mention)
        if len(counts) > len(self.names):  # (the same names, in the same order)
            self.names = dict.fromkeys(counts)
            self.keys = self.legal = self.full = None
        self.count, self.last = len(mentions), mentions[-1]


def group_mentions(found: list[Found]) -> list[Cluster]:
    clusters: dict[str, Cluster] = {}
    for item in found:
        cluster = clusters.setdefault(item.key or name_key(item.text), Cluster())
        cluster.mentions.append(item)
        cluster.group = cluster.group or item.label == "GROUP"
    return [clusters[k] for k in sorted(clusters)]


# Formal names of countries ("State of Israel", "Kingdom of Saudi Arabia").
_STATE_FORM = re.compile(
    r"^(?:the )?(" + lexicon.alternation(lexicon.words("state_forms")) + r") of (?:the )?(.+)$"
)
_US_STATES = frozenset(name_key(n) for n in STATE_NAMES_WRITTEN)


def formal_short_name(key: str) -> str | None:
    """The short name in a country's formal name, from a name key ("kingdom of saudi
    arabia" -> "saudi arabia"); None for any other name, and for "State of" before a US
    state ("state of washington": not the city most texts mean by Washington)."""
    formal = _STATE_FORM.match(key)
    if formal is None or (formal.group(1) == "state" and formal.group(2) in _US_STATES):
        return None
    return formal.group(2)


def cluster_keys(cluster: Cluster) -> set[str]:
    spelled = cluster._spelled_now()
    if spelled.keys is None:
        spelled.keys = {name_key(n) for n in spelled.names}
    return spelled.keys | {name_key(a) for a in cluster.aliases}  # a new set


def main_name(cluster: Cluster) -> str:
    """The cluster's usual full name: its most written of two words or more (of one,
    if it has none)."""
    names = cluster._spelled_now().counts
    full = {n: c for n, c in names.items() if " " in n.strip()} or names
    return max(full, key=lambda n: (full[n], n))


def merge(clusters: list[Cluster], into: int, other: int, rule: str) -> None:
    """Cluster `other` joins cluster `into`, by `rule` (kept as evidence)."""
    if into == other:
        return
    joined = clusters[other]
    if joined.mentions:
        first = min(joined.mentions, key=lambda m: (m.doc, m.start))
        clusters[into].evidence.append((main_name(joined), rule, first.doc, first.sentence))
    clusters[into].absorb(joined)
    clusters[other].merged_into = into


_OWNED_UNIT = re.compile(
    r"(?P<owner>.+)['’]s (?P<unit>[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|and|for|on|the|&))+)"
)


def owner_and_unit(name: str) -> tuple[str, str]:
    """The owner and the unit of a name written after its owner's possessive ("DOI",
    "Bureau of Ocean Energy Management"), or ("", "")."""
    found = _OWNED_UNIT.fullmatch(name) if "s " in name else None
    return ("", "") if found is None else (found["owner"], found["unit"])


def best_key(cluster: Cluster) -> str:
    """The key of the cluster's usual full name (not of a lone surname attached to it)."""
    return name_key(main_name(cluster))


def singular(word: str) -> str:
    """A word without a plural's s, for names that differ by one ("Mineral(s)")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def keys_of_names(clusters: list[Cluster]) -> dict[str, int]:
    """Each key of a name of an organization or a place (not a person named in full),
    with the first cluster that has it."""
    by_key: dict[str, int] = {}
    for i, cluster in enumerate(clusters):
        if cluster.mentions and not is_full_person(cluster):
            for key in sorted(cluster_keys(cluster)):
                by_key.setdefault(key, i)
    return by_key


def root(clusters: list[Cluster], index: int) -> int:
    """The cluster that `index` has joined, through every merge."""
    while clusters[index].merged_into is not None:
        index = clusters[index].merged_into  # type: ignore[assignment]
    return index


def dominant(clusters: list[Cluster], candidates: set[int]) -> int | None:
    """The one candidate named in at least DOMINANT times the documents of any other
    (the only one, or "Gulf of Mexico" in 200 documents, "Eastern Gulf" in one)."""
    if not candidates:
        return None
    docs = {i: len({m.doc for m in clusters[i].mentions}) for i in candidates}
    ranked = sorted(candidates, key=lambda i: (-docs[i], i))
    if len(ranked) == 1 or docs[ranked[0]] >= DOMINANT * docs[ranked[1]]:
        return ranked[0]
    return None


def is_full_person(cluster: Cluster) -> bool:
    """Named in full ("Nicolás Maduro") and tagged PERSON in most full-name mentions;
    not "the Deepwater Horizon rig" a fifth of the time (re-found copies too): a
    facility, however tagged; not "Halliburton Co" (a legal form: a company). (Asked of
    every cluster by most passes: its _Spelled is brought up to date once.)"""
    spelled = cluster._spelled_now()
    return _person_in_full(spelled.in_full) and not _legal_form(spelled)


def _person_in_full(in_full: list[Found]) -> bool:
    """Are most of a cluster's mentions in full (`in_full`) tagged a person? Most
    clusters have no mention in full tagged a person: their full names are counted only
    for those that do. A mention voted a person STRONGly in full, not a title and a
    surname ("Chair Tester"), was said to be one by the words around it ("Graeme
    Pacitti, a clerical worker at", placed.py), however tagged."""
    if not in_full:
        return False
    person = full = 0
    for m in in_full:
        label = m.label
        if label != "FOUND":
            full += 1
        if m.vote == "person" and (
            (label == "PERSON" and not _SAINTED.match(m.text))
            or (m.weight >= STRONG and _untitled(m.text))
        ):
            person += 1
    return bool(person) and person * 2 >= full and not _facility_in_full(in_full)


# A saint's word opening a name: a town's, a parish's or a church's as often as a
# person's ("Sainte Anne", "St Catherine"); the tag alone does not make it a person's
# name in full (the votes of all its mentions decide).
_SAINTED = re.compile(r"(?:St|St\.|Ste|Ste\.|Saint|Sainte)[ -]")


def _untitled(name: str) -> bool:
    first = name.split()[0].lower().rstrip(".")
    return first not in TITLES and first not in OFFICES


def _facility_in_full(in_full: list[Found]) -> bool:
    """Are a cluster's mentions in full (`in_full`) named as a facility a fifth of the
    time or more ("the Deepwater Horizon rig", "the Macondo well"), re-found copies too?
    Then no person, however tagged."""
    facility = 0
    for m in in_full:
        facility += m.vote == "place" and m.weight >= STRONG
    return bool(in_full) and facility * 5 >= len(in_full)


def name_pairs(clusters: list[Cluster]) -> None:
    """ "Biden-Harris", "Obama-Biden": surnames of people joined by a hyphen name a ticket
    or an administration, not a person or a place; with an "X-Y Administration" in the
    corpus, they are that administration."""
    surnames = set()
    for cluster in clusters:
        if cluster.mentions and is_full_person(cluster):
            surnames |= {
                surname(name_words(n))
                for n in cluster.spellings()
                if " " in n and not HYPHENATED.search(n)
            }
    by_key = {name_key(n): i for i, c in enumerate(clusters) for n in c.spellings()}
    for i, cluster in enumerate(clusters):
        names = cluster.spellings()
        if not names or not all(HYPHENATED.fullmatch(n) for n in names):
            continue
        if not all(set(name_words(n)) <= surnames for n in names):
            continue  # "Indo-Pacific", "Guinea-Bissau"
        for mention in cluster.mentions:
            mention.vote, mention.weight = "organization", 1.0
        administration = by_key.get(name_key(next(iter(names))) + " administration")
        if administration is not None and clusters[administration].mentions:
            merge(clusters, administration, i, "the surnames of an administration")


DOMINANT = 3  # a namesake named in this many times the documents of the others
RARE = 10  # a name used at most a tenth as often as another is a rarer form of it


def known_titles(cluster: Cluster, documents: Sequence[Document]) -> set[str] | None:
    """The words of the titles used before the person's full name; None if not a person.
    A person known only by a title and a surname ("President Biden", kept by
    surnames.py) has that title's words: "Dr. Biden" and "Major Biden" are not re-found
    as them."""
    if not is_full_person(cluster):
        return set(cluster.titled) if cluster.titled else None
    words: set[str] = set()
    for m in cluster.mentions:
        if " " in m.text.strip():
            words |= title_words(documents[m.doc].text, m.start, m.end)
    return words


# Legal forms after a company's name, longest first ("co ltd" before "ltd").
_LONGEST_FIRST = sorted(LEGAL_FORMS, key=lambda f: (-len(f), f))


_LEGAL_FORM = re.compile(
    r",?\s+(?:"
    + "|".join(r"\.?\s*".join(map(re.escape, form.split())) for form in _LONGEST_FIRST)
    + r")\.?$",
    re.IGNORECASE,
)


def strip_legal_form(name: str) -> str:
    """A company's name as written, without its legal form ("BP Plc" -> "BP", "PT
    Pertamina" -> "Pertamina")."""
    first, _, after = name.partition(" ")
    if first.lower() in LEGAL_PREFIXES and first.isupper() and len(after) >= 2:
        name = after  # (in capitals: "P.T. Barnum" is no company's)
    bare = _LEGAL_FORM.sub("", name)
    return bare if len(bare) >= 2 else name


_LEGAL_LAST = frozenset(form.split()[-1] for form in _LONGEST_FIRST)


@lru_cache(maxsize=1 << 16)
def without_legal_form(key: str) -> str | None:
    """The name key without the company's legal form it ends with ("bp plc" -> "bp",
    "mitsui and co ltd" -> "mitsui") or opens with ("pt pertamina" -> "pertamina"), None
    when it has none or is nothing else. "Company" after one word is as often a unit as
    a firm ("Delta Company"): it is cut after two words or more ("Shell Oil Company")."""
    first, _, after = key.partition(" ")
    if first in LEGAL_PREFIXES and after:
        return without_legal_form(after) or after
    if key.rpartition(" ")[2] not in _LEGAL_LAST:
        return None
    rest, cut = key, True
    while cut:
        cut = False
        for form in _LONGEST_FIRST:
            form = form.replace("&", "and")  # as name_key writes it
            if rest.endswith(" " + form) and not (form == "company" and rest.count(" ") < 2):
                rest = rest[: -len(form) - 1].rstrip(" ,").removesuffix(" and")
                cut = True
                break
    return rest if rest != key and len(rest) >= 2 else None


# The words a company's name may drop after its own ("America West [Airlines]", "Midwest
# Financial [Group]"): a trade's (lexicon/business_words.txt) and "group"; not
# "University" (Boston University is not the Boston of its story).
_TRADE_TAIL = (BUSINESS_WORDS | {"group"}) - {"university"}


def company_short_forms(key: str) -> list[str]:
    """The shorter names a company's name key is written by: without its legal form, then
    without each trade word at its end in turn ("midwest financial group inc" ->
    "midwest financial group", "midwest financial", "midwest"); none for a name with
    neither."""
    bare = without_legal_form(key)
    words = (bare or key).split()
    forms = [bare] if bare is not None and len(words) < len(key.split()) else []
    while len(words) > 1 and words[-1] in _TRADE_TAIL:
        words.pop()
        forms.append(" ".join(words))
    return forms


def without_ag(key: str) -> str:
    """The name key without an "AG" that ends it after a name that is no US state's
    ("roche holding ag" -> "roche holding"; "alabama ag" is its attorney general:
    lexicon/legal_forms.txt leaves "AG" out)."""
    bare = key.removesuffix(" ag")
    return bare if bare != key and bare not in _US_STATES else key


def has_legal_form(cluster: Cluster) -> bool:
    """Is one of the cluster's names a company's, with its legal form ("Halliburton Co",
    "Novartis AG"; not "Alabama AG": without_ag)?"""
    return _legal_form(cluster._spelled_now())


def _legal_form(spelled: _Spelled) -> bool:
    if spelled.legal is None:
        spelled.legal = any(
            (without_legal_form(key := name_key(n)) and _written_legal_form(n))
            or without_ag(key) != key
            for n in spelled.names
            if " " in n
        )
    return spelled.legal


def _written_legal_form(name: str) -> bool:
    """Is a legal form before the name written as one, in capitals ("PT Pertamina"; not
    the initials of "P.T. Barnum")? One after it is, however written."""
    first = name.split()[0]
    if first.replace(".", "").lower() not in LEGAL_PREFIXES:
        return True
    return first.isupper() and first.isalpha()


def is_acronym(name: str) -> bool:
    """ "NATO", "U.S.", and "U. S." (initials spaced out)."""
    bare = name.replace(".", "")
    if _SPACED_INITIALS.fullmatch(name):
        bare = bare.replace(" ", "")
    return 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper() and " " not in bare


def acronym_letters(name: str) -> str:
    """The letters of an acronym as written: "U.S." -> "US", "J&J" -> "JJ" (the initials
    of "Johnson & Johnson"; not an acronym elsewhere: "P&J" starts "P&J Oyster Co")."""
    return _AMPERSAND_INITIALS.sub("", name.replace(".", ""))


# is_acronym's and acronym_letters' patterns, compiled once (asked of every name).
_SPACED_INITIALS = re.compile(r"(?:[A-Z]\. )+[A-Z]\.?")
_AMPERSAND_INITIALS = re.compile(r"(?<=[A-Z])&(?=[A-Z])")


# --- mentions the pipeline missed, named groups ------------------------------------------


# A name followed by a programme's, a law's or a product's word ("Medicare
# beneficiaries", lexicon/thing_heads.txt) this often is a thing, not an entity. On the
# development corpora no organization, person or place with a page is followed so in
# more than 8% of its mentions (NATO, Congress, BP: under 1%); programmes in 12-60%
# (Cancer Moonshot, Medicare, the Global Health Security Agenda).
THING_SHARE = 0.12


KINDS_VOTED: tuple[str, ...] = ("person", "organization", "place")


def type_of(cluster: Cluster) -> str:
    """person, organization or place; "thing" for a programme, a law, a case or a
    product, which has no profile."""
    if cluster.type:
        return cluster.type
    spelled = cluster._spelled_now()
    if cluster.group or _legal_form(spelled):
        return "organization"  # "Halliburton Co": a company, however else it is tagged
    if _person_in_full(spelled.in_full):  # is_full_person, the legal form ruled out
        return "person"
    voters = 0  # mentions that vote: not re-found copies
    weights: dict[str, float] = {}  # each vote's weight; of "thing" and "maker", their count
    strong = 0  # mentions whose own words say their kind ("Leeds United": a club's)
    for m in cluster.mentions:
        vote = m.vote
        if vote is not None:
            voters += 1
            weights[vote] = weights.get(vote, 0.0) + (
                1.0 if vote == "thing" or vote == "maker" else m.weight
            )
            strong += vote in KINDS_VOTED and m.weight >= STRONG
    things = weights.get("thing", 0)
    if things >= max(2, THING_SHARE * voters) and strong < DOMINANT * things:
        # "Medicare beneficiaries", "Dobbs v. Jackson", "your Twitter account": no
        # entity; but "Leeds United v Hull City" five times is a fixture of the club its
        # name says it is 28 times
        return "thing"
    if weights.get("maker", 0) >= max(2, THING_SHARE * voters):
        return "organization"  # "the Pfizer vaccine", "Moderna doses": a company
    kinds = ("organization", "place") if _facility_in_full(spelled.in_full) else KINDS_VOTED
    votes = {kind: weight for kind, weight in weights.items() if kind in kinds}
    if not votes:
        return "organization"
    order = {"organization": 0, "place": 1, "person": 2}
    best = max(votes, key=lambda t: (votes[t], -order[t]))
    if best == "organization" and votes.get("place") == votes[best] and a_city(cluster.spellings()):
        return "place"  # a tie the gazetteers break: "Galway", tagged a place or a body
    return best
