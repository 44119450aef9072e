"""Acronyms the texts define: as a law or a thing ("Inflation Reduction Act (IRA)",
"liquified natural gas (LNG)"), which are not people, organizations or places, or as a
name ("Department of Energy (DOE)"). A definition counts only when the words before the
parenthesis spell the acronym ("they (BP)", a reader's aside, defines nothing), and one
definition as a thing does not delete a name that another text defines. merge_acronyms,
a variant pass of resolution, then joins each acronym to the name it stands for.

Aliases the texts state ("also known as 'Fat Leonard'", "now known as BP") join the
entity they name (stated_aliases, run by entities.py after the variant passes)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache, partial

from .. import lexicon
from ..infra.memo import reused
from ..ingest.text import fold
from ..model import Document
from .countries import country_of
from .mentions import (
    ACRONYM_IN_BRACKETS,
    AGE_AFTER,
    KNOWN_ACRONYMS,
    KNOWN_AS,
    QUOTED_ALIAS,
    SHORT_NAME_DEFINED,
    STATED_ALIAS,
    Found,
    Vocabulary,
    body_of,
    known_body,
    name_key,
)
from .resolution import (
    DOMINANT,
    RARE,
    Cluster,
    acronym_letters,
    best_key,
    cluster_keys,
    has_legal_form,
    is_acronym,
    is_full_person,
    merge,
    root,
    singular,
    strip_legal_form,
    type_of,
)
from .words import (
    DEMONYMS,
    DOCUMENT_HEADS,
    FACILITY_HEADS,
    GEO_HEADS,
    NAME_LINKS,
    ORG_HEADS,
    PLACE_HEADS,
    SMALL_WORDS,
    STATE_CODES,
    a_city,
)

# "... Inflation Reduction Act (IRA)", "liquified natural gas (LNG)": found from the
# parenthesis back, a word at a time, so that the time is linear in the text's length.
# (A pattern that scanned forward from every capital, as the name's words are, took the
# square of the length on a text of one repeated name: 87 s for 96 KB.)
_DOCUMENT_HEAD_WORDS = frozenset(w.capitalize() for w in DOCUMENT_HEADS)
_JOINING_WORDS = frozenset("of and for the to on".split())
_NAME_CHARS = re.compile(r"[\w’'-]")
_POSSESSIVE = re.compile(r"[’']s$")
# The words before "(ACR)" that may spell it, within a bounded window (linear).
_WINDOW = 120
_THING_WORDS = re.compile(r"(?:(?<![\w-])[a-z][\w-]*\s+){0,7}(?<![\w-])[a-z][\w-]*$")
_NAME_WORDS = re.compile(  # (a comma before a capital may part them: "Economy, Trade")
    r"(?:(?<![\w’'-])[A-Z][\w’'-]*(?:,(?=\s+[A-Z]))?\s+(?:(?:of|and|for|the|on|&)\s+)*){0,7}"
    r"(?<![\w’'-])[A-Z][\w’'-]*$"
)


def document_acronyms(documents: Sequence[Document], employers: frozenset[str]) -> set[str]:
    """Acronyms the texts define as a law, plan or programme ("Inflation Reduction Act
    (IRA)") or as a common noun ("liquified natural gas (LNG)"). They name documents
    and things, not people, organizations or places, unless other texts define the
    same letters as a name ("Department of Energy (DOE)"): one definition as a thing
    does not delete a name from the whole corpus, nor one as a name ("the rig's Blowout
    Preventer (BOP)") make a name of what DOMINANT times as many texts define as a
    thing ("the blowout preventer (BOP)", in six). Nor is one that holds posts, or is
    defined for a name that does (`employers`: "WFP's country director"), nor a body's
    that lexicon/known_acronyms.txt lists ("WFP")."""
    things: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for document in documents:
        defined_things, defined_names = _defined_acronyms(document.text)
        things.update(defined_things)
        names.update(defined_names)
    found = {
        acronym
        for acronym, n in things.items()
        if n >= DOMINANT * names[acronym]
        and acronym not in employers
        and acronym not in KNOWN_ACRONYMS  # a body's, by the lexicon ("WFP")
    }
    unsure = sorted(set(things) - found)
    if unsure:
        # Defined as both: how the corpus writes the words decides ("Blow-Out Preventers
        # (BOP)" in one text, "the blowout preventer" in forty: a thing).
        definitions = name_definitions(documents)
        texts = [(d.text, d.text.lower()) for d in documents]
        for acronym in unsure:
            spelled = {words[-n:] for words, n in definitions.get(acronym, ())}
            if spelled and all(_written_as_a_thing(words, texts) for words in sorted(spelled)):
                found.add(acronym)
    return found


_CUT = re.compile(r"[\w-]")


def _written_as_a_thing(words: tuple[str, ...], texts: Sequence[tuple[str, str]]) -> bool:
    """Do the texts ((text, its lower case)) write the words that spell an acronym
    ("Blow-Out Preventers"), joined or not at their hyphens and with or without a
    plural's "s", in lower case DOMINANT times as often as capitalised, and in lower
    case at least DOMINANT times?"""
    while words and words[0].lower() in SMALL_WORDS:
        words = words[1:]  # "of Management and Budget" spells OMB: "of" is in lower case
    parts = [re.split(r"[-‑]", w.lower().rstrip("’'")) for w in words]
    if not parts or len("".join(p for word in parts for p in word)) < 4:
        return False
    parts[-1][-1] = parts[-1][-1].removesuffix("s")
    words_apart = r"\s+".join(r"[\s-]?".join(map(re.escape, word)) for word in parts)
    # A literal first (fast to search for); the word's start is checked after (_CUT).
    pattern = re.compile(words_apart + r"s?(?![\w-])")
    first = parts[0][0]
    lower = capital = 0
    for text, lowered in texts:
        if first not in lowered:
            continue  # most texts: no need for the pattern
        # Found in the lower-case text (fast), the case read at the same place in the
        # text: lower() keeps the length of all but a few letters ("İ"), then searched
        # in the text itself.
        same = len(lowered) == len(text)
        found = pattern.finditer(lowered) if same else re.finditer(pattern.pattern, text, re.I)
        for match in found:
            if match.start() and _CUT.match(text, match.start() - 1):
                continue  # inside a word
            if text[match.start()].islower():
                lower += 1
            else:
                capital += 1
    return lower >= DOMINANT and lower >= DOMINANT * capital


# A name an acronym is defined as: its words, and how many of the last spell the acronym.
Definition = tuple[tuple[str, ...], int]


def name_definitions(documents: Sequence[Document]) -> dict[str, Counter[Definition]]:
    """For each acronym the texts define as a name, the names it is defined as and in
    how many documents each: {"DOE": {(("Department", "of", "Energy"), 3): 9, ...}}. A name is
    the capitalised words before the parenthesis ("The U.S. International Development
    Finance Corporation"), a possessive dropped; its last words spell the acronym
    (Schwartz and Hearst's test), the words before may belong to it or not (the
    caller tries the longest first)."""
    found: dict[str, Counter[Definition]] = {}
    for document in documents:
        for acronym, name in sorted(set(_read_acronyms(document.text)[1])):
            found.setdefault(acronym, Counter())[name] += 1
    return found


def _defined_acronyms(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The acronyms the text defines as a thing (a law: "Inflation Reduction Act (IRA)";
    a common noun: "liquified natural gas (LNG)"), and those it defines as a name
    ("Department of Energy (DOE)")."""
    things, names = _read_acronyms(text)
    return things, frozenset(acronym for acronym, _ in names)


@reused("acronyms")
@lru_cache(maxsize=1 << 12)  # read twice a build: for things, then for names
def _read_acronyms(
    text: str,
) -> tuple[frozenset[str], tuple[tuple[str, Definition], ...]]:
    """The acronyms the text defines as a thing, and those it defines as a name with
    the name ("DOE", (("Department", "of", "Energy"), 3)). Found from each parenthesis
    back, in a bounded window, so the time is linear in the text's length."""
    things: set[str] = set()
    names: list[tuple[str, Definition]] = []
    for match in ACRONYM_IN_BRACKETS.finditer(text):
        start, acronym = match.start(), match.group(1)
        word_end = _skip_spaces_back(text, start)
        if word_end == start:
            continue  # "Act(IRA)": the acronym must follow a space
        before = text[max(0, word_end - _WINDOW) : word_end]
        if _defines_document(text, word_end) and not _a_body_of(before):
            things.add(acronym)
            continue
        syllabic = not acronym.isupper()  # "Petróleos Mexicanos (Pemex)"
        if len(acronym) < 2 or (syllabic and len(acronym) < 3):
            continue
        thing = _THING_WORDS.search(before)
        if thing and not syllabic and spells(acronym, thing.group()):
            things.add(acronym)
            continue
        name = _NAME_WORDS.search(before)
        spelled = spelling(acronym, name.group()) if name else None
        if (
            syllabic
            and spelled
            and (len(spelled.split()) < 2 or country_of(acronym) or a_city([acronym]))
        ):
            # "Joe Biden (Biden)": a word of the name, no short form of it; "Canadian
            # Imperial Bank of Commerce (Canada)": where it is
            spelled = None
        if name and spelled:
            words = _POSSESSIVE.sub("", name.group()).split()
            # the words that may belong to the name: those that spell it, and before
            # them those from its first capital ("The" starts a sentence, not a name)
            first = len(words) - len(spelled.split())
            while first > 0 and words[first - 1] != "The" and not words[first - 1].endswith(","):
                first -= 1  # (not over a comma the spelling does not need: "BHE Renewables,")
            while words[first] in _JOINING_WORDS:
                first += 1
            names.append((acronym, (tuple(words[first:]), len(spelled.split()))))
    return frozenset(things), tuple(names)


def _skip_spaces_back(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _word_before(text: str, end: int) -> int:
    """The start of the word (run of non-spaces) that ends at `end`."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start


def _a_body_of(before: str) -> bool:
    """Is the name before the parenthesis a body's, though it ends in a document's head
    word ("Office of Management and Budget (OMB)": mentions.body_of; "the United Nations
    World Food Programme (WFP)": a body lexicon/known_acronyms.txt lists)?"""
    name = _NAME_WORDS.search(before)
    return name is not None and (body_of(name.group().split()) or known_body(name.group()))


def _defines_document(text: str, end: int) -> bool:
    """Does a name ending in a document's head ("Reduction Act") end at `end`? Words
    back from the head: joining words ("of the"), until one with a capital."""
    start = _word_before(text, end)
    if text[start:end] not in _DOCUMENT_HEAD_WORDS:
        return False
    end = _skip_spaces_back(text, start)
    while end < start:  # at least one space before each word
        start = _word_before(text, end)
        tail = end
        while tail > start and _NAME_CHARS.match(text[tail - 1]):
            tail -= 1
        if any("A" <= c <= "Z" for c in text[tail:end]):
            return True  # a name's word (or its end: "xAmerica")
        if text[start:end] not in _JOINING_WORDS:
            return False
        end = _skip_spaces_back(text, start)
    return False


def spells(acronym: str, words: str) -> bool:
    """Do the words before "(ACR)" spell the acronym, as Schwartz and Hearst's test of
    an abbreviation's definition has it: each letter, from the last, found in order
    going back, the first one starting a word, within a few words ("liquefied natural
    gas (LNG)", "blowout preventer (BOP)"; not "they (BP)", a reader's aside)."""
    return spelling(acronym, words) is not None


def spelling(acronym: str, words: str) -> str | None:
    """The last of `words` that spell the acronym (see spells), or None: "Centers for
    Disease Control and Prevention" for CDC, "Department of Energy" for DOE out of "the
    Department of Energy"."""
    written = " ".join(words.split())
    text = written.lower()
    position = len(text) - 1
    for index in range(len(acronym) - 1, -1, -1):
        letter = acronym[index].lower()
        while position >= 0 and (
            text[position] != letter
            or (index == 0 and position > 0 and text[position - 1].isalnum())
        ):
            position -= 1
        if position < 0:
            return _translated(acronym, written)
        position -= 1
    used = written[position + 1 :]
    return used if len(used.split()) <= min(len(acronym) + 5, 2 * len(acronym)) else None


def _translated(acronym: str, written: str) -> str | None:
    """The last capitalised words of `written` whose initials are the acronym's letters
    in another order: a name translated from the language the acronym is of ("National
    Mining Agency (ANM)", Agência Nacional de Mineração; "Doctors Without Borders" is
    not MSF). Three letters or more, one word each, small words between them left out;
    None if they are not so."""
    if len(acronym) < 3:
        return None
    words = written.split()
    taken: list[int] = []
    for index in range(len(words) - 1, -1, -1):
        if len(taken) == len(acronym):
            break
        word = words[index]
        if word.lower() in SMALL_WORDS and taken:
            continue
        if not word[:1].isupper():
            return None
        taken.append(index)
    if len(taken) != len(acronym):
        return None
    if sorted(words[i][0] for i in taken) != sorted(acronym.upper()):
        return None
    return " ".join(words[taken[-1] :])


# --- joining acronyms to the names they stand for (a variant pass of resolution) ---


def merge_acronyms(clusters: list[Cluster], documents: Sequence[Document]) -> None:
    """ "US" = "United States", "EU" = "European Union": an acronym joins the name the
    texts define it as ("Department of Energy (DOE)", counted over the documents: the
    name most defined wins, "Departments of Energy (DOE)" written once does not), with
    the other names defined as the same acronym that are that name in fewer or other
    words ("Centers for Disease Control (CDC)" and "... and Prevention (CDC)"). With no
    definition, it joins the long name with those initials of its type that shares the
    most documents with it: documents naming both, or, if none does, writing the
    acronym beside the long name where the pipeline did not tag it."""
    definitions = name_definitions(documents)
    for acronym, loose in _loose_definitions(documents, definitions).items():
        definitions[acronym] = Counter({(loose, len(loose)): LOOSE_DOCUMENTS})
    syllabic = {a for a in definitions if not a.isupper()}  # "Pemex", defined so
    texts = "\0".join(d.text for d in documents)  # (_written_in_lower_case)
    long_forms: dict[str, set[int]] = {}
    by_key: dict[str, int] = {}
    people: dict[str, int] = {}  # the names of people in full (see bodies_by_key)
    initialled: dict[str, set[int]] = {}  # people's initials, of three letters or more
    for i, cluster in enumerate(clusters):
        if cluster.mentions and is_full_person(cluster):
            for key in sorted(cluster_keys(cluster)):
                people.setdefault(key, i)
            for name in cluster.full_names():
                for letters in initials(name):
                    if len(letters) >= 3:
                        initialled.setdefault(letters, set()).add(i)
        elif cluster.mentions:
            for key in sorted(cluster_keys(cluster)):
                by_key.setdefault(key, i)
            for name in cluster.spellings():
                # "IBM": International Business Machines [Corp], without its legal form
                for letters in initials(name) | initials(strip_legal_form(name)):
                    long_forms.setdefault(letters, set()).add(i)
    bodies_by_key = {**people, **by_key}
    for i, cluster in enumerate(clusters):
        if not cluster.mentions or cluster.merged_into is not None:
            continue
        bare_names = {strip_legal_form(n) for n in cluster.spellings()}  # "BP Plc": BP
        if not all(is_acronym(acronym_letters(n)) or n in syllabic for n in bare_names):
            continue  # a long form that took an acronym already: not an acronym itself
        acronyms = sorted({acronym_letters(n) for n in bare_names})
        kind = type_of(cluster)
        docs = {m.doc for m in cluster.mentions}
        ticker = all(
            _TICKER_BEFORE.search(documents[m.doc].text, max(0, m.start - 24), m.start)
            for m in cluster.mentions
        )  # "(TSX: MCM)", "under the symbol MCM": a ticker, no name's initials
        for acronym in acronyms:
            # An organization's acronym defined as a name tagged a person's is that body's:
            # "the regional Kannada Nadu Paksha (KNP)", the pipeline reading three
            # unfamiliar words as someone's name. (No one is defined by initials.)
            keys = by_key if kind != "organization" else bodies_by_key
            defined = _unit_left_out(
                clusters, _defined_as(clusters, i, acronym, definitions.get(acronym), keys)
            )
            if defined:
                if kind == "organization":
                    for t in defined:
                        for m in clusters[t].mentions if is_full_person(clusters[t]) else ():
                            m.vote, m.weight = "organization", 1.0  # (a body's, defined so)
                _join_acronym(clusters, defined[0], i, "an acronym defined in the text")
                for other in defined[1:]:
                    a, b = root(clusters, defined[0]), root(clusters, other)
                    if a != b:
                        merge(clusters, a, b, "a name defined as the same acronym")
                break
            scored = []
            for target in sorted(long_forms.get(acronym, set()) - {i} if not ticker else ()):
                joined = root(clusters, target)
                if joined == i:
                    continue
                long_docs = {m.doc for m in clusters[joined].mentions}
                # (or where the text writes the acronym the pipeline did not tag: "the WHO
                # question" beside "the World Health Organization report")
                shared = docs & long_docs or _writing(acronym, long_docs, documents)
                if len(cluster.mentions) > RARE * len(
                    clusters[joined].mentions
                ) and _written_in_lower_case(clusters[joined], texts):
                    continue  # "BP" is no short form of "Blowout Preventer": a thing
                # A postal code is a state's, but one tagged an organization where no
                # state is written (entities.py: "two doses of AZ") is no state's.
                state = acronym in STATE_CODES and kind != "organization"
                if (
                    shared
                    and _kin(clusters[joined], cluster, kind, acronym, documents)
                    and not state
                ):
                    scored.append((len(shared), joined))
            scored.sort(reverse=True)
            if scored and (len(scored) == 1 or scored[0][0] > scored[1][0]):
                _join_acronym(
                    clusters, scored[0][1], i, "an acronym of the name, in the same documents"
                )
                break
            known = _known_long_form(clusters, i, acronym, by_key)
            if known is not None:
                _join_acronym(clusters, known, i, "the acronym the body is known by")
                break
            person = (
                None
                if ticker or acronym in long_forms
                else _initials_of(clusters, i, initialled.get(acronym, set()))
            )
            if person is not None:
                _join_acronym(clusters, person, i, "a person's initials, in the same documents")
                break


def _unit_left_out(clusters: list[Cluster], defined: list[int]) -> list[int]:
    """The names defined as one acronym, without a unit of one of the others, that name
    written after it and "of": "The Authority of Heads of State and Government of the
    Economic Community of Savanna States (ECOSAV)" is the community's organ, the acronym
    the community's (defined so alone elsewhere), no name of the Authority."""
    if len(defined) < 2:
        return defined
    names = {i: {name_key(n) for n in clusters[i].spellings()} for i in defined}
    return [
        i
        for i in defined
        if not any(
            o != i and long.endswith((f" of {short}", f" of the {short}"))
            for o in defined
            for short in names[o]
            for long in names[i]
        )
    ]


def _known_long_form(
    clusters: list[Cluster], i: int, acronym: str, by_key: dict[str, int]
) -> int | None:
    """The cluster of the body known everywhere by `acronym` (lexicon/known_acronyms.txt)
    when the texts neither define the acronym nor write it beside a name with its
    initials: news write "the EU" and "the European Union" in different stories. Only
    when the corpus names exactly one of the bodies the acronym stands for, no person."""
    found = {
        root(clusters, by_key[key]) for key in KNOWN_ACRONYMS.get(acronym, ()) if key in by_key
    }
    found.discard(i)
    if len(found) != 1:
        return None
    (target,) = found
    return None if is_full_person(clusters[target]) else target


def _writing(acronym: str, among: set[int], documents: Sequence[Document]) -> set[int]:
    """The documents of `among` whose text writes `acronym` as a word of its own, in
    capitals: not inside another name ("MP Materials", "KC Care", "Toledo KC")."""
    word = re.compile(rf"(?<![\w.-]){re.escape(acronym)}(?![\w-])(?! [A-Z0-9])(?!\.\w)")

    def alone(text: str) -> bool:
        if acronym not in text:  # (the pattern opens with a look-behind: tried everywhere)
            return False
        return any(
            not _CAPITALISED_BEFORE.search(text, max(0, m.start() - 30), m.start())
            for m in word.finditer(text)
        )

    return {d for d in sorted(among) if alone(documents[d].text)}


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'-]* $")


# A name that opens with capitals, then words: "UC Berkeley", "LA Times".
_INITIALLED = re.compile(r"([A-Z]{2,4})\s+([A-Z].*)")
_BETWEEN_WORDS = re.compile(r"[\s,\-‑–]+")


def merge_initialled(clusters: list[Cluster]) -> None:
    """ "UC Berkeley" is the University of California, Berkeley, and the "LA Times" the
    Los Angeles Times: a name that opens with capitals standing for the first words of
    another name of the corpus, the rest of the two the same, joins it, when that name
    is the only one and of the same type. (An acronym alone is no such evidence: "LA"
    may be Louisiana where the Los Angeles Times is named.)"""
    live = [
        i
        for i, c in enumerate(clusters)
        if c.mentions and c.merged_into is None and not is_full_person(c)
    ]
    opened: list[tuple[str, tuple[str, ...], int]] = []  # (capitals, the rest, cluster)
    for i in live:
        for name in sorted(set(clusters[i].spellings())):
            match = _INITIALLED.fullmatch(name)
            if match:
                rest = tuple(w.lower() for w in _BETWEEN_WORDS.split(match.group(2)) if w)
                opened.append((match.group(1), rest, i))
    if not opened:
        return
    rests = {rest for _, rest, _ in opened}
    leads: dict[tuple[str, ...], list[tuple[str, int]]] = {}  # the rest -> (first words, cluster)
    for i in live:
        for name in sorted(set(clusters[i].spellings())):
            words = [w for w in _BETWEEN_WORDS.split(name) if w]
            for cut in range(1, len(words)):
                rest = tuple(w.lower() for w in words[cut:])
                if rest in rests:
                    leads.setdefault(rest, []).append((" ".join(words[:cut]), i))
    for capitals, rest, i in opened:
        a = root(clusters, i)
        found = {root(clusters, j) for lead, j in leads.get(rest, ()) if capitals in initials(lead)}
        found.discard(a)
        if len(found) != 1:
            continue
        b = found.pop()
        if type_of(clusters[a]) == type_of(clusters[b]):
            common, rare = sorted((a, b), key=lambda k: (-len(clusters[k].mentions), k))
            merge(clusters, common, rare, "capitals for the first words of the name")


# Words that type a name a place ("Gulf", "Island", "Prison").
_PLACE_WORDS = FACILITY_HEADS | GEO_HEADS | PLACE_HEADS


def _kin(
    long_form: Cluster, short: Cluster, kind: str, acronym: str, documents: Sequence[Document]
) -> bool:
    """May an acronym of type `kind` stand for the long form? Of the same type; or, of
    three letters or more, an organization's for a name typed a place by a place's word
    in it ("Gulf" of the Gulf Coast Claims Facility, its GCCF tagged a body; of the Gulf
    of Mexico, GOM) or tagged a region by the pipeline in most of its mentions, the
    acronym written as a town's region ("Kandos, NSW" of New South Wales), which the
    joined mentions then vote on. (Not "Democracy North Carolina", a body typed a place,
    for the DNC.)"""
    long_kind = type_of(long_form)
    if long_kind == kind:
        return True
    if len(acronym) < 3 or {long_kind, kind} != {"organization", "place"}:
        return False
    if any(_PLACE_WORDS & set(name_key(n).split()) for n in long_form.full_names()):
        return True
    # A state or a province the pipeline tags one in most of its mentions, its acronym
    # tagged a body but written as a town's region ("KANDOS, NSW": New South Wales; not
    # "the DNC" for Democracy North Carolina)
    regions = sum(m.label in ("GPE", "LOC") for m in long_form.mentions)
    return (
        long_kind == "place"
        and regions * 2 > len(long_form.mentions)
        and any(
            _REGION_BEFORE.search(documents[m.doc].text, max(0, m.start - 40), m.start)
            for m in short.mentions
        )
    )


# A town's name and a comma, before its region: "KANDOS, [NSW]", "Mudgee, [NSW]".
_REGION_BEFORE = re.compile(r"(?<![\w.])[A-Z][\w’'-]+, $")


def _written_in_lower_case(cluster: Cluster, texts: str) -> bool:
    """Does a text write one of the cluster's names of several words in lower case, as a
    common noun ("the blowout preventer")? A name is not (British Petroleum). `texts`:
    the corpus's texts joined by NUL (one search, not one per text: no name holds NUL)."""
    return any(n.lower() in texts for n in cluster.spellings() if " " in n)


def _initials_of(clusters: list[Cluster], acronym: int, people: set[int]) -> int | None:
    """The one person whose full name's initials the acronym is, named in a document
    that writes the acronym ("KCR" of K. Chandrashekar Reddy, "AMLO" of Andrés Manuel
    López Obrador); asked only where no body's name, defined, written beside it or
    known, has those initials. None where two people have them, or where none is named
    beside it."""
    joined = {root(clusters, j) for j in people} - {acronym}
    if len(joined) != 1:
        return None
    person = joined.pop()
    written = {m.doc for m in clusters[acronym].mentions}
    return person if any(m.doc in written for m in clusters[person].mentions) else None


def _join_acronym(clusters: list[Cluster], target: int, acronym: int, rule: str) -> None:
    long_type = type_of(clusters[target])
    for mention in clusters[acronym].mentions:
        mention.vote = long_type  # "VA" tagged a place is Veterans Affairs here
    merge(clusters, target, acronym, rule)


# An acronym of another language, its letters none of the English name's before it
# ("Corruption Eradication Commission (KPK)", Komisi Pemberantasan Korupsi; "Minas
# Gerais Public Prosecutor's Office (MPMG)"): defined so in this many documents or more,
# as a body's name (an organization's head word in it) and as no other name.
LOOSE_DOCUMENTS = 2


def _loose_definitions(
    documents: Sequence[Document], definitions: dict[str, Counter[Definition]]
) -> dict[str, tuple[str, ...]]:
    """The acronyms in capitals of three letters or more that no text defines by words
    that spell them, each with the one body's name of two words or more, whose initials
    hold not all its letters, written right before it in LOOSE_DOCUMENTS documents or
    more (and no other name so in as many)."""
    found: dict[str, Counter[tuple[str, ...]]] = {}
    for document in documents:
        text = document.text
        seen: set[tuple[str, tuple[str, ...]]] = set()
        for match in ACRONYM_IN_BRACKETS.finditer(text):
            acronym = match.group(1)
            if (
                not acronym.isupper()
                or len(acronym) < 3
                or acronym in definitions
                or acronym in KNOWN_ACRONYMS
            ):
                continue
            end = _skip_spaces_back(text, match.start())
            name = _NAME_WORDS.search(text, max(0, end - _WINDOW), end)
            if name is None or spells(acronym, name.group()):
                continue
            words = tuple(_POSSESSIVE.sub("", name.group()).split())
            for i in range(len(words) - 2, 0, -1):
                if words[i : i + 2] == ("and", "the"):
                    words = words[i + 2 :]  # "TOKİ and the [Disaster ... Authority] (AFAD)"
                    break
            while words and (
                words[0] == "The" or words[0] in _JOINING_WORDS or _POSSESSIVE.search(words[0])
            ):
                words = words[1:]  # "Indonesia's [Corruption Eradication Commission]"
            capitalised = [w for w in words if w[:1].isupper()]
            if len(capitalised) < 2 or not ORG_HEADS & {w.lower().rstrip(",") for w in words}:
                continue
            if not Counter(acronym) - Counter(w[0] for w in capitalised):
                continue  # its letters are the name's initials: an English acronym too
                # long to spell ("Major Economies Forum on Energy and Climate (MEF)")
            seen.add((acronym, words))
        for acronym, words in seen:
            found.setdefault(acronym, Counter())[words] += 1
    loose = {}
    for acronym, names in found.items():
        (best, count), *others = names.most_common()
        if count >= LOOSE_DOCUMENTS and not any(n == count for _, n in others):
            loose[acronym] = best
    return loose


def _defined_as(
    clusters: list[Cluster],
    acronym: int,
    letters: str,
    names: Counter[Definition] | None,
    by_key: dict[str, int],
) -> list[int]:
    """The clusters of the names an acronym is defined as, the most defined first, and
    after it those of the others that are the same name in fewer or other words (their
    words, bar small ones and plurals, all in it, or its all in them), or in another
    language, one name's initials the acronym's `letters` in order, the other's in
    another order ("Instituto Nacional Electoral (INE)" and "National Electoral
    Institute (INE)"; not "National Education Association (NEA)" and "National
    Endowment for the Arts (NEA)", two names of the letters). Empty when no name is
    defined DOMINANT times as often as any other of other words ("VA": Veterans Affairs
    in nine documents, Virginia in one, is Veterans Affairs)."""
    if not names:
        return []
    counts: Counter[int] = Counter()
    for (words, spelling), count in names.items():
        # the longest name a cluster has: "U.S. International Development Finance
        # Corporation", though "Development Finance Corporation" spells DFC
        target = next(
            (
                by_key[key]
                for start in range(len(words) - spelling + 1)
                if (key := name_key(" ".join(words[start:]))) in by_key
            ),
            None,
        )
        if target is not None and root(clusters, target) != acronym:
            counts[root(clusters, target)] += count
    ranked = sorted(counts, key=lambda t: (-counts[t], t))
    if not ranked:
        return []
    content = {t: _content_words(clusters[t]) for t in ranked}
    best = ranked[0]
    initialled = {t: _initials_order(clusters[t], letters) for t in ranked}
    alike = [
        t
        for t in ranked[1:]
        if content[t] <= content[best]
        or content[best] <= content[t]
        or {initialled[t], initialled[best]} == {"in order", "in another order"}
    ]
    rivals = [t for t in ranked[1:] if t not in alike]
    if rivals and counts[best] < DOMINANT * counts[rivals[0]]:
        return []
    return [best, *alike]


def _initials_order(cluster: Cluster, letters: str) -> str | None:
    """Are the initials of the cluster's name, small words left out, the acronym's
    letters (three or more) "in order", or "in another order" (the name translated from
    the acronym's language)? None when they are not its letters."""
    initials = [w[0] for w in best_key(cluster).split() if w not in SMALL_WORDS]
    if len(letters) < 3 or sorted(initials) != sorted(letters.lower()):
        return None
    return "in order" if initials == list(letters.lower()) else "in another order"


def _content_words(cluster: Cluster) -> frozenset[str]:
    return frozenset(
        singular(w) for w in best_key(cluster).replace("'s ", " ").split() if w not in SMALL_WORDS
    )


_CAMEL_NAME = re.compile(r"(?:[A-Z][a-z]+){3,}|[A-Z][a-z]{2,}[A-Z][a-z]{2,}")
_CAMEL = re.compile(r"[A-Z]")


@lru_cache(maxsize=1 << 16)
def initials(name: str) -> frozenset[str]:
    """The acronyms a name may go by: "Department of Energy" -> DE, DOE, E;
    "U.S. Department of Agriculture" -> USDA, USDOA, DA, DOA, A; "GlaxoSmithKline" ->
    GSK."""
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    if len(words) < 2:
        # "GlaxoSmithKline" -> GSK, "AstraZeneca" -> AZ: the capitals of a name of words
        # written as one (two of three letters or more: not "McDonald")
        return frozenset({"".join(_CAMEL.findall(name))} if _CAMEL_NAME.fullmatch(name) else ())
    out = set()
    bare = re.sub(
        r"^(?:U\.?S\.?\s+|United States\s+)?(?:Department|Ministry) of (?:the )?", "", name
    )
    for variant in {name, bare, re.sub(r"^(?:U\.?S\.?|United States)\s+", "", name)}:
        for keep_small in (False, True):
            letters = _letters(variant.split(), keep_small)
            if len(letters) >= 2:
                out.add(letters)
    return frozenset(out)


_INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "U.S." (_letters: for every word of every name)


def _letters(words: list[str], keep_small: bool) -> str:
    """The first letters of the words of a name, its links aside (NAME_LINKS: "of", "de",
    "pour"), its accents folded; its words in lower case give theirs, as French and
    Spanish names are written ("Commission électorale nationale indépendante": CENI),
    unless the name opens so ("eBay")."""
    letters = []
    for word in words:
        if word.lower() in NAME_LINKS:
            if keep_small and word.lower() == "of":
                letters.append("O")
            continue
        if _INITIALS.fullmatch(word):
            letters.append(word.replace(".", ""))
        elif word[0].isupper() or (letters and word[0].isalpha()):
            letters.append(fold(word[0]).upper())
        else:
            return ""
    return "".join(letters)


# The short name a text defines for a name in quotes and brackets right after it, past
# another bracket (a stock symbol): 'Northwind Energy Storage Inc. (NYSE: NWES)
# ("Northwind")'. Not after "the" ('(the "Company")'), nor a name of common words
# ('(“Working Group”)'): these name the body within the document only, as a common noun.
# ", also known as [Mohammad Sadiq Howaida]", ", now known as [BP]": a name right after;
# a stage name ("Dexter Calloway Jr., professionally known as [Dex Calloway]"). The legal
# name after the one a person is known by: _KNOWN_BY_BEFORE.
_KNOWN_AS = re.compile(
    r"(?:,?\s+[JS]r\.?)?"  # (the suffix cut off the name: "Dexter Calloway Jr., known as")
    + AGE_AFTER  # her age: "Thandeka Mkhize (45), also known as"
    + r",?\s*\(?(?:which is |who is )?"
    # (a description in apposition between: "Dario Vance, the falsetto-voiced pop singer
    # known to fans as the Velvet Prince")
    + r"(?:(?:the|a|an) (?:[a-z][\w'’-]* ){1,5}?)?"
    + r"(?:(now |formerly |previously |later )|also |better "
    r"|professionally |publicly |popularly |commonly |widely )?"
    rf"{KNOWN_AS} (?:the )?"
)  # ("known to colleagues as")


def _nicknamed(person: Cluster, nickname: Cluster, after: str) -> bool:
    """ "Joaquín Guzmán, better known as [El Chapo]," tagged an organization: a person
    named in full, known as a whole name (a punctuation mark after it: not "known as
    [Texas]'s best cook") that no full name, legal form or group says is anything else."""
    return (
        (after[:1] in _AFTER_NICKNAME)
        and is_full_person(person)
        and not is_full_person(nickname)
        and not nickname.group
        and not has_legal_form(nickname)
    )


_AFTER_NICKNAME = frozenset({"", ",", ".", ";", ":", ")"})

# The name a person is known by, before the full name the text gives: "Juquinha, whose
# full name is João Victor Barbosa Lima".
_KNOWN_BY_BEFORE = re.compile(
    r"(?<![\w’'-])([A-ZÀ-ÖØ-Þ][\w’'-]+(?: [A-ZÀ-ÖØ-Þ][\w’'-]+){0,2}),\s+"
    r"whose (?:legal|real|birth|given|full) name is (?:the )?$"
)


def _known_by_before(
    clusters: list[Cluster], i: int, mention: Found, text: str, by_key: dict[str, int]
) -> bool:
    """The person named in full after "X, whose full name is" is X, the name the text
    knows them by, however the tagger took X there or elsewhere (a word it does not know
    is a body's to it, and X opening the sentence may be no mention at all)."""
    if "whose" not in text[max(0, mention.start - 60) : mention.start]:
        return False
    before = _KNOWN_BY_BEFORE.search(text, max(0, mention.start - 120), mention.start)
    if before is None:
        return False
    person = clusters[root(clusters, i)]
    other = by_key.get(name_key(before.group(1)))
    if other is None:
        person.aliases.add(before.group(1))
        return True
    nickname = clusters[root(clusters, other)]
    if nickname is person:
        return True
    if type_of(nickname) != type_of(person):
        if not _nicknamed(person, nickname, text[mention.end :]):
            return True
        for m in nickname.mentions:
            m.label, m.vote = "PERSON", "person"
    if nickname.mentions:
        merge(clusters, root(clusters, i), root(clusters, other), "a stated alias")
    return True


def stated_aliases(
    clusters: list[Cluster], documents: Sequence[Document], vocabulary: Vocabulary
) -> None:
    """ "Leonard Francis, also known as 'Fat Leonard'", "Mohammed Odeh, also known as
    Mohammad Howaida": the alias, quoted or a name of its own, is the same entity (of the
    same kind). A name it is "now" or "formerly" known as is the same only if one is the
    other's initials ("British Petroleum, now known as BP"): the Minerals Management
    Service, "now known as" the Bureau of Ocean Energy Management, is its predecessor."""
    by_key: dict[str, int] = {}
    starting: dict[tuple[int, int], tuple[int, str]] = {}
    for i, cluster in enumerate(clusters):
        for key in cluster_keys(cluster) if cluster.mentions else ():
            by_key.setdefault(key, i)
        for mention in cluster.mentions:
            if " " in mention.text or mention.text.isupper():  # not "(known as Anne)"
                starting[(mention.doc, mention.start)] = (i, mention.text)
    for i, cluster in enumerate(clusters):
        for mention in list(cluster.mentions):
            text = documents[mention.doc].text
            native = _IN_ITS_OWN_SCRIPT.match(text, mention.end) if " " in mention.text else None
            if native is None or not is_full_person(cluster):
                # "the Olza (Olše in Czech)", "Oranmore (Órán Mór in Irish)": a language's name
                native = _IN_A_LANGUAGE.match(text, mention.end)
                if native is not None and native.group(2).lower() not in _LANGUAGES:
                    native = None
            if native is not None:
                # "Giorgos Papadopoulos (Γιώργος Παπαδόπουλος)": the name in its own script
                name = native.group(1).strip()
                cluster.aliases.add(name)
                other = by_key.get(name_key(name))
                a, b = root(clusters, i), root(clusters, other) if other is not None else -1
                if other is not None and a != b and clusters[b].mentions:
                    merge(clusters, a, b, "the name written in its own script")
                continue
            if " " in mention.text and _known_by_before(clusters, i, mention, text, by_key):
                continue
            match = STATED_ALIAS.match(text, mention.end)
            short = None if match else SHORT_NAME_DEFINED.match(text, mention.end)
            own = None if match or short else _OWN_WORD_DEFINED.match(text, mention.end)
            if own is not None and (
                own.group(2) not in mention.text.split()
                or not (own.group("form") or has_legal_form(cluster))
                or type_of(cluster) != "organization"
            ):
                own = None  # (a company's, with its legal form)
            if own is not None:
                # "Jiangxi Ganxin New Energy Materials Co., Ltd. (Ganxin)": the company's
                # short name, one of its words, however the tagger took it alone ("Ganxin
                # suspended trading", a person's), unless someone is named with it in full
                other = by_key.get(name_key(own.group(2)))
                if other is None:
                    cluster.aliases.add(own.group(2))
                    continue
                short_form = clusters[root(clusters, other)]
                word = own.group(2).lower()
                if any(" " in n for n in short_form.spellings()) or word in surnamed(clusters):
                    continue
                for m in short_form.mentions:
                    m.vote, m.weight = "organization", 1.0
                a, b = root(clusters, i), root(clusters, other)
                if a != b:
                    merge(clusters, a, b, "a short name defined in brackets")
                continue
            if match:  # 'also known as "Fat Leonard"', 'as "A", "B" and "C"'
                others = []
                for start, end in _listed(text, match.start(1) - 1, partial(_quoted_end, text)):
                    alias = text[start + 1 : end - 1].strip(" ,.;:")  # "“Fat Leonard,”"
                    cluster.aliases.add(alias)
                    # ("nicknamed 'the J-Rocket'": the name is found without its article)
                    bare = alias[4:] if alias.startswith(("the ", "The ")) else alias
                    others.append(by_key.get(name_key(alias)) or by_key.get(name_key(bare)))
            elif short:  # 'Northwind Energy Storage Inc. (NYSE: NWES) ("Northwind")'
                other = by_key.get(name_key(short.group(1)))
                if (
                    other is None
                    or type_of(clusters[root(clusters, other)]) != type_of(cluster)
                    # a person's short form names them in this document only: not
                    # another known by it too ('Tae-young Kim ("Kim")', Rep. Kim
                    # Byung-chul's "Kim")
                    or (
                        is_full_person(clusters[root(clusters, other)])
                        and {name_key(n) for n in clusters[root(clusters, other)].full_names()}
                        - {name_key(short.group(1))}
                    )
                    or all(
                        w.lower() in ORG_HEADS or vocabulary.common(w)
                        for w in short.group(1).split()
                    )
                ):
                    continue  # ('the Equitable Data Working Group (“Working Group”)': there)
                others = [other]
            else:  # "known as VJ Group, Storm-2291, and Gray Pelican"
                known = _KNOWN_AS.match(text, mention.end)
                if known is None:
                    continue
                others = []
                doc = mention.doc
                untagged = (
                    _CAPITAL_RUN.match(text, known.end())
                    if (doc, known.end()) not in starting and is_full_person(cluster)
                    else None
                )
                if untagged is not None and name_key(untagged.group()) in by_key:
                    # "known to fans as the Velvet Prince", untagged there, a name the
                    # corpus tags elsewhere: his
                    cluster.aliases.add(untagged.group())
                    others.append(by_key[name_key(untagged.group())])
                for start, end in _listed(text, known.end(), partial(_name_end, starting, doc)):
                    other, name = starting[(doc, start)]
                    person, nickname = clusters[root(clusters, i)], clusters[root(clusters, other)]
                    if type_of(nickname) != type_of(person):
                        if known.group(1) is not None or not _nicknamed(
                            person, nickname, text[end:]
                        ):
                            break
                        for m in nickname.mentions:
                            m.label, m.vote = "PERSON", "person"  # the text says who it is
                        person.aliases.add(name)  # a nickname: no display name (entities.py)
                    shortened = name in initials(mention.text) or mention.text in initials(name)
                    if known.group(1) is not None and not shortened:
                        break  # "now known as": a successor, not another name
                    if known.group(1) is None and " " in mention.text:
                        person.aliases.add(name)  # "Khaled Hamdan, known as Abu Omar": his name
                    others.append(other)
            for other in others:
                if other is None:
                    continue
                a, b = root(clusters, i), root(clusters, other)
                if a != b and clusters[b].mentions:
                    merge(clusters, a, b, "a stated alias")


# Two to four capitalised words (a name the tagger did not tag there).
_CAPITAL_RUN = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}\b")


# A word of a company's name in brackets after its legal form, its short name: "Jiangxi
# Ganxin New Energy Materials Co., Ltd. (Ganxin)", "Deutsche Lufthansa AG (Lufthansa)".
_OWN_WORD_DEFINED = re.compile(
    r"(?P<form>(?:,?\s+(?i:" + lexicon.alternation(lexicon.ordered("legal_forms")) + r")\b\.?)*)"
    r"\.?\s*\(([A-Z][a-z][\w’'-]+)\)"
)


def surnamed(clusters: list[Cluster]) -> frozenset[str]:
    """The words (lower case) of the full names of people, which may be anyone's name."""
    return frozenset(
        w.lower()
        for c in clusters
        if c.mentions and is_full_person(c)
        for n in c.full_names()
        for w in n.split()
    )


# A person's name in brackets right after the name, in a script that is not Latin (Greek,
# Cyrillic, Arabic, Chinese ...): "Ivana Kostić (Ивана Костић)", the same name.
_IN_ITS_OWN_SCRIPT = re.compile(r" \(((?:[^\W\d_A-Za-z\u00C0-\u024F][\w'’.-]*\s?){1,4})\)")

# ... and a name in brackets with the language it is in: "Olza (Olše in Czech)".
_IN_A_LANGUAGE = re.compile(
    r" \(([A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:\s[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*){0,3}),?\s+in\s+([A-Z][a-zā]+)\)"
)
_LANGUAGES = DEMONYMS | frozenset({"gaelic", "māori", "cantonese", "mandarin", "arabic", "hebrew"})

_QUOTED_NAME = re.compile(QUOTED_ALIAS)
# Between the names of a list: ", ", ", and ", " or ".
_LIST_GLUE = re.compile(r",?\s+(?:and|or)\s+|,\s+")


def _quoted_end(text: str, start: int) -> int | None:
    match = _QUOTED_NAME.match(text, start)
    return match.end() if match else None


def _name_end(starting: dict[tuple[int, int], tuple[int, str]], doc: int, start: int) -> int | None:
    """Where the name of two words or more `starting` holds at `start` in `doc` ends."""
    found = starting.get((doc, start))
    return start + len(found[1]) if found else None


def _listed(text: str, start: int, end_of: Callable[[int], int | None]) -> list[tuple[int, int]]:
    """Where the names of a list from `start` are ("also known as VJ Group, Storm-2291, and
    Gray Pelican", "as Storm-2291 or Gray Pelican"); end_of(p) is where a name starting at p
    ends (None: no name there). A list goes on past a comma only to a last name after "and"
    or "or", and a comma before that "and" only after a comma before it: "known as VJ Group,
    Microsoft said", "Khaled Hamdan, known as Abu Omar, and Ahmed Said were arrested" have
    one name."""
    end = end_of(start)
    if end is None:
        return []
    names, kept = [(start, end)], 1
    while (glue := _LIST_GLUE.match(text, end)) and (end := end_of(glue.end())) is not None:
        names.append((glue.end(), end))
        if glue.group().strip(" ,"):  # "and", "or": the last name
            if len(names) > 2 or not glue.group().startswith(","):
                kept = len(names)
            break
    return names[:kept]


# Where a stock ticker is written: after an exchange's name and a colon, or "symbol".
_TICKER_BEFORE = re.compile(
    r"(?:\b(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|TSXV|TSX-V|AMEX|ASX|JSE|HKEX|SGX|NSE|BSE)\s*:\s*"
    r"|\bsymbols?\s+[\"“]?)$"
)
