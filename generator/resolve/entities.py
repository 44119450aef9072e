"""Mentions -> resolved entities: one Entity per real person, organization or place.

The language pipeline tags spans; this stage decides which spans name the same thing.
In order: clean the spans (drop "the", possessives, fragments such as "Amba." or a
capitalised verb), group them by folded spelling, attach lone surnames to the one full
name they stand for, merge near-identical spellings, acronyms and "US X"/"X" forms,
honour stated aliases ("also known as ..."), apply the analyst's corrections, find the
mentions the pipeline missed, decide each entity's type over all its mentions, then
collect roles (roles.py). Everything is ordered, so the same input gives the same ids.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import fields, replace
from typing import Any

from ..analyse.cache import AnalysisCache
from ..infra import collector
from ..infra.memo import active
from ..ingest.corrections import Corrections
from ..ingest.text import fold, slugify
from ..model import (
    Analysis,
    Corpus,
    Description,
    Document,
    Entity,
    Mention,
    Merge,
    Problem,
    SentenceEntities,
    Span,
)
from .acronyms import document_acronyms, stated_aliases
from .bodies import split_national_bodies
from .corrections import apply_corrections
from .countries import STATE_ABBREVIATIONS, country_of, former_country
from .cut_names import (
    apposed_names_whole,
    authors_initials,
    complemented_kinds,
    complete_cut_names,
    complete_given_names,
    countries_cut_at_and,
    courtesied_surnames,
    hyphenated_whole,
    join_at_particles,
    join_cut_names,
    join_cut_openings,
    join_split_names,
    listed_portfolios,
    peers,
    portfolio_names,
    references_back,
    shared_surnames,
    split_joined_names,
    split_outlet_credits,
    split_run_on,
    split_titled_names,
    suffixed_whole,
)
from .mentions import (
    CONTRACTED_NAMES,
    NOT_PERSONAL,
    PARTICLED,
    Found,
    Vocabulary,
    name_key,
    vocabulary_of,
    written_short,
)
from .names import surnamed_people, titled_form
from .placed import codes_placed, surnames_tagged_places
from .places import defines_acronym, formal_state, located, place_types
from .prepare import candidates, field_values, prepare
from .refind import find_groups, link_groups, refind
from .resolution import (
    RARE,
    Cluster,
    formal_short_name,
    group_mentions,
    is_acronym,
    name_pairs,
    owner_and_unit,
    strip_legal_form,
    type_of,
    without_legal_form,
)
from .roles import find_descriptions
from .speakers import INTERPRETERS, attach_speakers
from .surnames import attach_surnames
from .titles import names_in_titles
from .variants import INITIALLED, merge_name_openings, merge_variants
from .votes import (
    STRONG,
    brand_names,
    deity_names,
    demonyms_of_places,
    storm_names,
    vote_for,
)
from .words import (
    CAPITALS,
    GENERIC,
    GEO_HEADS,
    GIVEN_NAMES,
    MODIFIERS,
    MONTHS,
    OFFICES,
    ORG_HEADS,
    PLACE_HEADS,
    SMALL_WORDS,
    STATE_CODES,
    STATE_NAMES_WRITTEN,
    SURNAME_PARTICLES,
    TITLE_PHRASE,
    a_city,
)


def resolve_entities(
    corpus: Corpus,
    analyses: Sequence[Analysis],
    corrections: Corrections | None = None,
    jobs: int | None = None,
    cache: AnalysisCache | None = None,
) -> tuple[tuple[Entity, ...], tuple[Problem, ...]]:
    """Resolved entities (most mentioned first) and warnings about unused corrections.
    `jobs`: processes for the part that reads one document at a time (prepare.py);
    None: one per core. `cache`: where that part, and the result, are kept for the next
    build (the result is taken as kept when nothing it was made from changed)."""
    with collector.paused():  # (infra/collector.py: what the collector cost here)
        return _resolve(corpus, analyses, corrections, jobs, cache)


def _resolve(
    corpus: Corpus,
    analyses: Sequence[Analysis],
    corrections: Corrections | None,
    jobs: int | None,
    cache: AnalysisCache | None = None,
) -> tuple[tuple[Entity, ...], tuple[Problem, ...]]:
    """What `cache` kept from the last build, if it resolved the same documents (with
    the same spans) with the same code and corrections; else resolved, and kept. Not in
    the watch, which remembers each document's part itself (prepare.py)."""
    documents = corpus.documents
    by_id = {a.document: a for a in analyses}
    spans_of = [a.spans if (a := by_id.get(d.id)) is not None else () for d in documents]
    if cache is None or active() is not None:
        return _resolved(documents, analyses, corrections, jobs, spans_of)
    keys = [cache.reading_key(d, s) for d, s in zip(documents, spans_of, strict=True)]
    key = cache.result_key(keys, corrections)
    kept = cache.get_result(RESULT, key)
    if kept is not None:
        try:
            return _unpacked(kept)
        except (TypeError, ValueError):
            pass  # (not the layout this code writes: made again)
    resolved = _resolved(documents, analyses, corrections, jobs, spans_of, cache, keys)
    cache.put_result(RESULT, key, _packed(resolved))
    return resolved


RESULT = "entities"  # (the name of resolution's row in the cache's results)
_FIELDS = tuple(f.name for f in fields(Entity))
_PARTS = {"descriptions": Description, "mentions": Mention, "merged": Merge}
_VALUES = {kind: field_values(kind) for kind in (*_PARTS.values(), Problem)}  # (as tuples)


