"""Positive evidence of a happening (chronology/deeds.py) and plans known to a month or
expected of others (chronology/plans.py): each case gives a sentence written for the
test, the date's expression in it and the rule that must leave it out, or None for a
happening that must stay. Publication date 2022-09-23 (a Friday) unless given."""

from __future__ import annotations

import pytest

from generator.chronology.dates import PartialDate
from generator.chronology.deeds import deed_evidence, held_clause, state_verb

from .chronology_fixtures import happening_reason


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # only a copula or a verb of a state, belief or feeling in the date's clause
        ("Labor Day is a time for all of us to rest and look back.", "Labor Day", "no deed"),
        ("We're now in September.", "in September", "no deed"),
        (
            "On Sunday, the thoughts of the whole town were with the families of the miners.",
            "On Sunday",
            "no deed",
        ),
        (
            "In August, several bankers doubted whether the airline could last.",
            "In August",
            "no deed",
        ),
        (
            "There was a belief from last March that the mine was safe.",
            "from last March",
            "no deed",
        ),
        # ... but a verb that happens keeps it: a past, a progressive, a report's present
        ("In August, several bankers sold their shares in the airline.", "In August", None),
        ("Today, we are announcing three new testing sites.", "Today", None),
        ("September 14: Nuland travels to Georgia.", "September 14", None),
        ("The airline's funding was cut off in 2019.", "in 2019", None),
        ("The summary that we put out this morning is short.", "this morning", None),
        ("He would later be elected to the state senate in 2016.", "in 2016", None),
        # a schedule on a day is a happening's; presence at a place is a visit
        ("The Prime Minister will be in Ottawa on Tuesday.", "on Tuesday", None),
        ("The report, to be released on Tuesday, is long.", "on Tuesday", None),
        ("Today, I am pleased to announce a new trade agreement.", "Today", None),
        (
            "Union leaders, who were just here at the White House last week, will meet him.",
            "last week",
            None,
        ),
        ("In May 2019, she was the recipient of the Lasker Award.", "In May 2019", None),
        (
            "He told the BBC, in a programme to be broadcast tonight, that he was sorry.",
            "tonight",
            None,
        ),
        ("Everything changed when a young lawyer appeared in 2008.", "in 2008", None),
        ("In May, the firm appeared to be safe.", "In May", "no deed"),
        (
            "The young were most at risk 1957: An outbreak in Asia killed a million people.",
            "1957",
            None,
        ),
        ("On Monday, the EPA responded that the firm should keep looking.", "On Monday", None),
        ("The mayor planned to meet the governor in Houma on Thursday.", "on Thursday", None),
        # a date that names a happening or an occasion stays
        ("He has a call with the governors this afternoon.", "this afternoon", None),
        ("She sees the events of January 6th as an attack.", "of January 6th", None),
        ("It is less severe than the epidemic of 1957.", "of 1957", None),
        # a date opening a list's saying is the saying's day
        ("14 September “We are not giving up on the well.", "14 September", None),
    ],
)
def test_no_deed(sentence: str, expression: str, reason: str | None) -> None:
    assert happening_reason(sentence, expression) == reason


