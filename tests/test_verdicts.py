"""A verdict on a deed named only by its day (events29, chronology/verdicts.day_verdict):
the day's deed named by a noun that does not say what was done, as the subject of a
copula or of a present or perfect verb that is no verb of what it holds, is no happening.
Each case a sentence written for the test, the date's expression in it and the reason
it is no event, or None for a happening that must stay. Publication date 2022-09-23
(a Friday)."""

from __future__ import annotations

import pytest

from generator.chronology.verdicts import day_verdict

from .chronology_fixtures import happening_reason, rule_finds


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a present verb or a copula judges the day's deed
        ("Today's vote lays bare the isolation of the regime.", "Today", "day verdict"),
        ("Today's executive order shows that the people have a President who acts.", "Today", "day verdict"),
        ("Yet today's decision sides with special interests.", "today", "day verdict"),
        ("This week's bipartisan action pulls our economy back from the brink.", "This week", "day verdict"),
        ("The commitment announced today is the first initiative under this effort.", "today", "day verdict"),
        ("The actions taken today by the Governor are an important step for the state.", "today", "day verdict"),
        (
            "While today's action was an initial step, it will not distract us from our focus.",
            "today",
            "day verdict",
        ),
        ("Today's announcement has given hope to millions of families.", "Today", "day verdict"),
        (
            "While the news from this week is encouraging, we have more work to do.",
            "from this week",
            "day verdict",
        ),
        ("The vote of yesterday was a step backward for the country.", "of yesterday", "day verdict"),
        ("The vote yesterday passed the bill by a wide margin.", "yesterday", None),
        ("Today's decision is set to move back to the courts.", "Today", None),
        ("**Mayor Jane Doe**: “Today's order shows real leadership on the issue.", "Today", "day verdict"),
        # a past verb narrates; a verb of what the deed holds says what was done
        ("Tonight's announcement brought the total number of confirmed cases to 13.", "Tonight", None),
        ("Today's actions include sweeping financial sanctions on the banks.", "Today", None),
        ("Today's order directs the Secretary of Labor to issue new guidance.", "Today", None),
        # a complement names the deed; what it will do is what it holds
        ("Today's decision by the court to uphold the requirement shows the way.", "Today", None),
        ("Today's executive order will also protect patient privacy and access to care.", "Today", None),
        ("Today's order was signed by the President in the Oval Office.", "Today", None),
        # the saying reported is the day's happening
        (
            "“While today's civil action marks a critical step, it is not the last,” Holder told reporters.",
            "today",
            None,
        ),
    ],
)
def test_verdicts_on_a_deed_named_by_its_day(sentence, expression, reason):
    assert happening_reason(sentence, expression) == reason


def test_the_rule_alone_reads_the_deed_before_its_verb():
    assert rule_finds(day_verdict, "Today's vote is a step backward for the country.", "Today")
    assert not rule_finds(day_verdict, "Today's vote in the Senate is a step backward.", "Today")
    assert not rule_finds(day_verdict, "The vote is a step backward, the senator said today.", "today")
    # the day after the noun with no preposition of its own is the time of the predicate
    assert not rule_finds(day_verdict, "The action on Thursday was set to move to the courts.", "on Thursday")
