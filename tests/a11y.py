"""Accessibility basics a reviewer checks, over the built HTML of a page (no generator imports).

Per page: a language and a non-empty <title>; in the content (Material's <article>), one
h1 first and no skipped heading levels; alt text on every image and chart (<img alt>,
<svg role="img"> with a name, or a decorative <svg aria-hidden="true">); tables with
non-empty <th> headers. On the whole page: every link has meaningful text.

    python tests/a11y.py site/      # prints one line per problem, exit 1 if any
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from bs4 import BeautifulSoup, Tag

# Link texts that say nothing out of context (WCAG 2.4.4).
VAGUE_LINK_TEXTS = frozenset(
    {"click here", "here", "click", "more", "read more", "link", "this", "this link", "see"}
)
_HEADING = re.compile(r"^h([1-6])$")
_WORD = re.compile(r"\w")


def check_page(html: str) -> list[str]:
    """The accessibility problems of one HTML page, in document order."""
    soup = BeautifulSoup(html, "html.parser")
    problems: list[str] = []
    root = soup.find("html")
    if not isinstance(root, Tag) or not str(root.get("lang") or "").strip():
        problems.append("<html> has no lang attribute")
    title = soup.find("title")
    if title is None or not title.get_text(strip=True):
        problems.append("empty or missing <title>")
    content = soup.find("article") or soup.body or soup
    problems += _headings(content)
    problems += _images(content)
    problems += _tables(content)
    problems += _links(soup)
    return problems


def check_site(site: Path) -> dict[str, list[str]]:
    """{page: problems} for every HTML page under `site` that has any."""
    found = {}
    for path in sorted(site.rglob("*.html")):
        problems = check_page(path.read_text(encoding="utf-8"))
        if problems:
            found[path.relative_to(site).as_posix()] = problems
    return found


def _headings(content: Tag | BeautifulSoup) -> list[str]:
    problems = []
    levels: list[int] = []
    for tag in content.find_all(_HEADING):
        level = int(tag.name[1])
        text = _name(tag)
        if not text:
            problems.append(f"empty <{tag.name}>")
        if not levels and level != 1:
            problems.append(f"first heading is <{tag.name}> {text!r}, not <h1>")
        elif levels and level > levels[-1] + 1:
            problems.append(f"<h{levels[-1]}> then <{tag.name}> {text!r}: a level is skipped")
        levels.append(level)
    if levels.count(1) > 1:
        problems.append(f"{levels.count(1)} <h1> headings; a page has one")
    if not levels:
        problems.append("no <h1> heading")
    return problems


def _images(content: Tag | BeautifulSoup) -> list[str]:
    problems = []
    for img in content.find_all("img"):
        if not str(img.get("alt") or "").strip():
            problems.append(f"<img src={img.get('src')!r}> has no alt text")
    for svg in content.find_all("svg"):
        if svg.find_parent("svg"):
            continue
        if svg.get("aria-hidden") == "true":
            continue
        if svg.get("role") != "img":
            problems.append('<svg> is neither role="img" with a name nor aria-hidden="true"')
        elif not (
            str(svg.get("aria-label") or "").strip()
            or svg.get("aria-labelledby")
            or ((title := svg.find("title")) and title.get_text(strip=True))
        ):
            problems.append('<svg role="img"> has no aria-label or <title>')
    return problems


def _tables(content: Tag | BeautifulSoup) -> list[str]:
    problems = []
    for number, table in enumerate(content.find_all("table"), 1):
        headers = table.find_all("th")
        if not headers:
            problems.append(f"table {number} has no <th> headers")
        elif not all(th.get_text(strip=True) or th.get("aria-label") for th in headers):
            problems.append(f"table {number} has an empty <th>")
    return problems


def _links(soup: BeautifulSoup) -> list[str]:
    problems = []
    for link in soup.find_all("a", href=True):
        name = _name(link)
        if not _WORD.search(name):
            problems.append(f"link to {link['href']!r} has no text")
        elif name.strip().lower().rstrip(".") in VAGUE_LINK_TEXTS:
            problems.append(f"link to {link['href']!r} says only {name.strip()!r}")
    return problems


def _name(tag: Tag) -> str:
    """The accessible name, roughly: aria-label, else the text with image alts, else title."""
    label = str(tag.get("aria-label") or "").strip()
    if label:
        return label
    parts = [tag.get_text(" ", strip=True)]
    parts += [str(img.get("alt") or "") for img in tag.find_all("img")]
    text = " ".join(p for p in parts if p).strip()
    if _WORD.search(text):
        return text
    return str(tag.get("title") or "").strip() or text


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0], "index.html").is_file():
        print("usage: python tests/a11y.py SITE_DIR (a built site, with index.html)")
        return 2
    found = check_site(Path(argv[0]))
    for page, problems in found.items():
        for problem in problems:
            print(f"{page}: {problem}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