def _packed(resolved: tuple[tuple[Entity, ...], tuple[Problem, ...]]) -> list[Any]:
    """Resolution's result as plain lists, as the cache keeps it (JSON): each entity's
    fields in order, its descriptions, mentions and merges as lists of theirs."""
    entities, problems = resolved
    return [
        [
            [
                [_VALUES[_PARTS[name]](part) for part in value] if name in _PARTS else value
                for name in _FIELDS
                for value in [getattr(entity, name)]
            ]
            for entity in entities
        ],
        [_VALUES[Problem](problem) for problem in problems],
    ]


def _unpacked(kept: list[Any]) -> tuple[tuple[Entity, ...], tuple[Problem, ...]]:
    """Resolution's result from its packed form (lists for tuples)."""
    packed, problems = kept
    entities = []
    for values in packed:
        row = dict(zip(_FIELDS, values, strict=True))
        for name, value in row.items():
            if name in _PARTS:
                row[name] = tuple(_PARTS[name](*part) for part in value)
            elif isinstance(value, list):
                row[name] = tuple(value)
        entities.append(Entity(**row))
    return tuple(entities), tuple(Problem(*problem) for problem in problems)


def _resolved(
    documents: Sequence[Document],
    analyses: Sequence[Analysis],
    corrections: Corrections | None,
    jobs: int | None,
    spans_of: list[tuple[Span, ...]],
    cache: AnalysisCache | None = None,
    keys: list[str] | None = None,
) -> tuple[tuple[Entity, ...], tuple[Problem, ...]]:
    by_id = {a.document: a for a in analyses}
    prepared = prepare(documents, spans_of, jobs, cache, keys)  # (on all cores, or as kept)
    vocabulary = vocabulary_of(
        documents, [words for _, words in prepared], [drafts for drafts, _ in prepared]
    )
    analysed = [i for i, d in enumerate(documents) if d.id in by_id]
    found = candidates(analysed, documents, spans_of, prepared, vocabulary, jobs)  # (all cores)
    surnamed_people(found, vocabulary)  # names.py: "letting [Rahm Emanuel] live"
    # No name is read inside a dateline, byline, photo credit or speaker label.
    found = _outside_unread(found, documents)
    # A title in title case: headline words are not names (titles.py).
    found = names_in_titles(found, documents, vocabulary)
    texts = [d.text for d in documents]
    found = join_at_particles(found, texts)  # "[João Pedro] dos [Santos Lima]"
    hyphenated_whole(found, texts)  # "the [Oke]-Ajana market"
    found = suffixed_whole(found, texts, vocabulary)  # "[Dexter Calloway], Sr., an individual"
    found = surnames_tagged_places(found, texts)  # placed.py: "Ferreira, 24," tagged a place
    found = countries_cut_at_and(found, texts)  # "[Trinidad] and [Tobago]"
    found = join_split_names(found, texts)  # "[Ohio] [EPA]", where "Ohio EPA" is tagged whole
    found = join_cut_openings(found, texts)  # "the U.S. Fish and [Wildlife Service]"
    found = complemented_kinds(found, texts)  # "[U.S. Embassy] in [Moscow]"
    found = references_back(found, vocabulary)  # "the [Task Force]", after its full name
    found = complete_cut_names(found, texts)
    apposed_names_whole(found, texts, vocabulary)  # ", Malam [Sani] Kaigama Doho, said"
    complete_given_names(found, texts, vocabulary)  # "Ben [LaBolt]"
    found = shared_surnames(found, texts)  # "Rosalind and [Daniel Marlowe]"
    found = authors_initials(found, texts)  # "[A.O.], [W.K.] and [N.H.] led enrolment"
    courtesied_surnames(found, texts, vocabulary)  # "Hon. Temitope [Ogunleye]", tagged a place
    found = peers(found, documents, vocabulary)  # "Lord Hallam of Whitby", untagged
    portfolio_names(found, texts, vocabulary)  # "Minister of Trade, Industry and [Energy Lee]"
    found = listed_portfolios(found, texts)  # "[Ministry of Health], Labour and Welfare"
    found = split_run_on(found)  # "[Tony Hayward Greenpeace]'s video": a caption run on
    found = split_outlet_credits(found)  # "Photograph: Reuters [Reuters BP] is poised"
    found = split_joined_names(found, texts)  # "[Ministry of Health and World Health Organization]"
    found = attach_speakers(found, documents, vocabulary)
    not_entities = document_acronyms(documents, vocabulary.employers)
    found = [f for f in found if f.text.replace(".", "") not in not_entities and not _pair(f.text)]
    in_names = _words_of_names(found)
    storms = storm_names(d.text for d in documents)
    found = [f for f in found if not _a_storm(f, storms, in_names)]
    # "Mazu will protect the boat", in a text that says "Mazu is the sea goddess"; not
    # a word of someone named in full in the document ("Lakshmi Narayan")
    deities = deity_names(texts)
    found = [f for f in found if f.text not in deities or f.text in in_names[f.doc]]
    # "Kardiora (tenvalostat) Injection", "Kardiora®": a medicine's brand, a product's
    # ... and a name with a mark in it ("Harper®", "Harper® Jr", "Harper® Auto-Injector"),
    # though someone's name there is written so too (Rep. Ellen Harper): a product's,
    # its "Jr." no generation
    brands = brand_names(texts)
    found = [
        f
        for f in found
        if not _MARKED.search(f.text) and (f.text not in brands or f.text in in_names[f.doc])
    ]
    # "© 2026 Sahel Dispatch": a publisher, an organization wherever it is named ("told
    # Sahel Dispatch", tagged a person)
    publishers = {
        m.group(1) for d in documents if "©" in d.text for m in _COPYRIGHT.finditer(d.text)
    }
    for f in found:
        if f.text in publishers:
            f.vote, f.weight = "organization", STRONG
    # "Kerandan President Baraka Mutesa", of Keranda (a country the lexicon does not
    # know): the people's word, no entity, as "Kenyan" is
    placed = Counter(f.text for f in found if f.label in ("GPE", "LOC"))
    peoples = demonyms_of_places(place for place, count in placed.items() if count >= 2)
    borne = {w for f in found if f.label == "PERSON" and " " in f.text for w in f.text.split()}
    # the surnames of the people the corpus names in full ("Barack Obama"; not "the Kyiv
    # Ledger" tagged a person)
    surnames = {f.text.split()[-1] for f in found if f.label == "PERSON" and " " in f.text}
    if peoples:
        # (not a name someone the corpus names in full bears: "Albanese", of Albania, is
        # Anthony Albanese's; "Roman", of Rome, Nan Roman's)
        peoples -= borne
        found = [f for f in found if f.text not in peoples]
    # "[Libya's Gaddafi] vows", a headline's: a country's or a place's possessive, then a
    # name of one word: the owner and a name of its own (refind.py finds each), no one name
    found = [f for f in found if not _owned_by_a_place(f, placed)]
    states = codes_placed(found, documents)
    for f in found:
        if f.text in STATE_CODES and (
            defines_acronym(documents[f.doc].text, f.text)
            or (f.label == "ORG" and f.text not in states)
        ):
            # "Department of Veterans Affairs (VA)": here VA is not Virginia; nor is "AZ",
            # tagged an organization, in "two doses of AZ" (AstraZeneca), in a corpus
            # that never writes it as a state.
            f.key, f.vote, f.weight = f.text, "organization", 1.0
        elif (
            f.vote == "person"
            and f.weight < STRONG
            and f.text not in in_names[f.doc]
            and (_a_country(f.text) or _a_capital_speaking(f.text, surnames))
        ):
            f.vote, f.weight = "place", 1.0  # "Malawi", "Burkina Faso" tagged a person
        elif f.vote == "organization" and former_country(f.text):
            f.vote, f.weight = "place", STRONG  # "the Soviet Union": "Union" is no body's here
    clusters = group_mentions(found)
    for cluster in clusters:  # (why a kind's name is one body's: once a document)
        seen: set[tuple[str, int]] = set()
        for m in cluster.mentions:
            if m.refers and (m.text, m.doc) not in seen:
                seen.add((m.text, m.doc))
                cluster.evidence.append((m.text, m.refers, m.doc, m.sentence))
    join_cut_names(clusters, documents)  # "the Deepwater [Horizon] rig"
    split_titled_names(clusters, documents)  # "Secretary of [Commerce Gina Raimondo]"
    name_pairs(clusters)
    place_types(clusters, documents)  # "Pensacola, Florida": before surnames attach
    join_cut_names(clusters, documents, typed=True)  # again, for those found places so
    merge_name_openings(clusters, vocabulary)  # "Javier Ortega" of Javier Ortega Ruiz: before too
    attach_surnames(clusters, documents)
    merge_variants(clusters, documents)
    stated_aliases(clusters, documents, vocabulary)
    clusters.extend(find_groups([c for c in clusters if c.mentions], documents))
    problems: tuple[Problem, ...] = ()
    if corrections is not None:
        problems = apply_corrections(clusters, corrections, [d.id for d in documents])
    live = [c for c in clusters if c.mentions and not c.ignored and c.merged_into is None]
    ignored = [c for c in clusters if c.ignored]
    refind(live, ignored, documents, analyses, vocabulary, jobs)  # (on all cores)
    live.extend(split_national_bodies(live, documents, vocabulary))  # "Health Ministry"
    link_groups(live, clusters, documents)
    live = [
        c
        for c in live
        if c.name
        or c.type
        or not (
            _topic(c, vocabulary) or _label(c, documents, vocabulary) or _portfolio(c, documents)
        )
    ]
    return _freeze(live, clusters, documents, jobs), problems


