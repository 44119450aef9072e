"""The Build report's quality signals (publish/quality.py) and how the report shows
them. Invented names and documents."""

from __future__ import annotations

from dataclasses import replace

from generator.ingest.report import ReportSettings
from generator.model import Chronology, Corpus, Entity, Findings, Mention
from generator.pipeline import TEMPLATES
from generator.publish import pages
from generator.publish.naming import report_info
from generator.publish.quality import junk_name, lone_merge, quality
from generator.publish.render import Renderer

from .conftest import load_document


def _entity(name, kind="person", mentions=()):
    return Entity(
        id=name.lower().replace(" ", "-"),
        name=name,
        type=kind,
        aliases=(),
        descriptions=(),
        mentions=tuple(Mention(text, doc, 1, 0, len(text)) for text, doc in mentions),
        documents=tuple(sorted({doc for _, doc in mentions})),
        first_seen="2024-03-01",
        last_seen="2024-03-02",
        page=None,
    )


def test_names_that_look_like_junk_say_why():
    assert junk_name(_entity("Ada Quint")) is None
    assert junk_name(_entity("Marlow Flood Relief Fund 2024", "organization")) is None
    assert junk_name(_entity("the mayor")).reason == "no capital letter"
    assert junk_name(_entity("Marlow • Ada Quint")).reason == 'an odd character ("•")'
    assert junk_name(_entity("Ada Quint 3")).reason == "digits in the name"
    assert junk_name(_entity("BST 10:45", "organization")).reason == 'an odd character (":")'
    assert junk_name(_entity("Ada Quint Said The Water Would Fall")).reason == "7 words"


def test_a_lone_name_from_documents_that_never_name_the_person_is_a_merge_to_check():
    # "Quint" after "Ada Quint" in the same document is how articles write.
    usual = [("Ada Quint", "a")] + [("Quint", "a")] * 20
    assert lone_merge(_entity("Ada Quint", mentions=usual)) is None
    elsewhere = [("Ada Quint", "a"), ("Quint", "a")] + [("Quint", d) for d in "bcdefghijk"]
    flagged = lone_merge(_entity("Ada Quint", mentions=elsewhere))
    assert flagged is not None
    assert flagged.reason == (
        '10 mentions by a lone name ("Quint") in 10 document(s) that never name them '
        "in full, 2 where they do"
    )
    assert lone_merge(_entity("Marlow", "place", [("Marlow", d) for d in "abcdefghijkl"])) is None


def _report(tmp_path, body, off_topic=()):
    path = tmp_path / "d1.txt"
    path.write_text(f"date 2024-03-05\nFlood in Marlow\n{body}\n", encoding="utf-8")
    corpus = Corpus((load_document(path),))
    findings = Findings((), Chronology((), ()), (), off_topic)
    site = report_info(ReportSettings(title="Marlow"), corpus, ())
    renderer = Renderer(TEMPLATES, site)
    return pages._build_report(renderer, "build-report/index.md", corpus, findings, ())


def test_a_clean_corpus_was_read_without_problems(tmp_path):
    text = _report(tmp_path, "The river flooded Marlow on Monday.")
    assert "All 1 documents were read without problems." in text


def test_quality_signals_are_never_read_without_problems(tmp_path):
    text = _report(
        tmp_path,
        "The river flooded Marlow on Monday.\n"
        "An error occurred while processing this directive\n"
        "MÃ©decins Sans FrontiÃ¨res sent a team.",
        off_topic=("d1",),
    )
    assert "without problems" not in text
    assert "1 documents were built, without errors or warnings" in text
    assert "## Letters mis-decoded" in text
    assert "| [Flood in Marlow](../sources/d1.md) | 2 | 0 | 0 |" in text
    assert "## Not the story's text" in text
    # The row links to the first sentence set aside (sentence 1 is the title).
    assert "| [Flood in Marlow](../sources/d1.md#s3) | 1 | 1 boilerplate |" in text
    assert "1 document(s) look unrelated to the rest" in text
    assert "- [Flood in Marlow](../sources/d1.md) (5 March 2024)" in text


def test_quality_lists_documents_by_how_much_they_set_aside(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("date 2024-03-05\nA\nStory.\nReport abuse\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("date 2024-03-06\nB\nStory.\nReport abuse\nReply\n", encoding="utf-8")
    corpus = Corpus((load_document(a), load_document(b)))
    found = quality(corpus, Findings((), Chronology((), ())))
    assert [r.document.id for r in found.set_aside] == ["b", "a"]
    assert found.set_aside_kinds == (("comment", 3),)
    assert found.signals
    clean = replace(corpus, documents=())
    assert not quality(clean, Findings((), Chronology((), ()))).signals
