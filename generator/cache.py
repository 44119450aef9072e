"""Per-document analyses kept between builds, so a rebuild redoes only what changed.

One SQLite file (atomic, one file, in the standard library) under the cache folder,
`.cache/` at the project root by default, which git ignores. An analysis is found by a
key that hashes everything it depends on: the pipeline's version (model, spaCy, kept
labels, nlp.ANALYSIS_VERSION), the document's text and its sentence boundaries (spans
are numbered by sentence). The document's id, title, date and path are not in the key:
renaming a file does not redo its analysis.

The user's corrections file is not part of the key: it changes how mentions are
resolved into entities, a later stage that is always recomputed, never what the
pipeline found in a document.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType

from .errors import ConfigError
from .model import Analysis, Document, Span

FILE_NAME = "analyses.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS analyses (
    key TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    spans TEXT NOT NULL
)
"""


class AnalysisCache:
    """Analyses by content key. Use as a context manager: new entries are saved on exit."""

    def __init__(self, folder: Path, version: str):
        self.path = folder / FILE_NAME
        self.version = version
        self.hits = 0
        self.misses = 0
        self._new: list[tuple[str, str, str]] = []
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._db = _open(self.path)
        except (OSError, sqlite3.Error) as error:
            raise ConfigError(
                f"{self.path}: cannot open the analysis cache ({error}). "
                "Pass --cache with a writable folder, or --no-cache."
            ) from None

    def key(self, document: Document) -> str:
        digest = hashlib.sha256()
        digest.update(self.version.encode())
        digest.update(b"\0")
        digest.update(document.text.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
        bounds = ",".join(f"{s.number}:{s.start}:{s.end}:{s.paragraph}" for s in document.sentences)
        digest.update(bounds.encode())
        return digest.hexdigest()

    def get_many(self, documents: Sequence[Document]) -> dict[str, Analysis]:
        """The cached analyses of these documents, by document id; counts hits and misses."""
        keys: dict[str, list[Document]] = {}
        for document in documents:  # documents with the same text share a key
            keys.setdefault(self.key(document), []).append(document)
        found: dict[str, Analysis] = {}
        wanted = list(keys)
        for offset in range(0, len(wanted), 500):  # SQLite's limit on query parameters
            batch = wanted[offset : offset + 500]
            marks = ",".join("?" * len(batch))
            rows = self._db.execute(
                f"SELECT key, spans FROM analyses WHERE key IN ({marks})",  # noqa: S608 (only "?")
                batch,
            )
            for key, spans in rows:
                for document in keys[key]:
                    found[document.id] = _decode(document, spans)
        self.hits += len(found)
        self.misses += len(documents) - len(found)
        return found

    def put(self, document: Document, analysis: Analysis) -> None:
        self._new.append((self.key(document), self.version, _encode(analysis.spans)))

    def save(self) -> None:
        """Write the new entries; drop those of other pipeline versions (never hit again)."""
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO analyses VALUES (?, ?, ?)", self._new)
            self._db.execute("DELETE FROM analyses WHERE version != ?", (self.version,))
        self._new.clear()

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


def _open(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=30)
    try:
        db.execute(_SCHEMA)
    except sqlite3.DatabaseError:
        # Not a database (a damaged or foreign file): the cache is ours to rebuild.
        db.close()
        path.unlink()
        db = sqlite3.connect(path, timeout=30)
        db.execute(_SCHEMA)
    return db


def _encode(spans: Iterable[Span]) -> str:
    # The span's text is the document's text between its offsets: not stored twice.
    return json.dumps([[s.label, s.sentence, s.start, s.end] for s in spans], separators=(",", ":"))


def _decode(document: Document, spans: str) -> Analysis:
    text = document.text
    return Analysis(
        document.id,
        tuple(
            Span(text[start:end], label, sentence, start, end)
            for label, sentence, start, end in json.loads(spans)
        ),
    )
