"""A small, fast dead-link checker for a built static site (no generator imports).

Every internal reference in every HTML page (a/link href, script/img/source/iframe src,
SVG use) must resolve to a file of the site, and a `#fragment` must name an `id` (or
`<a name>`) in the target page. External URLs (http:, https:, mailto:, ...) are not
fetched: the browser tests check that nothing is loaded from elsewhere.

    python tests/linkcheck.py site/       # prints one line per dead link, exit 1 if any
    python tests/linkcheck.py site/ /story-report/   # built with SITE_URL=https://host/story-report/

Only the 404 page may use absolute links (it is served at any missing URL, so MkDocs
writes its links from site_url's path); they are resolved against that base path.
"""

from __future__ import annotations

import posixpath
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

# Attributes that reference another resource, per tag.
_REFERENCES = {
    "a": ("href",),
    "area": ("href",),
    "link": ("href",),
    "script": ("src",),
    "img": ("src",),
    "source": ("src",),
    "iframe": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "use": ("href", "xlink:href"),
    "image": ("href", "xlink:href"),
}


@dataclass(frozen=True, slots=True)
class Reference:
    page: str  # the referring page, relative to the site root (posix)
    line: int
    tag: str
    url: str


@dataclass(frozen=True, slots=True)
class DeadLink:
    reference: Reference
    reason: str

    def __str__(self) -> str:
        ref = self.reference
        return f"{ref.page}:{ref.line}: <{ref.tag}> {ref.url}: {self.reason}"


class _PageParser(HTMLParser):
    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.page = page
        self.ids: set[str] = set()
        self.references: list[Reference] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value for name, value in attrs if value is not None}
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "a" and "name" in values:
            self.ids.add(values["name"])
        for name in _REFERENCES.get(tag, ()):
            if name in values:
                line = self.getpos()[0]
                self.references.append(Reference(self.page, line, tag, values[name].strip()))

    handle_startendtag = handle_starttag


@dataclass(frozen=True, slots=True)
class _Page:
    ids: frozenset[str]
    references: tuple[Reference, ...]


def parse_page(path: Path, name: str) -> _Page:
    parser = _PageParser(name)
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    return _Page(frozenset(parser.ids), tuple(parser.references))


def check_site(site: Path, base_path: str = "/") -> list[DeadLink]:
    """Every dead internal link or anchor in the HTML pages under `site`, in page order.

    `base_path` is the path of the site_url it was built with (for the 404 page's links).
    """
    site = site.resolve()
    pages = {
        path.relative_to(site).as_posix(): parse_page(path, path.relative_to(site).as_posix())
        for path in sorted(site.rglob("*.html"))
    }
    dead: list[DeadLink] = []
    for name, page in pages.items():
        for ref in page.references:
            reason = _check(site, pages, name, ref.url, base_path)
            if reason:
                dead.append(DeadLink(ref, reason))
    return dead


def _check(site: Path, pages: dict[str, _Page], name: str, url: str, base_path: str) -> str | None:
    if not url:
        return "empty link"
    parts = urlsplit(url)
    if parts.scheme.lower() == "javascript":
        return "javascript: link"
    if parts.scheme or parts.netloc:
        return None  # external (http:, mailto:, //host/...): not fetched here
    path = unquote(parts.path)
    base = posixpath.dirname(name)
    if path.startswith("/"):
        if name != "404.html":
            return "absolute path (breaks when the site is hosted under a sub-path)"
        prefix = "/" + base_path.strip("/") + "/" if base_path.strip("/") else "/"
        if not path.startswith(prefix):
            return f"outside the base path {prefix}"
        path, base = path.removeprefix(prefix), ""
    if path:
        target = posixpath.normpath(posixpath.join(base, path))
        if target == ".." or target.startswith("../"):
            return "points outside the site"
        if target == ".":
            target = ""
        file = site / target
        if file.is_dir():
            target = posixpath.join(target, "index.html") if target else "index.html"
            file = site / target
        if not file.is_file():
            return "no such file"
    else:
        target = name
    fragment = unquote(parts.fragment)
    if fragment and target in pages and fragment not in pages[target].ids:
        return f"no id {fragment!r} in {target}"
    return None


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2) or not Path(argv[0], "index.html").is_file():
        print(
            "usage: python tests/linkcheck.py SITE_DIR [BASE_PATH] (a built site, with index.html)"
        )
        return 2
    dead = check_site(Path(argv[0]), *argv[1:])
    for link in dead:
        print(link)
    return 1 if dead else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
