"""States, figures and fragments that are no happening (chronology/states.py, figures.py,
speech.py): each case gives a sentence written for the test, the date's expression in it
and the rule that must leave it out, or None for a happening that must stay.
Publication date 2022-09-23 (a Friday)."""

from __future__ import annotations

import pytest

from generator.chronology.clauses import clause, governed

from .chronology_fixtures import happening_reason


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a work or a post carried on since a date; the onset of a policy stays
        ("Since 2016, he has worked to bring broadband to rural towns.", "Since 2016", "biography"),
        (
            "She has been working for the paper in Ottawa since March 2004.",
            "since March 2004",
            "biography",
        ),
        ("Since 2016, the agency has banned the import of ivory.", "Since 2016", None),
        # ranked over the years since a date
        ("The bill is the first major gun law since 1994.", "since 1994", "measure"),
        ("It was the largest rig loss since 1988, the insurer said.", "since 1988", "measure"),
        # a tenure from one day to another; a trip over some days stays
        (
            "He was the 12th mayor of the city from March 3, 1998 to April 1, 2002.",
            "from March 3, 1998",
            "stative",
        ),
        (
            "The First Lady will travel to Kenya from October 5 to October 9.",
            "from October 5",
            None,
        ),
        # "today's" of how things are; a thing done today stays
        ("Small firms trade across borders in today's global economy.", "today", "stative"),
        ("We must train the workers of today and tomorrow for new jobs.", "of today", "stative"),
        ("Today's announcement includes new grants for schools.", "Today", None),
        ("Today's waiver will allow families to pay less.", "Today", None),
        ("Today's announcement from the agency includes new grants.", "Today", None),
        ("Yesterday's event drew 2,000 people to the harbour.", "Yesterday", None),
        # a date with a verb, or one opening with a preposition, is no heading
        ("Ana Lee Resigned May 3, 2022.", "May 3, 2022", None),
        ("The plant closed three months ago, after four years of losses.", "three months ago", None),
        ("As you heard, the President spoke last night in Riyadh.", "last night", None),
        # the speaker's apology is the talk's; someone's apology told is a happening
        ("The President apologized yesterday for being late.", "yesterday", None),
        ("As announced in today's G7 leaders' statement, we will act.", "today", None),
        # a measured level's change or no change; a day's change stays
        ("Retail sales declined in March as prices rose.", "in March", "level change"),
        ("The FTSE 100 index stayed flat on Tuesday.", "on Tuesday", "level change"),
        ("Shares fell 5 percent on Monday after the report.", "on Monday", "level change"),
        ("Today, we learned that inflation slowed for the third month.", "Today", "level change"),
        # a superlative predicate ending with the date
        ("The company was the most active stock on the Nasdaq on Tuesday.", "on Tuesday", "record"),
        ("It was the largest fine ever imposed on Tuesday.", "on Tuesday", None),
        ("He was the first to arrive at the scene on Tuesday.", "on Tuesday", None),
        # a count found or confirmed by a source, a milestone; a person confirmed stays
        ("A 2015 survey of the reef found 1,200 species of fish.", "2015", "level stated"),
        (
            "Yesterday, health officials confirmed 35 new cases in the city.",
            "Yesterday",
            "level stated",
        ),
        ("Yesterday, the Senate confirmed her as ambassador to Chile.", "Yesterday", None),
        ("Tomorrow we will pass 10 million vaccinations.", "Tomorrow", "level stated"),
        (
            "In 1990, for example, there were 2 million farms in the state.",
            "In 1990",
            "level stated",
        ),
        # "still" after "be" next to the date
        ("A year ago the mayor was still running the family company.", "A year ago", "state"),
        ("The storm, which hit the coast in 2005, was still on his mind.", "in 2005", None),
        # a list's lead-in cut at its colon; a complete lead-in stays
        ("Today, the Department is launching new programs to:", "Today", "fragment"),
        ("Today's actions include:", "Today", "fragment"),
        ("Today, the President announced the following nominees for key roles:", "Today", None),
    ],
)
def test_states_figures_fragments(sentence, expression, reason):
    assert happening_reason(sentence, expression) == reason


def test_governed_clause_of_an_opening_date():
    sentence = "In 1965, for instance, there were 53m hogs; today there are fewer."
    assert governed(sentence, 0, len("In 1965")).strip() == "there were 53m hogs"
    later = "There were 53m hogs in 1965, the census said."
    assert governed(later, later.index("in 1965"), len("in 1965")).split() == [
        "There",
        "were",
        "53m",
        "hogs",
    ]


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # an activity carried on since the date; a stance taken, a named happening stay
        ("Water has been seeping into the mine since 12 March.", "since 12 March", "state"),
        ("Since 2018, the government has said it will not trade with them.", "Since 2018", None),
        ("The bay has been closed to boats since the March 12 blast.", "since the March 12", None),
    ],
)
def test_since_an_activity_carried_on(sentence, expression, reason):
    assert happening_reason(sentence, expression) == reason


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a baseline year before a level; a period that saw a change; a record level of a month
        ("Exports are 31 percent below their 2001 peak.", "2001", "measure"),
        ("The 2021 High-Level Dialogue set new goals.", "2021", None),
        ("Late 2019 saw a sharp rise in thefts across the region.", "Late 2019", "level change"),
        ("Youth unemployment reached a record low in March 2022.", "in March 2022", "level stated"),
        ("Shares hit a 14-year low this morning after the report.", "this morning", "level change"),
        ("The region added more than 50,000 jobs last year.", "last year", "year output"),
        ("We have been asking for help for many years, since 1980.", "since 1980", "state"),
    ],
)
def test_levels_of_a_period(sentence, expression, reason):
    assert happening_reason(sentence, expression) == reason


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        ("Default judgments had dropped by nearly 20% from 2019 rates.", "2019", "measure"),
        ("The company's shares hovered flat on Thursday.", "on Thursday", "level change"),
        ("The company spent $2bn on repairs in March.", "in March", "year output"),
        ("The company said last week it would spend $3bn this year.", "last week", None),
    ],
)
def test_more_period_figures(sentence, expression, reason):
    assert happening_reason(sentence, expression) == reason


def test_a_clock_times_colon_does_not_end_a_clause():
    sentence = "Trading opened at 7:02 a.m. and shares fell 3 percent on Thursday."
    start = sentence.index("on Thursday")
    held = clause(sentence, start, len("on Thursday"), after=False)
    assert held.startswith("Trading opened at 7:02")
    # a colon between words still ends one
    said = "He said: prices rose on Thursday."
    assert clause(said, said.index("on Thursday"), 11, after=False) == " prices rose "
