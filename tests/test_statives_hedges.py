"""Statives and hedges: what went on throughout a period, a period that ends at a date
and how things looked on it (chronology/scenes.py), a generic pattern, an observance
after a quotation's speaker and how many are so "today" (chronology/states.py), a date
inside what is expected or hoped for (chronology/stances.py), a photograph's caption
(scenes.py) and where things stood on a date (states.py): each case a sentence
written for the test, the date's expression in it and the rule that must leave it out,
or None for a happening that must stay. Publication date 2022-09-23 (a Friday)."""

from __future__ import annotations

import pytest

from generator.chronology import scenes, stances, states

from .chronology_fixtures import check_rule

RULES = {
    "whole period": scenes.whole_period,
    "before period": scenes.before_period,
    "generic": states.generic,
    "state": states.state,
    "expectation": stances.expectation,
    "linking state": scenes.linking_state,
    "today quantified": states.today_quantified,
    "caption": scenes.caption,
}


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # what went on throughout a year, or was going on throughout a month: how long it
        # held, no point in time
        ("Throughout 2021, the agency ensured that farmers could apply for the grants.", "2021", "whole period"),
        ("Throughout 2019 and 2020, growers have faced rising costs at the ports.", "2020", "whole period"),
        ("As prices were rising throughout May and June, sales fell.", "June", "whole period"),
        ("The clinic was operating all through March.", "March", "whole period"),
        # deeds done over a month are dated by it; a date that names a happening is that
        # happening's; a point in the period stays
        ("Throughout June, the governor spoke dozens of times about the threat.", "June", None),
        ("The pledges were announced throughout this week's ocean summit.", "this week", None),
        ("The agency opened the office in March and hired staff throughout.", "in March", None),
        # a year or a month after "before": the bound of a period
        ("Before this year, the island's tax credit had never received federal support.", "this year", "before period"),
        ("The Coast Guard said that before 2001, the agency was organized differently.", "2001", "before period"),
        # a date that names a happening, a limit, an adverb "before" with a date of its own
        ("The plan was announced three weeks before the April oil spill.", "the April", None),
        ("I have seen all this before in 1977 when we lined up for the shots.", "in 1977", None),
    ],
)
def test_a_period_held_or_bounded_is_no_point_in_time(sentence: str, expression: str, reason: str | None) -> None:
    check_rule(RULES, sentence, expression, reason)


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a frequency adverb in the present that governs the date: a regularity
        ("The storm season typically peaks in August and ends in November.", "in August", "generic"),
        ("The county usually brings in half of its yearly income between June and August.", "June", "generic"),
        ("Fields planted after mid-May usually lose a bushel a day on yield.", "mid-May", "generic"),
        ("The bar normally employs 16 bartenders who serve 2,000 people on a Saturday night.", "Saturday night", "generic"),
        # a past form is a deed or a clause of its own; a date said as past is a happening's;
        # a stop ends the pattern's clause; a date that names a happening is that happening's
        ("The inspectors routinely approved the requests in April.", "in April", None),
        ("Typically they earn $20,000 a month, but last month they received $5,000.", "last month", None),
        ("The fleet usually sails in June; this year it sailed in July.", "in July", None),
        ("Symptoms usually resemble those of the strain which caused the 1918 pandemic.", "the 1918", None),
        ("Figures usually reported in October were released on 2 November.", "on 2 November", None),
    ],
)
def test_a_generic_pattern_is_no_happening(sentence: str, expression: str, reason: str | None) -> None:
    check_rule(RULES, sentence, expression, reason)


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # an observance in a quotation after its speaker's name in bold
        (
            "**Springfield Mayor Ann Ortiz**: “This week, we're marking the 1-year anniversary of the relief law.",
            "This week",
            "state",
        ),
        ("**Springfield Mayor Ann Ortiz**: “Today, we honor the nurses of our city.", "Today", "state"),
        # ... or held in the present after an opening date and an aside, or after a colon
        ("Today, on the 40th anniversary of the Clean Water Act, we celebrate the rivers it saved.", "Today", "state"),
        ("Today, we're also celebrating the life and legacy of a great organizer.", "Today", "state"),
        ("Today, we mark 100 years of unbroken diplomatic relations with our allies.", "Today", "state"),
        ("Two items for the top: Today, we recognize the International Day of the Nurse.", "Today", "state"),
        # a deed in the quotation stays, and so does what is marked as a fact
        ("**Springfield Mayor Ann Ortiz**: “This week, the city opened three new clinics.", "This week", None),
        ("But tomorrow, we're marking the fact that the payments will start going out.", "tomorrow", None),
        ("Today, as the storm passed, we opened three shelters.", "Today", None),
    ],
)
def test_an_observance_after_a_quoted_speaker_is_no_happening(sentence: str, expression: str, reason: str | None) -> None:
    check_rule(RULES, sentence, expression, reason)


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a date inside what is expected, a possessive too
        ("And so we expect that this will be a subject of conversation between the two leaders tomorrow.", "tomorrow", "expectation"),
        ("Our expectation is that this week's committee votes will track closely with the proposal.", "this week", "expectation"),
        ("The agency has not released its numbers; we expect that to happen later this week.", "later this week", "expectation"),
        ("I expect that this is a topic that will come up at the ministers' meeting later this week.", "later this week", "expectation"),
        # a parenthetical expectation right before the date
        ("So you'll see him out on the trail, I would expect, next week.", "next week", "expectation"),
        # (a named actor's plan hedged by the aside is a planned happening, recalled.py)
        ("The board will make the final recommendation, we expect, this afternoon.", "this afternoon", None),
        ("The CDC will make the final recommendation, we expect, this afternoon.", "this afternoon", None),
        # a past form inside the clause tells what happened; a stop ends the expectation
        (
            "Experts predict that the panels -- including a commission that began work this week -- will find little new.",
            "this week",
            None,
        ),
        ("We expected that the vote would be close. It passed on Monday.", "on Monday", None),
        ("We expect, as you know, a lot of questions; the committee met on Monday.", "on Monday", None),
        # an assumption with an aside before its "that"
        ("I would assume, if none develop, that they will pour the cement sometime today.", "today", "expectation"),
        # a hope held on the date ("banking on", "counting on"); a bank's deed stays
        ("Many were banking on this year as the big one as the economy recovers.", "this year", "expectation"),
        ("The clerks were banking the cheques on Monday at the branch.", "on Monday", None),
    ],
)
def test_a_date_in_what_is_expected_is_no_happening(sentence: str, expression: str, reason: str | None) -> None:
    check_rule(RULES, sentence, expression, reason)


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a copular verb and its adjective right beside the date: how things looked
        ("For a number of reasons, fishing conditions this year looked superb.", "this year", "linking state"),
        ("The river looks just a bit higher today.", "today", "linking state"),
        ("It remained unclear Monday how much damage the floods had done.", "Monday", "linking state"),
        # a clause after the date that brings a happening; an adjective before "enough to"
        ("The dispute remained unresolved Monday, even as engineers installed a new cap.", "Monday", None),
        ("Then yesterday morning engineers felt confident enough to begin shutting the valves.", "yesterday morning", None),
        ("The minister appeared in court on Monday to face the charges.", "on Monday", None),
    ],
)
def test_how_things_looked_is_no_happening(sentence: str, expression: str, reason: str | None) -> None:
    check_rule(RULES, sentence, expression, reason)


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # "today" opening its clause, a quantified subject and a present of how things are
        ("Today, many U.S. bakeries buy their flour abroad owing to the lack of mills.", "Today", "today quantified"),
        ("As a result, today almost all of the town's councillors are in exile.", "today", "today quantified"),
        ("Thanks to the program, today only 4 percent are uninsured.", "today", "today quantified"),
        ("Today, more than half of large contractors are already disclosing climate information.", "Today", "today quantified"),
        # a past form, a progressive or a perfect tells a deed of the day
        ("Today, more than a dozen insurers announced a pilot program for seniors.", "Today", None),
        ("Today, more than 90 federal agencies are releasing their first equity plans.", "Today", None),
        ("And today over 150 utilities have deployed new cybersecurity tools.", "today", None),
        # a subject that is no quantity
        ("Today, the agency published its first report on the floods.", "Today", None),
    ],
)
def test_how_many_are_so_today_is_no_happening(sentence: str, expression: str, reason: str | None) -> None:
    check_rule(RULES, sentence, expression, reason)


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a photograph's caption: present tense, the place and the full date at the end
        ("Volunteers rake seaweed from the shore in Galveston, Texas, June 3, 2015.", "June 3, 2015", "caption"),
        ("Commuters wearing scarves wait for a train in Lyon March 2, 2016.", "March 2, 2016", "caption"),
        ("Photo: A nurse checks a patient at a clinic in Quito on April 9.", "on April 9", "caption"),
        ("This is a rush transcript from “Evening Hour,” May 4, 2015.", "May 4, 2015", "caption"),
        # prose: a preposition before the date, a future, a report: happenings
        ("The company opened a new plant in Galveston on June 3, 2015.", "on June 3, 2015", None),
        ("The mayor will welcome guests to the gala this evening, Tuesday, March 1, 2016.", "Tuesday, March 1, 2016", None),
        # where things stood on the date, a speaker's repair between
        ("The report was a snapshot of where we were on March — March 12th.", "March 12th", "state"),
    ],
)
def test_a_caption_or_a_snapshot_is_no_happening(sentence: str, expression: str, reason: str | None) -> None:
    check_rule(RULES, sentence, expression, reason)
