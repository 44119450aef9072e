"""Temporal expressions resolved against the publication date: every example of issue 4."""

import pytest

from generator.chronology.dates import read_expression, resolve_expression

AUG16 = "2022-08-16"  # a Tuesday (seed 000)
DEC10 = "2021-12-10"  # a Friday (seed 003)


@pytest.mark.parametrize(
    ("text", "published", "sentence", "date", "precision"),
    [
        ("2017", DEC10, "In 2017, while in a Caracas conference room ...", "2017", "year"),
        ("March", AUG16, "In March he visited Caracas with Amba.", "2022-03", "month"),
        (
            "Last month",
            AUG16,
            "Last month, CNN learned that at least three ...",
            "2022-07",
            "month",
        ),
        (
            "this year",
            AUG16,
            "has sent senior officials to Caracas three times this year",
            "2022",
            "year",
        ),
        ("year", AUG16, "it declined to invite Maduro to this year’s Summit", "2022", "year"),
        (
            "Tuesday",
            DEC10,
            "flew to Caracas on a chartered airplane on Tuesday and returned on Friday.",
            "2021-12-07",
            "day",
        ),
        (
            "Friday",
            DEC10,
            "flew to Caracas on a chartered airplane on Tuesday and returned on Friday.",
            "2021-12-10",
            "day",
        ),
        (
            "Nov. 21",
            DEC10,
            "the State Department declared following the poll on Nov. 21.",
            "2021-11-21",
            "day",
        ),
        (
            "November 2024",
            AUG16,
            "when new presidential elections are held in November 2024.",
            "2024-11",
            "month",
        ),
        ("2019", AUG16, "Since 2019, the US and dozens of other countries", "2019", "year"),
        (
            "March 2019",
            DEC10,
            "closed the American Embassy in Caracas in March 2019 after",
            "2019-03",
            "month",
        ),
        ("June", AUG16, "In June, the US Department of the Treasury", "2022-06", "month"),
        ("May", AUG16, "Met in Caracas in May Including a promise", "2022-05", "month"),
        ("March", AUG16, "In March.", "2022-03", "month"),
        ("today", AUG16, None, AUG16, "day"),
        ("tonight", DEC10, None, DEC10, "day"),
        ("yesterday", AUG16, None, "2022-08-15", "day"),
        ("last year", AUG16, None, "2021", "year"),
        ("next year", AUG16, None, "2023", "year"),
        ("next month", AUG16, None, "2022-09", "month"),
        ("this month", AUG16, None, "2022-08", "month"),
        ("December", AUG16, "In December the talks stalled.", "2021-12", "month"),
        ("February 24", "2022-03-01", "Since February 24, Russia has", "2022-02-24", "day"),
        ("Feb. 24, 2022", "2022-05-01", None, "2022-02-24", "day"),
        ("two years ago", AUG16, None, "2020", "year"),
        ("25 years ago tomorrow", "2022-12-02", None, "1997-12-03", "day"),
        ("a year ago today", "2022-03-15", None, "2021-03-15", "day"),
        ("three months ago", AUG16, None, "2022-05", "month"),
        ("Monday", AUG16, "On Monday, the President met", "2022-08-15", "day"),
        ("Tuesday", AUG16, "On Tuesday, the President met", AUG16, "day"),
        ("last week", AUG16, None, "2022-08", "month"),
        ("early 2021", AUG16, None, "2021", "year"),
        ("mid-March", AUG16, None, "2022-03", "month"),
        ("January 6th", "2022-01-07", None, "2022-01-06", "day"),
        (
            "October 24",
            "2022-09-12",
            "The Department will host an exchange on October 24.",
            "2022-10-24",
            "day",
        ),
        ("October 3", "2022-10-10", "On October 3, he said he will run.", "2022-10-03", "day"),
        ("October 24", "2022-09-12", "The exchange was held on October 24.", "2021-10-24", "day"),
        ("24 February", "2022-03-02", None, "2022-02-24", "day"),
        # Two days joined by "and", the tagger's span ending at "and": the first day, its
        # month and day read as such (not by the fallback parser, which took 2021).
        ("July 21 and", "2022-07-18", "Flights will land on July 21 and 22.", "2022-07-21", "day"),
    ],
)
def test_resolves(text, published, sentence, date, precision):
    result = resolve_expression(text, published, sentence=sentence)
    assert result is not None, text
    assert (result.date, result.precision) == (date, precision)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("07.05.2025", "2025-05-07"),  # dots: day first, as an Indian court's order writes
        ("28.04.2025", "2025-04-28"),
        ("12.14.2020", "2020-12-14"),  # month first, the one day it can be
        ("12/05/2025", "2025-12-05"),  # slashes: month first, the US order
        ("25/12/2024", "2024-12-25"),  # ... unless that is no day
        ("2025-05-06", "2025-05-06"),  # year first: always the month next (ISO 8601)
        ("2025/06/12", "2025-06-12"),  # (as East Asian filings write it)
        ("2025-05-14T09:12Z", "2025-05-14"),  # with its time
        ("5/15/25", "2025-05-15"),  # a two-digit year: the century nearest (not 1925)
    ],
)
def test_a_date_in_figures_is_read_in_the_order_its_separator_is_written_in(text, date):
    result = resolve_expression(text, "2025-05-20", sentence=f"List this matter on {text}.")
    assert result is not None and (result.date, result.precision) == (date, "day")
    assert resolve_expression("31.02.2025", "2025-05-20") is None
    assert resolve_expression("2025-13-06", "2025-05-20") is None
    assert resolve_expression("2019-20", "2025-05-20") is None  # two years, no day
    # ... unless one order reads the page's own day: "Published on: 07/04/2025" on 7 April
    # in a Francophone paper, "11-08-2026" on 11 August in a Czech one
    assert resolve_expression("07/04/2025", "2025-04-07").date == "2025-04-07"
    assert resolve_expression("11-08-2026", "2026-08-11").date == "2026-08-11"
    assert resolve_expression("12/05/2025", "2025-12-05").date == "2025-12-05"


