"""Every temporal expression of a document as the chronology reads it
(chronology/expressions.py): ranges as their two ends, named days that spaCy calls
events, dates that refer back to the one before."""

from __future__ import annotations

from generator.chronology.events import dated_expressions
from generator.chronology.expressions import read_dates
from generator.ingest.load import load_corpus

from .chronology_fixtures import analyse_by_hand


def _read(make_seeds, text, marks):
    corpus = load_corpus(make_seeds({"a.txt": text}))
    return [
        (r["text"], r["value"], r["rule"])
        for r in read_dates(corpus, analyse_by_hand(corpus, {"a": marks}))
    ]


def test_a_range_of_two_points_is_read_as_its_two_ends(make_seeds):
    read = _read(
        make_seeds,
        "date 1989-10-30 Crane bought 254,200 shares from Sept. 14 to Thursday. Attacks "
        "happened between 1994 and 1997. The leaders met on 7-8 March. Output fell, "
        "compared to July to September 2009. Vaccines were tracked from December 14 "
        "through January 13, 1989.\n",
        [
            ("Sept. 14 to Thursday", "DATE"),
            ("between 1994 and 1997", "DATE"),
            ("7-8 March", "DATE"),
            ("July to September 2009", "DATE"),
            ("from December 14 through January 13, 1989", "DATE"),
        ],
    )
    assert read == [
        ("Sept. 14", "1989-09-14", "month and day, an end of a range"),
        ("Thursday", "1989-10-26", "weekday, an end of a range"),
        ("1994", "1994", "year, an end of a range"),
        ("1997", "1997", "year, an end of a range"),
        # A range of a few days stays one expression, dated by its first day.
        ("7-8 March", "1989-03-07", "range of days"),
        # The first end in the year of the second.
        ("July", "2009-07", "dateparser, an end of a range"),
        ("September 2009", "2009-09", "dateparser, an end of a range"),
        # ... or in the year before, as a range runs forward
        ("December 14", "1988-12-14", "dateparser, an end of a range"),
        ("January 13, 1989", "1989-01-13", "dateparser, an end of a range"),
    ]


def test_a_named_day_spacy_calls_an_event_is_a_date(make_seeds):
    read = _read(
        make_seeds,
        "date 2000-01-07 Elian was found on Thanksgiving Day clinging to an inner tube. "
        "The Gulf War changed the region.\n",
        [("Thanksgiving Day", "EVENT"), ("The Gulf War", "EVENT")],
    )
    assert read == [("Thanksgiving Day", "1999-11-25", "named day")]  # no war as a date


def test_a_date_that_refers_back_is_read_from_the_date_before(make_seeds):
    read = _read(
        make_seeds,
        "date 2000-01-28 Munero fled to Florida in June 1998 and returned to Cuba later "
        "that year. Appeals take 14 days; the ruling comes seven days later.\n",
        [
            ("June 1998", "DATE"),
            ("later that year", "DATE"),
            ("14 days", "DATE"),
            ("seven days later", "DATE"),
        ],
    )
    assert read[1] == ("later that year", "1998", "from the date before")
    # After a duration nothing is referred to.
    assert read[3][1] is None


def test_a_dateline_alone_on_its_line_is_read_but_dates_no_event(make_seeds):
    text = (
        "date 1998-08-08\nJOHANNESBURG, August 7 (Xinhua) --\n\n"
        "South Africa deplored Friday the bomb blasts in Kenya.\n"
    )
    corpus = load_corpus(make_seeds({"a.txt": text}))
    document = corpus.documents[0]
    assert document.skipped[0][2] == "dateline"  # a line ending in a dash is no title
    analyses = analyse_by_hand(corpus, {"a": [("August 7", "DATE"), ("Friday", "DATE")]})
    read = [(r["text"], r["value"], r["rule"]) for r in read_dates(corpus, analyses)]
    assert read == [
        ("August 7", "1998-08-07", "dateline"),
        ("Friday", "1998-08-07", "weekday"),
    ]
    dated = [when.expression for _, when, _ in dated_expressions(document, analyses[0])]
    assert dated == ["Friday"]


