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

import bisect
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from operator import attrgetter
from typing import Any

from ..analyse.cache import AnalysisCache
from ..infra.memo import active, reused_if_same
from ..infra.workers import fork_workers, in_forks
from ..model import (
    Analysis,
    Chronology,
    Citation,
    Corpus,
    Document,
    Event,
    Sentence,
    SentenceEntities,
)
from . import belongs, unnamed
from .answers import ANSWERS
from .claimed import as_claimed
from .dates import PUBLICATION_WORDS, PartialDate, days_apart
from .expressions import DATELINE, readings
from .happenings import REFERENCE_RULES, TITLE, not_a_happening
from .key_dates import rank_dates, shown
from .lists import first_item
from .measured import news_figure
from .reports import kept_apart, names_its_happening, own_days
from .summary import (
    SUMMARY_WORDS,
    summarise_lead_in,
    summarise_sentence,
    summarise_with,
    trim_words,
)
from .unnamed import UNNAMED_DEED, deed_named_before, news_told, unnamed_deed

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
# Same day, same happening told in other words ("exploded" / "the explosion"): words
# compared by their first STEM_LETTERS letters, leaving out those so common in the corpus
# that they tell no happening apart (in more than COMMON_STEM_SHARE of its candidates:
# "President" in White House releases). Days only: a month or a year holds too many
# happenings told in like words (measured on bpoil_reuters and c300).
STEM_LETTERS = 5
COMMON_STEM_SHARE = 0.2
MIN_SHARED_STEMS = 4
MERGE_STEM_DICE = 0.4
# Same happening, different dates: a stricter overlap, and dates at most this far apart.
DISAGREE_WORD_DICE = 0.6
DISAGREE_MAX_DAYS = 14
# A word in more candidates than this is too common to find near-duplicates by.
COMMON_WORD_CANDIDATES = 200
# A sentence left with fewer words than this once its date is removed ("In March.") is a
# fragment: it dates the sentence before it.
FRAGMENT_WORDS = 3
# A sentence whose subject is a pronoun is read with the sentence that names it, at most
# this many sentences before it in its paragraph ("BP said ... It added ... On Tuesday, it
# said ...": two back); further back, the pronoun may mean something else.
ANTECEDENT_SENTENCES = 3
# The happening rule (happenings.py) of a dateline's date: a reference to its day.
DATELINE_RULE = "dateline"
# A sentence this short that only states the publication date is a header or dateline.
HEADER_WORDS = 8
# A chronology of more events than this is split (see chronology_pages): each year gets
# a page, each month too in a year of more events than this, and a month of more events
# than this is cut into runs of days (chronology/2021-07-12.md: from 12 July).
# 100: a full entry (summary, sources, entities, how it was dated) measured 135-160 px
# tall on a desktop and 230-275 px at 390 px wide (300 White House documents, 12
# briefings, 300 Reuters articles), so a page holds at most ~16,000 px on a desktop and
# ~27,000 px on a phone, ~3,000 px in the one-line view (the filter narrows it further).
# 150 gave 40,000 px pages on a phone; 500 made the 12 briefings one 43,000 px page.
# Fewer would cut most months of a busy story into runs of a few days.
PAGE_EVENTS = 100
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
_PUBLICATION_WORDS = re.compile(rf"\b(?:{PUBLICATION_WORDS})\b", re.I)
# A sentence that opens with a pronoun as its subject (after a conjunction or a
# speaker's filler, and an opening adverbial of time or place set off by a comma: "On
# Tuesday, it said", "Later that day, he", "That's something we're going to start this
# month"): its subject is named before, in the paragraph.
_OPENING_ADVERBIAL = (
    r"(?:(?:on|in|at|by|after|before|during|since|from|until|last|this|earlier|later|early|"
    r"late|next|yesterday|today|tonight|then|meanwhile|separately|instead|overnight)\b[^,;:.!?]{0,40},\s+)?"
)
_PRONOUN_SUBJECT = re.compile(
    r"^[\"“‘']?(?:(?:and|but|so|then|also|now|still|yet|well|again),?\s+)*"
    + _OPENING_ADVERBIAL
    + r"(?:he|she|it|they|"
    r"this|that|these|those)\b(?!['’]s (?!being|been|something|what|one of|exactly)| is (?:a|an|the|not|no|also|still|why|what|how|"
    r"important|clear|true|worth)\b)",
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
    reason: str | None = None  # why it is a reference to its day but not an event
    told: frozenset[str] = frozenset()  # the days its text dates by its own ("today")

    @property
    def date(self) -> str:
        return self.when.date

    @property
    def key(self) -> tuple[str, str, int, str]:
        return (self.document.date, self.document.id, self.sentences[0], self.when.date)


def dated_sentences(
    corpus: Corpus,
    analyses: Sequence[Analysis],
    sentence_entities: SentenceEntities,
    cache: AnalysisCache | None = None,
    jobs: int | None = None,
) -> list[_Candidate]:
    """Every dated sentence of the corpus that refers to a day: the references that rank
    the key dates, and, those that state a happening (reason None), the candidates that
    merge into events. A question, a forecast, a greeting ... still refers to its day
    (REFERENCE_RULES); a biography's years, a deadline, a figure's reference point do
    not. Each document's are read once (`each_dated`: kept in `cache`, on `jobs`
    processes)."""
    by_id = {a.document: a for a in analyses}
    read = [(d, a) for d in corpus.documents if (a := by_id.get(d.id)) is not None]
    candidates: list[_Candidate] = []
    for (document, _), dated in zip(read, each_dated(read, cache, jobs), strict=True):
        candidates.extend(_candidates(document, dated, sentence_entities))
    return candidates


def build_chronology(
    corpus: Corpus,
    analyses: Sequence[Analysis],
    sentence_entities: SentenceEntities,
    cache: AnalysisCache | None = None,
    jobs: int | None = None,
) -> Chronology:
    """Dated events of the corpus, merged across sources, and every day ranked.
    `cache` keeps each document's dated sentences for the next build, `jobs` the
    processes that read them (None: one per core)."""
    candidates = dated_sentences(corpus, analyses, sentence_entities, cache, jobs)
    claimed = [replace(c, when=as_claimed(c.when)) for c in candidates if c.reason is None]
    events = _link_disagreements(_merge(claimed))
    if len(events) > PAGE_EVENTS:  # one page per year (chronology/2022.md ...)
        pages = _split_pages(events)
        events = [replace(e, page=pages[e.id]) for e in events]
    return Chronology(
        events=tuple(events),
        key_dates=tuple(rank_dates(corpus, candidates)),
        shown=shown(corpus),
    )


def _split_pages(events: Sequence[Event]) -> dict[str, str]:
    """Event id -> its page in a split chronology: its year's; in a year of more than
    PAGE_EVENTS events, its month's; in a month of more, its run of days' (a year-only
    event stays on the year's page, a month-only one on the month's)."""
    per_year = Counter(e.date[:4] for e in events)
    per_month = Counter(e.date[:7] for e in events if e.precision != "year")
    days: dict[str, Counter[str]] = defaultdict(Counter)  # month -> events per day
    for event in events:
        if per_year[event.date[:4]] > PAGE_EVENTS and event.precision == "day":
            days[event.date[:7]][event.date] += 1
    run: dict[str, str] = {}  # day -> the first day of its run
    for month, per_day in days.items():
        if per_month[month] > PAGE_EVENTS:
            run.update(_runs(per_day))
    pages = {}
    for event in events:
        year = event.date[:4]
        if per_year[year] <= PAGE_EVENTS or event.precision == "year":
            pages[event.id] = period_page(year)
        else:
            pages[event.id] = period_page(run.get(event.date, event.date[:7]))
    return pages


def _runs(per_day: Mapping[str, int]) -> dict[str, str]:
    """Each day -> the first day of its run: consecutive days of at most PAGE_EVENTS
    events together (a day of more is a run of its own)."""
    runs: dict[str, str] = {}
    first, size = "", 0
    for day in sorted(per_day):
        if not first or size + per_day[day] > PAGE_EVENTS:
            first, size = day, 0
        runs[day] = first
        size += per_day[day]
    return runs


def period_page(period: str) -> str:
    """The page of a year ("2022"), a month ("2022-03") or a run of days from its first
    ("2022-03-14") of a split chronology."""
    return f"{CHRONOLOGY_DIR}/{period}.md"


def events_by_entity(chronology: Chronology) -> dict[str, tuple[Event, ...]]:
    """Each entity's own timeline: the events that involve it, in date order."""
    timelines: dict[str, list[Event]] = defaultdict(list)
    for event in chronology.events:
        for entity_id in dict.fromkeys(event.entities):
            timelines[entity_id].append(event)
    return {k: tuple(v) for k, v in timelines.items()}


# --- Candidates: one per dated sentence and date.


def _candidates(
    document: Document, dated: tuple[_Dated, ...], entities: SentenceEntities
) -> list[_Candidate]:
    """The document's dated sentences (`_dated`), each with the entities named in its
    cited sentences."""
    return [
        _Candidate(
            document=document,
            when=when,
            sentences=cited,
            text=text,
            summary=summary,
            entities=_unique(i for n in cited for i in entities.get((document.id, n), ())),
            words=words,
            reason=reason,
            told=told,
        )
        for when, cited, text, summary, words, reason, told in dated
    ]


_Dated = tuple[PartialDate, tuple[int, ...], str, str, frozenset[str], str | None, frozenset[str]]

# Documents per worker below which one process reads their dated sentences as fast (2
# cores, 7 December 2026: forking a worker and taking its results back costs about
# 0.1 s; whitehouse-2022 takes 17 ms a document, the T17 topics 10-25).
DATED_PER_WORKER = 50


def each_dated(
    read: Sequence[tuple[Document, Analysis]],
    cache: AnalysisCache | None = None,
    jobs: int | None = None,
) -> list[tuple[_Dated, ...]]:
    """Each document's `_dated`, in order. They depend on the document and its analysis
    alone (and on the code): `cache` keeps them between builds (readings, by the
    document, its spans and the code), so a rebuild reads only the documents that
    changed; the others are read on all cores (infra/workers.in_forks: this process a
    share, forked children the rest). Not in the watch, which remembers each document's
    in this process (infra/memo.py) and reads them here."""
    if cache is None or active() is not None:
        return _read_dated(read, jobs)
    keys = [cache.reading_key(d, a.spans, "chronology") for d, a in read]

    def missing(indices: list[int]) -> list[tuple[_Dated, ...]]:
        return _read_dated([read[i] for i in indices], jobs)

    return cache.readings(keys, missing, _packed_dated, _unpacked_dated)


def _read_dated(
    read: Sequence[tuple[Document, Analysis]], jobs: int | None
) -> list[tuple[_Dated, ...]]:
    """`_dated` of each document, on `jobs` processes (None: one per core) for a corpus
    big enough. dateparser's answers a child found are learnt here (answers.ANSWERS), so
    the build keeps them (dates.json) as if they were asked here."""
    workers = fork_workers(len(read), jobs, DATED_PER_WORKER)
    if workers <= 1:
        return [_dated(document, analysis) for document, analysis in read]

    def dated(i: int) -> tuple[tuple[_Dated, ...], list[tuple[str, tuple[str, str] | None]]]:
        asked = len(ANSWERS.new)
        made = _dated(*read[i])
        return made, ANSWERS.new_since(asked)

    result = []
    for made, answers in in_forks(dated, len(read), workers):
        ANSWERS.learn(answers)
        result.append(made)
    return result


_WHEN = attrgetter(*(f.name for f in fields(PartialDate)))


def _packed_dated(dated: tuple[_Dated, ...]) -> list[Any]:
    """A document's dated sentences as the cache keeps them (JSON: each date's fields
    in order, sets as sorted lists)."""
    return [
        [_WHEN(when), cited, text, summary, sorted(words), reason, sorted(told)]
        for when, cited, text, summary, words, reason, told in dated
    ]


def _unpacked_dated(packed: list[Any]) -> tuple[_Dated, ...]:
    return tuple(
        (PartialDate(*when), tuple(cited), text, summary, frozenset(words), reason, frozenset(told))
        for when, cited, text, summary, words, reason, told in packed
    )


@reused_if_same("dated", key=lambda document, analysis: document.id)
def _dated(document: Document, analysis: Analysis) -> tuple[_Dated, ...]:
    """(date, cited sentence numbers, text, summary, content words, reason it is no
    event or None, other days its text dates by its own) per dated sentence that refers
    to its day."""
    dated: dict[int, list[tuple[PartialDate, int, int]]] = defaultdict(list)
    reasons: dict[tuple[int, int], str | None] = {}
    expressions: dict[int, list[tuple[str, str]]] = defaultdict(list)
    judged = [
        (s, w, st, not_a_happening(s.text, w, st))
        for s, w, st in dated_expressions(document, analysis)
    ]
    for sentence, when, start, reason in judged:
        expressions[sentence.number].append((when.expression, when.date))
        finer = (r for s, w, _, r in judged if s.number == sentence.number and when.contains(w))
        if reason is None and belongs.names_a_thing(
            sentence.text.replace("’", "'"), when, start, finer
        ):
            continue  # "Later this week ... will meet ... to discuss this year's exams"
        if document.is_title(sentence.number):
            if document.date.startswith(when.date):
                continue  # "Press Briefing ..., January 20, 2021": its own day, no reference
            reason = reason or TITLE
        if reason and reason not in REFERENCE_RULES:
            continue
        dated[sentence.number].append((when, start, start + len(when.expression)))
        reasons[(sentence.number, start)] = reason
    result: list[_Dated] = []
    for number in sorted(dated):
        sentence = document.sentences[number - 1]
        datelines = {
            start for _, start, _ in dated[number] if reasons[(number, start)] == DATELINE_RULE
        }
        for when, start, end in _finest(dated[number], datelines):
            cited, text, summary, unnamed = _read_with_context(
                document, number, when.expression, start
            )
            reason = reasons[(number, start)] or unnamed
            if reason is None and cited[0] == number - 1 and _only_its_date(sentence.text, when.expression):
                # A sentence that is only its date is read with the sentence before it, and
                # judged with it ("I'm sorry. Yesterday.": a correction, no happening); one
                # with a verb of its own is judged alone ("They're meeting next week.").
                reason = not_a_happening(text, when, len(text) - len(sentence.text) + start)
            told = own_days(e for n in cited for e in expressions[n])
            if names_its_happening(sentence.text, start, end):
                told = frozenset()  # "their May 18 phone call": the text says which
            result.append((when, cited, text, summary, _content_words(text), reason, told))
    return tuple(result)


def _read_with_context(
    document: Document, number: int, expression: str, start: int
) -> tuple[tuple[int, ...], str, str, str | None]:
    """(cited sentence numbers, text, summary, reason it is no event or None) of dated
    sentence `number` (its date's `expression` at `start`), read with the sentence that
    tells what it leaves out: the one before for a fragment, a pronoun subject or a deed
    named by a pointing word (chronology/unnamed: "He'll do that next week too.", no
    event when the one before names no deed; "Obama last night used that term."); the
    next for a list's lead-in or news."""
    sentence = document.sentences[number - 1]
    end = start + len(expression)
    told, at, to = _story_told(document, sentence, start, end)  # (for the summaries)
    alone = summarise_sentence(told, at, to)
    # Not the title: the body's first sentence does not continue it.
    titled = number == 1 or document.is_title(number - 1)
    previous = None if titled else document.sentences[number - 2]
    if unnamed_deed(sentence.text, start, end):
        if (deed := deed_named_before(document, number)) is None:
            return (number,), sentence.text, alone, UNNAMED_DEED
        summary = summarise_with(deed.text, told, at, to)
        return (number - 1, number), f"{deed.text} {sentence.text}", summary, None
    if previous is not None and (_is_fragment(sentence.text, expression) or _cut_open(previous.text, sentence.text)):
        text = f"{previous.text} {sentence.text}"
        return (number - 1, number), text, trim_words(text, SUMMARY_WORDS), None
    if (named := _subject_named_before(document, number)) is not None:
        text = " ".join(s.text for s in document.sentences[named.number - 1 : number])
        summary = summarise_with(named.text, told, at, to)
        return tuple(range(named.number, number + 1)), text, summary, None
    if unnamed.pointed_object(sentence.text, start, end) and (deed := deed_named_before(document, number)):
        summary = summarise_with(deed.text, told, at, to)
        return (number - 1, number), f"{deed.text} {sentence.text}", summary, None
    if (item := first_item(document, number) or news_told(document, number)) is not None:
        summary = summarise_lead_in(told, at, to, item.text)
        text = f"{sentence.text} {item.text}"
        return (number, item.number), text, summary, news_figure(sentence.text, item.text)
    return (number,), sentence.text, alone, None


def _story_told(
    document: Document, sentence: Sentence, start: int, end: int
) -> tuple[str, int, int]:
    """The sentence's text from where its story is told, after the dateline, byline or
    photo credit it opens with ("WASHINGTON -- ", "(AP Photo) NEW ORLEANS -- "), with the
    expression's offsets in it; the whole sentence when the expression is in them."""
    marks = document.skipped
    at = sentence.start
    index = bisect.bisect_right(marks, at, key=lambda mark: mark[0]) - 1
    index = max(index, 0)
    while index < len(marks) and marks[index][0] <= at:
        if marks[index][1] > at:
            at = marks[index][1]
            while at < sentence.end and document.text[at].isspace():
                at += 1
        index += 1
    lead = at - sentence.start
    if lead <= 0 or lead > start or at >= sentence.end:
        return sentence.text, start, end
    return sentence.text[lead:], start - lead, end - lead


def dated_expressions(
    document: Document, analysis: Analysis
) -> Iterable[tuple[Sentence, PartialDate, int]]:
    """(sentence, date, where the expression starts in it) of each temporal expression
    that resolves to a point in time: what not_a_happening judges. A dateline's date
    ("HOUSTON, April 29 (Reuters) -- ...") dates the lead it opens; a dateline alone in its
    sentence, or a wire header's or timestamp's date, dates nothing."""
    for span, sentence, when, rule in readings(document, analysis, MAX_TEMPORAL_SPANS):
        if when is None or _is_header(when, sentence, document):
            continue
        if rule == DATELINE and _only_skipped(sentence, document):  # a dateline alone
            continue
        start = sentence.text.find(when.expression)
        if start < 0:  # quotes or spaces normalised in the expression
            start = span.start - sentence.start
        yield sentence, when, start


def _finest(
    found: list[tuple[PartialDate, int, int]], datelines: Container[int] = ()
) -> list[tuple[PartialDate, int, int]]:
    """One entry per date: the first, unless that is a dateline's (its start in
    `datelines`), which gives way to the lead's own expression of its day ("RIYADH,
    June 3 (Reuters) - ... the minister said on Wednesday": the Wednesday, which the
    happening rules judge, not the dateline, a reference to its day). A coarser date
    that holds a finer one of the same sentence is its context ("Last month ... this
    year"), not a second event."""
    unique: dict[str, tuple[PartialDate, int, int]] = {}
    for item in found:
        first = unique.get(item[0].date)
        if first is None or (first[1] in datelines and item[1] not in datelines):
            unique[item[0].date] = item
    kept = [
        item for item in unique.values() if not any(item[0].contains(o[0]) for o in unique.values())
    ]
    return sorted(kept, key=lambda item: item[1])


def _is_header(when: PartialDate, sentence: Sentence, document: Document) -> bool:
    """An explicit publication date alone in a short sentence is a dateline, not an event;
    so is one that ends the document's first sentence, a heading ("Press Briefing by
    Press Secretary Jen Psaki ..., May 10, 2021")."""
    if when.date != document.date or not re.search(r"\d{4}", when.expression):
        return False
    if sentence.number == 1 and sentence.text.rstrip(" .").endswith(when.expression):
        return True
    return len(_WORD.findall(sentence.text.replace(when.expression, " "))) < HEADER_WORDS


def _only_skipped(sentence: Sentence, document: Document) -> bool:
    """Is the whole sentence a dateline (or another skipped part), no story after it?"""
    return any(s <= sentence.start and sentence.end <= e for s, e, _ in document.skipped)


def _subject_named_before(document: Document, number: int) -> Sentence | None:
    """The sentence that names the subject of sentence `number` when that one names it
    only by a pronoun: the nearest one before it in its paragraph (a thing's pronoun looks
    across its break, unnamed.thing_subject), at most ANTECEDENT_SENTENCES back, whose own
    subject is no pronoun ("BP said ... It added ... it said ..." -> BP's); not the title."""
    sentence = document.sentences[number - 1]
    if not _subject_before(sentence.text):
        return None
    for back in range(number - 1, max(number - 1 - ANTECEDENT_SENTENCES, 0), -1):
        before = document.sentences[back - 1]
        across = unnamed.thing_subject(sentence.text) and document.speaker(back) == document.speaker(number)
        if (before.paragraph != sentence.paragraph and not across) or document.is_title(back):
            return None
        if not _subject_before(before.text):
            return before
    return None


def _subject_before(text: str) -> bool:
    """Does the sentence name its subject only by a pronoun ("He met Lavrov
    yesterday.", "That happened in April.")? Its subject is in the sentence before."""
    return bool(_PRONOUN_SUBJECT.match(text))


def _is_fragment(text: str, expression: str) -> bool:
    rest = text.replace(expression, " ", 1)
    return len(_WORD.findall(rest)) < FRAGMENT_WORDS


def _only_its_date(text: str, expression: str) -> bool:
    return not _WORD.findall(text.replace(expression, " ", 1))


# A sentence that opens where the splitter cut a name in two at its inner period: the
# close of a parenthesis the sentence before left open ("Novartis (NOVN." + "VX) will not
# give ..."), or a web address's domain after its dot ("traffic soared at CDC." + "gov
# last month, ..."). It is the rest of the sentence before it, and is read with it.
_CLOSES_CUT = re.compile(r"^[A-Z0-9]{1,4}\)")
_DOMAIN_CUT = re.compile(r"^(?:gov|com|org|net|edu|int|co\.uk|org\.uk|gov\.uk)\b")
# (... after a site's name: a capitalised word or an address, "CDC.", "www.example.")
_SITE_NAME_END = re.compile(r"(?:\b[A-Z][\w-]*|\bwww\.[\w.-]+)\.$")


def _cut_open(previous: str, text: str) -> bool:
    """Does `text` open with the rest of a name cut at its period at the end of
    `previous` (a ticker's parenthesis, a web address)?"""
    before = previous.rstrip()
    if not before.endswith("."):
        return False
    if _CLOSES_CUT.match(text):
        return before.count("(") > before.count(")")
    return bool(_DOMAIN_CUT.match(text)) and bool(_SITE_NAME_END.search(before))


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


def _stem(word: str) -> str:
    return word[:STEM_LETTERS]


def _distinctive_stems(candidates: Sequence[_Candidate]) -> dict[int, frozenset[str]]:
    """Each candidate's word stems (by id()), without those of more than
    COMMON_STEM_SHARE of the candidates (all kept in a corpus too small to tell)."""
    bags = {id(c): frozenset(_stem(w) for w in c.words) for c in candidates}
    frequency = Counter(stem for bag in bags.values() for stem in bag)
    limit = max(COMMON_STEM_SHARE * len(candidates), MIN_SHARED_STEMS)
    return {key: frozenset(s for s in bag if frequency[s] <= limit) for key, bag in bags.items()}


def _same_told_otherwise(a: _Candidate, b: _Candidate, stems: Mapping[int, frozenset[str]]) -> bool:
    """The same day's happening in other words ("the rig exploded on April 20" / "after
    the April 20 explosion of the rig"): distinctive stems in common, and no entities
    that tell them apart."""
    ea, eb = set(a.entities), set(b.entities)
    if a.when.precision != "day" or (ea and eb and not ea & eb):
        return False
    sa, sb = stems[id(a)], stems[id(b)]
    return len(sa & sb) >= MIN_SHARED_STEMS and _dice(sa, sb) >= MERGE_STEM_DICE


def _merge(candidates: list[_Candidate]) -> list[Event]:
    """Greedy clustering within each (date, precision): a candidate joins the first
    cluster it matches (_same_happening, _same_told_otherwise) that holds no other
    candidate of its document and none a rule of reports.py keeps it apart from (told
    as of another day, a template with other names)."""
    groups: dict[str, list[_Candidate]] = defaultdict(list)
    for candidate in sorted(candidates, key=lambda c: c.key):
        groups[candidate.when.date].append(candidate)
    stems = _distinctive_stems(candidates)
    events: list[Event] = []
    for date in sorted(groups):
        clusters: list[list[_Candidate]] = []
        for candidate in groups[date]:
            for cluster in clusters:
                if (
                    all(c.document.id != candidate.document.id for c in cluster)
                    and any(
                        _same_happening(candidate, c) or _same_told_otherwise(candidate, c, stems)
                        for c in cluster
                    )
                    and not any(kept_apart(candidate, c) for c in cluster)
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
    if a.precision != b.precision or days_apart(a.date, b.date) > DISAGREE_MAX_DAYS:
        return False
    return not (dated_by_publication(a) and dated_by_publication(b))


def dated_by_publication(event: Event) -> bool:
    """Is the event dated by its own document's publication day ("today", "this
    morning") rather than by a date the text gives?"""
    return bool(_PUBLICATION_WORDS.search(event.expression))
