"""Figures reported (chronology/tallies.py), a transcript's own talk
(chronology/transcript.py) and a list's lead-in read with its first item
(chronology/lists.py): each case a sentence written for the test, the date's expression
in it and the rule that must leave it out, or None for a happening that must stay.
Publication date 2022-09-23 (a Friday)."""

from __future__ import annotations

import pytest

from generator.chronology.events import build_chronology
from generator.chronology.lists import first_item, lead_in
from generator.ingest.load import load_corpus

from .chronology_fixtures import analyse_by_hand, happening_reason


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a count reported, recorded or administered; a speaker's correction of it
        (
            "Yesterday, the health agency logged over 9,000 daily flu cases.",
            "Yesterday",
            "count reported",
        ),
        (
            "On Monday the clinics recorded 4,120 — 4,210 new patients.",
            "On Monday",
            "count reported",
        ),
        # a count in words
        ("So, today, the clinics recorded over half a million flu shots.", "today", "count reported"),
        # a count a source stated on the date: a perfect, before or after the saying
        (
            "The agency today said that 12 states had recorded 5,003 cases of measles.",
            "today",
            "count reported",
        ),
        (
            "The insurer said on Tuesday that almost 8,000 claims have been filed.",
            "Tuesday",
            "count reported",
        ),
        (
            "About 3,000 claims had been paid by then, the insurer said on Tuesday.",
            "Tuesday",
            "count reported",
        ),
        # a count in the thousands tallied by a passive over a month
        (
            "Some 52,000 travellers were screened at the airport in August.",
            "August",
            "count reported",
        ),
        # what was done to things counted, a day's passive, a toll, a statement of action
        ("The agency shipped 3,000 kits to schools yesterday.", "yesterday", None),
        ("Some 2,000 residents were evacuated from the coast on Tuesday.", "Tuesday", None),
        ("The insurer said on Tuesday that it would pay the claims.", "Tuesday", None),
        # the date's data as the subject of what they show
        ("Today's jobs report shows that the recovery is strong.", "Today", "data shows"),
        (
            "Today's inflation data — which cover August — are a sign of progress.",
            "Today",
            "data shows",
        ),
        ("The figures released today show that prices are falling.", "today", "data shows"),
        # a report's own finding, a release, a forecast of a report
        ("Tuesday's report argued that the industry risked losing customers.", "Tuesday", None),
        ("The agency's data came out earlier this week.", "earlier this week", None),
        # a comparison's other term, with figures; a comparison with a happening
        ("Compared to last year, exports have decreased 40 percent.", "last year", "compared"),
        (
            "The firm posted a loss of $2bn, compared with a profit last year of $1bn.",
            "last year",
            "compared",
        ),
        ("The damage was small compared with the Valdez spill in 1989.", "1989", None),
        (
            "The pumps will move 9,000 barrels a day, versus the 6,100 barrels moved on Monday.",
            "Monday",
            "compared",
        ),
        (
            "Some 300 birds were found oiled, about double the number reported last week.",
            "last week",
            "compared",
        ),
        (
            "It leaked twice the oil that fouled the bay 30 years ago when the tanker sank.",
            "30 years ago",
            None,
        ),
        # a count reached as a milestone; a milestone of an effort
        (
            "Today's milestone of 50 million shots is a credit to the nurses.",
            "Today",
            "count reported",
        ),
        ("Today, we mark a grim milestone: one million lives lost.", "Today", "count reported"),
        (
            "The firm said today it had reached a milestone in its efforts to seal the well.",
            "today",
            None,
        ),
        # a change of a level over a month or a year told by a noun or an -ing form
        ("In 2021, the credit led to a 43% reduction in child poverty.", "2021", "change stated"),
        ("After falling 5 percent last week, the shares recovered.", "last week", "change stated"),
        ("On Monday, the storm led to a 40% drop in power supply.", "Monday", None),
    ],
)
def test_figures_reported(sentence, expression, reason):
    assert happening_reason(sentence, expression) == reason


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # the speaker's own briefing or call named with the date
        (
            "I wanted to pause, at the top of our briefing today, to mark a birthday.",
            "today",
            "own occasion",
        ),
        (
            "When I last spoke at this briefing last Monday, cases were rising.",
            "last Monday",
            "own occasion",
        ),
        (
            "At a June 2nd briefing, you described the visit differently.",
            "June 2nd",
            "own occasion",
        ),
        ("There is nothing new to share from the podium today.", "today", "own occasion"),
        # someone else's call or briefing is a happening
        (
            "The President told the Chancellor in a phone call on Friday that he would help.",
            "Friday",
            None,
        ),
        ("The agency's chief spoke at a briefing in Geneva earlier today.", "earlier today", None),
        # a sentence cut off before its clause is whole, whatever verb it holds
        ("Q  Well, given that Canada, today, objected to this very —", "today", "cut open"),
        ("You said on Tuesday that —", "Tuesday", "cut open"),
        ("And he met the Chancellor in Berlin on Friday as well —", "Friday", None),
        # a question asked in the room, its day a few words from the asking
        (
            "That covers the new filers, which is a question I think someone asked, sort of, yesterday.",
            "yesterday",
            "asked in the room",
        ),
        ("Yesterday, somebody asked about the waiver.", "Yesterday", "asked in the room"),
        # the asking far from the day, or no one in the room asking, is no talk
        ("Someone asked about the waiver, and the agency approved it on Monday.", "Monday", None),
        ("The governor asked for the waiver on Monday.", "Monday", None),
    ],
)
def test_transcript_talk(sentence, expression, reason):
    assert happening_reason(sentence, expression) == reason


