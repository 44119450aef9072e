"""The word lists resolution reads names with. Each list is a file in
generator/lexicon/ that says what it is for; the passes import the constants here."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from .. import lexicon
from ..ingest.datelines import OUTLETS
from ..ingest.text import CITIES, fold

# Nouns of roles and posts ("secretary", "spokesman"), in titles and appositives.
ROLE_NOUNS = lexicon.words("role_nouns")
# Words before a role noun that stay in the role ("former", "acting", "Republican").
MODIFIERS = lexicon.words("role_modifiers")

PLACE_HEADS = lexicon.words("place_heads")
# Last words of the names of regions and waters (alone, "Pacific" is a name itself).
GEO_HEADS = lexicon.words("geo_heads")
OCEANS = lexicon.words("oceans")  # "Digicel Pacific": a company
LAND_HEADS = GEO_HEADS - OCEANS  # a region's head, not a sea's
SURNAME_GEO_HEADS = lexicon.words("surname_geo_heads")  # "Capitol Hill", "Carla Hills"
ORG_HEADS = lexicon.words("org_heads")
EVENT_HEADS = lexicon.words("event_heads")
EVENT_TAILS = lexicon.words("event_tails")  # "the Golden Lantern Marathon"
# Words after a name that make it a facility ("the Macondo well"), or a programme, a law,
# a case or a product ("Medicare beneficiaries"): see the lists' files.
FACILITY_HEADS = lexicon.words("facility_heads")
FACILITY_MODIFIERS = lexicon.words("facility_modifiers")  # "the Macondo [oil] well"
INCIDENT_HEADS = lexicon.words("incident_heads")  # "the Deepwater Horizon explosion"
THING_HEADS = lexicon.words("thing_heads")
# Titles in the languages of translated statements, with the English title they mean
# ("Presidente Biden"); "Governo Biden" is Biden's government, his name used as a modifier.
FOREIGN_TITLES = lexicon.pairs("foreign_titles")
TITLES = lexicon.words("titles") | frozenset(FOREIGN_TITLES)
# US postal codes: places, whatever the pipeline says, and never an acronym to expand.
STATE_NAMES = lexicon.pairs("us_states")
STATE_CODES = frozenset(STATE_NAMES)
# News outlets (lexicon/news_outlets.txt), and the agencies datelines credit ("PA" is
# Pennsylvania's code too).
NEWS_OUTLETS = lexicon.words("news_outlets") | (OUTLETS - STATE_CODES)
STATE_NAMES_WRITTEN = frozenset(STATE_NAMES.values())
# Posts held by people: a name ending in one is a post, not an organization.
OFFICES = lexicon.words("offices")
# Verbs of press-release headlines written in title case ("Biden Announces Presidential
# Delegation", "Biden Touts Historic Gun ..."): a name does not hold one of these forms.
HEADLINE_VERBS = (
    frozenset(
        form
        for verb in lexicon.ordered("headline_verbs")
        for form in (
            verb + "s",
            verb + "es",
            verb + "d" if verb.endswith("e") else verb + "ed",
            verb[:-1] + "ies" if verb.endswith("y") else verb + "s",
        )
    )
    | lexicon.words("headline_verb_forms")
) - lexicon.words("headline_verb_exceptions")  # "Support Services", "Lead Agency"
MONTHS = lexicon.words("months")
WEEKDAYS = frozenset(day.lower() for day in calendar.day_name)  # "monday" ... "sunday"
# The names of the months and the days of the week, as written ("March", "Thursday"):
# when, not who ("call her as a witness Thursday", "[Maria Lopez] Tuesday").
CALENDAR_NAMES = MONTHS | frozenset(calendar.day_name)
DISEASES = lexicon.words("diseases")
OPENERS = lexicon.words("openers")
OPENING_ADVERBS = lexicon.words("opening_adverbs")
SUFFIXES = lexicon.words("name_suffixes")
# The suffixes that tell a father and a son of one name apart ("Dexter Calloway Sr."):
# a person's, as no body's or place's name ends so ("World War II" may: not "ii").
GENERATIONS = frozenset({"jr", "sr"}) & SUFFIXES
POST_NOMINALS = lexicon.words("post_nominals")  # "Eleanor Whitcroft QC"
# Single words that name a kind of thing, not a thing ("the Administration").
GENERIC = lexicon.words("generic")
# The particles of names in Portuguese, Spanish, French or Italian ("Conceição do
# Itacolomi", "Rio de Janeiro"), small words of names (placed.py, cut_names.py).
ROMANCE_PARTICLES = frozenset({"da", "das", "de", "del", "della", "di", "do", "dos", "du"})
SMALL_WORDS = lexicon.words("small_words")
# The small words that open a surname ("bin Laden", "de Gaulle", "van Gogh"); not "Al",
# a given name too ("Al Gore").
SURNAME_PARTICLES = SMALL_WORDS - frozenset(
    {"&", "al", "and", "at", "e", "el", "for", "in", "of", "on", "the", "to", "y"}
)
# The links inside a name that give no letter to its acronym: English small words and
# the French and Spanish ones ("Rassemblement pour le progrès du Kossanga (RPK)").
NAME_LINKS = SMALL_WORDS | frozenset(
    {"de", "del", "la", "le", "les", "des", "du", "pour", "et", "contre", "aux", "au"}
    | {"en", "sur", "à", "y", "los", "las", "el", "para", "por"}
)
# Words of a title but the titles ("Acting", "Deputy", "Seri" of "Datuk Seri").
TITLE_PHRASE_WORDS = lexicon.words("title_phrase_words") - SMALL_WORDS
# Words of a title without a name ("Acting Administrator", "U.S. Consul General").
TITLE_PHRASE = TITLES | ROLE_NOUNS | SMALL_WORDS | TITLE_PHRASE_WORDS
# Names of documents, laws and occasions rather than of people, organizations or places.
DOCUMENT_HEADS = lexicon.words("document_heads")
_BUSINESS = lexicon.words("business_words")
BUSINESS_WORDS = _BUSINESS | {fold(w) for w in _BUSINESS}  # ("mineração", "mineracao")
# A sports club's words after and before its town's ("Exeter Athletic", "Real
# Tarragona"), and a body's opening word in another language ("Banco Santander").
CLUB_WORDS = lexicon.words("club_words")
CLUB_OPENERS = lexicon.words("club_openers")
BODY_OPENERS = lexicon.words("body_openers")
LEGAL_FORMS = lexicon.words("legal_forms")  # "Ltd", "Plc", "S.A.D." (lower case, no dots)
LEGAL_PREFIXES = lexicon.words("legal_prefixes")  # "PT Pertamina", "PJSC Gazprom"
PRODUCT_HEADS = lexicon.words("product_heads")
# Short first names and the full ones ("joe" -> "joseph"); the given names they are,
# short and full ("bill", "william").
NICKNAMES = lexicon.pairs("nicknames")
GIVEN_NAMES = frozenset(w for pair in NICKNAMES.items() for w in pair)
DEITIES = lexicon.words("deities")  # "God", "Allah": never an entity
# Acronyms and degrees, time zones and units that are not entities.
NOT_ENTITIES = (
    lexicon.words("not_entities") | DEITIES | lexicon.words("time_zones") | lexicon.words("units")
)
DEMONYMS = lexicon.words("demonyms")
NUMBER_WORDS = lexicon.ordered("number_words")  # two to twelve, in order
# A relative or companion introduced by a first name: "his younger brother, [Alan], 18".
_KIN = (
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|whose|[A-Za-z][\w-]*['’]s)\s+(?:[a-z][\w-]*\s+){0,2}(?:"
    + lexicon.alternation(lexicon.words("kin_nouns"))
    + r")"
)
KIN_BEFORE = re.compile(_KIN + r",?\s+$")
# ... and a given name after it and its comma, the surname the tagger kept apart after
# that: "her dad, Emeka [Okoro]", "the plaintiff's father, Emeka [Okoro]".
KIN_GIVEN_BEFORE = re.compile(_KIN + r",\s+([A-Z][a-zà-öø-ÿ]+) $")


# ... with a possessive or without ("and son Jamie").
KIN_NOUN_BEFORE = re.compile(
    r"\b(?:" + lexicon.alternation(lexicon.words("kin_nouns")) + r"),?\s+$"
)


def kin_before(text: str, start: int) -> bool:
    """Is a relative's noun written right before `start` ("his younger brother, [Alan]")?"""
    return bool(KIN_BEFORE.search(text, max(0, start - 50), start))


