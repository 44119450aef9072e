"""Bytes -> text (ingest/decode.py): mis-decoded UTF-8 repaired where certain, letters
lost for good flagged (ingest/load.py)."""

from __future__ import annotations

import pytest

from generator.ingest.decode import repair_mojibake

from .conftest import load_document


@pytest.mark.parametrize(
    ("written", "meant", "count"),
    [
        ("MÃ©decins Sans FrontiÃ¨res", "Médecins Sans Frontières", 2),
        ("the mayorâ€™s office", "the mayor’s office", 1),
        ("â€œYesâ€\x9d, she said", "“Yes”, she said", 2),  # 0x9D: undefined in cp1252
        ("caf\u00c3\u0083\u00c2\u00a9", "café", 3),  # mis-decoded twice
    ],
)
def test_mis_decoded_letters_are_repaired(written, meant, count):
    text, repaired, example = repair_mojibake(written)
    assert (text, repaired) == (meant, count)
    assert example[0] and example[0] in written


@pytest.mark.parametrize(
    "text",
    [
        "SÃO PAULO",  # Ã before a plain letter
        "Gruß“ said the sign",  # would decode to the NKo letter U+07D3: not believed
        "naïve café, déjà vu",
        "Mdecins Sans Frontires",  # lost letters: nothing to repair
    ],
)
def test_real_text_is_left_as_it_is(text):
    assert repair_mojibake(text) == (text, 0, ("", ""))


def test_a_repaired_document_says_so(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text("date 2024-03-05\nTitle\nMÃ©decins Sans FrontiÃ¨res arrived.\n", "utf-8")
    document = load_document(path)
    assert "Médecins Sans Frontières" in document.text
    assert (document.repaired, document.lost) == (2, 0)


def test_lost_letters_are_flagged(tmp_path):
    from generator.ingest.load import load_corpus

    path = tmp_path / "doc.txt"
    path.write_text(
        "date 2024-03-05\nTitle\nM\ufffddecins Sans Fronti\ufffdres arrived.\n", "utf-8"
    )
    corpus = load_corpus(tmp_path)
    assert corpus.documents[0].lost == 2
    [problem] = [p for p in corpus.problems if "lost" in p.message]
    assert problem.level == "warning" and problem.line == 3
    assert problem.message.startswith("2 letter(s) lost before the file was saved")


def test_words_left_in_pieces_are_flagged(tmp_path):
    from generator.ingest.decode import stray_letters

    english = "The river flooded the town and a levee broke at night. " * 10
    pieces = "Vi t Nam ngn c m c a kh u Ch nh ph nhi u n c ch ng. " * 10
    assert stray_letters(english) == 0
    assert stray_letters(pieces) == 80  # t c m c u u n c, ten times ("a" is a word)
    assert stray_letters("c m c u n c") == 0  # too short to tell
    path = tmp_path / "doc.txt"
    path.write_text(f"date 2024-03-05\nTitle\n{pieces}\n", "utf-8")
    document = load_document(path)
    assert document.stray == 80
