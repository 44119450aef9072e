"""A period's total and a level's place (chronology/levels.py), a lack, an occasion's
terms and the calendar (chronology/terms.py), a day as a label and items announced
(chronology/transcript.py): each case a sentence written for the test, the date's
expression in it and the rule that must leave it out, or None for a happening that must
stay. Publication date 2022-09-23 (a Friday)."""

from __future__ import annotations

import pytest

from generator.chronology import levels, terms, transcript

from .chronology_fixtures import check_rule, rule_finds

RULES = {
    "period total": levels.period_total,
    "level is": levels.level_is,
    "range restated": levels.range_restated,
    "change in words": levels.change_in_words,
    "ranked since": levels.ranked_since,
    "lacking": terms.lacking,
    "occasion terms": terms.occasion_terms,
    "calendar": terms.calendar,
    "own occasion": transcript.own_occasion,
    "day label": transcript.day_label,
    "items ahead": transcript.items_ahead,
}


def check(sentence: str, expression: str, reason: str | None) -> None:
    check_rule(RULES, sentence, expression, reason)


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a count of things a flow adds up to over a month or a year
        ("The food bank distributed over 4 million meals last year.", "last year", "period total"),
        (
            "In March, the program, with state support, served 12,000 families.",
            "In March",
            "period total",
        ),
        (
            "The agency nearly tripled the number of grants awarded in 2021.",
            "in 2021",
            "period total",
        ),
        # a day's deed, a verb outside the date's clause, a sum awarded
        ("The food bank distributed 4,000 meals on Tuesday.", "Tuesday", None),
        (
            "The mayor announced last month the program has served 12,000 families.",
            "last month",
            None,
        ),
        # a level stated as up, down, higher or lower
        ("On Thursday, the carrier's shares were up 3.1 pct.", "On Thursday", "level is"),
        ("Rents in the city are actually higher today, on a yearly basis.", "today", "level is"),
        # a place is no level, a limit is none, a verb of the date's own stays
        ("The two envoys were up on the Hill yesterday meeting senators.", "yesterday", None),
        # a flow going on through the current year, in the present progressive
        (
            "Altogether, this year the agency is providing more than $2.1 billion in rent aid.",
            "this year",
            "period total",
        ),
        ("The city's bond is trading at its lowest level ever today.", "today", "level is"),
        # a change by an amount in words over a month
        (
            "The participation rate rose by three tenths of a percent last month.",
            "last month",
            "change in words",
        ),
        # a rank over the time since the date, read across brackets
        (
            "It was the smallest monthly rise in the Consumer Price Index (CPI) since March 2021.",
            "since March 2021",
            "ranked since",
        ),
        (
            "It was the best year for factory hiring since records began in 1939.",
            "1939",
            "ranked since",
        ),
        # a role held since a date is no rank, nor a happening named after the date
        (
            "The talks resumed for the first time since the March 2021 summit of the two leaders.",
            "March 2021",
            None,
        ),
        # a range restated in apposition
        (
            "The study measured the loss from March to August, the middle of 2021.",
            "the middle of 2021",
            "range restated",
        ),
    ],
)
def test_levels(sentence, expression, reason):
    check(sentence, expression, reason)


def test_a_level_after_a_verb_of_the_dates_own_is_not_the_dates():
    sentence = (
        "The shares have lost value since the strike began two weeks ago and are down 9 percent."
    )
    assert not rule_finds(RULES["level is"], sentence, "two weeks ago")


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a lack stated in the present, with the present day
        ("And, today, we don't have enough school bus drivers.", "today", "lacking"),
        ("Millions of rural homes today lack access to broadband.", "today", "lacking"),
        # a date right after a verb of its own; a lack in another clause after a dash
        ("Ballots counted today have no bearing on the outcome.", "today", None),
        (
            "The governor's message today was plain -- there is no quick fix for the drought.",
            "today",
            None,
        ),
        # an occasion named by its date, its terms set out
        (
            "For the March 3, 2022 auction, all bidders were required to register in person.",
            "the March 3",
            "occasion terms",
        ),
        (
            "For the March 3, 2022 auction, all bidders were required to register in person.",
            "2022",
            "occasion terms",
        ),
        # a season or a fiscal year beginning or ending; a season opened by someone stays
        ("The wildfire season in the West began this month.", "this month", "calendar"),
        ("Flu season officially ends on 31 March.", "on 31 March", "calendar"),
        ("The flu season normally ends in February or March.", "March", "calendar"),
        ("The crabbing season opened on 2 September after the inspection.", "on 2 September", None),
        (
            "Its value fell by a quarter since the strike started two weeks ago.",
            "two weeks ago",
            None,
        ),
    ],
)
def test_terms(sentence, expression, reason):
    check(sentence, expression, reason)


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # an earlier briefing named by its day, the speaker telling what they said there
        (
            "At Tuesday's briefing, I also mentioned the new guidance for schools.",
            "Tuesday",
            "own occasion",
        ),
        ("At Tuesday's briefing, the admiral said the ship had sailed.", "Tuesday", None),
        # a day as the label of what is presented
        ("MS. JONES:  Oh, it's our Monday visitor.", "Monday", "day label"),
        # items announced with no verb of their own; one with a verb stays
        ("Okay, a few items on the schedule today.", "today", "items ahead"),
        ("Two new announcements today will fund 40 apprenticeship programs.", "today", None),
        # an item of the agenda named by the day it is for
        (
            "Let me highlight a third announcement for this morning, on school meals.",
            "this morning",
            "items ahead",
        ),
        ("The announcement this morning drew praise from governors.", "this morning", None),
    ],
)
def test_transcript_labels(sentence, expression, reason):
    check(sentence, expression, reason)
