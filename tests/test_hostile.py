"""Hostile text through the whole site (issue 7): markup, template syntax and odd file
names in documents are shown literally, nothing is injected or pulled in, in the
pages, titles, navigation, table of contents and search.

The rest of issue 7 is with the module it tests: broken documents reported, the rest
built (test_load), the build report and --strict (test_cli), nothing half-written
(test_output, test_pipeline), the same output every time (test_pipeline, test_golden)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.cli import main
from generator.publish.render import md_escape

from .conftest import write_seeds

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<iframe src="https://evil.example/"></iframe>',
    "</div></span>",
    "[x](javascript:alert(1))",
    "{{ 7*7 }}",
    "{% for x in range(3) %}loop{% endfor %}",
    "*emph* **strong** `code` [^1] :smile: &lt;b&gt;",
    '{: onclick="alert(1)" }',
]
INLINE = " ".join(HOSTILE)
BODY_LINES = [
    "# x heading",
    "| a | b |",
    "| --- | --- |",
    "| 1 | 2 |",
    '!!! note "Admonition"',
    "    admonition body",
    '--8<-- "/etc/passwd"',
    "[^1]: a footnote",
    "<!-- comment --> <style>body{display:none}</style>",
    '<a href="javascript:alert(1)">click</a>',
    "{: #injected .cls onclick=alert(1) }",
    "$$ x^2 $$ ~~del~~ ==mark== ++ins++",
    f"Opening text {INLINE}.",
]
HOSTILE_FILES = {
    "seed <img src=x onerror=alert(1)> {{ 7*7 }}.txt": (
        f"date 2022-02-02\n{INLINE}\n\n" + "\n".join(BODY_LINES) + "\n"
    ),
    "front [x](javascript:alert(1)) {% raw %}.md": (
        "---\n"
        f"title: {json.dumps(INLINE)}\n"
        "date: 2022-01-01\n"
        f"source: {json.dumps(INLINE)}\n"
        'url: "javascript:alert(1)"\n'
        "---\n" + "\n".join(BODY_LINES) + "\n"
    ),
    "url.md": (
        '---\ndate: 2022-01-03\nurl: "https://example.org/\\"><script>alert(1)</script>"\n---\n'
        f"{INLINE}\n"
    ),
    "<script>alert(1)<!-- {{ 7*7 }}.docx": "not a document",
    "José Pérez report.txt": "date 2021-01-01 Accented name.",
    "日本の記事.txt": "date 2021-01-02 No Latin letters.",
    "index.txt": "date 2021-01-03 Named like the section page.",
}


class Page(HTMLParser):
    """What a browser would make of a page: elements, attributes and visible text."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self.title = ""
        self._in: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        if tag in ("script", "style", "title"):
            self._in.append(tag)
            if tag == "script":
                self.scripts.append("")

    def handle_endtag(self, tag):
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data):
        if not self._in:
            self.text.append(data)
        elif self._in[-1] == "script":
            self.scripts[-1] += data
        elif self._in[-1] == "title":
            self.title += data

    @property
    def visible(self) -> str:
        return "".join(self.text)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    seeds = write_seeds(root / "seeds", HOSTILE_FILES)
    docs, site = root / "docs", root / "site"
    code = main(["site", "--seeds", str(seeds), "--out", str(docs), "--site-dir", str(site)])
    assert code == 0  # only a warning (the .docx), and mkdocs --strict passed
    return docs, site


def pages(site: Path) -> dict[str, Page]:
    return {str(p.relative_to(site)): Page(p.read_text()) for p in sorted(site.rglob("*.html"))}


@pytest.mark.slow
def test_no_element_is_injected(hostile_site):
    _, site = hostile_site
    built = pages(site)
    reference = built["about.html"]  # hand-written: only Material's own scripts
    assert len(built) >= 7
    for name, page in built.items():
        tags = [tag for tag, _ in page.elements]
        assert "iframe" not in tags and "object" not in tags and "embed" not in tags, name
        assert "style" not in tags, name
        assert len(page.scripts) == len(reference.scripts), name
        assert not any("alert" in script for script in page.scripts), name
        for tag, attrs in page.elements:
            for key, value in attrs.items():
                assert not key.startswith("on"), (name, tag, attrs)
                if key in ("href", "src", "action", "formaction"):
                    assert not value.strip().lower().startswith(("javascript:", "data:")), name
            assert not (tag == "img" and attrs.get("src") == "x"), name
            assert attrs.get("id") != "injected", name
            if name.startswith("sources/"):
                assert "admonition" not in attrs.get("class", ""), name


