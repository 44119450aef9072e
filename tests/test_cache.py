"""The analysis cache (analyse/cache.py): hit, miss, invalidation, chunks, and the
analyses of pipeline.analyse_corpus that it feeds."""

import sqlite3
from dataclasses import replace

import pytest

from generator import pipeline
from generator.analyse import cache as cache_module
from generator.analyse import nlp
from generator.analyse.cache import FILE_NAME, AnalysisCache
from generator.errors import ConfigError
from generator.ingest.corrections import Correction, Corrections
from generator.ingest.text import split_sentences
from generator.model import Analysis, Chunk, Span
from generator.resolve import entities, prepare
from generator.resolve.entities import resolve_entities

from .conftest import WIRE, analyse_document, snapshot, write_seeds
from .counting import documents_read
from .entity_fixtures import make as make_entities

VERSION = "test-model-1.0 spacy-3.8 PERSON analysis-1"


def _fake_analysis(document):
    # Two spans made from the text itself, so that decoding can be checked exactly.
    first = document.sentences[0]
    return Analysis(
        document.id,
        (
            Span(
                document.text[first.start : first.start + 5], "ORG", 1, first.start, first.start + 5
            ),
            Span(document.text[first.end - 3 : first.end], "DATE", 1, first.end - 3, first.end),
        ),
    )


def test_same_text_hits_changed_text_misses(tmp_path, seeds_corpus):
    one, two = seeds_corpus.documents
    with AnalysisCache(tmp_path, VERSION) as cache:
        assert cache.get_many([one, two]) == {}
        cache.put(one, _fake_analysis(one))
    with AnalysisCache(tmp_path, VERSION) as cache:
        found = cache.get_many([one, two])
        assert found == {one.id: _fake_analysis(one)}
        assert (cache.hits, cache.misses) == (1, 1)
        text = one.text.replace("Venezuela", "Colombia", 1)
        assert text != one.text
        changed = replace(one, text=text, sentences=tuple(split_sentences(text)))
        assert cache.get_many([changed]) == {}
        assert (tmp_path / FILE_NAME).is_file()


def test_the_key_ignores_id_and_metadata_but_not_sentences(tmp_path, seeds_corpus):
    one = seeds_corpus.documents[0]
    with AnalysisCache(tmp_path, VERSION) as cache:
        cache.put(one, _fake_analysis(one))
    renamed = replace(one, id="renamed", slug="renamed", title="Another title", date="2020-01-01")
    resplit = replace(
        one, sentences=(*one.sentences[:-2], replace(one.sentences[-2], end=one.sentences[-1].end))
    )
    with AnalysisCache(tmp_path, VERSION) as cache:
        found = cache.get_many([renamed, resplit])
        assert list(found) == ["renamed"]
        assert found["renamed"].document == "renamed"
        assert found["renamed"].spans == _fake_analysis(one).spans


def test_documents_with_the_same_text_both_hit(tmp_path, seeds_corpus):
    one = seeds_corpus.documents[0]
    copy = replace(one, id="copy", slug="copy")
    with AnalysisCache(tmp_path, VERSION) as cache:
        cache.put(one, _fake_analysis(one))
    with AnalysisCache(tmp_path, VERSION) as cache:
        found = cache.get_many([one, copy])
        assert found == {one.id: _fake_analysis(one), "copy": _fake_analysis(copy)}
        assert (cache.hits, cache.misses) == (2, 0)


def test_another_pipeline_version_misses_and_drops_old_entries(tmp_path, seeds_corpus):
    one = seeds_corpus.documents[0]
    with AnalysisCache(tmp_path, VERSION) as cache:
        cache.put(one, _fake_analysis(one))
    with AnalysisCache(tmp_path, VERSION + "-new") as cache:
        assert cache.get_many([one]) == {}
    with AnalysisCache(tmp_path, VERSION) as cache:
        assert cache.get_many([one]) == {}  # the other version's build dropped it


def test_analyses_done_before_an_interruption_are_kept(tmp_path, seeds_corpus):
    one, two = seeds_corpus.documents
    with pytest.raises(KeyboardInterrupt), AnalysisCache(tmp_path, VERSION) as cache:
        cache.put(one, _fake_analysis(one))
        raise KeyboardInterrupt
    with AnalysisCache(tmp_path, VERSION) as cache:
        assert cache.get_many([one, two]) == {one.id: _fake_analysis(one)}


