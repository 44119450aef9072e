"""Shared fixtures: a factory for throwaway seeds folders, and the project's paths."""

from __future__ import annotations

import contextlib
import functools
import http.server
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

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
        folder = tmp_path / "seeds"
        folder.mkdir(exist_ok=True)
        for name, content in files.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(textwrap.dedent(content), encoding="utf-8")
        return folder

    return make


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once per session by the README's command; returns its folder.

    Browser, link and accessibility tests all read this one build.
    """
    root = tmp_path_factory.mktemp("built")
    docs, site = root / "docs", root / "site"
    command = [sys.executable, "-m", "generator", "site", "--seeds", str(SEEDS)]
    command += ["--out", str(docs), "--site-dir", str(site)]
    result = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return site


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def end_headers(self) -> None:
        # Lets LinkChecker exceed its default 10 requests a second (it is our own server).
        self.send_header("LinkChecker", "local test server")
        super().end_headers()


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve `folder` over HTTP on 127.0.0.1 (a free port) while in the block; yields its URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The built site served on localhost; its base URL (ends with a slash)."""
    with serve(built_site) as url:
        yield url
