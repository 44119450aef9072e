"""run(): the stages in order. Load, analyse, render, write; then publish with MkDocs."""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .analyse.cache import AnalysisCache
from .analyse.nlp import analyse_documents, pipeline_version
from .chronology.dates import remembered_dates
from .chronology.events import build_chronology
from .errors import InputError, PublishError
from .infra.memo import Memo
from .infra.progress import progress
from .ingest.corrections import Corrections, load_corrections
from .ingest.load import load_corpus
from .model import Analysis, Corpus, Document, Findings, Problem
from .publish import export
from .publish.charts import Charts, draw_charts
from .publish.output import GENERATED, Output
from .publish.pages import render_pages
from .publish.policy import page_policy
from .publish.render import Renderer
from .resolve.entities import resolve_entities, sentence_entities

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

    @property
    def problems(self) -> tuple[Problem, ...]:
        return self.corpus.problems + self.flagged


@dataclass(frozen=True, slots=True)
class Options:
    """How the build runs, not what it builds: the output is the same with any of these."""

    cache: Path | None = CACHE  # folder of the analysis, chart and template caches; None: none
    jobs: int | None = None  # processes for the analysis and the pages; None: one per core
    scheduler: str | None = None  # a Dask scheduler address: analyse on that cluster


def run(
    seeds: Path,
    out: Path = DOCS,
    options: Options | None = None,
    *,
    pdf: bool = False,
    full_text: bool | None = None,
    memo: Memo | None = None,
) -> BuildResult:
    """Build the Markdown pages and data files for the documents in `seeds` into `out`.

    With `pdf`, the report PDF is written into the docs folder as data/report.pdf, so
    MkDocs copies it like any file it knows and the home page's link to it validates.
    With `memo` (kept by the caller from one build to the next, see watch.py), what an
    unchanged input gave last time is reused: the output is the same as without it.
    """
    options = options or Options()
    if memo is not None:
        memo.next_build()
    clock = Stopwatch()
    corpus = load_corpus(seeds, memo=memo)
    clock.lap("load")
    documents = corpus.documents
    corrections = find_corrections(seeds)  # a malformed file fails before the slow part
    findings = find(corpus, corrections, options, clock, memo)
    entities = findings.entities
    charts = draw_charts(
        documents, findings.events, findings.key_dates, entities, cache=options.cache
    )
    clock.lap("charts")
    renderer = _renderer(options.cache, memo)
    _copy_hand_written(out)
    output = Output(out, memo)
    try:
        jobs = options.jobs
        if memo is not None and not memo.has_previous("pages"):
            # The first build of a watch makes every page in this process, which keeps
            # what each was made from; pages made in a worker are made again next time.
            jobs = 1
        failed = render_pages(output, renderer, corpus, findings, charts, pdf=pdf, jobs=jobs)
        clock.lap("render")
        output.write("data/documents.json", export.documents_json(documents))
        output.write("data/entities.json", export.entities_json(entities, memo))
        output.write("data/chronology.json", export.chronology_json(findings.chronology, memo))
        output.write("data/chronology.csv", export.chronology_csv(findings.chronology))
        _write_charts(output, renderer, charts)
        clock.lap("data")
        if pdf:
            output.write("data/report.pdf", make_report_pdf(corpus, findings, charts, full_text))
            clock.lap("pdf")
        output.commit()
        clock.lap("write")
    except BaseException:
        output.abort()
        raise
    flagged = findings.problems + failed  # and pages or charts that failed
    return BuildResult(corpus, out, len(output.written), flagged, clock.timings())


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
    memo: Memo | None = None,
) -> Findings:
    """The analysis stages, in order: language pipeline, then entities and chronology."""
    clock = clock or Stopwatch()
    analyses = analyse_corpus(corpus, options, memo)
    clock.lap("analyse")
    resolved, flagged = resolve_entities(corpus, analyses, corrections, memo)
    entities = page_policy(resolved, len(corpus.documents))
    clock.lap("resolve")
    with remembered_dates((options or Options()).cache):
        chronology = build_chronology(corpus, analyses, sentence_entities(entities), memo=memo)
    clock.lap("chronology")
    return Findings(tuple(entities), chronology, tuple(flagged))


def make_report_pdf(
    corpus: Corpus, findings: Findings, charts: Charts | None = None, full_text: bool | None = None
) -> bytes:
    """The report PDF from the same data as the site (see pdf.py)."""
    from .publish.pdf import make_pdf

    return make_pdf(
        corpus.documents,
        findings.events,
        findings.key_dates,
        findings.entities,
        templates=TEMPLATES,
        title=site_name(),
        full_text=full_text,
        charts=charts,
    )


