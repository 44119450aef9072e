"""Three readings of a date as the text gives it: a cited date dates the whole quotation
it ends (chronology/quotations.py); weeks counted back in writing are shown by the month
around the day (chronology/claimed.py); a date governed by "after", "before" or
"following" is a reference point, not the day of what the sentence tells
(chronology/offsets.py, rule "sequence reference")."""

from __future__ import annotations

import pytest

from generator.chronology.claimed import as_claimed
from generator.chronology.dates import read_expression, resolve_expression
from generator.chronology.events import build_chronology
from generator.chronology.happenings import not_a_happening
from generator.chronology.quotations import quotation_start
from generator.ingest.load import load_corpus

from .chronology_fixtures import analyse_by_hand

# A page of Thursday 3 March collecting reactions to the address of Tuesday 1 March.
_PAGE = (
    "**A, Director, Climate Power:** “Tonight, the President laid out his plan.\n\n"
    "“We can and must take these steps now.\n\n"
    "As he said, ‘Let's get this done.’” [[Statement](https://example.org/s), 3/1/22]\n\n"
    "**B:** “A second voice.” [Statement, 3/2/22]\n\n"
    "“Tonight is the night.\n\n"
    "It ends here.” [Statement, 3/1/22]\n"
)


def test_a_quotation_of_several_paragraphs_opens_where_its_speaker_is_named():
    last = _PAGE.index("As he said")
    assert quotation_start(_PAGE, last) == 0
    # A paragraph that names its speaker is the whole quotation.
    second = _PAGE.index("**B:**")
    assert quotation_start(_PAGE, second) == second
    # No paragraph names a speaker before another quotation closes: the cited one alone.
    alone = _PAGE.index("It ends here")
    assert quotation_start(_PAGE, alone) == alone


def test_the_cited_date_dates_the_first_paragraph_of_its_quotation(make_seeds):
    from generator.chronology.expressions import read_dates

    corpus = load_corpus(make_seeds({"a.txt": "date 2022-03-03\nThe page.\n\n" + _PAGE}))
    marks = [("Tonight", "DATE"), ("Tonight", "DATE")]
    read = [
        (r["text"], r["value"]) for r in read_dates(corpus, analyse_by_hand(corpus, {"a": marks}))
    ]
    # The first "Tonight" opens the quotation cited 3/1/22 two paragraphs later; the second
    # opens a quotation whose speaker is not named: the page's own day.
    assert read == [("Tonight", "2022-03-01"), ("Tonight", "2022-03-03")]


def _read(text, published, sentence, spoken=False):
    return read_expression(text, published, sentence, sentence.find(text), spoken=spoken)[0]


def test_weeks_counted_back_in_writing_keep_their_day_but_are_shown_by_the_month():
    sentence = "The gear that is believed to have failed two weeks ago in the US Gulf."
    when = _read("two weeks ago", "2010-05-06", sentence)
    assert (when.date, when.precision, when.round_count) == ("2010-04-22", "day", True)
    shown = as_claimed(when)
    assert (shown.date, shown.precision) == ("2010-04", "month")
    assert "about 22 Apr 2010" in shown.explanation
    # Half a week either side crosses a month: only the year is sure.
    across = as_claimed(_read("two weeks ago", "2010-05-15", sentence))
    assert (across.date, across.precision) == ("2010", "year")
    # A count of days is exact; a day named after the weeks makes them exact.
    days = _read("eight days ago", "2010-05-06", "The rig sank eight days ago.")
    assert as_claimed(days) == days and days.precision == "day"
    exact = _read("two weeks ago", "2010-05-06", "It failed two weeks ago today.")
    assert as_claimed(exact) == exact and exact.date == "2010-04-22"
    # Said by a speaker, the month is its reading already.
    spoken = _read("Two weeks ago", "2022-02-08", "Two weeks ago, I went to Pittsburgh.", True)
    assert (spoken.date, spoken.precision, spoken.round_count) == ("2022-01", "month", False)


def test_the_chronology_shows_a_written_round_count_by_its_month(make_seeds):
    text = "date 2010-05-06 The blowout preventer failed two weeks ago, engineers said.\n"
    corpus = load_corpus(make_seeds({"a.txt": text}))
    analyses = analyse_by_hand(corpus, {"a": [("two weeks ago", "DATE")]})
    chronology = build_chronology(corpus, analyses, {})
    assert [(e.date, e.precision) for e in chronology.events] == [("2010-04", "month")]
    # The key dates still count the day the count lands on.
    assert "2010-04-22" in {k.date for k in chronology.key_dates}


