"""Dates the speaker corrects, weekdays said on that weekday, ranges under way, relative
clauses that give the tense (chronology/corrections.py, years.py, tense.py), and dates
that are part of a name (chronology/naming.py)."""

from __future__ import annotations

import pytest

from generator.chronology.corrections import corrected
from generator.chronology.dates import read_expression, resolve_expression
from generator.chronology.happenings import not_a_happening
from generator.chronology.naming import date_in_a_name


def _read(text: str, published: str, sentence: str, spoken: bool = False):
    return read_expression(text, published, sentence, sentence.find(text), spoken=spoken)


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        ("She pulled out six days ago, if I'm doing my math — seven days ago, sorry — here.", "six days ago", "seven days ago"),
        ("We met on Tuesday, I mean Wednesday, to discuss it.", "Tuesday", "Wednesday"),
        ("It was signed in March, or rather April, by the governor.", "March", "April"),
        ("The call was on May 3 — excuse me, May 4.", "May 3", "May 4"),
    ],
)
def test_a_corrected_date_gives_way_to_its_correction(sentence, first, second):
    taken_back, _ = _read(first, "2021-06-09", sentence)
    meant, _ = _read(second, "2021-06-09", sentence)
    assert taken_back is None and meant is not None
    assert _read(first, "2021-06-09", sentence)[1] == "corrected by the speaker"


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        ("He said six days ago, and six days ago it was, sorry.", "six days ago"),  # said again
        ("It was signed in March rather than April.", "March"),  # "rather than" keeps the first
        ("They met on Tuesday and left on Wednesday.", "Tuesday"),  # no mark
        ("It was in March, sorry, in the spring.", "March"),  # no second expression
    ],
)
def test_no_correction_without_a_mark_next_to_a_new_expression(sentence, first):
    assert not corrected(sentence, first, sentence.find(first))


def test_a_weekday_said_on_that_weekday_of_what_will_happen_is_next_weeks():
    sentence = "And on Friday, he will deliver remarks on the jobs report."
    spoken, _ = _read("Friday", "2021-08-27", sentence, spoken=True)
    written, _ = _read("Friday", "2021-08-27", sentence)
    assert spoken is not None and written is not None
    assert (spoken.date, written.date) == ("2021-09-03", "2021-08-27")
    # ... unless the sentence puts it on the day itself, or it is past
    for other in ("Later on Friday, he will travel to Delaware.", "He will speak on Friday, this afternoon.", "He spoke on Friday."):
        when, _ = _read("Friday", "2021-08-27", other, spoken=True)
        assert when is not None and when.date == "2021-08-27", other


def test_a_range_of_days_under_way_is_the_current_one_whatever_the_tense():
    sentence = "The Administration will facilitate shipments of formula from September 1 to 5."
    when = resolve_expression("September 1 to 5", "2022-09-02", sentence, sentence.find("September"))
    assert when is not None and when.date == "2022-09-01"
    later = resolve_expression("September 3 to 5", "2022-09-02", "Flights will run September 3 to 5.", 17)
    assert later is not None and later.date == "2022-09-03"
    wrapping = resolve_expression("December 28 to January 3", "2022-01-02", "Talks will run December 28 to January 3.", 15)
    assert wrapping is not None and wrapping.date == "2021-12-28"


def test_a_relative_clause_after_the_date_gives_its_tense():
    sentence = "So, the executive order in March, which he signed on Bloody Sunday, protects the vote."
    when = resolve_expression("March", "2021-12-10", sentence, sentence.find("March"))
    assert when is not None and when.date == "2021-03"
    ahead = "So, the summit in March, which will be held in Paris, matters."
    when = resolve_expression("March", "2021-12-10", ahead, ahead.find("March"))
    assert when is not None and when.date == "2022-03"


@pytest.mark.parametrize(
    ("sentence", "expression", "named"),
    [
        ("[[READ THE 2021 ANNUAL REPORT](https://example.org/report.pdf)]", "2021", True),
        (
            "This E.O. draws on the 2020 Robert *Levinson* Hostage Recovery and Hostage-Taking Accountability *Act and* reinforces it.",
            "2020",
            True,
        ),
        ("Freedom of navigation as described in the 1982 UNCLOS, and lawful commerce.", "1982", True),
        ("He signed the 2022 Inflation Reduction Act.", "2022", True),
        ("It is in line with President Biden's February 2021 Memorandum on this.", "February 2021", True),
        ("And, as you know, April, there are laws that were in place.", "April", True),
        ("MS. PSAKI:  Well, I think, April, what should raise questions is this.", "April", True),
        # a happening's year, a list of months, an occasion: dates
        ("The well blew out in 2010, BP said.", "2010", False),
        ("The 2010 BP oil spill killed 11 workers.", "2010", False),
        ("In March, April, and May, we saw growth.", "April", False),
        ("He attended the 2008 Beijing Olympics.", "2008", False),
        ("In 2019, NASA launched a probe.", "2019", False),
        ("In February 2021 Congress passed it.", "February 2021", False),
    ],
)
def test_a_date_that_is_part_of_a_name(sentence, expression, named):
    assert date_in_a_name(sentence, expression, sentence.find(expression)) is named


def test_a_documents_year_read_with_its_preposition_is_a_name():
    sentence = "The executive order draws on the 2020 Robert Levinson Hostage Recovery and Hostage Taking Accountability Act."
    when = resolve_expression("2020", "2022-07-19", sentence, sentence.find("2020"))
    assert when is not None and when.expression == "on the 2020"
    assert not_a_happening(sentence, when, sentence.find(when.expression)) == "name"
    period = "During the 2022 OEP, 14.5 million Americans enrolled."
    assert not date_in_a_name(period, "During the 2022", 0)
    happened = "It happened in 2020 Congress said."
    assert not date_in_a_name(happened, "in 2020", happened.find("in 2020"))


