"""Lone surnames and first names join the person they stand for (attach_surnames): the
namesake with the title written before them, the one named just before, the one the
document names most, or one who dominates the corpus; never a guess between equals, and
only a namesake named in full within a year of the document."""

from __future__ import annotations

import datetime
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .. import lexicon
from ..model import Document
from .countries import known_place
from .mentions import FAMILY_FIRST, HYPHENATED, PARTICLED, SHORT_NAME_DEFINED, Found, name_key
from .names import (
    HONORIFICS,
    ROYAL_TITLES,
    fathers_name,
    first_name,
    generation,
    name_words,
    person_key,
    spelled_out,
    surname,
    teknonym,
    title_words,
    written_words,
)
from .placed import evidence, placed_before
from .resolution import (
    DOMINANT,
    Cluster,
    is_acronym,
    is_full_person,
    main_name,
    without_ag,
    without_legal_form,
)
from .votes import STRONG
from .words import (
    BUSINESS_WORDS,
    GEO_HEADS,
    GIVEN_NAMES,
    KIN_NOUN_BEFORE,
    NICKNAMES,
    ORG_HEADS,
    PEERAGE_TITLES,
    SEXED,
    SMALL_WORDS,
    a_city,
    kin_before,
    sex_before,
)


def attach_surnames(clusters: list[Cluster], documents: Sequence[Document]) -> None:
    """A lone "Maduro" joins the one full name ending in Maduro. With several people of
    that surname (Joe and Jill Biden):

    1. a title decides: "President Biden" is the Biden titled President before the full
       name, "First Lady Biden" / "Dr. Biden" the one titled so; a title of one sex
       ("Mrs. Obama") never goes to a namesake known to be of the other (_of_sex); a
       title nobody of that name has ("Prime Minister Johnson") links nobody, unless
       the corpus knows someone by it (_known_by_title: a person of their own); a sole
       namesake never titled takes a title where the document has named them before,
       never where it introduces them after it ("President Biden ... his granddaughter
       Naomi Biden": _introduced_after), and an untitled "Biden" after that titled one
       is the titled one's (_follows_orphan);
    2. an untitled "Biden" goes to the one named in the sentences just before it, and
       no other since ("The boy's father, Juan Miguel Gonzalez, ... Gonzalez said");
       else to the one the document names most (full names and the titled surnames of
       step 1; only those named before it, if any: it refers back), then to the one
       far more present in the corpus, then to the one named nearest before it; never
       named in the document, only to a namesake who dominates the corpus. Still tied
       (two Zambranos), it is left out. Naming a body ("the Biden administration"), it
       is the office holder's.

    Before either, in a document that names none of the namesakes, what the document
    says of the word comes first: tagged a place ("a native of Madison"), written
    with a kind of organization ("Cameron, an American firm") or the name of one the
    document writes with its trade ("Abbott" beside "Abbott Nutrition"), it is no one's
    (_another_kind); the first name of someone the document names in full ("Dick" after
    "Dick Blum"), it is not the surname of a namesake named elsewhere (_first_name_here),
    nor is a name said to someone ("Let me check, Scott.": _addressed);
    a word never voted a person and used far more than its namesakes are named
    ("Stanford", "Ford") stays a name of its own (_known_alone). Words before an
    untitled one that say a place ("people in Clare", "north Clare", "counties Clare and
    Galway": placed.placed_before) make it no one's, even in a document that names a
    namesake (Senator Dermot Clare), and, in a document that names none, every untitled
    one there that the tagger did not tag a person (one sense per document).

    Spellings of one person ("Joe Biden", "Joseph R. Biden") count as one candidate,
    and only in documents within a year of those naming them in full (_Person.in_time).
    """
    named = _FullNames.of(clusters, documents)
    deferred: list[tuple[Found, list[_Person], Cluster]] = []
    royal_clusters: list[Cluster] = []  # "King Hussein": a royal of their own (_royal_cluster)
    unclaimed: list[Found] = []  # lone names no one's: a family's, a relative's
    royal_names: dict[int, dict[str, list[int]]] = {}  # per document (_royally_named)
    heads = _heads_of_bodies(clusters)
    bodies, companies, opened = _bodies_opened(clusters)
    defined = _short_names_defined(clusters, documents)
    only_named = _only_named(documents)
    named_in = Counter(word for words in companies.values() for word in words)  # documents
    # ... and the documents naming a body the word opens, a trade's or a company's
    bodies_in = Counter(
        word
        for doc in bodies.keys() | companies.keys()
        for word in bodies.get(doc, set()) | companies.get(doc, set())
    )
    for cluster in clusters:
        key = _lone_key(cluster)
        if key is None and (
            here := _first_name_tagged_a_place(cluster, clusters, named, documents)
        ):
            if len(here) < len(cluster.mentions):
                # the mentions in the documents naming the person: read in their turn
                cluster.mentions = [m for m in cluster.mentions if m not in here]
                clusters.append(Cluster(mentions=here))
                continue
            key = name_key(here[0].text)
        if key is None and (here := _surnamed_in_a_place(cluster, named, documents)):
            # "Kamara said" after "Fatou Kamara", "Madame Kamara": hers, beside the town
            cluster.mentions = [m for m in cluster.mentions if m not in here]
            clusters.append(Cluster(mentions=here))  # (read in its turn)
            continue
        if key is not None and " " in key:
            key = _particled(cluster) or key  # "al-Assad" alone: the surname "Assad"
        if key is None:
            continue
        if key in heads and _voted_a_body(cluster, naming := _naming(key, named)):
            # "the House" of the White House's corpus: no "Bourbon House"'s surname; but
            # in a document naming Alice C. Hill, "Hill" may be hers (the rest stay apart)
            here = [m for m in cluster.mentions if m.doc in naming]
            if not here:
                continue
            clusters.append(Cluster(mentions=[m for m in cluster.mentions if m.doc not in naming]))
            cluster.mentions = here
        given_name = key
        if (
            " " not in key
            and key not in named.by_surname
            and key not in named.by_first
            and NICKNAMES.get(key) in named.by_first
        ):
            # "Ray," signing a message of Raymond Tuttle's, "Marty": the given name a
            # short form stands for (lexicon/nicknames.txt), when no one bears the short
            # one; only in a document that names a bearer of the full one, and not after
            # a relative's noun ("son Jamie", beside the GP James Robertson: the rest stay
            # apart)
            given_name = NICKNAMES[key]
            bearing = {d for i in named.by_first[given_name] for d in named.named_in[i]}
            here = [
                m
                for m in cluster.mentions
                if m.doc in bearing
                and not KIN_NOUN_BEFORE.search(documents[m.doc].text, max(0, m.start - 30), m.start)
            ]
            if not here:
                continue
            if len(here) < len(cluster.mentions):
                clusters.append(Cluster(mentions=[m for m in cluster.mentions if m not in here]))
                cluster.mentions = here
        if " " not in key and key not in named.by_surname and given_name in named.by_first:
            titled = [m for m in cluster.mentions if _titled(documents[m.doc].text, m)]
            if titled:  # "Lieutenant Lloyd rescued ...": a surname of someone unnamed
                cluster.mentions = [m for m in cluster.mentions if m not in titled]
                for mention in list(titled):
                    text = documents[mention.doc].text
                    title = _titles(text, mention.start)
                    bearer = _titled_first_name_here(
                        given_name, title, mention, named, clusters, text
                    )
                    if bearer is not None:
                        # ... unless the document names in full, with that rank, someone
                        # of that first name ("Pol Gen Kittipat" after "Pol Gen Kittipat
                        # Chanthong", as Thai papers write it)
                        titled.remove(mention)
                        bearer.take(mention, clusters, TITLED_FIRST_RULE)
            _attach_first_name(
                cluster,
                named.by_first[given_name],
                clusters,
                named.named_in,
                named.person_of,
                documents,
            )
            cluster.mentions.extend(titled)
            continue
        if key not in named.by_surname or (" " in key and not _hyphenated(cluster)):
            continue
        given = [m for m in cluster.mentions if _given_here(key, m, named, clusters, documents)]
        if given:  # "Michael" where Michael Jackson is the story, not Alun Michael
            cluster.mentions = [m for m in cluster.mentions if m not in given]
            first = Cluster(mentions=given)
            _attach_first_name(
                first, named.by_first[key], clusters, named.named_in, named.person_of, documents
            )
            royal_clusters.append(first)  # what no one takes: ignored, as a first name's
            if not cluster.mentions:
                continue
        targets: list[_Person] = []
        for i in named.by_surname[key]:
            if named.people[named.person_of[i]] not in targets:
                targets.append(named.people[named.person_of[i]])
        lone_documents = len({m.doc for m in cluster.mentions})
        # Where the word is voted a place in half its mentions or more, a city of the
        # world's name (lexicon/cities.txt) is that city in each of them, in a document
        # that names none of its namesakes (one sense per document: "picked up in
        # [Bida]", then "[Bida] people are surprised", not Justice Hauwa Bida, named
        # elsewhere; not "Hayward said" twice beside one "Hayward" tagged a place)
        placed_in = _mostly_placed(cluster)
        org_tagged = 2 * sum(m.label == "ORG" for m in cluster.mentions) > len(cluster.mentions)
        alone = _known_alone(cluster, targets, lone_documents)
        elsewhen = []  # no namesake named in full in their time: a person of their own
        orphans: list[tuple[Found, frozenset[str]]] = []  # a title no namesake holds
        with_titles = [(m, _titles(documents[m.doc].text, m.start)) for m in cluster.mentions]
        titled_in = {m.doc for m, title in with_titles if title - HONORIFICS}
        # the untitled mentions the words before say are a place ("residents of north
        # Clare", "counties Clare and Galway"), by where they are; and their documents,
        # where the untitled mentions that the tagger did not tag a person are that place
        # too, if they name no namesake (one sense per document: "people in Clare" there)
        placed = {
            (m.doc, m.start)
            for m, title in with_titles
            if not title
            and (
                placed_before(documents[m.doc].text, m)
                or (a_city([m.text]) and _at_a_city(documents[m.doc].text, m))
            )
        }
        said_placed = {doc for doc, _ in placed}
        _titled_in_time(with_titles, targets, documents)
        royal = _royally_named(cluster, documents, royal_names)
        royals: list[tuple[Found, str]] = []  # (mention, the royal title it is said with)
        # doc -> with what title the document first writes the lone name, a title no
        # namesake takes ("President Biden" before "Naomi Biden"), and where it writes
        # the name with that title
        orphaned: dict[int, tuple[list[int], frozenset[str]]] = {}
        contradicted = _introduced_after(with_titles, targets)
        seen: set[int] = set()  # the documents whose first lone name has been read
        for mention, title in sorted(with_titles, key=lambda mt: (mt[0].doc, mt[0].start)):
            opens = mention.doc not in seen  # the document's first lone name
            seen.add(mention.doc)
            text = documents[mention.doc].text
            if not title and key in only_named.get(mention.doc, ()):
                # "a plant manager surnamed Wu": someone the document knows by the name
                # alone, none of the namesakes named elsewhere (Wu Chia-jung, an analyst).
                # Left out, and not found again.
                unclaimed.append(mention)
                continue
            if not title and (_names_a_family(text, mention) or kin_before(text, mention.start)):
                # "the Gonzalez relatives": a family, no one of it; "her husband [Ray], a
                # professor": a relative's first name. Left out, and not found again.
                unclaimed.append(mention)
                continue
            if title & ROYAL_TITLES:
                # "King Hussein" is no Saddam Hussein: a given name, the king's (tagged a
                # person: "King George" in a list of Virginia's counties is none)
                if mention.label == "PERSON":
                    royals.append((mention, min(title & ROYAL_TITLES)))
                continue
            if not title and _royal_nearer(mention, royal, targets):
                royals.append((mention, ""))  # "his meeting with Hussein" after "King Hussein"
                continue
            # (named in the document already, by a titled surname: "President Clinton
            # ... Clinton said" in 2000, the full name written in 1998 only)
            present = [
                t
                for t in targets
                if t.in_time(documents[mention.doc].date, title) or mention.doc in t.where
            ]
            if not title and key in defined.get(mention.doc, ()):
                # 'OKAFOR HOLDINGS, INC. ("Okafor")': the document says whose short name
                # it is, a body's, whoever else bears the name (Adaeze Okafor, its chair)
                mention.vote, mention.weight = "organization", 1.0
                elsewhen.append(mention)
                continue
            if (mention.doc, mention.start) in placed:
                # "the people of Clare" is no Senator Clare's, named there. Left out,
                # and not found again.
                unclaimed.append(mention)
                continue
            if (
                not title
                and key in companies.get(mention.doc, ())
                and _COMPANYS.match(text, mention.end)
            ):
                # "Keller shares jumped 29%", "Keller's board", in a story of Keller
                # Dynamics Inc. and its founder Ruth Keller: the company's short name,
                # by what only a company has
                mention.vote, mention.weight = "organization", 1.0
                elsewhen.append(mention)
                continue
            if (
                not title
                and mention.label == "ORG"
                and (key in bodies.get(mention.doc, ()) or key in companies.get(mention.doc, ()))
                and opened[mention.doc][key]
                > sum(len(p.in_full.get(mention.doc, ())) for p in present)
                and not _WHO_AFTER.match(text, mention.end)
            ):
                # "Whitby initiated a voluntary recall", tagged a body, in a story of
                # Whitby Pharmaceuticals and its chief executive Gregory Whitby: the
                # company's short name, by the tagger's reading and the body the document
                # names more often than all the namesakes in full (not "the Varga trial",
                # the tagger's body too, in a story of the Varga brothers that names Varga
                # Capital Partners once or twice)
                mention.vote, mention.weight = "organization", 1.0
                elsewhen.append(mention)
                continue
            if not any(mention.doc in person.where for person in present):
                # what a document that names no namesake says of the word comes first
                if (
                    _another_kind(mention, text)
                    or (not title and mention.doc in placed_in and a_city([mention.text]))
                    or (not title and mention.doc in said_placed and mention.label != "PERSON")
                ):
                    continue  # left out: a place of that name is no namesake's, nor a person
                if not title and (
                    key in bodies.get(mention.doc, ())
                    or (
                        key in companies.get(mention.doc, ())
                        and named_in[key] >= max(t.full for t in targets)
                    )
                    # ... or of a company the corpus names in as many documents as any
                    # namesake in full, the word tagged a body in most of its mentions,
                    # where the document names neither ("Somebody at Corvell", Corvell
                    # Systems' short name, not Nathan Corvell's)
                    or (
                        org_tagged
                        and bodies_in[key] >= max(t.full for t in targets)
                        and mention.doc not in titled_in  # "Prime Minister Cameron" there
                        and not _WHO_AFTER.match(text, mention.end)  # "Cameron, who took"
                    )
                ):
                    # "Abbott" of Abbott Nutrition: the body's name, which it votes for
                    mention.vote, mention.weight = "organization", 1.0
                    elsewhen.append(mention)
                    continue
                if alone:
                    elsewhen.append(mention)  # "Ford", "Stanford": known by that name alone
                    continue
                if (
                    not title
                    and " " not in mention.text
                    and _first_name_here(key, mention, present, named)
                ):
                    continue  # "Dick" where "Dick Blum" is named, not Steve Dick named elsewhere
                if title and " " not in mention.text:
                    bearer = _titled_first_name_here(key, title, mention, named, clusters, text)
                    if bearer is not None:
                        # "Dr. Mulugeta said", after "State Minister Dr. Mulugeta Tesfaye":
                        # his given name, as Ethiopian papers write it, not Tigist
                        # Mulugeta's surname, named elsewhere
                        bearer.take(mention, clusters, TITLED_FIRST_RULE)
                        continue
                if not title and _addressed(text, mention):
                    continue  # "Let me check, Scott.": someone spoken to, not Tim Scott
            elder = _ELDER.search(text, max(0, mention.start - 20), mention.start)
            by_age = elder and not title and _by_generation(present, mention, elder.group(1), text)
            if by_age:  # (taken with the untitled ones: it counts as naming them there)
                deferred.append((mention, [by_age], cluster))
                continue
            if not title and _follows_orphan(mention, orphaned, present):
                # "President Biden said ... Biden added": the titled one's, not hers
                orphans.append((mention, orphaned[mention.doc][1]))
                continue
            sexed = _of_sex(present, _sex(title) or _sex_said(text, mention))
            narrowed, present = len(sexed) < len(present), sexed
            if not present:
                elsewhen.append(mention)
                continue
            choice = _titled_choice(present, title, mention, lone_documents, contradicted)
            if len(choice) == 1:
                rule = "a lone surname, the only namesake"
                if title - HONORIFICS:
                    rule = "a lone surname after a title the person holds"
                elif narrowed:
                    rule = "a lone surname after a title of the namesake's sex"
                choice[0].take(mention, clusters, rule)
            elif choice:
                deferred.append((mention, choice, cluster))
            else:
                orphans.append((mention, frozenset(title)))
                if opens and not any((title - HONORIFICS) & t.titles for t in targets):
                    # the document opens with it, a title no namesake holds any word
                    # of ("US President Obama" is Barack's)
                    orphaned[mention.doc] = ([], frozenset(title))
                if mention.doc in orphaned and orphaned[mention.doc][1] == title:
                    orphaned[mention.doc][0].append(mention.start)
        known = _known_by_title(orphans, targets)
        cluster.mentions = elsewhen + [m for m, _ in known]
        cluster.titled = frozenset().union(*(title for _, title in known))
        if peer := sorted(cluster.titled & PEERAGE_TITLES):
            # a peer is named with the title: "Lord Hallam"
            word = Counter(m.text for m, _ in known).most_common(1)[0][0]
            cluster.name = f"{peer[0].capitalize()} {word}"
        if royals:
            royal_clusters.append(_royal_cluster(royals))
    clusters.extend(royal_clusters)
    if unclaimed:
        clusters.append(Cluster(mentions=unclaimed, ignored=True))
    unresolved: dict[str, list[Found]] = {}  # a city's name no namesake takes: its mentions
    for mention, choice, cluster in deferred:
        # A surname naming a body ("the Biden administration") is its office holder's:
        # the person known by a title alone (the lone name's own, _known_by_title), else
        # the namesakes titled in full with an office; not Hunter Biden named here.
        body = _names_a_body(documents[mention.doc].text, mention)
        if body and cluster.titled - HONORIFICS:
            cluster.mentions.append(mention)
            continue
        office = [p for p in choice if p.titles - HONORIFICS] if body else []
        if len(office) == 1:
            office[0].take(mention, clusters, "a lone surname naming a body, its office holder")
            continue
        chosen = _untitled_choice(office or choice, mention, body, documents[mention.doc].text)
        if chosen is not None:
            chosen.take(mention, clusters, "a lone surname, the namesake the document names")
        elif a_city([mention.text]) and not _titles(documents[mention.doc].text, mention.start):
            unresolved.setdefault(mention.text, []).append(mention)  # ("Sheriff Taylor": his)
    clusters.extend(_cities_unresolved(unresolved, documents))


