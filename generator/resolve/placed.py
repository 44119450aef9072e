"""What the words around a name say of its type: a place's or an organization's.

The language pipeline tags a name at each mention; some names it tags wrongly most of
the time ("Pensacola" an organization, "Oceana" a place). The words around a name are
evidence a reader uses, and each mention written with it counts (the pass is run by
places.merge_places, before the place merges read the types):

- a place: followed by a comma and its US state or its country ("Pensacola,
  Florida", "Kyiv, Ukraine"), after a kind of place and "of" ("the Mexican state of
  Campeche", lexicon/place_kinds.txt), a bearing ("55 miles south-southwest of
  Campeche"), "downtown", "near" or "off" ("off Louisiana"), the people who live
  there and "of" ("the fishermen of Sakaura"), or its kind in lower case right after
  it ("the Huasteca region", "Kano state") or, a country's division, before it
  ("village Rampur Majhgawan", "tehsil Sikandarpur");
- an organization: right after a kind of organization ("the environmental group
  Oceana", lexicon/organization_kinds.txt), or with a stock ticker after it
  ("Sanofi-Aventis (SASY.PA)").

A short plain name (up to three words, no organization's head, title or small word)
written with one kind's evidence in a third of its mentions or more, and never with
the other's, is of that kind: all its mentions vote so. Not a person named with a
title ("Mr. Kyiv"); a person's lone name written so twice is a place, but only a
country after it says so (a state after a person is a senator's: "Klobuchar, Minn."),
and "in" before it says so only of a name also tagged a place ("in Glasgow").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .. import lexicon
from ..model import Document
from .countries import STATE_ABBREVIATIONS, STATE_KEYS, country_of
from .mentions import FAMILY_FIRST, Found, name_key
from .names import titled_form
from .votes import PLACE_OPENERS, STRONG, listed
from .words import (
    BUSINESS_WORDS,
    GIVEN_NAMES,
    LEGAL_PREFIXES,
    MONTHS,
    OFFICES,
    ORG_HEADS,
    ROLE_NOUNS,
    ROMANCE_PARTICLES,
    SMALL_WORDS,
    STATE_CODES,
    TITLES,
    a_city,
)

PLACE_KINDS = lexicon.words("place_kinds")
_PLURAL_KINDS = frozenset(
    kind[:-1] + "ies" if kind.endswith("y") else kind + "s" for kind in PLACE_KINDS
) - {"shoress", "outskirtss", "suburbss"}
ORGANIZATION_KINDS = lexicon.words("organization_kinds")


SHARE = 3  # evidence in at least one mention of this many
PLACED = 2  # a person's lone name written so this many times is no person's
# Words of a name that make it no place's or company's short name: an organization's
# head, a title, a small word ("Office of Justice Programs", "Commandant").
# (The Romance particles are a place's words too: "Conceição do Itacolomi".)
_NOT_PLAIN = (
    ORG_HEADS | BUSINESS_WORDS | TITLES | OFFICES | ROLE_NOUNS | (SMALL_WORDS - ROMANCE_PARTICLES)
)

# Divisions of a country named after their kind, some without "of" ("village Rampur
# Majhgawan", "tehsil Sikandarpur", as Indian papers write them).
_ADMINISTERED = frozenset(
    {"colony", "governorate", "mandal", "oblast", "prefecture", "taluk", "tehsil", "ward"}
)
_KINDS_BEFORE = _ADMINISTERED | {"village"}
# Someone's age between commas, then "of": where they live comes next ("Marvin Alfaro,
# 32, of [Woodbridge]").
_AGE_OF = r"[A-Za-z],\s+\d{1,3},\s+of\s+"
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:" + lexicon.alternation(PLACE_KINDS) + r")s?\s+of\s+(?:the\s+)?"
    r"|\b(?:north|south|east|west)[a-z-]*\s+of\s+"  # "55 miles south-southwest of"
    r"|\b(?:downtown|near|off)\s+|\b[Bb]ased\s+in\s+"  # "Based in Oslo"
    rf"|{_AGE_OF}"  # one's home after one's age: "Alfaro, 32, of"
    # a seat in a parliament: "the member for Fadden", "MP for Islington North"
    r"|\b(?:[Mm]ember|MP|MLA|MPP|MHA|MSP|TD|[Ss]enator)\s+for\s+"
    # the people who live there: "the fishermen of Sakaura", "residents of Kandos",
    # "people in Clare"
    r"|\b(?i:people|residents|inhabitants|citizens|villagers|townspeople|fishermen)\s+"
    r"(?:of\s+(?:the\s+)?|in\s+)"
    # a part of it, in lower case: "north Clare", "western Sydney" (no one's name)
    r"|(?<![\w-])(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\s+"
    # kinds of places before their names: "counties Clare and Galway"; "village Rampur
    # Majhgawan", "tehsil Sikandarpur" (no article before: not "the village Smith built")
    r"|\b(?:" + lexicon.alternation(_PLURAL_KINDS) + r")\s+"
    r"|(?<!\bthe )(?<!\ba )\b(?:" + lexicon.alternation(_KINDS_BEFORE) + r")\s+)$"
)
# A kind of place that only a place is, and "of", right before a name ("the port city
# of", "the town of"; not "the area of", "the community of": a person's too); or a
# person's age and "of" ("Marvin Alfaro, 32, of"): where they live.
_KIND_OF_BEFORE = re.compile(
    rf"{_AGE_OF}$"
    r"|\b(?:"
    + lexicon.alternation(
        PLACE_KINDS
        - {
            "area",
            "capital",
            "coast",
            "community",
            "district",
            "outskirts",
            "region",
            "shores",
            "suburbs",
        }
    )
    + r")\s+of\s+(?:the\s+)?$"
)
_STATES = frozenset(STATE_KEYS.values())
# "in Glasgow", "in south Glasgow", "in downtown Dallas": not before a possessive (the
# mention is then the owner's, evidence() leaves it out). Not "from": "the storm surge
# from Alex" (a hurricane's name).
_IN_PLACE = re.compile(
    r"\bin\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western|downtown)\s+)?$"
)
# (not the kinds that are other things' words too, nor those a person may be)
_PERSONS_TOO = frozenset({"contractor", "operator", "supplier"})
_APPOSED_KINDS = ORGANIZATION_KINDS - {"daily", "paper", "site"} - _PERSONS_TOO
_ORGANIZATION_BEFORE = re.compile(
    r"\b[A-Za-z]+\s+(?:" + lexicon.alternation(ORGANIZATION_KINDS) + r")\s+$"
    # ... or a member of the kind named: "social network sites like Twitter and Facebook"
    r"|\b(?i:" + lexicon.alternation(ORGANIZATION_KINDS) + r")s?,?\s+(?:such as|like|including)\s+$"
    # ... or a company's legal form written before its name, which the tagger leaves out
    # ("PT [Pertamina]", "PJSC [Gazprom]")
    r"|\b(?:" + lexicon.alternation(p.upper() for p in LEGAL_PREFIXES) + r")\s+$"
    # ... or in apposition before it, after "a", "an" or "another" ("made by another US
    # firm, Cameron"); not after "the", the object of someone's role ("a spokesman for
    # the company, Ann Lee"), nor a kind a person may be ("a contractor, Ann Lee").
    r"|\b(?:[Aa]n?|[Aa]nother)\s+"
    r"(?:(?!(?:the|to|and|or|of|in|on|at|for|by|with|from|his|her|its|their)\s)[\w'’-]+\s+){0,3}?(?:"
    + lexicon.alternation(_APPOSED_KINDS)
    + r"),\s+$"
    # ... or known by the name: "the group known as Grey Lantern", "a ransomware gang
    # known as"; a body names itself so ("a group calling itself 'Grey Lantern'", "a
    # threat actor identifying itself as"): no one says "itself" of a person
    r"|\b(?i:" + lexicon.alternation(ORGANIZATION_KINDS) + r")s?\s+(?:known|identified)\s+as\s+$"
    r"|\b(?:calling|naming|styling|identifying)\s+itself(?:\s+as)?\s+[\"'“‘]?$"
)  # "the environmental group Oceana", "the Mexican paper La Jornada"
# ... or after the name, in apposition: "Cameron, an American firm that provided", "Oceana,
# an environmental group" (not a possessive: "Hayward, the company's chief executive").
# Not the kinds that are other things' words too ("Eleanor Island, a site hit by oil"),
# nor "a group of ...".
_ORGANIZATION_AFTER = re.compile(
    # (a possessive among the words: "Pertamina, the country's state energy company")
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:"
    + lexicon.alternation(ORGANIZATION_KINDS - {"daily", "paper", "site"})
    # (not a modifier of someone's role: "Fiona Galbraith, a fund manager at Caledon")
    + r")s?\b(?!['’-]|\s+of\b|\s+(?:"
    + lexicon.alternation(ROLE_NOUNS)
    + r")s?\b)"
)
# Kinds of persons a body may be too ("its owner, [Southern Pine Plantations]").
_BODIES_TOO = frozenset(
    {"ally", "buyer", "client", "contractor", "creditor", "customer", "investor", "lender"}
    | {"member", "operator", "owner", "partner", "rival", "seller", "shareholder"}
    | {"sponsor", "successor", "supplier"}
)
# Roles a country, a city or a body is given too: "the leader of", "the main producer
# of", "the defendant in".
_BODIES_MAY_BE = frozenset(
    {"agent", "author", "broadcaster", "candidate", "champion", "citizen", "consultant"}
    | {"counsel", "defendant", "defender", "expert", "founder", "leader", "plaintiff"}
    | {"player", "producer", "regulator", "representative", "resident", "specialist"}
    | {"star", "survivor", "suspect", "veteran", "witness"}
)
# A person in apposition: "Graeme Pacitti, a clerical worker at", "Fadel Gheit, an oil
# analyst with", "Grace Young, a nurse from" (a kind of person, lexicon/role_nouns.txt,
# then whom or where for), or a relative clause on a person ("Pacitti, who").
_KIN_NOUNS = lexicon.words("kin_nouns") | {"widow", "widower"}
_PERSON_AFTER = re.compile(
    r",\s+(?:who\b|(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:"
    + lexicon.alternation(ROLE_NOUNS)
    + r")\s+(?:at|of|for|with|in|from)\b)"
    # ... or said to be one: "Luiz Prado is a professor of environmental law at" (not a
    # kind a body may be too: "Vale is a shareholder in")
    + r"|\s+(?:is|was)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:"
    + lexicon.alternation(ROLE_NOUNS - _BODIES_TOO)
    + r")\s+(?:at|of|for|with|in|from)\b"
    # ... or a post in apposition without an article, as wires write it: "Sutrisno,
    # general manager of the Cilacap refinery", "Haryanto, director general of oil"
    + r"|,\s+(?:(?!(?:and|or|but|nor|the|a|an|who|which|that)\s)[a-z][\w-]*\s+){0,2}?(?:"
    + lexicon.alternation(ROLE_NOUNS - _BODIES_TOO)
    + r")(?:\s+general)?\s+(?:at|of|for|with|in|from)\b"
    # ... or with "the": "Chew Choon Seng, the chief executive of Singapore Airlines";
    # not a role a country or a body may have ("Saudi Arabia, the largest producer of")
    + r"|,\s+the\s+(?:(?!(?:and|or|but|nor|the|a|an|who|which|that)\s)[a-z][\w-]*\s+){0,2}?(?:"
    + lexicon.alternation(ROLE_NOUNS - _BODIES_TOO - _BODIES_MAY_BE)
    + r")(?:\s+general)?\s+(?:at|of|for|with|in|from)\b"
    # ... or someone's relative: "Olivia Hale, the widow of the captain", "Olivia Hale,
    # whose husband ...", "Olivia Hale, the captain's widow" (not a body's "parent" nor
    # "sister": "Summit, the parent of Ridgeline")
    + r"|,\s+(?:the|whose|his|her|their|[A-Za-z][\w-]*['’]s)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:"
    + lexicon.alternation(_KIN_NOUNS - {"partner", "sister"})
    + r")\b"
)
# The words _PLACE_BEFORE and _ORGANIZATION_BEFORE end with (then spaces): a quick look
# first, where these patterns are tried at each of 40 places (0.1 s on whitehouse-2022).
_PLACE_BEFORE_ENDS = (
    *("of", "the", "downtown", "near", "off", "in", "north", "south", "east", "west", "ern"),
    "for",  # "the member for Fadden"
    *sorted(_PLURAL_KINDS),
    *sorted(_KINDS_BEFORE),
)
_ORGANIZATION_BEFORE_ENDS = (
    *("as", "itself", "'", '"', "“", "‘"),
    *sorted(ORGANIZATION_KINDS),
    *sorted(kind + "," for kind in _APPOSED_KINDS),
    *("such as", "like", "including"),
    *sorted(p.upper() for p in LEGAL_PREFIXES),
)
# A kind of person someone's or named with an article, then a comma, before the name:
# "his lawyer, [Marta Figueiredo]", "the company's spokesman, [Ann Lee]", "As a
# political activist, [Marsha] led"; not one a body may be too.
_PERSON_BEFORE = re.compile(
    r"\b(?:(?i:his|her|their|its|the|an?)|[A-Za-z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,3}?(?:"
    + lexicon.alternation(ROLE_NOUNS - _BODIES_TOO)
    + r"),\s+$"
)
# A role's word right after a name, which the name modifies ("Onondaga County executive").
_ROLE_AFTER = re.compile(r"\s+(?:" + lexicon.alternation(ROLE_NOUNS) + r")\b")
# In apposition, a kind of place as the head of a noun phrase: "Perdido Key, a barrier
# island between ...", "Galena, a small town in ..."; not "a city councilman", "a state
# senator" (the kind is a modifier there), nor a district ("the largest school district
# in Arkansas" is a body).
_PLACE_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:"
    + lexicon.alternation(
        PLACE_KINDS - {"coast", "community", "district", "outskirts", "shores", "suburbs"}
    )
    + r")(?:[,.;:]|\s+(?:in|on|off|near|between|along|of|where|that|just|about|with)\b)"
)
# Its kind in lower case right after a name: "the Huasteca region", "Muna village",
# "Basantpur district", "Kano state" (not "a Macron state visit", "an Obama town hall";
# not "the Afro-Latino community", a people's).
_KIND_AFTER = re.compile(
    r"\s+(?:"
    + lexicon.alternation(
        (PLACE_KINDS - {"capital", "community", "outskirts", "shores", "suburbs"}) | _ADMINISTERED
    )
    + r")s?\b(?!['’-]|\s+(?:visit|visits|dinner|funeral|hall|halls|banquet)\b)"
)
# ", Florida", ", Fla.", ", the United Kingdom": a comma, then up to four capitalised
# words (the region is read from the longest run that names one).
REGION_AFTER = re.compile(r",[ \t]+((?:the )?[A-Z][\w’'.-]*(?: (?:of )?[A-Z][\w’'.-]*){0,3})")


def region_after(text: str, end: int, states: bool = True) -> str | None:
    """The US state (if `states`) or the country (its code) written after a comma right
    after a name ending at `end` ("Pensacola, Florida", "Kyiv, Ukraine. Prior to"): all
    the capitalised words after the comma up to a period, not the first of a longer
    name (", U.S. Coast Guard"), and no possessive (", Mexico's"); else None."""
    found = written_region_after(text, end, states)
    return found[0] if found is not None else None


def written_region_after(text: str, end: int, states: bool = True) -> tuple[str, str] | None:
    """(the region, as region_after gives it; the words that name it) or None."""
    after = REGION_AFTER.match(text, end)
    return None if after is None else _region_of_run(after.group(1), states)


@lru_cache(maxsize=1 << 15)
def _region_of_run(run: str, states: bool) -> tuple[str, str] | None:
    """written_region_after for the capitalised words after the comma (they repeat)."""
    words = run.split(" ")
    for size in range(len(words), 0, -1):
        written = " ".join(words[:size])
        if size < len(words) and not (
            _ends_sentence(words[size - 1]) or words[size] in MONTHS  # "Louisiana May 23"
        ):
            continue  # "Florida Keys", ", U.S. Coast Guard": a longer name
        if written.endswith(("'s", "’s")):
            return None
        bare = written.rstrip(".")
        if states and (name_key(written) in STATE_KEYS or bare in STATE_ABBREVIATIONS):
            state = STATE_KEYS.get(name_key(written)) or STATE_ABBREVIATIONS[bare]
            return state, bare
        code = country_of(written.removeprefix("the "))
        if code is not None:
            return code, bare
    return None


def _ends_sentence(word: str) -> bool:
    """ "Ukraine." ends a sentence; "U.S." and "Fla." are abbreviations."""
    bare = word[:-1]
    return word.endswith(".") and "." not in bare and bare not in STATE_ABBREVIATIONS


def placed_before(text: str, mention: Found) -> bool:
    """Do the words before the mention say it is a place ("residents of", "people in",
    "north", "counties", "near")? Said of a place, never of a person, unlike the words
    after it ("Holder, the U.S. attorney general"; "Governor Jay Inslee, Washington")."""
    before = text[max(0, mention.start - 40) : mention.start]
    return (
        not text.startswith(("'s", "’s"), mention.end)
        and before.rstrip().endswith(_PLACE_BEFORE_ENDS)
        and bool(_PLACE_BEFORE.search(before))
    )


# A clock time right before a name ("at 2:41 a.m. [Kyiv] time", "02:35 Moscow time"):
# the time where the place is.
_CLOCK_BEFORE = re.compile(r"\d[:.]\d\d(?:\s*[ap]\.?m\.?)?\s+$")


def evidence(text: str, mention: Found, person: bool) -> str | None:
    """The kind the words around one mention say it is: "place", "organization" or
    None. `person`: the name is a person's lone name so far; then a state after it
    says place only written in full (a senator is "Klobuchar, Minn.")."""
    before = text[max(0, mention.start - 40) : mention.start]
    if text.startswith(("'s", "’s"), mention.end):
        return None  # "near BP's platform": the name owns what the words are about
    if placed_before(text, mention):
        return "place"
    region = written_region_after(text, mention.end)
    if region is not None and not (person and region[0] in _STATES and region[1] != region[0]):
        return "place"
    if (
        _PLACE_AFTER.match(text, mention.end)
        or text.startswith("-based", mention.end)
        or _KIND_AFTER.match(text, mention.end)
    ):
        return "place"  # (and "Lusaka-based", "Osaka-based": where a body is)
    if text.startswith(" time", mention.end) and _CLOCK_BEFORE.search(before):
        return "place"  # "at 2:41 a.m. Kyiv time": a city's clock
    if (
        (
            before.rstrip().endswith(_ORGANIZATION_BEFORE_ENDS)
            and _ORGANIZATION_BEFORE.search(before)
        )
        or _ORGANIZATION_AFTER.match(text, mention.end)
        or listed(text, mention.end)  # "Sanofi-Aventis (SASY.PA)": a listed company
        or (
            _WORKS_AT.search(text, max(0, mention.start - 30), mention.start)
            and mention.text.split()[0].lower() not in PLACE_OPENERS  # "Fort McNair"
        )
    ):
        return "organization"
    return None


# Where someone of a post or a trade works: "an analyst at [Jefferies]", "a researcher at
# [RIKEN]", "a partner at [Morrison] and Foerster" (not "suspects at Guantanamo": no
# post nor trade).
_WORKERS = OFFICES | frozenset(
    "analyst economist strategist researcher scientist professor lecturer partner "
    "engineer employee worker official executive spokesman spokeswoman banker trader".split()
)
_WORKS_AT = re.compile(r"\b(?:" + lexicon.alternation(_WORKERS) + r")s?\s+at\s+$")


# A preposition before a name: the relative clause or the apposition after it is about
# a person named before ("Chris Reddy of Woods Hole, who"; "had been to Malta, a
# spokesman for the authority said"); not "by", the agent: "led by Grace Young, a nurse").
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|at|from|to|for|near|into|on|with)\s+$")


def _in_apposition_a_person(text: str, mention: Found) -> bool:
    """Is the mention followed by a kind of person or "who" in apposition (_PERSON_AFTER),
    or after one that is someone's (_PERSON_BEFORE: "his lawyer, Marta Figueiredo"),
    itself no country's or US state's name nor after a preposition? ("Ann Wright, of
    Honolulu, Hawaii, who wore": the state is not who.)"""
    start = max(0, mention.start - 80)
    if text[start : mention.start].rstrip().endswith(",") and _PERSON_BEFORE.search(
        text, start, mention.start
    ):
        # (not a list's next item, the name a role's modifier: "the governor, [Onondaga
        # County] executive and Micron CEO")
        after = _ROLE_AFTER.match(text, mention.end)
        return (
            after is None
            and name_key(mention.text) not in STATE_KEYS
            and country_of(mention.text) is None
        )
    if not _PERSON_AFTER.match(text, mention.end):
        return False
    if name_key(mention.text) in STATE_KEYS or country_of(mention.text) is not None:
        return False
    return not _PREPOSITION_BEFORE.search(text, max(0, mention.start - 8), mention.start)


def apposed_a_person(mentions: list[Found], documents: Sequence[Document]) -> bool:
    """Is a name a person's by the words after it, in a third of its mentions or more
    ("Imogen Tasker, an analyst at Peel Hunt", tagged a body each time), and none said
    a place's or a body's (evidence)? kind_from_context reads it so of a name that may
    be placed; this, of one that may not be, a mention of it voted a person's already.
    Only a name of two or three plain words ("the University of Alaska, who" is the
    professor named before it)."""
    if not all(" " in m.text and _plain_name(m.text) for m in mentions):
        return False
    people = 0
    for m in mentions:
        text = documents[m.doc].text
        if evidence(text, m, person=False) is not None:
            return False
        people += _in_apposition_a_person(text, m)
    return people * SHARE >= len(mentions)


# Who speaks, or is spoken of as someone: "said Coon", "according to Coon", "Coon said",
# "Coon, who ...".
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|told|according to)\s+$")
_SAID_AFTER = re.compile(r"(?:\s+(?:said|says|added|told)\b|(,\s+who\b))")
# A preposition right before a name: "the member for [Bellwood]", "the mayor of [Marrang]".
_PREPOSITION_BEFORE = re.compile(r"\b(?:for|of|in|from|at)\s+$")
# A word in lower case right after a name that is no function word, an adverb of time
# or a verb's: the noun the name modifies ("said [Bellwood] residents").
_NOUN_AFTER = re.compile(
    r"[ ](?!(?:on|in|at|of|to|and|or|but|who|whose|after|before|when|while|as|yesterday|"
    r"today|tonight|last|this|earlier|later|in|from|with|about)\b)[a-z]+\b(?![’'])"
)


