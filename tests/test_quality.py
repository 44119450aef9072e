"""The Build report's quality signals (publish/quality.py) and how the report shows
them. Invented names and documents."""

from __future__ import annotations

from dataclasses import replace

from generator.ingest.report import ReportSettings
from generator.model import Chronology, Corpus, Entity, Findings, Mention
from generator.pipeline import TEMPLATES
from generator.publish import pages
from generator.publish.naming import report_info
from generator.publish.quality import quality
from generator.publish.render import Renderer
from generator.publish.review import _not_an_entity
from generator.publish.review_items import Item

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
    # The review's rule (one for the review page and the Build report).
    def why(name, kind="person"):
        found = _not_an_entity(_entity(name, kind, [(name, "a")]), None, None)
        return None if found is None else found[1]

    assert why("Ada Quint") is None
    assert why("Marlow Flood Relief Fund 2024", "organization") is None
    assert why("Charles “Chuck” Hagel") is None  # quotes and brand marks are written in names
    assert why("Nestlé NAN®", "organization") is None
    assert why("the mayor") == "written in lower case"
    assert why("Marlow • Ada Quint") == "'•' in the name: a separator, not part of a name"
    assert why("BST 10:45", "organization").startswith("':' in the name")
    assert why("Ada Quint 3") == "digits in the name of a person"
    assert why("X", "organization") == "a single letter"
    assert (
        why("Ada Quint Said The Water Would Fall") == "7 words: names run together, or a sentence"
    )
    official = "Criminal Section of the Civil Rights Division of the Marlow Department of Justice"
    assert why(official, "organization") is None  # official names run long


def test_the_report_lists_the_reviews_junk_and_merges(tmp_path):
    # Both sections show the review's items (their rule), not a second rule of their own.
    ada, odd = _entity("Ada Quint", mentions=[("Ada Quint", "a")]), _entity("Marlow • Ada")
    item = Item("junk", 0.5, "Marlow • Ada: not an entity?", "a separator", (), None, (odd.id,))
    merge = Item("merge", 0.4, "Ada Quint: is every 'Quint'?", "lone", (), None, (ada.id,))
    corpus = Corpus(())
    found = quality(corpus, Findings((ada, odd), Chronology((), ())), [item, merge])
    assert [(f.entity.name, f.reason) for f in found.junk] == [("Marlow • Ada", "a separator")]
    assert [(f.entity.name, f.reason) for f in found.merges] == [("Ada Quint", "lone")]
    assert found.signals
    assert not quality(corpus, Findings((ada, odd), Chronology((), ()))).signals


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


def test_the_report_is_named_for_what_the_titles_name_most(tmp_path):
    # The railway is quoted most, but the titles name the place: the story's subject.
    # The state they name too is where the story is. Without titles, the most mentioned
    # person or organization names the report.
    def name(titled: bool) -> str:
        documents = []
        for day in (1, 2, 3):
            path = tmp_path / f"{titled}-{day}.txt"
            title = f"Kessler Junction derailment in Ohio: day {day}\n" if titled else ""
            path.write_text(
                f"date 2024-03-0{day}\n{title}\nThe railway A&W said so at Kessler Junction.\n",
                encoding="utf-8",
            )
            documents.append(load_document(path))
        ids = [d.id for d in documents]
        # (in a titled document, the place is named in sentence 1, the title; the
        # railway only in the text after it)
        railway = _entity("A&W", "organization", [("A&W", i) for i in ids * 3])
        place = _entity("Kessler Junction", "place", [("Kessler Junction", i) for i in ids])
        state = _entity("Ohio", "place", [("Ohio", i) for i in ids])
        entities = (_paged(railway, 2 if titled else 1), _paged(state, 1), _paged(place, 1))
        return report_info(ReportSettings(), Corpus(tuple(documents)), entities)["name"]

    assert name(titled=True) == "Kessler Junction, 1 to 3 March 2024"
    assert name(titled=False) == "A&W, 1 to 3 March 2024"


def _paged(entity: Entity, sentence: int) -> Entity:
    """The entity with a page, each of its mentions in sentence `sentence`."""
    mentions = tuple(replace(m, sentence=sentence) for m in entity.mentions)
    return replace(entity, mentions=mentions, page="x.md")


def test_a_series_label_opening_the_titles_names_no_story(tmp_path):
    # "DELGADO REPORTS: ..." opens every title: the programme's, not the story's; the
    # story's subject is named after it. "Basantpur bridge collapse: ..." names one.
    def name(label: str) -> str:
        documents = []
        for day in (1, 2, 3):
            path = tmp_path / f"{label[:4]}-{day}.txt"
            path.write_text(
                f"date 2024-03-0{day}\n{label}: Keane case, day {day}\n\nKeane spoke.\n",
                encoding="utf-8",
            )
            documents.append(load_document(path))
        opening = label.split()[0]  # "DELGADO", "Basantpur"
        def mentions(text: str, start: int) -> tuple[Mention, ...]:
            return tuple(Mention(text, d.id, 1, start, start + len(text)) for d in documents)

        keane = replace(
            _entity("Raymond Keane", "person"), mentions=mentions("Keane", len(label) + 2)
        )
        named = replace(_entity(opening, "organization"), mentions=mentions(opening, 0) * 2)
        entities = tuple(replace(e, page="x.md") for e in (named, keane))
        return report_info(ReportSettings(), Corpus(tuple(documents)), entities)["name"]

    assert name("DELGADO REPORTS").startswith("Raymond Keane, ")
    assert name("Basantpur bridge collapse").startswith("Basantpur, ")


def test_titles_that_open_with_a_colon_name_no_series(tmp_path):
    # A label of no words (": odd title") is no series' label, and no error.
    documents = []
    for day in (1, 2, 3):
        path = tmp_path / f"{day}.txt"
        path.write_text(f"date 2024-03-0{day}\n: odd title {day}\n\nText.\n", encoding="utf-8")
        documents.append(load_document(path))
    assert report_info(ReportSettings(), Corpus(tuple(documents)), ())["name"] == (
        "Report, 1 to 3 March 2024"
    )
