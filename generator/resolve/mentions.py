"""Spans -> candidate mentions: cleaned names with a type vote each.

The pipeline's spans are trimmed ("the", possessives, titles before a person's name),
joined where spaCy split one name ("the US Department" + "of the Treasury"), and
dropped when they are fragments rather than names ("Amba.", a capitalised verb, a law's
title). Each kept span votes for a type, weighted by how it is used.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .. import lexicon
from ..infra.memo import reused, reused_if_same
from ..ingest.text import ABBREVIATIONS, ends_with_abbreviation, fold, latin_lookalikes, short_title
from ..model import Document, Span
from .spans import (
    STATUS,
    before_titles,
    bracket_closed,
    extend_of,
    extend_to_acronym,
    firm_opened,
    in_building,
    in_law,
    item_number,
    joined_by_and,
    listed,
    named_before_bracket,
    spelled_to_acronym,
    strip_titles,
    trim,
    undoubled,
)
from .votes import GROUP_OF, LABEL_TYPES, STRONG, context_vote, vote_for
from .words import (
    BUSINESS_WORDS,
    DEITIES,
    DEMONYMS,
    DISEASES,
    DOCUMENT_HEADS,
    FACILITY_HEADS,
    GENERIC,
    GEO_HEADS,
    GIVEN_NAMES,
    HEADLINE_VERBS,
    LEGAL_FORMS,
    MODIFIERS,
    MONTHS,
    NAME_LINKS,
    NICKNAMES,
    NOT_ENTITIES,
    NUMBER_WORDS,
    OFFICES,
    OPENERS,
    OPENING_ADVERBS,
    ORG_HEADS,
    PLACE_HEADS,
    PLACE_LETTERS,
    POST_NOMINALS,
    ROLE_NOUNS,
    ROMANCE_PARTICLES,
    SMALL_WORDS,
    STATE_CODES,
    STATE_NAMES,
    SUFFIXES,
    TITLE_PHRASE,
    TITLE_PHRASE_WORDS,
    TITLES,
    a_country_name,
    kin_before,
)

_GROUP_NUMBER = re.compile(
    rf"^ (\d{{1,2}}|(?i:{'|'.join(NUMBER_WORDS)}))(?![\w%+-]|[.,]\d)"
    r"(?!\s*(?:%|percent|million|billion))"
)
# A result's line: a name and a number, then or after another ("Katsina Royals 3 Delta
# Mariners 0; Gombe Rangers 1 Owerri City 1").
_SCORE_AFTER = re.compile(r"\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+\d{1,2}(?![\w%])")
_SCORE_BEFORE = re.compile(r"\b\d{1,2}\s+$")


def a_score(text: str, start: int, end: int) -> bool:
    """Is the name and number at `start`-`end` one side of a result?"""
    return bool(
        _SCORE_AFTER.match(text, end) or _SCORE_BEFORE.search(text, max(0, start - 4), start)
    )


_CAPITAL_NUMBERS = "|".join(w.capitalize() for w in NUMBER_WORDS)
# The patterns below that scan whole texts open with a capital letter and look behind
# it after it ("[A-Z](?<![\w-][A-Z])": the character before the capital is no letter
# nor hyphen), not before it: a pattern that opens with a letter lets the regex engine
# skip to the next one instead of trying the look-behind at every character (two to
# three times faster on whitehouse-2022's texts, the same matches).
_ACRONYM_ROLE = re.compile(r"([A-Z](?<![\w.-][A-Z])[A-Z]{1,5})\s+([a-z]+)\b")
GROUP_NAME = re.compile(
    rf"([A-Z](?<![\w-][A-Z])[\w&’'.]* (?:[A-Z][\w&’'.]* ){{0,2}})"
    rf"(\d{{1,2}}|{_CAPITAL_NUMBERS})(?![\w%+-]|[.,]\d)"  # (not "CDU 23.8%": a share)
)
CAPITAL = re.compile(r"[A-Z](?<![\w&.-][A-Z])")
_OF_JOIN = re.compile(r"^\s+of\s+(?:the\s+)?$")
# Bodies sent to another body, named with it after "to": "the U.S. Mission to the United
# Nations", "the U.S. Delegation to NATO" (sent to a country, "the Presidential Delegation
# to Honduras", the country stays a mention of its own).
_TO_JOIN = re.compile(r"^\s+to\s+(?:the\s+)?$")
_AND_NEXT = re.compile(r"\s+(?:and|&)\s")
_OF_SAINT = re.compile(r"^\s+of\s+(?:St\.?|Saint|Ste\.?|Sainte|San|Santa|Santo|São)\s+$")
_SAINT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})  # (a saint tagged anything)
_SENT_BODIES = frozenset({"mission", "delegation", "embassy"})
# "known as", or known to an audience: "known to supporters as".
# ("known to friends and party colleagues as", "known in Brasília lobbying circles as")
KNOWN_AS = r"known(?: (?:to|in|across|among|around|throughout) [^,.;:\"“”'‘’()]{1,50}?)? as"
# A name in quotation marks, of any style ('"Fat Leonard"', "‘Velvet’").
QUOTED_ALIAS = r"[\"“‘']([^\"”’']{2,40})[\"”’']"
# A person's age written after the name, before what is said of them: "Thandeka Mkhize
# (45), also known as", "Di Stefano, 58, known to friends as".
AGE_AFTER = r"(?:\s*\(\d{1,3}\)|,\s*\d{1,3}(?=,))?"
STATED_ALIAS = re.compile(
    AGE_AFTER + r",?\s*(?:(?:who|which|that) (?:is|was|are|were) )?"
    rf"(?:also known as|better known as|{KNOWN_AS}|a\.k\.a\.?|a/k/a|aka|nicknamed|dubbed)\s+"
    + QUOTED_ALIAS
)
# A short name defined in brackets and quotes right after a name, maybe after its legal
# form and its ticker: 'Northwind Energy Storage Inc. (NYSE: NWES) ("Northwind")',
# 'OKAFOR HOLDINGS, INC. ("Okafor")', '("Okafor" or the "Company")'.
SHORT_NAME_DEFINED = re.compile(
    r"(?:,?\s+(?i:" + lexicon.alternation(lexicon.ordered("legal_forms")) + r")\b)?"
    r"\.?\s*(?:\([^()]{1,40}\)\s*)?"
    r"\([\"“]([A-Z][^\"”]{1,40})[\"”](?:,?\s+or\s+(?:the\s+)?[\"“][^\"”]{1,40}[\"”])?\)"
)
# A capitalised word after a lower-case word, a comma or a semicolon and a space (its
# first letter first, the look-behind after it, as in CAPITAL).
_MID_CAPITAL = re.compile(r"[A-Z](?<=[a-z,;] [A-Z])[\w’'-]*")
# A title or common word glued to a name, a file name, a query string, a slash.
_GLUED = re.compile(
    r"(?:President|Vice|Lady|Secretary|Senator|Governor)[A-Z]|[?=/@#_\\]|"
    r"\.(?:pdf|html?|aspx?|php|docx?|xlsx?|jpe?g|png|gov|com|org)\b"
)
# A word in running text: not part of a web or mail address ("michigan.gov") (its
# first letter first, as in CAPITAL: the look-behind is of the character before it).
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ](?<![\w./@:-].)[\w’'-]*(?![\w@/]|\.[a-z])")


@dataclass(slots=True)
class Found:
    """One cleaned span: a candidate mention."""

    doc: int  # index in the corpus' documents
    text: str
    label: str
    sentence: int
    start: int
    end: int
    weight: float = 1.0
    vote: str | None = None
    key: str | None = None  # grouping key when not the name's own ("VA" defined as an acronym)
    # the rule that read it as the one body of its kind the document named ("the Task
    # Force": cut_names.py), else None
    refers: str | None = None


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """How the corpus writes each word: lower case, or capitalised inside a sentence."""

    lower: Counter[str]
    capital: Counter[str]  # keyed by the lower-case form
    # Capitalised words used alone as who speaks ("..., Wells said", "said Wells."),
    # keyed by the lower-case form: surnames, however often the word is a common one.
    speakers: Counter[str] = field(default_factory=Counter)
    # Names written right before an illness's noun ("Lassa" of "Lassa fever", "Hong Kong"
    # of "Hong Kong flu"), as written, with how often.
    illnesses: Counter[str] = field(default_factory=Counter)
    # The people the corpus tells apart by a generational suffix, by (given name,
    # surname) keys (`_generations_of`): their suffix stays in their names.
    generations: frozenset[tuple[str, str]] = frozenset()
    # Names ending in a document's head word that the corpus writes as holding posts,
    # and the acronyms defined for them (`_employers`): bodies ("World Food Programme").
    employers: frozenset[str] = frozenset()
    # The acronyms the texts define in brackets after a name ("Securities and Futures
    # Commission (SFC)"), in capitals: a body's, though a title's letters too ("SFC",
    # a sergeant first class).
    acronyms: frozenset[str] = frozenset()
    # The people's names the texts write family name first ("Park Min-jun"), as keys of
    # the name in the other order ("min-jun park"): "Min-jun [Park]", "Park" tagged a
    # park, is that name.
    turned: frozenset[str] = frozenset()
    # _is_fragment's answers: a name is tested once per build, not at every mention.
    _fragments: dict[tuple[str, str, bool], bool] = field(default_factory=dict, compare=False)

    def fragment(self, name: str, label: str, surname: bool = False) -> bool:
        """Is the span `name` (tagged `label`) not a name at all? (See _is_fragment.)
        `surname`: a lone word that is the surname of someone the document names in
        full, a name however common the word ("Park, 24, did not respond" beside "Park
        Min-jun"; "Young" beside "Don Young")."""
        answer = self._fragments.get((name, label, surname))
        if answer is None:
            answer = _is_fragment(name, label, self, surname)
            self._fragments[(name, label, surname)] = answer
        return answer

    def names_illness(self, text: str, name: str, end: int) -> bool:
        """Does `name`, ending at `end` in `text`, open the name of an illness ("[Lassa]
        fever", "[Hong Kong] flu"), one the corpus writes twice or more? Then it names
        the illness, not the place or the person. Written once, the words may be a
        place's before a noun ("the [U.S.] flu tracker"); an abbreviation is always the
        country's ("U.S. flu vaccine makers", "UK flu cases")."""
        return (
            self.illnesses[name] >= 2
            and not name.isupper()
            and ILLNESS_AFTER.match(text, end) is not None
        )

    def illness_word(self, text: str, name: str, start: int) -> bool:
        """Is `name` mostly the illness's ("Marburg" in a corpus that writes "Marburg
        virus" in a third or more of its capitalised uses, "Lassa" of "Lassa fever"),
        alone too ("a vaccine for Marburg", "the Marburg outbreak"), unless the words
        before say a place ("the German city of Marburg")?"""
        return (
            " " not in name  # (the counts of capitalised words are a word's each)
            and self.illnesses[name] >= 2
            and 3 * self.illnesses[name] >= self.capital[name.lower()]
            and not name.isupper()
            and not _PLACE_OF_BEFORE.search(text, max(0, start - 30), start)
        )

    def common(self, word: str) -> bool:
        """A common word rather than a name: written in lower case at least a third as
        often as capitalised inside a sentence ("Offered", "Division"; not "Turkey")."""
        key = word.lower()
        return self.lower[key] > 0 and self.lower[key] * 3 >= self.capital[key]


def vocabulary_of(
    documents: Sequence[Document],
    read: Sequence[WordsRead] | None = None,
    drafts: Sequence[Sequence[Draft]] = (),
) -> Vocabulary:
    """The corpus' vocabulary, from each document's words (`words_read`; `read`: those
    already read, in the documents' order, as prepare.py reads them on all cores), and
    the names written family name first in its `drafts` (Vocabulary.turned)."""
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    speakers: Counter[str] = Counter()
    illnesses: Counter[str] = Counter()
    suffixed: dict[tuple[str, str], set[str]] = {}
    holding: set[str] = set()
    defined: set[tuple[str, str]] = set()
    for index, document in enumerate(documents):
        words, suffixes, (own_holding, own_defined) = (
            read[index] if read is not None else words_read(document)
        )
        own_lower, own_capital, own_speakers, own_illnesses = words
        lower.update(own_lower)
        capital.update(own_capital)
        speakers.update(own_speakers)
        illnesses.update(own_illnesses)
        holding.update(own_holding)
        defined.update(own_defined)
        for person, suffix, kin in suffixes:
            suffixed.setdefault(person, set()).update((suffix, "kin") if kin else (suffix,))
    generations = frozenset(p for p, seen in suffixed.items() if len(seen) > 1)
    # "World Food Programme (WFP)" and "WFP's country director": one step, not a chain
    # (a set's order is no order: the same input gives the same set)
    employers = frozenset(holding).union(
        *((name, acronym) for name, acronym in defined if name in holding or acronym in holding)
    )
    acronyms = frozenset(
        match.group(1)
        for document in documents
        if "(" in document.text
        for match in ACRONYM_IN_BRACKETS.finditer(document.text)
        if match.group(1).isupper()
        and len(match.group(1)) > 2
        and _NAME_RUN_BEFORE.search(document.text, max(0, match.start() - 80), match.start() - 1)
    )
    turned = frozenset(
        name_key(" ".join(reversed(d.text.split())))
        for document_drafts in drafts
        for d in document_drafts
        if d.label == "PERSON" and FAMILY_FIRST.fullmatch(d.text)
    )
    return Vocabulary(
        lower, capital, speakers, illnesses, generations, employers, acronyms, turned
    )


_Words = tuple[Counter[str], Counter[str], Counter[str], Counter[str]]
_Generations = tuple[tuple[tuple[str, str], str, bool], ...]
_Employers = tuple[frozenset[str], frozenset[tuple[str, str]]]
WordsRead = tuple[_Words, _Generations, _Employers]


def words_read(document: Document) -> WordsRead:
    """What a document's text tells of the corpus' vocabulary: its words (_words_of),
    the people it names with a generational suffix (_generations_of) and the bodies it
    writes as holding posts (_employers). Not the title's words: in title case ("Biden
    Touts Historic Gun ..."), every word is capitalised, which says nothing of how the
    corpus writes it."""
    text = document.text[document.body_start :]
    return _words_of(text), _generations_of(text), _employers(text)


@reused("generations")
def _generations_of(text: str) -> _Generations:
    """The people a text names with a generational suffix ("Thomas J. Brennan Sr.",
    "Donald Trump Jr."): ((given name, surname), suffix, kin), kin where a relative of
    another generation is written beside the name ("his father, the late Thomas J.
    Brennan Sr.", "Donald Trump Jr., the president's eldest son"). A corpus that names
    two generations of one name, or one beside a relative, tells them apart: "Donald
    Trump" is not "Donald Trump Jr." there. Elsewhere the suffix is only the formal
    form of a name the corpus writes without it too ("Joseph R. Biden Jr.", "Martin
    Luther King Jr."), and is cut (strip_titles)."""
    out = []
    for suffix in _GENERATION.finditer(text):
        named = _NAME_BEFORE_SUFFIX.search(text, max(0, suffix.start() - 60), suffix.start())
        if named is None:
            continue
        person = generation_key(named.group())
        if person is None:
            continue
        kin = _KIN_NEAR_BEFORE.search(text, max(0, named.start() - 40), named.start())
        kin = kin or _KIN_NEAR_AFTER.match(text, suffix.end())
        out.append((person, suffix.group(1).lower(), kin is not None))
    return tuple(out)


def generation_key(name: str) -> tuple[str, str] | None:
    """(given name, surname) of a person's name written before a generational suffix,
    titles before it left out ("President Joseph R. Biden" -> joseph, biden); None for
    a name of one word ("King Abdullah II"). (Not only people's: "World War II" gives
    (world, war), which only names of people, their suffix kept, are looked up by.)"""
    words = [w for w in name_key(name).split() if w not in TITLES]
    if len(words) < 2:
        return None
    first = words[0]
    return NICKNAMES.get(first, first), words[-1]


# A generational suffix after a name, as strip_titles cuts it ("Biden, Jr.", "Pruitt
# III", "BIDEN JR."), and the capitalised words of the name before it.
_SUFFIX_WORD = r"[JS][Rr]|I[IV]|III"
# (",? " after a letter or a dot; the comma or space matched first, then the look-behind:
# a third less time than the look-behind first.)
_GENERATION = re.compile(rf"(?:,(?<=[A-Za-z.],) | (?<=[A-Za-z.] ))({_SUFFIX_WORD})\b\.?")
GENERATION_AFTER = re.compile(rf",? (?:{_SUFFIX_WORD})\b\.?")
_NAME_BEFORE_SUFFIX = re.compile(r"(?<![\w’'.-])(?:[A-Z][\w’'-]*\.? ){1,3}[A-Z][\w’'-]*$")
# A relative of another generation beside a name: "his father, the late [X Sr.]", "[X
# Jr.], the president's eldest son" (not a spouse, not a friend: they tell nothing).
_FAMILY = r"(?:grand|step)?(?:son|daughter|father|mother)|nephew|niece|uncle|aunt|namesake"
_KIN_NEAR_BEFORE = re.compile(rf"\b(?:{_FAMILY})s?,?\s+(?:the\s+)?(?:late\s+)?$")
_KIN_NEAR_AFTER = re.compile(rf",\s+(?!and\b|or\b|with\b)(?:[\w’'-]+\s+){{0,3}}?(?:{_FAMILY})\b")


@reused("vocabulary")
def _words_of(text: str) -> _Words:
    """A text's lower-case words, its capitalised words inside sentences, the
    capitalised words it uses alone as who speaks (all folded), and the names it writes
    before an illness's noun (Vocabulary.illnesses)."""
    lower = Counter([w for w in _WORD.findall(text) if w[0].islower()])
    capital = Counter(map(str.lower, _MID_CAPITAL.findall(text)))
    speakers = Counter((m.group(1) or m.group(2)).lower() for m in _SPEAKER.finditer(text))
    illnesses: Counter[str] = Counter()
    for noun in _ILLNESS_NOUN.finditer(text):
        named = _NAME_BEFORE.search(text, max(0, noun.start() - 40), noun.start())
        if named:
            words = named.group().split()  # "Hong Kong", "Kong": each name it may be
            illnesses.update(" ".join(words[i:]) for i in range(len(words)))
    return lower, capital, speakers, illnesses


def _employers(text: str) -> _Employers:
    """The names ending in a document's head word ("Programme", "Initiative") and the
    acronyms that the text writes as holding posts: an office after the name's
    possessive ("WFP's country director", "the Programme's spokesperson") or before
    it ("director of the World Food Programme"). A law, a plan or a report holds no
    post; a body does, whatever its name's last word. With them, the acronyms the text
    defines for such names ("World Food Programme (WFP)")."""
    holding: set[str] = set()
    for post in _POSSESSED_POST.finditer(text):
        named = _NAME_RUN_BEFORE.search(text, max(0, post.start() - 80), post.start())
        if named:
            holding.update(_employer_names(named.group()))
    for post in _POST_OF.finditer(text):
        named = _NAME_RUN_AFTER.match(text, post.end())
        if named:
            holding.update(_employer_names(named.group()))
    defined = set()
    for bracket in ACRONYM_IN_BRACKETS.finditer(text):
        space = bracket.start() - 1
        if not text.startswith(" ", space):
            continue  # "Act(IRA)": the acronym follows a space
        named = _NAME_RUN_BEFORE.search(text, max(0, space - 80), space)
        if named:
            for name in _employer_names(named.group()):
                defined.add((name, bracket.group(1)))
    return frozenset(holding), frozenset(defined)


def _employer_names(run: str) -> list[str]:
    """The names a run of capitalised words may be ("UN World Food Programme": "World
    Food Programme" too), those ending in a document's head word, or an acronym."""
    words = run.split()
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        return words
    if words[-1].lower() not in DOCUMENT_HEADS or any(w.endswith(("'s", "’s")) for w in words):
        return []  # "Public Citizen's Energy Program": a body's programme
    return [" ".join(words[i:]) for i in range(len(words) - 1) if words[i][0].isupper()]


_OFFICE = lexicon.alternation(OFFICES | {"spokesman", "spokeswoman", "head", "chief"})
_POSSESSED_POST = re.compile(rf"[’']s (?:[a-z-]+ )?(?:{_OFFICE})\b")
_POST_OF = re.compile(rf"\b(?:{_OFFICE}) (?:of|for|at) (?:the )?(?=[A-Z])")
_RUN = r"[A-Z][\w’'&-]*(?:\s(?:(?:of|and|for|on)\s)*[A-Z][\w’'&-]*)*"
_NAME_RUN_BEFORE = re.compile(rf"(?<![\w’'&-]){_RUN}$")
_NAME_RUN_AFTER = re.compile(_RUN)
# The capitals and the letters of the Latin alphabets ("Ü", "Ş", "İ" too).
LATIN_CAPITALS = "".join(c for c in map(chr, range(0x250)) if c.isupper())
LATIN_LETTERS = "".join(c for c in map(chr, range(0x250)) if c.isalpha())
# An acronym in brackets ("(WFP)", "(Pemex)", "(RTÜK)"): acronyms.py reads each one too.
ACRONYM_IN_BRACKETS = re.compile(rf"\(([{LATIN_CAPITALS}][{LATIN_LETTERS}]{{1,6}})\)")


# An illness's noun after a name ("Lassa fever", "Zika virus", "Lyme disease"), and the
# capitalised words (one to three) right before it.
_ILLNESS_NOUNS = r"(?:fever|virus|disease|flu|influenza|syndrome)\b"
_ILLNESS_NOUN = re.compile(rf"(?<= ){_ILLNESS_NOUNS}")
_NAME_BEFORE = re.compile(r"(?<![\w’'.-])(?:[A-Z][\w’'.-]*\s){1,3}$")
ILLNESS_AFTER = re.compile(rf" {_ILLNESS_NOUNS}")
def _an_illness(name: str) -> bool:
    """Is the name an illness's, its last word an illness's noun ("Marburg Virus
    Disease", "Lassa Fever", "Sudan virus"), no body's head in it nor a word that makes
    the illness what the name deals with ("Office of Infectious Disease", "Plan for
    Animal and Pandemic Influenza"; "Diseases" in the plural names what a body deals
    with)?"""
    words = name.split()
    return (
        len(words) >= 2
        and _ILLNESS_NOUN.fullmatch(" " + words[-1].lower(), 1) is not None
        and not any(w.lower() in ORG_HEADS or w.lower() in _DEALT_WITH for w in words)
    )


_DEALT_WITH = frozenset({"for", "of", "against", "on"})


# A place's kind and "of" before its name: "the German city of Marburg".
_PLACE_OF_BEFORE = re.compile(
    r"\b(?:city|town|village|region|district|province|county|state|port)\s+of\s+$",
    re.IGNORECASE,
)


# "..., Wells said" (after a comma or a lower-case word: not a sentence's first word),
# "said Wells." / "said Wells,". Each branch opens with a letter and looks behind after
# it (as CAPITAL does; "s(?<!\ws)" is "\bs"): a third less time than the look-behind first.
_SPEAKER = re.compile(
    r"([A-Z](?<=[a-z,”] [A-Z])[a-z][\w’'-]*) (?:said|says|told)\b"
    r"|s(?<!\ws)a(?:id|ys) ([A-Z][a-z][\w’'-]*)[,.](?!\w)"
)


def clean_spans(
    index: int,
    document: Document,
    spans: Sequence[Span],
    vocabulary: Vocabulary,
    drafts: Sequence[Draft] | None = None,
) -> list[Found]:
    """The document's candidate mentions: spans trimmed, fragments and events dropped.

    The trimming (`draft`) depends on the document alone (remembered by the watch, or
    done beforehand on all cores: `drafts`); what is a fragment depends on the corpus'
    vocabulary too, so it is decided on every build."""
    if drafts is None:
        drafts = draft(document, spans)
    surnames = _surnames_in_full(drafts, vocabulary)
    # the words that open a longer name not a person's ("Ratners Group PLC")
    openers = {d.text.split()[0] for d in drafts if d.label != "PERSON" and " " in d.text}
    # lone names after a courtesy or a post ("Dr. [Beach]", "Councilmember [Park]"):
    # surnames of people here
    after_title = [
        d.label == "PERSON" and _surname_after_title(document.text, d.text, d.start) for d in drafts
    ]
    titled = {d.text for d, titled_here in zip(drafts, after_title, strict=True) if titled_here}
    out = []
    for d, titled_here in zip(drafts, after_title, strict=True):
        if d.label == "PERSON":
            d = _after_describing_word(document, d, vocabulary)
        # (a title's word the tagger took for a body, "[Bishop] earned her degree" after
        # Jennifer D. Bishop, is her surname too)
        # ("de Souza" after Bernard de Souza, a surname and its particle, is one too)
        particled = PARTICLED.fullmatch(d.test or "")
        surname = (
            d.label == "PERSON"
            and (
                d.test in surnames
                or titled_here
                or (particled is not None and particled.group(1) in surnames)
            )
        ) or (d.test in surnames and d.text.lower() in _TITLE_OR_ROLE)
        # "Min-jun [Park]", tagged a park: the surname of a name the corpus writes
        # family name first ("Park Min-jun")
        surname = surname or bool(
            vocabulary.turned
            and " " not in d.text
            and (given := _SYLLABLES_BEFORE.search(document.text, max(0, d.start - 20), d.start))
            and name_key(f"{given.group(1)} {d.text}") in vocabulary.turned
        )
        if d.test is not None and vocabulary.fragment(d.test, d.label, surname):
            continue
        if d.label != "ORG" and (
            vocabulary.names_illness(document.text, d.text, d.end)
            or vocabulary.illness_word(document.text, d.text, d.start)
        ):
            continue  # "[Lassa] fever": the illness's name ("WHO flu expert" is the body's)
        if _an_illness(d.text):
            continue  # "Marburg Virus Disease", "Rift Valley Fever", tagged a body: no entity
        if (
            " " not in d.text
            and d.text.endswith("s")
            and d.text[:-1] in surnames
            and d.text not in openers
        ):
            continue  # "two unrelated Satos" beside Kenji Sato: several people, no one
        if _heading(document.text, d.start, d.end, vocabulary):
            continue  # "FAMILY", "DEAL TIMETABLE" on a line of their own: a section's
        vote, weight = d.vote, d.weight
        if surname and d.text.lower() in _PLACE_OR_ORG_HEADS:
            vote, weight = "person", 1.0  # "Park", a head's word, beside "Park Min-jun"
        elif vote == "place" and d.label == "PERSON" and _given_and_titled(d.text, titled):
            vote, weight = "person", STRONG  # "Grace Park" beside "Councilmember Park"
        name, end = d.text, d.end
        if d.label == "PERSON" and vocabulary.generations:
            suffix = GENERATION_AFTER.match(document.text, end)
            if suffix and generation_key(name) in vocabulary.generations:
                end = suffix.end()  # "Thomas J. Brennan Sr.", told apart from Jr.
                name = document.text[d.start : end]
        out.append(Found(index, name, d.label, d.sentence, d.start, end, weight, vote))
    _coordinated(out, document.text)
    return out


# A given name of syllables right before a name, as Korean and Chinese given names are
# romanised ("Min-jun ", "Yi-ting ").
_SYLLABLES_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+-[a-z]+) $")

