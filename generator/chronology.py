"""Events, merging across sources, key dates.

Each sentence that dates something (a DATE span the dates stage resolves) becomes an
event candidate; candidates from different documents at the same date and precision
whose words or entities strongly overlap become one event citing every source. Key dates
are ranked as timeline-summarization systems rank them (Tran et al. 2013; Martschat and
Markert 2018; Ghalandari and Ifrim 2020, news-tls): how many distinct documents refer
to a day in their text (boilerplate wording counted once, a list of days sharing one
reference), how many were published on it, references made well after the day counting
extra, near-duplicate days moved down.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import posixpath
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from .dates import PartialDate, resolve_expression
from .model import Analysis, Chronology, Citation, Corpus, Document, Event, KeyDate, Sentence
from .text import slugify

SentenceEntities = Mapping[tuple[str, int], tuple[str, ...]]

# Labels whose spans are temporal expressions ("tonight" is a TIME).
TEMPORAL_LABELS = frozenset({"DATE", "TIME"})
# Merging: two candidates are one happening when their content words overlap this much
# (Dice coefficient) with at least MIN_SHARED_WORDS in common, or when they share this
# share of their entities and some words.
MERGE_WORD_DICE = 0.5
MIN_SHARED_WORDS = 4
MERGE_ENTITY_JACCARD = 0.6
MERGE_ENTITY_WORD_DICE = 0.3
# Same happening, different dates: a stricter overlap, and dates at most this far apart.
DISAGREE_WORD_DICE = 0.6
DISAGREE_MAX_DAYS = 14
# A word in more candidates than this is too common to find near-duplicates by.
COMMON_WORD_CANDIDATES = 200
# A sentence left with fewer words than this once its date is removed ("In March.") is a
# fragment: it dates the sentence before it.
FRAGMENT_WORDS = 3
# A sentence this short that only states the publication date is a header or dateline.
HEADER_WORDS = 8
SUMMARY_WORDS = 25
# An opening clause this short is kept before a clause without its subject.
SUBJECT_WORDS = 15
# Key dates: weights of the ranking (named so that they can be tuned on reference
# timelines when they are available).
REFERENCE_WEIGHT = 1.0  # per document referring to the day, published on another day
RETROSPECTIVE_WEIGHT = 0.5  # extra per such document published RETROSPECTIVE_DAYS after
RETROSPECTIVE_DAYS = 7
PUBLICATION_WEIGHT = 0.5  # times log2(1 + documents published on the day)
# Closeness: a day far outside the span the documents were published in (old orders
# recalled in boilerplate, terms expiring in 2027) is background, not the story.
OUTSIDE_SPAN_DAYS = 31
OUTSIDE_SPAN_FACTOR = 0.5
# Boilerplate: the same CONTEXT_WORDS words before a date in this many documents.
CONTEXT_WORDS = 6
TEMPLATE_DOCUMENTS = 3
# A sentence naming this many days or more is a list: its days share one reference.
LIST_DAYS = 3
# Distinct key dates: a day this close to a better one, sharing this share of its
# documents (referring or published) with it, is the same story told twice.
REDUNDANT_DAYS = 3
REDUNDANT_SHARE = 0.5
KEY_DATES = 20
KEY_DATE_EVENTS = 3  # events (and documents published) shown with each key date
# A chronology of more events than this is split: the index keeps the key dates, the
# years and the MAIN_EVENTS events reported by most documents; each year gets a page,
# and each month too in a year of more events than this.
# (Measured: ~0.45 KB of Markdown per event; 8,500 events of 1,800 documents ~4.7 MB.)
PAGE_EVENTS = 500
MAIN_EVENTS = 60
CHRONOLOGY_DIR = "chronology"
INDEX_PAGE = f"{CHRONOLOGY_DIR}/index.md"

_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if
    in into is it its itself just me more most my no nor not now of off on once only or
    other our ours out over own said same says she should so some such than that the their
    them then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your year years month
    months week day days today tonight last next since january february march april may june
    july august september october november december monday tuesday wednesday thursday friday
    saturday sunday""".split()
)
_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]+")
_PUBLICATION_WORDS = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.I)
_CLAUSE = re.compile(r"[,;:—–()]|\s-\s")
# Summaries: words that open an aside, and a sentence's opening clause before its subject.
_RELATIVES = frozenset(
    {"who", "whom", "whose", "which", "where", "while", "including", "whereas", "although"}
)
_TAIL = frozenset({"including", "while", "whereas", "although"})
_SUBORDINATE = frozenset(
    "although though while whereas because if despite amid as unless whether".split()
)
_PREPOSITIONS = frozenset(
    """in on at since after before during from by for with through following until
    last this earlier later yesterday today tonight""".split()
)
_DETERMINERS = frozenset("the a an this that these those its their his her".split())
_QUOTES = "\"“”‘’'(*[]"
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
# Not happenings (see _not_a_happening): biography boilerplate of a nominee or appointee
# ("received her J.D. in 1999", "From 2008 to 2020, he served as ..."), dated by a year
# or a month; ...
_BIOGRAPHY = re.compile(
    r"\b(?:J\.D|B\.A|B\.S|M\.A|M\.S|Ph\.D|M\.D|LL\.M|LL\.B|M\.B\.A|M\.P\.P|M\.P\.A|"
    r"M\.P\.H|Ed\.D)\b\.?|\b(?:bachelor'?s|master'?s|doctorate|law degree|graduated|"
    r"graduate of|alumn(?:us|a|i|ae)|clerked|was born|began (?:his|her|their) (?:legal )?career|"
    r"(?:he|she|they|and) (?:also )?(?:served|serves|worked|works|taught|practiced|practised) "
    r"(?:as|at|in|for|on)|has (?:also )?(?:served|worked|taught|practiced) (?:as|at|in|for|on)|"
    r"served as (?:an?|the) |was (?:an?|the) (?:associate|partner|law clerk|professor|"
    r"lecturer|fellow|visiting|senior|deputy|assistant|adjunct)\b|prior to (?:joining|that|"
    r"this|her|his|their)|previously (?:served|worked|was)|joined (?:the )?[A-Z][\w.&'’ -]* "
    r"as\b|held (?:the )?(?:position|positions|roles?) )",
    re.IGNORECASE,
)
# ... deadlines, terms and targets ("for a term expiring April 27, 2027", "until May 18",
# "by 2030"): a limit in time, not something that happened; ...
_LIMIT = re.compile(r"^(?:until|till|through|by|no later than)\b", re.IGNORECASE)
_EXPIRING = re.compile(r"\b(?:expir(?:ing|es|ed|ation)|deadline|due)\b[^.;]{0,12}$", re.IGNORECASE)
# ... and "today" in a statement of how things are, not of what happened ("as clear
# today as a year ago", "Today is another win", "today's", "still today").
_STATIVE_TODAY = re.compile(
    r"\bas \w+ today as\b|(?<!ed )\btoday (?:is|remains?|stands?)\b|\b(?:still|even|until|of|"
    r"than|like) today\b(?![’'])|\btoday,? more than ever\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Candidate:
    document: Document
    when: PartialDate
    sentences: tuple[int, ...]  # cited sentence numbers, the dated one first
    text: str
    summary: str
    entities: tuple[str, ...]
    words: frozenset[str]

    @property
    def key(self) -> tuple[str, str, int, str]:
        return (self.document.date, self.document.id, self.sentences[0], self.when.date)


def build_chronology(
    corpus: Corpus,
    analyses: Sequence[Analysis],
    sentence_entities: SentenceEntities,
    key_dates: int = KEY_DATES,
) -> Chronology:
    """Dated events of the corpus, merged across sources, and the `key_dates` best days."""
    by_id = {a.document: a for a in analyses}
    candidates: list[_Candidate] = []
    for document in corpus.documents:
        analysis = by_id.get(document.id)
        if analysis is not None:
            candidates.extend(_candidates(document, analysis, sentence_entities))
    events = _link_disagreements(_merge(candidates))
    if len(events) > PAGE_EVENTS:  # one page per year (chronology/2022.md ...)
        per_year = Counter(e.date[:4] for e in events)
        events = [replace(e, page=_event_page(e, per_year)) for e in events]
    return Chronology(
        events=tuple(events), key_dates=tuple(rank_dates(corpus, candidates, key_dates))
    )


def _event_page(event: Event, per_year: Mapping[str, int]) -> str:
    """A split chronology's page for an event: its year's, or its month's when the year
    has more than PAGE_EVENTS events (a year-only event stays on the year's page)."""
    year = event.date[:4]
    if per_year[year] > PAGE_EVENTS and event.precision != "year":
        return _page(event.date[:7])
    return _page(year)


def events_for_entity(chronology: Chronology, entity_id: str) -> tuple[Event, ...]:
    """The events that involve one entity, in date order: its own timeline."""
    return tuple(e for e in chronology.events if entity_id in e.entities)


def spans_as_entities(
    analyses: Iterable[Analysis],
) -> tuple[dict[tuple[str, int], tuple[str, ...]], dict[str, str]]:
    """A stand-in for resolved entities: each named span's slug as its id, by sentence.

    Used until the entity stage provides real ids; returns (sentence -> ids, id -> name).
    """
    labels = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
    by_sentence: dict[tuple[str, int], list[str]] = defaultdict(list)
    names: dict[str, str] = {}
    for analysis in analyses:
        for span in analysis.spans:
            if span.label not in labels:
                continue
            entity_id = slugify(span.text)
            names.setdefault(entity_id, span.text)
            ids = by_sentence[(analysis.document, span.sentence)]
            if entity_id not in ids:
                ids.append(entity_id)
    return {k: tuple(v) for k, v in by_sentence.items()}, names


# --- Candidates: one per dated sentence and date.


def _candidates(
    document: Document, analysis: Analysis, entities: SentenceEntities
) -> list[_Candidate]:
    dated: dict[int, list[tuple[PartialDate, int, int]]] = defaultdict(list)
    for span in analysis.spans:
        if span.label not in TEMPORAL_LABELS or not 0 < span.sentence <= len(document.sentences):
            continue
        sentence = document.sentences[span.sentence - 1]
        offset = span.start - sentence.start
        when = resolve_expression(span.text, document.date, sentence=sentence.text, start=offset)
        if when is None or _is_header(when, sentence, document):
            continue
        start = sentence.text.find(when.expression)
        if start < 0:  # quotes or spaces normalised in the expression
            start = offset
        if not_a_happening(sentence.text, when, start):
            continue
        dated[sentence.number].append((when, start, start + len(when.expression)))
    result: list[_Candidate] = []
    for number in sorted(dated):
        sentence = document.sentences[number - 1]
        for when, start, end in _finest(dated[number]):
            cited: tuple[int, ...] = (number,)
            text = sentence.text
            summary = _summary(sentence.text, start, end)
            if _is_fragment(sentence.text, when.expression) and number > 1:
                previous = document.sentences[number - 2]
                cited = (number - 1, number)
                text = f"{previous.text} {sentence.text}"
                summary = _trim(f"{previous.text} {sentence.text}", SUMMARY_WORDS)
            ids = _unique(i for n in cited for i in entities.get((document.id, n), ()))
            result.append(
                _Candidate(
                    document=document,
                    when=when,
                    sentences=cited,
                    text=text,
                    summary=summary,
                    entities=ids,
                    words=_content_words(text),
                )
            )
    return result


def _finest(found: list[tuple[PartialDate, int, int]]) -> list[tuple[PartialDate, int, int]]:
    """One entry per date; a coarser date that holds a finer one of the same sentence is
    its context ("Last month ... this year"), not a second event."""
    unique: dict[str, tuple[PartialDate, int, int]] = {}
    for item in found:
        unique.setdefault(item[0].date, item)
    kept = [
        item for item in unique.values() if not any(item[0].contains(o[0]) for o in unique.values())
    ]
    return sorted(kept, key=lambda item: item[1])


def not_a_happening(sentence: str, when: PartialDate, start: int) -> str | None:
    """Why a dated sentence states no happening of the story, or None: a biography's
    background years, a deadline, term or target, or "today" in a statement of how
    things are. Cheap word patterns, checked by the benchmarks (every gold event of the
    seeds still found) and counted on a large corpus (bench/key_dates.py)."""
    if when.precision != "day" and _BIOGRAPHY.search(sentence):
        return "biography"
    if _LIMIT.match(when.expression) or _EXPIRING.search(sentence[: max(start, 0)]):
        return "limit"
    if _PUBLICATION_WORDS.fullmatch(when.expression) and _STATIVE_TODAY.search(sentence):
        return "stative"
    return None


def _is_header(when: PartialDate, sentence: Sentence, document: Document) -> bool:
    """An explicit publication date alone in a short sentence is a dateline, not an event."""
    if when.date != document.date or not re.search(r"\d{4}", when.expression):
        return False
    return len(_WORD.findall(sentence.text.replace(when.expression, " "))) < HEADER_WORDS


def _is_fragment(text: str, expression: str) -> bool:
    rest = text.replace(expression, " ", 1)
    return len(_WORD.findall(rest)) < FRAGMENT_WORDS


def _summary(text: str, start: int, end: int) -> str:
    """A short statement of the sentence (see _shorten), never over SUMMARY_WORDS words
    (an ellipsis is not a word)."""
    summary = _shorten(text, start, end)
    words = summary.split()
    if sum(w != "…" for w in words) <= SUMMARY_WORDS:
        return summary
    kept: list[str] = []
    for word in words:
        if sum(w != "…" for w in kept) == SUMMARY_WORDS:
            break
        kept.append(word)
    return " ".join(kept) + " …"


def _shorten(text: str, start: int, end: int) -> str:
    """A short statement of the sentence, at most SUMMARY_WORDS words, that keeps the
    expression and the sentence's subject: the whole sentence when short enough;
    otherwise the sentence without its asides (appositions, relative clauses,
    parentheses, an opening clause before the subject), longest first; as a last resort
    the clause around the expression, after the subject."""
    expression = text[start:end]
    text = _readable(text)
    if len(text.split()) <= SUMMARY_WORDS:
        return text
    found = text.find(expression)
    if found >= 0:
        start, end = found, found + len(expression)
    segments = _segments(text)
    kept = [True] * len(segments)
    held = next((i for i, seg in enumerate(segments) if seg[0] <= start < seg[2]), 0)
    protected = {held}
    if (
        _words_besides(text[segments[held][0] : segments[held][1]], 0, 0)
        - len(_WORD.findall(expression))
        < 4
    ):  # "Today, ...", "Last year, ...": the statement is the next clause
        following = [
            i
            for i in range(held + 1, len(segments))
            if _first_word(text, segments[i]) not in _RELATIVES | _TAIL | _SUBORDINATE
        ]
        protected.add(following[0] if following else held - 1)
    asides: list[range] = []
    for i in range(len(segments)):
        if i in protected or not _is_aside(text, segments, i, held):
            continue
        # "including ...", "while ..." after the expression: to the end of the sentence
        tail = i > max(protected) and _first_word(text, segments[i]) in _TAIL
        asides.append(range(i, len(segments)) if tail else range(i, i + 1))
    asides.sort(
        key=lambda group: -sum(len(text[segments[j][0] : segments[j][1]].split()) for j in group)
    )
    for group in asides:
        if _words(text, segments, kept) <= SUMMARY_WORDS:
            break
        if held in group:
            continue
        for j in group:
            kept[j] = False
    if _words(text, segments, kept) <= SUMMARY_WORDS:
        return _readable(_join(text, segments, kept))
    return _readable(_clause_summary(text, start, end))


def _segments(text: str) -> list[tuple[int, int, int]]:
    """Clauses as (start, end of its words, start of the next clause)."""
    result: list[tuple[int, int, int]] = []
    begin = 0
    for match in _CLAUSE.finditer(text):
        result.append((begin, match.start(), match.end()))
        begin = match.end()
    result.append((begin, len(text), len(text)))
    return [seg for seg in result if text[seg[0] : seg[1]].strip()] or [(0, len(text), len(text))]


def _is_aside(text: str, segments: list[tuple[int, int, int]], index: int, held: int) -> bool:
    """A clause that can go without losing the statement: a relative clause ("who ...",
    "which ..."), an apposition (lower case, right after a name: "Carstens, the envoy
    for hostage affairs, flew"), a closing clause in lower case ("including ..."), or an
    opening subordinate clause ("Although ...") before the expression's clause."""
    first = _first_word(text, segments[index])
    if not first:
        return True
    if index == 0:
        return held > 0 and first in _SUBORDINATE
    if first in _RELATIVES:
        return True
    if not text[segments[index][0] : segments[index][1]].strip().strip(_QUOTES)[:1].islower():
        return False
    if index == len(segments) - 1:
        return True
    before = text[segments[index - 1][0] : segments[index - 1][1]].split()
    return bool(before) and before[-1].strip(_QUOTES)[:1].isupper()


def _first_word(text: str, segment: tuple[int, int, int]) -> str:
    words = text[segment[0] : segment[1]].split()
    return words[0].strip(_QUOTES).lower() if words else ""


def _words(text: str, segments: list[tuple[int, int, int]], kept: list[bool]) -> int:
    return sum(len(text[s:e].split()) for (s, e, _), k in zip(segments, kept, strict=True) if k)


def _join(text: str, segments: list[tuple[int, int, int]], kept: list[bool]) -> str:
    """The kept clauses with their own punctuation; across a dropped aside, the subject
    meets its verb directly ("Carstens flew ..."), other clauses keep the mark that
    followed the aside."""
    parts: list[str] = []
    previous = -1
    for index, ((s, e, _), keep) in enumerate(zip(segments, kept, strict=True)):
        if not keep:
            continue
        piece = text[s:e].strip()
        if previous >= 0:
            opening = _first_word(text, segments[previous])
            if (
                previous < index - 1
                and piece[:1].islower()
                and opening not in _PREPOSITIONS
                and piece.split()[0] not in _DETERMINERS
                and text[segments[previous][1] : segments[previous][2]].strip() == ","
            ):
                parts.append(" ")  # the subject meets its verb
            else:
                parts.append(_delimiter(text[segments[index - 1][1] : s]))
        parts.append(piece)
        previous = index
    return "".join(parts)


def _delimiter(text: str) -> str:
    mark = text.strip()
    return f"{mark} " if mark in ",;:" else f" {mark} "


def _clause_summary(text: str, start: int, end: int) -> str:
    """The clause around the expression, widened to the next clauses while it says little
    more than the date, with the sentence's opening clause (usually its subject) when the
    clause has none; at most SUMMARY_WORDS words."""
    bounds = [0] + [m.end() for m in _CLAUSE.finditer(text)] + [len(text) + 1]
    begin = max(b for b in bounds if b <= start)
    following = [b for b in bounds if b > end]
    stop = following.pop(0) if following else len(text) + 1
    while following and _words_besides(text[begin : stop - 1], start - begin, end - begin) < 8:
        stop = following.pop(0)
    clause = _strip(text[begin : stop - 1])
    if begin > 0 and (len(clause.split()) < 8 or clause[:1].islower()):
        first = _strip(text[: bounds[1] - 1])
        budget = SUMMARY_WORDS - len(clause.split()) - 1
        if first and first != clause and len(first.split()) <= SUBJECT_WORDS:
            clause = f"{first} … {clause}"
        elif budget >= 4:  # the words just before: what the clause is about
            before = text[:begin].split()
            clause = f"… {' '.join(before[-budget:])} {clause}"
    return _trim(clause, SUMMARY_WORDS)


def _readable(text: str) -> str:
    """Markdown and HTML marks taken out of a summary (the event keeps the sentence as
    written): link targets, emphasis, tags, list bullets."""
    text = _MD_LINK.sub(r"\1", text)
    text = _TAG.sub("", text)
    text = text.replace("**", "").replace("__", "")
    text = re.sub(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])", "", text)
    text = " ".join(text.split()).lstrip("-•* ")
    return text.strip(" ,;:—–(" + _QUOTES).rstrip(")")


