"""seeds/ -> Documents. The only place where document files are read and validated:
each file's bytes are decoded (decode.py), its header read (header.py: the seed
format's date line or YAML front matter), its text split into sentences (text.py), led by its title when one is given
(header.title_first).

A document that cannot be used is reported as a Problem and skipped; the others load.
Everything read here is untrusted: it is validated once, here, and bounded (limits()).

* Size: a file over decode.MAX_DOCUMENT_BYTES is rejected before it is read. A sentence
  over MAX_SENTENCE_CHARS (a 400 KB line with no full stop) is cut at a space into
  pieces of at most that length, so sentence anchors, pages and the language pipeline
  stay bounded. A title or outlet over MAX_LABEL_CHARS is shortened.
* Front matter (and file names): control characters and lone surrogates, which YAML
  escapes ("\\a", "\\x7f", "\\ud800") can write, become U+FFFD, with a warning. YAML
  anchors and aliases are refused (header.py): an alias can stand for a copy of a whole
  tree, and a few of them for billions of nodes (the "billion laughs").
* Symbolic links: one to a file inside the seeds folder is read; one that leads outside
  it, or to a folder, is skipped with a warning, never followed.
* A file with the same content as an earlier one (in file-name order) is skipped as a
  duplicate; a date after today is kept and flagged.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..infra.memo import reused
from ..model import Corpus, Document, Problem, Sentence
from .boilerplate import find_boilerplate, repeated_in, repeated_sentences, repeated_spans
from .datelines import find_datelines, first_dateline
from .decode import MAX_DOCUMENT_BYTES, read_bytes, read_text, stray_letters
from .header import key_line, parse_document, title_first
from .lost_letters import find_lost_letters, repair, repairs_of
from .text import join_broken_lines, join_numbered_lines, join_wrapped_lines, slugify
from .turns import find_turns

DOCUMENT_SUFFIXES = (".txt", ".md")
# Files that sit beside the documents but are not documents.
CONFIG_FILES = frozenset({"corrections.yml", "corrections.yaml", "report.yml", "report.yaml"})

# Bounds on one document (see README, "Limits"; the build report prints them), with
# decode.MAX_DOCUMENT_BYTES.
MAX_SENTENCE_CHARS = 2_000  # = nlp.CHUNK_CHARS
# Titles and outlets are printed on every index page and in the navigation.
MAX_LABEL_CHARS = 300
# Slugs that would collide with the generated section pages (sources/index.md).
RESERVED_SLUGS = frozenset({"index"})
# Control characters and lone surrogates (a YAML "\ud800" escape) in front matter and
# file names: no text in any encoding.
UNSAFE_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff\ud800-\udfff]")


def limits() -> dict[str, int]:
    """The bounds the loader enforces, for the build report."""
    return {
        "max_document_bytes": MAX_DOCUMENT_BYTES,
        "max_sentence_chars": MAX_SENTENCE_CHARS,
        "max_label_chars": MAX_LABEL_CHARS,
    }


def load_corpus(seeds: Path, today: dt.date | None = None) -> Corpus:
    """Read every document under `seeds`. Raises InputError if the folder is unusable.

    `today` (default: the system date) only decides which dates are flagged as future.
    In the watch, a file with the same name and bytes as in the last build gives the
    same Document object (infra/memo.py), so later stages see at once it is unchanged.
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
            document, warnings, digest = _load(path, today, read_bytes(path))
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
        documents.append(_with_slug(document, slug))
        problems.extend(warnings)
    if not documents and not problems:
        raise InputError(
            f"{seeds}: no documents (*.txt or *.md). "
            'Add files that start with "date YYYY-MM-DD" or YAML front matter.'
        )
    documents.sort(key=lambda d: (d.date, d.id), reverse=True)
    documents = _lost_letters(documents, today, problems)
    repeated = repeated_sentences(documents)
    documents = [_with_repeated(d, repeated_in(d, repeated)) for d in documents]
    # A file name's control characters would reach the terminal and the build report.
    problems = [replace(p, path=UNSAFE_CHARS.sub("\ufffd", p.path)) for p in problems]
    return Corpus(tuple(documents), tuple(problems))