@pytest.mark.parametrize(
    ("text", "leads"),
    [
        ("Today, the agencies announced the following new actions.", True),
        ("Today, the President announced his intent to appoint the following individuals:", True),
        ("The President is announcing the following initiatives:**", True),
        ("The reforms are as follows.", True),
        ("The leak in Alaska came the following year.", False),
        ("Today, the agencies announced new actions.", False),
    ],
)
def test_a_lead_in_is_found_by_its_end(text, leads):
    assert lead_in(text) is leads


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a comment on an announcement named only by its day
        (
            "Today's announcements underscore our commitment to clean water.",
            "Today",
            "announcement comment",
        ),
        ("Today's actions are important first steps.", "Today", "announcement comment"),
        (
            "The steps taken today and earlier this week build on our work.",
            "today",
            "announcement comment",
        ),
        ("The grants announced yesterday underscore our commitment.", "yesterday", None),
        # one that says what it holds, or someone's words reported, stays
        ("Today's actions include new sanctions on three banks.", "Today", None),
        ("“Today's action marks a critical step,” the minister told reporters.", "Today", None),
    ],
)
def test_a_comment_on_an_announcement(sentence, expression, reason):
    assert happening_reason(sentence, expression) == reason


def test_a_lead_in_is_read_with_the_first_item_after_its_headings(make_seeds):
    text = (
        "Today, the agencies announced the following new actions.\n\n"
        "**Workforce and Training**\n\n"
        "-  The Labor Department will fund 40 apprenticeship programs on the island.\n\n"
        "-  The Energy Department will map the grid.\n"
    )
    corpus = load_corpus(make_seeds({"a.txt": f"date 2022-12-06 {text}"}))
    document = corpus.documents[0]
    item = first_item(document, 1)
    assert item is not None and "apprenticeship" in item.text
    analyses = analyse_by_hand(corpus, {"a": [("Today", "DATE")]})
    (event,) = build_chronology(corpus, analyses, {}).events
    assert event.date == "2022-12-06"
    assert [s.sentence for s in event.sources] == [1, item.number]
    assert event.summary.startswith("Today, the agencies announced the following new actions.")
    assert "apprenticeship programs" in event.summary
    assert "Workforce and Training" not in event.summary


def test_a_lead_in_with_nothing_after_it_stays_alone(make_seeds):
    text = "Today, the agencies announced the following new actions."
    corpus = load_corpus(make_seeds({"a.txt": f"date 2022-12-06 {text}\n"}))
    assert first_item(corpus.documents[0], 1) is None
    analyses = analyse_by_hand(corpus, {"a": [("Today", "DATE")]})
    (event,) = build_chronology(corpus, analyses, {}).events
    assert [s.sentence for s in event.sources] == [1]
