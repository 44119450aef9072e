"""Datelines, bylines, timestamps and photo credits (ingest/datelines.py)."""

from __future__ import annotations

import pytest

from .conftest import load_document


@pytest.mark.parametrize(
    ("opening", "kind", "place", "outlet"),
    [
        (
            "OTTAWA | Thu May 13, 2010 3:28 pm EDT OTTAWA (Reuters) - ",
            "wire header",
            "Ottawa",
            "Reuters",
        ),
        ("Tue May 11, 2010 7:31 pm EDT (Reuters) - ", "wire header", None, "Reuters"),
        ("Sunday, May 16, 2010; 4:43 PM ", "timestamp", None, None),
        ("GULF OF MEXICO -- ", "dateline", "Gulf Of Mexico", None),
        ("AP WASHINGTON -- ", "dateline", "Washington", "AP"),
        ("By Niu Shuping and Ken Wills ", "byline", None, None),
        ("Photograph: Joe Raedle/Getty Images ", "photo credit", None, None),
    ],
)
def test_the_opening_is_marked_and_gives_place_and_outlet(tmp_path, opening, kind, place, outlet):
    path = tmp_path / "a.txt"
    path.write_text(f"date 2010-05-13\n{opening}Legislators grilled the head of BP.\n")
    document = load_document(path)
    start = document.sentences[0].start
    assert document.skipped == ((start, start + len(opening), kind),)
    assert document.text.startswith(opening)  # shown as it came
    assert (document.dateline, document.outlet) == (place, outlet)


def test_a_sentence_that_only_looks_like_one_is_not_marked(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "date 2010-05-13\nBy Tuesday the well was capped. THE PRESIDENT -- no.\n"
        "2011 was a hard year.\n"
    )
    assert load_document(path).skipped == ()


def test_a_dateline_opens_a_paragraph(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "date 2022-03-01\nLeaders met. NATO — the alliance — agreed.\n\nKYIV — Shelling went on.\n"
    )
    document = load_document(path)
    assert [k for _, _, k in document.skipped] == ["dateline"]
    assert document.text[document.skipped[0][0] :].startswith("KYIV — ")


def test_live_blog_times_are_marked_only_in_a_live_blog(tmp_path):
    lines = "\n\n".join(f"{h}13 Officials said more." for h in (17, 18, 19))
    path = tmp_path / "live.txt"
    path.write_text(f"date 2011-03-19\n{lines}\n")
    assert [k for _, _, k in load_document(path).skipped] == ["live-blog time"] * 3
    path.write_text("date 2011-03-19\n1813 Officials said more.\n")
    assert load_document(path).skipped == ()


def test_no_entity_and_no_date_is_read_in_a_dateline(make_seeds):
    from generator.chronology.events import build_chronology
    from generator.ingest.load import load_corpus
    from generator.resolve.entities import resolve_entities

    from .chronology_fixtures import analyse_by_hand

    text = (
        "date 2011-06-09 MISRATA | Thu Jun 9, 2011 12:39 am BST MISRATA (Reuters) - "
        "Rebels held Misrata on Wednesday.\n"
    )
    corpus = load_corpus(make_seeds({"m.txt": text}))
    marks = {
        "m": [
            ("MISRATA", "GPE"),
            ("Jun 9, 2011 12:39 am", "DATE"),
            ("BST MISRATA", "PERSON"),
            ("Misrata", "GPE"),
            ("Wednesday", "DATE"),
        ]
    }
    analyses = analyse_by_hand(corpus, marks)
    entities, _ = resolve_entities(corpus, analyses)
    assert [e.name for e in entities] == ["Misrata"]
    assert [m.start for m in entities[0].mentions] == [corpus.documents[0].text.index("Misrata")]
    chronology = build_chronology(corpus, analyses, {})
    assert [e.date for e in chronology.events] == ["2011-06-08"]


def test_a_title_is_never_a_dateline_and_the_body_still_opens_the_story(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "date 2010-05-13\nGULF OF MEXICO -- Where the Oil Goes\n\n"
        "WASHINGTON (AP) — Legislators grilled the head of BP.\n"
    )
    document = load_document(path)
    assert document.is_title(1)
    body = document.sentences[1].start
    assert document.skipped == ((body, body + len("WASHINGTON (AP) — "), "dateline"),)
    assert (document.dateline, document.outlet) == ("WASHINGTON", "AP")