def test_a_name_is_no_happening():
    sentence = "And, as you know, April, there are laws that were in place."
    when = resolve_expression("April", "2021-06-09", sentence, sentence.find("April"))
    assert when is not None
    assert not_a_happening(sentence, when, sentence.find(when.expression)) == "name"


def test_a_transcript_is_read_against_the_day_its_head_says_it_was_held():
    from pathlib import Path

    from generator.chronology.occasion import spoken_on
    from generator.model import Document

    def document(head: str, published: str = "2022-07-19") -> Document:
        text = f"Press Call on Hostages\n\n{head}\n\nMODERATOR:  Thanks.  Today we announce it."
        return Document("a", "a", Path("a"), published, "a", text, ())

    assert spoken_on(document("Via Teleconference (July 18, 2022)")) == "2022-07-18"
    assert spoken_on(document("Via Teleconference\n\n(July 18, 2022)")) == "2022-07-18"
    assert spoken_on(document("Via Teleconference")) == "2022-07-19"  # nothing said
    assert spoken_on(document("(July 19, 2022)")) == "2022-07-19"  # the publication day
    assert spoken_on(document("(March 1, 2022)")) == "2022-07-19"  # too old: something else


def test_a_month_before_the_statistics_reported_on_it_is_over_unless_the_next_is_near():
    sentence = "On Tuesday, he will deliver remarks on the July jobs report."
    when = resolve_expression("July", "2021-08-27", sentence, sentence.find("July"))
    assert when is not None and when.date == "2021-07"
    ahead = "The May employment report will come out in June."
    when = resolve_expression("May", "2021-04-22", ahead, ahead.find("May"))
    assert when is not None and when.date == "2021-05"
    verb = "We should know more in April to report on how they have done."
    when = resolve_expression("April", "2021-03-22", verb, verb.find("April"))
    assert when is not None and when.date == "2021-04"  # "to report": a verb


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("MS. JEAN-PIERRE:   April.", True),
        ("Just following up on the questions that April was asking —", True),
        ("April raised an important point here, which is this.", True),
        ("April was the cruellest month.", False),
        ("June saw a rise in cases.", False),
        ("April", False),  # a heading
    ],
)
def test_a_month_that_is_a_person_speaking_or_given_the_floor(sentence, named):
    month = sentence.split()[-1].strip(".") if sentence.endswith("April.") else next(
        w for w in ("April", "June") if w in sentence
    )
    assert date_in_a_name(sentence, month, sentence.find(month)) is named


def test_an_introductory_clause_keeps_its_verb_to_itself():
    sentence = "As the Speaker's office announced earlier today, on Tuesday, the President will pay his respects."
    when = resolve_expression("Tuesday", "2021-04-09", sentence, sentence.find("Tuesday"))
    assert when is not None and when.date == "2021-04-13"
    past = "When he arrived, on Tuesday, the President met the governor."
    when = resolve_expression("Tuesday", "2021-04-09", past, past.find("Tuesday"))
    assert when is not None and when.date == "2021-04-06"


def test_a_timelines_entry_or_a_caption_is_past_unless_just_ahead():
    entry = "April 22 - The rig, valued at more than $560 million, sinks and an oil slick forms."
    when = resolve_expression("April 22", "2011-01-11", entry, 0)
    assert when is not None and when.date == "2010-04-22"
    caption = "April 21: The Deepwater Horizon oil rig burns in the Gulf of Mexico."
    when = resolve_expression("April 21", "2010-12-15", caption, 0)
    assert when is not None and when.date == "2010-04-21"
    updated = "May 27: Top Kill equipment is used to try and plug the well."  # a page updated since
    when = resolve_expression("May 27", "2010-05-26", updated, 0)
    assert when is not None and when.date == "2010-05-27"


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("last night", "2022-11-21", "2022-11-20"),
        ("late last night", "2009-04-26", "2009-04-25"),
        # the days of the week before the publication, or after it
        ("earlier this week", "2009-05-01", "2009-04"),
        ("later this week", "2009-05-01", "2009-05"),
        ("this week", "2009-05-01", "2009"),  # 27 April to 3 May: only the year holds it
    ],
)
def test_last_night_and_a_part_of_this_week(text, published, date):
    sentence = f"It happened {text}."
    when = resolve_expression(text, published, sentence, sentence.find(text))
    assert when is not None and when.date == date


def test_a_year_citing_pages_is_a_references():
    sentence = "Grullon, *Are US Industries Becoming More Concentrated?*, 23 Rev. Fin. 697, 698 (2019), https://example.org."
    assert date_in_a_name(sentence, "2019", sentence.find("2019"))
    born = "He was born (1950) in Ohio."
    assert not date_in_a_name(born, "1950", born.find("1950"))


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("Earlier this week", "2021-02-01", "2021-01"),  # a Monday: the week before
        ("Earlier this week", "2021-02-03", "2021-02"),
        ("Later this week", "2021-02-01", "2021-02"),
    ],
)
def test_earlier_this_week_written_on_a_monday_is_the_week_before(text, published, date):
    sentence = f"{text}, the White House announced it."
    when = resolve_expression(text, published, sentence, 0)
    assert when is not None and when.date == date


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("Slaughter and May served as legal counsel.", True),
        ("Sullivan & Cromwell and Slaughter and May advised.", True),
        ("It rained in April and May.", False),
        ("On Monday and May 3 it rained.", False),
    ],
)
def test_a_month_after_a_partners_name_and_and_names_a_firm(sentence, named):
    """ "Slaughter and May", "Marks & May": a firm of two partners' names, no date."""
    assert date_in_a_name(sentence, "May", sentence.find("May")) is named