_HYPHEN = re.compile(r"[-‑–]")


def _pair(name: str) -> bool:
    """Is the name two countries' joined by a hyphen ("U.S.-Mexico", "U.S.-India")? A
    relation between two countries, written before a noun ("the U.S.-Mexico border",
    "the U.S.-India partnership"), names neither alone and is no entity of its own."""
    parts = _HYPHEN.split(name)
    if len(parts) != 2:
        return False
    codes = [country_of(part.strip()) for part in parts]
    return None not in codes and codes[0] != codes[1]


def _a_country(name: str) -> bool:
    """Is `name` a country's in the gazetteers (countries.country_of), and no given name
    of the nicknames' lexicon? The pipeline tags such names ("Malawi", "Burkina Faso",
    "Côte d’Ivoire") a person now and then; without a title before them
    (votes.vote_for: "President Jordan") and in a document that names no one with that
    word ("Michael Jordan", "Jordan Peele"), they vote for a place."""
    return country_of(name) is not None and name.split()[0].lower() not in GIVEN_NAMES


def _a_capital_speaking(name: str, surnames: set[str]) -> bool:
    """ "Kyiv says", "no comment from Moscow", tagged a person: a country's capital
    standing for its government (lexicon/capitals.txt), unless it is the surname of
    someone the corpus names in full ("Irving Berlin") or a given name ("Victoria"). A
    title before it (votes.vote_for: "Mr. Kingston") says otherwise."""
    return name not in surnames and name.lower() not in GIVEN_NAMES and fold(name) in CAPITALS


