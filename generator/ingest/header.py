"""A document file's text -> Document: its header, the seed format's date line or YAML
front matter (validated here, where it enters), then its title, dateline and sentences.

* the seed format: optional leading whitespace, ``date YYYY-MM-DD``, then the text,
  which may start on the same line; a short line alone after the header is the title;
* Markdown with YAML front matter: ``title``, ``date`` (required), ``source``, ``url``.

Without a title, the first words of the text are the title. A title given (front
matter, title line) is text too: title_first() puts it at the head of Document.text as
its own paragraph and sentence 1, so that the names and dates it holds are read, and
cited to its anchor, like any sentence's (the source page shows it as the heading).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from ..model import Document, Sentence
from .datelines import OUTLETS
from .text import split_sentences

_SEED_HEADER = re.compile(r"\A\s*date[ \t]+(\S+)[ \t]*(.*)", re.DOTALL)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# (an outlet of one letter is a caption's "(L)", for left)
# "Bogota (CNN) The number ..." / "WASHINGTON (AP) — ..." / "Caracas, Venezuela (CNN) -"
_DATELINE = re.compile(
    r"""\A(?P<place>[A-Z][A-Za-zÀ-ÿ.'\-]*(?:[ ][A-Z][A-Za-zÀ-ÿ.'\-]*){0,3})
        (?:,[ ][A-Z][A-Za-zÀ-ÿ.'\- ]{1,30}?)?
        [ ]\((?P<outlet>[A-Z][A-Za-z0-9&.'\- ]{1,30})\)[ ]*[—–-]*[ ]*""",
    re.VERBOSE,
)
_DASH = re.compile(r"\)[ ]*[—–-]")
_TITLE_WORDS = 20


def parse_document(path: Path, content: str) -> tuple[Document, int]:
    """The Document in a file's text, and the line of its date. InputError, with the
    file's line and the fix, for a header that is missing or wrong."""
    if content.lstrip().startswith("---"):
        return _parse_front_matter(path, content)
    return _parse_seed(path, content)


def _parse_seed(path: Path, content: str) -> tuple[Document, int]:
    match = _SEED_HEADER.match(content)
    if not match:
        line = _first_content_line(content)
        raise InputError(f'{path}:{line}: no date header. Start the file with "date YYYY-MM-DD".')
    header_line = content[: match.start(1)].count("\n") + 1
    date = _check_date(path, header_line, match.group(1))
    rest = match.group(2)
    title = None
    if not rest.split("\n", 1)[0].strip():
        # The header stands alone on its line: a short line after it is the title.
        title, rest = _split_title_line(rest)
    return _make_document(path, date, rest, title=title), header_line


def _split_title_line(rest: str) -> tuple[str | None, str]:
    lines = rest.strip("\n").split("\n")
    first = lines[0].strip() if lines else ""
    remainder = "\n".join(lines[1:])
    if (
        first
        and remainder.strip()
        and len(first.split()) <= 25
        # A line ending in a dash leads into the text: a dateline ("BEIJING, Aug. 7
        # (Xinhua) --"), not a title.
        and not first.endswith((".", "!", "?", ":", ";", ",", "--", "—", "–"))
    ):
        return first, remainder
    return None, rest


def _parse_front_matter(path: Path, content: str) -> tuple[Document, int]:
    meta, body = _read_front_matter(path, content)
    date_line = key_line(content, "date")
    # Dates stay text (_FrontMatterLoader), checked as the seed header's are.
    date = _check_date(path, date_line, str(meta["date"]))
    strings = _front_matter_text(path, content, meta)
    document = _make_document(
        path,
        date,
        body,
        title=strings["title"] or None,
        source=strings["source"] or None,
        url=strings["url"] or None,
    )
    return document, date_line


def _read_front_matter(path: Path, content: str) -> tuple[dict[Any, Any], str]:
    """The YAML header, a mapping with a date, and the body after it."""
    lead = len(content) - len(content.lstrip())
    dash_line = content.count("\n", 0, lead) + 1
    body_start = content.find("\n---", lead + 3)
    if body_start < 0:
        raise InputError(
            f"{path}:{dash_line}: front matter is not closed. Add a line '---' after the YAML header."
        )
    header = content[lead + 3 : body_start]
    body = content[body_start + 4 :].split("\n", 1)[1] if "\n" in content[body_start + 4 :] else ""
    try:
        _refuse_aliases(path, dash_line, header)
        meta = yaml.load(header, Loader=_FrontMatterLoader)  # noqa: S506 (a SafeLoader)
    except RecursionError:
        raise InputError(
            f"{path}:{dash_line}: front matter is nested too deeply. Fix the YAML header."
        ) from None
    except yaml.YAMLError as error:
        raise _yaml_error(path, dash_line, error) from None
    if not isinstance(meta, dict):
        raise InputError(
            f"{path}:{dash_line + 1}: front matter is not a mapping. Write it as 'key: value' lines."
        )
    if "date" not in meta:
        raise InputError(
            f"{path}:{dash_line}: front matter has no date. Add a line 'date: YYYY-MM-DD'."
        )
    return meta, body


def _refuse_aliases(path: Path, first_line: int, header: str) -> None:
    """InputError at the first YAML anchor or alias: an alias bomb of 386 bytes took
    9.7 GB to load. (Scanning, unlike loading, is linear in the header's length.)"""
    for token in yaml.scan(header):
        if isinstance(token, yaml.AnchorToken | yaml.AliasToken):
            line = first_line + token.start_mark.line
            raise InputError(
                f"{path}:{line}: front matter uses a YAML anchor or alias "
                f"('&{token.value}' or '*{token.value}'), which are not allowed. "
                "Write each value out in full."
            )


def _yaml_error(path: Path, dash_line: int, error: yaml.YAMLError) -> InputError:
    """The error to report for invalid YAML, at the line of the file where it is."""
    # The header text starts on the '---' line itself: its YAML line 0.
    mark = getattr(error, "problem_mark", None)
    line = dash_line + mark.line if mark is not None else dash_line
    reason = getattr(error, "problem", None) or "invalid YAML"
    context = getattr(error, "context_mark", None)
    if context is not None and context.line + dash_line != line:
        reason += f", in what starts on line {dash_line + context.line}"
    return InputError(
        f"{path}:{line}: front matter is not valid YAML ({reason}). Fix the YAML header."
    )


def _front_matter_text(path: Path, content: str, meta: dict[Any, Any]) -> dict[str, str | None]:
    """The title, source and url, as text (a number is written as text; None if absent)."""
    strings = {}
    for key in ("title", "source", "url"):
        value = meta.get(key)
        if value is not None and not isinstance(value, str | int | float):
            raise InputError(
                f"{path}:{key_line(content, key)}: front matter '{key}' must be text. "
                "Write it as a single quoted string."
            )
        strings[key] = str(value).strip() if value is not None else None
    return strings


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML, with dates left as text: PyYAML raises ValueError on 2022-02-30."""


def _timestamp_as_text(loader: _FrontMatterLoader, node: yaml.Node) -> str:
    """A date as written ("2022-02-30" too): the loader's checks come later, with a
    message naming the file."""
    assert isinstance(node, yaml.ScalarNode)
    return str(loader.construct_scalar(node))


_FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


def key_line(content: str, key: str) -> int:
    for number, line in enumerate(content.split("\n"), start=1):
        if line.startswith(f"{key}:"):
            return number
    return 1


def _first_content_line(content: str) -> int:
    for number, line in enumerate(content.split("\n"), start=1):
        if line.strip():
            return number
    return 1


def _check_date(path: Path, line: int, value: str) -> str:
    if not _ISO_DATE.fullmatch(value):
        raise InputError(
            f'{path}:{line}: "{value}" is not a date. Write it as YYYY-MM-DD, e.g. 2022-08-16.'
        )
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError(
            f'{path}:{line}: "{value}" is not a real date. Write it as YYYY-MM-DD, e.g. 2022-08-16.'
        ) from None


def _make_document(
    path: Path,
    date: str,
    body: str,
    *,
    title: str | None,
    source: str | None = None,
    url: str | None = None,
) -> Document:
    text = "\n".join(line.rstrip() for line in body.strip().split("\n"))
    if not text.strip():
        raise InputError(
            f"{path}: the document has no text after its header. Add the text or remove the file."
        )
    sentences = tuple(split_sentences(text))
    dateline = outlet = None
    match = _DATELINE.match(text)
    if match and match.group("outlet").strip() not in OUTLETS and not _DASH.search(match.group(0)):
        match = None  # "International Energy Agency (IEA) said": no outlet, no dash
    if match:
        dateline, outlet = match.group("place").strip(), match.group("outlet").strip()
        if dateline.isupper():  # "WASHINGTON (AP)": the place as datelines.py writes it
            dateline = dateline.title()
    titled = bool(title)
    if not title:
        title = _opening_words(text[match.end() :] if match else text)
    return Document(
        id=path.stem,
        slug=path.stem,
        path=path,
        date=date,
        title=title,
        text=text,
        sentences=sentences,
        outlet=source or outlet,
        dateline=dateline,
        source=source,
        url=url,
        titled=titled,
    )


def title_first(document: Document) -> Document:
    """A document with a given title (`titled`), its text led by that title: one line,
    paragraph 0, sentence 1 however many full stops it holds; the body's sentences
    follow, numbered from 2. Called once the title is final (cleaned and shortened,
    ingest/load.py). A document without a given title is returned as it is."""
    if not document.titled:
        return document
    line = " ".join(document.title.split())
    if not line:
        return replace(document, titled=False)
    shift = len(line) + 2  # the title's line, then a blank line
    body = tuple(
        Sentence(s.number + 1, s.text, s.start + shift, s.end + shift, s.paragraph + 1)
        for s in document.sentences
    )
    return replace(
        document,
        text=f"{line}\n\n{document.text}",
        sentences=(Sentence(1, line, 0, len(line), 0), *body),
    )


def _opening_words(text: str) -> str:
    """A title from the first words: the first sentence, cut at a natural break."""
    first = split_sentences(text.split("\n", 1)[0])
    sentence = first[0].text if first else text.strip()
    words = sentence.split()
    if len(words) <= _TITLE_WORDS:
        return sentence
    head = " ".join(words[:_TITLE_WORDS])
    for mark in (" — ", " – ", " - ", ": ", "; ", ", "):
        cut = head.find(mark)
        if cut >= 20:
            return head[:cut].rstrip()
    return head.rstrip(",;:") + "…"