@pytest.mark.parametrize(
    ("text", "sentence", "date"),
    [
        # A part of a day "of" a date is that day, in the publication's year (the
        # fallback parser took the year before).
        ("the night of June 6", "Kyiv struck the dam on the night of June 6.", "2025-06-06"),
        ("the morning of May 3", "They left on the morning of May 3.", "2025-05-03"),
        # A footnote's number after a date is no day ("[4]" was read as the 4th).
        ("October 2024.[4]", "The plant was shelled in October 2024.[4]", "2024-10"),
        ("June 7.[14", "Forces advanced on June 7.[14] Others held.", "2025-06-07"),
    ],
)
def test_a_part_of_a_day_is_that_day_and_a_footnote_no_day(text, sentence, date):
    result = resolve_expression(text, "2025-06-08", sentence=sentence)
    assert result is not None and result.date == date


def test_future_event_is_marked():
    result = resolve_expression(
        "November 2024",
        AUG16,
        sentence="when new presidential elections are held in November 2024.",
    )
    assert result is not None and result.future
    past = resolve_expression("March", AUG16, sentence="In March he visited Caracas.")
    assert past is not None and not past.future


def test_month_in_a_future_sentence_goes_forward():
    result = resolve_expression(
        "November", AUG16, sentence="The President will travel in November."
    )
    assert result is not None and (result.date, result.future) == ("2022-11", True)


def test_the_publication_day_in_a_future_sentence_is_that_day():
    # written on 14 October: today's trip, not next year's
    result = resolve_expression(
        "October 14th", "2022-10-14", sentence="President Biden will travel to Irvine on October 14th."
    )
    assert result is not None and (result.date, result.future) == ("2022-10-14", False)
    ahead = resolve_expression(
        "October 15th", "2022-10-14", sentence="President Biden will travel to Portland on October 15th."
    )
    assert ahead is not None and ahead.date == "2022-10-15"


def test_a_link_around_a_name_ends_no_clause():
    # the past verb after the link dates the month: January before the publication
    sentence = (
        "In January, the HRSA [Bright Futures Program](https://mchb.hrsa.gov/bright-futures) "
        "updated its national guidelines."
    )
    result = resolve_expression("January", "2022-09-30", sentence=sentence)
    assert result is not None and result.date == "2022-01"


def test_explanation_names_expression_and_article():
    result = resolve_expression("March", AUG16, sentence="In March he visited Caracas with Amba.")
    assert result is not None
    assert result.expression == "In March"
    assert result.explanation == "'In March', in an article of 16 Aug 2022"
    since = resolve_expression("2019", AUG16, sentence="Since 2019, the US and dozens")
    assert since is not None and since.expression == "Since 2019"


