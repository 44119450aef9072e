"""The rules of chronology/belongs.py: a date that belongs to a noun, an alternative or
a condition inside the sentence, not to the clause's happening. Each case gives a
sentence, the date's expression and the rule that must leave it out (None: a happening
that must stay)."""

from __future__ import annotations

import pytest

from generator.chronology import belongs
from generator.chronology.dates import resolve_expression

from .chronology_fixtures import happening_reason


@pytest.mark.parametrize(
    ("sentence", "expression", "published", "reason"),
    [
        # a hedge between two occasions
        (
            "He plans to keep speaking with leaders, either on the phone this week or when they return.",
            "this week",
            "2021-04-05",
            "alternative",
        ),
        ("The crew would begin cutting the pipe on Monday or Tuesday.", "Monday", "2010-05-31", "alternative"),
        ("The crew began cutting the pipe on Monday, or so the company said.", "Monday", "2010-05-31", None),
        # an inverted condition; a relative clause's own past is not under it
        (
            "Should today's proposed rule be finalized, some families may qualify for credits.",
            "today",
            "2022-04-05",
            "inverted condition",
        ),
        (
            "Should he choose that path he would be backed by the court, which on July 8, 1996 issued an opinion.",
            "July 8, 1996",
            "2010-12-15",
            None,
        ),
        # a year that names a document; a document's own act stays
        (
            "A co-author of a 2005 US National Academies report on dispersants told Nature it was risky.",
            "2005",
            "2010-05-16",
            "document year",
        ),
        ("He sent people to prison under his 1994 crime bill.", "1994", "2021-04-21", "document year"),
        ("The 2007 report found deficiencies at all levels.", "2007", "2010-05-02", None),
        ("Memories of the 2005 hurricane season are fresh.", "2005", "2010-05-02", "name"),
        # a date inside a quoted title
        (
            "He produced “Spain’s 9/11 and the Challenge of Radical Islam in Europe” (2007).",
            "9/11",
            "2022-09-16",
            "in a title",
        ),
        # a plan's content
        (
            "The coalition pushed for an aggressive schedule that included trials on key issues in March.",
            "in March",
            "2010-10-10",
            "plan content",
        ),
        # a clause of time in the present under a future
        (
            "BP executives will likely face renewed pressure when they testify to Congress this week.",
            "this week",
            "2010-06-14",
            "future time clause",
        ),
        ("He met the families when they came to Washington this week.", "this week", "2010-06-14", None),
        # a month ahead after a plan or an infinitive, whatever participle names it
        (
            "The Administration will use the information gathered in March 2022 to inform investments.",
            "in March 2022",
            "2022-02-24",
            "future month",
        ),
        # a date between a verb of intention and its infinitive; a plan unveiled stays
        ("BP was set on Friday to install a bigger cap.", "Friday", "2010-07-09", "intended infinitive"),
        ("BP unveiled a new plan on Monday to boost the amount it siphons.", "Monday", "2010-06-15", None),
        # a holiday as the occasion prepared for; one celebrated in a finite verb stays
        ("Families are preparing for Christmas early this year.", "Christmas", "2021-10-12", "holiday occasion"),
        ("Last week, we commemorated Memorial Day.", "Memorial Day", "2022-06-07", None),
        # a month ahead in an infinitive; a plan's own verb before the infinitive is not one
        (
            "DOE is issuing a Notice of Sale tomorrow for barrels from the SPR to be delivered in December.",
            "in December",
            "2022-10-18",
            "future month",
        ),
        ("The President invited President Fernandez to visit Washington in July.", "in July", "2022-06-01", "future month"),
        ("Maryland is getting ready to increase its gas tax next month.", "next month", "2022-06-23", None),
        # a schedule to the day stays; a happening named by its date stays
        ("The President will travel to Fort Bragg on Monday.", "Monday", "2021-11-19", None),
        ("Obama's May 28 moratorium halted drilling in deep water.", "May 28", "2010-07-14", None),
        # a bibliography's year closing a bracket after a work's title, with its credits
        (
            "She co-wrote *Rivers of the Delta* (with Ortiz & Lee, 2019) and *Floods* (2016).",
            "2019",
            "2022-09-30",
            "citation year",
        ),
        ("She co-wrote *Rivers of the Delta* (with Ortiz & Lee, 2019) and *Floods* (2016).", "2016", "2022-09-30", "citation year"),
        ("He wrote Water Law and the Western States (co-edited by Ortiz, 2011).", "2011", "2022-09-30", "citation year"),
        ("The council adopted the plan (in a 5-2 vote, 2019) after months of debate.", "2019", "2022-09-30", None),
        # a year inside a programme's name; a possessive or a preposition before it is not
        ("She received an award for the Farm 2000 initiative.", "2000", "2022-09-30", "programme year"),
    ],
)
def test_belongs_rules(sentence: str, expression: str, published: str, reason: str | None) -> None:
    assert happening_reason(sentence, expression, published) == reason


def _when(sentence: str, expression: str, published: str):  # type: ignore[no-untyped-def]
    when = resolve_expression(expression, published, sentence=sentence, start=sentence.index(expression))
    assert when is not None
    return when


def test_a_coarse_date_naming_a_noun_beside_a_left_out_finer_date() -> None:
    sentence = "Later this week the watchdog will meet exam boards to discuss this year's exams."
    when = _when(sentence, "this year", "2009-05-05")
    start = sentence.index("this year")
    assert belongs.names_a_thing(sentence, when, start, ["no deed"])
    assert not belongs.names_a_thing(sentence, when, start, [None])  # the finer date stays
    assert not belongs.names_a_thing(sentence, when, start, ["not text"])  # a web address's
    plain = "This year the watchdog met exam boards in May."
    assert not belongs.names_a_thing(plain, _when(plain, "This year", "2009-05-05"), 0, ["no deed"])


@pytest.mark.parametrize(
    ("rule", "sentence", "expression"),
    [
        # no credit in the bracket, or no title before it: no citation
        (belongs.citation_year, "The levee failed (for the second time since 2011) last spring.", "2011"),
        (belongs.citation_year, "The mayor spoke with residents (with Ortiz & Lee, 2019) on the levee.", "2019"),
        # a possessive or a preposition before the year: no programme's name
        (belongs.year_in_a_programme, "Congress passed Biden's 2021 program of relief.", "2021"),
        (belongs.year_in_a_programme, "The agency ran a pilot. In 2021 campaign staff grew.", "2021"),
    ],
)
def test_years_that_name_no_work(rule, sentence: str, expression: str) -> None:  # type: ignore[no-untyped-def]
    assert not rule(sentence, _when(sentence, expression, "2022-09-30"), sentence.index(expression))
