"""A market's move (chronology/markets.py), a stance, a term's boundary and a plan that
did not hold (chronology/stances.py), a year's spending (chronology/sums.py): each case a
sentence written for the test, the date's expression in it and the rule that must leave
it out, or None for a happening that must stay. Publication date 2022-09-23 (a Friday)."""

from __future__ import annotations

import pytest

from generator.chronology import markets, stances, sums
from generator.chronology.dates import resolve_expression

from .chronology_fixtures import check_rule

RULES = {
    "market move": markets.market_move,
}


def check(sentence: str, expression: str, reason: str | None) -> None:
    check_rule(RULES, sentence, expression, reason)


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # the move's subject across an apposition, a close with its amount, a clock time
        (
            "Shares in Oslo-based Norfjord, the region's largest ferry operator, dropped 3.2 percent on Thursday.",
            "on Thursday",
            "market move",
        ),
        (
            "The carrier's U.S.-listed shares closed 2.4 percent lower on Tuesday.",
            "on Tuesday",
            "market move",
        ),
        (
            "Shares in the carrier gained 1.9 percent to 310 pence at 8:15 a.m. EDT on Wednesday.",
            "on Wednesday",
            "market move",
        ),
        (
            "The carrier's shares today fell 4%, briefly slipping below 300p.",
            "today",
            "market move",
        ),
        ("On Monday its shares shed 11% following the recall.", "On Monday", "market move"),
        (
            "Sept. 14 - Upbeat remarks from the minister lift the carrier's shares by 5 percent.",
            "Sept. 14",
            "market move",
        ),
        (
            "The carrier's stock took a beating on Monday following the recall.",
            "on Monday",
            "market move",
        ),
        # what moved the price is a happening of its own clause; a sale of shares is a deed
        (
            "The carrier's shares rose after the regulator said on Tuesday that the recall was over.",
            "on Tuesday",
            None,
        ),
        (
            "The senator, who sold his carrier shares on Monday, declined to comment.",
            "on Monday",
            None,
        ),
        (
            "The carrier, whose shares have slumped, lost its chief executive on Monday.",
            "on Monday",
            None,
        ),
    ],
)
def test_market_move(sentence: str, expression: str, reason: str | None) -> None:
    check(sentence, expression, reason)


STANCES = {
    "stance": stances.stance,
    "term boundary": stances.boundary,
    "supposed to": stances.supposed,
    "year spending": sums.year_spending,
}


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a stance held in the present, the date opening the sentence
        (
            "Today, we acknowledge that trade will become a central part of our partnership.",
            "Today",
            "stance",
        ),
        (
            "And today, in the face of rising prices, we reaffirm our commitment to fair wages.",
            "today",
            "stance",
        ),
        # a term's boundary on the calendar
        (
            "Today marks the finish line of the Challenge, a 90-day drive for apprenticeships.",
            "Today",
            "term boundary",
        ),
        (
            "This week also marks the closure of the comment period for the draft rule.",
            "This week",
            "term boundary",
        ),
        # a plan that did not hold
        ("Today was supposed to be the festival's opening day.", "Today", "supposed to"),
        (
            "The film was supposed to open last week but the premiere was canceled.",
            "last week",
            "supposed to",
        ),
        # a schedule in the past perfect: overtaken
        ("The school had been due to reopen on Sunday.", "on Sunday", "supposed to"),
        ("The summit had been scheduled to open last week.", "last week", "supposed to"),
        ("The school was due to reopen on Sunday.", "on Sunday", None),
        # a plan the sentence says was put off, or calls the first
        (
            "The talks that were scheduled to open in Libreville on 10 March have been postponed.",
            "on 10 March",
            "supposed to",
        ),
        ("The hearing, set for March 9, was postponed to March 23.", "March 9", "supposed to"),
        (
            "The dialogue, originally planned for February 24 in Brussels, opens on March 24.",
            "February 24",
            "supposed to",
        ),
        (
            "The dialogue, originally planned for February 24 in Brussels, opens on March 24.",
            "on March 24",
            None,
        ),
        # a year's spending (chronology/sums.py)
        (
            "In 2019, the company spent nearly $9m on lobbying the state.",
            "In 2019",
            "year spending",
        ),
        (
            "Local grantees obligated over $12 billion in rent aid in 2021.",
            "in 2021",
            "year spending",
        ),
        # a payment known to its year, a single award, a day's spending
        ("In 2003 it paid $1.3 billion for the northern field.", "In 2003", None),
        ("The city spent $2 million on Tuesday to buy the lot.", "on Tuesday", None),
        # a deed in the past, a proclamation's act, a date of its own clause, an opening
        (
            "Last month, I reaffirmed our commitment to ending hunger at the conference.",
            "Last month",
            None,
        ),
        ("Today, I call upon all Americans to observe this day with ceremonies.", "Today", None),
        (
            "As the order goes into effect today, we reaffirm our commitment to reform.",
            "today",
            None,
        ),
        (
            "This year marked the opening of the new animal shelter in Wilmington.",
            "This year",
            None,
        ),
        ("His announcement on Thursday was meant to reassure the markets.", "on Thursday", None),
    ],
)
def test_stances(sentence: str, expression: str, reason: str | None) -> None:
    check_rule(STANCES, sentence, expression, reason)


def test_a_single_award_is_no_years_spending() -> None:
    sentence = "The firm was awarded $5 million in 2019 for the bridge."
    when = resolve_expression(
        "in 2019", "2022-09-23", sentence=sentence, start=sentence.index("in 2019")
    )
    assert when is not None
    assert not sums.year_spending(sentence, when, sentence.find(when.expression))
    spent = "The firm spent $5 million in 2019 on the bridge."
    assert sums.year_spending(spent, when, spent.find(when.expression))
