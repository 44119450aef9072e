"""Fragments, names and the room's talk (events28): a deed named only by its day and a
noun that points back (chronology/unnamed.pointed_deed), a pointing subject of a verb of
happening read with the sentence before (unnamed.unnamed_deed), a date in what a period
leads up to (belongs.run_up), a room speaker's saying not made (exchanges.unconfirmed)
a recalled statement whose content is the room's talk (recalled.said_with_content), a
deed whose object only points back (unnamed.pointed_object) and a thing's pronoun as the
subject, which looks back across a paragraph (unnamed.thing_subject).
Each case a sentence written for the test, the date's expression in it and the rule that
must leave it out, or None for a happening that must stay. Publication date 2022-09-23
(a Friday)."""

from __future__ import annotations

import pytest

from generator.chronology import exchanges
from generator.chronology.events import build_chronology
from generator.chronology.unnamed import pointed_object, thing_subject, unnamed_deed
from generator.ingest.load import load_corpus

from .chronology_fixtures import analyse_by_hand, happening_reason, rule_finds


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        # a deed named by its day and a noun that does not say what was done, in an opening
        # phrase of consequence: the clause is what follows from it
        (
            "In light of today's action, the Administration will consult with Congress on new tools.",
            "today",
            "pointed deed",
        ),
        (
            "With today's announcement, states can now access information about their funding.",
            "today",
            "pointed deed",
        ),
        (
            "With today's announcement, my Administration has nearly exhausted the funding.",
            "today",
            "pointed deed",
        ),
        (
            "In light of today's announcements and the expected increase in supply, CDC is reviewing the plan.",
            "today",
            "pointed deed",
        ),
        # a main clause in the simple past happened after it; what the deed holds, or a
        # noun that says what was done, is told
        ("After today's vote, the Senate adjourned until Monday.", "today", None),
        (
            "As part of today's announcement, the companies committed $1 billion to new plants.",
            "today",
            None,
        ),
        (
            "With today's grants to 40 cities, the Administration will have funded 500 projects.",
            "today",
            None,
        ),
        # a date in what a period leads up to: what went on before it, not on it
        (
            "Her role grew in the run up to the November mid-terms.",
            "the November",
            "run-up",
        ),
        (
            "In the lead-up to the country's November 2021 elections, the regime detained dozens.",
            "November 2021",
            "run-up",
        ),
        ("The events leading up to the explosion on April 20 were examined.", "on April 20", None),
        # a room speaker's saying not made, recalled
        (
            "And last week, you weren't ready to confirm that new facilities might open.",
            "last week",
            "unconfirmed",
        ),
        ("I wasn't able to confirm that on Monday.", "on Monday", "unconfirmed"),
        ("You weren't prepared to confirm yesterday whether he would go.", "yesterday", "unconfirmed"),
        # a clause of its own after the date is not the room's
        (
            "On Monday the President signed the bill, and you didn't confirm it.",
            "On Monday",
            None,
        ),
        # a statement recalled with content that is the room's own talk stays talk
        (
            "That's again — as I said yesterday, I'm not a spokesperson for the Kremlin.",
            "yesterday",
            "talk",
        ),
        (
            "As I noted yesterday, as soon as that call happens, we will provide a readout to you.",
            "yesterday",
            "talk",
        ),
        ("As I said yesterday, the United States will defend every inch of NATO territory.", "yesterday", None),
    ],
)
def test_pointed_deeds_run_ups_and_the_rooms_talk(sentence, expression, reason):
    assert happening_reason(sentence, expression) == reason


def test_someone_elses_saying_not_made_is_no_room_talk():
    assert not rule_finds(exchanges.unconfirmed, "The company did not confirm the sale on Monday.", "on Monday")
    assert rule_finds(exchanges.unconfirmed, "We did not confirm the sale on Monday.", "on Monday")


