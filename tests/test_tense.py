"""Tense cues around a temporal expression (chronology/tense.py)."""

import datetime as dt

import pytest

from generator.chronology.tense import choose, tense_of


@pytest.mark.parametrize(
    ("sentence", "expression", "tense"),
    [
        ("The exchange was held on October 24.", "October 24", ("past", True)),
        ("He is due to be sentenced on 29 November.", "29 November", ("future", True)),
        ("The summit will be held November 28-30.", "November 28-30", ("future", True)),
        # (the day an offer is extended to lies ahead: _RESCHEDULED)
        ("The company extended its offer to Nov. 20.", "Nov. 20", ("future", True)),
        ("The company made its offer Nov. 20.", "Nov. 20", ("past", False)),
        ("Payments on January 2.", "January 2", None),
        # At the same distance, the verb the date is joined to wins over a later one.
        ("It said on Wednesday it will cut jobs.", "Wednesday", ("past", True)),
        # A cue in another clause does not count.
        # A day joined to tonight or tomorrow is ahead, to yesterday behind.
        ("A FEW TORNADOES ARE POSSIBLE TONIGHT AND WEDNESDAY.", "WEDNESDAY", ("future", False)),
        ("Rain fell yesterday and Monday.", "Monday", ("past", False)),
        # (a present simple, weak however linked: "on 9 March the prosecutor opens a case")
        (
            "Look: on 3 March the pipe is damaged; on 9 March the prosecutor opens a case.",
            "9 March",
            ("future", False),
        ),
        ("It rained; payments resume on January 2 (they said).", "January 2", ("future", False)),
        # "Since" a day: before the publication, whatever the verb.
        ("They will search as they have since the Oct. 23 slaying.", "Oct. 23", ("past", True)),
        # An expression that opens the sentence takes its main verb's tense.
        ("In January, a week after Roe vs. Wade, a bombing killed a guard.", "January", ("past", True)),
        # ... also after a sentence adverb, a list's dash, or in a clause after a dash.
        ("Additionally, in April, the department provided relief.", "April", ("past", True)),
        ("- In April, the department provided relief.", "April", ("past", True)),
        ("Funds went out - in April, the department provided relief.", "April", ("past", True)),
        # An adverb ending in -ly that is no sentence adverb is no opening.
        ("Only in April the department provided relief.", "April", ("past", False)),
        # An acronym in brackets ends no clause; other brackets still do.
        ("In January, the Department (DOT) launched the program.", "January", ("past", True)),
        # (and "passed ... in June" governs the date: a strong past, see below)
        ("The Senate passed the Act (USICA) in June and is working on it.", "June", ("past", True)),
        ("It rained (as they said) on January 2.", "January 2", None),
        # A cue before the expression wins over a nearer one after it.
        ("Flights will double by August for markets untouched by the crisis.", "August", ("future", True)),
        # A past perfect before the expression says before the publication, strongly
        # (the nearest cue, "limited", an adjective, says nothing); not before an
        # infinitive: a plan, maybe ahead.
        (
            "Smith told the committee he had approved the limited tender as the departmental "
            "delegate on 30 January.",
            "30 January",
            ("past", True),
        ),
        ("They had agreed to meet again on 30 January.", "30 January", ("past", False)),
        ("You had said that Halloween time is the deadline.", "Halloween", ("past", False)),
        (
            "He had been talking about the slated visit of Daley in September.",
            "September",
            ("past", False),
        ),
        # A date that names an occasion, a point of reference after a preposition: no
        # cue from the clause's verb (the nearer day); not the occasion a verb governs.
        ("Futures showed odds of a cut at the September meeting.", "September", None),
        ("Futures showed odds of a cut at Friday's meeting.", "Friday", ("past", True)),
        ("We watched her final Christmas broadcast.", "Christmas", ("past", False)),
        # A happening named by its day is past, whatever the clause's tense.
        ("It will look at the June 5 evacuation of the town.", "June 5", ("past", True)),
    ],
)
def test_tense_of(sentence, expression, tense):
    assert tense_of(sentence, expression, sentence.find(expression)) == tense


