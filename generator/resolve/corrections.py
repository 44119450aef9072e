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

# The order entries are applied in (then by line).
_ORDER = {"merge": 0, "alias": 0, "rename": 1, "type": 2, "description": 3, "ignore": 4}


def apply_corrections(clusters: list[Cluster], corrections: Corrections) -> tuple[Problem, ...]:
    """Apply the entries to the working clusters of entities.py, in a fixed order
    (merges and aliases, then renames, types, descriptions, ignores)."""
    problems: list[Problem] = []
    for entry in sorted(corrections.entries, key=lambda e: (_ORDER[e.action], e.line)):
        targets = [i for name in entry.names for i in _find(clusters, name)]
        unmatched = _unmatched(clusters, entry, targets)
        if unmatched is not None:
            problems.append(_unused(corrections.path, entry, unmatched))
            continue
        _apply(clusters, entry, targets)
    return corrections.problems + tuple(sorted(problems, key=lambda p: p.line or 0))


def _find(clusters: list[Cluster], name: str) -> list[int]:
    """The live clusters one of whose names is `name` (by name_key)."""
    wanted = name_key(name)
    return [
        i
        for i, c in enumerate(clusters)
        if c.mentions and c.merged_into is None and wanted in cluster_keys(c)
    ]


def _unmatched(
    clusters: list[Cluster], entry: Correction, targets: list[int]
) -> Sequence[str] | None:
    """The names of an entry that matched nothing when that leaves it nothing to do (a
    merge short of two entities), None when it applies."""
    if entry.action == "merge":
        missing = [n for n in entry.names if not _find(clusters, n)]
        return missing if len(set(targets)) < 2 and missing else None
    return None if targets else entry.names


def _unused(path: str, entry: Correction, names: Sequence[str]) -> Problem:
    listed = ", ".join(f'"{n}"' for n in names)
    return Problem(
        path,
        entry.line,
        f"{entry.action} {listed} matched no entity. "
        "Check the spelling against the entity pages, or remove the entry.",
        "warning",
    )


def _apply(clusters: list[Cluster], entry: Correction, targets: list[int]) -> None:
    """Apply one entry to the clusters it matched (`targets`, the first one first)."""
    first = targets[0]
    cluster = clusters[first]
    if entry.action == "merge":
        for other in dict.fromkeys(targets[1:]):
            merge(clusters, first, other, f"the corrections file ({entry.action})")
        if entry.value:
            cluster.name = entry.value
    elif entry.action == "alias":
        assert entry.value is not None
        for other in _find(clusters, entry.value):
            merge(clusters, first, other, f"the corrections file ({entry.action})")
        cluster.aliases.add(entry.value)
    elif entry.action == "rename":
        assert entry.value is not None
        for other in _find(clusters, entry.value):
            merge(clusters, first, other, f"the corrections file ({entry.action})")
        cluster.name = entry.value
    elif entry.action == "type":
        cluster.type = entry.value
    elif entry.action == "description":
        cluster.note = entry.value
    elif entry.action == "ignore":
        for target in targets:
            clusters[target].ignored = True
