"""Worker processes (infra/workers.py): results streamed back in order with a bounded
number of jobs waiting, the start method, the cores available."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from generator.errors import ConfigError, GeneratorError
from generator.infra import workers
from generator.resolve import prepare, refind, roles
from generator.resolve.entities import resolve_entities
from generator.resolve.mentions import Found, vocabulary_of

from .entity_fixtures import make


class Job:
    """A finished job standing in for a future; records when its result was taken."""

    def __init__(self, unit: int, log: list[str]):
        self.unit, self.log = unit, log

    def result(self) -> list[int]:
        self.log.append(f"result {self.unit}")
        return [self.unit, self.unit * 10]


def test_results_come_back_flattened_in_order_with_at_most_in_flight_waiting():
    log: list[str] = []

    def submit(unit: int) -> Job:
        log.append(f"submit {unit}")
        return Job(unit, log)

    results = list(workers.streamed(submit, range(4), in_flight=2))
    assert results == [0, 0, 1, 10, 2, 20, 3, 30]
    # The third job is submitted before the first result is taken: two wait, no more.
    assert log == [
        "submit 0",
        "submit 1",
        "submit 2",
        "result 0",
        "submit 3",
        "result 1",
        "result 2",
        "result 3",
    ]


def test_no_units_no_jobs():
    assert list(workers.streamed(lambda unit: pytest.fail("submitted"), [], in_flight=2)) == []


def test_the_start_method_is_fork_where_there_is_fork_and_can_be_chosen(monkeypatch):
    methods = multiprocessing.get_all_start_methods()
    monkeypatch.delenv("GENERATOR_START_METHOD", raising=False)
    assert workers.start_method() == ("fork" if "fork" in methods else "spawn")
    monkeypatch.setenv("GENERATOR_START_METHOD", "spawn")
    assert workers.start_method() == "spawn"


def test_an_unknown_start_method_is_refused_with_the_choices(monkeypatch):
    monkeypatch.setenv("GENERATOR_START_METHOD", "teleport")
    with pytest.raises(
        ConfigError,
        match=r"^GENERATOR_START_METHOD=teleport: not available here\. Use one of .*spawn",
    ):
        workers.start_method()


def test_available_cores_follow_the_affinity(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 3, 5}, raising=False)
    assert workers.available_cores() == 3  # three cores allowed, whatever the machine has
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set())
    assert workers.available_cores() == 1


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="workers fork (Linux)"
)
def test_resolve_reads_documents_in_forked_workers_with_the_same_results(monkeypatch):
    """resolve/prepare.py: this process reads the first share of the documents, forked
    children the others; the drafts and words of each come back in the documents' order,
    equal to those made in one process."""
    texts = {
        f"d{i}": (
            f"2022-05-{i + 1:02d}",
            f"President [Joe Biden|PERSON] met [Thomas Brennan Sr.|PERSON] in "
            f"[Ohio|GPE] on day {i}. [Biden|PERSON] spoke of [Lassa|GPE] fever.",
        )
        for i in range(6)
    }
    corpus, analyses = make(texts)
    documents = corpus.documents
    by_id = {a.document: a.spans for a in analyses}
    spans = [by_id[d.id] for d in documents]
    alone = prepare.prepare(documents, spans, jobs=1)

    words_read = prepare.words_read

    def marked(document):  # who read it: a worker, not this process
        words, generations, employers = words_read(document)
        return words, (*generations, (("pid", str(os.getpid())), "", False)), employers

    monkeypatch.setattr(prepare, "DOCUMENTS_PER_WORKER", 2)
    monkeypatch.setattr(prepare, "words_read", marked)
    shared = prepare.prepare(documents, spans, jobs=3)

    readers = [g[-1][0][1] for _, (_, g, _) in shared]
    here = str(os.getpid())
    assert readers[:2] == [here, here] and here not in readers[2:]
    assert len(set(readers[2:])) == 2  # (two children, two documents each)
    assert [(d, (w, g[:-1], e)) for d, (w, g, e) in shared] == alone
    assert any(d.text == "Thomas Brennan" for drafts, _ in alone for d in drafts)


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="workers fork (Linux)"
)
def test_candidate_mentions_are_found_in_forked_workers_with_the_same_results(monkeypatch):
    """resolve/prepare.candidates: each document's spans cleaned and the names after a
    title found, a share here and the others in forked children, come back in order,
    equal to those found in one process (the names after titles included)."""
    texts = {
        f"d{i}": (
            f"2022-05-{i + 1:02d}",
            f"White House Chief of Staff [Rahm Emanuel|ORG] said on day {i} that the case "
            f"was led by Chief Prosecutor Kim Do-hyun. [Biden|PERSON] spoke in [Ohio|GPE].",
        )
        for i in range(6)
    }
    corpus, analyses = make(texts)
    documents = corpus.documents
    spans = [a.spans for a in analyses]
    prepared = prepare.prepare(documents, spans, jobs=1)
    vocabulary = vocabulary_of(documents, [words for _, words in prepared])
    everyone = list(range(len(documents)))
    alone = prepare.candidates(everyone, documents, spans, prepared, vocabulary, jobs=1)

    clean_spans = prepare.clean_spans

    def marked(index, document, spans, vocabulary, drafts):  # who read it
        found = clean_spans(index, document, spans, vocabulary, drafts)
        return [*found, Found(index, str(os.getpid()), "PID", 0, 0, 0)]

    monkeypatch.setattr(prepare, "DOCUMENTS_PER_WORKER", 2)
    monkeypatch.setattr(prepare, "clean_spans", marked)
    shared = prepare.candidates(everyone, documents, spans, prepared, vocabulary, jobs=3)

    readers = [f.text for f in shared if f.label == "PID"]
    here = str(os.getpid())
    assert readers[:2] == [here, here] and here not in readers[2:]
    assert len(set(readers[2:])) == 2  # (two children, two documents each)
    assert [f for f in shared if f.label != "PID"] == alone
    people = {f.text for f in alone if f.vote == "person"}
    assert {"Rahm Emanuel", "Kim Do-hyun"} <= people


def test_in_forks_gives_each_result_in_order_computed_in_other_processes_too():
    """infra/workers.in_forks: this process computes the first run, forked children the
    others; the results come back in order, as in one process."""
    here = os.getpid()
    results = workers.in_forks(lambda i: (i * i, os.getpid()), 7, 3)
    assert [square for square, _ in results] == [i * i for i in range(7)]
    pids = [pid for _, pid in results]
    assert pids[:3] == [here] * 3 and here not in pids[3:] and len(set(pids)) == 3
    assert workers.in_forks(lambda i: (i, os.getpid()), 4, 1) == [(i, here) for i in range(4)]


def test_an_error_in_a_forked_child_is_raised_here():
    def fails_late(i: int) -> int:
        if i == 5:
            raise ValueError("no five")
        return i

    with pytest.raises(GeneratorError, match="ValueError: no five"):
        workers.in_forks(fails_late, 6, 2)


def test_resolve_scans_texts_in_forked_processes_with_the_same_entities(monkeypatch):
    """resolve/prepare.py, refind.py and roles.py: the documents read, the texts scanned
    for every spelling, and the entities' sentences read for their roles, in forked
    processes give the same entities as in this one."""
    texts = {
        f"d{i}": (
            f"2022-05-{i + 1:02d}",
            f"[Joe Biden|PERSON] met Gina Raimondo of [Commerce|ORG] on day {i}. Biden and "
            f"Raimondo spoke; [Gina Raimondo|PERSON], the Commerce Secretary, left for "
            f"[Ohio|GPE].",
        )
        for i in range(6)
    }
    corpus, analyses = make(texts)
    alone, _ = resolve_entities(corpus, analyses, jobs=1)
    forked: list[int] = []

    def in_forks(function, count, processes):
        forked.append(processes)
        return workers.in_forks(function, count, processes)

    monkeypatch.setattr(prepare, "DOCUMENTS_PER_WORKER", 2)
    monkeypatch.setattr(prepare, "in_forks", in_forks)
    monkeypatch.setattr(refind, "in_forks", in_forks)
    monkeypatch.setattr(roles, "in_forks", in_forks)
    shared, _ = resolve_entities(corpus, analyses, jobs=3)
    assert forked == [3, 3, 3, 3]  # drafts and words; candidates; re-finding; roles
    assert shared == alone
    raimondo = next(e for e in shared if e.name == "Gina Raimondo")
    assert len(raimondo.mentions) == 12
    assert "the Commerce Secretary" in [d.text for d in raimondo.descriptions]


@pytest.mark.skipif(workers.start_method() != "fork", reason="forks only where fork is")
def test_the_review_is_made_in_a_forked_child_beside_the_data_files(
    make_seeds, tmp_path, monkeypatch
):
    """On two cores the data files (this process) and the review (a forked child) are
    made at the same time; the output is byte for byte the one process's."""
    from generator import pipeline

    seeds = make_seeds(
        {
            "a.txt": "date 2022-01-01 Ana Rojas met Luis Diaz in Caracas on Monday.\n",
            "b.txt": "date 2022-01-03 Rosa Ruiz met Ana Rojas in Caracas.\n",
        }
    )
    made_in = tmp_path / "made-in"
    review_corpus = pipeline.review_corpus

    def recorded(corpus, findings):
        with made_in.open("a") as log:
            log.write(f"{os.getpid()}\n")
        return review_corpus(corpus, findings)

    monkeypatch.setattr(pipeline, "review_corpus", recorded)
    builds = {}
    for jobs in (1, 2):
        out = tmp_path / f"docs-{jobs}"
        pipeline.run(seeds, out, pipeline.Options(cache=None, jobs=jobs))
        builds[jobs] = {
            p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()
        }
    one, forked = made_in.read_text().split()
    assert one == str(os.getpid()) and forked != one
    assert builds[1] == builds[2]
    assert "build-report/review.md" in builds[2]
    assert "data/documents.json" in builds[2] and "data/network.gexf" in builds[2]