def test_a_dateline_dates_the_lead_it_opens(make_seeds):
    text = (
        "date 2010-05-14\nHOUSTON, April 29 (Reuters) -- A massive oil spill could hit the "
        "coast, officials said.\n"
    )
    corpus = load_corpus(make_seeds({"a.txt": text}))
    document = corpus.documents[0]
    analyses = analyse_by_hand(corpus, {"a": [("April 29", "DATE")]})
    dated = [(w.date, w.rule) for _, w, _ in dated_expressions(document, analyses[0])]
    assert dated == [("2010-04-29", "month and day")]


def test_a_day_without_a_year_takes_the_year_of_its_paragraphs_story(make_seeds):
    read = _read(
        make_seeds,
        "date 2022-06-27 Major Duffy served in Vietnam from April 14 – 15, 1972. In the "
        "early morning of April 15, he led evacuees.\n\n"
        "In 1918, there was a first wave of mild flu in April. It will be remembered on "
        "April 15.\n\n"
        "Two agents were charged in the Dec. 21, 1988, bombing. They were removed in "
        "April. The 1988 treaty held. On May 1, the pipeline opened.\n\n"
        "On June 21, it was signed.\n",
        [
            ("April 14 – 15, 1972", "DATE"),
            ("April 15", "DATE"),
            ("1918", "DATE"),
            ("April", "DATE"),
            ("April 15", "DATE"),
            ("Dec. 21, 1988", "DATE"),
            ("April", "DATE"),
            ("1988", "DATE"),
            ("May 1", "DATE"),
            ("June 21", "DATE"),
        ],
    )
    story = "in the year of its paragraph's story"
    assert read == [
        ("April 14 – 15, 1972", "1972-04-14", "range of days"),
        ("April 15", "1972-04-15", f"month and day, {story}"),
        ("1918", "1918", "year"),
        ("April", "1918-04", f"month, {story}"),
        ("April 15", "2023-04-15", "month and day"),  # what will be is not the story's
        ("Dec. 21, 1988", "1988-12-21", "dateparser"),
        # A year in passing, before a noun, tells no story.
        ("April", "2022-04", "month"),
        ("1988", "1988", "year"),
        ("May 1", "2022-05-01", "month and day"),
        ("June 21", "2022-06-21", "month and day"),  # another paragraph
    ]


def test_a_story_year_read_from_the_date_before_goes_on_in_a_file_of_one_sentence_a_line(make_seeds):
    text = (
        "date 2009-04-30 Health officials took a leaf from an even more heroic 1918 figure.\n"
        "In June of that awful year, the officer had handbills printed.\n"
        "In November, when the second wave came, he printed more.\n"
        "Officials met.\n"
        "In March, the campaign was launched.\n"
    )
    marks = [("1918", "DATE"), ("June", "DATE"), ("November", "DATE"), ("March", "DATE")]
    story = "in the year of its paragraph's story"
    assert _read(make_seeds, text, marks) == [
        ("1918", "1918", "year"),
        ("June", "1918-06", "month, of the year referred to"),
        ("November", "1918-11", f"month, {story}"),
        ("March", "2009-03", "month"),  # not the next sentence: the story is over
    ]
    # Paragraphs set apart by blank lines: a story stays in its paragraph.
    apart = text.replace("\n", "\n\n").replace("date 2009-04-30 ", "date 2009-04-30\n\n")
    assert _read(make_seeds, apart, marks)[2] == ("November", "2008-11", "month")


def test_a_span_of_days_is_dated_by_its_first_day(make_seeds):
    read = _read(
        make_seeds,
        "date 2010-05-27 The Monday-through-Wednesday delivery was cut. They met from Friday "
        "to Sunday. He came on Monday and left on Wednesday. Tours are on Saturday, May 8 and Sunday, May 9.\n",
        [
            ("Monday", "DATE"),
            ("Wednesday", "DATE"),
            ("from Friday to Sunday", "DATE"),
            ("Monday", "DATE"),
            ("Wednesday", "DATE"),
            ("Saturday, May 8 and Sunday, May 9", "DATE"),
        ],
    )
    assert read == [
        ("Monday", "2010-05-24", "weekday"),
        ("Wednesday", None, "the last day of a range of days"),
        ("Friday", "2010-05-21", "weekday, the first day of a range of days"),
        ("Sunday", None, "the last day of a range of days"),
        # "and" joins two days, not a span.
        ("Monday", "2010-05-24", "weekday"),
        ("Wednesday", "2010-05-26", "weekday"),
        ("Saturday, May 8", "2010-05-08", "weekday and date, an end of a range"),
        ("Sunday, May 9", "2010-05-09", "weekday and date, an end of a range"),
    ]


