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
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..infra.memo import Memo, made_from
from ..ingest.text import slugify
from ..model import Analysis, Chronology, Citation, Corpus, Document, Event, KeyDate, Sentence
from .dates import PartialDate, resolve_expression
from .summary import SUMMARY_WORDS, summarise_sentence, trim_words

SentenceEntities = Mapping[tuple[str, int], tuple[str, ...]]

# Labels whose spans are temporal expressions ("tonight" is a TIME).
TEMPORAL_LABELS = frozenset({"DATE", "TIME"})
# Temporal expressions read per document, in text order: dateparser takes milliseconds
# each, and 2 MB of dates holds ~100,000 (a news article, a few hundred at most).
MAX_TEMPORAL_SPANS = 3_000
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
# A chronology of more events than this is split (see chronology_pages): each year gets
# a page, and each month too in a year of more events than this.
# (Measured: ~0.45 KB of Markdown per event; 8,500 events of 1,800 documents ~4.7 MB.)
PAGE_EVENTS = 500
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
    memo: Memo | None = None,
) -> Chronology:
    """Dated events of the corpus, merged across sources, and the `key_dates` best days."""
    by_id = {a.document: a for a in analyses}
    candidates: list[_Candidate] = []
    for document in corpus.documents:
        analysis = by_id.get(document.id)
        if analysis is not None:
            candidates.extend(_candidates(document, analysis, sentence_entities, memo))
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
        return period_page(event.date[:7])
    return period_page(year)


def period_page(period: str) -> str:
    """The page of a year ("2022") or a month ("2022-03") of a split chronology."""
    return f"{CHRONOLOGY_DIR}/{period}.md"


def events_by_entity(chronology: Chronology) -> dict[str, tuple[Event, ...]]:
    """Each entity's own timeline: the events that involve it, in date order."""
    timelines: dict[str, list[Event]] = defaultdict(list)
    for event in chronology.events:
        for entity_id in dict.fromkeys(event.entities):
            timelines[entity_id].append(event)
    return {k: tuple(v) for k, v in timelines.items()}


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
    document: Document,
    analysis: Analysis,
    entities: SentenceEntities,
    memo: Memo | None = None,
) -> list[_Candidate]:
    """The document's dated sentences (remembered: they depend on it alone), each with
    the entities named in its cited sentences."""
    dated = made_from(memo, "dated", document.id, (document, analysis), _dated, document, analysis)
    return [
        _Candidate(
            document=document,
            when=when,
            sentences=cited,
            text=text,
            summary=summary,
            entities=_unique(i for n in cited for i in entities.get((document.id, n), ())),
            words=words,
        )
        for when, cited, text, summary, words in dated
    ]


_Dated = tuple[PartialDate, tuple[int, ...], str, str, frozenset[str]]


def _dated(document: Document, analysis: Analysis) -> tuple[_Dated, ...]:
    """(date, cited sentence numbers, text, summary, content words) per dated sentence."""
    dated: dict[int, list[tuple[PartialDate, int, int]]] = defaultdict(list)
    read = 0
    for span in analysis.spans:
        if span.label not in TEMPORAL_LABELS or not 0 < span.sentence <= len(document.sentences):
            continue
        read += 1
        if read > MAX_TEMPORAL_SPANS:
            break
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
    result: list[_Dated] = []
    for number in sorted(dated):
        sentence = document.sentences[number - 1]
        for when, start, end in _finest(dated[number]):
            cited: tuple[int, ...] = (number,)
            text = sentence.text
            summary = summarise_sentence(sentence.text, start, end)
            if _is_fragment(sentence.text, when.expression) and number > 1:
                previous = document.sentences[number - 2]
                cited = (number - 1, number)
                text = f"{previous.text} {sentence.text}"
                summary = trim_words(f"{previous.text} {sentence.text}", SUMMARY_WORDS)
            result.append((when, cited, text, summary, _content_words(text)))
    return tuple(result)


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


@lru_cache(maxsize=1 << 16)
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


@lru_cache(maxsize=1 << 12)
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


def _near_span(day: str, span: tuple[str, str]) -> bool:
    first, last = (_start(d) for d in span)
    margin = dt.timedelta(days=OUTSIDE_SPAN_DAYS)
    return first - margin <= _start(day) <= last + margin
