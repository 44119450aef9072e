"""Dates that refer back to the date written before them (chronology/anaphora.py)."""

import pytest

from generator.chronology.anaphora import refers_back
from generator.chronology.dates import read_expression


@pytest.mark.parametrize(
    ("core", "reference", "answer"),
    [
        ("that year", "1998-06", ("1998", "year")),
        ("later that year", "1998-06", ("1998", "year")),
        ("the following year", "1995-05-22", ("1996", "year")),
        ("The following month", "1989-03", ("1989-04", "month")),
        ("the following month", "1989-12-31", ("1990-01", "month")),
        ("Earlier that day", "1999-10-23", ("1999-10-23", "day")),
        ("the next morning", "2000-02-22", ("2000-02-23", "day")),
        ("the previous day", "2000-03-01", ("2000-02-29", "day")),
        ("two days later", "2000-02-28", ("2000-03-01", "day")),
        ("a year later", "2001", ("2002", "year")),
        ("three weeks later", "2022-01-01", ("2022-01-22", "day")),
    ],
)
def test_refers_back(core, reference, answer):
    assert refers_back(core, reference) == answer


@pytest.mark.parametrize(
    ("core", "reference"),
    [
        ("that day", "1995"),  # the date before is coarser than the expression
        ("that month", "1995"),
        ("that year", None),  # nothing before
        ("next year", "1995"),  # refers to the publication, not back
        ("the year", "1995"),
        ("the next month", "2010-06-12"),  # "over the next month": a duration from now
    ],
)
def test_nothing_to_refer_to(core, reference):
    assert refers_back(core, reference) is None


def test_how_far_back_a_date_is_referred_to():
    assert refers_back("that year", "1998", 3) == ("1998", "year")
    assert refers_back("that year", "1998", 4) is None
    # "Barnes said Wednesday. ... a spill five months later": not from when it was said.
    assert refers_back("five months later", "2010-11-17", 1) is None
    assert refers_back("five months later", "2010-11", 0) == ("2011-04", "month")


def test_read_expression_uses_the_reference_over_the_publication():
    sentence = "The following year he was appointed military attache in Washington."
    start = sentence.find("The following year")
    when, rule = read_expression(
        "The following year", "1998-04-18", sentence, start, reference=("1995-05-22", 0)
    )
    assert when is not None and (when.date, rule) == ("1996", "from the date before")
    alone, _ = read_expression("The following year", "1998-04-18", sentence, start)
    assert alone is None


@pytest.mark.parametrize(
    ("core", "answer"),
    [
        # "That" points back whatever adjectives stand before its noun.
        ("that awful year", ("1918", "year")),
        ("later that same year", ("1918", "year")),
        ("that very day", None),  # the date before is coarser
        # A season of that year is in that year; winter straddles two.
        ("that spring", ("1918", "year")),
        ("the summer of that year", ("1918", "year")),
        ("autumn of the same fateful year", ("1918", "year")),
        ("that winter", None),
        # A month of that year is that month of it.
        ("that July", ("1918-07", "month")),
        ("later that same March", ("1918-03", "month")),
        # Words that count from the publication are no adjectives.
        ("that next year", None),
    ],
)
def test_that_with_adjectives_and_seasons(core, answer):
    assert refers_back(core, "1918", 1) == answer


def test_a_month_of_that_year_takes_the_year_referred_to():
    sentence = "In June of that awful year, the officer had handbills printed."
    when, rule = read_expression("June", "2009-04-30", sentence, 3, reference=("1918", 1))
    assert when is not None and (when.date, rule) == ("1918-06", "month, of the year referred to")
    inside, _ = read_expression("May 5 of that year", "2009-04-30", "On May 5 of that year, it ended.", 3, reference=("1918", 2))
    assert inside is not None and inside.date == "1918-05-05"
    # Nothing before to refer to, or too far back: the month as it is read alone.
    alone, rule = read_expression("June", "2009-04-30", sentence, 3)
    assert alone is not None and (alone.date, rule) == ("2008-06", "month")
    far, _ = read_expression("June", "2009-04-30", sentence, 3, reference=("1918", 4))
    assert far is not None and far.date == "2008-06"