@pytest.mark.parametrize(
    "text",
    [
        "90 minutes",
        "around 90 minutes",
        "five years",
        "a month",
        "monthly",
        "decades",
        "the 1990s",
        "63-year-old",
        "years",
        "year",
        "the past year",
        "the last two years",
        "the coming weeks",
        "fiscal year 2023",
        "2021-2022",
        "daily",
        "now",
        "the summer",
    ],
)
def test_durations_and_counts_are_not_dates(text):
    assert resolve_expression(text, AUG16) is None


@pytest.mark.parametrize(
    ("text", "published", "sentence", "date", "rule"),
    [
        # A day without a year: the nearer one when nothing says which ...
        ("December 25th", "2023-12-20", "The deadline for this is December 25th.", "2023-12-25", "month and day"),
        ("Nov. 6", "1989-10-30", "The offer expires Nov. 6.", "1989-11-06", "month and day"),
        ("March 12", "1999-04-02", "Talks collapsed on March 12.", "1999-03-12", "month and day"),
        # ... the one the tense of its own verb says, when it is joined to it.
        ("October 24", "2022-09-12", "The exchange was held on October 24.", "2021-10-24", "month and day"),
        ("29 November", "2011-01-20", "He is due to be sentenced on 29 November.", "2011-11-29", "month and day"),
        ("September 20th", "2022-03-01", "Those proceedings commence September 20th.", "2022-09-20", "month and day"),
        ("January", "1989-10-30", "Payments resume in January.", "1990-01", "month"),
        ("this September", "1998-02-05", "The plant opens this September.", "1998-09", "month"),
        # "this Thursday" is the Thursday of the publication's week (here a Tuesday's).
        ("this Thursday", "2021-05-25", "A day of action on May 27th, which is this Thursday.", "2021-05-27", "weekday"),
        ("this Monday", "2021-05-27", "The talks began this Monday.", "2021-05-24", "weekday"),
        # ... but not of the past, said after that day of the week: the coming one.
        ("this Wednesday", "2010-06-13", "BP's chairman will meet Obama this Wednesday.", "2010-06-16", "weekday"),
        # A modifier is read with the date only after its preposition ("this on Friday": no).
        ("Friday", "2022-09-23", "I wish I had had this on Friday.", "2022-09-23", "weekday"),
        # A month joined to a next one that writes the year takes that year.
        ("July", "2022-06-19", "In July and August of 2021, the Department awarded grants.", "2021-07", "month"),
        ("December", "2022-06-19", "In December and January 2022 prices fell.", "2021-12", "month"),
        # ... a list too, its days written either way round ...
        ("14 October", "2026-03-20", "She asked on 14 October, 6 November and 2 December 2024.", "2024-10-14", "month and day"),
        ("6 November and", "2026-03-20", "She asked on 14 October, 6 November and 2 December 2024.", "2024-11-06", "month and day"),
        ("May 5", "2026-03-20", "She wrote on May 5, June 6 and July 7, 2024.", "2024-05-05", "month and day"),
        # ... and a month of a year its day written before ("9 [October 2025]").
        ("October 2025", "2026-03-20", "9 October 2025 – Smith steps aside.", "2025-10-09", "month and year, with its day before it"),
        ("May 2025", "2026-03-20", "Received 3 March 2025; revised 19 May 2025.", "2025-05-19", "month and year, with its day before it"),
        # "you'll recall" looks back: no future cue.
        ("February", "2021-04-14", "So, you'll recall that in February the President ordered more doses.", "2021-02", "month"),
        # "expected to" after a noun (a reduced relative clause) speaks of the future.
        ("Friday", "2010-04-29", "A spill expected to hit the coast on Friday could hurt.", "2010-04-30", "weekday"),
        # A weekday written with the date picks the year in which that day is that weekday.
        ("Saturday 23 January", "2010-01-20", "The telethon will be screened on Saturday 23 January.", "2010-01-23", "weekday and date"),
        ("Sunday 6 September", "2015-12-01", "It ended on Sunday 6 September.", "2015-09-06", "weekday and date"),
        ("this Saturday, May 1st", "2021-04-30", "It will be launched this Saturday, May 1st.", "2021-05-01", "weekday and date"),
        ("June of '22", "2023-05-01", "It began in June of '22.", "2022-06", "two-digit year"),
        ("the Sept 11 attacks", "2010-05-04", "Since the Sept 11 attacks, security grew.", "2001-09-11", "named day"),
        ("Thanksgiving", "2022-08-16", "We meet at Thanksgiving.", "2022-11-24", "named day"),
        ("yesterday", "2022-08-16", "It rained yesterday.", "2022-08-15", "yesterday/tomorrow"),
        ("Sunday night", "2022-08-16", "He spoke Sunday night.", "2022-08-14", "weekday"),
        ("early this morning", "2022-10-01", "He approved it early this morning.", "2022-10-01", "publication day"),
        ("yesterday afternoon", "2022-10-01", "It fell yesterday afternoon.", "2022-09-30", "yesterday/tomorrow"),
        ("nineteen ninety-six", "1998-01-15", "In nineteen ninety-six it changed.", "1996", "year in words"),
        ("June last year", "1998-02-19", "It opened in June last year.", "1997-06", "month of this/last/next year"),
        ("3 March last year", "2024-01-17", "On 3 March last year it shut.", "2023-03-03", "day of this/last/next year"),
        ("the end of the year", "1989-10-30", "It closes by the end of the year.", "1989", "end of the year or month"),
        # Issue 15 (TempEval-3 development documents): a word pointing at the date ...
        ("Jan. 14", "2000-01-05", "He gave no reason for the Jan. 14 deadline.", "2000-01-14", "month and day"),
        ("1990", "1989-10-30", "It would dilute earnings in both 1990 and 1991.", "1990", "year"),
        # ... a possessive's "s" is no word before a year ...
        ("1989", "1989-10-30", "It is reported in the company's 1989 operating results.", "1989", "year"),
        # ... "since" a day is before it, whatever the verb ...
        ("Oct. 23", "1999-05-06", "They have searched for him since shortly after the Oct. 23 slaying.", "1998-10-23", "month and day"),
        # ... an abbreviation's period does not end the clause, and an expression that
        # opens the sentence takes its main verb's tense ...
        ("January", "1998-10-25", "In January, a week after Roe vs. Wade, a bombing killed a guard.", "1998-01", "month"),
        ("January", "1989-10-27", "In January, American Medical brought in a new chief executive.", "1989-01", "month"),
        # ... a verb before the expression governs it before one after ...
        ("August", "1998-02-13", "Qantas will double its flights by August in the search for markets untouched by the crisis.", "1998-08", "month"),
        # ... "effective" looks ahead; "next to", "succeed" and names say no tense ...
        ("Feb. 1", "1989-10-26", "U.S. Trust also created an office of the chairman, effective Feb. 1.", "1990-02-01", "month and day"),
        ("Feb. 1", "1989-10-26", "Mr. Schwarz will succeed Daniel P. Davison Feb. 1.", "1990-02-01", "month and day"),
        ("Friday", "1998-08-08", "Many died in the blasts next to the embassies on Friday.", "1998-08-07", "weekday"),
        ("Friday", "1998-08-08", "Talks with Mohammed on Friday.", "1998-08-07", "weekday"),
        # ... but a present of arrival joined to its day looks ahead (tense.py)
        ("Friday", "1998-08-08", "Mohammed arrives on Friday.", "1998-08-14", "weekday"),
        # ... as does a meeting's or a hearing's verb ("meets", "testifies")
        ("on Friday", "2025-09-18", "The Bank of Japan meets on Friday.", "2025-09-19", "weekday"),
        ("Tuesday", "2025-07-10", "Powell testifies Tuesday before the Senate.", "2025-07-15", "weekday"),
        ("on Sunday", "2026-11-07", "We have a very important match on Sunday against Arrieta.", "2026-11-08", "weekday"),
        # ... and the publication's year named without "this".
        ("the full year", "1989-10-30", "He forecast an increase for the full year.", "1989", "the publication's year or month"),
        ("earlier in the year", "1989-10-26", "Use was delayed earlier in the year by rains.", "1989", "the publication's year or month"),
        ("year's end", "1989-10-26", "Rules should be in place by year's end.", "1989", "end of the year or month"),
        ("a year earlier", "1989-10-26", "Assets rose from $12.4 billion a year earlier.", "1988", "a year earlier"),
        # A day written before what happened on it is past; "the start of" is no cue;
        # "as early as" looks ahead.
        ("April 20", "2010-11-17", "The April 20 explosion aboard the rig set off the spill.", "2010-04-20", "month and day"),
        ("April", "2010-12-03", "Estimates at the start of the spill in April eroded confidence.", "2010-04", "month"),
        ("as early as Thursday", "2010-07-27", "The Senate may begin debating the bill as early as Thursday.", "2010-07-29", "weekday"),
        # "starting"/"from" a day, no tense before it in its clause: the day ahead
        ("Wednesday", "2025-06-09", "Residents can return home starting Wednesday, officials said.", "2025-06-11", "weekday"),
        ("Wednesday", "2025-06-13", "Residents were allowed back starting Wednesday.", "2025-06-11", "weekday"),
        # ... or only a past before an infinitive, the act asked for
        ("Monday", "2026-09-13", "The governor asked the department to suspend lane closures beginning Monday.", "2026-09-14", "weekday"),
        # A law or an order that takes effect on a day: ahead ("took effect": behind)
        ("Tuesday", "2026-09-14", "The evacuation covers Dulac and takes effect at 6 a.m. Tuesday.", "2026-09-15", "weekday"),
        ("on Tuesday", "2026-09-14", "The evacuation order took effect on Tuesday.", "2026-09-08", "weekday"),
        ("From Monday", "2009-05-01", "From Monday please welcome our new blog hostess.", "2009-05-04", "weekday"),
        ("on Friday night", "2021-05-10", "Beginning on Friday night, the White House convened a team.", "2021-05-07", "weekday"),
        ("six months from Monday", "2010-07-13", "The commission must report six months from Monday.", "2011-01-12", "counted from a day"),
        ("the middle of October", "1998-02-23", "Oil prices have come down from the middle of October.", "1997-10", "month"),
        ("Election Day", "1998-10-26", "It is a theme of our campaign from now to Election Day.", "1998-11-03", "named day"),
        ("a week or so ago", "1991-02-25", "Then, a week or so ago, he picked Saturday night.", "1991-02-18", "ago"),
        ("Thursday morning", "1999-10-08", "Police arrested him in the early hours of Thursday morning.", "1999-10-07", "weekday"),
        ("the fiscal year ended Jan. 31", "1989-10-31", "In the fiscal year ended Jan. 31, it reported sales of $59.5 million.", "1989-01-31", "month and day"),
    ],
)
def test_years_from_tense_and_the_calendar(text, published, sentence, date, rule):
    when, found = read_expression(text, published, sentence=sentence, start=sentence.find(text))
    assert when is not None, (text, found)
    assert (when.date, found) == (date, rule)


