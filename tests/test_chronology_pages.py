"""The chronology pages (publish/chronology_pages.py): grouped by year and month, split
into year and month pages when large, document text shown literally."""

from __future__ import annotations

import re

import pytest

from generator.chronology.events import build_chronology
from generator.ingest.load import load_corpus
from generator.publish.chronology_pages import page_context
from generator.publish.render import Renderer

from .chronology_fixtures import analyse_by_hand
from .conftest import PROJECT


def test_page_groups_by_year_and_month(two_reports):
    corpus, analyses, entities, names = two_reports
    chronology = build_chronology(corpus, analyses, entities)
    links = {i: {"name": n, "page": None} for i, n in names.items()}
    context = page_context(chronology, corpus, links)
    years = context["years"]
    assert [y["year"] for y in years] == ["2017", "2021"]
    assert [m["month"] for m in years[1]["months"]] == ["2021-03", "2021-12"]
    renderer = Renderer(PROJECT / "templates", {"name": "Test"})
    page = renderer.render("chronology.md.j2", "chronology/index.md", **context)
    assert page.startswith("---\ntitle: Chronology\n---\n")
    assert "## Key dates" in page and page.index("## Key dates") < page.index("## 2017")
    assert "### December 2021 {: #m202112 }" in page
    assert "](../sources/a.md#s1)" in page
    assert "[2021](#y2021) (4)" in page  # 2021-03, two on 2021-12-07, 2021-12-10


def test_each_event_carries_what_the_filter_reads(two_reports):
    """The filter's lists (entities of the page's events, by type, names escaped) and,
    on each event, its year and entity ids, read by site_docs/javascripts/chronology.js."""
    import html

    corpus, analyses, entities, names = two_reports
    chronology = build_chronology(corpus, analyses, entities)
    kinds = {"Caracas": "place", "Mexico": "place", "Citgo": "organization"}
    links: dict[str, dict[str, str | None]] = {
        i: {"name": n, "page": None, "type": kinds.get(n, "person")} for i, n in names.items()
    }
    carstens = next(i for i, n in names.items() if n == "Roger Carstens")
    links[carstens]["name"] = '<script>alert(1)</script> "Bob" & co'
    context = page_context(chronology, corpus, links)
    filters = context["filters"]
    assert [entry["type"] for entry in filters["lists"]] == ["person", "organization", "place"]
    assert filters["total"] == len(chronology.events)
    assert [y["year"] for y in filters["years"]] == ["2017", "2021"]
    options = {o["id"]: o["count"] for entry in filters["lists"] for o in entry["options"]}
    assert options[carstens] == sum(carstens in e.entities for e in chronology.events) > 1
    page = Renderer(PROJECT / "templates", {"name": "T"}).render(
        "chronology.md.j2", "chronology/index.md", **context
    )
    assert '<form class="chrono-filters" hidden data-search-exclude' in page
    assert (
        "<script>" not in page
        and '<option value="roger&#45;carstens">&#60;script&#62;alert' in page
    )
    marks = re.findall(
        r'<a id="([^"]+)" class="chrono-event" data-year="(\d{4})" data-entities="([^"]*)"></a>',
        page,
    )
    by_id = {e.id: e for e in chronology.events}
    assert len(marks) == len(chronology.events)
    for event_id, year, found in marks:
        event = by_id[event_id]
        assert year == event.date[:4]
        assert html.unescape(found).split() == list(event.entities)


def test_document_text_is_shown_literally(make_seeds):
    seeds = make_seeds(
        {
            "x.txt": "date 2022-08-16 On Monday <script>alert(1)</script> [x](javascript:y) {{ 7*7 }} happened.\n"
        }
    )
    corpus = load_corpus(seeds)
    analyses = analyse_by_hand(corpus, {"x": [("Monday", "DATE")]})
    chronology = build_chronology(corpus, analyses, {})
    context = page_context(chronology, corpus, {})
    page = Renderer(PROJECT / "templates", {"name": "T"}).render(
        "chronology.md.j2", "chronology/index.md", **context
    )
    assert "<script>" not in page and "](javascript" not in page and "{{" not in page
    assert "&#60;script&#62;" in page


