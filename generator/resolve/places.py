"""Places written in more than one way: the place passes of resolution, run by
merge_places (from variants.merge_variants, before the passes on short names) in this
order. Each merge records its rule (resolution.merge).

1. A state abbreviated as the AP writes it after a city or a party ("Pensacola, Fla.",
   "(D-Ga.)", "N.J.", lexicon/state_abbreviations.txt), or its postal code in title
   case after a place ("Phoenix, Az."), is the state. The period and the comma are the
   evidence: "Fla" alone may be anything, and "VA" in capitals is as often Veterans
   Affairs as Virginia.
2. Names that the gazetteers give one country (countries.py) are that country ("Russian Federation" and
   "Russia", "UK" and "Britain", "Democratic People's Republic of Korea" and "North
   Korea"); an organization so named is the country, a state acting ("the Russian
   Federation voted").
3. A place followed by its state or country ("Venice, Louisiana", "Washington, DC") is
   that place. (Before all this, and before lone surnames attach, place_types decides
   the type of a name from the words around it, placed.py: "Kyiv, Ukraine", "the
   port of Buras", "the environmental group Oceana"; a postal code never written as
   a state, before nouns, is no place: "a PR campaign".) A district that is no state, in which the texts put one city only ("Washington,
   D.C.", and D.C. the District of Columbia), is that city: the district and the city
   are one place (a state holds many towns; the capital's district is the capital).
4. A US state's formal names ("State of New York", "New York State", "Commonwealth of
   Kentucky") are one place, and the state named alone, unless the corpus reads the
   place named alone as a city: it puts it in another state ("Washington, D.C.") or a
   dateline names it ("WASHINGTON (Reuters) -"). There Washington is the city, and the
   mentions where the text marks the state ("Washington state", "the state of
   Washington", "Seattle, Wash.", "Yakima, Washington") are the state, Washington
   State, a place of its own even when no formal name is written.
5. A place and its name without a generic word (lexicon/dropped_heads.txt): "the
   Pacific" is the Pacific Ocean, "Fourchon" Port Fourchon, when the corpus names no
   other place so; and a lone region word ("the Panhandle") is the one "X Panhandle"
   that dominates the corpus.
6. Two places spelled as transliterations of one name ("Kiev", "Kyiv": names.py's
   spelled_alike), the one used in at most a tenth of the other's documents, are one.
7. Then namesakes.py: a place's name that starts an institution's ("Woods Hole"),
   and towns of one name in different states ("Newark, New Jersey", "Newark, Delaware").

`defines_acronym` tells the grouping of mentions (entities.py) whether a text defines
a postal code as an acronym ("Veterans Affairs (VA)") or only writes a state in
brackets ("Los Angeles County (CA)", "Amy Klobuchar (MN)").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache

from .. import lexicon
from ..model import Document
from .countries import STATE_ABBREVIATIONS, STATE_KEYS, country_of
from .mentions import Found, name_key
from .names import titled_form, transliterated
from .namesakes import merge_institution_places, split_namesakes
from .place_index import PlaceIndex, as_place
from .placed import (
    PLACED,
    Places,
    a_city,
    apposed_a_person,
    code_not_a_state,
    evidence,
    kind_ended,
    kind_from_context,
    listed_with,
    may_be_placed,
    organized_in_full,
    placed_by_kind,
    placed_in_full,
    speaks,
    written_as_place,
)
from .resolution import (
    DOMINANT,
    RARE,
    Cluster,
    cluster_keys,
    is_acronym,
    is_full_person,
    type_of,
    without_legal_form,
)
from .votes import STRONG
from .words import (
    BUSINESS_WORDS,
    CLUB_WORDS,
    GEO_HEADS,
    GIVEN_NAMES,
    LAND_HEADS,
    NEWS_OUTLETS,
    OCEANS,
    ORG_HEADS,
    PLACE_HEADS,
    SMALL_WORDS,
    STATE_CODES,
    STATE_NAMES,
    TITLES,
)

DROPPED_HEADS = lexicon.words("dropped_heads")
# A capitalised word right before, on the same line, no title nor small word: the word
# after it is the end of a longer name ("Hurso [Kela]"), not written alone.
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:;\n] )\b([A-Z][\w'’-]*) $")


def _cut_from_a_name(text: str, start: int) -> bool:
    """Is the word at `start` the end of a longer capitalised name (_CAPITALISED_BEFORE)?"""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1).lower() not in TITLES | SMALL_WORDS


_STATE_NAMES_WRITTEN = frozenset(STATE_NAMES.values())
_STATE_KEYS = STATE_KEYS
_DISTRICT = STATE_NAMES["DC"]  # the District of Columbia, a US postal code but no state


def place_types(clusters: list[Cluster], documents: Sequence[Document]) -> None:
    """Rule 3 for the type alone (_types_from_context), run before lone surnames attach
    (entities.py): "Buras" written "in Buras, Louisiana" is no namesake's surname."""
    _types_from_context(clusters, documents)


def merge_places(clusters: list[Cluster], documents: Sequence[Document]) -> None:
    """The place passes, in the order of the module's docstring."""
    index = PlaceIndex.of(clusters)
    _state_abbreviations(index, documents)
    _merge_countries(index)
    _merge_located(index)
    _merge_districts(index, documents)
    _merge_state_forms(index, documents)
    _merge_generic_heads(index)
    _merge_region_words(index)
    _merge_transliterations(index)
    merge_institution_places(index, documents)
    split_namesakes(index, documents)


