"""Each document's dated sentences read once (chronology/events.each_dated): kept in the
analysis cache between builds, read on several processes for a big corpus, the
chronology the same either way."""

from __future__ import annotations

import sqlite3

import pytest

from generator.analyse.cache import FILE_NAME, AnalysisCache
from generator.chronology import events
from generator.chronology.answers import ANSWERS
from generator.chronology.events import build_chronology
from generator.infra.workers import start_method
from generator.ingest.load import load_corpus

from .chronology_fixtures import analyse_by_hand
from .counting import documents_read

VERSION = "test-model-1.0 spacy-3.8 DATE analysis-1"


def _counting(monkeypatch) -> list[str]:
    """The documents whose dated sentences are read (not taken from the cache)."""
    return documents_read(monkeypatch, events, "_dated")


def test_a_rebuild_takes_each_documents_dated_sentences_from_the_cache(
    two_reports, tmp_path, monkeypatch
):
    corpus, analyses, entities, _ = two_reports
    alone = build_chronology(corpus, analyses, entities)
    read = _counting(monkeypatch)
    with AnalysisCache(tmp_path, VERSION) as cache:
        assert build_chronology(corpus, analyses, entities, cache, 1) == alone
    assert read == ["c", "b", "a"]  # (the corpus' order: newest first)
    with AnalysisCache(tmp_path, VERSION) as cache:
        assert build_chronology(corpus, analyses, entities, cache, 1) == alone
    assert read == ["c", "b", "a"]  # none read again


def test_only_the_changed_document_is_read_again(two_reports, tmp_path, monkeypatch):
    from dataclasses import replace

    corpus, analyses, entities, _ = two_reports
    with AnalysisCache(tmp_path, VERSION) as cache:
        build_chronology(corpus, analyses, entities, cache, 1)
    read = _counting(monkeypatch)
    # b's analysis loses its last date ("In March."): another reading key, read again
    changed = [replace(a, spans=a.spans[:-1]) if a.document == "b" else a for a in analyses]
    with AnalysisCache(tmp_path, VERSION) as cache:
        kept = build_chronology(corpus, changed, entities, cache, 1)
    assert read == ["b"]
    assert kept == build_chronology(corpus, changed, entities)
    assert "2021-03" not in {e.date for e in kept.events}


def test_a_damaged_reading_is_read_again(two_reports, tmp_path, monkeypatch):
    corpus, analyses, entities, _ = two_reports
    with AnalysisCache(tmp_path, VERSION) as cache:
        alone = build_chronology(corpus, analyses, entities, cache, 1)
    db = sqlite3.connect(tmp_path / FILE_NAME)
    db.execute("UPDATE readings SET value = replace(value, 'Caracas', 'Karakas')")
    db.commit()
    db.close()
    read = _counting(monkeypatch)
    with AnalysisCache(tmp_path, VERSION) as cache:
        assert build_chronology(corpus, analyses, entities, cache, 1) == alone
    assert read == ["b", "a"]  # the two that name Caracas; c's reading is whole


@pytest.mark.skipif(start_method() != "fork", reason="workers are forked only where fork is")
def test_read_on_two_processes_as_in_one(make_seeds, tmp_path, monkeypatch):
    """Each forked child reads its share; the chronology is the one a single process
    makes, and dateparser's answers found in a child are kept as if found here."""
    seeds = make_seeds(
        {
            "a.txt": "date 2021-12-10 The envoy flew to Caracas on 9 Nov 2021 to meet officials.\n",
            "b.txt": "date 2021-12-12 The envoy met the detained executives on Friday.\n",
        }
    )
    corpus = load_corpus(seeds)
    marks = {"a": [("9 Nov 2021", "DATE")], "b": [("Friday", "DATE")]}
    analyses = analyse_by_hand(corpus, marks)
    monkeypatch.setattr(events, "DATED_PER_WORKER", 1)
    monkeypatch.setattr(ANSWERS, "answers", {})
    monkeypatch.setattr(ANSWERS, "new", [])
    parent = _counting(monkeypatch)
    with AnalysisCache(tmp_path, VERSION) as cache:
        forked = build_chronology(corpus, analyses, {}, cache, 2)
    assert parent == ["b"]  # this process's share (newest first); a child read a
    # a's "9 Nov 2021" (no other test's: not remembered by the parent before it forked),
    # asked of dateparser in the child, is learnt here
    assert ANSWERS.new == ["2021-12-10 9 Nov 2021"]
    assert forked == build_chronology(corpus, analyses, {})
    assert {e.date for e in forked.events} == {"2021-11-09", "2021-12-10"}
    assert ANSWERS.answers["2021-12-10 9 Nov 2021"] == ("2021-11-09", "day")
