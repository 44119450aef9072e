"""Mentions -> resolved entities: one Entity per real person, organization or place.

The language pipeline tags spans; this stage decides which spans name the same thing.
In order: clean the spans (drop "the", possessives, fragments such as "Amba." or a
capitalised verb), group them by folded spelling, attach lone surnames to the one full
name they stand for, merge near-identical spellings, acronyms and "US X"/"X" forms,
honour stated aliases ("also known as ..."), apply the analyst's corrections, find the
mentions the pipeline missed, decide each entity's type over all its mentions, then
collect roles (roles.py). Everything is ordered, so the same input gives the same ids.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .curation import Corrections, apply_corrections
from .model import Analysis, Corpus, Document, Entity, Mention, Problem, Span
from .roles import ROLE_NOUNS, find_descriptions
from .text import ABBREVIATIONS, fold, slugify

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
    "embassy prison jail airport palace square park bridge hospital base street avenue "
    "building station port harbor harbour island islands river lake mountain valley".split()
)
ORG_HEADS = frozenset(
    "department ministry council agency unit committee commission corporation company "
    "inc bank university party court administration office service association institute "
    "fund forces corps army navy board bureau authority foundation group network times "
    "post press news organization organisation union alliance league school college "
    "museum center centre library tribes tribe nation nations".split()
)
EVENT_HEADS = frozenset("summit conference games olympics war election elections".split())
TITLES = frozenset(
    "mr mrs ms dr president senator sen secretary ambassador amb amba gov governor rep "
    "representative minister prime general gen colonel col captain capt judge justice "
    "vice first lady sir dame lord king queen prince princess pope mayor chancellor "
    "speaker leader sheikh plenipotentiary extraordinary member".split()
)
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Single words that name a kind of thing, not a thing ("the Administration").
GENERIC = frozenset(
    "administration government department agency office committee council president "
    "secretary state states nation federal national congressional act program fact sheet "
    "vice senator governor ambassador commission tribes tribe veterans".split()
)
SMALL_WORDS = frozenset(
    "of the and for on in & to at de la del los las van von der den du da di le bin al y e"
    .split()
)
# Names of documents, laws and occasions rather than of people, organizations or places.
DOCUMENT_HEADS = frozenset(
    "act acts law laws order plan bill program programme initiative strategy agenda "
    "declaration rule award awards prize day week month year summit conference games "
    "olympics treaty accord accords agreement framework report budget amendment "
    "statement proclamation memorandum".split()
)
# Acronyms and degrees that are not entities.
NOT_ENTITIES = frozenset(
    "ai stem eo covid gdp ceo lgbtq lgbtqi hiv aids ppe esg ev evs dei it tv pm am id ok "
    "uv ba bs ma ms jd phd md mba llm llb mpa mph edd dds rn esq cv faq q&a usd".split()
)
_NUMBER_WORDS = "two three four five six seven eight nine ten eleven twelve"
_GROUP_NUMBER = re.compile(
    rf"^\s+(\d{{1,2}}|(?i:{'|'.join(_NUMBER_WORDS.split())}))(?![\w%-])(?!\s*(?:%|percent|million|billion))"
)
_CAPITAL_NUMBERS = "|".join(w.capitalize() for w in _NUMBER_WORDS.split())
_ACRONYM_ROLE = re.compile(r"(?<![\w.-])([A-Z]{2,6})\s+([a-z]+)\b")
_GROUP = re.compile(
    rf"(?<![\w-])((?:[A-Z][\w&’'.-]*\s+){{1,3}})(\d{{1,2}}|{_CAPITAL_NUMBERS})(?![\w%-])"
)
_CAPITAL = re.compile(r"(?<![\w&.-])[A-Z]")
_OF_JOIN = re.compile(r"^\s+of\s+(?:the\s+)?$")
_OF_BEFORE = re.compile(r"([A-Z][a-z]+)\s+of\s+(?:the\s+)?$")
_ALIAS = re.compile(
    r",?\s*(?:also known as|better known as|known as|a\.k\.a\.?|aka|nicknamed|dubbed)\s+"
    r"[\"“‘']([^\"”’']{2,40})[\"”’']"
)
_MID_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][\w’'-]*")
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w’'-]*")


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


@dataclass(slots=True)
class Cluster:
    """A working entity while resolution runs (mutable; frozen into an Entity at the end)."""

    mentions: list[Found] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)  # stated or corrected spellings
    name: str | None = None  # forced by a correction
    type: str | None = None  # forced by a correction
    note: str | None = None
    members: list[int] = field(default_factory=list)  # other clusters (named groups)
    group: bool = False
    listed: tuple[int, int] | None = None  # (document index, sentence) listing the members
    ignored: bool = False
    merged_into: int | None = None

    def names(self) -> Counter[str]:
        return Counter(m.text for m in self.mentions)

    def absorb(self, other: Cluster) -> None:
        self.mentions.extend(other.mentions)
        self.aliases |= other.aliases
        self.name = self.name or other.name
        self.type = self.type or other.type
        self.note = self.note or other.note
        self.group = self.group or other.group
        self.members.extend(other.members)
        other.mentions = []


def resolve_entities(
    corpus: Corpus, analyses: Sequence[Analysis], corrections: Corrections | None = None
) -> tuple[tuple[Entity, ...], tuple[Problem, ...]]:
    """Resolved entities (most mentioned first) and warnings about unused corrections."""
    documents = corpus.documents
    by_id = {a.document: a for a in analyses}
    vocabulary = _vocabulary(documents)
    found: list[Found] = []
    for index, document in enumerate(documents):
        analysis = by_id.get(document.id)
        if analysis is not None:
            found.extend(_clean_spans(index, document, analysis.spans, vocabulary))
    clusters = _group(found)
    _attach_surnames(clusters, documents)
    _merge_variants(clusters, documents)
    _stated_aliases(clusters, documents)
    clusters.extend(_find_groups([c for c in clusters if c.mentions], documents))
    problems: tuple[Problem, ...] = ()
    if corrections is not None:
        problems = apply_corrections(clusters, corrections, _merge, _cluster_keys, name_key)
    live = [c for c in clusters if c.mentions and not c.ignored and c.merged_into is None]
    ignored = [c for c in clusters if c.ignored]
    _refind(live, ignored, documents, analyses, vocabulary)
    _link_groups(live, clusters, documents)
    return _freeze(live, clusters, documents), problems


# --- spans -> candidate mentions ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """How the corpus writes each word: lower case, or capitalised inside a sentence."""

    lower: Counter[str]
    capital: Counter[str]  # keyed by the lower-case form

    def common(self, word: str) -> bool:
        """A common word rather than a name: written in lower case at least as often."""
        key = word.lower()
        return self.lower[key] > 0 and self.lower[key] >= self.capital[key]


def _vocabulary(documents: Sequence[Document]) -> Vocabulary:
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for document in documents:
        lower.update(w for w in _WORD.findall(document.text) if w[0].islower())
        capital.update(w.lower() for w in _MID_CAPITAL.findall(document.text))
    return Vocabulary(lower, capital)


def _clean_spans(
    index: int, document: Document, spans: Sequence[Span], vocabulary: Vocabulary
) -> list[Found]:
    text = document.text
    kept = [s for s in spans if s.label in LABEL_TYPES]
    kept = _join_of(kept, text)
    kept.extend(_acronyms_before_roles(document, spans))
    kept.sort(key=lambda s: (s.start, s.end))
    out: list[Found] = []
    for span in kept:
        start, end = _trim(text, span.start, span.end)
        if end <= start:
            continue
        if span.label == "PERSON":
            start, end = _strip_titles(text, start, end)
            inner = re.search(r"['’]s\s", text[start:end])
            if inner:
                end = start + inner.start()  # "Biden’s Safer [America Plan]"
        start, end = _extend_of(text, start, end)
        name = text[start:end]
        found = Found(index, name, span.label, span.sentence, start, end)
        group = _GROUP_NUMBER.match(text, end)
        if group and span.label in ("ORG", "PRODUCT", "PERSON"):
            found.end = group.end()
            found.text = text[start : found.end]
            found.label = "GROUP"
            found.vote = "organization"
            out.append(found)
            continue
        if _is_fragment(name, span.label, vocabulary):
            continue
        found.vote, found.weight = _vote(found, text)
        if found.vote == "event":
            continue
        out.append(found)
    _coordinated(out, text)
    return out


def _acronyms_before_roles(document: Document, spans: Sequence[Span]) -> list[Span]:
    """ "WNBA player", "CIA director": an acronym naming the employer, which the pipeline
    often misses. Only before a lower-case role noun, so headings in capitals stay out."""
    out = []
    for match in _ACRONYM_ROLE.finditer(document.text):
        start, end = match.span(1)
        if match.group(2) not in ROLE_NOUNS or any(s.start < end and start < s.end for s in spans):
            continue
        sentence = _sentence_at(document, start)
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
    """Drop a leading article, quotes and a trailing possessive or punctuation."""
    while start < end and text[start] in "\"“”‘’'( ":
        start += 1
    for article in ("the ", "The ", "THE "):
        if text.startswith(article, start) and end - start > len(article):
            start += len(article)
    while end > start and text[end - 1] in "\"“”‘’',;:)( ":
        end -= 1
    for possessive in ("’s", "'s"):
        if text.endswith(possessive, start, end):
            end -= len(possessive)
    cut = re.search(r"\s*(?:[<*:|]|\s[-–—]\s|\s[-–—]$)", text[start:end])
    if cut:
        end = start + cut.start()  # "Tom Mims -", "Heritage Abroad</u>*", "Walker: Candidate"
    if end > start and text[end - 1] in "’'":
        end -= 1
    if end > start and text[end - 1] == "." and not re.search(r"\b[A-Z]\.$", text[start:end]):
        end -= 1
    return start, end


def _strip_titles(text: str, start: int, end: int) -> tuple[int, int]:
    """ "President Joe Biden" -> "Joe Biden"; "Martin Luther King Jr." -> without "Jr."."""
    while True:
        match = re.match(r"([A-Za-z]+)\.?\s+", text[start:end])
        if not match or match.group(1).lower() not in TITLES:
            break
        if len(text[start:end].split()) <= 2:
            break  # "President Biden" keeps "Biden" below, but a lone title word stays
        start += match.end()
    match = re.match(r"([A-Za-z]+)\.?\s+(?=\S)", text[start:end])
    if match and match.group(1).lower() in TITLES and len(text[start:end].split()) == 2:
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
    key = name.replace(".", "").lower()
    if key in NOT_ENTITIES or re.fullmatch(r"[ivxl]+", key):
        return True
    if any(w[0].islower() and w not in SMALL_WORDS for w in words[1:]):
        return True  # "Tribal communities": a phrase, not a name
    first, last = words[0].lower().strip(".,"), words[-1].lower().strip(".,")
    if len(words) > 1 and last in DOCUMENT_HEADS:
        return True  # laws, plans, orders, awards: not a person, organization or place
    if len(words) > 2 and words[1] == "of" and (first in TITLES or first in ROLE_NOUNS):
        return True  # "Secretary of State", "Member of the Senior Foreign Service"
    if label == "PERSON" and len(words) > 1:
        if len(words) > 5 or vocabulary.common(words[0]) and vocabulary.common(words[-1]):
            return True  # "Needy Families", "Historic Support"
        if vocabulary.common(words[-1]) and (
            last.endswith("s") or last in ROLE_NOUNS or last in GENERIC or last in DOCUMENT_HEADS
        ):
            return True  # "Kootenai Tribes", "Principal Officer"
    if len(words) == 1:
        word = words[0].rstrip(".")
        lower = word.lower()
        if lower in ABBREVIATIONS or lower in GENERIC or lower in TITLES:
            return True
        if lower in DOCUMENT_HEADS or lower in ROLE_NOUNS or lower in PLACE_HEADS:
            return True  # "the Plan", "the Chair": a reference back, not a name
        if lower in ORG_HEADS and lower not in ("army", "navy"):
            return True
        acronym = word.replace(".", "").isupper() and len(word) > 1
        # A capitalised common word: the corpus also writes it in lower case ("Offered",
        # "Black", "Tribal"). A real lone surname is found again from its full name.
        if not acronym and vocabulary.lower[lower] > 0:
            return True
    elif words[-1].lower() not in ORG_HEADS and all(
        w.lower().strip(".") in TITLES | SMALL_WORDS for w in words
    ):
        return True  # "Vice President", "First Lady"
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
    if len(words) > 1 and head in ORG_HEADS:
        return "organization", STRONG
    vote = LABEL_TYPES[found.label]
    if _MODIFIED_BY.match(after):
        # "Maduro's government", "the Trump administration": the name of its leader.
        return ("place" if vote == "place" else "person"), WEAK
    return vote, 1.0


def _coordinated(found: list[Found], text: str) -> None:
    """ "ENI and Repsol": a lone word tagged PERSON beside an organization is one too."""
    for a, b in zip(found, found[1:], strict=False):
        if a.sentence != b.sentence or not re.fullmatch(r",?\s+(?:and|or)\s+|,\s+", text[a.end : b.start]):
            continue
        for one, other in ((a, b), (b, a)):
            if one.label == "PERSON" and " " not in one.text and other.vote == "organization":
                one.vote, one.weight = "organization", 1.5


# --- grouping ---------------------------------------------------------------------------


def name_key(name: str) -> str:
    """The comparison key of a name: folded, no dots, "Department of X" = "X Department"."""
    key = fold(name).replace("’", "'")
    key = re.sub(r"(?<=\w)\.(?=\w)|\.", "", key)
    key = re.sub(r"[\s\-–—]+", " ", key).strip()
    key = re.sub(r"^(?:the )?united states of america$", "united states", key)
    key = re.sub(r"^(?:the )?(?:us|united states) (?!of )(?=\w+ \w+)", "", key)
    key = re.sub(r"^(department|ministry) of (?:the )?(.+)$", r"\2 \1", key)
    key = re.sub(r"^(?:the )?united states of america$", "united states", key)
    return key


def _group(found: list[Found]) -> list[Cluster]:
    clusters: dict[str, Cluster] = {}
    for item in found:
        cluster = clusters.setdefault(name_key(item.text), Cluster())
        cluster.mentions.append(item)
        cluster.group = cluster.group or item.label == "GROUP"
    return [clusters[k] for k in sorted(clusters)]


def _cluster_keys(cluster: Cluster) -> set[str]:
    return {name_key(n) for n in cluster.names()} | {name_key(a) for a in cluster.aliases}


def _merge(clusters: list[Cluster], into: int, other: int) -> None:
    if into == other:
        return
    clusters[into].absorb(clusters[other])
    clusters[other].merged_into = into


def _is_full_person(cluster: Cluster) -> bool:
    """Named in full ("Nicolás Maduro") and tagged PERSON in most full-name mentions."""
    full = [m for m in cluster.mentions if m.label != "FOUND" and len(m.text.split()) >= 2]
    person = sum(1 for m in full if m.label == "PERSON" and m.vote == "person")
    return person > 0 and person * 2 >= len(full)


def _tokens(name: str) -> list[str]:
    return name_key(name).split()


def _attach_surnames(clusters: list[Cluster], documents: Sequence[Document]) -> None:
    """A lone "Maduro" joins the one full name ending in Maduro. With several people of
    that name in the corpus, a title decides ("President Biden" is the Biden called
    President elsewhere), else the only one named in full in the same document.
    A lone surname that stays ambiguous (two Zambranos) is left out, not guessed."""
    by_surname: dict[str, list[int]] = {}
    titles: dict[int, set[str]] = {}
    for i, cluster in enumerate(clusters):
        if not _is_full_person(cluster):
            continue
        surnames = {_tokens(n)[-1] for n in cluster.names() if len(_tokens(n)) >= 2}
        for surname in sorted(surnames):
            by_surname.setdefault(surname, []).append(i)
        titles[i] = {_word_before(documents[m.doc].text, m.start) for m in cluster.mentions}
    for cluster in clusters:
        keys = {name_key(n) for n in cluster.names()}
        if len(keys) != 1:
            continue
        key = next(iter(keys))
        if " " in key or key not in by_surname:
            continue
        place_votes = sum(m.weight for m in cluster.mentions if m.vote == "place")
        if place_votes * 2 > len(cluster.mentions):
            continue  # "Washington" the city, not a Mr Washington
        targets = by_surname[key]
        for mention in cluster.mentions:
            choice = targets
            if len(choice) > 1:
                title = _word_before(documents[mention.doc].text, mention.start)
                if title in TITLES or title in ROLE_NOUNS:
                    choice = [t for t in targets if title in titles[t]] or targets
            if len(choice) > 1:
                choice = [t for t in choice if any(m.doc == mention.doc for m in clusters[t].mentions)]
            if len(choice) == 1:
                clusters[choice[0]].mentions.append(mention)
        cluster.mentions = []


def _word_before(text: str, start: int) -> str:
    match = re.search(r"([A-Za-z]+)\.?\s+$", text[max(0, start - 30) : start])
    return match.group(1).lower() if match else ""


NICKNAMES = {
    "joe": "joseph", "bill": "william", "will": "william", "bob": "robert", "rob": "robert",
    "jim": "james", "jimmy": "james", "mike": "michael", "tom": "thomas", "dick": "richard",
    "rick": "richard", "chuck": "charles", "charlie": "charles", "ted": "edward",
    "ed": "edward", "tony": "anthony", "kate": "katherine", "liz": "elizabeth",
    "beth": "elizabeth", "dan": "daniel", "dave": "david", "steve": "stephen",
    "chris": "christopher", "nick": "nicholas", "pat": "patricia", "sam": "samuel",
    "ben": "benjamin", "matt": "matthew", "andy": "andrew", "alex": "alexander",
    "jen": "jennifer", "jenny": "jennifer", "sue": "susan", "greg": "gregory",
    "jeff": "jeffrey", "pete": "peter", "ron": "ronald", "don": "donald", "larry": "lawrence",
}


def _merge_variants(clusters: list[Cluster], documents: Sequence[Document]) -> None:
    """Middle names and nicknames, near-identical spellings, "X" and "Department of X",
    acronyms."""
    live = [i for i, c in enumerate(clusters) if c.mentions]
    people = {i for i in live if _is_full_person(clusters[i])}
    # Compare only names that share a first or a last word (and, for misspellings, the
    # first letters of the other): linear in practice, not quadratic.
    buckets: dict[tuple[bool, str], list[int]] = {}
    keys = {i: _best_key(clusters[i]) for i in live}
    for i in live:
        tokens = keys[i].split()
        person = i in people
        if person and len(tokens) < 2:
            continue
        first = NICKNAMES.get(tokens[0], tokens[0])
        buckets.setdefault((person, "f:" + first), []).append(i)
        buckets.setdefault((person, "l:" + tokens[-1]), []).append(i)
    done: set[tuple[int, int]] = set()
    for (person, _), members in sorted(buckets.items()):
        ranked = sorted(members, key=lambda i: (-len(keys[i]), keys[i], i))
        for pos, a in enumerate(ranked):
            for b in ranked[pos + 1 :]:
                if (a, b) in done:
                    continue
                done.add((a, b))
                a_root, b_root = _root(clusters, a), _root(clusters, b)
                if a_root == b_root:
                    continue
                a_tokens, b_tokens = keys[a_root].split(), keys[b_root].split()
                if person:
                    same = _same_person(a_tokens, b_tokens)
                else:
                    same = len(" ".join(a_tokens)) >= 8 and _near(a_tokens, b_tokens)
                    same = same and a_tokens[-1] == b_tokens[-1]
                if same:
                    _merge(clusters, a_root, b_root)
    _merge_departments(clusters)
    _merge_acronyms(clusters, documents)


def _root(clusters: list[Cluster], index: int) -> int:
    while clusters[index].merged_into is not None:
        index = clusters[index].merged_into  # type: ignore[assignment]
    return index


def _same_person(a: list[str], b: list[str]) -> bool:
    """ "Jorge Alberto Fernandez" / "Jorge Fernandez", "Joseph R. Biden" / "Joe Biden",
    "James Storey" / "James Story". First names must agree (José Luis and Alirio
    Zambrano are two people)."""
    if len(a) < 2 or len(b) < 2:
        return False
    if NICKNAMES.get(a[0], a[0]) == NICKNAMES.get(b[0], b[0]) and a[-1] == b[-1]:
        middle_a, middle_b = a[1:-1], b[1:-1]
        if not middle_a or not middle_b:
            return True
        return [m[0] for m in middle_a] == [m[0] for m in middle_b]
    return _near(a, b)


def _merge_departments(clusters: list[Cluster]) -> None:
    """ "Health and Human Services" is the "Department of Health and Human Services"."""
    by_key: dict[str, int] = {}
    for i, cluster in enumerate(clusters):
        if cluster.mentions and not _is_full_person(cluster):
            for key in sorted(_cluster_keys(cluster)):
                by_key.setdefault(key, i)
    for key, i in sorted(by_key.items()):
        longer = by_key.get(f"{key} department")
        if longer is not None and not key.endswith(" department"):
            a, b = _root(clusters, longer), _root(clusters, i)
            if a != b:
                _merge(clusters, a, b)


def _merge_acronyms(clusters: list[Cluster], documents: Sequence[Document]) -> None:
    """ "US" = "United States", "EU" = "European Union": an acronym joins the one long
    name with those initials, of the same type, that shares the most documents with it."""
    long_forms: dict[str, set[int]] = {}
    for i, cluster in enumerate(clusters):
        if cluster.mentions and not _is_full_person(cluster):
            for initials in {_initials(n) for n in cluster.names()} - {""}:
                long_forms.setdefault(initials, set()).add(i)
    for i, cluster in enumerate(clusters):
        if not cluster.mentions or cluster.merged_into is not None:
            continue
        acronyms = sorted({n.replace(".", "") for n in cluster.names() if _is_acronym(n)})
        kind = _type_of(cluster)
        docs = {m.doc for m in cluster.mentions}
        for acronym in acronyms:
            scored = []
            for target in sorted(long_forms.get(acronym, set()) - {i}):
                root = _root(clusters, target)
                if root == i or _type_of(clusters[root]) != kind:
                    continue
                shared = len(docs & {m.doc for m in clusters[root].mentions})
                if shared:
                    scored.append((shared, root))
            scored.sort(reverse=True)
            if scored and (len(scored) == 1 or scored[0][0] > scored[1][0]):
                _merge(clusters, scored[0][1], i)
                break


def _best_key(cluster: Cluster) -> str:
    return name_key(cluster.names().most_common(1)[0][0])


def _near(a: list[str], b: list[str]) -> bool:
    """Same number of words, one of them equal, the whole differing by one edit (two
    for long names): "James Storey" / "James Story". First names must agree."""
    if len(a) != len(b) or len(a) < 2 and len(a[0]) < 8:
        return False
    if len(a) >= 2 and a[0] != b[0]:
        return False
    joined_a, joined_b = " ".join(a), " ".join(b)
    limit = 1 if len(joined_a) < 16 else 2
    return 0 < _distance(joined_a, joined_b, limit) <= limit


def _distance(a: str, b: str, limit: int) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _is_acronym(name: str) -> bool:
    bare = name.replace(".", "")
    return 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper() and " " not in name


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    if len(words) < 2:
        return ""
    letters = []
    for word in words:
        if word.lower() in SMALL_WORDS:
            continue
        if re.fullmatch(r"(?:[A-Z]\.)+", word):
            letters.append(word.replace(".", ""))
        elif word[0].isupper():
            letters.append(word[0])
        else:
            return ""
    return "".join(letters)


def _stated_aliases(clusters: list[Cluster], documents: Sequence[Document]) -> None:
    """ "Leonard Francis, also known as 'Fat Leonard'": the alias is the same entity."""
    by_key: dict[str, int] = {}
    for i, cluster in enumerate(clusters):
        for key in _cluster_keys(cluster) if cluster.mentions else ():
            by_key.setdefault(key, i)
    for i, cluster in enumerate(clusters):
        for mention in list(cluster.mentions):
            text = documents[mention.doc].text
            match = _ALIAS.match(text, mention.end)
            if not match:
                continue
            alias = match.group(1).strip()
            cluster.aliases.add(alias)
            other = by_key.get(name_key(alias))
            if other is not None and other != i and clusters[other].mentions:
                _merge(clusters, i, other)


# --- mentions the pipeline missed, named groups ------------------------------------------


def _refind(
    live: list[Cluster],
    ignored: list[Cluster],
    documents: Sequence[Document],
    analyses: Sequence[Analysis],
    vocabulary: Vocabulary,
) -> None:
    """Every occurrence of a resolved entity's spellings ("Citgo" in "Citgo executives",
    "Carstens’ office"), where no other span already sits. At each capitalised word,
    the longest spelling that starts there wins. One pass over each text."""
    surname_owners: Counter[str] = Counter()
    for cluster in live:
        if _is_full_person(cluster):
            surname_owners.update({n.split()[-1] for n in cluster.names() if len(n.split()) > 1})
    variants: dict[str, list[tuple[str, int]]] = {}
    for position, cluster in enumerate(live):
        spellings = set(cluster.names()) | cluster.aliases
        if _is_full_person(cluster):
            spellings |= {
                n.split()[-1]
                for n in cluster.names()
                if len(n.split()) > 1 and surname_owners[n.split()[-1]] == 1
            }
        for spelling in spellings:
            if len(spelling) >= 2 and spelling[0].isupper():
                variants.setdefault(spelling[:2], []).append((spelling, position))
    for candidates in variants.values():
        candidates.sort(key=lambda v: (-len(v[0]), v[0], v[1]))
    taken: dict[int, bytearray] = {
        i: bytearray(len(d.text)) for i, d in enumerate(documents)
    }
    for cluster in live + ignored:
        for m in cluster.mentions:
            taken[m.doc][m.start : m.end] = b"\x01" * (m.end - m.start)
    by_id = {a.document: a for a in analyses}
    for index, document in enumerate(documents):
        analysis = by_id.get(document.id)
        mark = taken[index]
        for span in analysis.spans if analysis else ():
            if span.label not in LABEL_TYPES:
                mark[span.start : span.end] = b"\x01" * (span.end - span.start)
        text = document.text
        starts = [s.start for s in document.sentences]
        for match in _CAPITAL.finditer(text):
            start = match.start()
            for spelling, position in variants.get(text[start : start + 2], ()):
                end = start + len(spelling)
                if not text.startswith(spelling, start) or not _boundary(text, end):
                    continue
                if any(mark[start:end]):
                    break
                number = bisect.bisect_right(starts, start)
                if number == 0 or start >= document.sentences[number - 1].end:
                    break
                initial = start == starts[number - 1]
                if initial and " " not in spelling and vocabulary.lower[spelling.lower()]:
                    break  # "Young people ..." at a sentence start is not Ms Young
                mark[start:end] = b"\x01" * (end - start)
                live[position].mentions.append(
                    Found(index, spelling, "FOUND", number, start, end, 0.0)
                )
                break


def _boundary(text: str, end: int) -> bool:
    if end >= len(text):
        return True
    after = text[end]
    if after.isalnum() or after in "&-_":
        return False
    return not (after == "." and end + 1 < len(text) and text[end + 1].isalnum())


def _find_groups(live: list[Cluster], documents: Sequence[Document]) -> list[Cluster]:
    """ "the Citgo 6": an organization's name and a small number name a group of people."""
    names = {
        n for c in live if not c.group and _type_of(c) == "organization" for n in c.names()
    }
    groups: dict[str, Cluster] = {}
    for index, document in enumerate(documents):
        text = document.text
        for match in _GROUP.finditer(text):
            words = list(re.finditer(r"\S+", match.group(1)))
            for k in range(min(3, len(words)), 0, -1):
                start = match.start(1) + words[-k].start()
                name = text[start : match.start(1) + words[-1].end()]
                if name in names:
                    break
            else:
                continue
            sentence = _sentence_at(document, start)
            if sentence is None:
                continue
            found = Found(index, text[start : match.end()], "GROUP", sentence, start, match.end())
            found.vote = "organization"
            cluster = groups.setdefault(name_key(found.text), Cluster(group=True))
            cluster.mentions.append(found)
    existing = {name_key(n) for c in live if c.group for n in c.names()}
    return [groups[k] for k in sorted(groups) if k not in existing]


