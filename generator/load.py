"""seeds/ -> Documents. The only place where document files are read and validated.

Two formats are accepted:

* the seed format: optional leading whitespace, ``date YYYY-MM-DD``, then the text, which
  may start on the same line;
* Markdown with YAML front matter: ``title``, ``date`` (required), ``source``, ``url``.

A document that cannot be used is reported as a Problem and skipped; the others load.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import yaml

from .errors import InputError
from .model import Corpus, Document, Problem
from .text import slugify, split_sentences

DOCUMENT_SUFFIXES = (".txt", ".md")
# Files that sit beside the documents but are not documents.
CONFIG_FILES = frozenset({"corrections.yml", "corrections.yaml"})

_SEED_HEADER = re.compile(r"\A\s*date[ \t]+(\S+)[ \t]*(.*)", re.DOTALL)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# "Bogota (CNN) The number ..." / "WASHINGTON (AP) — ..." / "Caracas, Venezuela (CNN) -"
_DATELINE = re.compile(
    r"""\A(?P<place>[A-Z][A-Za-zÀ-ÿ.'\-]*(?:[ ][A-Z][A-Za-zÀ-ÿ.'\-]*){0,3})
        (?:,[ ][A-Z][A-Za-zÀ-ÿ.'\- ]{1,30}?)?
        [ ]\((?P<outlet>[A-Z][A-Za-z0-9&.'\- ]{0,30})\)[ ]*[—–-]*[ ]*""",
    re.VERBOSE,
)
_TITLE_WORDS = 20


def load_corpus(seeds: Path) -> Corpus:
    """Read every document under `seeds`. Raises InputError if the folder is unusable."""
    if not seeds.exists():
        raise InputError(
            f"{seeds}: no such folder. Pass --seeds with the folder that holds your documents."
        )
    if not seeds.is_dir():
        raise InputError(f"{seeds}: not a folder. Pass --seeds with a folder of documents.")
    documents: list[Document] = []
    problems: list[Problem] = []
    slugs: set[str] = set()
    ids: dict[str, Path] = {}
    for path in _document_paths(seeds, problems):
        try:
            document = load_document(path)
        except InputError as error:
            problems.append(_problem_from(error, path))
            continue
        if document.id in ids:
            problems.append(
                Problem(
                    str(path),
                    None,
                    f'the id "{document.id}" is already used by {ids[document.id]}. '
                    "Rename one of the two files.",
                )
            )
            continue
        ids[document.id] = path
        slug = _unique(slugify(document.id, "document"), slugs)
        documents.append(replace(document, slug=slug))
        problems.extend(Problem(str(path), None, flag, "warning") for flag in document.flags)
    if not documents and not problems:
        raise InputError(
            f"{seeds}: no documents (*.txt or *.md). "
            'Add files that start with "date YYYY-MM-DD" or YAML front matter.'
        )
    documents.sort(key=lambda d: (d.date, d.id), reverse=True)
    return Corpus(tuple(documents), tuple(problems))


def _document_paths(seeds: Path, problems: list[Problem]) -> Iterable[Path]:
    for path in sorted(seeds.iterdir()):
        if path.name.startswith("."):
            continue
        if path.is_dir():
            problems.append(
                Problem(
                    str(path),
                    None,
                    "subfolders are not read. Move its documents up into the seeds folder.",
                    "warning",
                )
            )
            continue
        if path.name in CONFIG_FILES:
            continue
        if path.suffix.lower() not in DOCUMENT_SUFFIXES:
            problems.append(
                Problem(
                    str(path),
                    None,
                    "not a document (only .txt and .md are read). "
                    "Rename it with one of those suffixes or move it out of the folder.",
                    "warning",
                )
            )
            continue
        yield path


def _problem_from(error: InputError, path: Path) -> Problem:
    message = str(error)
    match = re.match(r"(.*?):(\d+): (.*)", message, re.DOTALL)
    if match and match.group(1) == str(path):
        return Problem(str(path), int(match.group(2)), match.group(3))
    prefix = f"{path}: "
    return Problem(str(path), None, message.removeprefix(prefix))


def _unique(slug: str, taken: set[str]) -> str:
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    taken.add(candidate)
    return candidate


def load_document(path: Path) -> Document:
    """Read one document file. Raises InputError naming the file, line and fix."""
    raw = path.read_bytes()
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise InputError(
            f"{path}:{line}: not UTF-8 text (byte {error.start}). Save the file as UTF-8."
        ) from None
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    if content.lstrip().startswith("---"):
        return _parse_front_matter(path, content)
    return _parse_seed(path, content)


def _parse_seed(path: Path, content: str) -> Document:
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
    return _make_document(path, date, rest, title=title)


def _split_title_line(rest: str) -> tuple[str | None, str]:
    lines = rest.strip("\n").split("\n")
    first = lines[0].strip() if lines else ""
    remainder = "\n".join(lines[1:])
    if (
        first
        and remainder.strip()
        and len(first.split()) <= 25
        and not first.endswith((".", "!", "?", ":", ";", ","))
    ):
        return first, remainder
    return None, rest


def _parse_front_matter(path: Path, content: str) -> Document:
    lead = len(content) - len(content.lstrip())
    body_start = content.find("\n---", lead + 3)
    if body_start < 0:
        raise InputError(
            f"{path}:1: front matter is not closed. Add a line '---' after the YAML header."
        )
    header = content[lead + 3 : body_start]
    body = content[body_start + 4 :].split("\n", 1)[1] if "\n" in content[body_start + 4 :] else ""
    try:
        meta = yaml.safe_load(header)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = (mark.line + 2) if mark is not None else 1
        reason = getattr(error, "problem", None) or "invalid YAML"
        raise InputError(
            f"{path}:{line}: front matter is not valid YAML ({reason}). Fix the YAML header."
        ) from None
    if not isinstance(meta, dict):
        raise InputError(
            f"{path}:2: front matter is not a mapping. Write it as 'key: value' lines."
        )
    if "date" not in meta:
        raise InputError(f"{path}:1: front matter has no date. Add a line 'date: YYYY-MM-DD'.")
    raw_date = meta["date"]
    date_line = _key_line(content, "date")
    if isinstance(raw_date, dt.datetime):
        raw_date = raw_date.date()
    date = (
        raw_date.isoformat()
        if isinstance(raw_date, dt.date)
        else _check_date(path, date_line, str(raw_date))
    )
    strings = {}
    for key in ("title", "source", "url"):
        value = meta.get(key)
        if value is not None and not isinstance(value, str | int | float):
            raise InputError(
                f"{path}:{_key_line(content, key)}: front matter '{key}' must be text. "
                "Write it as a single quoted string."
            )
        strings[key] = str(value).strip() if value is not None else None
    return _make_document(
        path,
        date,
        body,
        title=strings["title"] or None,
        source=strings["source"] or None,
        url=strings["url"] or None,
    )


def _key_line(content: str, key: str) -> int:
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
    if match:
        dateline, outlet = match.group("place").strip(), match.group("outlet").strip()
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
