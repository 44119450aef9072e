"""Jinja -> Markdown pages. Templates format; Python computes.

Text from documents is data. Every `{{ value }}` in a template is escaped for both
Markdown and HTML unless the value is already `Markup` (made by a macro or by
`md_raw` here), so a `<script>`, a `[link](javascript:...)`, a `{{ 7*7 }}` or a
`--8<--` snippet line in an article is shown literally wherever it is placed.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.metadata
import json
import posixpath
import re
import shutil
import sys
from collections.abc import Callable, Collection, Hashable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from ..infra.memo import active, keep, previous

# Characters that mean something to Markdown, its extensions or HTML. Each becomes a
# numeric character reference, which Markdown leaves alone and the browser shows as the
# character itself (and the search index reads as the character).
_SPECIAL = "&<>\"'`*_[]{}()#+-!|\\~^=:$%@"
_ESCAPES = {c: f"&#{ord(c)};" for c in _SPECIAL} | {"\n": " ", "\r": " ", "\t": " "}
# One regular expression pass: most values (names, titles, numbers) hold none of these
# characters and come back as they are; a long sentence holds a few. Measured on the
# 160,000 strings of a 300-document build, 3.5x faster than str.translate with a table.
_NEEDS_ESCAPE = re.compile("[" + re.escape("".join(_ESCAPES)) + "]")


def _escape_char(match: re.Match[str]) -> str:
    return _ESCAPES[match.group()]


def md_escape(value: object) -> str:
    """Escape text so that Markdown and HTML show it literally, on one line."""
    return _NEEDS_ESCAPE.sub(_escape_char, str(value))


def _finalize(value: object, _sub: Callable[..., str] = _NEEDS_ESCAPE.sub) -> object:
    """Every `{{ value }}` passes here, then through Jinja's HTML escape.

    Text with no special character at all (most values) is returned as it is: the HTML
    escape that follows leaves it unchanged, and wrapping it first would only cost time.
    """
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    text = str(value)
    escaped = _sub(_escape_char, text)
    return text if escaped == text else Markup(escaped)


# MkDocs' and Material's templates print page titles without escaping (and `striptags`
# unescapes entities), so a title handed to MkDocs must hold no markup characters at all:
# they become look-alikes there. The page's own heading shows the exact text.
_TITLE_TABLE = str.maketrans({"<": "‹", ">": "›", "&": "＆"})
# Control characters and line separators: YAML folds or rejects them in a title.
_TITLE_TABLE.update(
    {c: " " for c in [*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029, 0xFFFE, 0xFFFF]}
)


def yaml_title(value: object) -> Markup:
    """A page title for front matter: a JSON string (valid YAML), markup-free."""
    return Markup(json.dumps(str(value).translate(_TITLE_TABLE), ensure_ascii=False))


def url_escape(value: object) -> Markup:
    """An attribute-safe URL; only http(s) links from documents are linked at all."""
    text = str(value)
    if not text.startswith(("http://", "https://")):
        return Markup("")
    return Markup(md_escape(text))


_PAGE_PATH = re.compile(r"[\w./#-]+")


def html_page(value: object) -> Markup:
    """A relative link to a page, for raw HTML (which MkDocs does not rewrite): the
    built page's name, "people/x.md" -> "people/x.html" (use_directory_urls is off)."""
    path, hash_sign, anchor = str(value).partition("#")
    if path.endswith(".md"):
        path = path[:-3] + ".html"
    target = path + hash_sign + anchor
    # Our own page paths (slugs) need no escaping; anything else is escaped.
    return Markup(target if _PAGE_PATH.fullmatch(target) else md_escape(target))


def thousands(value: int) -> str:
    return f"{value:,}"