# The share of a city's name's mentions no namesake takes that must be said to be a place
# for all of them to be that city, and how many they must be at least.
PLACED_SHARE = 0.5
PLACED_MENTIONS = 3


def _cities_unresolved(
    unresolved: dict[str, list[Found]], documents: Sequence[Document]
) -> list[Cluster]:
    """The lone names of a city of the gazetteers that none of several namesakes takes
    ("Gombe", the town, in a story of Ibrahim Njodi Gombe and the Talban Gombe): that
    city, where the words around half of them or more say a place ("in Gombe",
    "Gombe metropolis", "the Federal High Court, Gombe,"); else no one's."""
    found = []
    for mentions in unresolved.values():
        placed = sum(_placed_city(documents[m.doc].text, m) for m in mentions)
        if len(mentions) >= PLACED_MENTIONS and placed >= PLACED_SHARE * len(mentions):
            for m in mentions:
                m.vote, m.weight = "place", 1.0
            found.append(Cluster(mentions=mentions))
    return found


def _placed_city(text: str, mention: Found) -> bool:
    """Do the words around a city's name say the place: a preposition of where ("in
    Gombe", "beyond Gombe"; not "from" or "to", said of people too), an address's last
    line ("Government House, Gombe,"), or a place's word after it ("Gombe metropolis")?"""
    if mention.label in ("GPE", "LOC") or evidence(text, mention, True) == "place":
        return True
    before = text[max(0, mention.start - 30) : mention.start]
    if _WHERE_BEFORE.search(before):
        return True
    if _ADDRESS_BEFORE.search(before) and text[mention.end : mention.end + 1] in (",", "."):
        return True
    after = _WORD_AFTER.match(text, mention.end)
    return after is not None and after.group(1).lower() in _CITY_WORDS