def test_a_damaged_cache_file_is_replaced(tmp_path, seeds_corpus):
    (tmp_path / FILE_NAME).write_bytes(b"this is not a database" * 100)
    one = seeds_corpus.documents[0]
    with AnalysisCache(tmp_path, VERSION) as cache:
        assert cache.get_many([one]) == {}
        cache.put(one, _fake_analysis(one))
    with AnalysisCache(tmp_path, VERSION) as cache:
        assert cache.get_many([one]) == {one.id: _fake_analysis(one)}


def test_an_unusable_cache_folder_is_reported(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ConfigError, match=r"cannot open the analysis cache .*--no-cache\.$"):
        AnalysisCache(blocker / "cache", VERSION)


def test_cached_analyses_equal_fresh_ones(tmp_path, seeds_corpus):
    options = pipeline.Options(cache=tmp_path / "cache", jobs=1)
    fresh = pipeline.analyse_corpus(seeds_corpus, options)
    assert all(a.spans for a in fresh)
    with AnalysisCache(tmp_path / "cache", nlp.pipeline_version()) as cache:
        assert cache.get_many(seeds_corpus.documents) == {a.document: a for a in fresh}
    assert pipeline.analyse_corpus(seeds_corpus, options) == fresh


def test_a_rebuild_analyses_only_the_changed_document(tmp_path, small_corpus, monkeypatch):
    options = pipeline.Options(cache=tmp_path / "cache", jobs=1)
    first = pipeline.analyse_corpus(small_corpus, options)
    analysed = []
    real = pipeline.analyse_documents

    def spy(documents, **kwargs):
        documents = list(documents)
        analysed.extend(d.id for d in documents)
        return real(documents, **kwargs)

    monkeypatch.setattr(pipeline, "analyse_documents", spy)
    assert pipeline.analyse_corpus(small_corpus, options) == first
    assert analysed == []
    touched = small_corpus.documents[3]
    text = touched.text + "\n\nJoe Biden met Emmanuel Macron in Paris on Tuesday."
    documents = list(small_corpus.documents)
    documents[3] = replace(touched, text=text, sentences=tuple(split_sentences(text)))
    again = pipeline.analyse_corpus(replace(small_corpus, documents=tuple(documents)), options)
    assert analysed == [touched.id]
    assert again[:3] == first[:3] and again[4:] == first[4:]
    assert {s.text for s in again[3].spans} >= {"Joe Biden", "Emmanuel Macron", "Paris"}


# --- Chunks: a paragraph is analysed once, whatever document it is in. -----------------


def _edited(document, text):
    return replace(document, text=text, sentences=tuple(split_sentences(text)))


def _long_paragraph(document):
    """The document with all its text in one paragraph, longer than CHUNK_CHARS."""
    return _edited(document, " ".join(document.text.split()))


def _longest(corpus):
    """The corpus's longest document (the wire fixture's has a 4,000-character paragraph)."""
    return max(corpus.documents, key=lambda d: len(d.text))


def test_chunked_analysis_equals_the_whole_document_analysis(tmp_path, seeds_corpus, small_corpus):
    long = _long_paragraph(_longest(small_corpus))
    assert len(long.paragraphs()) == 1 and len(long.text) > 2 * nlp.CHUNK_CHARS
    assert len(nlp.chunk_document(long)) >= 3
    documents = [*seeds_corpus.documents, *small_corpus.documents, long]
    language = nlp.load_pipeline()
    expected = [analyse_document(d, language) for d in documents]
    assert sum(len(a.spans) for a in expected) > 300
    assert list(nlp.analyse_documents(documents, jobs=1)) == expected
    # Through the cache: every chunk analysed, then every chunk from the cache.
    corpus = replace(small_corpus, documents=tuple(documents))
    options = pipeline.Options(cache=tmp_path / "cache", jobs=1)
    assert pipeline.analyse_corpus(corpus, options) == expected
    with AnalysisCache(tmp_path / "cache", nlp.pipeline_version()) as cache:
        cache._db.execute("DELETE FROM documents")  # leave only the chunks
    assert pipeline.analyse_corpus(corpus, options) == expected


