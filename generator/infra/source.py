"""The generator's own code as a key: what a build keeps for the next one and the code
computed from the text (resolve/prepare.py: each document's drafts and words) is valid
only for the code that made it. Any edit to a module or a lexicon file, or another
Python, makes another key, and what was kept is made again."""

from __future__ import annotations

import hashlib
import sys
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]  # generator/


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of every file of the package (its path and bytes; not the compiled
    caches) and of the Python running it. About 10 ms, once per process."""
    digest = hashlib.sha256(sys.version.encode())
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(b"\0" + path.relative_to(PACKAGE).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
