"""The watch command: rebuilds in one process reuse unchanged results (memo.py) and
write exactly what a cold build writes."""

from __future__ import annotations

import filecmp
import shutil
import threading
import time
from pathlib import Path

import pytest

from generator import cli, pipeline
from generator.errors import GeneratorError
from generator.infra.memo import Memo, reusing
from generator.publish import pages
from generator.publish.output import GENERATED
from generator.watch import snapshot, watch_seeds

from .conftest import SEEDS, write_seeds

EXTRA = {
    "2023-02-01-visit.txt": """\
        date 2023-02-01
        Roger Carstens visited Caracas on 30 January 2023. He met Nicolás Maduro.

        The State Department said the talks would go on in March.
        """,
    "2023-02-03-statement.txt": """\
        date 2023-02-03
        Brittney Griner thanked the State Department on Thursday.
        """,
}


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return write_seeds(folder, EXTRA)


def _same_tree(a: Path, b: Path) -> list[str]:
    """Files that differ or exist on one side only (empty: byte-identical trees)."""
    differences: list[str] = []

    def walk(compare: filecmp.dircmp[str], prefix: str) -> None:
        differences.extend(prefix + n for n in compare.left_only + compare.right_only)
        differences.extend(prefix + n for n in compare.funny_files)
        _, mismatch, errors = filecmp.cmpfiles(
            compare.left, compare.right, compare.common_files, shallow=False
        )
        differences.extend(prefix + n for n in mismatch + errors)
        for name, sub in compare.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(a, b, ignore=[]), "")
    return differences


def _edits(seeds: Path) -> list[tuple[str, object]]:
    first = seeds / "2023-02-01-visit.txt"
    second = seeds / "2023-02-03-statement.txt"
    return [
        ("append", lambda: first.open("a").write("\nOn 2 March 2023 Carstens met Airan Berry.\n")),
        (
            "add",
            lambda: (seeds / "2023-03-05-new.txt").write_text(
                "date 2023-03-05\nNicolás Maduro spoke in Caracas on Saturday.\n"
            ),
        ),
        (
            "redate",
            lambda: second.write_text(second.read_text().replace("2023-02-03", "2023-02-04")),
        ),
        (
            "corrections",
            lambda: (
                (seeds / "corrections.yml")
                .open("a")
                .write("\n- rename: Airan Berry\n  to: Airan Berry Jr.\n")
            ),
        ),
        ("delete", lambda: second.unlink()),
    ]


def test_rebuilds_with_a_memo_equal_cold_builds(tmp_path, seeds):
    memo = Memo()
    options = pipeline.Options(cache=tmp_path / "cache")
    warm = tmp_path / "warm"
    with reusing(memo):
        pipeline.run(seeds, warm, options)
    for name, edit in _edits(seeds):
        edit()  # type: ignore[operator]
        with reusing(memo):
            pipeline.run(seeds, warm, options)
        cold = tmp_path / f"cold-{name}"
        pipeline.run(seeds, cold, options)
        assert _same_tree(warm, cold) == [], name
        assert memo.reused > 0, name  # unchanged results were reused


def test_the_review_page_of_a_rebuild_equals_a_cold_builds(tmp_path, seeds):
    # The seeds give no review item: here one, whose evidence and counts change, then
    # a corrections entry, then its document goes.
    panel = seeds / "2023-02-05-panel.txt"
    panel.write_text(
        "date 2023-02-05\nThe Kingdom of Spain sent an envoy to Caracas on Friday. "
        "Credit Suisse Group AG froze the accounts. Credit Suisse declined to comment.\n"
    )
    edits = [
        (
            "evidence",
            lambda: panel.write_text(panel.read_text().replace("the accounts", "two accounts")),
        ),
        (
            "counts",
            lambda: panel.open("a").write("\nCredit Suisse said on Monday it would appeal.\n"),
        ),
        (
            "corrections",
            lambda: (
                (seeds / "corrections.yml")
                .open("a")
                .write(
                    "\n- merge: [Credit Suisse Group AG, Credit Suisse]\n  into: Credit Suisse\n"
                )
            ),
        ),
        ("delete", lambda: panel.unlink()),
    ]
    memo = Memo()
    options = pipeline.Options(cache=tmp_path / "cache")
    warm = tmp_path / "warm"
    with reusing(memo):
        pipeline.run(seeds, warm, options)
    review = warm / pages.REVIEW_PAGE
    assert "Credit Suisse Group AG and Credit Suisse&#58; one organization?" in review.read_text()
    pages_seen = {review.read_text()}
    for name, edit in edits:
        edit()
        with reusing(memo):
            pipeline.run(seeds, warm, options)
        cold = tmp_path / f"cold-{name}"
        pipeline.run(seeds, cold, options)
        assert _same_tree(warm, cold) == [], name
        pages_seen.add(review.read_text())
    # Each edit changed the page, but the last: after the merge and after the deletion
    # there is nothing to review.
    assert len(pages_seen) == len(edits)


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_unchanged_rebuild_renders_and_writes_nothing_again(tmp_path, seeds, jobs, monkeypatch):
    monkeypatch.setattr(pages, "PAGES_PER_WORKER", 1)  # fork even for these few pages
    memo = Memo()
    options = pipeline.Options(cache=tmp_path / "cache", jobs=jobs)
    out = tmp_path / "docs"
    with reusing(memo):
        pipeline.run(seeds, out, options)
    before = {p: p.stat().st_ino for p in out.rglob("*") if p.is_file()}
    for _ in range(2):  # twice: what forked workers reused is kept for the next build
        with reusing(memo):
            result = pipeline.run(seeds, out, options)
        assert memo.made == 0
        after = {p: p.stat().st_ino for p in out.rglob("*") if p.is_file()}
        assert after == before  # the same files, linked into place rather than rewritten
    generated = [p for p in after if p.relative_to(out).parts[0] in GENERATED]
    assert result.pages == len(generated)