def test_a_fragment_takes_the_tense_of_the_sentence_before():
    alone = read_expression("March", "2021-12-12", "In March.", 3)[0]
    after = read_expression("March", "2021-12-12", "In March.", 3, "He met them.")[0]
    assert alone is not None and after is not None
    assert (alone.date, after.date) == ("2022-03", "2021-03")


def test_deterministic_and_independent_of_call_order():
    first = resolve_expression("Friday", DEC10, sentence="returned on Friday.")
    resolve_expression("Friday", AUG16, sentence="returned on Friday.")
    again = resolve_expression("Friday", DEC10, sentence="returned on Friday.")
    assert first == again


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("2019", "concerning the coronavirus disease 2019 (COVID-19) pandemic"),
        ("1549", "U.S. Airways flight 1549 crash into the Hudson River"),
        ("1040", "fill out the digital 1040-PR form"),
        ("1040", "fill out Form 1040 today"),
        ("2021", "for this reporting period (FY 2021)."),
    ],
)
def test_numbers_that_are_not_years(text, sentence):
    assert resolve_expression(text, AUG16, sentence=sentence) is None


@pytest.mark.parametrize(
    ("text", "sentence", "date", "rule"),
    [
        # The Ethiopian calendar's days and months, in the Gregorian calendar
        ("2018", "Impoundment, which started on Tir 23, 2018 E.C., is on schedule.", "2026-01-31", "Ethiopian day"),
        ("2018", "Payment started on Miyazia 8, 2018 E.C. in both zones.", "2026-04-16", "Ethiopian day"),
        ("2013", "The project was launched in Tahsas 2013 E.C. (December 2020).", "2020-12", "Ethiopian month"),
        ("2017", "The first payment was made on Pagume 3, 2017 E.C.", "2025-09-08", "Ethiopian day"),
        # ... its years, a fiscal year's, and another era's: no Gregorian year, not dated
        ("2013", "They told us in 2013 [E.C.] that the dam would bring water.", None, "a year of the Ethiopian calendar"),
        ("2015", "Delays in 2015 and 2016 E.C. held up the gates.", None, "a year of the Ethiopian calendar"),
        ("2017", "The canal was approved in the 2017 Ethiopian fiscal year.", None, "a year of the Ethiopian calendar"),
        ("2018", "It allocated 3 billion birr in the 2018 EFY budget.", None, "a year of the Ethiopian calendar"),
        ("1445", "The mosque was rebuilt in 1445 AH.", None, "a year of the islamic calendar"),
        # ... a day of a Hebrew month, written as an ordinal ("the 10th of Tevet")
        ("the 10th", "It was handed down on the 10th of Tevet.", None, "a day of another calendar's month"),
        # ... a day in figures, year first, far ahead: another calendar's (Bikram Sambat)
        ("2082/10/21", "The licence was cancelled on 2082/10/21 (February 4, 2026).", None, "date in figures, the year first"),
        ("2026/02/04", "The licence was cancelled on 2026/02/04.", "2026-02-04", "date in figures, the year first"),
        # ... not two letters that are a body's before a word in lower case
        ("2019", "In 2019 EC officials rejected the plan.", "2019", "year"),
    ],
)
def test_dates_of_other_calendars(text, sentence, date, rule):
    when, found = read_expression(text, "2026-03-14", sentence=sentence, start=sentence.find(text))
    assert (when.date if when else None, found) == (date, rule)


