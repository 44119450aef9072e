"""The rule "aside date" (chronology/asides.py): a date inside a verbless phrase set off
by commas between the subject and its verb is the phrase's, not the sentence's
happening's. Each case gives a sentence, the date's expression, and whether the rule
finds the date is the aside's (False: the date stays with the happening, as far as this
rule goes)."""

from __future__ import annotations

import pytest

from generator.chronology.asides import aside_date
from generator.chronology.happenings import REFERENCE_RULES

from .chronology_fixtures import happening_reason, rule_finds


@pytest.mark.parametrize(
    ("sentence", "expression", "found"),
    [
        # a state of the subject ("off sick"), a bare noun phrase describing it
        ("Now three more pupils, off sick on Friday, have been confirmed as infected.", "Friday", True),
        ("The old tanker, ablaze off the coast last week, is leaking fuel.", "last week", True),
        ("Jane Roe, treasurer since 2015, has said she will stand down.", "2015", True),
        # the main verb's own time or place, set off by commas
        ("The council, on Friday, said it would pay.", "Friday", False),
        ("The mayor, in Leeds on Thursday, said the talks would go on.", "Thursday", False),
        ("The council, late Friday, said it would pay.", "late Friday", False),
        # a participle: the same occasion, or a happening the sentence names
        ("The mayor, speaking on Monday, said the talks would go on.", "Monday", False),
        ("Three pupils, hospitalised on Friday, were sent home.", "Friday", False),
        # the subject named again: a happening, dated right
        ("The worst, Asian flu in 1957, killed perhaps two million people.", "1957", False),
        ("The last such outbreak, a flu pandemic in 1968, killed about a million people.", "1968", False),
        # a coordinated clause or a relative clause, not an aside
        ("The firm stopped pumping, but resumed later Thursday, said its chief.", "later Thursday", False),
        ("The dam, which failed on April 20, has leaked ever since.", "April 20", False),
        # what stands before the commas is a clause, not a subject
        ("The forum met as part of a series, most recently one in June, officials said.", "June", False),
        # "thanks to" is a preposition: the happening it names keeps its date
        ("The last two months, thanks to the truce agreed in April, have been calm.", "April", False),
    ],
)
def test_aside_date(sentence: str, expression: str, found: bool) -> None:
    assert rule_finds(aside_date, sentence, expression, "2009-05-04") is found


def test_the_aside_is_left_out_of_the_events_but_refers_to_its_day() -> None:
    sentence = "Now three more pupils, off sick on Friday, have been confirmed as infected."
    assert happening_reason(sentence, "Friday", "2009-05-04") == "aside date"
    assert "aside date" in REFERENCE_RULES