@pytest.mark.parametrize(
    ("text", "expression", "unnamed"),
    [
        ("That was what happened in 1957.", "in 1957", True),
        ("It happened again on Monday.", "on Monday", True),
        ("This took place last week.", "last week", True),
        # what happened said, or a clause after "It happened that"
        ("That is what happened to the victims in 1957.", "in 1957", False),
        ("It happened that the President unveiled the plan on Monday.", "on Monday", False),
    ],
)
def test_a_pointing_subject_of_a_verb_of_happening(text, expression, unnamed):
    start = text.index(expression)
    assert unnamed_deed(text, start, start + len(expression)) is unnamed


def test_a_pointing_subject_of_a_verb_of_happening_is_read_with_the_sentence_before(make_seeds):
    text = "About three million people died of the flu worldwide.\nThat was what happened in 1957.\n"
    corpus = load_corpus(make_seeds({"a.txt": f"date 2009-05-12 {text}"}))
    analyses = analyse_by_hand(corpus, {"a": [("in 1957", "DATE")]})
    (event,) = build_chronology(corpus, analyses, {}).events
    assert event.date == "1957"
    assert [s.sentence for s in event.sources] == [1, 2]
    assert "three million" in event.text


@pytest.mark.parametrize(
    ("text", "expression", "pointed"),
    [
        ("President Barack Obama last night used that term.", "last night", True),
        ("The CDC reviewed it on Sunday.", "on Sunday", True),
        ("Secretary Granholm is meeting with these CEOs this week.", "this week", True),
        # an object that says what, or a deed of its own
        ("He met President Putin on Monday.", "on Monday", False),
        ("This vaccine was approved on Saturday.", "on Saturday", False),
    ],
)
def test_a_deed_whose_object_only_points_back(text, expression, pointed):
    start = text.index(expression)
    assert pointed_object(text, start, start + len(expression)) is pointed


def _chronology(make_seeds, text: str, expression: str):
    corpus = load_corpus(make_seeds({"a.txt": f"date 2009-04-30 {text}"}))
    analyses = analyse_by_hand(corpus, {"a": [(expression, "DATE")]})
    return build_chronology(corpus, analyses, {}).events


def test_a_pointed_object_is_read_with_the_deed_before(make_seeds):
    text = "The WHO is now referring to the bug as influenza A.\nPresident Obama last night used that term.\n"
    (event,) = _chronology(make_seeds, text, "last night")
    assert [s.sentence for s in event.sources] == [1, 2]
    assert "influenza A" in event.text


def test_a_pointed_object_with_no_deed_before_stays_alone(make_seeds):
    text = "But we'll see.\nPresident Obama last night used that term.\n"
    (event,) = _chronology(make_seeds, text, "last night")
    assert [s.sentence for s in event.sources] == [2]


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("It was finally mothballed by Mikhail Gorbachev in 1989.", True),
        ("That was more than 40 years ago.", True),
        ("This comes on top of the news that uninsurance fell.", True),
        ("This is President Biden's twenty-first round of nominees in 2022.", False),
        ("He said 160 passengers were screened yesterday.", False),
        ("This Executive Order strengthens the military justice system.", False),
        ("That loss exacerbated the storm surge in 2005.", False),
        # an "it" that stands for the clause after it
        ("It has emerged that the regulator criticised Transocean in 2005.", False),
    ],
)
def test_a_things_pronoun_as_subject(text, thing):
    assert thing_subject(text) is thing


def test_a_things_pronoun_looks_back_across_a_paragraph(make_seeds):
    text = "The Soviet reactor programme ran for decades.\nIt was finally mothballed in 1989.\n"
    (event,) = _chronology(make_seeds, text, "in 1989")
    assert [s.sentence for s in event.sources] == [1, 2]
    text = "The Soviet official ran the programme for decades.\nHe retired from the programme in 1989.\n"
    (event,) = _chronology(make_seeds, text, "in 1989")
    assert [s.sentence for s in event.sources] == [2]
