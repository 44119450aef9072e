"""The user's files are sacred, a build is all or nothing, errors are messages (issue 18).

Each case asserts the user's files are intact and the exact text the user sees.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import sqlite3
import threading
from pathlib import Path

import pytest

from generator import cli, pipeline, watch
from generator.errors import OutputError
from generator.publish import export, output
from generator.publish.output import LOCK, MANIFEST, Lock, Output

from .conftest import PROJECT, write_seeds

GOOD = "date 2022-01-02 Caracas (AP) Nicolás Maduro met Joe Biden. They spoke for an hour.\n"
SECOND = {"second.txt": "date 2022-05-05 Joe Biden spoke in Paris on Monday."}
REFUSED = (
    "Move them out, pass --out with another folder, or pass --force to build there all the "
    "same (your files are kept, unless a generated file has the same name)."
)


@pytest.fixture
def seeds(make_seeds) -> Path:
    return make_seeds({"good.txt": GOOD})


@pytest.fixture
def cache(tmp_path) -> Path:
    return tmp_path / "cache"


def build(seeds: Path, out: Path, cache: Path, *more: str) -> int:
    args = ["build", "--seeds", str(seeds), "--out", str(out), "--cache", str(cache)]
    return cli.main([*args, "--jobs", "1", *more])


def files(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (links as "-> target"), by relative path."""
    found = {}
    for path in sorted(folder.rglob("*")):
        relative = str(path.relative_to(folder))
        if path.is_symlink():
            found[relative] = f"-> {os.readlink(path)}".encode()
        elif path.is_file():
            found[relative] = path.read_bytes()
    return found


def leftovers(folder: Path) -> list[str]:
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.name.startswith((".staging-", ".old-", ".site", ".lock"))
        or p.name.endswith(".partial")
    )


def user_folder(tmp_path: Path, kept: dict[str, str]) -> tuple[Path, dict[str, bytes]]:
    folder = write_seeds(tmp_path / "mine", kept)
    return folder, files(folder)


# --- 1. The user's files: refused, or kept with --force ---------------------------------


def test_a_folder_of_the_users_files_is_refused_untouched(seeds, tmp_path, cache, capsys):
    out, before = user_folder(
        tmp_path,
        {"data/mine.csv": "a,b\n", "sources/x.pdf": "%PDF", "index.md": "# My notes\n"},
    )
    assert build(seeds, out, cache) == 1
    assert capsys.readouterr().err == (
        f"error: {out}: holds files this tool did not write "
        f"(data/mine.csv, index.md, sources/x.pdf). {REFUSED}\n"
    )
    assert files(out) == before  # nothing written, nothing left behind
    assert not cache.exists()  # refused before the slow part


def test_hand_written_pages_of_the_users_are_not_overwritten(seeds, tmp_path, cache, capsys):
    out, before = user_folder(
        tmp_path, {"about.md": "# About me\n", "stylesheets/extra.css": "body {}\n"}
    )
    assert build(seeds, out, cache) == 1
    assert capsys.readouterr().err == (
        f"error: {out}: holds files this tool did not write "
        f"(about.md, stylesheets/extra.css). {REFUSED}\n"
    )
    assert files(out) == before
    # With --force the build is written and the user's pages stay as they are.
    assert build(seeds, out, cache, "--force") == 0
    after = files(out)
    assert {k: after[k] for k in before} == before
    assert "sources/good.md" in after and "javascripts/chronology.js" in after
    manifest = json.loads(after[MANIFEST])
    assert "about.md" not in manifest["files"] and "sources/good.md" in manifest["files"]


def test_force_keeps_the_users_files_in_generated_folders(seeds, tmp_path, cache, capsys):
    out = tmp_path / "docs"
    assert build(seeds, out, cache) == 0
    write_seeds(out, {"data/mine.csv": "a,b\n", "sources/notes/x.pdf": "%PDF"})
    (out / "charts" / "empty").mkdir()
    write_seeds(seeds, SECOND)
    capsys.readouterr()
    assert build(seeds, out, cache) == 1
    assert capsys.readouterr().err == (
        f"error: {out}: holds files this tool did not write "
        f"(charts/empty/, data/mine.csv, sources/notes/x.pdf). {REFUSED}\n"
    )
    assert not (out / "sources" / "second.md").exists()
    assert build(seeds, out, cache, "--force") == 0
    assert (out / "sources" / "second.md").is_file()  # built
    assert (out / "data" / "mine.csv").read_text() == "a,b\n"  # and kept
    assert (out / "sources" / "notes" / "x.pdf").read_text() == "%PDF"
    assert (out / "charts" / "empty").is_dir()
    assert leftovers(out) == []
    assert build(seeds, out, cache) == 1  # still the user's: refused again without --force


