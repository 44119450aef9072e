"""Mentions the pipeline missed, and named groups.

After resolution, every spelling of a resolved entity is looked for again in the texts
("Citgo" in "Citgo executives", "Carstens’ office"), and a name followed by a small
number ("the Citgo 6") becomes a group, linked to the members a text lists.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..infra.memo import keep, previous
from ..infra.workers import in_forks
from ..model import Analysis, Document, Span
from .mentions import (
    CAPITAL,
    GROUP_NAME,
    Found,
    Vocabulary,
    a_score,
    degree_before,
    name_key,
)
from .names import HONORIFICS, fits_title, title_words, written_surname
from .prepare import processes
from .resolution import (
    DOMINANT,
    Cluster,
    is_full_person,
    known_titles,
    type_of,
)
from .spans import item_number
from .speakers import is_addressed
from .votes import LABEL_TYPES, STORM_BEFORE, context_vote
from .words import BUSINESS_WORDS, NUMBER_WORDS, ROLE_NOUNS, TITLES


def refind(
    live: list[Cluster],
    ignored: list[Cluster],
    documents: Sequence[Document],
    analyses: Sequence[Analysis],
    vocabulary: Vocabulary,
    jobs: int | None = None,
) -> None:
    """Every occurrence of a resolved entity's spellings ("Citgo" in "Citgo executives",
    "Carstens’ office"), where no other span already sits. At each capitalised word,
    the longest spelling that starts there wins. One pass over each text (_scans: on
    all cores, or `jobs`, for a big corpus)."""
    titles = [known_titles(cluster, documents) for cluster in live]
    # A person's lone name is looked for where the person is named, or everywhere if
    # named in several documents: a lone "Biden" in the whole corpus is not the Naomi
    # Biden named once.
    named_in = [
        {m.doc for m in cluster.mentions} if titles[i] is not None else None
        for i, cluster in enumerate(live)
    ]
    owner, shared = _spellings(live)  # spelling -> position in `live` of what it names
    # Where each person sharing a surname is first named in full: document -> offset.
    first_in_full: dict[int, dict[int, int]] = {}
    for position in {p for positions in shared.values() for p in positions}:
        first = first_in_full[position] = {}
        for m in live[position].mentions:
            if " " in m.text and m.start < first.get(m.doc, len(documents[m.doc].text)):
                first[m.doc] = m.start
    # The first names of the people each document names in full: a lone word there that
    # is one is that person's, not the surname of a namesake named elsewhere ("Mulugeta
    # said" after "Mulugeta Tesfaye", not Tigist Mulugeta's), as surnames.py decides.
    given_in: dict[int, set[str]] = {}
    for cluster in live:
        if is_full_person(cluster):
            for m in cluster.mentions:
                if " " in m.text:
                    given_in.setdefault(m.doc, set()).add(m.text.split()[0])
    firsts = [
        {n.split()[0] for n in cluster.spellings() if " " in n} if is_full_person(cluster) else set()
        for cluster in live
    ]
    # ... but where the document names the surname's person in full, it is theirs
    # ("Wickard is a graduate" after "Julia Wickard", beside "Wickard Livestock")
    in_full = [{m.doc for m in cluster.mentions if " " in m.text} for cluster in live]
    # Whether each entity has a name of several words: its letters in capitals are its
    # acronym ("WHO", "BP"), no common word shouted (_refound).
    spelled_out = [any(" " in n for n in cluster.spellings()) for cluster in live]
    wanted = frozenset(owner) | frozenset(shared)
    # In the watch: the same set as last build is the same object (see _occurrences).
    last = previous("refind", "spellings")
    wanted = last if last == wanted else wanted
    keep("refind", "spellings", wanted)
    table = _Table(wanted)
    spans = _spans(documents, analyses)
    taken = _taken(live + ignored, documents, spans)
    placed = _placed(spans)
    tagged = _tagged(spans) if shared else []
    for index, (document, found) in enumerate(
        zip(documents, _scans(documents, wanted, table, jobs), strict=True)
    ):
        starts = [s.start for s in document.sentences]
        for start in sorted(found):
            # At each capital, the longest spelling that ends at a word's end, and only it.
            spelling = max(found[start], key=len)
            if spelling in owner:
                position = owner[spelling]
            else:
                if start in tagged[index]:
                    continue  # a lone "Biden" the pipeline saw: resolution decided whose
                named = _named_before(shared[spelling], first_in_full, index, start)
                if named is None or not _titled_so(titles[named], document.text, start):
                    continue  # "Easterly" where Jen and Ryan Easterly are both named, or neither
                position = named
            where = named_in[position]
            if (
                " " not in spelling
                and spelling in given_in.get(index, ())
                and is_full_person(live[position])
                and spelling not in firsts[position]
                and index not in in_full[position]
            ):
                continue  # "Mulugeta said" where Mulugeta Tesfaye is named: his given name
            if (
                " " not in spelling
                and where is not None
                and (_far(index, where) or (spelling in placed[index] and index not in where))
            ):
                continue  # "a native of Madison": no Joni Madison where she is unnamed
            if (
                " " not in spelling
                and document.turns
                and _said_to_another(document, start, spelling, live[position])
            ):
                continue  # "go ahead, Jeff.": a reporter called on, where Jeff Zients is silent
            if (
                vocabulary.names_illness(document.text, spelling, start + len(spelling))
                or vocabulary.illness_word(document.text, spelling, start)
            ) and type_of(live[position]) != "organization":
                continue  # "Lassa fever", "a vaccine for Marburg": no mention of the town
            if document.text.startswith(("®", "™"), start + len(spelling)):
                continue  # "Harper® Jr.", a product, no mention of Rep. Ellen Harper
            # (an acronym of a name the corpus writes in full: "WHO", "BP"; not a word in
            # capitals no name spells out, "DEAD", "SWINE" of a headline)
            acronym = spelling.isupper() and spelled_out[position]
            mention = _refound(
                document, index, starts, start, spelling, taken[index], vocabulary, titles[position], acronym
            )
            if mention is not None:
                live[position].mentions.append(mention)


def _said_to_another(document: Document, start: int, spelling: str, cluster: Cluster) -> bool:
    """Is the one-word name at `start` of a transcript said to someone in the room
    (speakers.is_addressed: "Thanks, Jen", "MS. PSAKI:  Jeff."), where the person of
    that name speaks under no label? Then it is someone else, as speakers.py decides for
    the names the pipeline tagged."""
    first = any(n.split()[0] == spelling for n in cluster.full_names())
    if not is_addressed(document.text, start, start + len(spelling), vocative=first):
        return False
    words = {w.lower() for n in cluster.full_names() for w in n.split()[1:]}
    return not any(w.strip(".:").lower() in words for t in document.turns for w in t.label.split())


def _far(document: int, named_in: set[int]) -> bool:
    """A document where a person named in fewer than DOMINANT documents is not named."""
    return document not in named_in and len(named_in) < DOMINANT


def _named_before(
    positions: list[int], first_in_full: dict[int, dict[int, int]], document: int, start: int
) -> int | None:
    """Of the people sharing a surname (their `positions`), the one the document names in
    full before `start` (`first_in_full`: where each first does, by document), when it
    names only one of them there ("Ryan D. Easterly ... Easterly lives and works" beside a
    Jen Easterly named elsewhere); else None."""
    named = [p for p in positions if first_in_full[p].get(document, start) < start]
    return named[0] if len(named) == 1 else None


def _titled_so(titles: set[str] | None, text: str, start: int) -> bool:
    """Does the title before a lone surname that two people share (if any: not a
    courtesy) fit the one its document names, given that title with the full name
    somewhere? Never titled, a namesake fits none: "Speaker Pelosi" in a document that
    names Paul Pelosi is Nancy Pelosi (fits_title lets a sole namesake take any)."""
    said = {w for w in title_words(text, start) if w in TITLES or w in ROLE_NOUNS} - HONORIFICS
    if not said:
        return True
    known = {t for t in titles or () if t in TITLES or t in ROLE_NOUNS} - HONORIFICS
    return bool(known) and fits_title(titles, text, start)


def _spellings(live: list[Cluster]) -> tuple[dict[str, int], dict[str, list[int]]]:
    """The spellings to look for, each with the position in `live` of the cluster it
    names: every name and alias, and a person's surname alone ("Carstens") unless
    another thing bears it too; and the surnames two people or more share, each with
    their positions (a lone one goes to the one its document names: _named_before)."""
    surname_owners: Counter[str] = Counter()
    for cluster in live:
        if is_full_person(cluster):
            surname_owners.update(
                {s for n in cluster.spellings() if (s := written_surname(n)) is not None}
            )
    owner: dict[str, int] = {}
    shared: dict[str, list[int]] = {}
    # A surname that is also the name of something else ("Washington") is not re-found;
    # one that opens a company's name, a trade's word after it ("Corvell" of Corvell
    # Systems, "Cameron" of Cameron International), only where the document names the
    # person before it (as a surname two people share).
    other_names = {name_key(n) for c in live if not is_full_person(c) for n in c.spellings()}
    openers = {
        words[0]
        for c in live
        if not is_full_person(c)
        for n in c.spellings()
        if len(words := name_key(n).split()) == 2 and words[1] in BUSINESS_WORDS
    }
    for position, cluster in enumerate(live):
        spellings = set(cluster.spellings()) | cluster.aliases
        if is_full_person(cluster):
            # A surname two people share (Jill and Joe Biden) is not re-found as either's
            # everywhere: which of them a lone "Biden" is was decided where the pipeline
            # saw it, and where it did not, by the document (_named_before).
            spellings -= {n for n in spellings if surname_owners[n] > 1}
            surnames = {
                s
                for n in cluster.spellings()
                if (s := written_surname(n)) is not None and name_key(s) not in other_names
            }
            spellings |= {
                s for s in surnames if surname_owners[s] == 1 and name_key(s) not in openers
            }
            particled = {  # "Vries" of "Anouk de Vries": her surname is "de Vries"
                words[-1]
                for n in cluster.spellings()
                if (words := n.split())[-2:-1] and words[-2].islower()
            }
            for s in sorted(surnames - particled):
                if (
                    (surname_owners[s] > 1 or name_key(s) in openers)
                    and len(s) >= 2
                    and s[0].isupper()
                ):
                    shared.setdefault(s, []).append(position)
        for spelling in spellings:
            if len(spelling) >= 2 and spelling[0].isupper():
                owner.setdefault(spelling, position)  # shared by two clusters: the first's
    return owner, {s: p for s, p in shared.items() if s not in owner}


def _spans(documents: Sequence[Document], analyses: Sequence[Analysis]) -> list[tuple[Span, ...]]:
    """Per document, the spans the pipeline tagged in it (none for a document it did not
    read)."""
    by_id = {a.document: a for a in analyses}
    return [tuple(by_id[d.id].spans) if d.id in by_id else () for d in documents]


def _taken(
    clusters: list[Cluster], documents: Sequence[Document], spans: list[tuple[Span, ...]]
) -> dict[int, bytearray]:
    """Per document, the offsets a mention or another span (a date, a number), a
    dateline or a speaker label already covers: nothing is re-found there."""
    taken: dict[int, bytearray] = {i: bytearray(len(d.text)) for i, d in enumerate(documents)}
    for cluster in clusters:
        for m in cluster.mentions:
            taken[m.doc][m.start : m.end] = b"\x01" * (m.end - m.start)
    for index, document in enumerate(documents):
        mark = taken[index]
        for span in spans[index]:
            if span.label not in LABEL_TYPES:
                mark[span.start : span.end] = b"\x01" * (span.end - span.start)
        for start, end in document.unread():  # datelines, speaker labels
            mark[start:end] = b"\x01" * (end - start)
    return taken


def _tagged(spans: list[tuple[Span, ...]]) -> list[set[int]]:
    """Per document, where the pipeline tagged a name (of a person, a body or a place)."""
    return [{s.start for s in tagged if s.label in LABEL_TYPES} for tagged in spans]


def _placed(spans: list[tuple[Span, ...]]) -> list[set[str]]:
    """Per document, the names the pipeline tagged a place: one sense per document, so a
    person's lone surname is not re-found in a document that does not name the person
    and tags that word a place ("a native of Madison. Madison is small": see
    surnames._another_kind)."""
    return [{s.text for s in tagged if LABEL_TYPES.get(s.label) == "place"} for tagged in spans]


def _refound(
    document: Document,
    index: int,
    starts: list[int],
    start: int,
    spelling: str,
    mark: bytearray,
    vocabulary: Vocabulary,
    titles: set[str] | None,
    acronym: bool = False,
) -> Found | None:
    """The mention of `spelling` at `start` in the document (`index` in the corpus, its
    sentences starting at `starts`), unless something says it is not one; its offsets
    are then marked taken in `mark`. `titles`: those known for the entity it names;
    `acronym`: the spelling is the acronym of a name the corpus writes in full, no common
    word in capitals (but in a sentence all in capitals, a headline's)."""
    text = document.text
    end = start + len(spelling)
    if _CONTINUED.match(text, end):
        return None  # "American Rescue" inside "American Rescue Plan": a longer name
    if any(mark[start:end]):
        return None
    if titles is not None and text[max(0, start - 2) : start] in ('("', "(“"):
        # 'OKAFOR HOLDINGS, INC. ("Okafor")': a term defined, the body's, no person's
        # lone name (Adaeze Okafor's)
        return None
    number = bisect.bisect_right(starts, start)
    if number == 0 or start >= document.sentences[number - 1].end:
        return None
    initial = start == starts[number - 1]
    # ("notified WHO of 1486 cases", "WHO advises", after "World Health Organization")
    acronym = (
        acronym
        and len(spelling) > 1
        and bool(_IN_LOWER_CASE.search(document.sentences[number - 1].text))
        and not (vocabulary.common(spelling) and _shouted_beside(text, start, end, vocabulary))
    )
    if initial and " " not in spelling and vocabulary.lower[spelling.lower()] and not acronym:
        return None  # "Young people ..." at a sentence start is not Ms Young
    if " " not in spelling and vocabulary.common(spelling) and not title_words(text, start) and not acronym:
        return None  # "Start" of "Head Start", "Young" without "Director" before it
    if " " not in spelling and not fits_title(titles, text, start):
        return None  # "Prime Minister Johnson" is not the Johnson called President
    if " " not in spelling and STORM_BEFORE.search(text, max(0, start - 20), start):
        return None  # "Hurricane Alex", "tropical storm Alex": the storm, not Alex Sosnowski
    if degree_before(text, start):
        return None  # "a Master of [Public Administration]": a field of study
    mark[start:end] = b"\x01" * (end - start)
    vote, weight = context_vote(text, start, end)  # "the ferry Haewon Star", "the Macondo well"
    return Found(index, spelling, "FOUND", number, start, end, weight, vote)


_IN_LOWER_CASE = re.compile(r"\b[a-z]{3,}\b")
# A word in capitals of three letters or more right before or after a spelling.
_CAPITALS_BEFORE = re.compile(r"\b([A-Z]{3,}) $")
_CAPITALS_AFTER = re.compile(r" ([A-Z]{3,})\b")


def _shouted_beside(text: str, start: int, end: int, vocabulary: Vocabulary) -> bool:
    """Is the word in capitals at `start` beside a common word of three letters or more
    in capitals, a heading's ("LOWER HEALTH [CARE] COSTS", "[AIM] HIGHER")? Then a
    common word there ("care", "aim") is the heading's, not the acronym it spells (the
    caller's test; "BP BECOMES A TARGET" is BP's heading); not beside another acronym, no
    common word ("NATO [ISAF]")."""
    before = _CAPITALS_BEFORE.search(text, max(0, start - 30), start)
    after = _CAPITALS_AFTER.match(text, end)
    return any(m is not None and vocabulary.common(m.group(1)) for m in (before, after))


@dataclass(frozen=True, slots=True)
class _Scan:
    """Where each of a set of spellings occurs in a text: at a capital (CAPITAL), ending
    at a word's end (_boundary)."""

    spellings: frozenset[str]  # the spellings looked for
    found: dict[int, tuple[str, ...]]  # start -> the spellings found there
    capitals: frozenset[int]


# Fewer new spellings than this are looked for one by one (str.find), more in one pass.
_FEW = 200


def _scans(
    documents: Sequence[Document], spellings: frozenset[str], table: _Table, jobs: int | None
) -> list[dict[int, tuple[str, ...]]]:
    """_occurrences in each document, in order; for a big corpus, in forked processes
    (the same answers), except in the watch, which reuses the last build's scans."""
    workers = processes(len(documents), jobs)
    if workers <= 1:
        return [_occurrences(d.text, spellings, table) for d in documents]
    tree = table.tree()  # (before the fork: each process reads it)
    return in_forks(
        lambda i: _scan(documents[i].text, spellings, tree).found, len(documents), workers
    )


def _occurrences(text: str, spellings: frozenset[str], table: _Table) -> dict[int, tuple[str, ...]]:
    """Start -> the spellings found there. In the watch, the last build's scan of the
    same text is reused: only spellings new since then are looked for."""
    last = previous("refind", text)
    if not isinstance(last, _Scan):
        scan = _scan(text, spellings, table.tree())
    elif last.spellings is spellings:
        scan = last
    else:
        new = spellings - last.spellings
        if len(new) > _FEW:
            scan = _scan(text, spellings, table.tree())
        else:
            found = {
                start: kept
                for start, names in last.found.items()
                if (kept := tuple(n for n in names if n in spellings))
            }
            for spelling in sorted(new):
                at = text.find(spelling)
                while at >= 0:
                    if at in last.capitals and _boundary(text, at + len(spelling)):
                        found[at] = (*found.get(at, ()), spelling)
                    at = text.find(spelling, at + 1)
            scan = _Scan(spellings, found, last.capitals)
    keep("refind", text, scan)
    return scan.found


class _Table:
    """The spellings as a tree of their words (_Words): made once per build, and only if
    a text must be scanned whole."""

    def __init__(self, spellings: frozenset[str]):
        self.spellings = spellings
        self._tree: _Words | None = None

    def tree(self) -> _Words:
        if self._tree is None:
            self._tree = _Words.of(self.spellings)
        return self._tree


@dataclass(slots=True)
class _Words:
    """The spellings that go on from one word sequence: split at each space, the words
    that end one here (`last`, their lengths in `lengths`, shortest first) and those
    that lead on to longer ones (`next`)."""

    last: set[str] = field(default_factory=set)
    lengths: tuple[int, ...] = ()
    next: dict[str, _Words] = field(default_factory=dict)

    @classmethod
    def of(cls, spellings: Iterable[str]) -> _Words:
        root = cls()
        for spelling in spellings:
            *words, last = spelling.split(" ")
            node = root
            for word in words:
                node = node.next.setdefault(word, cls())
            node.last.add(last)
        nodes = [root]
        while nodes:
            node = nodes.pop()
            node.lengths = tuple(sorted({len(word) for word in node.last}))
            nodes.extend(node.next.values())
        return root


def _scan(text: str, spellings: frozenset[str], tree: _Words) -> _Scan:
    """One pass over the text: at each capital, the words that follow are walked down the
    tree of the spellings' words for as long as one spelling goes on, instead of a search
    for every spelling. A spelling's words but its last are whole words of the text (a
    space after each); its last ends at a word's end (_boundary), inside a word of the
    text or at its end ("Biden" in "Biden’s")."""
    found: dict[int, tuple[str, ...]] = {}
    capitals = []
    for match in CAPITAL.finditer(text):
        start = match.start()
        capitals.append(start)
        here = []
        node: _Words | None = tree
        at = start
        while node is not None:
            space = text.find(" ", at)
            end = space if space >= 0 else len(text)
            word = text[at:end]
            if word.isalnum():
                # Letters and digits only (most words): no word's end inside it, one look-up.
                if word in node.last:
                    here.append(text[start:end])
            else:
                for length in node.lengths:
                    if length > end - at:
                        break
                    if text[at : at + length] in node.last and _boundary(text, at + length):
                        here.append(text[start : at + length])
            node = node.next.get(word) if space >= 0 else None
            at = end + 1
        if here:
            found[start] = tuple(here)  # shortest first
    return _Scan(spellings, found, frozenset(capitals))


_CONTINUED = re.compile(r" (?:of )?[A-Z][a-z]")


def _boundary(text: str, end: int) -> bool:
    if end >= len(text):
        return True
    after = text[end]
    if after.isalnum() or after in "&-_":
        return False
    return not (after == "." and end + 1 < len(text) and text[end + 1].isalnum())


_WORD = re.compile(r"\S+")


def find_groups(live: list[Cluster], documents: Sequence[Document]) -> list[Cluster]:
    """ "the Citgo 6": an organization's name and a small number name a group of people."""
    names = {n for c in live if not c.group and type_of(c) == "organization" for n in c.spellings()}
    # spans a cluster has already: a group's name tagged as one is its mention, not two
    taken = {(m.doc, m.start, m.end) for c in live for m in c.mentions if " " in m.text}
    groups: dict[str, Cluster] = {}
    for index, document in enumerate(documents):
        text = document.text
        for match in GROUP_NAME.finditer(text):
            words = list(_WORD.finditer(match.group(1)))
            for k in range(min(3, len(words)), 0, -1):
                start = match.start(1) + words[-k].start()
                name = text[start : match.start(1) + words[-1].end()]
                if name in names:
                    break
            else:
                continue
            sentence = document.sentence_at(start)
            if sentence is None or (index, start, match.end()) in taken:
                continue
            if a_score(text, start, match.end()) or item_number(text, match.start(2), match.end()):
                continue  # "Katsina Royals 3 Delta Mariners 0": a result; "... of the
                # Federal Trade Commission 12. Jessica Rosenworcel, ...": a list's item
            found = Found(index, text[start : match.end()], "GROUP", sentence, start, match.end())
            found.vote = "organization"
            cluster = groups.setdefault(name_key(found.text), Cluster(group=True))
            cluster.mentions.append(found)
    existing = {name_key(n) for c in live if c.group for n in c.spellings()}
    return [groups[k] for k in sorted(groups) if k not in existing]


def link_groups(
    live: list[Cluster], clusters: list[Cluster], documents: Sequence[Document]
) -> None:
    """ "the Citgo 6" and, in a document that names the group, "the six executives,
    A, B, C, D, E and F": the six people are its members."""
    people: dict[int, bool] = {}  # is_full_person by cluster index, asked once each
    for group in (c for c in live if c.group):
        match = re.search(r"(\d+|[A-Za-z]+)$", group.names().most_common(1)[0][0])
        if not match:
            continue
        size = _number(match.group(1))
        if size is None:
            continue
        words = rf"(?:{size}|{NUMBER_WORDS[size - 2] if 2 <= size <= 12 else size})"
        listing = re.compile(rf"\b{words}\s+(?:[\w-]+\s+){{0,2}}[\w-]+s\b\s*[,:—–]", re.IGNORECASE)
        for doc in sorted({m.doc for m in group.mentions}):
            document = documents[doc]
            for sentence in document.sentences:
                head = listing.search(document.text, sentence.start, sentence.end)
                if not head:
                    continue
                members = []
                for other_index, other in enumerate(clusters):
                    if other is group or not other.mentions:
                        continue
                    if other_index not in people:
                        people[other_index] = is_full_person(other)
                    if not people[other_index]:
                        continue
                    if other.ignored or other.merged_into is not None:
                        continue
                    if any(
                        m.doc == doc and head.end() <= m.start < sentence.end
                        for m in other.mentions
                    ):
                        members.append(other_index)
                if len(members) == size and not group.members:
                    group.members = members
                    group.listed = (doc, sentence.number)


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    lower = word.lower()
    return NUMBER_WORDS.index(lower) + 2 if lower in NUMBER_WORDS else None


# --- freezing -----------------------------------------------------------------------------
