"""A market's move in the forms a plain subject-verb reading misses, a market's reference
point and a value held or lost (chronology/markets.py), a running total, the latest
figures' period and a tally of the current period (chronology/running.py), a series of
levels (chronology/figures.py): each case a sentence written for the test, the date's
expression in it and the rule that must leave it out, or None for a happening that must
stay. Publication date 2022-09-23 (a Friday)."""

from __future__ import annotations

import pytest

from generator.chronology import figures, markets, running

from .chronology_fixtures import check_rule

RULES = {
    "market move": markets.market_move,
    "market reference": markets.market_reference,
    "market value": markets.market_value,
    "running total": running.running_total,
    "latest figures": running.latest_figures,
    "period tally": running.period_tally,
    "measure": figures.measure,
}


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a timeline's item with a bullet, or a phrase before the subject
        (
            "* Sept. 12 - The carrier's shares fall 3 percent on fears of a strike.",
            "Sept. 12",
            "market move",
        ),
        (
            "Sept. 14 - After two days of losses, the carrier's shares rise 4 percent on hopes of a deal.",
            "Sept. 14",
            "market move",
        ),
        (
            "In a similar case, two years ago, the ferry operator's stock shed more than 15 percent.",
            "two years ago",
            "market move",
        ),
        # a long subject: a ticker's dots, a comma, an apposition with its amount
        (
            "Shares in Norfjord and the rig firm Polar Ltd <POL.OL> fell by more than 5 percent on Thursday.",
            "on Thursday",
            "market move",
        ),
        (
            "The carrier's shares, down by almost 3% in morning trading in Oslo yesterday, closed down 1%.",
            "yesterday",
            "market move",
        ),
        (
            "The carrier's U.S.-listed ADRs added to losses on Wednesday.",
            "on Wednesday",
            "market move",
        ),
        (
            "Its shares plunged as much as 18% at one stage this morning after the recall.",
            "this morning",
            "market move",
        ),
        (
            "The carrier's shares hit their lowest level since March 1998 on Tuesday.",
            "on Tuesday",
            "market move",
        ),
        (
            "Shares tumbled 6% to a 12-year low yesterday over fears of a strike.",
            "yesterday",
            "market move",
        ),
        ("In Oslo on Thursday, the carrier's shares fell 40 cents.", "on Thursday", "market move"),
        (
            "The sell-off on Wednesday worried the carrier's lenders.",
            "on Wednesday",
            "market move",
        ),
        # a market's reference point, a day's move as a noun, a trading session
        (
            "The shares are up 12 percent since the close of trading on Monday.",
            "on Monday",
            "market reference",
        ),
        (
            "The shares closed higher, rebounding from Thursday's 12-year low.",
            "Thursday",
            "market reference",
        ),
        (
            "With Wednesday's share price drop, the carrier has lost half its market value.",
            "Wednesday",
            "market reference",
        ),
        (
            "In Wednesday trading in Oslo, the carrier's stock rose 2 percent.",
            "Wednesday",
            "market reference",
        ),
        # a value held or lost
        (
            "At the start of last week, the carrier was valued at $12bn.",
            "the start of last week",
            "market value",
        ),
        (
            "Another $1.4bn was wiped off the value of the carrier when trading began in Oslo today.",
            "today",
            "market value",
        ),
        # what moved the price, a happening a span runs from, a deal's worth, a place
        (
            "Its shares fell 2% this morning despite the phone call on Saturday between the two ministers.",
            "on Saturday",
            None,
        ),
        (
            "The carrier, whose shares have wiped out $3 billion of market value since the April 20 fire, "
            "said it would appeal.",
            "since the April 20",
            None,
        ),
        ("The ferry, valued at more than $60 million, sank on Tuesday.", "on Tuesday", None),
        ("The minister met the unions ahead of the hearing today.", "today", None),
    ],
)
def test_market_forms(sentence: str, expression: str, reason: str | None) -> None:
    check_rule(RULES, sentence, expression, reason)


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a total to date told on the day, in the date's clause, heading an item
        (
            "The carrier said on Monday it had spent about $1.2 billion so far on the recall.",
            "on Monday",
            "running total",
        ),
        (
            "The recall has so far cost the carrier $1.1bn, the company said this morning.",
            "this morning",
            "running total",
        ),
        (
            "Sept. 19 - The carrier says it has spent $1.3 billion so far on the recall.",
            "Sept. 19",
            "running total",
        ),
        (
            "To date, more than $84 million has been allocated to the region for resilience in 2022.",
            "in 2022",
            "running total",
        ),
        (
            "To date, new pledges in 2022 outlined below exceed $90 million for clean water.",
            "in 2022",
            "running total",
        ),
        (
            "The agency said on Monday that the outbreak had brought the total number of cases to 130.",
            "on Monday",
            "running total",
        ),
        # the latest figures' period; a tally of the current year
        (
            "In 2019, the latest year for which figures are available, the disease killed 3,000 people.",
            "In 2019",
            "latest figures",
        ),
        (
            "This year, over 300 libraries in 20 states have reported that they will stay open late.",
            "This year",
            "period tally",
        ),
        # a series of levels over months
        (
            "Output went from 2 million tests in August, to 4 million in October, to 9 million in November.",
            "in November",
            "measure",
        ),
        # a rank "to date", an act dated by its own verb, a total foreseen
        (
            "A tanker carrying 250,000 barrels ran aground in 1989 in the worst spill to date.",
            "in 1989",
            None,
        ),
        (
            "The grant brings the total available under the program announced in June 2021 to $2 billion.",
            "in June 2021",
            None,
        ),
        (
            "The carrier reports its results on 27 September, and it is expected to pay $1bn in total this year.",
            "on 27 September",
            None,
        ),
    ],
)
def test_running_totals(sentence: str, expression: str, reason: str | None) -> None:
    check_rule(RULES, sentence, expression, reason)