def human_date(value: str) -> str:
    """ "2021-12-07" -> "7 December 2021", "2022-03" -> "March 2022", "2017" -> "2017"."""
    months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    parts = value.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {months[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{months[int(parts[1]) - 1]} {parts[0]}"
    return value


class Renderer:
    """Renders templates into page text, each with links relative to its own page.

    With `cache` (a folder), templates are compiled once and the compiled code kept
    there for the next build (see compiled_templates). In the watch (infra/memo.py), a
    page whose context is equal to the last build's is not rendered again: see `render`.
    """

    def __init__(
        self,
        templates: Path,
        site: dict[str, Any],
        cache: Path | None = None,
    ):
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(templates)),
            bytecode_cache=compiled_templates(cache) if cache else None,
            undefined=jinja2.StrictUndefined,
            autoescape=True,
            finalize=_finalize,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters.update(
            yaml_title=yaml_title,
            url=url_escape,
            thousands=thousands,
            html_page=html_page,
            human_date=human_date,
        )
        self.env.globals["site"] = site
        self.templates = templates
        self.site = site
        self._version: tuple[str, str] | None = None

    @property
    def version(self) -> tuple[str, str]:
        """The templates' own version, for the watch's keys: a page rendered by other
        templates is not reused. Worked out when first asked (only the watch asks: a
        one-shot build does not stat every template)."""
        if self._version is None:
            self._version = self.version_of(self.templates, self.site)
        return self._version

    @staticmethod
    def version_of(templates: Path, site: dict[str, Any]) -> tuple[str, str]:
        return templates_digest(templates), json.dumps(site, sort_keys=True)

    def load_templates(self, folders: Collection[str] = ("",)) -> None:
        """Load (compile) the templates in these folders now, not when first used, so
        that forked workers share them; "" is the top folder."""
        for name in self.env.list_templates(extensions=["j2"]):
            if posixpath.dirname(name) in folders:
                self.env.get_template(name)

    def render(self, template: str, page: str, **context: Any) -> str:
        """Render `template` as the page at `page` (a path relative to the docs folder).

        In the watch, the last build's text is reused when every plain value of the
        context is equal to last time's and every entry the page read from a mapping
        (a lookup table such as documents_by_id) is too: the mappings are recorded as
        the page reads them, so a change anywhere else in a table does not count.
        """
        if active() is None:
            return self._render(template, page, context)
        key = (self.version, template, page)
        plain = {k: v for k, v in context.items() if not isinstance(v, Mapping)}
        tables = {k: v for k, v in context.items() if isinstance(v, Mapping)}
        last = previous("pages", key)
        if isinstance(last, _Rendered) and last.still(plain, tables):
            keep("pages", key, last)
            return last.text
        recorders = {k: _Recording(v) for k, v in tables.items()}
        text = self._render(template, page, {**plain, **recorders})
        read = {k: r.read if not r.whole else None for k, r in recorders.items()}
        whole = {k: tables[k] for k, r in recorders.items() if r.whole}
        keep("pages", key, _Rendered(text, plain, read, whole))
        return text

    def _render(self, template: str, page: str, context: dict[str, Any]) -> str:
        return self.env.get_template(template).render(page=page, link=_linker(page), **context)


def templates_digest(templates: Path) -> str:
    """Names, sizes and modification times of every template: changes when one is edited."""
    digest = hashlib.sha256()
    for path in sorted(templates.rglob("*")):
        if path.is_file():
            stat = path.stat()
            digest.update(
                f"{path.relative_to(templates)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode()
            )
    return digest.hexdigest()


_ABSENT = object()


class _Recording(Mapping[Hashable, Any]):
    """A read-only view of a mapping that notes each key a template reads (and whether
    it was there); listing or counting the whole mapping makes the page depend on all of it."""

    def __init__(self, data: Mapping[Hashable, Any]):
        self._data = data
        self.read: dict[Hashable, Any] = {}
        self.whole = False

    def __getitem__(self, key: Hashable) -> Any:
        value = self._data.get(key, _ABSENT)
        self.read[key] = value
        if value is _ABSENT:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        value = self._data.get(key, _ABSENT)
        self.read[key] = value
        return value is not _ABSENT

    def __iter__(self) -> Iterator[Hashable]:
        self.whole = True
        return iter(self._data)

    def __len__(self) -> int:
        self.whole = True
        return len(self._data)


@dataclass(frozen=True, slots=True)
class _Rendered:
    """A page's text and what it was made from, to tell whether it is still valid."""

    text: str
    plain: dict[str, Any]  # context values compared whole
    read: dict[str, dict[Hashable, Any] | None]  # per mapping: the entries read (None: all)
    whole: dict[str, Mapping[Hashable, Any]]  # the mappings read whole

    def still(self, plain: dict[str, Any], tables: dict[str, Mapping[Hashable, Any]]) -> bool:
        if plain != self.plain or tables.keys() != self.read.keys():
            return False
        for name, entries in self.read.items():
            table = tables[name]
            if entries is None:
                if table != self.whole[name]:
                    return False
            elif any(table.get(k, _ABSENT) != v for k, v in entries.items()):
                return False
        return True


# Compiled templates depend on more than their source: Jinja's code generator and
# markupsafe (their versions), Python's bytecode, and this module, whose environment
# options, filters and finalize Jinja applies at compile time to constant expressions
# (`{{ " · " }}` is escaped once, when compiled). The filters must live here.
def _compiled_version() -> str:
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for package in ("jinja2", "markupsafe"):
        digest.update(f"|{package}-{importlib.metadata.version(package)}".encode())
    digest.update(f"|{sys.implementation.cache_tag}|{sys.version}".encode())
    return digest.hexdigest()[:16]


def compiled_templates(cache: Path) -> jinja2.BytecodeCache | None:
    """Jinja's bytecode cache in `cache`/templates/<version>: a template is found by its
    name and the checksum of its source, in the folder of everything else its compiled
    code depends on (_compiled_version); folders of other versions are removed. None
    (compile every build) when the folder cannot be written."""
    version = _compiled_version()
    root = cache / "templates"
    try:
        (root / version).mkdir(parents=True, exist_ok=True)
        for other in root.iterdir():
            if other.name != version and other.is_dir():
                shutil.rmtree(other, ignore_errors=True)
    except OSError:
        return None
    return _CompiledTemplates(str(root / version))


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        # Its folder removed by a build of another version: compiled again next time.
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _linker(page: str) -> Callable[..., Markup]:
    base = posixpath.dirname(page) or "."

    def link(target: str, anchor: str | None = None) -> Markup:
        rel = _relpath(target, base)
        return Markup(rel + (f"#{anchor}" if anchor else ""))

    return link


@functools.lru_cache(maxsize=1 << 16)
def _relpath(target: str, base: str) -> str:
    """posixpath.relpath, remembered: pages link the same few thousand targets from a
    handful of folders, hundreds of thousands of times on a large corpus."""
    return posixpath.relpath(target, base)