# --- 1. state abbreviations --------------------------------------------------------------

# What follows a period that ends a sentence: the text's end, a line's, a capital.
_SENTENCE_AFTER = re.compile(r"\s*$|\s*\n|\s+[\"“‘']?[A-Z]")
# A place's name and a comma just before: "Pensacola, " / "VENICE, " / "Louisville, ".
_AFTER_PLACE = re.compile(r"[A-Z][\w.'’-]*,\s*$")


def abbreviated_state(name: str, text: str, start: int, end: int) -> str | None:
    """The state that the mention `name` (at text[start:end]) abbreviates, or None:
    "Fla." or "Fla" after "Pensacola, "; "N.J."; "(D-Mass.)"; "Az." after "Phoenix, ";
    not "Mass." ending a sentence with no place before it (a rite). A postal code
    in capitals is left to the grouping of mentions (name_key), which knows it already."""
    bare = name.rstrip(".")
    after_place = bool(_AFTER_PLACE.search(text, max(0, start - 40), start))
    state = STATE_ABBREVIATIONS.get(bare)
    if state is not None:
        # a period of its own, not the sentence's ("walking to Mass. He was": the rite)
        period = start + len(bare)
        dotted = "." in bare or (
            text.startswith(".", period) and not _SENTENCE_AFTER.match(text, period + 1)
        )
        return state if dotted or after_place else None
    code = bare.upper()
    if code in STATE_CODES and bare != code and after_place:
        return STATE_NAMES[code]  # "Phoenix, Az."
    return None


def _state_abbreviations(index: PlaceIndex, documents: Sequence[Document]) -> None:
    """Rule 1: the mentions of a state's abbreviation join the state's place, when at
    least half of those of the cluster are written with the evidence (a period, a place
    and a comma before): "the coast of Fla" is Florida beside "Pensacola Beach, Fla"."""
    for i in index.live():
        written: dict[str, list[Found]] = {}
        for mention in index.clusters[i].mentions:
            bare = mention.text.rstrip(".")
            if bare in STATE_ABBREVIATIONS or (
                bare.upper() in STATE_CODES and bare != bare.upper()
            ):
                written.setdefault(bare, []).append(mention)
        for _bare, mentions in sorted(written.items()):
            states = [
                abbreviated_state(m.text, documents[m.doc].text, m.start, m.end) for m in mentions
            ]
            named = [s for s in states if s is not None]
            if not named or len(named) * 2 < len(mentions):
                continue
            state = Counter(named).most_common(1)[0][0]
            target = index.place(name_key(state))
            if target is None and len(mentions) == len(index.clusters[i].mentions):
                # "Louisville, Ky." in a corpus that never writes Kentucky: the state,
                # named as the reader knows it
                as_place(mentions)
                index.clusters[i].name = state
                continue
            if target is None or target == index.root(i):
                continue
            as_place(mentions)
            index.move(target, i, mentions, "a state's abbreviation")
            if not index.clusters[i].mentions:
                break


def defines_acronym(text: str, code: str) -> bool:
    """Does `text` define `code` as an acronym, the initials of the words right before
    "(CODE)" ("Department of Veterans Affairs (VA)")? Not "Los Angeles County (CA)" or
    "Amy Klobuchar (MN)": a state in brackets after a place or a person."""
    marker = f"({code})"
    at = text.find(marker)
    while at >= 0:
        words = [
            w
            for w in re.findall(r"[\w’'&-]+", text[max(0, at - 120) : at])[-8:]
            if w.lower() not in SMALL_WORDS
        ]
        for size in range(1, len(words) + 1):
            if "".join(w[0] for w in words[-size:]).upper() == code:
                return True
        at = text.find(marker, at + 1)
    return False


# --- 2. countries (countries.py) --------------------------------------------------------


def _merge_countries(index: PlaceIndex) -> None:
    """Rule 2: the places and organizations mostly named as one country are one place.
    The country's names vote for a place ("Russian Federation" tagged an organization)."""
    by_code: dict[str, list[int]] = {}
    for i in index.live():
        names = index.clusters[i].names()
        codes: Counter[str] = Counter()
        for name, count in names.items():
            code = country_of(name)
            if code is not None:
                codes[code] += count
        if len(codes) != 1:
            continue
        code, count = codes.most_common(1)[0]
        if count * 2 < sum(names.values()) or index.kind(i) not in ("place", "organization"):
            continue
        as_place([m for m in index.clusters[i].mentions if country_of(m.text) == code])
        by_code.setdefault(code, []).append(i)
    for _code, members in sorted(by_code.items()):
        # The one named in full joins the others ("US" joins "United States", so that
        # the profile shows why "US" is there), then the most mentioned.
        target = max(
            members,
            key=lambda i: (
                not all(is_acronym(n) for n in index.clusters[i].spellings()),
                len(index.clusters[i].mentions),
                -i,
            ),
        )
        for i in members:
            if i != target:
                index.merge(target, i, "another name of the country")


# --- 3. a place and its state or country -------------------------------------------------

_CODE_WRITTEN = re.compile(r"[A-Z]{2}|(?:[A-Z]\.){2}|[A-Z]\.[A-Z]")  # "DC", "D.C.", "D.C"


