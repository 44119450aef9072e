"""The per-document stage on a Dask cluster (placeholder until implemented)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .errors import ConfigError
from .model import Analysis, Document


def analyse_on_cluster(
    chunks: Iterable[list[Document]], scheduler: str, name: str | None, batch_size: int
) -> Iterator[Analysis]:
    raise ConfigError(
        f"{scheduler}: running on a cluster is not implemented yet. Drop --scheduler."
    )
