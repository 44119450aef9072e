"""Which country a name names: two gazetteers that must agree (resolve/places.py).

`countrynames` knows the names countries go by in many languages, but also reads a
capital, a region or a people as its country (London, Chechnya, "British"); `rigour`
gives each country of today its short and formal name. A name is a country's when the
first gives its code and it is written with the words of that country's names, or their
initials, and of no other country's. A US state's name or code is never a country here
(Georgia, "CA" for California, not Canada).
"""

from __future__ import annotations

import re
import warnings
from functools import cache, lru_cache

from .. import lexicon
from ..ingest.text import fold, latin_lookalikes
from .mentions import name_key
from .resolution import formal_short_name
from .words import SMALL_WORDS, STATE_CODES, STATE_NAMES, a_city, is_country

STATE_ABBREVIATIONS = lexicon.pairs("state_abbreviations")  # "Fla" -> "Florida"
FORMER_NAMES = lexicon.pairs("country_former_names")  # "TR" -> "Turkey"
STATE_KEYS = {name_key(name): name for name in frozenset(STATE_NAMES.values())}


@cache
def _country_forms() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """How each country's names may be written -> the countries written so: first its
    short and formal names in `rigour` ("republic of korea"), then every run of their
    words ("united kingdom of great britain and northern ireland": "great britain",
    "britain") and the initials of each run ("uk", "dprk", "usa"). A bracketed part is
    a name of its own unless it holds a small word: "Myanmar (Burma)", not "Taiwan
    (Province of China)". A name beats a run of another country's name: "Republic of
    Korea" is South Korea, though also words of North Korea's formal name."""
    from rigour.territories import get_territories

    exact: dict[str, set[str]] = {}
    runs: dict[str, set[str]] = {}
    for territory in get_territories():
        if not is_country(territory):
            continue
        code = territory.code.upper()
        names = {territory.name, territory.full_name}
        if code in FORMER_NAMES:
            names.add(FORMER_NAMES[code])  # "Turkey", now "Türkiye" in `rigour`
        for name in sorted(names):
            for part in _name_parts(name):
                words = _country_key(part).split()
                exact.setdefault(" ".join(words), set()).add(code)
                for start in range(len(words)):
                    for end in range(start + 1, len(words) + 1):
                        run = words[start:end]
                        if run[0] in SMALL_WORDS or run[-1] in SMALL_WORDS:
                            continue
                        runs.setdefault(" ".join(run), set()).add(code)
                        letters = "".join(w[0] for w in run if w not in SMALL_WORDS)
                        if len(run) > 1 and len(letters) > 1:
                            runs.setdefault(letters, set()).add(code)
    return (
        {form: frozenset(codes) for form, codes in exact.items()},
        {form: frozenset(codes) for form, codes in runs.items()},
    )


def _name_parts(name: str) -> list[str]:
    match = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if match is None:
        return [name]
    inner = match.group(2)
    return [match.group(1)] + ([] if set(inner.lower().split()) & SMALL_WORDS else [inner])


def _country_key(name: str) -> str:
    key = latin_lookalikes(fold(name)).replace("’", "'")
    key = _INITIAL_DOT.sub("", key)  # "U.K.", "U. S." -> "uk", "us"
    key = _NOT_A_WORD.sub(" ", key)
    return " ".join(key.split())


# A country's short name and "Republic" after it, as the gazetteers do not write it:
# "Niger Republic", "Benin Republic" (as Nigerian papers do; keys: lower case, no dots).
_REPUBLIC_AFTER = re.compile(r"(.+) republic")
_INITIAL_DOT = re.compile(r"(?<=\b\w)\.\s*")
_NOT_A_WORD = re.compile(r"[^\w' ]+")