def _words_besides(clause: str, start: int, end: int) -> int:
    return len(_WORD.findall(clause[:start] + " " + clause[end:]))


def _strip(text: str) -> str:
    return text.strip(" ,;:—–()\"“”'‘’")


def _trim(text: str, words: int) -> str:
    parts = text.split()
    if len(parts) <= words:
        return " ".join(parts)
    return " ".join(parts[:words]) + " …"


def _content_words(text: str) -> frozenset[str]:
    return frozenset(
        w.lower().strip("'’-")
        for w in _WORD.findall(text)
        if len(w) > 2 and w.lower() not in _STOPWORDS
    )


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


# --- Merging across sources.


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _same_happening(a: _Candidate, b: _Candidate) -> bool:
    """Strongly overlapping words, or entities and some words. Two sentences that both
    name entities but none in common are about different things, however alike their
    wording ("received her J.D. from ... in 1999" in two biographies)."""
    ea, eb = set(a.entities), set(b.entities)
    if ea and eb and not ea & eb:
        return False
    shared = len(a.words & b.words)
    if shared >= MIN_SHARED_WORDS and _dice(a.words, b.words) >= MERGE_WORD_DICE:
        return True
    if ea and eb:
        jaccard = len(ea & eb) / len(ea | eb)
        return jaccard >= MERGE_ENTITY_JACCARD and _dice(a.words, b.words) >= MERGE_ENTITY_WORD_DICE
    return False