@pytest.mark.parametrize(
    ("text", "published", "sentence", "date", "precision"),
    [
        # A range of a few days: its first day, the range kept in the expression.
        ("7-8 March", AUG16, "On 7-8 March the leaders met in Brussels.", "2022-03-07", "day"),
        ("March 7-8", AUG16, "The leaders met March 7-8 in Brussels.", "2022-03-07", "day"),
        ("June 26-28", AUG16, "The G7 met on June 26-28 in Elmau.", "2022-06-26", "day"),
        ("March 7–9, 2021", AUG16, "It met on March 7–9, 2021.", "2021-03-07", "day"),
        ("March 30 to April 1", AUG16, "It ran March 30 to April 1.", "2022-03-30", "day"),
        ("November 28-30", AUG16, "The summit will be held November 28-30.", "2022-11-28", "day"),
        # Longer than a week: the month (or the year) that holds the whole range.
        ("March 1 to 31", AUG16, "The drive ran March 1 to 31.", "2022-03", "month"),
        ("January 5 to February 20", AUG16, "It ran January 5 to February 20.", "2022", "year"),
    ],
)
def test_day_ranges(text, published, sentence, date, precision):
    result = resolve_expression(text, published, sentence=sentence)
    assert result is not None, text
    assert (result.date, result.precision) == (date, precision)
    assert text in result.expression


