"""Reading the seeds folder (ingest/load.py): headers, front matter, datelines, the
fixture corpora; every broken document reported with its line and a fix, the rest
loaded (issue 7)."""

import datetime as dt
import os
import re
from pathlib import Path

import pytest

from generator.analyse.nlp import CHUNK_CHARS, _chunks
from generator.errors import InputError
from generator.ingest.decode import MAX_DOCUMENT_BYTES
from generator.ingest.load import MAX_SENTENCE_CHARS, load_corpus
from generator.model import Problem

from .conftest import FRONT_MATTER, GOOD, SEEDS, TRANSCRIPTS, WIRE, load_document


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_seed_with_text_on_the_header_line(tmp_path):
    doc = load_document(
        write(tmp_path, "a.txt", " date 2022-08-16 Bogota (CNN) Some text here.\n\nMore.")
    )
    assert doc.id == "a"
    assert doc.date == "2022-08-16"
    assert doc.dateline == "Bogota"
    assert doc.outlet == "CNN"
    assert [s.text for s in doc.sentences] == ["Bogota (CNN) Some text here.", "More."]
    assert doc.title == "Some text here."


def test_seed_with_header_alone_and_title_line(tmp_path):
    doc = load_document(
        write(
            tmp_path, "b.txt", "date 2022-01-04\nStatement on 5G\n\nFirst sentence. Second one.\n"
        )
    )
    assert doc.title == "Statement on 5G"
    # A title given is read as text: its own paragraph, sentence 1, the body after it.
    assert doc.titled and doc.text == "Statement on 5G\n\nFirst sentence. Second one."
    assert [(s.number, s.text, s.paragraph) for s in doc.sentences] == [
        (1, "Statement on 5G", 0),
        (2, "First sentence.", 1),
        (3, "Second one.", 1),
    ]
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text
    assert doc.heading == doc.sentences[0] and doc.is_title(1) and not doc.is_title(2)
    assert doc.body() == [list(doc.sentences[1:])]
    assert doc.body_start == doc.text.index("First")


def test_seed_header_variants(tmp_path):
    for content in (
        "\n\n  date 2021-12-10\nText.",
        "date\t2021-12-10 Text.",
        "\tdate 2021-12-10\n\nText.",
    ):
        assert load_document(write(tmp_path, "c.txt", content)).date == "2021-12-10"


def test_front_matter(tmp_path):
    doc = load_document(
        write(
            tmp_path,
            "m.md",
            "---\ntitle: A title\ndate: 2022-03-01\nsource: Reuters\nurl: https://example.org/x\n---\nBody text. More text.\n",
        )
    )
    assert (doc.title, doc.date, doc.outlet, doc.url) == (
        "A title",
        "2022-03-01",
        "Reuters",
        "https://example.org/x",
    )
    assert [s.text for s in doc.sentences] == ["A title", "Body text.", "More text."]


def test_a_title_made_from_the_first_words_is_not_repeated(tmp_path):
    doc = load_document(write(tmp_path, "a.txt", "date 2022-01-04 First sentence. Second one."))
    assert doc.title == "First sentence." and not doc.titled
    assert doc.text == "First sentence. Second one." and doc.heading is None
    assert doc.body() == doc.paragraphs() and doc.body_start == 0


def test_a_title_is_one_sentence_on_one_line(tmp_path):
    doc = load_document(
        write(
            tmp_path,
            "m.md",
            '---\ntitle: "Biden Speaks. Putin Replies\\nat Once"\ndate: 2022-03-01\n---\nBody.\n',
        )
    )
    assert doc.sentences[0].text == "Biden Speaks. Putin Replies at Once"
    assert [s.number for s in doc.sentences] == [1, 2]


def test_front_matter_without_date(tmp_path):
    with pytest.raises(InputError, match=r"m.md:1: front matter has no date"):
        load_document(write(tmp_path, "m.md", "---\ntitle: x\n---\nBody.\n"))


def test_missing_header(tmp_path):
    path = write(tmp_path, "memo.txt", "Just text.\n")
    with pytest.raises(InputError) as error:
        load_document(path)
    assert str(error.value) == f'{path}:1: no date header. Start the file with "date YYYY-MM-DD".'


def test_impossible_date(tmp_path):
    with pytest.raises(InputError, match=r'"2022-13-45" is not a real date'):
        load_document(write(tmp_path, "d.txt", "date 2022-13-45 Text."))


def test_sentence_splitting_keeps_abbreviations(tmp_path):
    doc = load_document(
        write(
            tmp_path,
            "s.txt",
            "date 2021-12-10 He met Amba. James Storey on Nov. 21 in the U.S. Capitol. "
            "Then he left. “Quoted.” Next one!",
        )
    )
    assert [s.text for s in doc.sentences] == [
        "He met Amba. James Storey on Nov. 21 in the U.S. Capitol.",
        "Then he left.",
        "“Quoted.”",
        "Next one!",
    ]
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text


def test_the_seeds():
    corpus = load_corpus(SEEDS)
    assert corpus.problems == ()
    by_id = {d.id: d for d in corpus.documents}
    cnn = by_id["000_ea707b62e70492f0"]
    assert (cnn.date, cnn.dateline, cnn.outlet) == ("2022-08-16", "Bogota", "CNN")
    assert cnn.title == "The number of US citizens is increasing Detained in Venezuela"
    assert by_id["003_09af0d1278cc3a31"].date == "2021-12-10"
    # Newest first.
    assert [d.date for d in corpus.documents] == ["2022-08-16", "2021-12-10"]