# A title's last word before a span: "Deputy Commissioner [Kasur ...".
_TITLE_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?(?:\s\([^()]{1,30}\))?\s+$")


def _after_posts_place(text: str, start: int, end: int, places: frozenset[str]) -> int:
    """Where a person's name starts after the place a post is of, written between the
    title and the name as South Asian papers write posts ("Deputy Commissioner [Kasur]
    Mohammad Arslan Khan": the DC of Kasur): a word the document tags a place, right after
    a title's word, two words of the name at least after it (not "Professor [Jordan
    Peterson]")."""
    first, _, rest = text[start:end].partition(" ")
    if first not in places or " " not in rest.strip() or not rest[:1].isupper():
        return start  # (not "Admiral [Zulkarnain] bin Hashim": a name goes on)
    title = _TITLE_WORD_BEFORE.search(text, max(0, start - 50), start)
    word = title.group(1).lower() if title is not None else ""
    if word not in TITLES and word not in OFFICES:
        return start  # (not "Dalian, and [Jinshitan] Golden Beach": no post)
    return start + len(first) + 1


# A surname opened by a particle elided before it, after a given name ("Alberto
# Dell'Orto", "Massimo D'Alema", "Valéry Giscard d'Estaing", "Cheick N'Diaye"), which the
# tagger leaves out of the name: a particle of four letters at most, its apostrophe, a
# capital (not "Alberto's").
_ELIDED_SURNAME_AFTER = re.compile(
    rf" (?:[{LATIN_CAPITALS}][{LATIN_LETTERS}]{{0,3}}|[a-z]{{1,3}})['’][{LATIN_CAPITALS}][{LATIN_LETTERS}]+(?:-[{LATIN_CAPITALS}][{LATIN_LETTERS}]+)?\b(?!['’])"
)
# A span of capitalised words only, a given name's ("Alberto", "Monza Mayor Chiara").
_NAME_WORDS = re.compile(rf"[{LATIN_CAPITALS}][{LATIN_LETTERS}.-]*(?: [{LATIN_CAPITALS}][{LATIN_LETTERS}.-]*)*")


_GERMANIC_PARTICLES = frozenset({"ten", "ter", "van", "von", "zu"})
# A surname's particle capitalised before the surname, where a sentence opens with it
# ("Van der [Merwe] said", "De la [Cruz] added"), which the tagger leaves out.
_CAPITALISED_PARTICLE_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<particle>(?:"
    + lexicon.alternation(w.capitalize() for w in ROMANCE_PARTICLES | _GERMANIC_PARTICLES)
    + r")(?: (?:der|den|de|la|le|los|las))?) $"
)


def _with_capitalised_particle(text: str, start: int, end: int) -> int:
    """Where a surname starts whose particle the tagger left out, written capitalised
    before it ("Van der [Merwe] said"): at the particle, where the text writes that
    particle and surname in lower case too ("Magistrate Riana van der Merwe"), so that
    the particle is the surname's, no given name ("Van Jones")."""
    before = _CAPITALISED_PARTICLE_BEFORE.search(text, max(0, start - 12), start)
    if before is None:
        return start
    particle = before.group("particle")
    lower = particle[0].lower() + particle[1:]
    return before.start() if f" {lower} {text[start:end]}" in text else start