def test_an_appended_paragraph_is_the_only_text_analysed(tmp_path, small_corpus, recorder):
    options = pipeline.Options(cache=tmp_path / "cache", jobs=1)
    pipeline.analyse_corpus(small_corpus, options)
    assert len(recorder.texts) > len(small_corpus.documents)
    recorder.texts.clear()
    documents = list(small_corpus.documents)
    touched = documents[3]
    added = "Joe Biden met Emmanuel Macron in Paris on Tuesday."
    documents[3] = _edited(touched, touched.text + "\n\n" + added)
    edited = replace(small_corpus, documents=tuple(documents))
    again = pipeline.analyse_corpus(edited, options)
    assert recorder.texts == [added]
    language = recorder.real
    assert again == [analyse_document(d, language) for d in documents]
    assert {s.text for s in again[3].spans} >= {"Joe Biden", "Emmanuel Macron", "Paris"}


def test_a_paragraph_inserted_first_renumbers_the_cached_spans(tmp_path, small_corpus, recorder):
    options = pipeline.Options(cache=tmp_path / "cache", jobs=1)
    pipeline.analyse_corpus(small_corpus, options)
    recorder.texts.clear()
    touched = small_corpus.documents[2]
    added = "Kamala Harris spoke. She was in Chicago."
    document = _edited(touched, added + "\n\n" + touched.text)
    assert document.sentences[2].text == touched.sentences[0].text  # numbers shifted by 2
    [again] = pipeline.analyse_corpus(replace(small_corpus, documents=(document,)), options)
    assert recorder.texts == [added]
    assert again == analyse_document(document, recorder.real)
    before = analyse_document(touched, recorder.real).spans
    assert [s.sentence - 2 for s in again.spans if s.sentence > 2] == [s.sentence for s in before]


def test_an_edit_inside_a_long_paragraph_analyses_the_chunks_it_touches(
    tmp_path, small_corpus, recorder
):
    long = _long_paragraph(_longest(small_corpus))
    chunks = [c for c, _ in nlp.chunk_document(long)]
    options = pipeline.Options(cache=tmp_path / "cache", jobs=1)
    pipeline.analyse_corpus(replace(small_corpus, documents=(long,)), options)
    recorder.texts.clear()
    # Change one word of the last chunk: the runs before it are the same.
    last = chunks[-1].text
    word = next(w for w in last.split() if len(w) > 4)
    edited = _edited(long, long.text[: -len(last)] + last.replace(word, "Ottawa", 1))
    [again] = pipeline.analyse_corpus(replace(small_corpus, documents=(edited,)), options)
    new = [c.text for c, _ in nlp.chunk_document(edited)]
    assert new[:-1] == [c.text for c in chunks[:-1]]
    assert recorder.texts == [new[-1]]
    assert again == analyse_document(edited, recorder.real)


def test_another_pipeline_version_misses_every_chunk(tmp_path, seeds_corpus):
    chunks = [c for c, _ in nlp.chunk_document(seeds_corpus.documents[0])]
    spans = (("PERSON", 0, 0, 3),)
    with AnalysisCache(tmp_path, VERSION) as cache:
        for chunk in chunks:
            cache.put_chunk(chunk, spans)
    with AnalysisCache(tmp_path, VERSION) as cache:
        assert cache.get_chunks(chunks) == dict.fromkeys(chunks, spans)
        assert (cache.chunk_hits, cache.chunk_misses) == (len(chunks), 0)
    with AnalysisCache(tmp_path, VERSION + "-new") as cache:
        assert cache.get_chunks(chunks) == {}
        assert (cache.chunk_hits, cache.chunk_misses) == (0, len(chunks))
    with AnalysisCache(tmp_path, VERSION) as cache:
        assert cache.get_chunks(chunks) == {}  # the other version's build dropped them


def test_a_chunk_key_holds_its_sentence_starts(tmp_path):
    one = Chunk("Biden spoke. Harris left.", (0, 13))
    other = Chunk("Biden spoke. Harris left.", (0,))
    with AnalysisCache(tmp_path, VERSION) as cache:
        cache.put_chunk(one, (("PERSON", 1, 13, 19),))
    with AnalysisCache(tmp_path, VERSION) as cache:
        assert cache.get_chunks([one, other]) == {one: (("PERSON", 1, 13, 19),)}


