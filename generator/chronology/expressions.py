"""Every temporal expression of the documents as the chronology reads it: for the
analyst's `dates` command (and the TempEval benchmark), one record per expression with
its value, precision and the rule that gave it, or why it is not a point in time."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

from ..ingest.datelines import timeline_entries
from ..model import NOT_STORY, Analysis, Corpus, Document, Sentence, Span
from .dates import (
    PUBLICATION_DAY_RULE,
    PartialDate,
    figures_order,
    range_ends,
    read_expression,
    short_date,
)
from .occasion import spoken_on
from .story_year import Story, in_story_year, lines_are_sentences, next_story, passage
from .told import Told, told
from .years import MONTHS, RANGE_DAYS, WEEKDAYS

# A span of days is dated by its first day ("from Monday to Wednesday", "Monday-through-
# Wednesday delivery", as "7-8 March" is: years.RANGE_DAYS): a chronology entry tells
# when a happening began, and the same happening on its last day would be a second entry
# whose day it did not begin on. What joins the two days ("to", "through", a dash; not
# "and": "on Monday and Wednesday" are two days), written between two spans.
_DAYS_JOINED = re.compile(r"\s*(?:[-–—]|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*$|[-–—](?:through|thru|to|until)[-–—]$")
# Two days joined by "and" without "between" ("tests on February 26 and March 4", "on
# Saturday, April 9 and Sunday, April 10"): two days, each its own.
_TWO_DAYS = re.compile(r"^(?!between\b).*\sand\s", re.IGNORECASE)
FIRST_DAY = "the first day of a range of days"
LAST_DAY = "the last day of a range of days"

# Labels whose spans are temporal expressions ("tonight" is a TIME).
TEMPORAL_LABELS = frozenset({"DATE", "TIME"})
# spaCy calls some named days events ("Thanksgiving Day", "the Aug. 7 bombings"): such a
# span is a temporal expression when it reads as a point in time.
NAMED_DAY_LABEL = "EVENT"
# A date in a dateline ("BEIJING, Aug. 7 (Xinhua) --") is read, with this rule: the day
# the story was filed. One in a wire header or timestamp is not ("dateline or
# timestamp"): it repeats the publication's.
DATELINE_KIND = "dateline"
DATELINE = "dateline"


def readings(
    document: Document, analysis: Analysis, limit: int | None = None
) -> Iterator[tuple[Span, Sentence, PartialDate | None, str]]:
    """(span, its sentence, its date or None, the rule) of each temporal expression of
    the document, in text order, as the chronology reads it: one inside a dateline is
    read with the rule DATELINE, one in a wire header or timestamp is not ("dateline or
    timestamp"), nor one in a reader's comment or
    the page's boilerplate ("not the story's text"); after `limit` expressions read, the
    rest are left (a pathological document; datelines do not count). "That year" or "two
    days later" is read from the expression just before it, when that one is a date.
    Each is read against the day its passage is told on (told.py: a dateline or a post
    header inside the page re-anchors the text after it); a reading that this changes
    says so in its rule ("weekday, told on 2010-04-29 by its dateline"). A day written
    without a year in a paragraph telling of a year long past is that year's
    (story_year.py)."""
    read = 0
    reference: tuple[str, int] | None = None  # the date read last, and its sentence
    story: Story | None = None  # the year of the paragraph's story (story_year.py)
    story_last = 0  # the last sentence that read a date of the story
    day: tuple[Span, PartialDate] | None = None  # the span read last and its date
    lines = lines_are_sentences(document.text[document.body_start :])
    said = spoken_on(document)  # "Via Teleconference (July 18, 2022)": its "today"
    passages = told(document, said)
    for span in _with_entries(document, analysis.spans):
        named_day = span.label == NAMED_DAY_LABEL
        if (span.label not in TEMPORAL_LABELS and not named_day) or not (
            0 < span.sentence <= len(document.sentences)
        ):
            continue
        sentence = document.sentences[span.sentence - 1]
        kind = document.skipped_kind(span.start, span.end)
        if kind is not None and kind != DATELINE_KIND:
            if not named_day:
                rule = "not the story's text" if kind in NOT_STORY else "dateline or timestamp"
                yield span, sentence, None, rule
            continue
        if kind == DATELINE_KIND:
            # "HOUSTON, April 29 (Reuters) --": the day the story was filed, which dates
            # its lead (see events.dated_expressions).
            when, _ = read_expression(span.text, document.date)
            if not named_day:
                yield span, sentence, when, DATELINE
            continue
        before = (
            document.sentences[span.sentence - 2].text
            if span.sentence > 1 and not document.is_title(span.sentence - 1)
            else None
        )  # the title is no context of the body's first sentence
        if passages.in_label(span.start, span.end):
            if not named_day:  # "All Thursday's live updates": the blog's day
                yield span, sentence, None, "a live blog's day, no event's"
            continue
        near = (reference[0], span.sentence - reference[1]) if reference else None
        span = run_on_cut(span)
        found = _read_told(document, span, sentence, before, near, passages)
        if named_day:
            found = [item for item in found if item[1] is not None]
        if not found:
            continue
        read += 1
        if limit is not None and read > limit:
            return
        if len(found) == 1 and _last_day(document, span, found[0][1], day):
            found = [(span, None, LAST_DAY)]  # "Monday-through-Wednesday": Monday's
        day = (span, found[-1][1]) if found[-1][1] is not None else None
        for part, read_as, read_by in found:
            paragraph = passage(sentence.paragraph, span.sentence, story, story_last, lines)
            when, rule = in_story_year(
                read_as, read_by, story, paragraph, sentence.text,
                part.start - sentence.start, part.text, document.date,
            )
            lead = sentence.text[: max(part.start - sentence.start, 0)]
            story = next_story(when, part.text, story, paragraph, lead, rule)
            if story is not None and when is not None and when.date[:4] == story[1]:
                story_last = span.sentence
            # After a duration ("within 14 days ... seven days later") nothing is referred
            # to; nor after the present ("jailed today ... on duty that night": "that"
            # points away from now, to a time the text has not dated).
            present = when is not None and when.rule.startswith(PUBLICATION_DAY_RULE)
            reference = (when.date, span.sentence) if when is not None and not present else None
            yield part, sentence, when, rule


# A spaced dash, then words with no digit that name no month or weekday: "May 2 - Obama
# visits", a timeline's entry, tagged "[May 2 - Obama]" (not a range: "May 2 - May 5",
# "Monday - Friday").
_RUN_ON = re.compile(
    rf"\s+[-–—]+\s+(?!(?:{'|'.join(sorted({*MONTHS, *WEEKDAYS}, key=len, reverse=True))})\b)"
    r"(?=[^\d]*$)",
    re.IGNORECASE,
)


# A day written in full with its month's name, which the language pipeline may leave
# untagged ("talks on Aug 10-12 ended", "on 4 August"): a month's name in capitals, its
# day (a range of days too) and perhaps its year; not a number going on ("May 5,000").
_MONTH_NAMES = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_WRITTEN_DAY = re.compile(
    rf"\b(?:(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s?[-–]\s?\d{{1,2}})?"
    r"(?:,\s+(?:19|20)\d\d)?"
    rf"|\d{{1,2}}(?:\s?[-–]\s?\d{{1,2}})?\s+(?:{_MONTH_NAMES})\.?(?:\s+(?:19|20)\d\d)?)"
    r"(?![\w%/]|[.,]\d)"  # (not "May 11/12", a day or the next)
)


# ... and a day written in figures with dots and its year, day first, which it leaves
# untagged with the full stop Slavic and German texts write after it ("on 27.04.2026.
# filed", "from 15.09.2025. to 30.10.2025."), and often without ("dated 12.01.2026"):
# read in any sentence, as it overlaps no time the tagger read. With strokes or hyphens
# only where the document's own dates tell their order (dates.figures_order): "10/03/2026"
# is 10 March in a Brazilian paper, 3 October in an American one.
_FIGURES_DAY = re.compile(r"(?<![\w.,/-])\d{1,2}\.\d{1,2}\.(?:19|20)\d\d(?![\w/-]|[.,]\d)")
_FIGURES_STROKED = re.compile(
    r"(?<![\w.,/-])\d{1,2}([/-])\d{1,2}\1(?:19|20)\d\d(?![\w/-]|[.,]\d)"
)

_NUMBERS = frozenset({"CARDINAL", "ORDINAL", "QUANTITY"})  # "[10-12]": the tagger's misreading


def _with_entries(document: Document, spans: Sequence[Span]) -> Sequence[Span]:
    """The spans, with a date span for each entry of a timeline that opens with a date
    (datelines.timeline_entries) the language pipeline did not tag ("Oct 3 - Death toll
    reaches 16."), for each day written in full with its month's name in a sentence
    where it tagged no time (_WRITTEN_DAY: "talks on Aug 10-12 ended"), and for each day
    written in figures with dots and its year (_FIGURES_DAY: "on 27.04.2026."), or with
    strokes in a document whose dates tell their order (_FIGURES_STROKED), in text
    order."""
    added = []
    timed = {s.sentence for s in spans if s.label in TEMPORAL_LABELS}
    for match in _WRITTEN_DAY.finditer(document.text, document.body_start):
        begin, end = match.span()
        if not _untagged(document, spans, begin, end):
            continue
        number = document.sentence_at(begin)
        if number is not None and number not in timed:
            # (only in a sentence where the tagger found no time: where it found one, it
            # read the sentence's times its way, "between [June 20 and June 24]")
            added.append(Span(match.group(), "DATE", number, begin, end))
    figures = [*_FIGURES_DAY.finditer(document.text, document.body_start)]
    if figures_order(document.text) is not None:
        figures += _FIGURES_STROKED.finditer(document.text, document.body_start)
    for match in figures:
        begin, end = match.span()
        if not _untagged(document, spans, begin, end) or _in_square_brackets(document.text, begin):
            continue  # (a citation's "[Tweet, 10/26/2022]": the source's day, no happening)
        number = document.sentence_at(begin)
        if number is not None:
            added.append(Span(match.group(), "DATE", number, begin, end))
    for begin, end in timeline_entries(document):
        written = document.text[begin:end]
        if (
            any(w.lower().rstrip(".,") not in MONTHS for w in written.split() if w[0].isalpha())
            or document.is_skipped(begin, end)
            or any(s.label in TEMPORAL_LABELS and s.start < end and begin < s.end for s in spans)
            or any(s.start < end and begin < s.end for s in added)
        ):
            continue  # ("Mayor 3 -": no month's name)
        number = document.sentence_at(begin)
        if number is not None:
            added.append(Span(written, "DATE", number, begin, end))
    if not added:
        return spans
    return sorted([*spans, *added], key=lambda s: s.start)


def _untagged(document: Document, spans: Sequence[Span], begin: int, end: int) -> bool:
    """Is document.text[begin:end] story's text that no span covers, as a date or in a
    name (a number the tagger misread, "[10-12]", aside)?"""
    return not document.is_skipped(begin, end) and not any(
        s.start < end and begin < s.end and s.label not in _NUMBERS for s in spans
    )


def _in_square_brackets(text: str, at: int) -> bool:
    """Is `at` inside square brackets on its line ("[[Tweet, 10/26/2022]]", "[[Tweet](...),
    7/8/2022]": a bracket closed after it before any is opened, or opened before it)?"""
    line = text.rfind("\n", 0, at) + 1
    return (
        text.rfind("[", line, at) > text.rfind("]", line, at)
        or _CLOSED_AFTER.match(text, at) is not None
    )


_CLOSED_AFTER = re.compile(r"[^\[\]\n]*\]")


def run_on_cut(span: Span) -> Span:
    """The span without what runs on after a spaced dash that opens no end of a range
    (_RUN_ON): "May 2 - Obama" is "May 2"."""
    cut = _RUN_ON.search(span.text)
    if cut is None or cut.start() == 0:
        return span
    return replace(span, text=span.text[: cut.start()], end=span.start + cut.start())


def _read_span(
    document: Document,
    span: Span,
    sentence: Sentence,
    before: str | None,
    reference: tuple[str, int] | None,
    said: str,
    clock: int | None = None,
) -> Iterator[tuple[Span, PartialDate | None, str]]:
    """The span's reading; a range of two points that is not read whole as its two ends,
    each an expression of its own ("between 1994 and 1997", "from Sept. 14 to
    Thursday"). A range of days is read whole (years.RANGE_DAYS): its first day, or the
    month or year that holds it. `said`: the day it was said (occasion.spoken_on, or the
    day its passage is told on: told.py), which relative expressions are read against,
    and `clock` the time of day, when known."""

    def read(part: Span) -> tuple[PartialDate | None, str]:
        return read_expression(
            part.text,
            said,
            sentence=sentence.text,
            start=part.start - sentence.start,
            before=before,
            reference=reference,
            spoken=spoken,
            clock=clock,
            day_first=figures_order(document.text),
        )

    spoken = document.speaker(sentence.number) is not None

    whole = read(span)
    ends = range_ends(span.text)
    if ends is not None and whole[0] is None:
        parts = [
            replace(span, text=text, start=span.start + offset, end=span.start + offset + len(text))
            for offset, text in ends
        ]
        readings = [read(part) for part in parts]
        year = re.search(r"\b(?:1[89]|20)\d{2}\b", ends[1][1])
        if year and readings[0][0] is not None and not re.search(r"\d{4}", ends[0][1]):
            # "July to September 2009": the first end in the year of the second; "from
            # December 14th through January 13th, 2021": in the year before, as a range
            # runs forward.
            first = read_expression(f"{ends[0][1]} {year.group(0)}", said)
            last = readings[1][0]
            if first[0] is not None and last is not None and first[0].date > last.date:
                first = read_expression(f"{ends[0][1]} {int(year.group(0)) - 1}", said)
            readings[0] = first if first[0] is not None else readings[0]
        if all(when is not None for when, _ in readings):
            if days_apart(readings[0][0], readings[1][0]) and not _TWO_DAYS.match(span.text):
                yield parts[0], readings[0][0], f"{readings[0][1]}, {FIRST_DAY}"
                yield parts[1], None, LAST_DAY
                return
            for part, (when, rule) in zip(parts, readings, strict=True):
                yield part, when, f"{rule}, an end of a range"
            return
    yield span, *whole


def days_apart(first: PartialDate | None, last: PartialDate | None) -> bool:
    """Whether `first` and `last` are two days, `last` after `first` by at most
    RANGE_DAYS: the two ends of a span of days."""
    if first is None or last is None or first.precision != "day" or last.precision != "day":
        return False
    return 0 < (dt.date.fromisoformat(last.date) - dt.date.fromisoformat(first.date)).days <= RANGE_DAYS


def _last_day(document: Document, span: Span, when: PartialDate | None, day: tuple[Span, PartialDate] | None) -> bool:
    """Whether `span` (read as `when`) is the last day of a span of days whose first day
    is the span read just before (`day`), joined to it ("Monday-through-Wednesday")."""
    if day is None or day[0].sentence != span.sentence or not days_apart(day[1], when):
        return False
    return bool(_DAYS_JOINED.fullmatch(document.text[day[0].end : span.start]))


def _read_told(
    document: Document,
    span: Span,
    sentence: Sentence,
    before: str | None,
    reference: tuple[str, int] | None,
    passages: Told,
) -> list[tuple[Span, PartialDate | None, str]]:
    """The span's readings against the day its passage is told on; when a header
    re-anchored it and that changes a reading, its rule and explanation say so."""
    anchor = passages.at(span.start)
    found = list(_read_span(document, span, sentence, before, reference, anchor.date, anchor.clock))
    if anchor.rule is None:
        return found
    page = passages.page
    plain = list(_read_span(document, span, sentence, before, reference, page.date, page.clock))
    if [w.date if w else None for _, w, _ in plain] == [w.date if w else None for _, w, _ in found]:
        return found
    told_by = f"told on {anchor.date} by its {anchor.rule}"
    # "'on Wednesday', in an article of 14 May 2010, told on 29 Apr 2010 by its dateline"
    told_on, published = (short_date(dt.date.fromisoformat(d)) for d in (anchor.date, page.date))
    article = f"in an article of {told_on}"
    retold = f"in an article of {published}, told on {told_on} by its {anchor.rule}"
    return [
        (
            part,
            replace(when, explanation=when.explanation.replace(article, retold)) if when else None,
            f"{rule}, {told_by}",
        )
        for part, when, rule in found
    ]


def read_dates(corpus: Corpus, analyses: Sequence[Analysis]) -> Iterator[dict[str, Any]]:
    """{"document", "sentence", "text", "value", "precision", "rule"} per expression, in
    document and text order; value and precision are None for what is not a point in
    time (a duration, a frequency, a number that is not a year)."""
    by_id = {a.document: a for a in analyses}
    for document in corpus.documents:
        analysis = by_id.get(document.id)
        if analysis is None:
            continue
        for span, _, when, rule in readings(document, analysis):
            yield _record(document.id, span.sentence, span.text, when, rule)


def _record(
    document: str, sentence: int, text: str, when: PartialDate | None, rule: str
) -> dict[str, Any]:
    return {
        "document": document,
        "sentence": sentence,
        "text": text,
        "value": when.date if when else None,
        "precision": when.precision if when else None,
        "rule": rule,
    }