def test_that_night_does_not_refer_back_to_the_present(make_seeds):
    """ "That" points away from now: after "today", "that night" is a night the text has
    not dated (the night of the fire, told of before), not the publication's; after a
    day written, it is that day's."""
    read = _read(
        make_seeds,
        "date 2022-11-25 Lindley was jailed for 14 years today. \"You knew he would be on "
        "duty that night,\" the judge said. The fire began on February 14, 2021. Later "
        "that night the roof fell.\n",
        [
            ("today", "DATE"),
            ("that night", "TIME"),
            ("February 14, 2021", "DATE"),
            ("Later that night", "TIME"),
        ],
    )
    values = {text: value for text, value, _ in read}
    assert values["today"] == "2022-11-25"
    assert values.get("that night") is None
    assert values["Later that night"] == "2021-02-14"


def test_a_timelines_date_run_into_its_entry_is_read_without_it(make_seeds):
    # "[May 2 - Obama]": the tagger runs a timeline entry's date on past its dash
    read = _read(
        make_seeds,
        "date 2010-07-23 Timeline.\n\nMay 2 - Ann Lee visits the coast.\n\n"
        "June 18 - Zentrix Petroleum says it will pay.\n\n"
        "The fair runs May 2 - May 5 in Veldra.\n",
        [
            ("May 2 - Ann", "DATE"),
            ("June 18 - Zentrix Petroleum", "DATE"),
            ("May 2 - May 5", "DATE"),
        ],
    )
    assert [(text, value) for text, value, _ in read] == [
        ("May 2", "2010-05-02"),
        ("June 18", "2010-06-18"),
        ("May 2 - May 5", "2010-05-02"),  # a range keeps its dash
    ]


def test_a_timelines_entry_the_tagger_missed_is_dated_by_its_opening(make_seeds):
    read = _read(
        make_seeds,
        "date 2026-02-13 Timeline of the Zentrix pier fire.\n\n"
        "1998 - The pier is built.\n\n"
        "Oct 5, 2025 - Fire breaks out under the east landing.\n\n"
        "21:40 - The first crews arrive.\n\n"
        "Oct 7 - Divers find the cause. That evening the pier reopens.\n\n"
        "Jan 27 - An inquiry opens in Veldra.\n",
        [("Oct 5, 2025", "DATE"), ("That evening", "TIME")],  # the rest untagged
    )
    assert [(text, value) for text, value, _ in read] == [
        ("1998", "1998"),
        ("Oct 5, 2025", "2025-10-05"),
        # (a time of day alone opens no date: it is the day of the entry before)
        ("Oct 7", "2025-10-07"),
        ("That evening", "2025-10-07"),
        ("Jan 27", "2026-01-27"),
    ]


def test_outside_a_timeline_an_untagged_day_is_read_once_as_a_written_day(make_seeds):
    read = _read(make_seeds, "date 2026-02-13 Oct 7 - Divers find the cause.\n", [])
    assert [(text, value) for text, value, _ in read] == [("Oct 7", "2025-10-07")]


def test_a_day_written_with_its_months_name_the_tagger_missed_is_read(make_seeds):
    """ "Aug 10-12", "4 August", "Sept. 30, 2025": read though untagged; not a number
    going on ("May 5,000"), nor a day the tagger read already ("on Aug 10")."""
    read = _read(
        make_seeds,
        "date 2025-08-19 They met on Aug 10. Talks in Mexico City on Aug 10-12 ended "
        "without agreement. The blast on 4 August killed nine. Work ends by Sept. 30, "
        "2025. May 5,000 people come?\n",
        [("Aug 10", "DATE")],
    )
    assert [(text, value) for text, value, _ in read] == [
        ("Aug 10", "2025-08-10"),
        ("Aug 10-12", "2025-08-10"),
        ("4 August", "2025-08-04"),
        ("Sept. 30, 2025", "2025-09-30"),
    ]


