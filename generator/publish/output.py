"""Writing generated files: all into a staging folder, then swapped in at once.

The tool writes only what it generated, and knows it: a manifest (MANIFEST) in the
output folder lists every file it wrote there last time. Before anything is written
the folder is checked: one that holds anything else (a file of the user's, a .git,
another site) is refused unless the user passes --force, and then those files are
kept; a folder equal to or above the seeds, the project, the home folder or / is
refused even then (refuse_unsafe); nothing is written through a symbolic link. A lock
(LOCK) keeps two builds from writing one folder at once.

A build that fails part-way leaves the previous output in place. A build killed
part-way is finished or undone by the next one (recover): a staging folder that holds
its manifest was complete, and its swap is finished; any other is removed. Only the
generated entries (GENERATED) are replaced; hand-written pages stay.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import OutputError
from ..infra.memo import active, keep, previous

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
    "changes",
    "feed.xml",
)
MANIFEST = ".manifest.json"  # what the tool wrote into the folder (see write_manifest)
LOCK = ".lock"  # held by the build writing the folder (see Lock)

# A docs folder built before the manifest existed is recognised by its build report;
# a file in it is taken as that build's if its path is one the generator writes
# (slugs are lower-case ASCII, see text.slugify). Anything else is the user's.
LEGACY_MARK = "build-report/index.md"
LEGACY = re.compile(
    r"index\.md|build-report/(index|review)\.md|changes/index\.md|feed\.xml"
    r"|(sources|people|organizations|places|chronology)/[a-z0-9-]+\.md"
    r"|charts/index\.md|charts/(mentions/)?[a-z0-9-]+\.(svg|csv)"
    r"|data/(documents|entities|chronology|report)\.json|data/(chronology|statements)\.csv|data/report\.pdf"
    r"|data/mentions/[a-z0-9-]+\.csv|data/(entities\.ftm|timeline)\.json|data/network\.gexf"
)

# Files a file manager leaves in any folder it shows: not the user's work, not refused.
LITTER = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})

# Folders a build must never write into or above, even with --force: (what, path).
Protected = Collection[tuple[str, Path]]


class Output:
    """Generated files, written to staging as they come and swapped in by commit().

    Opening it checks the folder (see the module's docstring) and takes its lock;
    commit() or abort() gives the lock back. `pages` is the project's folder of
    hand-written pages: copied into any other docs folder, left alone in itself.

    In the watch (infra/memo.py), a file whose content is the same as the last build's
    is not written again: the file in place is linked into staging (a hard link), so it
    keeps its modification time and MkDocs' live reload sees only what changed. That
    is done only if the file is still the one written (same inode, size and time).
    """

    def __init__(
        self,
        out: Path,
        *,
        force: bool = False,
        protect: Protected = (),
        pages: Path | None = None,
    ):
        self.out = out
        self.force = force
        self.written: list[str] = []
        self.copied: dict[str, str] = {}  # hand-written page -> digest of what was copied
        self._folders: set[Path] = set()  # made already: a page is one syscall less
        refuse_unsafe(out, "--out", protect)
        out.mkdir(parents=True, exist_ok=True)
        self._lock: Lock | None = Lock(out / LOCK, out)
        try:
            recover(out)
            own = pages is not None and out.resolve() == pages.resolve()
            self.pages = None if own or pages is None else pages
            skip = {MANIFEST, LOCK}
            if own and pages is not None:  # the project's own pages are not checked
                skip |= {p.name for p in pages.iterdir() if p.name not in GENERATED}
            self.previous = read_manifest(out)
            self.foreign = self._foreign(skip)
            if self.foreign and not force:
                raise OutputError(refusal(out, self.foreign, "--out"))
            self.staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
        except BaseException:
            self._release()
            raise

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
            keep("files", relative, last)  # the same file as last build's
            self.written.append(relative)
            return
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8", newline="\n")
        else:
            path.write_bytes(content)
        if active() is not None:  # (only the watch compares: a one-shot build does not stat)
            keep("files", relative, (content, _identity(path)))
        self.written.append(relative)

    def _unchanged(self, relative: str, content: str | bytes) -> Any:
        """The last build's record of this file, if it wrote the same content and the
        file in place is still the one it wrote (same inode, size and time)."""
        last = previous("files", relative)
        if last is None or last[0] != content:
            return None
        if _identity(self.out / relative) != last[1]:
            return None  # changed or removed by hand since: written again
        return last

    def commit(self) -> None:
        """Replace the generated entries of `out` with the staged ones, all or none.

        The old entries are set aside first, then the new ones moved in (renames in one
        folder: no copying); if any step fails, what was moved is moved back. The
        manifest goes into staging before the first rename: killed after that, the
        next build finishes the swap (recover).
        """
        self._copy_pages()
        if self.force:  # the user's files in generated folders go on with the new ones
            carry(self.out, self.staging, [f for f in self.foreign if _top(f) in GENERATED])
        files = sorted({*self.written, *self.copied})
        write_manifest(self.staging, files, self.copied)
        aside: list[tuple[Path, Path]] = []
        placed: list[Path] = []
        try:
            for name in GENERATED:
                old, trash = self.out / name, self.out / f".old-{name}"
                remove(trash)
                if os.path.lexists(old):
                    old.rename(trash)
                    aside.append((old, trash))
            for name in GENERATED:
                new = self.staging / name
                if os.path.lexists(new):
                    new.rename(self.out / name)
                    placed.append(self.out / name)
        except BaseException:
            for path in placed:
                remove(path)
            for old, trash in reversed(aside):
                trash.rename(old)
            self.abort()
            raise
        try:  # the manifest last: until it is in place, recover() can finish all this
            for _, trash in aside:
                remove(trash)
            new = self.staging / MANIFEST
            if _same_bytes(new, self.out / MANIFEST):
                new.unlink()  # left as it is: a watch's live reload sees no change
            else:
                os.replace(new, self.out / MANIFEST)
            remove(self.staging)
        finally:
            self._release()

    def abort(self) -> None:
        try:
            remove(self.staging)
        finally:
            self._release()

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _foreign(self, skip: Collection[str]) -> list[str]:
        """Files (and empty folders, ending in "/") in the output that this tool did not
        write. A link where the build writes (a generated entry, a hand-written page
        or its folder) is refused outright."""
        previous = self.previous or {}
        ours = set(previous.get("files", ()))
        copied = previous.get("copied", {}) if isinstance(previous.get("copied"), dict) else {}
        legacy = self.previous is None and _is_file(self.out / LEGACY_MARK)
        hand = hand_written(self.pages) if self.pages is not None else {}
        folders = {str(p) for h in hand for p in Path(h).parents} - {"."}
        foreign = []
        for relative, kind in walk(self.out, skip):
            if kind == "link":
                if relative in GENERATED or relative in hand or relative in folders:
                    raise OutputError(
                        f"{self.out / relative}: a symbolic link, where the build writes. "
                        "Remove the link (the tool never writes through one), or pass --out "
                        "with another folder."
                    )
            elif kind == "file":
                if relative.rsplit("/", 1)[-1] in LITTER:
                    continue
                if relative in hand:
                    digest = _digest(self.out / relative)
                    if copied.get(relative) == digest or digest == _digest(hand[relative]):
                        continue
                elif relative in ours or (legacy and LEGACY.fullmatch(relative)):
                    continue
            foreign.append(relative)
        return sorted(foreign)

    def _copy_pages(self) -> None:
        """The project's hand-written pages, into a docs folder other than the project's
        (where the user keeps a page of that name, with --force, theirs stays)."""
        if self.pages is None:
            return
        pages = hand_written(self.pages)
        copied = (self.previous or {}).get("copied")
        for relative, digest in copied.items() if isinstance(copied, dict) else ():
            if (
                relative not in pages
                and relative not in self.foreign
                and _is_file(self.out / relative)
            ):
                self.copied[relative] = digest  # a page the project no longer has: still ours
        for relative, source in pages.items():
            if relative in self.foreign:
                continue
            content = source.read_bytes()
            self.copied[relative] = hashlib.sha256(content).hexdigest()
            target = self.out / relative
            if _is_file(target) and _digest(target) == self.copied[relative]:
                continue  # the same already: its time kept, for live reload
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(f".{target.name}.partial")
            try:
                partial.write_bytes(content)
                shutil.copystat(source, partial)
                os.replace(partial, target)  # replaces a link, never writes through it
            finally:
                partial.unlink(missing_ok=True)


class Lock:
    """The lock on an output folder: the file `path`, holding the pid of the build.

    An advisory lock (flock) on that file: the system lets it go when the process
    ends, so a build killed with SIGKILL does not keep the next one out.
    """

    def __init__(self, path: Path, folder: Path):
        while True:
            handle = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                pid = os.read(handle, 32).decode("ascii", "replace").strip() or "unknown"
                os.close(handle)
                raise OutputError(
                    f"{folder}: another build is writing it (pid {pid}). Wait for it, or "
                    f"remove {path} if it is not running."
                ) from None
            try:
                same = os.stat(path, follow_symlinks=False).st_ino == os.fstat(handle).st_ino
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(handle)  # removed by the build that had it meanwhile: again
        os.ftruncate(handle, 0)
        os.write(handle, f"{os.getpid()}\n".encode("ascii"))
        self.path = path
        self._handle: int | None = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            self.path.unlink(missing_ok=True)  # while still held: no one took it meanwhile
        finally:
            os.close(self._handle)
            self._handle = None


def refuse_unsafe(folder: Path, option: str, protect: Protected) -> None:
    """Refuse (even with --force) an output folder equal to or above a protected one,
    a link, or a file."""
    here = folder.resolve()
    example = f"{option} {'site' if option == '--site-dir' else 'docs'}"
    fix = f"Pass {option} with a folder of its own, e.g. {example}."
    for what, path in protect:
        if here == path.resolve():
            raise OutputError(f"{folder}: this is {what}; the build will not write into it. {fix}")
    for what, path in protect:
        if path.resolve().is_relative_to(here):
            raise OutputError(
                f"{folder}: holds {what} ({path}); the build will not write into it. {fix}"
            )
    if folder.is_symlink():
        raise OutputError(
            f"{folder}: a symbolic link; the tool never writes through one. "
            f"Pass {option} {here} (where it points) or another folder."
        )
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder}: a file, not a folder. {fix}")


def refusal(folder: Path, foreign: list[str], option: str) -> str:
    """The message for an output folder that holds files the tool did not write."""
    shown = ", ".join(printable(f) for f in foreign[:3])
    if len(foreign) > 3:
        shown += f" and {len(foreign) - 3} more"
    return (
        f"{folder}: holds files this tool did not write ({shown}). Move them out, pass "
        f"{option} with another folder, or pass --force to build there all the same "
        "(your files are kept, unless a generated file has the same name)."
    )


def printable(name: str) -> str:
    """A file name as it can be printed, undecodable bytes shown as \\xNN."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def read_manifest(folder: Path) -> dict[str, Any] | None:
    """The manifest of `folder`, or None when it has none (or not one it can trust)."""
    path = folder / MANIFEST
    if not _is_file(path):
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("files"), list):
        return None
    return data


