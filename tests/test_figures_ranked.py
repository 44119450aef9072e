"""Figures that are no happening (chronology/figures.py, changes.py): a quantity ranked
against other periods, a market's move on a day, a level of a measure, the period data
cover, a rate of output; each case a sentence written for the test, the date's
expression in it and the rule that must leave it out, or None for a happening that must
stay. Publication date 2022-09-23 (a Friday)."""

from __future__ import annotations

import pytest

from .chronology_fixtures import happening_reason


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # ranked against every other period (or, for a year, every other producer)
        (
            "Last year, the agency seized more fake goods (by count) than in any prior year.",
            "Last year",
            "record",
        ),
        (
            "The firm, which last year mined more copper than any other company, is for sale.",
            "last year",
            "record",
        ),
        ("On Monday the port handled more ships than on any other day.", "On Monday", "record"),
        ("On Monday the senator said she had more votes than anyone else.", "On Monday", None),
        # a market's move on a day; what moved it stays
        (
            "The miner's share price slumped to its lowest level in a decade on Tuesday.",
            "on Tuesday",
            "level change",
        ),
        ("The drop followed a sell-off on Wednesday.", "on Wednesday", "level change"),
        ("The company admitted on Wednesday that its pipeline had leaked.", "on Wednesday", None),
        (
            "Its shares rose 8p following confirmation on Sunday that the well was sealed.",
            "on Sunday",
            None,
        ),
        (
            "Airline stocks fell in the markets hardest hit by the outbreak six years ago.",
            "six years ago",
            None,
        ),
        # a measure's change learned of, its noun with an "of" phrase
        ("Today, we learned that sales of used cars declined in August.", "Today", "level change"),
        # a level of a measure a while ago; the period data cover
        (
            "Factors include the level of hiring just a month ago and the cost of fuel.",
            "just a month ago",
            "measure",
        ),
        ("Figures compiled through June showed steady demand.", "June", "measure"),
        ("The data team was hired in June to build the dashboard.", "in June", None),
        # a share of a population stated; a rate of output in a year
        (
            "Three months ago, only 2 percent of cases in the U.S. were of the new variant.",
            "Three months ago",
            "level stated",
        ),
        (
            "Output fell, but at 40,000 barrels per day (bpd) in 2019 the field still mattered.",
            "in 2019",
            "figure",
        ),
        # the other term of a change read into the date; a day's count in released figures
        (
            "The agency has confirmed 120 cases, up from 95 yesterday.",
            "from 95 yesterday",
            "figure",
        ),
        (
            "Figures released showing that the hotline received 1,200 flu calls yesterday.",
            "yesterday",
            "level stated",
        ),
        # a year's output; a comparison's other term past a modifier
        ("The packer slaughtered 20 million hogs in 2007.", "in 2007", "year output"),
        (
            "Growth is stronger today than it was pre-crisis in January 2020.",
            "in January 2020",
            "measure",
        ),
        # a market's move in the present tense, the stock of a company
        ("Oil prices rise 3% this morning on hopes of a deal.", "this morning", "level change"),
        ("The stock had gained on Monday after reports of a merger.", "on Monday", "level change"),
        # a figure ranked since a year, another date after it
        ("Retail sales rose by the most since 2011 this month.", "since 2011", "measure"),
    ],
)
def test_figures_of_a_period_or_a_market(sentence, expression, reason):
    assert happening_reason(sentence, expression) == reason


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a belief held, a state of mind: no deed on the date
        (
            "Earlier this week, Ms Hart assumed she had escaped the flu.",
            "Earlier this week",
            "stative",
        ),
        (
            "Prices rose - last month, after a storm, there were fears that stores would run out.",
            "last month",
            "stative",
        ),
        ("Earlier this week, Ms Hart flew to Madrid.", "Earlier this week", None),
        # knowledge held since a date; learning it on the date stays
        (
            "Both firms were aware of the defect, as the memo shows, as early as March 8.",
            "March 8",
            "stative",
        ),
        ("The firm became aware of the defect on March 8.", "on March 8", None),
    ],
)
def test_states_of_mind(sentence, expression, reason):
    assert happening_reason(sentence, expression) == reason
