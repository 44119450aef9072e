"""A deed named only by a pointing word, read with the sentence before that names it or
left out; news the speaker received, read with the sentence that tells it
(chronology/unnamed.py)."""

from __future__ import annotations

import pytest

from generator.chronology.events import build_chronology
from generator.chronology.unnamed import names_a_deed, news_lead_in, unnamed_deed
from generator.ingest.load import load_corpus

from .chronology_fixtures import analyse_by_hand


def _unnamed(text: str, expression: str) -> bool:
    start = text.index(expression)
    return unnamed_deed(text, start, start + len(expression))


@pytest.mark.parametrize(
    ("text", "expression", "unnamed"),
    [
        ("He'll do that next week too.", "next week", True),
        ("And you will see that action on Tuesday.", "on Tuesday", True),
        ("We did it again yesterday.", "yesterday", True),
        ("Today, we took those steps.", "Today", True),
        # "that" opening a clause, or a deed that says what was done
        ("Today, the President announced that he will travel to Ohio.", "Today", False),
        ("The Department of Treasury will announce these entities tomorrow.", "tomorrow", False),
        ("We saw it last night in this devastating attack.", "last night", False),
        ("He did that in April to cut emissions.", "in April", False),
        ("Hence, that's what he will be doing this afternoon.", "this afternoon", True),
        ("That's what the Secretary said yesterday.", "yesterday", False),
    ],
)
def test_a_deed_named_only_by_a_pointing_word(text, expression, unnamed):
    assert _unnamed(text, expression) is unnamed


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The President set an ambitious national target for emissions.", True),
        ("The President will meet the governors of five states.", True),
        ("That's why we must make a commitment to the Gulf Coast.", True),
        ("The President is sending a letter to Congress.", True),
        ("It was important to the President to meet with the FEMA Administrator.", True),
        ("But we'll see.", False),
        ("Our relationship with Mexico is a priority, as you know.", False),
        ("The President firmly believes our relationship with Mexico is a priority.", False),
        ("Is he going to meet with the governors at all?", False),
    ],
)
def test_a_sentence_that_names_a_deed(text, names):
    assert names_a_deed(text) is names


def _events(make_seeds, text: str, expression: str):
    corpus = load_corpus(make_seeds({"a.txt": f"date 2021-03-22 {text}"}))
    analyses = analyse_by_hand(corpus, {"a": [(expression, "DATE")]})
    return build_chronology(corpus, analyses, {}).events


def test_a_pointing_word_is_read_with_the_deed_before(make_seeds):
    text = "The President will meet the governors of five states. He'll do that tomorrow.\n"
    (event,) = _events(make_seeds, text, "tomorrow")
    assert event.date == "2021-03-23"
    assert [s.sentence for s in event.sources] == [1, 2]
    assert "governors" in event.summary


def test_a_pointing_word_with_no_deed_before_is_no_event(make_seeds):
    text = "Our relationship with Mexico is a priority. And you will see that action tomorrow.\n"
    assert _events(make_seeds, text, "tomorrow") == ()


@pytest.mark.parametrize(
    ("text", "leads"),
    [
        ("Today, we received further evidence that our jobs recovery is strong.", True),
        ("But today we got further evidence that our recovery is continuing.", True),
        ("Today, we received news confirming the strength of the economy: GDP rose.", False),
        ("BP also received good news from Fitch this morning.", False),
        ("Today we received 12 new reports of cases.", False),
    ],
)
def test_news_received_leads_in(text, leads):
    assert news_lead_in(text) is leads


def test_news_received_is_read_with_the_sentence_that_tells_it(make_seeds):
    text = (
        "Today, we received further evidence that our jobs recovery is one of the strongest. "
        "It is a testament to the hard work of American families.\n"
    )
    (event,) = _events(make_seeds, text, "Today")
    assert [s.sentence for s in event.sources] == [1, 2]
    assert "testament" in event.summary


def test_news_received_that_tells_a_level_is_a_figure(make_seeds):
    """What the next sentence tells is a level (a statistic's release): no event
    (chronology/measured: news_figure)."""
    text = (
        "Today, we received further evidence that our jobs recovery is one of the strongest. "
        "Weekly jobless claims fell to their lowest level since 1969.\n"
    )
    assert _events(make_seeds, text, "Today") == ()