_WHERE_BEFORE = re.compile(r"\b(?:in|beyond|across|around|near|outside|throughout)\s+$")
_ADDRESS_BEFORE = re.compile(r"[A-Z][\w’'-]+,\s+$")
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
_CITY_WORDS = GEO_HEADS | {"metropolis", "city", "town", "township", "municipality", "residents"}


# Words that put a city's name in a sentence as a place: "Dunmore Structures Ltd, of
# Halifax", and after it "Halifax-based" (not "in", "from" or "at": "faith in Obama",
# "took over from Hayward", "fired back at Obama").
_AT_CITY_BEFORE = re.compile(r",\s+of\s+$")


def _at_a_city(text: str, mention: Found) -> bool:
    """Do the words around a lone word that names a city of the world say it is that
    place ("Dunmore Structures Ltd, of Halifax", "the Halifax-based contractor"), even
    in a document that names someone of that name (Priya Halifax KC)?"""
    if text.startswith("-based", mention.end):
        return True
    if text.startswith(("'s", "’s"), mention.end):
        return False  # "in Halifax's view": its owner's
    return _AT_CITY_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None


# An organization's name written in full this often makes its last word, alone and voted
# an organization, a body's word ("the House"), not a surname (_heads_of_bodies).
BODY_MENTIONS = 5


def _given_here(
    key: str,
    mention: Found,
    named: _FullNames,
    clusters: list[Cluster],
    documents: Sequence[Document],
) -> bool:
    """Is the lone word, both someone's surname and someone's first name, the first name
    of one the document names in full and writes of DOMINANT times as often as it names
    any namesake of that surname (by their surname in any form, as "Jackson", against
    their full names), and names before the lone word? "Michael's death" in a story of
    Michael Jackson is his, though Welsh MP Alun Michael is named the sentence before;
    "Ibrahim said" after "spokesman Musa Ibrahim said" is his, the referee Ibrahim Musa
    named only after it."""
    text = documents[mention.doc].text
    if key not in named.by_first or _titles(text, mention.start):
        return False  # "Prince Michael", "Mr. Michael": a royal's given name, a surname
    bearers = [
        i
        for i in named.by_first[key]
        if mention.doc in named.named_in[i]
        and any(m.doc == mention.doc and m.start < mention.start for m in clusters[i].mentions)
    ]
    if not bearers:
        return False  # (a first name alone refers back to one named before it)
    namesakes = [i for i in named.by_surname[key] if mention.doc in named.named_in[i]]
    written = max(
        len(re.findall(rf"\b{re.escape(named.person_of[i][1])}\b", text, re.IGNORECASE))
        for i in bearers
    )
    namesake = max(
        (sum(1 for m in clusters[i].mentions if m.doc == mention.doc) for i in namesakes),
        default=0,
    )
    return namesake > 0 and written >= DOMINANT * namesake


def _first_name_here(key: str, mention: Found, present: list[_Person], named: _FullNames) -> bool:
    """Does the document, which names none of the namesakes by surname, name someone in
    full whose first name the lone word is? Inside a document first: "Dick" after "Dick
    Blum" is Blum, not Steve Dick, whom only other documents name. The mention is left out
    (a first name joins a namesake by its own rule, _attach_first_name). Not after a
    title ("Judge Robert" is a surname), nor where that someone is a namesake written
    family name first ("Kishida Fumio")."""
    # The namesakes' names in the other order: "Kishida Fumio" is Fumio Kishida.
    reversed_names = {named.person_of[i][::-1] for p in present for i in p.clusters}
    return any(
        mention.doc in named.named_in[i] and named.person_of[i] not in reversed_names
        for i in named.by_first.get(key, ())
    )


TITLED_FIRST_RULE = "a lone first name after the title its bearer has here"


def _titled_first_name_here(
    key: str, title: set[str], mention: Found, named: _FullNames, clusters: list[Cluster], text: str
) -> _Person | None:
    """The one person the document, which names none of the namesakes by surname, names
    in full before the lone word with that word as first name and its title before the
    full name ("Dr. Mulugeta" after "Dr. Mulugeta Tesfaye", "Ato Kebede" after "Ato
    Kebede Worku Haile": the given name and title papers in Ethiopia, Malaysia or
    Indonesia refer to people by); None if none or several."""
    bearers = {
        named.person_of[i]
        for i in named.by_first.get(key, ())
        if mention.doc in named.named_in[i]
        # (not a name written family name first, or in capitals: "Professor SATO" after
        # "Professor SATO Kenji")
        and not any(
            FAMILY_FIRST.fullmatch(n) or (n.split()[0].isupper() and not n.isupper())
            for n in clusters[i].spellings()
        )
        and any(
            m.doc == mention.doc
            and m.start < mention.start
            and " " in m.text
            and title <= _titles(text, m.start)
            for m in clusters[i].mentions
        )
    }
    return named.people[next(iter(bearers))] if len(bearers) == 1 else None


# A name said to someone: after a comma or a thanks, and ending the sentence ("Let me
# check, Scott.", "Thank you, Kaitlan?").
_ADDRESS_BEFORE = re.compile(r"(?:,|\b[Tt]hanks|\b[Tt]hank you,?)\s+$")
_ADDRESS_AFTER = re.compile(r"\s*[.?!]")


def _addressed(text: str, mention: Found) -> bool:
    """Is the lone name said to someone, in a document that names none of its namesakes?
    Speakers call each other by first names: a surname's namesake named elsewhere is not
    who is spoken to (_ADDRESS_BEFORE, _ADDRESS_AFTER). Left out."""
    return bool(
        _ADDRESS_AFTER.match(text, mention.end)
        and _ADDRESS_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    )


def _known_alone(cluster: Cluster, targets: list[_Person], lone_documents: int) -> bool:
    """Is the lone name known by itself rather than as anyone's surname: never voted a
    person (no title, no "said"), and used in DOMINANT times the documents naming any
    namesake in full? Then, in the documents that name no namesake, it is no one's:
    "Stanford" (the university) in a dozen releases is not Ala Stanford's, named in two,
    nor "Ford" (the company) a Ford's. ("Sinema", tagged an organization in most of its
    places, is "Senator Sinema" in some: a person's.)"""
    if any(m.vote == "person" for m in cluster.mentions):
        return False
    return lone_documents >= DOMINANT * max(t.full for t in targets)


def _another_kind(mention: Found, text: str) -> bool:
    """Is the lone name voted a place where it is written ("a native of Madison", "the
    University of Texas at Austin", "the counties of Boyd, Breathitt, ..."), in a
    document (`text`) that names none of its namesakes in full? Then it is no person's
    surname: a namesake named elsewhere in the corpus (Joni Madison, Lloyd Austin) does not take it,
    and it is left out (kept, the lone name would be re-found as a place everywhere:
    every "Hayward" of a corpus where one is tagged a place).
    In a document that names the namesake, a stray vote does not overrule the name
    written there. An organization's tag is no such evidence: the pipeline tags lone
    surnames organizations far too often ("Pelosi", "Sinema"); a kind of organization
    written with it is ("the US firm Cameron", "Cameron, an American firm": placed.py)."""
    return mention.vote == "place" or evidence(text, mention, person=True) == "organization"


def _mostly_placed(cluster: Cluster) -> set[int]:
    """The documents where half the cluster's mentions or more are voted a place."""
    placed: Counter[int] = Counter(m.doc for m in cluster.mentions if m.vote == "place")
    written = Counter(m.doc for m in cluster.mentions)
    return {doc for doc, count in placed.items() if count * 2 >= written[doc]}


