"""infra/store.py: the caches' SQLite files, and their recovery from a damaged file."""

from __future__ import annotations

import sqlite3

import pytest

from generator.infra.store import open_store

SCHEMA = "CREATE TABLE IF NOT EXISTS kept (key TEXT PRIMARY KEY, value TEXT NOT NULL);"


def test_a_new_file_gets_the_schema_and_keeps_rows(tmp_path):
    path = tmp_path / "x.sqlite"
    with open_store(path, SCHEMA) as db:
        db.execute("INSERT INTO kept VALUES ('a', '1')")
    db.close()
    db = open_store(path, SCHEMA)  # applying the schema again loses nothing
    assert db.execute("SELECT key, value FROM kept").fetchall() == [("a", "1")]
    db.close()


@pytest.mark.parametrize(
    "damage", [b"this is not a database" * 100, b"SQLite format 3\0" + b"\xff" * 5000]
)
def test_a_damaged_file_is_replaced_by_an_empty_one(tmp_path, damage):
    path = tmp_path / "x.sqlite"
    path.write_bytes(damage)
    db = open_store(path, SCHEMA)
    assert db.execute("SELECT count(*) FROM kept").fetchone() == (0,)
    db.close()
    assert path.read_bytes()[:16] == b"SQLite format 3\0"


def test_a_reader_leaves_a_damaged_file_alone(tmp_path):
    path = tmp_path / "x.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(sqlite3.DatabaseError):
        open_store(path, SCHEMA, replace_damaged=False)
    assert path.read_bytes() == b"this is not a database" * 100
