"""Forecasts, hedges and talk read one sentence at a time (chronology/attitudes.py and the
rules of not_a_happening that use it, speech.py): each case gives a sentence, the
date's expression in it and the rule that must leave it out, or None for a happening
that must stay. Publication date 2022-09-23 (a Friday)."""

from __future__ import annotations

import pytest

from .chronology_fixtures import happening_reason


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a hope, a wish or a commitment governs its verb's date
        ("The museum said it hoped to reopen next week.", "next week", "forecast"),
        ("It renewed its commitment to hire 500 nurses in 2022.", "in 2022", "forecast"),
        ("The crews had planned to pour the cement on Wednesday.", "on Wednesday", "forecast"),
        # ... not a past wish whose act went ahead, nor a plan (a schedule, like "will")
        ("The President wanted to visit the plant today and thank the workers.", "today", None),
        ("The Senate plans to hold a vote on Tuesday.", "on Tuesday", None),
        # ... nor a speaker's own talk, nor a commitment to a noun
        ("Also wanted to note that today the agency released its report.", "today", None),
        (
            "It reaffirmed its commitment to Japan's defense after the launch on Monday.",
            "on Monday",
            None,
        ),
        # a belief or a doubt governs a clause with a modal
        (
            "Forecasters doubted the seas would be calm enough on Saturday.",
            "on Saturday",
            "forecast",
        ),
        ("Officials believe the well will be sealed in October.", "in October", "forecast"),
        ("Hopes will have been raised last week by the news.", "last week", None),
        (
            "We have exceeded our expectations for where we would be on July 4th.",
            "on July 4th",
            "forecast",
        ),
        # a clause of time in the present tense goes on from the clause that governs it
        (
            "The company should be able to finish the well before the storms arrive in October.",
            "in October",
            "forecast",
        ),
        ("The company could face fines after the explosion on Monday.", "on Monday", None),
        # an apposition of dates, a parenthetical condition
        (
            "If the cold returns early in the season, in November, say, supplies will run short.",
            "in November",
            "condition",
        ),
        (
            "The rule would, if adopted, require new labels starting in January 2023.",
            "in January 2023",
            "condition",
        ),
        (
            "While we expect many families will stay, today, the agency is opening an office.",
            "today",
            None,
        ),
        # a hedge after a date that opens its clause
        (
            "In her speech this evening the Governor is expected to announce a new plan.",
            "this evening",
            "forecast",
        ),
        ("The comparisons with 1957 may be misleading.", "1957", "forecast"),
        # ... or an expectation its subject holds, after a date that opens the sentence
        ("In November, the agency expects to award new grants.", "In November", "forecast"),
        ("Next week, we expect to receive the first doses.", "Next week", "forecast"),
        ("On Monday, the Senate is expected to vote on the bill.", "On Monday", "forecast"),
        # ... not a past date, nor a verb before the date
        ("Last week, the agency expects to have awarded the grants.", "Last week", None),
        ("The agency awarded grants on Monday, and it expects to award more.", "on Monday", None),
        (
            "The agreement struck today among the ministers could mark a turning point.",
            "today",
            None,
        ),
        ("The explosion two weeks ago could cost the company $2 billion.", "two weeks ago", None),
        ("Obama's late March decision could be altered.", "late March", None),
        # a date the speaker corrects
        (
            "We had meant to sign the order today, or at the end of next week, I should say.",
            "today",
            "hedge",
        ),
        ("We signed the order today, as the President said.", "today", None),
        # a speaker unsure of the date just said, unless settled by a correction
        ("The panel will meet tomorrow, if I'm remembering correctly.", "tomorrow", "hedge"),
        (
            "He withdrew seven days ago, sorry — if I'm doing my math correctly.",
            "seven days ago",
            None,
        ),
        # a speaker's news is talk about the news
        ("We have some good news today on the vaccine front.", "today", "talk"),
        ("We would certainly call today's news encouraging.", "today", "talk"),
        ("The agency released the news today that prices fell.", "today", None),
        # the speaker's or another's earlier words recalled
        ("As I reported on Wednesday, the number of cases keeps falling.", "on Wednesday", "talk"),
        ("As the Governor articulated last week, supplies will last.", "last week", "talk"),
        ("Q  I want to revisit something the Secretary said last week.", "last week", "talk"),
        # no comment, a denied statement
        (
            "A company spokesman declined to comment on the report this morning.",
            "this morning",
            "negation",
        ),
        ("The mayor was unavailable for comment yesterday.", "yesterday", "negation"),
        (
            "The spokesman declined to comment and pointed to a statement issued on Friday.",
            "on Friday",
            None,
        ),
        (
            "That's not a prediction that the director made this morning.",
            "this morning",
            "negation",
        ),
        # a negative subject; a "since" date after a quotation is the quotation's
        ("Nothing has moved at the plant since Monday.", "since Monday", "negation"),
        ("A company spokesman said “nothing has changed” since Friday.", "since Friday", "negation"),
        ("A company spokesman said “nothing has changed” on Friday.", "on Friday", None),
    ],
)
def test_attitudes(sentence: str, expression: str, reason: str | None) -> None:
    assert happening_reason(sentence, expression) == reason