def _bodies_opened(
    clusters: list[Cluster],
) -> tuple[dict[int, set[str]], dict[int, set[str]], dict[int, Counter[str]]]:
    """Document -> the first word of each name it writes of two words, the second a
    trade's ("Abbott Nutrition", "Cameron International", "Stanford University":
    lexicon/business_words.txt): there a lone "Abbott" is that body's short name, not
    the surname of Greg Abbott, named elsewhere. (Not "the Biden administration": a
    body named after its principal.) Then, apart, document -> the first word of each
    longer company name it writes, a name the corpus writes with its legal form
    somewhere ("Auerbach Automobilwerke [AG]"): the company's short name too, unless a
    namesake is named in full in more documents than the company is ("Danjuma" beside
    "Danjuma Agro-Allied Industries Ltd", the family's firm, is Garba Yusuf Danjuma,
    the story's man). Last, document -> how many of its mentions written in two words
    or more open with each word ("Whitby Pharmaceuticals", "Whitby Pharmaceuticals,
    Inc.": a company's, how often the document names it)."""
    keys: dict[int, set[str]] = {}  # document -> the keys of the names it writes
    opening: dict[int, Counter[str]] = defaultdict(Counter)
    for cluster in clusters:
        for m in cluster.mentions:
            key = name_key(m.text)
            keys.setdefault(m.doc, set()).add(key)
            if " " in m.text and key:
                opening[m.doc][key.split()[0]] += 1
    stems = {key: _stem(key) for written in keys.values() for key in written}
    companies = {stem for stem in stems.values() if " " in stem}
    traded: dict[int, set[str]] = {}
    named: dict[int, set[str]] = {}
    for doc, written in keys.items():
        for key in written:
            words = key.split()
            if len(words) == 2 and words[1] in BUSINESS_WORDS:
                traded.setdefault(doc, set()).add(words[0])
            elif len(words) > 1 and (stems[key] or key) in companies:
                named.setdefault(doc, set()).add(words[0])
    return traded, named, opening


def _short_names_defined(
    clusters: list[Cluster], documents: Sequence[Document]
) -> dict[int, set[str]]:
    """Document -> the keys of the short names it defines in brackets and quotes after
    an organization's name ('OKAFOR HOLDINGS, INC. ("Okafor")', 'Harlow & Finch plc
    ("Harlow & Finch")'), as contracts and press releases define their terms."""
    defined: dict[int, set[str]] = {}
    for cluster in clusters:
        for m in cluster.mentions:
            if m.label != "ORG" and m.vote != "organization":
                continue
            short = SHORT_NAME_DEFINED.match(documents[m.doc].text, m.end)
            if short is not None:
                defined.setdefault(m.doc, set()).add(name_key(short.group(1)))
    return defined


_WHO_AFTER = re.compile(r",\s+who\b")  # a person's relative clause after a name
# A person introduced by one name only: "a man surnamed Wu", "identified only as Ahmed".
_ONLY_NAMED = re.compile(
    r"\b(?:surnamed|(?:identified|named|known) only as|given only as)\s+([A-Z][\w’'-]+)"
)


def _only_named(documents: Sequence[Document]) -> dict[int, set[str]]:
    """Document -> the keys of the names it introduces someone by alone (_ONLY_NAMED)."""
    only: dict[int, set[str]] = {}
    for index, document in enumerate(documents):
        if " only as " in document.text or "surnamed" in document.text:
            for match in _ONLY_NAMED.finditer(document.text):
                only.setdefault(index, set()).add(name_key(match.group(1)))
    return only


def _stem(key: str) -> str:
    """A company's name key without its legal form or its "AG"; "" for any other name."""
    stem = without_legal_form(key)
    if stem is None:
        bare = without_ag(key)
        stem = bare if bare != key else ""
    return stem


def _hyphenated(cluster: Cluster) -> bool:
    """Is every name of the cluster one hyphenated word ("Jean-Pierre")?"""
    return all(
        " " not in n.strip() and HYPHENATED.fullmatch(n.strip()) for n in cluster.spellings()
    )


def _heads_of_bodies(clusters: list[Cluster]) -> set[str]:
    """The last words of the organizations' names the corpus writes in full, tagged so,
    BODY_MENTIONS times or more: "house" of the White House, written 104 times."""
    written: Counter[str] = Counter()
    for cluster in clusters:
        named = [
            m.text
            for m in cluster.mentions
            if m.label == "ORG" and " " in m.text and m.vote == "organization"
        ]
        if named and not is_full_person(cluster):  # not "Keiji Fukuda", tagged so now and then
            written.update(map(name_key, named))
    return {key.split()[-1] for key, n in written.items() if n >= BODY_MENTIONS}


def _voted_a_body(cluster: Cluster, naming: set[int]) -> bool:
    """Voted an organization by two thirds of its mentions or more, those in documents
    that name a namesake in full (`naming`) left out: there a vote does not overrule
    the name ("Alice C. Hill ... Hill served", "Hill" tagged an organization)."""
    elsewhere = [m for m in cluster.mentions if m.doc not in naming]
    voted = sum(1 for m in elsewhere if m.vote == "organization")
    return voted * 3 >= 2 * len(elsewhere) > 0


def _naming(key: str, named: _FullNames) -> set[int]:
    """The documents that name in full someone of the surname `key`."""
    return {doc for i in named.by_surname.get(key, ()) for doc in named.named_in.get(i, ())}


def _family_names_first(
    clusters: list[Cluster], documents: Sequence[Document]
) -> tuple[frozenset[str], frozenset[str]]:
    """The lone words written after a title or a courtesy somewhere in the corpus, as a
    family name is ("President Xi", "Mr Wang", "Premier Li"): in a name of two words
    whose last word the corpus never writes alone ("Xi Jinping", never "Jinping"), the
    first is the family name, as Chinese names are written in pinyin without a hyphen.
    Not after a royal's or a cleric's title, which goes with a given name ("Queen
    Elizabeth", "Pope Benedict"), nor a word that opens a name whose last word the corpus
    writes alone: a given name there ("First Lady Jill", of Jill Biden), nor one that
    ends a name ("Mr. Dick", of Steve Dick, not Dick Blum). With them, every lone word
    the corpus writes."""
    titled, alone = set(), set()
    for cluster in clusters:
        for m in cluster.mentions:
            if " " in m.text.strip():
                continue
            key = name_key(m.text)
            alone.add(key)
            if key not in titled:
                title = _titles(documents[m.doc].text, m.start)
                if title and not title & _GIVEN_NAME_TITLES:
                    titled.add(key)
    given, last = set(), set()
    for cluster in clusters:
        if not (cluster.mentions and is_full_person(cluster)):
            continue
        for n in cluster.spellings():
            if len(words := name_key(n).split()) >= 2:
                last.add(words[-1])
                if words[-1] in alone:
                    given.add(words[0])
    # (nor a word that ends a name too: "Mr. Dick" is Steve Dick's, not Dick Blum's)
    return frozenset(titled - given - last), frozenset(alone)


# Titles said before a given name: a royal's, a cleric's ("Queen Elizabeth", "Pope
# Benedict", "Sister Mary").
_GIVEN_NAME_TITLES = ROYAL_TITLES | frozenset(
    {"pope", "saint", "sister", "brother", "father", "mother", "cardinal", "archbishop"}
    | {"first", "lady", "dame", "sir", "lord"}
)


def _first_surname(name: str, given: set[str]) -> str | None:
    """The key of the first of two surnames ending a name of three words or more, in a
    name written with a letter of Spanish or Portuguese (_IBERIAN_LETTERS): "María
    Fernanda Ruiz Castañeda" -> "ruiz", "Andrés Manuel López Obrador" -> "lopez". The
    word before the last, itself no initial, no part of a hyphenated name, no particle,
    and no given name of the corpus's people or of the lexicon ("José Luis Medina")."""
    if not _IBERIAN_LETTERS.search(name):
        return None
    words = name.split()
    if generation(name_words(name)):
        words = words[:-1]  # "Jr.", "III"
    if len(words) < 3 or any("-" in w for w in words[-2:]):
        return None
    word = words[-2]
    key = name_key(word)
    if (
        not word[:1].isupper()
        or len(key) < 3
        or word.endswith(".")
        or key in given
        or key in GIVEN_NAMES
        or key in SMALL_WORDS  # "al", "bin", "de"
    ):
        return None
    return key


# Letters of Spanish and Portuguese names that French and English names do not write
# ("Renée McDonald Hutchins" is called Hutchins; "Carmen Estrada Schaye", American,
# Estrada Schaye).
_IBERIAN_LETTERS = re.compile("[áíóúñãõÁÍÓÚÑ]")


def _particled(cluster: Cluster) -> str | None:
    """The key of the word after a surname's particle when every name of the cluster is
    a particle and one word ("al-Assad"): names.surname keys a full name's last word
    ("Bashar al-Assad": "assad"), so the lone name is looked up by that word."""
    spellings = cluster.spellings()
    # ("Zu Ebersberg said", opening a sentence, beside "zu Ebersberg": the same particle)
    matches = [
        PARTICLED.fullmatch(lowered if (lowered := n[:1].lower() + n[1:]) in spellings else n)
        for n in spellings
    ]
    words = {m.group(1) for m in matches if m is not None}
    if len(words) != 1 or None in matches:
        return None
    return name_key(words.pop())


def _lone_key(cluster: Cluster) -> str | None:
    """The key of the one name of a cluster that may be a person's lone name; None for
    a cluster of several names, a place ("Washington" the city), a company's name by
    its words or the corpus's names ("Fitch Ratings", "Tidewater" of Tidewater Motors
    Company: voted so STRONGly in most of its mentions) or an acronym ("EU")."""
    keys = {name_key(n) for n in cluster.spellings()}
    if len(keys) != 1:
        return None
    place_votes = sum(m.weight for m in cluster.mentions if m.vote == "place")
    if place_votes * 2 > len(cluster.mentions) or all(is_acronym(n) for n in cluster.spellings()):
        return None
    company = sum(1 for m in cluster.mentions if m.vote == "organization" and m.weight >= STRONG)
    if company * 2 > len(cluster.mentions):
        return None
    return next(iter(keys))


