"""The analyst's corrections (ingest/corrections.py reads them) applied to the clusters.

Runs after the automatic passes, so that an analyst's merge, rename, alias, type,
description or ignore has the last word; entries that match nothing become warnings.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..ingest.corrections import Correction, Corrections
from ..model import Problem
from .mentions import name_key
from .resolution import Cluster, cluster_keys, merge


def apply_corrections(clusters: list[Cluster], corrections: Corrections) -> tuple[Problem, ...]:
    """Apply the entries to the working clusters of entities.py, in a fixed order
    (merges and aliases, then renames, types, descriptions, ignores)."""
    problems: list[Problem] = []

    def find(name: str) -> list[int]:
        wanted = name_key(name)
        return [
            i
            for i, c in enumerate(clusters)
            if c.mentions and c.merged_into is None and wanted in cluster_keys(c)
        ]

    def unused(entry: Correction, names: Sequence[str]) -> None:
        listed = ", ".join(f'"{n}"' for n in names)
        problems.append(
            Problem(
                corrections.path,
                entry.line,
                f"{entry.action} {listed} matched no entity. "
                "Check the spelling against the entity pages, or remove the entry.",
                "warning",
            )
        )

    rank = {"merge": 0, "alias": 0, "rename": 1, "type": 2, "description": 3, "ignore": 4}
    for entry in sorted(corrections.entries, key=lambda e: (rank[e.action], e.line)):
        targets = [i for name in entry.names for i in find(name)]
        if entry.action == "merge":
            missing = [n for n in entry.names if not find(n)]
            if len(set(targets)) < 2 and missing:
                unused(entry, missing)
                continue
        elif not targets:
            unused(entry, entry.names)
            continue
        first = targets[0]
        cluster = clusters[first]
        if entry.action == "merge":
            for other in dict.fromkeys(targets[1:]):
                merge(clusters, first, other)
            if entry.value:
                cluster.name = entry.value
        elif entry.action == "alias":
            assert entry.value is not None
            for other in find(entry.value):
                merge(clusters, first, other)
            cluster.aliases.add(entry.value)
        elif entry.action == "rename":
            assert entry.value is not None
            for other in find(entry.value):
                merge(clusters, first, other)
            cluster.name = entry.value
        elif entry.action == "type":
            cluster.type = entry.value
        elif entry.action == "description":
            cluster.note = entry.value
        elif entry.action == "ignore":
            for target in targets:
                clusters[target].ignored = True
    return corrections.problems + tuple(sorted(problems, key=lambda p: p.line or 0))
