"""Writing generated files: all into a staging folder, then swapped in at once.

A build that fails part-way leaves the previous output in place. Only the generated
entries (GENERATED) are ever removed from the docs folder; hand-written pages stay.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from ..infra.memo import Memo

# Top-level entries of the docs folder that the generator owns.
GENERATED = (
    "index.md",
    "sources",
    "people",
    "organizations",
    "places",
    "chronology",
    "charts",
    "data",
    "build-report",
)


# A staging folder this old is from a killed build.
STALE_SECONDS = 3600


class Output:
    """Generated files, written to staging as they come and swapped in by commit().

    With a Memo (the watch command), a file whose content is the same as the last build's
    is not written again: the file in place is linked into staging (a hard link), so it
    keeps its modification time and MkDocs' live reload sees only what changed. That
    is done only if the file is still the one written (same inode, size and time).
    """

    def __init__(self, out: Path, memo: Memo | None = None):
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        _recover(out)
        self.staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
        self.written: list[str] = []
        self.memo = memo
        self._folders: set[Path] = set()  # made already: a page is one syscall less

    def write(self, relative: str, content: str | bytes) -> None:
        top = relative.split("/", 1)[0]
        if top not in GENERATED:
            raise ValueError(f"{relative}: not under a generated folder")
        path = self.staging / relative
        if path.parent not in self._folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(path.parent)
        last = self._unchanged(relative, content)
        if last is not None and _link(self.out / relative, path):
            if self.memo is not None:  # (always: a record came from it)
                self.memo.put("files", relative, last)  # the same file as last build's
            self.written.append(relative)
            return
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8", newline="\n")
        else:
            path.write_bytes(content)
        if self.memo is not None:
            self.memo.put("files", relative, (content, _identity(path)))
        self.written.append(relative)

    def _unchanged(self, relative: str, content: str | bytes) -> Any:
        """The last build's record of this file, if it wrote the same content and the
        file in place is still the one it wrote (same inode, size and time)."""
        if self.memo is None:
            return None
        last = self.memo.previous("files", relative)
        if last is None or last[0] != content:
            return None
        if _identity(self.out / relative) != last[1]:
            return None  # changed or removed by hand since: written again
        return last

    def commit(self) -> None:
        """Replace the generated entries of `out` with the staged ones, all or none.

        The old entries are set aside first, then the new ones moved in (renames in one
        folder: no copying); if any step fails, what was moved is moved back.
        """
        aside: list[tuple[Path, Path]] = []
        placed: list[Path] = []
        try:
            for name in GENERATED:
                old, trash = self.out / name, self.out / f".old-{name}"
                _remove(trash)
                if old.exists():
                    old.rename(trash)
                    aside.append((old, trash))
            for name in GENERATED:
                new = self.staging / name
                if new.exists():
                    new.rename(self.out / name)
                    placed.append(self.out / name)
        except BaseException:
            for path in placed:
                _remove(path)
            for old, trash in reversed(aside):
                trash.rename(old)
            self.abort()
            raise
        for _, trash in aside:
            _remove(trash)
        _remove(self.staging)

    def abort(self) -> None:
        _remove(self.staging)


def _link(existing: Path, new: Path) -> bool:
    try:
        os.link(existing, new)
    except OSError:
        return False  # a file system without hard links: written instead
    return True


def _identity(path: Path) -> tuple[int, int, int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns)


def _recover(out: Path) -> None:
    """Clean up after a build that was killed (not failed: that cleans up after itself).

    An entry set aside by a commit that never finished is the previous output: it is
    put back. Staging folders older than STALE_SECONDS are removed; younger ones may
    belong to a build running now.
    """
    for name in GENERATED:
        trash = out / f".old-{name}"
        if trash.exists():
            if (out / name).exists():
                _remove(trash)
            else:
                trash.rename(out / name)
    now = time.time()
    for staging in out.glob(".staging-*"):
        if now - staging.stat().st_mtime > STALE_SECONDS:
            _remove(staging)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()
