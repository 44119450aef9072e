"""Word lists as data: the names, titles, roles and stop words the passes decide with.

Each list is a plain-text file in this folder, `<name>.txt`, that an analyst can read
and edit: one entry per line (an entry may be a phrase: "state of the union"), `#`
lines are comments (each file starts with some saying what the list is for and which
pass uses it), blank lines are skipped. Entries are kept sorted, except where their
order means something (months, number_words). Lists of pairs hold two columns: a word,
spaces, then what it stands for (which may have spaces: "DC  District of Columbia").

Each file is read once per process (`words`, `ordered` and `pairs` are cached); the
passes keep what they need in module constants when they are imported.

The lists (the modules of resolve/ or ingest/ that use each in brackets):

- abbreviations: words ending with a period that does not end a sentence (ingest/text)
- aggregate_verbs: distributed, served, reached: before a count of things over a month
  or a year, the period's total, not a happening (chronology/levels)
- boilerplate: phrases of web pages and players around a story ("an error occurred
  while processing this directive"), and headings of link lists ("related stories")
  (ingest/boilerplate)
- beliefs: believe, doubt, fear, hope: before a clause with a future or a modal, a
  date in it is a forecast (chronology/attitudes)
- body_openers: Banco, Grupo, Inversiones: before a name, a body's in another language (votes)
- building_heads: room, hall, library: a person's name going on to one names a
  building or a room ("the James S. Brady Press Briefing Room"), no mention (spans)
- business_words: Petroleum, Energy, University: after a company's or an institution's own name
  (resolution)
- capitals: the capitals of the world's countries and territories, from GeoNames (CC
  BY 4.0; scripts/make_cities.py): one tagged a person, in a corpus that names no one
  with it, stands for its government ("Kyiv says"), a place (resolve/entities)
- cities: the main names of the world's cities of 15,000 people or more, from
  GeoNames (CC BY 4.0; scripts/make_cities.py): a name tagged an organization that is
  one, written as a place in half its mentions, is that city (resolve/placed)
- calendar_months: Baisakh, Farvardin, Muharram: the months of other calendars;
  before a number, no entity (mentions)
- calendar_eras: pairs, AH, EC, BS and the calendar: written after a year of another
  calendar than the Gregorian, which is then no Gregorian year (chronology/calendars)
- era_names: Reiwa, Heisei, Showa: Japan's imperial eras; before a number or "era", no
  entity (mentions)
- chamber_complements: representatives, commons, lords: what follows "of" in a
  legislature's chamber's full name, which the chamber word alone names (short_forms)
- chamber_words: house, senate: alone, a legislature's chamber, never the short form of
  a longer name ending with it ("the House" is not the White House) (short_forms)
- change_verbs: become, rise, slam: a change that befalls its subject; after "is set
  to" or "is due to", a forecast, not a schedule (chronology/plans)
- clause_verbs: verbs that make the words after a name a clause (roles)
- club_openers: Real, Sporting, FC: before a town's name, a sports club's (votes)
- club_words: Athletic, United, Rovers: after a town's name, a sports club's (votes)
- count_verbs: reported, recorded, logged: before a count, a tally of the period or the
  day, not a happening (chronology/tallies)
- country_former_names: pairs, an ISO code and the English name news still write for
  a country the gazetteer gives under a newer one ("TR Turkey"; resolve/countries)
- described_kinds: what an organization or place may be described as (roles)
- comment_invitations: "comments section below": the readers' comments start there
  (ingest/boilerplate)
- comments: "report abuse", "this comment was removed": lines of a comment thread
  (ingest/boilerplate)
- deed_contents: include, direct, provide: after a deed named only by its day ("Today's
  actions include ..."), a verb of what it holds, a happening; any other present verb
  judges it, no happening (chronology/verdicts)
- deed_verbs: announce, sign, travel: a deed told in the present of a report ("Donfried
  travels to Ukraine"), positive evidence of a happening (chronology/deeds)
- degrees: MD, PhD, RN: degrees and credentials written after a name and a comma,
  skipped before the role that follows them (roles)
- deities: God and other deities, never an entity (mentions)
- demonyms: "Ukrainian", "Texan", "Muslim": the people of a place or faith (mentions)
- diseases: illnesses, never an entity ("Long COVID") (mentions)
- dropped_heads: generic words a place's name is also written without ("Pacific
  Ocean" / "Pacific", "Port Fourchon" / "Fourchon") (resolve/places)
- document_heads: last words of names of laws, plans, occasions ("Press Briefing")
  (mentions)
- drug_stems: mab, stat, vir: endings of the generic names of medicines (WHO's INN
  stems); such a word in brackets beside a name makes the name a brand of medicine,
  no entity (votes)
- ethiopian_months: pairs, Meskerem, Tir and the month's number: the Ethiopian
  calendar's months, converted to the Gregorian (chronology/calendars); before a
  number, no entity (mentions)
- event_heads: first words of names of events ("Summit of ...") (mentions)
- event_tails: last words of names of events ("... Marathon", "... Summit") (votes)
- fate_nouns: poisoning, arrest, wife: before "of" and a name, what befalls a person
  ("the poisoning of Alexei Navalny"): the name is a person's (mentions)
- facility_heads: the words after a name that make it a facility ("the Macondo well")
  (mentions)
- facility_modifiers: oil, drilling, nuclear: between a name and its facility's word
  ("the Deepwater Horizon drilling rig") (mentions)
- foreign_titles: pairs, a foreign title and the English word it means (mentions,
  names)
- former_countries: USSR, West Germany: countries that no longer are, places however their
  name ends (resolve/countries)
- generic: words naming a kind of thing, not a thing ("Administration") (mentions,
  entities)
- geo_heads: last words of names of regions and waters (mentions, resolve/places)
- surname_geo_heads: hill, keys, park: places' last words that are also surnames; a
  place where the tagger reads no person and the first word is no given name
  ("Capitol Hill"; not "Carla Hills") (resolve/votes)
- happened_nouns: nouns of things that happen once ("explosion", "attacks"): a day
  written just before one is past ("the April 20 explosion") (chronology/tense)
- headline_verbs: base forms of headline verbs; their forms in -s, -es, -d/-ed, -ies are
  made from them (mentions)
- headline_verb_forms: irregular forms of headline verbs ("took") (mentions)
- headline_verb_exceptions: forms that are nouns in names ("Support Services")
  (mentions)
- incident_heads: explosion, disaster, blowout: after a name tagged a person, the
  place or thing something happened at ("the Deepwater Horizon explosion") (mentions)
- news_outlets: Politico, Bloomberg, NPR: outlets' names, an organization however
  tagged, unless a person named in full bears the name (resolve/places)
- institution_heads: school, college, university: in lower case after a name, an
  institution's ("the Dolphin school"), a weak vote for an organization (resolve/votes)
- intentions: hoped, wants, commitment, "had planned": before "to" and a verb, a date
  in its phrase is an act not (yet) done (chronology/attitudes)
- holding_verbs: stand, continue, include, face: a posture held, a trend going on or
  what something holds in the present; after a present date with no verb that happens,
  how things stand (chronology/holding)
- honorifics: Mr, Ms, Dr...: a lone surname after one may be any namesake (names,
  resolution)
- inverted_apart: university, college: "X of Y" and "Y X" are two bodies (resolution)
- known_acronyms: pairs, an acronym news write without defining it and the body it
  stands for ("EU  European Union"), joined when the corpus names that body
  (resolve/acronyms)
- kin_nouns: brother, wife, daughter: "his younger brother, Alan" is a relative, no
  namesake from the corpus (surnames)
- legal_forms: Ltd, Plc, Corp, "& Co": a company's legal form after its name
  (resolution)
- legal_prefixes: PT, PJSC, OOO: a company's legal form before its name (resolution)
- lookalikes: pairs, a letter of another script drawn like a Latin one and that
  letter ("Niinistӧ" with a Cyrillic ӧ), read so in a name's key (ingest/text, mentions)
- measure_nouns: sales, prices, inflation: a measured level; with a verb of change, a
  statistic of the period (chronology/changes)
- model_heads: hatchback, SUV, cell: after a name its maker owns ("its Helena electric
  hatchback"), a product, no person (resolve/votes)
- months: month names, in calendar order (mentions)
- name_suffixes: Jr, Sr, III, cut from a person's name (mentions)
- plain_letters: pairs, a Latin letter no accent makes (ı, ø, ł) and the plain
  letters for it, read so in a name's key and a page's address (ingest/text)
- post_nominals: QC, MP, OBE, written after a person's name: cut from it, a role
  (mentions, roles)
- named_documents: last words of names of laws, treaties, reports, plans: a year
  before such a name is part of it ("the 2021 Annual Report") (chronology/naming)
- named_weekdays: Remembrance Sunday, Good Friday: days of the calendar named by a word
  and a weekday, no weekday counted from the publication (chronology/dates)
- nicknames: pairs, a short first name and the full one ("joe  joseph") (names,
  mentions: a given name starting a name is no document head, "Bill Reilly")
- not_entities: acronyms, degrees, holidays, transcript notes (mentions)
- not_title_openers: through, despite, watch: capitalised opening a sentence before a
  title, no word of it (roles)
- nowadays_verbs: have, use, need, know: after "today" that opens their clause, a
  present simple of possession, use, need or knowledge, how things are nowadays
  (chronology/nowadays)
- number_words: two to twelve in words, in order, for groups ("the Citgo Six", "the
  Group of Seven")
  (mentions, refind)
- oceans: geographic heads that are names alone ("Pacific") (mentions, resolve/places)
- observance_verbs: celebrate, honor, thank, pray: after a present date that opens the
  sentence, a day observed or a prayer, no happening (chronology/holding)
- occasion_nouns: call, meeting, visit, rally: an occasion that takes place on a day; a
  date beside one names a happening (chronology/deeds)
- offices: posts held by people ("Administrator") (mentions)
- onsets: the two consonants a word may start with ("bl", "kh"); another start may be
  a letter lost when the text was saved ("Mdecins") (ingest/lost_letters)
- openers: words opening a phrase, not a name ("My", "Dear") (mentions)
- opening_adverbs: later, meanwhile, today: opening a sentence before a name or a
  title, no part of it (mentions, roles)
- org_heads: last words of organizations' names ("Department") (mentions, entities)
- open_ends: say, heard, the, of: a sentence cut off by a dash right after one says
  nothing yet (chronology/transcript)
- organization_kinds: "group", "company": right before a name, it is an organization's
  ("the environmental group Oceana") (resolve/placed)
- outlet_notices: what a news site prints on its own pages, and the outlet it names
  (datelines)
- place_heads: last words of places' names ("Prison", "Airport") (mentions, entities)
- place_openers: first words of places' names ("Fort", "Puerto", "Ciudad"): a name
  opened by one and tagged a person is a place's (resolve/votes)
- place_kinds: "state", "city", "port": before "of" and a name, it is a place's ("the
  Mexican state of Campeche") (resolve/placed)
- platforms: twitter, zoom, whatsapp: online platforms, alone and tagged a person the
  company that runs them (resolve/votes)
- post_titles: commandant, assemblywoman, dean: titles of posts before a name that
  role_nouns leaves out (some are names too); a role there (roles)
- post_words: besides offices, words before a person's name after an organization's
  (mentions)
- present_nouns: challenges, world, dollars: after "today's", how things are nowadays,
  no happening of the day (chronology/states)
- product_heads: vaccine, doses, pills: after the name of their maker, a company
  (mentions, resolution)
- product_kinds: drug, vaccine, antiviral: before a name, a product ("the drug
  Tamiflu"), no organization (mentions)
- regions: the main names of the world's first-level regions (states, provinces), from
  ISO 3166-2 (pycountry; scripts/make_regions.py): read with cities (resolve/placed)
- remembered_nouns: events, anniversary, aftermath: before "of" and a day, as the
  happened_nouns there, it names what happened that day: past ("the events of January
  6th") (chronology/tense)
- report_nouns: announcement, confirmation, news: a piece of news given once; a date
  just after one dates it, not a market's move in its clause (chronology/changes)
- reporting_verbs: said, announced, warned: past forms of verbs that report a clause; a
  date after the reported words is theirs, not the report's (chronology/tense)
- role_modifiers: words before a role noun in a stated role ("former") (roles)
- role_nouns: nouns naming a role ("envoy", "negotiator") (roles, mentions, names)
- romanised_surnames: Korean family names romanised two ways ("chung" -> "jeong"), one
  person with the same given name (names)
- royal_titles: king, queen, pope...: titles said with a given name, not a surname
  (resolution)
- same_form_past: cut, hit, shut: verbs whose past is spelled like their base; after a
  singular subject ("Colonial shut") a past (chronology/tense)
- service_verbs: helped, provided, served: a perfect of help or service after "since" and a
  date tells a service over the period, not a happening on the date (chronology/service)
- sexed_words: pairs, a word before a name and the sex it says ("mrs female", "king
  male"): a lone surname after a title of one sex goes to no namesake of the other
  (surnames)
- small_words: of, the, de, la...: small words inside names (mentions, names,
  resolution, entities, titles)
- spellings: pairs, a British spelling of a word of names and the American one name
  keys fold it to ("Centre", "Center"; mentions.name_key)
- state_forms: "Kingdom of", "State of": before a country's name in its formal name
  (variants; "State of" before a US state's name: resolve/places)
- state_participles: participles that name a state after a present "be" ("80% of
  adults are fully vaccinated"): a level, not a happening (chronology/figures)
- state_abbreviations: pairs, a US state's AP abbreviation and the state ("Fla
  Florida"), the state when written with its period or after a place and a comma
  (resolve/places)
- stative_verbs: is, know, remain, doubted: verbs of a state, a belief or a feeling; a
  date's clause with only these tells no happening (chronology/deeds)
- stop_words: function words a stated role stops at (roles); words that say
  nothing of a subject (resolve/relevance, ingest/boilerplate); words a title in
  title case leaves in lower case (resolve/titles); no name that a short title's
  period comes before (ingest/text)
- tally_participles: caught, detained, vaccinated: after "were" and a count in the
  thousands with a month or a year, a tally of the period (chronology/tallies)
- talk_verbs: note, share, thank: a speaker's own talk after "wanted to", whose date is
  what the speaker tells of (chronology/attitudes)
- time_zones: GMT, EDT, after a time (mentions)
- timetable_verbs: go, starts, leaves, meets, testifies: in the present right before a
  date written without a year, a timetable's, so the date is ahead (chronology/schedules)
- term_nouns: application period, competition, season: a term on the calendar; when it
  closes, ends or runs is no happening (chronology/holding)
- thing_heads: the words after a name that make it a programme, law, case or product
  ("Medicare beneficiaries"), no entity (mentions, resolution)
- title_abbreviations: pairs, an abbreviated title and the title ("amb  Ambassador")
  (roles; ingest/text: no sentence ends after one before a name, "Barr. Chidi")
- title_phrase_words: other words of a title without a name ("Acting") (mentions,
  names)
- title_words: words of multi-word titles ("Vice", "Attorney") (roles)
- titles: titles and honorifics before a person's name ("President", "Sgt")
  (mentions, names)
- units: Fahrenheit, Celsius: units named after people, never an entity (mentions)
- unstated_deeds: announcement, action, call to action: a deed's noun that does not say
  what was done; dated as a sentence's subject related only to something else, no
  happening (chronology/lists), nor a main clause after an opening phrase naming one by
  its day (chronology/unnamed.pointed_deed), nor a verdict on one named by its day
  (chronology/verdicts)
- us_states: pairs, a US postal code and the state's name (mentions, entities,
  resolve/places)
- vessel_kinds: ferry, tanker, container ship: right before a name, after an article,
  a vessel's, typed a facility, a place ("the ferry Haewon Star") (resolve/votes)
- vessel_prefixes: USS, HMS, MV: in capitals before a ship's name, a vessel's (votes)
- window_measures: infections, cases, data, rate: a quantity measured over a span
  written with both ends; the span is a figure's window (chronology/measured)
- word_abbreviations: pairs, a word of bodies' names written short and in full ("dept
  department"), read in full by name keys (mentions.name_key)
- work_kinds: song, album, film: a name in quotation marks beside one is a work's title,
  no entity (resolve/votes)

This package imports no stage: every stage may use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from ..errors import ConfigError

FOLDER = Path(__file__).resolve().parent


def read_entries(path: Path) -> tuple[str, ...]:
    """The entries of a list file, in file order: comments and blank lines left out,
    each entry stripped. A repeated entry is an error (the file was edited wrongly)."""
    entries: list[str] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        if entry in seen:
            raise ConfigError(
                f"{path}:{number}: {entry!r} is listed twice (first on line {seen[entry]}). "
                "Remove one of the two lines."
            )
        seen[entry] = number
        entries.append(entry)
    return tuple(entries)


@cache
def ordered(name: str) -> tuple[str, ...]:
    """The entries of the list `name`, in file order."""
    return read_entries(FOLDER / f"{name}.txt")


@cache
def words(name: str) -> frozenset[str]:
    """The entries of the list `name`, as a set."""
    return frozenset(ordered(name))


def pairs(name: str) -> dict[str, str]:
    """The list of pairs `name`: each entry's first word -> the rest of the line."""
    out: dict[str, str] = {}
    for entry in ordered(name):
        key, _, value = entry.partition(" ")
        if not value.strip() or key in out:
            raise ConfigError(
                f"{FOLDER / name}.txt: {entry!r} is not a new word followed by what it "
                "stands for. Write one pair per line: the word, spaces, then its meaning."
            )
        out[key] = value.strip()
    return out


def alternation(entries: Iterable[str]) -> str:
    """A regular expression (no group captured) matching any one of `entries` as
    written, the longest first where one entry opens another ("chair", "chairman").

    The entries are shared out by their letters ("ch(?:air(?:man)?|ief)"), so a
    match is looked for one letter at a time, not entry by entry: `re` tries the
    branches of "a|b|c" in turn at each place of the text, and a list of two hundred
    role nouns made a look-behind of 40 characters cost 8,000 comparisons (six times
    slower on whitehouse-2022's appositives than this)."""
    tree: dict[str, dict] = {}
    for entry in entries:
        node = tree
        for letter in entry:
            node = node.setdefault(letter, {})
        node[""] = {}  # an entry ends here
    return _branches(tree) or "(?!)"  # (no entries: matches nothing)


def _branches(node: dict[str, dict]) -> str:
    branches = [
        re.escape(letter) + _branches(rest) for letter, rest in sorted(node.items()) if letter
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    # An entry ends here and others go on: the longer first (greedy), then this one.
    return f"(?:{body})?" if len(branches) == 1 and len(body) > 1 else body + "?"
