"""Figures that are no happenings (events21): a peak named by its date, a level's change
learned of or said by data, a count in words as a change's other term, a year's count of
things, a year's income, a rate stated on a day and a total told with "now"
(chronology/changes.py, figures.py, levels.py, sums.py, running.py). Each case a
sentence written for the test, the date's expression in it and the rule that must leave
it out, or None for a happening that must stay. Publication date 2022-09-23 (a Friday)."""

from __future__ import annotations

import pytest

from generator.chronology import changes, figures, levels, running, sums

from .chronology_fixtures import check_rule

RULES = {
    "measure": figures.measure,
    "figure": figures.figure,
    "change from": changes.changed_from,
    "level change": figures.level_change,
    "year count": levels.year_count,
    "rate said": levels.rate_said,
    "year spending": sums.year_spending,
    "running total": running.running_total,
}


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a peak named by its date: a level's reference point
        ("Weekly claims are down 40 percent since the March 3rd peak.", "since the March 3rd", "measure"),
        ("The index now stands at half of its June 2021 peak.", "June 2021", "measure"),
        ("Admissions fell 30 percent since hitting a peak on August 2nd.", "on August 2nd", "measure"),
        # ... not a noun after "high" ("the April 20 high school"), nor a happening
        ("Students from the May 4 high school walkout met the mayor.", "May 4", None),
        ("The mayor has not spoken since the August 2nd storm.", "since the August 2nd", None),
        # a level's change learned of, or said by data, the date before "that"
        ("We learned last week that the jobless rate fell to 3.9 percent.", "last week", "level change"),
        (
            "State data said this week that the number of claims filed — new ones, I mean — had increased 50 percent.",
            "this week",
            "level change",
        ),
        ("In the city, prices charged by landlords moderated last month.", "last month", "level change"),
        # ... a release or a statement of an act stays
        ("We learned last week that the governor had resigned.", "last week", None),
        # a count in words as a change's other term
        ("Nine patients are in intensive care, up from two yesterday.", "yesterday", "change from"),
        ("Two patients went home yesterday.", "yesterday", None),
        # ... or a change's other term with no amount after "from"
        ("Support is at 41 percent, up significantly from last month.", "from last month", "change from"),
        ("Output fell to 12,000 barrels, a 30 percent drop from Monday's record rate.", "from Monday", "change from"),
        ("A nationwide shut-down ordered from Friday will close the schools.", "from Friday", None),
        # a year's count of things
        ("The agency's 85 rulings this year also cover appeals.", "this year", "year count"),
        ("Inspectors seized over 4,000 rifles in 2021.", "in 2021", "year count"),
        # ... not the agents, a disaster's toll, a span, a date naming a happening
        ("The accord was signed by the same 9 agencies in 2018.", "in 2018", None),
        ("The mill fire (which killed 12 and injured 40 others in 2005) led to new rules.", "in 2005", None),
        ("The city has had over 30 years since the 1989 quake to prepare.", "since the 1989", None),
        # a year's income in profits, a link's brackets read through
        (
            "Analysts say the airline made a record [$12](https://example.org/a.b) billion in profits in 2021.",
            "in 2021",
            "year spending",
        ),
        ("In 2003 the firm paid $1.3 billion for the field.", "In 2003", None),
        # a rate going on, stated on a day
        ("The company said Tuesday that it was spending $2 million a day on repairs.", "Tuesday", "rate said"),
        ("The company said Tuesday it had sealed the leak.", "Tuesday", None),
        ("Crews were pumping 500 barrels a day on Tuesday, but stopped at noon.", "on Tuesday", None),
        # a total to date told on a day, "now" with a perfect
        ("The company told investors yesterday it had now spent $80m on repairs.", "yesterday", "running total"),
        ("The company told investors yesterday it had spent $80m on a new plant.", "yesterday", None),
    ],
)
def test_figures_counts_rates(sentence: str, expression: str, reason: str | None) -> None:
    check_rule(RULES, sentence, expression, reason)
