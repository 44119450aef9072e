"""Places and the names they share, the last place passes (run by places.merge_places).
Each merge records its rule (resolution.merge).

7. A place's name that starts an institution's ("Woods Hole", the Woods Hole
   Oceanographic Institution), written only where that institution is named before it
   and never as a place's, is the institution's short name ("Chris Reddy of Woods Hole").
8. Towns of one name in different states ("Newark, New Jersey", "Newark, Delaware",
   "Newark, California") are different places: the mentions of the name are split by
   the state or country written after them. A mention without one goes with the state
   the same document writes it with, else with the state that dominates the corpus;
   still undecided, it stays under the name alone. A minor namesake is shown with its
   state ("Newark, Delaware").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Document
from .countries import STATE_KEYS, country_of
from .mentions import Found
from .place_index import PlaceIndex
from .placed import REGION_AFTER as _REGION_WORDS
from .placed import evidence, written_region_after
from .resolution import DOMINANT, Cluster
from .words import GEO_HEADS, ORG_HEADS, PLACE_HEADS

_PLACE_WORDS = GEO_HEADS | PLACE_HEADS
_STATES = frozenset(STATE_KEYS.values())
FEW = 3  # towns of one name a corpus puts in different states: a few at most
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|to|from|near|into)\s+(?:the\s+)?$")


# --- 7. an institution named after its place ---------------------------------------------


def merge_institution_places(index: PlaceIndex, documents: Sequence[Document]) -> None:
    """Rule 7: "Woods Hole" is the Woods Hole Oceanographic Institution where every
    document that writes it names that organization (the only one so named there)
    before it, and no mention is written as a place's ("in Woods Hole", "Woods Hole,
    Massachusetts": placed.py). Not a country or a US state (Louisiana State
    University), not a name that says it is a place ("Santa Rosa Island")."""
    starts: dict[str, set[int]] = {}  # "woods hole" -> the organizations named so
    for i in index.live():
        if index.kind(i) != "organization":
            continue
        for key in index.keys(i):
            words = key.split()
            if words[-1] in ORG_HEADS:
                for size in range(1, min(len(words) - 1, 3) + 1):
                    starts.setdefault(" ".join(words[:size]), set()).add(i)
    for i in index.live():
        keys = index.keys(i)
        key = next(iter(keys))
        if len(keys) != 1 or key not in starts or index.kind(i) != "place":
            continue
        if key in STATE_KEYS or country_of(key) is not None or key.split()[-1] in _PLACE_WORDS:
            continue
        target = _introducing(index, i, starts[key], documents)
        if target is not None:
            index.merge(target, i, "the start of the organization's name the documents give")


def _introducing(
    index: PlaceIndex, i: int, organizations: set[int], documents: Sequence[Document]
) -> int | None:
    """The one organization named before every mention of cluster `i`, in its document,
    if no mention is written as a place's; else None."""
    first: dict[int, dict[int, int]] = {}
    for j in {index.root(o) for o in organizations} - {index.root(i)}:
        for m in index.clusters[j].mentions:
            seen = first.setdefault(j, {})
            seen[m.doc] = min(seen.get(m.doc, m.start), m.start)
    chosen: set[int] = set()
    for m in index.clusters[i].mentions:
        text = documents[m.doc].text
        if evidence(text, m, person=False) == "place" or _PLACE_PREPOSITION.search(
            text, max(0, m.start - 12), m.start
        ):
            return None
        here = {j for j, seen in first.items() if seen.get(m.doc, m.start) < m.start}
        if len(here) != 1:
            return None
        chosen |= here
    return chosen.pop() if len(chosen) == 1 else None


# --- 8. towns of one name in different states --------------------------------------------


def split_namesakes(index: PlaceIndex, documents: Sequence[Document]) -> None:
    """Rule 8: a town's mentions written with two US states or more are split into one
    place per state (module docstring). Only a name of one spelling that is no state or
    country itself, and only a state that qualifies the town: not an item of a list
    ("Los Angeles, New York, and Chicago"; countries after a comma are most often one:
    "Turkey, Finland"), and not a name written with more than FEW states: that is an
    office in every state ("State Director, Rural Development, Texas"), not a town."""
    for i in index.live():
        keys = index.keys(i)
        if len(keys) != 1 or index.kind(i) != "place" or index.clusters[i].merged_into is not None:
            continue
        names = index.clusters[i].spellings()
        if next(iter(keys)) in STATE_KEYS or any(country_of(n) for n in names):
            continue
        mentions = index.clusters[i].mentions
        regions = [_state_after(documents[m.doc].text, m) for m in mentions]
        if not 2 <= len({r for r in regions if r is not None}) <= FEW:
            continue  # one state; or many: an office in each ("Rural Development, Texas")
        groups = _by_region(mentions, regions)
        if len(groups) > 1:
            _split(index, i, groups)


# A list after a town: "[Los Angeles], New York, and Chicago", "..., New York, Chicago,".
_ITEM_AFTER = re.compile(r",?\s+(?:and|or)\s|,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*,")


def _state_after(text: str, mention: Found) -> str | None:
    """The US state written after the town's mention, as its qualifier, else None."""
    found = written_region_after(text, mention.end)
    if found is None or found[0] not in _STATES:
        return None
    after = _REGION_WORDS.match(text, mention.end)
    if after is not None and _ITEM_AFTER.match(text, after.end()):
        return None
    return found[0]


def _by_region(mentions: list[Found], regions: list[str | None]) -> dict[str | None, list[Found]]:
    """The mentions by the region each is in: written after it, else the one its
    document writes it with (if one), else the one named in DOMINANT times the documents
    of the others; None: undecided."""
    in_document: dict[int, set[str]] = {}
    documents: dict[str, set[int]] = {}
    for m, region in zip(mentions, regions, strict=True):
        if region is not None:
            in_document.setdefault(m.doc, set()).add(region)
            documents.setdefault(region, set()).add(m.doc)
    ranked = sorted(documents, key=lambda r: (-len(documents[r]), r))
    dominant = (
        ranked[0] if len(documents[ranked[0]]) >= DOMINANT * len(documents[ranked[1]]) else None
    )
    groups: dict[str | None, list[Found]] = {}
    for m, region in zip(mentions, regions, strict=True):
        if region is None:
            local = in_document.get(m.doc, set())
            region = next(iter(local)) if len(local) == 1 else None if local else dominant
        groups.setdefault(region, []).append(m)
    return groups


def _split(index: PlaceIndex, i: int, groups: dict[str | None, list[Found]]) -> None:
    """Cluster `i` keeps the largest group (the name alone if undecided: None first);
    each other group becomes a place of its own, shown with its region."""
    keep = max(groups, key=lambda r: (r is None, len(groups[r]), r or ""))
    cluster = index.clusters[i]
    name = max(cluster.names().items(), key=lambda item: (item[1], item[0]))[0]
    for region, moved in sorted(groups.items(), key=lambda item: item[0] or ""):
        if region == keep:
            continue
        ids = {id(m) for m in moved}
        cluster.mentions = [m for m in cluster.mentions if id(m) not in ids]
        shown = f"{name}, {region}" if region is not None else None
        index.clusters.append(Cluster(mentions=moved, name=shown))
    index.forget(i)
