"""Which dated sentences of different documents are one report (chronology/reports.py)."""

from __future__ import annotations

from dataclasses import dataclass

from bench.span_entities import spans_as_entities
from generator.chronology.events import build_chronology
from generator.chronology.reports import (
    kept_apart,
    names_its_happening,
    other_names,
    other_ordinals,
    own_days,
    told_another_day,
)
from generator.ingest.load import load_corpus

from .chronology_fixtures import analyse_by_hand


@dataclass(frozen=True)
class _Report:
    text: str
    date: str
    told: frozenset[str] = frozenset()
    entities: tuple[str, ...] = ()


DECLARED = (
    "President Biden declared that a major disaster exists in the State of {state} and "
    "ordered Federal aid to supplement State and local recovery efforts"
)


def test_own_days_are_the_days_an_expression_of_the_documents_own_day_dates():
    expressions = [("Today", "2022-02-27"), ("from December 31, 2021", "2021-12-31")]
    assert own_days(expressions) == {"2022-02-27"}
    assert own_days([("last night", "2022-09-29"), ("earlier today", "2022-09-30")]) == {
        "2022-09-29",
        "2022-09-30",
    }
    # a count from the day is not the day: "Three weeks from today—April 5—"
    assert own_days([("Three weeks from today", "2022-04-05")]) == frozenset()


def test_a_sentence_of_its_own_day_is_kept_apart_from_one_told_of_another_day():
    colorado = _Report("Yesterday, declared", "2021-12-31", frozenset({"2021-12-31"}))
    kentucky = _Report("Today, declared", "2021-12-31", frozenset({"2022-02-27"}))
    recalled = _Report("The storms of December 31 were", "2021-12-31")
    republished = _Report("Today, declared", "2021-12-31", frozenset({"2022-03-01"}))
    assert told_another_day(colorado, kentucky) and told_another_day(kentucky, colorado)
    assert not told_another_day(colorado, recalled)  # a date written out: the text says so
    assert not told_another_day(kentucky, republished)  # both references of other days


def test_a_template_with_other_names_is_another_happening():
    colorado = _Report(DECLARED.format(state="Colorado"), "2022-01-01", entities=("colorado",))
    kentucky = _Report(DECLARED.format(state="Kentucky"), "2022-01-01", entities=("kentucky",))
    assert other_names(colorado, kentucky)
    assert kept_apart(colorado, kentucky) == "other names"
    # One name spelt two ways ("La." / "Louisiana"): the same entity, the same happening.
    spelt = _Report(DECLARED.format(state="Col."), "2022-01-01", entities=("colorado",))
    assert not other_names(colorado, spelt)
    # A report that names what the other leaves out is no template of another occasion.
    longer = _Report(
        "Sullivan met today with Yang Jiechi in Luxembourg.", "2022-06-13", entities=("yang",)
    )
    shorter = _Report(
        "Sullivan met today with Yang Jiechi.", "2022-06-13", entities=("yang", "sullivan")
    )
    assert not other_names(longer, shorter)
    # Words in other order or other words altogether: no template.
    told = _Report("Governor Polis said the fire destroyed homes in Colorado", "2022-01-01")
    assert not other_names(colorado, replace_entities(told, ("polis",)))


NOMINEES = (
    "This is President Biden’s {round} round of nominees for federal judicial positions "
    "and his {slate} slate of nominations in 2022, bringing the number of nominees to {count}."
)


def test_a_template_with_another_ordinal_is_another_happening():
    thirteenth = _Report(NOMINEES.format(round="thirteenth", slate="first", count=83), "2022")
    sixteenth = _Report(NOMINEES.format(round="sixteenth", slate="fourth", count=90), "2022")
    assert other_ordinals(thirteenth, sixteenth)
    assert kept_apart(thirteenth, sixteenth) == "other ordinals"
    figures = _Report(NOMINEES.format(round="13th", slate="1st", count=83), "2022")
    assert other_ordinals(figures, sixteenth)
    # The same ordinal, or one only one of them writes: no other occasion.
    again = _Report(NOMINEES.format(round="thirteenth", slate="first", count=84), "2022")
    assert not other_ordinals(thirteenth, again)
    first = _Report("The first meeting of the council was held in Paris.", "2022")
    reworded = _Report("The first meeting of the council took place in Paris.", "2022")
    unnumbered = _Report("The meeting of the council was held in Paris.", "2022")
    assert not other_ordinals(first, reworded)
    assert not other_ordinals(first, unnumbered)


def replace_entities(report: _Report, entities: tuple[str, ...]) -> _Report:
    return _Report(report.text, report.date, report.told, entities)