def region_of(written: str, comma: bool) -> str | None:
    """The state or country `written` after a place's name names: a US state's name,
    postal code or AP abbreviation, or a country (only after a comma, except a postal
    code: "Washington DC")."""
    bare = written.rstrip(".")
    if _CODE_WRITTEN.fullmatch(written) and bare.replace(".", "") in STATE_CODES:
        return STATE_NAMES[bare.replace(".", "")]
    if not comma:
        return None
    if name_key(written) in _STATE_KEYS:
        return _STATE_KEYS[name_key(written)]
    if bare in STATE_ABBREVIATIONS:
        return STATE_ABBREVIATIONS[bare]
    return country_of(written)


@lru_cache(maxsize=1 << 16)
def located(name: str) -> tuple[str, str] | None:
    """(the place, its state or country) of a name such as "Venice, Louisiana" or
    "Washington D.C."; None for any other name, and for a list of regions ("Israel, New
    York", "Texas, California": a country is in no state, a state in no other state;
    but a city may be named like its own state, or like a state in the District of
    Columbia, which is none)."""
    head, comma, tail = name.rpartition(", ")
    if not comma:
        head, _, tail = name.rpartition(" ")
    if not head or not tail:
        return None
    region = region_of(tail, bool(comma))  # (the cheaper question first)
    if region is None or country_of(head):
        return None
    state = _STATE_KEYS.get(name_key(head))
    if state is not None and region not in (state, _DISTRICT):
        return None
    return head, region


# (and a division's or a region's: "Bellwood Shire", "Marlow County", a town's name)
_KINDS_WORDS = ORG_HEADS | BUSINESS_WORDS | PLACE_HEADS | CLUB_WORDS | LAND_HEADS


def _a_things_word(
    mentions: list[Found],
    documents: Sequence[Document],
    borne: frozenset[str],
    within: dict[str, set[str]],
) -> str | None:
    """The kind of a lone word voted a person that opens the corpus's name of a body or
    a place before the word of its kind (`within`) and no one's named in full, never
    titled nor speaking ("Exeter" beside "Exeter Athletic", "owns 45% of Exeter"): the
    type of the names it opens, or if they are of both types, its other tags'
    (organization unless tagged a place more often); None if it is someone's name after
    all."""
    words = {m.text.lower() for m in mentions}
    word = next(iter(words))
    if len(words) != 1 or word not in within or word in borne:
        return None
    if _said_a_person(mentions, documents):
        return None
    if len(within[word]) == 1:
        return next(iter(within[word]))  # the type of the name it opens ("Tiran Island")
    tags = Counter(m.label for m in mentions)
    return "place" if tags["GPE"] + tags["LOC"] > tags["ORG"] else "organization"


def _a_models_name(
    mentions: list[Found], documents: Sequence[Document], models: frozenset[str]
) -> bool:
    """Is a lone word tagged a person the name of a company's product (`models`:
    "Kestrel" of the "Tidewater Kestrel" owners buy), never titled or speaking?"""
    words = {m.text.lower() for m in mentions}
    if len(words) != 1 or next(iter(words)) not in models:
        return False
    return not _said_a_person(mentions, documents)


def _said_a_person(mentions: list[Found], documents: Sequence[Document]) -> bool:
    """Is a mention titled or otherwise voted a person STRONGly, or speaking ("Exeter
    said")?"""
    return any(m.weight >= STRONG and m.vote == "person" for m in mentions) or any(
        speaks(documents[m.doc].text, m) for m in mentions
    )


def _a_companys_word(
    mentions: list[Found], documents: Sequence[Document], companies: frozenset[str]
) -> bool:
    """Is a lone word tagged a place a company's short name: the first word of the
    company names the corpus writes (`companies`: "Tidewater" of "Tidewater Motors
    Company", "Cineplex" of "Cineplex Odeon Corp"), no place the gazetteers know (a
    country, a US state, a city of lexicon/cities.txt), tagged an organization at least
    once, and never written as a place ("in Hinsdale, Illinois", "Dusseldorf-based")?
    The language pipeline tags an unfamiliar one-word name a place as often as not."""
    words = {m.text for m in mentions}
    if len(words) != 1:
        return False
    word = next(iter(words))
    if " " in word or word.lower() not in companies:
        return False
    if a_city(words) or country_of(word) is not None or name_key(word) in STATE_KEYS:
        return False
    if not any(m.label == "ORG" for m in mentions):
        return False
    return not any(written_as_place(documents[m.doc].text, m) for m in mentions)


