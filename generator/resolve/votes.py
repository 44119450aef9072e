"""The type a mention votes for (person, organization, place, or a thing or event that
is no entity), and how strongly: from its label, its own words and the words around it
("Evin Prison", "the Macondo well", "Chancellor Scholz", "the antiviral drug Tamiflu",
"Maduro's government"). Each span of mentions.py votes once (vote_for); a name re-found
by refind.py votes by the word after it alone (context_vote)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import lexicon
from ..ingest.text import ABBREVIATIONS
from .words import (
    BODY_OPENERS,
    BUSINESS_WORDS,
    CLUB_OPENERS,
    CLUB_WORDS,
    EVENT_HEADS,
    EVENT_TAILS,
    FACILITY_HEADS,
    FACILITY_MODIFIERS,
    GENERATIONS,
    GEO_HEADS,
    GIVEN_NAMES,
    INCIDENT_HEADS,
    LAND_HEADS,
    LEGAL_FORMS,
    ORG_HEADS,
    PLACE_HEADS,
    POST_NOMINALS,
    PRODUCT_HEADS,
    SMALL_WORDS,
    STATE_CODES,
    STATE_NAMES_WRITTEN,
    SURNAME_GEO_HEADS,
    THING_HEADS,
    TITLES,
)

LABEL_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "PRODUCT": None,  # spaCy's PRODUCT is mostly a mis-tagged surname ("Carstens")
}
# First words of places' names ("Fort Lee", "Puerto Vallarta"): no person's name opens so.
PLACE_OPENERS = lexicon.words("place_openers")
# Openers of places' names that open a body's name only with more words after the
# place's ("River Fergus", "Lough Derg", "County Clare"; not "River Valley School
# District"): a name of two words opened so is a place's however tagged.
_WATERS_AND_COUNTIES = frozenset({"county", "lough", "loch", "river"}) & PLACE_OPENERS
# Streets' words that open their names ("Rue Pétion", "Calle Ocho"): a street however
# tagged.
_STREETS = frozenset({"avenida", "calle", "paseo", "piazza", "rue"}) & PLACE_OPENERS
# "G7", "G-20": a Group of Seven, of Twenty, as nations' clubs are named: a body, the one
# name with a number that is an entity (mentions.py).
GROUP_OF = re.compile(r"G-?\d{1,2}")
# A type vote from a span used as a modifier ("Maduro's government", "the Trump
# administration") says little about what the name itself is.
WEAK = 0.3
STRONG = 2.0
_MODIFIED_BY = re.compile(
    r"^(?:['’]s?\s+)?(?:-?\s*(?:led|era|backed|run)\b|\s*(?:government|regime|administration|"
    r"officials|allies|camp|team|presidency|campaign)\b)",
    re.IGNORECASE,
)
# "the antiviral drug [Tamiflu]", "doses of [Relenza]": a product (lexicon/product_kinds.txt).
# ... and a kind's member: "antiviral drugs such as Tamiflu", "antivirals like Relenza"
# (lower case: "UW Medicine, RWJBarnabas Health" is a list of hospitals); a medicine's
# measures and uses: "courses of Paxlovid", "a stockpile of Tamiflu", "taking Tamiflu".
_KINDS = lexicon.alternation(lexicon.words("product_kinds"))
_PRODUCT_BEFORE = re.compile(
    rf"\b(?:(?i:{_KINDS})\s+|(?:{_KINDS}),?\s+(?:such as|like|including|called|named)\s+|"
    r"(?:courses of|stockpiles? of|prescriptions? (?:for|of)|prescribed(?: a course of)?|"
    # a substance found in someone, or given: "traces of", "tested positive for",
    # "administering"
    r"traces? of|presence of|positive for|administering|administered|"
    r"(?:takes?|taking|took|treated with)(?: (?:their|his|her|the))?)\s+)$"
)
# A work's title in quotation marks after its kind's word ("the song “Everybody Hurts”",
# "his 1989 album 'Paradise'"), or before a description that ends in it ("“Romaria”, the
# Renato Teixeira song", "“Águas de Março”, the Tom Jobim song that").
_WORK_KINDS = lexicon.words("work_kinds")
_WORKS = lexicon.alternation(_WORK_KINDS)
_WORK_BEFORE = re.compile(rf"\b(?:{_WORKS})s?,?\s+[“\"‘']$")
# ... or without quotation marks, right after the kind's word (or "hit"), itself after
# an article, a possessive or a year: "his 1999 hit Rosalie", "the album Celeste".
_WORK_WORDS = _WORK_KINDS | {"hit"}  # (the word before, looked at first)
_WORK_KIND_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its)|['’]s|\b(?:19|20)\d\d)\s+(?:[a-z-]+\s+){0,2}?"
    rf"(?:{_WORKS}|hit)\s+$"
)
_OPENING_QUOTES = frozenset("“\"‘'")  # (_WORK_BEFORE's last character: tried first)
_WORK_AFTER = re.compile(
    rf"^[”\"’'],?\s+(?:a|an|the|his|her|their)\s+(?:[\w’'-]+\s+){{0,4}}?(?:{_WORKS})s?\b"
)
# A product said to be made, or named by its generic name: "Tamiflu, made by Roche AG",
# "Relenza, known generically as zanamivir"; or described as one, the kind's word ending
# the description: "Paxlovid, the Pfizer pill.", "Tamiflu and Relenza, two products
# proven to" (not "Smith, a vaccine researcher", "a drug company").
_PRODUCT_AFTER = re.compile(
    r"^,\s+(?:(?:made|produced|manufactured|marketed|developed|sold) by|"
    r"(?:known )?generically (?:known |called )?as|"
    rf"(?:a|an|the|two|three|both)\s+(?:[\w-]+\s+){{0,4}}?(?:{_KINDS})"
    r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:that|which|made|produced|manufactured|marketed|developed|sold|known|"
    r"approved|used|proven|from|by|for|to|in|on|against|is|was|has|had|and|or)\b))"
)


# ... or named in apposition to a phrase the kind's word opens, between commas: "the
# primary dispersant being used, [Corexit], says the product is safe"; in lower case
# ("UW Medicine, [RWJBarnabas Health], Sun River Health" is a list of hospitals).
_PRODUCT_APPOSED = re.compile(rf"\b(?:{_KINDS})(?:\s+[a-z]+){{0,3}},\s+$")


# Continents, and the words that name a part of one ("Southeast Asia", "Latin America"):
# a name of two words or more ending in one is no person's.
CONTINENTS = frozenset({"africa", "americas", "asia", "europe", "oceania", "emea", "apac"})
PARTS_OF = frozenset(
    "north south east west northern southern eastern western central latin southeast "
    "southeastern northeast northeastern southwest southwestern northwest northwestern "
    "south-east south-west north-east north-west sub-saharan continental".split()
)


# A title right before a lone name ("Chancellor [Scholz]", "Dr. [Jha]"); not the words
# that also open other names ("General [Motors]", "First [Republic]", "Prime").
_PERSON_TITLES = sorted(
    TITLES
    - {"first", "vice", "prime", "member", "leader", "general", "lady", "justice"}
    - {"emeritus", "emerita", "extraordinary", "plenipotentiary", "dean", "dame", "sir"}
    - {"crown"},  # "Crown [Prince]", "Crown [Castle]"
    key=lambda t: (-len(t), t),
)
# Words of a person's name, and the words of no one's ("[Prince William Sound]").
_GIVEN_OR_SURNAME = re.compile(r"[A-Z][a-z]+(?:['’][A-Z][a-z]+)?(?:-[A-Z][a-z]+)?|[A-Z]\.")
_NO_NAMES_WORDS = ORG_HEADS | BUSINESS_WORDS | PLACE_HEADS | GEO_HEADS | LAND_HEADS
_CAPITAL_AFTER = re.compile(r" [A-Z]")


# (on the name's line, and a period only after an abbreviation: "... chaired by the
# Deputy Prime Minister.\n\nSabah Deputy Chief Minister ...": no title of Sabah's)
_SHORT_TITLES = [t for t in _PERSON_TITLES if t in ABBREVIATIONS]
_TITLE_BEFORE = re.compile(
    r"(?<![\w.])(?:"
    + lexicon.alternation(t.capitalize() for t in _PERSON_TITLES)
    + r"|(?:"
    + lexicon.alternation(t.capitalize() for t in _SHORT_TITLES)
    + r")\.)(?:[ \t]+\(?j\.g\.\)?)?[ \t]+$"  # (a navy's "Lt. j.g.", "Lt. (j.g.)")
    r"|(?<![\w.])(?:"
    + lexicon.alternation(t.upper() for t in _PERSON_TITLES)
    + r"|(?:"
    + lexicon.alternation(t.upper() for t in _SHORT_TITLES)
    + r")\.)[ \t]+$"
)


def _plural(title: str) -> str:
    """A title's plural, as written before a list of those who hold it."""
    if title.endswith("man"):
        return title[:-3] + "men"  # "congressmen", "chairwomen"
    if title.endswith("s"):
        return title + "es"  # "marchionesses"
    if title.endswith("y") and title[-2:-1] not in "aeiou":
        return title[:-1] + "ies"  # "secretaries"
    return title + "s"


