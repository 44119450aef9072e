"""The built site in a real browser: headless Chromium (Debian's), driven by Playwright.

The site is built once (conftest.built_site) and served on 127.0.0.1; every request the
pages make is recorded and anything not addressed to that server is blocked and reported.
Screenshots go to test-artifacts/ (git-ignored) for a human to look at.

Never `playwright install`: the browser is the system's /usr/bin/chromium, installed by
scripts/system-deps.sh (which `make test` runs).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Request,
    Response,
    Route,
    ViewportSize,
    expect,
    sync_playwright,
)

from .conftest import PROJECT

pytestmark = pytest.mark.slow  # a real browser on the built site

CHROMIUM = Path("/usr/bin/chromium")
# Keep Chromium quiet offline: no update checks, sync, first-run or GPU. Playwright's
# launch() gives every run a fresh, throwaway user data dir.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ARTIFACTS = PROJECT / "test-artifacts"
VIEWPORT: ViewportSize = {"width": 1280, "height": 800}
SOURCE = "sources/003-09af0d1278cc3a31.html"
PHONE: ViewportSize = {"width": 390, "height": 844}  # a phone held upright
SCREENSHOTS = ARTIFACTS / "screenshots"
PROFILE = "people/roger-carstens.html"
# The pages a reader sees most, each at desktop and phone width in light and dark.
READER_PAGES = {
    "home": "index.html",
    "profile": PROFILE,
    "chronology": "chronology/index.html",
    "people": "people/index.html",
    "source": SOURCE,
}
# Pages per folder opened by the every-page test: enough to see each template at work.
PAGES_PER_FOLDER = 8

# Strict: each turns into a failure once its pages exist; then remove the marker.


@dataclass
class Visit:
    """One browser tab on the served site, and what it did."""

    page: Page
    base: str
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def open(self, path: str) -> None:
        self.page.goto(self.base + path)
        self.page.wait_for_load_state("networkidle")


Open = Callable[..., Visit]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.is_file():
        pytest.fail(
            f"{CHROMIUM}: not installed. Run `bash scripts/system-deps.sh` (make test does)."
        )
    # Screenshots of this run only: an old profile.png must not pass for a new one.
    for old in [*ARTIFACTS.glob("*.png"), *SCREENSHOTS.glob("*.png")]:
        old.unlink()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def visit(browser: Browser, site_url: str) -> Iterator[Open]:
    """Open a page of the site in a fresh browser context that records everything."""
    contexts: list[BrowserContext] = []

    def open_page(
        path: str,
        color_scheme: Literal["light", "dark"] = "light",
        viewport: ViewportSize = VIEWPORT,
    ) -> Visit:
        context = browser.new_context(viewport=viewport, color_scheme=color_scheme)
        contexts.append(context)
        context.set_default_timeout(10_000)
        page = context.new_page()
        visit = Visit(page, site_url)

        def route(route: Route) -> None:
            url = route.request.url
            if url.startswith(site_url):
                route.continue_()
            else:
                visit.blocked.append(url)
                route.abort()

        def failed(request: Request) -> None:
            if request.url.startswith(site_url):
                visit.errors.append(f"request failed: {request.url} {request.failure}")

        def response(response: Response) -> None:
            if response.status >= 400:
                visit.errors.append(f"HTTP {response.status}: {response.url}")

        def console(message: ConsoleMessage) -> None:
            if message.type in ("error", "warning"):
                visit.errors.append(f"console {message.type}: {message.text}")

        context.route("**/*", route)
        context.on("request", lambda request: visit.requests.append(request.url))
        page.on("requestfailed", failed)
        page.on("response", response)
        page.on("console", console)
        page.on("pageerror", lambda error: visit.errors.append(f"page error: {error}"))
        visit.open(path)
        return visit

    yield open_page
    for context in contexts:
        context.close()


def _search(page: Page, query: str) -> None:
    """Type into the search box as a reader does (Material reacts to key events)."""
    page.locator("input.md-search__input").click()
    page.keyboard.type(query, delay=20)


def _screenshot(page: Page, name: str, full_page: bool = False) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=full_page)
    assert path.stat().st_size > 10_000, f"{path}: suspiciously small screenshot"
    return path


def _assert_clean(visit: Visit) -> None:
    assert visit.blocked == [], "requests to other hosts"
    assert visit.errors == []
    assert visit.requests and all(url.startswith(visit.base) for url in visit.requests)


def _assert_highlighted(page: Page, sentence: str) -> None:
    """Sentence `sentence` (an id like "s7") is the :target, styled apart, and on screen."""
    assert page.evaluate("() => document.querySelector(':target')?.id") == sentence
    target = page.locator(f"#{sentence}")
    assert "sentence" in (target.get_attribute("class") or "")
    style = "e => { const s = getComputedStyle(e); return [s.backgroundColor, s.outlineStyle] }"
    other = page.locator(".source-text .sentence:not(:target)").first
    marked, plain = target.evaluate(style), other.evaluate(style)
    assert marked != plain, "the cited sentence is not highlighted"
    assert marked[1] != "none" and plain[1] == "none"
    box = target.bounding_box()
    header = page.locator("header.md-header").bounding_box()
    assert box and header
    assert header["height"] <= box["y"] < VIEWPORT["height"], "the cited sentence is off screen"


def test_home_page(visit: Open):
    home = visit("index.html")
    _assert_clean(home)
    # Named after the corpus (no report.yml in seeds/): its main entity and its span.
    name = home.page.locator("article h1").inner_text().rstrip("¶ \n")
    assert name.endswith(", December 2021 to August 2022")
    assert home.page.title().startswith(name) and "Story report" not in home.page.title()
    _screenshot(home.page, "home.png", full_page=True)


UNNAMED_CONTROLS = """() => [...document.querySelectorAll(
    'article input, article select, article textarea, article button, article img')]
  .filter(e => e.tagName === 'IMG' ? !(e.alt || '').trim() : !(e.labels?.length
    || e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') || e.title))
  .map(e => e.outerHTML.slice(0, 120))"""


def test_every_page_loads_offline_without_errors(visit: Open, built_site: Path):
    by_folder: dict[str, list[str]] = {}
    for file in sorted(built_site.rglob("*.html")):
        path = file.relative_to(built_site).as_posix()
        by_folder.setdefault(path.rpartition("/")[0], []).append(path)
    pages = [p for paths in by_folder.values() for p in paths[:PAGES_PER_FOLDER]]
    assert {"index.html", "about.html", "sources/index.html", SOURCE} <= set(pages)
    tab = visit("index.html")
    for path in pages:
        tab.open(path)
        assert tab.page.title().strip(), path
        # What scripts add must be accessible too: named form controls, images with alt.
        unnamed = tab.page.evaluate(UNNAMED_CONTROLS)
        assert unnamed == [], (path, unnamed)
    _assert_clean(tab)
    # Stylesheets, scripts and the search index all came from the local server.
    assert any(u.endswith(".css") for u in tab.requests)
    assert any(u.endswith(".js") for u in tab.requests)


def test_other_hosts_are_blocked_and_reported(visit: Open):
    # The recording above must catch a page that loads from elsewhere.
    tab = visit("about.html")
    with tab.page.expect_event("requestfailed"):
        tab.page.evaluate(
            """() => { const img = document.createElement('img');
            img.src = 'https://fonts.example.org/x.png'; img.alt = 'x'; document.body.append(img); }"""
        )
    assert tab.blocked == ["https://fonts.example.org/x.png"]


def test_search_finds_a_person_and_leads_to_the_page(visit: Open):
    tab = visit("index.html")
    page = tab.page
    _search(page, "Carstens")
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(state="visible")
    assert "Carstens" in page.locator(".md-search-result").inner_text()
    results.first.click()
    page.wait_for_url(re.compile(r"/(sources|people)/[^/]+\.html"))
    page.wait_for_load_state("networkidle")
    assert "Carstens" in page.locator("article").inner_text()
    _assert_clean(tab)


def test_search_finds_a_person_and_leads_to_the_profile(visit: Open, built_site: Path):
    assert (built_site / "people" / "index.html").is_file()
    tab = visit("index.html")
    page = tab.page
    _search(page, "Carstens")
    page.locator(".md-search-result__item a").first.wait_for(state="visible")
    # The result whose page title names him (other profiles may mention him too).
    profile = page.locator(
        '.md-search-result__item a[href*="people/"]', has=page.locator("h1", has_text="Carstens")
    ).first
    profile.click()
    page.wait_for_url(re.compile(r"/people/[^/]+\.html"))
    page.wait_for_load_state("networkidle")
    assert "Carstens" in page.locator("article h1").inner_text()
    _assert_clean(tab)


def test_a_sentence_link_lands_on_the_highlighted_sentence(visit: Open):
    tab = visit(f"{SOURCE}#s7")
    _assert_highlighted(tab.page, "s7")
    _assert_clean(tab)
    _screenshot(tab.page, "source-sentence.png")


def test_a_chronology_citation_lands_on_the_highlighted_sentence(visit: Open, built_site: Path):
    assert (built_site / "chronology" / "index.html").is_file()
    tab = visit("chronology/index.html")
    page = tab.page
    _screenshot(page, "chronology.png")
    # Material's script makes every href absolute; the static HTML's relative link
    # ../sources/<slug>.html#sN is checked by test_linkcheck.
    citation = page.locator('article a[href*="/sources/"][href*="#s"]').first
    href = citation.get_attribute("href") or ""
    match = re.search(r"/(sources/[^/#]+\.html)#(s\d+)$", href)
    assert match, href
    citation.click()
    page.wait_for_url(re.compile(re.escape(match[1]) + "#" + match[2] + "$"))
    page.wait_for_load_state("networkidle")
    _assert_highlighted(page, match[2])
    _assert_clean(tab)
    _screenshot(page, "chronology-citation.png")


def test_a_profile_page(visit: Open, built_site: Path):
    assert (built_site / "people" / "index.html").is_file()
    tab = visit("people/index.html")
    page = tab.page
    page.locator('article table a[href*="/people/"]').first.click()
    page.wait_for_url(re.compile(r"/people/(?!index)[^/]+\.html"))
    page.wait_for_load_state("networkidle")
    assert page.locator("article h1").inner_text().strip()
    _assert_clean(tab)
    _screenshot(page, "profile.png", full_page=True)


def test_light_dark_toggle(visit: Open):
    tab = visit("index.html")
    page = tab.page
    body = page.locator("body")

    def background() -> str:
        return body.evaluate("e => getComputedStyle(e).backgroundColor")

    assert body.get_attribute("data-md-color-scheme") == "default"
    light = background()
    page.get_by_title("Switch to dark mode").click()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    page.wait_for_function(f"getComputedStyle(document.body).backgroundColor !== {light!r}")
    dark = background()
    # The choice is remembered on the next page.
    tab.open("about.html")
    assert body.get_attribute("data-md-color-scheme") == "slate"
    assert background() == dark
    _screenshot(page, "about-dark.png")
    page.get_by_title("Switch to light mode").click()
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    _assert_clean(tab)


def test_dark_system_preference_is_followed(visit: Open):
    tab = visit(f"{SOURCE}#s3", color_scheme="dark")
    assert tab.page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    _assert_highlighted(tab.page, "s3")
    _assert_clean(tab)
    _screenshot(tab.page, "source-sentence-dark.png")


def test_index_table_sorts_on_click(visit: Open):
    tab = visit("people/index.html")
    page = tab.page
    first = page.locator("article table tbody tr td:first-child").first
    assert first.inner_text() == "Nicolás Maduro"  # most mentioned first
    page.locator("article table th", has_text="Name").click()
    assert first.inner_text() == "Viktor Bout"
    page.locator("article table th", has_text="Name").click()
    assert first.inner_text() == "Airan Berry"
    page.locator("article table th", has_text="Mentions").click()
    assert first.inner_text() == "Nicolás Maduro"
    _assert_clean(tab)


# The entity ids of each chronology event in view.
EVENTS_SHOWN = """() => [...document.querySelectorAll('li .chrono-event')]
  .filter(e => e.closest('li').offsetParent).map(e => e.dataset.entities.split(' '))"""


def test_the_chronology_filter_narrows_to_a_person(visit: Open):
    tab = visit("chronology/index.html")
    page = tab.page
    every = page.evaluate(EVENTS_SHOWN)
    with_him = [e for e in every if "roger-carstens" in e]
    assert 0 < len(with_him) < len(every)
    person = page.get_by_label("Person")
    person.select_option("roger-carstens")
    assert page.evaluate(EVENTS_SHOWN) == with_him
    expect(page.locator(".chrono-count")).to_have_text(
        f"Showing {len(with_him)} of {len(every)} events"
    )
    _screenshot(page, "chronology-filtered.png")
    # The one-line view: shorter, the same events.
    tall = page.evaluate("document.documentElement.scrollHeight")
    page.get_by_label("One line per event").check()
    assert page.evaluate("document.documentElement.scrollHeight") < tall
    assert page.evaluate(EVENTS_SHOWN) == with_him
    # By keyboard: back to everyone with the first option, then "Show all".
    person.focus()
    page.keyboard.press("Home")
    assert page.evaluate(EVENTS_SHOWN) == every
    page.get_by_label("Place").select_option(index=1)
    assert len(page.evaluate(EVENTS_SHOWN)) < len(every)
    page.get_by_role("button", name="Show all").press("Enter")
    expect(page.locator(".chrono-count")).to_have_text(f"{len(every)} events")
    _assert_clean(tab)


def test_without_javascript_the_chronology_shows_everything(browser: Browser, site_url: str):
    context = browser.new_context(viewport=VIEWPORT, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + "chronology/index.html")
        assert not page.locator("form.chrono-filters").is_visible()
        events = page.locator("li:has(.chrono-event)")
        assert events.count() > 1
        assert all(events.nth(i).is_visible() for i in range(events.count()))
    finally:
        context.close()


def _h2s(page: Page) -> list[str]:
    return [t.rstrip("¶ \n") for t in page.locator("article h2").all_inner_texts()]


def test_home_tells_what_happened_then_who_is_who(visit: Open):
    tab = visit("index.html")
    page = tab.page
    headings = _h2s(page)
    assert headings[:2] == ["What happened", "Who's who"], headings
    story = page.locator("article h2:has-text('What happened') + ul > li")
    assert story.count() >= 3
    for line in story.all():
        # A date linked to its chronology entry, then a citation of its sentence.
        assert line.locator('a[href*="chronology/"]').count() == 1
        assert line.locator('a[href*="/sources/"][href*="#s"]').count() == 1
    lines = story.all_inner_texts()
    assert len(set(lines)) == len(lines)
    cast = page.locator('article h2:has-text("Who\'s who") + ul > li')
    assert "Roger Carstens: US Special Presidential Envoy" in cast.all_inner_texts()[1]
    _assert_clean(tab)


def test_a_profile_says_who_first_with_breadcrumbs_and_its_tab(visit: Open):
    tab = visit(PROFILE)
    page = tab.page
    first = page.locator("article h1 + p").inner_text()
    assert first.startswith("Roger Carstens: US Special Presidential Envoy for Hostage Affairs")
    assert page.locator("article th", has_text="Field").count() == 0  # no Field/Value table
    crumbs = page.locator(".md-path__item").all_inner_texts()
    assert [c.strip() for c in crumbs] == ["Home", "People", "Roger Carstens"]
    active = page.locator(".md-tabs__item--active").all_inner_texts()
    assert [a.strip() for a in active] == ["People"]
    # Its timeline and who it appears with are a click away.
    page.locator("article a", has_text="timeline").first.click()
    assert page.evaluate("() => location.hash") == "#timeline"
    _assert_clean(tab)


@pytest.mark.parametrize("name", READER_PAGES)
def test_no_page_scrolls_sideways_on_a_phone(visit: Open, name: str):
    tab = visit(READER_PAGES[name], viewport=PHONE)
    page = tab.page
    width = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1], f"{name}: {width[0]} px wide on a {width[1]} px screen"
    # What is wider (a table) scrolls inside its own box, which fits the screen.
    boxes = page.evaluate(
        """() => [...document.querySelectorAll('article table')].map(t => {
             const box = (t.closest('.md-typeset__scrollwrap') || t).getBoundingClientRect();
             return box.right; })"""
    )
    assert all(right <= width[1] + 0.5 for right in boxes), (name, boxes)
    _assert_clean(tab)


def test_search_for_a_name_lands_on_the_profile_first(visit: Open):
    tab = visit("index.html")
    page = tab.page
    _search(page, "Carstens")
    first = page.locator(".md-search-result__item a").first
    first.wait_for(state="visible")
    assert re.search(r"/people/roger-carstens\.html(\?|$)", first.get_attribute("href") or "")
    # Its snippet says who he is, not "Field Value Type person…".
    snippet = page.locator(".md-search-result__item").first.inner_text()
    assert "Special Presidential Envoy" in snippet and "Field" not in snippet
    # Tables are not indexed as run-on text: no result is an index page's rows.
    _search(page, " Mentions")
    page.wait_for_timeout(300)  # the worker answers each key; wait out the last one
    hrefs = page.locator(".md-search-result__item a").evaluate_all("as => as.map(a => a.href)")
    assert not any(
        re.search(r"/(people|organizations|places|sources)/index\.html", h) for h in hrefs
    )
    _assert_clean(tab)


EAGER_IMAGES = """() => Promise.all([...document.querySelectorAll('img[loading=lazy]')].map(
  img => { img.loading = 'eager';
           return img.complete ? null : new Promise(done => { img.onload = img.onerror = done; }); }))"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_screenshots_of_the_reader_pages(visit: Open, width: str, scheme: Literal["light", "dark"]):
    """Screenshots for a human to look at: test-artifacts/screenshots/<page>-<width>-<scheme>.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    viewport = PHONE if width == "phone" else VIEWPORT
    tab = visit("index.html", color_scheme=scheme, viewport=viewport)
    for name, path in READER_PAGES.items():
        tab.open(path)
        expected = "slate" if scheme == "dark" else "default"
        assert tab.page.locator("body").get_attribute("data-md-color-scheme") == expected
        # Lazy charts below the fold would be blank in a full-page picture: load them now.
        tab.page.evaluate(EAGER_IMAGES)
        _screenshot(tab.page, f"screenshots/{name}-{width}-{scheme}.png", full_page=True)
    _assert_clean(tab)
