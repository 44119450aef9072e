"""Surveys, estimates and milestones (chronology/surveys.py): the window a poll or a study
covered, a poll's finding, an estimate of an amount and a level reached are figures, not
happenings; a poll's or a study's release stays. Each case a sentence written for the
test, the date's expression in it and the rule that must leave it out, or None for a
happening that must stay. Publication date 2022-09-23 (a Friday)."""

from __future__ import annotations

import pytest

from generator.chronology import surveys

from .chronology_fixtures import check_rule

RULES = {
    "survey window": surveys.survey_window,
    "poll finding": surveys.poll_finding,
    "estimate": surveys.estimate,
    "milestone": surveys.milestone,
}


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # the window measured
        (
            "The survey of 1,200 voters was conducted September 9-12 by telephone.",
            "September 9-12",
            "survey window",
        ),
        (
            "The poll was based on online interviews with 800 adults between September 14-16.",
            "September 14-16",
            "survey window",
        ),
        (
            "The county's study looked at hospital records from March 2 through June 30 of this year.",
            "March 2",
            "survey window",
        ),
        (
            "From March 2 through June 30, the county examined hospital records of 40,000 patients.",
            "From March 2 through June 30",
            "survey window",
        ),
        # a poll's finding, a rating's level
        (
            "Most residents oppose the new toll, according to a university poll released on Tuesday.",
            "on Tuesday",
            "poll finding",
        ),
        (
            "The mayor's approval rating slipped to 41 percent in August.",
            "in August",
            "poll finding",
        ),
        # an estimate of an amount
        (
            "A brokerage estimated in early August that the recall could cost the carmaker $2 billion.",
            "in early August",
            "estimate",
        ),
        (
            "Economists estimate that the strike cut output by 2 percent last month.",
            "last month",
            "estimate",
        ),
        # a level reached
        ("Today the state will hit 70 percent of adults with a booster.", "Today", "milestone"),
        # happenings that stay: a release, an act with a figure, a named past happening
        (
            "A university poll released on Tuesday showed most residents oppose the toll.",
            "on Tuesday",
            None,
        ),
        ("The county released its hospital study on Monday.", "on Monday", None),
        (
            "A report published in a journal on Monday estimated that 3 percent of patients were infected.",
            "on Monday",
            None,
        ),
        (
            "The carmaker raised its estimated recall costs to $2 billion on Tuesday.",
            "on Tuesday",
            None,
        ),
        (
            "The leak already surpasses the 11 million-gallon 1989 Exxon Valdez spill, engineers say.",
            "1989",
            None,
        ),
        (
            "The state will fund recovery projects in areas hit by the floods in 2019, at a cost of $20 million.",
            "in 2019",
            None,
        ),
    ],
)
def test_survey_forms(sentence: str, expression: str, reason: str | None) -> None:
    check_rule(RULES, sentence, expression, reason)


def test_estimate_right_after_the_date() -> None:
    """An estimating verb right after the date is the date's ("The agency on Tuesday
    estimated that ..."); after a release ("published on Monday estimated") it is not."""
    check_rule(
        RULES,
        "The state agency on Tuesday estimated that 1.2 million renters would qualify.",
        "on Tuesday",
        "estimate",
    )


def test_estimate_leaves_a_clause_of_its_own() -> None:
    """A date in a clause of its own after the estimate is that clause's happening."""
    check_rule(
        RULES,
        "Engineers estimate that 2 million gallons leaked before the pipeline was shut in August.",
        "in August",
        None,
    )


def test_milestone_with_the_date_as_subject() -> None:
    """A date as the subject of the level reached ("Yesterday topped ...") is its day."""
    check_rule(RULES, "Yesterday topped 2 million shots in a single day.", "Yesterday", "milestone")
