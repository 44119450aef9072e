"""seeds/ -> Documents. The only place where document files are read and validated.

Two formats are accepted:

* the seed format: optional leading whitespace, ``date YYYY-MM-DD``, then the text, which
  may start on the same line;
* Markdown with YAML front matter: ``title``, ``date`` (required), ``source``, ``url``.

A document that cannot be used is reported as a Problem and skipped; the others load.
Everything read here is untrusted: it is validated once, here, and bounded (LIMITS).

* Encoding: UTF-8 (a BOM is dropped); UTF-16 with a BOM is read with a warning. Bytes
  that are not UTF-8 are read as Windows-1252 (a superset of Latin-1), the rest staying
  UTF-8, with a warning when the result is plainly text; otherwise the file is rejected. NUL bytes mean a binary
  file: rejected.
* Line ends: CRLF and CR become LF. Control characters other than tab and line feed
  become spaces (with a warning): they have no visible meaning and break YAML and XML.
* Front matter (and file names): control characters and lone surrogates, which YAML
  escapes ("\\a", "\\x7f", "\\ud800") can write, become U+FFFD, with a warning. YAML
  anchors and aliases are refused: an alias can stand for a copy of a whole tree, and a
  few of them for billions of nodes (the "billion laughs").
* Symbolic links: one to a file inside the seeds folder is read; one that leads outside
  it, or to a folder, is skipped with a warning, never followed.
* Size: a file over MAX_DOCUMENT_BYTES is rejected before it is read. A sentence over
  MAX_SENTENCE_CHARS (a 400 KB line with no full stop) is cut at a space into pieces of
  at most that length, so sentence anchors, pages and the language pipeline stay bounded.
* A file with the same content as an earlier one (in file-name order) is skipped as a
  duplicate; a date after today is kept and flagged.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from ..infra.memo import Memo
from ..model import Corpus, Document, Problem, Sentence
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

# Bounds on one document (see README, "Limits"; the build report prints them).
MAX_DOCUMENT_BYTES = 2_000_000
MAX_SENTENCE_CHARS = 2_000  # = nlp.CHUNK_CHARS
# Titles and outlets are printed on every index page and in the navigation.
MAX_LABEL_CHARS = 300
# Slugs that would collide with the generated section pages (sources/index.md).
RESERVED_SLUGS = frozenset({"index"})
# Control characters (C0 but tab and LF, DEL, C1), non-characters and the Unicode line
# separators: shown as spaces. YAML rejects most of them in titles; XML rejects C0.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")
# The same and lone surrogates (a YAML "\ud800" escape): no text in any encoding.
UNSAFE_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff\ud800-\udfff]")
# Share of non-ASCII characters above which Windows-1252 bytes are not "plainly text".
_MAX_LEGACY_NON_ASCII = 0.3
_MAGIC = {b"%PDF-": "a PDF file", b"PK\x03\x04": "a ZIP archive (e.g. .docx)"}


def limits() -> dict[str, int]:
    """The bounds the loader enforces, for the build report."""
    return {
        "max_document_bytes": MAX_DOCUMENT_BYTES,
        "max_sentence_chars": MAX_SENTENCE_CHARS,
        "max_label_chars": MAX_LABEL_CHARS,
    }


def load_corpus(seeds: Path, today: dt.date | None = None, memo: Memo | None = None) -> Corpus:
    """Read every document under `seeds`. Raises InputError if the folder is unusable.

    `today` (default: the system date) only decides which dates are flagged as future.
    With `memo` (the watch command), a file with the same name and bytes as in the last
    build gives the same Document object, so later stages see at once it is unchanged.
    """
    if not seeds.exists():
        raise InputError(
            f"{seeds}: no such folder. Pass --seeds with the folder that holds your documents."
        )
    if not seeds.is_dir():
        raise InputError(f"{seeds}: not a folder. Pass --seeds with a folder of documents.")
    today = today or dt.date.today()
    documents: list[Document] = []
    problems: list[Problem] = []
    slugs: set[str] = set(RESERVED_SLUGS)
    ids: dict[str, Path] = {}
    contents: dict[str, Path] = {}
    for path in _document_paths(seeds, problems):
        try:
            document, warnings, digest = _load_remembered(path, today, memo)
        except InputError as error:
            problems.append(_problem_from(error, path))
            continue
        if digest in contents:
            problems.append(
                Problem(
                    str(path),
                    None,
                    f"an exact duplicate of {contents[digest]} (same text); skipped. "
                    "Delete one of the two files.",
                    "warning",
                )
            )
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
        contents[digest] = path
        ids[document.id] = path
        slug = _unique(slugify(document.id, "document"), slugs)
        documents.append(_with_slug(document, slug, memo))
        problems.extend(warnings)
    if not documents and not problems:
        raise InputError(
            f"{seeds}: no documents (*.txt or *.md). "
            'Add files that start with "date YYYY-MM-DD" or YAML front matter.'
        )
    documents.sort(key=lambda d: (d.date, d.id), reverse=True)
    # A file name's control characters would reach the terminal and the build report.
    problems = [replace(p, path=UNSAFE_CHARS.sub("\ufffd", p.path)) for p in problems]
    return Corpus(tuple(documents), tuple(problems))


def _document_paths(seeds: Path, problems: list[Problem]) -> Iterable[Path]:
    root = seeds.resolve()
    for path in sorted(seeds.iterdir()):
        if path.name.startswith("."):
            continue
        if path.is_symlink() and not _link_inside(path, root, problems):
            continue
        if not _is_utf8(path.name):
            shown = os.fsencode(path).decode("utf-8", "backslashreplace")
            problems.append(
                Problem(
                    shown,
                    None,
                    "the file name is not UTF-8 (shown with \\x escapes). Rename the file.",
                )
            )
            continue
        if path.is_dir():
            inside = sum(1 for p in path.rglob("*") if p.suffix.lower() in DOCUMENT_SUFFIXES)
            problems.append(
                Problem(
                    str(path),
                    None,
                    f"a subfolder: its {inside} .txt/.md file(s) are not read. "
                    "Move the documents up into the seeds folder, or build that folder "
                    "on its own with --seeds.",
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


def _link_inside(path: Path, root: Path, problems: list[Problem]) -> bool:
    """Is the symbolic link `path` one to a file inside the seeds folder (read as any
    file)? Otherwise it is reported and skipped: a link is never followed out of the
    folder, nor into a folder."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return True  # dangling, or a loop: reading it says it cannot be read
    if target.is_relative_to(root) and target.is_file():
        return True
    if not target.is_relative_to(root):
        what = "a symbolic link to a file or folder outside the seeds folder"
    else:
        what = "a symbolic link to a folder"
    problems.append(
        Problem(
            os.fsencode(path).decode("utf-8", "backslashreplace"),
            None,
            f"{what}; not followed, skipped. Copy the document itself into the seeds folder.",
            "warning",
        )
    )
    return False