def test_a_rebuild_replaces_only_what_it_wrote(seeds, tmp_path, cache):
    out = tmp_path / "docs"
    assert build(seeds, out, cache) == 0
    manifest = json.loads((out / MANIFEST).read_text())
    written = {k for k in files(out) if k != MANIFEST}
    assert set(manifest["files"]) == written
    assert set(manifest["copied"]) == {
        "about.md",
        "javascripts/chronology.js",
        "javascripts/tablesort.js",
        "stylesheets/extra.css",
    }
    # What a file manager leaves behind is not the user's work.
    write_seeds(out, {"sources/.DS_Store": "x", "data/Thumbs.db": "x"})
    assert build(seeds, out, cache) == 0
    # A copied page edited by the user is theirs from then on.
    (out / "about.md").write_text("# Mine now\n")
    assert build(seeds, out, cache) == 1
    assert (out / "about.md").read_text() == "# Mine now\n"


def test_a_page_the_project_no_longer_has_stays_ours(seeds, tmp_path, cache, monkeypatch):
    pages = write_seeds(tmp_path / "pages", {"about.md": "# About\n", "old.md": "# Old\n"})
    monkeypatch.setattr(pipeline, "DOCS", pages)
    out = tmp_path / "docs"
    assert build(seeds, out, cache) == 0
    (pages / "old.md").unlink()
    for _ in range(2):
        assert build(seeds, out, cache) == 0
        assert (out / "old.md").read_text() == "# Old\n"
    (pages / "about.md").write_text("# About, new\n")  # the project's page changed: copied
    assert build(seeds, out, cache) == 0
    assert (out / "about.md").read_text() == "# About, new\n"


@pytest.mark.parametrize(
    "link", ["about.md", "stylesheets", "sources", "index.md", "stylesheets/extra.css"]
)
def test_nothing_is_written_through_a_link(seeds, tmp_path, cache, capsys, link):
    out = tmp_path / "docs"
    assert build(seeds, out, cache) == 0
    outside = write_seeds(tmp_path / "outside", {"extra.css": "keep\n", "file.md": "keep\n"})
    before = files(outside)
    target = outside if link in ("stylesheets", "sources") else outside / "file.md"
    output.remove(out / link)
    (out / link).symlink_to(target)
    capsys.readouterr()
    for force in ([], ["--force"]):  # refused even with --force
        assert build(seeds, out, cache, *force) == 1
        assert capsys.readouterr().err == (
            f"error: {out / link}: a symbolic link, where the build writes. Remove the link "
            "(the tool never writes through one), or pass --out with another folder.\n"
        )
    assert files(outside) == before


def test_an_output_folder_that_is_a_link_is_refused(seeds, tmp_path, cache, capsys):
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "docs").symlink_to(real)
    assert build(seeds, tmp_path / "docs", cache, "--force") == 1
    assert capsys.readouterr().err == (
        f"error: {tmp_path / 'docs'}: a symbolic link; the tool never writes through one. "
        f"Pass --out {real} (where it points) or another folder.\n"
    )
    assert list(real.iterdir()) == []


def test_out_equal_to_or_above_the_seeds_is_refused_even_with_force(
    make_seeds, tmp_path, cache, capsys
):
    seeds = make_seeds({"good.txt": GOOD, "index.md": "---\ndate: 2022-01-01\n---\nMine.\n"})
    before = files(seeds)
    fix = "Pass --out with a folder of its own, e.g. --out docs."
    assert build(seeds, seeds, cache, "--force") == 1
    assert capsys.readouterr().err == (
        f"error: {seeds}: this is the seeds folder; the build will not write into it. {fix}\n"
    )
    # A seeds folder named like a generated one, under --out.
    nested = write_seeds(tmp_path / "project" / "sources", {"good.txt": GOOD})
    assert build(nested, tmp_path / "project", cache, "--force") == 1
    assert capsys.readouterr().err == (
        f"error: {tmp_path / 'project'}: holds the seeds folder ({nested}); "
        f"the build will not write into it. {fix}\n"
    )
    assert files(seeds) == before
    assert [p.name for p in (tmp_path / "project").iterdir()] == ["sources"]
    assert files(nested) == {"good.txt": GOOD.encode()}


