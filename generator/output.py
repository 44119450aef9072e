"""Writing generated files: all into a staging folder, then swapped in at once.

A build that fails part-way leaves the previous output in place. Only the generated
entries (GENERATED) are ever removed from the docs folder; hand-written pages stay.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

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


class Output:
    """Generated files, written to staging as they come and swapped in by commit()."""

    def __init__(self, out: Path):
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
        self.written: list[str] = []

    def write(self, relative: str, content: str | bytes) -> None:
        top = relative.split("/", 1)[0]
        if top not in GENERATED:
            raise ValueError(f"{relative}: not under a generated folder")
        path = self.staging / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8", newline="\n")
        else:
            path.write_bytes(content)
        self.written.append(relative)

    def commit(self) -> None:
        """Replace the generated entries of `out` with the staged ones."""
        for name in GENERATED:
            old = self.out / name
            new = self.staging / name
            if not new.exists():
                _remove(old)  # stale output of an earlier build
                continue
            trash = self.out / f".old-{name}"
            _remove(trash)
            if old.exists():
                old.rename(trash)
            new.rename(old)
            _remove(trash)
        _remove(self.staging)

    def abort(self) -> None:
        _remove(self.staging)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()