def speaks(text: str, mention: Found) -> bool:
    """Is the mention written as someone who speaks ("Obama said so", "said Obama",
    "according to Coon", "Coon, who")? A place does not. Not a name that modifies the
    noun after it ("said Bellwood residents"), nor the object of a preposition, whom a
    relative clause after it need not be about ("the member for Bellwood, who")."""
    after = _SAID_AFTER.match(text, mention.end)
    if after is not None:
        return after.group(1) is None or not _PREPOSITION_BEFORE.search(
            text, max(0, mention.start - 8), mention.start
        )
    return bool(
        _SAID_BEFORE.search(text, max(0, mention.start - 20), mention.start)
        and not _NOUN_AFTER.match(text, mention.end)
    )


def may_be_placed(mentions: list[Found]) -> bool:
    """May the words around these mentions change their type? Not a name with a title
    ("Mr. Kyiv"), not a long name or one with an organization's head ("University of
    Wisconsin, Madison", "Commandant, U.S. Coast Guard"). Checked first: it is cheap."""
    if not mentions or any(m.vote == "person" and m.weight >= STRONG for m in mentions):
        return False
    names = {m.text for m in mentions}
    if a_city(names):
        return True  # "Feira de Santana", "Vitória da Conquista": a city's, particles and all
    # A name in capitals that the texts also write in lower case is that name shouted (a
    # dateline's "DOĞANŞEHİR, Turkey —", a headline), not an acronym ("DO, MA").
    cased = {name_key(n) for n in names if not n.isupper()}
    return all(_plain_name(n) for n in names if not (n.isupper() and name_key(n) in cased))