def _a_storm(f: Found, storms: frozenset[str], in_names: dict[int, set[str]]) -> bool:
    """ "Alex disrupted the clean-up", tagged a person in a corpus that writes "Hurricane
    Alex": the storm (an event, no entity), unless someone named in full in the
    document has that word in their name ("Alex Morris"). So is such a name tagged a
    place or a body that no gazetteer knows as a place."""
    if f.text not in storms or f.text in in_names[f.doc]:
        return False
    # tagged a place or a body now and then ("the rain we had from Iara"), unless the
    # gazetteers know a place so named ("Florence")
    return f.label == "PERSON" or (f.label in ("GPE", "LOC", "ORG") and not a_city([f.text]))


def _owned_by_a_place(f: Found, placed: Counter[str]) -> bool:
    """Is the mention a place's possessive and one word ("Libya's Gaddafi", "Mexico's
    Pemex"), the place a country or one the corpus tags a place? (A person's span so
    is read apart already.)"""
    if f.label == "PERSON" or ("'s " not in f.text and "’s " not in f.text):
        return False
    owned = _PLACES_ONE_WORD.fullmatch(f.text)
    return (
        owned is not None
        and (placed[owned.group(1)] > 0 or country_of(owned.group(1)) is not None)
        and owned.group(2).lower() not in NOT_PERSONAL
    )


# A place's possessive and one word, as headlines write a country's leader or firm.
_PLACES_ONE_WORD = re.compile(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)['’]s ([A-Z][\w'’-]+)")


def _words_of_names(found: list[Found]) -> dict[int, set[str]]:
    """Per document, the words of the names of two words or more tagged a person and
    read as one ("NOAA Alex", a body's acronym run into a storm's name, is none)."""
    words: dict[int, set[str]] = defaultdict(set)
    for f in found:
        if f.label == "PERSON" and " " in f.text and f.vote == "person":
            words[f.doc].update(f.text.split())
    return words


_MARKED = re.compile(r"[®™]")
# A copyright's mark, its year perhaps, and the name of its holder, to the line's end or
# a full stop: "© 2026 Sahel Dispatch", "© Harbor News. All rights reserved."
_COPYRIGHT = re.compile(
    r"©\s*(?:\d{4}\s+)?([A-Z][\w’'&-]*(?: [A-Z][\w’'&-]*){0,4})(?=\s*(?:[.,]|$))", re.M
)


def _outside_unread(found: list[Found], documents: Sequence[Document]) -> list[Found]:
    """`found` without the spans that overlap a part of their document's text where no
    name is read (Document.unread), by bisection: a transcript has hundreds of labels.
    A span that runs into such a part from before it keeps its words before it: "[Gulf
    of Mexico] Photograph: Gerald Herbert/AP", a caption run into its credit."""
    unread: dict[int, tuple[list[int], list[int]]] = {}  # starts, and the farthest end so far
    for index, document in enumerate(documents):
        if document.skipped or document.turns:
            parts = document.unread()
            reach = list(itertools.accumulate((e for _, e in parts), max))
            unread[index] = ([s for s, _ in parts], reach)
    kept = []
    for f in found:
        if f.doc in unread:
            starts, reach = unread[f.doc]
            at = bisect.bisect_left(starts, f.end) - 1  # the last part that starts before its end
            if at >= 0 and reach[at] > f.start:
                first = bisect.bisect_right(reach, f.start)  # the first part that reaches into it
                if starts[first] <= f.start:
                    continue
                cut = _cut_before(f, starts[first], documents[f.doc].text)
                if cut is None:
                    continue
                f = cut
        kept.append(f)
    return kept


def _cut_before(f: Found, at: int, text: str) -> Found | None:
    """The span `f` without its words from `at` on, voted again; None if no name is left
    (a capitalised word of two letters or more)."""
    name = text[f.start : at].rstrip(_CUT_AFTER)
    if len(name) < 2 or not name[-1].isalnum() or not name[:1].isupper():
        return None
    end = f.start + len(name)
    vote, weight = vote_for(name, f.label, f.start, end, text)
    if vote == "event":
        vote, weight = f.vote, f.weight
    return replace(f, text=name, end=end, vote=vote, weight=weight)


_CUT_AFTER = " \t\n,;:-–—(“‘\"'"


def _label(cluster: Cluster, documents: Sequence[Document], vocabulary: Vocabulary) -> bool:
    """ "HOST: ...", "Photograph: Gerald Herbert/AP": one word only ever written before a
    colon, that the corpus also writes in lower case or, not in capitals as a speaker's
    label is, three times or more, labels what follows; no name. A speaker's label with
    a title ("MS. GOOD:", "MR MUNOZ:") is a person's."""
    written = []
    for m in cluster.mentions:
        text = documents[m.doc].text
        if not text.startswith(":", m.end) or _TITLED.search(text, max(0, m.start - 6), m.start):
            return False
        written.append(text[m.start : m.end])
    if any(not w.isalpha() for w in written):
        return False  # two words, a title, initials
    return all(vocabulary.lower[w.lower()] > 0 for w in written) or (
        len(written) >= 3 and not any(w.isupper() for w in written)
    )


_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Miss|Prof)\.?\s+$", re.IGNORECASE)


def _portfolio(cluster: Cluster, documents: Sequence[Document]) -> bool:
    """ "Labour" of "Labour Minister Grace Banda", "the Labour Commissioner", "Minister of
    Labour": one word only ever written as a minister's or a commissioner's portfolio,
    the post's words; no body ("BP" of "BP Director Bob Dudley" is written alone too),
    nor an acronym ("HUD Secretary Shaun Donovan": the department), nor a place ("the
    foreign minister of Poland")."""
    for m in cluster.mentions:
        text = documents[m.doc].text
        if (
            " " in m.text
            or (m.text.isupper() and len(m.text) <= 5)
            or m.label in ("GPE", "LOC")
            or not (
                _PORTFOLIO_AFTER.match(text, m.end)
                or _PORTFOLIO_BEFORE.search(text, max(0, m.start - 24), m.start)
            )
        ):
            return False
    return True