def test_a_damaged_cache_file_is_rebuilt_with_its_chunks(tmp_path, seeds_corpus):
    options = pipeline.Options(cache=tmp_path, jobs=1)
    fresh = pipeline.analyse_corpus(seeds_corpus, options)
    (tmp_path / FILE_NAME).write_bytes(b"SQLite format 3\0" + b"\xff" * 5000)
    assert pipeline.analyse_corpus(seeds_corpus, options) == fresh
    chunks = [c for d in seeds_corpus.documents for c, _ in nlp.chunk_document(d)]
    with AnalysisCache(tmp_path, nlp.pipeline_version()) as cache:
        assert len(cache.get_many(seeds_corpus.documents)) == 2
        assert len(cache.get_chunks(chunks)) == len(set(chunks))


def test_a_cache_of_the_earlier_layout_is_not_read(tmp_path, seeds_corpus):
    # The one-table file of earlier builds: its keys hashed the version without FORMAT.
    one = seeds_corpus.documents[0]
    db = sqlite3.connect(tmp_path / FILE_NAME)
    db.execute("CREATE TABLE analyses (key TEXT PRIMARY KEY, version TEXT, spans TEXT)")
    old = AnalysisCache.__new__(AnalysisCache)
    old.version = VERSION
    db.execute("INSERT INTO analyses VALUES (?, ?, '[]')", (old.key(one), VERSION))
    db.commit()
    db.close()
    with AnalysisCache(tmp_path, VERSION) as cache:
        assert cache.get_many([one]) == {}
    tables = sqlite3.connect(tmp_path / FILE_NAME).execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'"
    )
    assert sorted(name for (name,) in tables) == ["chunks", "documents", "readings", "results"]


CHANGES = ("changes/index.md", "feed.xml")


def test_a_rebuild_from_cached_chunks_is_byte_identical(tmp_path, small_corpus):
    sources = sorted(WIRE.glob("*.txt"))[:5]
    seeds = write_seeds(tmp_path / "seeds", {p.name: p.read_text("utf-8") for p in sources})
    cache = tmp_path / "cache"
    pipeline.run(seeds, tmp_path / "first", pipeline.Options(cache=cache, jobs=1))
    touched = seeds / sources[2].name
    touched.write_text(
        touched.read_text("utf-8") + "\n\nJoe Biden met Emmanuel Macron in Paris on Tuesday.\n",
        encoding="utf-8",
    )
    # One paragraph moved to the top: its chunk and every other one are cached.
    moved = seeds / sources[3].name
    header, first, *rest = moved.read_text("utf-8").split("\n\n")
    moved.write_text("\n\n".join([header, *rest[1:2], first, *rest[:1], *rest[2:]]), "utf-8")
    rebuilt = pipeline.run(seeds, tmp_path / "rebuilt", pipeline.Options(cache=cache, jobs=1))
    cold = pipeline.run(seeds, tmp_path / "cold", pipeline.Options(cache=None, jobs=1))
    assert rebuilt.pages == cold.pages
    one, two = snapshot(tmp_path / "rebuilt"), snapshot(tmp_path / "cold")
    assert "data/entities.json" in one
    # What changed since the last build is the one output that depends on it, by design:
    # the cached rebuild has a last build to compare with, the cold one none.
    assert one["changes/index.md"] != two["changes/index.md"]
    assert [k for k in one if one[k] != two.get(k) and k not in CHANGES] == []
    assert one.keys() == two.keys()
    assert "Emmanuel Macron" in one["data/entities.json"].decode()


def test_workers_are_sent_only_the_chunks_not_cached(tmp_path, small_corpus, monkeypatch):
    options = pipeline.Options(cache=tmp_path / "cache", jobs=2)
    pipeline.analyse_corpus(small_corpus, options)
    sent = []
    real = nlp._analyse_in_processes

    def spy(units, *args):
        units = list(units)
        sent.extend(units)
        return real(units, *args)

    monkeypatch.setattr(nlp, "_analyse_in_processes", spy)
    monkeypatch.setattr(nlp, "CHUNK_WORDS", 5)  # one unit per chunk: two, for two workers
    added = ["Joe Biden met Emmanuel Macron in Paris.", "Kamala Harris went to Chicago."]
    documents = list(small_corpus.documents)
    for index, text in zip((1, 5), added, strict=True):
        documents[index] = _edited(documents[index], documents[index].text + "\n\n" + text)
    again = pipeline.analyse_corpus(replace(small_corpus, documents=tuple(documents)), options)
    assert [[chunk.text for chunk in unit] for unit in sent] == [[added[0]], [added[1]]]
    language = nlp.load_pipeline()
    assert again == [analyse_document(d, language) for d in documents]