# A saint's name abbreviated, opening a name: a place's, a parish's, a church's, a
# school's ("St Catherine", "St. Mary's", "Ste-Foy"), no one's given name; unless it
# goes on a surname after a given name ("Elson [St Hill]").
_SAINTS = re.compile(r"(?:St|St\.|Ste|Ste\.)[ -][A-Z]")


_GIVEN_NAME_BEFORE = re.compile(r"[A-Z][a-z]+\.? $")


def _saints_place(text: str, start: int, end: int) -> bool:
    """Is the span a name opened by a saint's (_SAINTS), no word of a title or a post
    in it ("[St Andrew East Rural MP Hon]": a member's seat and title, cut), no
    capitalised word before it ("Elson [St Hill]", "Dr [St Hill]": a surname), and not
    the saint, named by where he came from ("[St Francis] of Assisi")?"""
    if not _SAINTS.match(text, start, end) or text.startswith(" of ", end):
        return False  # ("St Francis of Assisi": the saint)
    words = [w.lower().rstrip(".") for w in text[start:end].split()[2:]]
    if any(w in TITLE_PHRASE or w in POST_NOMINALS for w in words):
        return False
    return _GIVEN_NAME_BEFORE.search(text, max(0, start - 30), start) is None


# A participle, or a word of status, that describes whom a sentence or a caption opens
# with ("Suspended", "Embattled", "Outgoing", "Former"): capitalised only for its place.
_DESCRIBING = re.compile(
    r"([A-Z][a-z]{2,}(?:ed|ing)|"
    + lexicon.alternation(w.capitalize() for w in STATUS)
    + r")\s+(?=[A-Z])"
)
# What may open a caption or a labelled line before its first word: "[Image: ".
_CAPTION_OPENING = re.compile(r"[\[(“\"‘'\s]*(?:[A-Z][a-z]+:\s+)?")


def _after_describing_word(document: Document, d: Draft, vocabulary: Vocabulary) -> Draft:
    """The name a person's span holds after a participle describing them, where it opens
    a sentence or a caption ("[Image: Suspended Ekurhuleni water head Nkosinathi
    Mkhize": "Ekurhuleni", no person "Suspended Ekurhuleni"): a word the corpus writes
    in lower case ("the suspended head"), so no given name ("Mohammed", "Ahmed")."""
    described = _DESCRIBING.match(document.text, d.start, d.end)
    if described is None or not vocabulary.common(described.group(1)):
        return d
    opening = document.sentences[d.sentence - 1].start
    if not _CAPTION_OPENING.fullmatch(document.text, opening, d.start):
        return d
    start, text = described.end(), document.text
    vote, weight = vote_for(text[start : d.end], d.label, start, d.end, text)
    test = None if d.test is None else text[start : d.end]
    return replace(d, text=text[start : d.end], start=start, vote=vote, weight=weight, test=test)


# A run of three spaces or more, or a tab, between two words: a table's columns
# ("Bassett         Chen" in a division's list of the ayes), which no name runs over.
# (Two are a sentence's end in many transcripts: "Mm-hmm.  So".)
_COLUMN_GAP = re.compile(r" {3,}|\t")
_CELL = re.compile(r"[A-Z][\w'’-]+")  # one word: "Bromley", "O'Neill"


def _in_columns(span: Span) -> list[Span]:
    """The span, or its pieces where it runs over a table's columns (_COLUMN_GAP), each
    tagged as the span was: "[Moreno          Nguyen          O'Neill]" is three names.
    (A piece of one word of a row tagged a body or a place is read only as the surname
    of someone the document names in full: draft.)"""
    if "   " not in span.text and "\t" not in span.text:
        return [span]
    parts, offset = [], 0
    for gap in [*_COLUMN_GAP.finditer(span.text), None]:
        end = gap.start() if gap is not None else len(span.text)
        if end > offset:
            piece = span.text[offset:end]
            parts.append(
                Span(piece, span.label, span.sentence, span.start + offset, span.start + end)
            )
        offset = gap.end() if gap is not None else end
    return parts


# An initial without its dot right before a word ("A [Kulkarni] 131", "(R [Kulkarni])"),
# not a sentence's "A" or "I", nor a reporter's "Q".
_INITIAL_BEFORE = re.compile(r"(?<![\w.'’-])([B-HJ-PR-Z]|(?<=[(,;] )[AI]|(?<=\()[AI]) $")
# Initials with their dots right before a word ("D. [Campbell]", "J.K. [Okafor]"): the
# sentence splitter never ends a sentence at such a dot (text.ends_with_abbreviation).
_DOTTED_INITIALS_BEFORE = re.compile(rf"(?<![\w.'’-])((?:[{LATIN_CAPITALS}]\. ?){{1,3}}) $")


def _initialled_surname(
    span: Span, text: str, surnames: dict[str, int], tagged_ends: frozenset[int] = frozenset()
) -> Span:
    """The span with the initials written right before it, where it is the surname of
    someone the document names in full, however tagged: a scorecard's "A [Kulkarni]
    131" is a person's initial and surname (Arjun Kulkarni's, not Rohan's), no place;
    "D. [Campbell] said", the tagger's organization, is Devon Campbell, not Marcia.
    Dotted letters the tagger read as a name of their own (`tagged_ends`: "[U.S.]
    [Biden]") are no initials."""
    if " " in span.text or span.text not in surnames:
        return span
    initial = _INITIAL_BEFORE.search(text, max(0, span.start - 4), span.start)
    if initial is None:
        initial = _DOTTED_INITIALS_BEFORE.search(text, max(0, span.start - 10), span.start)
        if initial is not None and initial.end(1) in tagged_ends:
            return span
    if initial is None:
        return span
    start = initial.start(1)
    return Span(text[start : span.end], "PERSON", span.sentence, start, span.end)


def _surnames_listed(span: Span, surnames: dict[str, int]) -> list[Span]:
    """ "Ayes: [Brandt, Castellanos,] Holloway": surnames of people the document names in
    full, listed with commas and tagged as one name of a body or a place, each a
    person's mention of its own."""
    if span.label == "PERSON" or _SURNAME_LIST.fullmatch(span.text) is None:
        return [span]
    parts, offset = [], span.start
    for piece in span.text.rstrip(",").split(", "):
        if piece not in surnames:
            return [span]
        parts.append(Span(piece, "PERSON", span.sentence, offset, offset + len(piece)))
        offset += len(piece) + 2
    return parts


_SURNAME_LIST = re.compile(r"[A-Z][\w’'-]+(?:, [A-Z][\w’'-]+)+,?")


def _given_and_titled(name: str, titled: set[str]) -> bool:
    """Is the name (tagged a person's) two words, the second a surname the document
    writes after a title ("Grace Park" beside "Councilmember Park")? A person's, though
    "Park" ends names of places."""
    words = name.split()
    return len(words) == 2 and words[1] in titled


def _surname_after_title(text: str, name: str, start: int) -> bool:
    """Is the name one word, right after a courtesy or a post of someone in office ("Dr.
    [Beach]", "Councilmember [Park]"), and no word of a title, a role or a body's ("Justice
    [Foundation]")? A surname, however common the word or a place's."""
    return (
        " " not in name
        and name.lower() not in _NOT_SURNAMES
        and _COURTESY_OR_POST_BEFORE.search(text, max(0, start - 30), start) is not None
    )


def _surnamed_post(text: str, start: int, end: int) -> bool:
    """Is the span a post of someone in office and a surname (_POST_SURNAME)? Not a
    facility's word ("Ambassador Bridge"), nor before a thing's ("its Officer Wellness
    program")."""
    match = _POST_SURNAME.fullmatch(text, start, end)
    return (
        match is not None
        and match.group(1).lower() not in _NOT_SURNAMES
        and context_vote(text, start, end)[0] is None
    )


# Words of no surname: titles, roles, bodies' heads, facilities' ("Ambassador Bridge"),
# legal forms ("Coach Inc", the company).
_NOT_SURNAMES = (
    TITLES
    | ROLE_NOUNS
    | ORG_HEADS
    | FACILITY_HEADS
    | SMALL_WORDS
    | OFFICES
    | ABBREVIATIONS
    | LEGAL_FORMS
)


def _heading(text: str, start: int, end: int, vocabulary: Vocabulary) -> bool:
    """Is the span on a line of capitals whose words are common words or none the corpus
    writes capitalised in a sentence ("FAMILY SHAREHOLDERS", "DEAL TIMETABLE", "RESULTS
    IN", "PROFILE | BUSINESS LIFE"), and that the text never writes as a name in a
    sentence: a section's heading, no name ("WALES" is one; "THE WHITE HOUSE" too, where
    the text writes "the White House")? The line may end with a colon."""
    if not text[start:end].isupper():
        return False  # (first: most spans are not in capitals, and their lines are long)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip().rstrip(":")
    if not line.isupper():
        return False
    words = re.findall(r"[A-Za-z]+", line)
    if not any(vocabulary.common(w) for w in words) or not all(
        w.lower() in SMALL_WORDS or vocabulary.common(w) or not vocabulary.capital[w.lower()]
        for w in words
    ):
        return False  # (a word the corpus never writes in a sentence: no name known)
    named = " ".join(w.capitalize() for w in words if w.lower() not in SMALL_WORDS)
    return re.search(rf"[a-z,;] (?:the )?{re.escape(named)}\b", text) is None


# A name written family name first, its given name hyphenated as Korean names and some
# Chinese ones are romanised ("Moon Jae-in", "Park Min-jun", "Tsai Ing-wen").
FAMILY_FIRST = re.compile(r"[A-Z][\w’']+ [A-Z][a-z]+-[a-z]+")
# The lower-case syllable after a hyphen that ends a given name so romanised, where the
# pipeline cut the name before it ("[Choi Min]-jae"); not the English words written so
# after a name ("Putin-led", "Trump-era").
_GIVEN_SYLLABLE = re.compile(r"-([a-z]{1,4})(?![\w-])")
# The family name after a romanised given name written first ("Seung-woo [Lee]").
_FAMILY_NAME_AFTER = re.compile(r" [A-Z][a-z]+(?![\w’'-])")
_AFTER_HYPHEN = frozenset(
    "led run era old born made like type wide free held less side only year size area "
    "ally age day war fan".split()
)


def _surnames_in_full(drafts: Sequence[Draft], vocabulary: Vocabulary) -> frozenset[str]:
    """The surnames, as written, of the people a document names in full: the last word
    of a person's name of two or three words, the first of one written family name
    first (FAMILY_FIRST). A person's name: tagged so, a name (no fragment), voted
    nothing else, and no word of it a body's, a place's, a kind's or a people's ("the
    Boris Lawrence Henson Foundation", "the African Diaspora")."""
    surnames = set()
    for d in drafts:
        words = d.text.split()
        if d.label != "PERSON" or not 2 <= len(words) <= 3 or d.vote not in (None, "person"):
            continue
        surname = words[0] if FAMILY_FIRST.fullmatch(d.text) else words[-1]
        others = {w.lower().strip(".,") for w in words if w is not surname}
        if (
            others.isdisjoint(_NOT_A_SURNAME)
            and others.isdisjoint(PLACE_HEADS)  # ("Park" Min-jun, "Hill" may be)
            and surname.lower() not in _NOT_A_SURNAME
            and not vocabulary.fragment(d.test or d.text, d.label)
        ):
            surnames.add(surname)
    return frozenset(surnames)


# Words of no person's name: a body's, a company's, a kind's, a people's.
_NOT_A_SURNAME = ORG_HEADS | BUSINESS_WORDS | GENERIC | DEMONYMS
_PLACE_OR_ORG_HEADS = PLACE_HEADS | ORG_HEADS


# A name's last word right before letters after a name ("Priya Halifax KC", "Ann Lee,
# MP").
_NAME_BEFORE_LETTERS = re.compile(r"[A-Z][\w’'-]+,? $")


def _attributed(span: Span, text: str) -> Span:
    """A name after a quotation that the quotation is attributed to, tagged a work's
    title for the quotation marks before it ('..., can survive," [Kenji Sato], a
    professor at ...', '"...," [Ann Lee] said'): a person's."""
    if (
        span.label == "WORK_OF_ART"
        and _QUOTED_BEFORE.search(text, max(0, span.start - 4), span.start)
        and _TWO_NAMES.fullmatch(span.text)
        and _ATTRIBUTION_AFTER.match(text, span.end)
    ):
        return Span(span.text, "PERSON", span.sentence, span.start, span.end)
    return span


_QUOTED_BEFORE = re.compile(r"[,.!?][\"”]\s+$")
_TWO_NAMES = re.compile(r"[A-Z][a-z][\w’'-]*(?: [A-Z][a-z][\w’'-]*){1,2}")
_ATTRIBUTION_AFTER = re.compile(r",\s+(?:a|an|the|who)\b|\s+(?:said|says|told|added)\b")


@dataclass(frozen=True, slots=True)
class Draft:
    """A trimmed span, and the name to test as a fragment (None: kept as it is)."""

    text: str
    label: str
    sentence: int
    start: int
    end: int
    weight: float
    vote: str | None
    test: str | None


def _cut_at_sentence_ends(spans: Sequence[Span], document: Document) -> list[Span]:
    """The spans, each the language pipeline ran over a sentence's end cut there, as
    over a paragraph's (trim): "a plant in Chandler, [Ariz. Kestrel] has not said" is
    "Ariz.", and the next sentence's capital no name's evidence."""
    ends = [s.end for s in document.sentences]
    out: list[Span] = []
    for span in spans:
        i = bisect.bisect_right(ends, span.start)
        if i < len(ends) and ends[i] < span.end and not _abbreviation_ends(document.text, ends[i]):
            span = Span(document.text[span.start : ends[i]], span.label, span.sentence, span.start, ends[i])
        out.append(span)
    return out


_LAST_WORD = re.compile(r"([A-Za-z][\w.'’-]*)\.\W*$")


def _abbreviation_ends(text: str, end: int) -> bool:
    """Does the sentence ending at `end` end with an abbreviation or an initial, in
    markup or brackets or after a hyphen ("**U.S.", "[G.", "Japan-U.S."): a cut the
    pipeline's span says is none ("the [**U.S. African Development Foundation**]")?"""
    word = _LAST_WORD.search(text, max(0, end - 20), end)
    if word is None:
        return False
    last = word.group(1).rpartition("-")[2] + "."  # "Japan-U.S.", "Minneapolis-St."
    return ends_with_abbreviation(last, len(last) - 1)


# A name ending in "No" (number) before the number: a numbered thing's ("Signal No. 5",
# "House Resolution No. 412"), no entity.
_NUMBER_WORD = re.compile(r"(?<![\w.])No$")
_NUMBERED_AFTER = re.compile(r"\.?\s?\d")


# A stock ticker as wire services write it in brackets after a company's name,
# exchange's letters after a dot ("(TALB.L)", "(BAX.N)", "(7203.T)").
_TICKER_WRITTEN = re.compile(r"[A-Z0-9]{1,6}\.[A-Z]{1,2}\)")
# A degree's words before a name: "a Master of [Public Administration]", "a bachelor's
# degree in [Political Science]", "a Bachelor of Arts in [Economics]", "a Ph.D. in [Economics]".
_DEGREE_BEFORE = re.compile(
    r"(?:\b(?:[Bb]achelor|[Mm]aster)(?:['’]?s)?(?: of(?: [A-Z]\w+){1,3})? (?:of|in)|\b(?:degree|diploma|doctorate|"
    r"B\.?A\.?|B\.?S\.?|M\.?A\.?|M\.?S\.?|Ph\.?D\.?|major(?:ed)?|minor(?:ed)?) in) (?:the )?$"
)