_PORTFOLIO_AFTER = re.compile(r"[ ](?i:minister|commissioner|secretary)\b")
_PORTFOLIO_BEFORE = re.compile(r"\b(?:Minister|MINISTER|Commissioner|COMMISSIONER) (?i:of|for) $")


def _topic(cluster: Cluster, vocabulary: Vocabulary) -> bool:
    """ "Supply Chain", "Climate Crisis", "Tribal Communities", "Financial Stability": every
    word of every spelling a common word (the corpus writes it in lower case), no head
    of an organization or place, no acronym: a subject in title case, not a name."""
    names = cluster.spellings()
    if any(is_acronym(n) for n in names) or cluster.group:
        return False
    for name in names:
        words = [w for w in name.split() if w.lower() not in SMALL_WORDS]
        if len(words) < 2:
            return False
        for word in words:
            lower = word.lower()
            if lower in ORG_HEADS or lower in PLACE_HEADS:
                return False
            if lower not in GENERIC and not vocabulary.common(word):
                return False
    return True


# Words before a name that are no given names: titles, posts, a party's adjective.
_NOT_GIVEN = TITLE_PHRASE | OFFICES | MODIFIERS
_TITLE_LEFT = _NOT_GIVEN - SMALL_WORDS


def _contracted(name: str) -> bool:
    """Does the name open with a given name contracted ("Jno. Harker", "Wm. Jones")?"""
    first = name.split()[0]
    return first.endswith(".") and first[:-1].lower() in CONTRACTED_NAMES


# The documents in which an organization is named, always with a possessive, for the
# possessive to be its name's (_always_possessive).
POSSESSED_DOCUMENTS = 3


def _display_name(cluster: Cluster, kind: str) -> str:
    if cluster.name:
        return cluster.name
    # (not a kind's name read as the body the document named: "the Task Force" after
    # "the National Climate Task Force", cut_names.references_back)
    counts = Counter(m.text for m in cluster.mentions if m.label != "FOUND" and not m.refers)
    if not counts:
        counts = cluster.names()
    forms: dict[str, Counter[str]] = {}
    for name, count in counts.items():
        forms.setdefault(name_key(name), Counter())[name] += count
    if set(forms) - cluster.known_elsewhere:  # "Washington State": "Washington" is the city
        forms = {k: v for k, v in forms.items() if k not in cluster.known_elsewhere}
    stated = {name_key(a) for a in cluster.aliases} if kind == "person" else set()
    if stated:
        # A stage name with a surname of the person's other names stays a name to rank
        # ("Dex Calloway", "professionally known as", beside Dexter Calloway Jr.): the
        # most frequent full form is shown
        later = {w for k in forms if k not in stated for w in k.split()[1:]}
        stated = {k for k in stated if " " not in k or k.split()[-1] not in later}
    if set(forms) - stated:  # "Joaquín Guzmán", not "El Chapo", he is "better known as"
        forms = {k: v for k, v in forms.items() if k not in stated}

    def spelled(key: str) -> str:
        # Accents in people's names are dropped by careless copies, hardly ever added:
        # prefer them. Other names: the usual spelling ("Canada", not a quote's "Canadá").
        variants = forms[key]
        if len(variants) == 1:
            return next(iter(variants))  # (most names: one spelling)
        accents = kind == "person"
        return max(
            variants,
            key=lambda n: (
                # (a capital dotted İ is no accent: its lower case is the plain i)
                accents and sum(ord(c) > 127 and c != "İ" for c in n),
                not is_acronym(n),  # "Virginia", not "VA"
                not written_short(n),  # "Department of Health", not "Dept of Health"
                # "Mori Yasuhiro", not a surname in capitals ("MORI Yasuhiro": official
                # Japanese style, a shouted headline) however often
                not (
                    accents and any(len(w) > 1 and w.isalpha() and w.isupper() for w in n.split())
                ),
                variants[n],
                n.isupper() is False,
                sum(w[0].isupper() for w in n.split()),  # a name's title case
                n,
            ),
        )

    if len(forms) == 1:  # (most clusters: one name, nothing to rank)
        return _possessive(cluster, _cased(spelled(next(iter(forms))), kind), kind)
    # "Gulf of Mexico", not its short form "Gulf" (the most frequent full form).
    bare = {k: without_legal_form(k) or k for k in forms}  # "halliburton co": itself
    # "Israel", not "State of Israel": a formal name does not make the short one a part.
    # A place's or a body's name used ten times as often as the longer one is a name of
    # its own: "Afghanistan" (121 times), not a span cut wrong once ("Afghanistan of
    # U.S."); "Nestlé", not a sentence's end run into it ("into the U.S. Nestlé will").
    rare = RARE if kind in ("place", "organization") else None
    words = {k: bare[k].split() for k in forms}
    shorts = {
        key
        for key in forms
        if " " not in key
        and any(
            key in words[k]
            for k in forms
            if set(words[k]) != {key}  # "Mexico Mexico", a headline run into its text
            and not _country_before(words[k], key)
            and not formal_short_name(k)
            and not formal_state(k)
            and (rare is None or rare * forms[k].total() >= forms[key].total())
        )
    }
    if kind == "place":
        shorts |= _districts(forms)  # "Washington, DC", not "District of Columbia"

    # How often the cluster is named otherwise than by an acronym (rank, below; not
    # asked of a person).
    spelled_out = 0
    if kind != "person":
        spelled_out = sum(
            c for k in forms for n, c in forms[k].items() if not is_acronym(strip_legal_form(n))
        )

    # A person's name of two words or more that ends a longer one of theirs is the
    # surname of two words, no full name ("Guzmán López": Ovidio Guzmán López).
    surnames = {
        key
        for key in forms
        if kind == "person"
        and any(
            k.endswith(" " + key) and not _TITLE_LEFT & set(k[: -len(key)].split()) for k in forms
        )  # (not "President Barack Obama", "Republican Mitt Romney": a title left in; but
        # "Al Thani" of "Hamad bin Faisal Al Thani", "bin" a link of his name)
    }

    def rank(key: str) -> tuple[int, bool, bool, bool, int, int, int, str]:
        total = sum(forms[key].values())
        tokens = len(key.split())
        # "BP Plc" is the acronym BP with its legal form: "BP" if written so.
        # A state's abbreviation too: "Virginia", not "Va" (26 times after "Arlington,").
        acronym = all(
            is_acronym(strip_legal_form(n))
            or (kind == "place" and n.rstrip(".") in STATE_ABBREVIATIONS)
            for n in forms[key]
        )
        legal = strip_legal_form(max(forms[key], key=forms[key].__getitem__)) != max(
            forms[key], key=forms[key].__getitem__
        )
        if kind == "person":
            # The most frequent full name, not the longest: a daughter's "Paris Katherine
            # Jackson" attached by mistake must not rename her father. A surname with its
            # particle is no full name ("Bin Laden": "Osama bin Laden"; "al-Assad",
            # "Al-Assad": "Bashar al-Assad"), nor is a hyphenated one ("Adams-Gaston":
            # "Javaune Adams-Gaston"; its key has two words).
            full = (
                any(" " in n for n in forms[key])
                and key.split()[0] not in SURNAME_PARTICLES
                and not all(PARTICLED.fullmatch(n) for n in forms[key])
                and key not in surnames  # "Guzmán López" of "Ovidio Guzmán López"
            )
            # ("Arjun Kulkarni", not "A Kulkarni" however often a scorecard writes it;
            # "John Harker", not an old letter's "Jno. Harker")
            initialled = all(INITIALLED.fullmatch(n) or _contracted(n) for n in forms[key])
            return (int(full), not initialled, False, False, total, tokens, 0, key)
        # "Department of the Treasury" rather than "Treasury"; "CDC" only if alone.
        # (A place's "Russian Federation" is not preferred to "Russia" for its head.)
        headed = kind == "organization" and (
            key.split()[-1] in ORG_HEADS or key.split()[0] in ORG_HEADS
        )
        # An organization's acronym only if it is its usual name: "BP" (3,000 times),
        # not "British Petroleum" (8 times); "Centers for Disease Control", not "CDC",
        # otherwise. A place's acronym is an abbreviation: "United States", not "US".
        usual = kind == "organization" and acronym and total >= RARE * max(1, spelled_out)
        # "Federal Highway Administration", not "Department of Transportation's Federal
        # Highway Administration": the unit's own name, where it is written alone too
        owned = kind == "organization" and any(
            name_key(owner_and_unit(n)[1]) in forms for n in forms[key] if "s " in n
        )
        return (
            0 if acronym and len(forms) > 1 and not usual else 1,
            not owned,
            not legal,
            key not in shorts,
            int(headed),
            total,
            tokens,
            key,
        )

    return _possessive(cluster, _cased(spelled(max(forms, key=rank)), kind), kind)