def test_pages_made_by_forked_workers_equal_a_cold_build(tmp_path, seeds, monkeypatch):
    monkeypatch.setattr(pages, "PAGES_PER_WORKER", 1)
    forks = []
    monkeypatch.setattr(pages, "_run_in_processes", _counting(pages._run_in_processes, forks))
    memo = Memo()
    options = pipeline.Options(cache=tmp_path / "cache", jobs=2)
    warm = tmp_path / "warm"
    with reusing(memo):
        pipeline.run(seeds, warm, options)
    for name, edit in _edits(seeds)[:2]:
        edit()  # type: ignore[operator]
        with reusing(memo):
            pipeline.run(seeds, warm, options)
        cold = tmp_path / f"cold-{name}"
        pipeline.run(seeds, cold, pipeline.Options(cache=tmp_path / "cache", jobs=1))
        assert _same_tree(warm, cold) == [], name
    assert forks  # the pages were made in two processes


def _counting(function, calls):
    def counted(*args, **kwargs):
        calls.append(1)
        return function(*args, **kwargs)

    return counted


def test_a_generated_file_edited_by_hand_is_written_again(tmp_path, seeds):
    memo = Memo()
    options = pipeline.Options(cache=tmp_path / "cache")
    out = tmp_path / "docs"
    with reusing(memo):
        pipeline.run(seeds, out, options)
    page = out / "index.md"
    text = page.read_text(encoding="utf-8")
    page.write_text("edited by hand\n", encoding="utf-8")
    with reusing(memo):
        pipeline.run(seeds, out, options)
    assert page.read_text(encoding="utf-8") == text


def test_watch_rebuilds_after_a_change_and_survives_a_bad_one(tmp_path, seeds):
    results: list[object] = []
    changed = threading.Event()
    corrections = (seeds / "corrections.yml").read_text(encoding="utf-8")

    def report(result, seconds):
        results.append(result)
        if len(results) == 1:  # after the first build: a broken corrections file
            (seeds / "corrections.yml").write_text("- merge: [unclosed\n", encoding="utf-8")
        elif len(results) == 2:  # after the failed build: fixed, and a new sentence
            (seeds / "corrections.yml").write_text(corrections, encoding="utf-8")
            (seeds / "2023-02-03-statement.txt").open("a").write("\nShe met Roger Carstens.\n")
            changed.set()

    out = tmp_path / "docs"
    options = pipeline.Options(cache=tmp_path / "cache")
    watch_seeds(seeds, out, options, interval=0.05, report=report, builds=3)
    assert changed.is_set()
    assert isinstance(results[0], pipeline.BuildResult)
    assert isinstance(results[1], GeneratorError)
    assert "corrections.yml" in str(results[1])
    assert isinstance(results[2], pipeline.BuildResult)
    page = (out / "sources" / "2023-02-03-statement.md").read_text(encoding="utf-8")
    assert 'She met <a class="entity" href="../people/roger-carstens.html">' in page


def test_the_snapshot_changes_with_a_document_and_not_otherwise(seeds):
    before = snapshot(seeds)
    assert snapshot(seeds) == before
    time.sleep(0.01)
    (seeds / "2023-02-03-statement.txt").open("a").write("\nMore.\n")
    assert snapshot(seeds) != before


def test_watch_has_a_help_text(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["watch", "--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert "--interval" in out and "--serve" in out
