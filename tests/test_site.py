"""Integration: the real site, built by MkDocs (--strict) from the seeds in a temp folder."""

import json
import re

import pytest

from generator.cli import main

from .conftest import SEEDS


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    docs, site = root / "docs", root / "site"
    assert main(["site", "--seeds", str(SEEDS), "--out", str(docs), "--site-dir", str(site)]) == 0
    return docs, site


def test_pages_exist(built):
    docs, site = built
    for page in (
        "index.html",
        "about.html",
        "sources/index.html",
        "build-report/index.html",
        "sources/000-ea707b62e70492f0.html",
        "sources/003-09af0d1278cc3a31.html",
    ):
        assert (site / page).is_file(), page
    assert (site / "data" / "documents.json").is_file()
    # Hand-written pages were copied into the other docs folder.
    assert (docs / "about.md").is_file()


def test_search_index_finds_names(built):
    _, site = built
    index = json.loads((site / "search" / "search_index.json").read_text())
    texts = [doc["text"] for doc in index["docs"]]
    for term in ("Carstens", "El Helicoide"):
        hits = [d["location"] for d in index["docs"] if term in d["text"]]
        assert hits, term
        assert any(h.startswith("sources/") for h in hits)
    assert not any("&#" in t for t in texts), "escaped characters leaked into the index"


def test_every_sentence_has_an_anchor(built):
    _, site = built
    html = (site / "sources" / "003-09af0d1278cc3a31.html").read_text()
    ids = re.findall(r'id="s(\d+)"', html)
    assert [int(i) for i in ids] == list(range(1, 17))
    assert "El Helicoide prison" in html


def test_home_page_counts(built):
    _, site = built
    html = (site / "index.html").read_text()
    assert "<strong>2</strong> documents" in html
    assert "10 December 2021" in html and "16 August 2022" in html


def test_nothing_fetched_from_other_hosts(built):
    _, site = built
    for page in site.rglob("*.html"):
        html = page.read_text()
        for tag in re.findall(r"<(?:script|link|img)\b[^>]*>", html):
            assert (
                not re.search(r'(?:src|href)="(?:https?:)?//', tag) or 'rel="canonical"' in tag
            ), (page, tag)


def test_documents_json(built):
    docs, _ = built
    data = json.loads((docs / "data" / "documents.json").read_text())
    first = data["documents"][0]
    assert set(first) == {"id", "date", "title", "outlet", "dateline", "words", "sentences", "page"}
    assert first["id"] == "000_ea707b62e70492f0"
    assert first["page"] == "sources/000-ea707b62e70492f0.md"
    assert (docs / first["page"]).is_file()


def test_chronology_page(built):
    _, site = built
    html = (site / "chronology" / "index.html").read_text()
    assert "Key dates" in html and html.index("Key dates") < html.index('id="y2017"')
    # Dates written for people, grouped by year and month, future events marked.
    for heading in ('id="y2017"', 'id="y2022"', 'id="m202203"', 'id="m202111"'):
        assert heading in html, heading
    assert "7 December 2021" in html and "March 2022" in html
    assert "scheduled" in html  # November 2024
    # An entry cites the sentence it comes from: Carstens' flight, sentence 3 of 003.
    assert 'href="../sources/003-09af0d1278cc3a31.html#s3"' in html
    source = (site / "sources" / "003-09af0d1278cc3a31.html").read_text()
    assert 'id="s3"' in source
    # The chronology is in the navigation.
    assert 'href="chronology/index.html"' in (site / "index.html").read_text()


def test_chronology_data(built):
    docs, site = built
    data = json.loads((docs / "data" / "chronology.json").read_text())
    dates = {(e["date"], e["precision"]) for e in data["events"]}
    assert {("2021-12-07", "day"), ("2022-03", "month"), ("2017", "year")} <= dates
    assert data["key_dates"] and all(len(d) == 10 for d in data["key_dates"])
    assert (site / "data" / "chronology.csv").is_file()


def test_year_filter_script_is_local(built):
    _, site = built
    html = (site / "chronology" / "index.html").read_text()
    assert 'src="../javascripts/chronology.js"' in html
    script = (site / "javascripts" / "chronology.js").read_text()
    assert "document$" in script and "chrono-years" in script
    assert '<p class="chrono-years">' in html
