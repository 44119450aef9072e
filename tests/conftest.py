"""Shared fixtures: a factory for throwaway seeds folders, and the project's paths."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.ingest.load import _load
from generator.model import Document

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


def load_document(path: Path, today: dt.date | None = None) -> Document:
    """Read one document file as load_corpus reads each; InputError as it raises it."""
    return _load(path, today or dt.date.today())[0]
