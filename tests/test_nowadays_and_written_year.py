""""Today" meaning nowadays (chronology/nowadays.py, rule "nowadays present"): a present
simple of possession, use, need or knowledge after a "today" that opens its clause is
how things are in our time, no happening of the day; a count of decades since something
is an anniversary (states.py, rule "state"); a month and day whose year is written right
after its span keeps that year (dates.py). Each case a sentence written for the test.
Publication date 2022-09-23 (a Friday); 2022-04-29 for the years."""

from __future__ import annotations

import pytest

from generator.chronology import nowadays
from generator.chronology.dates import read_expression

from .chronology_fixtures import check_rule, happening_reason, rule_finds

RULES = {"nowadays present": nowadays.nowadays_present}


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a present of possession, use, need or knowledge: how things are nowadays
        ("Miners once dug by hand, and today they have machines that do the work.", "today", "nowadays present"),
        ("Today, a handful of large carriers use their size to set the price of freight.", "Today", "nowadays present"),
        ("Today, the county has two clinics that treat the disease.", "Today", "nowadays present"),
        ("Today, in rural areas, many families lack a doctor nearby.", "Today", "nowadays present"),
        ("Today, three firms control most of the seed market.", "Today", "nowadays present"),
        ("And today, most small towns lack a bank branch.", "today", "nowadays present"),
        ("Today, however, a few large mills own most of the land.", "Today", "nowadays present"),
        # a perfect, an obligation, a deed, a deed after the verb, a day named by "today's":
        # the day's happenings
        ("Today, we have announced new grants for rural clinics.", "Today", None),
        ("Today, the county has approved two new clinics.", "Today", None),
        ("Today, the mayor signs a bill that gives clinics new funds.", "Today", None),
        ("Today's report uses new data from the clinics.", "Today", None),
    ],
)
def test_today_meaning_nowadays(sentence: str, expression: str, reason: str | None) -> None:
    check_rule(RULES, sentence, expression, reason)


@pytest.mark.parametrize(
    "sentence",
    [
        # "you know," is a speaker's filler, not a verb of knowledge
        "And so today, you know, the agency announced new grants for the clinics.",
        # "today by the agency": a phrase, no subject before the verb
        "After a review last week and today by the agency, the vaccine has been authorized.",
        # "today" that does not open its clause
        "The clinics that opened today have two doctors each.",
    ],
)
def test_today_that_is_the_day_is_left_to_other_rules(sentence: str) -> None:
    assert not rule_finds(nowadays.nowadays_present, sentence, "today")


def test_a_count_of_decades_since_is_an_anniversary() -> None:
    assert happening_reason("This week marks a decade since the reporter was abducted.", "This week") == "state"
    assert happening_reason("This month marks two decades since the dam opened.", "This month") == "state"


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # read in April 2022, a December 12 without its year would be 2021's
        # the year written after the span ("December 12" cut off from ", 2022") is kept
        ("The leaders celebrate that December 12, 2022 marks the anniversary of their ties.", "December 12", "2022-12-12"),
        ("On March 3, 2019 the plant closed.", "March 3", "2019-03-03"),
        # a number after the day is no year
        ("On May 5, 1,000 people marched.", "May 5", "2021-05-05"),
        ("On May 5, 2010-11 figures were revised.", "May 5", "2021-05-05"),
    ],
)
def test_a_year_written_after_a_day_is_its_year(sentence: str, text: str, value: str) -> None:
    reading, _ = read_expression(text, "2022-04-29", sentence, sentence.index(text))
    assert reading is not None
    assert reading.date == value
