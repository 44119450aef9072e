"""Shared fixtures: a factory for throwaway seeds folders, and the project's paths."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from .site_fixtures import built_site, site_url  # noqa: F401 (fixtures for all tests)

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT / "seeds"
SHARED = PROJECT.parent / "shared"
CORPORA = SHARED / "corpora"
GOLD = SHARED / "gold" / "seeds.yml"

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
