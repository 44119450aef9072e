"""Chronologies from hand-written spans: the events, chronology pages and export tests
share them (conftest imports the fixture, so every test module can use it)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pytest

from bench.span_entities import spans_as_entities
from generator.chronology.dates import PartialDate, resolve_expression
from generator.chronology.happenings import not_a_happening
from generator.ingest.load import load_corpus
from generator.model import Analysis, Corpus, Span

# A rule of not_a_happening's table: (sentence, date, its offset) -> is it no happening?
Rule = Callable[[str, PartialDate, int], bool]


def analyse_by_hand(corpus: Corpus, marks: dict[str, list[tuple[str, str]]]) -> list[Analysis]:
    """Spans by hand: for each document id, (text, label) found in order in its text."""
    analyses = []
    for document in corpus.documents:
        spans = []
        position = 0
        for text, label in marks.get(document.id, []):
            start = document.text.index(text, position)
            position = start + len(text)
            sentence = next(s for s in document.sentences if s.start <= start < s.end)
            spans.append(Span(text, label, sentence.number, start, position))
        analyses.append(Analysis(document.id, tuple(spans)))
    return analyses


@pytest.fixture
def two_reports(make_seeds):
    seeds = make_seeds(
        {
            "a.txt": "date 2021-12-10 Roger Carstens flew to Caracas on a chartered airplane "
            "on Tuesday and returned on Friday. In 2017, six Citgo officials were arrested "
            "by masked officers. The weather was fine.\n",
            "b.txt": "date 2021-12-12 The envoy Roger Carstens flew to Caracas on a chartered "
            "airplane on December 7 to meet the detained executives. He met Maduro officials. "
            "In March.\n",
            "c.txt": "date 2022-01-05 Talks resumed in Mexico on Dec. 7, officials said, after "
            "months of delay.\n",
        }
    )
    corpus = load_corpus(seeds)
    marks = {
        "a": [
            ("Roger Carstens", "PERSON"),
            ("Caracas", "GPE"),
            ("Tuesday", "DATE"),
            ("Friday", "DATE"),
            ("2017", "DATE"),
            ("Citgo", "ORG"),
        ],
        "b": [
            ("Roger Carstens", "PERSON"),
            ("Caracas", "GPE"),
            ("December 7", "DATE"),
            ("Maduro", "PERSON"),
            ("March", "DATE"),
        ],
        "c": [("Mexico", "GPE"), ("Dec. 7", "DATE"), ("months", "DATE")],
    }
    analyses = analyse_by_hand(corpus, marks)
    entities, names = spans_as_entities(analyses)
    return corpus, analyses, entities, names


def happening_reason(sentence: str, expression: str, published: str = "2022-09-23") -> str | None:
    """Why the dated `expression` of `sentence` is no happening (not_a_happening's reason),
    or None: the expression resolved as the pipeline does, in an article of `published`."""
    start = sentence.index(expression)
    when = resolve_expression(expression, published, sentence=sentence, start=start)
    assert when is not None
    found = sentence.find(when.expression)
    return not_a_happening(sentence, when, found if found >= 0 else start)


def rule_finds(rule: Rule, sentence: str, expression: str, published: str = "2022-09-23") -> bool:
    """Does `rule` alone find the dated `expression` of `sentence` is no happening?"""
    start = sentence.index(expression)
    when = resolve_expression(expression, published, sentence=sentence, start=start)
    assert when is not None
    found = sentence.find(when.expression)
    return rule(sentence, when, found if found >= 0 else start)


def check_rule(
    rules: Mapping[str, Rule], sentence: str, expression: str, reason: str | None
) -> None:
    """A sentence the rule `reason` finds is left out (by it or an earlier rule); one
    that must stay (`reason` None) is kept by every rule."""
    if reason is None:
        assert happening_reason(sentence, expression) is None
    else:
        assert rule_finds(rules[reason], sentence, expression)
        assert happening_reason(sentence, expression) is not None