def _sentence_at(document: Document, offset: int) -> int | None:
    number = bisect.bisect_right([s.start for s in document.sentences], offset)
    if number and offset < document.sentences[number - 1].end:
        return number
    return None


def _link_groups(live: list[Cluster], clusters: list[Cluster], documents: Sequence[Document]) -> None:
    """ "the Citgo 6" and, in a document that names the group, "the six executives,
    A, B, C, D, E and F": the six people are its members."""
    for group in (c for c in live if c.group):
        match = re.search(r"(\d+|[A-Za-z]+)$", group.names().most_common(1)[0][0])
        if not match:
            continue
        size = _number(match.group(1))
        if size is None:
            continue
        words = rf"(?:{size}|{_NUMBER_WORDS.split()[size - 2] if 2 <= size <= 12 else size})"
        listing = re.compile(rf"\b{words}\s+(?:[\w-]+\s+){{0,2}}[\w-]+s\b\s*[,:—–]", re.IGNORECASE)
        for doc in sorted({m.doc for m in group.mentions}):
            document = documents[doc]
            for sentence in document.sentences:
                head = listing.search(document.text, sentence.start, sentence.end)
                if not head:
                    continue
                members = []
                for other_index, other in enumerate(clusters):
                    if other is group or not other.mentions or not _is_full_person(other):
                        continue
                    if other.ignored or other.merged_into is not None:
                        continue
                    if any(
                        m.doc == doc and head.end() <= m.start < sentence.end
                        for m in other.mentions
                    ):
                        members.append(other_index)
                if len(members) == size and not group.members:
                    group.members = members
                    group.listed = (doc, sentence.number)


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    names = _NUMBER_WORDS.split()
    return names.index(word.lower()) + 2 if word.lower() in names else None