def test_choose_the_nearer_day_when_nothing_says():
    published = dt.date(2022, 9, 12)
    past, ahead = dt.date(2021, 10, 24), dt.date(2022, 10, 24)
    assert choose(past, ahead, published, None) == ahead
    assert choose(past, ahead, published, ("past", True)) == past  # a strong cue decides
    assert choose(past, ahead, published, ("past", False)) == ahead  # a weak one does not


@pytest.mark.parametrize(
    ("sentence", "expression", "tense"),
    [
        # A finite past verb governing the date through its object: strong.
        ("He signed a historic executive order in March.", "March", ("past", True)),
        ("Since Russia launched its unprovoked invasion in February, prices rose.", "February", ("past", True)),
        ("The bill was passed by the Senate on June 8.", "June 8", ("past", True)),
        ("The agency sent a letter to Congress in March.", "March", ("past", True)),
        # A present perfect takes no time of its act: the date is its object's.
        ("We have booked a holiday to Cancun in August.", "August", ("past", False)),
        ("She's got a runoff on June 22nd.", "June 22nd", ("past", False)),
        ("I've got a holiday booked in Mexico in July.", "July", ("past", False)),
        # ... but a clause of its own after it has its own verb.
        ("Aid has flowed since Russia launched its invasion in February.", "February", ("past", True)),
        # A reporting verb's date is its own only when joined to it; a modal opens a clause.
        ("A spokesman said Novartis should have the vaccine ready in September.", "September", ("past", False)),
        ("A spokesman said in September that it was ready.", "September", ("past", True)),
        # ... or after whom it was said to, a short noun phrase and no clause.
        ("A bank warned the government in August.", "August", ("past", True)),
        ("The firm told them in August.", "August", ("past", True)),
        # ... but a prediction in the present says the day is ahead.
        ("He said the company expects it in August.", "August", ("future", False)),
        ("He said a BP audit in September will show it.", "September", ("past", False)),
        # An occasion's noun before the date: the date may be the occasion's.
        ("The Senate has called a vote in March.", "March", ("past", False)),
        # An infinitive or another clause between: the date is not the verb's.
        ("They agreed to hold talks in March.", "March", ("past", False)),
        ("Officials said that the plant reopens in March.", "March", ("past", False)),
        # A deadline is no time of the act; a future in the past stays a future.
        ("He extended the offer by March.", "March", ("past", False)),
        ("He said it would open in March.", "March", ("future", True)),
        ("The Senate has scheduled a hearing in March.", "March", ("future", False)),
        # "set for" a day is a schedule, as "scheduled for" is.
        ("He has a status hearing set for Friday.", "Friday", ("future", False)),
        # An -ed adjective after a determiner is no verb.
        ("The proposed rule in March.", "March", None),
        # "expecting to": a forecast.
        ("They had been expecting to spend this week in Paris.", "this week", ("future", False)),
        # A forecast's verb or noun: the day is ahead ("is forecast to", a bulletin's
        # table of forecast positions).
        ("ULDING is forecast to leave the PAR on Saturday morning.", "Saturday", ("future", False)),
        ("PAGASA expects it by Sunday evening or Monday.", "Sunday", ("future", False)),
        ("24-Hour Forecast (2:00 PM, Tuesday): 870 km East of Baler", "Tuesday", ("future", False)),
        ("The forecast on Friday was wrong.", "Friday", ("past", False)),
        # A present passive is no past ("unless it is resolved"); a day a plan was
        # fixed for is the plan's, ahead or behind ("had been fixed for", as "set for").
        ("Unless the matter is resolved quickly, he misses the trials in late June.", "late June", None),
        ("It had been fixed for March 17.", "March 17", ("future", False)),
        # Someone awaited somewhere ("was expected in") is ahead of a past time, not of
        # the publication: no cue, the nearer day; "was expected to", as reported, is
        # a future. "failed due to" is a past.
        ("He was expected in Kéniéba on Friday.", "Friday", None),
        ("She was expected to testify on Friday.", "Friday", ("future", False)),
        ("She is expected to testify on Friday.", "Friday", ("future", True)),
        ("In early May, the cofferdam failed due to a build up of gas.", "early May", ("past", True)),
    ],
)
def test_governing_past(sentence, expression, tense):
    assert tense_of(sentence, expression, sentence.find(expression)) == tense