def _is_utf8(name: str) -> bool:
    """False for a name whose bytes were not UTF-8 (Python keeps them as surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


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


def _load_remembered(
    path: Path, today: dt.date, memo: Memo | None
) -> tuple[Document, list[Problem], str]:
    if memo is None:
        return _load(path, today)
    raw = _read_bytes(path)
    return memo.get("documents", (str(path), raw, today), _load, path, today, raw)


def _with_slug(document: Document, slug: str, memo: Memo | None) -> Document:
    if memo is None:
        return replace(document, slug=slug)
    return memo.get("slugged", (document, slug), replace, document, slug=slug)


def load_document(path: Path, today: dt.date | None = None) -> Document:
    """Read one document file. Raises InputError naming the file, line and fix."""
    return _load(path, today or dt.date.today())[0]


def _load(
    path: Path, today: dt.date, raw: bytes | None = None
) -> tuple[Document, list[Problem], str]:
    """The document, its warnings, and a digest of its text (to find duplicates)."""
    warnings: list[Problem] = []
    content = _read_text(path, warnings, raw)
    digest = hashlib.sha256(content.strip().encode("utf-8")).hexdigest()
    if content.lstrip().startswith("---"):
        document, date_line = _parse_front_matter(path, content)
    else:
        document, date_line = _parse_seed(path, content)
    if dt.date.fromisoformat(document.date) > today:
        warnings.append(
            Problem(
                str(path),
                date_line,
                f'the date "{document.date}" is in the future; the document is built '
                "with it. Check the date header.",
                "warning",
            )
        )
    document, cut = _bound_sentences(document)
    if cut is not None:
        warnings.append(
            Problem(
                str(path),
                _file_line(content, document.text, cut),
                f"a sentence longer than {MAX_SENTENCE_CHARS:,} characters (no full stop); "
                f"long sentences were cut at spaces into pieces of at most "
                f"{MAX_SENTENCE_CHARS:,}. Break the text into sentences or paragraphs.",
                "warning",
            )
        )
    document = _clean_labels(path, content, document, warnings)
    title, outlet = document.title, document.outlet
    for field, value in (("title", title), ("outlet", outlet)):
        if value and len(value) > MAX_LABEL_CHARS:
            warnings.append(
                Problem(
                    str(path),
                    None,
                    f"the {field} is {len(value):,} characters long; shortened to "
                    f"{MAX_LABEL_CHARS}. Give the document a shorter {field}.",
                    "warning",
                )
            )
    document = replace(
        document,
        title=_shorten(title, MAX_LABEL_CHARS),
        outlet=_shorten(outlet, MAX_LABEL_CHARS) if outlet else outlet,
    )
    document = replace(document, flags=tuple(w.message for w in warnings))
    return document, warnings, digest


def _clean_labels(
    path: Path, content: str, document: Document, warnings: list[Problem]
) -> Document:
    """The document with control characters and lone surrogates in its front matter
    and file name replaced by U+FFFD, each field with a warning."""
    changes: dict[str, Any] = {}
    for field, key in (("title", "title"), ("source", "source"), ("url", "url"), ("id", None)):
        value = getattr(document, field)
        if not value or not UNSAFE_CHARS.search(value):
            continue
        found = UNSAFE_CHARS.findall(value)
        example = f"U+{ord(found[0]):04X}"
        where = f"front matter '{key}'" if key else "file name"
        line = _key_line(content, key) if key else None
        warnings.append(
            Problem(
                str(path),
                line,
                f"the {where} holds {len(found)} control character(s) or lone surrogate(s) "
                f"(e.g. {example}), replaced by U+FFFD. Remove them from the "
                f"{'front matter' if key else 'file name'}.",
                "warning",
            )
        )
        changes[field] = UNSAFE_CHARS.sub("\ufffd", value)
    if "source" in changes and document.outlet == document.source:
        changes["outlet"] = changes["source"]
    return replace(document, **changes) if changes else document


def _read_bytes(path: Path) -> bytes:
    """The file's bytes; InputError if it is not a regular file, too large or unreadable."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise InputError(f"{path}: not a regular file. Replace it with a text file.")
        size = status.st_size
        if size > MAX_DOCUMENT_BYTES:
            raise InputError(
                f"{path}: {size / 1e6:.1f} MB, over the limit of "
                f"{MAX_DOCUMENT_BYTES / 1e6:g} MB for one document. "
                "Split it into several documents (one per article)."
            )
        return path.read_bytes()
    except OSError as error:
        raise InputError(
            f"{path}: cannot be read ({error.strerror}). Check that it is a readable file."
        ) from None