# --- freezing -----------------------------------------------------------------------------


def _type_of(cluster: Cluster) -> str:
    if cluster.type:
        return cluster.type
    if cluster.group:
        return "organization"
    if _is_full_person(cluster):
        return "person"
    votes: Counter[str] = Counter()
    for m in cluster.mentions:
        if m.vote in ("person", "organization", "place"):
            votes[m.vote] += m.weight
    if not votes:
        return "organization"
    order = {"organization": 0, "place": 1, "person": 2}
    return max(votes, key=lambda t: (votes[t], -order[t]))


def _display_name(cluster: Cluster, kind: str) -> str:
    if cluster.name:
        return cluster.name
    counts = Counter(m.text for m in cluster.mentions if m.label != "FOUND")
    if not counts:
        counts = cluster.names()
    forms: dict[str, Counter[str]] = {}
    for name, count in counts.items():
        forms.setdefault(name_key(name), Counter())[name] += count

    def spelled(key: str) -> str:
        # Accents in people's names are dropped by careless copies, hardly ever added:
        # prefer them. Other names: the usual spelling ("Canada", not a quote's "Canadá").
        variants = forms[key]
        accents = kind == "person"
        return max(
            variants,
            key=lambda n: (accents and sum(ord(c) > 127 for c in n), variants[n], n.isupper() is False, n),
        )

    def rank(key: str) -> tuple[int, int, int, str]:
        total = sum(forms[key].values())
        tokens = len(key.split())
        acronym = all(_is_acronym(n) for n in forms[key])
        if kind == "person":
            return (tokens, total, 0, key)
        return (0 if acronym and len(forms) > 1 else 1, total, tokens, key)

    return spelled(max(forms, key=rank))