def _types_from_context(clusters: list[Cluster], documents: Sequence[Document]) -> None:
    """Rule 3, for the type: what the words around a name say it is (placed.py:
    "Pensacola, Florida", "the Mexican state of Campeche", "the environmental group
    Oceana"); all its mentions then vote so. Not a name with a title ("Mr. Kyiv"), nor
    a person named in full, unless written as a place and never as someone ("near
    Bani Walid", placed_in_full). A postal code never written as a state, mostly before
    a lower-case word ("a PR campaign"), is a common noun's acronym: no entity. (The
    cheap tests first: this runs over every cluster.)"""
    people = {
        i for i, cluster in enumerate(clusters) if cluster.mentions and is_full_person(cluster)
    }
    borne = frozenset(
        word.lower() for i in people for name in clusters[i].full_names() for word in name.split()
    )
    # (not a word the pipeline cut from a longer name: "[Hurso] [Kela]" is no "Kela")
    lone = frozenset(
        name_key(m.text)
        for cluster in clusters
        for m in cluster.mentions
        if m.vote == "person"
        and " " not in m.text
        and not _cut_from_a_name(documents[m.doc].text, m.start)
    )
    # The first words of the names of bodies and places made of a name and the word of
    # a kind of body or place ("Exeter Athletic", "Carlyle Group", "Heathrow Airport"):
    # alone, such a word that no one named in full bears is that body's or that place's
    # name, not a person's (_a_things_word).
    # Each cluster's type before the pass (a cluster's mentions change only where the
    # pass decides its own type, after reading this).
    kinds = {
        i: type_of(cluster)
        for i, cluster in enumerate(clusters)
        if cluster.mentions and cluster.merged_into is None
    }
    within: dict[str, set[str]] = {}  # such a word -> the types of the names it opens
    for i, kind in kinds.items():
        if kind in ("organization", "place"):
            for words in map(str.split, clusters[i].full_names()):
                if len(words) == 2 and words[1].lower() in _KINDS_WORDS:
                    within.setdefault(words[0].lower(), set()).add(kind)
    places: Places = ({}, {})  # (grown as names are found places: a list read again)
    for i, kind in kinds.items():
        if kind == "place":
            _note_places(clusters[i].mentions, (places,))
    # The names of places the corpus writes with their kind ("Tan Giang Province"): a
    # name tagged a person in full that is one is that place (placed_by_kind).
    kinded = frozenset(
        name
        for i, kind in kinds.items()
        if kind == "place" and (name := kind_ended(clusters[i].full_names())) is not None
    )
    openers = frozenset(within)
    # The first words of companies' names: with a legal form ("Kuroshio Films Co.,
    # Ltd."), or a name and its trade ("Tidewater Motors"); none of a place's.
    companies = frozenset(
        words[0]
        for i, kind in kinds.items()
        if kind == "organization"
        for key in cluster_keys(clusters[i])
        if len(words := (without_legal_form(key) or key).split()) >= 2
        and (without_legal_form(key) is not None or words[1] in BUSINESS_WORDS)
    ) - {word for word, kinds_of in within.items() if "place" in kinds_of}
    # The models of those companies: a thing named by a company's first word and one
    # more ("Tidewater Kestrel", "a 2024 Tidewater Kestrel"): alone, that word is the
    # product's name too ("Kestrel"), where no one named in full bears it.
    models = (
        frozenset(
            words[1]
            for i, kind in kinds.items()
            if kind == "thing"
            for words in map(str.split, map(str.lower, clusters[i].full_names()))
            if len(words) == 2 and words[0] in companies
        )
        - borne
    )
    fresh: Places = ({}, {})  # the places found so in this pass
    later = []  # clusters the words around say nothing of yet
    split_off: list[Cluster] = []  # a place's mentions, apart from a titled namesake's
    full_in: dict[str, set[int]] = {}  # a word -> the documents naming someone with it

    alone: dict[str, list[int]] = {}  # a surname alone ("de Vries") -> its clusters
    titled: dict[str, bool] = {}  # ... is it written after a title ("Ms de Vries")?

    def titled_alone(key: str) -> bool:
        if not alone:  # (made when first asked)
            alone[""] = []
            for j, other in enumerate(clusters):
                names = other.spellings() if other.mentions else ()
                if names and all(_LONE_SURNAME.fullmatch(n) for n in names):
                    for name in names:
                        alone.setdefault(name_key(name), []).append(j)
        if key not in titled:
            titled[key] = any(
                m.vote == "person"
                and name_key(m.text) == key
                and titled_form(documents[m.doc].text, m.start, m.end) is not None
                for j in alone.get(key, ())
                for m in clusters[j].mentions
            )
        return titled[key]

    def named_in_full(word: str) -> set[int]:
        if not full_in:  # (made when first asked: seldom)
            full_in[""] = set()
            for p in people:
                for m in clusters[p].in_full():
                    for w in m.text.lower().split():
                        full_in.setdefault(w, set()).add(m.doc)
        return full_in.get(word, set())

    for i, cluster in enumerate(clusters):
        mentions = cluster.mentions
        if not mentions or cluster.merged_into is not None:
            continue
        if all(m.text in NEWS_OUTLETS for m in mentions) and not any(
            word in borne for m in mentions for word in m.text.lower().split()
        ):
            # "Josh Wingrove, Bloomberg.", "Rachel Roubein at Politico": a news outlet,
            # however tagged, unless someone the corpus names in full bears the name
            # ("Bloomberg said on his radio show", of Michael Bloomberg)
            for m in mentions:
                m.vote, m.weight = "organization", STRONG
            continue
        if code_not_a_state(mentions, documents):
            for m in mentions:
                m.vote, m.weight = "thing", 1.0  # "a PR campaign": public relations
            continue
        rest = (
            _placed_beside_titled(mentions, documents, borne, places, openers, named_in_full)
            if kinds[i] != "place"  # (a place's own: surnames.py gives back the person's)
            else None
        )
        if rest is not None:
            # "Mr. Ashby" is someone's; "Maria Santos, 67, of Ashby", "the people of
            # Ashby" the town's: the others are the place (surnames.py gives back those
            # of the person's the document names in full, "Ashby said")
            gone = {id(m) for m in rest}
            cluster.mentions = [m for m in mentions if id(m) not in gone]  # (a new list)
            _vote(rest, "place", (places, fresh))
            split_off.append(Cluster(mentions=rest))
            continue
        if i not in people and _titled_surname(cluster.full_names(), titled_alone):
            # "Sanne de Vries", tagged a facility, beside "Ms de Vries": a person's name
            _vote(mentions, "person", (places, fresh))
            continue
        if not may_be_placed(mentions):
            if kinds[i] == "organization" and apposed_a_person(mentions, documents):
                _vote(mentions, "person", (places, fresh))  # "Imogen Tasker, an analyst at"
            continue
        if i in people:
            if placed_in_full(mentions, documents, lone) or placed_by_kind(
                mentions, documents, kinded
            ):
                for m in mentions:
                    m.vote, m.weight = "place", 1.0  # "near Bani Walid" twice, never said
            elif organized_in_full(mentions, documents):
                for m in mentions:  # "the Telegram channel Keystone Awake"
                    m.vote, m.weight = "organization", 1.0
            continue
        said = kind_from_context(mentions, kinds[i], documents, borne, places, openers)
        if said is None and kinds[i] == "person":
            said = _a_things_word(mentions, documents, borne, within)
        if said is None and kinds[i] == "person" and _a_models_name(mentions, documents, models):
            for m in mentions:
                m.vote, m.weight = "thing", 1.0
            continue
        if (
            said is None
            and kinds[i] == "place"
            and _a_companys_word(mentions, documents, companies)
        ):
            for m in mentions:  # said so by the corpus's names: no one's lone name either
                m.vote, m.weight = "organization", STRONG
            continue
        if said is None:
            later.append(i)
        else:
            _vote(mentions, said, (places, fresh))
    # Once more, for a name listed beside a place found so since ("Rylstone and Kandos",
    # Kandos tagged a person but "near Kandos" twice): only those listed beside one.
    for i in later:
        mentions = clusters[i].mentions
        if not any(listed_with(documents[m.doc].text, m, fresh) for m in mentions):
            continue
        said = kind_from_context(mentions, kinds[i], documents, borne, places, openers)
        if said is not None:
            _vote(mentions, said, (places,))
    # (a place of that name the corpus has already, tagged so elsewhere, takes them)
    named_places = {
        name_key(n): i
        for i, kind in sorted(kinds.items(), reverse=True)
        if kind == "place" and clusters[i].mentions
        for n in clusters[i].spellings()
        if " " not in n
    }
    for cluster in split_off:
        place = named_places.get(name_key(cluster.mentions[0].text))
        if place is None:
            clusters.append(cluster)
        else:
            clusters[place].mentions.extend(cluster.mentions)


