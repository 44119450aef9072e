"""run(): the stages in order. Load, analyse, render, write; then publish with MkDocs."""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from . import export
from .charts import Charts, draw_charts
from .chronology import build_chronology, page_context, spans_as_entities, year_page_contexts
from .errors import InputError, PublishError
from .load import limits as load_limits
from .load import load_corpus
from .model import Analysis, Chronology, Corpus, Entity, Event, Problem
from .nlp import CHUNK_CHARS, analyse_documents
from .output import GENERATED, Output
from .progress import progress
from .render import Renderer

PROJECT = Path(__file__).resolve().parent.parent
TEMPLATES = PROJECT / "templates"
MKDOCS_CONFIG = PROJECT / "mkdocs.yml"
DOCS = PROJECT / "site_docs"
NEWEST = 10


@dataclass(frozen=True, slots=True)
class BuildResult:
    corpus: Corpus
    out: Path
    pages: int

    @property
    def problems(self) -> tuple[Problem, ...]:
        return self.corpus.problems


@dataclass(frozen=True, slots=True)
class Findings:
    """What the analysis stages found: the input of pages, charts and the PDF."""

    entities: tuple[Entity, ...]
    chronology: Chronology
    # Entity id -> {"name", "page"}: how pages link an entity (page None: plain name).
    entity_links: Mapping[str, Mapping[str, str | None]]

    @property
    def events(self) -> tuple[Event, ...]:
        return self.chronology.events

    @property
    def key_dates(self) -> tuple[str, ...]:
        return tuple(k.date for k in self.chronology.key_dates)


def run(
    seeds: Path, out: Path = DOCS, pdf: bool = False, full_text: bool | None = None
) -> BuildResult:
    """Build the Markdown pages and data files for the documents in `seeds` into `out`.

    With `pdf`, the report PDF is written into the docs folder as data/report.pdf, so
    MkDocs copies it like any file it knows and the home page's link to it validates.
    """
    corpus = load_corpus(seeds)
    documents = corpus.documents
    findings = find(corpus)
    charts = draw_charts(documents, findings.events, findings.key_dates, findings.entities)
    site = {"name": site_name()}
    renderer = Renderer(TEMPLATES, site)
    _copy_hand_written(out)
    output = Output(out)
    try:
        counts = {
            "documents": documents,
            "words": sum(d.words for d in documents),
            "sentences": sum(len(d.sentences) for d in documents),
            "date_range": corpus.date_range,
            "problems": corpus.problems,
        }
        output.write(
            "index.md",
            renderer.render(
                "home.md.j2",
                "index.md",
                newest=documents[:NEWEST],
                overview_chart=charts.get("activity"),
                pdf=pdf,
                **counts,
            ),
        )
        output.write(
            "sources/index.md",
            renderer.render("sources_index.md.j2", "sources/index.md", documents=documents),
        )
        for document in progress(documents, "pages"):
            output.write(
                document.page,
                renderer.render("source.md.j2", document.page, document=document),
            )
        output.write(
            "build-report/index.md",
            renderer.render(
                "build_report.md.j2",
                "build-report/index.md",
                documents=documents,
                problems=corpus.problems,
                errors=[p for p in corpus.problems if p.level == "error"],
                warnings=[p for p in corpus.problems if p.level == "warning"],
                limits={**load_limits(), "nlp_chunk_chars": CHUNK_CHARS},
            ),
        )
        output.write(
            "chronology/index.md",
            renderer.render(
                "chronology.md.j2",
                "chronology/index.md",
                **page_context(findings.chronology, corpus, findings.entity_links),
            ),
        )
        for page, context in year_page_contexts(findings.chronology, corpus, findings.entity_links):
            output.write(page, renderer.render("chronology_year.md.j2", page, **context))
        output.write("data/documents.json", export.documents_json(documents))
        output.write("data/chronology.json", export.chronology_json(findings.chronology))
        output.write("data/chronology.csv", export.chronology_csv(findings.chronology))
        _write_charts(output, renderer, charts)
        if pdf:
            output.write("data/report.pdf", make_report_pdf(corpus, findings, charts, full_text))
        output.commit()
    except BaseException:
        output.abort()
        raise
    return BuildResult(corpus, out, len(output.written))


def find(corpus: Corpus) -> Findings:
    """The analysis stages, in order: language pipeline, then entities and chronology."""
    analyses = analyse_corpus(corpus)
    # Stand-in until the entity stage provides resolved ids and profile pages: named
    # spans by sentence, shown as plain names.
    sentence_entities, entity_names = spans_as_entities(analyses)
    entity_links = {i: {"name": n, "page": None} for i, n in entity_names.items()}
    chronology = build_chronology(corpus, analyses, sentence_entities)
    return Findings((), chronology, entity_links)


def make_report_pdf(
    corpus: Corpus, findings: Findings, charts: Charts | None = None, full_text: bool | None = None
) -> bytes:
    """The report PDF from the same data as the site (see pdf.py)."""
    from .pdf import make_pdf

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


def _write_charts(output: Output, renderer: Renderer, charts: Charts) -> None:
    for chart in (*charts.overview, *charts.profiles):
        output.write(f"charts/{chart.name}.svg", chart.svg)
        output.write(f"charts/{chart.name}.csv", chart.csv)
    output.write(
        "charts/index.md",
        renderer.render("charts_index.md.j2", "charts/index.md", charts=charts),
    )


def analyse_corpus(corpus: Corpus) -> list[Analysis]:
    """The language pipeline over every document, in corpus order."""
    documents = corpus.documents
    return list(progress(analyse_documents(documents), "analysing", total=len(documents)))


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