def test_wire_stories_give_their_dateline_and_agency():
    corpus = load_corpus(WIRE)
    assert corpus.problems == ()
    assert len(corpus.documents) == 8
    assert {(d.dateline, d.outlet) for d in corpus.documents} == {
        ("Esterby", "AP"),
        ("Esterby", "Reuters"),
        ("Valmora", "AP"),
        ("Valmora", "Reuters"),
    }
    first = next(d for d in corpus.documents if d.id == "2023-03-01-harbour-strike-begins")
    assert first.title == "Dock workers walk out at the port of Valmora over night shifts"
    assert first.sentences[0].text == first.title  # read as text, before the dateline
    assert first.sentences[1].text.startswith("VALMORA (Reuters) — Dock workers at the port")


def test_transcripts_keep_their_speaker_turns():
    corpus = load_corpus(TRANSCRIPTS)
    assert corpus.problems == ()
    briefing = next(d for d in corpus.documents if d.id == "2023-03-02-ministry-briefing")
    assert briefing.date == "2023-03-02"
    assert briefing.title.startswith("Press Briefing by Ministry of Labour Spokesman Jonas Berg")
    assert (briefing.dateline, briefing.outlet) == (None, None)
    assert "MR. BERG:  Good morning, everyone." in briefing.text
    assert "Q  Jonas, is the minister going to invite them to talks?" in briefing.text


def test_front_matter_gives_title_outlet_and_url():
    corpus = load_corpus(FRONT_MATTER)
    assert corpus.problems == ()
    by_id = {d.id: d for d in corpus.documents}
    fish = by_id["fish-prices"]
    assert (fish.date, fish.outlet) == ("2023-03-07", "Lanford Courier")
    assert fish.title == "Fish prices rise in Lanford as the port stays closed"
    assert fish.url == "https://courier.example/2023/03/07/fish-prices"
    editorial = by_id["editorial"]
    assert editorial.title == "Editorial: what the port strike taught us"
    assert (editorial.outlet, editorial.url) == ("Esterby Herald", None)
    # Newest first.
    assert [d.id for d in corpus.documents] == ["editorial", "fish-prices"]


def test_bad_document_is_skipped_and_the_rest_load(make_seeds):
    seeds = make_seeds({"good.txt": "date 2022-01-01 Fine.", "bad.txt": "no header"})
    corpus = load_corpus(seeds)
    assert [d.id for d in corpus.documents] == ["good"]
    assert [(p.path, p.line, p.level) for p in corpus.problems] == [
        (str(seeds / "bad.txt"), 1, "error")
    ]


TODAY = dt.date(2024, 6, 1)


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


def test_no_date_header(make_seeds):
    _, corpus = load(make_seeds, {"memo.txt": "\n\nJust a memo.\n"})
    problem = only_problem(corpus, "memo.txt")
    assert (problem.line, problem.level) == (3, "error")
    assert "no date header" in problem.message and "date YYYY-MM-DD" in problem.message
    assert ids(corpus) == ["good"]


def test_impossible_dates_are_reported_with_their_line(make_seeds):
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
    assert crlf_doc.text == "A title\n\nFirst line. Second.\nNext\nline."
    assert [s.text for s in crlf_doc.sentences] == [
        "A title",
        "First line.",
        "Second.",
        "Next",
        "line.",
    ]
    assert (md_doc.title, md_doc.date, md_doc.text) == ("T", "2022-03-05", "T\n\nBody one.")
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
    assert {s.paragraph for s in doc.sentences} == {0, 1}  # the title's, the line's
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text
    # Nothing lost: the pieces put together are the text.
    assert "".join("".join(s.text.split()) for s in doc.sentences) == "".join(doc.text.split())
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


def test_a_file_mixing_utf8_and_windows_1252(make_seeds):
    raw = "date 2022-03-04 Café in UTF-8, ".encode() + b"and a Windows quote: it\x92s.\n"
    _, corpus = load(make_seeds, {"mixed.txt": raw})
    assert only_problem(corpus, "mixed.txt").level == "warning"
    text = next(d for d in corpus.documents if d.id == "mixed").text
    assert text == "Café in UTF-8, and a Windows quote: it’s."


def test_a_warning_after_a_joined_stock_symbol_names_the_files_own_line(tmp_path):
    (tmp_path / "a.txt").write_text(
        "date 2010-06-16\nShares of Transocean Ltd (RIG.\nN) fell.\nM\ufffddecins came.\n",
        "utf-8",
    )
    corpus = load_corpus(tmp_path)
    [problem] = [p for p in corpus.problems if "lost" in p.message]
    assert problem.line == 4


def test_a_stock_symbol_broken_over_two_lines_is_one_sentence(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "date 2010-06-16\nShares of Transocean Ltd (RIG.\nN) fell on Wednesday.\n"
        "Ann Lee (a friend.\nShe) left.\n"
    )
    document = load_document(path)
    assert [s.text for s in document.sentences] == [
        "Shares of Transocean Ltd (RIG.N) fell on Wednesday.",
        "Ann Lee (a friend.",
        "She) left.",
    ]


def test_a_clause_broken_off_after_a_link_goes_on_with_its_line(tmp_path):
    # A scraper broke the line where a link ended; a comma or a semicolon opens no
    # paragraph. A line opened by a quote or a bracket stays one of its own.
    path = tmp_path / "a.txt"
    path.write_text(
        "date 2010-06-16\nLawmakers were angry, said Rep. Sander Levin, D-Mich.\n"
        ", chairman of the House Ways and Means Committee.\nSen. David Vitter, R-La.\n"
        "; he spoke on Friday.\n(Reuters) filed.\n"
    )
    document = load_document(path)
    assert [s.text for s in document.sentences] == [
        "Lawmakers were angry, said Rep. Sander Levin, D-Mich., chairman of the House"
        " Ways and Means Committee.",
        "Sen. David Vitter, R-La.; he spoke on Friday.",
        "(Reuters) filed.",
    ]