def test_day_range_says_so_in_its_explanation():
    result = resolve_expression("7-8 March", AUG16, sentence="On 7-8 March the leaders met.")
    assert result is not None and result.expression == "On 7-8 March"
    assert result.explanation == (
        "'On 7-8 March', in an article of 16 Aug 2022 (first day of the range)"
    )
    single = resolve_expression("7 March", AUG16, sentence="On 7 March the leaders met.")
    assert single is not None and "range" not in single.explanation
    # An impossible range is no date at all, not a day of 1928.
    assert resolve_expression("June 26-28", AUG16, sentence="on June 26-28") is not None
    assert resolve_expression("April 30-31", AUG16, sentence="on April 30-31") is None


def test_days_after_a_months_name_are_no_named_day():
    """ "Aug [9-11]", the tagger's span without its month, is three days of August, not
    the attacks of 11 September 2001; "after 9-11" alone still is."""
    sentence = "The talks were held Aug 10-12, not Aug 9-11."
    assert read_expression("9-11", "2025-08-13", sentence, sentence.find("9-11")) == (
        None,
        "days of the month written before",
    )
    sentence = "After 9-11 the rules changed."
    found, rule = read_expression("9-11", "2025-08-13", sentence, sentence.find("9-11"))
    assert found is not None and found.date == "2001-09-11" and rule == "named day"


def test_numbers_far_in_the_future_are_not_years():
    assert resolve_expression("3502", AUG16, sentence="in 3502 cases") is None
    assert resolve_expression("2122", AUG16, sentence="a plan for 2122") is not None
    assert resolve_expression("2123", AUG16, sentence="a plan for 2123") is None


