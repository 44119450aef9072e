"""An expectation held and sympathy held (chronology/stances.py), a remark on the day
and a speaker's correction alone (chronology/remarks.py), a comment on an announcement
named only by its day (chronology/lists.py), a scene, a day described and a state held
over a whole period or since the date (chronology/scenes.py), the closing of a span
(chronology/terms.py): each case a sentence written for the test,
the date's expression in it and the rule that must leave it out, or None for a happening
that must stay. Publication date 2022-09-23 (a Friday)."""

from __future__ import annotations

import pytest

from generator.chronology import lists, remarks, scenes, stances, terms

from .chronology_fixtures import check_rule, happening_reason

RULES = {
    "expectation": stances.expectation,
    "sympathy": stances.sympathy,
    "day example": remarks.day_example,
    "correction alone": remarks.correction_alone,
    "aside": remarks.participle_alone,
    "announcement comment": lists.announcement_comment,
    "scene": scenes.scene,
    "day described": scenes.day_described,
    "whole period": scenes.whole_period,
    "held since": scenes.held_since,
    "span closing": terms.span_closing,
    "weekly": scenes.weekly,
}


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a progressive of "expect", or an expectation as a noun, before the date
        ("In Ohio, they were expecting to receive 40,000 kits this week, which they need.", "this week", "expectation"),
        ("The crews had been expecting to spend this week pouring the last section.", "this week", "expectation"),
        ("Clearly we are expecting the count to have gone up yesterday.", "yesterday", "expectation"),
        ("Forecasters are expecting a wetter than usual winter this year.", "this year", "expectation"),
        ("Our expectation is that the vote will come on Tuesday.", "on Tuesday", "expectation"),
        # a negated expectation tells a surprise; the date's possessive names a happening;
        # an expectation after the date, or past a stop, is no governor of it
        ("The goalkeeper, who wasn't expecting that shot in Saturday's final, fell.", "Saturday", None),
        ("Fans are eagerly anticipating Saturday's final at the stadium.", "Saturday", None),
        ("The crews left the rig on Monday, anticipating the storm's arrival.", "on Monday", None),
        ("We were expecting rain. The levee broke on Monday.", "on Monday", None),
    ],
)
def test_an_expectation_is_no_happening(sentence: str, expression: str, reason: str | None) -> None:
    check_rule(RULES, sentence, expression, reason)


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # sympathy held in the present, the date opening the sentence or ending it
        (
            "This year, as we mark the festival, we hold in our hearts the families far from home.",
            "This year",
            "sympathy",
        ),
        ("Today, the Governor and I are holding the mayor and his family in our prayers.", "Today", "sympathy"),
        ("Tonight, as the Governor said, our hearts are with the people of the valley.", "Tonight", "sympathy"),
        ("We lost a friend, and the Governor and his wife grieve with the Ortiz family today.", "today", "sympathy"),
        # condolences offered are a deed; a past form tells what was done; a clause after
        # the date or a date of its own clause tells what happened
        ("The Governor spoke today with the mayor to offer his condolences.", "today", None),
        ("Last week, the Governor mourned with the families at the memorial service.", "Last week", None),
        ("Our prayers are with the valley tonight as the floodwaters swept through the town.", "tonight", None),
        ("We mourn with all those who lost loved ones on October 3rd, 2019.", "on October 3rd, 2019", None),
    ],
)
def test_sympathy_is_no_happening(sentence: str, expression: str, reason: str | None) -> None:
    check_rule(RULES, sentence, expression, reason)


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # the day as an example of what was said; a correction alone
        ("Today's a fine example of that.", "Today", "day example"),
        ("MS. REYES: And today is another reminder of why we act.", "today", "day example"),
        ("I'm sorry, or March 3rd, rather.", "March 3rd", "correction alone"),
        ("Sorry — Tuesday, I mean.", "Tuesday", "correction alone"),
        ("Just keeping you on your toes this Friday.", "this Friday", "aside"),
        # a day that opens a deed, an example not of the day, a correction with a deed, a
        # headline's participle
        ("Today, the council set an example of cooperation.", "Today", None),
        ("The vote on Tuesday is a good example of that.", "on Tuesday", None),
        ("Sorry, the council voted on Tuesday, rather than Monday.", "on Tuesday", None),
        ("Testing begins Monday at the county's six sites.", "Monday", None),
    ],
)
def test_a_remark_is_no_happening(sentence: str, expression: str, reason: str | None) -> None:
    check_rule(RULES, sentence, expression, reason)


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a deed whose noun does not say what was done, only related to something else
        (
            "***Working with cities***: The Secretary's call to action today builds on the city partnerships.",
            "today",
            "announcement comment",
        ),
        ("Today's final rule is a step forward for clean air.", "Today", "announcement comment"),
        ("Today's decision is a blow to renters.", "Today", "announcement comment"),
        ("Today's Clean Ports actions build on commitments made in the spring.", "Today", "announcement comment"),
        ("Two new announcements today will add to that hiring boom.", "today", "announcement comment"),
        (
            "**Mayor Ana Ortiz:** “Governor Ruiz's action today builds upon the work we do.",
            "today",
            "announcement comment",
        ),
        ("The toolkit released today builds on the agency's guidance.", "today", "announcement comment"),
        ("Yesterday's action should give the public confidence in the agency.", "Yesterday", "announcement comment"),
        ("Today's executive order is welcome news for renters.", "Today", "announcement comment"),
        ("Today's council vote is a step backward for the town.", "Today", "announcement comment"),
        # a complement or a noun that says what was done; the doer acting on the day
        ("Today's decision at the city council is a step toward fair rents.", "Today", None),
        ("Her swearing in today represents a step forward for the court.", "today", None),
        ("And, today, the agency builds upon its port plan with new grants.", "today", None),
    ],
)
def test_a_comment_on_a_deed_named_only_by_its_day(sentence: str, expression: str, reason: str | None) -> None:
    check_rule(RULES, sentence, expression, reason)


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # how a place stood, a day described and nothing more, a state over a whole period
        ("Seas were calm Thursday, and the crews went back out.", "Thursday", "scene"),
        ("On Sunday, the ferries were moored at the pier, waiting for the wind to drop.", "On Sunday", "scene"),
        ("The beach was awash with tar two days ago.", "two days ago", "scene"),
        ("The patient was said to be in a stable condition yesterday.", "yesterday", "scene"),
        ("Q  He obviously had a very busy day yesterday.", "yesterday", "day described"),
        ("We hold the presidency of the council for all of 2023.", "2023", "whole period"),
        ("The agency ran the program for the whole of 2021.", "2021", "whole period"),
        ("Ortiz has been a partner at the firm since 2017.", "since 2017", "held since"),
        ("The levy had been in place since 1931 and raised little.", "since 1931", "held since"),
        ("Since 2015, the rate has been above 5 percent.", "Since 2015", "held since"),
        ("The inn has since 1995 been one of the town's best hotels.", "since 1995", "held since"),
        # a closing, a crowd busy at a deed, a day described with what filled it, a point
        ("The beaches were closed on Monday after the spill.", "on Monday", None),
        ("The senators were busy last Friday drafting a bill to raise the fees.", "last Friday", None),
        ("It was a very busy day yesterday, with nine bills signed into law.", "yesterday", None),
        ("We took the presidency of the council in January 2023.", "in January 2023", None),
        ("The help line is open 9 a.m. to 5 p.m., Monday to Friday.", "Friday", "weekly"),
        ("Protests are planned from Thursday to Saturday in 50 cities.", "Thursday", None),
        # a passive participle is a deed done on the date; a date that names a happening
        ("The schools have been shut down since 1 May to stem the outbreak.", "since 1 May", None),
        ("The firm has been a target of lawsuits since the April 20 explosion.", "April 20", None),
    ],
)
def test_a_scene_a_day_described_or_a_state_held_is_no_happening(sentence: str, expression: str, reason: str | None) -> None:
    check_rule(RULES, sentence, expression, reason)


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        ("The course runs ten weeks, beginning on Monday, March 6 and ending on Friday, May 12.", "on Friday, May 12", "span closing"),
        (
            "Tickets may be requested through a lottery starting on Monday, March 6 at 10:00 AM ET, and closing on Friday, March 10.",
            "on Friday, March 10",
            "span closing",
        ),
        # the closing alone is an act; the opening of a span stays
        ("The agency closed the office on Friday, March 10.", "on Friday, March 10", None),
        ("The fair opened on Saturday, March 4 and closed early.", "on Saturday, March 4", None),
    ],
)
def test_the_closing_of_a_span_is_no_happening(sentence: str, expression: str, reason: str | None) -> None:
    check_rule(RULES, sentence, expression, reason)


def test_a_correction_needs_a_sign_of_correction() -> None:
    assert happening_reason("Q  Or March 3rd.", "March 3rd") != "correction alone"
