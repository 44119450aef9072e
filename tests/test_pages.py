"""The pages stage: every page rendered, in one process or several, with the same result."""

from __future__ import annotations

import multiprocessing
import os
import tempfile
import time
from pathlib import Path

import pytest

from generator import pipeline
from generator.errors import GeneratorError
from generator.publish import pages
from generator.publish.output import Output

from .conftest import FRONT_MATTER, SEEDS, TRANSCRIPTS, WIRE, copy_fixtures


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


@pytest.fixture
def corpus_seeds(tmp_path: Path) -> Path:
    """The twelve fixture documents (wire, transcripts, front matter): enough entities for
    many profiles."""
    return copy_fixtures(tmp_path / "seeds", WIRE, TRANSCRIPTS, FRONT_MATTER)


def test_pages_rendered_in_processes_equal_one_process(tmp_path, corpus_seeds, monkeypatch):
    cache = tmp_path / "cache"
    one = pipeline.run(corpus_seeds, tmp_path / "one", pipeline.Options(cache=cache, jobs=1))
    forked = []
    real = pages._run_in_processes

    def spy(tasks, output, workers):
        forked.append(workers)
        return real(tasks, output, workers)

    monkeypatch.setattr(pages, "_run_in_processes", spy)
    monkeypatch.setattr(pages, "PAGES_PER_WORKER", 1)  # fork even for a few pages
    two = pipeline.run(corpus_seeds, tmp_path / "two", pipeline.Options(cache=cache, jobs=2))
    assert forked == [2]
    assert two.pages == one.pages
    first, second = _tree(tmp_path / "one"), _tree(tmp_path / "two")
    assert len([name for name in first if name.startswith("people/")]) > 5
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_a_small_corpus_renders_in_one_process(tmp_path, monkeypatch):
    def fail(*args):
        raise AssertionError("forked for a few pages")

    monkeypatch.setattr(pages, "_run_in_processes", fail)
    result = pipeline.run(SEEDS, tmp_path / "out", pipeline.Options(cache=tmp_path / "c", jobs=2))
    assert result.pages > 20


def _writer(index: int):
    def task():
        time.sleep(0.01)  # long enough for both processes to take some
        return [(f"sources/{index}.md", f"page {index} by {os.getpid()}\n")]

    return task


def _output(tmp_path: Path) -> Output:
    # A folder of its own each time: an Output holds its folder's lock until committed.
    return Output(Path(tempfile.mkdtemp(prefix="docs-", dir=tmp_path)))


def test_written_names_come_back_in_task_order(tmp_path):
    tasks = [_writer(i) for i in range(60)]
    output = _output(tmp_path)
    output.write("index.md", "home\n")
    pages._run_in_processes(tasks, output, 2)
    assert output.written == ["index.md", *(f"sources/{i}.md" for i in range(60))]
    texts = {(output.staging / f"sources/{i}.md").read_text() for i in range(60)}
    assert len(texts) == 60
    writers = {text.split(" by ")[1] for text in texts}
    assert len(writers) == 2, "both processes rendered pages"
    assert multiprocessing.active_children() == []


def _failing_in_worker(index: int, error: BaseException):
    def task():
        if multiprocessing.parent_process() is not None:
            raise error
        time.sleep(0.05)  # let the worker take this kind of task too
        return []

    return task


def test_a_worker_error_reaches_the_caller_with_its_traceback(tmp_path):
    tasks = [_failing_in_worker(i, ValueError(f"task {i} broke")) for i in range(20)]
    with pytest.raises(ValueError, match=r"task \d broke") as raised:
        pages._run_in_processes(tasks, _output(tmp_path), 2)
    (note,) = raised.value.__notes__
    assert note.startswith("Traceback") and "raise error" in note
    assert multiprocessing.active_children() == []


def test_the_first_failing_task_is_reported_as_in_one_process(tmp_path):
    def broken(index: int):
        def task():
            time.sleep(0.01)
            if index in (7, 30):
                raise GeneratorError(f"page {index}: broken. Fix it.")
            return []

        return task

    tasks = [broken(i) for i in range(40)]
    for _ in range(3):  # whichever process takes task 7
        with pytest.raises(GeneratorError, match=r"^page 7: broken\. Fix it\.$"):
            pages._run_in_processes(tasks, _output(tmp_path), 2)


class TwoArguments(Exception):
    """Pickles, but does not unpickle: pickle calls it with its one message."""

    def __init__(self, page, what):
        super().__init__(f"{page}: {what}")


def test_an_error_that_does_not_pickle_arrives_as_text(tmp_path):
    class Local(Exception):  # a local class: pickle cannot find it by name
        pass

    tasks = [_failing_in_worker(i, Local("odd failure")) for i in range(20)]
    with pytest.raises(GeneratorError, match=r"^render: .*Local: odd failure\nTraceback"):
        pages._run_in_processes(tasks, _output(tmp_path), 2)
    tasks = [_failing_in_worker(i, TwoArguments("p.md", "odd")) for i in range(20)]
    with pytest.raises(GeneratorError, match=r"^render: .*TwoArguments: p\.md: odd\n"):
        pages._run_in_processes(tasks, _output(tmp_path), 2)


def test_a_worker_that_dies_is_reported(tmp_path):
    def die():
        if multiprocessing.parent_process() is not None:
            os._exit(3)
        time.sleep(0.05)
        return []

    with pytest.raises(GeneratorError, match=r"worker process stopped unexpectedly \(exit code 3"):
        pages._run_in_processes([die] * 20, _output(tmp_path), 2)


def test_ctrl_c_stops_the_workers(tmp_path):
    def task():
        if multiprocessing.parent_process() is not None:
            time.sleep(30)  # a worker busy on a long page
            return []
        time.sleep(0.2)
        raise KeyboardInterrupt

    start = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        pages._run_in_processes([task] * 4, _output(tmp_path), 2)
    assert time.monotonic() - start < 10
    assert multiprocessing.active_children() == []


def test_an_interrupted_build_leaves_the_previous_output(tmp_path, corpus_seeds, monkeypatch):
    options = pipeline.Options(cache=tmp_path / "cache", jobs=2)
    out = tmp_path / "docs"
    pipeline.run(corpus_seeds, out, options)
    before = _tree(out)
    real = pages._page_tasks

    def interrupted(*args):
        def stop_in_parent(task):
            def run():
                if multiprocessing.parent_process() is None:
                    raise KeyboardInterrupt
                return task()

            return run

        tasks = real(*args)
        return tasks[:5] + [stop_in_parent(task) for task in tasks[5:]]

    monkeypatch.setattr(pages, "_page_tasks", interrupted)
    monkeypatch.setattr(pages, "PAGES_PER_WORKER", 1)
    with pytest.raises(KeyboardInterrupt):
        pipeline.run(corpus_seeds, out, options)
    assert _tree(out) == before
    assert list(out.glob(".staging-*")) == []


def test_without_fork_the_pages_render_in_one_process(tmp_path, corpus_seeds, monkeypatch):
    # Spawned workers would have to be sent every input: not worth it, one process.
    def fail(*args):
        raise AssertionError("forked under spawn")

    monkeypatch.setenv("GENERATOR_START_METHOD", "spawn")
    monkeypatch.setattr(pages, "_run_in_processes", fail)
    monkeypatch.setattr(pages, "PAGES_PER_WORKER", 1)
    options = pipeline.Options(cache=tmp_path / "cache", jobs=2)
    assert pipeline.run(corpus_seeds, tmp_path / "out", options).pages > 20