def write_manifest(
    folder: Path, files: Iterable[str], copied: dict[str, str] | None = None
) -> None:
    """Write the manifest: every file the build wrote into the folder (and, for the
    hand-written pages copied, a digest of the copy, to tell a later edit)."""
    data: dict[str, Any] = {
        "about": "Files written by python -m generator. The next build replaces them.",
        "files": sorted(files),
    }
    if copied:
        data["copied"] = dict(sorted(copied.items()))
    partial = folder / f"{MANIFEST}.partial"
    try:
        partial.write_text(json.dumps(data, indent=0) + "\n", encoding="utf-8")
        os.replace(partial, folder / MANIFEST)
    finally:
        partial.unlink(missing_ok=True)


def hand_written(pages: Path) -> dict[str, Path]:
    """The project's hand-written pages: {path relative to `pages`: file}."""
    found: dict[str, Path] = {}
    for entry in sorted(pages.iterdir()):
        if entry.name in GENERATED or entry.name.startswith("."):
            continue
        for relative, kind in walk(pages, (), only=entry.name):
            if kind == "file":
                found[relative] = pages / relative
    return found


def walk(root: Path, skip: Collection[str], only: str | None = None) -> Iterator[tuple[str, str]]:
    """(path relative to root, kind) of everything under `root`, links not followed:
    kind is "file", "link", "dir" (an empty folder) or "other" (a pipe, a device).
    Top-level names in `skip` are left out; with `only`, just that top-level entry."""
    stack: list[tuple[str, Path]] = [("", root)]
    while stack:
        prefix, folder = stack.pop()
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
        if not entries and prefix:
            yield prefix, "dir"
        for entry in entries:
            if not prefix and (entry.name in skip or (only is not None and entry.name != only)):
                continue
            relative = prefix + entry.name
            if entry.is_symlink():
                yield relative, "link"
            elif entry.is_dir(follow_symlinks=False):
                stack.append((relative + "/", Path(entry.path)))
            elif entry.is_file(follow_symlinks=False):
                yield relative, "file"
            else:
                yield relative, "other"


