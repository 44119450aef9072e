"""run(): the stages in order. Load, analyse, render, write; then publish with MkDocs."""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .analyse.cache import AnalysisCache
from .analyse.nlp import analyse_documents, pipeline_version
from .chronology.answers import remembered_dates
from .chronology.events import build_chronology
from .errors import OutputError, PublishError
from .infra.memo import active, keep, previous, reused
from .infra.progress import progress
from .infra.workers import available_cores, in_forks
from .ingest.corrections import Corrections, load_corrections
from .ingest.load import load_corpus
from .ingest.report import ReportSettings, find_report_settings
from .model import Analysis, Corpus, Document, Findings, Problem
from .publish import export, interchange
from .publish.changes import History, snapshot, write_changes
from .publish.charts import Charts, co_occurrences, draw_charts
from .publish.naming import REPORT_FILE, read_report_json, report_info, report_json
from .publish.output import (
    LITTER,
    MANIFEST,
    Lock,
    Output,
    carry,
    read_manifest,
    refusal,
    refuse_unsafe,
    remove,
    walk,
    write_manifest,
)
from .publish.pages import render_pages
from .publish.policy import page_policy
from .publish.render import Renderer
from .publish.review import Item, review_corpus
from .resolve.entities import resolve_entities, sentence_entities
from .resolve.relevance import relevance

PROJECT = Path(__file__).resolve().parent.parent
TEMPLATES = PROJECT / "templates"
MKDOCS_CONFIG = PROJECT / "mkdocs.yml"
DOCS = PROJECT / "site_docs"
CACHE = PROJECT / ".cache"


@dataclass(frozen=True, slots=True)
class BuildResult:
    corpus: Corpus
    out: Path
    pages: int
    flagged: tuple[Problem, ...] = ()  # found after loading (e.g. unused corrections)
    # Seconds spent in each stage, in the order run (see Stopwatch).
    timings: tuple[tuple[str, float], ...] = field(default=())
    # In the watch: (results taken over from the last build, results made anew).
    reuse: tuple[int, int] | None = None

    @property
    def problems(self) -> tuple[Problem, ...]:
        return self.corpus.problems + self.flagged


@dataclass(frozen=True, slots=True)
class Options:
    """How the build runs, not what it builds: the output is the same with any of these."""

    cache: Path | None = CACHE  # folder of the analysis, chart and template caches; None: none
    jobs: int | None = None  # processes for the analysis, resolve and pages; None: one per core
    scheduler: str | None = None  # a Dask scheduler address: analyse on that cluster


def run(
    seeds: Path,
    out: Path = DOCS,
    options: Options | None = None,
    *,
    pdf: bool = False,
    full_text: bool | None = None,
    force: bool = False,
    keep_off_topic: bool = False,
) -> BuildResult:
    """Build the Markdown pages and data files for the documents in `seeds` into `out`.

    With `pdf`, the report PDF is written into the docs folder as data/report.pdf, so
    MkDocs copies it like any file it knows and the home page's link to it validates.
    In the watch (a `reusing` block, see infra/memo.py), what an unchanged input gave
    last time is reused: the output is the same as without it. `out` is checked before
    the slow part (see output.py): a folder that holds files this tool did not write is
    refused, unless `force` (then those files are kept). With `keep_off_topic` (or
    `keep_off_topic: true` in report.yml), documents that look unrelated to the rest
    count like the others (see find).
    """
    options = options or Options()
    clock = Stopwatch()
    corpus = load_corpus(seeds)
    clock.lap("load")
    documents = corpus.documents
    output = Output(out, force=force, protect=protected(seeds), pages=DOCS)
    try:
        corrections = find_corrections(seeds)  # a malformed file fails before the slow part
        settings = find_report_settings(seeds)
        keep_off_topic = keep_off_topic or settings.keep_off_topic
        findings = find(corpus, corrections, options, clock, keep_off_topic=keep_off_topic)
        entities = findings.entities
        site = report_info(settings, corpus, entities)
        left_out = findings.off_topic if findings.off_topic_left_out else ()
        counted = [d for d in documents if d.id not in left_out]
        pairs = co_occurrences(entities)  # once: the network chart and the GEXF
        charts = draw_charts(
            counted, findings.events, findings.key_dates, entities, options.cache, pairs
        )
        clock.lap("charts")
        renderer = _renderer(options.cache, site)
        jobs = options.jobs
        memo = active()
        if memo is not None and not memo.has_previous("pages"):
            # The first build of a watch makes every page in this process, which keeps
            # what each was made from; pages made in a worker are made again next time.
            jobs = 1
        # The data files, and the review beside them: each on one core at the same time
        # (the "data" stage's time; what it writes is written after the pages).
        items, data = _review_and_data(corpus, findings, site, pairs, jobs)
        clock.lap("data")
        failed = render_pages(
            output, renderer, corpus, findings, charts, pdf=pdf, jobs=jobs, items=items
        )
        clock.lap("render")
        for relative, content in data:
            output.write(relative, content)
        _write_charts(output, renderer, charts)
        # What changed since the last build (compared with the record in the cache).
        history = History(options.cache, seeds)
        comparison = history.compare(snapshot(corpus, findings), (site["name"], settings.title))
        write_changes(output, renderer, comparison)
        clock.lap("data")
        if pdf:
            pdf_bytes = make_report_pdf(
                corpus, findings, charts, full_text, site["name"], site["subtitle"]
            )
            output.write("data/report.pdf", pdf_bytes)
            clock.lap("pdf")
        output.commit()
        history.save()  # once the output is in place: a failed build records nothing
        clock.lap("write")
    except BaseException:
        output.abort()
        raise
    memo = active()
    reuse = (memo.reused, memo.made) if memo is not None else None
    flagged = findings.problems + failed  # and pages or charts that failed
    return BuildResult(corpus, out, len(output.written), flagged, clock.timings(), reuse)