def _merge(candidates: list[_Candidate]) -> list[Event]:
    """Greedy clustering within each (date, precision): a candidate joins the first
    cluster it matches that holds no other candidate of its document."""
    groups: dict[str, list[_Candidate]] = defaultdict(list)
    for candidate in sorted(candidates, key=lambda c: c.key):
        groups[candidate.when.date].append(candidate)
    events: list[Event] = []
    for date in sorted(groups):
        clusters: list[list[_Candidate]] = []
        for candidate in groups[date]:
            for cluster in clusters:
                if all(c.document.id != candidate.document.id for c in cluster) and any(
                    _same_happening(candidate, c) for c in cluster
                ):
                    cluster.append(candidate)
                    break
            else:
                clusters.append([candidate])
        events.extend(_event(cluster) for cluster in clusters)
    events.sort(key=lambda e: (e.date, _first_key(e)))
    return events


def _first_key(event: Event) -> tuple[str, int]:
    first = event.sources[0]
    return (first.document, first.sentence)


def _event(cluster: list[_Candidate]) -> Event:
    first = cluster[0]
    sources = tuple(
        Citation(c.document.id, n)
        for c in sorted(cluster, key=lambda c: c.key)
        for n in c.sentences
    )
    digest = hashlib.sha256(
        f"{first.when.date}|{first.document.id}|{first.sentences[0]}|{first.when.expression}".encode()
    ).hexdigest()[:8]
    return Event(
        id=f"e{first.when.date.replace('-', '')}x{digest}",
        date=first.when.date,
        precision=first.when.precision,
        text=first.text,
        summary=first.summary,
        expression=first.when.expression,
        resolution=first.when.explanation,
        entities=_unique(i for c in cluster for i in c.entities),
        sources=sources,
        future=all(c.when.future for c in cluster),
    )