def carry(old: Path, new: Path, relatives: Iterable[str]) -> None:
    """Put the user's files (paths relative to `old`; a folder ends in "/") into the
    new output `new`, linked (or copied) so that the old ones stay until the swap.
    A generated file of the same name wins."""
    for relative in relatives:
        source, target = old / relative.rstrip("/"), new / relative.rstrip("/")
        if os.path.lexists(target):
            continue
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            continue  # a generated file where the user had a folder: the generated wins
        if relative.endswith("/"):
            target.mkdir()
        elif source.is_symlink():
            os.symlink(os.readlink(source), target)
        else:
            try:
                os.link(source, target, follow_symlinks=False)
            except OSError as error:
                if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS):
                    raise
                shutil.copy2(source, target, follow_symlinks=False)


def recover(out: Path) -> None:
    """Clean up after a build that was killed (not failed: that cleans up after itself).

    Run with the folder's lock held, so no other build is under way. A staging folder
    that holds its manifest was complete: the swap it was in is finished. Otherwise an
    entry set aside by a commit that never finished is the previous output: it is put
    back. Every other staging folder and partial file is removed.
    """
    stagings = sorted(out.glob(".staging-*"), key=lambda p: p.stat(follow_symlinks=False).st_mtime)
    complete = [s for s in stagings if _is_file(s / MANIFEST) and not s.is_symlink()]
    if complete:
        _finish(out, complete[-1])
    for name in GENERATED:
        trash = out / f".old-{name}"
        if os.path.lexists(trash):
            if complete or os.path.lexists(out / name):
                remove(trash)
            else:
                trash.rename(out / name)
    for leftover in (*out.glob(".staging-*"), *out.glob(".*.partial"), *out.glob("*/.*.partial")):
        remove(leftover)


def _finish(out: Path, staging: Path) -> None:
    """Finish the swap of a complete staging folder: its entries replace the old ones."""
    manifest = read_manifest(staging) or {"files": []}
    entries = {_top(f) for f in manifest["files"]}
    for name in GENERATED:
        new, target = staging / name, out / name
        if os.path.lexists(new):  # not moved in yet
            remove(target)
            new.rename(target)
        elif name not in entries:  # the new output has none: the old one goes
            remove(target)
    os.replace(staging / MANIFEST, out / MANIFEST)


def remove(path: Path) -> None:
    """Remove a file, a link (not what it points to) or a folder; nothing if absent."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def _top(relative: str) -> str:
    return relative.split("/", 1)[0]


def _is_file(path: Path) -> bool:
    return path.is_file() and not path.is_symlink()


def _same_bytes(one: Path, other: Path) -> bool:
    try:
        return _is_file(other) and one.read_bytes() == other.read_bytes()
    except OSError:
        return False


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


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
