"""The pipeline (pipeline.py) end to end: publishing with MkDocs swaps the site in at once,
and two builds of the same seeds give the same bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline

from .conftest import GOOD, leftovers, snapshot


@pytest.mark.slow
def test_a_failed_publish_leaves_the_previous_site(make_seeds, tmp_path, monkeypatch):
    import mkdocs.commands.build

    docs, site = tmp_path / "docs", tmp_path / "site"
    pipeline.run(make_seeds({"good.txt": GOOD}), docs)
    pipeline.publish(docs, site)
    before = snapshot(site)
    assert "sources/good.html" in before
    real_build = mkdocs.commands.build.build

    def build_then_fail(config, **kwargs):
        real_build(config, **kwargs)  # every page written into the staging folder
        assert (Path(config["site_dir"]) / "index.html").is_file()
        raise RuntimeError("killed")

    monkeypatch.setattr(mkdocs.commands.build, "build", build_then_fail)
    with pytest.raises(RuntimeError, match="killed"):
        pipeline.publish(docs, site)
    assert snapshot(site) == before
    assert leftovers(tmp_path) == []


MIXED = {
    "b.txt": "date 2022-03-01\nA title\n\nCaracas (AP) Maduro met Biden. The U.S. said no.",
    "a.md": "---\ntitle: Front\ndate: 2022-03-01\nsource: Reuters\n---\nSame day, other id.\n",
    "c.txt": "date 2021-12-10 Older text about Citgo.",
    "José.txt": "date 2022-01-01 Non-ASCII name.",
    "bad.txt": "no header",
    "notes.docx": "x",
}


@pytest.mark.slow
def test_two_builds_are_byte_identical(make_seeds, tmp_path, monkeypatch):
    seeds = make_seeds(MIXED)
    for name in ("one", "two"):
        pipeline.run(seeds, tmp_path / name / "docs")
    one, two = snapshot(tmp_path / "one" / "docs"), snapshot(tmp_path / "two" / "docs")
    assert "data/documents.json" in one and "build-report/index.md" in one
    assert one == two
    # The site too, given a fixed build date (MkDocs reads SOURCE_DATE_EPOCH for the
    # sitemap's lastmod and the gzip header of sitemap.xml.gz; without it those two
    # files carry the build day, everything else is identical).
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    for name in ("one", "two"):
        pipeline.publish(tmp_path / name / "docs", tmp_path / name / "site")
    one, two = snapshot(tmp_path / "one" / "site"), snapshot(tmp_path / "two" / "site")
    assert "search/search_index.json" in one and "sitemap.xml.gz" in one
    assert [k for k in one if one[k] != two.get(k)] == []
    assert one.keys() == two.keys()