def _surnamed_in_a_place(
    cluster: Cluster, named: _FullNames, documents: Sequence[Document]
) -> list[Found]:
    """The mentions of a place's one-word name (a town, "Kamara") that are someone's
    surname by the words around them: voted a person's there, after a title ("Madame
    Kamara has published") or in a document that names a person of that surname in full
    ("Fatou Kamara told reporters ... Kamara said", placed.surnames_tagged_places). The
    rest stay the place's."""
    keys = {name_key(n) for n in cluster.spellings()}
    if len(keys) != 1:
        return []
    key = next(iter(keys))
    if " " in key or key not in named.by_surname:
        return []
    bearers = {doc for i in named.by_surname[key] for doc in named.named_in[i]}
    return [
        m
        for m in cluster.mentions
        if m.vote == "person"
        and (m.doc in bearers or _titles(documents[m.doc].text, m.start))
        and evidence(documents[m.doc].text, m, True) != "place"  # "Buffalo, NY"
    ]


def _first_name_tagged_a_place(
    cluster: Cluster, clusters: list[Cluster], named: _FullNames, documents: Sequence[Document]
) -> list[Found]:
    """The mentions of a lone word tagged a place or a body in the documents where a
    person named in full there has it for a first name, that nothing else says is one:
    no place the gazetteers know, no word around it a place's ("Marcus, over to you",
    "Thank you, Marcus" on a call where "Marcus Okafor" was tagged a place too)."""
    keys = {name_key(n) for n in cluster.spellings()}
    if len(keys) != 1 or all(is_acronym(n) for n in cluster.spellings()):
        return []  # ("SP", a party's letters, of a name "SP MLA")
    key = next(iter(keys))
    if " " in key or key not in named.by_first or key in named.by_surname:
        return []
    if known_place(key):
        return []
    # the documents naming in full, twice at least, someone of that first name (not a
    # name the tagger ran a place into once: "Basantpur Rakesh Kumar Singh")
    bearers = {
        doc
        for i in named.by_first[key]
        if len(clusters[i].mentions) >= 2
        for doc in named.named_in[i]
    }
    if any(evidence(documents[m.doc].text, m, True) == "place" for m in cluster.mentions):
        return []  # "a briefing in Robert, Louisiana": a town the corpus writes as one
    return [
        m
        for m in cluster.mentions
        if m.doc in bearers and m.weight < STRONG  # (the tagger's guess only)
    ]


def _fathers_names(cluster: Cluster, written_alone: set[str]) -> set[str]:
    """The keys of the fathers' names the cluster's names end in (names.fathers_name),
    but where the link and the name are written alone, as a family's name is ("Bin
    Laden")."""
    out = set()
    for name in cluster.spellings():
        if fathers_name(name):
            link, last = name_key(name).split()[-2:]
            if f"{link} {last}" not in written_alone:
                out.add(last)
    return out


@dataclass(slots=True)
class _FullNames:
    """The people named in full, looked up by surname and by first name (the keys of
    names.py): the clusters a lone name may join."""

    by_surname: dict[str, list[int]] = field(default_factory=dict)
    by_first: dict[str, list[int]] = field(default_factory=dict)
    named_in: dict[int, set[int]] = field(default_factory=dict)  # documents naming each
    person_of: dict[int, tuple[str, str]] = field(default_factory=dict)  # (given, surname)
    people: dict[tuple[str, str], _Person] = field(default_factory=dict)

    @classmethod
    def of(cls, clusters: list[Cluster], documents: Sequence[Document]) -> _FullNames:
        named = cls()
        # names of two words written alone: "Bin Laden" makes "Laden" a family's name
        written_alone = {name_key(n) for c in clusters for n in c.spellings() if n.count(" ") == 1}
        people = [
            i for i, c in enumerate(clusters) if is_full_person(c) and not _particled(c)
        ]  # ("von der Leyen": a surname with its particle, no one in full)
        # "Abu Omar" is Omar's father where Omar opens someone's name ("Omar Hamdan"), but
        # "Abu Kamara" a given name and a surname.
        given = {first_name(w) for i in people for w in map(name_words, clusters[i].spellings())}
        family_first, lone_words = _family_names_first(clusters, documents)
        for i in people:
            cluster = clusters[i]
            names = [
                w
                for w in map(name_words, cluster.spellings())
                if len(w) >= 2 and not (teknonym(w) and w[1] in given)
            ]
            lasts = {surname(w) for w in names} - _fathers_names(cluster, written_alone)
            # "Jean-Pierre" alone is Karine Jean-Pierre: a hyphenated surname whole.
            lasts |= {
                " ".join(name_words(n)[-2:])
                for n in cluster.spellings()
                if len(name_words(n)) >= 3 and HYPHENATED.search(n.split()[-1])
            }
            # "President Yoon" is Yoon Suk-yeol: a given name written with a hyphen and
            # a lower-case syllable after the family name, as Korean names are
            # romanised ("Moon Jae-in", "Tsai Ing-wen"), marks the family name first.
            lasts |= {
                name_key(n).split()[0] for n in cluster.spellings() if FAMILY_FIRST.fullmatch(n)
            }
            # "President Xi" is Xi Jinping: the first word of a name of two, written
            # alone after a title where the last is never written alone
            lasts |= {
                words[0]
                for n in cluster.spellings()
                if len(words := name_key(n).split()) == 2
                and words[0] in family_first
                and words[1] not in lone_words
            }
            # "Ruiz" alone is María Fernanda Ruiz Castañeda: a name of two surnames, as
            # Spanish and Portuguese names are, the first of which is written alone
            lasts |= {p for n in cluster.spellings() if (p := _first_surname(n, given))}
            for last in sorted(lasts):
                named.by_surname.setdefault(last, []).append(i)
            for first in sorted({first_name(w) for w in names}):
                named.by_first.setdefault(first, []).append(i)
            named.named_in[i] = {m.doc for m in cluster.mentions}
            # (by the words as written: Park Min-jun and Park Seo-jun are two people)
            named.person_of[i] = person_key(written_words(main_name(cluster)))
        # A speaker's turn names them at its label, written as their full name: the words
        # around it ("Yes, my Lord.\n\nQ. Mr Ashby, did he ...") say nothing of them.
        labels = {(doc, turn.start) for doc, d in enumerate(documents) for turn in d.turns}
        for i in sorted(named.person_of):
            person = named.people.setdefault(named.person_of[i], _Person())
            suffix = generation(name_words(main_name(clusters[i])))
            person.generation = _GENERATIONS.get(suffix, person.generation)
            person.clusters.append(i)
            for m in clusters[i].mentions:
                if (m.doc, m.start) not in labels:
                    person.titles |= _titles(documents[m.doc].text, m.start, m.end)
                    if _DOCTORATE_AFTER.match(documents[m.doc].text, m.end):
                        person.titles.add("doctor")  # "Miriam Castellanos, Ph.D.": Dr.
                    person.sexes |= sex_before(documents[m.doc].text, m.start)
                    person.sexes |= _sex_after(documents[m.doc].text, m.end)
                    pronoun = _pronoun_after(documents[m.doc].text, m.end)
                    if pronoun:
                        person.pronouns[pronoun] += 1
                person.where.setdefault(m.doc, []).append((m.start, m.sentence))
                if " " in m.text:
                    person.in_full.setdefault(m.doc, []).append((m.start, m.sentence))
                person.named(documents[m.doc].date)
        for person in named.people.values():
            person.sexes = person.sexes or _sex_of(person.pronouns)
            person.full = len(person.where)
        # One name written in both orders ("Mr. Nakamura Takeshi", "Takeshi Nakamura"):
        # what the text says of the one's sex it says of the other.
        said = {key: set(person.sexes) for key, person in named.people.items()}
        for (one, other), person in named.people.items():
            person.sexes |= said.get((other, one), set())
        _sexes_by_elimination(named, clusters, documents)
        return named


def _sexes_by_elimination(
    named: _FullNames, clusters: list[Cluster], documents: Sequence[Document]
) -> None:
    """A lone surname after a title of one sex ("Ms. Marchetti") is one of its namesakes
    of that sex: where no namesake is known to be of it and one only is of no known sex,
    that one is ("Ms. Marchetti" beside Paolo Marchetti, "Marchetti's husband": Elena
    Marchetti is the Ms.; then "Mr. Marchetti" is Paolo). Only a titled mention in a
    document that names that namesake in full, or names none of them, counts."""
    said: dict[str, dict[str, set[int]]] = {}  # surname -> sex -> documents writing it so
    for cluster in clusters:
        key = _lone_key(cluster) if len(cluster.mentions) else None
        if key is None or key not in named.by_surname:
            continue
        for m in cluster.mentions:
            sex = _sex(_titles(documents[m.doc].text, m.start))
            if sex is not None:
                said.setdefault(key, {}).setdefault(sex, set()).add(m.doc)
    for key, sexes in sorted(said.items()):
        namesakes = {named.person_of[i] for i in named.by_surname[key]}
        people = [named.people[p] for p in sorted(namesakes)]
        for sex, docs in sorted(sexes.items()):
            if len(people) < 2 or any(sex in p.sexes for p in people):
                continue
            unknown = [p for p in people if not p.sexes]
            if len(unknown) != 1:
                continue
            elsewhere = {d for p in people if p is not unknown[0] for d in p.in_full}
            if any(d in unknown[0].in_full or d not in elsewhere for d in docs):
                unknown[0].sexes.add(sex)