# A title in the plural before a list of names, each of them someone who holds it
# ("Senators Schumer, Kaine, Tester, and Warnock", "Presidents Biden and Xi", "Sens.
# Tester and Daines"): up to the name, the names before it and their commas or "and".
# (Not a title itself, "Mrs" of "Mr"; nor the doctors of "Doctors Without Borders and
# Oxfam", an organization's name.)
_PLURAL_TITLES = sorted(
    ({_plural(t) for t in _PERSON_TITLES if t.isalpha()} | {t + "s" for t in _SHORT_TITLES})
    - TITLES
    - {"doctors"},
    key=lambda t: (-len(t), t),
)
_LISTED_NAME = r"[A-Z][\w’'.-]*(?:[ \t][A-Z][\w’'.-]*){0,2}"
_LIST_JOIN = r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)"
_TITLED_LIST_BEFORE = re.compile(
    r"(?<![\w.])(?:"
    + lexicon.alternation(t.capitalize() for t in _PLURAL_TITLES)
    + rf")\.?[ \t]+(?:{_LISTED_NAME}{_LIST_JOIN})*$"
)
_LISTED_AFTER = re.compile(rf"{_LIST_JOIN}[A-Z]")


def titled_in_a_list(text: str, start: int, end: int) -> bool:
    """Is the name from `start` to `end` one of a list (two names or more) written
    after a title in the plural ("Senators Schumer, Kaine, and [Warnock]")? Not a name
    alone after such a word ("the Ottawa Senators Hockey Club")."""
    before = text[max(0, start - 160) : start]
    if not before.endswith((", ", " and ")) and not _LISTED_AFTER.match(text, end):
        return False
    return _TITLED_LIST_BEFORE.search(before) is not None


# A stock ticker in brackets after a name, as wire services write it: "(SASY.PA)",
# "(BAX.N)", "(NYSE: BP)".
_TICKER = re.compile(
    r"\s*\(\s*(?:[A-Z]{1,5}\.\s*[A-Z]{1,2}|(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|AMEX)\s*:\s*[A-Z.]{1,6})\s*\)"
)


def listed(text: str, end: int) -> bool:
    """Is the name ending at `end` followed by a stock ticker: a listed company's?"""
    return _TICKER.match(text, end) is not None


