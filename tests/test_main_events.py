"""What happened (chronology/main_events.py): the story's main events, distinct
happenings in date order, for the home page and the PDF's cover."""

from __future__ import annotations

from types import SimpleNamespace

from generator.chronology.main_events import StoryLine, distinct, lines_for, what_happened
from generator.model import Chronology, Citation, Event, KeyDate

DOCUMENTS = [SimpleNamespace(id=f"d{n}", turns=()) for n in range(6)]
SPAN = ("2022-03-01", "2022-03-20")


def _event(id: str, date: str, summary: str, *sources: tuple[str, int], **more) -> Event:
    precision = {4: "year", 7: "month", 10: "day"}[len(date)]
    cites = tuple(Citation(d, s) for d, s in sources)
    return Event(id, date, precision, summary, summary, date, "", (), cites, **more)


def _story(events, key_dates=(), span=SPAN, count=None):
    events = sorted(events, key=lambda e: (e.date, e.id))
    chronology = Chronology(tuple(events), tuple(KeyDate(d, 1.0, 1, 0) for d in key_dates))
    return [line.event.id for line in what_happened(chronology, DOCUMENTS, span, count)]


def test_the_most_reported_events_in_date_order_cited_to_their_first_source():
    events = [
        _event("a", "2022-03-02", "The talks opened in Geneva with four delegations.", ("d1", 3)),
        _event(
            "b", "2022-03-05", "Troops crossed the northern border at dawn.", ("d2", 4), ("d3", 9)
        ),
        _event(
            "c",
            "2022-03-09",
            "The foreign ministers signed a ceasefire agreement.",
            ("d4", 2),
            ("d5", 2),
        ),
    ]
    chronology = Chronology(tuple(events), ())
    lines = what_happened(chronology, DOCUMENTS, SPAN)
    assert [line.event.id for line in lines] == ["a", "b", "c"]  # date order, all fit
    assert (lines[1].document.id, lines[1].sentence, lines[1].documents) == ("d2", 4, 2)


def test_the_count_follows_the_span_and_ranks_by_documents_and_key_dates():
    assert lines_for(("2022-03-01", "2022-03-10")) == 5
    assert lines_for(("2022-01-01", "2022-12-31")) == 8
    assert lines_for(("2001-01-01", "2022-12-31")) == 10
    sentences = [
        "Talks began between both governments",
        "Heavy rain flooded northern valleys",
        "Cargo ships sailed from southern harbours",
        "Commercial banks closed their branches early",
        "Crowds marched through central squares",
        "Foreign envoys landed at military airfields",
        "Bread prices rose beyond monthly wages",
    ]
    events = [
        _event(f"e{n}", f"2022-03-{n + 1:02d}", f"{text}.", (f"d{n % 6}", n))
        for n, text in enumerate(sentences)
    ]
    events[6] = _event(
        "e6",
        "2022-03-07",
        "Everyone reported this happening across the region.",
        ("d2", 10),
        ("d3", 10),
    )
    # Five lines for a 10-day story: the event two documents report, the key date's,
    # then the earliest.
    assert _story(events, key_dates=["2022-03-06"], span=("2022-03-01", "2022-03-10")) == [
        "e0",
        "e1",
        "e2",
        "e5",
        "e6",
    ]


def test_background_and_repeats_are_left_out():
    events = [
        _event(
            "old",
            "1969-07-20",
            "The regional alliance was founded by twelve nations.",
            ("d1", 1),
            ("d2", 1),
            ("d3", 1),
        ),
        _event("flew", "2022-03-07", "He flew on Tuesday and returned on Friday.", ("d1", 5)),
        _event("back", "2022-03-10", "He flew on Tuesday and returned on Friday.", ("d1", 5)),
        _event("told", "2022-03-08", "The envoy flew to Caracas on a chartered plane.", ("d2", 2)),
        _event("again", "2022-03-09", "The envoy flew to Caracas on a chartered plane!", ("d3", 7)),
        _event(
            "twin",
            "2022-03-12",
            "The leaders summit opened in Brussels.",
            ("d4", 1),
            also_reported=("twin2",),
        ),
        _event("twin2", "2022-03-13", "A meeting of foreign ministers began in Rome.", ("d5", 1)),
        _event(
            "year",
            "2022",
            "This year was hard for farmers everywhere.",
            ("d1", 9),
            ("d2", 9),
            ("d4", 9),
        ),
    ]
    # Not the 1969 background, not the same sentence or summary twice, not the other
    # date of the same happening, not a year-only event; the rest in date order.
    assert _story(events) == ["flew", "told", "twin"]