def degree_before(text: str, start: int) -> bool:
    """Is the name at `start` a field of study, after a degree's words (_DEGREE_BEFORE)?
    (Asked of every span and every name found again: "of" or "in" right before it is
    looked for first.)"""
    return text.endswith((" of ", " in ", " of the ", " in the "), max(0, start - 8), start) and (
        _DEGREE_BEFORE.search(text, max(0, start - 40), start) is not None
    )


@reused_if_same("drafts", key=lambda document, spans: document.id)
def draft(document: Document, spans: Sequence[Span]) -> tuple[Draft, ...]:
    text = document.text
    spans = [_attributed(s, text) for s in _cut_at_sentence_ends(spans, document)]
    spans = _names_gone_on(spans, text)
    places = frozenset(s.text for s in spans if s.label in ("GPE", "LOC"))
    kept = [part for s in spans if s.label in LABEL_TYPES for part in listed(s, places)]
    kept = [part for s in kept for part in before_titles(s, text)]
    # (a word alone in a column, where the row was tagged a body or a place: a name of
    # someone the document names in full, or not read)
    cells: set[tuple[int, int]] = set()
    split: list[Span] = []
    for s in kept:
        parts = _in_columns(s)
        if len(parts) > 1 and s.label != "PERSON":
            cells |= {(p.start, p.end) for p in parts if _CELL.fullmatch(p.text)}
        split.extend(parts)
    kept = split
    kept = _joined(kept, text, _of_joins)
    kept = _joined(kept, text, _people_join)
    kept = [
        replace(s, label="ORG") if s.label == "PERSON" and _O_INSIDE.search(s.text) else s
        for s in _joined(kept, text, _o_joins)
    ]  # ("[Te Rūnanga] o [Ngāti Rangiwhero]": no one's name, a body's)
    kept.extend(_acronyms_before_roles(document, spans))
    kept.sort(key=lambda s: (s.start, s.end))
    out: list[Draft] = []
    surnames = _surnames_named(kept)
    if cells:
        kept = [
            replace(s, label="PERSON") if (s.start, s.end) in cells else s
            for s in kept
            if (s.start, s.end) not in cells or s.text in surnames
        ]
    kept = [part for s in kept for part in _surnames_listed(s, surnames)]
    tagged_ends = frozenset(s.end for s in kept)
    kept = [_initialled_surname(s, text, surnames, tagged_ends) for s in kept]
    nicknamed = _nicknamed(text, kept)
    spelled_to = -1  # where a name spelled out to its acronym ends (spelled_to_acronym)
    for span in kept:
        start, end = trim(text, span.start, span.end)
        if start < spelled_to:
            continue  # "[Kossanga]" in "Rassemblement pour le progrès du Kossanga (RPK)"
        closed = bracket_closed(text, start, end) if ")" in text[start : start + 30] else None
        if closed is not None:
            # "[HY Advanced Packaging] ([Suzhou) Co., Ltd.]", "[The Hamilton] ([Ontario)
            # Spectator]": one name, a place in brackets in it; else, or after an
            # acronym's definition ("U.S. Department of Justice ([DOJ) Office of Justice
            # Programs]"), the words after the bracket
            acronym = text[start:closed].rstrip(") ").isupper()
            floor = document.sentences[span.sentence - 1].start
            if out and out[-1].end == start - 2 and text[out[-1].end] == " " and not acronym:
                start = out.pop().start
            elif not acronym and (named := named_before_bracket(text, start - 1, floor)):
                start = named  # "a warehouse of HY Advanced Packaging ([Suzhou) Co.]", untagged
            else:
                start = closed
        if text.startswith(".", end) and short_title(text, end):
            # "[Barr]. Chidi Okonkwo", "[Ukrainian Armed Forces Lt]. Gen. Zaluzhny": a
            # title before a name, no name nor part of one ("[Rear Adm]. Paul Zukunft",
            # all a title, is left whole to be dropped so)
            cut = text.rfind(" ", start, end)
            if cut < 0 or not all(w.lower() in TITLE_PHRASE for w in text[start:cut].split()):
                end = cut
        if end <= start:
            continue
        if _NUMBER_WORD.search(text, start, end) and _NUMBERED_AFTER.match(text, end):
            continue  # "[Signal No]. 5", "[Communiqué No]. 12": a numbered thing's name
        if text[start - 1 : start] == "(" and _TICKER_WRITTEN.fullmatch(text, start, end + 1):
            continue  # "Talbridge Group ([TALB.L])": the listing of the company named before
        if span.label in ("ORG", "PRODUCT") and degree_before(text, start):
            continue  # "a Master of [Public Administration]": a field of study, no body
        if (
            span.label not in ("GPE", "LOC")  # "Montreal, [QC]": Quebec's code
            and text[start:end].replace(".", "").lower() in POST_NOMINALS
            and _NAME_BEFORE_LETTERS.search(text, max(0, start - 40), start)
        ):
            continue  # "Priya Halifax [KC]", tagged apart: the letters of her office
        start = _after_opening_adverb(document, span.sentence, start, end)
        if span.label == "PERSON" and (opening := _OPENING_PREPOSITION.match(text, start, end)):
            start = opening.end()  # "[Inside Vakaga], aid groups ...": a place's name, no one's
        whole = next(((a, b) for a, b in nicknamed if a <= start and end <= b), None)
        if whole:  # "Aaron [“Ronnie” Chatterji]": the name, its nickname inside, whole
            start, end = whole
            if out and (out[-1].start, out[-1].end) == (start, end):
                continue  # "[Roderick “Rico]” [Alvendia]": one mention
        start = undoubled(text, start, end)  # "BP BP's tube": a headline run into the text
        label = span.label
        firm = joined_by_and(text, start, end) if label == "PERSON" else None
        if firm:
            start, end, label = *firm, "ORG"  # "Johnson & [Johnson]": the firm, whole
        elif (opened := firm_opened(text, start, end)) is not None:
            start, label = opened, "ORG"  # "Munger, Tolles and [Olson LLP]"
        if label == "PERSON" and _saints_place(text, start, end):
            label = "GPE"  # "[St Catherine]", "[St Philip]": a parish, a town, no one's name
        if label in ("ORG", "NORP", "PRODUCT", "GPE", "FAC") and _JUDGE.fullmatch(text, start, end):
            label = "PERSON"  # "[Haverford LJ] said", "[HHJ Siddiqui]", tagged a body
        elif label in ("ORG", "NORP", "PRODUCT") and (
            _HONORIFIC_NAME.fullmatch(text, start, end)
            or _GAELIC_NAME.search(text, start, end)
            or (start, end) in nicknamed
            or _person_by_the_words_before(text, start, end)
            or _after_office(text, start, end, surnames) is not None
        ):
            label = "PERSON"  # "[Dr Schuchat] said", tagged an organization: a person
        elif label in ("GPE", "LOC", "FAC") and (
            _MISTER_NAME.fullmatch(text, start, end) or _initialled_name(text[start:end])
        ):
            # "[Mr Okafor] said", "[P. Suryanarayana]", tagged a place (not "Lord Howe
            # Island", "N. Korea")
            label = "PERSON"
        elif label != "PERSON" and _WITH_PATRONYMIC.fullmatch(text, start, end):
            label = "PERSON"  # "[Hanna Ivanivna]", a given name and a patronymic
        # (tagged a body, only with the surname of someone the document named before:
        # else the titled name, as written, is read by refind.py)
        posted = (
            label not in ("PERSON", "GROUP")
            and _surnamed_post(text, start, end)
            and (label != "ORG" or surnames.get(text[start:end].rpartition(" ")[2], end) < start)
        )
        if posted:
            label = "PERSON"  # "[Councilmember Park] moved", tagged a facility
        elif label not in ("PERSON", "GROUP") and _titled_in_span(text[start:end]):
            label = "PERSON"  # "[District Magistrate Anjali Verma]", tagged a body
        if label == "PERSON":
            elided = _ELIDED_SURNAME_AFTER.match(text, end)
            if elided and _NAME_WORDS.fullmatch(text, start, end):
                end = elided.end()  # "[Alberto] Dell'Orto", "[Valéry Giscard] d'Estaing"
            start, end = _before_post_nominals(text, start, end)  # "Eleanor Whitcroft [QC]"
            head = text[start:end].rpartition(" ")[2].lower()
            if (
                (posted or head not in GEO_HEADS)
                and head not in _FIRM_HEADS  # not "[Sri] Lakshmi Ganapathi Traders"
                and not _titled_country(text[start:end])
            ):
                start, end = strip_titles(text, start, end)  # not "[Prince] William Sound"
            start = _after_office(text, start, end, surnames) or start  # "[SPEHA] Carstens"
            start = _after_posts_place(text, start, end, places)
            start = _with_capitalised_particle(text, start, end)
            given_name = (
                _NAME_WORD_BEFORE.search(text, max(0, start - 20), start)
                if _PATRONYMIC.match(text, start)
                else None
            )
            if given_name and given_name.group(1).lower() not in NO_GIVEN_NAMES | _TITLE_OR_ROLE:
                start = given_name.start(1)  # "Oblast [Roman] Aleksandrovich Belyaev"
            given = _GIVEN_BEFORE.search(text[max(0, start - 30) : start])
            if (
                given
                and _INITIAL.match(text[start:end])
                and given.group(1).lower() not in NO_GIVEN_NAMES
            ):
                start -= len(given.group(0))  # "Antony [J. Blinken]": the first name too
            elif _OPENS_INITIAL.match(text, start) and (
                initials := _INITIALS_BEFORE.search(text, max(0, start - 8), start)
            ):
                start = initials.start()  # "Justice (retd) A [W Khan]": his initials whole
            contracted = _CONTRACTED_BEFORE.search(text, max(0, start - 8), start)
            if contracted and contracted.group(1).lower() in CONTRACTED_NAMES:
                start = contracted.start(1)  # "Mr. Jno. [Harker]": John Harker, not Geo.
            syllable = _GIVEN_SYLLABLE.match(text, end)
            if syllable and " " in text[start:end] and syllable.group(1) not in _AFTER_HYPHEN:
                end = syllable.end()  # "[Choi Min]-jae": a Korean given name, whole
            elif (
                syllable
                and " " not in text[start:end]
                and syllable.group(1) not in _AFTER_HYPHEN
                and (family := _FAMILY_NAME_AFTER.match(text, syllable.end()))
            ):
                end = family.end()  # "[Seung]-woo Lee": the given name first, then the family's
            inner = _INNER_POSSESSIVE.search(text[start:end])
            owned = text[start:end].split()[-1].lower()
            if inner and owned not in ORG_HEADS and owned not in PLACE_HEADS:
                end = start + inner.start()  # "Biden’s Safer [America Plan]"
        if label in ("ORG", "NORP") and _title_front(text, start, end):
            continue  # "[Scottish Health] Secretary Nicola Sturgeon": her title's words
        if (
            label == "ORG"
            and (ordinal := _ORDINAL_BEFORE.search(text, max(0, start - 8), start))
            and text[start:end].rpartition(" ")[2].lower() in ORG_HEADS
            and text[max(0, ordinal.start() - 20) : ordinal.start()].rstrip().rpartition(" ")[2]
            .rstrip(".")
            .capitalize()
            not in MONTHS
        ):
            start = ordinal.start()  # "92nd [Separate Mechanized Brigade]": the unit's number
            # (not "the 5th [U.S. Circuit Court of Appeals]": the court's name alone; not
            # "the January 6th [Select Committee]": a day's)
        start, end = extend_of(text, start, end)
        if label == "ORG":
            start = extend_to_acronym(text, start, end)  # "Economic and [Financial ...] (EFCC)"
        spelled = spelled_to_acronym(text, start, end)
        if (
            spelled is not None
            and label == "PERSON"
            and not _WORD_IN_LOWER_CASE.search(text, end, spelled)
        ):
            spelled = None  # "Mohammed bin Salman (MBS)": a person's, his initials; but
            # "[Agence] française de lutte contre le dopage (AFLD)" is a body's name
        if spelled is not None:
            # "[Rassemblement] pour le progrès du Kossanga (RPK)": a body's name, whole;
            # places joined ("[Latin America] and the Caribbean (LAC)") stay places
            if label not in ("GPE", "LOC") or not _AND_NEXT.match(text, end):
                label = "ORG"
            end = spelled_to = spelled
        if _in_address(text, start, end):
            continue  # ".../uploads/2022/05/Biden-Harris-Permitting-Action-Plan.pdf"
        if _CURRENCY_CODE.fullmatch(text, start, end) and _AMOUNT_AFTER.match(text, end):
            continue  # "an appeal for [CHF] 35 million": a currency, no body
        if _only_a_legal_form(text[start:end]):
            continue  # "Real Tarragona, [S.A.D.]": the company's form, written after it
        if _calendar_word(text, start, end):
            continue  # "Tir 23, 2018 [E.C.]": a date of another calendar, no name
        if (
            text[start:end].replace(".", "").lower() in _SEATS
            and f"({text[start:end]})" not in text
        ):
            continue  # "the rebel [MLA]", "a Labour [MP]": a seat (unless "Managed Service
            # Provider (MSP)" defines the letters as another name)
        joined = HYPHENATED.fullmatch(text, start, end) and _ADMINISTRATION.match(text, end)
        if joined:
            end = joined.end()  # "the Biden-Harris administration" is the Administration
        name = text[start:end]
        if name[:1].islower() and _cut_after_capital(text, start):
            if not (
                label == "PERSON"
                and PARTICLED.fullmatch(name)
                and out
                and out[-1].label == "PERSON"
                and out[-1].end == start - 1
                and text[out[-1].end] == " "
            ):
                continue  # "Eid [al-Fitr]": the end of a longer name, cut
            # ... but for a person's name the tagger cut before its particle, right
            # after the given name it tagged: "[Karl-Theodor] [zu Ebersberg]", one name
            start = out.pop().start
            name = text[start:end]
        if in_law(text, end) or (
            label == "PERSON" and in_building(text, end) and not _surname_after(text, end)
        ):
            continue  # "the [George Floyd] Justice in Policing Act": a law's name
        group = _GROUP_NUMBER.match(text, end)
        if group and (
            a_score(text, start, group.end()) or item_number(text, group.start(1), group.end(1))
        ):
            group = None  # "Katsina Royals 3 Delta Mariners 0": a result, no group; "the
            # Federal Trade Commission 12. Jessica Rosenworcel": the next item's number
        if group and span.label in ("ORG", "PRODUCT", "PERSON") and name not in MONTHS:
            end = group.end()
            out.append(
                Draft(
                    text[start:end], "GROUP", span.sentence, start, end, 1.0, "organization", None
                )
            )
            continue
        found = Found(-1, name, label, span.sentence, start, end)
        vote, weight = vote_for(found.text, found.label, found.start, found.end, text)
        if posted:
            vote, weight = "person", STRONG  # the post says it: not "Park", a place's word
        if vote == "event":
            continue  # a fragment or an event: dropped either way
        test = name if not joined else name.title()
        if spelled is not None:  # tested as if its words were capitalised, as in English
            test = " ".join(
                w if w.lower() in SMALL_WORDS else w[:1].upper() + w[1:] for w in name.split()
            )
        if (start, end) in nicknamed:  # "Juan “El Huevo” Gerardo Treviño Chávez"
            test = _QUOTED.sub("", name)  # tested as a name of four words, not six
        out.append(Draft(name, label, span.sentence, start, end, weight, vote, test))
    return tuple(out)


