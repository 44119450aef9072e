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

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..infra.memo import reused_if_same
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
from .dates import PUBLICATION_WORDS, PartialDate, days_apart, resolve_expression
from .expressions import TEMPORAL_LABELS
from .key_dates import rank_dates, shown
from .summary import SUMMARY_WORDS, summarise_sentence, summarise_with, trim_words

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
# A hedge ("could", "is expected to") governs a date at most this many words after it.
FORECAST_REACH = 8
# A sentence this short that only states the publication date is a header or dateline.
HEADER_WORDS = 8
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
_PUBLICATION_WORDS = re.compile(rf"\b(?:{PUBLICATION_WORDS})\b", re.I)
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
_EXPIRING = re.compile(
    r"\b(?:expir(?:ing|es|ed|ation)|deadline|due|runs? out|lapses?)\b[^.;]{0,12}$", re.IGNORECASE
)
# ... the date as the end of a span ("fund the government through early next year", "in
# advance of May 15th"), unless it names a happening ("before the April 20 explosion");
_LIMIT_BEFORE = re.compile(
    r"\b(?:until|till|(?<!came )(?<!come )(?<!went )(?<!got )(?<!passed )(?<!pushed )through|by|"
    r"no later than|in advance of|ahead of|prior to)\s+"
    r"(?:the\s+)?(?:(?:end|start|beginning|middle|evening|morning|afternoon|night) of\s+"
    r"(?:the\s+)?)?$",
    re.IGNORECASE,
)
# ... and "today" in a statement of how things are, not of what happened ("as clear
# today as a year ago", "Today is another win", "today's", "still today").
_STATIVE_TODAY = re.compile(
    r"\bas \w+ today as\b|(?<!ed )\btoday (?:is|remains?|stands?)\b|\b(?:still|even|until|of|"
    r"than|like) today\b(?![’'])|\btoday,? more than ever\b|(?<!where )\b(?:it|they|we|that) (?:is|are) "
    r"today\b|\b(?:remains?|survives?|exists?) (?:\w+ )?today\b|\b(?:is|remains?) (?:still )?the "
    r"case\b",
    re.IGNORECASE,
)