def test_small_chronology_is_one_page(two_reports):
    from generator.publish.chronology_pages import year_page_contexts

    corpus, analyses, entities, _ = two_reports
    chronology = build_chronology(corpus, analyses, entities)
    assert {e.page for e in chronology.events} == {"chronology/index.md"}
    assert year_page_contexts(chronology, corpus, {}) == []
    context = page_context(chronology, corpus, {})
    assert context["split"] is False and context["main_events"] == []


def test_large_chronology_is_split_by_year(two_reports, monkeypatch):
    import generator.chronology.events as chronology_module
    import generator.publish.chronology_pages as chronology_pages
    from generator.publish.chronology_pages import year_page_contexts

    monkeypatch.setattr(chronology_module, "PAGE_EVENTS", 4)  # 5 events; 4 in 2021
    monkeypatch.setattr(chronology_pages, "MAIN_EVENTS", 2)
    corpus, analyses, entities, _ = two_reports
    chronology = build_chronology(corpus, analyses, entities)
    assert {e.page for e in chronology.events} == {"chronology/2017.md", "chronology/2021.md"}
    renderer = Renderer(PROJECT / "templates", {"name": "T"})
    context = page_context(chronology, corpus, {})
    assert context["split"] is True and context["years"] == []
    # The main events: the merged flight (two documents) first among them.
    main = context["main_events"]
    assert len(main) == 2 and max(m["documents"] for m in main) == 2
    index = renderer.render("chronology.md.j2", "chronology/index.md", **context)
    assert "[2017](2017.md) (1) · [2021](2021.md) (4)" in index
    assert "chrono-years" not in index  # no year filter on a split index
    flight = next(e for e in chronology.events if len({s.document for s in e.sources}) == 2)
    assert f"(2021.md#{flight.id})" in index  # key date -> its event on the year page
    assert "## 2021" not in index and "<a id=" not in index
    pages = dict(year_page_contexts(chronology, corpus, {}))
    assert list(pages) == ["chronology/2017.md", "chronology/2021.md"]
    year = renderer.render(
        "chronology_year.md.j2", "chronology/2021.md", **pages["chronology/2021.md"]
    )
    assert year.startswith("---\ntitle: 'Chronology: 2021'\n---\n") or year.startswith(
        '---\ntitle: "Chronology: 2021"\n---\n'
    )
    assert f'<a id="{flight.id}" class="chrono-event"' in year
    assert "[All years and key dates](index.md)" in year and "previous: [2017](2017.md)" in year
    assert "## December 2021 {: #m202112 }" in year
    # Every event has its anchor on exactly the page it says.
    for event in chronology.events:
        page = renderer.render("chronology_year.md.j2", event.page, **pages[event.page])
        assert f'<a id="{event.id}" class="chrono-event"' in page


@pytest.mark.slow
def test_split_site_builds_strict_with_valid_anchors(tmp_path, monkeypatch):
    """The seeds' chronology split by year: MkDocs --strict builds it, every link to an
    event points at a page that has that anchor."""
    import generator.chronology.events as chronology_module
    from generator.cli import main

    from .conftest import SEEDS

    monkeypatch.setattr(chronology_module, "PAGE_EVENTS", 4)  # 2022: 7 events, by month
    docs, site = tmp_path / "docs", tmp_path / "site"
    assert main(["site", "--seeds", str(SEEDS), "--out", str(docs), "--site-dir", str(site)]) == 0
    years = sorted(p.name for p in (site / "chronology").glob("*.html"))
    assert {"index.html", "2017.html", "2022.html", "2022-03.html"} <= set(years)
    index = (site / "chronology" / "index.html").read_text()
    assert 'class="chrono-years"' not in index
    pages = {p.stem: p.read_text() for p in (site / "chronology").glob("*.html")}
    links = [
        (page, target, anchor)
        for page, html in pages.items()
        for target, anchor in re.findall(r'href="([\d-]+)\.html#(e[0-9a-z]+)"', html)
    ]
    assert any(page == "index" for page, _, _ in links)
    for _, target, anchor in links:
        assert f'id="{anchor}"' in pages[target]
    # The year pages are reachable but not in the navigation; the index is.
    home = (site / "index.html").read_text()
    assert 'href="chronology/index.html"' in home and "chronology/2022.html" not in home


