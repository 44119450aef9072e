from pathlib import Path

import pytest

from generator.errors import InputError
from generator.ingest.load import load_corpus

from .conftest import SEEDS, load_document


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
    assert doc.text == "First sentence. Second one."
    assert [s.number for s in doc.sentences] == [1, 2]


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
    assert len(doc.sentences) == 2


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


def test_bad_document_is_skipped_and_the_rest_load(make_seeds):
    seeds = make_seeds({"good.txt": "date 2022-01-01 Fine.", "bad.txt": "no header"})
    corpus = load_corpus(seeds)
    assert [d.id for d in corpus.documents] == ["good"]
    assert [(p.path, p.line, p.level) for p in corpus.problems] == [
        (str(seeds / "bad.txt"), 1, "error")
    ]