SEXED = lexicon.pairs("sexed_words")  # "mrs" -> "female", "king" -> "male"
# The titles of a peer, who is known by the title and the surname ("Lord Hallam",
# "Baroness Ferrier"): cut_names.peers, surnames. Not "earl" or "duke", given names
# too ("Earl Harris"), nor "lady", a first lady's ("First Lady Jill").
PEERAGE_TITLES = frozenset(
    {"lord", "baroness", "viscount", "viscountess", "marquess", "marchioness"}
)
_SEXED_BEFORE = re.compile(r"([A-Za-z]+)[.,]?\s+$")


def sex_before(text: str, start: int) -> set[str]:
    """The sex the word right before a full name says ("first lady [Michelle Obama]",
    "his wife, [Anne Neuberger]", "Mr. [Barack Obama]"), if it says one."""
    match = _SEXED_BEFORE.search(text, max(0, start - 24), start)
    if match is None or match.group(1).lower() not in SEXED:
        return set()
    return {SEXED[match.group(1).lower()]}


# The capitals of the world's countries and territories, as gazetteers give them.
CAPITALS = lexicon.words("capitals")


def a_city(names: Iterable[str]) -> bool:
    """Is each of the names a city's or a region's of the gazetteers ("Solwezi", "São
    Paulo", "Minas Gerais": lexicon/cities.txt, lexicon/regions.txt)?"""
    return all(fold(name) in CITIES for name in names)


def is_country(territory: Any) -> bool:
    """A `rigour` territory that is a country of today, by its two-letter code: not a
    part of another (Puerto Rico), a former one (the Soviet Union) or a union of them
    (the EU, the UN). Belgium, the United Kingdom and Portugal, which `rigour` counts as
    unions of their parts, are."""
    if len(territory.code) != 2 or territory.is_historical or territory.parent is not None:
        return False
    return bool(territory.is_country) or (
        territory.is_ftm and territory.region not in (None, "Supranational", "Antarctica")
    )


@cache
def _country_names() -> frozenset[str]:
    from rigour.territories import get_territories

    return frozenset(
        fold(name).lower()
        for territory in get_territories()
        if is_country(territory)
        for name in (territory.name, territory.full_name)
        if name
    )


def a_country_name(name: str) -> bool:
    """Is the name a country's short or formal name as `rigour` writes it ("Sri Lanka",
    "Saint Lucia")? (countries.country_of reads every form a country's name is written
    in; this, for the spans of one document, only the names themselves.)"""
    return fold(name).lower() in _country_names()


# The letters of places written with dots ("U.S.", "U.K.", "U.A.E."), besides the US
# states' codes: no one's initials.
PLACE_LETTERS = frozenset({"EU", "PRC", "UAE", "UK", "UN", "US", "USA", "USSR"})