# ... a deadline named in the date's clause ("the deadline for this is December 25th",
# "comments are due on June 3", "must be completed before March 1");
_DEADLINE = re.compile(
    r"\bdeadlines?\b|\bdue (?:on|by|before)\b|\b(?:must|should|needs? to|have to|has to)"
    r"(?: \w+){0,3}? (?:by|before|no later than)\b",
    re.IGNORECASE,
)
# ... a question: a sentence ending with "?" (not a quotation's: a quoted title or
# question ends with its closing quote), one in
# question word order cut off by a dash ("Q  But is today —"), or an indirect question
# ("I'm wondering if", "can you tell us", "I don't know whether"); a reporter's premise
# ("Q  The EU, last week, announced ...") states a happening and stays;
_QUESTION = re.compile(
    r"\?[)\]\s]*$|"
    r"^(?:Q[:.]?\s+)?(?:(?:and|but|so|or|just|then|also|okay|ok),?\s+)*(?:do|does|did|is|are|was|were|"
    r"will|would|can|could|should|has|have|had|what|why|how|when|where|who|which)\b.*[—–-]\s*$|"
    r"\b(?:i'?m|i am|i was|we'?re|just) wondering\b|\bi wonder\b|\b(?:can|could|would) you "
    r"(?:tell|say|talk|explain|clarify|confirm|give|speak|update|walk|share|comment)\b|"
    r"\b(?:do|did|does) (?:you|he|she|they|the president) (?:know|think|expect|plan|believe)\b|"
    r"\b(?:don't|do not|didn't) know (?:if|whether|when)\b",
    re.IGNORECASE,
)
# ... a forecast or possibility: a modal of possibility, an expectation, a projection;
# "may" only in lower case before a word (the month is "May");
_FORECAST = re.compile(
    r"\b(?:could|might|would likely|will likely|will probably|likely to|unlikely to|"
    r"(?:is|are|was|were|be|been) (?:widely )?(?:expected|projected|forecast|predicted|"
    r"anticipated|poised|on track) to|expects? to|projected|forecasts?|predict(?:s|ed)?|"
    r"(?:i|we|they|models?|analysts?|officials?) (?:still )?(?:project|expect|anticipate|predict)s?\b|"
    r"should (?:have|be|see|get|know|hear)|"
    r"estimates? (?:that|it)|probably|possibly|perhaps|maybe|hopes? to|hoping to)\b"
    r"|(?-i:(?<!as you )(?<!you )(?<!we )\bmay (?!\d|(?:also )?have (?:seen|noticed|heard|read))[a-z]+)",
    re.IGNORECASE,
)
# ... a condition: "if" or "unless" before the date in its clause, or a sentence opening
# with one; "if you look back at 1980" frames a happening, it sets no condition;
_CONDITION = re.compile(
    r"\b(?<!as )(?:if|unless|in case|provided that|whether or not|no matter)\b(?! (?:you|we) (?:look|go|think|"
    r"compare|remember|recall|consider)\b)",
    re.IGNORECASE,
)
_CONDITION_OPENING = re.compile(
    r"^[\"“‘']?(?:and |but |so |even )?(?:if|unless)\b(?! (?:you|we) (?:look|go|think|"
    r"compare|remember|recall|consider)\b)",
    re.IGNORECASE,
)
# ... a greeting, thanks or sign-off opening a speaker's sentence, after the speaker's
# label of a transcript and a filler ("MR. ZIENTS:  I want to thank everybody for
# joining today", "All right, guys, I'll see you tomorrow");
_GREETING = re.compile(
    r"^[\"“‘']?(?:(?:Q|[A-Z][A-Z.' -]+):?\s+)?(?:(?:all right|alright|okay|ok|well|so|and|oh|great|guys|everyone|everybody|"
    r"folks|again|mr\. president|madam (?:vice )?president)[,.!]?\s+)*"
    r"(?:(?:i|we)(?:'ll|’ll| will) (?:see|talk to) (?:you|y'all|everyone|everybody)|"
    r"(?:i|we)(?:'ll|’ll| will) be (?:back )?(?:here|back)\b|"
    r"(?:i|we) (?:want|wanted|would like|'d like|’d like) to thank\b|(?:i|we) (?:look|looked) "
    r"forward to (?:seeing|briefing|talking|hearing|the next)\b|look forward to (?:seeing|briefing)|"
    r"see (?:you|y'all|everyone|everybody)|thanks\b(?! to\b)|thank you|have a (?:good|great|nice|"
    r"wonderful|happy|safe|terrific)|good (?:morning|afternoon|evening|night)|"
    r"happy (?:\w+day|friday|weekend|holidays)|hi,? (?:everyone|everybody|guys|all)|"
    r"hello,? (?:everyone|everybody|guys|all)|welcome(?: back)?(?:,| to| everyone| everybody))",
    re.IGNORECASE,
)
# ... and a speaker's occasion ("we are here today", "where we are today", "joining us
# today", "I don't have anything to announce today").
_HERE_TODAY = re.compile(
    r"\b(?:we|i)(?:'re|’re| are|'m|’m| am) (?:all |so |very )?(?:here|gathered|joined)\b|"
    r"\bwhere (?:we|things) (?:are|stand|were|stood)\b|\b(?:joining|joined|here with) (?:us|me)\b|"
    r"\b(?:i|we) (?:don't|do not|won't|will not) have "
    r"(?:any|anything|an|a|more|much)\b|\bnothing (?:new |more |further )?to "
    r"(?:announce|report|preview|share|add)\b|\b(?:i|we)(?:'d|’d| would) refer you\b|"
    r"\b(?:not|never) going to (?:get ahead|preview|speculate|comment)\b|"
    r"\bto (?:preview|recap|review|walk (?:you|us) through)\b|\b(?:good|great|nice|wonderful) to (?:be|see)\b|"
    r"\b(?:i|we)(?:'ll|’ll| will| want to| wanted to| would like to|'d like to|’d like to) "
    r"(?:discuss|talk (?:with|to) you|update you|provide (?:you|an update)|walk you|give you|"
    r"start|begin|turn it over|cover|preview|share with you)\b",
    re.IGNORECASE,
)
# ... a figure's reference point or period ("as of yesterday, the average was", "the
# lowest since October", "116 percent over last year", "the data is from March", "for
# the week ending August 28", "their tax return for 2020"): a level, not a happening;
_AS_OF = re.compile(r"\bas of\b", re.IGNORECASE)
_REFERENCE = re.compile(
    r"\b(?:since|over|than|from|compared (?:to|with)|relative to|versus|than (?:it|they|that|this|"
    r"we|he|she) (?:was|were|did|had been)(?: in| on| at| during)?)\s+(?:the\s+|a\s+)?$",
    re.IGNORECASE,
)
# ... a series of figures over dates ("from 6,000 per week in January to 22,000 in April");
_AMOUNT = r"\d[\d,.]*\s*(?:%|percent|million|billion|thousand|trillion|per\b|points?\b)"
_SERIES = re.compile(
    rf"\bfrom\b[^;.]{{0,40}}?{_AMOUNT}[^;]{{0,60}}?\bto\b[^;]{{0,40}}?{_AMOUNT}(?:[^;,.]|[,.]\d)*",
    re.IGNORECASE,
)
_REFERENCE_EXPRESSION = re.compile(
    r"^(?:since|from|over)\b|^(?:for )?the (?:week|month|quarter|period) (?:ending|of)\b",
    re.IGNORECASE,
)
_PERIOD_FOR = re.compile(
    r"(?<!scheduled )(?<!set )(?<!planned )(?<!slated )(?<!due )(?<!expected )"
    r"(?<!postponed )(?<!delayed )(?<!rescheduled )\bfor\s+(?:the\s+)?(?:fiscal\s+)?$",
    re.IGNORECASE,
)
_FIGURE = re.compile(
    r"%|\b(?:percent|per cent|points|average|rates?|levels?|lowest|highest|record (?:highs?|lows?)|data|"
    r"figures|totals?|statistics|increased?|decreased?|declined?|drop(?:ped)?|rise|rose|"
    r"risen|fell|fallen|grew|growth|higher|lower|(?:up|down) (?:by )?(?:about |nearly |almost "
    r"|more than |over )?\d)\b",
    re.IGNORECASE,
)
# A date followed by a noun names a happening ("since the April 20 rig fire", "this
# year's meeting"): that happening's reference, never a figure's reference point.
_NAMES_A_HAPPENING = re.compile(
    r"^(?:['’]s\b|\s+(?!(?:and|or|but|to|on|in|at|of|for|with|by|"
    r"from|as|than|when|while|which|who|that|the|a|an|is|was|were|are|has|have|had|will|"
    r"would|through|until|compared|versus)\b)[A-Za-z])",
    re.IGNORECASE,
)
# ... and a dateline ("MIAMI, May 3 (Reuters) -", "May 10, 2010 20:07 UTC").
_DATELINE_AFTER = re.compile(
    r"^\W{0,3}(?:\((?:Reuters|AP|AFP|UPI|Bloomberg|CNN)\)|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?"
    r"(?:UTC|GMT|EDT|EST|CDT|CST|PDT|PST|BST|CET))",
    re.IGNORECASE,
)
# A sentence that opens with a pronoun as its subject (after a conjunction or a
# speaker's filler): its subject is in the sentence before.
_PRONOUN_SUBJECT = re.compile(
    r"^[\"“‘']?(?:(?:and|but|so|then|also|now|still|yet|well|again),?\s+)*(?:he|she|it|they|"
    r"this|that|these|those)\b(?!['’]s (?!being|been)| is (?:a|an|the|not|no|also|still|why|what|how|"
    r"important|clear|true|worth)\b)",
    re.IGNORECASE,
)
# ... a negation that governs the date ("We're not going to stop the programs on July
# 5th", "did not meet on Tuesday"): what did not happen; "not until", "not only" and
# "no later than" say something else;
_NEGATION = re.compile(
    r"\b(?:not|never|no longer)\b(?! (?:only|until|till|since|later than|just|least|to)\b)|"
    r"n[’']t\b(?! (?:only|until|till|since|just)\b)",
    re.IGNORECASE,
)
# ... and a date inside a web address ("…%2F2022%2F07…"), or a clock time read as a
# year ("3 p.m. local time (2000 GMT)").
_URL = re.compile(r"(?:https?://|www\.)\S*$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"^\s*(?:GMT|UTC|EDT|EST|CDT|CST|PDT|PST|BST|CET|hours|hrs|local time)\b")
_FILLER = re.compile(
    r",\s*(?:you know|I think|I mean|of course|again|sorry|obviously|frankly|basically|"
    r"certainly|I guess|as you know)\s*,",
    re.IGNORECASE,
)
_CLAUSE_MARK = re.compile(
    r"[;:—–()”]|,\s|\s-\s|\b(?:which|who|whom|whose|while|although|but|and then|that|after|"
    r"before|when|since|because|once)\b"
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

    @property
    def key(self) -> tuple[str, str, int, str]:
        return (self.document.date, self.document.id, self.sentences[0], self.when.date)


def dated_sentences(
    corpus: Corpus, analyses: Sequence[Analysis], sentence_entities: SentenceEntities
) -> list[_Candidate]:
    """Every dated sentence of the corpus that refers to a day: the references that rank
    the key dates, and, those that state a happening (reason None), the candidates that
    merge into events. A question, a forecast, a greeting ... still refers to its day
    (REFERENCE_RULES); a biography's years, a deadline, a figure's reference point do
    not."""
    by_id = {a.document: a for a in analyses}
    candidates: list[_Candidate] = []
    for document in corpus.documents:
        analysis = by_id.get(document.id)
        if analysis is not None:
            candidates.extend(_candidates(document, analysis, sentence_entities))
    return candidates


def build_chronology(
    corpus: Corpus,
    analyses: Sequence[Analysis],
    sentence_entities: SentenceEntities,
) -> Chronology:
    """Dated events of the corpus, merged across sources, and every day ranked."""
    candidates = dated_sentences(corpus, analyses, sentence_entities)
    events = _link_disagreements(_merge([c for c in candidates if c.reason is None]))
    if len(events) > PAGE_EVENTS:  # one page per year (chronology/2022.md ...)
        per_year = Counter(e.date[:4] for e in events)
        events = [replace(e, page=_event_page(e, per_year)) for e in events]
    return Chronology(
        events=tuple(events),
        key_dates=tuple(rank_dates(corpus, candidates)),
        shown=shown(corpus),
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


# --- Candidates: one per dated sentence and date.


def _candidates(
    document: Document,
    analysis: Analysis,
    entities: SentenceEntities,
) -> list[_Candidate]:
    """The document's dated sentences (remembered: they depend on it alone), each with
    the entities named in its cited sentences."""
    dated = _dated(document, analysis)
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
        )
        for when, cited, text, summary, words, reason in dated
    ]


_Dated = tuple[PartialDate, tuple[int, ...], str, str, frozenset[str], str | None]


@reused_if_same("dated", key=lambda document, analysis: document.id)
def _dated(document: Document, analysis: Analysis) -> tuple[_Dated, ...]:
    """(date, cited sentence numbers, text, summary, content words, reason it is no
    event or None) per dated sentence that refers to its day."""
    dated: dict[int, list[tuple[PartialDate, int, int]]] = defaultdict(list)
    reasons: dict[tuple[int, int], str | None] = {}
    for sentence, when, start in dated_expressions(document, analysis):
        reason = not_a_happening(sentence.text, when, start)
        if reason and reason not in REFERENCE_RULES:
            continue
        dated[sentence.number].append((when, start, start + len(when.expression)))
        reasons[(sentence.number, start)] = reason
    result: list[_Dated] = []
    for number in sorted(dated):
        sentence = document.sentences[number - 1]
        for when, start, end in _finest(dated[number]):
            cited: tuple[int, ...] = (number,)
            text = sentence.text
            summary = summarise_sentence(sentence.text, start, end)
            previous = document.sentences[number - 2] if number > 1 else None
            if previous is not None and _is_fragment(sentence.text, when.expression):
                cited = (number - 1, number)
                text = f"{previous.text} {sentence.text}"
                summary = trim_words(f"{previous.text} {sentence.text}", SUMMARY_WORDS)
            elif (
                previous is not None
                and previous.paragraph == sentence.paragraph
                and _subject_before(sentence.text)
            ):
                cited = (number - 1, number)
                text = f"{previous.text} {sentence.text}"
                summary = summarise_with(previous.text, sentence.text, start, end)
            reason = reasons[(number, start)]
            result.append((when, cited, text, summary, _content_words(text), reason))
    return tuple(result)


def dated_expressions(
    document: Document, analysis: Analysis
) -> Iterable[tuple[Sentence, PartialDate, int]]:
    """(sentence, date, where the expression starts in it) of each temporal expression
    that resolves to a point in time, datelines left out: what not_a_happening judges."""
    for span in analysis.spans:
        if span.label not in TEMPORAL_LABELS or not 0 < span.sentence <= len(document.sentences):
            continue
        sentence = document.sentences[span.sentence - 1]
        offset = span.start - sentence.start
        before = document.sentences[span.sentence - 2].text if span.sentence > 1 else None
        when = resolve_expression(
            span.text, document.date, sentence=sentence.text, start=offset, before=before
        )
        if when is None or _is_header(when, sentence, document):
            continue
        start = sentence.text.find(when.expression)
        if start < 0:  # quotes or spaces normalised in the expression
            start = offset
        yield sentence, when, start


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
    """Why a dated sentence states no happening of the story, or None: the name of the
    first rule of HAPPENING_RULES that finds it is not one. Cheap word patterns, checked
    by the benchmarks (every gold event of the seeds still found) and counted on a corpus
    (bench/happenings.py prints how many sentences each rule removed, and some of them)."""
    for name, rule in HAPPENING_RULES:
        if rule(sentence, when, start):
            return name
    return None


def _biography(sentence: str, when: PartialDate, start: int) -> bool:
    """A biography's background years ("received her J.D. in 1999")."""
    return when.precision != "day" and bool(_BIOGRAPHY.search(sentence))


def _limit(sentence: str, when: PartialDate, start: int) -> bool:
    """A deadline, term or target ("until May 18", "by 2030", "a term expiring ...",
    "through early next year", "funding runs out December 3rd")."""
    before = sentence[: max(start, 0)]
    after = sentence[start + len(when.expression) :]
    of = "of " if when.expression.lower().startswith("of ") else ""  # "until the evening of"
    return bool(
        _LIMIT.match(when.expression)
        or (_LIMIT_BEFORE.search(before + of) and not _NAMES_A_HAPPENING.match(after))
        or _EXPIRING.search(before)
        or _DEADLINE.search(_clause(sentence, start, len(when.expression)))
    )


def _stative(sentence: str, when: PartialDate, start: int) -> bool:
    """ "today" in a statement of how things are ("Today is another win", "the welfare
    state that it is today", "That remains the case today")."""
    return bool(_PUBLICATION_WORDS.fullmatch(when.expression) and _STATIVE_TODAY.search(sentence))


def _question(sentence: str, when: PartialDate, start: int) -> bool:
    """A question asks whether something happened; it does not say it did."""
    return bool(_QUESTION.search(sentence))


def _forecast(sentence: str, when: PartialDate, start: int) -> bool:
    """A prediction or a possibility that governs the date: before it in its clause ("the
    well could be capped by August", "is expected to make landfall on Sunday"). A
    scheduled plan ("will travel on November 14") stays an event, a guess does not; a
    hedge after the date is about something else ("the explosion two weeks ago could
    cost $14 billion", "said on Wednesday it will probably delay"), and so is a date
    far after it, in a noun's phrase ("may seem at odds with a study published last
    Thursday")."""
    before = _clause(sentence, start, len(when.expression), after=False)
    hedges = list(_FORECAST.finditer(before))
    return bool(hedges) and len(before[hedges[-1].end() :].split()) <= FORECAST_REACH


def _condition(sentence: str, when: PartialDate, start: int) -> bool:
    """A date inside an "if"/"unless" clause, or in a sentence that opens with one (but
    not in a reporting frame after the quotation: "“Unless ...,” Clinton told ... on June
    29"): what would happen on a condition did not happen."""
    before = _clause(sentence, start, len(when.expression), after=False)
    opening = _CONDITION_OPENING.match(sentence) and "”" not in sentence[: max(start, 0)]
    return bool(_CONDITION.search(before) or opening)


def _greeting(sentence: str, when: PartialDate, start: int) -> bool:
    """A greeting, thanks or sign-off of a speaker ("Good afternoon", "Thank you all
    for being here today", "I'll see you tomorrow", "Have a good weekend")."""
    return bool(_GREETING.match(sentence))


def _here_today(sentence: str, when: PartialDate, start: int) -> bool:
    """A "today" in a speaker's statement of the occasion ("we are here today", "where
    we are today", "joining us today") or of what they will or will not say."""
    return bool(_PUBLICATION_WORDS.search(when.expression) and _HERE_TODAY.search(sentence))


def _measure(sentence: str, when: PartialDate, start: int) -> bool:
    """A date that is a figure's reference point or period ("As of yesterday, the
    seven-day average was ...", "the lowest since October", "for the week ending
    August 28", "their tax return for 2020"): the sentence states a level, not a
    happening. A reference word needs a figure or a change of level in the date's
    clause ("closed since Sunday" is a happening), and a date that names a happening
    ("down 10 percent since the April 20 rig fire") is that happening's."""
    before = sentence[: max(start, 0)]
    after = sentence[start + len(when.expression) :]
    if _AS_OF.search(f"{before[-8:]}{when.expression}"):
        return True
    if when.precision in {"year", "month"} and _PERIOD_FOR.search(before):
        return not re.match(r"['’]s\b", after)  # "for this year's meeting" names it
    if _NAMES_A_HAPPENING.match(after):
        return False
    if any(m.start() < start < m.end() for m in _SERIES.finditer(sentence)):
        return True
    if not (_REFERENCE.search(before) or _REFERENCE_EXPRESSION.search(when.expression)):
        return False
    reference = _REFERENCE.search(before)
    if reference and reference.group().lower().startswith("than"):
        return True  # "lower than it was in 2017": a comparison's other term
    clause = _clause(sentence, start, len(when.expression)).replace(when.expression, " ")
    return bool(_FIGURE.search(clause))


def _negation(sentence: str, when: PartialDate, start: int) -> bool:
    """A negated verb before the date in its clause, at most FORECAST_REACH words
    before it: the sentence says what did not or will not happen on that date ("We're
    not going to stop the programs on July 5th"); not a date that names a happening,
    nor "agreed not to pay dividends this year"."""
    if _NAMES_A_HAPPENING.match(sentence[start + len(when.expression) :]):
        return False  # "did not offer much ahead of Thursday's testimony"
    before = _clause(sentence, start, len(when.expression), after=False)
    found = list(_NEGATION.finditer(before))
    return bool(found) and len(before[found[-1].end() :].split()) <= FORECAST_REACH


def _not_text(sentence: str, when: PartialDate, start: int) -> bool:
    """A date inside a web address, or four digits that are a clock time ("2000 GMT")."""
    after = sentence[start + len(when.expression) :]
    return bool(
        _URL.search(sentence[: max(start, 0)])
        or (re.fullmatch(r"\d{4}", when.expression) and _CLOCK_AFTER.match(after))
    )


def _dateline(sentence: str, when: PartialDate, start: int) -> bool:
    """A news agency's dateline or a blog's time stamp ("MIAMI, May 3 (Reuters) - ...",
    "May 10, 2010 20:07 UTC"), glued to the sentence that follows it."""
    return bool(_DATELINE_AFTER.match(sentence[start + len(when.expression) :]))


def _clause(sentence: str, start: int, length: int, *, after: bool = True) -> str:
    """The clause that holds the date, from the mark before it to the mark after it
    (with after=False, to the date): the words that govern the date. A speaker's filler
    between commas ("we should have more, you know, around April") is no mark."""
    sentence = _FILLER.sub(lambda m: " " * len(m.group()), sentence)
    begin = max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, max(start, 0))), default=0)
    if not after:
        return sentence[begin : max(start, begin)]
    following = _CLAUSE_MARK.search(sentence, start + length)
    return sentence[begin : following.start() if following else len(sentence)]