def _review_and_data(
    corpus: Corpus,
    findings: Findings,
    site: dict[str, str],
    pairs: Counter[tuple[str, str]],
    jobs: int | None,
) -> tuple[tuple[Item, ...], list[tuple[str, str]]]:
    """The review's items (publish/review.py) and the data files, (path, content). Each
    reads the findings alone and takes one core (whitehouse-2022, 2 cores: the review
    6.7 s, the data 5.5 s, one after the other): here they run at the same time, the
    data in this process and the review in a forked child (infra/workers.in_forks),
    which sends its items back, unless one process is asked for (`jobs` 1). In the watch
    the data's parts are remembered in this process (infra/memo.py) as before; the
    child reads what the memo holds and keeps nothing."""
    documents, entities = corpus.documents, findings.entities

    def data() -> list[tuple[str, str]]:
        return [
            ("data/documents.json", export.documents_json(documents)),
            ("data/entities.json", export.entities_json(entities)),
            ("data/chronology.json", export.chronology_json(findings.chronology)),
            ("data/chronology.csv", export.chronology_csv(findings.chronology)),
            ("data/statements.csv", export.statements_csv(documents, entities)),
            # Data other tools open: Aleph (FollowTheMoney), TimelineJS, Gephi (GEXF).
            ("data/entities.ftm.json", interchange.entities_ftm(documents, entities)),
            ("data/timeline.json", interchange.timeline_json(findings.chronology, documents, site)),
            ("data/network.gexf", interchange.network_gexf(documents, entities, pairs)),
            (REPORT_FILE, report_json(site)),
        ]

    parts: tuple[Callable[[], Any], ...] = (data, lambda: review_corpus(corpus, findings))
    workers = 1 if (jobs or available_cores()) < 2 else 2
    files, items = in_forks(lambda i: parts[i](), len(parts), workers)
    return items, files


def find_corrections(seeds: Path) -> Corrections | None:
    """The analyst's `corrections.yml` (or .yaml) in the seeds folder, validated."""
    for name in ("corrections.yml", "corrections.yaml"):
        path = seeds / name
        if path.is_file():
            return load_corrections(path)
    return None


def find(
    corpus: Corpus,
    corrections: Corrections | None = None,
    options: Options | None = None,
    clock: Stopwatch | None = None,
    *,
    keep_off_topic: bool = False,
) -> Findings:
    """The analysis stages, in order: language pipeline, then entities and chronology.

    Documents that look unrelated to the rest (resolve/relevance.py) are left out of
    the entities and the chronology, unless `keep_off_topic`; they are still built (their
    source pages) and listed in Findings.off_topic.
    """
    clock = clock or Stopwatch()
    analyses = analyse_corpus(corpus, options)
    clock.lap("analyse")
    off_topic = frozenset(r.document for r in relevance(corpus, analyses) if r.off_topic)
    counted, counted_analyses = corpus, analyses
    if off_topic and not keep_off_topic:
        counted = replace(
            corpus, documents=tuple(d for d in corpus.documents if d.id not in off_topic)
        )
        counted_analyses = [a for a in analyses if a.document not in off_topic]
    options = options or Options()
    folder = options.cache
    with AnalysisCache(folder, pipeline_version()) if folder else contextlib.nullcontext() as cache:
        resolved, flagged = resolve_entities(
            counted, counted_analyses, corrections, options.jobs, cache
        )
        entities = page_policy(resolved, len(counted.documents))
        clock.lap("resolve")
        with remembered_dates(folder):
            chronology = build_chronology(
                counted, counted_analyses, sentence_entities(entities), cache, options.jobs
            )
        clock.lap("chronology")
    listed = tuple(d.id for d in corpus.documents if d.id in off_topic)
    return Findings(tuple(entities), chronology, tuple(flagged), listed, not keep_off_topic)


