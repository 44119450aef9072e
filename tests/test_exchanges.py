"""The room's own exchanges (chronology/exchanges.py), a greeting after a filler
(chronology/speech.py) and a speaker's step read with the sentence that tells it
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
        # the room's questions, and the speakers' taking of them
        (
            "Last week there were some questions about this; you also asked about cost.",
            "Last week",
            "room questions",
        ),
        (
            "We will keep our comments brief this morning, so we can get to your questions.",
            "this morning",
            "room questions",
        ),
        (
            "I'm happy to take a few questions on what we are covering this week.",
            "this week",
            "room questions",
        ),
        (
            "So that is something that, you know, I know this was asked to me yesterday.",
            "yesterday",
            "room questions",
        ),
        # the speaker's own words the room heard on the date
        (
            "We have not seen these preparations, as you heard me say yesterday.",
            "yesterday",
            "room questions",
        ),
        # what the room heard someone else say, or what was said, is stated and stays
        ("You heard my colleague at the State Department say that yesterday.", "yesterday", None),
        ("As you heard me say, our exports doubled this week.", "this week", None),
        # questions about a named matter are news of their own
        ("There were questions about that decision from lawmakers on Monday.", "on Monday", None),
        (
            "On Monday there were questions about whether the company knew of the leak.",
            "On Monday",
            None,
        ),
        # a speaker's doubt in a clause after "but"
        (
            "I'm happy to follow up on it for you, but I'm not aware of their plans to attend the events tomorrow.",
            "tomorrow",
            "doubt",
        ),
        ("We'll look into it, but we're not aware of any travel this week.", "this week", "doubt"),
        # a doubt whose clause ends before the date, or a quotation's, does not govern it
        ("“We don't know how toxic it is,” the chemist said on Monday.", "on Monday", None),
        (
            "We'll check, but I'm not sure; the President met the governors on Monday.",
            "on Monday",
            None,
        ),
        # the speaker's own earlier words with their content stated are the statement made
        # then (recalled.py; judge-6161), without content the room's talk (speech.talk)
        ("As I laid out last week, we will focus on vaccinating millions.", "last week", None),
        (
            "I would reiterate — something I conveyed yesterday — that he opposes it.",
            "yesterday",
            None,
        ),
        ("It is something I conveyed yesterday.", "yesterday", "talk"),
        (
            "I apologize, our time is pretty limited here this morning.",
            "this morning",
            "call logistics",
        ),
        ("As I said, the President laid out his plan in a speech last week.", "last week", None),
        # a speaker's appeal dated by the day of speaking; one naming a happening stays
        ("So I'm asking you today to remember our Hidden Helpers.", "today", "appeal"),
        (
            "I invite everybody to tune into the President's remarks later today.",
            "later today",
            None,
        ),
        # a holiday wished after a filler
        ("And just Happy Thanksgiving.", "Thanksgiving", "greeting"),
        ("Just a Thanksgiving message went out to the troops.", "Thanksgiving", None),
    ],
)
def test_the_rooms_exchanges(sentence, expression, reason):
    assert happening_reason(sentence, expression) == reason


@pytest.mark.parametrize(
    ("text", "leads"),
    [
        ("Today, we're taking another step in building an equitable response.", True),
        ("Yesterday, we took an important first step in our booster program.", True),
        ("Tonight, we’ve taken another critical step toward lowering costs.", True),
        ("Today, the President is taking significant steps in response to the coup.", True),
        # steps taken by others are reported with what they did; a step marked is a comment;
        # "this step" was told before; a long sentence tells its step itself
        ("We are taking this step to be clear that safety comes first.", False),
        (
            "The United States is also taking steps to counter digital transnational repression "
            "and risks posed by foreign commercial spyware, with partners in Europe and Asia.",
            False,
        ),
        ("Today, Congress took a critical step to protect marriage.", False),
        ("And today, with this announcement, we mark a real step forward.", False),
        ("Well, we're taking a number of steps, which I'm happy to outline.", False),
        ("We took a step back from the talks.", False),
    ],
)
def test_a_speakers_step_leads_in(text, leads):
    assert lead_in(text) is leads


def test_a_speakers_step_is_read_with_the_sentence_that_tells_it(make_seeds):
    text = (
        "Today, we're taking another step in building an equitable response. "
        "The state of Washington will receive its first community vaccination site.\n"
    )
    corpus = load_corpus(make_seeds({"a.txt": f"date 2021-03-22 {text}"}))
    item = first_item(corpus.documents[0], 1)
    assert item is not None and "Washington" in item.text
    analyses = analyse_by_hand(corpus, {"a": [("Today", "DATE")]})
    (event,) = build_chronology(corpus, analyses, {}).events
    assert event.date == "2021-03-22"
    assert [s.sentence for s in event.sources] == [1, 2]
    assert "vaccination site" in event.summary


def test_a_speakers_step_is_not_read_with_the_next_paragraph(make_seeds):
    text = (
        "Today, we're taking another step in building an equitable response.\n\n"
        "Q  Can you tell us more about the schedule?\n"
    )
    corpus = load_corpus(make_seeds({"a.txt": f"date 2021-03-22 {text}"}))
    assert first_item(corpus.documents[0], 1) is None
