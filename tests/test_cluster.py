"""The per-document stage on a Dask cluster: same analyses as on one machine."""

import pytest
from distributed import LocalCluster

from generator.analyse import nlp
from generator.errors import ConfigError
from generator.infra import cluster
from generator.ingest.load import load_corpus

from .conftest import WIRE, copy_fixtures


@pytest.fixture
def corpus(tmp_path):
    return load_corpus(copy_fixtures(tmp_path / "corpus", WIRE))


def test_cluster_result_equals_local(corpus, monkeypatch):
    monkeypatch.setattr(nlp, "CHUNK_WORDS", 300)  # several chunks in flight
    local = list(nlp.analyse_documents(corpus.documents, jobs=1))
    # One in-process worker keeps the test light; the code path is the client's.
    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        remote = list(nlp.analyse_documents(corpus.documents, scheduler=cluster.scheduler_address))
    assert [a.document for a in remote] == [d.id for d in corpus.documents]
    assert remote == local


def test_unreachable_scheduler(corpus, monkeypatch):
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(ConfigError, match=r"^--scheduler tcp://127\.0\.0\.1:9: cannot reach"):
        list(nlp.analyse_documents(corpus.documents, scheduler="tcp://127.0.0.1:9"))