def test_one_line_a_date_and_none_that_says_too_little():
    events = [
        _event("a", "2022-03-06", "The attack on the capitol shocked lawmakers.", ("d1", 1)),
        _event("b", "2022-03-06", "Rioters stormed the building while Congress met.", ("d2", 1)),
        _event("c", "2022-03-08", "I'm sorry, or March 8th, rather.", ("d3", 1), ("d4", 1)),
        _event("d", "2022-03-09", "Prices of grain rose sharply across markets.", ("d5", 1)),
    ]
    assert _story(events) == ["a", "d"]


def test_no_events_no_lines():
    assert what_happened(Chronology((), ()), DOCUMENTS, SPAN) == []
    one = Chronology((_event("a", "2022-03-02", "Talks began.", ("d1", 1)),), ())
    assert what_happened(one, DOCUMENTS, None) == []


def test_a_line_names_its_source_in_a_few_words():
    event = _event("a", "2022-03-02", "Talks began.", ("d1", 1))
    long = SimpleNamespace(
        outlet="", title="In an effort to secure their release, a US diplomat meets"
    )
    assert StoryLine(event, long, 1, 1).source == "In an effort to secure their…"
    assert StoryLine(event, SimpleNamespace(outlet="CNN", title="x"), 1, 1).source == "CNN"


def test_a_summary_with_words_left_out_comes_after_a_whole_one():
    cut = _event(
        "a", "2022-03-06", "There have been Republicans who came … the path forward", ("d1", 1)
    )
    whole = _event("b", "2022-03-06", "Rioters stormed the building while Congress met.", ("d2", 1))
    assert _story([cut, whole]) == ["b"]


def test_a_reporters_question_is_not_what_happened_and_labels_are_dropped():
    from generator.model import Turn

    asked = _event("q", "2022-03-06", "Did the envoy fly to Caracas on Tuesday night?", ("d6", 2))
    said = _event("a", "2022-03-07", "MS. PSAKI: The envoy flew to Caracas on Tuesday.", ("d6", 3))
    briefing = SimpleNamespace(
        id="d6", turns=(Turn("Q", 0, 1, 1, 2), Turn("MS. PSAKI", 40, 49, 3, 4))
    )
    chronology = Chronology((asked, said), ())
    lines = what_happened(chronology, [*DOCUMENTS, briefing], SPAN)
    assert [(line.event.id, line.text) for line in lines] == [
        ("a", "The envoy flew to Caracas on Tuesday.")
    ]


def test_a_key_dates_headline_comes_before_better_reported_events():
    events = [
        _event(
            "a",
            "2022-03-05",
            "Talks opened in Oslo between both delegations.",
            ("d1", 1),
            ("d2", 4),
            ("d3", 2),
        ),
        _event("k1", "2022-03-09", "The prisoners were freed at the northern border.", ("d4", 7)),
        _event(
            "k2",
            "2022-03-09",
            "A statement about the release was read aloud.",
            ("d4", 8),
            ("d5", 3),
        ),
    ]
    # The key date's headline: its event reported by most documents.
    assert _story(events, key_dates=["2022-03-09"], count=1) == ["k2"]


def test_scheduled_events_are_left_out():
    events = [
        _event(
            "plan",
            "2022-03-10",
            "Elections will be held across the whole country.",
            ("d1", 1),
            ("d2", 1),
            future=True,
        ),
        _event("now", "2022-03-04", "The talks began in the capital between rivals.", ("d3", 3)),
    ]
    assert _story(events, key_dates=["2022-03-10"]) == ["now"]
    assert _story(events, count=0) == []


def test_distinct_leaves_same_words_and_other_dates_of_one_happening():
    events = [
        _event("a", "2022-01-05", "The embassy reopened.", ("d1", 1), ("d2", 1)),
        _event("b", "2022-01-06", "The  embassy REOPENED.", ("d3", 5)),  # other sentence
        _event("c", "2022-01-07", "Talks resumed in Mexico.", ("d4", 2), also_reported=("d",)),
        _event("d", "2022-01-08", "Talks resumed in Mexico City.", ("d5", 2)),
        _event("e", "2022-01-08", "Troops left the border region.", ("d5", 3)),
    ]
    assert [e.id for e in distinct(events, 10)] == ["a", "c", "e"]
    assert [e.id for e in distinct(events, 1)] == ["a"]


def test_an_event_read_with_a_reporters_sentence_is_asked():
    from generator.model import Turn

    told = _event(
        "t",
        "2022-03-04",
        "It remains what we discussed last week. Q  Two weeks ago.",
        ("d6", 2),
        ("d6", 3),
    )
    briefing = SimpleNamespace(
        id="d6", turns=(Turn("MS. PSAKI", 0, 9, 1, 2), Turn("Q", 40, 41, 3, 3))
    )
    chronology = Chronology((told,), ())
    assert what_happened(chronology, [*DOCUMENTS, briefing], SPAN) == []
