"""Each document's relevance to the corpus's story (resolve/relevance.py). Invented
documents: a flood story, and a recipe page that a crawl brought along."""

from __future__ import annotations

from generator import pipeline
from generator.model import Analysis, Corpus, Span
from generator.resolve import relevance as module
from generator.resolve.relevance import relevance

from .conftest import load_document

FLOOD = (
    "The river flooded the town of Marlow again on day {i}, and the levee engineers "
    "worked through the night. Mayor Ada Quint said the flood water would fall soon. "
    "Residents filled sandbags along the river bank while the rain kept falling. "
    "The council opened shelters for families whose homes the flood had reached. "
)
RECIPE = (
    "Whisk the eggs with sugar until pale, then fold in the flour and a pinch of salt. "
    "Bake the sponge in a buttered tin for twenty minutes, until golden. Let it cool "
    "before you spread the jam and the cream, and dust it with icing sugar. "
)


def _corpus(tmp_path, bodies):
    documents = []
    for i, body in enumerate(bodies):
        path = tmp_path / f"d{i:02d}.txt"
        path.write_text(f"date 2024-03-{i + 1:02d}\nTitle {i}\n{body}\n", encoding="utf-8")
        documents.append(load_document(path))
    corpus = Corpus(tuple(documents))
    return corpus, [Analysis(d.id, ()) for d in documents]


def test_an_unrelated_page_is_off_topic(tmp_path):
    bodies = [FLOOD.format(i=i) * 3 for i in range(12)] + [RECIPE * 4]
    corpus, analyses = _corpus(tmp_path, bodies)
    found = relevance(corpus, analyses)
    assert [r.document for r in found if r.off_topic] == ["d12"]
    assert all(r.score > 0.5 for r in found[:12])
    assert found[12].score < 0.1


def test_a_small_corpus_is_not_judged(tmp_path):
    bodies = [FLOOD.format(i=i) * 3 for i in range(module.MIN_DOCUMENTS - 2)] + [RECIPE * 4]
    corpus, analyses = _corpus(tmp_path, bodies)
    assert not any(r.off_topic for r in relevance(corpus, analyses))


def test_a_short_page_is_not_judged(tmp_path):
    bodies = [FLOOD.format(i=i) * 3 for i in range(12)] + [RECIPE]  # under MIN_WORDS
    corpus, analyses = _corpus(tmp_path, bodies)
    found = relevance(corpus, analyses)
    assert found[12].score < 0.1 and not found[12].off_topic


def test_what_is_not_the_story_does_not_count(tmp_path):
    # A recipe page whose readers' comments talk about the flood is still a recipe page.
    thread = "".join(
        f"Posted by: reader{i} | March 5, 2024 1:51 PM | Report abuse {FLOOD.format(i=i)}\n"
        for i in range(6)
    )
    bodies = [FLOOD.format(i=i) * 3 for i in range(12)] + [RECIPE * 4 + "\n" + thread]
    corpus, analyses = _corpus(tmp_path, bodies)
    assert relevance(corpus, analyses)[12].off_topic


def _dated(corpus, phrase):
    """Analyses with one DATE span: `phrase` where the document has it."""
    analyses = []
    for document in corpus.documents:
        spans = []
        at = document.text.find(phrase)
        if at >= 0:
            number = next(s.number for s in document.sentences if s.start <= at < s.end)
            spans.append(Span(phrase, "DATE", number, at, at + len(phrase)))
        analyses.append(Analysis(document.id, tuple(spans)))
    return analyses


def test_an_off_topic_document_counts_nowhere_unless_kept(tmp_path, monkeypatch):
    bodies = [FLOOD.format(i=i) * 3 for i in range(12)]
    bodies.append(RECIPE * 4 + "The bakery in Dunmow opened its doors on 1 February 2024.")
    corpus, _ = _corpus(tmp_path, bodies)
    analyses = _dated(corpus, "1 February 2024")
    monkeypatch.setattr(pipeline, "analyse_corpus", lambda corpus, options=None: analyses)
    options = pipeline.Options(cache=None, jobs=1)
    left_out = pipeline.find(corpus, options=options)
    assert left_out.off_topic == ("d12",) and left_out.off_topic_left_out
    assert not any(c.document == "d12" for e in left_out.events for c in e.sources)
    kept = pipeline.find(corpus, options=options, keep_off_topic=True)
    assert kept.off_topic == ("d12",) and not kept.off_topic_left_out
    assert any(c.document == "d12" for e in kept.events for c in e.sources)


def test_a_title_does_not_make_a_page_relevant(tmp_path):
    # The thresholds were measured on bodies: a recipe page titled with the story's
    # words is still a recipe page.
    bodies = [FLOOD.format(i=i) * 3 for i in range(12)] + [RECIPE * 4]
    corpus, analyses = _corpus(tmp_path, bodies)
    path = tmp_path / "d12.txt"
    path.write_text(
        "date 2024-03-13\nFlood River Marlow Levee Engineers Sandbags Shelters Council Rain\n"
        f"{RECIPE * 4}\n",
        encoding="utf-8",
    )
    recipe = load_document(path)
    assert recipe.titled
    corpus = Corpus((*corpus.documents[:12], recipe))
    found = relevance(corpus, analyses)
    assert [r.document for r in found if r.off_topic] == ["d12"]
    assert found[12].score < 0.1