PLATFORMS = lexicon.words("platforms")
# The words for a storm, which its name follows ("Hurricane Alex", "Tropical Storm
# Bonnie", "Hurricanes Katrina and Rita"; in lower case too before a name already known:
# "tropical storm [Alex]").
_STORM_WORDS = ("hurricane", "typhoon", "cyclone", "storm", "depression")
# Storms are named like people: "Storm Bonnie", "Tropical Depression Two" (the others
# are event heads: "Hurricane Alex").
_STORMS = frozenset(_STORM_WORDS) - EVENT_HEADS
_STORM_OR_EVENT = _STORMS | EVENT_HEADS
# Words of no correspondent's name (_OUTLET_BEFORE below).
_NOT_A_CORRESPONDENT = ORG_HEADS | BUSINESS_WORDS | GEO_HEADS
# before "Storm", "Typhoon", "Cyclone"
_WEATHER = frozenset(
    {"tropical", "subtropical", "extratropical", "post-tropical", "winter", "severe", "super"}
)
_STORM_NAMED = re.compile(
    r"\b(?:" + "|".join(w.capitalize() for w in _STORM_WORDS) + r")s?\s+([A-Z][a-z]+)\b"
    r"(?:\s+and\s+([A-Z][a-z]+)\b)?"
)
STORM_BEFORE = re.compile(
    r"\b(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _STORM_WORDS) + r")s?\s+$"
)


def storm_names(texts: Iterable[str]) -> frozenset[str]:
    """The names the texts give storms ("Alex", "Bonnie", "Katrina"): alone elsewhere,
    such a name is the storm's (entities._a_storm)."""
    names: set[str] = set()
    for text in texts:
        if not any(word[1:] in text for word in _STORM_WORDS):
            continue  # (a fifth of the time of the pattern over every text)
        for match in _STORM_NAMED.finditer(text):
            names.update(name for name in match.groups() if name)
    return frozenset(names)


# A deity the text says is one: "Mazu is the sea goddess", "Ebisu is the Japanese god of
# fishermen", "Ganesha, the elephant-headed god", "the Hindu goddess Lakshmi" (a name
# said to be "a god" is praise: "Messi is a god").
_DEITY = r"(?:god|goddess|deity)\b"
_DEITY_NAMED = re.compile(
    r"((?:[A-Z][\w’'-]+\s){0,2}[A-Z][\w’'-]+)(?:,|\s+(?:is|was))\s+the\s+(?:[\w-]+\s+){0,3}?"
    + _DEITY
    + r"|\bthe\s+(?:[\w-]+\s+){0,2}?"
    + _DEITY
    + r"\s+([A-Z][\w’'-]+)"
)


def deity_names(texts: Iterable[str]) -> frozenset[str]:
    """The names the texts say are a god's or a goddess's ("Mazu is the sea goddess"):
    alone elsewhere, such a name is the deity's, no entity (entities.resolve_entities).
    A run of capitalised words gives each of its endings ("Guan Yu", "Yu")."""
    names: set[str] = set()
    for text in texts:
        if "god" not in text and "deity" not in text:
            continue
        for match in _DEITY_NAMED.finditer(text):
            run = (match.group(1) or match.group(2)).split()
            names.update(" ".join(run[i:]) for i in range(len(run)))
    return frozenset(names)


# A medicine's brand, as labels and the trade press define it: its generic name in
# brackets after it or before it (lexicon/drug_stems.txt: "Kardiora (tenvalostat)",
# "oseltamivir (Tamiflu)"), or a trademark's sign after it ("Kardiora®").
_GENERIC = r"[a-z][a-z-]{3,}(?:" + lexicon.alternation(lexicon.words("drug_stems")) + r")"
_BRANDED = re.compile(
    rf"\b([A-Z][\w-]+)[®™]?\s*\(({_GENERIC})\)"
    rf"|\b{_GENERIC}\s*\(([A-Z][\w-]+)[®™]?\)"
    r"|\b([A-Z][\w-]+)[®™]"
)


def brand_names(texts: Iterable[str]) -> frozenset[str]:
    """The names the texts define as a medicine's brand or mark as a trademark (_BRANDED):
    "Kardiora (tenvalostat) Injection", "Kardiora®". Alone elsewhere, such a name is the
    product's, no entity, however tagged (entities.resolve_entities)."""
    names: set[str] = set()
    for text in texts:
        if "(" not in text and "®" not in text and "™" not in text:
            continue
        # Every match holds a bracket or a mark, from the word before it (past a mark
        # and spaces) to the bracket closed after the word in it at most: only there is
        # it looked for (a tenth of the time of reading every word of the text).
        for sign in _BRAND_SIGN.finditer(text):
            start = sign.start()
            while start and text[start - 1].isspace():
                start -= 1
            if start and text[start - 1] in "®™":
                start -= 1
            while start and _WORD_CHAR.match(text, start - 1):
                start -= 1
            end = _BRACKETED_WORD.match(text, sign.end()).end()  # type: ignore[union-attr]
            for match in _BRANDED.finditer(text, start, end):
                names.add(match.group(1) or match.group(3) or match.group(4))
    return frozenset(names)


_BRAND_SIGN = re.compile(r"[(®™]")
_WORD_CHAR = re.compile(r"[\w-]")
_BRACKETED_WORD = re.compile(r"[\w-]*[®™]?\)?")


def demonyms_of_places(places: Iterable[str]) -> frozenset[str]:
    """The words for the people of the places the corpus names (`places`: each place's
    name as written, tagged a place twice or more), as English forms them from a place's
    name: "Kerandan" of Keranda, "Tigrayan" of Tigray, "Darfuri" of Darfur, "Taiwanese"
    of Taiwan, "Canadian" of Canada. Such a word is an adjective or the people, no
    entity (lexicon/demonyms.txt lists the countries' own, "Thai", "Dutch"); an
    invented country's, or a region's, only the corpus can tell. A place of two words or
    more forms it from its last ("South Sudanese"); one named for its islands or lands
    with "-er" ("Pacific Islander", "New Zealander", "Icelander"); each word also in the
    plural ("Nevadans", "Pacific Islanders")."""
    words: set[str] = set()
    for place in places:
        last = place.rpartition(" ")[2]
        if len(last) < 4 or not place[0].isupper() or not last[0].isupper():
            continue
        words.update(place + ending for ending in ("an", "ian", "ese", "i"))  # "Tigrayan"
        if place[-1] in "aeiouy":
            words.add(place + "n")  # "Kerandan", "Kenyan", "Korean"
            words.update(place[:-1] + ending for ending in ("an", "ian", "ese"))  # "Chinese"
        if last.lower().removesuffix("s").endswith(("land", "island")):
            words.add(place.removesuffix("s") + "er")  # "Pacific Islander", "Icelander"
    return frozenset(words | {word + "s" for word in words})


