"""Dates counted from a day by a span ("one week from today", "a year from now"), weeks
counted back as a round figure (chronology/counted.py), a month and day said as
"February the 26th", and a day after "the insurrection of" (chronology/tense.py)."""

from __future__ import annotations

import pytest

from generator.chronology.dates import read_expression


def _read(text, published, sentence, spoken=False):
    """((date, precision) or None, rule) of `text` in `sentence` of a page of `published`."""
    when, rule = read_expression(text, published, sentence, sentence.find(text), spoken=spoken)
    return (when.date, when.precision) if when else None, rule


@pytest.mark.parametrize(
    ("text", "sentence", "date", "precision"),
    [
        # spaCy splits the count from the day: the day takes the count before it.
        ("today", "Specifically, one week from today - March 22 - it stops.", "2022-03-22", "day"),
        ("today", "Memorial Day is only two weeks from today as well.", "2022-03-29", "day"),
        ("yesterday", "One year from yesterday, the midterms take place.", "2023-03-14", "day"),
        # From "now", a round count: as precise as the unit.
        ("a year from now", "We will be stronger a year from now.", "2023", "year"),
        ("six months from now", "Six months from now it will be over.", "2022-09", "month"),
        ("40 days", "It depends on where we are 40 days from now.", "2022-04-24", "day"),
    ],
)
def test_a_span_from_a_day_counts_forward(text, sentence, date, precision):
    assert _read(text, "2022-03-15", sentence)[0] == (date, precision)
    without = sentence.replace(" from today", "").replace(" from yesterday", "")
    if text in without and " from now" not in sentence:
        assert _read(text, "2022-03-15", without)[0] != (date, precision)


def test_a_span_for_a_duration_from_a_day_is_no_count():
    # "closed for a week from yesterday": a duration that begins yesterday.
    sentence = "Eton was closed for a week from yesterday."
    assert _read("yesterday", "2009-05-29", sentence)[0] == ("2009-05-28", "day")
    assert _read("a week from now", "2009-05-29", "It closed for a week from now.") == (
        None,
        "a duration from a day",
    )


def test_weeks_counted_back_by_a_speaker_are_a_round_figure():
    sentence = "Two weeks ago, I went to Pittsburgh."
    assert _read("Two weeks ago", "2022-02-08", sentence, spoken=True)[0] == ("2022-01", "month")
    # Written news counts from its dateline to the day.
    assert _read("Two weeks ago", "2022-02-08", sentence)[0] == ("2022-01-25", "day")
    # Written, bounded or hedged, it keeps the count's day.
    bounded = "The well ruptured nearly two weeks ago."
    assert _read("nearly two weeks ago", "2010-05-03", bounded)[0] == ("2010-04-19", "day")
    # A nominal hedge keeps the count's day, as TimeML reads it.
    nominal = "Then, a week or so ago, he picked Saturday."
    assert _read("a week or so ago", "1991-02-25", nominal)[0] == ("1991-02-18", "day")
    # The day named after it makes it exact.
    exact = "That led to the assault we witnessed two weeks ago today."
    assert _read("two weeks ago", "2021-01-20", exact, spoken=True)[0] == ("2021-01-06", "day")
    # Half a week either side crosses a month: only the year is sure.
    across = "He laid out his plan about two weeks ago."
    assert _read("about two weeks ago", "2021-12-16", across, spoken=True)[0] == ("2021", "year")


def test_a_month_and_day_said_with_the():
    sentence = "And on February the 26th, the FDA will consult its committee."
    assert _read("February the 26th", "2021-02-19", sentence) == (
        ("2021-02-26", "day"),
        "month and day",
    )
    friday = "On Friday, February the 26th, it meets."
    assert _read("Friday, February the 26th", "2021-02-19", friday)[0] == ("2021-02-26", "day")


@pytest.mark.parametrize(
    "sentence",
    [
        "History will note her resolve against the insurrection of January 6th.",
        "The events of January 6th were a threat.",
        "They marked the anniversary of January 6th.",
    ],
)
def test_a_day_after_a_happening_and_of_is_past(sentence):
    assert _read("January 6th", "2022-11-17", sentence)[0] == ("2022-01-06", "day")


def test_a_day_after_another_noun_and_of_is_read_by_the_tense():
    sentence = "The meeting of January 6th will be held in Washington."
    assert _read("January 6th", "2022-11-17", sentence)[0] == ("2023-01-06", "day")