@dataclass(slots=True)
class _Person:
    """The clusters of one person's full-name spellings, while lone surnames attach."""

    clusters: list[int] = field(default_factory=list)
    titles: set[str] = field(default_factory=set)
    sexes: set[str] = field(default_factory=set)  # "female", "male": what the text says
    pronouns: Counter[str] = field(default_factory=Counter)  # after the full names
    full: int = 0  # documents naming them in full
    generation: int | None = None  # Sr. 0, Jr. 1, III 2 (names.generation): no suffix, None
    where: dict[int, list[tuple[int, int]]] = field(
        default_factory=dict
    )  # doc -> (offset, sentence)
    # ... of the mentions written in full ("Barack Obama", not a lone "Obama" already
    # joined to the name): _untitled_choice
    in_full: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    # The first and last dates of the documents naming them in full, or by a surname
    # after a title they hold (ISO dates compare as strings).
    first: str | None = None
    last: str | None = None

    def named(self, date: str) -> None:
        self.first = date if self.first is None else min(self.first, date)
        self.last = date if self.last is None else max(self.last, date)

    def in_time(self, date: str, title: set[str] | frozenset[str] = frozenset()) -> bool:
        """Is a document of `date` within a year of the documents naming the person in
        full? A corpus over ten years may name Jeb Bush in full in 2000 only: the "Mr.
        Bush" of 1990 is not him. After a title the person holds in full (`title`, its
        words), within a term of office: "President Clinton" in 2000 is the President
        Bill Clinton named in full in 1998."""
        if self.first is None or self.last is None:
            return True
        held = title - HONORIFICS
        reach = _TERM if held and held <= self.titles else _YEAR
        return _day(self.first) - reach <= _day(date) <= _day(self.last) + reach

    def take(self, mention: Found, clusters: list[Cluster], rule: str) -> None:
        biggest = max(self.clusters, key=lambda i: (len(clusters[i].mentions), -i))
        clusters[biggest].mentions.append(mention)
        clusters[biggest].evidence.append((mention.text, rule, mention.doc, mention.sentence))
        self.where.setdefault(mention.doc, []).append((mention.start, mention.sentence))


_YEAR = datetime.timedelta(days=366)
_TERM = 4 * _YEAR  # a term of office: a president's, a governor's


# A doctorate's letters after a full name ("Miriam Castellanos, Ph.D.", "Ann Lee MD"):
# the person is "Dr." Castellanos.
_DOCTORATE_AFTER = re.compile(r",?\s+(?:Ph\.?\s?D|M\.?D|D\.?Phil)\b\.?")


def _sex_after(text: str, end: int) -> set[str]:
    """The sex a relative's noun in apposition right after a full name says ("[Ramesh
    Devaraj], the husband of ...", "[Thomas Brennan III], the defendant's son"), if any."""
    match = _KIN_AFTER.match(text, end)
    if match is None or match.group(1) not in SEXED:
        return set()
    return {SEXED[match.group(1)]}


# A comma, an article or a possessive (of up to four words), and a word: "[X], the
# husband of", "[X], his wife,", "[X], the Deputy Chief Minister's husband".
_KIN_AFTER = re.compile(
    r",\s+(?:(?:the|his|her|their|a|an)\s+)?(?:(?:[\w.-]+\s+){0,3}?[\w.-]+['’]s\s+)?"
    r"(?:late\s+|former\s+|younger\s+|elder\s+|eldest\s+)?([a-z]+)\b"
)


_PRONOUN = re.compile(r"\b(?:(he|his|him|himself)|(she|her|hers|herself))\b", re.IGNORECASE)
PRONOUN_REACH = 160  # characters after a full name its sentence's pronoun is looked for in


def _pronoun_after(text: str, end: int) -> str | None:
    """The sex of the first personal pronoun after a full name in its sentence
    ("[Arianna J. Freeman] is a Managing Attorney ..., a position she has held"), if any."""
    stop = text.find(". ", end, end + PRONOUN_REACH)
    match = _PRONOUN.search(text, end, stop if stop >= 0 else end + PRONOUN_REACH)
    if match is None or _COURTESY_NAME.search(text, end, match.start()):
        # ("Cross-examined by Priya Halifax KC, Mr Ashby accepted that he had ...": the
        # pronoun of the one named with a courtesy between)
        return None
    return "male" if match.group(1) else "female"


_COURTESY_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+[A-Z]")


def _sex_of(pronouns: Counter[str]) -> set[str]:
    """A person's sex by the pronouns after their full name: one sex at least twice,
    and three times as often as the other (a pronoun may be someone else's)."""
    for sex, other in (("male", "female"), ("female", "male")):
        if pronouns[sex] >= 2 and pronouns[sex] >= 3 * pronouns[other]:
            return {sex}
    return set()


def _sex(title: set[str]) -> str | None:
    """The sex a title before a lone surname says ("Mrs. [Obama]": female), if one."""
    sexes = {SEXED[word] for word in title if word in SEXED}
    return next(iter(sexes)) if len(sexes) == 1 else None


def _sex_said(text: str, mention: Found) -> str | None:
    """The sex of the pronoun opening what a lone surname is said to say ("[Asamoah-Darko]
    says he will appeal", "[Kim] said she had"): reported speech's subject is the
    speaker's. None otherwise."""
    said = _SAYS_PRONOUN.match(text, mention.end)
    if said is None:
        return None
    return "male" if said.group(1).lower() == "he" else "female"


_SAYS_PRONOUN = re.compile(
    r"(?:,[^,.;]{1,40},)?\s+(?:said|says|told\s+\w+|added|adds|insisted|insists|"
    r"stated|states|argued|argues)\s+(?:that\s+)?(he|she)\b"
)


def _of_sex(targets: list[_Person], sex: str | None) -> list[_Person]:
    """The namesakes a lone surname after a title of one sex may stand for: all but
    those known to be of the other ("Mrs. Obama" is not Barack Obama, of whom the
    corpus writes "he"; "Mr. Clinton" is never the Clinton called first lady)."""
    if sex is None:
        return targets
    return [t for t in targets if not (t.sexes and sex not in t.sexes)]


_ROYAL_WORDS = lexicon.alternation(t.capitalize() for t in ROYAL_TITLES)
_ROYAL_NAMED = re.compile(rf"\b(?:{_ROYAL_WORDS})\s+([A-Z][\w-]*)")  # "King [Hussein]'s"
_ROYAL_CAPITALISED = tuple(sorted(t.capitalize() for t in ROYAL_TITLES))


def _royal_written(text: str) -> bool:
    return any(title in text for title in _ROYAL_CAPITALISED)


def _royal_cluster(royals: list[tuple[Found, str]]) -> Cluster:
    """The royal a lone name said with a royal title names ("King Hussein" of Jordan,
    beside Saddam Hussein named in full): a person of their own, named with the title
    ("Hussein" alone is the surname of Saddam Hussein's profile)."""
    titles = Counter(t for _, t in royals if t)
    if not titles:  # the title written where the pipeline read no name: left out
        return Cluster(mentions=[m for m, _ in royals], ignored=True)
    title = titles.most_common(1)[0][0]
    word = Counter(m.text for m, _ in royals).most_common(1)[0][0]
    return Cluster(
        mentions=[m for m, _ in royals],
        name=f"{title.capitalize()} {word}",
        titled=frozenset({title}),
    )


def _royally_named(
    cluster: Cluster, documents: Sequence[Document], seen: dict[int, dict[str, list[int]]]
) -> dict[int, list[int]]:
    """Where each document of the lone name's mentions writes it after a royal title
    ("King Hussein of Jordan arrived"): the starts of those names, if any. `seen`: each
    document's names after a royal title and their starts, read once per build."""
    found: dict[int, list[int]] = {}
    lone: dict[int, set[str]] = {}  # each document's lone words of the cluster
    for m in cluster.mentions:
        lone.setdefault(m.doc, set())
        if " " not in m.text:
            lone[m.doc].add(m.text)
    for doc, words in sorted(lone.items()):
        if doc not in seen:
            seen[doc] = {}
            text = documents[doc].text
            # (the pattern only in a text that writes a royal title: one in nine of
            # whitehouse-2022's, 0.16 s for the pattern in all)
            for match in _ROYAL_NAMED.finditer(text) if _royal_written(text) else ():
                seen[doc].setdefault(match.group(1), []).append(match.start(1))
        starts = sorted(at for word in words for at in seen[doc].get(word, ()))
        if starts:
            found[doc] = starts
    return found


def _royal_nearer(mention: Found, royal: dict[int, list[int]], targets: list[_Person]) -> bool:
    """Is the untitled lone name written after a royal title of that name ("King Hussein
    of Jordan ... his meeting with Hussein") nearer before it than any namesake's full
    name (Saddam Hussein)? Then it is the royal's given name (_royal_cluster)."""
    starts = [s for s in royal.get(mention.doc, ()) if s < mention.start]
    if not starts:
        return False
    named = [at for t in targets for at, _ in t.where.get(mention.doc, ()) if at < mention.start]
    return not named or max(starts) > max(named)


def _titled_in_time(
    titled: list[tuple[Found, set[str]]], targets: list[_Person], documents: Sequence[Document]
) -> None:
    """A namesake a title they hold places in a document ("President Clinton" in 2000,
    Bill Clinton named in full as President in 1998) is in the story at that date: the
    untitled surnames of that year are in time for them too (_Person.in_time). `titled`:
    the lone name's mentions and the title words before each."""
    for mention, words in titled:
        date = documents[mention.doc].date
        title = words - HONORIFICS
        holders = [t for t in targets if title and title <= t.titles and t.in_time(date, title)]
        if len(holders) == 1:
            holders[0].named(date)


def _titles(text: str, start: int, end: int | None = None) -> set[str]:
    """title_words, each abbreviation written in full ("Sen." is "Senator")."""
    return spelled_out(title_words(text, start, end))