# A capitalised adjective after a verb of seeming ("it felt Christmassy", "looks
# Kafkaesque", "sounded very Trumpian"): no name, dropped like a fragment.
_LINKING_BEFORE = re.compile(
    r"\b(?:feels?|felt|feeling|seems?|seemed|looks?|looked|sounds?|sounded)\s+"
    r"(?:(?:very|so|more|less|quite|really|a bit|rather|too)\s+)?$"
)
_ADJECTIVE = re.compile(r"[a-z](?:y|ish|ian|esque|like|ic|ous|ful|less|ive)$")


def _club_word(word: str, words: frozenset[str]) -> bool:
    """Is `word` one of a sports club's `words`: an acronym as written ("FC", not "Fc"),
    a word in any case ("Athletic", "ATHLETIC")?"""
    return word in words if word.isupper() and len(word) <= 3 else word.lower() in words


def _a_body_by_its_head(words: list[str]) -> bool:
    """Does a name opened by an event's word end with a body's word or a legal form, the
    event's word a modifier of the words after it ("Summit Aviation Holdings Inc.",
    "Election Commission", "War Victims Fund")? Not after "of", "on" and the like: "the
    Summit of the Gulf Cooperation Council" is the summit."""
    head = words[-1].lower().replace(".", "")
    return (
        len(words) > 1
        and words[1].lower() not in SMALL_WORDS
        and (head in ORG_HEADS or head in BUSINESS_WORDS or head in LEGAL_FORMS)
    )


# A body's word opening its name before "of", "for" or "on" (lexicon/org_heads.txt; not
# "Union": the Union of Soviet Socialist Republics is a country).
_BODY_OPENING = ORG_HEADS - {"union"}