def _freeze(
    live: list[Cluster], clusters: list[Cluster], documents: Sequence[Document]
) -> tuple[Entity, ...]:
    from .profiles import page_policy  # the small policy, kept with the pages

    order = {d.id: i for i, d in enumerate(sorted(documents, key=lambda d: (d.date, d.id)))}
    drafts = []
    for cluster in live:
        if not cluster.mentions:
            continue
        kind = _type_of(cluster)
        if not cluster.type and all(m.vote is None for m in cluster.mentions):
            continue  # only PRODUCT tags and re-found copies: not a person/org/place
        name = _display_name(cluster, kind)
        drafts.append((kind, name, cluster))
    ids: dict[int, str] = {}
    used: set[str] = set()
    type_rank = {"person": 0, "organization": 1, "place": 2}
    for kind, name, cluster in sorted(drafts, key=lambda d: (type_rank[d[0]], name_key(d[1]))):
        slug = slugify(name, "entity")
        if slug in used:
            slug = f"{slug}-{kind}"
        base, n = slug, 2
        while slug in used:
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        ids[id(cluster)] = slug
    entities = []
    for kind, name, cluster in drafts:
        mentions = _unique_mentions(cluster.mentions, documents, order)
        doc_ids = sorted({m.document for m in mentions}, key=lambda d: order[d])
        dates = {d.id: d.date for d in documents}
        aliases = sorted(
            {m.text for m in mentions if m.text != name}
            | {a for a in cluster.aliases if a != name},
            key=lambda a: (fold(a), a),
        )
        members = tuple(ids[id(clusters[i])] for i in cluster.members if id(clusters[i]) in ids)
        entity = Entity(
            id=ids[id(cluster)],
            name=name,
            type=kind,
            aliases=tuple(aliases),
            descriptions=(),
            mentions=mentions,
            documents=tuple(doc_ids),
            first_seen=dates[doc_ids[0]],
            last_seen=dates[doc_ids[-1]],
            page=None,
            note=cluster.note,
            members=members,
        )
        entities.append(entity)
    entities = find_descriptions(entities, documents)
    entities = page_policy(entities, len(documents))
    entities.sort(key=lambda e: (-len(e.mentions), fold(e.name), e.id))
    return tuple(entities)


def _unique_mentions(
    found: Iterable[Found], documents: Sequence[Document], order: dict[str, int]
) -> tuple[Mention, ...]:
    seen = {}
    for m in found:
        document = documents[m.doc]
        seen[(document.id, m.start)] = Mention(m.text, document.id, m.sentence, m.start, m.end)
    return tuple(sorted(seen.values(), key=lambda m: (order[m.document], m.start, m.end)))


def sentence_entities(entities: Iterable[Entity]) -> dict[tuple[str, int], tuple[str, ...]]:
    """For the chronology: the entity ids named in each (document id, sentence number)."""
    found: dict[tuple[str, int], set[str]] = {}
    for entity in entities:
        for mention in entity.mentions:
            found.setdefault((mention.document, mention.sentence), set()).add(entity.id)
    return {key: tuple(sorted(ids)) for key, ids in sorted(found.items())}