def test_the_project_home_and_root_folders_are_refused(seeds, tmp_path, cache, capsys, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    fix = "Pass --out with a folder of its own, e.g. --out docs."
    for folder, what in [
        (PROJECT, "this is the project folder"),
        (home, "this is your home folder"),
        (Path("/"), "this is the root folder"),
        (tmp_path, f"holds the seeds folder ({seeds})"),
    ]:
        assert build(seeds, folder, cache, "--force") == 1
        assert capsys.readouterr().err == (
            f"error: {folder}: {what}; the build will not write into it. {fix}\n"
        )
    assert list(home.iterdir()) == []


def test_the_projects_docs_folder_keeps_its_pages_and_takes_an_older_build(
    seeds, tmp_path, cache, monkeypatch, capsys
):
    docs = tmp_path / "site_docs"
    write_seeds(docs, {"about.md": "# About\n", "stylesheets/extra.css": "b {}\n"})
    monkeypatch.setattr(pipeline, "DOCS", docs)
    # A first build: no manifest yet, only the project's pages there.
    assert build(seeds, docs, cache) == 0
    assert (docs / "about.md").read_text() == "# About\n"
    assert "about.md" not in json.loads((docs / MANIFEST).read_text())["files"]
    # A build by a version without manifests: its entries are taken as generated
    # when every file in them is named as the generator names its files.
    (docs / MANIFEST).unlink()
    write_seeds(seeds, SECOND)
    assert build(seeds, docs, cache) == 0
    assert (docs / "sources" / "second.md").is_file()
    assert (docs / "stylesheets" / "extra.css").read_text() == "b {}\n"
    (docs / MANIFEST).unlink()
    write_seeds(docs, {"sources/x.pdf": "%PDF", "data/mine.csv": "1\n"})
    capsys.readouterr()
    assert build(seeds, docs, cache) == 1
    assert capsys.readouterr().err == (
        f"error: {docs}: holds files this tool did not write (data/mine.csv, sources/x.pdf). "
        f"{REFUSED}\n"
    )
    assert (docs / "sources" / "x.pdf").read_text() == "%PDF"


# --- The site folder --------------------------------------------------------------------

SITE_REFUSED = (
    "Move them out, pass --site-dir with another folder, or pass --force to build there all "
    "the same (your files are kept, unless a generated file has the same name)."
)


def site(seeds: Path, docs: Path, site_dir: Path, cache: Path, *more: str) -> int:
    args = ["site", "--seeds", str(seeds), "--out", str(docs), "--site-dir", str(site_dir)]
    return cli.main([*args, "--cache", str(cache), *more])


def test_a_site_folder_of_the_users_is_refused_before_building(seeds, tmp_path, cache, capsys):
    site_dir, before = user_folder(
        tmp_path,
        {".git/HEAD": "ref: refs/heads/main\n", "CNAME": "example.org\n", "index.html": "<p>"},
    )
    docs = tmp_path / "docs"
    assert site(seeds, docs, site_dir, cache) == 1
    assert capsys.readouterr().err == (
        f"error: {site_dir}: holds files this tool did not write (.git/HEAD, CNAME, index.html). "
        f"{SITE_REFUSED}\n"
    )
    assert files(site_dir) == before
    assert not docs.exists()  # nothing built
    assert leftovers(tmp_path) == []


def test_force_publishes_and_keeps_the_users_git_and_cname(seeds, tmp_path, cache, capsys):
    docs, site_dir = tmp_path / "docs", tmp_path / "site"
    assert site(seeds, docs, site_dir, cache) == 0
    ours = json.loads((site_dir / MANIFEST).read_text())["files"]
    assert "index.html" in ours and "sources/good.html" in ours
    write_seeds(site_dir, {".git/HEAD": "ref: refs/heads/gh-pages\n", "CNAME": "example.org\n"})
    (site_dir / ".git" / "refs").mkdir()
    write_seeds(seeds, SECOND)
    capsys.readouterr()
    assert site(seeds, docs, site_dir, cache) == 1
    assert capsys.readouterr().err == (
        f"error: {site_dir}: holds files this tool did not write (.git/HEAD, .git/refs/, CNAME). "
        f"{SITE_REFUSED}\n"
    )
    assert site(seeds, docs, site_dir, cache, "--force") == 0
    assert (site_dir / "sources" / "second.html").is_file()
    assert (site_dir / ".git" / "HEAD").read_text() == "ref: refs/heads/gh-pages\n"
    assert (site_dir / ".git" / "refs").is_dir()
    assert (site_dir / "CNAME").read_text() == "example.org\n"
    assert "CNAME" not in json.loads((site_dir / MANIFEST).read_text())["files"]
    assert leftovers(tmp_path) == []


def test_site_folders_that_are_never_replaced(seeds, tmp_path):
    docs = tmp_path / "docs"
    fix = "Pass --site-dir with a folder of its own, e.g. --site-dir site."
    for site_dir, what in [
        (docs, "this is the docs folder"),
        (seeds, "this is the seeds folder"),
        (tmp_path, f"holds the seeds folder ({seeds})"),
        (PROJECT, "this is the project folder"),
    ]:
        with pytest.raises(OutputError) as raised:
            pipeline.check_site_dir(site_dir, docs, seeds=seeds, force=True)
        assert str(raised.value) == f"{site_dir}: {what}; the build will not write into it. {fix}"
    with pytest.raises(OutputError) as raised:
        pipeline.check_site_dir(docs / "site", docs, seeds=seeds, force=True)
    assert str(raised.value) == (
        f"{docs / 'site'}: inside the docs folder {docs}; MkDocs would publish the site into "
        "itself. Pass --site-dir with a folder outside it, e.g. --site-dir site."
    )


def test_a_site_built_before_manifests_is_recognised(seeds, tmp_path):
    old = write_seeds(
        tmp_path / "site", {"index.html": "<p>", "build-report/index.html": "<p>", "x.js": ""}
    )
    assert pipeline.check_site_dir(old, tmp_path / "docs", seeds=seeds) == []
    write_seeds(old, {".git/HEAD": "x", "CNAME": "example.org"})
    assert pipeline.check_site_dir(old, tmp_path / "docs", seeds=seeds, force=True) == [
        ".git/HEAD",
        "CNAME",
    ]
    other = write_seeds(tmp_path / "other", {"index.html": "<p>another site</p>"})
    with pytest.raises(OutputError, match="holds files this tool did not write"):
        pipeline.check_site_dir(other, tmp_path / "docs", seeds=seeds)


def test_a_publish_killed_between_its_renames_is_finished(tmp_path):
    site_dir = tmp_path / "site"
    old = write_seeds(tmp_path / ".old-site", {"index.html": "old"})
    new = write_seeds(tmp_path / ".site.staging-x", {"index.html": "new"})
    output.write_manifest(new, ["index.html"])
    pipeline._recover_site(site_dir)
    assert (site_dir / "index.html").read_text() == "new"
    assert leftovers(tmp_path) == []
    # Killed before the new site was complete: the old one is put back.
    output.remove(site_dir)
    write_seeds(old, {"index.html": "old"})
    write_seeds(tmp_path / ".site.staging-y", {"index.html": "half"})
    pipeline._recover_site(site_dir)
    assert (site_dir / "index.html").read_text() == "old"
    assert leftovers(tmp_path) == []


# --- 3. Messages, not tracebacks ----------------------------------------------------------


def test_an_unreadable_seeds_folder(seeds, tmp_path, cache, capsys, monkeypatch):
    real_iterdir = Path.iterdir

    def iterdir(self):
        if self == seeds:  # (the tests run as root: chmod 000 would not stop them)
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    assert build(seeds, tmp_path / "docs", cache) == 1
    assert capsys.readouterr().err == (
        f"error: {seeds}: permission denied. Give yourself access (chmod u+rwX), "
        "or use another folder.\n"
    )


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (
            errno.ENOSPC,
            "no space left on the device. Free some space, or pass --out, --site-dir or "
            "--cache with a folder on another disk.",
        ),
        (
            errno.EROFS,
            "the file system is read-only. Make it writable, or pass --out, --site-dir or "
            "--cache with a folder on a writable disk.",
        ),
    ],
)
def test_a_full_or_read_only_disk(seeds, tmp_path, cache, capsys, monkeypatch, code, message):
    out = tmp_path / "docs"
    assert build(seeds, out, cache) == 0
    before = files(out)
    write_seeds(seeds, SECOND)
    real_write = Path.write_text

    def write_text(self, *args, **kwargs):
        if self.name == "second.md":
            raise OSError(code, os.strerror(code), str(self))
        return real_write(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", write_text)
    capsys.readouterr()
    assert build(seeds, out, cache) == 1
    staged = capsys.readouterr().err.removeprefix("error: ").split(": ", 1)
    assert staged[0].startswith(f"{out}/.staging-") and staged[0].endswith("/sources/second.md")
    assert staged[1] == message + "\n"
    assert files(out) == before
    assert leftovers(out) == []


def test_a_full_disk_under_the_cache(seeds, tmp_path, cache, capsys, monkeypatch):
    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(pipeline, "analyse_corpus", full)
    assert build(seeds, tmp_path / "docs", cache) == 1
    assert capsys.readouterr().err == (
        f"error: {cache}: the cache cannot be used (database or disk is full). Free some "
        "space, pass --cache with another folder, or --no-cache.\n"
    )
    assert leftovers(tmp_path / "docs") == []


def test_corrections_nested_too_deeply(make_seeds, tmp_path, cache, capsys):
    seeds = make_seeds({"good.txt": GOOD, "corrections.yml": "- ignore: " + "[" * 50_000})
    assert build(seeds, tmp_path / "docs", cache) == 1
    assert capsys.readouterr().err == (
        f"error: {seeds}/corrections.yml: nested too deeply to read. Write each correction "
        'as a flat entry, e.g. "- ignore: Name".\n'
    )
    assert leftovers(tmp_path / "docs") == []


def test_a_failed_pdf_leaves_no_partial_file(seeds, tmp_path, cache, capsys, monkeypatch):
    monkeypatch.setattr(pipeline, "make_report_pdf", lambda *args, **kwargs: b"%PDF-1.7")
    real_write = Path.write_bytes

    def write_bytes(self, data):
        if not self.name.endswith(".partial"):
            return real_write(self, data)
        real_write(self, data[:3])  # the disk fills up part-way
        raise OSError(errno.ENOSPC, "No space left on device", str(self))

    monkeypatch.setattr(Path, "write_bytes", write_bytes)
    pdf = tmp_path / "out" / "report.pdf"
    code = cli.main(["pdf", "--seeds", str(seeds), "--output", str(pdf), "--cache", str(cache)])
    assert code == 1
    assert capsys.readouterr().err.endswith(
        f"error: {pdf.parent}/.report.pdf.partial: no space left on the device. Free some "
        "space, or pass --out, --site-dir or --cache with a folder on another disk.\n"
    )
    assert list(pdf.parent.iterdir()) == []


def test_a_terminated_build_cleans_up(seeds, tmp_path, cache, capsys, monkeypatch):
    out = tmp_path / "docs"
    assert build(seeds, out, cache) == 0
    before = files(out)
    real_render = pipeline.render_pages

    def render_then_terminated(*args, **kwargs):
        real_render(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGTERM)  # kill PID, a CI timeout

    monkeypatch.setattr(pipeline, "render_pages", render_then_terminated)
    write_seeds(seeds, SECOND)
    capsys.readouterr()
    assert build(seeds, out, cache) == 130
    assert capsys.readouterr().err == "error: interrupted; the previous output is left in place.\n"
    assert files(out) == before
    assert leftovers(out) == []
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL


# --- 4. One build at a time ---------------------------------------------------------------


def test_a_second_build_on_one_folder_is_refused(seeds, tmp_path, cache, capsys):
    out = tmp_path / "docs"
    assert build(seeds, out, cache) == 0
    before = files(out)
    capsys.readouterr()
    lock = Lock(out / LOCK, out)  # another build, under way
    try:
        write_seeds(seeds, SECOND)
        assert build(seeds, out, cache) == 1
        assert capsys.readouterr().err == (
            f"error: {out}: another build is writing it (pid {os.getpid()}). Wait for it, "
            f"or remove {out}/.lock if it is not running.\n"
        )
        assert files(out) == {**before, LOCK: f"{os.getpid()}\n".encode()}
    finally:
        lock.release()
    assert build(seeds, out, cache) == 0
    assert (out / "sources" / "second.md").is_file()
    assert not (out / LOCK).exists()


def test_a_lock_left_by_a_killed_build_does_not_block(seeds, tmp_path, cache):
    out = tmp_path / "docs"
    out.mkdir()
    (out / LOCK).write_text("999999999\n")  # written, never locked: its build is gone
    assert build(seeds, out, cache) == 0
    assert not (out / LOCK).exists()


# --- 5. Killed at any point: the old output or the new one, complete -------------------


STAGES = [
    (pipeline, "find_corrections"),
    (pipeline, "analyse_corpus"),
    (pipeline, "resolve_entities"),
    (pipeline, "build_chronology"),
    (pipeline, "draw_charts"),
    (pipeline, "render_pages"),
    (export, "documents_json"),
    (pipeline, "_write_charts"),
    (output, "carry"),
    (output, "write_manifest"),
]


@pytest.fixture
def two_outputs(seeds, tmp_path):
    """A docs folder built from `seeds`; what the next build (SECOND added) writes."""
    options = pipeline.Options(cache=tmp_path / "cache", jobs=1)
    out = tmp_path / "docs"
    pipeline.run(seeds, out, options)
    old = files(out)
    write_seeds(seeds, SECOND)
    pipeline.run(seeds, tmp_path / "new", options)
    new = files(tmp_path / "new")
    assert old != new
    return out, options, old, new


@pytest.mark.parametrize(("module", "name"), STAGES)
def test_a_stage_that_fails_leaves_the_old_output(seeds, two_outputs, monkeypatch, module, name):
    out, options, old, _ = two_outputs

    def fail(*args, **kwargs):
        raise RuntimeError(f"{name} failed")

    monkeypatch.setattr(module, name, fail)
    with pytest.raises(RuntimeError, match=f"{name} failed"):
        pipeline.run(seeds, out, options, force=True)
    assert files(out) == old
    assert leftovers(out) == []


def _killed(build, kill_at) -> bool:
    """Run `build` in a child process that SIGKILLs itself where `kill_at` says; False
    if it ran to the end instead."""
    child = os.fork()
    if child == 0:  # pragma: no cover (the child)
        try:
            kill_at()
            build()
        finally:
            os._exit(3)
    _, status = os.waitpid(child, 0)
    if os.WIFSIGNALED(status):
        assert os.WTERMSIG(status) == signal.SIGKILL
        return True
    assert os.WEXITSTATUS(status) == 3
    return False


def _kill() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


@pytest.mark.parametrize(("module", "name"), STAGES)
def test_a_build_killed_at_a_stage_leaves_the_old_output(seeds, two_outputs, module, name):
    out, options, old, _ = two_outputs

    def kill_at() -> None:
        setattr(module, name, lambda *args, **kwargs: _kill())

    assert _killed(lambda: pipeline.run(seeds, out, options, force=True), kill_at)
    Output(out).abort()  # what the next build does first
    assert files(out) == old
    assert leftovers(out) == []


def test_a_build_killed_between_the_renames_of_the_swap_is_old_or_new(seeds, two_outputs):
    out, options, old, new = two_outputs
    seen = []
    step = 0
    while True:
        step += 1
        renames = [0]

        def kill_at(step=step, renames=renames) -> None:
            real_rename, real_replace = Path.rename, os.replace

            def rename(self, target):
                renames[0] += 1
                if renames[0] == step:
                    _kill()
                return real_rename(self, target)

            def replace(source, target):
                renames[0] += 1
                if renames[0] == step:
                    _kill()
                return real_replace(source, target)

            real_commit = Output.commit

            def commit(self):
                Path.rename = rename  # type: ignore[method-assign]
                os.replace = replace
                real_commit(self)

            Output.commit = commit  # type: ignore[method-assign]

        if not _killed(lambda: pipeline.run(seeds, out, options), kill_at):
            break
        Output(out).abort()
        state = files(out)
        assert state in (old, new), step
        seen.append("old" if state == old else "new")
        assert leftovers(out) == []
        if state == new:  # back to the old one for the next kill
            output.remove(out)
            write_seeds(out, old)  # type: ignore[arg-type]
    # Killed before the staging folder was complete: the old output; after: the new.
    assert seen[0] == "old" and seen[-1] == "new", seen
    assert seen == sorted(seen, key=["old", "new"].index), seen
    assert len(seen) >= 10  # every entry set aside and moved in


# --- 2. The watch survives ----------------------------------------------------------------


def test_watch_goes_on_after_any_error(seeds, tmp_path, monkeypatch):
    real_draw = pipeline.draw_charts
    calls = []

    def draw(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise ValueError("max() arg is an empty sequence")
        return real_draw(*args, **kwargs)

    monkeypatch.setattr(pipeline, "draw_charts", draw)
    results: list[object] = []

    def report(result, seconds):
        results.append(result)
        if len(results) < 3:  # a change after each build: the next one starts
            write_seeds(seeds, {f"doc{len(results)}.txt": f"date 2022-02-0{len(results)} Text."})

    out = tmp_path / "docs"
    options = pipeline.Options(cache=tmp_path / "cache", jobs=1)
    watch.watch_seeds(seeds, out, options, interval=0.05, report=report, builds=3)
    assert isinstance(results[0], pipeline.BuildResult)
    assert isinstance(results[1], ValueError)
    assert isinstance(results[2], pipeline.BuildResult)
    assert (out / "sources" / "doc2.md").is_file()  # the state after the failure, built
    described = watch.describe(results[1])  # type: ignore[arg-type]
    assert described.startswith("ValueError: max() arg is an empty sequence (test_safety.py:")
    assert described.endswith(
        "This is a bug in the generator: please report it with the documents that caused "
        "it; the watch goes on."
    )


@pytest.fixture
def serving(monkeypatch, tmp_path):
    """`watch --serve` with MkDocs' server replaced by a record of its calls; the watch
    builds once, then waits for the test to end."""
    served: list[str] = []
    release = threading.Event()
    real_watch = watch.watch_seeds

    def watch_once(*args, **kwargs):
        real_watch(*args, builds=1, **kwargs)
        release.wait(30)

    monkeypatch.setattr("mkdocs.commands.serve.serve", lambda *a, **k: served.append(k["docs_dir"]))
    monkeypatch.setattr(watch, "watch_seeds", watch_once)

    def run(seeds: Path, out: Path) -> int:
        args = ["watch", "--serve", "--seeds", str(seeds), "--out", str(out)]
        return cli.main([*args, "--cache", str(tmp_path / "cache"), "--interval", "0.05"])

    yield run, served
    release.set()


@pytest.mark.parametrize("error", [RuntimeError("a bug"), OutputError("a refusal")])
def test_serve_exits_when_the_first_build_fails_with_no_site(
    seeds, tmp_path, capsys, monkeypatch, serving, error
):
    run, served = serving

    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr(pipeline, "find_corrections", fail)
    out = tmp_path / "docs"
    assert run(seeds, out) == 1
    assert served == []
    assert capsys.readouterr().err.endswith(
        f"error: {out}: no site to serve, the first build failed. "
        "Fix the problem above and run the command again.\n"
    )


def test_serve_serves_the_last_good_site_when_the_first_build_fails(
    seeds, tmp_path, cache, capsys, serving
):
    run, served = serving
    out = tmp_path / "docs"
    assert build(seeds, out, cache) == 0
    write_seeds(seeds, {"corrections.yml": "- merge: [unclosed\n"})
    capsys.readouterr()
    assert run(seeds, out) == 0
    assert served == [str(out.resolve())]
    err = capsys.readouterr().err
    assert f"error: {seeds}/corrections.yml:" in err and "not valid YAML" in err
    assert err.endswith(
        "serving the pages of the last good build meanwhile.\n"
        "serving the site at http://127.0.0.1:8000/ (Ctrl-C stops)\n"
    )
