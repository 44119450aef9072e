"""A publisher's note on its page (chronology/stamps.py), a year's cost and a sum's period
(chronology/sums.py), a market's move told with a pronoun (chronology/markets.py), the
last date of available data and a count of the current year in words
(chronology/running.py), "today" as nowadays (chronology/states.py) and the briefing's
own talk (chronology/speech.py): each case a sentence written for the test, the date's
expression in it and the rule that must leave it out, or None for a happening that must
stay. Publication date 2022-09-23 (a Friday)."""

from __future__ import annotations

import pytest

from generator.chronology import markets, running, speech, stamps, states, sums

from .chronology_fixtures import check_rule

RULES = {
    "page note": stamps.page_note,
    "year cost": sums.year_cost,
    "sum period": sums.sum_period,
    "market move": markets.market_move,
    "latest figures": running.latest_figures,
    "period tally": running.period_tally,
    "stative": states.stative,
    "talk": speech.talk,
}


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a publisher's note glued to the text, and a story's date before it
        ("cents This article was amended on 2 September 2022.", "on 2 September 2022", "page note"),
        ("Photograph: J. Smith (This caption was corrected on 14 September 2022.", "on 14 September 2022", "page note"),
        (
            "The ferry sank on 1 September 2022. This article was amended on 2 September 2022.",
            "on 1 September 2022",
            None,
        ),
        # a year's cost of damage, a link's brackets read through
        (
            "Floods were estimated to cost the region [at least $14 billion](https://example.org/x) in 2021.",
            "in 2021",
            "year cost",
        ),
        (
            "Storms, which last year caused more than $45 billion in damages, are growing stronger.",
            "last year",
            "year cost",
        ),
        ("The insurer paid the claim in 2021 after the floods.", "in 2021", None),
        # a sum's period: the date closes the sum's noun phrase, no verb between
        (
            "The plan builds on more than $400 million in grants for rural clinics last year.",
            "last year",
            "sum period",
        ),
        (
            "The actor, who put more than $2m in the venture, testified in Congress last month.",
            "last month",
            None,
        ),
        # a market's move whose subject is a pronoun
        ("They had plunged 9 percent on Monday.", "on Monday", "market move"),
        ("It closed nearly 2 percent higher in Oslo on Thursday.", "on Thursday", "market move"),
        ("They signed the contract on Monday.", "on Monday", None),
        # the last date of available data
        (
            "Filings stayed low between May 2021 and March 2022, the last date of available data.",
            "March 2022",
            "latest figures",
        ),
        # a count of the current year in words, the date closing its clause
        (
            "A record number of firefighters have been injured this year.",
            "this year",
            "period tally",
        ),
        ("The council has approved the budget this year.", "this year", None),
        # "today" as nowadays
        ("And today, we see the results of that.", "today", "stative"),
        (
            "Today, the smartphone has transformed the way we shop and bank.",
            "Today",
            "stative",
        ),
        ("Today, the governor has signed the bill into law.", "Today", None),
        # the briefing's own talk
        (
            "The next step is one that we spoke about a week or so ago.",
            "a week or so ago",
            "talk",
        ),
    ],
)
def test_page_notes_and_sums(sentence: str, expression: str, reason: str | None) -> None:
    check_rule(RULES, sentence, expression, reason)