def _lost_letters(
    documents: list[Document], today: dt.date, problems: list[Problem]
) -> list[Document]:
    """The documents with the words that lost a letter when they were saved
    (lost_letters.py): each repaired where the corpus writes its full form, the
    document read again from its file with the repair; every one listed
    (Document.dropped) and counted in a warning."""
    found = find_lost_letters(documents)
    out = []
    for document in documents:
        lost = found.get(document.id)
        if not lost:
            out.append(document)
            continue
        repairs = repairs_of(lost)
        if repairs:
            raw = read_bytes(document.path)
            document = _with_slug(_load(document.path, today, raw, repairs)[0], document.slug)
        dropped = tuple((x.sentence, x.written, x.full) for x in lost)
        out.append(replace(document, dropped=dropped))
        fixed = sum(x.full is not None for x in lost)
        first = lost[0]
        problems.append(
            Problem(
                str(document.path),
                None,
                f'{len(lost)} word(s) lost a letter when the text was saved (e.g. "'
                f'{first.written}", sentence {first.sentence}): {fixed} repaired as the '
                f"corpus writes them elsewhere, {len(lost) - fixed} flagged. Check them "
                "against the original text.",
                "warning",
            )
        )
    return out


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


@reused("slugged")
def _with_slug(document: Document, slug: str) -> Document:
    return replace(document, slug=slug)


@reused("repeated")
def _with_repeated(document: Document, numbers: tuple[int, ...]) -> Document:
    """The document with its sentences numbered `numbers` (found in many documents of
    the corpus, ingest/boilerplate.py) set aside as not the story's text."""
    if not numbers:
        return document
    skipped = tuple(sorted(document.skipped + repeated_spans(document, numbers)))
    return replace(document, skipped=skipped)


@reused("documents", key=lambda path, today, raw, repairs=(): (str(path), raw, today, repairs))
def _load(
    path: Path, today: dt.date, raw: bytes, repairs: tuple[tuple[str, str], ...] = ()
) -> tuple[Document, list[Problem], str]:
    """The document, its warnings, and a digest of its text (to find duplicates).
    `repairs`: words that lost a letter, and their full forms (lost_letters.py)."""
    warnings: list[Problem] = []
    content, repaired = read_text(path, warnings, raw)
    written = repair(content, repairs)  # as the file has it: its lines name places in it
    content = join_wrapped_lines(join_numbered_lines(join_broken_lines(written)))
    digest = hashlib.sha256(content.strip().encode("utf-8")).hexdigest()
    document, date_line = parse_document(path, content)
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
                _file_line(written, document.text, cut),
                f"a sentence longer than {MAX_SENTENCE_CHARS:,} characters (no full stop); "
                f"long sentences were cut at spaces into pieces of at most "
                f"{MAX_SENTENCE_CHARS:,}. Break the text into sentences or paragraphs.",
                "warning",
            )
        )
    document = _clean_labels(path, content, document, warnings)
    lost = document.text.count("\ufffd")
    if lost:
        warnings.append(
            Problem(
                str(path),
                _file_line(written, document.text, document.text.index("\ufffd")),
                f'{lost} letter(s) lost before the file was saved (shown as "\ufffd"); '
                "they cannot be restored. Save the text again from its original.",
                "warning",
            )
        )
    stray = stray_letters(document.text)
    if stray:
        warnings.append(
            Problem(
                str(path),
                None,
                f'{stray} stray single letters ("Vi t Nam ngn c m"): its accented letters '
                "look lost when the file was saved; they cannot be restored. Save the text "
                "again from its original.",
                "warning",
            )
        )
    document = replace(document, repaired=repaired, lost=lost, stray=stray)
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
    document = title_first(document)  # the final title, read as sentence 1
    document = replace(document, turns=find_turns(document))
    datelines = find_datelines(document)
    aside = find_boilerplate(document)
    document = replace(document, skipped=tuple(sorted(datelines + aside)))
    if not (document.dateline and document.outlet):
        place, outlet = first_dateline(document)
        document = replace(
            document,
            dateline=document.dateline or place,
            outlet=document.outlet or outlet,
        )
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
        line = key_line(content, key) if key else None
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