_OPENING_ADVERB = re.compile(
    r"(?:" + lexicon.alternation(w.capitalize() for w in OPENING_ADVERBS) + r"),?\s+(?=[A-Z])"
)


# An East Slavic patronymic ("Aleksandrovich", "Ivanivna", "Petrovych"): a person's name
# goes on from the given name before it, which the tagger may leave out.
_PATRONYMIC_WORD = r"[A-Z][a-z]+(?:ovich|evich|ovych|evych|ovna|evna|ivna|yivna|ichna)"
_PATRONYMIC = re.compile(_PATRONYMIC_WORD + r"\b")
_WITH_PATRONYMIC = re.compile(r"[A-Z][a-z]+ " + _PATRONYMIC_WORD)
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) $")
# A body's name opened by its number, an ordinal in figures (_ORDINAL_BEFORE).
_ORDINAL = r"\d{1,4}(?:st|nd|rd|th)"
_NUMBERED_BODY = re.compile(_ORDINAL + r" [A-Z][^\d,]*")
# An ordinal in figures right before a body's name, which numbers it ("the 92nd
# Separate Mechanized Brigade", "the 5th Fleet"): the tagger leaves it out.
_ORDINAL_BEFORE = re.compile(r"(?<![\w.,-])" + _ORDINAL + " $")


# A preposition opening a span tagged a person: no name opens with one ("Inside
# Vakaga, aid groups ...", "Near Birao"), the name is the word after it.
_OPENING_PREPOSITION = re.compile(
    r"(?:"
    + "|".join(
        w.capitalize()
        for w in (
            "across after against along amid amidst among around at before behind beneath "
            "beside beyond despite during from in inside into near outside since through "
            "throughout toward towards under until upon within without"
        ).split()
    )
    + r"),?\s+(?=[A-Z])"
)


def _before_post_nominals(text: str, start: int, end: int) -> tuple[int, int]:
    """The person's name before the letters of an office or an honour written after it
    (lexicon/post_nominals.txt: "Eleanor Whitcroft QC", "Ann Lee MP, OBE"), two words of
    the name left at least, one before a judge's letters ("Haverford LJ": _AFTER_SURNAMES):
    a surname and the letters alone were cut from the given name right before them
    ("Aoife [Brennan KC]", a name the tagger did not know), which is the name's; so is a
    courtesy written after a given name ("Mehmet [Ali Bey]": COURTESIES_AFTER), the
    given name alone left."""
    words = text[start:end].split()
    if len(words) == 2 and (
        words[-1].strip(".,").lower() in POST_NOMINALS or words[-1].lower() in COURTESIES_AFTER
    ):
        before = _CAPITALS_BEFORE if text[start:end].isupper() else _GIVEN_BEFORE
        given = before.search(text, max(0, start - 30), start)  # ("MS AOIFE [BRENNAN KC]")
        if given and given.group(1).lower() not in NO_GIVEN_NAMES:
            start = given.start()
            words.insert(0, given.group(1))
    while (
        len(words) > (1 if words[-1].strip(".,").lower() in _AFTER_SURNAMES else 2)
        and words[-1].strip(".,").lower() in POST_NOMINALS
    ) or (len(words) > 1 and words[-1].lower() in COURTESIES_AFTER):
        words.pop()
        name = text[start:end].rstrip()
        end = start + len(name[: name.rfind(" ")].rstrip(" ,"))
    return start, end


# Courtesies written after a given name, as Turkish does ("Mehmet Ali Bey", "Gülşen
# Hanım"): no part of the name, which is the given name alone then.
COURTESIES_AFTER = frozenset({"bey", "efendi", "hanim", "hanım"})

# A judge's letters, written after the surname alone ("Haverford LJ", "Carrow and
# Haverford LJJ", "Lord Reed JSC"): the name before them may be one word.
_AFTER_SURNAMES = frozenset({"jsc", "lcj", "lj", "ljj"}) & POST_NOMINALS


# A judge as courts write one: the surname and a judge's letters ("Haverford LJ"), or
# "HHJ" (His or Her Honour Judge) and the surname.
_JUDGE = re.compile(
    r"HHJ\s+[A-Z][\w'’-]+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:"
    + lexicon.alternation(w.upper() for w in _AFTER_SURNAMES)
    + r")"
)


# Capitalised words before a name that are no given name of it: "Justice [Brennan KC]",
# "Meanwhile [Brennan KC]", "In June", "Then [A. Kulkarni]".
NO_GIVEN_NAMES = TITLE_PHRASE | OPENERS | OPENING_ADVERBS | MONTHS | lexicon.words("stop_words")
_CAPITALS_BEFORE = re.compile(r"(?<![\w.])([A-Z][A-Z’'\-]+) $")


def _after_opening_adverb(document: Document, sentence: int, start: int, end: int) -> int:
    """Where the span starts after an adverb opening its sentence ("[Later] Musa Ibrahim
    said", "[Meanwhile], Ann Lee"): the name is the words after it, two or more."""
    if document.sentences[sentence - 1].start != start:
        return start
    adverb = _OPENING_ADVERB.match(document.text, start, end)
    if adverb is None or " " not in document.text[adverb.end() : end].strip():
        return start
    return adverb.end()


def _nicknamed(text: str, spans: Sequence[Span]) -> list[tuple[int, int]]:
    """Where the text names a person with a nickname inside (_NICKNAMED): a span tagged
    a person covers part of it, its last word ends a person's span of the document
    ("Chatterji has served"), or its first is a given name (lexicon/nicknames.txt);
    not "Easter “EGGucation” Roll"."""
    people = [s for s in spans if s.label == "PERSON"]
    surnames = {s.text.rpartition(" ")[2] for s in people}
    return [
        (m.start(), m.end() - 2 if m.group().endswith(("’s", "'s")) else m.end())
        for m in _NICKNAMED.finditer(text)
        if m.group().rpartition(" ")[2] in surnames
        or m.group().partition(" ")[0].lower() in GIVEN_NAMES
        or any(s.start < m.end() and s.end > m.start() for s in people)
    ]


# An acronym before a surname: an office ("SPEHA Carstens", "EVP Dombrovskis") or
# initials ("GHW Bush").
_OFFICE_ACRONYM = re.compile(r"[A-Z]{3,6}\s+(?=[A-Z][a-z'’-]+$)")


def _surnames_named(spans: Sequence[Span]) -> dict[str, int]:
    """The surnames of the people a document names in full, each with where it is first
    named: the last word of a person's name of two or three name-shaped words, none a
    body's or a place's word ("Roger Carstens"; not "Sutter Health"), after its titles
    and with its middle initials aside ("Bishop Raymond J. Kessler"); so is a titled
    full name the pipeline tagged a body ("[Bishop Laurent Mbarga]", _titled_in_span)."""
    first: dict[str, int] = {}
    for s in spans:
        if s.label != "PERSON" and not (s.label == "ORG" and _titled_in_span(s.text)):
            continue
        words = s.text.split()
        while len(words) > 2 and words[0].lower().rstrip(".") in TITLES:
            words = words[1:]
        words = [
            w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and _MIDDLE.fullmatch(w))
        ]
        if (
            2 <= len(words) <= 3
            and all(_NAME_WORD.fullmatch(w) for w in words)
            and not {w.lower() for w in words} & NOT_PERSONAL
        ):
            first[words[-1]] = min(first.get(words[-1], s.start), s.start)
    return first


NOT_PERSONAL = ORG_HEADS | BUSINESS_WORDS | PLACE_HEADS | GEO_HEADS | SMALL_WORDS
_TITLE_OR_ROLE = TITLES | ROLE_NOUNS
_MIDDLE = re.compile(r"[A-Z]\.")  # a middle initial ("Raymond J. Kessler")


def _after_office(text: str, start: int, end: int, surnames: dict[str, int]) -> int | None:
    """Where the surname starts, if the span is an acronym and the surname of someone
    the document has named in full before ("SPEHA Carstens" after "Roger Carstens"), no word of the document in lower
    case, the acronym never written alone in the document? Then the acronym is an
    office or initials: the name is the person's, however tagged. An acronym the document also writes alone is a body's, which may
    bear a person's name ("NYU Langone", "BNY Mellon")."""
    office = _OFFICE_ACRONYM.match(text, start, end)
    if office is None:
        return None
    surname = text[office.end() : end]
    if surnames.get(surname, end) >= start or re.search(rf"\b{surname.lower()}\b", text):
        return None  # not named before, or a word ("Sanford Health", "SSM Health")
    acronym = text[start : office.end()].strip()
    if re.search(rf"\b{acronym}\b(?!\s+[A-Z][a-z])", text):
        return None
    return office.end()


_TITLE_NEXT = re.compile(r"\s+([A-Z][a-z]+)\s+[A-Z]")


def _title_front(text: str, start: int, end: int) -> bool:
    """Is the span a nation's adjective and a portfolio before a title and a name
    ("[Mexican Health] Secretary Jose Angel Cordova"): the title's words, no body's name
    ("the Mexican National Institute of Health" is one)?"""
    words = text[start:end].split()
    if len(words) < 2 or words[0].lower() not in DEMONYMS or words[-1].lower() in ORG_HEADS:
        return False
    following = _TITLE_NEXT.match(text, end)
    return following is not None and following.group(1).lower() in TITLES


# Post-nominal letters of a member of a legislature (lexicon/post_nominals.txt; not an
# honour's, nor "QC", also Quebec's code): alone, someone's seat, no name.
_SEATS = frozenset({"mp", "mla", "mep", "msp", "mpp", "td", "mlc", "mha", "mhk"}) & POST_NOMINALS


def _only_a_legal_form(name: str) -> bool:
    """Is the name only a company's legal form ("S.A.D.", "S.L.", "Inc", "Co., Ltd"), not a US
    state's code written so ("NV", "SA" are also Nevada, South Australia)?"""
    key = name.replace(".", "").replace(" ", "").lower()
    if "," in key:  # "Co., Ltd": each part a legal form
        return all(part in LEGAL_FORMS for part in key.split(",") if part)
    return key in LEGAL_FORMS and ("." in name or len(key) >= 3) and key.upper() not in STATE_CODES


# The words of a date of another calendar (lexicon/calendar_eras.txt,
# lexicon/ethiopian_months.txt): an era's letters after a year ("2018 E.C.", "2013
# [E.C.]", "2018 EFY"), an Ethiopian month before a number ("Tir 23", "Tahsas 2013") or
# alone in a document that dates by that calendar ("displaced once in Tir").
_ERA_LETTERS = frozenset(lexicon.pairs("calendar_eras"))
_ETHIOPIAN_MONTHS = frozenset(lexicon.pairs("ethiopian_months"))
_YEAR_BEFORE = re.compile(r"\d{4}\s*[\[(]?\s*$")
_NUMBER_AFTER = re.compile(r",?\s+\d")
_ETHIOPIAN_YEAR = re.compile(r"\d{4}\s*[\[(]?(?:E\.\s?C\.|EFY\b|Ethiopian (?:calendar|fiscal year))")


# ... and a month of another calendar (lexicon/calendar_months.txt) before a number
# ("Magh 21", "Asar 2083", "Farvardin 8, 1405"), or in a document that writes a year of
# another era ("2083 BS") or such a month before a number ("until Asoj", "by Asar end").
_OTHER_MONTHS = lexicon.words("calendar_months")
_OTHER_YEAR = re.compile(
    r"\d{4}\s*[\[(]?(?:" + "|".join(r"\.?\s?".join(e) + r"\.?" for e in sorted(_ERA_LETTERS)) + r")(?![\w])"
    r"(?:(?<=\.)|(?<=\w\w\w)|(?!\s+[a-z]))"  # (not "2019 EC officials": as calendars.py reads it)
)


_DOTS_AND_SPACES = re.compile(r"[.\s]")