def test_a_day_written_in_figures_the_tagger_missed_is_read(make_seeds):
    """ "on 27.04.2026." (the full stop after, as Slavic and German texts write it),
    "dated 25.01.2026": read though untagged, in a sentence where the tagger read
    another time too; not a version's number ("v2.12.2026.1"), nor a citation's date in
    square brackets ("[Tweet, 26.04.2026]": the source's), nor one with strokes, whose
    order only its writer's country tells ("10/03/2026")."""
    read = _read(
        make_seeds,
        "date 2026-04-28 The prosecutor on 27.04.2026. filed an indictment in March. "
        "The report dated 25.01.2026 was false. Firmware v2.12.2026.1 shipped. "
        "[[Tweet, 26.04.2026]](https://x.com/a/1) [[Tweet](https://x.com/b/2), 8.4.2026] "
        "Published on 10/03/2026.\n",
        [("March", "DATE")],
    )
    assert [(text, value) for text, value, _ in read] == [
        ("27.04.2026", "2026-04-27"),
        ("March", "2026-03"),
        ("25.01.2026", "2026-01-25"),
    ]


def test_dates_with_strokes_are_read_in_the_order_the_document_writes_them(make_seeds):
    """A document that writes "15/04/2026", which only day first reads, writes its other
    dates in figures day first too: "on 7/04/2026" is 7 April, not 4 July, and "on
    03/02/2026", untagged, is read as 3 February; one that writes "04/15/2026" writes
    them month first; one that tells neither leaves its untagged ones unread."""
    day_first = _read(
        make_seeds,
        "date 2026-05-20 The hearing of 15/04/2026 was adjourned. The order executed on "
        "03/02/2026 stands. The agreement was signed on 7/04/2026.\n",
        [("15/04/2026", "DATE"), ("7/04/2026", "DATE")],
    )
    assert [(text, value) for text, value, _ in day_first] == [
        ("15/04/2026", "2026-04-15"),
        ("03/02/2026", "2026-02-03"),
        ("7/04/2026", "2026-04-07"),
    ]
    month_first = _read(
        make_seeds,
        "date 2026-05-20 The hearing of 04/15/2026 was adjourned. The agreement was "
        "signed on 3/04/2026.\n",
        [("04/15/2026", "DATE"), ("3/04/2026", "DATE")],
    )
    assert [value for _, value, _ in month_first] == ["2026-04-15", "2026-03-04"]
    untold = _read(
        make_seeds,
        "date 2026-05-20 The order executed on 03/02/2026 stands. Signed on 4/05/2026.\n",
        [("4/05/2026", "DATE")],
    )
    assert [(text, value) for text, value, _ in untold] == [("4/05/2026", "2026-04-05")]


def test_a_day_put_off_to_lies_after_the_day_it_was_set_for(make_seeds):
    """ "first set for Jan. 12, was postponed to Feb. 9" in a story of 14 April: the
    Feb. 9 after Jan. 12, gone by, not next year's; nor is the day a case was adjourned
    to on March 3 next year's. With no day set for before it, the day put off to is
    ahead ("postponed to May 5": the coming one)."""
    read = _read(
        make_seeds,
        "date 2026-04-14 Jury selection, first set for Jan. 12, was postponed to Feb. 9. "
        "On March 3, the court adjourned the case to April 10. The vote was postponed "
        "to May 5. He lost the money in March of 2020.\n",
        [
            ("Jan. 12", "DATE"),
            ("Feb. 9", "DATE"),
            ("March 3", "DATE"),
            ("April 10", "DATE"),
            ("May 5", "DATE"),
            ("March", "DATE"),
            ("2020", "DATE"),
        ],
    )
    assert [(text, value) for text, value, _ in read] == [
        ("Jan. 12", "2026-01-12"),
        ("Feb. 9", "2026-02-09"),
        ("March 3", "2026-03-03"),
        ("April 10", "2026-04-10"),
        ("May 5", "2026-05-05"),
        ("March", "2020-03"),  # "in March of 2020": the year written after "of"
        ("2020", "2020"),
    ]
