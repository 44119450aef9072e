"""Speaker turns of transcripts (ingest/turns.py)."""

from __future__ import annotations

from .conftest import load_document

TRANSCRIPT = (
    "date 2021-01-20\nPress Briefing by Press Secretary Jen Psaki\n\n"
    "MS. PSAKI:  Good evening, everyone.  Thank you for joining us.\n\n"
    "Q  Thanks, Jen.  One question on the order.\n\n"
    "MS. PSAKI:  Sure.  It was signed today.\n\n"
    "SENIOR ADMINISTRATION OFFICIAL:  I can add one point.\n"
)


def test_turns_of_a_transcript(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    document = load_document(path)
    labels = [t.label for t in document.turns]
    assert labels == ["MS. PSAKI", "Q", "MS. PSAKI", "SENIOR ADMINISTRATION OFFICIAL"]
    first, question = document.turns[:2]
    assert document.text[first.start : first.end] == "MS. PSAKI"
    assert question.reporter and not first.reporter
    # Each sentence knows its speaker; a turn runs to the sentence before the next.
    assert first.first == 2 and first.last == question.first - 1  # sentence 1: the title
    assert document.speaker(1) is None
    assert document.speaker(question.first) is question
    assert document.speaker(document.sentences[-1].number).label.startswith("SENIOR")


def test_one_capitalised_heading_does_not_make_a_transcript(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text(
        "date 2021-01-20 NOTE: the text was updated.\n\nThe President spoke today.\n",
        encoding="utf-8",
    )
    assert load_document(path).turns == ()


def test_a_title_speaks_for_no_one(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(
        "date 2021-01-20\nREMARKS: The President on the Economy\n\n"
        "MS. PSAKI:  Good evening.\n\nQ  Thanks, Jen.\n",
        encoding="utf-8",
    )
    document = load_document(path)
    assert [(t.label, t.first) for t in document.turns] == [("MS. PSAKI", 2), ("Q", 3)]
