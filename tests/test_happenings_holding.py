"""What holds or goes on (chronology/holding.py): a posture, a trend or what something
holds in the present, a date's distance from now, happenings left unnamed, a day
observed by a third party, a hypothetical "would" ahead of now, a date judged by a
copula and a year named by what it was declared; each case a sentence
written for the test, the date's expression in it and the rule that must leave it out,
or None for a happening that must stay. Publication date 2022-09-23 (a Friday)."""

from __future__ import annotations

import pytest

from generator.chronology import holding

from .chronology_fixtures import check_rule, rule_finds

RULES = {
    "goes on": holding.goes_on,
    "distance": holding.distance,
    "unnamed happenings": holding.unnamed,
    "observed": holding.observed,
    "term bound": holding.term_bound,
    "post since": holding.post_since,
    "class condition": holding.class_condition,
    "nowadays habit": holding.nowadays_habit,
    "would ahead": holding.would_ahead,
    "characterised": holding.characterised,
    "designated": holding.designated,
}


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a posture held, a trend going on, what something holds: how things stand today
        ("Today, the country stands at a crossroads.", "Today", "goes on"),
        ("Today, the steel boom continues as mills step up their orders.", "Today", "goes on"),
        ("The region stands today at the edge of a long drought.", "today", "goes on"),
        ("This year, the winners include, for the first time, two rural colleges.", "This year", "goes on"),
        ("This year, the region faces unprecedented need.", "This year", "goes on"),
        ("Today regulators rely heavily on company estimates.", "Today", "goes on"),
        ("Today she assists and advises farmers on water rights.", "Today", "goes on"),
        # a deed as the means, a verb that happens before it, a future, a posture that is
        # a deed, a past: happenings
        ("Today, the agency continues its work by announcing three new grants.", "Today", None),
        ("Today, the governor signed a bill that continues the program.", "Today", None),
        ("Today, the department stands up a new office for ports.", "Today", None),
        ("Last year, the mayor stood beside the governor as he signed the law.", "Last year", None),
        ("Today, the city stands at a turning point and announced new grants for schools.", "Today", None),
        # the date the subject of how far away it is
        ("Labor Day is not that far away, and families are planning trips.", "Labor Day", "distance"),
        ("By then, Christmas seemed a lifetime away.", "Christmas", "distance"),
        ("Talks had stalled and June the earliest a vote could be held seemed a lifetime away.", "June", "distance"),
        # a quantity of happenings, none named
        ("Obviously, a lot was happening yesterday in the markets.", "yesterday", "unnamed happenings"),
        ("Well, a lot has happened in the region — and in the world — since 2016.", "since 2016", "unnamed happenings"),
        # an anniversary or a day observed, whoever keeps it
        ("Today, on the 10th anniversary of the program, the Administration celebrates its graduates.", "Today", "observed"),
        ("Today, the two countries celebrate 100 years of relations.", "Today", "observed"),
        ("Tonight, my wife and I are praying for the people of the valley.", "Tonight", "observed"),
        ("Today on the law's first anniversary, I thank everyone who made it happen.", "Today", "observed"),
        # a long subject, a pronoun and its apposition, and the date told again in an aside
        ("Today, on 4 July, we, the mayors of the three towns, together with our partners, remember the founders.", "Today", "observed"),
        ("Today, on 4 July, we, the mayors of the three towns, together with our partners, remember the founders.", "on 4 July", "observed"),
        ("Today, on 4 July, we, the mayors of the three towns, signed a water compact.", "Today", None),
        # a deed as the means, a future, "thanks to": happenings
        ("Today, the President honors the veterans by signing a proclamation.", "Today", None),
        ("Today, the President will recognize the commitments of 300 companies.", "Today", None),
        # a term's close, end or run on the calendar
        ("The contest closes on October 12 at noon.", "on October 12", "term bound"),
        ("The application period will open on Monday, October 3 and close on Friday, October 21.", "on Friday, October 21", "term bound"),
        ("The storm season runs from June 1 to November 30.", "from June 1 to November 30", "term bound"),
        ("Monday was the official start of the storm season.", "Monday", "term bound"),
        ("After the claims filing period ended Tuesday, the fund set out its final terms.", "Tuesday", "term bound"),
        ("This year marked the opening of the new animal shelter.", "This year", None),
        # an institution's closing, a term's opening: happenings
        ("The school will close on Monday after two cases.", "on Monday", None),
        ("The application period will open on Monday, October 3.", "on Monday, October 3", None),
        # a post, a work or a lack held since the date, appositions and lists between
        ("Ana Ruiz has been the director of the Lake Museum, the oldest in the state, since 2019.", "since 2019", "post since"),
        ("She has led the team, its budget and its exhibitions since 2014.", "since 2014", "post since"),
        ("The board has lacked a quorum since 2019, which has stalled its work.", "since 2019", "post since"),
        # a clause of its own between, a happening named: happenings
        ("Shares have lagged since November when the panel began its hearings.", "since November", None),
        # a class of people defined by the date, a modal after it
        ("Children who got a first dose this week will be protected by New Year.", "this week", "class condition"),
        ("Families that did not file in 2021 can still claim the credit.", "in 2021", "class condition"),
        # a deed told of the people, a date after the modal: happenings
        ("Workers who were laid off last week marched to the capitol.", "last week", None),
        # "today" with a frequency adverb: a habit of the present
        ("Modern tankers today generally don't leak.", "today", "nowadays habit"),
        ("Today, nurses are too often asked to work double shifts.", "Today", "nowadays habit"),
        ("The nurses walked out today after talks failed.", "today", None),
        # the date the subject of a copula that judges it
        ("The catch is small, and 2019 was shaping up to be a record year.", "2019", "characterised"),
        ("Despite the storms, 2021 was a year of steady gains for growers.", "2021", "characterised"),
        ("So, yesterday was a big step forward for renters, in the mayor's view.", "yesterday", "characterised"),
        # a clause in the phrase or after it tells what happened: happenings
        ("Today was the day that the mayor got her booster.", "Today", None),
        ("Yesterday was an odd day, my brother called me from the airport.", "Yesterday", None),
        # a year named by what it was declared, in a clause of a present copula
        ("The survey is the third such effort in 2019, which the council has declared the Year of Rivers.", "in 2019", "designated"),
        ("The festival opened on May 3, 2019, which was declared River Day by the mayor.", "on May 3, 2019", None),
        # a hypothetical "would" ahead of now, out of any report
        ("It is an order that would take effect, as you said, two weeks from now.", "two weeks from now", "would ahead"),
        ("The board said the plant would reopen next week.", "next week", None),
    ],
)
def test_what_holds_or_goes_on_is_no_happening(sentence: str, expression: str, reason: str | None) -> None:
    check_rule(RULES, sentence, expression, reason)


@pytest.mark.parametrize(
    ("sentence", "expression", "rule"),
    [
        # a subject set off by commas is no aside: the verb after it is a future's
        ("Today, the agency, with its partners, will continue to fund the clinics.", "Today", "goes on"),
        # the date is no subject of the distance
        ("The storm hit on Monday and the town was far away from help.", "on Monday", "distance"),
        # the quantity is in a clause of its own, before the date's
        ("With so much about to happen at the site, the agency on Thursday gave the firm a deadline.", "on Thursday", "unnamed happenings"),
        # a speaker's "would note" is talk, no hypothetical
        ("I would note the Secretary is traveling to Ohio next week.", "next week", "would ahead"),
    ],
)
def test_the_rules_of_what_holds_leave_these_to_others(sentence: str, expression: str, rule: str) -> None:
    assert not rule_finds(RULES[rule], sentence, expression)
