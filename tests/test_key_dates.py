"""Key dates (chronology/key_dates.py): each day's evidence, the learned ranking, and how
many the pages show."""

from __future__ import annotations

from generator.chronology.events import build_chronology, dated_sentences
from generator.chronology.key_dates import DayEvidence, day_evidence, rank_evidence, shown
from generator.ingest.load import load_corpus
from generator.model import Corpus

from .chronology_fixtures import analyse_by_hand


def _evidence(day, **counts):
    values = dict(
        references=0.0,
        referring=0,
        retrospective=0,
        anticipated=0,
        mentions=0,
        publications=0,
        reported=0,
        outside=False,
    )
    values.update(counts)
    return DayEvidence(day, **values)


def test_evidence_counts_documents_not_sentences(make_seeds):
    seeds = make_seeds(
        {
            "a.txt": "date 2022-03-20 The vote was held on March 1. On March 1 the results came.\n",
            "b.txt": "date 2022-03-02 The vote, held on March 1, was close.\n",
            "c.txt": "date 2022-02-20 The vote will be held on March 1.\n",
            "d.txt": "date 2022-03-01 The vote was held today in the capital.\n",
        }
    )
    corpus = load_corpus(seeds)
    marks = {"a": [("March 1", "DATE")] * 2, "b": [("March 1", "DATE")], "c": [("March 1", "DATE")]}
    marks["d"] = [("today", "DATE")]
    candidates = dated_sentences(corpus, analyse_by_hand(corpus, marks), {})
    day = day_evidence(corpus, candidates)["2022-03-01"]
    assert day.referring == 3  # a, b and c; d was published on the day
    assert day.mentions == 4  # a's two sentences count as one document
    assert day.retrospective == 1  # a, 19 days later
    assert day.anticipated == 1  # c, before the day
    assert (day.publications, day.reported) == (1, 1)  # d, which reports it that day
    assert not day.outside


def test_retrospective_references_outrank_announcements():
    """A day recalled weeks later weighs more than one announced ahead (the weights
    learned on the Timeline17 development topics say so)."""
    recalled = _evidence("2022-03-01", references=2.0, referring=2, retrospective=2)
    announced = _evidence("2022-03-02", references=2.0, referring=2, anticipated=2)
    ranked = [k.date for k in rank_evidence({e.date: e for e in (announced, recalled)})]
    assert ranked == ["2022-03-01", "2022-03-02"]


def test_days_far_outside_the_span_come_last():
    old = _evidence("1969-07-20", references=50.0, referring=50, outside=True)
    near = _evidence("2022-03-01", references=1.0, referring=1)
    ranked = [k.date for k in rank_evidence({e.date: e for e in (old, near)})]
    assert ranked == ["2022-03-01", "1969-07-20"]


def test_a_day_reached_only_by_round_counts_comes_after_the_days_the_text_gives(make_seeds):
    """A round count ("three weeks ago") lands on a day the chronology shows by its month:
    ranked above the days the text gives, it was a key date with no event to show."""
    seeds = make_seeds(
        {
            "a.txt": "date 2022-11-25 Three weeks ago the mill closed. It shut on November 20.\n",
            "b.txt": "date 2022-11-26 The mill closed three weeks ago.\n",
        }
    )
    corpus = load_corpus(seeds)
    marks = {"a": [("Three weeks ago", "DATE"), ("November 20", "DATE")]}
    marks["b"] = [("three weeks ago", "DATE")]
    candidates = dated_sentences(corpus, analyse_by_hand(corpus, marks), {})
    evidence = day_evidence(corpus, candidates)
    assert evidence["2022-11-04"].approximate and evidence["2022-11-04"].referring == 1
    assert not evidence["2022-11-20"].approximate
    ranked = [k.date for k in rank_evidence(evidence)]
    assert ranked.index("2022-11-20") < ranked.index("2022-11-04")
    events = build_chronology(corpus, analyse_by_hand(corpus, marks), {}).events
    assert "2022-11-04" not in {e.date for e in events}  # shown as November 2022


def test_near_days_are_not_moved_down():
    """Two days of one story both stay where their evidence puts them (moving the second
    down cost Date-F1 on the development topics)."""
    first = _evidence("2011-03-19", references=10.0, referring=10, publications=5)
    second = _evidence("2011-03-17", references=9.0, referring=9, publications=5)
    third = _evidence("2011-04-30", references=2.0, referring=2)
    ranked = [k.date for k in rank_evidence({e.date: e for e in (first, second, third)})]
    assert ranked == ["2011-03-19", "2011-03-17", "2011-04-30"]