def test_a_large_year_is_split_by_month(two_reports, monkeypatch):
    import generator.chronology.events as chronology_module
    from generator.publish.chronology_pages import year_page_contexts

    monkeypatch.setattr(chronology_module, "PAGE_EVENTS", 3)  # 2021 has 4 events
    corpus, analyses, entities, _ = two_reports
    chronology = build_chronology(corpus, analyses, entities)
    assert {e.date: e.page for e in chronology.events} == {
        "2017": "chronology/2017.md",
        "2021-03": "chronology/2021-03.md",
        "2021-12-07": "chronology/2021-12.md",
        "2021-12-10": "chronology/2021-12.md",
    }
    pages = dict(year_page_contexts(chronology, corpus, {}))
    assert list(pages) == [
        "chronology/2017.md",
        "chronology/2021.md",
        "chronology/2021-03.md",
        "chronology/2021-12.md",
    ]
    renderer = Renderer(PROJECT / "templates", {"name": "T"})
    year = renderer.render(
        "chronology_year.md.j2", "chronology/2021.md", **pages["chronology/2021.md"]
    )
    assert "# Chronology: 2021" in year and "4 dated events" in year
    assert "[March 2021](2021-03.md) (1) · [December 2021](2021-12.md) (3)" in year
    assert "<a id=" not in year
    month = renderer.render(
        "chronology_year.md.j2", "chronology/2021-12.md", **pages["chronology/2021-12.md"]
    )
    assert "# Chronology: December 2021" in month and "[2021](2021.md)" in month
    assert "previous: [March 2021](2021-03.md)" in month
    for event in chronology.events:
        page = renderer.render("chronology_year.md.j2", event.page, **pages[event.page])
        assert f'<a id="{event.id}" class="chrono-event"' in page


def test_main_events_prefer_the_story_to_background(make_seeds, monkeypatch):
    import generator.chronology.events as chronology_module
    import generator.publish.chronology_pages as chronology_pages

    monkeypatch.setattr(chronology_module, "PAGE_EVENTS", 1)
    monkeypatch.setattr(chronology_pages, "MAIN_EVENTS", 1)
    # (a level "not seen since 1969" would be a figure's reference point, not an event)
    text = "The alliance was founded in 1969 by twelve nations of the region."
    seeds = make_seeds(
        {
            "a.txt": f"date 2022-03-02 {text} The alliance leaders held their summit on March 1 in Brussels.\n",
            "b.txt": f"date 2022-03-03 {text} The alliance leaders held their summit on March 1 in Brussels.\n",
            "c.txt": f"date 2022-03-04 {text}\n",  # the background in three documents
        }
    )
    corpus = load_corpus(seeds)
    marks = [("1969", "DATE"), ("March 1", "DATE")]
    analyses = analyse_by_hand(corpus, {"a": marks, "b": marks, "c": marks[:1]})
    chronology = build_chronology(corpus, analyses, {})
    assert {e.date for e in chronology.events} == {"1969", "2022-03-01"}
    (main,) = page_context(chronology, corpus, {})["main_events"]
    assert main["event"].date == "2022-03-01" and main["documents"] == 2


def _cited(event):
    return {(s.document, s.sentence) for s in event.sources}


def test_a_sentence_with_two_dates_is_one_entry_of_the_home_page(two_reports):
    from generator.publish.chronology_pages import home_key_dates

    corpus, analyses, entities, _ = two_reports
    chronology = build_chronology(corpus, analyses, entities)
    by_date = {e.date: e for e in chronology.events if e.date != "2021-12-07"}
    flight = next(e for e in chronology.events if e.date == "2021-12-07" and len(e.sources) == 2)
    returned = by_date["2021-12-10"]
    assert _cited(flight) & _cited(returned)  # "flew ... on Tuesday and returned on Friday"
    key_dates = [
        {"date": "2021-12-07", "events": [flight], "published": []},
        {"date": "2021-12-10", "events": [returned], "published": []},
        {"date": "2017", "events": [by_date["2017"]], "published": []},
    ]
    entries = home_key_dates(key_dates, 3)
    assert [e["dates"] for e in entries] == [["2021-12-07", "2021-12-10"], ["2017"]]
    assert entries[0]["events"] == [flight]
    # A day with another event shows that one instead of repeating the sentence.
    talks = next(e for e in chronology.events if e.date == "2021-12-07" and e is not flight)
    key_dates[0]["events"] = [returned, talks]
    key_dates[1]["events"] = [returned]
    entries = home_key_dates(key_dates[:2], 2)
    assert [e["dates"] for e in entries] == [["2021-12-07", "2021-12-10"]]
    key_dates[0]["events"] = [returned]
    key_dates[1]["events"] = [returned, talks]
    entries = home_key_dates(key_dates[:2], 2)
    assert [(e["dates"], e["events"][0]) for e in entries] == [
        (["2021-12-07"], returned),
        (["2021-12-10"], talks),
    ]