def vote_for(name: str, label: str, start: int, end: int, text: str) -> tuple[str | None, float]:
    words = name.split()
    head = words[-1].lower()
    first = words[0].lower()
    if (
        (first.removesuffix("s") in EVENT_HEADS and not _a_body_by_its_head(words))
        or first in _STORMS
        or (first in _WEATHER and len(words) > 2 and words[1].lower() in _STORM_OR_EVENT)
    ):
        return "event", 1.0  # "Hurricane Alex", "Storm Bonnie", "Tropical Storm Bonnie"
    if len(words) > 1 and (
        head in INCIDENT_HEADS or (head in EVENT_TAILS and "of" not in words)
    ):
        # "the BP Oil Spill", "the Buncefield Explosion": what happened; "the Golden
        # Lantern Marathon", "the NATO Summit": what is held (not "the Board of
        # Directors of the Middleburg Film Festival", a board)
        return "event", 1.0
    if len(words) == 1 and _ADJECTIVE.search(name) and _LINKING_BEFORE.search(
        text, max(0, start - 30), start
    ):
        return "event", 1.0  # "it felt Christmassy", "seems Kafkaesque": an adjective
    if len(words) > 1 and words[-1].lower().rstrip(".") in GENERATIONS:
        return "person", STRONG  # "Calloway Sr.", "Dexter Calloway, Sr.", however tagged
    if len(words) > 1 and words[0].isupper() and first in VESSEL_PREFIXES:
        return "place", STRONG  # "USS Harlan Reeves", "MV Ocean Sapphire": a ship
    after = text[end : end + 40]
    context = context_vote(text, start, end)  # a vessel's kind before, a facility's after
    if head in PLACE_HEADS:
        return "place", STRONG  # "Evin Prison"
    if context[0] in ("place", "organization"):
        return context  # "the Macondo well", "Hafbrún hf."
    if label == "PERSON" and _followed_by(after, INCIDENT_HEADS):
        return "place", 1.0  # "the Deepwater Horizon explosion": no person's name
    if label == "ORG" and _before_incident(after):
        # "the 1989 Exxon Valdez oil spill": where the accident happened (a ship, a rig,
        # a plant); a company named so now and then ("the BP spill") is outvoted by its
        # other mentions
        return "place", 1.0
    if (
        len(words) > 2
        and first in _BODY_OPENING
        and words[1].lower() in ("of", "for", "on")
        and context[0] not in ("thing", "maker")  # ("... Weatherization Assistance Program")
    ):
        # "Center for Strategic and International Studies", "Council on Foreign
        # Relations", "University of Puget Sound": a body's word and what it is of, a body
        # however tagged (a facility, a place)
        return "organization", STRONG
    if (
        (len(words) > 1 and head in LAND_HEADS)
        or ("-" in head and head.split("-")[-1] in GEO_HEADS)
    ) and not (
        ORG_HEADS & {w.lower() for w in words[:-1]} or (label == "PERSON" and first in GIVEN_NAMES)
    ):
        # "Indo-Pacific", "Sahel Region", "South China Sea"; not "University of Puget
        # Sound", nor a person called so ("Kevin Beach")
        return "place", STRONG
    if (
        len(words) > 1
        and head in SURNAME_GEO_HEADS
        and label in ("GPE", "LOC", "FAC", "ORG")
        and first not in GIVEN_NAMES
        and not ORG_HEADS & {w.lower() for w in words[:-1]}
    ):
        # "Capitol Hill", "the Florida Keys" tagged a body: a place; "Carla Hills",
        # tagged a person, keeps her vote
        return "place", 1.0
    if len(words) > 1 and (head in ORG_HEADS or head in BUSINESS_WORDS):
        return "organization", STRONG  # "Fitch Ratings", however tagged
    if len(words) > 1 and (
        _club_word(words[-1], CLUB_WORDS)
        or _club_word(words[0], CLUB_OPENERS)
        or first in BODY_OPENERS
    ):
        # "Real Tarragona", "Exeter Athletic", "Inversiones Morales Arrieta" tagged a person
        return "organization", STRONG
    if GROUP_OF.fullmatch(name):
        return "organization", STRONG  # "the G7", tagged a country as often as not
    if (
        len(words) > 1
        and first in PLACE_OPENERS
        and (
            label == "PERSON"
            or words[1] in ("de", "del")
            or (first in _WATERS_AND_COUNTIES and len(words) == 2)
            or first in _STREETS
        )
    ):
        # "Puerto Vallarta", "Ciudad Juarez" tagged a person; "Paseo de la Reforma",
        # "Bosque de Chapultepec", "River Fergus", "County Clare", "Rue Pétion" tagged a
        # body
        return "place", STRONG
    if listed(text, end):
        return "organization", STRONG  # "Sanofi-Aventis (SASY.PA)": a listed company
    if first == "greater" and len(words) == 2 and label != "ORG":
        # "Greater Glasgow", "Greater Manchester": a city's region ("Greater Boston Legal
        # Services" is a body)
        return "place", STRONG
    if (
        _SHORT_ACRONYM.fullmatch(name)
        and _A_KIND.search(text, max(0, start - 8), start)
        and _phrase_ends(after)
    ):
        return "thing", 1.0  # "see a GP if", "contact your MP": someone of a kind, no name
    if (
        label == "PERSON"
        and len(words) == 1
        and name.isupper()
        and not _TITLE_BEFORE.search(text, max(0, start - 30), start)
    ):
        # "VAWA", "JYNNEOS": people are not written in capitals, but for their surname
        # after a courtesy or a title, as records of meetings write it ("Ms. THORSEN
        # (Denmark):", "Members: Denmark, Ms. THORSEN")
        return "organization", 1.0
    if (
        label == "PERSON"
        and _BODY_ACRONYM.fullmatch(words[0])
        and not name.isupper()
        and not _TITLE_BEFORE.search(text, max(0, start - 30), start)
    ):
        # "NHS Wiltshire", "NHS Direct": a body's acronym opens no person's name (two
        # letters may be initials: "AJ Foyt"); after a person's title, a surname in
        # capitals does ("Chief Cabinet Secretary MORI Yasuhiro")
        return "organization", 1.0
    if label == "PERSON" and {"of", "for", "and", "the", "&"} & set(words[1:]):
        return "organization", 1.0  # "Healthy Trucking of America" is not a person
    if label == "PERSON" and len(words) > 1 and head in CONTINENTS and first not in PARTS_OF:
        return "organization", 1.0  # "Corbel Europe", a company's arm: no one's surname
    if name in STATE_CODES or name in STATE_NAMES_WRITTEN:
        return "place", STRONG  # "Alabama" is the state, even as "Alabama said"
    if len(words) == 1 and (
        _TITLE_BEFORE.search(text, max(0, start - 30), start)
        or titled_in_a_list(text, start, end)
    ):
        # "Chancellor Scholz", "Mr. Kirby", "Senators Tester and [Warnock]": a person
        # however tagged
        return "person", STRONG
    if (
        len(words) in (2, 3)
        and all(_GIVEN_OR_SURNAME.fullmatch(w) for w in words)
        and not {w.lower() for w in words} & _NO_NAMES_WORDS
        and not _CAPITAL_AFTER.match(text, end)  # ("Michigan Education [Association]")
        and _TITLE_BEFORE.search(text, max(0, start - 30), start)
    ):
        return "person", STRONG  # "Lt. j.g. [Marcus Bell]", "Senator [Bob Casey]", tagged a body
    if context[0] in ("thing", "maker"):
        return context  # "Medicare beneficiaries", "Dobbs v. Jackson", "Pfizer doses"
    if label != "ORG" and first in PLATFORMS and len(words) == 1:
        # "posted on Twitter", "on the Zoom", "a post on LinkedIn" (tagged a place): the
        # platform's company ("Twitter feeds", a product's word after it, is the thing
        # above)
        return "organization", STRONG
    if (
        (
            text[start - 1 : start] in _OPENING_QUOTES
            and _WORK_BEFORE.search(text, max(0, start - 30), start)
        )
        or _WORK_AFTER.match(after)
        or (
            # (not "the song Michael Jackson wrote": a person named in full after it)
            (label != "PERSON" or len(words) == 1)
            and (tail := text[max(0, start - 12) : start].split())
            and tail[-1] in _WORK_WORDS
            and _WORK_KIND_BEFORE.search(text, max(0, start - 40), start)
        )
    ):
        return "thing", 1.0  # "the song “Everybody Hurts”", "“Romaria”, the ... song"
    if (
        _PRODUCT_BEFORE.search(text, max(0, start - 40), start)
        and not _POSSESSIVE_AFTER.match(after)  # "drugs such as Roche's Tamiflu": its maker
    ) or _PRODUCT_AFTER.match(after):
        return "thing", 1.0  # "the antiviral drug Tamiflu", "Tamiflu, made by Roche"
    if after.startswith(",") and _PRODUCT_APPOSED.search(text, max(0, start - 50), start):
        return "thing", 1.0  # "the primary dispersant being used, Corexit, says"
    if (
        label != "PERSON"
        and 2 <= len(words) <= 3
        and all(_NAME_WORD.fullmatch(w) for w in words)
        and {w.lower() for w in words}.isdisjoint(_NOT_A_CORRESPONDENT)
        and _OUTLET_BEFORE.search(text, max(0, start - 40), start)
        and _REPORTS_AFTER.match(after)
    ):
        # "the BBC's Imogen Foulkes reports from Geneva", "The BBC's Imogen Foulkes, in
        # Geneva, says": a body's correspondent or spokesperson, tagged as the body
        return "person", STRONG
    if (
        label != "PERSON"
        and 2 <= len(words) <= 3
        and all(_NAME_WORD.fullmatch(w) for w in words)
        and {w.lower() for w in words}.isdisjoint(_NOT_A_HOLDER)
        and _POST_NOMINAL_AFTER.match(after)
    ):
        # "The Hon. Jodie Tranter MP", "Eleanor Whitcroft QC, for the claimants": the
        # letters of an office or an honour follow a person's name ("Plaid Cymru MP Liz
        # Saville": the MP's own name follows, on the same line)
        return "person", STRONG
    if (
        label != "PERSON"
        and len(words) <= 4
        and _AGE_AFTER.match(after)
        and all(_NAME_WORD.fullmatch(w) for w in words)
    ):
        # "Aleksandr Zhuravlyov, 57, a Russian national", "Zhuravlyov, 57, had left": an
        # age in apposition, as news writes a person's; no body or place has one
        return "person", STRONG
    if (
        label != "PERSON"
        and 2 <= len(words) <= 4
        and all(_NAME_WORD.fullmatch(w) for w in words)
        and _NOMINEE_AFTER.match(after)
    ):
        # "Radha Iyengar Plumb, of New York, to be a Deputy Under Secretary of Defense":
        # a nomination names a person, where they are from, and the post
        return "person", STRONG
    before = text[max(0, start - 12) : start]  # (the cheap tests first: every span)
    if (
        (before[-2:-1].isdigit() or "model-year" in before)
        and _MODEL_YEAR_BEFORE.search(text, max(0, start - 30), start)
    ) or (
        len(words) == 1
        and before[-2:-1].isalpha()
        and _CLOSED_AFTER.match(after)
        and not _REGION_AFTER.match(after)  # "a Birmingham, Ala., clinic": the city's
        and (owned := _OWNED_BEFORE.search(text, max(0, start - 30), start))
        and not owned.group(1)  # "Pass a Loutre": a name's own word
    ):
        # "a 2024 Kestrel", "model-year Tidewater Kestrel", "another Kestrel.", "every
        # Helena on the road", "their Kestrel caught fire": a product, a thing owned or
        # counted; no one's name takes "a", "every" or "their" ("the" may: "the Sahel")
        return "thing", 1.0
    if len(words) <= 2 and _owner_before(text, start) and _MODEL_AFTER.match(after):
        # "its Helena electric hatchback", "Tidewater Motors' Kestrel SUV", "the
        # company's Aurora battery cell": a model of its maker's, owned so
        return "thing", 1.0
    vote = LABEL_TYPES[label]
    if (
        vote == "person"
        and _ARTICLE_BEFORE.search(text, max(0, start - 5), start)
        and _CLOSED_AFTER.match(after)
    ):
        # "the Cancer Moonshot to end cancer", "a Cancer Moonshot.": no article goes
        # right before a person's name (it may before a name used as a modifier: "the
        # Joe Biden campaign"). One word says even less of what it is ("the Sahel", "the
        # Houthis", "the Duma"): no vote, the name's other mentions decide.
        return ("organization", 1.0) if len(words) > 1 else (None, 0.0)
    if _MODIFIED_BY.match(after):
        # "Maduro's government", "the Trump administration": the name of its leader.
        return ("place" if vote == "place" else "person"), WEAK
    return vote, 1.0


