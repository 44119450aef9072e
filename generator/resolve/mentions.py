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
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..infra.memo import Memo, made_from, memoised
from ..ingest.text import ABBREVIATIONS, fold
from ..model import Document, Span
from .roles import ROLE_NOUNS

LABEL_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "PRODUCT": None,  # spaCy's PRODUCT is mostly a mis-tagged surname ("Carstens")
}
# A type vote from a span used as a modifier ("Maduro's government", "the Trump
# administration") says little about what the name itself is.
WEAK = 0.3
STRONG = 2.0
_MODIFIED_BY = re.compile(
    r"^(?:['’]s?\s+)?(?:-?\s*(?:led|era|backed|run)\b|\s*(?:government|regime|administration|"
    r"officials|allies|camp|team|presidency|campaign)\b)",
    re.IGNORECASE,
)
PLACE_HEADS = frozenset(
    "embassy prison jail airport palace square park bridge hospital base street avenue nw ne "
    "sw se "
    "building station port harbor harbour island islands river lake mountain valley".split()
)
# Last words of the names of regions and waters (alone, "Pacific" is a name itself).
GEO_HEADS = frozenset(
    "pacific atlantic arctic ocean sea gulf coast peninsula strait basin region county "
    "desert".split()
)
OCEANS = frozenset("pacific atlantic arctic".split())  # "Digicel Pacific": a company
ORG_HEADS = frozenset(
    "department ministry council agency unit committee commission corporation company "
    "inc bank university party court administration office service association institute "
    "fund forces corps army navy board bureau authority foundation group network times "
    "post press news organization organisation union alliance league school college "
    "museum center centre library tribes tribe nation nations forum caucus coalition "
    "consortium partnership collective cooperative society federation centers centres "
    "institutes force campaign".split()
)
EVENT_HEADS = frozenset("summit conference games olympics war election elections".split())
# Titles in the languages of translated statements, with the English title they mean
# ("Presidente Biden"); "Governo Biden" is Biden's government, his name used as a modifier.
FOREIGN_TITLES = {
    "presidente": "president",
    "presidenta": "president",
    "président": "president",
    "présidente": "president",
    "präsident": "president",
    "primer": "prime",
    "primeiro": "prime",
    "premier": "prime",
    "ministro": "minister",
    "ministra": "minister",
    "ministre": "minister",
    "secretario": "secretary",
    "secretaria": "secretary",
    "secretário": "secretary",
    "señor": "mr",
    "señora": "mrs",
    "senhor": "mr",
    "senhora": "mrs",
    "monsieur": "mr",
    "madame": "mrs",
    "doctor": "dr",
    "doctora": "dr",
    "governo": "government",
    "gobierno": "government",
    "gouvernement": "government",
    "regierung": "government",
}
TITLES = frozenset(
    "mr mrs ms dr president senator sen secretary ambassador amb amba gov governor rep "
    "representative minister prime general gen colonel col captain capt judge justice "
    "vice first lady sir dame lord king queen prince princess pope mayor chancellor "
    "speaker leader sheikh plenipotentiary extraordinary member dean emeritus cpl sgt pfc "
    "lt maj adm cmdr spc pvt ssgt msgt".split()
) | frozenset(FOREIGN_TITLES)
# US postal codes: places, whatever the pipeline says, and never an acronym to expand.
STATE_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split()
)
STATE_NAMES = {
    "AL": "Alabama",
    "AK": "Alaska",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "DC": "District of Columbia",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawaii",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
    "PR": "Puerto Rico",
}
assert set(STATE_NAMES) == STATE_CODES
# Posts held by people: a name ending in one is a post, not an organization.
OFFICES = frozenset(
    "administrator advisor adviser officer coordinator chair co-chair chairman chairwoman "
    "director secretary commissioner counselor counsel spokesperson liaison deputy "
    "assistant manager controller comptroller inspector ambassador envoy president senator "
    "governor mayor minister principal designee nominee appointee supervisor".split()
)
# Verbs of press-release headlines written in title case ("Biden Announces Presidential
# Delegation", "Biden Touts Historic Gun ..."): a name does not hold one of these forms.
_HEADLINE_VERBS = (
    "announce highlight tout set take sign nominate activate implement approve launch "
    "release deliver host meet celebrate unveil urge visit applaud welcome appoint declare "
    "extend expand travel discuss speak hold join convene commemorate condemn congratulate "
    "invest lead outline proclaim raise recognize reaffirm sanction send share tap thank "
    "underscore deploy direct encourage honor honour mobilize observe participate propose "
    "provide push strengthen support deliver designate finalize issue lift make"
).split()
HEADLINE_VERBS = frozenset(
    form
    for verb in _HEADLINE_VERBS
    for form in (
        verb + "s",
        verb + "es",
        verb + "d" if verb.endswith("e") else verb + "ed",
        verb[:-1] + "ies" if verb.endswith("y") else verb + "s",
    )
) | frozenset("takes took sets makes made meets met holds held speaks spoke led sent".split())
# Verbs that are also common nouns in names ("Support Services", "Lead Agency").
HEADLINE_VERBS -= frozenset("leads supports issues holds".split())
MONTHS = frozenset(
    "January February March April May June July August September October November December".split()
)
DISEASES = frozenset("covid coronavirus omicron monkeypox mpox ebola polio".split())
OPENERS = frozenset("my our your his her their its this that these those dear".split())
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Single words that name a kind of thing, not a thing ("the Administration").
GENERIC = frozenset(
    "administration government department agency office committee council president "
    "secretary state states nation federal national congressional act program fact sheet "
    "vice senator governor ambassador commission tribes tribe veterans latino latina latinx "
    "latinos hispanic black asian native indigenous african american americans arts safer "
    "tribal division district city county consular fellows fellow associate presidential "
    "eastern western northern southern north south east west white central "
    "cabinet".split()
)
SMALL_WORDS = frozenset(
    "of the and for on in & to at de la del los las van von der den du da di le bin al y e".split()
)
# Words of a title without a name ("Acting Administrator", "U.S. Consul General").
TITLE_PHRASE = (
    TITLES
    | ROLE_NOUNS
    | SMALL_WORDS
    | frozenset(
        "acting deputy senior chief national security general consul counsel principal "
        "special assistant associate executive us u.s vice first presidential".split()
    )
)
# Names of documents, laws and occasions rather than of people, organizations or places.
DOCUMENT_HEADS = frozenset(
    "act acts law laws order plan bill program programme initiative strategy agenda "
    "declaration rule award awards prize day week month year summit conference games "
    "olympics treaty accord accords agreement framework report budget amendment "
    "statement proclamation memorandum roadmap grant grants credit degree vaccine status "
    "address apprenticeship apprenticeships".split()
)
# Acronyms and degrees that are not entities.
NOT_ENTITIES = frozenset(
    "ai stem eo covid gdp ceo lgbtq lgbtqi hiv aids ppe esg ev evs dei it tv pm am id ok "
    "uv ba bs ma ms jd phd md mba llm llb mpa mph edd dds rn esq cv faq q&a usd sotu "
    "laughs laughter applause crosstalk inaudible mbps africans europeans asians easter "
    "christmas thanksgiving hanukkah ramadan eid diwali juneteenth passover ceo coo cfo cto "
    "cio ciso cmo cdo".split()
) | {"state of the union"}
NUMBER_WORDS = "two three four five six seven eight nine ten eleven twelve"
_GROUP_NUMBER = re.compile(
    rf"^ (\d{{1,2}}|(?i:{'|'.join(NUMBER_WORDS.split())}))(?![\w%+-])(?!\s*(?:%|percent|million|billion))"
)
_CAPITAL_NUMBERS = "|".join(w.capitalize() for w in NUMBER_WORDS.split())
_ACRONYM_ROLE = re.compile(r"(?<![\w.-])([A-Z]{2,6})\s+([a-z]+)\b")
GROUP_NAME = re.compile(
    rf"(?<![\w-])((?:[A-Z][\w&’'.]* ){{1,3}})(\d{{1,2}}|{_CAPITAL_NUMBERS})(?![\w%+-])"
)
CAPITAL = re.compile(r"(?<![\w&.-])[A-Z]")
_OF_JOIN = re.compile(r"^\s+of\s+(?:the\s+)?$")
_OF_BEFORE = re.compile(r"([A-Z][a-z]+)\s+of\s+(?:the\s+)?$")
STATED_ALIAS = re.compile(
    r",?\s*(?:also known as|better known as|known as|a\.k\.a\.?|aka|nicknamed|dubbed)\s+"
    r"[\"“‘']([^\"”’']{2,40})[\"”’']"
)
_MID_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][\w’'-]*")
# A title or common word glued to a name, a file name, a query string, a slash.
_GLUED = re.compile(
    r"(?:President|Vice|Lady|Secretary|Senator|Governor)[A-Z]|[?=/@#_\\]|"
    r"\.(?:pdf|html?|aspx?|php|docx?|xlsx?|jpe?g|png|gov|com|org)\b"
)
# A word in running text: not part of a web or mail address ("michigan.gov").
_WORD = re.compile(r"(?<![\w./@:-])[A-Za-zÀ-ÖØ-öø-ÿ][\w’'-]*(?![\w@/]|\.[a-z])")


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


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """How the corpus writes each word: lower case, or capitalised inside a sentence."""

    lower: Counter[str]
    capital: Counter[str]  # keyed by the lower-case form
    # _is_fragment's answers: a name is tested once per build, not at every mention.
    _fragments: dict[tuple[str, str], bool] = field(default_factory=dict, compare=False)

    def fragment(self, name: str, label: str) -> bool:
        """Is the span `name` (tagged `label`) not a name at all? (See _is_fragment.)"""
        answer = self._fragments.get((name, label))
        if answer is None:
            answer = self._fragments[(name, label)] = _is_fragment(name, label, self)
        return answer

    def common(self, word: str) -> bool:
        """A common word rather than a name: written in lower case at least a third as
        often as capitalised inside a sentence ("Offered", "Division"; not "Turkey")."""
        key = word.lower()
        return self.lower[key] > 0 and self.lower[key] * 3 >= self.capital[key]


def vocabulary_of(documents: Sequence[Document], memo: Memo | None = None) -> Vocabulary:
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for document in documents:
        text = document.text
        own_lower, own_capital = memoised(memo, "vocabulary", text, _words_of, text)
        lower.update(own_lower)
        capital.update(own_capital)
    return Vocabulary(lower, capital)


def _words_of(text: str) -> tuple[Counter[str], Counter[str]]:
    """A text's lower-case words, and its capitalised words inside sentences (folded)."""
    lower = Counter(w for w in _WORD.findall(text) if w[0].islower())
    capital = Counter(w.lower() for w in _MID_CAPITAL.findall(text))
    return lower, capital


def clean_spans(
    index: int,
    document: Document,
    spans: Sequence[Span],
    vocabulary: Vocabulary,
    memo: Memo | None = None,
) -> list[Found]:
    """The document's candidate mentions: spans trimmed, fragments and events dropped.

    The trimming depends on the document alone (remembered with `memo`); what is a
    fragment depends on the corpus' vocabulary too, so it is decided on every build."""
    drafts = made_from(memo, "drafts", document.id, (document, spans), _drafts, document, spans)
    out = [
        Found(index, d.text, d.label, d.sentence, d.start, d.end, d.weight, d.vote)
        for d in drafts
        if d.test is None or not vocabulary.fragment(d.test, d.label)
    ]
    _coordinated(out, document.text)
    return out


@dataclass(frozen=True, slots=True)
class _Draft:
    """A trimmed span, and the name to test as a fragment (None: kept as it is)."""

    text: str
    label: str
    sentence: int
    start: int
    end: int
    weight: float
    vote: str | None
    test: str | None


def _drafts(document: Document, spans: Sequence[Span]) -> tuple[_Draft, ...]:
    text = document.text
    kept = [s for s in spans if s.label in LABEL_TYPES]
    kept = _join_of(kept, text)
    kept.extend(_acronyms_before_roles(document, spans))
    kept.sort(key=lambda s: (s.start, s.end))
    out: list[_Draft] = []
    for span in kept:
        start, end = _trim(text, span.start, span.end)
        if end <= start:
            continue
        if span.label == "PERSON":
            start, end = _strip_titles(text, start, end)
            given = re.search(r"([A-Z][a-z]+) $", text[max(0, start - 30) : start])
            if (
                given
                and re.match(r"[A-Z]\. ", text[start:end])
                and given.group(1).lower() not in TITLES
            ):
                start -= len(given.group(0))  # "Antony [J. Blinken]": the first name too
            inner = re.search(r"['’]s\s", text[start:end])
            owned = text[start:end].split()[-1].lower()
            if inner and owned not in ORG_HEADS and owned not in PLACE_HEADS:
                end = start + inner.start()  # "Biden’s Safer [America Plan]"
        start, end = _extend_of(text, start, end)
        if _in_address(text, start, end):
            continue  # ".../uploads/2022/05/Biden-Harris-Permitting-Action-Plan.pdf"
        joined = HYPHENATED.fullmatch(text, start, end) and _ADMINISTRATION.match(text, end)
        if joined:
            end = joined.end()  # "the Biden-Harris administration" is the Administration
        name = text[start:end]
        group = _GROUP_NUMBER.match(text, end)
        if group and span.label in ("ORG", "PRODUCT", "PERSON") and name not in MONTHS:
            end = group.end()
            out.append(
                _Draft(
                    text[start:end], "GROUP", span.sentence, start, end, 1.0, "organization", None
                )
            )
            continue
        found = Found(-1, name, span.label, span.sentence, start, end)
        vote, weight = _vote(found, text)
        if vote == "event":
            continue  # a fragment or an event: dropped either way
        test = name if not joined else name.title()
        out.append(_Draft(name, span.label, span.sentence, start, end, weight, vote, test))
    return tuple(out)


def _in_address(text: str, start: int, end: int) -> bool:
    """Is the span part of a web address, a mail address or a path?"""
    if start and text[start - 1] in "/#@=_.":
        return True
    before = _ADDRESS_END.search(text[max(0, start - 300) : start][::-1])
    after = _ADDRESS_END.search(text, end, end + 300)
    left = start - (before.start() if before else min(start, 300))
    word = text[left : after.start() if after else len(text)]
    return bool(re.search(r"://|www\.|\S/\S", word))


HYPHENATED = re.compile(r"[A-Z][\w’']+(?:[-‑⁠]+[A-Z][\w’']+)+")
_ADMINISTRATION = re.compile(r" administration\b")
_ADDRESS_END = re.compile(r"[\s\[\]()<>\"'“”‘’]")


def _acronyms_before_roles(document: Document, spans: Sequence[Span]) -> list[Span]:
    """ "WNBA player", "CIA director": an acronym naming the employer, which the pipeline
    often misses. Only before a lower-case role noun, so headings in capitals stay out."""
    out = []
    for match in _ACRONYM_ROLE.finditer(document.text):
        start, end = match.span(1)
        if match.group(2) not in ROLE_NOUNS or any(s.start < end and start < s.end for s in spans):
            continue
        sentence = sentence_at(document, start)
        if sentence is not None:
            out.append(Span(match.group(1), "ORG", sentence, start, end))
    return out


def _join_of(spans: list[Span], text: str) -> list[Span]:
    """ "the US Department" + "of the" + "Treasury" -> one span (spaCy splits these)."""
    joined: list[Span] = []
    for span in spans:
        if joined:
            last = joined[-1]
            between = text[last.end : span.start]
            if (
                last.label in ("ORG", "GPE", "FAC", "LOC")
                and span.label in ("ORG", "GPE", "LOC")
                and _OF_JOIN.match(between)
            ):
                joined[-1] = Span(
                    text[last.start : span.end], last.label, last.sentence, last.start, span.end
                )
                continue
        joined.append(span)
    return joined


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article, quotes, brackets, a trailing possessive or punctuation,
    and what follows a break inside the span ("Tom Mims -", "Abroad</u>*")."""
    while start < end and text[start] in "\"“”‘’'([ ":
        start += 1
    for article in ("the ", "The ", "THE "):
        if text.startswith(article, start) and end - start > len(article):
            start += len(article)
    cut = re.search(r"\s*(?:[<*:|\[\]]|(?<=.)\(|\s[-–—]\s|\s[-–—]$)", text[start:end])
    if cut:
        end = start + cut.start()
    while end > start and text[end - 1] in "\"“”‘’',;:)( ":
        end -= 1
    for possessive in ("’s", "'s"):
        if text.endswith(possessive, start, end):
            end -= len(possessive)
    if end > start and text[end - 1] in "’'":
        end -= 1
    tail = re.search(r"(?:\s+(?:of|the|and|for|in|on|to|at))+$", text[start:end])
    if tail:
        end = start + tail.start()  # "Office of" cut short
    if end > start and text[end - 1] == "." and not re.search(r"\b[A-Z]\.$", text[start:end]):
        end -= 1
    return start, end


def _strip_titles(text: str, start: int, end: int) -> tuple[int, int]:
    """ "President Joe Biden" -> "Joe Biden"; "Martin Luther King Jr." -> without "Jr."."""
    while True:
        match = re.match(r"([A-Za-z]+)\.?\s+", text[start:end])
        if not match or match.group(1).lower().removesuffix("s") not in TITLES | OFFICES:
            break  # ("Leaders Schumer and McConnell": a plural title too)
        if len(text[start:end].split()) <= 2:
            break  # "President Biden" keeps "Biden" below, but a lone title word stays
        start += match.end()
    match = re.match(r"([A-Za-z]+)\.?\s+(?=\S)", text[start:end])
    if (
        match
        and match.group(1).lower().removesuffix("s") in TITLES | OFFICES
        and len(text[start:end].split()) == 2
    ):
        start += match.end()
    match = re.search(r",?\s+([A-Za-z]+)\.?$", text[start:end])
    if match and match.group(1).lower() in SUFFIXES:
        end = start + match.start()
    match = re.search(r"\s+([A-Za-z]+)$", text[start:end])
    if match and match.group(1).lower() in TITLES and len(text[start:end].split()) > 2:
        end = start + match.start()  # "George Floyd Justice [in Policing Act]"
    return start, end


def _extend_of(text: str, start: int, end: int) -> tuple[int, int]:
    """ "Summit of the [Americas]" -> the whole name, when spaCy kept only the tail."""
    match = _OF_BEFORE.search(text, max(0, start - 40), start)
    head = match.group(1).lower() if match else ""
    if match and match.end() == start and (head in ORG_HEADS or head in EVENT_HEADS):
        return match.start(), end
    return start, end


def _is_fragment(name: str, label: str, vocabulary: Vocabulary) -> bool:
    words = name.split()
    if not words or not any(c.isalpha() for c in name) or len(name) < 2:
        return True
    if not name[0].isupper():
        return True
    if any(c.isdigit() for c in name):
        return True  # "COVID-19", "Executive Order 14028", "H.R. 5376": not entities
    if _GLUED.search(name):
        return True  # "PresidentBiden", "Plan.pdf", "Biden?src": an address or a hashtag
    if len(words) > 1 and any(w.lower() in HEADLINE_VERBS for w in words[1:]):
        return True  # "Biden Announces Presidential Delegation": a headline
    if label == "PERSON" and len(words) > 2 and words[-2] == "to":
        return True  # "Sarah Bloom Raskin to Serve": a headline
    key = name.replace(".", "").lower()
    if key in NOT_ENTITIES or re.fullmatch(r"[ivxl]+", key):
        return True
    if DISEASES & {part for w in words for part in w.lower().split("-")}:
        return True  # "Long COVID": an illness
    if len(words) > 1 and all(w.lower() in GENERIC for w in words):
        return True  # "Black Americans": people described, not an entity
    if any(w[0].islower() and w not in SMALL_WORDS for w in words[1:]):
        return True  # "Tribal communities": a phrase, not a name
    first, last = words[0].lower().strip(".,"), words[-1].lower().strip(".,")
    if first in OPENERS:
        return True  # "My Administration", "Dear Madam"
    if len(words) == 2 and last in ORG_HEADS and words[0].replace(".", "") == "US":
        return True  # "the U.S. Department [of ...]": cut short
    if first in ("operation", "operations") and len(words) > 1:
        return True  # "Operation Fly Formula": an operation, not a place
    if len(words) > 1 and last in DOCUMENT_HEADS:
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
    if label != "PERSON" and _titled_name_inside(words):
        return True  # "New York University School of Law Dean Trevor Morrison"
    if label == "PERSON" and len(words) > 1 and re.fullmatch(r"[A-Z]\.?", words[-1]):
        return True  # "George A." cut short
    if label == "PERSON" and len(words) > 1:
        plural = last.removesuffix("s")
        if len(words[0]) == 1:
            return True  # "Q John" in a transcript
        if last in TITLES or last in ROLE_NOUNS or first in DOCUMENT_HEADS:
            return True
        if last in GENERIC or plural in GENERIC or plural in ROLE_NOUNS:
            return True  # "Principal Officer", "Merit Badge Counselor", "Order Promoting"
        if len(words) > 5 or (vocabulary.common(words[0]) and vocabulary.common(words[-1])):
            return True  # "Needy Families", "Historic Support"
        if words[-1].isupper() and not name.isupper() and len(words[-1].strip(".")) > 1:
            return True  # "Ryan White HIV [Program]", "Trustworthy AI": not a surname
        if (
            len(words) <= 3
            and not any(len(w.rstrip(".")) == 1 for w in words)
            and vocabulary.lower[last] >= 10 * max(1, vocabulary.capital[last])
        ):
            # "Seattle Children", "Syracuse Build", "Becerra Authorized": a surname is
            # hardly ever a word the corpus writes in lower case ten times as often.
            # (With a middle initial it is a name: "Robert O. Work", "Andrew J. Read".)
            return True
        if vocabulary.common(words[-1]) and (
            last.endswith("s") or last in ROLE_NOUNS or last in GENERIC or last in DOCUMENT_HEADS
        ):
            return True  # "Kootenai Tribes", "Principal Officer"
    if len(words) == 1:
        word = words[0].rstrip(".")
        lower = word.lower()
        if lower in ABBREVIATIONS or lower in GENERIC or lower in TITLES:
            return True
        if word in MONTHS and word != "May":  # (Theresa May)
            return True
        if lower.removesuffix("s") in OFFICES:
            return True  # "Governors", "Principal"
        if lower in DOCUMENT_HEADS or lower in ROLE_NOUNS or lower in PLACE_HEADS:
            return True  # "the Plan", "the Chair": a reference back, not a name
        if lower in ORG_HEADS and lower not in ("army", "navy"):
            return True
        acronym = word.replace(".", "").isupper() and len(word) > 1
        # A capitalised common word: the corpus writes it in lower case at least as often
        # as capitalised inside a sentence ("Offered"), unlike "Turkey" or "Congress".
        # A real lone surname dropped here is found again from its full name.
        if not acronym and vocabulary.common(word):
            return True
    elif words[-1].lower() not in ORG_HEADS and all(
        w.lower().strip(".") in TITLE_PHRASE for w in words
    ):
        return True  # "Vice President", "First Lady", "Acting Administrator"
    return False


_POSTS = OFFICES | {"dean", "dr", "mr", "mrs", "ms", "sen", "rep", "gov"}


def _titled_name_inside(words: list[str]) -> bool:
    """An organization's name followed by a post and a person's name: two names run
    together. ("Office of the Vice President", "Special Envoy for ..." are names.)"""
    for k in range(1, len(words) - 1):
        if words[k].lower().rstrip(".") not in _POSTS:  # not "General", "Justice"
            continue
        rest = [w.lower().strip(".,") for w in words[k + 1 :]]
        if rest[0] in TITLES | OFFICES or any(w in SMALL_WORDS for w in rest):
            continue
        if all(w[:1].isupper() for w in words[k + 1 :]) and not any(
            w in ORG_HEADS or w in PLACE_HEADS or w in DOCUMENT_HEADS for w in rest
        ):
            return True
    return False


def _vote(found: Found, text: str) -> tuple[str | None, float]:
    words = found.text.split()
    head = words[-1].lower()
    first = words[0].lower()
    if first in EVENT_HEADS:
        return "event", 1.0
    after = text[found.end : found.end + 40]
    if head in PLACE_HEADS or re.match(r"\s+(?:prison|jail|airport|camp|base)\b", after):
        return "place", STRONG
    if (len(words) > 1 and head in GEO_HEADS - OCEANS) or (
        "-" in head and head.split("-")[-1] in GEO_HEADS
    ):
        return "place", STRONG  # "Indo-Pacific", "Sahel Region", "South China Sea"
    if len(words) > 1 and head in ORG_HEADS:
        return "organization", STRONG
    if found.label == "PERSON" and len(words) == 1 and found.text.isupper():
        return "organization", 1.0  # "VAWA", "JYNNEOS": people are not written in capitals
    if found.label == "PERSON" and {"of", "for", "and", "the", "&"} & set(words[1:]):
        return "organization", 1.0  # "Healthy Trucking of America" is not a person
    if found.text in STATE_CODES:
        return "place", STRONG
    vote = LABEL_TYPES[found.label]
    if _MODIFIED_BY.match(after):
        # "Maduro's government", "the Trump administration": the name of its leader.
        return ("place" if vote == "place" else "person"), WEAK
    return vote, 1.0


def _coordinated(found: list[Found], text: str) -> None:
    """ "ENI and Repsol": a lone word tagged PERSON beside an organization is one too."""
    for a, b in itertools.pairwise(found):
        if a.sentence != b.sentence or not re.fullmatch(
            r",?\s+(?:and|or)\s+|,\s+", text[a.end : b.start]
        ):
            continue
        for one, other in ((a, b), (b, a)):
            if one.label == "PERSON" and " " not in one.text and other.vote == "organization":
                one.vote, one.weight = "organization", 1.5


# --- grouping ---------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The comparison key of a name: folded, no dots, "Department of X" = "X Department",
    "FL" = "Florida"."""
    if name in STATE_NAMES:
        name = STATE_NAMES[name]
    key = fold(name).replace("’", "'")
    key = re.sub(r"(?<=\w)\.(?=\w)|\.", "", key)
    key = re.sub(r"[\s\-–—]+", " ", key).strip()
    key = re.sub(r"^(?:the )?united states of america$|^america$", "united states", key)
    key = re.sub(r"^(?:the )?(?:us|united states) (?!of )(?=\w+ \w+)", "", key)
    key = re.sub(r"^(department|ministry) of (?:the )?(.+)$", r"\2 \1", key)
    return key


def sentence_at(document: Document, offset: int) -> int | None:
    number = bisect.bisect_right([s.start for s in document.sentences], offset)
    if number and offset < document.sentences[number - 1].end:
        return number
    return None


# "... Inflation Reduction Act (IRA)", "liquified natural gas (LNG)": found from the
# parenthesis back, a word at a time, so that the time is linear in the text's length.
# (A pattern that scanned forward from every capital, as the name's words are, took the
# square of the length on a text of one repeated name: 87 s for 96 KB.)
_PARENTHESIS = re.compile(r"\(([A-Z][A-Za-z]{1,6})\)")
_DOCUMENT_HEAD_WORDS = frozenset(w.capitalize() for w in DOCUMENT_HEADS)
_JOINING_WORDS = frozenset("of and for the to on".split())
_NAME_CHARS = re.compile(r"[\w’'-]")
_THING_CHARS = re.compile(r"[\w-]")


def document_acronyms(documents: Sequence[Document], memo: Memo | None = None) -> set[str]:
    """Acronyms the texts define as a law, plan or programme ("Inflation Reduction Act
    (IRA)") or as a common noun ("liquified natural gas (LNG)"). They name documents
    and things, not people, organizations or places."""
    found: set[str] = set()
    for document in documents:
        text = document.text
        found.update(memoised(memo, "acronyms", text, _defined_acronyms, text))
    return found


def _defined_acronyms(text: str) -> frozenset[str]:
    found = set()
    for match in _PARENTHESIS.finditer(text):
        start, acronym = match.start(), match.group(1)
        word_end = _skip_spaces_back(text, start)
        if word_end == start:
            continue  # "Act(IRA)": the acronym must follow a space
        if _defines_document(text, word_end) or (
            len(acronym) <= 6 and acronym.isupper() and _defines_thing(text, word_end)
        ):
            found.add(acronym)
    return frozenset(found)


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


def _defines_thing(text: str, end: int) -> bool:
    """Does a lower-case word ("gas") end at `end`, starting a word or after a hyphen?"""
    start = end
    while start > 0 and _THING_CHARS.match(text[start - 1]):
        start -= 1
    for i in range(start, end):
        if "a" <= text[i] <= "z" and (i == 0 or not _is_word_char(text[i - 1])):
            return True
    return False


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"
