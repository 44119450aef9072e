"""Shared fixtures: a factory for throwaway seeds folders, the fixture corpora, the
project's paths, and the --update-golden option."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

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

MakeSeeds = Callable[[dict[str, str | bytes]], Path]


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