# A body's possessive right before a name, with its article or as an acronym ("the
# BBC's [Imogen Foulkes]", "the Guardian's", "CNN's"; not a place's, "Mexico's Granjas
# Carroll said", a company), and a verb of reporting or a comma right after it: someone
# speaking for the body.
_OUTLET_BEFORE = re.compile(r"(?:\b[Tt]he\s+[A-Z][\w.&-]*|\b[A-Z]{2,6})['’]s\s+$")
_REPORTS_AFTER = re.compile(
    r"\s*(?:,|(?:reports|says|said|writes|wrote|told|asks|asked|explains|explained|adds|added)\b)"
)
# Post-nominal letters right after a name, no name of their holder after them on the line.
_POST_NOMINAL_AFTER = re.compile(
    r",?[ ](?:" + lexicon.alternation(w.upper() for w in POST_NOMINALS) + r")\b(?![’'-]|[ \t]+[A-Z])"
)
_NOT_A_HOLDER = ORG_HEADS | BUSINESS_WORDS | GEO_HEADS | PLACE_HEADS
# An age in apposition right after a name: a comma, a number up to 119, a comma, and
# the sentence going on in lower case ("Mykola Hrytsenko, 34, a Ukrainian national"); not
# a list of counts or scores ("Spain, 2, Italy, 1"; "BP, 57, and Shell, 40").
_AGE_AFTER = re.compile(r",[ ](?:[1-9]\d?|1[01]\d),[ ](?!and\b|or\b)[a-z]")
# A nominee's place and post after their name: ", of New York, to be a Deputy ...", ",
# of the District of Columbia, to be an Associate Judge".
_NOMINEE_AFTER = re.compile(r",[ ]of[ ][A-Z][^,\n]{1,40},[ ]to[ ]be[ ](?:an?[ ]|the[ ])?[A-Z]")
# A word of a person's name: "Foulkes", "McGreal", "O'Brien", "Sherwood-Randall".
_NAME_WORD = re.compile(r"[A-Z][a-z]*(?:[A-Z'’][a-z]+)*(?:-[A-Z][a-z]+)?")
# An article right before: "the [X]". (Not with a word between, "the lawyer Sarah
# Weddington"; nor a possessive, "Avon's Andrea Jung".)
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:[Tt]he|[Aa]n?)\s+$")
# A determiner no name of a person, a body or a place takes, right before a name: what
# is owned, counted or one of many ("another [Kestrel]", "their [Kestrel]").
# (group 1: a capitalised word before it inside a sentence, whose name the determiner is
# a part of: "near Pass a Loutre")
_DETERMINERS = frozenset(
    {"a", "an", "another", "every", "each", "their", "his", "her", "its", "our", "my"}
    | {"your", "whose"}
)