def _link_disagreements(events: list[Event]) -> list[Event]:
    """Events at different dates that read as the same happening reported by different
    documents (near-identical words, an entity in common, dates that may agree) point at
    each other ("also reported as"), so both dates stay visible."""
    words = [_content_words(e.text) for e in events]
    postings: dict[str, list[int]] = defaultdict(list)
    for index, bag in enumerate(words):
        for word in bag:
            postings[word].append(index)
    links: dict[int, set[int]] = defaultdict(set)
    for index, bag in enumerate(words):
        counts: dict[int, int] = defaultdict(int)
        for word in bag:
            posting = postings[word]
            if len(posting) > COMMON_WORD_CANDIDATES:
                continue
            for other in posting:
                if other > index:
                    counts[other] += 1
        for other, shared in counts.items():
            a, b = events[index], events[other]
            if (
                shared >= MIN_SHARED_WORDS
                and a.date != b.date
                and _dice(bag, words[other]) >= DISAGREE_WORD_DICE
                and not {s.document for s in a.sources} & {s.document for s in b.sources}
                and set(a.entities) & set(b.entities)
                and _dates_may_agree(a, b)
            ):
                links[index].add(other)
                links[other].add(index)
    return [
        replace(e, also_reported=tuple(events[o].id for o in sorted(links[i]))) if i in links else e
        for i, e in enumerate(events)
    ]