def _introduced_after(
    with_titles: list[tuple[Found, set[str]]], targets: list[_Person]
) -> frozenset[frozenset[str]]:
    """The titles the lone name is written with, in a document, before that document
    names its one namesake, never titled, in full: "President Biden ... His
    granddaughter Naomi Biden" says the President is someone else. Not of one the
    corpus names in full in DOMINANT documents or more, someone the reader knows: a
    speaker may say "President Trump" before "Donald Trump"."""
    if len(targets) != 1 or targets[0].titles - HONORIFICS or targets[0].full >= DOMINANT:
        return frozenset()
    return frozenset(
        frozenset(title)
        for mention, title in with_titles
        if title - HONORIFICS
        and mention.doc in targets[0].where
        and all(at > mention.start for at, _ in targets[0].where[mention.doc])
    )


def _follows_orphan(
    mention: Found, orphaned: dict[int, tuple[list[int], frozenset[str]]], present: list[_Person]
) -> bool:
    """Is the untitled lone name's nearest antecedent in its document the same name
    written after a title no namesake takes, with no namesake named in full between
    them? It refers back to that one ("President Biden spoke. Biden said"; "... his
    granddaughter Naomi Biden. President Biden walked with her. Biden said"), not to a
    namesake named after the titled one or elsewhere. Where a namesake is named before
    the titled one, only if no namesake is named before the lone name."""
    written = orphaned.get(mention.doc)
    if written is None:
        return False
    before = [at for at in written[0] if at < mention.start]
    if not before:
        return False
    named = [at for p in present for at, _ in p.where.get(mention.doc, ())]
    if any(at < written[0][0] for at in named):
        # a namesake named before the titled one: "Chuck Schumer ... Senator Schumer —
        # Senators Schumer, Kaine": the title is one of his the corpus did not record
        return not any(at < mention.start for at in named)
    return not any(before[-1] < at < mention.start for at in named)


def _known_by_title(
    orphans: list[tuple[Found, frozenset[str]]], targets: list[_Person]
) -> list[tuple[Found, frozenset[str]]]:
    """The lone surnames after a title no namesake holds that name someone the corpus
    knows by that title: the titled name in more than DOMINANT times as many documents
    as any namesake is named in full ("President Biden" in 33 briefings, Joe, Hunter
    and Valerie Biden named in full in five at most), when the title cannot choose
    between namesakes or the one namesake never titled takes it ("President Biden" in
    five documents, Naomi Biden named in one). Kept as a person of their own; other
    such surnames ("Prime Minister Johnson" once beside Alexis Johnson) link nobody:
    left out rather than given to someone who may be another."""
    if not orphans:
        return []
    documents: dict[frozenset[str], set[int]] = {}
    for mention, title in orphans:
        documents.setdefault(title, set()).add(mention.doc)
    # One person known by one title: "Dr. Biden" beside "President Biden" is another.
    title = max(documents, key=lambda t: (len(documents[t]), sorted(t)))
    if not title & PEERAGE_TITLES and len(documents[title]) <= DOMINANT * max(
        t.full for t in targets
    ):
        return []  # (a peer is known by the title: "Lord Hallam", beside Rachel Hallam)
    return [(m, written) for m, written in orphans if written == title]


@lru_cache(maxsize=4096)
def _day(date: str) -> datetime.date:
    return datetime.date.fromisoformat(date)


def _titled_choice(
    targets: list[_Person],
    title: set[str],
    mention: Found,
    lone_documents: int,
    contradicted: frozenset[frozenset[str]],
) -> list[_Person]:
    """The namesakes a lone surname may stand for, given the title before it (its
    words, title_words). `lone_documents`: how many documents use the lone surname;
    `contradicted`: the titles a document writes it with before naming the one namesake
    in full (_introduced_after)."""
    if not title:
        return targets
    fitting = [t for t in targets if title <= t.titles]
    if fitting:
        return fitting
    if title <= HONORIFICS:
        return targets  # "Mr. Biden": nobody was called Mr. in full, so no clue
    if len(targets) == 1 and not (targets[0].titles - HONORIFICS):
        # "President Obama", Barack Obama never titled: unless a document writes the
        # title and the surname before introducing him as someone new ("President
        # Biden" before "his granddaughter Naomi Biden" is not her, here, after she is
        # named, or elsewhere), where the document has named him in full before (it
        # refers back); in a document that does not name him, if the lone name is not
        # far more used than his full name.
        if frozenset(title) in contradicted:
            return []
        here = targets[0].where.get(mention.doc)
        if here is not None:
            return targets if any(at < mention.start for at, _ in here) else []
        if lone_documents < DOMINANT * len(targets[0].where):
            return targets
    return []  # "Prime Minister Johnson" is not the Alexis Johnson called President


# "The younger Brennan": of the namesakes with a generational suffix the document names
# before it, the latest generation ("the elder", "the older": the earliest).
_ELDER = re.compile(r"\b[Tt]he (younger|elder|older) $")
_GENERATIONS = {"sr": 0, "jr": 1, "ii": 1, "iii": 2, "iv": 3}


def _by_generation(present: list[_Person], mention: Found, age: str, text: str) -> _Person | None:
    """The namesake "the younger" or "the elder" (`age`) before a lone surname means: of
    those named before it in its document with a suffix (Sr., Jr., III), the latest or
    the earliest generation; else, of two named before it in full (and no third), the
    one the document calls a relative of that generation ("his son Jason Wong", "Reid's
    uncle and coach, Desmond Reid"), or the other of the two ("the elder Wong" beside
    "his son"). None if the document does not tell them apart."""
    before = [
        p for p in present if any(at < mention.start for at, _ in p.where.get(mention.doc, ()))
    ]
    named = [p for p in before if p.generation is not None]
    if len({p.generation for p in named}) >= 2:
        pick = max if age == "younger" else min
        return pick(named, key=lambda p: p.generation or 0)
    if len(before) != 2:
        return None  # ("the elder Gonzalez", the boy's father, beside his great-uncle)
    said = {
        id(p): {_KIN_GENERATION.get(w, 0) for w in _kin_words(p, mention, text)} - {0}
        for p in before
    }
    wanted = -1 if age == "younger" else 1
    so = [p for p in before if said[id(p)] == {wanted}]
    if len(so) == 1:
        return so[0]
    other = [p for p in before if said[id(p)] == {-wanted}]
    if len(other) == 1 and not so:
        return next(p for p in before if p is not other[0])
    return None


# Relatives' nouns of a generation after (-1) or before (1) the one they are of.
_KIN_GENERATION = {
    **dict.fromkeys(("son", "daughter", "nephew", "niece", "grandson", "granddaughter"), -1),
    **dict.fromkeys(("father", "mother", "uncle", "aunt", "grandfather", "grandmother"), 1),
}
# A relative's noun right before a name, maybe with another noun ("his uncle and coach,").
_KIN_WORD_BEFORE = re.compile(r"\b([a-z]+)(?: and [a-z]+)?,?\s+$")


def _kin_words(person: _Person, mention: Found, text: str) -> set[str]:
    """The words right before the person's full names in the mention's document, before
    the mention."""
    words = set()
    for at, _ in person.in_full.get(mention.doc, ()):
        if at < mention.start and (kin := _KIN_WORD_BEFORE.search(text, max(0, at - 40), at)):
            words.add(kin.group(1))
    return words


RECENT = 2  # sentences back a reader looks for the namesake a lone surname follows


_NEXT_WORD = re.compile(r"\s+([a-z]+)")


# "the Gonzalez family", "the Kennedy clan", "the Whelan and Griner families"
_FAMILY_AFTER = re.compile(
    r"\s+(?:and\s+(?:the\s+)?[A-Z][\w'’-]+\s+)?"
    r"(?:family|families|relatives|clan|household|brothers|sisters|siblings|dynasty)\b"
)
# ... written without "the" before it: "Çelebioğlu family members were questioned"
_FAMILY_MEMBERS_AFTER = re.compile(r"\s+family\s+members\b")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+){0,2}$")


def _names_a_family(text: str, mention: Found) -> bool:
    """Is the lone surname a family's, after "the" and before a word for a family ("the
    Gonzalez family", "the Smith brothers"), or before "family members"? None of its
    members is named so."""
    return bool(
        _FAMILY_AFTER.match(text, mention.end)
        and _THE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    ) or bool(_FAMILY_MEMBERS_AFTER.match(text, mention.end))


# What a company has and a person has not, right after its short name: "Keller shares",
# "Keller's board", "Keller stockholders", "Keller's chief executive".
_COMPANYS = re.compile(
    r"(?:['’]s)?\s+(?:shares|stock|stockholders|shareholders|board|directors|"
    r"share\s+price|market\s+value|chief\s+executive|chief\s+financial\s+officer|CEO|CFO)\b"
)


def _names_a_body(text: str, mention: Found) -> bool:
    """Does the surname name an organization after it ("the Biden administration"):
    the principal's, not the namesake named last?"""
    match = _NEXT_WORD.match(text, mention.end)
    return match is not None and match.group(1) in ORG_HEADS