def _either_case(words: Iterable[str]) -> str:
    """An alternation of the words, each with its first letter in either case."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(words, key=lambda w: (-len(w), w)))


_OWNED_BEFORE = re.compile(
    r"((?<=[\w,;] )[A-Z][\w-]*\s+)?(?<![\w-])(?:" + _either_case(_DETERMINERS) + r")\s+$"
)
_REGION_AFTER = re.compile(r",\s+[A-Z]")
# An owner right before a name: a possessive determiner, a common noun's possessive or
# a company's ("its", "the company's", "Tidewater Motors'"); not a place's ("China's
# Huawei phones": the maker, where it is).
_OWNERS = frozenset({"its", "their", "his", "her", "our", "whose"})
_TRADES = frozenset(BUSINESS_WORDS)


def _owner_before(text: str, start: int) -> bool:
    """Is the word right before `start` (one space between) an owner's (_OWNERS)?"""
    if start < 3 or text[start - 1] != " ":
        return False
    word = text[max(0, start - 31) : start - 1].rpartition(" ")[2]
    if word.lower() in _OWNERS:
        return True
    if word.endswith(("'s", "’s")):
        owner = word[:-2]  # "the company's"
    elif word.endswith(("'", "’")):
        owner = word[:-1]  # "Tidewater Motors'"
    else:
        return False
    return owner[:1].islower() or owner.lower() in _TRADES


# Up to two lower-case words, then a model's word (lexicon/model_heads.txt): "electric
# hatchback", "battery cell", "SUV".
_MODEL_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,3}?(?i:"
    + lexicon.alternation(lexicon.words("model_heads"))
    + r")\b(?!['’-])"
)
# A model year before a name, after such a determiner or a possessive ("a 2024 [Kestrel]",
# "the family's 2024 [Tidewater Kestrel]"), or "model-year" ("2023 and 2024 model-year
# [Kestrels]"): a product's name.
_MODEL_YEAR_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:"
    + _either_case(_DETERMINERS - {"each"})
    + r")|['’]s)\s+(?:19|20)\d\d\s+(?:model-year\s+)?$"
    r"|\bmodel-year\s+(?:(?:19|20)\d\d\s+)?$"
)
# What may follow a name that is not a modifier: punctuation, the end, a function word.
_CLOSED_AFTER = re.compile(
    r"\s*(?:[.,;:!?)”\"’']|$|(?:in|to|of|for|and|or|is|was|has|had|will|with|that|which|"
    r"at|on|by|as|from|since|under)\b)"
)


def context_vote(text: str, start: int, end: int) -> tuple[str | None, float]:
    """What the words right around a name (from `start` to `end`) say it is, alone: a
    vessel ("the ferry Haewon Star") or a facility ("the Macondo well"), a place; a
    programme, law, case or product ("Medicare beneficiaries"), a thing; (None, 0.0) when
    they say nothing. A span's vote (_vote) weighs it with the rest; re-found copies of a
    name (refind.py) vote by this only."""
    if written_as_vessel(text, start):
        return "place", STRONG
    after = text[end : end + 40]
    word = _next_word(after)  # read once, looked up in each lexicon
    if word is not None and _is_head(word, FACILITY_HEADS) and not _AS_VERB.match(after):
        return "place", STRONG
    modifier = _MODIFIER.match(after)
    if (
        modifier
        and modifier.group(1) in FACILITY_MODIFIERS
        and _followed_by(after[modifier.end() :], FACILITY_HEADS)
    ):
        return "place", STRONG  # "the Deepwater Horizon drilling rig"
    if _legal_form_after(text, start, end):
        return "organization", STRONG  # "Hafbrún hf.", "Nordvik Havbruk AS": a company
    if word is not None and word in _INSTITUTION_HEADS and after.lstrip().startswith(word):
        # "the Dolphin school", in lower case: an institution's name, but weakly, as a
        # place's name may modify the word too ("Eton College in Berkshire ... The
        # Berkshire school"), which the place's other mentions outvote
        return "organization", 0.5
    if word is not None and _is_head(word, THING_HEADS):
        return "thing", 1.0
    if word is not None and _is_head(word, PRODUCT_HEADS):
        return "maker", 1.0  # "the Pfizer vaccine": a company (resolution.type_of)
    return None, 0.0


# An institution's word after its name, in lower case (lexicon/institution_heads.txt).
_INSTITUTION_HEADS = lexicon.words("institution_heads")
_MODIFIER = re.compile(r"\s+([a-z]+)(?=\s)")
# A company's legal form right after a name the pipeline left it out of ("[Hafbrún]
# hf.", "[Nordvik Havbruk] AS", "[Sjóvík] ehf."): in lower case with its period, or in
# capitals or title case; not after a name in capitals (a headline's "BIDEN AS ...").
_FORM_AFTER = re.compile(r",?[ ](?P<form>[A-Za-z][A-Za-z/]*)(?P<dot>\.)?(?![\w/&-])")  # not "Co-Founder"


def _legal_form_after(text: str, start: int, end: int) -> bool:
    """Is a company's legal form (lexicon/legal_forms.txt) written right after the name?"""
    after = _FORM_AFTER.match(text, end)
    if after is None or text[start:end].isupper():
        return False
    form = after.group("form")
    if form.islower() and not after.group("dot"):
        return False  # "Hafbrún said as much", "... as"
    if (
        form.isupper()
        and after.group(0).startswith(",")
        and (after.end() == len(text) or text[after.end()] in ")\n")
    ):
        return False  # "(South Australia, LP)", "Senator Ros Bettini, South Australia, LP"
        # at a line's end: a party's letters after a seat
    return form.lower() in LEGAL_FORMS and form.lower() not in _NOT_FORMS_ALONE