def test_main_events_are_distinct_happenings(two_reports, monkeypatch):
    import generator.chronology.events as chronology_module
    import generator.publish.chronology_pages as chronology_pages

    monkeypatch.setattr(chronology_module, "PAGE_EVENTS", 1)
    monkeypatch.setattr(chronology_pages, "MAIN_EVENTS", 10)
    corpus, analyses, entities, _ = two_reports
    chronology = build_chronology(corpus, analyses, entities)
    main = [m["event"] for m in page_context(chronology, corpus, {})["main_events"]]
    # five events, two of them from one sentence ("on Tuesday and returned on Friday")
    assert len(chronology.events) == 5 and len(main) == 4
    assert all(not _cited(a) & _cited(b) for a in main for b in main if a is not b)
    assert [e.date for e in main] == sorted(e.date for e in main)
    assert "2021-12-10" not in {e.date for e in main}  # the two-source 7 December stays


def test_a_large_month_is_cut_into_runs_of_days(two_reports, monkeypatch):
    import generator.chronology.events as chronology_module
    from generator.publish.chronology_pages import year_page_contexts

    monkeypatch.setattr(chronology_module, "PAGE_EVENTS", 2)  # December 2021 has 3 events
    corpus, analyses, entities, _ = two_reports
    chronology = build_chronology(corpus, analyses, entities)
    assert sorted((e.date, e.page) for e in chronology.events) == [
        ("2017", "chronology/2017.md"),
        ("2021-03", "chronology/2021-03.md"),
        ("2021-12-07", "chronology/2021-12-07.md"),
        ("2021-12-07", "chronology/2021-12-07.md"),
        ("2021-12-10", "chronology/2021-12-10.md"),
    ]
    pages = dict(year_page_contexts(chronology, corpus, {}))
    assert "chronology/2021-12.md" in pages  # lists its runs, holds no event of its own
    renderer = Renderer(PROJECT / "templates", {"name": "T"})
    month = renderer.render(
        "chronology_year.md.j2", "chronology/2021-12.md", **pages["chronology/2021-12.md"]
    )
    assert "3 dated events" in month and "<a id=" not in month
    assert "Days (one page each): [7 December 2021](2021-12-07.md) (2) · [10 December" in month
    run = renderer.render(
        "chronology_year.md.j2", "chronology/2021-12-10.md", **pages["chronology/2021-12-10.md"]
    )
    assert "# Chronology: 10 December 2021" in run and "[December 2021](2021-12.md)" in run
    assert "previous: [7 December 2021](2021-12-07.md)" in run
    for event in chronology.events:
        page = renderer.render("chronology_year.md.j2", event.page, **pages[event.page])
        assert f'<a id="{event.id}" class="chrono-event"' in page


def test_runs_of_days_hold_at_most_a_page(monkeypatch):
    import generator.chronology.events as chronology_module
    from generator.publish.chronology_pages import _days

    monkeypatch.setattr(chronology_module, "PAGE_EVENTS", 10)
    per_day = {"2021-07-01": 4, "2021-07-02": 5, "2021-07-05": 3, "2021-07-06": 12, "2021-07-09": 1}
    runs = chronology_module._runs(per_day)
    assert runs == {
        "2021-07-01": "2021-07-01",
        "2021-07-02": "2021-07-01",  # 9 events
        "2021-07-05": "2021-07-05",
        "2021-07-06": "2021-07-06",  # a day of more than a page is a run of its own
        "2021-07-09": "2021-07-09",
    }
    assert _days("2021-07-01", "2021-07-02") == "1–2 July 2021"
    assert _days("2021-07-06", "2021-07-06") == "6 July 2021"