def test_governing_past_sends_a_near_month_back():
    from generator.chronology.dates import read_expression

    sentence = "He signed a historic executive order in March."
    found = read_expression("March", "2021-12-10", sentence, sentence.find("March"))[0]
    assert found is not None and found.date == "2021-03"
    sentence = "He will sign a historic executive order in March."
    found = read_expression("March", "2021-12-10", sentence, sentence.find("March"))[0]
    assert found is not None and found.date == "2022-03"
    # Nothing governs it: the nearer month, as before.
    sentence = "The executive order in March."
    found = read_expression("March", "2021-12-10", sentence, sentence.find("March"))[0]
    assert found is not None and found.date == "2022-03"


@pytest.mark.parametrize(
    ("sentence", "expression", "tense"),
    [
        # Coordinated opening: the expression after ", and" dates the second clause's verb.
        ("In May, the agency issued guidance, and in July it opened new offices.", "July", ("past", True)),
        ("They met on Monday, and on Friday they will sign the deal.", "Friday", ("future", True)),
        # Without the comma and the conjunction, no opening.
        ("The agency issued guidance in May and in July.", "July", ("past", False)),
        # Quoted phrase: a few quoted words end no clause; a quotation with a comma does.
        ("She will hold a “listening session” with mayors on Friday.", "Friday", ("future", True)),
        ("He will call it “a hard, long road” on Friday.", "Friday", None),
        # Temporal present: the present (perfect) of a temporal clause speaks of the future.
        ("No decision is expected until the board has reviewed the plan on Thursday.", "Thursday", ("future", False)),
        ("Nothing was settled until after Smith has spoken with them on Thursday.", "Thursday", ("future", False)),
        ("The governor will speak when she visits the coast on Tuesday.", "Tuesday", ("future", False)),
        ("Talks resume once they return in March.", "March", ("future", False)),
        ("Even before the new safety panel holds its first meeting Monday, it drew fire.", "Monday", ("future", False)),
        # ... not a past form, nor a plural noun after a name or a possessive.
        ("Shares rose before he spoke on Thursday.", "Thursday", ("past", True)),
        ("Flights stopped after Hong Kong authorities on Friday confirmed a case.", "Friday", ("past", False)),
        ("Appeals went out after Barton's remarks on Thursday.", "Thursday", ("past", False)),
        # Occasion after a perfect: the occasion comes after the act, now just over.
        ("The chief has been invited to Downing Street for a meeting with ministers on Thursday.",
         "Thursday", ("future", False)),
        # A simple past says nothing of which side the occasion after "for" is.
        ("The chief was invited to Downing Street for a meeting with ministers on Thursday.",
         "Thursday", ("past", False)),
        # Occasion ahead: after "ahead of" or "before", it comes after the past act.
        ("The senators sent a letter, ahead of their hearing with the chief on Thursday.",
         "Thursday", ("future", False)),
        ("The senators sent a letter before a vote held on Thursday.", "Thursday", ("past", True)),
    ],
)
def test_clauses_and_the_future_in_the_present(sentence, expression, tense):
    assert tense_of(sentence, expression, sentence.find(expression)) == tense