def make_report_pdf(
    corpus: Corpus,
    findings: Findings,
    charts: Charts | None = None,
    full_text: bool | None = None,
    title: str | None = None,
    subtitle: str = "",
) -> bytes:
    """The report PDF from the same data as the site (see pdf.py), called `title`
    (default: as the site would name it), with `subtitle` on its cover."""
    from .publish.pdf import make_pdf

    return make_pdf(
        corpus.documents,
        findings.events,
        findings.key_dates,
        findings.entities,
        templates=TEMPLATES,
        title=title or report_info(ReportSettings(), corpus, findings.entities)["name"],
        subtitle=subtitle,
        full_text=full_text,
        charts=charts,
    )


@reused("renderer", key=lambda cache, site: (cache, Renderer.version_of(TEMPLATES, site)))
def _renderer(cache: Path | None, site: dict[str, str]) -> Renderer:
    """The page renderer; in the watch, the last build's (its templates compiled) when
    the templates and the report's name are the same."""
    return Renderer(TEMPLATES, site, cache=cache)


def _write_charts(output: Output, renderer: Renderer, charts: Charts) -> None:
    for chart in (*charts.overview, *charts.profiles):
        output.write(f"charts/{chart.name}.svg", chart.svg)
        output.write(f"charts/{chart.name}.csv", chart.csv)
    output.write(
        "charts/index.md",
        renderer.render("charts_index.md.j2", "charts/index.md", charts=charts),
    )


def analyse_corpus(corpus: Corpus, options: Options | None = None) -> list[Analysis]:
    """The language pipeline over every document, in corpus order.

    Analyses found in the cache are reused; the others are computed (on all cores, or
    on a cluster) and stored, so a rebuild after changing one document redoes that one,
    and of that one only the chunks (paragraphs) not seen before. In the watch, the
    analysis of a document loaded as the same object as last build is taken as it is.
    """
    options = options or Options()
    documents = corpus.documents
    remembered: dict[str, tuple[Document, Analysis]] = {}
    for document in documents:
        last = previous("analysis", document.id)
        if last is not None and last[0] is document:
            remembered[document.id] = last
    fresh = iter(_analyse([d for d in documents if d.id not in remembered], options))
    analyses = []
    for document in documents:
        kept = remembered.get(document.id) or (document, next(fresh))
        keep("analysis", document.id, kept)
        analyses.append(kept[1])
    return analyses


def _analyse(documents: Sequence[Document], options: Options) -> list[Analysis]:
    if not documents:
        return []
    if options.cache is None:
        fresh = analyse_documents(documents, jobs=options.jobs, scheduler=options.scheduler)
        return list(progress(fresh, "analysing", total=len(documents)))
    with AnalysisCache(options.cache, pipeline_version()) as cache:
        found = cache.get_many(documents)
        missing = [d for d in documents if d.id not in found]
        fresh = analyse_documents(
            missing, jobs=options.jobs, scheduler=options.scheduler, store=cache
        )
        analyses = []
        for document in progress(documents, "analysing"):
            analysis = found.get(document.id)
            if analysis is None:  # `fresh` yields the missing ones in corpus order
                analysis = next(fresh)
                cache.put(document, analysis)
            analyses.append(analysis)
        return analyses


class Stopwatch:
    """Wall-clock seconds per stage: call lap("stage") when a stage ends."""

    def __init__(self) -> None:
        self._last = time.perf_counter()
        self._laps: dict[str, float] = {}

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self._laps[stage] = self._laps.get(stage, 0.0) + now - self._last
        self._last = now

    def timings(self) -> tuple[tuple[str, float], ...]:
        return tuple(self._laps.items())


def publish(docs: Path, site_dir: Path, *, force: bool = False, seeds: Path | None = None) -> None:
    """Run `mkdocs build --strict` on `docs` into `site_dir`, swapping it in when done.

    The site folder is checked first (check_site_dir) and locked while it is written
    (the lock, `.<name>.lock`, sits beside it: the folder itself is swapped). Its
    manifest lists every file of the site; with `force`, files the tool did not write
    there (a .git, a CNAME) are carried into the new site.
    """
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    check_site_dir(site_dir, docs, seeds=seeds, force=force)
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    lock = Lock(site_dir.parent / f".{site_dir.name}.lock", site_dir)
    staging: Path | None = None
    try:
        _recover_site(site_dir)
        foreign = check_site_dir(site_dir, docs, seeds=seeds, force=force)
        staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.staging-", dir=site_dir.parent))
        _log_mkdocs_warnings()
        config = load_config(
            config_file=str(MKDOCS_CONFIG),
            docs_dir=str(docs.resolve()),
            site_dir=str(staging),
            strict=True,
            **site_settings(docs),
        )
        try:
            mkdocs_build(config)
        except MkDocsException as error:
            raise PublishError(
                f"{MKDOCS_CONFIG.name}: mkdocs build --strict failed ({error}). "
                "See the warnings above."
            ) from None
        staging.chmod(0o755)
        write_manifest(staging, (f for f, kind in walk(staging, ()) if kind == "file"))
        if force:
            carry(site_dir, staging, foreign)
        _swap(staging, site_dir)
    finally:
        try:
            if staging is not None:
                remove(staging)
        finally:
            lock.release()