def _possessive(cluster: Cluster, name: str, kind: str) -> str:
    """An organization's one-word display name with the possessive its longer names
    write after it: "Moody’s", not "Moody", the short form of "Moody’s Analytics", a
    name with its possessive, cut where a possessive would be (a name's, not an
    owner's)."""
    if kind == "organization" and " " not in name:
        for spelling in sorted(cluster.spellings()):
            for mark in ("’s ", "'s "):
                if spelling.startswith(name + mark):
                    return name + mark.rstrip()
    return name


def _always_possessive(cluster: Cluster, name: str, documents: Sequence[Document]) -> str:
    """An organization's name with the possessive every one of its mentions in words
    (not its acronym's) is written with, in POSSESSED_DOCUMENTS documents or more:
    "Standard & Poor's", never written without it ("Standard & Poor's said", "Standard
    & Poor's cut its rating"), is named so; a name written so by chance ("Exxon
    Mobil's profit") is in fewer documents, or written without it too. Not an acronym:
    "ABC's This Week" is a programme of ABC's."""
    if name.split()[-1].isupper():
        return name  # "ABC's This Week", "NBC's Today": an acronym is no one's possessive
    marks: Counter[str] = Counter()
    written = [m for m in cluster.mentions if any(c.islower() for c in m.text)]  # (not "S&P")
    for m in written:
        text = documents[m.doc].text
        mark = text[m.end : m.end + 2]
        if (
            m.text != text[m.start : m.end]
            or mark not in ("'s", "’s")
            or text[m.end + 2 : m.end + 3].isalnum()
        ):
            return name
        marks[mark] += 1
    if len({m.doc for m in written}) < POSSESSED_DOCUMENTS or name.endswith(("'s", "’s")):
        return name
    return name + max(marks, key=lambda k: (marks[k], k))


def _country_before(words: list[str], key: str) -> bool:
    """Is the name a country's name or code and then `key`, a name of its own ("U.S.
    Nestlé")? Then `key` is no part of a longer name: the country qualifies it, or a
    sentence ended on it ("... into the U.S. Nestlé will import ..."). Not a body's
    common word: "U.S. Army", not "Army"."""
    return (
        len(words) == 2
        and words[1] == key
        and key not in ORG_HEADS
        and key not in GENERIC
        and country_of(words[0]) is not None
    )


