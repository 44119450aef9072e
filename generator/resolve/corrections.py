"""The analyst's corrections (ingest/corrections.py reads them) applied to the clusters.

Runs after the automatic passes, so that an analyst's split, merge, rename, alias, type,
description or ignore has the last word; entries that match nothing become warnings.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..ingest.corrections import Correction, Corrections
from ..model import Problem
from .mentions import Found, name_key
from .resolution import Cluster, cluster_keys, merge

# The order entries are applied in (then by line). Splits first: they undo a join of
# the automatic passes, and every later entry naming the spelling split off means the
# entity it now forms ("- split: Hill" from Travis Hill, then "- ignore: Hill").
_ORDER = {
    "split": 0,
    "merge": 1,
    "alias": 1,
    "rename": 2,
    "type": 3,
    "description": 4,
    "ignore": 5,
}


def apply_corrections(
    clusters: list[Cluster], corrections: Corrections, documents: Sequence[str] = ()
) -> tuple[Problem, ...]:
    """Apply the entries to the working clusters of entities.py, in a fixed order
    (splits, merges and aliases, then renames, types, descriptions, ignores).
    `documents`: the corpus' document ids, by index (a split's `in:` names them)."""
    problems: list[Problem] = []
    split_off: dict[str, int] = {}  # name_key -> the cluster a split made
    # A split runs before the renames and merges that name an entity as the review
    # page shows it: its `from` may be such a name, looked for by the spellings they join.
    later = {
        name_key(e.value): e.names
        for e in corrections.entries
        if e.action in ("rename", "merge") and e.value
    }
    for entry in sorted(corrections.entries, key=lambda e: (_ORDER[e.action], e.line)):
        targets = [i for name in entry.names for i in _find(clusters, name, split_off)]
        if entry.action == "split" and not targets:
            renamed = later.get(name_key(entry.names[0]), ())
            targets = [i for name in renamed for i in _find(clusters, name, split_off)]
        unmatched = _unmatched(clusters, entry, targets, split_off)
        if unmatched is not None:
            problems.append(_unused(corrections.path, entry, unmatched))
            continue
        if entry.action == "split":
            problems += _split(clusters, entry, targets, documents, corrections.path, split_off)
            continue
        _apply(clusters, entry, targets, split_off)
    return corrections.problems + tuple(sorted(problems, key=lambda p: p.line or 0))


def _find(clusters: list[Cluster], name: str, split_off: dict[str, int]) -> list[int]:
    """The live clusters one of whose names is `name` (by name_key); a spelling split
    off an entity names the entity it formed (or the one that took it in since)."""
    wanted = name_key(name)
    if wanted in split_off:
        found = _final(clusters, split_off[wanted])
        return [found] if clusters[found].mentions else []
    return [
        i
        for i, c in enumerate(clusters)
        if c.mentions and c.merged_into is None and wanted in cluster_keys(c)
    ]


def _final(clusters: list[Cluster], index: int) -> int:
    """The cluster that `index` was merged into, at the end of the chain."""
    into = clusters[index].merged_into
    while into is not None:
        index, into = into, clusters[into].merged_into
    return index


def _unmatched(
    clusters: list[Cluster],
    entry: Correction,
    targets: list[int],
    split_off: dict[str, int],
) -> Sequence[str] | None:
    """The names of an entry that matched nothing when that leaves it nothing to do (a
    merge short of two entities), None when it applies."""
    if entry.action == "merge":
        missing = [n for n in entry.names if not _find(clusters, n, split_off)]
        return missing if len(set(targets)) < 2 and missing else None
    return None if targets else entry.names


def _unused(path: str, entry: Correction, names: Sequence[str]) -> Problem:
    listed = ", ".join(f'"{n}"' for n in names)
    if entry.action == "split":
        return Problem(
            path,
            entry.line,
            f'split "{entry.value}" from {listed}: no entity is named {listed}. '
            "Check the spelling against the entity pages, or remove the entry.",
            "warning",
        )
    return Problem(
        path,
        entry.line,
        f"{entry.action} {listed} matched no entity. "
        "Check the spelling against the entity pages, or remove the entry.",
        "warning",
    )


def _apply(
    clusters: list[Cluster], entry: Correction, targets: list[int], split_off: dict[str, int]
) -> None:
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
        for other in _find(clusters, entry.value, split_off):
            merge(clusters, first, other, f"the corrections file ({entry.action})")
        cluster.aliases.add(entry.value)
    elif entry.action == "rename":
        assert entry.value is not None
        for other in _find(clusters, entry.value, split_off):
            merge(clusters, first, other, f"the corrections file ({entry.action})")
        cluster.name = entry.value
    elif entry.action == "type":
        cluster.type = entry.value
    elif entry.action == "description":
        cluster.note = entry.value
    elif entry.action == "ignore":
        for target in targets:
            clusters[target].ignored = True


def _split(
    clusters: list[Cluster],
    entry: Correction,
    targets: list[int],
    documents: Sequence[str],
    path: str,
    split_off: dict[str, int],
) -> list[Problem]:
    """Detach the mentions written `entry.value` (in `entry.documents`, if given) from
    the entities it names: together they form a new cluster, the type decided by their
    own tags. The joins they came by leave the entity's evidence."""
    assert entry.value is not None
    key = name_key(entry.value)
    problems = []
    index = {d: i for i, d in enumerate(documents)}
    unknown = [d for d in entry.documents if d not in index]
    if unknown:
        listed = ", ".join(f'"{d}"' for d in unknown)
        problems.append(
            _warning(
                path,
                entry,
                f"no document {listed} in the seeds folder. "
                'Name each document by its file name without ".txt" or ".md", as its '
                "source page shows it, or remove it from the list",
            )
        )
    scope = {index[d] for d in entry.documents if d in index} if entry.documents else None
    moved: list[Found] = []
    whole = False  # a target all of whose mentions are written so (left as it is)
    for target in dict.fromkeys(targets):
        cluster = clusters[target]
        moving = [
            m
            for m in cluster.mentions
            if name_key(m.text) == key and (scope is None or m.doc in scope)
        ]
        if moving and len(moving) == len(cluster.mentions):
            whole = True
            continue
        if not moving:
            continue
        leaving = {id(m) for m in moving}
        cluster.mentions = [m for m in cluster.mentions if id(m) not in leaving]
        left = {name_key(m.text) for m in cluster.mentions}
        where = {(m.doc, m.sentence) for m in moving}
        cluster.evidence = [
            e
            for e in cluster.evidence
            if name_key(e[0]) != key or (key in left and (e[2], e[3]) not in where)
        ]
        moved += moving
    if whole and not moved:
        problems.append(
            _warning(
                path,
                entry,
                f'every mention of "{entry.names[0]}" is written "{entry.value}": nothing '
                "would be left. To drop the entity use ignore, to name it otherwise rename",
            )
        )
    elif not moved:
        within = " in the documents listed" if entry.documents else ""
        problems.append(
            _warning(
                path,
                entry,
                f'no mention of "{entry.names[0]}" is written "{entry.value}"{within}. '
                "Check the spelling against the entity's page, or remove the entry",
            )
        )
    if not moved:
        return problems
    if key not in split_off:
        clusters.append(Cluster())
        split_off[key] = len(clusters) - 1
    # Splits run first: the entity an earlier split made (from another entity, or in
    # other documents) is still itself.
    cluster = clusters[split_off[key]]
    # A new list, not one sorted in place (Cluster.spellings keeps what it read).
    cluster.mentions = sorted([*cluster.mentions, *moved], key=lambda m: (m.doc, m.start))
    cluster.group = any(m.label == "GROUP" for m in cluster.mentions)
    return problems


def _warning(path: str, entry: Correction, what: str) -> Problem:
    return Problem(
        path, entry.line, f'split "{entry.value}" from "{entry.names[0]}": {what}.', "warning"
    )