# Between two names of a list: "Rylstone and Kandos", "Rylstone, Kandos or Bylong".
_LISTED = re.compile(r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")
_LISTED_BEFORE = re.compile(r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")


# Where places are named: the starts and the ends of their mentions, by document.
Places = tuple[dict[int, set[int]], dict[int, set[int]]]


def listed_with(text: str, mention: Found, places: Places) -> bool:
    """Is the mention listed beside a place's name ("the Rylstone and Kandos area")?
    `places`: the starts and the ends of the mentions of places, by document."""
    starts, ends = places
    after = _LISTED.match(text, mention.end)
    if after and after.end() in starts.get(mention.doc, ()):
        return True
    before = _LISTED_BEFORE.search(text, max(0, mention.start - 10), mention.start)
    return bool(before and before.start() in ends.get(mention.doc, ()))


def _placed_by(text: str, mention: Found, places: Places, at: bool = True) -> bool:
    """Is the mention after "in" or "at" ("at Clandulla"; `at`: "at" counts), or listed
    beside a place?"""
    return bool(
        _IN_PLACE.search(text, max(0, mention.start - 30), mention.start)
        or (at and _AT.search(text, max(0, mention.start - 4), mention.start))
        or listed_with(text, mention, places)
    )


_AT = re.compile(r"\bat\s+$")
_THE = re.compile(r"\b[Tt]he\s+$")
_MODIFIER_OF = re.compile(r"\s+[a-z]")  # a lower-case word after: the name modifies it
_LOCATIVE = re.compile(r"\b(?:[Ii]n|[Ff]rom|to|near)\s+$")


def written_as_place(text: str, mention: Found) -> bool:
    """Do the words around the mention write it as a place: a place's evidence
    ("Hinsdale, Illinois", "Dusseldorf-based", "the port of Buras"), or "in" or "at"
    before it, not owning what follows ("in Hinsdale"; not "at Hanseong's plant")?
    ("From" and "to" are a company's words as often: "data to Tidewater".)"""
    if evidence(text, mention, person=False) == "place":
        return True
    return not text.startswith(("'s", "’s"), mention.end) and _placed_by(text, mention, ({}, {}))


def kind_from_context(
    mentions: list[Found],
    kind: str,
    documents: Sequence[Document],
    borne: frozenset[str] = frozenset(),
    places: Places = ({}, {}),
    openers: frozenset[str] = frozenset(),
) -> str | None:
    """The kind the words around a cluster's mentions make it, when it is not `kind`
    (its type so far); None when they say nothing else. `borne`: the words of the
    people's names the corpus writes in full. `places`: where places are named
    (listed_with): a name listed beside one is one too, where the pipeline tagged it a
    place in a third of its mentions or more (not "Israel and Hamas"). `openers`: the
    words that open names of bodies and places ("Exeter" of "Exeter Athletic"), which a
    city's name once after "in" does not make that city ("a stake in Exeter")."""
    if kind not in ("person", "organization", "place") or not may_be_placed(mentions):
        return None
    counts = {"place": 0, "organization": 0}
    people = 0  # mentions in apposition with a kind of person (_PERSON_AFTER)
    # A person's lone name that the language pipeline also tags a place: "in Glasgow"
    # is a place's evidence too (not of any lone name: "confidence in Obama"); so it is
    # of a lone word that nobody named in full bears and that never speaks ("Obama
    # said"), in a third of its mentions ("a girl from Paignton, in Devon", Devon tagged
    # a person each time). Not the surname of someone named in full ("the hunt for
    # Kopp", "interest in Kopp", after James C. Kopp): the pipeline's place tag is wrong.
    tagged_place = (
        kind == "person"
        and any(m.label in ("GPE", "LOC") for m in mentions)
        and not any(" " not in m.text and m.text.lower() in borne for m in mentions)
    )
    nobodys = kind == "person" and all(
        " " not in m.text and m.text.lower() not in borne for m in mentions
    )
    named_city = a_city(m.text for m in mentions)
    # A lone word nobody bears, never speaking ("Obama said"); or a city of the world's
    # name nobody bears, which speaks as its government does ("a claim Kyiv has called
    # absurd", "Moscow said"), that the words around it place once ("at 2:41 a.m. Kyiv
    # time"; not "in": "confidence in Obama"): a person's only by the pipeline's tag.
    unborne = (
        nobodys
        and not tagged_place
        and (
            not any(speaks(documents[m.doc].text, m) for m in mentions)
            or (
                named_city
                and any(evidence(documents[m.doc].text, m, True) == "place" for m in mentions)
            )
        )
    )
    # An organization the pipeline also tagged a place (in a third of its mentions or
    # more): "in" or "at" before it, or a place listed beside it, is a place's evidence
    # too ("in Rylstone", "Rylstone and Kandos"; not an organization tagged so each
    # time: "Israel and Hamas").
    wavering = kind == "organization" and (
        sum(m.label in ("GPE", "LOC") for m in mentions) * SHARE >= len(mentions)
    )
    # ... or a body in no more than two thirds of them, a person in the others (the
    # pipeline does not know the word), no surname of someone named in full: "in"
    # before it or a place beside it ("in Sumbra, Pelarno, Varo and Kirsa"; not "at":
    # "no improvement at Halsted", a retailer's short name; not "Back in Bay Baptiste,
    # Jimenez picked", after Mariana Jimenez).
    unknown = (
        kind == "organization"
        and not wavering
        and sum(m.label == "ORG" for m in mentions) * SHARE <= 2 * len(mentions)
        and not any(m.text.lower() in borne for m in mentions)
    )
    placed_in = 0  # "in" or "at" before such a word, or listed beside a place
    # An organization named as a city of the world (lexicon/cities.txt): its mentions
    # written as a place's (tagged a place, after "in", "from", "to" or "near", or in a
    # place's words) in half of them or more, none in an organization's, make it that
    # city ("lands in Solwezi", "travel to Solwezi", "a plane from Lusaka", tagged a body
    # nine times in eleven). Not a body of a city's name ("shares of Toyota"), nor one
    # "in" is written before as often as not that is no city ("in Congress", "in G7").
    city = kind == "organization" and named_city
    as_place = in_words = 0  # (in_words: by the words around, not the tag alone)
    modifiers = 0  # a city's mentions as a modifier: "the Dusseldorf prosecutor's office"
    for m in mentions:
        text = documents[m.doc].text
        found = evidence(text, m, person=kind == "person")
        worded = city and (
            found == "place" or bool(_LOCATIVE.search(text, max(0, m.start - 8), m.start))
        )
        as_place += worded or (city and m.label in ("GPE", "LOC"))
        in_words += worded
        if (
            city
            and not worded
            and _MODIFIER_OF.match(text, m.end)
            and _THE.search(text, max(0, m.start - 4), m.start)
        ):
            modifiers += 1
        if found is None and (
            ((tagged_place or unborne or wavering) and _placed_by(text, m, places))
            or (unknown and _placed_by(text, m, places, at=False))
            # a city's name nobody bears, "from" or "to" before it too ("the long road
            # back to Warri", tagged a person)
            or (unborne and named_city and _LOCATIVE.search(text, max(0, m.start - 8), m.start))
        ):
            if not tagged_place:
                placed_in += 1
                continue
            found = "place"
        if found is not None:
            counts[found] += 1
        elif kind != "person" and _in_apposition_a_person(documents[m.doc].text, m):
            people += 1
    if people * SHARE >= len(mentions) and not counts["place"] and not counts["organization"]:
        return "person"  # "Graeme Pacitti, a clerical worker at ...", tagged an organization
    for said, other in (("place", "organization"), ("organization", "place")):
        # A person's lone name: twice ("Kyiv, Ukraine" twice, "Kyiv" said ten times).
        share = counts[said] * SHARE >= len(mentions)
        enough = counts[said] >= PLACED if kind == "person" else share
        if said != kind and counts[said] and not counts[other] and enough:
            return said
    if (
        city
        and not counts["organization"]
        and in_words
        and as_place >= PLACED
        and as_place * 2 >= len(mentions) - modifiers
    ):
        # (a modifier says nothing of a name's kind: "the Dusseldorf subsidiary" is
        # where the subsidiary is, as "the Toyota plant" is whose)
        return "place"
    kind_of = (
        sum(
            bool(_KIND_OF_BEFORE.search(documents[m.doc].text, max(0, m.start - 40), m.start))
            for m in mentions
        )
        if counts["place"] and not counts["organization"]
        else 0
    )
    if kind == "organization" and kind_of >= PLACED:
        # a body's by the pipeline's tags, written after a kind of place and "of" twice
        # and never as a body ("the northern city of Tamazra", "around the city of
        # Tamazra"): the place
        return "place"
    if nobodys and kind_of and counts["place"] * SHARE >= len(mentions):
        # a lone word nobody bears in full, after a kind of place and "of" once ("the
        # port city of Valencia", "the rural Louisiana town of Gheens") or a person's
        # age and "of" ("Marvin Alfaro, 32, of Woodbridge"): the place
        return "place"
    placed = counts["place"] + placed_in
    # (a lone word nobody bears that is a city's name, and opens no body's: once is
    # enough, "Hiremath said in Hubballi", "back to Warri")
    once = unborne and named_city and not any(m.text.lower() in openers for m in mentions)
    if placed_in and not counts["organization"] and placed >= (1 if once else PLACED):
        return "place" if placed * SHARE >= len(mentions) else None
    return None


# A street's name: its last word a street's (some are surnames too: "Kestrel Lane",
# "Nathan Lane"), written where a street is, "on", "along", "off" or "at" before it
# ("the queue on Kestrel Lane", "a wreath at Kestrel Lane").
_STREET_WORDS = frozenset({"avenue", "boulevard", "drive", "lane", "road", "street"})
_ON_STREET = re.compile(r"\b(?:on|along|off|at|down|up)\s+(?:the\s+)?$")


def placed_in_full(
    mentions: list[Found], documents: Sequence[Document], lone: frozenset[str]
) -> bool:
    """Is a name tagged a person in full written as a place: after "in", "near" or "off",
    or before its country ("Bani Walid", "Ras Lanuf": a town's two words, unfamiliar
    to the language pipeline, tagged a person's name), at least PLACED times and in half
    its mentions, never speaking, titled or in apposition with a kind of person, and its
    last word never written alone as someone (`lone`: the lone words voted a person)?
    A city of the world's name (lexicon/cities.txt: "Feira de Santana", "São Paulo") so
    written once is enough, after "from" or "to" too, or listed ("a physician from
    Vitória da Conquista", "warrants in Salvador, Feira de Santana and São Paulo"); a
    street's, after "on" or "at" too ("the queue on Kestrel Lane")."""
    if any(name_key(m.text).split()[-1] in lone for m in mentions):
        return False  # "Walid said": someone's surname
    city = a_city(m.text for m in mentions)
    street = all(m.text.split()[-1].lower() in _STREET_WORDS for m in mentions)
    placed = 0
    for m in mentions:
        text = documents[m.doc].text
        if _as_someone(text, m) or titled_form(text, m.start, m.end) is not None:
            return False
        found = evidence(text, m, person=True)
        if found == "organization":
            return False
        if found == "place" or (
            (
                _IN_PLACE.search(text, max(0, m.start - 30), m.start)
                or (city and _LOCATIVE.search(text, max(0, m.start - 8), m.start))
                or (city and _LISTED_BEFORE.search(text, max(0, m.start - 6), m.start))
                or (street and _ON_STREET.search(text, max(0, m.start - 12), m.start))
            )
            and not text.startswith(("'s", "’s"), m.end)
        ):
            placed += 1
    return placed >= (1 if city else PLACED) and 2 * placed >= len(mentions)


def organized_in_full(mentions: list[Found], documents: Sequence[Document]) -> bool:
    """Is a name tagged a person in full an organization's: right after a kind of
    organization ("the Telegram channel Keystone Awake", lexicon/organization_kinds.txt)
    PLACED times or more and in a third of its mentions, never with a title before it
    or a place's evidence, and not opened by a given name? A kind that is someone's
    trade too says nothing of a name in full ("Former BP contractor Adam Dillon")."""
    if any(m.text.split()[0].lower() in GIVEN_NAMES for m in mentions):
        return False
    said = 0
    for m in mentions:
        text = documents[m.doc].text
        if titled_form(text, m.start, m.end) is not None:
            return False
        found = evidence(text, m, person=True)
        if found == "place":
            return False
        kind = _LAST_WORD.search(text, max(0, m.start - 20), m.start)
        said += found == "organization" and not (kind and kind.group(1) in _TRADES)
    return said >= PLACED and said * SHARE >= len(mentions)


# Kinds of organization that are someone's trade too ("contractor Adam Dillon").
_TRADES = (ORGANIZATION_KINDS & ROLE_NOUNS) | {"contractor", "operator", "publisher", "supplier"}
_LAST_WORD = re.compile(r"([a-z]+)\s+$")


def placed_by_kind(
    mentions: list[Found], documents: Sequence[Document], kinded: frozenset[str]
) -> bool:
    """Is a name tagged a person in full a place's, written with a kind of place after
    it: a place the corpus names so ("Tan Giang Province", `kinded`: the names before
    such a kind), or its kind in lower case after one of its mentions ("the Mae Sot
    district")? Never speaking, titled or in apposition with a kind of person (not
    "Mayor Dana Whitfield", beside "Dana Whitfield County")."""
    if not any(
        name_key(m.text) in kinded or _KIND_AFTER.match(documents[m.doc].text, m.end)
        for m in mentions
    ):
        return False
    return not any(
        _as_someone(text := documents[m.doc].text, m)
        or titled_form(text, m.start, m.end) is not None
        for m in mentions
    )


def _as_someone(text: str, mention: Found) -> bool:
    """Is a name tagged a person in full written as someone: speaking or in apposition
    with a kind of person? Not after "in", where the one who speaks is who is in it ("A
    Thai official in Mae Sot, who asked not to be named, said")."""
    if _IN_PLACE.search(text, max(0, mention.start - 30), mention.start):
        return False
    return speaks(text, mention) or bool(_PERSON_AFTER.match(text, mention.end))


_KINDS_ENDING = PLACE_KINDS | _ADMINISTERED


def kind_ended(names: Iterable[str]) -> str | None:
    """The name before a kind of place ending one of `names` ("Tan Giang" of "Tan
    Giang Province"), as name_key writes it; None if none ends so."""
    for name in names:
        words = name.split()
        if len(words) >= 2 and words[-1].lower() in _KINDS_ENDING and words[-1][0].isupper():
            return name_key(" ".join(words[:-1]))
    return None


@lru_cache(maxsize=1 << 16)
def _plain_name(name: str) -> bool:
    """A name of one to three words, none an organization's head, a title, a small word
    or an acronym: what a place or an organization's short name is written as."""
    words = name_key(name).split()
    if any(w.replace(".", "").isupper() for w in name.split()):
        return False  # "DO, MA" (a degree, a state), "NBC Portland, ME" (a station)
    return len(words) <= 3 and not _NOT_PLAIN & set(words)


# A postal code written as a state: after a place and a comma ("San Juan, PR"), in
# brackets or after a party ("(PR)", "D-PR"), or before a zip code ("PR 00901").
_STATE_BEFORE = re.compile(r"(?:[A-Za-z.]\s*,\s*|[(\[-]\s*)$")
_STATE_AFTER = re.compile(r"\s+\d{5}\b|\s*[)\]]")
_WORD_AFTER = re.compile(r"\s+([a-z]+)")
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|to|from|across|into|outside)\s+$")
_STOP = lexicon.words("stop_words") | SMALL_WORDS


def written_as_state(text: str, mention: Found) -> bool:
    """Is a postal code written as a state where it is: after a place and a comma, in
    brackets or after a party, or before a zip code (_STATE_BEFORE, _STATE_AFTER)?"""
    return bool(
        _STATE_BEFORE.search(text, max(0, mention.start - 3), mention.start)
        or _STATE_AFTER.match(text, mention.end)
    )


# Words before a code written as a place: "in AZ", "around FL", "west central FL" (not
# "from" or "to", which are as often a product's: "the data are from AZ"; code_not_a_state
# reads its own list, _PLACE_PREPOSITION, for a code's other uses).
_PLACED_CODE_BEFORE = re.compile(
    r"\b(?i:in|at|into|across|around|throughout|outside|near|off|"
    r"(?:north|south|east|west)(?:ern)?|central)\s+$"
)


def codes_placed(found: list[Found], documents: Sequence[Document]) -> set[str]:
    """The postal codes the corpus writes as a state ("Phoenix, AZ", "(D-AZ)", "AZ
    85001"), as a place ("in AZ", "around FL") or tags a place somewhere: each is the
    state, however else tagged ("the PR grant" after "San Juan, PR"; a table's "CT").
    Tagged an organization in a corpus that does none of this, a code is no state: an
    acronym of the organization the text is about."""
    placed = set()
    for f in found:
        if f.text not in STATE_CODES:
            continue
        text = documents[f.doc].text
        if (
            f.label in ("GPE", "LOC")
            or written_as_state(text, f)
            or _PLACED_CODE_BEFORE.search(text, max(0, f.start - 12), f.start)
        ):
            placed.add(f.text)
    return placed


def code_not_a_state(mentions: list[Found], documents: Sequence[Document]) -> bool:
    """Is a US postal code ("PR") used as an acronym the corpus never writes as a state,
    and mostly before a lower-case noun ("a PR campaign", "crisis PR firm"; not "in DC
    who", "in DC to")? Then it is a common noun's acronym (public relations), no place
    and no entity."""
    if len(mentions) < SHARE or not all(m.text in STATE_CODES for m in mentions):
        return False
    modifying = 0
    for m in mentions:
        text = documents[m.doc].text
        if written_as_state(text, m):
            return False
        if _PLACE_PREPOSITION.search(text, max(0, m.start - 8), m.start):
            continue  # "lobbyists in DC to ...": a place
        word = _WORD_AFTER.match(text, m.end)
        modifying += word is not None and word.group(1) not in _STOP
    return modifying * 2 >= len(mentions)


# A surname's particle right before a word, which no place's name takes ("President von
# der [Leyen]", "van [Gogh]", "bin [Salman]"; not "de", "da": "Rio de [Janeiro]").
_PARTICLE_ENDS = ("von ", "van ", "der ", "den ", "bin ", "ibn ")  # (a cheap first test)
_GIVEN_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+) $")
_NO_GIVEN_NAME = TITLES | ROLE_NOUNS | OFFICES | SMALL_WORDS  # "President von der Leyen"
_SURNAME_PARTICLE = re.compile(r"(?<![\w-])(?:(?:von|van)(?:\s+(?:der|den))?|bin|ibn)\s+$")
# The tags of a lone word a particle makes a surname, however tagged ("Anneke van der
# [Linden]" tagged an organization; "[Anneke van] der [Linden]" cut in two).
_AFTER_PARTICLE = frozenset({"GPE", "LOC", "ORG", "PERSON"})


