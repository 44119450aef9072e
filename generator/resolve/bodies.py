"""Bodies of one name in several countries: "the Health Ministry" of Sweden, of Mexico and
of Indonesia in one story of a pandemic are three bodies, not one.

An organization's name made only of a body's head and common words ("Health Ministry",
"Ministry of Foreign Affairs", "Parliament", "Supreme Court": no proper name in it) is
told apart by the country written right before each mention: a possessive ("Sweden's
Ministry of Health", "Saudi Arabia's Foreign Ministry"), a country's name or its
people's ("the U.S. Supreme Court", "the Mexican Health Ministry"). A mention written
with none goes with the country the same document writes it with, when that is one;
else after "its" the country named last, else the one country its sentence names, else
the country its document is about (_CountriesNamed); else it stays under the name alone.
Only a name written with two countries or more is split: "the Department of Health and
Human Services" of a US corpus stays one body.
Each country's body is shown with its country ("Health Ministry (Sweden)").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..model import Document
from .countries import country_of, country_of_people
from .mentions import Found, Vocabulary, name_key
from .resolution import Cluster, main_name, type_of
from .words import DEMONYMS, ORG_HEADS, SMALL_WORDS

# The words right before a mention that may name its country: a possessive of one to
# three capitalised words ("Saudi Arabia's"), or one to three capitalised words ("the
# U.S.", "the Mexican"), then the mention.
_BEFORE = re.compile(r"(?<![\w’'.-])((?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*?)(?:['’]s)?\s+$")


def split_national_bodies(
    clusters: list[Cluster], documents: Sequence[Document], vocabulary: Vocabulary
) -> list[Cluster]:
    """The bodies split off `clusters` (see the module docstring); the clusters split
    keep the mentions written with no country, or those of the largest country."""
    found: list[Cluster] = []
    named: _CountriesNamed | None = None  # (worked out when first needed)
    for cluster in clusters:
        name = main_name(cluster) if cluster.mentions and not cluster.name else ""
        if not name or not _generic(name, vocabulary):
            continue
        if type_of(cluster) != "organization":
            continue
        countries = [_country_before(documents[m.doc].text, m) for m in cluster.mentions]
        if len({code for code, _ in filter(None, countries)}) < 2:
            continue
        written: dict[int, set[str]] = defaultdict(set)  # document -> its countries
        for mention, country in zip(cluster.mentions, countries, strict=True):
            if country is not None:
                written[mention.doc].add(country[0])
        if named is None:
            named = _CountriesNamed(clusters)
        groups: dict[str | None, list[Found]] = defaultdict(list)
        shown: dict[str, Counter[str]] = defaultdict(Counter)
        for mention, country in zip(cluster.mentions, countries, strict=True):
            here = written.get(mention.doc, set())
            if country is None and not here:
                country = named.of(documents[mention.doc].text, mention)
            code = country[0] if country else (next(iter(here)) if len(here) == 1 else None)
            groups[code].append(mention)
            if country is not None:
                shown[country[0]][country[1]] += 1
        keep = max(groups, key=lambda code: (code is None, len(groups[code]), code or ""))
        cluster.mentions = groups[keep]  # (a new list, in the same order)
        for code in sorted(c for c in groups if c is not None and c != keep):
            found.append(Cluster(mentions=groups[code], name=f"{name} ({_most(shown[code])})"))
        if keep is not None:
            cluster.name = f"{name} ({_most(shown[keep])})"
    return found


class _CountriesNamed:
    """The countries each document names (the mentions of places whose name is a
    country's), to tell the country of a body written with none: after "its" or "their",
    the country named last before it ("Russia's ability ... targeting its Central
    Bank", in a statement about Ukraine); else the one country its sentence names ("Most
    of Japan's new infections ..., the Health Ministry said"); else the one the document
    is about, the country it names most, twice or more and at least twice as often as
    any other ("ABUJA (Reuters) - A meningitis outbreak in Nigeria ... The Health
    Ministry said"). A roundup of many countries is about none of them."""

    def __init__(self, clusters: list[Cluster]):
        # (start, sentence, code) of each country named, per document
        self.named: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        written: dict[str, Counter[str]] = defaultdict(Counter)
        for cluster in clusters:
            if not cluster.mentions or type_of(cluster) != "place":
                continue
            code = country_of(main_name(cluster))
            if code is None:
                continue
            for mention in cluster.mentions:
                self.named[mention.doc].append((mention.start, mention.sentence, code))
                written[code][mention.text] += 1
        for places in self.named.values():
            places.sort()
        self.shown = {code: _most(names) for code, names in written.items()}

    def of(self, text: str, mention: Found) -> tuple[str, str] | None:
        """(code, name) of the country of a body written with no country, or None."""
        places = self.named.get(mention.doc, [])
        if _OWNED.search(text, max(0, mention.start - 8), mention.start):
            before = [code for start, _, code in places if start < mention.start]
            return (before[-1], self.shown[before[-1]]) if before else None
        in_sentence = {code for _, sentence, code in places if sentence == mention.sentence}
        if len(in_sentence) == 1:
            (code,) = in_sentence
            return code, self.shown[code]
        counts = Counter(code for *_, code in places).most_common(2)
        if not counts or counts[0][1] < 2 or (len(counts) == 2 and counts[1][1] * 2 > counts[0][1]):
            return None
        return counts[0][0], self.shown[counts[0][0]]


_OWNED = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+$")


def _most(written: Counter[str]) -> str:
    """The country's name most written (its people's adjective gives its name)."""
    return max(written.items(), key=lambda item: (item[1], item[0]))[0]


def _generic(name: str, vocabulary: Vocabulary) -> bool:
    """Is the name a body's head with common words only ("Health Ministry", "Ministry of
    Foreign Affairs", "Parliament"), no proper name in it?"""
    words = name_key(name).split()
    if not any(w in ORG_HEADS for w in words) or not all(
        w in ORG_HEADS or w in SMALL_WORDS or vocabulary.common(w) for w in words
    ):
        return False
    written = name.split()
    return not any(
        country_of(" ".join(written[a:b])) or " ".join(written[a:b]).lower() in DEMONYMS
        for a in range(len(written))
        for b in range(a + 1, min(len(written), a + 3) + 1)
    )  # ("U.S. Department of Agriculture", "Mexican Health Ministry": a country's)


def _country_before(text: str, mention: Found) -> tuple[str, str] | None:
    """(code, the country's name to show) of the country written right before the
    mention ("Sweden's", "the Mexican", "U.S."), or None."""
    before = _BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before is None:
        return None
    words = before.group(1).split()
    if words[-1].endswith(".") and not _INITIALS.fullmatch(words[-1]):
        return None  # "Syria. [The Armed Forces]": the sentence before ends there
    run = " ".join(words)  # all of them: "Saudi Arabia", not "Jersey" of "NEW JERSEY"
    if run.lower() in DEMONYMS:
        return country_of_people(run)  # "the Mexican [Health Ministry]": Mexico
    code = country_of(run)
    return (code, run) if code is not None else None


_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")  # "U.S.", "U.K."