def test_dateparser_answers_are_remembered_between_builds(tmp_path, monkeypatch):
    from generator.chronology import answers, dates

    monkeypatch.setattr(answers, "ANSWERS", answers.ParserAnswers())
    dates._dateparser.cache_clear()
    with answers.remembered_dates(tmp_path):
        first = dates.resolve_expression("March 3, 2021", "2022-08-16")
    assert first is not None and first.date == "2021-03-03"
    assert (tmp_path / answers.ANSWERS_FILE).is_file()
    # A new build (empty memory) answers from the file, without dateparser.
    monkeypatch.setattr(answers, "ANSWERS", answers.ParserAnswers())
    dates._dateparser.cache_clear()

    def no_parser(published):
        raise AssertionError("dateparser was asked again")

    monkeypatch.setattr(answers, "_date_parser", no_parser)
    with answers.remembered_dates(tmp_path):
        again = dates.resolve_expression("March 3, 2021", "2022-08-16")
    assert again == first
    # Another dateparser version: the file is ignored.
    monkeypatch.setattr(answers, "ANSWERS", answers.ParserAnswers())
    dates._dateparser.cache_clear()
    monkeypatch.setattr(answers, "_answers_version", lambda: "other")
    with answers.remembered_dates(tmp_path), pytest.raises(AssertionError, match="asked again"):
        dates.resolve_expression("March 3, 2021", "2022-08-16")
    dates._dateparser.cache_clear()


@pytest.mark.parametrize(
    "text,sentence,date,precision",
    [
        # Friday 2010-05-14: last Thursday is 05-13, the Thursday before last 05-06.
        ("Thursday", "He declared on the Thursday before last that BP would bounce back.", "2010-05-06", "day"),
        ("Thursday", "He declared on Thursday that BP would bounce back.", "2010-05-13", "day"),
        ("the Monday after next", "They will meet on the Monday after next.", "2010-05-24", "day"),
        ("Friday", "He left the Friday before last.", "2010-04-30", "day"),
        ("the week after next", "We will go the week after next.", "2010-05", "month"),
        # "before last" of a longer date is that date's, not the weekday's.
        ("Monday", "He met them the Monday before last year's vote.", "2010-05-10", "day"),
    ],
)
def test_a_week_further_than_last_or_next(text, sentence, date, precision):
    when, _ = read_expression(text, "2010-05-14", sentence, sentence.find(text))
    assert when is not None and (when.date, when.precision) == (date, precision)


def test_a_year_read_alone_takes_the_month_and_day_written_before_it():
    sentence = "The emergency declared in Executive Order 14046 of September 17, 2021, goes on."
    when, rule = read_expression("2021", "2022-09-09", sentence, sentence.find("2021"))
    assert when is not None and (when.date, when.precision) == ("2021-09-17", "day")
    assert rule == "year, with its month and day before it"
    day_first = "It was signed on 17 September 2021."
    when, _ = read_expression("2021", "2022-09-09", day_first, day_first.find("2021"))
    assert when is not None and when.date == "2021-09-17"
    # A range of days: its first ("on or about August 9-10, 2025", a span "2025").
    ranged = "The indictment alleges that on or about August 9-10, 2025, he did it."
    when, _ = read_expression("2025", "2025-09-18", ranged, ranged.find("2025"))
    assert when is not None and (when.date, when.precision) == ("2025-08-09", "day")
    # A year after another word is the year alone; so is one after a day that is none.
    for alone in ("It was signed in May and in 2021.", "It was signed on April 31, 2021."):
        when, _ = read_expression("2021", "2022-09-09", alone, alone.find("2021"))
        assert when is not None and when.date == "2021"


def test_a_day_and_a_year_take_the_month_written_before_them():
    """ "On Wed, Mar [4, 2026] at 7:15 PM ... wrote:": the month the tagger left out is
    the date's (it was April, the day read as a month); a day and a year with no month
    written are the year."""
    sentence = "On Wed, Mar 4, 2026 at 7:15 PM Celeste Arbogast wrote:"
    when, _ = read_expression("4, 2026", "2026-03-05", sentence, sentence.find("4, 2026"))
    assert when is not None and (when.date, when.precision) == ("2026-03-04", "day")
    assert when.expression == "Mar 4, 2026"
    alone = "Sales reached 4, 2026 units."
    when, _ = read_expression("4, 2026", "2026-03-05", alone, alone.find("4, 2026"))
    assert when is not None and (when.date, when.precision) == ("2026", "year")


