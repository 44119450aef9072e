"""Writing the generated files (publish/output.py): into staging, then swapped in at once,
so a build that fails, or is killed, part-way leaves the previous output."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import pipeline
from generator.publish.output import GENERATED

from .conftest import GOOD, leftovers, snapshot, write_seeds


def test_a_failed_build_leaves_the_previous_docs(make_seeds, tmp_path, monkeypatch):
    out = tmp_path / "docs"
    seeds = make_seeds({"good.txt": GOOD})
    pipeline.run(seeds, out)
    before = snapshot(out)
    assert "sources/good.md" in before
    write_seeds(seeds, {"second.txt": "date 2022-05-05 Another document."})
    written: list[str] = []
    real_write = pipeline.Output.write

    def write(self, relative, content):
        real_write(self, relative, content)
        written.append(relative)

    def fail(*_):
        raise RuntimeError("disk full")

    monkeypatch.setattr(pipeline.Output, "write", write)
    monkeypatch.setattr(pipeline, "write_changes", fail)  # the last stage
    with pytest.raises(RuntimeError, match="disk full"):
        pipeline.run(seeds, out)
    assert "sources/second.md" in written  # pages had been written before it failed
    assert snapshot(out) == before
    assert leftovers(out) == []


def test_a_commit_that_fails_half_way_puts_everything_back(make_seeds, tmp_path, monkeypatch):
    out = tmp_path / "docs"
    seeds = make_seeds({"good.txt": GOOD})
    pipeline.run(seeds, out)
    before = snapshot(out)
    write_seeds(seeds, {"second.txt": "date 2022-05-05 Another document."})
    entries = [name for name in GENERATED if (out / name).exists()]
    fail_at = len(entries) + 3  # old entries set aside, two new ones moved in, the 3rd fails
    real_rename = Path.rename
    calls: list[str] = []

    def rename(self, target):
        calls.append(self.name)
        if len(calls) == fail_at:
            raise OSError("device busy")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    with pytest.raises(OSError, match="device busy"):
        pipeline.run(seeds, out)
    monkeypatch.undo()
    # Every entry set aside, 2 moved in, the 3rd failed; then the rollback's renames.
    assert calls[:fail_at] == [*entries, *entries[:3]]
    assert snapshot(out) == before
    assert leftovers(out) == []


def test_a_killed_commit_is_recovered_by_the_next_build(make_seeds, tmp_path):
    out = tmp_path / "docs"
    seeds = make_seeds({"good.txt": GOOD})
    pipeline.run(seeds, out)
    # Killed after setting `sources` aside, before moving the new one in.
    (out / "sources").rename(out / ".old-sources")
    stale = out / ".staging-killed"
    stale.mkdir()
    os.utime(stale, (0, 0))
    pipeline.Output(out).abort()
    assert (out / "sources" / "good.md").is_file()
    assert leftovers(out) == []