def _calendar_word(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a word of a date of another calendar (_ERA_LETTERS)?"""
    name = text[start:end]
    if _DOTS_AND_SPACES.sub("", name) in _ERA_LETTERS:
        return bool(_YEAR_BEFORE.search(text, max(0, start - 8), start))
    if name in _ETHIOPIAN_MONTHS and (
        _NUMBER_AFTER.match(text, end) or _ETHIOPIAN_YEAR.search(text)
    ):
        return True  # (a word of both calendars, Tir, is tried as the other's too)
    if name in _ERA_NAMES:
        return bool(_NUMBER_AFTER.match(text, end) or _ERA_AFTER.match(text, end))
    return name in _OTHER_MONTHS and bool(
        _NUMBER_AFTER.match(text, end)
        or _NUMBER_BEFORE.search(text, max(0, start - 12), start)
        or _OTHER_YEAR.search(text)
        or _dated_by_months(text)
    )


# Japan's imperial eras (lexicon/era_names.txt), before a number or "era": "Reiwa 8",
# "the 21st year of the Heisei era".
_ERA_NAMES = lexicon.words("era_names")
_ERA_AFTER = re.compile(r"\s+era\b")
_NUMBER_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$")  # "10 Zulhijjah", "the 10th of Tevet"
# A month of another calendar before a number anywhere in the document: it dates by that
# calendar, and its lone month names are months ("by Asar end", after "on Magh 21").
_MONTH_AND_NUMBER = re.compile(r"\b(?:" + lexicon.alternation(_OTHER_MONTHS) + r"),?\s+\d")


@lru_cache(maxsize=256)
def _dated_by_months(text: str) -> bool:
    return _MONTH_AND_NUMBER.search(text) is not None


# A currency's code before an amount written as money is ("CHF 35 million", "USD
# 500,000", "EUR 2.5bn"; not "COP 27", "OPA 90", "NHS 111", a share: "CDU 23.8%").
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")
_AMOUNT_AFTER = re.compile(
    r"\s?\d{1,3}(?:[,.]\d+)*(?<=[,.]\d)(?:\s*(?:million|billion|trillion|bn|m)\b)?"
    r"(?![\d,.]*\s*(?:%|per\s?cent))"
    r"|\s?\d{1,3}\s*(?:million|billion|trillion|bn|m)\b"
)


def _in_address(text: str, start: int, end: int) -> bool:
    """Is the span part of a web address, a mail address or a path?"""
    if start and text[start - 1] in "/#@=_.":
        return True
    before = _ADDRESS_END.search(text[max(0, start - 300) : start][::-1])
    after = _ADDRESS_END.search(text, end, end + 300)
    left = start - (before.start() if before else min(start, 300))
    word = text[left : after.start() if after else len(text)]
    return bool(_ADDRESS.search(word))


# A nickname in double quotes inside a person's name: "Aaron “Ronnie” Chatterji",
# "James “Sandy” A. Winnefeld", "Juan “El Huevo” Gerardo Treviño Chávez".
_NICKNAMED = re.compile(  # (the capital first, then the look-behind: half the time)
    r"[A-Z](?<![\w’'.-][A-Z])[\w’'-]+(?: [A-Z]\.)* [“\"][A-Z][\w.’' -]{0,24}[”\"]"
    r"(?: [A-Z]\.)*(?: [A-Z][\w’'-]+){1,3}"
)
_QUOTED = re.compile(r" [“\"][^”\"]*[”\"]")
# A courtesy title and a name of one or two words: a person however tagged ("Dr Fukuda",
# "Mrs. Clinton", "Mallam Sule"): the courtesies of lexicon/honorifics.txt, "Dr" and
# "Prof"; "Hon" with its period only ("Hon Hai" is a company's name).
# Courtesies before a person's name (lexicon/honorifics.txt), "Dr" and "Prof" with them.
COURTESY_WORDS = lexicon.words("honorifics") | {"dr", "prof"}
# (a surname's particles too: "Ms de Vries", "Mr van den Heuvel")
_NAME_AFTER_COURTESY = (
    r"\s+(?:(?:van|von|de|der|den|di|du|da|dos|del|della|la|le)\s+){0,2}"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
)
# A given name, then a Gaelic surname's particle (grandson, daughter, son of) and the
# surname: "Colm Ó Gríofa", "Róisín Ní Mhurchú", "Síle Nic Giolla Easpaig", "Seán Mac
# Giolla Phádraig", which the tagger often takes for a body. A person's, however tagged
# ("Mac" not before a product's word: "Apple Mac Pro").
_GAELIC_NAME = re.compile(
    r"(?<![\w'’-])[A-ZÁÉÍÓÚ][a-záéíóú]+ (?:Ó|Ní|Nic|Uí|Mhic|Mac(?! (?:Pro|Mini|Studio|OS)\b)) "
    r"[A-ZÁÉÍÓÚ][a-záéíóú]+"
)
_HONORIFIC_NAME = re.compile(
    r"(?:Hon\.|(?:"
    + lexicon.alternation(w.capitalize() for w in COURTESY_WORDS - {"hon"} | {"lord", "lady"})
    + r")\.?)"
    + _NAME_AFTER_COURTESY
)


# ... and a plain courtesy before a name, a person's even tagged a place ("[Mr Okafor]
# was not related to ..."); "Lord" and "Lady" open places' names too ("Lord Howe Island").
_MISTER_NAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx)\.?" + _NAME_AFTER_COURTESY)


def _capitalised(word: str) -> str:
    """A title's word as written before a name: "Bishop", "Co-Facilitator"."""
    return "-".join(part.capitalize() for part in word.split("-"))


# A post of someone in office and one capitalised word, a surname however tagged:
# "[Councilmember Park] moved" (tagged a facility), "Senator Hill", "Mayor Lake",
# "[Bishop Kessler] wrote". Not a word that is a title, a role or a body's ("Secretary
# General", "Minister Council").
_SURNAMED_POSTS = (TITLES & OFFICES) | {
    "archbishop",
    "assemblyman",
    "assemblymember",
    "assemblywoman",
    "bishop",
    "cardinal",
    "coach",
    "congressman",
    "congresswoman",
    "councillor",
    "councilman",
    "councilmember",
    "councilwoman",
    "deacon",
    "imam",
    "judge",
    "justice",
    "monsignor",
    # (ranks of the ranks: "Private Thapa", "Corporal Hale", "Sergeant Diaz")
    "airman",
    "corporal",
    "private",
    "sergeant",
    "trooper",
    "pastor",
    "rabbi",
    "representative",
    "sheriff",
}
# (a rank in capitals too, as a service's own records write it: "CDR Okafor", "LTJG Bell")
_POST_SURNAME = re.compile(
    r"(?:"
    + lexicon.alternation(_capitalised(w) for w in _SURNAMED_POSTS)
    + r"|(?:"
    + lexicon.alternation(w.upper() for w in TITLES if w.isalpha() and len(w) > 2)
    + r")\.?)\s+([A-Z][a-z’'-]+)"
)
_COURTESY_OR_POST_BEFORE = re.compile(
    r"(?<![\w.])(?:"
    + lexicon.alternation(_capitalised(w) for w in _SURNAMED_POSTS | COURTESY_WORDS)
    + r")\.?\s+$"
)
# A role written as a common noun right before a name ("the Scottish health secretary,
# [Nicola Sturgeon]", "EU health commissioner [Androulla Vassiliou]"): a person's name,
# however tagged, when it is shaped like one (two or three capitalised words, no body's
# or place's word: "rig owner [Transocean Ltd]" stays a company), and the role is not
# one that bodies hold as well ("its continuing owner, [Southern Pine Plantations]").
_BODIES_ROLES = frozenset({"owner", "partner", "regulator", "investor", "player"})
# ... its portfolio after it too, in lower case, and a comma ("the White House chief of
# staff, [Rahm Emanuel]", "the secretary of state, [Antony Blinken]").
_ROLE_BEFORE = re.compile(
    r"(?<![\w-])(?:"
    + lexicon.alternation(ROLE_NOUNS - _BODIES_ROLES)
    + r")(?:,?\s+|\s+(?:of|for)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,2},\s+)$"
)
_NAME_WORD = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?")
_INITIAL_WORD = re.compile(r"[A-Z]\.")
# Words of no person's name: a body's, a place's, a role's, a function word.
_NO_PERSONS_WORDS = ORG_HEADS | BUSINESS_WORDS | PLACE_HEADS | GEO_HEADS | SMALL_WORDS | ROLE_NOUNS
_CHAIRED_BY = re.compile(r"\b(?:chaired|co-chaired|presided over)\s+by\s+$")
_FATE_BEFORE = re.compile(
    r"\b(?:" + lexicon.alternation(lexicon.words("fate_nouns")) + r")\s+of\s+$"
)


def _titled_in_span(name: str) -> bool:
    """Is the span a title (its words a title's, one of them a title or a post) and then
    a person's name of two or three name-shaped words, none a body's, a place's or a
    role's ("[District Magistrate Anjali Verma]", "[Secretary General Antonio
    Guterres]"; not "[Prince William Sound]", "[Queen Elizabeth Hospital]")?"""
    words = name.split()
    run = 0
    while run < len(words) and words[run].lower().rstrip(".") in _TITLE_RUN_WORDS:
        run += 1  # (not past a comma: "[Superintendent, Business Services]", a post)
    rest = words[run:]
    return (
        run > 0
        and any(w.lower().rstrip(".") in _TITLES_OR_POSTS for w in words[:run])
        and 2 <= len(rest) <= 4
        and len([w for w in rest if not _INITIAL_WORD.fullmatch(w)]) <= 3
        and all(_NAME_WORD.fullmatch(w) or _INITIAL_WORD.fullmatch(w) for w in rest[:-1])
        and _NAME_WORD.fullmatch(rest[-1]) is not None
        and {w.lower() for w in rest}.isdisjoint(_NO_PERSONS_WORDS)
    )


# (not the titles that open bodies' names too: "First Baptist Church", "General Public
# Utilities", "Dean Witter Reynolds", "Crown Prosecution Service")
_TITLES_OR_POSTS = (TITLES | OFFICES) - {"first", "second", "general", "prime", "dean", "crown"}
_TITLE_RUN_WORDS = TITLES | OFFICES | (TITLE_PHRASE - SMALL_WORDS - ROLE_NOUNS)


def _person_by_the_words_before(text: str, start: int, end: int) -> bool:
    """Do the words before the span say it is a person's name: a relative's noun
    before one name-shaped word; a role (not one bodies hold) before two or three, or
    what befalls a person ("the poisoning of [Alexei Navalny]"), or "chaired by" before
    two to four ("The committee is chaired by [Nii Armah Quaye Tetteh]": a country
    chairs a council too, but is tagged a place)?"""
    words = text[start:end].split()
    if len(words) == 1 and _NAME_WORD.fullmatch(words[0]):
        # "his mother, [Lesley], her partner": a relative named by a first name
        return kin_before(text, start)
    # (a surname's particle is no word of the count: "Leal's lawyer, [Henrique de Almeida]")
    words = words[:1] + [w for w in words[1:-1] if w not in _INNER_PARTICLES] + words[-1:]
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    lower = {w.lower() for w in words}
    if not lower.isdisjoint(_NO_PERSONS_WORDS):
        return False
    if _CHAIRED_BY.search(text, max(0, start - 30), start):
        return True
    return len(words) <= 3 and bool(
        _ROLE_BEFORE.search(text, max(0, start - 40), start)
        or _FATE_BEFORE.search(text, max(0, start - 30), start)
    )


# Particles inside a person's name ("Henrique de Almeida", "Maria das Graças Tourinho",
# "Ludwig van Beethoven").
_INNER_PARTICLES = frozenset(
    {"de", "da", "das", "do", "dos", "di", "du", "del", "van", "von", "der", "den", "bin", "ibn"}
)


HYPHENATED = re.compile(r"[A-Z][\w’']+(?:[-‑⁠]+[A-Z][\w’']+)+")
_ADMINISTRATION = re.compile(r" administration\b")
_ADDRESS_END = re.compile(r"[\s\[\]()<>\"'“”‘’]")
_ADDRESS = re.compile(r"://|www\.|\S/\S")
# draft's patterns around a person's name: a first name before it, an initial opening
# it, a possessive inside it.
_GIVEN_BEFORE = re.compile(r"([A-Z][a-z]+) $")
# A given name contracted as older records write it, right before a surname ("Jno.",
# "Wm.", "Chas."): an abbreviation (lexicon/abbreviations.txt) that stands for a given
# name (lexicon/nicknames.txt).
_CONTRACTED_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]{1,4})\. $")
CONTRACTED_NAMES = frozenset(NICKNAMES) & ABBREVIATIONS
_INITIAL = re.compile(r"[A-Z]\. ")
# An initial opening a name, with or without its dot, and initials right before it.
_OPENS_INITIAL = re.compile(r"[A-Z]\.?\s(?=[A-Z])")
_INITIALS_BEFORE = re.compile(r"(?<![\w.'’-])(?:[A-Z]\.?\s){1,2}$")
_INNER_POSSESSIVE = re.compile(r"['’]s\s")


def _acronyms_before_roles(document: Document, spans: Sequence[Span]) -> list[Span]:
    """ "WNBA player", "CIA director": an acronym naming the employer, which the pipeline
    often misses. Only before a lower-case role noun, so headings in capitals stay out."""
    out = []
    for match in _ACRONYM_ROLE.finditer(document.text):
        start, end = match.span(1)
        if match.group(2) not in ROLE_NOUNS or any(s.start < end and start < s.end for s in spans):
            continue
        sentence = document.sentence_at(start)
        if sentence is not None:
            out.append(Span(match.group(1), "ORG", sentence, start, end))
    return out


def _joined(spans: list[Span], text: str, joins: Callable[[Span, Span, str], bool]) -> list[Span]:
    """The spans, each joined to the one before it (one span, the first's label) where
    `joins` says the two are one name the pipeline split."""
    joined: list[Span] = []
    for span in spans:
        if joined and joins(joined[-1], span, text):
            last = joined[-1]
            joined[-1] = Span(
                text[last.start : span.end], last.label, last.sentence, last.start, span.end
            )
        else:
            joined.append(span)
    return joined


def _of_joins(last: Span, span: Span, text: str) -> bool:
    """ "the US Department" + "of the" + "Treasury" -> one span (spaCy splits these);
    "the U.S. Mission" + "to the" + "United Nations" too; "the Carmelite Monastery" + "of
    St." + "Joseph" (a saint's name, tagged a person's)."""
    between = text[last.end : span.start]
    if last.label in ("ORG", "FAC") and span.label in _SAINT_LABELS and _OF_SAINT.match(between):
        return True  # "the [Carmelite Monastery] of St. [Joseph]": the saint's, its name
    return (
        last.label in ("ORG", "GPE", "FAC", "LOC")
        and span.label in ("ORG", "GPE", "LOC")
        and (
            bool(_OF_JOIN.match(between))
            or (
                bool(_TO_JOIN.match(between))
                and span.label == "ORG"  # not "the Presidential Delegation to Honduras"
                and last.text.rpartition(" ")[2].lower() in _SENT_BODIES
            )
        )
    )


# A word in lower case that links no name's words ("française", "lutte"): none of a
# person's name.
_WORD_IN_LOWER_CASE = re.compile(
    r"(?<![\w’'-])(?!(?:" + lexicon.alternation(NAME_LINKS) + r")\b)[a-zà-ÿ][\w’'-]*"
)
# A person's name the tagger cut before a patronymic ("[Rosnah] binti Ismail", "[Ahmad
# Nordin] bin Ismail"), or after a title alone ("[Datuk Seri] Awang Hussin"): the name
# goes on over the particle and up to three capitalised words after it.
_PATRONYMIC_AFTER = re.compile(
    r" (?:bin|binti|bte|binte|ibni) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
)
_NAME_AFTER = re.compile(r" [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}")


def _names_gone_on(spans: Sequence[Span], text: str) -> list[Span]:
    """The spans, each person's name the tagger cut going on (_PATRONYMIC_AFTER,
    _NAME_AFTER), and the spans inside one so made whole dropped."""
    out: list[Span] = []
    gone_on = -1  # where the last name made whole ends
    for span in spans:
        if span.start < gone_on:
            continue  # "[Awang Hussin]" inside "Datuk Seri Awang Hussin"
        end = span.end
        if span.label == "PERSON":
            if all(w.lower().strip(".'’") in _TITLE_RUN_WORDS for w in span.text.split()):
                name = _NAME_AFTER.match(text, end)
                if name and not _SMALL_OR_TITLE & {w.lower() for w in name.group().split()}:
                    end = name.end()
            if patronymic := _PATRONYMIC_AFTER.match(text, end):
                end = patronymic.end()
        if end == span.end:
            out.append(span)
            continue
        out.append(Span(text[span.start : end], span.label, span.sentence, span.start, end))
        gone_on = end
    return out


_SMALL_OR_TITLE = SMALL_WORDS | TITLES


_FIRM_HEADS = BUSINESS_WORDS | ORG_HEADS  # (a firm's name may open with an honorific)
# Initials and a name: a person's, as no place is written ("P. Suryanarayana", "K. R.
# Srinivasan"); not a compass point's letter ("N. Korea", "S. Africa", "W. Virginia").
_INITIALLED = re.compile(r"((?:[A-DF-MO-RT-VX-Z]\.\s?)+)[A-Z][a-z]+(?:\s[A-Z][a-z]+)?")


def _initialled_name(name: str) -> bool:
    """Is the name initials and a name (_INITIALLED), the initials no place's letters
    ("D.C. Metro", "U.S. Virgin Islands", "L.A. County") and no word a body's or a place's?"""
    match = _INITIALLED.fullmatch(name)
    if match is None:
        return False
    letters = match.group(1).replace(".", "").replace(" ", "")
    if letters in STATE_CODES or letters in PLACE_LETTERS:
        return False
    return {w.lower() for w in name.split()[-2:]}.isdisjoint(_NO_PERSONS_WORDS)


def _titled_country(name: str) -> bool:
    """Is the name, opened by a title's word, a country's ("Sri Lanka", tagged a
    person; "Sri" is an honorific in India)? Its title's word is its own."""
    if name.partition(" ")[0].lower().rstrip(".") not in TITLES:
        return False  # (most names: no title)
    return a_country_name(name)