# A surname alone, with its particles ("Vries", "de Vries", "van den Heuvel", "Al-Qasimi").
_PARTICLES = r"(?:[Vv][ao]n|[Dd][eiua]|[Dd]er|[Dd]en|[Dd]os|[Dd]el|[Ll][ae])"
_LONE_SURNAME = re.compile(rf"(?:{_PARTICLES} ){{0,2}}[A-Z][\w'’-]+")
# A name in full: a given name (no particle, no body's or place's word checked below), a
# particle or two, a surname.
_FULL_NAME = re.compile(
    rf"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?((?: {_PARTICLES}){{0,2}} [A-Z][\w'’-]+)"
)


def _titled_surname(names: frozenset[str], titled: Callable[[str], bool]) -> bool:
    """Is one of the names a given name and a surname that the corpus writes alone after
    a title ("Ms de Vries", "Mr. Fischer")? A person's name, however tagged: "Sanne de
    Vries" tagged a facility. Only a surname with its particles, or after a given name
    the lexicon knows ("Amanda"); not where a word of it is a body's, a place's or a
    trade's ("Walton Street", "Nordvik Performance Nutrition")."""
    for name in names:
        full = _FULL_NAME.fullmatch(name)
        if (
            full is not None
            # (a given name the lexicon knows, or a surname's particle: not "Camp David",
            # "Mother Jones", "Fort Collins")
            and (full.group(1).count(" ") > 1 or name.split()[0].lower() in GIVEN_NAMES)
            and not any(w.lower() in _NOT_IN_NAMES for w in name.split())
            and titled(name_key(full.group(1)))
        ):
            return True
    return False


_NOT_IN_NAMES = ORG_HEADS | PLACE_HEADS | GEO_HEADS | BUSINESS_WORDS


def _placed_beside_titled(
    mentions: list[Found],
    documents: Sequence[Document],
    borne: frozenset[str],
    places: Places,
    openers: frozenset[str],
    named_in_full: Callable[[str], set[int]],
) -> list[Found] | None:
    """The mentions of a one-word name that some voted strongly a person's (a title before
    them: "Mr. Ashby") that the words around them say are a place's ("Maria Santos, 67,
    of Ashby", "the people of Ashby"; evidence, twice at least), with, in documents that
    name no one of that name in full, those not voted a person's ("an Ashby woman"): a
    town that someone is named after. None otherwise (checked first: cheap).
    `named_in_full`: the documents naming someone in full with the word in the name."""
    if " " in mentions[0].text or len({m.text for m in mentions}) > 2:
        return None  # (one word: as written, or in capitals)
    strong = sum(m.vote == "person" and m.weight >= STRONG for m in mentions)
    if not strong or strong == len(mentions):
        return None
    named = named_in_full(mentions[0].text.lower())
    rest = [
        m
        for m in mentions
        if m.vote != "person"
        and (m.doc not in named or evidence(documents[m.doc].text, m, person=True) == "place")
    ]
    if not rest:
        return None
    said = kind_from_context(rest, "person", documents, borne, places, openers)
    return rest if said == "place" else None