def _build(make_seeds, files: dict[str, str], marks: dict[str, list[tuple[str, str]]]):
    corpus = load_corpus(make_seeds(files))
    analyses = analyse_by_hand(corpus, marks)
    return build_chronology(corpus, analyses, spans_as_entities(analyses)[0])


def test_another_days_declaration_does_not_join_the_days_own(make_seeds):
    chronology = _build(
        make_seeds,
        {
            "co.txt": "date 2022-01-01 Yesterday, President Biden declared that a major "
            "disaster exists in Colorado and ordered Federal aid to supplement recovery "
            "efforts in the areas affected by wildfires.\n",
            "ky.txt": "date 2022-02-27 Today, President Biden declared that a major disaster "
            "exists in Colorado and ordered Federal aid to supplement recovery efforts in "
            "the areas affected by storms from December 31, 2021.\n",
        },
        {
            "co": [("Yesterday", "DATE"), ("Biden", "PERSON"), ("Colorado", "GPE")],
            "ky": [
                ("Today", "DATE"),
                ("Biden", "PERSON"),
                ("Colorado", "GPE"),
                ("December 31, 2021", "DATE"),
            ],
        },
    )
    day = [e for e in chronology.events if e.date == "2021-12-31"]
    assert sorted(len(e.sources) for e in day) == [1, 1]
    # Without the other day's "Today" the words decide, as before: one event.
    recalled = _build(
        make_seeds,
        {
            "co.txt": "date 2022-01-01 Yesterday, President Biden declared that a major "
            "disaster exists in Colorado and ordered Federal aid to supplement recovery "
            "efforts in the areas affected by wildfires.\n",
            "ky.txt": "date 2022-02-27 On December 31, 2021, President Biden declared that a "
            "major disaster exists in Colorado and ordered Federal aid to supplement "
            "recovery efforts in the areas affected by wildfires.\n",
        },
        {
            "co": [("Yesterday", "DATE"), ("Biden", "PERSON"), ("Colorado", "GPE")],
            "ky": [("December 31, 2021", "DATE"), ("Biden", "PERSON"), ("Colorado", "GPE")],
        },
    )
    assert [len(e.sources) for e in recalled.events if e.date == "2021-12-31"] == [2]


def test_a_date_that_names_its_happening_joins_it(make_seeds):
    chronology = _build(
        make_seeds,
        {
            "a.txt": "date 2022-05-18 Jake Sullivan spoke today with Yang Jiechi by phone "
            "about security issues and relations.\n",
            "b.txt": "date 2022-06-13 Jake Sullivan met today with Yang Jiechi about security "
            "issues and relations, after their May 18 phone call.\n",
        },
        {
            "a": [("Jake Sullivan", "PERSON"), ("today", "DATE"), ("Yang Jiechi", "PERSON")],
            "b": [
                ("Jake Sullivan", "PERSON"),
                ("today", "DATE"),
                ("Yang Jiechi", "PERSON"),
                ("May 18", "DATE"),
            ],
        },
    )
    call = [e for e in chronology.events if e.date == "2022-05-18"]
    assert [len({s.document for s in e.sources}) for e in call] == [2]


def test_template_readouts_of_two_calls_stay_two_events(make_seeds):
    text = (
        "date 2022-10-25 President Biden spoke today with Prime Minister {} to offer his "
        "congratulations on the appointment.\n"
    )
    chronology = _build(
        make_seeds,
        {"a.txt": text.format("Giorgia Meloni"), "b.txt": text.format("Rishi Sunak")},
        {
            "a": [("Biden", "PERSON"), ("today", "DATE"), ("Giorgia Meloni", "PERSON")],
            "b": [("Biden", "PERSON"), ("today", "DATE"), ("Rishi Sunak", "PERSON")],
        },
    )
    assert [len(e.sources) for e in chronology.events] == [1, 1]


def test_a_date_names_its_happening_by_the_noun_after_or_just_before_it():
    after = "This meeting, which followed their May 18 phone call, included discussion."
    at = after.index("May 18")
    assert names_its_happening(after, at, at + len("May 18"))
    before = "Following President Biden's conversation with Prime Minister Bennett on April 24, Sullivan met today with Hulata."
    at = before.index("on April 24")
    assert names_its_happening(before, at, at + len("on April 24"))
    storms = "Today, President Biden declared a disaster in the areas affected by winds, tornadoes, and mudslides from December 31, 2021 to January 2, 2022."
    at = storms.index("from December 31, 2021")
    assert not names_its_happening(storms, at, at + len("from December 31, 2021"))
