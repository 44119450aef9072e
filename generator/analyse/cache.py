"""Analyses kept between builds, so a rebuild redoes only what changed.

One SQLite file (atomic, one file, in the standard library) under the cache folder,
`.cache/` at the project root by default, which git ignores. It holds four tables:

* `chunks`: what the pipeline found in each chunk of text (nlp.chunk_document: a
  paragraph, or a run of its sentences), by a key that hashes everything that depends
  on: the pipeline's version (model, spaCy, kept labels, nlp.ANALYSIS_VERSION), the
  chunk's text and where its sentences start in it. Editing or appending a paragraph
  re-analyses that paragraph's chunks only.
* `documents`: each document's whole analysis, by the pipeline's version, the
  document's text and its sentence boundaries (spans are numbered by sentence): the
  fast path of a rebuild where most documents did not change, one row per document.
* `readings`: what a stage read in each document alone (resolve/prepare.py: its
  drafts and words; chronology/events.py: its dated sentences), by the stage, the
  pipeline's version, the code's (infra/source.py: any edit to the generator is another
  key), the whole document but its path, and its spans.
* `results`: the last result of a stage that reads the whole corpus, one row per stage
  (resolution's entities: resolve/entities.py), with the key it was made for: every
  document's reading key, in order, and the analyst's corrections. A rebuild of the
  same documents with the same code and corrections takes it as it is; any change
  makes it again, and the new one replaces it.

The document's id, title, date and path are in neither key: renaming a file does not
redo its analysis. FORMAT is in every key and version: entries of another layout
(and the one-table file of earlier builds) are never read, and are dropped.

Each stored value carries a checksum of itself (CHECK_CHARS hex digits of its SHA-256):
a value that does not match (a damaged file, a changed byte) is a miss, recomputed and
stored again, never read. A file SQLite cannot read is replaced.

The user's corrections file is not part of an analysis' key nor of a reading's: it
changes how mentions are resolved into entities, never what the pipeline found in a
document nor what resolution reads in it alone; it is part of the results' key.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from ..errors import ConfigError
from ..infra.source import code_version
from ..infra.store import open_store
from ..model import Analysis, Chunk, ChunkSpans, Document, Span

T = TypeVar("T")

FILE_NAME = "analyses.sqlite"
# Bump when what is stored, or how it is keyed, changes.
FORMAT = 3
CHECK_CHARS = 16  # the checksum that starts each stored value
_TABLES = ("documents", "chunks")  # (of the pipeline's version; readings: of the code's too)
_SCHEMA = """
DROP TABLE IF EXISTS analyses;
CREATE TABLE IF NOT EXISTS documents (
    key TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    spans TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS chunks (
    key TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    spans TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS readings (
    key TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS results (
    name TEXT PRIMARY KEY,
    key TEXT NOT NULL,
    value TEXT NOT NULL
);
"""
# SQLite's limit on the parameters of one query.
_BATCH = 500


class AnalysisCache:
    """Analyses by content key. Use as a context manager: new entries are saved on exit.

    `hits` and `misses` count documents; `chunk_hits` and `chunk_misses` the chunks of
    the documents that missed.
    """

    def __init__(self, folder: Path, version: str):
        self.path = folder / FILE_NAME
        self.version = f"{version} cache-{FORMAT}"
        self.reading_version = f"{self.version} code-{code_version()}"
        self.hits = 0
        self.misses = 0
        self.chunk_hits = 0
        self.chunk_misses = 0
        self._new: list[tuple[str, str, str]] = []
        self._new_chunks: list[tuple[str, str, str]] = []
        self._new_readings: list[tuple[str, str, str]] = []
        self._new_results: list[tuple[str, str, str]] = []
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._db = open_store(self.path, _SCHEMA)
        except (OSError, sqlite3.Error) as error:
            raise ConfigError(
                f"{self.path}: cannot open the analysis cache ({error}). "
                "Pass --cache with a writable folder, or --no-cache."
            ) from None

    def key(self, document: Document) -> str:
        bounds = ",".join(f"{s.number}:{s.start}:{s.end}:{s.paragraph}" for s in document.sentences)
        return _digest(self.version, document.text, bounds)

    def chunk_key(self, chunk: Chunk) -> str:
        return _digest(self.version, chunk.text, ",".join(map(str, chunk.starts)))

    def get_many(self, documents: Sequence[Document]) -> dict[str, Analysis]:
        """The cached analyses of these documents, by document id; counts hits and misses."""
        keys: dict[str, list[Document]] = {}
        for document in documents:  # documents with the same text share a key
            keys.setdefault(self.key(document), []).append(document)
        found: dict[str, Analysis] = {}
        for key, spans in self._select("documents", list(keys)):
            for document in keys[key]:
                analysis = _decode(document, spans)
                if analysis is not None:
                    found[document.id] = analysis
        self.hits += len(found)
        self.misses += len(documents) - len(found)
        return found

    def get_chunks(self, chunks: Sequence[Chunk]) -> dict[Chunk, ChunkSpans]:
        """The cached spans of these chunks; counts chunk hits and misses."""
        keys = {self.chunk_key(chunk): chunk for chunk in chunks}
        found = {}
        for key, stored in self._select("chunks", list(keys)):
            spans = _unseal(stored)
            if spans is not None:
                found[keys[key]] = tuple(
                    (label, index, start, end) for label, index, start, end in spans
                )
        self.chunk_hits += len(found)
        self.chunk_misses += len(keys) - len(found)
        return found

    def reading_key(self, document: Document, spans: Sequence[Span], stage: str = "resolve") -> str:
        """The key of what `stage` reads in `document` with its `spans` (readings:
        resolution's drafts and words, the chronology's dated sentences): the stage, all
        of the document but its path (where the corpus was given), which no reading
        looks at, and the spans."""
        document_key = repr(replace(document, path=Path()))
        return _digest(f"{self.reading_version} {stage}", document_key, repr(spans))

    def get_readings(self, keys: Sequence[str]) -> dict[str, Any]:
        """The readings kept under these keys (their JSON, decoded)."""
        found = {}
        for key, stored in self._select("readings", list(dict.fromkeys(keys)), "value"):
            value = _unseal(stored)
            if value is not None:
                found[key] = value
        return found

    def readings(
        self,
        keys: Sequence[str],
        read: Callable[[list[int]], Sequence[T]],
        packed: Callable[[T], Any],
        unpacked: Callable[[Any], T],
    ) -> list[T]:
        """What a stage read in each document, by its reading key: the readings kept,
        and those of the documents at the indices missing, read (`read(indices)`, in
        order) and kept; each as `packed` keeps it (plain lists and values, JSON), given
        back `unpacked`, so a reading is the same read now or kept."""
        kept = self.get_readings(keys)
        missing = [i for i, key in enumerate(keys) if key not in kept]
        for i, made in zip(missing, read(missing), strict=True):
            kept[keys[i]] = packed(made)
            self.put_reading(keys[i], kept[keys[i]])
        return [unpacked(kept[key]) for key in keys]

    def put_reading(self, key: str, value: Sequence[Any]) -> None:
        """Keep `value` (plain lists, tuples, dicts, strings and numbers) under `key`."""
        encoded = _seal(json.dumps(value, separators=(",", ":")))
        self._new_readings.append((key, self.reading_version, encoded))

    def result_key(self, reading_keys: Sequence[str], corrections: object) -> str:
        """The key of a result made from the whole corpus (results): every document's
        reading key, in the corpus' order, and the corrections (their repr)."""
        return _digest(self.reading_version, "\0".join(reading_keys), repr(corrections))

    def get_result(self, name: str, key: str) -> list[Any] | None:
        """The last result of stage `name` (its JSON, decoded), if it was made for `key`."""
        try:
            row = self._db.execute(
                "SELECT key, value FROM results WHERE name = ?", (name,)
            ).fetchone()
        except sqlite3.DatabaseError:
            self._replace()  # (as _select)
            return None
        if row is None or row[0] != key:
            return None
        return _unseal(row[1])

    def put_result(self, name: str, key: str, value: Sequence[Any]) -> None:
        """Keep `value` (plain lists, tuples, dicts, strings and numbers) as the last
        result of stage `name`, made for `key`, in place of the one before."""
        encoded = _seal(json.dumps(value, separators=(",", ":")))
        self._new_results.append((name, key, encoded))

    def put(self, document: Document, analysis: Analysis) -> None:
        self._new.append((self.key(document), self.version, _seal(_encode(analysis.spans))))

    def put_chunk(self, chunk: Chunk, spans: ChunkSpans) -> None:
        encoded = _seal(json.dumps(spans, separators=(",", ":")))
        self._new_chunks.append((self.chunk_key(chunk), self.version, encoded))

    def save(self) -> None:
        """Write the new entries; drop those of other pipeline versions (never hit again).
        A file too damaged to write to is replaced by a new one holding the new entries."""
        try:
            self._write()
        except sqlite3.DatabaseError:
            self._replace()
            self._write()
        self._new.clear()
        self._new_chunks.clear()
        self._new_readings.clear()
        self._new_results.clear()

    def _write(self) -> None:
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO chunks VALUES (?, ?, ?)", self._new_chunks)
            self._db.executemany("INSERT OR REPLACE INTO documents VALUES (?, ?, ?)", self._new)
            for table in _TABLES:
                self._db.execute(f"DELETE FROM {table} WHERE version != ?", (self.version,))  # noqa: S608 (a constant)
            if self._new_readings:  # (a build that read nothing leaves the others' readings)
                self._db.executemany(
                    "INSERT OR REPLACE INTO readings VALUES (?, ?, ?)", self._new_readings
                )
                self._db.execute("DELETE FROM readings WHERE version != ?", (self.reading_version,))
            self._db.executemany(
                "INSERT OR REPLACE INTO results VALUES (?, ?, ?)", self._new_results
            )

    def _replace(self) -> None:
        """Start a new file in place of a damaged one (the cache is ours to rebuild)."""
        self._db.close()
        self.path.unlink(missing_ok=True)
        self._db = open_store(self.path, _SCHEMA)

    def _select(self, table: str, keys: list[str], column: str = "spans") -> list[tuple[str, str]]:
        rows: list[tuple[str, str]] = []
        try:
            for offset in range(0, len(keys), _BATCH):
                batch = keys[offset : offset + _BATCH]
                marks = ",".join("?" * len(batch))
                rows += self._db.execute(
                    f"SELECT key, {column} FROM {table} WHERE key IN ({marks})",  # noqa: S608 (constant, "?")
                    batch,
                )
        except sqlite3.DatabaseError:
            # Damaged past what the checksums catch (SQLite's own pages): start afresh.
            self._replace()
            return []
        return rows

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> AnalysisCache:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            # Even after a failure or Ctrl-C: every entry put is a finished analysis, so
            # an interrupted first build goes on where it stopped. (SQLite's transaction
            # keeps the file whole if the save itself is interrupted.)
            self.save()
        finally:
            self.close()


def _digest(version: str, text: str, bounds: str) -> str:
    digest = hashlib.sha256()
    digest.update(version.encode())
    digest.update(b"\0")
    digest.update(text.encode("utf-8", "surrogatepass"))
    digest.update(b"\0")
    digest.update(bounds.encode())
    return digest.hexdigest()


def _encode(spans: Iterable[Span]) -> str:
    # The span's text is the document's text between its offsets: not stored twice.
    return json.dumps([[s.label, s.sentence, s.start, s.end] for s in spans], separators=(",", ":"))


def _seal(encoded: str) -> str:
    """The value as stored: its checksum, then itself."""
    return _checksum(encoded) + encoded


def _unseal(stored: object) -> list[Any] | None:
    """The stored spans, or None when the value does not match its checksum."""
    if not isinstance(stored, str):
        return None
    check, encoded = stored[:CHECK_CHARS], stored[CHECK_CHARS:]
    if check != _checksum(encoded):
        return None
    try:
        spans = json.loads(encoded)
    except ValueError:
        return None
    return spans if isinstance(spans, list) else None


def _checksum(encoded: str) -> str:
    return hashlib.sha256(encoded.encode("utf-8", "surrogatepass")).hexdigest()[:CHECK_CHARS]


def _decode(document: Document, stored: str) -> Analysis | None:
    spans = _unseal(stored)
    if spans is None:
        return None
    text = document.text
    return Analysis(
        document.id,
        tuple(
            Span(text[start:end], label, sentence, start, end)
            for label, sentence, start, end in spans
        ),
    )