# --- what resolution read in each document (the readings table, resolve/prepare.py) ---


def _readings_corpus():
    texts = {
        f"d{i}": (
            f"2022-05-{i + 1:02d}",
            f"President [Joe Biden|PERSON] met [Thomas Brennan Sr.|PERSON] of the "
            f"[World Food Programme|ORG] (WFP) in [Ohio|GPE] on day {i}. The WFP's director "
            f"spoke.",
        )
        for i in range(3)
    }
    corpus, analyses = make_entities(texts)
    by_id = {a.document: a.spans for a in analyses}
    return corpus.documents, [by_id[d.id] for d in corpus.documents]


def _counting_reads(monkeypatch) -> list[str]:
    return documents_read(monkeypatch, prepare, "draft")


def test_a_rebuild_reads_each_document_from_the_cache_as_it_was_read(tmp_path, monkeypatch):
    documents, spans = _readings_corpus()
    read = _counting_reads(monkeypatch)
    made = prepare.prepare(documents, spans, jobs=1)
    with AnalysisCache(tmp_path, VERSION) as cache:
        assert prepare.prepare(documents, spans, jobs=1, cache=cache) == made
    ids = [d.id for d in documents]
    assert read == ids * 2
    with AnalysisCache(tmp_path, VERSION) as cache:
        kept = prepare.prepare(documents, spans, jobs=1, cache=cache)
    assert read == ids * 2  # none read again
    assert kept == made  # drafts, words, generations and employers, types and all
    (_, (_, generations, employers)) = kept[0]
    assert generations == ((("thomas", "brennan"), "sr", False),)
    assert ("World Food Programme", "WFP") in employers[1]


def test_an_edited_document_or_edited_code_is_read_again(tmp_path, monkeypatch):
    documents, spans = _readings_corpus()
    read = _counting_reads(monkeypatch)
    with AnalysisCache(tmp_path, VERSION) as cache:
        prepare.prepare(documents, spans, jobs=1, cache=cache)
    ids = [d.id for d in documents]
    edited = replace(documents[1], text=documents[1].text.replace("met", "saw"))
    with AnalysisCache(tmp_path, VERSION) as cache:
        prepare.prepare([documents[0], edited, documents[2]], spans, jobs=1, cache=cache)
    assert read == [*ids, ids[1]]
    monkeypatch.setattr(cache_module, "code_version", lambda: "another")
    with AnalysisCache(tmp_path, VERSION) as cache:
        prepare.prepare(documents, spans, jobs=1, cache=cache)
    assert read == [*ids, ids[1], *ids]
    rows = sqlite3.connect(tmp_path / FILE_NAME).execute("SELECT version FROM readings")
    assert {version for (version,) in rows} == {f"{VERSION} cache-3 code-another"}


def test_a_damaged_reading_is_read_again(tmp_path, monkeypatch):
    documents, spans = _readings_corpus()
    read = _counting_reads(monkeypatch)
    with AnalysisCache(tmp_path, VERSION) as cache:
        made = prepare.prepare(documents, spans, jobs=1, cache=cache)
    db = sqlite3.connect(tmp_path / FILE_NAME)
    db.execute("UPDATE readings SET value = replace(value, 'Biden', 'Bidon')")
    db.commit()
    db.close()
    with AnalysisCache(tmp_path, VERSION) as cache:
        assert prepare.prepare(documents, spans, jobs=1, cache=cache) == made
    assert read == [d.id for d in documents] * 2


# --- resolution's result (the results table, resolve/entities.py) ---


def _counting_resolutions(monkeypatch) -> list[int]:
    made: list[int] = []
    resolved = entities._resolved

    def counted(documents, *args):
        made.append(len(documents))
        return resolved(documents, *args)

    monkeypatch.setattr(entities, "_resolved", counted)
    return made