def _cased(name: str, kind: str) -> str:
    """A person's name as a name is written: a transcript's speaker label in capitals
    ("GRETA VAN SUSTEREN"), the only way a text wrote it, becomes "Greta Van Susteren"
    ("MCCAIN": "McCain", "HATİCE ÖZTÜRK": "Hatice Öztürk"); a word without a vowel,
    accented or not, is initials ("MVP")."""
    if kind != "person" or not name.isupper() or is_acronym(name):
        return name
    words = [w if not re.search(r"[aeiouy]", fold(w)) else _title(w) for w in name.split(" ")]
    return re.sub(r"\bMc([a-z])", lambda m: "Mc" + m.group(1).upper(), " ".join(words))


def _title(word: str) -> str:
    """A word in title case; a capital dotted I inside it ("DOĞANŞEHİR") is the plain
    i, not the i and combining dot that Python lower-cases it to."""
    return word.title().replace("i\u0307", "i")


def _districts(forms: dict[str, Counter[str]]) -> set[str]:
    """The keys of districts that another name of the place puts it in ("District of
    Columbia" beside "Washington, DC"): the district is shown by its city's name."""
    districts = set()
    for variants in forms.values():
        for name in variants:
            where = located(name)
            if where is not None and "district" in name_key(where[1]).split():
                districts.add(name_key(where[1]))
    return districts & set(forms)


KINDS = ("person", "organization", "place")
# Quotation marks right before a name and right after it (a comma or a stop inside the
# marks, as American style writes it): “Glass Freeway,” 'Cold Harbor'.
_OPENING_QUOTES = ("“", '"', "‘")
_CLOSING_QUOTE = re.compile(r"[,.!?]?[”\"’']")


def _quoted_alone(text: str, mention: Found) -> bool:
    """Is the mention the whole of what a pair of quotation marks holds?"""
    before = text[mention.start - 1 : mention.start]
    opened = before in _OPENING_QUOTES or (
        before == "'" and text[mention.start - 2 : mention.start - 1] in ("", " ", "(")
    )
    return opened and _CLOSING_QUOTE.match(text, mention.end) is not None


def _freeze(
    live: list[Cluster],
    clusters: list[Cluster],
    documents: Sequence[Document],
    jobs: int | None = None,
) -> tuple[Entity, ...]:
    order = {d.id: i for i, d in enumerate(sorted(documents, key=lambda d: (d.date, d.id)))}
    drafts = []
    for cluster in live:
        if not cluster.mentions:
            continue
        kind = type_of(cluster)
        if kind == "thing" or (
            not cluster.type
            and (
                not any(m.vote in KINDS for m in cluster.mentions)
                or all(_quoted_alone(documents[m.doc].text, m) for m in cluster.mentions)
            )
        ):
            # a programme or a law; only PRODUCT tags and re-found copies; a name only
            # ever written in quotation marks, a work's title (“Glass Freeway,” her hit)
            continue
        name = _display_name(cluster, kind)
        if kind == "organization":
            name = _always_possessive(cluster, name, documents)
        drafts.append((kind, name, cluster))
    ids: dict[int, str] = {}
    used: set[str] = set()
    type_rank = {"person": 0, "organization": 1, "place": 2}
    for kind, name, cluster in sorted(drafts, key=lambda d: (type_rank[d[0]], name_key(d[1]))):
        slug = slugify(name, "entity")
        if slug in used:
            slug = f"{slug}-{kind}"
        base, n = slug, 2
        while slug in used:
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        ids[id(cluster)] = slug
    entities = []
    dates = {d.id: d.date for d in documents}
    texts = {d.id: d.text for d in documents}
    labels = {(d.id, t.start): t.label for d in documents for t in d.turns}
    for kind, name, cluster in drafts:
        mentions = _unique_mentions(cluster.mentions, documents, order)
        doc_ids = sorted({m.document for m in mentions}, key=lambda d: order[d])
        aliases = sorted(
            (
                {m.text for m in mentions}
                | cluster.aliases
                | (_titled_forms(mentions, texts) if kind == "person" else set())
                | (_labels(mentions, labels) if kind == "person" else set())
                | (_qualified_forms(mentions, texts) if kind == "place" else set())
            )
            - {name},  # (a label may be the name: "Aaron Feld -- Vice President, ...:")
            key=lambda a: (fold(a), a),
        )
        members = tuple(ids[id(clusters[i])] for i in cluster.members if id(clusters[i]) in ids)
        entity = Entity(
            id=ids[id(cluster)],
            name=name,
            type=kind,
            aliases=tuple(aliases),
            descriptions=(),
            mentions=mentions,
            documents=tuple(doc_ids),
            first_seen=dates[doc_ids[0]],
            last_seen=dates[doc_ids[-1]],
            page=None,
            note=cluster.note,
            members=members,
            merged=_merged(cluster, name, documents),
        )
        entities.append(entity)
    entities = _membership(entities, drafts, ids, documents)
    entities = _namesakes_aliases(entities)
    entities = find_descriptions(entities, documents, jobs)  # (on all cores)
    entities.sort(key=lambda e: (-len(e.mentions), fold(e.name), e.id))
    return tuple(entities)