def test_the_future_in_the_present_dates_the_weekday_ahead():
    from generator.chronology.dates import read_expression

    # Monday 27 April 2009: a present of arrival joined to its day looks ahead; the
    # plural noun does not.
    sentence = "As the milestone of his first 100 days approaches on Wednesday, we ask readers to write."
    found = read_expression("Wednesday", "2009-04-27", sentence, sentence.find("Wednesday"))[0]
    assert found is not None and found.date == "2009-04-29"
    sentence = "The engineers tried new approaches on Wednesday to stop the leak."
    found = read_expression("Wednesday", "2009-04-27", sentence, sentence.find("Wednesday"))[0]
    assert found is not None and found.date == "2009-04-22"

    # Saturday 12 June 2010: the Wednesday after, not the one before.
    sentence = "No decision is expected until the board has reviewed the plan on Wednesday."
    found = read_expression("Wednesday", "2010-06-12", sentence, sentence.find("Wednesday"))[0]
    assert found is not None and found.date == "2010-06-16"
    sentence = "The board reviewed the plan on Wednesday."
    found = read_expression("Wednesday", "2010-06-12", sentence, sentence.find("Wednesday"))[0]
    assert found is not None and found.date == "2010-06-09"
    # A month after the page's, with a past verb in a coordinated clause: the year before.
    sentence = "In January, the agency issued guidance, and in April it opened an office."
    found = read_expression("April", "2022-02-28", sentence, sentence.find("April"))[0]
    assert found is not None and found.date == "2021-04"


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        # A past spelled as the base form, after a singular subject: past, not the
        # "would" of the purpose clause after it.
        ("As you know, on Friday, Colonial shut its pipeline to ensure it would not spread.", ("past", True)),
        ("It said on Friday it hit its target.", ("past", True)),
        ("On Friday, Colonial shut its pipeline so that ransomware would not spread.", ("past", True)),
        # The base form after an auxiliary, or after a plural subject: not a past cue.
        ("On Friday, the President will cut the ribbon.", ("future", True)),
        ("Will it cut taxes on Friday?", ("future", True)),
        ("On Friday, they cut the ribbon.", None),
        ("On Friday, Democrats cut the ribbon.", None),
    ],
)
def test_same_form_past_after_a_singular_subject(sentence, tense):
    assert tense_of(sentence, "Friday", sentence.find("Friday")) == tense


def test_a_shut_down_on_friday_said_on_monday_is_the_friday_before():
    from generator.chronology.dates import read_expression

    # Monday 10 May 2021: the Friday before (7 May), not the one after.
    sentence = "As you know, on Friday, Colonial shut its pipeline to ensure ransomware would not spread."
    found = read_expression("Friday", "2021-05-10", sentence, sentence.find("Friday"))[0]
    assert found is not None and found.date == "2021-05-07"


@pytest.mark.parametrize(
    ("sentence", "expression", "tense"),
    [
        # A few words in brackets with no verb, a conversion, end no clause: the report
        # verb before it is the date's, not "would" after it.
        ("Acme said at 1800 CDT (2300 GMT) on Wednesday that it would take a day.", "Wednesday", ("past", False)),
        ("They poured 140,000 gallons (637,000 litres) of it on Monday.", "Monday", ("past", False)),
        # A bracket with a verb of its own, or a long one, still ends the clause.
        ("It rained (as they said) on January 2.", "January 2", None),
        ("Acme said (and it was a long and winding note) on Wednesday it would go.", "Wednesday", ("future", True)),
        # A name in brackets is no measure: "achieved" is another clause's.
        ("It achieved much at Glasgow (COP 26) and building on it at COP 27 in November.", "November", None),
    ],
)
def test_a_bracketed_gloss_ends_no_clause(sentence, expression, tense):
    assert tense_of(sentence, expression, sentence.find(expression)) == tense