def _vote(mentions: list[Found], said: str, into: tuple[Places, ...]) -> None:
    """The mentions voted `said`; a place's noted in each of `into` (_note_places)."""
    # a person said so is one named in full however tagged (is_full_person)
    weight = STRONG if said == "person" else 1.0
    for m in mentions:
        m.vote, m.weight = said, max(m.weight, weight)
    if said == "place":
        _note_places(mentions, into)


def _note_places(mentions: list[Found], into: tuple[Places, ...]) -> None:
    """The starts and ends of a place's mentions, added to each of `into` (where places
    are named: placed.listed_with), if it is named PLACED times or more (not "Anadarko"
    once in a list of companies)."""
    if len(mentions) >= PLACED:
        for starts, ends in into:
            for m in mentions:
                starts.setdefault(m.doc, set()).add(m.start)
                ends.setdefault(m.doc, set()).add(m.end)


def _merge_located(index: PlaceIndex) -> None:
    """Rule 3: a place whose usual name is "X, its state or country" is the place X."""
    for i in index.live():
        if index.clusters[i].merged_into is not None:
            continue
        names = index.clusters[i].names()
        found = located(max(names, key=lambda n: (names[n], n)))
        if found is None or index.kind(i) != "place":
            continue
        target = index.place(name_key(found[0]))
        if target is not None and target != i:
            index.merge(target, i, "a place named with its state or country")


# A region written after a place: ", D.C.", " DC", ", District of Columbia".
_REGION_AFTER = re.compile(
    r"(,?)\s+((?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*){0,3})"
)


@lru_cache(maxsize=1 << 14)
def district_of(written: str, comma: bool) -> str | None:
    """The district that `written`, after a place's name, names: a region that is no
    US state and is called a district ("D.C.", "DC", "District of Columbia"); else None."""
    words = written.split()
    for size in range(len(words), 0, -1):
        region = region_of(" ".join(words[:size]), comma)
        if region is not None:  # a state, a country, or a district (no state)
            return region if "district" in name_key(region).split() else None
    return None


def _placed_in_district(
    index: PlaceIndex, i: int, documents: Sequence[Document]
) -> dict[str, set[int]]:
    """The districts the texts put cluster `i` in, each with the documents that do so:
    by its name ("Washington, DC") or by the words after it ("Washington, D.C.")."""
    found: dict[str, set[int]] = {}
    for m in index.clusters[i].mentions:
        where = located(m.text)
        district = None
        if where is not None and "district" in name_key(where[1]).split():
            district = where[1]
        elif (
            documents[m.doc].text.startswith((", ", " "), m.end)
            and "D" in (documents[m.doc].text[m.end : m.end + 8])
        ):  # "D.C.", "DC", "District": a capital D soon after
            after = _REGION_AFTER.match(documents[m.doc].text, m.end)
            if after is not None:
                district = district_of(after.group(2), bool(after.group(1)))
        if district is not None:
            found.setdefault(district, set()).add(m.doc)
    return found


def _merge_districts(index: PlaceIndex, documents: Sequence[Document]) -> None:
    """Rule 3, a district and its city: the district named alone ("the District of
    Columbia") joins the city the texts put in it ("Washington, D.C.") when that city
    is written so in two documents or more, three times as many as every other place
    put in the district together ("Maryland, Virginia, District of Columbia" is a list).
    A state is never merged so: it holds many towns, and its capital is one of them."""
    placed: dict[str, dict[int, set[int]]] = {}
    for i in index.live():
        if index.kind(i) != "place" or index.clusters[i].merged_into is not None:
            continue
        for district, docs in _placed_in_district(index, i, documents).items():
            placed.setdefault(district, {})[i] = docs
    for district, cities in sorted(placed.items()):
        home = index.place(name_key(district))
        counts = {index.root(i): len(docs) for i, docs in cities.items() if index.root(i) != home}
        if home is None or not counts:
            continue
        city = max(counts, key=lambda i: (counts[i], -i))
        others = sum(counts.values()) - counts[city]
        if counts[city] < 2 or counts[city] < DOMINANT * others:
            continue
        into, other = sorted((city, home), key=lambda i: (-len(index.clusters[i].mentions), i))
        index.merge(into, other, "a district that is one city, the only place put in it")


# --- 4. a US state's formal names --------------------------------------------------------

_EXPLICIT = re.compile(r"(?:the )?(?:state|commonwealth) of (?:the )?(.+)")


def formal_state(key: str) -> str | None:
    """The key of the US state a name key formally names ("state of new york",
    "commonwealth of kentucky", "new york state" -> "new york"), or None."""
    explicit = _EXPLICIT.fullmatch(key)
    state = explicit.group(1) if explicit else key.removesuffix(" state")
    return state if state in _STATE_KEYS and state != key else None