@lru_cache(maxsize=1 << 16)
def country_of(name: str) -> str | None:
    """The ISO code of the country `name` names, or None. Two gazetteers must agree:
    `countrynames` gives the code (it knows the names countries go by, but also reads
    a capital or a region as its country: London, Chechnya), and the name must be
    written with the words of that country's short or formal name, or their initials,
    and of no other country's ("Korea" is also in North Korea's). Never a US state's
    name or code (Georgia, "CA", "La"): those are states here."""
    if name in STATE_CODES or name.rstrip(".") in STATE_ABBREVIATIONS:
        return None
    key = _country_key(name)
    if not key or key in STATE_KEYS or name_key(name) in STATE_KEYS:
        return None
    exact, runs = _country_forms()
    codes = exact.get(key) or runs.get(key)
    if codes is None and (short := _short_of_formal(key)) is not None:
        # "Benin Republic", "Republic of Niger"; not where `countrynames` reads the whole
        # as another country ("Republic of China": Taiwan)
        code = country_of(short)
        return code if _to_code(name) in (None, code) else None
    if codes is None or len(codes) != 1:
        return None
    code = _to_code(name) or _to_code(name.replace(".", ""))
    return code if code in codes else None


@cache
def _former_keys() -> frozenset[str]:
    """The keys of the names of countries that no longer are (`rigour`'s historical
    countries: the Soviet Union, Yugoslavia, Zaire) and of lexicon/former_countries."""
    from rigour.territories import get_territories

    names = set(lexicon.words("former_countries"))
    for territory in get_territories():
        if territory.is_historical and territory.is_country:
            names |= {territory.name, territory.full_name}
    return frozenset(_country_key(n) for n in names)


@lru_cache(maxsize=1 << 14)
def former_country(name: str) -> bool:
    """Does `name` name a country that no longer is ("Soviet Union", "USSR", "West
    Germany")? A place, whatever its last word says ("Union" is a body's word)."""
    return _country_key(name) in _former_keys()


def _short_of_formal(key: str) -> str | None:
    """The short name in a formal name the gazetteers do not give ("republic of niger",
    "niger republic" -> "niger"), or None."""
    if (formal := formal_short_name(key)) is not None:
        return formal
    republic = _REPUBLIC_AFTER.fullmatch(key)
    return republic.group(1) if republic else None


@lru_cache(maxsize=512)
def known_place(key: str) -> bool:
    """Is the name key a country's, a US state's, or a city's or a region's of the
    gazetteers ("connecticut", "jordan", "sabah")?"""
    return country_of(key) is not None or key in STATE_KEYS or a_city([key])


def country_of_people(adjective: str) -> tuple[str, str] | None:
    """(code, the country's name) of a people's adjective: "Mexican" -> ("MX",
    "Mexico"); None if `countrynames` knows no country by it."""
    from rigour.territories import get_territory

    code = _to_code(adjective)
    territory = get_territory(code.lower()) if code else None
    return (code, territory.name) if code and territory is not None else None


def _to_code(name: str) -> str | None:
    """`countrynames`' code for a name, or None: what its `to_code` answers, without
    the look through the codes of all its 22,727 names that `to_code` makes for every
    name, to see whether the name is a code (0.2 s for the 600 names of
    whitehouse-2022); here the codes are a set (tests/test_countries.py)."""
    from countrynames.util import normalize_name

    names, codes = _country_table()
    written = name.upper().strip()
    if written in codes:
        return written
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # (see _country_table)
        key = normalize_name(written)
    code = names.get(key) if key is not None else None
    return None if code == "FAIL" else code  # ("FAIL": a name it knows is none)


@cache
def _country_table() -> tuple[dict[str, str], frozenset[str]]:
    """`countrynames`' names (normalized) and their codes, and the set of its codes.
    Its table is read in by its first lookup (0.2 s)."""
    import countrynames

    with warnings.catch_warnings():
        # Without PyICU (a C++ build, not installed) normality warns that it
        # transliterates with a simpler table; the names compared are Latin already.
        warnings.simplefilter("ignore")
        countrynames.to_code("France")
    return countrynames.COUNTRY_NAMES, frozenset(countrynames.COUNTRY_NAMES.values())