HappeningRule = Callable[[str, PartialDate, int], bool]
# In order: the first rule that finds a sentence is not a happening names the reason.
HAPPENING_RULES: tuple[tuple[str, HappeningRule], ...] = (
    ("biography", _biography),
    ("limit", _limit),
    ("stative", _stative),
    ("not text", _not_text),
    ("dateline", _dateline),
    ("measure", _measure),
    ("question", _question),
    ("greeting", _greeting),
    ("here today", _here_today),
    ("condition", _condition),
    ("forecast", _forecast),
    ("negation", _negation),
)
# Rules whose sentences are no events but still refer to their day, so key dates count
# them: "Will he sign it on Friday?", "expected to make landfall on Sunday", a dateline
# (its day's report). Without them Date-F1 on the seven T17 development topics fell
# from 0.579 to 0.540 (bench/key_dates_t17.py); with them it stays 0.579.
REFERENCE_RULES = frozenset(
    {"dateline", "question", "greeting", "here today", "condition", "forecast", "negation"}
)


def _is_header(when: PartialDate, sentence: Sentence, document: Document) -> bool:
    """An explicit publication date alone in a short sentence is a dateline, not an event."""
    if when.date != document.date or not re.search(r"\d{4}", when.expression):
        return False
    return len(_WORD.findall(sentence.text.replace(when.expression, " "))) < HEADER_WORDS


def _subject_before(text: str) -> bool:
    """Does the sentence name its subject only by a pronoun ("He met Lavrov
    yesterday.", "That happened in April.")? Its subject is in the sentence before."""
    return bool(_PRONOUN_SUBJECT.match(text))


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
    candidate of its document."""
    groups: dict[str, list[_Candidate]] = defaultdict(list)
    for candidate in sorted(candidates, key=lambda c: c.key):
        groups[candidate.when.date].append(candidate)
    stems = _distinctive_stems(candidates)
    events: list[Event] = []
    for date in sorted(groups):
        clusters: list[list[_Candidate]] = []
        for candidate in groups[date]:
            for cluster in clusters:
                if all(c.document.id != candidate.document.id for c in cluster) and any(
                    _same_happening(candidate, c) or _same_told_otherwise(candidate, c, stems)
                    for c in cluster
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