def _namesakes_aliases(entities: list[Entity]) -> list[Entity]:
    """A surname or a first name alone is the alias of the person it most often names:
    "Sullivan" is listed for Jake Sullivan, not for Caroline Sullivan, though her document
    calls her "Sullivan" too (that mention stays hers). An alias names one entity: tools
    that match by aliases (FollowTheMoney's) would take every Sullivan for one. Nor is
    it the alias of a person named less often, in all, than an
    organization or place that bears it ("Stanford" for Stanford University, not for Dr.
    Ala Stanford, named 8 times in all), nor of a place or body of that one word
    ("Kamara", the town, not Fatou Kamara's)."""
    borne: Counter[str] = Counter()
    for entity in entities:
        if entity.type != "person":
            for word in set(entity.name.split()):
                borne[word] = max(borne[word], len(entity.mentions))
    uses: dict[str, list[tuple[int, int]]] = {}
    for index, entity in enumerate(entities):
        if entity.type != "person":
            continue
        counted = Counter(m.text for m in entity.mentions)
        for alias in entity.aliases:
            if " " not in alias and alias in entity.name.split():
                uses.setdefault(alias, []).append((counted[alias], index))
    drop: dict[int, set[str]] = {}
    for alias, users in uses.items():
        for count, index in users:
            if count < borne[alias] and len(entities[index].mentions) < borne[alias]:
                drop.setdefault(index, set()).add(alias)
        if len(users) > 1:
            users.sort(key=lambda u: (-u[0], -len(entities[u[1]].mentions), u[1]))
            for _, index in users[1:]:
                drop.setdefault(index, set()).add(alias)
    return [
        replace(e, aliases=tuple(a for a in e.aliases if a not in drop[i])) if i in drop else e
        for i, e in enumerate(entities)
    ]


def _merged(cluster: Cluster, name: str, documents: Sequence[Document]) -> tuple[Merge, ...]:
    """Each name joined to the entity under another spelling than its display name, by
    which rule, first where it was read (one per name and rule)."""
    seen: dict[tuple[str, str], Merge] = {}
    for joined, rule, doc, sentence in cluster.evidence:
        if joined != name and (joined, rule) not in seen:
            seen[(joined, rule)] = Merge(joined, rule, documents[doc].id, sentence)
    return tuple(seen.values())


_QUALIFIER = re.compile(
    r",\s+("
    + "|".join(sorted(STATE_NAMES_WRITTEN | {"D.C."}, key=lambda n: (-len(n), n)))
    + r")(?=[,;:)]|\.?\s|\.?$)(?!\s+(?:and|or)\b)"  # not "Gulf, Washington and Alaska"
    # nor a state that opens a longer name ("On Capitol Hill, Florida Democratic Sen. Bill
    # Nelson"): a capitalised word after it, but a month's ("Grand Isle, Louisiana May 2")
    # or after "D.C." (the sentence may end with it)
    + r"(?!(?<!\.)[ \t]+(?!(?:"
    + "|".join(sorted(MONTHS))
    + r")\b)[A-Z])"
)


def _qualified_forms(mentions: Iterable[Mention], texts: dict[str, str]) -> set[str]:
    """How the texts name a town with its state ("Venice, Louisiana", "Washington,
    D.C."): the spelling that tells it from its namesakes."""
    forms = set()
    for m in mentions:
        if (
            m.text in STATE_NAMES_WRITTEN
            or " of " in m.text
            or GEO_HEADS & set(m.text.lower().split())
            or country_of(m.text) is not None
        ):
            continue  # a state or a country in a list, a region, a water: only towns
        match = _QUALIFIER.match(texts[m.document], m.end)
        if match:
            forms.add(f"{m.text}, {match.group(1)}")
    return forms


def _labels(mentions: Iterable[Mention], labels: dict[tuple[str, int], str]) -> set[str]:
    """The speaker labels a person's turns are written under ("MS. JEAN-PIERRE"): how
    a reader of the transcripts knows them (not an interpreter's, "INTERPRETER", whose
    turns give their words)."""
    return {
        label
        for m in mentions
        if (label := labels.get((m.document, m.start))) is not None
        and label.lower() not in INTERPRETERS
    }


def _titled_forms(mentions: Iterable[Mention], texts: dict[str, str]) -> set[str]:
    """How the texts call a person by a lone name with a title ("Admiral Allen", "Mr.
    Obama", "President Biden"): spellings of the entity a reader may look for."""
    forms = set()
    for m in mentions:
        if " " not in m.text:
            form = titled_form(texts[m.document], m.start, m.end)
            if form is not None:
                forms.add(form)
    return forms


def _membership(
    entities: list[Entity],
    drafts: list[tuple[str, str, Cluster]],
    ids: dict[int, str],
    documents: Sequence[Document],
) -> list[Entity]:
    """Each member of a named group is "one of the Citgo 6", cited to the listing."""
    notes: dict[str, list[Description]] = {}
    by_id = {e.id: e for e in entities}
    for _, name, cluster in drafts:
        if cluster.listed is None or id(cluster) not in ids:
            continue
        doc, sentence = cluster.listed
        for member in by_id[ids[id(cluster)]].members:
            notes.setdefault(member, []).append(
                Description(f"one of the {name}", documents[doc].id, sentence)
            )
    return [
        replace(e, descriptions=tuple(notes.get(e.id, ()))) if e.id in notes else e
        for e in entities
    ]


def _unique_mentions(
    found: Iterable[Found], documents: Sequence[Document], order: dict[str, int]
) -> tuple[Mention, ...]:
    seen = {}
    for m in found:
        document = documents[m.doc]
        seen[(document.id, m.start)] = Mention(m.text, document.id, m.sentence, m.start, m.end)
    return tuple(sorted(seen.values(), key=lambda m: (order[m.document], m.start, m.end)))


def sentence_entities(entities: Iterable[Entity]) -> SentenceEntities:
    """The entity ids named in each (document id, sentence number), sorted: what the
    chronology credits to an event, the profiles' companions, the co-occurrence chart."""
    found: dict[tuple[str, int], set[str]] = {}
    for entity in entities:
        for mention in entity.mentions:
            found.setdefault((mention.document, mention.sentence), set()).add(entity.id)
    return {key: tuple(sorted(ids)) for key, ids in sorted(found.items())}
