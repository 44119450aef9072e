"""Shared fixtures and helpers: the project's paths, the fixture corpora, a factory for
throwaway seeds folders, folder snapshots, a recording stand-in for the language
pipeline, the --update-golden option and the check that site-building tests are slow."""

from __future__ import annotations

import datetime as dt
import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.analyse import nlp
from generator.ingest.decode import read_bytes
from generator.ingest.load import _load, load_corpus
from generator.model import Analysis, Document, Span

from .chronology_fixtures import two_reports  # noqa: F401 (fixtures for all tests)
from .site_fixtures import built_site, site_url  # noqa: F401 (fixtures for all tests)

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT / "seeds"
# Small invented corpora (see tests/fixtures/README.md): wire stories, transcripts and
# Markdown with front matter.
FIXTURES = Path(__file__).resolve().parent / "fixtures"
WIRE = FIXTURES / "wire"
TRANSCRIPTS = FIXTURES / "transcripts"
FRONT_MATTER = FIXTURES / "frontmatter"
# A document that loads without a problem: the others of a test are the broken ones.
GOOD = "date 2022-01-02 Caracas (AP) A good document. It has two sentences.\n"

MakeSeeds = Callable[[dict[str, str | bytes]], Path]


# --- Seeds folders and corpora ----------------------------------------------------------


@pytest.fixture
def make_seeds(tmp_path: Path) -> MakeSeeds:
    """Write {name: content} into a fresh seeds folder and return its path."""

    def make(files: dict[str, str | bytes]) -> Path:
        return write_seeds(tmp_path / "seeds", files)

    return make


def write_seeds(folder: Path, files: dict[str, str | bytes]) -> Path:
    """Write {name: content} into `folder` (str is dedented, bytes written as they are)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8")
    return folder


def copy_fixtures(folder: Path, *corpora: Path) -> Path:
    """Copy the documents of fixture corpora into `folder` (a seeds folder of its own)."""
    folder.mkdir(parents=True, exist_ok=True)
    for corpus in corpora:
        for path in sorted(corpus.iterdir()):
            shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def seeds_corpus():
    """The project's seeds, loaded."""
    return load_corpus(SEEDS)


@pytest.fixture
def small_corpus(tmp_path):
    """The eight wire stories of tests/fixtures/wire (about 1,700 words), copied."""
    return load_corpus(copy_fixtures(tmp_path / "corpus", WIRE))


# --- Output folders ---------------------------------------------------------------------


def snapshot(folder: Path) -> dict[str, bytes]:
    """{relative path: bytes} of every file under `folder`."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def leftovers(folder: Path) -> list[str]:
    """Staging and set-aside folders that a build or publish left behind in `folder`."""
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.name.startswith((".staging-", ".old-", ".site-", ".site.", ".lock"))
    )


# --- The language pipeline, recorded -----------------------------------------------------


class Recorder:
    """Stands in for the pipeline, recording the texts sent to it."""

    def __init__(self, real):
        self.real = real
        self.texts = []

    def pipe(self, texts, **kwargs):
        def recorded():
            for text in texts:
                self.texts.append(text)
                yield text

        return self.real.pipe(recorded(), **kwargs)


@pytest.fixture
def recorder(monkeypatch):
    """The real pipeline behind a Recorder: `recorder.texts` are the texts analysed."""
    recorder = Recorder(nlp.load_pipeline())
    monkeypatch.setattr(nlp, "load_pipeline", lambda name=None: recorder)
    return recorder


# --- Options and checks -----------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/ from this build instead of comparing with it (test_golden.py)",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when pytest was run with --update-golden."""
    return bool(request.config.getoption("--update-golden"))


# Fixtures that build a real site with MkDocs: a test using one must be marked slow, so
# that `pytest -m "not slow"` stays quick (checked at collection, see below).
SITE_FIXTURES = frozenset({"built_site", "site_url", "hostile_site"})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    unmarked = [
        item.nodeid
        for item in items
        if SITE_FIXTURES & set(getattr(item, "fixturenames", ()))
        and item.get_closest_marker("slow") is None
    ]
    if unmarked:
        raise pytest.UsageError(
            "tests that build the site must be marked @pytest.mark.slow: " + ", ".join(unmarked)
        )


# --- Helpers the package does not need ------------------------------------------------


def load_document(path: Path, today: dt.date | None = None) -> Document:
    """Read one document file as load_corpus reads each; InputError as it raises it."""
    return _load(path, today or dt.date.today(), read_bytes(path))[0]


def analyse_document(document, language, batch_size=64):
    """Spans of one document, each assigned to the sentence it starts in: what
    nlp.analyse_documents returns, defined in one piece (the pipeline over the
    document's chunks, spans in document offsets), against which the chunked, cached
    and shared computation is checked."""
    chunks = [c for p in document.paragraphs() for c in nlp._chunks(p)]
    texts = ((document.text[c[0].start : c[-1].end], c) for c in chunks)
    spans = []
    for doc, sentences in language.pipe(texts, as_tuples=True, batch_size=batch_size):
        base = sentences[0].start
        index = 0
        for ent in doc.ents:
            if ent.label_ not in nlp.KEPT_LABELS:
                continue
            start = base + ent.start_char
            while index + 1 < len(sentences) and sentences[index + 1].start <= start:
                index += 1
            spans.append(
                Span(ent.text, ent.label_, sentences[index].number, start, base + ent.end_char)
            )
    return Analysis(document.id, tuple(spans))