def surnames_tagged_places(found: list[Found], texts: Sequence[str]) -> list[Found]:
    """ "Ferreira, 24, known to supporters as ..." after "Mateo Ferreira": a lone word
    tagged a place that is the surname of a person the document has named in full before
    it, and that no gazetteer knows as a country or a US state, nor is written after a
    place's preposition ("in Houston"), is a person's lone name: the tagger's place tag
    is wrong (it reads foreign surnames so). So is a word after a surname's particle
    (_SURNAME_PARTICLE), tagged a place, an organization or a person. `found`: the
    candidate mentions, changed in place and returned without the first halves of the
    names cut at their particle; `texts`: the documents' texts, by index."""
    named: dict[tuple[int, str], int] = {}  # (document, surname) -> first named in full
    ends = {(f.doc, f.end): f for f in found}
    dropped: set[int] = set()  # the first part of a name cut at its particle
    for f in found:
        words = f.text.split()
        if f.label == "PERSON" and 2 <= len(words) <= 3 and f.vote in (None, "person"):
            surname = words[0] if FAMILY_FIRST.fullmatch(f.text) else words[-1]
            key = (f.doc, surname.removesuffix("'s"))
            named[key] = min(named.get(key, f.start), f.start)
    for f in found:
        if f.label not in _AFTER_PARTICLE or " " in f.text:
            continue
        particle = (
            _SURNAME_PARTICLE.search(texts[f.doc], max(0, f.start - 12), f.start)
            if texts[f.doc].endswith(_PARTICLE_ENDS, max(0, f.start - 4), f.start)
            else None
        )
        if particle is None and f.label not in ("GPE", "LOC"):
            continue
        if particle is not None:  # "von der [Leyen]": the surname, its particle with it,
            start = particle.start()  # and a given name before ("Ursula von der Leyen")
            cut = next(
                (
                    g
                    for end in range(particle.start(), particle.end() + 1)
                    if (g := ends.get((f.doc, end))) is not None
                ),
                None,
            )  # "[Ursula von der] [Leyen]", "[Ursula von] der [Leyen]"
            if cut is not None and cut.label == "PERSON" and cut.start < particle.start():
                start = cut.start
                dropped.add(id(cut))
            else:
                given = _GIVEN_BEFORE.search(texts[f.doc], max(0, start - 20), start)
                if given and given.group(1).lower() not in _NO_GIVEN_NAME:
                    start = given.start(1)
            f.start, f.text = start, texts[f.doc][start : f.end]
            f.label, f.vote, f.weight = "PERSON", "person", 1.0
            continue
        if named.get((f.doc, f.text), f.start) >= f.start:
            continue  # no one of that surname named in full before it
        if country_of(f.text) is not None or name_key(f.text) in STATE_KEYS:
            continue
        if _PLACE_PREPOSITION.search(texts[f.doc], max(0, f.start - 8), f.start):
            continue  # "in Houston", after "Whitney Houston"
        f.label, f.vote, f.weight = "PERSON", "person", 1.0
    return [f for f in found if id(f) not in dropped]
