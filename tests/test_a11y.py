"""Accessibility basics (tests/a11y.py) on hand-made pages, then on every built page."""

from __future__ import annotations

import pytest

from .a11y import check_page, check_site

# Strict: each turns into a failure once its pages exist; then remove the marker.


def _page(content: str, title: str = "A page", lang: str = "en", chrome: str = "") -> str:
    return (
        f'<!doctype html><html lang="{lang}"><head><title>{title}</title></head>'
        f"<body>{chrome}<article>{content}</article></body></html>"
    )


GOOD = (
    '<h1 id="t">Title<a class="headerlink" href="#t" title="Permanent link">¶</a></h1>'
    "<h2>Part</h2><h3>Sub</h3><h2>Other</h2>"
    '<img src="c.svg" alt="Mentions per month, 2021-2022">'
    '<svg role="img" aria-label="Timeline"><title>Timeline</title></svg>'
    '<svg aria-hidden="true"><path d=""/></svg>'
    "<table><tr><th>Date</th><th>Event</th></tr><tr><td>1</td><td>2</td></tr></table>"
    '<a href="people/x.html">Roger Carstens</a>'
)


def test_a_good_page_passes():
    chrome = '<a href="index.html" aria-label="Home"><svg><path d=""/></svg></a>'
    assert check_page(_page(GOOD, chrome=chrome)) == []


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("<h2>No h1</h2>", "first heading is <h2> 'No h1', not <h1>"),
        ("<h1>T</h1><h3>Deep</h3>", "<h1> then <h3> 'Deep': a level is skipped"),
        ("<h1>T</h1><h1>Again</h1>", "2 <h1> headings; a page has one"),
        ("<h1>T</h1><h2></h2>", "empty <h2>"),
        ("<p>text</p>", "no <h1> heading"),
        ('<h1>T</h1><img src="chart.svg">', "<img src='chart.svg'> has no alt text"),
        ('<h1>T</h1><img src="chart.svg" alt=" ">', "<img src='chart.svg'> has no alt text"),
        (
            "<h1>T</h1><svg><path/></svg>",
            '<svg> is neither role="img" with a name nor aria-hidden="true"',
        ),
        (
            '<h1>T</h1><svg role="img"><path/></svg>',
            '<svg role="img"> has no aria-label or <title>',
        ),
        ("<h1>T</h1><table><tr><td>1</td></tr></table>", "table 1 has no <th> headers"),
        ("<h1>T</h1><table><tr><th></th><th>B</th></tr></table>", "table 1 has an empty <th>"),
        ('<h1>T</h1><a href="x.html"></a>', "link to 'x.html' has no text"),
        ('<h1>T</h1><a href="x.html">¶</a>', "link to 'x.html' has no text"),
        ('<h1>T</h1><a href="x.html">Click here</a>', "link to 'x.html' says only 'Click here'"),
        ('<h1>T</h1><a href="x.html">more</a>', "link to 'x.html' says only 'more'"),
    ],
)
def test_each_problem_is_reported(content, problem):
    assert check_page(_page(content)) == [problem]


def test_page_title_and_language():
    assert check_page(_page("<h1>T</h1>", title=" ", lang="")) == [
        "<html> has no lang attribute",
        "empty or missing <title>",
    ]


def test_links_outside_the_content_are_checked_too():
    assert check_page(_page("<h1>T</h1>", chrome='<a href="a.html"><svg></svg></a>')) == [
        "link to 'a.html' has no text"
    ]


@pytest.mark.slow
def test_every_built_page_passes(built_site):
    pages = sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html"))
    assert "sources/003-09af0d1278cc3a31.html" in pages
    assert check_site(built_site) == {}


@pytest.mark.slow
def test_profile_pages_are_checked(built_site):
    # test_every_built_page_passes covers them as soon as they exist; this proves they do.
    people = sorted((built_site / "people").glob("*.html"))
    assert (built_site / "people" / "index.html") in people and len(people) > 1
    for page in people[:20]:
        assert check_page(page.read_text(encoding="utf-8")) == [], page


@pytest.mark.slow
def test_chronology_page_is_checked(built_site):
    page = built_site / "chronology" / "index.html"
    assert check_page(page.read_text(encoding="utf-8")) == []
