"""No dead links: our own checker (tests/linkcheck.py) and LinkChecker over the built site."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .linkcheck import check_site
from .site_fixtures import serve

LINKCHECKER = Path(sys.executable).with_name("linkchecker")


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, html in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"<!doctype html><html><body>{html}</body></html>", encoding="utf-8")
    return root


def _reasons(site: Path) -> dict[str, str]:
    return {link.reference.url: link.reason for link in check_site(site)}


def test_checker_finds_dead_files_and_anchors(tmp_path):
    site = _write(
        tmp_path,
        {
            "index.html": (
                '<a href="sources/a.html#s2">ok</a> <a href="sources/a.html#s9">no anchor</a>'
                ' <a href="sources/b.html">no file</a> <a href="#top">same page</a>'
                ' <img src="img/chart.svg" alt="chart"> <a href="sources/">dir index</a>'
                ' <a href="https://example.org/x#y">external</a> <a href="mailto:a@b.c">mail</a>'
                ' <a href="../up.html">outside</a> <a href="/about.html">absolute</a>'
                ' <a href="sources/a.html#caf%C3%A9">encoded</a> <a href="javascript:void(0)">js</a>'
                ' <a href="">empty</a> <p id="top"></p>'
            ),
            "sources/a.html": '<span id="s1"></span><span id="s2"></span><h2 id="café">x</h2>',
            "sources/index.html": '<a href="a.html#s1">back</a> <a href="../index.html">home</a>',
            "about.html": "",
        },
    )
    assert _reasons(site) == {
        "sources/a.html#s9": "no id 's9' in sources/a.html",
        "sources/b.html": "no such file",
        "img/chart.svg": "no such file",
        "../up.html": "points outside the site",
        "/about.html": "absolute path (breaks when the site is hosted under a sub-path)",
        "javascript:void(0)": "javascript: link",
        "": "empty link",
    }


def test_checker_allows_absolute_links_on_the_404_page_only(tmp_path):
    site = _write(
        tmp_path,
        {
            "index.html": "",
            "404.html": '<a href="/index.html">home</a> <a href="/gone.html">gone</a>',
        },
    )
    dead = check_site(site)
    assert [str(d) for d in dead] == ["404.html:1: <a> /gone.html: no such file"]


def test_checker_resolves_the_404_page_against_the_base_path(tmp_path):
    # As built for GitHub Pages with SITE_URL=https://owner.github.io/story-report/.
    site = _write(
        tmp_path,
        {
            "index.html": "",
            "404.html": '<a href="/story-report/index.html">h</a> <a href="/x.html">x</a>',
        },
    )
    assert [d.reason for d in check_site(site, "/story-report/")] == [
        "outside the base path /story-report/"
    ]


@pytest.mark.slow
def test_built_site_has_no_dead_links(built_site):
    dead = check_site(built_site)
    assert not dead, "\n".join(map(str, dead))


@pytest.mark.slow
def test_checker_sees_sentence_anchors_of_the_built_site(built_site, tmp_path):
    # The real pages, with one sentence anchor renamed: the checker must notice.
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    page = site / "sources" / "003-09af0d1278cc3a31.html"
    html = page.read_text(encoding="utf-8").replace('id="s7"', 'id="x7"')
    page.write_text(html.replace("</article>", '<a href="#s7">s7</a></article>', 1))
    # Every link to that sentence is reported (the page's own, and those of profiles).
    dead = check_site(site)
    assert dead
    assert {d.reason for d in dead} == {"no id 's7' in sources/003-09af0d1278cc3a31.html"}


def _linkchecker(url: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "linkcheckerrc"
    # Missing #anchors are reported; no limit of 10 requests a second (our own server).
    config.write_text("[checking]\nmaxrequestspersecond=1000\n[AnchorCheck]\n", encoding="utf-8")
    command = [str(LINKCHECKER), "--config", str(config), "--no-status", url]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=300)


@pytest.mark.slow
def test_linkchecker_passes_on_the_served_site(site_url, tmp_path):
    # Over HTTP, not file://: run as root, LinkChecker drops to `nobody`, who cannot read
    # pytest's private temporary folders.
    result = _linkchecker(f"{site_url}index.html", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_linkchecker_reports_missing_files_and_anchors(tmp_path):
    # Proves the configuration really checks anchors (else the test above proves little).
    site = _write(
        tmp_path / "site",
        {
            "index.html": '<a href="a.html#s1">ok</a> <a href="a.html#s9">x</a>',
            "a.html": '<span id="s1">one</span> <a href="gone.html">y</a>',
        },
    )
    with serve(site) as url:
        result = _linkchecker(f"{url}index.html", tmp_path)
    assert result.returncode == 1
    assert "Anchor `s9' (decoded: `s9') not found" in result.stdout
    assert "gone.html" in result.stdout
    assert "`s1'" not in result.stdout.replace("Available anchors: `s1'", "")


@pytest.mark.slow
def test_chronology_citations_resolve_to_sentences(built_site):
    html = (built_site / "chronology" / "index.html").read_text(encoding="utf-8")
    citations = re.findall(r'href="(\.\./sources/[^"#]+\.html#s\d+)"', html)
    assert citations, "the chronology cites no source sentence"
    for href in citations:
        target, anchor = href.removeprefix("../").split("#")
        ids = re.findall(r'id="([^"]+)"', (built_site / target).read_text(encoding="utf-8"))
        assert anchor in ids, href
