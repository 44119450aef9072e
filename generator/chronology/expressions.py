"""Every temporal expression of the documents as the chronology reads it: for the
analyst's `dates` command (and the TempEval benchmark), one record per expression with
its value, precision and the rule that gave it, or why it is not a point in time."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from ..model import NOT_STORY, Analysis, Corpus, Document, Sentence, Span
from .dates import PartialDate, read_expression

# Labels whose spans are temporal expressions ("tonight" is a TIME).
TEMPORAL_LABELS = frozenset({"DATE", "TIME"})


def readings(
    document: Document, analysis: Analysis, limit: int | None = None
) -> Iterator[tuple[Span, Sentence, PartialDate | None, str]]:
    """(span, its sentence, its date or None, the rule) of each temporal expression of
    the document, in text order, as the chronology reads it: one inside a dateline or
    timestamp is not read ("dateline or timestamp"), nor one in a reader's comment or
    the page's boilerplate ("not the story's text"); after `limit` expressions read, the
    rest are left (a pathological document; datelines do not count)."""
    read = 0
    for span in analysis.spans:
        if span.label not in TEMPORAL_LABELS or not 0 < span.sentence <= len(document.sentences):
            continue
        sentence = document.sentences[span.sentence - 1]
        kind = document.skipped_kind(span.start, span.end)
        if kind is not None:
            rule = "not the story's text" if kind in NOT_STORY else "dateline or timestamp"
            yield span, sentence, None, rule
            continue
        read += 1
        if limit is not None and read > limit:
            return
        before = (
            document.sentences[span.sentence - 2].text
            if span.sentence > 1 and not document.is_title(span.sentence - 1)
            else None
        )  # the title is no context of the body's first sentence
        when, rule = read_expression(
            span.text,
            document.date,
            sentence=sentence.text,
            start=span.start - sentence.start,
            before=before,
        )
        yield span, sentence, when, rule


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
