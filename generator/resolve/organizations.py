"""Organizations named with and without the body they belong to: "the White House
Gender Policy Council" and "the Gender Policy Council", "the House Energy and Commerce
Committee" and "the Energy and Commerce Committee". A variant pass of resolution, run by
variants.merge_variants."""

from __future__ import annotations

from .resolution import Cluster, keys_of_names, merge, root, type_of
from .words import ORG_HEADS, SMALL_WORDS

# Prepositions a name goes on with ("Global Partnership for Action on ...").
_GOES_ON = frozenset({"for", "on", "of", "to", "in", "at"})

# Words a parent's name may have: "House", "White House", "Senate Armed Services".
PARENT_WORDS = 3


def merge_parent_prefixed(clusters: list[Cluster]) -> None:
    """An organization named after another one of the corpus ("White House" +
    "Gender Policy Council") is the organization named without it, when:

    - the rest is itself a name of the corpus, of two words or more, headed by an
      organization's word (council, committee, office...);
    - the corpus ends longer names with that rest only after one body: with both
      "Senate Judiciary Committee" and "House Judiciary Committee", "Judiciary
      Committee" is either, and "Cancer Center" ends the names of many centres; but
      "House" and "House of Representatives" are one body, written short or long;
    - the two are not joined by a hyphen ("White House-Treasury Department");
    - the rest does not start other names that go on with "for", "on"...: "Global
      Partnership" also starts "Global Partnership for Action on ..." and "Global
      Partnership on AI";
    - the prefix is an organization's name the corpus writes alone: "Foundry" is no
      body, so "Foundry United Methodist Church" is not the United Methodist Church.
    """
    by_key = keys_of_names(clusters)
    parents: dict[str, set[str]] = {}
    endings: dict[str, set[str]] = {}  # the longer names ending so, whatever their start
    for key in sorted(by_key):
        words = key.split()
        if words[-1] not in ORG_HEADS:
            continue
        for cut in range(1, len(words) - 1):
            parent, rest = " ".join(words[:cut]), " ".join(words[cut:])
            if words[cut - 1] not in SMALL_WORDS:  # not "Co-Chair of the [Council]"
                endings.setdefault(rest, set()).add(key)
            if cut <= PARENT_WORDS and parent in by_key and rest in by_key:
                parents.setdefault(rest, set()).add(key)
    # The names other names go on from with "for", "on", "of"...: "Global Partnership
    # [for Action on ...]".
    starts = {
        " ".join(words[:n])
        for words in map(str.split, by_key)
        for n in range(2, len(words))
        if words[n] in _GOES_ON  # not "and": "Domestic Policy Council and Office of ..."
    }
    for rest, longer in sorted(parents.items()):
        if not _one_body(_outermost(endings.get(rest, set())), rest):
            continue  # "Cancer Center" ends the names of many centres: none of them
        if rest in starts:
            continue  # "Global Partnership [for Action on ...]": it starts other names too
        for full in sorted(longer):
            if any(_joined(n, rest) for n in clusters[by_key[full]].names()):
                continue
            parent = full[: len(full) - len(rest) - 1]
            a, b, p = (root(clusters, by_key[k]) for k in (full, rest, parent))
            if len({a, b, p}) < 3:
                continue  # "White House Office" and "Office" one already, or the parent
            if all(type_of(clusters[i]) == "organization" for i in (a, b, p)):
                merge(clusters, a, b, "the name without the body it belongs to")


def _one_body(longer: set[str], rest: str) -> bool:
    """Do the longer names put the rest after one body only? "house", "u.s. house" and
    "house of representatives" are one (each starts or ends with the shortest);
    "senate" and "house" are two, and so are the many hospitals before "cancer center"."""
    bodies = sorted({full[: len(full) - len(rest) - 1] for full in longer}, key=len)
    return bool(bodies) and all(
        f"{body} ".startswith(f"{bodies[0]} ") or f" {body}".endswith(f" {bodies[0]}")
        for body in bodies
    )


def _outermost(keys: set[str]) -> set[str]:
    """The names not ending another one of `keys`: "house gender policy council", a
    part of "white house gender policy council", is no other council."""
    return {k for k in keys if not any(o.endswith(" " + k) for o in keys)}


def _joined(name: str, rest: str) -> bool:
    """Is the parent joined to the rest by a hyphen ("White House-Treasury Department"):
    two bodies together, not one inside the other?"""
    head = rest.split()[0]
    return any(w.lower().endswith(head) and "-" in w for w in name.replace("‑", "-").split())
