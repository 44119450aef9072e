"""Names that are one thing spelled otherwise: the variant passes of resolution, run by
merge_variants in this order: people written alike (a middle name, a nickname, one
letter apart), misspellings used a tenth as often as the usual spelling, the same name in
the other order, a company with and without its legal form, a short name that one full
name clearly dominates, departments ("Department of X" / "X Department"), acronyms
with the names they stand for, and an organization with and without the body it belongs
to (organizations.py). Each merge records its rule (resolution.merge)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache

from ..ingest.text import FAMILY_IN_CAPITALS
from ..model import Document
from .acronyms import merge_acronyms, merge_initialled
from .countries import country_of, known_place
from .mentions import Vocabulary, name_key
from .names import (
    by_nickname,
    distance,
    first_name,
    given_name,
    name_words,
    near,
    person_key,
    same_person,
    surname,
    title_words,
    transliterated,
)
from .organizations import (
    city_written,
    merge_departments,
    merge_first_words,
    merge_home_bodies,
    merge_inverted,
    merge_located,
    merge_owned_units,
    merge_parent_prefixed,
    merge_possessive,
    merge_reordered,
)
from .placed import speaks
from .places import merge_places
from .resolution import (
    RARE,
    Cluster,
    best_key,
    cluster_keys,
    dominant,
    formal_short_name,
    has_legal_form,
    is_acronym,
    is_full_person,
    keys_of_names,
    merge,
    root,
    singular,
    type_of,
    without_ag,
    without_legal_form,
)
from .short_forms import (
    company_short_names,
    merge_chambers,
    merge_headless,
    merge_heads,
    merge_lone_words,
    merge_tails,
    partners_short_names,
)
from .votes import STRONG, VESSEL_PREFIXES, written_as_vessel
from .words import (
    BUSINESS_WORDS,
    EVENT_HEADS,
    GEO_HEADS,
    GIVEN_NAMES,
    OFFICES,
    ORG_HEADS,
    PLACE_HEADS,
    SMALL_WORDS,
    SUFFIXES,
    TITLES,
    a_city,
)


def merge_variants(clusters: list[Cluster], documents: Sequence[Document]) -> None:
    """Middle names and nicknames, near-identical spellings, "X" and "Department of X",
    acronyms."""
    live = [i for i, c in enumerate(clusters) if c.mentions]
    people = {i for i in live if is_full_person(clusters[i])}
    keys = {i: best_key(clusters[i]) for i in live}
    _merge_alike(clusters, live, keys, people)
    _merge_person_lookalikes(clusters, keys, people)
    _merge_people_tagged_otherwise(clusters, keys, documents)
    # "ISHIKAWA Mieko", family name first in capitals as Japanese and UN records write
    # it, however tagged: a person where the other order names one
    capitals = {
        i
        for i in live
        if i not in people
        and any(_FAMILY_IN_CAPITALS.fullmatch(n) for n in clusters[i].full_names())
    }
    _merge_name_order(clusters, keys, people | capitals, capitals)
    _merge_dual_forms(clusters, people)
    _merge_legal_forms(clusters, documents)
    _merge_ship_prefixes(clusters, documents)
    _merge_misspellings(clusters, keys, people)
    _merge_initials(clusters, french=any(_FRENCH_COURTESY.search(d.text) for d in documents))
    merge_places(clusters, documents)  # places.py: states, countries, generic words
    _merge_short_names(clusters)
    _merge_vessel_tails(clusters, documents)
    merge_departments(clusters)  # organizations.py
    merge_inverted(clusters)
    merge_reordered(clusters)
    merge_located(clusters)
    merge_home_bodies(clusters)  # organizations.py: "the Constitutional Court"
    merge_possessive(clusters, documents)
    merge_acronyms(clusters, documents)  # acronyms.py
    merge_initialled(clusters)  # acronyms.py: "UC Berkeley"
    _merge_qualified(clusters)
    merge_lone_words(clusters, documents)  # short_forms.py
    company_short_names(clusters, documents)  # short_forms.py: "LIN" of LIN Broadcasting Corp.
    partners_short_names(clusters, documents)  # short_forms.py: "Harlow Pryce"
    merge_chambers(clusters)
    merge_headless(clusters)
    merge_tails(clusters, documents)
    merge_heads(clusters)
    _merge_administrations(clusters)
    merge_parent_prefixed(clusters)  # organizations.py
    merge_owned_units(clusters)  # organizations.py
    merge_first_words(clusters, documents)


def _merge_alike(
    clusters: list[Cluster], live: list[int], keys: dict[int, str], people: set[int]
) -> None:
    """People written alike (a middle name, a nickname, one letter apart), and other
    names alike but for a plural or a letter (_similar). Compared only: names that
    share a first or a last word (linear in practice, not quadratic), and of two names
    but people's, those of one signature (_signature): only such names merge here, so
    a name's root, which is what is compared, keeps the name's signature throughout, as
    long as each name is its own root to begin with (a merged cluster has no mentions
    left; were one not, every pair would be compared)."""
    # What _similar needs at the least, checked first: most pairs of a bucket share a
    # first word and nothing else (word count, first word, its full form, last word).
    shape = {i: _shape(keys[i], i in people) for i in live}
    buckets: dict[tuple[bool, str], list[int]] = {}
    for i in live:
        tokens = keys[i].split()
        person = i in people
        if person and len(tokens) < 2:
            continue
        buckets.setdefault((person, "f:" + given_name(tokens)), []).append(i)
        buckets.setdefault((person, "l:" + surname(tokens)), []).append(i)
        if person:  # "Muammar Gaddafi", "Moammar Gadhafi": no word in common as written
            buckets.setdefault((person, "t:" + " ".join(shape[i][5])), []).append(i)
    roots = all(clusters[i].merged_into is None for i in live)
    for (person, bucket), members in sorted(buckets.items()):
        ranked = sorted(members, key=lambda i: (-len(keys[i]), keys[i], i))
        alike: dict[tuple[int, str, str] | bool | None, list[int]] = {}
        for i in ranked:
            signature = True if person or not roots else _signature(shape[i])
            alike.setdefault(signature, []).append(i)
        alike.pop(None, None)  # names of one word: none alike here
        for group in alike.values():
            between = _between_two(group, keys, shape) if person else set()
            for pos, a in enumerate(group):
                for b in group[pos + 1 :]:
                    if bucket.startswith(("l:", "t:")) and shape[a][2] == shape[b][2]:
                        continue  # compared in their first name's bucket already
                    if a in between or b in between:
                        continue  # "George Bush": George H. W. or George W. Bush, unsaid
                    a_root, b_root = root(clusters, a), root(clusters, b)
                    if a_root == b_root:
                        continue
                    if _may_be_similar(shape[a_root], shape[b_root], person) and _similar(
                        keys[a_root], keys[b_root], person
                    ):
                        merge(clusters, a_root, b_root, "a middle name, nickname or spelling")


def _between_two(group: list[int], keys: dict[int, str], shape: dict[int, Shape]) -> set[int]:
    """The people's names of a bucket that two longer names of the same first name
    and surname, not alike to each other, may stand for: "George Bush" beside "George
    H. W. Bush" and "George W. Bush" may be either father or son, so it joins neither
    (an ambiguous name stays apart rather than going to whichever is compared first).
    A spelling one letter apart ("Michael Reagan" beside "Michael S. Regan") is no
    second reading."""
    between: set[int] = set()
    for b in group:
        fits = [
            a
            for a in group
            if a != b
            and len(keys[a]) > len(keys[b])
            and shape[a][2:4] == shape[b][2:4]
            and _similar(keys[a], keys[b], True)
        ]
        if any(
            not _similar(keys[x], keys[y], True)
            for pos, x in enumerate(fits)
            for y in fits[pos + 1 :]
        ):
            between.add(b)
    return between


def _signature(shape: Shape) -> tuple[int, str, str] | None:
    """What two names but people's must share to be alike (_may_be_similar): the number
    of their words (two or more), their first word but for a plural, their last word;
    None for a name of one word."""
    if shape[0] < 2:
        return None
    return shape[0], singular(shape[1]), shape[3]


Shape = tuple[int, str, str, str, bool, tuple[str, ...], bool, str]


def _shape(key: str, person: bool) -> Shape:
    """A name's shape (_may_be_similar); its transliterations and nickname only for a
    `person`, the only names compared by them (a third of _merge_alike's time when
    worked out for all 17,000 names of whitehouse-2022)."""
    tokens = key.split()
    particle = bool(SMALL_WORDS & set(tokens[1:]))  # "saif al islam"
    words = (len(tokens), first_name(tokens), given_name(tokens), surname(tokens), particle)
    if not person:
        return (*words, (), False, "")
    spelled = transliterated([first_name(tokens), surname(tokens)])
    nicknamed = by_nickname(tokens) is not None
    return (*words, spelled, nicknamed, transliterated(["".join(tokens)])[0])


def _may_be_similar(a: Shape, b: Shape, person: bool) -> bool:
    """False when _similar is false for certain, from the names' shapes alone: two
    people need the same first name (or nickname) and surname, or as many words and the
    same first word (same_person, near), or the same first name and a particle ("Saif
    al-Islam"), or as many words and a first name and surname spelled alike
    (names.transliterated: "Muammar Gaddafi", "Moammar Gadhafi"), or the same surname
    and a nickname in quotes ("Aaron “Ronnie” Chatterji"), or the same letters ("Kang
    Min-jae", "Kang Minjae", names.transliterated); two other names as many words (two
    or more), the same first and the same last (near)."""
    if person:
        if a[0] < 2 or b[0] < 2:
            return False
        return (
            (a[2] == b[2] and a[3] == b[3])
            or (a[0] == b[0] and a[1] == b[1])
            or (a[1] == b[1] and (a[4] or b[4]))  # "Saif al-Islam [Gaddafi]"
            or (a[0] == b[0] and a[3] == b[3])  # "Moussa Ibrahim", "Musa Ibrahim"
            # "Muammar Gaddafi", "Moammar Gadhafi"; "Aleksandr Petrovich Zhuravlyov",
            # "Alexander Zhuravlev" (a middle name more, the first names spelled apart)
            or (a[5] == b[5] and (a[0] == b[0] or a[1] != b[1]))
            or (a[3] == b[3] and (a[6] or b[6]))  # "Aaron “Ronnie” Chatterji"
            or a[7] == b[7]  # "Kang Min-jae", "Kang Minjae"
        )
    return a[0] == b[0] >= 2 and singular(a[1]) == singular(b[1]) and a[3] == b[3]


@lru_cache(maxsize=1 << 18)
def _similar(a: str, b: str, person: bool) -> bool:
    """Do the name keys `a` and `b` name one person (or one other thing)? Remembered:
    the same pairs come back in every build of a watch."""
    a_tokens, b_tokens = a.split(), b.split()
    if person:
        return same_person(a_tokens, b_tokens)
    if len(a_tokens) >= 2 and [singular(w) for w in a_tokens] == [singular(w) for w in b_tokens]:
        return True  # "Minerals Management Service" / "Mineral Management Service"
    return (
        len(" ".join(a_tokens)) >= 8 and near(a_tokens, b_tokens) and a_tokens[-1] == b_tokens[-1]
    )


def _merge_person_lookalikes(
    clusters: list[Cluster], keys: dict[int, str], people: set[int]
) -> None:
    """ "Candace Bond" tagged an organization once is Candace A. Bond, the person named
    elsewhere: same first and last name, a name of two or three words."""
    by_ends: dict[tuple[str, str], set[int]] = {}
    for i in people:
        tokens = keys[i].split()
        if len(tokens) >= 2:
            by_ends.setdefault(person_key(tokens), set()).add(root(clusters, i))
    for i, key in sorted(keys.items()):
        tokens = key.split()
        if i in people or not clusters[i].mentions or not 2 <= len(tokens) <= 3:
            continue
        targets = by_ends.get(person_key(tokens), set())
        if len(targets) == 1:
            target = next(iter(targets))
            if target != i and same_person(keys[target].split(), tokens):
                for mention in clusters[i].mentions:
                    mention.vote = "person"
                merge(clusters, target, i, "the same person tagged otherwise")


# A third word that ends no person's name: a suffix, a body's, place's or trade's word.
_NOT_SURNAMES = SUFFIXES | ORG_HEADS | PLACE_HEADS | BUSINESS_WORDS
_GIVEN = re.compile(r"[A-Z][a-zà-öø-ÿ]+")  # "Brent", not "U.S." or "NEW"


def _merge_people_tagged_otherwise(
    clusters: list[Cluster], keys: dict[int, str], documents: Sequence[Document]
) -> None:
    """ "Brent Coon" tagged an organization each time is the Coon the same document
    speaks of as a person ("Mr. Coon", "said Coon, who ...", "Coon said"): a name of two
    or three words, the first a given name's shape, with no word of an organization's or
    a place's name and no plural at the end, whose last word is, alone, a person spoken
    of so, whom nobody else is named in full as, in a document that writes both. Its
    mentions become a person's and the lone surname joins it."""
    lone: dict[str, int] = {}
    for i, key in keys.items():
        cluster = clusters[i]
        if (
            " " not in key
            and cluster.mentions
            and type_of(cluster) == "person"
            and _spoken_of_as_person(cluster, documents)
        ):
            lone[key] = i
    if not lone:
        return
    full_surnames = _surnames_named_in_full(clusters)
    for i, key in sorted(keys.items()):
        words = key.split()
        cluster = clusters[i]
        if not 2 <= len(words) <= 3 or not cluster.mentions or words[-1] not in lone:
            continue
        if words[-1] in full_surnames or is_full_person(cluster) or has_legal_form(cluster):
            continue
        if any(
            w in SMALL_WORDS or w in ORG_HEADS or w in BUSINESS_WORDS or w in GEO_HEADS
            for w in words
        ):
            continue
        if singular(words[-1]) != words[-1] or words[0] in EVENT_HEADS:
            continue  # "Pittsburgh Steelers", "Hurricane Ian"
        if not all(_GIVEN.fullmatch(n.split()[0]) for n in cluster.spellings()):
            continue
        j = lone[words[-1]]
        if not {m.doc for m in cluster.mentions} & {m.doc for m in clusters[j].mentions}:
            continue
        a, b = root(clusters, i), root(clusters, j)
        if a == b:
            continue
        for mention in clusters[a].mentions:
            mention.vote = "person"
        merge(clusters, a, b, "a surname's person, tagged otherwise in full")


def _surnames_named_in_full(clusters: list[Cluster]) -> set[str]:
    """The surnames of the people the corpus names in full (clusters not merged away)."""
    return {
        surname(best_key(c).split())
        for c in clusters
        if c.mentions and c.merged_into is None and is_full_person(c)
    }


def _spoken_of_as_person(cluster: Cluster, documents: Sequence[Document]) -> bool:
    for m in cluster.mentions:
        if m.vote == "person" and m.weight >= STRONG:
            return True  # "Mr. Emanuel"
        if speaks(documents[m.doc].text, m):
            return True
    return False


# What two spellings of one name may differ by: spaces, hyphens, apostrophes, "&" or
# "and" ("Texas A & M"), and "at" between a body and its place ("University of Texas at
# Austin", "University of Texas-Austin").
_JOINED = re.compile(r"[\s'’\-‑&]|(?<= )(?:and|at)(?= )")


def _merge_misspellings(clusters: list[Cluster], keys: dict[int, str], people: set[int]) -> None:
    """ "Haliburton" is Halliburton, "Mineral Management Service" the Minerals Management
    Service, "ExxonMobil" Exxon Mobil: a name of an organization or a place that differs
    from another by one letter (two in long names) and is in at most a tenth as many
    documents,
    or differs only by its spaces, hyphens, apostrophes, "&", "and" or "at" (_JOINED),
    is a misspelling of it;
    so is one with
    a small word more or less, its other words in order ("Minerals and Management
    Service"), as rare. (People's names differ by one letter too often to be taken for
    one: James and Janet.)"""
    by_shape: dict[tuple[str, str], list[int]] = {}
    for i in sorted(keys):
        if i in people or not clusters[i].mentions or len(keys[i]) < 5:
            continue
        key = keys[i]
        # written with other spaces, hyphens or "&": "Wal-Mart", "Texas A & M"; with its
        # legal form or without ("Exxon Mobil Corp", "ExxonMobil"), when it leaves two
        # words or more (a legal form glued to one word is another name: "[U.S.] Trust
        # Corp" is no "Trustcorp")
        bare = without_legal_form(key)
        if bare is None or " " in bare:
            by_shape.setdefault(("joined", _JOINED.sub("", bare or key)), []).append(i)
        if len(key) < 8:
            continue
        by_shape.setdefault((key[:3], key[-2:]), []).append(i)
        content = [w for w in key.split() if w not in SMALL_WORDS]
        if len(content) >= 3:  # "Minerals and Management Service": a small word more
            by_shape.setdefault(("small words", " ".join(content)), []).append(i)
        if len(content) >= 4:  # "National Oceanographic and Atmospheric Administration"
            for at in range(len(content)):
                astray = [*content[:at], content[at][0] + "*", *content[at + 1 :]]
                by_shape.setdefault(("one word", " ".join(astray)), []).append(i)
    for (shape, _), members in sorted(by_shape.items()):
        if len(members) < 2 or len(members) > 50:
            continue  # more than fifty names of one shape: no single usual spelling
        for pos, a in enumerate(members):
            for b in members[pos + 1 :]:
                a_root, b_root = root(clusters, a), root(clusters, b)
                if a_root == b_root or keys[a] == keys[b]:
                    continue  # one key, two clusters: kept apart on purpose ("VA")
                common, rare = sorted(
                    (a_root, b_root), key=lambda i: (-len(clusters[i].mentions), i)
                )
                if shape == "joined":
                    rule = 'the same name but for spaces, hyphens, apostrophes, "and" or "at"'
                    merge(clusters, common, rare, rule)
                    continue
                if shape == "small words":
                    if _far_rarer(clusters, rare, common):
                        merge(clusters, common, rare, "the same name but for a small word")
                    continue
                if shape == "one word":
                    if _one_word_astray(keys[a], keys[b]) and _far_rarer(clusters, rare, common):
                        merge(clusters, common, rare, "the same name but for one word astray")
                    continue
                limit = 1 if len(keys[a]) < 16 else 2
                if distance(keys[a], keys[b], limit) > limit:
                    continue
                if not _far_rarer(clusters, rare, common):
                    continue  # about as common: a name of its own (Columbia, Colombia)
                merge(clusters, common, rare, "a misspelling of a more frequent name")


def _one_word_astray(a: str, b: str) -> bool:
    """Do two names of four words or more (`by_shape`: the same words but one, of the
    same initial) differ by a word of the same stem, its first five letters ("Oceanic",
    "Oceanographic"), or by the body's word at their ends ("National Oceanic and
    Atmospheric Agency", "... Administration"): the one misremembered, the other right?
    Not two words of another stem in the name ("Department of Health Services",
    "Department of Human Services": two bodies)."""
    one, other = a.split(), b.split()
    if len(one) != len(other):
        return False
    astray = [(x, y) for x, y in zip(one, other, strict=True) if x != y]
    if len(astray) != 1:
        return False
    x, y = astray[0]
    if len(x) >= 5 and len(y) >= 5 and x[:5] == y[:5]:
        return True
    return x == one[-1] and y == other[-1] and x in ORG_HEADS and y in ORG_HEADS


def _far_rarer(clusters: list[Cluster], rare: int, common: int) -> bool:
    """Is cluster `rare` in at most a tenth (1 / RARE) as many documents as `common`?"""
    rare_docs = len({m.doc for m in clusters[rare].mentions})
    return rare_docs * RARE <= len({m.doc for m in clusters[common].mentions})


# A family name in capitals and a given name after it: "ISHIKAWA Mieko", "FU Wenjie".
_FAMILY_IN_CAPITALS = re.compile(FAMILY_IN_CAPITALS)


def _merge_name_order(
    clusters: list[Cluster], keys: dict[int, str], people: set[int], capitals: set[int]
) -> None:
    """ "Kishida Fumio" is Fumio Kishida: two words, family name first as Japanese,
    Korean, Chinese and Hungarian names are written, the same two words in the other
    order naming a person too ("Kim Hye-won", "Hye-won Kim": words as written, a hyphen
    inside one). The less named spelling joins the more named one; not where one text
    writes both in full: a writer keeps to one order for one person, so there the two
    are two people ("the referee Ibrahim Musa" and "spokesman Musa Ibrahim"), unless
    that text writes two names or more in both orders: then it keeps to two orders, not
    to two people (a press release's authors' list "Kenji Sato, Min-jun Kim", its text
    "Sato Kenji", "Kim Min-jun"). A name written family name first in capitals
    (`capitals`: "ISHIKAWA Mieko", tagged a body) joins the other order only where one
    names a person ("Mieko Ishikawa"), and is that person's."""
    by_key = {}
    for i in sorted(people):
        written = _written_words(clusters[i]) if clusters[i].mentions else []
        if " ".join(map(name_key, written)) != keys[i]:
            written = keys[i].split()  # (merged since: its name as it was)
        if len(written) == 2:
            # (a given name's syllables with or without their hyphen: "Yi-ting Chen" is
            # Chen Yiting)
            by_key[(_joined(written[0]), _joined(written[1]))] = i
    pairs = []  # (one order, the other, the texts writing both in full)
    for (first, last), i in sorted(by_key.items()):
        other = by_key.get((last, first))
        if other is not None and first < last:
            pairs.append((i, other, _in_full(clusters[i]) & _in_full(clusters[other])))
    inverted = Counter(doc for _, _, both in pairs for doc in both)  # pairs per text
    for i, other, both in pairs:
        a, b = root(clusters, i), root(clusters, other)
        if i in capitals and other in capitals:
            continue  # (neither a person's name yet)
        if a != b and all(inverted[doc] >= 2 for doc in both):
            for m in (*clusters[a].mentions, *clusters[b].mentions):
                if _FAMILY_IN_CAPITALS.fullmatch(m.text):
                    m.vote, m.weight = "person", STRONG
            if len(clusters[a].mentions) < len(clusters[b].mentions):
                a, b = b, a
            merge(clusters, a, b, "the same name in the other order")


# A name written in full as Hong Kong writes it: an English given name, the family name,
# the Chinese given name hyphenated ("Raymond Wong Chi-hung", "Vivian Lam Wing-yee").
_ENGLISH_AND_CHINESE = re.compile(r"([A-Z][a-z]+) ([A-Z][a-z]+) ([A-Z][a-z]+-[a-z]+)")


def _merge_dual_forms(clusters: list[Cluster], people: set[int]) -> None:
    """ "Raymond Wong" and "Wong Chi-hung" are Raymond Wong Chi-hung: a name written in
    full with an English given name and a Chinese one (_ENGLISH_AND_CHINESE) is written
    short with either, the family name after the English one or before the Chinese one.
    A person so named joins the one person named in full so; not where two are (Raymond
    Wong Chi-hung and Raymond Wong Kar-lok), nor where it is itself named in full so."""
    holders: dict[str, set[int]] = defaultdict(set)  # a short form's key: who holds it
    for i in sorted(people):
        for spelling in clusters[i].full_names():
            whole = _ENGLISH_AND_CHINESE.fullmatch(spelling)
            if whole is not None:
                for short in (f"{whole[1]} {whole[2]}", f"{whole[2]} {whole[3]}"):
                    holders[name_key(short)].add(i)
    if not holders:
        return
    for i in sorted(people):
        cluster = clusters[i]
        if not cluster.mentions or any(
            _ENGLISH_AND_CHINESE.fullmatch(n) for n in cluster.full_names()
        ):
            continue
        owners = {root(clusters, j) for j in holders.get(best_key(cluster), ())}
        if len(owners) == 1 and (owner := owners.pop()) != root(clusters, i):
            merge(clusters, owner, i, "a short form of a name written with two given names")


def _joined(word: str) -> str:
    """A name word's key, its parts joined ("Yi-ting" -> "yiting")."""
    return name_key(word).replace(" ", "")


# French courtesies before a name ("Mme Delmas", "Mlle Roux"): where a corpus writes them,
# its "M." before a name is "Monsieur" too, no initial.
# (the M first, then the look-behind: searched as a letter, not tried at every character)
_FRENCH_COURTESY = re.compile(r"M(?<!\wM)(?:me|lle|mes|M\.)\s[A-Z]")


def _merge_initials(clusters: list[Cluster], french: bool = False) -> None:
    """ "J.K. Mensah" is Joseph Kwame Mensah, and "J. Mensah" too: a name written with
    the initials of its given names, where the corpus names in full one person of that
    surname whose given names open with those letters, and no other person of that
    surname whose first name opens with the first of them (beside Joseph and John
    Mensah, "J. Mensah" is either, and stays apart; beside Grace Mensah, "J.K. Mensah"
    is still Joseph). In a `french` corpus (one that writes "Mme"), "M." is a courtesy:
    "M. Jean-Luc Martin" is no Marie-Claire Martin. The initials may stand for the
    first names only, before the last two words of the name in full: "K. Chandrashekar
    Reddy" is Kandukuri Chandrashekar Reddy (in South India the initial is the family's name), "J. Robert Oppenheimer"
    Julius Robert Oppenheimer. Only a person's cluster that names no one in full but with
    initials joins (its other names a title and the surname, "Mr. Mensah", or the
    surname alone)."""
    # the last word, or the last two, of people's full names -> (cluster, the words before)
    by_end: dict[str, set[tuple[int, tuple[str, ...]]]] = defaultdict(set)
    initialled: list[tuple[int, str, str]] = []
    for i, cluster in enumerate(clusters):
        if not cluster.mentions:
            continue
        forms = [_untitled_words(n) for n in cluster.full_names()]
        written = [INITIALLED.fullmatch(" ".join(words)) for words in forms if len(words) > 1]
        if written and all(written):
            if type_of(cluster) != "person":
                continue  # "J.P. Morgan", the bank, is no Jane Patricia Morgan
            if french and all(m.group(1).strip() == "M." for m in written if m):
                continue  # "M. Martin": Monsieur Martin
            for match in {(m.group(1), m.group(2)) for m in written if m}:
                initials = "".join(c for c in match[0].lower() if c.isalpha())
                initialled.append((i, initials, name_key(match[1])))
        elif is_full_person(cluster) or type_of(cluster) == "person":
            # (a person however the tagger typed the full name: "Arjun Kulkarni", a body
            # or a building to it as often as a person)
            for words in forms:
                tokens = name_words(" ".join(words))
                if len(tokens) < 2 or INITIALLED.fullmatch(" ".join(words)):
                    continue
                last = surname(tokens)
                given = tuple(
                    t
                    for t in tokens[: tokens.index(last)]
                    if t not in SMALL_WORDS and t[0].isalpha()
                )
                if given:
                    by_end[last].add((i, given))
                    if len(given) >= 2:
                        by_end[f"{given[-1]} {last}"].add((i, given[:-1]))
    for i, initials, last in sorted(initialled):
        opening = {
            root(clusters, j) for j, given in by_end.get(last, ()) if given[0][0] == initials[0]
        }
        # the initials of the given names written, or more where the corpus writes the
        # initials so in two documents at least (a habit, as a prosecutor's statements
        # write "N.S. Abenov", Nurlan Serikovich, for Nurlan Abenov; not "J.P. Morgan"
        # once, beside Jason Morgan)
        habit = len({m.doc for m in clusters[i].mentions}) >= 2
        fits = {
            root(clusters, j)
            for j, given in by_end.get(last, ())
            if "".join(g[0] for g in given).startswith(initials)
            or (habit and initials.startswith("".join(g[0] for g in given)))
        }
        if len(opening) == 1 and opening == fits and (into := opening.pop()) != root(clusters, i):
            merge(clusters, into, root(clusters, i), "the initials of the given names")


# Initials and a surname ("J.K. Mensah", "G. Y. Danjuma", "J. Mensah"), or a given name
# and a surname ("K. Chandrashekar Reddy"): letters each with its dot, or capitals
# without dots as scorecards write them ("A Kulkarni", "KS Bharadwaj", "A W Khan"), then
# one word or two.
INITIALLED = re.compile(
    r"((?:[A-Z]\.\s?){1,3}|[A-Z]{1,3}\s|(?:[A-Z]\s){2,3})\s*([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)"
)


def _untitled_words(name: str) -> list[str]:
    """A name's words without the titles before it ("Alhaji G.Y. Danjuma" -> G.Y.
    Danjuma)."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES | OFFICES:
        words = words[1:]
    return words


def _in_full(cluster: Cluster) -> set[int]:
    """The documents that write the cluster's name in two words or more."""
    return {m.doc for m in cluster.mentions if " " in m.text.strip()}


def _merge_vessel_tails(clusters: list[Cluster], documents: Sequence[Document]) -> None:
    """ "the tanker Valdez" is the Exxon Valdez: a name of one word written as a vessel's
    (votes.written_as_vessel, which votes a STRONG place) joins the one name of two words
    or more that ends with it, a body's or a place's ("the 1989 Exxon Valdez spill",
    tagged an organization); not the name of a country, a US state or a city."""
    lone: list[tuple[int, str]] = []
    for i, cluster in enumerate(clusters):
        if cluster.mentions and any(
            m.vote == "place" and m.weight >= STRONG and " " not in m.text for m in cluster.mentions
        ):
            keys = cluster_keys(cluster)
            if len(keys) == 1 and " " not in (key := next(iter(keys))):
                lone.append((i, key))
    if not lone:
        return
    ends: dict[str, set[int]] = {}
    for i, cluster in enumerate(clusters):
        if cluster.mentions and not is_full_person(cluster):
            for key in cluster_keys(cluster):
                if " " in key:
                    ends.setdefault(key.rsplit(" ", 1)[1], set()).add(i)
    for i, key in lone:
        if key not in ends or known_place(key):
            continue
        targets = {root(clusters, j) for j in ends[key]} - {root(clusters, i)}
        if len(targets) == 1 and any(
            written_as_vessel(documents[m.doc].text, m.start) for m in clusters[i].mentions
        ):
            merge(clusters, targets.pop(), root(clusters, i), "a vessel's last word")


def merge_name_openings(clusters: list[Cluster], vocabulary: Vocabulary) -> None:
    """ "Javier Ortega" is Javier Ortega Ruiz: a person's name that opens the one
    person's name one word longer the corpus writes, as Spanish and Portuguese names drop
    the second surname ("Ramón Morales" of Ramón Morales Vidal, "Rosa Elena Cárdenas"
    of Rosa Elena Cárdenas Villalobos, "Jorge Luis de la Fuente" of Jorge Luis de la
    Fuente Ibarra). Run before lone surnames attach, so that "Ortega" alone finds him by
    the surname he is called by. The shorter name's last word must be no given name (no
    person's name of the corpus opens with it, but for two surnames someone is called
    by, "Cárdenas Villalobos": "John Paul", the Pope, is not John Paul Stevens where
    "Paul Keating" is named) and the longer's last a name's (no common word: "Thomas
    Jefferson Stated"; no suffix, head or business word: "John Smith Jr.", "Helen
    Keller Intl"; no initial: "George W. Bush"); words in lower case only the particles
    inside a name ("de la"); one longer name only opens so ("Javier Ortega Ruiz" and
    "Javier Ortega Vidal" leave "Javier Ortega" alone); and no one else of that surname
    is named where the shorter name is ("Ana Maria" beside "Carlos Maria" may be his
    relative, not Ana Maria Lopez)."""
    people = [i for i, c in enumerate(clusters) if c.mentions and is_full_person(c)]
    written = {i: _written_words(clusters[i]) for i in people}
    documents = {i: {m.doc for m in clusters[i].mentions} for i in people}
    keyed = {i: tuple(name_key(w) for w in written[i]) for i in people}
    # (the two surnames a person is called by, "Cárdenas Villalobos", open with no given name)
    surnames = {keys[-2:] for keys in keyed.values() if len(keys) >= 3}
    given = {keys[0] for keys in keyed.values() if len(keys) >= 2 and keys not in surnames}
    openings: dict[tuple[str, ...], set[int]] = defaultdict(set)
    shorter: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i in people:
        words = written[i]
        if not (
            _capitalised(words[0])
            and _capitalised(words[-1])
            and all(_capitalised(w) or w in _PARTICLES_INSIDE for w in words[1:-1])
        ):
            continue  # "George W. Bush", "Jr.", "the"
        keys = keyed[i]
        if len(words) >= 2:
            shorter[keys].append(i)
        if (
            len(words) >= 3
            and _capitalised(words[-2])
            and keys[-2] not in given
            and keys[-1] not in _NOT_SURNAMES
            and not vocabulary.common(words[-1])
        ):
            openings[keys[:-1]].add(i)
    for opening, longer in sorted(openings.items()):
        if len(longer) != 1:
            continue
        into = root(clusters, next(iter(longer)))
        for i in shorter.get(opening, []):
            if any(
                j != i and name_key(written[j][-1]) == opening[-1] and documents[i] & documents[j]
                for j in people
            ):
                continue
            merge(clusters, into, root(clusters, i), "the name without its second surname")


# The particles written in lower case inside a name ("Jorge Luis de la Fuente Ibarra",
# "Ana dos Santos Moreira").
_PARTICLES_INSIDE = frozenset({"de", "la", "las", "los", "del", "da", "das", "do", "dos", "e", "y"})


def _capitalised(word: str) -> bool:
    """A word of a name: capitalised letters, hyphens between ("Sánchez-Cerén")."""
    return word[:1].isupper() and word.replace("-", "").isalpha()


def _written_words(cluster: Cluster) -> list[str]:
    """The words, as written, of the cluster's usual full name (best_key's)."""
    names = cluster.names()
    full = {n: c for n, c in names.items() if " " in n.strip()} or names
    return max(full, key=lambda n: (full[n], n)).split()


def _merge_legal_forms(clusters: list[Cluster], documents: Sequence[Document]) -> None:
    """ "Transocean Ltd" is Transocean, "BP Plc" is BP: a company written with its legal
    form joins the same name written without it (an organization or a place: a company
    tagged as a place is still the company), and a name tagged a person in full that no
    word around it ever says is one ("Haewon Ferry" of "Haewon Ferry Co., Ltd.", "bought
    by Haewon Ferry": no title, no age, no "Mr.": _untitled_people)."""
    by_key = keys_of_names(clusters)
    bares = {key: without_legal_form(key) for key in by_key}
    wanted = {b for b in bares.values() if b and " " in b and b not in by_key}
    untitled = _untitled_people(clusters, wanted, documents)
    for key, i in sorted(by_key.items()):
        bare = bares[key] or _before_ag(key, by_key, clusters)
        if not bare:
            continue
        target = by_key.get(bare, untitled.get(bare))
        if target is not None:
            a, b = root(clusters, target), root(clusters, i)
            if a != b and not (" " not in bare and city_written(bare, clusters[a], documents)):
                # (not "Santos", the city the corpus writes as a place, into Santos FC)
                merge(clusters, a, b, "a legal form")


def _merge_ship_prefixes(clusters: list[Cluster], documents: Sequence[Document]) -> None:
    """ "the Harlan Reeves" is the USS Harlan Reeves, as "Transocean" is Transocean Ltd:
    a ship's name written with its prefix (votes.VESSEL_PREFIXES) joins the same name
    written without it, a body's or a place's, or a person's named in full that no word
    around it says is one (_untitled_people: not "Hospital Corpsman Harlan Reeves", the
    man the ship is named after); not a country, a US state or a city ("USS
    Connecticut")."""
    by_key = keys_of_names(clusters)
    bares = {key: key.partition(" ")[2] for key in by_key if key.split(" ")[0] in VESSEL_PREFIXES}
    wanted = {b for b in bares.values() if b and b in by_key}
    untitled = _untitled_people(clusters, wanted, documents)
    for key, bare in sorted(bares.items()):
        if bare not in by_key:
            continue
        a, b = root(clusters, by_key[key]), root(clusters, by_key[bare])
        if a == b:
            continue
        kind = type_of(clusters[b])
        if (kind == "person" and bare not in untitled) or (kind == "place" and known_place(bare)):
            continue  # (the USS Connecticut, named after the state, is not the state)
        merge(clusters, a, b, "a ship's name without its prefix")


def _untitled_people(
    clusters: list[Cluster], wanted: set[str], documents: Sequence[Document]
) -> dict[str, int]:
    """Those of the `wanted` keys that name people named in full (is_full_person) whose
    mentions are only tagged so: none titled ("Ms. Ann Baker"), none voted a person
    STRONGly (with an age or a post-nominal: votes.vote_for), with their clusters."""
    keys: dict[str, int] = {}
    if not wanted:
        return keys
    for i, cluster in enumerate(clusters):
        if (
            cluster.mentions
            and not wanted.isdisjoint(cluster_keys(cluster))
            and not any(m.vote == "person" and m.weight >= STRONG for m in cluster.mentions)
            and is_full_person(cluster)
            and not any(title_words(documents[m.doc].text, m.start) for m in cluster.mentions)
        ):
            for key in sorted(cluster_keys(cluster) & wanted):
                keys.setdefault(key, i)
    return keys


def _before_ag(key: str, by_key: dict[str, int], clusters: list[Cluster]) -> str | None:
    """The name before "AG" (an Aktiengesellschaft, lexicon/legal_forms.txt leaves it
    out) when that name alone is an organization's, not a US state's: "Novartis AG" is
    Novartis, "Alabama AG" an attorney general. A name of two words or more tagged a
    place that is no country's or city's is the company too ("Auerbach Automobilwerke",
    an unfamiliar name, tagged a place)."""
    bare = without_ag(key)
    if bare == key or bare not in by_key:
        return None
    kind = type_of(clusters[root(clusters, by_key[bare])])
    if kind == "organization" or (
        kind == "place" and " " in bare and country_of(bare) is None and not a_city([bare])
    ):
        return bare
    return None


def _merge_short_names(clusters: list[Cluster]) -> None:
    """ "Anadarko" is Anadarko Petroleum, "Johns Hopkins" Johns Hopkins University, "Gulf"
    the Gulf of Mexico: a name joins the one longer name of its kind that adds only words
    of a company's or an institution's trade (lexicon/business_words.txt), or, a word of
    a body of water or a region ("Gulf", "Bay"), the one "X of Y" place. With two
    candidates ("Gulf of Mexico", "Persian Gulf") it is left alone, unless one of them
    dominates the corpus: "Shell" is Shell Oil or Royal Dutch Shell, and the company
    the corpus names far more often. A word tagged a person that no one named in full bears as a
    surname joins the company so ("Fitch said": Fitch Ratings)."""
    kinds: dict[int, str] = {}

    def kind(i: int) -> str:  # decided only for the few clusters of the right shape
        if i not in kinds:
            kinds[i] = type_of(clusters[i])
        return kinds[i]

    known: list[set[str]] = []

    def surnames() -> set[str]:  # worked out once, if asked
        if not known:
            known.append(_surnames_named_in_full(clusters))
        return known[0]

    longer: dict[str, set[int]] = {}
    rivals: dict[str, set[int]] = {}  # other places the word may be short for
    ending: dict[str, set[int]] = {}  # the names ending with a word, but for trade words
    lone: list[tuple[int, str]] = []
    for i, cluster in enumerate(clusters):
        if not cluster.mentions:
            continue
        keys = {without_ag(k) for k in cluster_keys(cluster)}  # "Roche Holding [AG]"
        bare = {without_legal_form(k) or k for k in keys}  # "Harvard [Corporation]"
        if len(bare) == 1:
            lone.append((i, next(iter(bare))))  # "Harvard", "Johns Hopkins"
        for key in keys:
            words = (without_legal_form(key) or key).split()  # "Tidewater Motors [Company]"
            if len(words) < 2:
                continue
            own = len(words)  # the words before the trade words: "johns hopkins"
            while own > 1 and words[own - 1] in BUSINESS_WORDS:
                own -= 1
            business = own < len(words)
            if not business and words[-2] not in SMALL_WORDS:
                ending.setdefault(words[-1], set()).add(i)  # "royal dutch shell"
            of_place = words[0] in GEO_HEADS and words[1] == "of"
            if not (business or of_place or words[-1] in GEO_HEADS):
                continue
            if is_full_person(cluster):
                break
            if business and kind(i) == "organization":
                # each name short of trade words: "hanseong energy" and "hanseong" of
                # "Hanseong Energy Solution"
                for short in range(own, len(words)):
                    longer.setdefault(" ".join(words[:short]), set()).add(i)
            if kind(i) == "place":
                if of_place:
                    longer.setdefault(words[0], set()).add(i)  # "gulf of mexico"
                if words[-1] in GEO_HEADS:
                    rivals.setdefault(words[-1], set()).add(i)  # "persian gulf", "indo pacific"
    for i, key in lone:
        if clusters[i].merged_into is not None or key not in longer:
            continue
        if all(word in BUSINESS_WORDS for word in key.split()):
            continue  # "Aerospace Corporation": a trade's word, no company's own name
        targets = {root(clusters, t) for t in longer[key]} - {root(clusters, i)}
        others = {root(clusters, t) for t in rivals.get(key, ())} - {root(clusters, i)}
        if kind(i) == "organization":  # other companies the word may be short for
            others |= {
                root(clusters, t)
                for t in ending.get(key, ())
                if kind(t) == "organization" and not is_full_person(clusters[t])
            } - {root(clusters, i)}
        target = dominant(clusters, targets | others)
        if target is None or (target not in targets and kind(target) != "organization"):
            continue  # "Gulf" beside "Persian Gulf" and "Gulf of Mexico" alike
        # "Fitch said" nine times, "Fitch Ratings" once, nobody called X Fitch: the
        # company, however tagged
        # ... and "Buckeye Span said", beside "Buckeye Span Constructors": a name of
        # words no given name opens, never titled, is no one's either
        company = (
            kind(i) == "person"
            and kind(target) == "organization"
            and (
                key not in surnames()
                if " " not in key
                else key.split()[0] not in GIVEN_NAMES
                and not any(m.vote == "person" and m.weight >= STRONG for m in clusters[i].mentions)
            )
        )
        if not company and kind(i) not in ("organization", "place"):
            continue
        if all(is_acronym(n) for n in clusters[i].spellings()):
            continue  # "EU" is no short form of "EU Energy": acronyms join by definition
        if len(clusters[i].mentions) > RARE * len(clusters[target].mentions):
            continue  # far more used than the longer name: a name of its own
        if (
            " " in key
            and not company
            and len(clusters[i].mentions) > len(clusters[target].mentions)
        ):
            continue  # "[Director of] National Intelligence", more used than the University
        if company:
            for mention in clusters[i].mentions:
                mention.vote = "organization"
        if company or kind(target) == kind(i):
            merge(clusters, target, root(clusters, i), "the short form of one name")


def _merge_qualified(clusters: list[Cluster]) -> None:
    """A name that is another of the same kind with a qualifier that tells nothing apart
    in this corpus: a country's formal name ("State of Israel", "Kingdom of Saudi
    Arabia": lexicon/state_forms.txt) joins its short name, and an organization named
    with the story's home country before or after it ("U.S. Senate", "United States
    Army", "Supreme Court of the United States") joins the one named without ("Senate",
    "U.S. Army" written "US Army", "Supreme Court"). The home country is
    the most mentioned country (else place); a state or a city before an organization's name is no
    qualifier to drop ("Texas Senate" is not the Senate)."""
    live = [i for i, c in enumerate(clusters) if c.mentions and not is_full_person(c)]
    by_key: dict[str, int] = {}
    for i in live:
        for key in sorted(cluster_keys(clusters[i])):
            by_key.setdefault(key, i)
    places = [i for i in live if type_of(clusters[i]) == "place"]
    # The most mentioned country, else place: a story of the Gulf of Mexico told by a
    # British paper is told from the US ("US Congress" is the Congress).
    countries = [i for i in places if any(map(country_of, clusters[i].spellings()))]
    home = (
        max(countries or places, key=lambda i: (len(clusters[i].mentions), -i)) if places else None
    )
    # The home country's names as keyed before another word ("United States Army" is
    # keyed "us army").
    home_names = (
        (clusters[home].names() | Counter(clusters[home].aliases))
        if home is not None
        else Counter()
    )
    home_keys = sorted(
        {name_key(f"{n} Body")[: -len(" body")] for n in home_names}, key=lambda k: (-len(k), k)
    )
    # ... and after another ("Supreme Court of the United States").
    home_tails = sorted(
        {f" of{the} {name_key(n)}" for n in home_names for the in ("", " the")},
        key=lambda k: (-len(k), k),
    )
    for key, i in sorted(by_key.items()):
        formal = formal_short_name(key)
        short = formal
        if formal is None:
            short = next(
                (key[len(k) + 1 :] for k in home_keys if key.startswith(k + " ")), None
            ) or next((key[: -len(k)] for k in home_tails if key.endswith(k)), None)
        j = by_key.get(short) if short else None
        if j is None:
            continue
        a, b = root(clusters, j), root(clusters, i)
        if a == b or b == home or type_of(clusters[a]) != type_of(clusters[b]):
            continue
        if formal is None and type_of(clusters[a]) not in ("organization", "place"):
            continue  # "U.S. Army", "U.S. Gulf"; not a person
        if (
            formal is None
            and type_of(clusters[a]) == "place"
            and any(re.search(r"[-‑–]", n) for n in clusters[b].spellings())
        ):
            continue  # "U.S.-China" is the two countries, not China
        merge(clusters, a, b, "a formal or a qualified name")


_TICKET = re.compile(r"([A-Z][\w’'-]+?)[-‑\u2060]+[A-Z][\w’'-]+ Administration", re.IGNORECASE)


def _merge_administrations(clusters: list[Cluster]) -> None:
    """ "the Biden Administration" is the Biden-Harris Administration: an administration
    named by its head joins the one named by a ticket that starts with that head, when
    the corpus names only one such ticket."""
    tickets: dict[str, set[int]] = {}
    for i, cluster in enumerate(clusters):
        if cluster.mentions:
            for name in cluster.spellings():
                match = _TICKET.fullmatch(name)
                if match:
                    tickets.setdefault(match.group(1).lower(), set()).add(root(clusters, i))
    for i, cluster in enumerate(clusters):
        if not cluster.mentions or cluster.merged_into is not None:
            continue
        heads = {
            re.split(r"[ -]", n)[0].lower() for n in cluster.spellings() if _HEADED.fullmatch(n)
        }
        if len(heads) != 1 or len(cluster.spellings()) != len(
            [n for n in cluster.spellings() if _HEADED.fullmatch(n)]
        ):
            continue
        found = tickets.get(heads.pop(), set())
        if len(found) == 1:
            a, b = root(clusters, next(iter(found))), root(clusters, i)
            if a != b:
                merge(clusters, a, b, "an administration named by its head")


_HEADED = re.compile(r"[A-Z][\w’']+[ -]Administration", re.IGNORECASE)