def test_a_rebuild_of_the_same_corpus_takes_resolutions_result_as_kept(tmp_path, monkeypatch):
    corpus, analyses = make_entities(
        {
            f"d{i}": (
                f"2022-05-{i + 1:02d}",
                f"President [Joe Biden|PERSON] spoke. [Biden|PERSON] left {i}.",
            )
            for i in range(3)
        }
    )
    corrections = Corrections("corrections.yml", (Correction("ignore", ("Kyiv",), None, 2),))
    made = _counting_resolutions(monkeypatch)
    alone = resolve_entities(corpus, analyses, corrections, jobs=1)
    with AnalysisCache(tmp_path, VERSION) as cache:
        assert resolve_entities(corpus, analyses, corrections, 1, cache) == alone
    with AnalysisCache(tmp_path, VERSION) as cache:
        kept = resolve_entities(corpus, analyses, corrections, 1, cache)
    assert made == [3, 3]  # the third not resolved again
    assert kept == alone  # entities, mentions, merges, and the unused correction's warning
    biden = kept[0][0]
    assert (biden.name, len(biden.mentions), biden.merged[0].rule) == (
        "Joe Biden",
        6,
        alone[0][0].merged[0].rule,
    )
    assert [problem.message for problem in kept[1]] == [p.message for p in alone[1]] != []


def test_another_document_corrections_or_code_resolve_again_and_replace_the_result(
    tmp_path, monkeypatch
):
    corpus, analyses = make_entities(
        {
            f"d{i}": (f"2022-05-{i + 1:02d}", f"[Joe Biden|PERSON] met [Ann Lee|PERSON] {i}.")
            for i in range(3)
        }
    )
    made = _counting_resolutions(monkeypatch)
    edited = replace(
        corpus, documents=(*corpus.documents[:2], replace(corpus.documents[2], title="New"))
    )
    other = Corrections("corrections.yml", (Correction("ignore", ("Ann Lee",), None, 2),))
    for corpus_now, corrections in ((corpus, None), (edited, None), (edited, other)):
        with AnalysisCache(tmp_path, VERSION) as cache:
            resolve_entities(corpus_now, analyses, corrections, 1, cache)
    assert made == [3, 3, 3]
    with AnalysisCache(tmp_path, VERSION) as cache:
        ignored = resolve_entities(edited, analyses, other, 1, cache)
    assert made == [3, 3, 3] and "Ann Lee" not in [e.name for e in ignored[0]]
    monkeypatch.setattr(cache_module, "code_version", lambda: "another")
    with AnalysisCache(tmp_path, VERSION) as cache:
        resolve_entities(edited, analyses, other, 1, cache)
    assert made == [3, 3, 3, 3]
    rows = sqlite3.connect(tmp_path / FILE_NAME).execute("SELECT name FROM results").fetchall()
    assert rows == [("entities",)]  # the last one only


def test_a_damaged_result_is_made_again(tmp_path, monkeypatch):
    corpus, analyses = make_entities({"d0": ("2022-05-01", "[Joe Biden|PERSON] spoke.")})
    made = _counting_resolutions(monkeypatch)
    with AnalysisCache(tmp_path, VERSION) as cache:
        alone = resolve_entities(corpus, analyses, None, 1, cache)
    db = sqlite3.connect(tmp_path / FILE_NAME)
    db.execute("UPDATE results SET value = replace(value, 'Biden', 'Bidon')")
    db.commit()
    db.close()
    with AnalysisCache(tmp_path, VERSION) as cache:
        assert resolve_entities(corpus, analyses, None, 1, cache) == alone
    assert made == [1, 1]
    # sealed whole, but not the layout this code writes (an entity of one field)
    with AnalysisCache(tmp_path, VERSION) as cache:
        spans = [a.spans for a in analyses]
        keys = [cache.reading_key(d, s) for d, s in zip(corpus.documents, spans, strict=True)]
        cache.put_result(entities.RESULT, cache.result_key(keys, None), [[["joe-biden"]], []])
    with AnalysisCache(tmp_path, VERSION) as cache:
        assert resolve_entities(corpus, analyses, None, 1, cache) == alone
    assert made == [1, 1, 1]