def _read_text(path: Path, warnings: list[Problem], raw: bytes | None = None) -> str:
    """The file's text, decoded and normalised; InputError if it is not usable text."""
    if raw is None:
        raw = _read_bytes(path)
    if not raw.strip():
        raise InputError(
            f"{path}: the file is empty{' (only whitespace)' if raw else ''}. "
            'Add "date YYYY-MM-DD" and the text, or remove the file.'
        )
    content = _decode(path, raw, warnings)
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    controls = _CONTROL.search(content)
    if controls:
        count = len(_CONTROL.findall(content))
        warnings.append(
            Problem(
                str(path),
                content.count("\n", 0, controls.start()) + 1,
                f"{count} control character(s) (e.g. U+{ord(controls.group()):04X}) shown as "
                "spaces. Remove them from the file.",
                "warning",
            )
        )
        content = _CONTROL.sub(" ", content)
    return content


def _decode(path: Path, raw: bytes, warnings: list[Problem]) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(
                f"{path}: starts like UTF-16 text but is not. Save the file as UTF-8."
            ) from None
        warnings.append(
            Problem(str(path), None, "saved as UTF-16; read as such. Save it as UTF-8.", "warning")
        )
        return text
    for magic, kind in _MAGIC.items():
        if raw.startswith(magic):
            raise InputError(f"{path}: {kind}, not text. Save its text as a .txt file.")
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise InputError(
            f"{path}:{line}: a binary file (NUL bytes), not text. "
            "Save the document as plain UTF-8 text, or remove it."
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        where = f"byte 0x{raw[error.start]:02X} at offset {error.start}"
    # Valid UTF-8 stays UTF-8 (a file may mix both); each invalid byte is Windows-1252.
    try:
        text = raw.decode("utf-8-sig", errors=_CP1252_FALLBACK)
    except UnicodeDecodeError:  # a byte Windows-1252 does not define either
        text = ""
    non_ascii = sum(1 for c in text if ord(c) > 127)
    plain = bool(text) and non_ascii <= _MAX_LEGACY_NON_ASCII * len(text)
    plain = plain and not _CONTROL.search(text.replace("\r", "").replace("\f", ""))
    if not plain:
        raise InputError(
            f"{path}:{line}: not UTF-8 text ({where}), nor plainly Windows-1252/Latin-1. "
            "Save the file as UTF-8."
        )
    warnings.append(
        Problem(
            str(path),
            line,
            f"not UTF-8 ({where}); read as Windows-1252/Latin-1. "
            "Check its accented letters and save the file as UTF-8.",
            "warning",
        )
    )
    return text


def _cp1252_bytes(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return bytes(bad).decode("cp1252"), error.end


_CP1252_FALLBACK = "generator-cp1252"
codecs.register_error(_CP1252_FALLBACK, _cp1252_bytes)


def _shorten(value: str, limit: int) -> str:
    if len(value) <= limit:
        return value
    cut = value.rfind(" ", 0, limit)
    return value[: cut if cut > limit // 2 else limit - 1].rstrip() + "…"


def _file_line(content: str, text: str, offset: int) -> int | None:
    """The line of the file where `text[offset:]` (the body, trimmed) is found."""
    found = content.find(text[offset : offset + 80])
    return content.count("\n", 0, found) + 1 if found >= 0 else None


def _bound_sentences(document: Document) -> tuple[Document, int | None]:
    """Cut sentences over MAX_SENTENCE_CHARS at spaces. Returns the first cut's offset."""
    if all(s.end - s.start <= MAX_SENTENCE_CHARS for s in document.sentences):
        return document, None
    text = document.text
    bounded: list[Sentence] = []
    first_cut: int | None = None
    for sentence in document.sentences:
        start = sentence.start
        while sentence.end - start > MAX_SENTENCE_CHARS:
            if first_cut is None:
                first_cut = start
            limit = start + MAX_SENTENCE_CHARS
            cut = text.rfind(" ", start + 1, limit + 1)
            end = cut if cut > start else limit
            piece = text[start:end].rstrip()
            bounded.append(
                Sentence(len(bounded) + 1, piece, start, start + len(piece), sentence.paragraph)
            )
            start = end
            while start < sentence.end and text[start].isspace():
                start += 1
        if start < sentence.end:
            bounded.append(
                Sentence(
                    len(bounded) + 1,
                    text[start : sentence.end],
                    start,
                    sentence.end,
                    sentence.paragraph,
                )
            )
    return replace(document, sentences=tuple(bounded)), first_cut


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
        and not first.endswith((".", "!", "?", ":", ";", ","))
    ):
        return first, remainder
    return None, rest


def _parse_front_matter(path: Path, content: str) -> tuple[Document, int]:
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
        # The header text starts on the '---' line itself: its YAML line 0.
        mark = getattr(error, "problem_mark", None)
        line = dash_line + mark.line if mark is not None else dash_line
        reason = getattr(error, "problem", None) or "invalid YAML"
        context = getattr(error, "context_mark", None)
        if context is not None and context.line + dash_line != line:
            reason += f", in what starts on line {dash_line + context.line}"
        raise InputError(
            f"{path}:{line}: front matter is not valid YAML ({reason}). Fix the YAML header."
        ) from None
    if not isinstance(meta, dict):
        raise InputError(
            f"{path}:{dash_line + 1}: front matter is not a mapping. Write it as 'key: value' lines."
        )
    if "date" not in meta:
        raise InputError(
            f"{path}:{dash_line}: front matter has no date. Add a line 'date: YYYY-MM-DD'."
        )
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
    document = _make_document(
        path,
        date,
        body,
        title=strings["title"] or None,
        source=strings["source"] or None,
        url=strings["url"] or None,
    )
    return document, date_line


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


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML, with dates left as text: PyYAML raises ValueError on 2022-02-30."""


_FrontMatterLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", _FrontMatterLoader.construct_yaml_str
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