def _dates_may_agree(a: Event, b: Event) -> bool:
    """Two dates that could be one happening misdated: one holds the other ("2019" and
    "2019-03"), or they are days close together at the same precision. Two events each
    dated by its own publication day ("spoke today with ...") are two happenings."""
    if a.date.startswith(b.date) or b.date.startswith(a.date):
        return True
    if a.precision != b.precision or _days_apart(a.date, b.date) > DISAGREE_MAX_DAYS:
        return False
    return not (_dated_by_publication(a) and _dated_by_publication(b))


def _dated_by_publication(event: Event) -> bool:
    return bool(_PUBLICATION_WORDS.search(event.expression))


def _days_apart(a: str, b: str) -> int:
    return abs((_start(a) - _start(b)).days)


def _start(date: str) -> dt.date:
    parts = [int(p) for p in date.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


# --- Key dates.


def rank_dates(
    corpus: Corpus, candidates: Sequence[_Candidate], limit: int = KEY_DATES
) -> list[KeyDate]:
    """Days ranked by how many documents refer to them and were published on them.

    As in timeline summarization (Tran et al. 2013; Martschat and Markert 2018;
    Ghalandari and Ifrim 2020): references are counted by distinct documents, a
    reference made well after the day counts extra, a boilerplate wording (the same
    words before the date in TEMPLATE_DOCUMENTS documents or more: "which was sent to
    the Senate on ...") counts once per day however many documents repeat it, and a
    sentence that lists several days ("on July 8, July 14 and July 16") shares one
    reference among them.
    """
    contexts: dict[str, set[str]] = defaultdict(set)
    days_in_sentence: dict[tuple[str, int], set[str]] = defaultdict(set)
    for c in candidates:
        contexts[_reference_context(c)].add(c.document.id)
        if c.when.precision == "day":
            days_in_sentence[(c.document.id, c.sentences[-1])].add(c.when.date)
    units: dict[str, dict[tuple[str, str], float]] = defaultdict(dict)
    documents: dict[str, set[str]] = defaultdict(set)  # the day's referring documents
    for c in candidates:
        if c.when.precision != "day" or c.when.date == c.document.date:
            continue
        context = _reference_context(c)
        unit = (
            ("template", context)
            if len(contexts[context]) >= TEMPLATE_DOCUMENTS
            else ("document", c.document.id)
        )
        weight = REFERENCE_WEIGHT
        listed = len(days_in_sentence[(c.document.id, c.sentences[-1])])
        if listed >= LIST_DAYS:
            weight /= listed
        if c.document.date > c.when.date and (
            _days_apart(c.document.date, c.when.date) >= RETROSPECTIVE_DAYS
        ):
            weight *= 1 + RETROSPECTIVE_WEIGHT
        day_units = units[c.when.date]
        day_units[unit] = max(day_units.get(unit, 0.0), weight)
        documents[c.when.date].add(c.document.id)
    publications: dict[str, int] = defaultdict(int)
    for document in corpus.documents:
        publications[document.date] += 1
        documents[document.date].add(document.id)
    span = corpus.date_range
    ranked = []
    for day in set(units) | set(publications):
        score = sum(units[day].values()) + PUBLICATION_WEIGHT * math.log2(1 + publications[day])
        if span and not _near_span(day, span):
            score *= OUTSIDE_SPAN_FACTOR
        references = len({u for u in units[day] if u[0] == "document"}) + len(
            {u for u in units[day] if u[0] == "template"}
        )
        ranked.append(KeyDate(day, round(score, 6), references, publications[day]))
    ranked.sort(key=lambda k: (-k.score, k.date))
    return _distinct(ranked, documents)[:limit]


def _distinct(ranked: list[KeyDate], documents: Mapping[str, set[str]]) -> list[KeyDate]:
    """Distinct key dates: a day close to a better one (at most REDUNDANT_DAYS apart)
    whose documents are mostly that day's too (a visit's second day, the same list of
    days) goes after every day that is not redundant; both orders keep scores."""
    kept: list[KeyDate] = []
    later: list[KeyDate] = []
    for key in ranked:
        own = documents.get(key.date, set())
        redundant = own and any(
            _days_apart(key.date, k.date) <= REDUNDANT_DAYS
            and len(own & documents.get(k.date, set())) >= REDUNDANT_SHARE * len(own)
            for k in kept
        )
        (later if redundant else kept).append(key)
    return kept + later


def _reference_context(candidate: _Candidate) -> str:
    """The words written just before a date, lower case, without numbers: what a
    boilerplate sentence repeats whatever the day and the names around it."""
    text = candidate.text
    at = text.find(candidate.when.expression)
    words = re.findall(r"[a-z]+", text[: max(at, 0)].lower())
    return " ".join(words[-CONTEXT_WORDS:])


# --- The page's data: computed here, formatted by templates/chronology.md.j2.


def page_context(
    chronology: Chronology,
    corpus: Corpus,
    entities: Mapping[str, Mapping[str, str | None]],
) -> dict[str, object]:
    """What templates/chronology.md.j2 needs: events grouped by year then month (a
    year-only event before the year's months), key dates with their events, lookups.
    When the chronology is split by year ("split"), the page lists the years with their
    pages and the main events instead of every event (see year_page_contexts)."""
    years = _years(chronology.events)
    split = any(e.page != INDEX_PAGE for e in chronology.events)
    by_date: dict[str, list[Event]] = defaultdict(list)
    for event in chronology.events:
        by_date[event.date].append(event)
    published: dict[str, list[Document]] = defaultdict(list)
    for document in corpus.documents:
        published[document.date].append(document)
    key_dates = [
        {
            "date": k.date,
            "score": k.score,
            "references": k.references,
            "publications": k.publications,
            "events": sorted(by_date.get(k.date, []), key=_telling)[:KEY_DATE_EVENTS],
            "published": published.get(k.date, [])[:KEY_DATE_EVENTS],
        }
        for k in chronology.key_dates
    ]
    return {
        "events": chronology.events,
        "years": [] if split else years,
        "year_index": [
            {"year": y["year"], "count": y["count"], "page": _year_page(y["year"], split)}
            for y in years
        ],
        "split": split,
        "main_events": _main_events(chronology, corpus.date_range) if split else [],
        "key_dates": key_dates,
        "documents": corpus.documents,
        "documents_by_id": {d.id: d for d in corpus.documents},
        "events_by_id": {e.id: e for e in chronology.events},
        "entities": entities,
    }


def year_page_contexts(
    chronology: Chronology,
    corpus: Corpus,
    entities: Mapping[str, Mapping[str, str | None]],
) -> list[tuple[str, dict[str, object]]]:
    """(page, context) of each page of a split chronology, for
    templates/chronology_year.md.j2: one per year, and one per month of a year too
    large for one page; none when the chronology fits on one page."""
    by_page: dict[str, list[Event]] = defaultdict(list)
    for event in chronology.events:
        if event.page != INDEX_PAGE:
            by_page[event.page].append(event)
    if not by_page:
        return []
    lookups = {
        "index_page": INDEX_PAGE,
        "documents_by_id": {d.id: d for d in corpus.documents},
        "events_by_id": {e.id: e for e in chronology.events},
        "entities": entities,
    }
    years = sorted({e.date[:4] for e in chronology.events})
    months = sorted(p for p in by_page if len(_period(p)) == 7)
    result: list[tuple[str, dict[str, object]]] = []
    for index, year in enumerate(years):
        page = _page(year)
        subpages = [
            {"period": _period(m), "page": m, "count": len(by_page[m])}
            for m in months
            if _period(m).startswith(year)
        ]
        (groups,) = _years(by_page[page]) or [{"months": []}]
        context = {
            "period": year,
            "count": sum(1 for e in chronology.events if e.date.startswith(year)),
            "groups": groups["months"],
            "subpages": subpages,
            "up": None,
            "previous": _neighbour([_page(y) for y in years], index - 1),
            "next": _neighbour([_page(y) for y in years], index + 1),
        }
        result.append((page, context | lookups))
    for index, page in enumerate(months):
        context = {
            "period": _period(page),
            "count": len(by_page[page]),
            "groups": [{"month": None, "events": by_page[page]}],
            "subpages": [],
            "up": {"page": _page(_period(page)[:4]), "period": _period(page)[:4]},
            "previous": _neighbour(months, index - 1),
            "next": _neighbour(months, index + 1),
        }
        result.append((page, context | lookups))
    return result


def _page(period: str) -> str:
    return f"{CHRONOLOGY_DIR}/{period}.md"


def _period(page: str) -> str:
    return posixpath.basename(page)[: -len(".md")]


def _years(events: Iterable[Event]) -> list[dict[str, object]]:
    months: dict[tuple[str, str | None], list[Event]] = defaultdict(list)
    for event in events:
        month = event.date[:7] if event.precision != "year" else None
        months[(event.date[:4], month)].append(event)
    years: list[dict[str, object]] = []
    for year in sorted({y for y, _ in months}):
        keys = sorted((m for y, m in months if y == year), key=lambda m: m or "")
        groups = [{"month": m, "events": months[(year, m)]} for m in keys]
        count = sum(len(months[(year, m)]) for m in keys)
        years.append({"year": year, "count": count, "months": groups})
    return years


def _year_page(year: object, split: bool) -> str:
    return _page(str(year)) if split else INDEX_PAGE


def _neighbour(pages: list[str], index: int) -> dict[str, str] | None:
    if not 0 <= index < len(pages):
        return None
    return {"page": pages[index], "period": _period(pages[index])}


def _main_events(chronology: Chronology, span: tuple[str, str] | None) -> list[dict[str, object]]:
    """The MAIN_EVENTS events reported by most documents, in date order, with their
    number of documents: an event of a key date counts two documents more, one far
    outside the span the documents were published in (background: "not seen since
    1969") two less; among equals, days before months and years."""
    keys = {k.date for k in chronology.key_dates}

    def weight(event: Event) -> int:
        near = span is None or (
            _near_span(event.date, span)
            if event.precision == "day"
            else span[0][: len(event.date)] <= event.date <= span[1][: len(event.date)]
        )
        return _documents(event) + 2 * (event.date in keys) - 2 * (not near)

    precision = {"day": 0, "month": 1, "year": 2}
    ranked = sorted(
        chronology.events,
        key=lambda e: (-weight(e), precision.get(e.precision, 3), e.date, e.id),
    )
    main = sorted(ranked[:MAIN_EVENTS], key=lambda e: (e.date, e.id))
    return [{"event": e, "documents": _documents(e)} for e in main]


def _documents(event: Event) -> int:
    return len({s.document for s in event.sources})


def _near_span(day: str, span: tuple[str, str]) -> bool:
    first, last = (_start(d) for d in span)
    margin = dt.timedelta(days=OUTSIDE_SPAN_DAYS)
    return first - margin <= _start(day) <= last + margin


def _telling(event: Event) -> tuple[int, int]:
    """Sort key for a key date's events: reported by more documents first, then those
    that recall the day from another day's document ("since the invasion on February
    24") before those dated by their own publication ("today")."""
    own_day = bool(_PUBLICATION_WORDS.search(event.expression))
    return (-len({s.document for s in event.sources}), int(own_day))
