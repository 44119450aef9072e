"""The site's Markdown pages: what each needs, rendered and written into the staging
folder, on every core when there are pages enough to pay for it.

Each page (or a profile with its mentions CSV) is a task: a function that returns the
files to write. The lookups all pages share are built once, before any task runs. With
more than one job, the process forks (the workers inherit the lookups and the compiled
templates, nothing is sent to them) and each process takes the next task from a shared
counter until none is left, writing its files into the staging folder itself; only the
names of the files written come back. A page is the same text in whichever process
renders it, so the output is byte-identical to a one-process render.

A page that fails is not the end of the build: a placeholder stands in its place (a
source page keeps its sentence anchors, which other pages link to), and the failure is
listed on the build report, written last, with the document it came from.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import signal
import sys
import traceback
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any, cast

from ..analyse.nlp import CHUNK_CHARS
from ..chronology.events import events_by_entity
from ..chronology.main_events import what_happened
from ..errors import GeneratorError
from ..infra.memo import active
from ..infra.progress import progress
from ..infra.workers import available_cores, start_method
from ..ingest.load import limits as load_limits
from ..model import Problem
from .chronology_pages import home_key_dates, page_context, year_page_contexts
from .output import Output
from .policy import PAGES_PER_DOCUMENT, PAGES_PER_TYPE, SECTIONS, left_out
from .profiles import (
    index_pages,
    mentions_csv,
    profile_maker,
    profile_timeline,
    source_segments,
    whos_who,
)
from .quality import quality
from .render import Renderer, md_escape
from .review import KIND_NAMES, KINDS, Item, review_corpus

if TYPE_CHECKING:
    from multiprocessing.sharedctypes import Synchronized

    from ..model import Corpus, Document, Entity, Findings, Problem
    from .charts import Charts

NEWEST = 10  # sources listed on the home page
HOME_KEY_DATES = 5
# A worker pays for itself from about this many pages; below it, one process. Measured
# (2 cores, 22 November 2026): forking and joining a worker costs 5-20 ms; 27 pages
# (2 documents) take 20 ms in one process, 23 in two; 176 pages (40 documents) 260 ms
# in one, 157 in two.
PAGES_PER_WORKER = 50
REVIEW_PAGE = "build-report/review.md"
REVIEW_SHOWN = 200  # items on the review page (the command prints them all)

Files = list[tuple[str, str]]  # (path relative to the docs folder, content)
Task = Callable[[], Files]
# What a guarded task gives: its files, and the failure that a placeholder stands for.
Made = tuple[Files, Problem | None]
Job = Callable[[], Made]


def render_pages(
    output: Output,
    renderer: Renderer,
    corpus: Corpus,
    findings: Findings,
    charts: Charts,
    *,
    pdf: bool = False,
    jobs: int | None = None,
    items: Sequence[Item] | None = None,
) -> tuple[Problem, ...]:
    """Render every Markdown page of the site (and the profiles' mentions CSVs) into
    `output`, with up to `jobs` processes (None: one per core; 1: this one alone).
    `items`: the review's (review_corpus), if the caller has them already.
    Returns the pages (and charts) that failed: each is on the build report."""
    jobs_list = _page_tasks(renderer, corpus, findings, charts, pdf)
    workers = min(jobs or available_cores(), len(jobs_list) // PAGES_PER_WORKER)
    failed: list[Problem] = list(charts.problems)
    if workers <= 1 or start_method() != "fork":  # spawn would pickle every input
        for job in progress(jobs_list, "pages"):
            files, problem = _made(job())
            for relative, content in files:
                output.write(relative, content)
            if problem is not None:
                failed.append(problem)
    else:
        renderer.load_templates(("", "partials"))  # once, here: the workers inherit them
        failed += _run_in_processes(jobs_list, output, workers)
    relative = "build-report/index.md"
    if items is None:  # once: the review page and the report's signals
        items = review_corpus(corpus, findings)
    report = _build_report(renderer, relative, corpus, findings, tuple(failed), items)
    output.write(relative, report)
    output.write(REVIEW_PAGE, review_page(renderer, items))
    return tuple(failed)


def _guard(task: Task, relative: str, path: str, anchors: Sequence[int] = ()) -> Job:
    """The task, with a placeholder page and a Problem (naming `path`, the document the
    page comes from) in place of what it would have written if it fails."""

    def job() -> Made:
        try:
            return task(), None
        except Exception as error:  # one page's bug must not stop the build
            reason = " ".join(f"{type(error).__name__}: {error}".split())
            if len(reason) > 300:
                reason = reason[:299] + "…"
            problem = Problem(
                path,
                None,
                f"the page {relative} could not be made ({reason}); a placeholder stands in "
                "its place. Report this as a bug, with the document.",
            )
            return [(relative, _placeholder(relative, reason, anchors))], problem

    return job


def _placeholder(relative: str, reason: str, anchors: Sequence[int]) -> str:
    up = "../" * relative.count("/")
    spans = "".join(f'<span id="s{n}"></span>' for n in anchors)
    return (
        "---\ntitle: Page not built\n---\n\n# Page not built\n\n"
        f"This page could not be made ({md_escape(reason)}). The rest of the site was "
        f"built: see the [build report]({up}build-report/index.md).\n"
        + (f"\n<div>{spans}</div>\n" if spans else "")
    )


def _made(result: Files | Made) -> Made:
    """What a task gave, as (files, problem): a bare task (in tests) gives files only."""
    return result if isinstance(result, tuple) else (result, None)


def _page_tasks(
    renderer: Renderer, corpus: Corpus, findings: Findings, charts: Charts, pdf: bool
) -> list[Job]:
    """Every page but the build report (written last, see _build_report) as a guarded
    task, in the order a one-process build writes them."""
    documents = corpus.documents
    paths = {d.id: str(d.path) for d in documents}
    problems = corpus.problems + findings.problems
    entity_links = findings.entity_links  # a dict over every entity: built once
    chronology_page = page_context(findings.chronology, corpus, entity_links)
    sections = index_pages(findings.entities)
    segments = source_segments(documents, findings.entities)
    left_out_ids = set(findings.off_topic) if findings.off_topic_left_out else set()
    key_dates = home_key_dates(cast(list[Any], chronology_page["key_dates"]), HOME_KEY_DATES)
    lookups = {
        "documents_by_id": chronology_page["documents_by_id"],
        "entity_links": entity_links,
        "events_by_id": chronology_page["events_by_id"],
    }
    home = _home_page(renderer, corpus, findings, charts, pdf, sections, key_dates, problems)
    jobs = [
        _guard(home, "index.md", "index.md"),
        _guard(
            _page(renderer, "sources_index.md.j2", "sources/index.md", documents=documents),
            "sources/index.md",
            "sources/index.md",
        ),
    ]
    jobs += [
        _guard(
            _page(
                renderer,
                "source.md.j2",
                d.page,
                document=d,
                segments=segments[d.id],
                off_topic=d.id in left_out_ids,
            ),
            d.page,
            paths[d.id],
            [s.number for s in d.sentences],
        )
        for d in documents
    ]
    jobs += [
        _guard(
            _page(renderer, "entities_index.md.j2", relative, title=title, entities=members),
            relative,
            relative,
        )
        for relative, title, members in sections
    ]
    jobs += _profile_tasks(renderer, documents, findings, charts, lookups, paths)
    jobs.append(
        _guard(
            _page(renderer, "chronology.md.j2", "chronology/index.md", **chronology_page),
            "chronology/index.md",
            "chronology/index.md",
        )
    )
    jobs += [
        _guard(_page(renderer, "chronology_year.md.j2", relative, **context), relative, relative)
        for relative, context in year_page_contexts(findings.chronology, corpus, entity_links)
    ]
    return jobs


def _page(renderer: Renderer, template: str, relative: str, **context: Any) -> Task:
    """The page `relative` rendered from `template` with `context`."""
    return lambda: [(relative, renderer.render(template, relative, **context))]


def _home_page(
    renderer: Renderer,
    corpus: Corpus,
    findings: Findings,
    charts: Charts,
    pdf: bool,
    sections: list[tuple[str, str, list[Entity]]],
    key_dates: list[Any],
    problems: tuple[Problem, ...],
) -> Task:
    documents = corpus.documents
    return _page(
        renderer,
        "home.md.j2",
        "index.md",
        newest=documents[:NEWEST],
        overview_chart=charts.get("activity"),
        pdf=pdf,
        sections=sections,
        events=findings.events,
        key_dates=key_dates,
        documents=documents,
        words=sum(d.words for d in documents),
        sentences=sum(len(d.sentences) for d in documents),
        date_range=corpus.date_range,
        problems=problems,
        cast=whos_who(findings.entities, documents),
        story=what_happened(findings.chronology, documents, corpus.date_range),
    )


def _profile_tasks(
    renderer: Renderer,
    documents: Sequence[Document],
    findings: Findings,
    charts: Charts,
    lookups: dict[str, Any],
    paths: dict[str, str],
) -> list[Job]:
    """A guarded task per entity with a page: its profile, and the CSV of all its
    mentions when the profile shows only part of them in context."""
    timelines = events_by_entity(findings.chronology)
    make_profile = profile_maker(findings.entities, documents)

    def profile(entity: Entity) -> Task:
        def task() -> Files:
            made = make_profile(entity)
            files: Files = []
            csv_page = f"data/mentions/{entity.id}.csv" if made.more else None
            if csv_page:
                files.append((csv_page, mentions_csv(entity, documents)))
            relative = str(entity.page)
            context = {
                "p": made,
                "timeline": profile_timeline(timelines.get(entity.id, ())),
                "chart": charts.for_entity(entity.id),
                "mentions_csv": csv_page,
            }
            files.append(
                (relative, renderer.render("profile.md.j2", relative, **context, **lookups))
            )
            return files

        return task

    return [
        _guard(profile(entity), str(entity.page), paths.get(entity.documents[0], entity.name))
        for entity in findings.entities
        if entity.page is not None
    ]


def _build_report(
    renderer: Renderer,
    relative: str,
    corpus: Corpus,
    findings: Findings,
    failed: tuple[Problem, ...],
    items: Sequence[Item] = (),
) -> str:
    """The build report: every problem, the pages and charts that failed (`failed`),
    the quality signals (publish/quality.py, with the review's `items`), what the page
    caps left out, and the limits."""
    documents = corpus.documents
    every = corpus.problems + findings.problems + failed
    paths = {d.id: str(d.path) for d in documents}
    return renderer.render(
        "build_report.md.j2",
        relative,
        documents=documents,
        problems=every,
        errors=[p for p in every if p.level == "error"],
        warnings=[p for p in every if p.level == "warning"],
        limits={**load_limits(), "nlp_chunk_chars": CHUNK_CHARS},
        left_out=_left_out(findings.entities, documents, paths),
        caps={"per_type": PAGES_PER_TYPE, "per_document": PAGES_PER_DOCUMENT},
        quality=quality(corpus, findings, items),
    )


def review_page(renderer: Renderer, items: Sequence[Item]) -> str:
    """The review page: what to check and correct, most important first (review.py's
    `review_corpus`)."""
    counts = Counter(item.kind for item in items)
    return renderer.render(
        "review.md.j2",
        REVIEW_PAGE,
        items=items[:REVIEW_SHOWN],
        total=len(items),
        shown=min(len(items), REVIEW_SHOWN),
        counts=[(kind, KIND_NAMES[kind], counts[kind]) for kind in KINDS if counts[kind]],
        kind_names=KIND_NAMES,
    )


def _left_out(
    entities: Sequence[Any], documents: Sequence[Any], paths: dict[str, str]
) -> list[tuple[str, str, int]]:
    """(document or "", section, count) of the entities the page caps left out."""
    return [
        (
            paths.get(row.document, row.document) if row.document else "",
            SECTIONS[row.type],
            row.count,
        )
        for row in left_out(entities, len(documents))
    ]


# What a process sends back: the files it wrote by task number, the first task that
# failed to write its files, with its exception (None if none did), and the pages that
# failed to render (placeholders written), by task number.
Report = tuple[dict[int, list[str]], tuple[int, BaseException] | None, dict[int, Problem]]


def _run_in_processes(tasks: Sequence[Job | Task], output: Output, workers: int) -> list[Problem]:
    """Run the tasks in this process and `workers - 1` forked ones, writing into
    `output`; output.written ends in task order, as in one process. An error reaches the
    caller as in one process: the one of the first task that failed. Returns the pages
    that failed to render, in task order."""
    context = multiprocessing.get_context("fork")
    counter = cast("Synchronized[int]", context.Value("q", 0))
    children: list[tuple[Any, Connection]] = []  # (process, its report's pipe)
    start = len(output.written)
    for stream in (sys.stdout, sys.stderr):  # or a child would print the buffers again
        stream.flush()
    # Objects made so far are left out of the children's garbage collections: those
    # would touch (and so copy) every page of memory they share with this process.
    gc.freeze()
    try:
        for _ in range(workers - 1):
            receive, send = context.Pipe(duplex=False)
            child = context.Process(
                target=_work, args=(tasks, output, counter, send), name="render", daemon=True
            )
            child.start()
            send.close()
            children.append((child, receive))
        gc.unfreeze()
        reports = [_take_tasks(tasks, output, counter)]
        kept: list[tuple[str, Hashable]] = []
        for child, receive in children:
            try:
                done, failed, problems, theirs = receive.recv()
                reports.append((done, failed, problems))
                kept += theirs
            except EOFError:
                child.join()  # for its exit code
                raise GeneratorError(
                    f"render: a worker process stopped unexpectedly (exit code "
                    f"{child.exitcode}; out of memory?). Run again with --jobs 1."
                ) from None
    finally:
        gc.unfreeze()
        for child, receive in children:  # on an error or Ctrl-C: stop the others now
            if child.is_alive():
                child.terminate()
            child.join()
            receive.close()
    failures = [failed for _, failed, _ in reports if failed is not None]
    if failures:
        raise min(failures, key=lambda failed: failed[0])[1]
    written: dict[int, list[str]] = {}
    rendering: dict[int, Problem] = {}
    for done, _, problems in reports:
        written.update(done)
        rendering.update(problems)
    output.written[start:] = [name for index in sorted(written) for name in written[index]]
    memo = active()
    if memo is not None:
        # What the workers reused from the last build is kept for the next one too (what
        # they made anew is not: the next build makes it again).
        for table, key in kept:
            memo.put(table, key, memo.previous(table, key))
    return [rendering[index] for index in sorted(rendering)]


def _work(
    tasks: Sequence[Job | Task], output: Output, counter: Synchronized[int], send: Connection
) -> None:
    """A forked worker: take tasks until none is left, then report."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    status = 1  # the parent reads a report that never came as a worker that stopped
    memo = active()
    if memo is not None:
        memo.record_kept()
    try:
        done, failed, problems = _take_tasks(tasks, output, counter, worker=True)
        if failed is not None and not _travels(failed[1]):
            index, error = failed
            text = "".join(traceback.format_exception_only(error)).rstrip()  # with notes
            failed = (index, GeneratorError(f"render: {text}"))
        send.send((done, failed, problems, memo.kept if memo is not None else []))
        status = 0
    finally:
        send.close()
        os._exit(status)  # a fork must not run the parent's exit handlers


def _travels(error: BaseException) -> bool:
    """Whether the exception comes out of pickle as it went in (a class defined in a
    function, or an __init__ with other arguments than its args, does not)."""
    try:
        copy = pickle.loads(pickle.dumps(error))  # noqa: S301 (made here, from our own)
    except Exception:
        return False
    return type(copy) is type(error) and str(copy) == str(error)


def _take_tasks(
    tasks: Sequence[Job | Task], output: Output, counter: Synchronized[int], *, worker: bool = False
) -> Report:
    """Run the next task from the shared counter until none is left or one fails to
    write (a page that fails to render leaves a placeholder and a problem)."""
    done: dict[int, list[str]] = {}
    problems: dict[int, Problem] = {}
    while True:
        with counter.get_lock():
            index = counter.value
            if index >= len(tasks):
                return done, None, problems
            counter.value = index + 1
        try:
            files, problem = _made(tasks[index]())
            if problem is not None:
                problems[index] = problem
            for relative, content in files:
                output.write(relative, content)
        except Exception as error:
            with counter.get_lock():  # tasks before this one are all taken: they finish
                counter.value = len(tasks)
            if worker and not isinstance(error, GeneratorError):
                # A bug: its traceback stays in this process, so its text goes along.
                error.add_note("".join(traceback.format_exception(error)).rstrip())
            return done, (index, error), problems
        done[index] = [relative for relative, _ in files]
