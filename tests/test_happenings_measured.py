"""A measured quantity's frame (chronology/measured.py): the window a figure covers, the
day a total to date is told, a count's level reached and the base a level is compared
with are figures, not happenings; a span of deeds, new things told with their count and
a happening's noun after a date's possessive stay. Each case a sentence written for the
test, the date's expression in it and the rule that must leave it out, or None for a
happening that must stay. Publication date 2022-09-23 (a Friday)."""

from __future__ import annotations

import pytest

from generator.chronology import changes, figures, measured

from .chronology_fixtures import check_rule

RULES = {
    "data window": measured.data_window,
    "total told": measured.total_told,
    "comparison base": measured.comparison_base,
    "count level": measured.count_level,
    "count held": measured.count_held,
    "counted period": measured.counted_period,
    "level change": changes.level_change,
    "span": figures.span,
}


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a span with both ends in a clause that measures: both ends are its window
        (
            "On this chart you see new hospital admissions in the county from March 3rd up to, "
            "roughly, May the 9th.",
            "from March 3rd",
            "data window",
        ),
        (
            "On this chart you see new hospital admissions in the county from March 3rd up to, "
            "roughly, May the 9th.",
            "May the 9th",
            "data window",
        ),
        (
            "From April 1<sup>st</sup> to May 31<sup>st</sup>, about 2.3 million students applied "
            "for the grants.",
            "From April 1",
            "data window",
        ),
        # a span of deeds or weather measures nothing; a plan for a span is no figure
        (
            "From June 6 to June 9, the Secretary traveled to Peru and Chile to meet ministers.",
            "From June 6",
            None,
        ),
        (
            "The group will stage rallies in more than 40 towns from Thursday through Saturday.",
            "from Thursday",
            None,
        ),
        # a total to date told on the date
        (
            "On Tuesday, the Governor will announce that **over $3 Billion in relief funds have "
            "been committed to housing**.",
            "On Tuesday",
            "total told",
        ),
        (
            "Today, the state agency announced that more than 400,000 families have enrolled in "
            "the program.",
            "Today",
            "total told",
        ),
        (
            "More than 90 herons and 12 otters have been found dead along the river, park rangers "
            "said on Monday.",
            "on Monday",
            "total told",
        ),
        (
            "Today, the council announced that the fund – created by last year's law – has "
            "already helped more than 8,000 renters stay housed.",
            "Today",
            "total told",
        ),
        (
            "This year we've seen over 120 new charter schools opened across the state.",
            "This year",
            "total told",
        ),
        # new things told with their count, an act announced, a statement of something else
        (
            "Two new cases have been confirmed in the region, the health minister said today.",
            "today",
            None,
        ),
        (
            "Today the Governor announced $300 million in new grants for rural clinics.",
            "Today",
            None,
        ),
        (
            "The plan, which the Mayor announced in May and which has raised more than $4 million, "
            "funds food banks.",
            "in May",
            None,
        ),
        # a count's level reached
        (
            "The number of flu cases in the county rose by 14 to 312 today, officials said.",
            "today",
            "count level",
        ),
        (
            "The number of confirmed cases has climbed to 4,102, the health agency said on Sunday.",
            "on Sunday",
            "count level",
        ),
        (
            "Three pupils fell ill, it was confirmed yesterday, as the total number of cases rose "
            "to 21.",
            "yesterday",
            None,
        ),
        # the base of a comparison
        (
            "The budget includes $512 million for community colleges, an increase of $40 million "
            "over last year's funding level.",
            "last year",
            "comparison base",
        ),
        (
            "Diesel cost $4.61 a gallon, down 9 cents from last week's $4.70.",
            "last week",
            "comparison base",
        ),
        (
            "Crews cleared the debris left from last week's storm surge.",
            "last week",
            None,
        ),
        # a count held, in what a statement of the date tells or in the date's clause
        (
            "The country has 2,140 confirmed cases of the new flu in 31 states, the Centers "
            "for Disease Control and Prevention said on Sunday.",
            "on Sunday",
            "count held",
        ),
        (
            "The new flu has infected 3,420 people in 27 countries, the agency said on Sunday.",
            "on Sunday",
            "count held",
        ),
        (
            "Some 4,120 people have been infected in 28 countries, according to the agency's "
            "tally on Tuesday.",
            "on Tuesday",
            "count held",
        ),
        (
            "Officials confirmed a total of 85 human cases across the country on Tuesday.",
            "on Tuesday",
            "count held",
        ),
        ("The Ferry site had 1,212 fans on Friday.", "on Friday", "count held"),
        # ... not new things counted, a toll, a causative "had", a time given, nor a count
        # of a clause joined to the date's
        ("Officials announced a further 17 cases on Tuesday.", "on Tuesday", None),
        (
            "The fishermen had 3,100 square miles of waters closed to their boats last month.",
            "last month",
            None,
        ),
        ("The firm had 20 helicopters were ferrying workers on Thursday.", "on Thursday", None),
        (
            "The agency told the firm on Wednesday that it had 24 hours to choose a safer product.",
            "on Wednesday",
            None,
        ),
        (
            "The fake page was created a week ago and as of Thursday had more than 50,000 followers.",
            "a week ago",
            None,
        ),
        # a level reached over a month, a web link's text read as text
        (
            "Youth unemployment fell by 2 points last year and has [dropped further](https://example.org/s) "
            "to 6.2% in March.",
            "in March",
            "level change",
        ),
        ("Youth unemployment has fallen further to 6.2% in March.", "in March", "level change"),
        (
            "The share of uninsured adults dropped to the lowest level on record in late 2021.",
            "in late 2021",
            "level change",
        ),
        # a total to date in a period
        ("The new $2 billion tops all the donations received to date in 2022.", "in 2022", "span"),
        # a count of a period in a participle's phrase
        (
            "The program serves many families, with 3.1 million children and 900,000 parents "
            "enrolling in it in 2019.",
            "in 2019",
            "counted period",
        ),
        (
            "The storm led to a rise in turtles and seabirds stranded or killed this month.",
            "this month",
            "counted period",
        ),
        # ... not a counted subject's finite verb, a day, nor a sum invested in a year
        ("More than 2,000 people marched through the capital in May.", "in May", None),
        ("With 300 volunteers helping at the site on Friday, the cleanup finished.", "on Friday", None),
        ("In 2021, the department invested more than $250 million in the grants.", "In 2021", None),
    ],
)
def test_measured_forms(sentence: str, expression: str, reason: str | None) -> None:
    check_rule(RULES, sentence, expression, reason)


@pytest.mark.parametrize(
    ("lead_in", "told", "reason"),
    [
        (
            "Today, we received further evidence that our recovery is strong.",
            "Weekly claims for unemployment benefits fell to their lowest level since 1970.",
            measured.NEWS_FIGURE,
        ),
        (
            "Today, we received further evidence that our recovery is strong.",
            "This is a testament to the hard work of the American people.",
            None,
        ),
        (
            "The minister met the governors today.",
            "Claims fell to their lowest level since 1970.",
            None,
        ),
    ],
)
def test_news_figure(lead_in: str, told: str, reason: str | None) -> None:
    """News the speaker received, told in the next sentence: a figure when that sentence
    states a level; a judgement stays, and so does a sentence that is no lead-in."""
    assert measured.news_figure(lead_in, told) == reason