def _renderer(cache: Path | None, memo: Memo | None) -> Renderer:
    """The page renderer; with a memo, the last build's (its templates compiled) when
    the templates and the site's name are the same."""
    site = {"name": site_name()}
    if memo is None:
        return Renderer(TEMPLATES, site, cache=cache)
    last = memo.previous("renderer", "renderer")
    if isinstance(last, Renderer) and last.version == Renderer.version_of(TEMPLATES, site):
        renderer = last
    else:
        renderer = Renderer(TEMPLATES, site, cache=cache, memo=memo)
    memo.put("renderer", "renderer", renderer)
    return renderer


def _write_charts(output: Output, renderer: Renderer, charts: Charts) -> None:
    for chart in (*charts.overview, *charts.profiles):
        output.write(f"charts/{chart.name}.svg", chart.svg)
        output.write(f"charts/{chart.name}.csv", chart.csv)
    output.write(
        "charts/index.md",
        renderer.render("charts_index.md.j2", "charts/index.md", charts=charts),
    )


def analyse_corpus(
    corpus: Corpus, options: Options | None = None, memo: Memo | None = None
) -> list[Analysis]:
    """The language pipeline over every document, in corpus order.

    Analyses found in the cache are reused; the others are computed (on all cores, or
    on a cluster) and stored, so a rebuild after changing one document redoes that one,
    and of that one only the chunks (paragraphs) not seen before. With `memo`, the
    analysis of a document loaded as the same object as last build is taken as it is.
    """
    options = options or Options()
    documents = corpus.documents
    if memo is None:
        return _analyse(documents, options)
    version = pipeline_version()
    remembered: dict[str, Analysis] = {}
    for document in documents:
        last = memo.previous("analysis", document.id)
        if last is not None and last[0] is document and last[1] == version:
            remembered[document.id] = last[2]
    fresh = iter(_analyse([d for d in documents if d.id not in remembered], options))
    analyses = [remembered.get(d.id) or next(fresh) for d in documents]
    for document, analysis in zip(documents, analyses, strict=True):
        memo.put("analysis", document.id, (document, version, analysis))
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


def publish(docs: Path, site_dir: Path) -> None:
    """Run `mkdocs build --strict` on `docs` into `site_dir`, swapping it in when done."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    _check_site_dir(site_dir)
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".site-", dir=site_dir.parent))
    _log_mkdocs_warnings()
    try:
        config = load_config(
            config_file=str(MKDOCS_CONFIG),
            docs_dir=str(docs.resolve()),
            site_dir=str(staging),
            strict=True,
        )
        mkdocs_build(config)
    except MkDocsException as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise PublishError(
            f"{MKDOCS_CONFIG.name}: mkdocs build --strict failed ({error}). See the warnings above."
        ) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    staging.chmod(0o755)
    old = site_dir.with_name(f".old-{site_dir.name}")
    shutil.rmtree(old, ignore_errors=True)
    if site_dir.exists():
        site_dir.rename(old)
    staging.rename(site_dir)
    shutil.rmtree(old, ignore_errors=True)


def site_name() -> str:
    """The report's name: `site_name` of mkdocs.yml (read without its custom tags)."""

    class _Loader(yaml.SafeLoader):
        pass

    _Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    with MKDOCS_CONFIG.open(encoding="utf-8") as handle:
        config: dict[str, Any] = yaml.load(handle, Loader=_Loader)  # noqa: S506 (safe loader)
    return str(config.get("site_name") or "Report")


def _copy_hand_written(out: Path) -> None:
    """A docs folder other than the project's own gets the project's hand-written pages."""
    if out.resolve() == DOCS.resolve():
        return
    out.mkdir(parents=True, exist_ok=True)
    for entry in DOCS.iterdir():
        if entry.name in GENERATED or entry.name.startswith("."):
            continue
        target = out / entry.name
        if entry.is_dir():
            shutil.copytree(entry, target, dirs_exist_ok=True)
        else:
            shutil.copy2(entry, target)


def _check_site_dir(site_dir: Path) -> None:
    resolved = site_dir.resolve()
    if resolved in (PROJECT, DOCS.resolve(), Path.home(), Path("/")):
        raise InputError(f"{site_dir}: refusing to publish over this folder. Pass --site-dir site.")
    if site_dir.exists() and any(site_dir.iterdir()) and not (site_dir / "index.html").exists():
        raise InputError(
            f"{site_dir}: folder is not empty and holds no built site. "
            "Pass --site-dir with an empty folder or a previous site."
        )


def _log_mkdocs_warnings() -> None:
    logger = logging.getLogger("mkdocs")
    if not any(getattr(h, "_generator", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
        handler.setFormatter(logging.Formatter("mkdocs: %(levelname)s: %(message)s"))
        handler._generator = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