@pytest.mark.parametrize(
    ("sentence", "expression", "published", "reason"),
    [
        # a plan or a forecast for a month ahead or the rest of the current one
        (
            "The agency said inspectors would return to the plant this week.",
            "this week",
            "2022-09-20",
            "month ahead",
        ),
        (
            "The second well is due to be finished later this month.",
            "later this month",
            "2022-09-06",
            "month ahead",
        ),
        (
            "The mayor faces a hard race with elections looming in November.",
            "in November",
            "2022-09-06",
            "month ahead",
        ),
        (
            "The council will review the plan in December.",
            "in December",
            "2022-09-06",
            "month ahead",
        ),
        # ... not an occasion's schedule told in the present, a past verb of the date
        # ("agreed this week"), nor a day ahead
        (
            "Parties have called primaries before the elections are held in November.",
            "in November",
            "2022-09-06",
            None,
        ),
        (
            "The firm agreed this week that it would sell the fields.",
            "this week",
            "2022-09-20",
            None,
        ),
        (
            "The President will travel to Denver on September 28.",
            "on September 28",
            "2022-09-20",
            None,
        ),
        # a week ahead by its words, though in the current month at its precision; a
        # futurate progressive ("is traveling ... next week") is a plan as "will" is
        (
            "Also would note the Secretary is traveling to Peru and Chile next week.",
            "next week",
            "2022-09-06",
            "month ahead",
        ),
        # a speaker's repair ("the meeting — meetings") is no clause's boundary
        (
            "They will bring many ideas to the meeting — meetings later this week.",
            "later this week",
            "2022-09-20",
            "month ahead",
        ),
        (
            "They took many ideas to the meeting — meetings earlier this week.",
            "earlier this week",
            "2022-09-20",
            None,
        ),
        # a change forecast in a schedule's words; a deed after them is a schedule
        (
            "Tropical storm Ada was set to become a hurricane on Tuesday, delaying the work.",
            "on Tuesday",
            "2022-09-23",
            "forecast change",
        ),
        (
            "A depression had formed and was set to slam into the coast near the border on Sunday.",
            "on Sunday",
            "2022-09-23",
            "forecast change",
        ),
        (
            "The Senate committee is set to hold a hearing on Tuesday on the liability issue.",
            "on Tuesday",
            "2022-09-23",
            None,
        ),
        # a noun's schedule in an aside, after a clause that tells something else
        (
            "The board is considering deferring part of the dividend, which is due to be "
            "announced on 27 October.",
            "on 27 October",
            "2022-09-23",
            "noun schedule",
        ),
        (
            "Members were discussing a plan to defer the dividend, due to be announced on October 27.",
            "on October 27",
            "2022-09-23",
            "noun schedule",
        ),
        (
            "The company is due to announce its dividend and results on October 27.",
            "on October 27",
            "2022-09-23",
            None,
        ),
        # an expectation of what another will do
        (
            "The minister said he expected the chief to resign and the board to be told on Monday.",
            "on Monday",
            "2022-09-23",
            "expected of others",
        ),
        # ... a comma inside a number is no clause boundary; a comma in words is one
        (
            "BP said it expected the relief well to meet the old well 13,000 feet down on October 12.",
            "on October 12",
            "2022-09-23",
            "expected of others",
        ),
        (
            "Analysts expect the firm to grow, as it did in August.",
            "in August",
            "2022-09-23",
            None,
        ),
    ],
)
def test_plans(sentence: str, expression: str, published: str, reason: str | None) -> None:
    assert happening_reason(sentence, expression, published) == reason


def _when(expression: str, precision: str = "day") -> PartialDate:
    return PartialDate("2022-09-23", precision, False, expression, "")


def test_held_clause_is_the_rest_of_a_sentence_a_date_opens() -> None:
    sentence = "In June, some analysts doubted whether the bank could survive; it did."
    held = held_clause(sentence, _when("In June", "month"), 0)
    assert held.strip() == ", some analysts doubted whether the bank could survive"


def test_held_clause_is_its_own_sentence_when_the_splitter_joined_two() -> None:
    sentence = "Last month, you said it would be soon. We're now in October."
    start = sentence.index("in October")
    assert held_clause(sentence, _when("in October", "month"), start).strip() == "We're now  ."


def test_state_verbs_and_evidence() -> None:
    assert state_verb("we know cancer as a disease") == "know"
    assert state_verb("in May the doses arrive") is None  # the month is no modal
    assert deed_evidence("the President signs the bill", day=False) == "signs"
    assert deed_evidence("the visits by the President", day=False) is None
    assert deed_evidence("will travel to Bali", day=True) == "travel"
    assert deed_evidence("will travel to Bali", day=False) is None
    assert deed_evidence("the oil rig burning", day=False, past=True) == "burning"
    assert deed_evidence("the oil rig burning", day=False, past=False) is None


def test_participle_after_a_verb_of_a_state_is_no_past():
    from generator.chronology.deeds import past_form

    assert past_form("The schools will remain closed this week") is None
    assert past_form("The offices remain closed") is None
    assert past_form("The plant closed this week") == "closed"