def _merge_state_forms(index: PlaceIndex, documents: Sequence[Document]) -> None:
    """Rule 4: "State of X", "Commonwealth of X" and "X State" (a place: "Ohio State" is
    mostly a university) name the state X. They are one place; the place named "X" alone
    joins them unless one of its names puts it in another state ("Washington, D.C."):
    then only where a state is written does "X" alone name the state (_written_as_state:
    "Yakima, Washington")."""
    forms: dict[str, list[int]] = {}
    for i in index.live():
        keys = index.keys(i)
        states = {s for s in map(formal_state, keys) if s is not None}
        if len(states) != 1:
            continue  # none, or two ("State of North Carolina" taken for South Carolina's)
        state = states.pop()
        explicit = [k for k in keys if _EXPLICIT.fullmatch(k) and formal_state(k) == state]
        if not explicit and index.kind(i) != "place":
            continue  # "Ohio State" the university
        as_place([m for m in index.clusters[i].mentions if name_key(m.text) in explicit])
        forms.setdefault(state, []).append(i)
    cities = {name_key(d.dateline) for d in documents if d.dateline}  # a dateline's is a city
    for state, members in sorted(forms.items()):
        alone = index.place(state)
        if alone is not None and not _a_city(index.clusters[alone], state, cities):
            members = [alone, *members]
        roots = list(dict.fromkeys(index.root(i) for i in members))
        if alone is not None and alone == roots[0]:
            target = alone  # the state's usual name
        else:
            target = max(roots, key=lambda i: (len(index.clusters[i].mentions), -i))
        for i in roots:
            if i != target:
                index.merge(target, i, "a US state's formal name")
        if alone is not None and index.root(alone) != index.root(target):
            moved = _marked_as_state(index, alone, state, documents)
            if moved:
                as_place(moved)
                index.move(index.root(target), alone, moved, _STATE_WRITTEN)
                index.clusters[index.root(target)].known_elsewhere |= {state}
    for state in sorted(_STATE_KEYS.keys() - forms.keys()):
        alone = index.place(state)
        if alone is None or not _a_city(index.clusters[alone], state, cities):
            continue
        moved = _marked_as_state(index, alone, state, documents)
        if not moved or len(moved) == len(index.clusters[alone].mentions):
            continue  # nowhere a state, or everywhere: then the city is not named
        as_place(moved)
        cluster = index.clusters[alone]
        ids = {id(m) for m in moved}
        cluster.mentions = [m for m in cluster.mentions if id(m) not in ids]
        first = min(moved, key=lambda m: (m.doc, m.start))
        index.clusters.append(
            Cluster(
                mentions=moved,
                name=f"{_STATE_KEYS[state]} State",
                known_elsewhere=frozenset({state}),
                evidence=[(first.text, _STATE_WRITTEN, first.doc, first.sentence)],
            )
        )
        index.forget(alone)


_STATE_WRITTEN = "a state's name where a state is written"


def _a_city(cluster: Cluster, state: str, cities: set[str]) -> bool:
    """Does the corpus read the place named as the US state `state` alone as a city?
    When a name puts it in another state ("Washington, D.C.") or a dateline names it
    ("WASHINGTON (Reuters) -": a dateline names the city the story was filed from)."""
    return state in cities or _elsewhere(cluster, _STATE_KEYS[state])


# "Washington [state]", "Washington [state's] health secretary"; "the [state of] Washington".
_STATE_WORD_AFTER = re.compile(r"\s+state\b")
_STATE_OF_BEFORE = re.compile(r"\b[Ss]tate\s+of\s+(?:the\s+)?$")


def _marked_as_state(
    index: PlaceIndex, i: int, state: str, documents: Sequence[Document]
) -> list[Found]:
    """The mentions of place `i`, named as the US state `state` alone and read as a city
    elsewhere, where the text marks the state: the word "state" after it ("a man in
    Washington state") or "state of" before it, the state's AP abbreviation ("Bellingham,
    Wash."), or where a state is written (_written_as_state: "Seattle, Washington")."""
    written = _STATE_KEYS[state]
    marked = []

    def an_organization(name: str) -> bool:
        key = name_key(name)
        return any(index.kind(index.root(j)) == "organization" for j in index.by_key.get(key, ()))

    for m in index.clusters[i].mentions:
        text = documents[m.doc].text
        if name_key(m.text) == state:
            if (
                _STATE_WORD_AFTER.match(text, m.end)
                or _STATE_OF_BEFORE.search(text, max(0, m.start - 16), m.start)
                or _written_as_state(text, m, an_organization)
            ):
                marked.append(m)
        elif abbreviated_state(m.text, text, m.start, m.end) == written:
            marked.append(m)
    return marked


# Where a state's name is written: after a place and a comma ("Yakima, Washington",
# "Rural Development, Washington"), or after a state and "and", ending a list of states.
_BEFORE_STATE = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)(,\s*|,?\s+and\s+)$")
_LIST_GOES_ON = re.compile(r",\s+(?:and\s+)?[A-Z]")


def _written_as_state(text: str, mention: Found, an_organization: Callable[[str], bool]) -> bool:
    """Is the mention, a state's name alone that the corpus reads as a city elsewhere
    ("Washington"), written where a state is: after a place and a comma, or last in a
    list of states ("Alaska, Idaho, Oregon, and Washington")? Not before a district
    ("Washington, D.C."), nor inside a list going on past it ("Wallace, Washington,
    Wichita": Kansas counties), nor after a name that `an_organization` says is an
    organization's ("pierre thomas, CNN, Washington": a reporter's sign-off)."""
    after = _REGION_AFTER.match(text, mention.end)
    if after is not None and district_of(after.group(2), bool(after.group(1))) is not None:
        return False
    if _LIST_GOES_ON.match(text, mention.end):
        return False
    before = _BEFORE_STATE.search(text, max(0, mention.start - 60), mention.start)
    if before is None:
        return False
    if "and" in before.group(2):
        return name_key(before.group(1)) in _STATE_KEYS
    return not an_organization(before.group(1))


