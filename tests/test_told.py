"""The day each part of a page is told from (chronology/told.py): a dateline or a post
header inside the page re-anchors "today", weekdays and "yesterday" for the text after
it; a live blog's label names the blog's day, no event's; "two hours ago" is the day it
was told on."""

from __future__ import annotations

from generator.chronology.dates import read_expression
from generator.chronology.events import build_chronology
from generator.chronology.expressions import read_dates
from generator.chronology.told import told
from generator.ingest.load import load_corpus

from .chronology_fixtures import analyse_by_hand


def _read(make_seeds, text, marks):
    corpus = load_corpus(make_seeds({"a.txt": text}))
    return [
        (r["text"], r["value"], r["rule"])
        for r in read_dates(corpus, analyse_by_hand(corpus, {"a": marks}))
    ]


def test_a_dateline_inside_a_page_dates_its_story_until_the_next(make_seeds):
    # A compilation page of Friday 14 May: the second story is the one of 29 April.
    read = _read(
        make_seeds,
        "date 2010-05-14\n"
        "HOUSTON (Reuters) -- BP geared up on Thursday for its latest attempt.\n\n"
        "HOUSTON, April 29 (Reuters) -- A spill expected to hit the coast on Friday could "
        "affect shipments, officials said on Thursday.\n\n"
        "The Coast Guard set a controlled burn on Wednesday.\n\n"
        "HOUSTON (Reuters) -- President Obama pledged on Thursday to use every resource.\n",
        [
            ("Thursday", "DATE"),
            ("Friday", "DATE"),
            ("Thursday", "DATE"),
            ("Wednesday", "DATE"),
            ("Thursday", "DATE"),
        ],
    )
    assert read == [
        ("Thursday", "2010-05-13", "weekday"),
        ("Friday", "2010-04-30", "weekday, told on 2010-04-29 by its dateline"),
        ("Thursday", "2010-04-29", "weekday, told on 2010-04-29 by its dateline"),
        ("Wednesday", "2010-04-28", "weekday, told on 2010-04-29 by its dateline"),
        # A dateline without a date opens a story whose day is not written: the page's.
        ("Thursday", "2010-05-13", "weekday"),
    ]


def test_a_post_header_dates_its_post_and_only_when_not_after_the_page(make_seeds):
    read = _read(
        make_seeds,
        "date 2010-06-01\n"
        "May 10, 2010 20:07 UTC With a bill expected this week, a poll was released on "
        "Monday.\n\n"
        "June 3, 2010 9:00 AM A reader wrote that the leak was capped on Monday.\n\n"
        "March 3, 2009 10:00 AM Another said it began on Monday.\n",
        [("Monday", "DATE"), ("Monday", "DATE"), ("Monday", "DATE")],
    )
    assert read == [
        ("Monday", "2010-05-10", "weekday, told on 2010-05-10 by its post header"),
        # Later than the page (a reader's stamp, a list of later posts): no anchor, the
        # post before still holds ...
        ("Monday", "2010-05-10", "weekday, told on 2010-05-10 by its post header"),
        # ... and one more than a year before the page is no header of it either.
        ("Monday", "2010-05-10", "weekday, told on 2010-05-10 by its post header"),
    ]


def test_an_emails_sent_line_dates_its_message(make_seeds):
    """A thread released on Thursday: each message is told on the day its header says
    it was sent ("Sent: Monday, March 9, 2026 5:51 PM", a quoted reply's "On Wed, Mar 4,
    2026 at 7:15 PM ... wrote:"); what is timetabled in the present is ahead of it."""
    read = _read(
        make_seeds,
        "date 2026-03-12\nRE: Resampling\n\n"
        "From: Oyelaran, Martin <m@city.gov>\nSent: Monday, March 9, 2026 5:51 PM\n\n"
        "I would ask that we notify the state tomorrow morning.\n\n"
        "Resampling goes ahead Wednesday and Thursday.\n\n"
        "On Wed, Mar 4, 2026 at 7:15 PM Celeste Arbogast <c@mail.com> wrote:\n\n"
        "> Ray called me yesterday.\n",
        [
            ("tomorrow morning", "TIME"),
            ("Wednesday", "DATE"),
            ("Thursday", "DATE"),
            ("yesterday", "DATE"),
        ],
    )
    assert [(text, value) for text, value, _ in read] == [
        ("tomorrow morning", "2026-03-10"),
        ("Wednesday", "2026-03-11"),
        ("Thursday", "2026-03-12"),
        ("yesterday", "2026-03-03"),
    ]


