"""SQLite files kept between builds (the analysis cache, the chart cache): opened here,
one way, so that both recover from a damaged file alike."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def open_store(path: Path, schema: str, *, replace_damaged: bool = True) -> sqlite3.Connection:
    """A connection to the SQLite file at `path` (made if missing), `schema` applied: a
    script of statements that create what is missing, so that applying it again is
    harmless.

    Recovers from a file that is not a usable database: damaged (cut short by a full
    disk or a copy that stopped halfway, garbage after the header) or foreign (another
    program's file under that name), which SQLite reports as sqlite3.DatabaseError
    ("file is not a database", "database disk image is malformed") when the schema is
    applied. Such a file is only a cache, ours to rebuild: it is deleted and made again,
    empty. With `replace_damaged=False` (a reader that must not write) the error is
    raised instead.

    Raises sqlite3.Error when the file cannot be opened or made, OSError when a damaged
    one cannot be deleted; the connection is closed first.
    """
    try:
        return _connect(path, schema)
    except sqlite3.DatabaseError:
        if not replace_damaged:
            raise
    path.unlink()
    return _connect(path, schema)


def _connect(path: Path, schema: str) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=30)
    try:
        db.executescript(schema)
    except sqlite3.Error:
        db.close()
        raise
    return db