def _untitled_choice(
    choice: list[_Person], mention: Found, body: bool, text: str
) -> _Person | None:
    def documents(person: _Person) -> int:
        return len(person.where)

    def dominant(people: list[_Person]) -> _Person | None:
        ranked = sorted(people, key=documents, reverse=True)
        if documents(ranked[0]) >= DOMINANT * max(1, documents(ranked[1])):
            return ranked[0]
        return None

    if not body and _KIN_POSSESSED.match(text, mention.end):
        # "Nkemba's son, Col. Patrice Nkemba", "Biden's granddaughter": whose relative
        # it is, not the relative named after it in the sentence; of the others, the one
        # the corpus names in the most documents (a family is known by its best known)
        others = [
            p
            for p in choice
            if not any(
                w[1] == mention.sentence and w[0] > mention.start
                for w in p.in_full.get(mention.doc, ())
            )
        ]
        ranked = sorted(others, key=documents, reverse=True)
        if ranked and (len(ranked) == 1 or documents(ranked[0]) > documents(ranked[1])):
            return ranked[0]
    local = [p for p in choice if mention.doc in p.where]
    # A name is not its own object: "Rep. Kim Byung-chul, who questioned Kim", "Hunter
    # Biden, Biden's son": the namesake named in full earlier in the same sentence is
    # someone else than the lone surname, where the choice has another (a writer says
    # "he" or "his" of the one just named). Only an object (_OBJECT_AFTER), within a
    # clause's reach (NEAR characters), on one line and not across a quotation mark, a
    # bracket or a heading's emphasis: 'Kim Soo-jin, he says: "Ms. Kim did',
    # 'Tae-young Kim ("Kim")', "**Judge Ketanji Brown Jackson** Judge Jackson has" are
    # the one named. Not a body's name ("the Biden administration"): its office holder's.
    same = [
        p
        for p in local
        if not body
        and _OBJECT_AFTER.match(text, mention.end)
        and any(
            w[1] == mention.sentence
            and mention.start - NEAR <= w[0] < mention.start
            and not _APART.search(text, w[0], mention.start)
            for w in p.in_full.get(mention.doc, ())
        )
    ]
    if same and len(same) < len(choice):
        choice = [p for p in choice if p not in same]
        local = [p for p in local if p not in same]
    if not local:
        return dominant(choice) if len(choice) > 1 else choice[0]
    recent = None if body else _last_named(local, mention, RECENT)
    if recent is not None:
        return recent
    if not body:
        # A lone surname refers back: to a namesake the document has named before it,
        # not one it names only later ("Mayor Mitch Landrieu ... Landrieu said ... His
        # sister, Sen. Mary Landrieu"). Not a body's name ("First Lady Jill Biden
        # visited. The Biden administration announced").
        before = [p for p in local if any(w[0] < mention.start for w in p.where[mention.doc])]
        if len(before) == 1:
            return before[0]
        if not before:
            # Before the document introduces anyone of the name, it is someone the reader
            # knows: the one the corpus names most, if far more than the others
            # ("Gaddafi loyalists ... Saif al-Islam Gaddafi, the leader's son").
            known = dominant(choice)
            if known is not None:
                return known
            # ... else, in the headline (the text's first paragraph), the one the
            # story names in full first: "Reid hearing delayed ... The hearing of Jovan
            # Reid", before "his uncle and coach, Desmond Reid", named twice; not the
            # one it names most. (Further on, a lone name before any namesake may be
            # someone the document names otherwise: no guess.)
            first = (
                _first_named_after(local, mention) if "\n\n" not in text[: mention.start] else None
            )
            if first is not None:
                return first
        local = before or local
    most = max(len(p.where[mention.doc]) for p in local)
    local = [p for p in local if len(p.where[mention.doc]) == most]
    if len(local) == 1:
        return local[0]
    winner = dominant(local)
    if winner is not None:
        return winner
    return _last_named(local, mention, None)


# A relative's noun after a lone surname's possessive: "Nkemba's son", "Biden's late
# son", "Vance's eldest daughter".
_KIN_POSSESSED = re.compile(
    r"['’]s\s+(?:(?:late|eldest|youngest|elder|younger|only|estranged)\s+)?(?:"
    + lexicon.alternation(lexicon.words("kin_nouns"))
    + r")\b"
)
# What a namesake's full name and a lone surname in one sentence may not have between
# them to be two people (_untitled_choice): a quotation mark, a bracket, a heading's
# emphasis, a line's end; and how far apart they may be.
_APART = re.compile(r"[\"“”(\[*\n]")
# After the lone surname, what ends an object ("questioned Kim at the hearing", "gave
# Kim a copy."), not a verb of its own clause ("when Cameron expressed his sadness":
# the subject, who may be the one just named).
_OBJECT_AFTER = re.compile(
    r"\s*(?:[.,;:!?)”\"’']|$|(?:at|in|to|of|for|and|or|with|on|by|from|as|a|an|the|his|"
    r"her|their|its|about|over|after|before|during|into)\b)"
)
NEAR = 60


def _last_named(local: list[_Person], mention: Found, within: int | None) -> _Person | None:
    """The one named last before the mention, in a later sentence than any other (and
    at most `within` sentences before it): "Joe Biden spoke. Biden said" after "Jill
    Biden ..."; "Jill and Joe Biden came. Biden said": nobody."""
    last = sorted(
        (max(w for w in p.where[mention.doc] if w[0] < mention.start)[1], n)
        for n, p in enumerate(local)
        if any(w[0] < mention.start for w in p.where[mention.doc])
    )
    if not last or (len(last) > 1 and last[-1][0] == last[-2][0]):
        return None
    if within is not None and mention.sentence - last[-1][0] > within:
        return None
    return local[last[-1][1]]


def _first_named_after(local: list[_Person], mention: Found) -> _Person | None:
    """The one the document names in full first after the mention, in an earlier
    sentence than any other ("Jill and Joe Biden came": nobody)."""
    first = sorted(
        (min(w for w in p.in_full[mention.doc] if w[0] > mention.start)[1], n)
        for n, p in enumerate(local)
        if any(w[0] > mention.start for w in p.in_full.get(mention.doc, ()))
    )
    if not first or (len(first) > 1 and first[0][0] == first[1][0]):
        return None
    return local[first[0][1]]


# Ranks go with surnames ("Sergeant Kaneshiro", "Lieutenant Lloyd"), where a prince, a
# sheikh or a first lady may be called by a given name ("Prince Philip").
_RANKS = frozenset(
    {
        "adm",
        "admiral",
        "capt",
        "captain",
        "col",
        "colonel",
        "corporal",
        "cpl",
        "detective",
        "ensign",
        "gen",
        "general",
        "lieutenant",
        "lt",
        "maj",
        "major",
        "officer",
        "pvt",
        "sergeant",
        "sgt",
        "sheriff",
    }
)


def _titled(text: str, mention: Found) -> bool:
    """Is a rank written right before the lone name (then a surname)?"""
    return bool(title_words(text, mention.start) & _RANKS)


def _writes(text: str, word: str) -> bool:
    """Does the text write the word, in any case ("Askham and his wife, Dawn": the
    family's name is there)?"""
    return re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE) is not None


def _surname_before(document: Document, mention: Found, surname: str) -> bool:
    """Is `surname` written in the mention's sentence before it?"""
    sentence = document.sentences[mention.sentence - 1]
    return _writes(document.text[sentence.start : mention.start], surname)


def _quoted(text: str, mention: Found) -> bool:
    """Is the mention alone in double quotes (“Bob”)?"""
    return text[mention.start - 1 : mention.start] in ("“", '"') and text[
        mention.end : mention.end + 1
    ] in ("”", '"')


def _attach_first_name(
    cluster: Cluster,
    targets: list[int],
    clusters: list[Cluster],
    named_in: dict[int, set[int]],
    person_of: dict[int, tuple[str, str]],
    documents: Sequence[Document],
) -> None:
    """ "Jill" joins Jill Biden where she is named in full in the same document and no
    other Jill is, or where no Jill is named in full and she dominates the corpus (named
    in full in at least three documents, three times as many as any other Jill). A lone
    first name that stays ambiguous is left out: a profile of "Jill" answers nothing.
    The corpus's namesake only where the document writes the namesake's surname: a
    first name alone in a document that never does is someone it names so, a relative
    ("his younger brother, Alan") or someone in the room ("Go ahead, Jeff"), while
    "Askham and his wife, Dawn" is Dawn Askham."""
    docs: dict[tuple[str, str], set[int]] = {}
    for t in targets:
        docs.setdefault(person_of[t], set()).update(named_in[t])
    ranked = sorted(docs, key=lambda p: (-len(docs[p]), p))
    dominant = None
    if len(docs[ranked[0]]) >= DOMINANT and (
        len(ranked) == 1 or len(docs[ranked[0]]) >= DOMINANT * len(docs[ranked[1]])
    ):
        dominant = ranked[0]
    # Documents that do not write the dominant namesake's surname: their lone first
    # name is someone they name so, a relative ("his younger brother, Alan" is not Alan
    # Johnson) or someone in the room ("Go ahead, Jeff" is a reporter, not Jeff Zients).
    strangers = {
        m.doc
        for m in cluster.mentions
        if dominant and not _writes(documents[m.doc].text, dominant[1])
    }
    unknown = []
    for mention in cluster.mentions:
        if _quoted(documents[mention.doc].text, mention):
            unknown.append(mention)  # his yacht “Bob”: a name given to a thing, no Bob's
            continue
        local = {person_of[t] for t in targets if mention.doc in named_in[t]}
        corpus = None if mention.doc in strangers else dominant
        if kin_before(documents[mention.doc].text, mention.start):
            # A relative named by a first name is the namesake whose surname the sentence
            # writes before ("Askham and his wife, [Dawn]"), not the corpus's Vladimir
            # ("Sergei Kiriyenko (and his son, [Vladimir])")
            local = {p for p in local if _surname_before(documents[mention.doc], mention, p[1])}
            if corpus and not _surname_before(documents[mention.doc], mention, corpus[1]):
                corpus = None
        person = next(iter(local)) if len(local) == 1 else None if local else corpus
        if person is None:
            unknown.append(mention)
            continue
        biggest = max(
            (t for t in targets if person_of[t] == person),
            key=lambda t: (len(clusters[t].mentions), -t),
        )
        clusters[biggest].mentions.append(mention)
        clusters[biggest].evidence.append(
            (mention.text, "a lone first name", mention.doc, mention.sentence)
        )
    # Kept as an ignored cluster, so that no spelling of a Jill takes them back later.
    cluster.mentions, cluster.ignored = unknown, bool(unknown)