def test_a_year_read_alone_takes_its_month_and_day_written_before_it_into_the_expression():
    sentence = "I direct that, no later than February 25, 2022, you issue updated guidance."
    when = resolve_expression("2022", "2022-02-01", sentence=sentence, start=sentence.index("2022"))
    assert (when.date, when.precision, when.expression) == ("2022-02-25", "day", "February 25, 2022")


@pytest.mark.parametrize(
    ("text", "sentence", "date"),
    [
        ("the 12th", "On the 12th, the mediator told reporters.", "2024-11-12"),
        ("the 3rd", "What about the boats seized on the 3rd?", "2024-11-03"),
        ("the 17th", "The talks nearly collapsed on the 17th.", "2024-10-17"),
        ("the 25th", "He will return on the 25th and sign.", "2024-11-25"),
        ("the 31st", "It ended on the 31st.", "2024-10-31"),
        ("the 12th", "He was named the 12th President of the college.", None),
        # ... of the month of a date written before it in the sentence, a day no later
        ("the 27th", "The board met on 21 September and we announced it on the 27th.", "2024-09-27"),
        ("the 27th", "It met on September 21 and decided on the 27th.", "2024-09-27"),
        ("the 12th", "It met on 21 September and again on the 12th.", "2024-11-12"),
    ],
)
def test_a_day_of_the_month_alone_is_read_by_the_tense(text, sentence, date):
    """ "On the 12th" in an article of 14 November: a day of this month or the one before
    (or after, for a future), the nearer without a cue; an ordinal before a noun is no
    day."""
    when = resolve_expression(text, "2024-11-14", sentence, sentence.find(text))
    assert (when.date if when else None) == date


@pytest.mark.parametrize(
    ("text", "sentence", "date", "rule"),
    [
        # the weekday of the date written beside it, not the one before the publication
        ("Saturday", "A: It was the 17th of February, a Saturday.", "2024-02-17", "month and day"),
        ("the Tuesday", "I went to Abuja on the Tuesday, the 20th, and left.", "2024-02-20", "day of the month"),
        # or in brackets: "votes on Sunday (10 March)", not the Sunday before
        ("Sunday", "The state votes on Sunday (10 March).", "2024-03-10", "month and day"),
        # not a noun the number counts
        ("Monday", "He spoke on Monday, the 20th anniversary of the attacks.", "2024-03-04", "weekday"),
        # a weekday of no one week; an attribute of this week's event is this week's
        ("Tuesday", "He walked into the secretariat on a Tuesday morning and spoke.", None, "a weekday of no one week"),
        ("Tuesday", "Obama said at a Tuesday news conference.", "2024-03-05", "weekday"),
        # a day of the calendar named, no weekday; a name before a weekday is no such day
        ("Sunday", "It fell during a Remembrance Sunday parade.", None, "a day of the calendar named"),
        ("Friday", "Shops opened on Good Friday.", None, "a day of the calendar named"),
        ("Sunday", "BP told CNN Sunday it would pay.", "2024-03-03", "weekday"),
    ],
)
def test_a_weekday_is_the_date_beside_it_and_no_day_on_a_tuesday(text, sentence, date, rule):
    when, found = read_expression(text, "2024-03-08", sentence, sentence.index(text))
    assert (when.date if when else None, found) == (date, rule)


@pytest.mark.parametrize(
    ("text", "sentence", "date"),
    [
        # "Tuesday last", "Monday next": last Tuesday, next Monday, as older English writes
        ("Tuesday", "The explosion on Tuesday last killed 43.", "1871-03-14"),
        ("Monday", "He will come on Monday next.", "1871-03-27"),
        ("Monday", "He came on Monday last year.", "1871-03-20"),
        # a day of this month ("inst."), of the one before ("ult."), of the next ("prox.")
        ("the 3rd", "I received yours of the 3rd inst. today.", "1871-03-03"),
        ("the 14th ult.", "Your letter of the 14th ult. arrived.", "1871-02-14"),
        ("the 4th prox.", "The inquest resumes on the 4th prox.", "1871-04-04"),
    ],
)
def test_days_written_as_older_letters_write_them(text, sentence, date):
    when, _ = read_expression(text, "1871-03-21", sentence, sentence.find(text))
    assert when is not None and when.date == date
