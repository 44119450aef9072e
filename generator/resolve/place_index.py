"""The clusters that may be places, while the place passes run (places.py, namesakes.py):
their types and name keys remembered, and looked up by name key."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .mentions import Found
from .resolution import Cluster, cluster_keys, is_full_person, merge, type_of


@dataclass(slots=True)
class PlaceIndex:
    """The clusters that may be places (live, not a person named in full), their name
    keys and types, remembered while the passes run (a type is decided again only
    for a cluster that took mentions), and the clusters by name key."""

    clusters: list[Cluster]
    candidates: list[int]
    by_key: dict[str, list[int]]
    _kinds: dict[int, str] = field(default_factory=dict)
    _keys: dict[int, set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, clusters: list[Cluster]) -> PlaceIndex:
        candidates = [
            i
            for i, c in enumerate(clusters)
            if c.mentions and c.merged_into is None and not is_full_person(c)
        ]
        index = cls(clusters, candidates, {})
        for i in candidates:
            for key in sorted(index.keys(i)):
                index.by_key.setdefault(key, []).append(i)
        return index

    def live(self) -> list[int]:
        return [i for i in self.candidates if self.clusters[i].mentions]

    def kind(self, i: int) -> str:
        if i not in self._kinds:
            self._kinds[i] = type_of(self.clusters[i])
        return self._kinds[i]

    def keys(self, i: int) -> set[str]:
        if i not in self._keys:
            self._keys[i] = cluster_keys(self.clusters[i])
        return self._keys[i]

    def root(self, i: int) -> int:
        while self.clusters[i].merged_into is not None:
            i = self.clusters[i].merged_into  # type: ignore[assignment]
        return i

    def place(self, key: str) -> int | None:
        """The place most mentioned under the name key `key`, if any."""
        found = {self.root(i) for i in self.by_key.get(key, ())}
        places = [i for i in found if key in self.keys(i) and self.kind(i) == "place"]
        return max(places, key=lambda i: (len(self.clusters[i].mentions), -i), default=None)

    def merge(self, into: int, other: int, rule: str) -> None:
        merge(self.clusters, into, other, rule)
        self.forget(into, other)

    def move(self, into: int, source: int, moved: list[Found], rule: str) -> None:
        """Mentions `moved` of cluster `source` join cluster `into`: the whole cluster
        when they are all its mentions, else only they (the rest keep their cluster)."""
        if len(moved) == len(self.clusters[source].mentions):
            self.merge(into, source, rule)
            return
        ids = {id(m) for m in moved}
        source_cluster, target = self.clusters[source], self.clusters[into]
        source_cluster.mentions = [m for m in source_cluster.mentions if id(m) not in ids]
        target.mentions.extend(moved)
        first = min(moved, key=lambda m: (m.doc, m.start))
        target.evidence.append((first.text, rule, first.doc, first.sentence))
        self.forget(into, source)

    def forget(self, *changed: int) -> None:
        """Decide the type and keys of these clusters again (their mentions changed)."""
        for i in changed:
            self._kinds.pop(i, None)
            self._keys.pop(i, None)


def as_place(mentions: Sequence[Found]) -> None:
    for mention in mentions:
        mention.vote = "place"