def _surname_after(text: str, end: int) -> bool:
    """Is the one capitalised word after a person's name, a building's or a place's
    noun ("[Ji-won] Park,"), written alone elsewhere in the document as someone's name:
    after a courtesy ("Ms Park"), or after a word in lower case and before a verb or a
    possessive ("after Park won", "but Park's is")? Then it is the person's surname, not
    a park's word (in_building)."""
    word = _ONE_CAPITAL_AFTER.match(text, end)
    if word is None:
        return False
    alone = re.compile(
        rf"(?:\b(?:{_COURTESIES})\.? |(?<=[a-z,] )){re.escape(word.group(1))}"
        rf"(?:['’]s\b| (?:{_VERBS_AFTER_A_NAME})\b)"
    )
    return alone.search(text) is not None


_ONE_CAPITAL_AFTER = re.compile(r" ([A-Z][a-z]+)(?![\w’'-]| [A-Z])")
_COURTESIES = "Mr|Ms|Mrs|Miss|Dr"
_VERBS_AFTER_A_NAME = (
    "said|says|told|added|had|has|was|is|won|lost|did|does|denied|denies|will|would"
)


# Māori's "o" (of) between two names of one: "Te Rūnanga o Ngāti Rangiwhero", "Te Pae o
# Rangi Marae", "Ngā Puna o Ōtūroa" (English writes no lone "o" between capitals).
_O_JOIN = re.compile(r"\s+o\s+|\s+")
_O_INSIDE = re.compile(r"\S\s+o\s+[A-ZĀĒĪŌŪ]")


def _o_joins(last: Span, span: Span, text: str) -> bool:
    """A name, Māori's "o" and a name after it, in one sentence, are one name the tagger
    split: "[Te Rūnanga] o [Ngāti Rangiwhero]", "[Te Pae o] [Rangi Marae]". The whole
    is what the first was tagged (a body, a place), a body where that is a person (no
    person's name has the "o")."""
    between = text[last.end : span.start]
    return (
        last.sentence == span.sentence
        and _O_JOIN.fullmatch(between) is not None
        and (between.strip() == "o" or last.text.endswith(" o"))
        and last.text[:1].isupper()
        and span.text[:1].isupper()
    )


def _people_join(last: Span, span: Span, text: str) -> bool:
    """Two spans tagged a person with one space between them, in one sentence, are one
    name the tagger cut ("[Alhaji Garba] [Yusuf Danjuma]", "[Samia Suluhu] [Hassan]"): no
    writer sets two people's names side by side without a comma or a word between. At
    most four words in all, each a name's (capitalised: not "James Heckman revew"), none
    but the first a title's, an office's or a role's ("Birmingham Dr Baker", "Pro
    Tempore Karen Keiser"; the title is stripped after), and no possessive ("Raymond
    James's Morris")."""
    return (
        last.label == span.label == "PERSON"
        and last.sentence == span.sentence
        and text[last.end : span.start] == " "
        and _name_words_only(text[last.start : span.end])
    )


# A word of a name cut in two ("Yusuf", "Suluhu", "G.", "Al-Thani"): capitalised, letters.
_CUT_NAME_WORD = re.compile(r"[A-Z](?:[\w-]*[^\W\d_])?\.?")
_NOT_A_NAMES_WORD = TITLE_PHRASE | OFFICES


def _name_words_only(name: str) -> bool:
    words = name.split()
    return (
        len(words) <= 4
        and all(_CUT_NAME_WORD.fullmatch(w) for w in words)
        and not any(w.rstrip(".").lower() in _NOT_A_NAMES_WORD for w in words[1:])
    )


def _is_fragment(name: str, label: str, vocabulary: Vocabulary, surname: bool = False) -> bool:
    """Is the span `name` (tagged `label`) a fragment rather than a name: a piece of a
    headline, a title, a law, a common word in capitals? Each step below is one group of
    rules; any of them is enough."""
    words = name.split()
    if not words or not any(c.isalpha() for c in name) or len(name) < 2:
        return True
    if _not_a_name(name, words, label, vocabulary):
        return True
    if (
        label == "PERSON"
        and len(words) > 1
        and not (surname and PARTICLED.fullmatch(name))  # "[Maître] de Souza": hers
        and _not_a_persons_name(name, words, vocabulary)
    ):
        return True
    if len(words) == 1:
        if (
            words[0].lower().rstrip(".'’") in TITLE_PHRASE_WORDS
            and not surname
            and not words[0].isupper()  # ("US", "U.S.": the country)
        ):
            return True  # "[Datuk Seri]" cut to "Seri": a title's word, no name
        return _not_a_lone_name(words[0].rstrip("."), vocabulary, surname)
    # "Vice President", "First Lady", "Acting Administrator": a title without a name.
    return words[-1].lower() not in ORG_HEADS and all(
        w.lower().strip(".") in TITLE_PHRASE for w in words
    )


# A surname's particle and the word after it: "al-Assad", "Al-Assad", "bin Laden", "van
# Gogh", "de Gaulle", "al-Qaeda" (a name in lower case: _not_a_name; alone, a surname
# looked up by its last word: surnames._particled). With a space, a particle other than
# "bin" and "ibn" only in lower case: "Al Gore", "Van Jones" are given names; not "el"
# ("el Congreso": a Spanish article).
PARTICLED = re.compile(
    r"(?:(?i:al|el|ad|ash)-|(?i:bin|ibn)[ -]|(?:al|van|von|zu|de|dela|delos|der|di|du|da|dos) "
    r"|[Vv][ao]n (?:der|den) |[Dd]e (?:la|le|los|las) "  # "von der Leyen", "de la Tour"
    r"|(?:d|dell|dall)['’])"  # "d'Aubigny", "dell'Orto": the particle elided
    r"([A-Z][\w'’]+(?:-[A-Z][\w'’]+)?)"
)


_WORD_BEFORE = re.compile(r"([A-Z][\w'’.-]*)\s+$")


def _cut_after_capital(text: str, start: int) -> bool:
    """Is a name opened by a particle in lower case ("al-Fitr") written right after a
    capitalised word that is no small word, title, demonym or possessive ("Eid
    al-Fitr"; not "The al-Qaeda group", "Judge de Alba", "Egypt's al-Ahram")?"""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1).lower().rstrip(".")
    if word.endswith(("'s", "’s")):
        return False  # "Egypt's al-Ahram": its owner, no part of its name
    return not (word in SMALL_WORDS or word in TITLE_PHRASE or word in DEMONYMS)


# The words that end a time zone's name written out (its letters are in
# lexicon/time_zones.txt): "Korea Standard Time", "British Summer Time".
_ZONE_ENDS = frozenset(
    {"standard time", "daylight time", "summer time", "mean time", "saving time", "universal time"}
)


# Authors as a paper's reference lists them, surname and initials ("Smith J, Okoro A",
# "Lindqvist E"): cited, not named in the story's text.
_AUTHORS = re.compile(r"[A-Z][\w'’-]+ [A-Z]{1,3}(?:,\s[A-Z][\w'’-]+ [A-Z]{1,3})*,?")


def _not_a_name(name: str, words: list[str], label: str, vocabulary: Vocabulary) -> bool:
    """Rules for any span: lower case, digits, an address, a headline, an acronym that
    is no entity, an illness, people described, a phrase, a law, a post."""
    numbered = _NUMBERED_BODY.fullmatch(name) and words[-1].lower() in ORG_HEADS
    if not name[0].isupper() and not PARTICLED.match(name) and not numbered:
        return True  # "al-Assad", "bin Laden" are names
    if name[-1] in "-‑":
        return True  # "Black-" of "Black- and Latino-owned": half of a compound word
    if any(c.isdigit() for c in name) and not (GROUP_OF.fullmatch(name) or numbered):
        return True  # "COVID-19", "Executive Order 14028", "H.R. 5376": not entities
        # (but "92nd Separate Mechanized Brigade", "5th Fleet": a body numbered so)
    if _GLUED.search(name):
        return True  # "PresidentBiden", "Plan.pdf", "Biden?src": an address or a hashtag
    if len(words) > 1 and any(w.lower() in HEADLINE_VERBS for w in words[1:]):
        return True  # "Biden Announces Presidential Delegation": a headline
    if label == "PERSON" and len(words) > 2 and words[-2] == "to":
        return True  # "Sarah Bloom Raskin to Serve": a headline
    party = _PARTY_STATE.fullmatch(name)
    if party and party.group(1).rstrip(".") in _STATES_WRITTEN:
        return True  # "D-Calif.": a legislator's party and state, no entity
    key = name.replace(".", "").lower()
    if key in NOT_ENTITIES or re.fullmatch(r"[IVXL]+", name.replace(".", "")):
        return True  # "II", a numeral ("Xi", "Li" are names)
    if len(words) > 1 and " ".join(words[-2:]).lower() in _ZONE_ENDS:
        return True  # "Korea Standard Time", "Greenwich Mean Time": a time zone
    if _AUTHORS.fullmatch(name) and (
        "," in name or (len(words[-1]) == 1 and not vocabulary.common(words[0]))
    ):
        return True  # "Smith J, Okoro A", "Lindqvist E": a paper's authors, as cited (not
        # a company and its legal form, "Volvo AB", nor a unit, "Troop C")
    if len(words) > 1 and words[-1].lower() in DEITIES and words[-2] != "of":
        return True  # "Lord God", "[Ezekiel God] gives": a deity's name ("Assemblies of God" is a body)
    if key in DEMONYMS or (key.endswith("s") and key[:-1] in DEMONYMS):
        return True  # "Ukrainian", "Americans": the people of a place, not the place
    if DISEASES & {part for w in words for part in w.lower().split("-")}:
        return True  # "Long COVID": an illness
    if len(words) > 1 and all(w.lower() in GENERIC for w in words):
        return True  # "Black Americans": people described, not an entity
    if any(
        w[0].islower()
        and w.split("-")[0] not in SMALL_WORDS
        and not _ELIDED_PARTICLE.match(w)
        and w != "o"  # Māori's "of": "Te Pae o Rangi Marae" (_o_joins)
        and not (w is words[-1] and w.replace(".", "") in LEGAL_FORMS)  # "Tesco plc"
        for w in words[1:]
    ):
        return True  # "Tribal communities": a phrase, not a name ("Saif al-Islam" is one)
    first, last = words[0].lower().strip(".,"), words[-1].lower().strip(".,")
    if first in OPENERS:
        return True  # "My Administration", "Dear Madam"
    if len(words) == 2 and last in ORG_HEADS and words[0].replace(".", "") == "US":
        return True  # "the U.S. Department [of ...]": cut short
    if first in ("operation", "operations") and len(words) > 1:
        return True  # "Operation Fly Formula": an operation, not a place
    if (
        len(words) > 1
        and last in DOCUMENT_HEADS
        # (not "Doris Day", "John Guide": a given name and a surname, no plural)
        and not (label == "PERSON" and first in GIVEN_NAMES and not last.endswith("s"))
        and not body_of(words)
        and name not in vocabulary.employers  # "WFP's country director": a body
        and not known_body(name)  # "the United Nations World Food Programme"
    ):
        return True  # laws, plans, orders, awards: not a person, organization or place
    if (
        len(words) > 2
        and words[1] in ("of", "for", "to")
        and (first in TITLES or first in ROLE_NOUNS)
    ):
        return True  # "Secretary of State", "Member of the Senior Foreign Service"
    if (
        len(words) > 1
        and last.removesuffix("s") in OFFICES
        and not (first in ORG_HEADS and words[1] in ("of", "on", "for"))
    ):
        return True  # "SBA Regional Administrator", "National Co-Chair": a post, not a body
    if label != "PERSON" and first not in ORG_HEADS and _post_for(words):
        return True  # "Federal Coordinating Officer for [Federal recovery operations]"
    if len(words) > 2 and first in _DEGREE_OPENERS and words[1] in ("of", "in"):
        return True  # "Bachelor of Arts", "Master of Public Administration": a degree
    # "New York University School of Law Dean Trevor Morrison": two names run together.
    return label != "PERSON" and _titled_name_inside(words)


# The words opening a degree's name before "of" or "in" ("Bachelor of Arts", "Master's
# in Public Health"; "Doctor of Philosophy" is a title's, "Juris Doctor" a title after a
# word): what someone holds, no body.
_DEGREE_OPENERS = frozenset(
    {"bachelor", "bachelors", "bachelor's", "bachelor’s", "master", "masters", "master's", "master’s"}
)


def _post_for(words: list[str]) -> bool:
    """Is an office's word followed by "for", "of" or "to" in a name that no body's word
    opens: a post and what it is for ("Federal Coordinating Officer for Federal recovery
    operations", "Special Envoy for Climate"), not "Office of the Director of National
    Intelligence"?"""
    return any(
        words[at + 1] in ("for", "of", "to") and words[at].lower() in OFFICES
        for at in range(1, len(words) - 1)
    )


# The instruments a body's name may open a law's name with ("Department of Defense
# Appropriations Act"): such a name stays a law's.
_LAWS = frozenset({"act", "acts", "law", "laws", "bill", "order", "resolution", "treaty"})


def body_of(words: list[str]) -> bool:
    """A body's name, though it ends in a document's head word: an organization's head
    and "of" open it, and the word ends the domains it names, after "and" ("Office of
    Management and Budget"); not a programme or an award of a body ("Department of
    Labor's Good Jobs Initiative", "University of Iowa Leadership Award")."""
    return (
        len(words) > 3
        and words[0].lower() in ORG_HEADS
        and words[1] == "of"
        and words[-2] == "and"
        and words[-1].lower() not in _LAWS
        and not any(w.endswith(("'s", "’s")) for w in words)
    )


# A legislator's party and state after the name ("Sen. Barbara Boxer, D-Calif.", "R-Texas",
# "(D-NY)"): the state written as an AP abbreviation, a postal code or in full (read from
# the lexicon here: countries.py, which holds STATE_ABBREVIATIONS, imports this module).
_PARTY_STATE = re.compile(r"[DRI]-([A-Z][\w.]*(?: [A-Z][\w.]*)?)")
_STATES_WRITTEN = (
    frozenset(lexicon.pairs("state_abbreviations")) | STATE_CODES | frozenset(STATE_NAMES.values())
)
# An elided particle bound to a capitalised word: "Côte d’Ivoire", "Giscard d’Estaing".
_ELIDED_PARTICLE = re.compile(r"[dl][’'][A-ZÀ-Ý]")
_ROMAN = re.compile(r"I{2,3}|IV|VI{1,3}|IX")  # a numeral that ends a name ("John II")
# A regnal numeral of two letters or more ("Elizabeth II", "Leo XIV", "John XXIII").
_REGNAL = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")


def _named_like_a_title(words: list[str], vocabulary: Vocabulary) -> bool:
    """Is a span ending with a title's or a role's word a person's name all the same, the
    word a surname ("Howard Dean", "Martin Luther King", "Barbara Boxer", "Hun Sen"):
    two or three words, the last of three letters or more ("Birmingham Dr"); a known
    given name and maybe an initial before it ("Jennifer D. Bishop": a title is written
    before a name, not after one); else the last word one the corpus does not write in
    lower case a third as often as capitalised ("Novartis Chief"), the others no title's,
    role's, modifier's, people's, small word or form of address ("Madam Speaker",
    "Catholic Archbishop") and never written in lower case ("Merit Badge Counselor",
    "Majority Leader")?"""
    last = words[-1].rstrip(".,")
    if not 2 <= len(words) <= 3 or len(last) < 3:
        return False  # not "Birmingham Dr"
    if words[0].lower() in GIVEN_NAMES and all(_MIDDLE.fullmatch(w) for w in words[1:-1]):
        return True  # "Jennifer D. Bishop"
    if vocabulary.common(last):
        return False  # not "Novartis Chief": "chief" a common word
    for word in words[:-1]:
        bare = word.lower().strip(".,")
        if (
            not word[:1].isupper()
            or not bare.isalpha()
            or bare in _TITLE_OR_ROLE_WORDS
            or vocabulary.lower[bare] > 0
        ):
            return False
    return True