def test_a_live_blogs_label_names_its_day_not_an_events(make_seeds):
    read = _read(
        make_seeds,
        "date 2010-05-28\n"
        "All Thursday's live updates as they happened BP began pumping mud into the well "
        "at 7pm BST yesterday.\n\n"
        "MSNBC said Monday's flu coverage was event-driven.\n",
        [("Thursday", "DATE"), ("yesterday", "DATE"), ("Monday", "DATE")],
    )
    assert read == [
        ("Thursday", None, "a live blog's day, no event's"),
        ("yesterday", "2010-05-26", "yesterday/tomorrow, told on 2010-05-27 by its live blog"),
        # A weekday's coverage that is no live blog's label is a day like any other
        # (read from Thursday too, the same Monday as from the page's Friday).
        ("Monday", "2010-05-24", "weekday"),
    ]


def test_a_few_hours_ago_is_the_day_it_was_told_on():
    def read(text, clock=None):
        when, rule = read_expression(text, "2021-08-27", clock=clock)
        return (when.date if when else None), rule

    assert read("about two hours ago") == ("2021-08-27", "hours ago")
    assert read("just a few minutes ago") == ("2021-08-27", "hours ago")
    assert read("24 hours ago") == ("2021-08-26", "hours ago")
    # Told at 1 a.m., two hours ago was the day before.
    assert read("about two hours ago", clock=60) == ("2021-08-26", "hours ago")
    assert read("about two hours ago", clock=13 * 60 + 53) == ("2021-08-27", "hours ago")


def test_a_transcripts_head_gives_its_time_of_day(make_seeds):
    corpus = load_corpus(
        make_seeds(
            {
                "a.txt": "date 2021-08-27\nPress Briefing by Press Secretary Jen Psaki\n\n"
                "1:53 P.M. EDT\n\nMS. PSAKI: Hi. The update came about two hours ago.\n"
            }
        )
    )
    document = corpus.documents[0]
    assert told(document, document.date).page.clock == 13 * 60 + 53


def test_an_event_told_from_a_dateline_says_so_in_how_it_was_dated(make_seeds):
    corpus = load_corpus(
        make_seeds(
            {
                "a.txt": "date 2010-05-14\nHOUSTON (Reuters) -- BP geared up on Thursday.\n\n"
                "HOUSTON, April 29 (Reuters) -- The spill grew.\n\n"
                "The Coast Guard set a controlled burn on Wednesday.\n"
            }
        )
    )
    marks = {"a": [("Thursday", "DATE"), ("April 29", "DATE"), ("Wednesday", "DATE")]}
    events = build_chronology(corpus, analyse_by_hand(corpus, marks), {}).events
    assert [(e.date, e.resolution) for e in events] == [
        (
            "2010-04-28",
            "'on Wednesday', in an article of 14 May 2010, told on 29 Apr 2010 by its dateline",
        ),
        ("2010-05-13", "'on Thursday', in an article of 14 May 2010"),
    ]


def test_a_quote_ending_with_its_cited_date_is_told_on_that_day(make_seeds):
    # A page of Thursday 3 March collecting reactions to the address of Tuesday 1 March.
    read = _read(
        make_seeds,
        "date 2022-03-03\n"
        "Members of Congress applaud the address.\n\n"
        "**Senator A:** “Tonight we stand with Ukraine.” [[Tweet](https://x.com/a/1), 3/1/22]\n\n"
        "**Senator B:** “Last night was a good night.” [Statement, 3/2/22]\n\n"
        "Today the White House thanked them.\n",
        [("Tonight", "DATE"), ("Last night", "DATE"), ("Today", "DATE")],
    )
    assert [(text, value) for text, value, _ in read] == [
        ("Tonight", "2022-03-01"),
        ("Last night", "2022-03-01"),
        ("Today", "2022-03-03"),  # after the quotes, the page's own day again
    ]
