"""What happened: the main events, distinct happenings in date order."""

from generator.chronology.main_events import distinct, what_happened
from generator.model import Chronology, Citation, Event, KeyDate


def _event(id, date, text, *sources, future=False, also=(), expression="on Monday"):
    precision = {10: "day", 7: "month", 4: "year"}[len(date)]
    return Event(
        id=id,
        date=date,
        precision=precision,
        text=text,
        summary=text,
        expression=expression,
        resolution="",
        entities=(),
        sources=tuple(Citation(d, s) for d, s in sources),
        future=future,
        also_reported=tuple(also),
    )


def _key(date):
    return KeyDate(date, 1.0, 1, 0)


def _chronology(events, keys=()):
    return Chronology(tuple(sorted(events, key=lambda e: (e.date, e.id))), tuple(map(_key, keys)))


def test_main_events_in_date_order_most_reported_first():
    events = [
        _event("a", "2022-01-05", "Talks opened in Oslo.", ("d1", 1), ("d2", 4), ("d3", 2)),
        _event("b", "2022-01-02", "The envoy landed in Caracas.", ("d1", 2), ("d2", 1)),
        _event("c", "2022-01-09", "A minor note was filed.", ("d4", 7)),
    ]
    chosen = what_happened(_chronology(events), 2)
    assert [e.id for e in chosen] == ["b", "a"]  # the two most reported, oldest first


def test_key_date_headline_comes_before_better_reported_events():
    events = [
        _event("a", "2022-01-05", "Talks opened in Oslo.", ("d1", 1), ("d2", 4), ("d3", 2)),
        _event("k1", "2022-01-09", "The prisoners were freed.", ("d4", 7)),
        _event("k2", "2022-01-09", "A statement was read.", ("d4", 8), ("d5", 3)),
    ]
    chosen = what_happened(_chronology(events, keys=["2022-01-09"]), 1)
    # The key date's headline: its event reported by most documents.
    assert [e.id for e in chosen] == ["k2"]


def test_a_two_date_sentence_is_one_happening():
    sentence = "Carstens flew to Caracas on Tuesday and returned on Friday."
    events = [
        _event("tue", "2021-12-07", sentence, ("d1", 3)),
        _event("fri", "2021-12-10", sentence, ("d1", 3)),
        _event("other", "2021-12-12", "Maduro spoke on television.", ("d2", 1)),
    ]
    chosen = what_happened(_chronology(events, keys=["2021-12-07", "2021-12-10"]), 5)
    assert [e.id for e in chosen] == ["tue", "other"]
    assert len({e.text for e in chosen}) == len(chosen)


def test_same_words_and_also_reported_are_not_repeated():
    events = [
        _event("a", "2022-01-05", "The embassy reopened.", ("d1", 1), ("d2", 1)),
        _event("b", "2022-01-06", "The  embassy REOPENED.", ("d3", 5)),  # other sentence
        _event("c", "2022-01-07", "Talks resumed in Mexico.", ("d4", 2), also=["d"]),
        _event("d", "2022-01-08", "Talks resumed in Mexico City.", ("d5", 2)),
    ]
    assert [e.id for e in distinct(events, 10)] == ["a", "c"]


def test_scheduled_and_far_off_events_are_left_out_or_last():
    events = [
        _event("plan", "2022-03-01", "Elections will be held.", ("d1", 1), ("d2", 1), future=True),
        _event("old", "1969-07-20", "Men walked on the Moon.", ("d1", 2), ("d2", 2), ("d3", 2)),
        _event("now", "2022-01-10", "The talks began.", ("d1", 3)),
    ]
    chronology = _chronology(events, keys=["1969-07-20"])
    assert [e.id for e in what_happened(chronology, 1, ("2022-01-01", "2022-01-31"))] == ["now"]
    assert [e.id for e in what_happened(chronology, 5, ("2022-01-01", "2022-01-31"))] == [
        "old",
        "now",
    ]  # background only after the story, and never the scheduled
    assert what_happened(chronology, 0) == []