_TITLE_OR_ROLE_WORDS = (
    TITLES | ROLE_NOUNS | TITLE_PHRASE | MODIFIERS | SMALL_WORDS | NOT_ENTITIES | DEMONYMS
)


# The particles that open a surname and nothing else: "de", "da", "du" are a place's
# "of" too ("Maison d'arrêt centrale [de Ndalé]").


def _not_a_persons_name(name: str, words: list[str], vocabulary: Vocabulary) -> bool:
    """Rules for a span of two words or more tagged PERSON: cut short, a title or a
    role, common words, an acronym at the end."""
    first, last = words[0].lower().strip(".,"), words[-1].lower().strip(".,")
    if last in BUSINESS_WORDS:
        return False  # "Fitch Ratings", "Anadarko Petroleum": a company (_vote), kept
    if last.replace(".", "") in LEGAL_FORMS and (
        words[-1].isupper() or words[-1].endswith(".") or len(last) >= 3
    ):
        return False  # "Owerri City FC", "Hornbeck Offshore LLC": a company's form, kept
    if re.fullmatch(r"[A-Z]\.?", words[-1]):
        return True  # "George A." cut short
    plural = last.removesuffix("s")
    if len(words[0]) == 1 and (words[0] == "Q" or not words[0].isupper() or len(words) > 3):
        return True  # "Q John" in a transcript (not "R Kulkarni", an initial, as scores write)
    if _ROMAN.fullmatch(words[0]):
        return True  # "II Tony's" (Il Tony's, a restaurant): a numeral ends a name ("John II")
    if len(words) == 2 and "." in words[0] and words[0].replace(".", "") in STATE_CODES:
        return True  # "D.C. Exxon" after "Washington,": a place, then a name
    titled = last in TITLES or last in ROLE_NOUNS or plural in ROLE_NOUNS
    surnamed = titled and _named_like_a_title(words, vocabulary)  # "Howard Dean"
    if (last in TITLES or last in ROLE_NOUNS) and not surnamed:
        return True  # "Acting Administrator", "Merit Badge Counselor": no name
    if first in DOCUMENT_HEADS and first not in GIVEN_NAMES:
        return True  # "Bill Reilly" is a name: "bill" is a given name too
    if last in GENERIC or plural in GENERIC or (plural in ROLE_NOUNS and not surnamed):
        return True  # "Principal Officer", "Merit Badge Counselor", "Order Promoting"
    if sum(not w.islower() for w in words) > 5 or (  # ("Jorge Luis de la Fuente Ibarra")
        vocabulary.common(words[0]) and vocabulary.common(words[-1])
    ):
        return True  # "Needy Families", "Historic Support"
    if (
        words[-1].isupper()
        and not name.isupper()
        and len(words[-1].strip(".")) > 1
        and not _REGNAL.fullmatch(words[-1])  # "Leo XIV": a name
    ):
        return True  # "Ryan White HIV [Program]", "Trustworthy AI": not a surname
    if (
        len(words) == 2
        and len(first) > 1  # (an initial: "A Kulkarni")
        and first not in GIVEN_NAMES
        and first not in _GERMANIC_PARTICLES  # ("zu Ebersberg": a surname, not "de Ndalé")
        and vocabulary.lower[first] >= 10 * max(1, vocabulary.capital[first])
    ):
        return True  # "Read Obama's lips": a verb capitalised to start a sentence
    if first.endswith("ly") and vocabulary.lower[first] > 0 and not vocabulary.capital[first]:
        return True  # "Luckily Edgar": an adverb opening a sentence ("Kelly" is not in lower case)
    if vocabulary.speakers[last] >= 2:
        return False  # "Kent Wells": "Wells said" too, a surname however common "wells" is
    if (
        len(words) <= 3
        and not any(len(w.rstrip(".")) == 1 for w in words)
        and vocabulary.lower[last] >= 10 * max(1, vocabulary.capital[last])
    ):
        # "Seattle Children", "Syracuse Build", "Becerra Authorized": a surname is
        # hardly ever a word the corpus writes in lower case ten times as often.
        # (With a middle initial it is a name: "Robert O. Work", "Andrew J. Read".)
        return True
    # "Kootenai Tribes", "Principal Officer"
    return vocabulary.common(words[-1]) and (
        last.endswith("s")
        or (last in ROLE_NOUNS and not surnamed)
        or last in GENERIC
        or last in DOCUMENT_HEADS
    )


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def _not_a_lone_name(word: str, vocabulary: Vocabulary, surname: bool = False) -> bool:
    """Rules for a span of one word (without a final period): an abbreviation, a title,
    a month, a post, a reference back, a common word in capitals (but for a `surname`
    of someone the document names: Vocabulary.fragment)."""
    lower = word.lower()
    if lower in CONTRACTED_NAMES and word.isupper():
        return False  # "GEO news" (Geo TV), an acronym: no "Geo." (George) cut short
    # (an acronym the corpus defines is no abbreviation's or title's letters: "the SFC
    # said", after "Securities and Futures Commission (SFC)", no sergeant first class)
    defined = word in vocabulary.acronyms
    if lower in GENERIC or (
        not defined and (lower in ABBREVIATIONS or (lower in TITLES and not surname))
    ):
        return True  # ("Bishop also serves", after Jennifer D. Bishop: her surname)
    if word in MONTHS and word != "May":  # (Theresa May)
        return True
    if _PLURAL_ACRONYM.fullmatch(word):
        return True  # "MPs", "LEAs", "UAVs": a kind's plural, no one entity
    if lower.removesuffix("s") in OFFICES:
        return True  # "Governors", "Principal"
    if lower in DOCUMENT_HEADS or (lower in ROLE_NOUNS and not surname):
        return True  # "the Plan", "the Chair": a reference back, not a name
    if not surname and (
        lower in PLACE_HEADS or (lower in ORG_HEADS and lower not in ("army", "navy"))
    ):
        return True  # "the Park", "the Council" ("Park" beside "Park Min-jun" is a name)
    # A word in capitals of six letters or more that the corpus writes in lower case is
    # a headline's word shouted ("DECLARES", "INFRASTRUCTURE"), no acronym.
    acronym = (
        word.replace(".", "").isupper()
        and len(word) > 1
        and (len(word) < 6 or word in KNOWN_ACRONYMS or not vocabulary.lower[lower])
    )
    # A capitalised common word: the corpus writes it in lower case at least as often
    # as capitalised inside a sentence ("Offered"), unlike "Turkey" or "Congress".
    # A real lone surname dropped here is found again from its full name.
    return not acronym and not surname and vocabulary.common(word)


_POSTS = OFFICES | lexicon.words("post_words")
_TITLES_OFFICES = TITLES | OFFICES


def _titled_name_inside(words: list[str]) -> bool:
    """An organization's name followed by a post and a person's name: two names run
    together. ("Office of the Vice President", "Special Envoy for ..." are names.)"""
    for k in range(1, len(words) - 1):
        if words[k].lower().rstrip(".") not in _POSTS:  # not "General", "Justice"
            continue
        rest = [w.lower().strip(".,") for w in words[k + 1 :]]
        if rest[0] in _TITLES_OFFICES or any(w in SMALL_WORDS for w in rest):
            continue
        if all(w[:1].isupper() for w in words[k + 1 :]) and not any(
            w in ORG_HEADS or w in PLACE_HEADS or w in DOCUMENT_HEADS for w in rest
        ):
            return True
    return False


_AND_OR = re.compile(r",?\s+(?:and|or)\s+|,\s+")


def _coordinated(found: list[Found], text: str) -> None:
    """ "ENI and Repsol": a lone word tagged PERSON beside an organization is one too;
    beside a product ("the antivirals Tamiflu and Relenza"), a product: the words that
    say what the first is say it of the list."""
    for a, b in itertools.pairwise(found):
        if a.sentence != b.sentence or not _AND_OR.fullmatch(text, a.end, b.start):
            continue
        for one, other in ((a, b), (b, a)):
            if one.label == "PERSON" and " " not in one.text and one.vote != "thing":
                if other.vote == "organization":
                    one.vote, one.weight = "organization", 1.5
                elif other.vote == "thing" and one.vote == "person":
                    one.vote, one.weight = "thing", 1.0


# --- grouping ---------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The comparison key of a name: folded, no dots, "Department of X" = "X Department",
    "FL" = "Florida", "United Nations X" = "UN X"."""
    if name in STATE_NAMES:
        name = STATE_NAMES[name]
    elif GROUP_OF.fullmatch(name):
        name = name.replace("-", "")  # "G-20" is the G20
    elif (group := _GROUP_OF_WORDS.fullmatch(name)) and (
        size := _GROUP_SIZES.get(group.group(1).lower(), group.group(1))
    ).isdigit():
        name = f"G{size}"  # "Group of Seven" is the G7 (not a "Group of Friends")
    key = latin_lookalikes(fold(name)).replace("’", "'")  # "Niinistӧ" (Cyrillic ӧ)
    # (each step only where its words are: most names have none of them, and the steps
    # ran 10 µs a name, 58,000 names on whitehouse-2022)
    if "." in key:
        key = _SPACED_INITIAL.sub(r"\1.", key)  # "U. S." and "U. S" are "U.S."
        key = _DOTS.sub("", key)
    key = _SPACES.sub(" ", key).strip()
    if key.startswith(("a ", "an ")) and key.count(" ") >= 2:
        key = key.partition(" ")[2]  # "[A World Health Organization] spokesman said"
    key = key.replace(" & ", " and ")  # "Health & Human Services"
    if "," in key:
        key = _COMMA_SUFFIX.sub(r" \1", key)  # "Joseph R. Biden, Jr." is "Joseph R. Biden Jr."
    if key.startswith(("st ", "mt ", "ft ")):
        key = _SAINT.sub(_saint_in_full, key)  # "St. Louis" is Saint Louis, "Mt." Mount
    key = _american(key)  # "World Health Organisation" is the World Health Organization
    if "america" in key:
        key = _AMERICA.sub("united states", key)
    if "united states " in key:
        key = _UNITED_STATES_BODY.sub("us ", key)  # "United States Army"
    if key.startswith(_HOME_QUALIFIERS):
        key = _HOME_BEFORE_NAME.sub("", key)
    if " of " in key:
        key = _DEPARTMENT_OF.sub(_portfolio_first, key)
    if "united nations " in key:
        key = _UNITED_NATIONS_BODY.sub("un ", key)  # "U.N. Security Council"
    return key


# name_key's steps, compiled once (it runs for every distinct name).
# "Group of Seven", "Group of 20": the names the G7 and the G20 stand for (number_words
# is two to twelve, in order).
_GROUP_SIZES = dict(zip(lexicon.ordered("number_words"), map(str, range(2, 13)), strict=True))
_GROUP_SIZES["twenty"] = "20"
_GROUP_OF_WORDS = re.compile(r"(?:[Tt]he )?Group of (\d{1,2}|[A-Za-z]+)")
_SPACED_INITIAL = re.compile(r"\b(\w)\. (?=\w(?:\.|$))")
_DOTS = re.compile(r"(?<=\w)\.(?=\w)|\.")
_SPACES = re.compile(r"[\s\-–—]+")
_COMMA_SUFFIX = re.compile(r", (" + "|".join(sorted(SUFFIXES)) + r")$")
# A name opening with Saint, Mount or Fort written short ("St. Louis", "Mt. Vernon").
_SAINT = re.compile(r"^(st|mt|ft) (?=\w)")
_IN_FULL = {"st": "saint ", "mt": "mount ", "ft": "fort "}


def _saint_in_full(match: re.Match[str]) -> str:
    return _IN_FULL[match.group(1)]


_AMERICA = re.compile(r"^(?:the )?united states of america$|^america$")
_UNITED_STATES_BODY = re.compile(r"^(?:the )?united states (?!of )")
_HOME_BEFORE_NAME = re.compile(
    r"^(?:the )?(?:us|united states|uk|united kingdom) (?!of )(?=\w+ \w+)"
)
# (the home countries of the bodies a corpus in English names: "UK Department of
# Health" is the Department of Health, as "US Coast Guard" is the Coast Guard)
_HOME_QUALIFIERS = tuple(
    f"{the}{country} "
    for the in ("", "the ")
    for country in ("us", "united states", "uk", "united kingdom")
)
# "Department of X" (and "Departments of X, Y and Z", a list's first) is "X Department".
_DEPARTMENT_OF = re.compile(
    r"^(department|ministry)s? of (?:the )?(.+)$|^ministries of (?:the )?(.+)$"
)


def _portfolio_first(match: re.Match[str]) -> str:
    if match.group(3) is not None:
        return f"{match.group(3)} ministry"
    return f"{match.group(2)} {match.group(1)}"


_UNITED_NATIONS_BODY = re.compile(r"^(?:the )?united nations (?=\w)")


_BRITISH = lexicon.pairs("spellings")
_ISATION = re.compile(r"(?<=\w)isation(s?)\b")
# ... and the words of bodies' names written short, in full (lexicon/word_abbreviations.txt)
_SHORT_WORDS = lexicon.pairs("word_abbreviations")
_IN_FULL_WORDS = _BRITISH | _SHORT_WORDS


def written_short(name: str) -> bool:
    """Does the name write a word short that names are read with in full ("Dept of
    Health": lexicon/word_abbreviations.txt)?"""
    return any(w.lower().rstrip(".") in _SHORT_WORDS for w in name.split())


def _american(key: str) -> str:
    """A name key with British spellings folded to American ones (lexicon/spellings.txt
    and "-isation") and its words written short in full ("dept" -> "department"), so
    that one body written both ways is one name."""
    if "isation" in key:
        key = _ISATION.sub(r"ization\1", key)
    if any(w in _IN_FULL_WORDS for w in key.split()):
        key = " ".join(_IN_FULL_WORDS.get(w, w) for w in key.split())
    return key


# "EU": European Union, "CDC": Centers for Disease Control and Prevention (the name
# keys of each acronym's bodies; lexicon/known_acronyms.txt).
KNOWN_ACRONYMS = {
    acronym: tuple(name_key(name.strip()) for name in names.split("|"))
    for acronym, names in lexicon.pairs("known_acronyms").items()
}
# ... those of its bodies whose names end in a document's head word ("world food
# programme").
_KNOWN_BODIES = frozenset(
    key
    for keys in KNOWN_ACRONYMS.values()
    for key in keys
    if key.rpartition(" ")[2] in DOCUMENT_HEADS
)


def known_body(name: str) -> bool:
    """Is `name` a body's that lexicon/known_acronyms.txt lists, though its last word is a
    document's ("World Food Programme", "the United Nations Development Programme")?"""
    key = name_key(name)
    return any(key == body or key.endswith(" " + body) for body in _KNOWN_BODIES)