def _swap(staging: Path, site_dir: Path) -> None:
    """Put the new site in place of the old: two renames (killed between them, the
    next publish puts the new one in place, see _recover_site)."""
    old = site_dir.with_name(f".old-{site_dir.name}")
    remove(old)
    moved = False
    if os.path.lexists(site_dir):
        site_dir.rename(old)
        moved = True
    try:
        staging.rename(site_dir)
    except BaseException:
        if moved:
            old.rename(site_dir)
        raise
    remove(old)


def _recover_site(site_dir: Path) -> None:
    """After a publish that was killed (the lock held): a complete new site (one with
    its manifest) that was not swapped in yet is put in place, or else the old one
    set aside is put back; then what is left over is removed."""
    old = site_dir.with_name(f".old-{site_dir.name}")
    stagings = sorted(
        site_dir.parent.glob(f".{site_dir.name}.staging-*"),
        key=lambda p: p.stat(follow_symlinks=False).st_mtime,
    )
    if not os.path.lexists(site_dir):
        complete = [s for s in stagings if (s / MANIFEST).is_file() and not s.is_symlink()]
        if complete:
            complete[-1].rename(site_dir)
        elif os.path.lexists(old):
            old.rename(site_dir)
    for leftover in (old, *stagings):
        remove(leftover)


def site_settings(docs: Path) -> dict[str, str]:
    """MkDocs' site_name and site_description for the report built into `docs` (its
    data/report.json): the report's own name, not mkdocs.yml's placeholder."""
    info = read_report_json(docs)
    settings = {}
    if info.get("name"):
        settings["site_name"] = info["name"]
    if info.get("description"):
        settings["site_description"] = info["description"]
    return settings


def built(out: Path) -> bool:
    """Whether `out` holds the pages of a build (to serve while a rebuild fails)."""
    return (out / "index.md").is_file() and (out / "build-report" / "index.md").is_file()


def protected(seeds: Path | None) -> list[tuple[str, Path]]:
    """Folders no output may be equal to or hold, even with --force."""
    folders = [("the seeds folder", seeds)] if seeds is not None else []
    folders += [("the project folder", PROJECT), ("the root folder", Path("/"))]
    with contextlib.suppress(RuntimeError):  # no home folder known: nothing to add
        folders.append(("your home folder", Path.home()))
    return folders


def check_site_dir(
    site_dir: Path, docs: Path, *, seeds: Path | None = None, force: bool = False
) -> list[str]:
    """Refuse a site folder the site cannot replace safely; returns the files in it
    that the tool did not write (kept with `force`, else refused).

    With a manifest, every file it does not list is the user's. Without one (a site
    built before manifests), a site holding build-report/index.html is taken as one
    this tool built, except its dot files (.git) and CNAME; any other is not.
    """
    refuse_unsafe(site_dir, "--site-dir", [*protected(seeds), ("the docs folder", docs)])
    if site_dir.resolve().is_relative_to(docs.resolve()):
        raise OutputError(
            f"{site_dir}: inside the docs folder {docs}; MkDocs would publish the site "
            "into itself. Pass --site-dir with a folder outside it, e.g. --site-dir site."
        )
    if not site_dir.exists():
        return []
    manifest = read_manifest(site_dir)
    if manifest is not None:
        ours = set(manifest["files"])
    elif (site_dir / "build-report" / "index.html").is_file():
        ours = None
    else:
        ours = set()
    foreign = []
    for relative, kind in walk(site_dir, (MANIFEST,)):
        if relative.rsplit("/", 1)[-1] in LITTER:
            continue
        if ours is None:
            top = relative.split("/", 1)[0]
            if not (top.startswith(".") or top == "CNAME"):
                continue
        elif kind == "file" and relative in ours:
            continue
        foreign.append(relative)
    foreign.sort()
    if foreign and not force:
        raise OutputError(refusal(site_dir, foreign, "--site-dir"))
    return foreign


def _log_mkdocs_warnings() -> None:
    logger = logging.getLogger("mkdocs")
    if not any(getattr(h, "_generator", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
        handler.setFormatter(logging.Formatter("mkdocs: %(levelname)s: %(message)s"))
        handler._generator = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
