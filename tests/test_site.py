"""Integration: the real site, built by MkDocs (--strict) from the seeds in a temp folder."""

import json
import re

import pytest

from generator.cli import main

from .conftest import SEEDS

pytestmark = pytest.mark.slow  # MkDocs builds the site


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
    assert "El Helicoide prison" in re.sub(r"<[^>]+>", "", html)


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


def test_chronology_filter_script_is_local(built):
    _, site = built
    html = (site / "chronology" / "index.html").read_text()
    assert 'src="../javascripts/chronology.js"' in html
    script = (site / "javascripts" / "chronology.js").read_text()
    assert "document$" in script and "chrono-filters" in script and "chrono-years" in script
    assert '<p class="chrono-years">' in html
    # The filter is in the HTML as written (hidden until the script shows it).
    assert '<form class="chrono-filters" hidden data-search-exclude' in html
    assert '<option value="roger&#45;carstens">Roger Carstens (2)</option>' in html


def test_entity_pages(built):
    docs, site = built
    for page in ("people/index.html", "organizations/index.html", "places/index.html"):
        assert (site / page).is_file(), page
    html = (site / "people" / "roger-carstens.html").read_text()
    assert "senior hostage negotiator" in html
    # Roles and mentions link to the exact sentence of a source page that exists.
    cited = re.findall(r'href="\.\./sources/([\w-]+\.html)#s(\d+)"', html)
    assert cited
    for page, number in cited:
        source = (site / "sources" / page).read_text()
        assert f'id="s{number}"' in source
    # Source pages link each mention to its profile; every such link resolves.
    source = (site / "sources" / "003-09af0d1278cc3a31.html").read_text()
    targets = set(re.findall(r'<a class="entity" href="\.\./([\w/-]+\.html)"', source))
    assert "people/roger-carstens.html" in targets
    for target in targets:
        assert (site / target).is_file(), target
    # A named group lists its members, one per line, each cited.
    group = (docs / "organizations" / "citgo-6.md").read_text()
    members = group.split("## Members")[1].split("##")[0].strip().splitlines()
    assert len(members) == 6
    assert all(line.startswith("- [") and "#s4" in line for line in members)
    # The index pages are in the navigation.
    home = (site / "index.html").read_text()
    for section in ("people", "organizations", "places"):
        assert f'href="{section}/index.html"' in home, section


def test_entities_json(built):
    docs, _ = built
    data = json.loads((docs / "data" / "entities.json").read_text())
    keys = {"id", "name", "type", "aliases", "descriptions", "mentions", "documents"}
    keys |= {"first_seen", "last_seen", "page", "merged"}
    by_name = {e["name"]: e for e in data["entities"]}
    assert all(set(e) == keys for e in data["entities"])
    # Each merge keeps its evidence: which rule, on which sentence.
    merges = [m for e in data["entities"] for m in e["merged"]]
    assert merges and all(set(m) == {"name", "rule", "document", "sentence"} for m in merges)
    assert len({e["id"] for e in data["entities"]}) == len(data["entities"])
    # The seeds' corrections file is applied: the right spellings, one profile each.
    assert "Brittney Griner" in by_name and "Brittany Griner" not in by_name
    maduro = by_name["Nicolás Maduro"]
    assert maduro["type"] == "person" and "Maduro" in maduro["aliases"]
    assert maduro["documents"] == ["003_09af0d1278cc3a31", "000_ea707b62e70492f0"]
    assert (docs / maduro["page"]).is_file()
    story = by_name["James Story"]
    assert "James Storey" in story["aliases"]