def _elsewhere(cluster: Cluster, state: str) -> bool:
    """Does one of the cluster's names put it in a US state other than `state`?"""
    for name in cluster.spellings():
        found = located(name)
        if found is not None and found[1] in _STATE_NAMES_WRITTEN and found[1] != state:
            return True
    return False


# --- 5. a place and its generic word -----------------------------------------------------


def _merge_generic_heads(index: PlaceIndex) -> None:
    """Rule 5: a one-word place joins the place named with it and a generic word
    ("Beaufort" the Beaufort Sea, "Fourchon" Port Fourchon) when no other place's name
    starts or ends with it (not "Louis": St. Louis, Port Louis), it is not a country or a
    US state (Mexico is not the Gulf of Mexico), and not used over ten times as often
    (then it is a name of its own). An ocean's name alone is the ocean (lexicon/
    oceans.txt: "the Pacific"), whatever else is named after it ("Indo-Pacific")."""
    named: dict[str, set[int]] = {}  # "beaufort" -> the Beaufort Sea
    inside: dict[str, set[int]] = {}  # first and last words of longer names
    lone: list[tuple[int, str]] = []
    for i in index.live():
        keys = index.keys(i)
        if len(keys) == 1 and " " not in next(iter(keys)):
            lone.append((i, next(iter(keys))))
            continue
        for key in keys:
            words = key.split()
            if len(words) < 2:
                continue
            inside.setdefault(words[0], set()).add(i)
            inside.setdefault(words[-1], set()).add(i)
            if len(words) == 2 and words[1] in DROPPED_HEADS:
                named.setdefault(words[0], set()).add(i)  # "beaufort sea"
            elif len(words) == 2 and words[0] in DROPPED_HEADS:
                named.setdefault(words[1], set()).add(i)  # "port fourchon"
    for i, word in lone:
        if word not in named or word in _STATE_KEYS or country_of(word) is not None:
            continue
        me = index.root(i)
        targets = {t for t in map(index.root, named[word]) if t != me and index.kind(t) == "place"}
        if len(targets) != 1 or index.kind(me) != "place":
            continue
        target = targets.pop()
        others = {o for o in map(index.root, inside.get(word, ())) if o not in (me, target)}
        if word not in OCEANS and (
            any(index.kind(o) == "place" for o in others)
            or len(index.clusters[me].mentions) > RARE * len(index.clusters[target].mentions)
        ):
            continue
        index.merge(target, me, "a place named without its generic word")


def _merge_region_words(index: PlaceIndex) -> None:
    """Rule 5, the other way: a lone region word ("the Panhandle", lexicon/geo_heads.txt)
    joins the "X Panhandle" named in at least three times the documents of any other
    place it may be short for (others "X Panhandle", "Panhandle of X")."""
    ends: dict[str, set[int]] = {}
    rivals: dict[str, set[int]] = {}
    lone: list[tuple[int, str]] = []
    for i in index.live():
        keys = index.keys(i)
        if len(keys) == 1 and next(iter(keys)) in LAND_HEADS:
            lone.append((i, next(iter(keys))))
            continue
        for key in keys:
            words = key.split()
            if len(words) >= 2 and words[-1] in GEO_HEADS:
                ends.setdefault(words[-1], set()).add(i)
            if len(words) >= 3 and words[0] in GEO_HEADS and words[1] == "of":
                rivals.setdefault(words[0], set()).add(i)
    for i, word in lone:
        me = index.root(i)
        if index.kind(me) != "place":
            continue
        targets = {t for t in map(index.root, ends.get(word, ())) if t != me}
        others = {t for t in map(index.root, rivals.get(word, ())) if t != me}
        docs = {
            j: len({m.doc for m in index.clusters[j].mentions})
            for j in targets | others
            if index.kind(j) == "place"
        }
        ranked = sorted(docs, key=lambda j: (-docs[j], j))
        if not ranked or ranked[0] not in targets:
            continue
        if len(ranked) > 1 and docs[ranked[0]] < DOMINANT * docs[ranked[1]]:
            continue
        index.merge(ranked[0], me, "a region's word for the one region named with it")


def _merge_transliterations(index: PlaceIndex) -> None:
    """Rule 6: "Kiev" is Kyiv: two places whose names are spelled alike as
    transliterations (names.spelled_alike: every word of four letters or more), the
    rarer named in at most a tenth of the documents of the other (about as common, they
    are two places: Sydney and Sidney), and not two countries."""
    spelled: dict[tuple[str, ...], list[int]] = {}
    for i in index.live():
        for key in sorted(index.keys(i)):
            words = key.split()
            if all(len(w) >= 4 for w in words):
                spelled.setdefault(transliterated(words), []).append(i)
    for _spelling, members in sorted(spelled.items()):
        roots = list(dict.fromkeys(index.root(i) for i in members))
        places = [i for i in roots if index.kind(i) == "place"]
        if len(places) < 2:
            continue
        common = max(places, key=lambda i: (_documents(index, i), -i))
        country = _country_of_cluster(index, common)
        for rare in places:
            if rare == common or _documents(index, rare) * RARE > _documents(index, common):
                continue
            other = _country_of_cluster(index, rare)
            if country is None or other is None or other == country:
                index.merge(common, rare, "a transliteration of the place's name")


def _country_of_cluster(index: PlaceIndex, i: int) -> str | None:
    codes = {country_of(n) for n in index.clusters[i].spellings()} - {None}
    return codes.pop() if len(codes) == 1 else None


def _documents(index: PlaceIndex, i: int) -> int:
    return len({m.doc for m in index.clusters[i].mentions})
