"""Short forms of longer names: a lone word ("Horizon", "Exxon") and a name without its
first words ("López Obrador"), joined to the one longer name the same documents give; a
company's name without its trade words ("America West"), in the stories that name the
company in full. Variant passes of resolution, run by variants.merge_variants."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from .. import lexicon
from ..model import Document
from .countries import STATE_KEYS, country_of, known_place
from .mentions import Found, name_key
from .names import PATRONYMIC, titled_form
from .organizations import city_written
from .placed import written_as_place
from .resolution import (
    RARE,
    Cluster,
    best_key,
    cluster_keys,
    company_short_forms,
    dominant,
    has_legal_form,
    is_acronym,
    is_full_person,
    merge,
    root,
    type_of,
    without_legal_form,
)
from .votes import CONTINENTS, PARTS_OF, STRONG
from .words import (
    BUSINESS_WORDS,
    ORG_HEADS,
    SMALL_WORDS,
    SURNAME_PARTICLES,
    TITLES,
    a_city,
    kin_before,
)

AMBIGUOUS = 12  # longer names a lone word may be part of before it is read as none
# "the House" alone is the chamber, not the White House that every briefing names.
CHAMBERS = lexicon.words("chamber_words")


def merge_lone_words(clusters: list[Cluster], documents: Sequence[Document]) -> None:
    """ "Horizon" is the Deepwater Horizon, "Exxon" Exxon Mobil: a one-word name of a
    place or an organization joins the one longer name of its kind that starts or ends
    with it, when every document that writes the word also writes that longer one and
    no other such name but far rarer ones (dominant). Read inside each document first,
    as a reader does; "Virginia" in a document without "West Virginia" stays Virginia,
    "Korea" beside North and South Korea stays alone. A document where the word is only
    the end of a longer capitalised name the pipeline cut ("the Transocean [Horizon]
    rig") has no say. A word after "of" is another thing: Mexico is not the Gulf of
    Mexico; nor is a word of a pair ("U.S.-China"); nor a legislature's word ("the
    House") the end of another name ("White House"). A word used ten times as often as
    the longer name is a name of its own."""
    live = [i for i, c in enumerate(clusters) if c.mentions and not is_full_person(c)]
    longer: dict[str, set[int]] = {}
    possessed: dict[str, set[int]] = {}  # "alleyn" -> Alleyn's School
    lone: list[tuple[int, str]] = []
    for i in live:
        keys = cluster_keys(clusters[i])
        if len(keys) == 1 and " " not in next(iter(keys)):
            if not all(is_acronym(n) for n in clusters[i].spellings()):  # "Lloyds", "LLOYDS"
                lone.append((i, next(iter(keys))))
            continue
        # "U.S.-China" is a pair, no longer name of China: words only ever joined by a
        # hyphen ("Goldman-Sachs" once beside "Goldman Sachs" is no pair).
        paired = _hyphen_paired(clusters[i].spellings())
        for key in keys:
            words = key.split()
            if len(words) >= 2:
                # "Lloyds [of London]", but not "Guernsey [Society for the Prevention of
                # Cruelty to Animals]": a name going on past its second word is not the
                # first word's.
                if words[0] not in paired and not SMALL_WORDS & set(words[2:]):
                    longer.setdefault(words[0], set()).add(i)
                    if words[0].endswith(("'s", "’s")):
                        possessed.setdefault(words[0][:-2], set()).add(i)
                if words[-2] not in SMALL_WORDS and words[-1] not in paired:
                    longer.setdefault(words[-1], set()).add(i)
    mentioned_in: dict[int, set[int]] = {}
    long_names: dict[int, list[str]] = {}
    folded: dict[int, str] = {}
    # the words of names of two words or more tagged a person somewhere, whatever their
    # type now: a lone word among them may be a surname or a given name (not where the
    # name's own words say it is a body's: "Corbel Europe", a company's arm, "[Kestrel
    # Japan K.K.]", "[Kestrel Wafer Systems Form] 8-K", a legal form or a trade's word)
    people_words = {
        word
        for c in clusters
        for m in c.mentions
        if m.label == "PERSON" and " " in m.text and m.vote != "organization"
        for key in [name_key(m.text)]
        if without_legal_form(key) is None and BUSINESS_WORDS.isdisjoint(key.split())
        for word in key.split()
    }

    def written(j: int, doc: int) -> bool:
        """Does document `doc` write cluster j's longer name: as a mention, or inside
        its words where the pipeline tagged only a part ("the Deepwater [Horizon]")?"""
        if j not in mentioned_in:
            mentioned_in[j] = {m.doc for m in clusters[j].mentions}
            long_names[j] = sorted(n for n in clusters[j].spellings() if " " in n)
        if doc in mentioned_in[j]:
            return True
        if doc not in folded:
            folded[doc] = documents[doc].text.casefold()
        return any(n.casefold() in folded[doc] for n in long_names[j])  # "DeepWater"

    for i, word in lone:
        candidates = longer.get(word, set()) - {i}
        if word in possessed and _written_possessive(clusters[i], documents):
            candidates |= possessed[word] - {i}  # "pupils at [Alleyn]'s": Alleyn's School
        if not candidates or len(candidates) > AMBIGUOUS:
            continue  # a word of many longer names ("United") names none of them
        short = clusters[i]
        kind = type_of(short)
        chosen: set[int] = set()
        by_doc: dict[int, list[Found]] = {}
        for m in short.mentions:
            by_doc.setdefault(m.doc, []).append(m)
        # "Kestrel", tagged a person, of "Kestrel Digital Exchange": no one's name;
        # "Hanseong", tagged a place, of "Hanseong Semiconductor": no place's the
        # gazetteers know, nor one the words around it place (but in one mention in ten:
        # "three [units] at Ridgeline", of Ridgeline Air's 38)
        unknown = (kind == "person" and word not in people_words) or (
            kind == "place"
            and country_of(word) is None
            and all(m.weight < STRONG for m in short.mentions)
            and 10 * sum(_placed(documents[m.doc].text, m) for m in short.mentions)
            <= len(short.mentions)
        )
        body = (
            _whose_short_name(short, candidates, clusters, by_doc, written, documents)
            if unknown
            else None
        )
        if body is not None and kind == "place" and not _a_company(clusters[body]):
            body = None  # "Bemidji Middle School", "Tuskegee University": the town's
        nobodys = body is not None
        for doc in sorted(by_doc):
            here = {j for j in candidates if written(j, doc)}
            if not here and (
                nobodys or all(_inside_name(documents[doc].text, m) for m in by_doc[doc])
            ):
                continue  # "the Transocean [Horizon] rig": a part of a name, not the word
            if len(here) > 1:  # "Deepwater Horizon" beside "Transocean Horizon" once
                winner = dominant(clusters, {root(clusters, j) for j in here})
                here = {j for j in here if root(clusters, j) == winner}
            if len(here) != 1:
                chosen = set()
                break
            chosen |= here
        if len(chosen) != 1:
            continue
        j = next(iter(chosen))
        a, b = root(clusters, j), root(clusters, i)
        if word in CHAMBERS and not any(
            k.startswith(word + " ") for k in cluster_keys(clusters[j])
        ):
            continue  # "the House" is not the White House ("House of Representatives" is)
        if (
            a == b
            or (
                type_of(clusters[a]) != kind
                and not nobodys
                and not (kind == "organization" and _guessed_against(short, clusters[a]))
            )
            or len(short.mentions) > RARE * len(clusters[a].mentions)
        ):
            continue  # far more used than the longer name: a name of its own
        if _another_country(short, clusters[a]) or _a_part_of(word, clusters[a]):
            continue  # "uniting Ireland" is not Northern Ireland, nor Africa West Africa
        if city_written(word, short, documents):
            continue  # "fans in Bristol": the city, not Bristol Albion
        if nobodys:
            for m in short.mentions:  # the tagger's guess, now the body's short name
                if m.vote == kind:
                    m.vote, m.weight = "organization", 1.0
        merge(clusters, a, b, "a word of the one longer name the same documents give")


RULE_COMPANY = "the company's name without its trade words, in a document naming it in full"
RULE_PARTNERS = "a firm's first partners' names, in a document naming it in full"


def partners_short_names(clusters: list[Cluster], documents: Sequence[Document]) -> None:
    """ "Harlow Pryce" is Harlow, Pryce & Nadeau LLP: a firm named for its partners, one
    word each, listed with commas and "&" before its legal form, as law and accounting
    firms are, is called by its first two ("Skadden Arps"). Such a name joins the firm
    where every document writing it names the firm, with no title before it (not "Mr.
    Harlow Pryce"), however tagged: the tagger reads two surnames as someone's name."""
    firms: dict[str, set[int]] = {}
    for i, cluster in enumerate(clusters):
        if not cluster.mentions or cluster.merged_into is not None:
            continue
        for key in cluster_keys(cluster):
            bare = without_legal_form(key)
            if bare is None or " and " not in bare:
                continue
            partners = bare.replace(" and ", ", ").split(", ")
            if len(partners) >= 2 and all(p and " " not in p for p in partners):
                firms.setdefault(" ".join(partners[:2]), set()).add(i)
    if not firms:
        return
    for i, cluster in enumerate(clusters):
        if not cluster.mentions or cluster.merged_into is not None:
            continue
        keys = {name_key(n) for n in cluster.spellings()}
        targets = firms.get(next(iter(keys))) if len(keys) == 1 else None
        if targets is None or len({root(clusters, j) for j in targets}) != 1:
            continue
        firm = root(clusters, next(iter(targets)))
        named = {m.doc for m in clusters[firm].mentions}
        if firm == i or any(
            m.doc not in named or titled_form(documents[m.doc].text, m.start, m.end)
            for m in cluster.mentions
        ):
            continue
        for m in cluster.mentions:
            m.vote, m.weight = "organization", 1.0
        merge(clusters, firm, i, RULE_PARTNERS)


def company_short_names(clusters: list[Cluster], documents: Sequence[Document]) -> None:
    """ "LIN" is LIN Broadcasting Corp. and "America West" America West Airlines in the
    stories that name them so: a name that is a company's name without its legal form and
    the trade words at its end ("Airlines", "Financial Group": company_short_forms),
    written after that company in a document that names no other name opening with it,
    is the company there. Read document by document, as a reader does; where every
    mention moves, the name joins the company whole. A name written alone in more than
    half of its documents is a name of its own and stays ("BP", beside BP Exploration in
    a few stories), as does one that is a country's, a US state's or a city's ("Kenya"
    of Kenya Airways, "Boston" of Boston Consulting Group), or whose own names hold such
    a company's ("BP" beside its "BP Plc"); and a mention written as a place ("in
    Columbia") or voted strongly a person's ("Mr. Hughes") or a place's."""
    live = [i for i, c in enumerate(clusters) if c.mentions and not is_full_person(c)]
    keys_of = {i: cluster_keys(clusters[i]) for i in live}
    shorts: dict[str, set[int]] = {}  # a short name's key -> the companies it is one of
    for i in live:
        for key in keys_of[i]:
            for short in company_short_forms(key):
                shorts.setdefault(short, set()).add(i)
    if not shorts:
        return
    openers: dict[str, set[int]] = {}  # a short name -> the names (any kind) opening so
    for i in live:
        for key in keys_of[i]:
            words = key.split()
            for n in range(1, len(words)):
                if (opening := " ".join(words[:n])) in shorts:
                    openers.setdefault(opening, set()).add(i)
    docs_of: dict[int, set[int]] = {}

    def written_in(j: int, doc: int) -> bool:
        if j not in docs_of:
            docs_of[j] = {m.doc for m in clusters[j].mentions}
        return doc in docs_of[j]

    kinds: dict[int, str] = {}
    for i in live:
        keys = keys_of[i]
        if (
            not keys & shorts.keys()
            or any(i in shorts.get(k, ()) for k in keys)  # "BP" beside its "BP Plc"
            or any(known_place(k) for k in keys)
        ):
            continue
        first: dict[int, Found] = {}  # each document's first mention of the name
        for m in clusters[i].mentions:
            if m.doc not in first or m.start < first[m.doc].start:
                first[m.doc] = m
        moved: dict[int, list[Found]] = {}
        for doc in sorted(first):
            longer = {j for k in keys for j in openers.get(k, ()) if written_in(j, doc)}
            named = {j for k in keys for j in shorts.get(k, ()) if written_in(j, doc)}
            if len(longer | named) != 1 or len(named) != 1:
                continue  # none, or "Hughes" beside Hughes Aircraft and Hughes Institute
            j = next(iter(named))
            if j not in kinds:
                kinds[j] = type_of(clusters[j])
            if kinds[j] != "organization" or not any(
                m.doc == doc and m.start < first[doc].start for m in clusters[j].mentions
            ):
                continue  # (the short name refers back to the company named before it)
            text = documents[doc].text
            moved.setdefault(j, []).extend(
                m for m in clusters[i].mentions if m.doc == doc and _the_companys(text, m)
            )
        alone = len(first) - len({m.doc for ms in moved.values() for m in ms})
        if 2 * alone <= len(first):  # (not "Boston", "BP": a name of its own elsewhere)
            _move(clusters, i, moved)


def _the_companys(text: str, mention: Found) -> bool:
    """May the mention be a company's short name: not voted strongly a person or a place
    (a title before it, "Mr. Hughes"), nor written as a place ("in Columbia")?"""
    if mention.weight >= STRONG and mention.vote in ("person", "place"):
        return False
    return not written_as_place(text, mention)


def _move(clusters: list[Cluster], i: int, moved: dict[int, list[Found]]) -> None:
    """Cluster i's mentions in `moved` go to the cluster each is keyed by: all of them to
    one, a merge (merge: its evidence); else each document's first mention is the
    evidence."""
    going = [m for ms in moved.values() for m in ms]
    if not going:
        return
    short = clusters[i]
    if len(moved) == 1 and len(going) == len(short.mentions):
        merge(clusters, root(clusters, next(iter(moved))), i, RULE_COMPANY)
        return
    gone = {id(m) for m in going}
    short.mentions = [m for m in short.mentions if id(m) not in gone]  # (a new list)
    for j, ms in sorted(moved.items()):
        target = clusters[root(clusters, j)]
        seen: set[int] = set()
        for m in ms:
            if m.doc not in seen:
                seen.add(m.doc)
                target.evidence.append((m.text, RULE_COMPANY, m.doc, m.sentence))
        target.mentions.extend(ms)


def _guessed_against(short: Cluster, longer: Cluster) -> bool:
    """Is the lone word's type (a body's, the caller asks) only the tagger's guess, no
    mention of it voted STRONGly, and the longer name a place by its words ("River
    Fergus", by its opener; "Fergus", tagged a body)? Then the place's type holds for
    both. Not a person's lone name: a surname is no word of a body named after its
    bearer ("Obama" of the Obama Administration, "Mr Justice Ryan" of the Ryan
    Commission)."""
    return (
        type_of(longer) == "place"
        and all(m.weight < STRONG for m in short.mentions)
        and any(m.weight >= STRONG for m in longer.mentions)
    )


def _whose_short_name(
    short: Cluster,
    candidates: set[int],
    clusters: list[Cluster],
    by_doc: dict[int, list[Found]],
    written: Callable[[int, int], bool],
    documents: Sequence[Document],
) -> int | None:
    """The organization the lone word is the short name of, or None: the lone word
    voted a person but no word of anyone's name, or a place but no known one (the
    caller's tests), nor a city's, opening the organization's name written as a body's
    (_a_bodys), the one or the dominant one ("Kestrel" of "Kestrel Digital Exchange",
    "Hanseong" of "Hanseong Semiconductor": a word the tagger does not know, guessed a
    person or a place). So when it is never titled ("Mr Kestrel") nor said of a
    relative, and half the documents that write it or more write that name too; a
    document that writes the word alone then has no say against it, and the person's
    votes are the tagger's guess."""
    j = dominant(clusters, candidates)  # ("Hanseong Semiconductor", not "Hanseong Group")
    if j is None or (a_city(short.spellings()) and not _tagged_a_body(short)):
        return None
    if type_of(clusters[j]) != "organization" or not any(
        _a_bodys(n) for n in clusters[j].spellings()
    ):
        return None
    for doc, mentions in by_doc.items():
        text = documents[doc].text
        for m in mentions:
            courtesy = _COURTESY_BEFORE.search(text, max(0, m.start - 20), m.start)
            if (courtesy and courtesy.group(1).lower() in TITLES) or kin_before(text, m.start):
                return None
    together = sum(written(j, doc) for doc in by_doc)
    return j if 2 * together >= len(by_doc) else None


def _tagged_a_body(short: Cluster) -> bool:
    """Does the pipeline tag the lone word a body in a third of its mentions or more
    ("Meridian's chief executive", of Meridian Custodial Group; a city of that name too)?"""
    return 3 * sum(m.label == "ORG" for m in short.mentions) >= len(short.mentions)


def _placed(text: str, mention: Found) -> bool:
    """Is the mention written as a place (placed.written_as_place), not as the first of
    two names joined by a hyphen ("a fire at [Hanseong]-YSMC's plant": the venture's)?"""
    return not text.startswith("-", mention.end) and written_as_place(text, mention)


def _a_company(body: Cluster) -> bool:
    """Is the longer name the lone word opens (_whose_short_name) a company's: written
    with its legal form or ending in a trade's word ("Hanseong Semiconductor Co., Ltd",
    "Marriott International")? A school, a university or a police force is named after
    its town ("Bemidji Middle School"), a company after itself."""
    return has_legal_form(body) or any(
        name_key(n).split()[-1] in BUSINESS_WORDS for n in body.spellings() if " " in n
    )


def _a_bodys(name: str) -> bool:
    """Is the name written as a body's, not as a person's that the tagger typed a body
    ("Cliff Stearns")? Three words or more, or a body's word at its end ("Eton
    College", "Brightwater Capital")."""
    words = name_key(name).split()
    return len(words) >= 3 or (len(words) == 2 and words[-1] in ORG_HEADS | BUSINESS_WORDS)


def _written_possessive(cluster: Cluster, documents: Sequence[Document]) -> bool:
    """Is the lone word written with "'s" after it at most of its mentions ("siblings of
    pupils at Alleyn's", "Alleyn's, which is an independent school")?"""
    after = [documents[m.doc].text[m.end : m.end + 2] for m in cluster.mentions]
    return 2 * sum(a in ("'s", "’s") for a in after) > len(after)


def _another_country(short: Cluster, longer: Cluster) -> bool:
    """Is the lone word a country's name, and the longer name no name of that country
    ("Ireland" beside "Northern Ireland", a part of the United Kingdom)?"""
    codes = {country_of(n) for n in short.spellings()} - {None}
    if not codes:
        return False
    return not codes & {country_of(n) for n in longer.spellings()}


def _a_part_of(word: str, longer: Cluster) -> bool:
    """Is the lone word a continent's or a US state's name, and the longer name a part
    of it ("Africa" beside "West Africa": the continent, not the region; "Illinois"
    beside "Northern Illinois")? A country's: _another_country."""
    return (word in CONTINENTS or word in STATE_KEYS) and any(
        (words := name_key(n).split())[-1] == word and len(words) == 2 and words[0] in PARTS_OF
        for n in longer.spellings()
    )


_HYPHENED = re.compile(r"\S+[-‑]\S+")


def _hyphen_paired(names: Iterable[str]) -> set[str]:
    """The words (keys) the names write only inside a hyphenated token."""
    paired: set[str] = set()
    plain: set[str] = set()
    for name in names:
        for token in name.split():
            (paired if _HYPHENED.fullmatch(token) else plain).update(name_key(token).split())
    return paired - plain


_NAME_WORD_BEFORE = re.compile(r"([A-Z][\w’'-]*)\s+$")


def _inside_name(text: str, mention: Found) -> bool:
    """Is the mention the last word of a longer capitalised name ("Transocean
    [Horizon]"), not a word after "The" or at a sentence's start?"""
    match = _NAME_WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if match is None or match.group(1).lower() in SMALL_WORDS:
        return False
    return not re.search(r"(?:^|[.!?:\n])\s*$", text[max(0, match.start() - 3) : match.start()])


_DOUBLE_SURNAME_OPENERS = SURNAME_PARTICLES - PATRONYMIC


def merge_tails(clusters: list[Cluster], documents: Sequence[Document]) -> None:
    """ "López Obrador" is Andrés Manuel López Obrador, "Razdan Duggal" Shefali Razdan
    Duggal: a person's name of two words or more that only ever appears as itself (or as
    its own last words) joins the one longer person's name that ends with it (a double
    surname, a name without its first), as merge_lone_words does for one word. In a document that writes longer
    names ending so, it must write exactly one, the same in every document; in a
    document that writes none, it is that one only if the corpus has no other. Not for
    organizations: the longer one is most often a part of the shorter ("Foundry United
    Methodist Church", "Air Force Special Operations Command")."""
    live = [i for i, c in enumerate(clusters) if c.mentions and is_full_person(c)]
    tails: dict[str, set[int]] = {}
    short: list[tuple[int, str]] = []
    for i in live:
        keys = cluster_keys(clusters[i])
        best = best_key(clusters[i])
        first = best.split()[0]
        if " " in best and all(f" {best}".endswith(f" {k}") or k == first for k in keys):
            # with its own lone surname ("[López] Obrador"), or its first word alone
            # ("Morales" of "Morales Arrieta": the first of two surnames)
            short.append((i, best))
        for key in keys:
            words = key.split()
            for k in range(2, len(words)):
                # "Bank of [the United States]"; but a surname's particle opens a
                # person's double surname ("Helena de [Oliveira Castro]"), unless it
                # opens a father's name ("King Salman bin [Abdulaziz Al-Saud]")
                if words[-k - 1] not in SMALL_WORDS or words[-k - 1] in _DOUBLE_SURNAME_OPENERS:
                    tails.setdefault(" ".join(words[-k:]), set()).add(i)
    # the longest first: "Manuel López Obrador" is one candidate for "López Obrador"
    # once it has joined "Andrés Manuel López Obrador"
    for i, key in sorted(short, key=lambda s: (-len(s[1].split()), s[0])):
        candidates = {root(clusters, j) for j in tails.get(key, set())} - {root(clusters, i)}
        if not candidates or len(candidates) > AMBIGUOUS:
            continue
        chosen: set[int] = set()
        named_in = {j: {m.doc for m in clusters[j].mentions} for j in candidates}
        for doc in sorted({m.doc for m in clusters[i].mentions}):
            here = {j for j in candidates if doc in named_in[j]}
            if len(here) > 1 or (not here and len(candidates) > 1):
                chosen = set()
                break
            chosen |= here or candidates
        if len(chosen) != 1:
            continue
        a, b = next(iter(chosen)), root(clusters, i)
        if not (is_full_person(clusters[a]) and is_full_person(clusters[b])):
            continue
        if len(clusters[b].mentions) > len(clusters[a].mentions) and not _introduced(
            clusters[a], clusters[b]
        ):
            continue  # more used than the longer name, never after it: a name of its own
        if _a_relative_there(clusters[b], clusters[a], documents):
            continue  # "Danjuma, whose late father Alhaji Yusuf Danjuma": his father
        if 2 * sum(m.vote == "place" for m in clusters[b].mentions) > len(clusters[b].mentions):
            continue  # "the coastal town of Saint-Marc": a place, not Father Lucien Saint-Marc
        merge(clusters, a, b, "the end of the one longer name the same documents give")


def _a_relative_there(short: Cluster, longer: Cluster, documents: Sequence[Document]) -> bool:
    """Is the shorter name written after a relative's noun (and a courtesy) in a document
    that names the longer one ("Garba Yusuf Danjuma ... Danjuma, whose late father
    Alhaji Yusuf Danjuma founded the club")? There it names a relative of someone,
    not the one named in full: a son's name ends with his father's in many
    countries."""
    there = {m.doc for m in longer.mentions}
    for m in short.mentions:
        if m.doc in there:
            text = documents[m.doc].text
            courtesy = _COURTESY_BEFORE.search(text, max(0, m.start - 20), m.start)
            start = m.start
            if courtesy and courtesy.group(1).lower() in TITLES:
                start = courtesy.start()
            if kin_before(text, start):
                return True
    return False


# A title's word right before a name ("father [Alhaji] Yusuf Danjuma", "Dr.").
_COURTESY_BEFORE = re.compile(r"\b([A-Z][\w'’]*)\.?\s+$")


def merge_heads(clusters: list[Cluster]) -> None:
    """ "Juan Miguel" is Juan Miguel Gonzalez, "Andrés Manuel" Andrés Manuel López
    Obrador: a person's name of two words, the given names of one longer person's name
    that every document writing it also writes, joins it, unless its last word is
    someone's surname in the corpus (a "Miguel" of his own)."""
    live = [i for i, c in enumerate(clusters) if c.mentions and is_full_person(c)]
    heads: dict[str, set[int]] = {}
    surnames: dict[str, set[int]] = {}
    short: list[tuple[int, str]] = []
    for i in live:
        keys = cluster_keys(clusters[i])
        for key in keys:
            words = key.split()
            surnames.setdefault(words[-1], set()).add(i)
            if len(words) >= 3 and not SMALL_WORDS & set(words[:2]):
                heads.setdefault(" ".join(words[:2]), set()).add(i)
        if len(keys) == 1 and len(next(iter(keys)).split()) == 2:
            short.append((i, next(iter(keys))))
    for i, key in short:
        candidates = {root(clusters, j) for j in heads.get(key, set())} - {root(clusters, i)}
        if len(candidates) != 1:
            continue
        a = next(iter(candidates))
        if {root(clusters, j) for j in surnames.get(key.split()[-1], set())} - {a, i}:
            continue  # "Miguel" is someone's surname: "Juan Miguel" may be his
        named_in = {m.doc for m in clusters[a].mentions}
        if all(m.doc in named_in for m in clusters[i].mentions):
            merge(clusters, a, i, "the given names of the one longer name the same documents give")


def _introduced(full: Cluster, short: Cluster) -> bool:
    """Does some document write the full name before the short one, as a text introduces
    "Andrés Manuel López Obrador" and then says "López Obrador"?"""
    first_full: dict[int, int] = {}
    for m in full.mentions:
        first_full[m.doc] = min(first_full.get(m.doc, m.start), m.start)
    return any(m.doc in first_full and first_full[m.doc] < m.start for m in short.mentions)


CHAMBER_COMPLEMENTS = lexicon.words("chamber_complements")


def merge_chambers(clusters: list[Cluster]) -> None:
    """ "the House" is the House of Representatives: a chamber word written alone
    (lexicon/chamber_words.txt) joins the one chamber the corpus names in full as that
    word, "of" and a chamber's complement (lexicon/chamber_complements.txt: "House of
    Representatives", "U.S. House of Representatives"; not "Florida House of
    Representatives", nor "Congress of Industrial Organizations"), whatever its
    documents write: the one named in three times the documents of any other (not a
    "House of Delegates" named once), else none."""
    full: dict[str, set[int]] = {}
    lone: dict[str, int] = {}
    for i, cluster in enumerate(clusters):
        if not cluster.mentions or cluster.merged_into is not None:
            continue
        for key in cluster_keys(cluster):
            word, _, rest = key.partition(" of ")
            if word in CHAMBERS and rest.removeprefix("the ") in CHAMBER_COMPLEMENTS:
                full.setdefault(word, set()).add(i)
            elif key in CHAMBERS:
                lone.setdefault(key, i)
    for word, i in sorted(lone.items()):
        targets = {root(clusters, j) for j in full.get(word, ())} - {root(clusters, i)}
        target = dominant(clusters, targets)
        if target is None:
            continue
        if type_of(clusters[target]) == type_of(clusters[root(clusters, i)]) == "organization":
            merge(clusters, target, root(clusters, i), "a chamber named alone")


def merge_headless(clusters: list[Cluster]) -> None:
    """ "House Energy and Commerce" is the House Energy and Commerce Committee: an
    organization's one name of two words or more, with an organization's head word after
    it (lexicon/org_heads.txt: a committee, an agency, a service) or a trade's
    (lexicon/business_words.txt: "Wakasa Electric Power"), is the name of one
    other organization, written so ("the Church of Scotland" is not its Ministry), which
    it joins when a document writes both and the shorter is not the more used (as
    variants._merge_short_names; but a company is called by its name without its trade
    more often than not): "Clean Energy" in a hundred releases is not the Clean
    Energy Corps one of them names, nor "Social Security" (benefits, numbers) its
    Administration. With two such names ("Federal Reserve": its Board, its Bank), it
    joins neither."""
    headed: dict[str, set[int]] = {}
    traded: set[str] = set()  # (those whose last word is a trade's: "Wakasa Electric Power")
    short: list[tuple[int, str]] = []
    for i, cluster in enumerate(clusters):
        if not cluster.mentions or cluster.merged_into is not None or is_full_person(cluster):
            continue
        keys = cluster_keys(cluster)
        # as written: name_key reads "Ministry of the Church" as "church ministry"
        for key in {name_key(n) for n in cluster.spellings() if " of " not in n.lower()}:
            words = key.split()
            if len(words) >= 3 and words[-1] in ORG_HEADS | BUSINESS_WORDS:
                headed.setdefault(" ".join(words[:-1]), set()).add(i)
                if words[-1] not in ORG_HEADS:
                    traded.add(" ".join(words[:-1]))
        if len(keys) == 1:
            key = next(iter(keys))
            if " " in key and key.split()[-1] not in ORG_HEADS:
                short.append((i, key))
    for i, key in short:
        targets = {root(clusters, j) for j in headed.get(key, ())} - {root(clusters, i)}
        if len(targets) != 1:
            continue
        target = next(iter(targets))
        alone, full = clusters[i].mentions, clusters[target].mentions
        if not {m.doc for m in alone} & {m.doc for m in full}:
            continue
        if len(alone) > len(full) and key not in traded:
            continue  # "[Director of] National Intelligence", more used than the University
            # (a company is called by its name without its trade more often than not:
            # "Wakasa Electric", of Wakasa Electric Power Co.)
        if type_of(clusters[target]) == type_of(clusters[root(clusters, i)]) == "organization":
            merge(clusters, target, root(clusters, i), "a body's name without its head word")