def test_laid_is_a_past_and_a_plans_name_no_future():
    # "laid" is an irregular past; "Plan to" in a plan's name is no future cue.
    sentence = "In March, the President laid out a National Preparedness Plan to keep America safe."
    assert tense_of(sentence, "March", sentence.find("March")) == ("past", True)
    assert tense_of("They plan to meet in March.", "March", 19) == ("future", False)


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        # The expression opens a clause after an aside between dashes, with no verb of
        # its own: it belongs to the clause before the aside.
        (
            "And we’ll have one of the team, hopefully at the highest level — we’re "
            "working on schedules — on Monday to do a full preview of the trip.",
            ("future", True),
        ),
        ("The ministers met the unions — on Monday, in Brussels.", ("past", False)),
        # A clause after a dash with a verb of its own keeps it.
        ("We will see — on Monday he said it was done.", ("past", True)),
        # Another clause end before the dash is where the clause before it opens.
        ("It rained; the unions will meet — on Monday, in Brussels.", ("future", True)),
        ("They met; the unions — on Monday, in Brussels.", None),
    ],
)
def test_an_expression_after_a_dash_belongs_to_the_clause_before(sentence, tense):
    assert tense_of(sentence, "Monday", sentence.find("Monday")) == tense


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        # A present progressive with no other cue speaks of what is arranged.
        ("On Monday, CDC is convening a three-day forum.", ("future", False)),
        ("They’re meeting the unions on Monday.", ("future", False)),
        # ... not "is nothing", nor "is being", nor a possessive's "'s"
        ("On Monday, there is nothing new.", None),
        ("The CDC's funding on Monday.", None),
        ("A federal panel is meeting Monday in Boise.", ("future", False)),
        ("To help our efforts, on Monday, CDC is convening a forum.", ("future", False)),
        ("On Monday, the ministers are meeting in Brussels.", ("future", False)),
        # ... not elsewhere in the clause: it tells how things stand
        ("BP is boosting its effort after activating a system on Monday.", None),
        ("Oil is extending west, a satellite image taken Monday shows.", None),
        # Another cue decides.
        ("On Monday, CDC convened the forum it is hosting.", ("past", True)),
    ],
)
def test_a_present_progressive_is_arranged(sentence, tense):
    assert tense_of(sentence, "Monday", sentence.find("Monday")) == tense


def test_should_looks_ahead_and_a_seabed_is_no_past():
    sentence = "It should be on the seabed by Saturday, and as early as Sunday should start pumping."
    assert tense_of(sentence, "by Saturday", sentence.find("by Saturday"))[0] == "future"
    # "I should say" is a speaker's aside
    sentence = "They put out a statement — in February, I should say, when the book was announced."
    assert tense_of(sentence, "February", sentence.find("February")) == ("past", True)
    spoken = sentence.replace("should say", "should go")  # (a modal that looks ahead)
    assert tense_of(spoken, "February", spoken.find("February")) == ("future", True)
    # "should have" is no future cue
    assert tense_of("It should have been fixed on Monday.", "Monday", 29) == ("past", True)


def test_a_weak_future_cue_takes_no_day_a_year_ahead_over_one_days_behind():
    """ "on 9 March the German prosecutor opens a case", said on 24 March: the 9 March
    just gone (15 days back), not the one 350 days ahead; "will open" would say ahead."""
    published = dt.date(2026, 3, 24)
    past, ahead = dt.date(2026, 3, 9), dt.date(2027, 3, 9)
    assert choose(past, ahead, published, ("future", False)) == past
    assert choose(past, ahead, published, ("future", True)) == ahead


@pytest.mark.parametrize(
    "sentence, expression",
    [
        ("The case was postponed to 29 August.", "29 August"),
        ("Magistrate Riana van der Merwe postponed the matter to 2 May for bail.", "2 May"),
        ("He was remanded in custody until Monday.", "Monday"),
        ("The deadline was extended to the end of June.", "June"),
    ],
)
def test_the_day_a_thing_is_put_off_to_lies_ahead_whatever_the_verbs_tense(sentence, expression):
    """ "postponed to 29 August" in a story of 9 May: the coming 29 August. The act of
    putting off is told in the past; the day it is put off to lies after it."""
    assert tense_of(sentence, expression, sentence.find(expression)) == ("future", True)


def test_a_move_to_a_place_is_no_day_put_off():
    sentence = "She moved to London on 3 May."
    assert tense_of(sentence, "3 May", sentence.find("3 May")) == ("past", True)


@pytest.mark.parametrize(
    "sentence, tense",
    [
        ("Students have announced a commemorative gathering for Thursday.", ("future", False)),
        ("The vote was set for next Monday.", ("future", False)),
        # a day's own: what happened that day
        ("He was jailed for Friday's attack on the station.", ("past", True)),
    ],
)
def test_a_weekday_an_occasion_is_set_for_is_the_coming_one(sentence, tense):
    """ "announced a gathering for Thursday" on a Monday: the coming Thursday (a weak cue,
    as days of the week are near either way), not the last."""
    day = next(d for d in ("Thursday", "Monday", "Friday") if d in sentence)
    expression = f"next {day}" if f"next {day}" in sentence else day
    assert tense_of(sentence, expression, sentence.find(expression)) == tense