def test_every_day_is_kept_and_the_pages_show_a_number_by_the_span(make_seeds, two_reports):
    corpus, analyses, entities, _ = two_reports
    chronology = build_chronology(corpus, analyses, entities)
    days = {k.date for k in chronology.key_dates}
    assert {"2021-12-07", "2021-12-10", "2021-12-12", "2022-01-05"} <= days
    assert chronology.shown == shown(corpus) == 10  # published over 27 days
    one_day = Corpus(corpus.documents[:1])
    assert shown(one_day) == 5


def test_the_same_words_before_the_same_day_are_the_story_retold(make_seeds):
    """Three documents writing "since the explosion on April 20" refer to that day three
    times: a form repeats its wording with different days, a retold story does not."""
    files = {
        f"r{n}.txt": f"date 2010-05-0{n + 1} Oil has leaked since the explosion on April 20.\n"
        for n in range(3)
    }
    corpus = load_corpus(make_seeds(files))
    analyses = analyse_by_hand(corpus, {f"r{n}": [("April 20", "DATE")] for n in range(3)})
    day = day_evidence(corpus, dated_sentences(corpus, analyses, {}))["2010-04-20"]
    assert day.references == 3


def test_a_day_long_before_the_span_that_many_documents_look_back_to_is_the_storys(make_seeds):
    """Reports of a trial in 2024 about a collapse on 14 November 2021: the day is far
    outside the span, but three of the four documents name it, so it is the day the
    story is about, not background; one document's old day stays background."""
    texts = {
        "a.txt": "date 2024-01-15 The bridge fell on 14 November 2021. A rule of 3 May 1998 applied.\n",
        "b.txt": "date 2024-01-17 The trial of the 14 November 2021 collapse went on.\n",
        "c.txt": "date 2024-03-22 The judge ruled on the collapse of 14 November 2021.\n",
        "d.txt": "date 2024-04-12 The council will appeal.\n",
    }
    corpus = load_corpus(make_seeds(texts))
    marks = {
        "a": [("14 November 2021", "DATE"), ("3 May 1998", "DATE")],
        "b": [("14 November 2021", "DATE")],
        "c": [("14 November 2021", "DATE")],
    }
    evidence = day_evidence(corpus, dated_sentences(corpus, analyse_by_hand(corpus, marks), {}))
    assert not evidence["2021-11-14"].outside
    assert evidence["1998-05-03"].outside


def test_what_happened_tells_the_day_the_documents_look_back_to(make_seeds):
    """The home page's main events include the collapse of 14 November 2021 that three
    of four reports of the 2024 trial name: a key date shown, not background."""
    from generator.chronology.main_events import what_happened

    texts = {
        "a.txt": "date 2024-01-15 The footbridge collapsed on 14 November 2021 in the town.\n",
        "b.txt": "date 2024-01-17 The footbridge collapsed on 14 November 2021 in the town.\n",
        "c.txt": "date 2024-03-22 The footbridge collapsed on 14 November 2021 in the town.\n",
        "d.txt": "date 2024-04-12 The council will appeal against the ruling.\n",
    }
    corpus = load_corpus(make_seeds(texts))
    marks = {doc: [("14 November 2021", "DATE")] for doc in "abc"}
    chronology = build_chronology(corpus, analyse_by_hand(corpus, marks), {})
    lines = what_happened(chronology, corpus.documents, corpus.date_range)
    assert [line.event.date for line in lines] == ["2021-11-14"]


def test_a_day_only_a_plan_was_moved_from_comes_after_the_others(make_seeds):
    """ "postponed the annual meeting from April 28 to May 19": April 28, a plan put
    off that no document was published on, comes after the days things happened on,
    however often stories announced it ("remains scheduled for April 28")."""
    seeds = make_seeds(
        {
            "a.txt": "date 2026-04-01 The annual meeting remains scheduled for April 28.\n",
            "b.txt": "date 2026-04-10 The annual meeting is set for April 28, the board said.\n",
            "c.txt": "date 2026-04-20 Keller postponed the annual meeting from April 28 to May 19.\n",
            "d.txt": "date 2026-05-20 The meeting was held on May 19 in Cleveland.\n",
        }
    )
    corpus = load_corpus(seeds)
    marks = {
        "a": [("April 28", "DATE")],
        "b": [("April 28", "DATE")],
        "c": [("April 28", "DATE"), ("May 19", "DATE")],
        "d": [("May 19", "DATE")],
    }
    candidates = dated_sentences(corpus, analyse_by_hand(corpus, marks), {})
    evidence = day_evidence(corpus, candidates)
    assert evidence["2026-04-28"].superseded and not evidence["2026-05-19"].superseded
    ranked = [k.date for k in rank_evidence(evidence)]
    assert ranked.index("2026-05-19") < ranked.index("2026-04-28")
