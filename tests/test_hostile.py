"""Broken and hostile input: every problem reported, nothing injected, nothing half-written,
the same output every time (issue 7)."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator import pipeline
from generator.analyse.nlp import CHUNK_CHARS, _chunks
from generator.cli import main
from generator.ingest.load import MAX_DOCUMENT_BYTES, MAX_SENTENCE_CHARS, load_corpus
from generator.model import Problem
from generator.publish import export
from generator.publish.output import GENERATED
from generator.publish.render import md_escape

from .conftest import write_seeds

TODAY = dt.date(2024, 6, 1)
GOOD = "date 2022-01-02 Caracas (AP) A good document. It has two sentences.\n"
# `<path>[:line]: <what is wrong>. <how to fix>.`
MESSAGE = re.compile(r"^(?P<path>.+?)(?::(?P<line>\d+))?: (?P<what>.+?)\. (?P<fix>.+\.)$", re.S)


def load(make_seeds, files: dict[str, str | bytes]):
    seeds = make_seeds({"good.txt": GOOD, **files})
    return seeds, load_corpus(seeds, today=TODAY)


def only_problem(corpus, name: str) -> Problem:
    found = [p for p in corpus.problems if Path(p.path).name == name]
    assert len(found) == 1, corpus.problems
    problem = found[0]
    match = MESSAGE.match(str(problem))
    assert match, f"not `<path>[:line]: <what>. <fix>`: {problem}"
    assert match.group("path") == problem.path
    return problem


def ids(corpus) -> list[str]:
    return sorted(d.id for d in corpus.documents)


# --- 1. Every broken document reported, the rest built -------------------------------


def test_no_date_header(make_seeds):
    _, corpus = load(make_seeds, {"memo.txt": "\n\nJust a memo.\n"})
    problem = only_problem(corpus, "memo.txt")
    assert (problem.line, problem.level) == (3, "error")
    assert "no date header" in problem.message and "date YYYY-MM-DD" in problem.message
    assert ids(corpus) == ["good"]


def test_impossible_date(make_seeds):
    _, corpus = load(
        make_seeds,
        {"d.txt": "\ndate 2022-13-45 Text.", "f.md": "---\ntitle: x\ndate: 2022-02-30\n---\nT.\n"},
    )
    assert only_problem(corpus, "d.txt").line == 2
    assert '"2022-13-45" is not a real date' in only_problem(corpus, "d.txt").message
    assert only_problem(corpus, "f.md").line == 3
    assert ids(corpus) == ["good"]


def test_future_date_is_built_and_flagged(make_seeds):
    _, corpus = load(make_seeds, {"later.txt": "\ndate 2024-06-02 Tomorrow's text."})
    problem = only_problem(corpus, "later.txt")
    assert (problem.line, problem.level) == (2, "warning")
    assert '"2024-06-02" is in the future' in problem.message
    assert TODAY.isoformat() not in problem.message  # no build-day timestamp in pages
    assert ids(corpus) == ["good", "later"]
    # Today itself is not the future.
    _, corpus = load(make_seeds, {"later.txt": "date 2024-06-01 Today's text."})
    assert corpus.problems == ()


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  \n"])
def test_empty_and_whitespace_only(make_seeds, content):
    _, corpus = load(make_seeds, {"empty.txt": content})
    problem = only_problem(corpus, "empty.txt")
    assert problem.level == "error"
    assert problem.message.startswith("the file is empty")
    assert ids(corpus) == ["good"]


def test_header_without_text(make_seeds):
    _, corpus = load(make_seeds, {"bare.txt": "date 2022-01-01\n\n  \n"})
    assert "no text after its header" in only_problem(corpus, "bare.txt").message


def test_binary_files_are_rejected_with_a_reason(make_seeds):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    _, corpus = load(
        make_seeds,
        {
            "image.txt": png,
            "nul.txt": b"date 2022-01-01 text\nmore\x00text",
            "paper.md": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
            "noise.txt": bytes(range(128, 256)) * 20,
        },
    )
    assert "a binary file (NUL bytes)" in only_problem(corpus, "image.txt").message
    assert only_problem(corpus, "nul.txt").line == 2
    assert "a PDF file, not text" in only_problem(corpus, "paper.md").message
    assert "not UTF-8 text" in only_problem(corpus, "noise.txt").message
    assert all(p.level == "error" for p in corpus.problems)
    assert ids(corpus) == ["good"]


def test_windows_1252_is_read_with_a_warning(make_seeds):
    text = "date 2022-03-04\n\nJosé Pérez said “no” — café.\n"
    _, corpus = load(make_seeds, {"latin.txt": text.encode("cp1252")})
    problem = only_problem(corpus, "latin.txt")
    assert (problem.level, problem.line) == ("warning", 3)
    assert "read as Windows-1252/Latin-1" in problem.message
    assert "byte 0xE9" in problem.message
    latin = next(d for d in corpus.documents if d.id == "latin")
    assert latin.text == "José Pérez said “no” — café."


def test_utf16_with_bom_is_read_with_a_warning(make_seeds):
    _, corpus = load(make_seeds, {"wide.txt": "date 2022-03-04 Wide text.".encode("utf-16")})
    assert "UTF-16" in only_problem(corpus, "wide.txt").message
    assert next(d for d in corpus.documents if d.id == "wide").text == "Wide text."


def test_bom_and_crlf(make_seeds):
    crlf = "\ufeffdate 2022-03-04\r\nA title\r\n\r\nFirst line. Second.\r\nNext\rline.\r\n"
    md = "\ufeff---\r\ntitle: T\r\ndate: 2022-03-05\r\n---\r\nBody one.\r\n"
    _, corpus = load(make_seeds, {"crlf.txt": crlf.encode(), "bom.md": md.encode()})
    assert corpus.problems == ()
    by_id = {d.id: d for d in corpus.documents}
    crlf_doc, md_doc = by_id["crlf"], by_id["bom"]
    assert crlf_doc.title == "A title"
    assert crlf_doc.text == "First line. Second.\nNext\nline."
    assert [s.text for s in crlf_doc.sentences] == ["First line.", "Second.", "Next", "line."]
    assert (md_doc.title, md_doc.date, md_doc.text) == ("T", "2022-03-05", "Body one.")
    for doc in corpus.documents:
        assert "\r" not in doc.text and "\ufeff" not in doc.text + doc.title


def test_control_characters_become_spaces(make_seeds):
    _, corpus = load(make_seeds, {"ctl.txt": "date 2022-03-04\nA\x1b[31m red\x07 \x85word.\n"})
    problem = only_problem(corpus, "ctl.txt")
    assert (problem.level, problem.line) == ("warning", 2)
    assert "3 control character(s)" in problem.message
    assert next(d for d in corpus.documents if d.id == "ctl").text == "A [31m red   word."


@pytest.mark.parametrize(
    ("header", "line", "what"),
    [
        ("---\ntitle: a: b\ndate: 2022-01-01\n---\n", 2, "mapping values are not allowed"),
        ("\n---\ntitle: [open\ndate: 2022-01-01\n---\n", 4, "starts on line 3"),
        ("---\ntitle: x\n\tdate: 2022-01-01\n---\n", 3, "not valid YAML"),
        ("---\n- a list\n---\n", 2, "not a mapping"),
        ("---\ntitle: x\ndate: 2022-01-01\n", 1, "front matter is not closed"),
        ("---\ntitle: [1, 2]\ndate: 2022-01-01\n---\n", 2, "'title' must be text"),
    ],
)
def test_broken_front_matter_names_the_line(make_seeds, header, line, what):
    _, corpus = load(make_seeds, {"fm.md": header + "Body text.\n"})
    problem = only_problem(corpus, "fm.md")
    assert (problem.line, problem.level) == (line, "error"), problem
    assert what in problem.message


def test_oversized_document_is_rejected_before_reading(make_seeds):
    big = b"date 2022-01-01\n" + b"word " * (20_000_000 // 5)
    _, corpus = load(make_seeds, {"big.txt": big})
    problem = only_problem(corpus, "big.txt")
    assert problem.level == "error"
    assert problem.message.startswith(f"20.0 MB, over the limit of {MAX_DOCUMENT_BYTES / 1e6:g} MB")
    assert ids(corpus) == ["good"]
    # Just under the limit is read.
    _, corpus = load(make_seeds, {"big.txt": big[: MAX_DOCUMENT_BYTES - 1]})
    assert "big" in ids(corpus)


def test_a_400_kb_line_is_cut_into_bounded_sentences(make_seeds):
    words = " ".join(f"w{i}" for i in range(70_000))  # ~400 KB, no full stop
    line = words + " " + "x" * 5_000 + " Tail sentence. Short one."
    _, corpus = load(make_seeds, {"long.txt": f"date 2022-01-01\nTitle\n\n{line}\n"})
    problem = only_problem(corpus, "long.txt")
    assert (problem.level, problem.line) == ("warning", 4)
    doc = next(d for d in corpus.documents if d.id == "long")
    assert len(doc.text) > 400_000
    assert max(len(s.text) for s in doc.sentences) <= MAX_SENTENCE_CHARS
    assert [s.number for s in doc.sentences] == list(range(1, len(doc.sentences) + 1))
    assert {s.paragraph for s in doc.sentences} == {0}
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text
    # Nothing lost: the pieces put together are the text.
    assert "".join(s.text for s in doc.sentences).replace(" ", "") == doc.text.replace(" ", "")
    assert doc.sentences[-1].text == "Short one."
    # ... and the language pipeline sees chunks of bounded size.
    chunks = [c for p in doc.paragraphs() for c in _chunks(p)]
    assert max(c[-1].end - c[0].start for c in chunks) <= CHUNK_CHARS
    assert sum(len(c) for c in chunks) == len(doc.sentences)


def test_file_names_with_spaces_and_non_ascii_letters(make_seeds):
    _, corpus = load(
        make_seeds,
        {
            "José Pérez report.txt": "date 2022-01-01 One.",
            "jose perez REPORT.md": "---\ndate: 2022-01-01\n---\nTwo.",
            "日本の記事.txt": "date 2022-01-01 Three.",
            "한국.txt": "date 2022-01-01 Four.",
            "index.txt": "date 2022-01-01 Five.",
        },
    )
    assert corpus.problems == ()
    slugs = {d.id: d.slug for d in corpus.documents}
    assert slugs["José Pérez report"] == "jose-perez-report"
    assert slugs["jose perez REPORT"] == "jose-perez-report-2"
    assert {slugs["日本の記事"], slugs["한국"]} == {"document", "document-2"}
    assert slugs["index"] == "index-2"  # sources/index.md is the section's own page
    assert len(set(slugs.values())) == len(slugs)
    assert all(re.fullmatch(r"[a-z0-9-]+", s) for s in slugs.values())


def test_subfolders_are_not_read_and_say_so(make_seeds):
    _, corpus = load(
        make_seeds,
        {"sub/a.txt": "date 2022-01-01 A.", "sub/deeper/b.md": "x", "sub/c.jpg": "x"},
    )
    problem = only_problem(corpus, "sub")
    assert problem.level == "warning"
    assert "its 2 .txt/.md file(s) are not read" in problem.message
    assert ids(corpus) == ["good"]


def test_exact_duplicate_is_named(make_seeds):
    _, corpus = load(
        make_seeds,
        {"copy of good.txt": GOOD, "crlf copy.txt": GOOD.replace("\n", "\r\n").encode()},
    )
    # Kept: the first in file-name order; the others name it.
    for name in ("crlf copy.txt", "good.txt"):
        problem = only_problem(corpus, name)
        assert problem.level == "warning"
        first = Path(problem.path).parent / "copy of good.txt"
        assert problem.message.startswith(f"an exact duplicate of {first} (same text)")
    assert ids(corpus) == ["copy of good"]  # the first in file-name order is kept


BROKEN = {
    "memo.txt": "Just a memo.\n",
    "bad date.txt": "date 2022-13-45 Text.",
    "empty.txt": "",
    "blob.txt": b"\x00\x01\x02",
    "fm.md": "---\ntitle: a: b\ndate: 2022-01-01\n---\nBody.\n",
    "big.md": b"date 2022-01-01 " + b"x " * (MAX_DOCUMENT_BYTES // 2 + 1),
    "notes.docx": "x",
}
FLAGGED = {
    "future.txt": "date 2999-01-01 Far ahead.",
    "latin.txt": "date 2022-01-01 Café.".encode("cp1252"),
    "x dup.txt": GOOD,
    "sub/x.txt": "date 2022-01-01 In a subfolder.",
}


def test_build_report_lists_every_problem_and_the_limits(make_seeds, tmp_path, capsys):
    seeds = make_seeds({"good.txt": GOOD, **BROKEN, **FLAGGED})
    out = tmp_path / "docs"
    assert main(["build", "--seeds", str(seeds), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    report = (out / "build-report" / "index.md").read_text()
    corpus = load_corpus(seeds)
    assert len(corpus.problems) == len(BROKEN) + len(FLAGGED)
    for problem in corpus.problems:
        assert f"{problem.level}: {problem}" in err
        assert md_escape(problem.path) in report
        assert md_escape(problem.message) in report
    assert "2 MB" in report and f"{MAX_SENTENCE_CHARS:,}" in report
    data = json.loads((out / "data" / "documents.json").read_text())
    assert sorted(d["id"] for d in data["documents"]) == ["future", "good", "latin"]


def test_strict_turns_warnings_into_a_failing_exit_code(make_seeds, tmp_path):
    for name, content in FLAGGED.items():
        seeds = make_seeds({"good.txt": GOOD, name: content})
        args = ["build", "--seeds", str(seeds), "--out", str(tmp_path / "docs")]
        assert main(args) == 0, name
        assert main([*args, "--strict"]) == 1, name
        (seeds / name).unlink()


# --- 2. Text is data, always ------------------------------------------------------------

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
    # Tables, footnotes, headings of the body stay text: one h1 (the title), one table.
    tags = [tag for tag, _ in front.elements]
    assert tags.count("h1") == 1
    assert tags.count("table") == 1
    assert "sup" not in tags and "em" not in [t for t, a in front.elements if "sentence" in a]
    # The file names, on the build report and as document ids.
    report = built["build-report/index.html"].visible
    assert "<script>alert(1)<!-- {{ 7*7 }}.docx" in report
    seed = next(p for k, p in sources.items() if k.startswith("sources/seed"))
    assert "seed <img src=x onerror=alert(1)> {{ 7*7 }}" in seed.visible
    assert INLINE in built["sources/index.html"].visible


def test_no_file_is_pulled_in(hostile_site):
    docs, site = hostile_site
    passwd = Path("/etc/passwd").read_text().splitlines()[0]
    for path in [*site.rglob("*"), *docs.rglob("*")]:
        if path.is_file() and path.suffix in (".html", ".json", ".md", ".xml"):
            assert passwd not in path.read_text(), path


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


# --- 4. Nothing half-written ------------------------------------------------------------


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def leftovers(folder: Path) -> list[str]:
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.name.startswith((".staging-", ".old-", ".site-", ".site.", ".lock"))
    )


def test_a_failed_build_leaves_the_previous_docs(make_seeds, tmp_path, monkeypatch):
    out = tmp_path / "docs"
    seeds = make_seeds({"good.txt": GOOD})
    pipeline.run(seeds, out)
    before = snapshot(out)
    assert "sources/good.md" in before
    write_seeds(seeds, {"second.txt": "date 2022-05-05 Another document."})
    written: list[str] = []
    real_write = pipeline.Output.write

    def write(self, relative, content):
        real_write(self, relative, content)
        written.append(relative)

    def fail(documents):
        raise RuntimeError("disk full")

    monkeypatch.setattr(pipeline.Output, "write", write)
    monkeypatch.setattr(export, "documents_json", fail)  # the last stage
    with pytest.raises(RuntimeError, match="disk full"):
        pipeline.run(seeds, out)
    assert "sources/second.md" in written  # pages had been written before it failed
    assert snapshot(out) == before
    assert leftovers(out) == []


def test_a_failed_publish_leaves_the_previous_site(make_seeds, tmp_path, monkeypatch):
    import mkdocs.commands.build

    docs, site = tmp_path / "docs", tmp_path / "site"
    pipeline.run(make_seeds({"good.txt": GOOD}), docs)
    pipeline.publish(docs, site)
    before = snapshot(site)
    assert "sources/good.html" in before
    real_build = mkdocs.commands.build.build

    def build_then_fail(config, **kwargs):
        real_build(config, **kwargs)  # every page written into the staging folder
        assert (Path(config["site_dir"]) / "index.html").is_file()
        raise RuntimeError("killed")

    monkeypatch.setattr(mkdocs.commands.build, "build", build_then_fail)
    with pytest.raises(RuntimeError, match="killed"):
        pipeline.publish(docs, site)
    assert snapshot(site) == before
    assert leftovers(tmp_path) == []


# --- 5. Reproducible --------------------------------------------------------------------

MIXED = {
    "b.txt": "date 2022-03-01\nA title\n\nCaracas (AP) Maduro met Biden. The U.S. said no.",
    "a.md": "---\ntitle: Front\ndate: 2022-03-01\nsource: Reuters\n---\nSame day, other id.\n",
    "c.txt": "date 2021-12-10 Older text about Citgo.",
    "José.txt": "date 2022-01-01 Non-ASCII name.",
    "bad.txt": "no header",
    "notes.docx": "x",
}


def test_two_builds_are_byte_identical(make_seeds, tmp_path, monkeypatch):
    seeds = make_seeds(MIXED)
    for name in ("one", "two"):
        pipeline.run(seeds, tmp_path / name / "docs")
    one, two = snapshot(tmp_path / "one" / "docs"), snapshot(tmp_path / "two" / "docs")
    assert "data/documents.json" in one and "build-report/index.md" in one
    assert one == two
    # The site too, given a fixed build date (MkDocs reads SOURCE_DATE_EPOCH for the
    # sitemap's lastmod and the gzip header of sitemap.xml.gz; without it those two
    # files carry the build day, everything else is identical).
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    for name in ("one", "two"):
        pipeline.publish(tmp_path / name / "docs", tmp_path / name / "site")
    one, two = snapshot(tmp_path / "one" / "site"), snapshot(tmp_path / "two" / "site")
    assert "search/search_index.json" in one and "sitemap.xml.gz" in one
    assert [k for k in one if one[k] != two.get(k)] == []
    assert one.keys() == two.keys()


def test_overlong_title_and_outlet_are_shortened(make_seeds):
    long = "word " * 1000
    _, corpus = load(
        make_seeds, {"t.md": f"---\ntitle: {long}\nsource: {long}\ndate: 2022-01-01\n---\nBody.\n"}
    )
    doc = next(d for d in corpus.documents if d.id == "t")
    assert len(doc.title) <= 300 and doc.title.endswith("word…")
    assert len(doc.outlet or "") <= 300
    found = [p.message for p in corpus.problems]
    assert len(found) == 2 and all("characters long; shortened to 300" in m for m in found)


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


def test_file_name_that_is_not_utf8(make_seeds):
    seeds = make_seeds({"good.txt": GOOD})
    (Path(os.fsdecode(bytes(seeds) + b"/caf\xe9.txt"))).write_text("date 2022-01-01 Text.")
    corpus = load_corpus(seeds, today=TODAY)
    assert ids(corpus) == ["good"]
    (problem,) = corpus.problems
    assert problem.path == f"{seeds}/caf\\xe9.txt"
    assert problem.message.startswith("the file name is not UTF-8")
    str(problem).encode("utf-8")  # printable and writable


def test_special_files_are_not_read(make_seeds):
    seeds = make_seeds({"good.txt": GOOD})
    os.mkfifo(seeds / "pipe.txt")  # reading it would block forever
    (seeds / "gone.txt").symlink_to(seeds / "missing")
    corpus = load_corpus(seeds, today=TODAY)
    assert ids(corpus) == ["good"]
    assert "not a regular file" in only_problem(corpus, "pipe.txt").message
    assert "cannot be read" in only_problem(corpus, "gone.txt").message


def test_a_commit_that_fails_half_way_puts_everything_back(make_seeds, tmp_path, monkeypatch):
    out = tmp_path / "docs"
    seeds = make_seeds({"good.txt": GOOD})
    pipeline.run(seeds, out)
    before = snapshot(out)
    write_seeds(seeds, {"second.txt": "date 2022-05-05 Another document."})
    entries = [name for name in GENERATED if (out / name).exists()]
    fail_at = len(entries) + 3  # old entries set aside, two new ones moved in, the 3rd fails
    real_rename = Path.rename
    calls: list[str] = []

    def rename(self, target):
        calls.append(self.name)
        if len(calls) == fail_at:
            raise OSError("device busy")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    with pytest.raises(OSError, match="device busy"):
        pipeline.run(seeds, out)
    monkeypatch.undo()
    # Every entry set aside, 2 moved in, the 3rd failed; then the rollback's renames.
    assert calls[:fail_at] == [*entries, *entries[:3]]
    assert snapshot(out) == before
    assert leftovers(out) == []


def test_a_killed_commit_is_recovered_by_the_next_build(make_seeds, tmp_path):
    out = tmp_path / "docs"
    seeds = make_seeds({"good.txt": GOOD})
    pipeline.run(seeds, out)
    # Killed after setting `sources` aside, before moving the new one in.
    (out / "sources").rename(out / ".old-sources")
    stale = out / ".staging-killed"
    stale.mkdir()
    os.utime(stale, (0, 0))
    pipeline.Output(out).abort()
    assert (out / "sources" / "good.md").is_file()
    assert leftovers(out) == []


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


def test_a_file_mixing_utf8_and_windows_1252(make_seeds):
    raw = "date 2022-03-04 Café in UTF-8, ".encode() + b"and a Windows quote: it\x92s.\n"
    _, corpus = load(make_seeds, {"mixed.txt": raw})
    assert only_problem(corpus, "mixed.txt").level == "warning"
    text = next(d for d in corpus.documents if d.id == "mixed").text
    assert text == "Café in UTF-8, and a Windows quote: it’s."