# Words that are legal forms only with a name or another form ("Foo Company", "Pte Ltd"):
# alone after a name, the sentence goes on ("Smith Company", "the Limited").
_NOT_FORMS_ALONE = frozenset({"company", "corporation", "limited", "incorporated", "private", "football", "club"})
# A vessel's kind right before its name (lexicon/vessel_kinds.txt), after an article or
# a possessive and up to three words that describe it ("the ferry [Haewon Star]", "its
# container ship [Aoba Harmony]", "the Panama-flagged container ship", "Our patrol vessel
# [Setokaze]"), or the kind the vessel is one of ("ships like the [Aoba Harmony]"). Not
# a verb's object: "to ferry [Smith]" has no article, "the army will ferry [Smith]" a
# function word between.
_VESSEL_KINDS = lexicon.words("vessel_kinds")
# Ships' prefixes, in capitals before their names ("USS", "MV": lexicon/vessel_prefixes).
VESSEL_PREFIXES = lexicon.words("vessel_prefixes")
_PREFIX_BEFORE = re.compile(r"(?<![\w.-])([A-Z]{2,5}) $")
_VESSEL_PLURALS = frozenset(
    k[:-1] + "ies" if k.endswith("y") and k[-2] not in "aeiou" else k + "s" for k in _VESSEL_KINDS
)
_VESSEL_BEFORE = re.compile(
    r"\b(?i:the|a|an|its|our|their|his|her|whose)\s+"
    r"(?:(?!(?:to|and|or|of|in|on|at|for|by|with|from|was|is|will|would|could|can|did|not)\s)"
    r"[\w-]+\s+){0,3}?"
    rf"(?:{lexicon.alternation(_VESSEL_KINDS)})\s+$"
    rf"|\b(?i:{lexicon.alternation(_VESSEL_PLURALS)}),?\s+(?:such as|like|including)\s+"
    r"(?:the\s+)?$"
)
# (Not a kind after the name: "the Exxon Valdez tanker" is written so, but so is "a
# Greenpeace ship", the ship of a body.)


def written_as_vessel(text: str, start: int) -> bool:
    """Is the name starting at `start` written right after a kind of vessel ("the ferry
    [Haewon Star]", "ships like the [Aoba Harmony]": _VESSEL_BEFORE), or a ship's prefix
    ("MV [Dayang Sulu]", "USS [Harlan Reeves]")? Asked of every mention: the pattern is
    tried only where the word before is a kind's, or "like", "as" or "including" before
    "the" or not."""
    prefix = _PREFIX_BEFORE.search(text, max(0, start - 7), start)
    if prefix is not None and prefix.group(1).lower() in VESSEL_PREFIXES:
        return True
    before = text[max(0, start - 30) : start].rstrip()
    last = _last_word(before)
    if last == "the":
        last = _last_word(before[:-3].rstrip())
    if last not in _VESSEL_KINDS and last not in _MEMBER_OF:
        return False
    return bool(_VESSEL_BEFORE.search(text, max(0, start - 60), start))


_MEMBER_OF = frozenset({"like", "as", "including"})


def _last_word(before: str) -> str:
    """The last word of `before` (no space at its end), lower-cased."""
    return before[max(before.rfind(" "), before.rfind("\n")) + 1 :].lower()


def _before_incident(after: str) -> bool:
    """Is the next word an accident's ("spill", "disaster"), or a facility's modifier
    and then one ("oil spill"), ending the phrase: "the Exxon Valdez spill in 1989",
    not "SBA disaster loans" (a kind of loan)?"""
    words = _TOKEN.findall(after[:60])
    if words and words[0] in FACILITY_MODIFIERS:
        words = words[1:]  # "oil [spill]"
    return (
        bool(words)
        and words[0] in INCIDENT_HEADS
        and (len(words) == 1 or not words[1][0].isalpha() or words[1].lower() in _PHRASE_ENDS)
    )


# Words after which a noun phrase has ended: prepositions, conjunctions, auxiliaries,
# determiners and adverbs that open the next phrase ("an Exxon Valdez disaster every
# four days", "the spill last year").
_PHRASE_ENDS = frozenset(
    "of in on at off near from by and or but as with to that which who was were is are "
    "has had have will would could since after before when where than every each this "
    "last next ago so because if then now also".split()
)


# An article or a possessive before a name: "a GP", "your MP" (not "the": "the EPA").
_A_KIND = re.compile(r"\b(?:a|an|my|your|his|her|their|our)\s+$", re.IGNORECASE)
# _vote's and the phrase tests' patterns, compiled once (they run for every span): an
# acronym of two to five capitals, a possessive right after a name, a word or a mark,
# and what follows a name: a mark (not a hyphen: "an FHA-backed loan") or a word.
_SHORT_ACRONYM = re.compile(r"[A-Z]{2,5}")
_BODY_ACRONYM = re.compile(r"[A-Z]{3,6}")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_TOKEN = re.compile(r"[\w'-]+|[^\w\s]")
_FOLLOWING = re.compile(r"\s*([^\w\s‑-])|\s+(\w+)")


def _phrase_ends(after: str) -> bool:
    """Does the noun phrase end right after the name ("a GP if", "your GP.")?"""
    following = _FOLLOWING.match(after)
    if following is None:
        return not after.strip()
    return bool(following.group(1) or (following.group(2) or "").lower() in _PHRASE_ENDS)


def _followed_by(after: str, heads: frozenset[str]) -> bool:
    """Is the next word (the text right after a name) one of `heads`? "well" in "the
    Macondo well", not in "well-known"; "Act" in "the Stafford Act", not "Law" in
    "Harvard Law School"."""
    word = _next_word(after)
    return word is not None and _is_head(word, heads)


def _next_word(after: str) -> str | None:
    """The word right after a name (`after`: the text that follows it), in lower case
    and without its period; None when there is none, or when it goes on a longer name."""
    match = _NEXT_WORD.match(after)
    if match is None:
        return None
    if match.group(1)[0].isupper() and _NAME_GOES_ON.match(after, match.end()):
        return None  # "Harvard Law School": the word goes on a longer name
    return match.group(1).lower().rstrip(".")


def _is_head(word: str, heads: frozenset[str]) -> bool:
    return word in heads or f"{word}." in heads


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+\.?)(?![\w-])")
# A facility's word used as a verb, its object after it: "Dr. King crossing the Alabama
# River", "to plant a garden" (not "the Rafah crossing", "the rig in the Gulf").
_AS_VERB = re.compile(r"\s+[a-z]+\s+(?:the|a|an|our|their|his|her|its)\s")
_NAME_GOES_ON = re.compile(r"\s+(?:of\s+)?[A-Z]")
