"""Chart SVGs kept between builds, so a rebuild draws only the charts whose data changed.

One SQLite file beside the analysis cache (`charts.sqlite` in the build's cache
folder). An SVG is stored under a key that digests everything it depends on: the
chart's kind, the JSON of what it plots and plot.drawing_version() (see charts.py).
Each entry also keeps the SHA-256 of its SVG: an entry that does not match it is
treated as missing and redrawn.

The cache is an accelerator, never a source of failure: a folder that cannot be
written or a damaged file only means the charts are drawn as without a cache. It stays
small: after each build only the entries that build used are kept.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path

from ..infra.store import open_store

FILE_NAME = "charts.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS charts (
    key TEXT PRIMARY KEY,
    svg TEXT NOT NULL,
    sha256 TEXT NOT NULL
)
"""


def load_svgs(folder: Path, keys: Iterable[str]) -> dict[str, str]:
    """The stored SVGs of these keys that are intact, by key."""
    db = _open(folder / FILE_NAME, create=False)
    if db is None:
        return {}
    wanted = sorted(set(keys))
    found: dict[str, str] = {}
    try:
        marks = ",".join("?" * len(wanted))
        rows = db.execute(
            f"SELECT key, svg, sha256 FROM charts WHERE key IN ({marks})",  # noqa: S608 (only "?")
            wanted,
        ).fetchall()
    except sqlite3.Error:
        rows = []  # damaged beyond the header: everything is redrawn, and the file replaced
    finally:
        db.close()
    for key, svg, digest in rows:
        if isinstance(svg, str) and digest == _sha256(svg):
            found[key] = svg
    return found


def store_svgs(folder: Path, svgs: Mapping[str, str], used: Iterable[str]) -> None:
    """Store the new SVGs and drop every entry this build did not use."""
    keep = sorted(set(used) | set(svgs))
    path = folder / FILE_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    db = _open(path, create=True)
    if db is None:
        return
    try:
        with db:
            db.executemany(
                "INSERT OR REPLACE INTO charts VALUES (?, ?, ?)",
                [(key, svg, _sha256(svg)) for key, svg in sorted(svgs.items())],
            )
            marks = ",".join("?" * len(keep))
            db.execute(f"DELETE FROM charts WHERE key NOT IN ({marks})", keep)  # noqa: S608
    except (sqlite3.Error, UnicodeError):
        pass  # full disk, read-only file, damage: the next build draws again
    finally:
        db.close()


def _open(path: Path, create: bool) -> sqlite3.Connection | None:
    """The cache database, or None when there is none (yet) or it cannot be used. Only
    a writer (`create`) replaces a damaged file."""
    if not create and not path.is_file():
        return None
    try:
        return open_store(path, _SCHEMA, replace_damaged=create)
    except (sqlite3.Error, OSError):
        return None


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