@pytest.mark.parametrize(
    ("sentence", "expression", "label"),
    [
        ("Surges came after Christmas, the CDC said.", "Christmas", "sequence reference"),
        (
            "We've seen surges after every single holiday, and so — you know, July 4th, "
            "Labor Day, Christmas.",
            "Labor Day",
            "sequence reference",
        ),
        (
            "The actions by state legislators following January 6th were condemned.",
            "January 6th",
            "sequence reference",
        ),
        ("Oil flowed out before June 3.", "June 3", "sequence reference"),
        # A noun after the date names what happened on it.
        ("The suit came after the April 20 explosion aboard the rig.", "April 20", None),
        # A clause after it tells what happened on it.
        (
            "BP had no results before 19 April, when it ordered crews to pump cement.",
            "19 April",
            None,
        ),
        # Its own preposition dates it; a day whose name is a happening's.
        ("The call to action followed shortly after on August 30, 2021.", "August 30, 2021", None),
        ("Americans rushed to New York's aid after 9/11.", "9/11", None),
        ("The Senate voted on Christmas.", "Christmas", None),
    ],
)
def test_a_date_governed_by_after_or_before_is_a_reference_point(sentence, expression, label):
    start = sentence.index(expression)
    when = resolve_expression(expression, "2021-11-19", sentence=sentence, start=start)
    assert when is not None
    assert not_a_happening(sentence, when, sentence.find(when.expression)) == label


@pytest.mark.parametrize(
    ("sentence", "text", "published", "date"),
    [
        # An occasion one "has", no other tense cue: the day ahead (a Monday's briefing).
        (
            "He also has the meeting with Senator Capito and a group of senators on Thursday.",
            "Thursday",
            "2021-05-10",
            "2021-05-13",
        ),
        ("The committee has a big hearing on Tuesday.", "Tuesday", "2021-05-10", "2021-05-11"),
        # Not an occasion: no cue, the day before.
        ("He has a good record on Tuesday.", "Tuesday", "2021-05-10", "2021-05-04"),
        # A present copula placing its subject at the day: a schedule, the day ahead
        # (a Friday's briefing); its past, or a possessive after the day, is not.
        ("That is on Monday.", "Monday", "2021-11-19", "2021-11-22"),
        ("The vote is on Tuesday, and we will see.", "Tuesday", "2021-11-19", "2021-11-23"),
        ("It was on Monday.", "Monday", "2021-11-19", "2021-11-15"),
        ("The focus is on Monday's vote.", "Monday", "2021-11-19", "2021-11-15"),
        # A timetable's verb in the present right before the day: the day ahead (a
        # Thursday's paper); in the past, or with another tense's word, not.
        ("The first layoff notices go out on Friday.", "Friday", "2009-04-30", "2009-05-01"),
        ("The trial starts Monday.", "Monday", "2009-04-30", "2009-05-04"),
        ("Shares opened on Friday at 300p.", "Friday", "2009-04-30", "2009-04-24"),
        # its time of day between (a clock's colon ends no clause), a fixture's verb
        ("Burnley v Leeds kicks off at 12:30 BST on Saturday.", "Saturday", "2025-04-11", "2025-04-12"),
        ("The trial starts at 9 a.m. on Monday.", "Monday", "2009-04-30", "2009-05-04"),
        # A speaker's repair dash: the clause goes on after it (a Friday's briefing).
        (
            "On Tuesday, the friend — the President and the First Lady will participate.",
            "Tuesday",
            "2021-11-19",
            "2021-11-23",
        ),
        (
            "This meeting with bipartisan leaders on Wednesday — of course, the plan will be "
            "a part of it.",
            "Wednesday",
            "2021-05-10",
            "2021-05-12",
        ),
        # A past cue after the dash reads it as past.
        (
            "On Tuesday, the friend — the President visited them.",
            "Tuesday",
            "2021-11-19",
            "2021-11-16",
        ),
        # Many words before the dash: no repair, the clause ends there (no cue: the past).
        (
            "On Tuesday, the President and the First Lady and the Vice President — they will go.",
            "Tuesday",
            "2021-11-19",
            "2021-11-16",
        ),
    ],
)
def test_a_weekday_read_by_the_occasion_one_has_or_after_a_repair_dash(
    sentence, text, published, date
):
    when = _read(text, published, sentence)
    assert (when.date, when.precision) == (date, "day")