@pytest.mark.slow
def test_text_is_shown_literally(hostile_site):
    _, site = hostile_site
    built = pages(site)
    sources = {
        k: v
        for k, v in built.items()
        if k.startswith(("sources/seed", "sources/front", "sources/url"))
    }
    assert len(sources) == 3
    for name, page in sources.items():
        text = page.visible
        for snippet in ("<script>alert(1)</script>", "{{ 7*7 }}", "&lt;b&gt;", "*emph*"):
            assert snippet in text, (name, snippet)
        assert not re.search(r"\b49\b", text), name
    front = next(p for k, p in sources.items() if k.startswith("sources/front"))
    for line in BODY_LINES:
        assert line.strip() in front.visible, line
    assert INLINE in front.visible  # the title, and the source as the outlet
    assert front.visible.count(INLINE) >= 2
    # Tables, footnotes, headings of the body stay text: one h1 (the title), no table
    # (the page's facts are a paragraph).
    tags = [tag for tag, _ in front.elements]
    assert tags.count("h1") == 1
    assert tags.count("table") == 0
    assert "sup" not in tags and "em" not in [t for t, a in front.elements if "sentence" in a]
    # The file names, on the build report and as document ids.
    report = built["build-report/index.html"].visible
    assert "<script>alert(1)<!-- {{ 7*7 }}.docx" in report
    seed = next(p for k, p in sources.items() if k.startswith("sources/seed"))
    assert "seed <img src=x onerror=alert(1)> {{ 7*7 }}" in seed.visible
    assert INLINE in built["sources/index.html"].visible


@pytest.mark.slow
def test_no_file_is_pulled_in(hostile_site):
    docs, site = hostile_site
    passwd = Path("/etc/passwd").read_text().splitlines()[0]
    for path in [*site.rglob("*"), *docs.rglob("*")]:
        if path.is_file() and path.suffix in (".html", ".json", ".md", ".xml"):
            assert passwd not in path.read_text(), path


@pytest.mark.slow
def test_titles_are_safe_in_title_nav_toc_and_search(hostile_site):
    _, site = hostile_site
    built = pages(site)
    for name, page in built.items():
        assert "<" not in page.title and ">" not in page.title, (name, page.title)
    front = next(p for k, p in built.items() if k.startswith("sources/front"))
    # Material prints the title unescaped in <title> and the header: look-alikes there.
    assert "‹script›alert(1)‹/script›" in front.title
    assert "{{ 7*7 }}" in front.title
    # The page's own heading shows the exact text.
    assert INLINE in front.visible
    index = json.loads((site / "search" / "search_index.json").read_text())
    hits = 0
    for entry in index["docs"]:
        # Material's search renders these fields as HTML: parse them as a browser would.
        for field in ("title", "text"):
            parsed = Page(entry[field])
            tags = {tag for tag, _ in parsed.elements}
            assert not tags & {"script", "img", "iframe", "a", "style"}, (entry["location"], tags)
            assert not any(k.startswith("on") for _, a in parsed.elements for k in a)
            hits += "<script>alert(1)</script>" in parsed.visible
    assert hits >= 3  # and the text is still searchable as written


@pytest.mark.slow
def test_pages_of_odd_file_names_are_linked(hostile_site):
    _, site = hostile_site
    index = Page((site / "sources" / "index.html").read_text())
    links = [a["href"] for tag, a in index.elements if tag == "a" and "href" in a]
    pages_linked = {h for h in links if re.fullmatch(r"[a-z0-9-]+\.html", h)}
    assert {"jose-perez-report.html", "document.html", "index-2.html"} <= pages_linked
    for href in pages_linked:
        assert (site / "sources" / href).is_file(), href
    assert (
        "Named like the section page." in Page((site / "sources/index-2.html").read_text()).visible
    )


def test_headings_made_of_document_text_stay_escaped_in_the_toc():
    # Material prints toc titles unescaped; Python-Markdown keeps the heading's
    # character references there, so a heading built from document text is safe in
    # any page's table of contents (today only h1 titles are; other stages add h2s).
    import markdown

    converter = markdown.Markdown(extensions=["toc", "attr_list"])
    converter.convert(f"# T\n\n## {md_escape(INLINE)}\n")
    (heading,) = converter.toc_tokens[0]["children"]
    for field in ("name", "html"):
        assert "<" not in heading[field] and "{:" not in heading[field]
        assert Page(heading[field]).visible == INLINE
