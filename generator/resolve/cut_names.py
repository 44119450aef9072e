"""Names the language pipeline cut short.

At their first word: "the Deepwater [Horizon] rig", where spaCy tagged "Horizon" alone
some forty times and "Deepwater Horizon" whole more often still. The capitalised word
right before such a mention, with which it makes a place's name the corpus writes whole,
is part of it: the mention is that name and joins that place (join_cut_names, run by
entities.py after the grouping of mentions). So is the word right after it ("[Lafourche]
Parish, Louisiana" beside Lafourche Parish). Only a place's name (a facility, a water, a
town: "Deepwater Horizon", "New [York]"); not after a title ("President [Biden]"), and
not where the word is a mention of its own ("DeepWater" tagged an organization, then
"Horizon").

Run on into the object of a title before them: "Secretary of [Commerce Gina Raimondo]",
"Deputy National Security Advisor for [Cyber and Emerging Technology Anne Neuberger]",
"[Rear Adm. Mary Landry]" tagged organizations. Where the mention ends with a person's
full name the corpus writes alone, after a title, it is that person's mention, cut to
the name (split_titled_names, run by entities.py after the grouping).

At their last word: "President Yoon Suk Yeol of the Republic of Korea" read as the
person "Yoon Suk" and the person "Yeol". A person's span is made whole again when the
word right after it makes, with it, a person's name the corpus writes whole elsewhere;
the word's own span, if any, is then no second mention (complete_cut_names, run on the
candidate mentions before grouping).
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from .. import lexicon
from ..ingest.datelines import OUTLETS
from ..ingest.text import fold
from ..model import Document
from .countries import country_of, known_place
from .mentions import (
    COURTESY_WORDS,
    KNOWN_ACRONYMS,
    LATIN_CAPITALS,
    Found,
    Vocabulary,
    generation_key,
    name_key,
)
from .names import HONORIFICS, PATRONYMIC, distance, title_words, written_surname
from .resolution import DOMINANT, Cluster, is_full_person, type_of
from .votes import STRONG, vote_for
from .words import (
    BODY_OPENERS,
    BUSINESS_WORDS,
    CALENDAR_NAMES,
    DEMONYMS,
    GENERATIONS,
    GIVEN_NAMES,
    KIN_GIVEN_BEFORE,
    LEGAL_FORMS,
    MODIFIERS,
    NOT_ENTITIES,
    OFFICES,
    ORG_HEADS,
    PEERAGE_TITLES,
    PLACE_HEADS,
    ROLE_NOUNS,
    ROMANCE_PARTICLES,
    SMALL_WORDS,
    STATE_CODES,
    TITLE_PHRASE,
    TITLES,
    a_city,
)

# The capitalised word right before a mention, a space between: "Deepwater [Horizon]",
# or an abbreviation: "St. [Bernard Parish]".
RULE = "a name cut short at its first word"
RULE_LAST = "a name cut short at its last word"
# The capitalised word right after a mention, a space between: "[Lafourche] Parish".
_WORD_AFTER = re.compile(rf" ([{LATIN_CAPITALS}][\w’'-]*)(?![\w’'-])")
_WORD_BEFORE = re.compile(rf"(?<![\w’'.-])([{LATIN_CAPITALS}][\w’'-]*|[A-Z][a-z]{{0,2}}\.) $")


def join_cut_names(
    clusters: list[Cluster], documents: Sequence[Document], typed: bool = False
) -> None:
    """Each mention cut short at its first or its last word joins the place named
    whole. `typed`: the places' types are read from the words around them (after
    places.place_types), and a mention joined votes for a place, as they do."""
    by_key = {
        name_key(n): i for i, c in enumerate(clusters) for n in sorted({m.text for m in c.mentions})
    }
    starts: set[tuple[int, int]] = set()  # where a mention starts: made when first asked
    kinds: dict[int, str] = {}

    def place_named(whole: str, i: int, word_at: tuple[int, int]) -> int | None:
        """The cluster of another place named `whole`, where the word at `word_at`
        (document, offset) is no mention of its own ("DeepWater" tagged apart), or None."""
        nonlocal starts
        target = by_key.get(name_key(whole))
        if target is None or target == i:
            return None
        if not starts:
            starts = {(m.doc, m.start) for c in clusters for m in c.mentions}
        if word_at in starts:
            return None
        if target not in kinds:
            kinds[target] = type_of(clusters[target])
        return target if kinds[target] == "place" else None

    for i, cluster in enumerate(clusters):
        moved = []
        for mention in cluster.mentions:
            if mention.key is not None:
                continue
            text = documents[mention.doc].text
            after = _WORD_AFTER.match(text, mention.end)
            if after is not None and not mention.text.endswith("."):
                # At its last word: "[Lafourche] Parish, Louisiana", beside Lafourche Parish
                whole = f"{mention.text} {after.group(1)}"
                target = place_named(whole, i, (mention.doc, after.start(1)))
                if target is not None:
                    clusters[target].evidence.append(
                        (mention.text, RULE_LAST, mention.doc, mention.sentence)
                    )
                    mention.end = after.end(1)
                    mention.text = text[mention.start : mention.end]
                    moved.append((target, mention))
                    continue
            if mention.start < 2 or text[mention.start - 1] != " ":
                continue
            before = _WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start)
            if before is None:
                continue
            word = before.group(1)
            if word.lower() in TITLES or word.lower().rstrip(".") in HONORIFICS:
                continue
            target = place_named(f"{word} {mention.text}", i, (mention.doc, before.start(1)))
            if target is not None:
                clusters[target].evidence.append(
                    (mention.text, RULE, mention.doc, mention.sentence)
                )
                mention.start, mention.text = before.start(1), f"{word} {mention.text}"
                moved.append((target, mention))
        gone = {id(m) for _, m in moved}
        if gone:
            cluster.mentions = [m for m in cluster.mentions if id(m) not in gone]
        for target, mention in moved:
            if typed:
                mention.vote, mention.weight = "place", 1.0
            clusters[target].mentions.append(mention)


# The capitalised word right after a span, on the same line ("Yoon Suk| Yeol").
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w’'-]*)")
# A given name as written: a capital, then small letters ("Rodney", "Jean-Pierre").
_GIVEN_NAME_SHAPE = re.compile(r"[A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?")


def complete_cut_names(found: list[Found], texts: list[str]) -> list[Found]:
    """`found` with each person's name cut one word short completed by that word, where
    the completed name is written whole as a person elsewhere (texts: the documents'
    text, by document index); and a lone given name tagged a person before the surname
    of someone the document names in full ("The case of David and [Rodney] Dykes", the
    brother of David Dykes; "[Rodney] Dykes stayed"): the name goes on with it."""
    whole = {name_key(f.text) for f in found if f.label == "PERSON" and " " in f.text}
    turned = _in_other_order(found)  # ... or in the other order ("[Ji-won] Park")
    # (document, the last word's key) of the people named in full
    surnames = {
        (f.doc, name_key(f.text.rpartition(" ")[2]))
        for f in found
        if f.label == "PERSON" and " " in f.text
    }
    taken: set[tuple[int, int]] = set()
    for f in found:
        if f.label != "PERSON":
            continue
        match = _NEXT_WORD.match(texts[f.doc], f.end)
        if match is None:
            continue
        if " " in f.text:
            completed = name_key(f"{f.text} {match.group(1)}") in whole
        else:  # a lone word cut short is no evidence by itself: "Mr." + "Smith"
            word = f.text.lower().rstrip(".")
            completed = (
                match.start(1) == f.end + 1  # (not a table's next column)
                and word not in TITLES
                and word not in HONORIFICS
                and word not in TITLE_PHRASE
                and name_key(f.text) != name_key(match.group(1))
                and (
                    (
                        _GIVEN_NAME_SHAPE.fullmatch(f.text) is not None  # not "Tousle-haired"
                        and (f.doc, name_key(match.group(1))) in surnames
                    )
                    # (a given name of syllables, "Ji-won", where the corpus writes the
                    # name family name first)
                    or name_key(f"{f.text} {match.group(1)}") in turned
                )
            )
        if completed:
            f.end = match.end(1)
            f.text = texts[f.doc][f.start : f.end]
            taken.add((f.doc, match.start(1)))
    # ... and a name in capitals cut one word short at its start ("HARLAN [REEVES]", the
    # USS Harlan Reeves written in full elsewhere), by the word before, in capitals too:
    # the whole name's mention, tagged as the whole name mostly is
    tags = _tagged_whole(found)
    for f in found:
        if not f.text.isupper() or (f.doc, f.start) in taken:
            continue
        before = _WORD_BEFORE_CAPS.search(texts[f.doc], max(0, f.start - 30), f.start)
        if before is None or before.group(1).lower() in TITLE_PHRASE:
            continue
        key = name_key(f"{before.group(1)} {f.text}")
        if key in tags:
            f.start = before.start(1)
            f.text = texts[f.doc][f.start : f.end]
            f.label = tags[key].most_common(1)[0][0]
    return [f for f in found if (f.doc, f.start) not in taken]


_WORD_BEFORE_CAPS = re.compile(r"(?<![\w’'-])([A-Z][A-Z’'-]+)[ \t]+$")


def _tagged_whole(found: list[Found]) -> dict[str, Counter[str]]:
    """The names of two words or more tagged whole (name_key) -> their labels, by how
    often."""
    tags: dict[str, Counter[str]] = {}
    for f in found:
        if " " in f.text:
            tags.setdefault(name_key(f.text), Counter())[f.label] += 1
    return tags


def _in_other_order(found: list[Found]) -> set[str]:
    """The keys of the people's names of two words, read in the other order ("Park
    Ji-won" as "Ji-won Park"), for the parts of such a name cut apart ("[Ji-won] Park",
    "Hye-won [Kim]")."""
    return {
        name_key(" ".join(reversed(f.text.split())))
        for f in found
        if f.label == "PERSON" and len(f.text.split()) == 2
    }


def countries_cut_at_and(found: list[Found], texts: list[str]) -> list[Found]:
    """`found` with a country's name cut at its "and" made whole: "[Trinidad] and
    [Tobago]", "[Republic of Trinidad] and [Tobago]", "the [United Kingdom of Great
    Britain] and [Northern Ireland]": the one country the gazetteers know by the whole
    (not "[France] and [Germany]", two)."""
    at = {(f.doc, f.start): f for f in found}
    taken: set[int] = set()
    for f in found:
        after = at.get((f.doc, f.end + 5))
        if (
            after is None
            or id(f) in taken
            or f.label not in ("GPE", "LOC", "ORG")
            or after.label not in ("GPE", "LOC", "ORG")
            or after.sentence != f.sentence
            or texts[f.doc][f.end : after.start] != " and "
            or country_of(whole := texts[f.doc][f.start : after.end]) is None
        ):
            continue
        f.end, f.text, f.key = after.end, whole, None
        f.label, f.vote, f.weight = "GPE", "place", STRONG
        taken.add(id(after))
    return [f for f in found if id(f) not in taken]


def join_split_names(found: list[Found], texts: list[str]) -> list[Found]:
    """`found` with two spans one space apart in a sentence made one where, together,
    they are a name the corpus tags whole elsewhere: "[Ohio] [EPA]" (a place, then a
    body), in a corpus that tags "Ohio EPA" whole, is the state's agency, not the
    federal one "EPA" alone stands for. The whole name must be tagged whole twice or
    more, and a person's only of two parts tagged a person's or of a first part no known
    place's, never written alone ("[Hurso] [Kela]", "Hurso" only in "Hurso Kela"); the
    joined span takes the label the whole name is mostly tagged with, and its vote is
    read again (texts: the documents' text, by document index)."""
    tags = _tagged_whole(found)
    at = {(f.doc, f.start): f for f in found}
    taken: set[int] = set()
    alone: dict[tuple[str, str], bool] = {}
    for f in found:
        after = at.get((f.doc, f.end + 1))
        if (
            after is None
            or id(f) in taken
            or id(after) in taken
            or after.sentence != f.sentence
            or texts[f.doc][f.end] != " "
            or (whole := tags.get(name_key(f"{f.text} {after.text}"))) is None
            or whole.total() < 2  # tagged whole once: a run-on as likely as a name
        ):
            continue
        label = whole.most_common(1)[0][0]
        if (
            label == "PERSON"
            and not f.label == after.label == "PERSON"
            and (
                known_place(name_key(f.text)) or not _never_alone(f.text, after.text, texts, alone)
            )
        ):
            continue  # "[United States] [Jill Biden]": no one's name begins with a place
        text = texts[f.doc]
        vote, weight = vote_for(f"{f.text} {after.text}", label, f.start, after.end, text)
        if vote == "event":
            continue
        f.end, f.label, f.vote, f.weight, f.key = after.end, label, vote, weight, None
        f.text = text[f.start : f.end]
        taken.add(id(after))
    return [f for f in found if id(f) not in taken]


# A capitalised word right before a name, not opening a sentence: the name may be cut
# from a longer one there ("Democratic [Republic of Congo]"; not "The [U.S. Fish ...]").
_NAME_BEFORE = re.compile(r"(?<![.!?:]\s)(?<![.!?:]\s\W)\b([A-Z][\w’'&.-]*)\s$")
_LONGEST_SPAN = 300  # (characters: no span before a name reaches further into it)


def _documents_tagging(found: list[Found]) -> dict[str, set[int]]:
    """Each name as written -> the documents that tag it."""
    documents: dict[str, set[int]] = {}
    for f in found:
        documents.setdefault(f.text, set()).add(f.doc)
    return documents


def _name_before(text: str, start: int) -> bool:
    """Is the word right before `start` a capitalised one (_NAME_BEFORE), not a small
    word opening a line ("The")?"""
    word = _NAME_BEFORE.search(text, max(0, start - 40), start)
    return word is not None and word.group(1).lower() not in SMALL_WORDS


def join_cut_openings(found: list[Found], texts: list[str]) -> list[Found]:
    """`found` with a span whose words end a name the corpus tags whole elsewhere made
    that name, where the text writes it whole right there: "Ralph Morgenweck of the
    U.S. Fish and [Wildlife Service]", in a corpus that tags "U.S. Fish and Wildlife
    Service" whole; a span inside the words before it goes into it ("the [U.S.] Fish
    and ..."). The whole name must be the tagger's usual reading of its words: tagged
    whole twice or more, and in half the places or more that write it, of the documents
    that tag it or its last words ("Scholz of Germany", a run-on tagged whole 8 times in
    31, keeps "[Germany]" apart; so does "Republic of Congo", mostly part of "Democratic
    Republic of the Congo"), and not after a capitalised word, where it may be cut from a
    longer name itself. Of several such names, the longest. Not a person's name (a
    given name before a surname is complete_cut_names'). The span takes the label the
    whole name is mostly tagged with, and its vote is read again (texts: the documents'
    text, by document index)."""
    tags = _tagged_whole(found)
    tails: dict[str, list[str]] = {}  # last words of such a name, as written -> the names
    docs_of = _documents_tagging(found)
    for name in sorted(n for n in docs_of if " " in n):
        whole = tags[name_key(name)]
        if whole.total() < 2 or whole.most_common(1)[0][0] == "PERSON":
            continue
        words = name.split(" ")
        for cut in range(1, len(words)):
            tails.setdefault(" ".join(words[cut:]), []).append(name)
    # a span (by id) -> it and the names written around it, with where each starts
    written: dict[int, tuple[Found, list[tuple[str, int]]]] = {}
    for f in found:
        if f.refers or not (ending := tails.get(f.text)):
            continue
        text = texts[f.doc]
        for name in ending:
            start = f.start - (len(name) - len(f.text))
            if (
                start >= 0
                and text[start : f.end] == name
                and not text[start - 1 : start].isalnum()
                and not _name_before(text, start)
            ):
                written.setdefault(id(f), (f, []))[1].append((name, start))
    if not written:
        return found
    where: dict[str, set[int]] = {}
    for f, around in written.values():
        for name, _ in around:
            where.setdefault(name, set(docs_of[name])).add(f.doc)
    tagged = Counter(f.text for f in found if f.text in where)
    usual = {
        name
        for name, docs in where.items()
        if 2 * tagged[name] >= sum(texts[d].count(name) for d in docs)
    }
    of_doc: dict[int, list[Found]] = {}  # each document's spans, by where they start
    for f in found:
        of_doc.setdefault(f.doc, []).append(f)
    for spans in of_doc.values():
        spans.sort(key=lambda o: o.start)
    starts = {doc: [o.start for o in spans] for doc, spans in of_doc.items()}
    gone: set[int] = set()
    for f, around in written.values():
        if id(f) in gone:
            continue
        text = texts[f.doc]
        for name, start in sorted(around, key=lambda n: (-len(n[0]), n[0])):
            if name not in usual:
                continue
            label = tags[name_key(name)].most_common(1)[0][0]
            vote, weight = vote_for(name, label, start, f.end, text)
            if vote == "event":
                continue
            spans = of_doc[f.doc]
            inside = []
            for at in range(bisect.bisect_left(starts[f.doc], start - _LONGEST_SPAN), len(spans)):
                if spans[at].start >= f.start:
                    break
                if spans[at].end > start:
                    inside.append(spans[at])
            if any(o.start < start or o.end > f.start for o in inside):
                continue  # a span across the name's edge: another reading ("[Democratic
                # Republic] of [Congo]" is not the Republic of Congo)
            gone |= {id(o) for o in inside}
            f.start, f.label, f.vote, f.weight, f.key = start, label, vote, weight, None
            f.text = name
            break
    return [f for f in found if id(f) not in gone] if gone else found


def _never_alone(
    first: str, second: str, texts: list[str], seen: dict[tuple[str, str], bool]
) -> bool:
    """Is `first` never written in the corpus but before `second` ("Hurso" only ever in
    "Hurso Kela", however the pipeline tags its two words)? Then it is no name of its own
    before someone's: the two are one name. (`seen`: the answers so far.)"""
    if (first, second) not in seen:
        pattern = re.compile(
            rf"(?<![\w'’-]){re.escape(first)}(?![\w'’-])(?! {re.escape(second)}\b)"
        )
        # (the pattern opens with a look-behind, tried at every character: only in the
        # texts that hold the word)
        seen[first, second] = not any(first in text and pattern.search(text) for text in texts)
    return seen[first, second]


# Initials alone ("A.O.", "W.K.") in a line that writes three sets or more, two of them
# no known body's, place's or state's letters: a paper's authors ("A.O. and P.L.
# conceived the study. A.O., W.K. and N.H. led enrolment"), no names to read (not "the
# U.S., U.K. and E.U.").
_INITIALS_ONLY = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}(?![\w])")
AUTHORS_INITIALS = 3


def authors_initials(found: list[Found], texts: list[str]) -> list[Found]:
    """`found` without the mentions that are authors' initials (_INITIALS_ONLY), in a
    line of authors' initials and elsewhere ("T.G. is an employee of Helixa"): those no
    known body's, place's or state's letters ("U.S." in "a B.B.A. and a J.D. from U.S.
    schools" is the country; "N.H." among authors' initials is read as New Hampshire)."""
    authors: dict[int, set[str]] = {}  # document -> the unknown initials of its authors' lines
    lines: set[tuple[int, int]] = set()
    for f in found:
        if not _INITIALS_ONLY.fullmatch(f.text):
            continue
        text = texts[f.doc]
        start = text.rfind("\n", 0, f.start) + 1
        if (f.doc, start) in lines:
            continue
        lines.add((f.doc, start))
        end = text.find("\n", f.end)
        initials = set(_INITIALS_ONLY.findall(text, start, end if end >= 0 else len(text)))
        unknown = {i for i in initials if not _known_letters(i.replace(".", ""))}
        if len(initials) >= AUTHORS_INITIALS and len(unknown) >= 2:
            authors.setdefault(f.doc, set()).update(unknown)
    anywhere = {i for initials in authors.values() for i in initials}
    return [f for f in found if f.text not in anywhere]


def _known_letters(letters: str) -> bool:
    """Are these a known body's, country's or US state's letters ("EU", "US", "NH")?"""
    return (
        letters in KNOWN_ACRONYMS
        or letters in STATE_CODES
        or country_of(letters.lower()) is not None
    )


# A given name and "and" right before a person's full name: "Rosalind and [Daniel
# Marlowe]", "Joe and [Jill Biden]" (group 1: the given name) ...
_GIVEN_AND_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z][\w'’-]*) (?:and|&) $")
# ... not the last word of a longer name, a capitalised word before it inside its
# sentence ("the Pueblo of Santa [Clara] and Ohkay Owingeh"; "Siblings Rosalind" opens
# the sentence).
_CAPITALISED_INSIDE = re.compile(r"[^\s.!?:;\"“(\[]\s+[A-Z][\w'’-]*\s+$")


def shared_surnames(found: list[Found], texts: list[str]) -> list[Found]:
    """`found` and the given names written before "and" and a person's full name, which
    share that name's surname ("Rosalind and [Daniel Marlowe]": Rosalind Marlowe, whom
    the pipeline did not tag): each a mention of its own, keyed as the given name and
    that surname, so that it joins the person the corpus names so in full. A given
    name: one that opens a person's name of two or three words the corpus tags (or
    lexicon/nicknames.txt lists), not the full name's surname, no title before it ("Mr
    Biden and Jill Biden"), no mention already nor the end of one ("[Kim Min-jun] and
    [Wang Lei]")."""
    given = {
        f.text.split()[0] for f in found if f.label == "PERSON" and 2 <= len(f.text.split()) <= 3
    }
    taken = {(f.doc, f.start) for f in found} | {(f.doc, f.end) for f in found}
    added = []
    for f in found:
        words = f.text.split()
        if f.label != "PERSON" or not 2 <= len(words) <= 3:
            continue
        text = texts[f.doc]
        before = _GIVEN_AND_BEFORE.search(text, max(0, f.start - 40), f.start)
        if (
            before is None
            or (f.doc, before.start(1)) in taken
            or (f.doc, before.end(1)) in taken  # "[Kim Min-jun] and [Wang Lei]"
            or _CAPITALISED_INSIDE.search(text, max(0, before.start(1) - 40), before.start(1))
            or before.group(1) == words[-1]
            or not (before.group(1) in given or before.group(1).lower() in GIVEN_NAMES)
            or title_words(text, before.start(1))
        ):
            continue
        start, end = before.start(1), before.end(1)
        key = name_key(f"{before.group(1)} {words[-1]}")
        added.append(
            Found(f.doc, text[start:end], "PERSON", f.sentence, start, end, STRONG, "person", key)
        )
        taken.add((f.doc, start))
    if not added:
        return found
    return sorted([*found, *added], key=lambda f: (f.doc, f.start, f.end))


# The particles inside a person's name, in lower case, one or two of them between its
# parts: "João Pedro dos Santos Lima", "Maria das Graças Oliveira", "Ludwig van Beethoven",
# "Sor Juana Inés de la Cruz", "Khalid bin Saeed". Not "y", "e" ("Juan y María": two
# people).
_INNER_PARTICLE = re.compile(
    r" (?:(?:da|das|de|del|dela|della|delos|di|do|dos|du|van|von|zu|ter|bin|ibn)"
    r"(?: (?:la|las|le|los|der|den|het))?) "
)
# Tags of the part after the particle the tagger gives a foreign surname ("dos [Santos]"
# a city, "[Lima]" a capital).
_SURNAME_TAGS = frozenset({"PERSON", "GPE", "LOC", "ORG", "NORP"})
# ... and a place's or a body's name cut at a Portuguese, Spanish, French or Italian
# particle: "[Conceição] do [Itacolomi]", "[Vale] do [Ouro Consultoria Ltda.]",
# "[Ribeirão] dos [Cristais]" (not "of", an English name's: "[Gulf] of [Mexico]").
_PLACE_OR_BODY_TAGS = frozenset({"GPE", "LOC", "ORG", "FAC"})
_ROMANCE_PARTICLE = re.compile(
    r" (?:" + lexicon.alternation(ROMANCE_PARTICLES) + r")(?: (?:la|las|los))? "
)


def join_at_particles(found: list[Found], texts: list[str]) -> list[Found]:
    """`found` with each person's name the tagger cut at a particle inside it made whole:
    "[João Pedro] dos [Santos Lima]", "[Ana Paula] dos [Santos]" are one name each. The
    part before is tagged a person; the part after, right after the particle (a space
    either side), is capitalised, of three words at most, tagged a person or, as the
    tagger reads foreign surnames, a place or a body. The part after is then no mention
    of its own. So too a place's or a body's name cut at a Romance particle
    ("[Conceição] do [Itacolomi]"), a person's if its second part is tagged one.
    (texts: the documents' text, by document index.)"""
    starts = {(f.doc, f.start): f for f in found}
    taken: set[int] = set()
    for f in found:
        if id(f) in taken:
            continue
        _after_a_titles_particle(f, texts[f.doc])
        if f.label == "PERSON":
            particle = _INNER_PARTICLE.match(texts[f.doc], f.end)
        elif f.label in _PLACE_OR_BODY_TAGS:
            particle = _ROMANCE_PARTICLE.match(texts[f.doc], f.end)
        else:
            continue
        after = starts.get((f.doc, particle.end())) if particle else None
        if (
            after is None
            or after.label not in _SURNAME_TAGS
            or not after.text[:1].isupper()
            or len(after.text.split()) > 3
            or (f.label != "PERSON" and len(f.text.split()) > 3)
            or "\n" in texts[f.doc][f.start : after.end]
        ):
            continue
        f.end = after.end
        f.text = texts[f.doc][f.start : f.end]
        if after.label == "PERSON":  # "[Wellington] dos [Santos Reis]": a person's name
            f.label, f.vote, f.weight = "PERSON", after.vote, after.weight
        taken.add(id(after))
    return [f for f in found if id(f) not in taken]


_PARTICLE_BEFORE = re.compile(r"(?<= )(?:da|das|de|del|di|do|dos|du) $")


def _after_a_titles_particle(f: Found, text: str) -> None:
    """ "Mr. dos [Santos Lima]", "Senator da [Silva]": a name after a title and a
    particle is a person's surname, the particle with it, however tagged."""
    if not f.text[:1].isupper() or len(f.text.split()) > 2:
        return
    particle = _PARTICLE_BEFORE.search(text, max(0, f.start - 5), f.start)
    if particle is not None and title_words(text, particle.start() - 1):
        f.start, f.text = particle.start(), text[particle.start() : f.end]
        f.label, f.vote, f.weight = "PERSON", "person", 1.0


def complete_given_names(found: list[Found], texts: list[str], vocabulary: Vocabulary) -> None:
    """Each person's span cut after its given name made whole: "Ben [LaBolt]", "Elena
    [Delle Donne]", "Andrés Manuel [López Obrador]" (the tagger misses given names it
    does not know). The words right before the span, on its line, a space apart, are
    given names when the corpus opens another person's full name with them ("Ben Ray
    Luján") or lexicon/nicknames.txt lists them, the corpus never writes them in lower
    case, they are no title and no mention of their own, and no capitalised word comes
    before them (not a list's or a caption's name run into this one) and none after the
    span ("Ben [Hill] County"). A word that makes, with a one-word span, a person's full
    name the corpus writes in the other order is a given name too ("Hye-won [Kim]" beside
    "Kim Hye-won"), and so is one written right before the same two-word span at least
    twice ("Ovidio [Guzmán López]", "Ovidio [Guzman Lopez]": a surname of two words)."""
    reversed_names = _in_other_order(found)
    given = {
        fold(f.text.split()[0])  # ("María" beside "Maria Fernanda Lopez Ortega")
        for f in found
        if f.label == "PERSON"
        and 2 <= len(f.text.split()) <= 4
        and _LEAD.fullmatch(f.text.split()[0])
    }
    taken = {(f.doc, f.start) for f in found} | {(f.doc, f.end) for f in found}
    written_before: Counter[tuple[str, str]] = Counter()
    for f in found:
        if f.label == "PERSON" and len(f.text.split()) == 2:
            given_before = _GIVEN_BEFORE.search(texts[f.doc], max(0, f.start - 30), f.start)
            if given_before is not None:
                written_before[(given_before.group(1), name_key(f.text))] += 1
    for f in found:
        if f.label != "PERSON" and " " not in f.text:
            _turned_surname(f, texts[f.doc], reversed_names, taken)  # "Min-jun [Park]"
        if f.label != "PERSON" or len(f.text.split()) > 2:
            continue
        text, start = texts[f.doc], f.start
        while (before := _GIVEN_BEFORE.search(text, max(0, start - 30), start)) is not None:
            word = before.group(1)
            turned = start == f.start and name_key(f"{word} {f.text}") in reversed_names
            repeated = start == f.start and written_before[(word, name_key(f.text))] >= 2
            titled = (
                start == f.start
                and (" " in f.text or not _misspelt_title(word))  # "Prime Minster [Kadhimi]"
                and not _TITLE_ROLE_OR_MODIFIER & {w.lower() for w in word.split("-")}
                and word.split("-")[0].lower() not in DEMONYMS  # "American-born"
                and _titled_before(text, before.start(1))
            )
            if (
                (
                    fold(word) not in given
                    and word.lower() not in GIVEN_NAMES
                    and not (turned or repeated or titled)
                )
                or word.lower() in _TITLE_ROLE_OR_MODIFIER  # "Republican"
                or word.lower() in _FUNCTION_WORDS  # "The [Deepwater Horizon]" thrice
                or vocabulary.lower[word.lower()]
                or (f.doc, before.start(1)) in taken
                or (f.doc, before.end(1)) in taken
            ):
                break
            start = before.start(1)
        if (
            start != f.start
            and (
                not _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
                or _titled_before(text, start)
            )
            and not _NEXT_WORD.match(text, f.end)  # "Ben [Hill] County": a longer name
        ):
            f.start, f.text = start, text[start : f.end]


_FUNCTION_WORDS = SMALL_WORDS | lexicon.words("stop_words")


def _turned_surname(
    f: Found, text: str, reversed_names: set[str], taken: set[tuple[int, int]]
) -> None:
    """A one-word span tagged a body or a place ("Min-jun [Park]", "Park" read as a
    park) that makes, with the given name right before it, a person's full name the
    corpus writes in the other order ("Park Min-jun"): the person's name, whole."""
    before = _GIVEN_BEFORE.search(text, max(0, f.start - 30), f.start)
    if (
        before is None
        or name_key(f"{before.group(1)} {f.text}") not in reversed_names
        or (f.doc, before.end(1)) in taken
        or _CAPITAL_BEFORE.search(text, max(0, before.start(1) - 30), before.start(1))
        or _NEXT_WORD.match(text, f.end)
    ):
        return
    f.start, f.text, f.label = before.start(1), text[before.start(1) : f.end], "PERSON"
    f.vote, f.weight = "person", 1.0


def courtesied_surnames(found: list[Found], texts: list[str], vocabulary: Vocabulary) -> None:
    """ "Hon. Temitope [Ogunleye]", "Dr. Yetunde [Oshinowo]", "her father, Emeka
    [Okoro]": a name of one word tagged a place, a body or a work, right after a
    courtesy, or a relative's noun and a comma, and a capitalised word the corpus
    never writes in lower case, is the surname of a person whose given name the tagger
    left out (it does not know it): the person's name, whole. Not when a capitalised
    word follows ("Mr. Ben [Hill] County")."""
    for f in found:
        if f.label == "PERSON" or " " in f.text:
            continue
        text = texts[f.doc]
        before = _COURTESY_GIVEN_BEFORE.search(
            text, max(0, f.start - 40), f.start
        ) or KIN_GIVEN_BEFORE.search(text, max(0, f.start - 60), f.start)
        if (
            before is None
            or vocabulary.lower[before.group(1).lower()]
            or _NEXT_WORD.match(text, f.end)
        ):
            continue
        f.start, f.text, f.label = before.start(1), text[before.start(1) : f.end], "PERSON"
        f.vote, f.weight = "person", 1.0


def peers(found: list[Found], documents: Sequence[Document], vocabulary: Vocabulary) -> list[Found]:
    """ "Lord Hallam", "Baroness Ferrier of Ambleside", "the Rt Hon the Lord Hallam of
    Whitby": a peer's title, the surname, and the place the peerage is "of" (_PEER).
    The surname is a person's, titled, where the tagger tagged nothing or something
    else ("[The Rt Hon the Lord Hallam]" a work); the place of the title names nothing
    of its own (no body "Whitby" from "Lord Hallam of [Whitby]"). Not a title's word,
    an office or a common word after the title ("Lord Chancellor", "Lord Mayor"), nor a
    deity ("the Lord God")."""
    peerages: dict[int, list[tuple[int, int, int, int]]] = {}  # doc -> (from, name, name end, to)
    for index, document in enumerate(documents):
        text = document.text
        if not _PEER_TITLE.search(text):
            continue
        for match in _PEER.finditer(text):
            name = match.group("name")
            bare = name.lower()
            if (
                bare in TITLE_PHRASE
                or bare in OFFICES
                or bare in NOT_ENTITIES
                or vocabulary.common(name)
                or name in CALENDAR_NAMES
            ):
                continue
            peerages.setdefault(index, []).append(
                (match.start(), match.start("name"), match.end("name"), match.end())
            )
    if not peerages:
        return found
    kept: list[Found] = []
    named: set[tuple[int, int]] = set()
    for f in found:
        spans = peerages.get(f.doc, ())
        peer = next((p for p in spans if f.start < p[3] and f.end > p[0]), None)
        if peer is None:
            kept.append(f)
        elif f.label == "PERSON" and peer[0] <= f.start and f.end <= peer[2]:
            kept.append(f)  # the surname, as the tagger found it ("[Lord Browne]" too)
            named.add((f.doc, peer[1]))
    added = []
    for index, spans in peerages.items():
        document = documents[index]
        for _, start, end, _ in spans:
            sentence = next(
                (s.number for s in document.sentences if s.start <= start < s.end), None
            )
            if (index, start) not in named and sentence is not None:
                name = document.text[start:end]
                added.append(Found(index, name, "PERSON", sentence, start, end, STRONG, "person"))
    if not added:
        return kept
    return sorted(kept + added, key=lambda f: (f.doc, f.start, f.end))


# A peer's title (words.PEERAGE_TITLES) and surname, and the place of the peerage, if
# written ("Lord Hallam of Whitby", "Baroness Ferrier of Ambleside"); not a given name
# before the surname ("Lord John Browne": the tagger's full name).
_PEERS = "|".join(sorted(title.capitalize() for title in PEERAGE_TITLES))
_PEER_TITLE = re.compile(rf"\b(?:{_PEERS}) [A-Z]")
_PEER = re.compile(
    rf"\b(?:{_PEERS})\s+"
    r"(?P<name>[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)*)(?![\w-])(?![^\S\n]+[A-Z])"
    r"(?:\s+of\s+[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)*(?:\s+[A-Z][a-z]+)?(?![\w-]))?"
)


def portfolio_names(found: list[Found], texts: list[str], vocabulary: Vocabulary) -> None:
    """Each span run on from a title's portfolio into the name after it, cut to the name:
    "Minister of Trade, Industry and [Energy Lee Jae-sung]", "Japan's Minister of
    [Economy, Trade and Industry Kenji Morita]", "Spokesperson for China's [Ministry of
    Commerce Zhang Wei]" (_PORTFOLIO). The name is the two or three capitalised words at
    the span's end that the corpus never writes in lower case, after a word it does
    ("industry", "commerce") or a body's ("Energy"), when the name or its surname is
    tagged a person somewhere ("Morita said"), or its first word opens a person's name
    ("Jen" of "Jen Psaki"): a person's, titled. Not "Bank of America Merrill Lynch" (no
    word in lower case before the name), nor "Secretary of State for Northern Ireland"
    ("northern" is), nor "a Trustee of the National Symphony Orchestra" (nobody is
    called so)."""
    people = {name_key(f.text) for f in found if f.label == "PERSON"}
    openers = {w.split()[0] for w in people if " " in w}  # "jen" of "Jen Psaki"
    for f in found:
        if f.label not in ("PERSON", "ORG") or f.text.count(" ") < 2:
            continue
        words = list(_WORD.finditer(f.text))
        run = 0
        while run < min(3, len(words) - 1) and _named_only(words[-1 - run].group(), vocabulary):
            run += 1
        lead = words[-1 - run].group().rstrip(",")
        if run < 2 or not (vocabulary.lower[lead.lower()] or lead.lower() in _NO_NAMES_WORDS):
            continue
        if a_city([f"{lead} {words[-run].group()}"]):
            continue  # "Bank of New [York Mellon]": a city's name is no portfolio's end
        text, start = texts[f.doc], f.start + words[-run].start()
        name = text[start : f.end]
        surname = written_surname(name)
        key = name_key(name)
        if (
            key not in people
            and key.split()[0] not in openers
            and (surname is None or name_key(surname) not in people)
        ):
            continue  # "Trustee of the National [Symphony Orchestra]": nobody's name
        portfolio = _PORTFOLIO.search(text, max(0, start - 120), start)
        if portfolio is None or portfolio.group(1).lower() not in _HOLDERS:
            continue
        f.start, f.text, f.label = start, text[start : f.end], "PERSON"
        f.vote, f.weight = "person", STRONG


# A title, an office or a body's head, "of" or "for", and up to five capitalised words of
# its portfolio, with commas and "and" between, right before a name: "Minister
# of Trade, Industry and Energy", "Spokesperson for China's Ministry of Commerce".
_PORTFOLIO = re.compile(
    r"\b([A-Z][\w-]*)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*['’]s\s+)?"
    r"(?:[A-Z][\w-]*,?\s+(?:and\s+)?){1,5}$"
)
_HOLDERS = TITLES | ROLE_NOUNS | OFFICES | ORG_HEADS  # "Minister", "Spokesperson", "Ministry"
_NAME_SHAPED = re.compile(r"[A-Z][a-z’']+(?:-[A-Za-z][a-z’']+)?")
_NO_NAMES_WORDS = (
    SMALL_WORDS | TITLES | OFFICES | ORG_HEADS | BUSINESS_WORDS | ROLE_NOUNS | LEGAL_FORMS
)


def _named_only(word: str, vocabulary: Vocabulary) -> bool:
    """A word shaped as a name's that the corpus never writes in lower case, and no
    title's, body's or function word ("Lee", "Jae-sung", "Morita")."""
    lower = word.lower()
    return (
        _NAME_SHAPED.fullmatch(word) is not None
        and not vocabulary.lower[lower]
        and lower not in _NO_NAMES_WORDS
    )


# A courtesy ("Hon.", "Mrs", "Dr.") and a capitalised word right before a span.
_COURTESY_GIVEN_BEFORE = re.compile(
    r"(?<![\w.])(?:"
    + lexicon.alternation(w.capitalize() for w in COURTESY_WORDS)
    + r")\.?\s+([A-Z][a-zà-öø-ÿ]+) $"
)


def _titled_before(text: str, start: int) -> bool:
    """Is the word before `start` a person's title or role ("Governor [Arvind] Kumar
    Saxena", "national president, [Vinod] Kumar Tiwari"): the name opens after it, so
    the capitalised word at `start` is its first, a given name the tagger left out."""
    match = _WORD_BEFORE_TITLE.search(text, max(0, start - 30), start)
    return match is not None and match.group(1).lower() in _TITLE_OR_ROLE


_TITLE_ROLE_OR_MODIFIER = TITLES | ROLE_NOUNS | MODIFIERS


@lru_cache(maxsize=4096)
def _misspelt_title(word: str) -> bool:
    """Is the word a title's or a role's word, of five letters or more, with one letter
    wrong, missing or more ("Minster", "Sentor"): no given name, after a title,
    however the tagger read the name after it ("Prime Minster [Kadhimi]")?"""
    lowered = word.lower()
    return any(
        distance(lowered, title, 1) == 1
        for title in _TITLE_ROLE_OR_MODIFIER
        if len(title) >= 5 and title[0] == lowered[0]
    )


# A capitalised word right before a span, a space between, on its line.
_GIVEN_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][a-zà-öø-ÿ]+(?:-[A-Za-zà-öø-ÿ][a-zà-öø-ÿ]+)?) $")
# A capitalised word or a name's period before that ("Tony Hayward. Ben"; "Reuters Ben").
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w.’'-]* $")
_WORD_BEFORE_TITLE = re.compile(r"(?<![\w’'.-])([A-Za-z]+)\.?,? $")
_TITLE_OR_ROLE = TITLES | ROLE_NOUNS


def split_run_on(found: list[Found]) -> list[Found]:
    """`found` with each person's span that runs a person's full name into another
    name split in two: "chief executive [Tony Hayward Greenpeace]'s video", a caption
    run into the next one, is Tony Hayward, then Greenpeace, when the corpus writes the
    first part whole as a person at least twice and the rest alone as an organization or
    a place (_named_otherwise)."""
    people: Counter[str] = Counter()
    others: dict[str, Counter[str]] = {}
    for f in found:
        if f.label == "PERSON":
            people[f.text] += 1
        elif f.label in ("ORG", "GPE", "LOC"):
            _count(others, f.text, f.label)
    out: list[Found] = []
    for f in found:
        words = f.text.split(" ") if f.label == "PERSON" else []
        cut = next(
            (
                n
                for n in range(2, len(words))
                if people[" ".join(words[:n])] >= 2
                and _named_otherwise(" ".join(words[n:]), people, others)
            ),
            None,
        )
        if cut is None:
            out.append(f)
            continue
        head = " ".join(words[:cut])
        rest = f.text[len(head) + 1 :]
        label = others[rest].most_common(1)[0][0]
        out.append(replace(f, text=head, end=f.start + len(head), vote="person", weight=1.0))
        out.append(replace(f, text=rest, label=label, start=f.start + len(head) + 1, vote=None))
    return out


# The outlets a credit names, but a state's postal code ("PA Department of Health").
_CREDITED = OUTLETS - STATE_CODES


def _count(counts: dict[str, Counter[str]], name: str, label: str) -> None:
    """One more of the name tagged `label` (a Counter made only for a new name;
    setdefault made one for every span)."""
    counted = counts.get(name)
    if counted is None:
        counted = counts[name] = Counter()
    counted[label] += 1


def split_outlet_credits(found: list[Found]) -> list[Found]:
    """`found` with a news outlet's name cut from the start of each span that runs a
    credit into the name after it ("Photograph: Reuters [Reuters BP] is poised",
    "[Reuters Gaddafi] loyalists"): the rest is the mention, when the corpus writes it
    alone more often than run on, and twice at least. An outlet's own names stay whole
    ("Reuters Insider", "BBC News": "Insider" and "News" are not written alone so; "BBC
    Scotland": the rest a place, the outlet's service there)."""
    labels: dict[str, Counter[str]] = {}  # how each name is written alone, by its tags
    for f in found:
        _count(labels, f.text, f.label)
    out: list[Found] = []
    for f in found:
        outlet, _, rest = f.text.partition(" ")
        alone = labels[rest].total() if rest in labels else 0
        if (
            outlet in _CREDITED
            and rest[:1].isupper()
            and alone >= max(2, labels[f.text].total() + 1)
        ):
            label = labels[rest].most_common(1)[0][0]  # "[Reuters Gaddafi|ORG]": a PERSON
            if label in ("GPE", "LOC"):
                out.append(f)  # "BBC Scotland": the outlet's service there
                continue
            start = f.start + len(outlet) + 1
            out.append(replace(f, text=rest, label=label, start=start, vote=None, key=None))
        else:
            out.append(f)
    return out


def split_joined_names(found: list[Found], texts: list[str]) -> list[Found]:
    """`found` with each span that joins two names by "and" split in two: "[Ministry of
    Health and World Health Organization]", "[Buttigieg and Department of Energy]", where
    the corpus tags each part alone at least twice and more often than the whole, and
    writes each apart from the other at least as often as together (counted in the
    documents that tag either or the whole): two names. Not a country's name ("Trinidad
    and Tobago"), nor one name said twice ("Johnson and Johnson"), nor a body whose name
    the corpus tags whole as often ("the Department of Health and Human Services"), nor
    a pair written as one ("AA and NHPI" communities, 107 times; "AA" apart, once). Each
    part takes the tag the corpus writes it with most, and is voted again."""
    labels: dict[str, Counter[str]] = {}  # how each name is written alone, by its tags
    for f in found:
        _count(labels, f.text, f.label)
    tagged_in = _documents_tagging(found)  # ... and in which documents
    out: list[Found] = []
    for f in found:
        parts = _joined_parts(f.text, labels, tagged_in, texts) if " and " in f.text else None
        if parts is None:
            out.append(f)
            continue
        for part, start in ((parts[0], f.start), (parts[1], f.end - len(parts[1]))):
            label = labels[part].most_common(1)[0][0]
            end = start + len(part)
            vote, weight = vote_for(part, label, start, end, texts[f.doc])
            out.append(
                replace(
                    f,
                    text=part,
                    label=label,
                    start=start,
                    end=end,
                    vote=vote,
                    weight=weight,
                    key=None,
                )
            )
    return out


def _joined_parts(
    name: str, labels: dict[str, Counter[str]], tagged_in: dict[str, set[int]], texts: list[str]
) -> tuple[str, str] | None:
    """The two names `name` joins at one of its "and"s (split_joined_names), or None."""
    if country_of(name) is not None:
        return None
    whole = labels[name].total()
    at = name.find(" and ")
    while at >= 0:
        head, rest = name[:at], name[at + 5 :]
        if head != rest and all(
            part in labels and labels[part].total() >= max(2, whole + 1) for part in (head, rest)
        ):
            documents = tagged_in[name] | tagged_in[head] | tagged_in[rest]
            together = sum(texts[d].count(name) for d in documents)
            if all(
                sum(texts[d].count(part) for d in documents) - together >= together
                for part in (head, rest)
            ):
                return head, rest
        at = name.find(" and ", at + 1)
    return None


def _named_otherwise(rest: str, people: Counter[str], others: dict[str, Counter[str]]) -> bool:
    """Is `rest` a name the corpus writes alone as an organization or a place at least
    twice, hardly ever as a person (a tag in DOMINANT is a slip), and not a body's
    generic head ("[John Marshall] Law School" is one name)?"""
    otherwise = sum(others.get(rest, Counter()).values())
    if otherwise < 2 or people[rest] * DOMINANT > otherwise:
        return False
    return rest.split()[-1].lower() not in ORG_HEADS


SPLIT_RULE = "a person's name written after the object of a title"


def split_titled_names(clusters: list[Cluster], documents: Sequence[Document]) -> None:
    """Each organization's or place's mention that ends with a person's full name after
    a title is that person's, cut to the name."""
    people: dict[str, int] = {}
    for i, cluster in enumerate(clusters):
        names = {m.text for m in cluster.mentions if " " in m.text}
        if names and is_full_person(cluster):
            for name in sorted(names):
                people.setdefault(name_key(name), i)
    for i, cluster in enumerate(clusters):
        moved: list[tuple[int, Found, str, str]] = []
        for mention in cluster.mentions:
            if mention.text.count(" ") < 2:
                continue  # no name of two words after another word
            written = mention.text
            target = _titled_person(mention, documents[mention.doc].text, people, i)
            if target is not None:
                moved.append((target, mention, SPLIT_RULE, mention.text))
            elif len(cluster.mentions) <= GLUED_RARE:
                target = _glued_person(mention, people, clusters, i)
                if target is not None:
                    moved.append((target, mention, GLUED_RULE, written))  # the run-on kept
        if moved:
            gone = {id(m) for _, m, _, _ in moved}
            cluster.mentions = [m for m in cluster.mentions if id(m) not in gone]
        for target, mention, rule, evidence in moved:
            clusters[target].evidence.append((evidence, rule, mention.doc, mention.sentence))
            clusters[target].mentions.append(mention)


GLUED_RULE = "a person's name run on after another name"
GLUED_RARE = 2  # a run-on is written once or twice; a name of three words may be common
GLUED_NAMED = 5  # the person's name the corpus writes alone at least this often
_LEAD = re.compile(r"[A-Z][a-z]+")


def _glued_person(
    mention: Found, people: dict[str, int], clusters: list[Cluster], own: int
) -> int | None:
    """The person whose full name, written alone GLUED_NAMED times or more, a rare
    mention ends with after one more word: "hurricane [Katrina Barack Obama] surveys",
    "the [Atlantic Barack Obama] walks away" (a caption run into the text). Not a
    middle name or an initial: "Barack Hussein Obama", "George W. Bush" end with no name
    written alone. The mention is cut to the name."""
    lead, _, rest = mention.text.partition(" ")
    target = people.get(name_key(rest))
    if (
        target is None
        or target == own
        or not _LEAD.fullmatch(lead)
        or lead.lower() in BODY_OPENERS  # "Inversiones Morales Arrieta": a company
        or rest[:1].islower()  # "Maarten van der Berg": a surname with its particle
        or len(clusters[target].mentions) < GLUED_NAMED
    ):
        return None
    mention.start += len(lead) + 1
    mention.text = rest
    mention.label, mention.vote = "PERSON", "person"
    return target


# "Secretary of [Commerce ...]", "Advisor for [Cyber ...]": a title and its object.
_TITLE_OF = re.compile(r"([A-Z][\w.-]*)\s+(?:of|for)\s+(?:the\s+)?$")


_WORD = re.compile(r"\S+")
_TITLES_ROLES = TITLES | ROLE_NOUNS


def _singular_end(word: str) -> tuple[str, str]:
    """A compound's last part, and it without a plural's s ("co-chairs": "chairs", "chair")."""
    end = word.rpartition("-")[2]
    return end, end.removesuffix("s")


def _titled_person(mention: Found, text: str, people: dict[str, int], own: int) -> int | None:
    """The person whose full name ends the mention after a title (the mention is cut to
    the name), or None."""
    words = list(_WORD.finditer(mention.text))
    for k in (3, 2):
        if len(words) <= k:
            continue
        start = words[-k].start()
        target = people.get(name_key(mention.text[start:]))
        if target is None or target == own:
            continue
        lead = [w.group().lower().rstrip(".,") for w in words[:-k]]
        if PATRONYMIC & set(lead):
            return None  # "Saqr bin [Sultan] Al Qasimi": a father's name, no title
        # "[Rear Adm.] Mary Landry", "[White House Coordinator for CHIPS
        # Implementation] Ronnie Chatterji", "[PCAST Co-Chairs] Frances Arnold"
        titled = all(w in TITLE_PHRASE for w in lead) or any(
            _TITLES_ROLES & {w, *_singular_end(w)} for w in lead
        )
        of = _TITLE_OF.search(text, max(0, mention.start - 40), mention.start)
        if not titled and not (of and of.group(1).lower().rstrip(".") in _TITLES_ROLES):
            return None  # "Congregation Beth Israel", "St. Bernard Parish": no title
        mention.start += start
        mention.text = mention.text[start:]
        mention.label, mention.vote = "PERSON", "person"
        return target
    return None


def hyphenated_whole(found: list[Found], texts: list[str]) -> None:
    """Each name cut by the tagger at a hyphen inside it made whole (_hyphenated_end):
    "the [Oke]-Ajana market", "Babajide [Sanwo]-Olu"; its vote read again."""
    for f in found:
        text = texts[f.doc]
        end = _hyphenated_end(text, f.start, f.end)
        if end != f.end:
            f.end, f.text = end, text[f.start : end]
            vote, weight = vote_for(f.text, f.label, f.start, f.end, text)
            if vote != "event":
                f.vote, f.weight = vote, weight


# A generation's suffix after a comma, right after a name ("Dexter Calloway[, Sr.]",
# "Martin Luther King[, Jr.]"), which the tagger leaves out: the name's own.
_COMMA_GENERATION = re.compile(r",[ ](?:[JS]r\.?|[JS]R\.?)(?![\w’'-])")


def suffixed_whole(found: list[Found], texts: list[str], vocabulary: Vocabulary) -> list[Found]:
    """Each name of two words or more right before a generation's suffix written after a
    comma (_COMMA_GENERATION), which the tagger leaves out: a person's, however tagged
    ("[Harold W. McGraw], Jr."); made whole where the corpus tells the generations of the
    name apart (mentions._generations_of: "[Dexter Calloway], Sr., an individual" is
    the father, not his son Dexter Calloway Jr.). A suffix tagged alone ("Dexter
    Calloway, [Sr.]") names no one: left out."""
    kept = []
    for f in found:
        if f.text.lower().rstrip(".") in GENERATIONS:
            continue
        text = texts[f.doc]
        suffix = _COMMA_GENERATION.match(text, f.end) if " " in f.text else None
        if suffix is not None:
            if generation_key(f.text) in vocabulary.generations:
                f.end, f.text = suffix.end(), text[f.start : suffix.end()]
            f.label, f.vote, f.weight = "PERSON", "person", STRONG
        kept.append(f)
    return kept


def _hyphenated_end(text: str, start: int, end: int) -> int:
    """The end of a name cut by the tagger at a hyphen inside it ("[Oke]-Ajana",
    "Babajide [Sanwo]-Olu", "Rebecca [Bauer]-Kahan"): after the capitalised words the
    hyphens join, when the text writes neither the span's last word nor any of them
    alone (not "[Biden]-Harris" where Biden or Harris is named), not before a regime's
    word ("the [Ortega]-Murillo regime"), and none of them, nor the span, is a place or
    a people the gazetteers know or a known body's acronym, two names joined ("the
    [U.S.]-China talks", "[Alabama]-Florida line", "[NATO]-EU"), unless the whole is a
    place of its own ("[Timor]-Leste", "[Winston]-Salem")."""
    joined = _JOINED_AFTER.match(text, end)
    if joined is None:
        return end
    name = text[start:end]
    parts = joined.group().split("-")[1:]
    if _known_place_or_body(text[start : joined.end()]) or (
        _LINKS & set(parts) and not any(p.isupper() for p in (name, *parts))
    ):
        # "Timor-Leste", "Winston-Salem": a place of that name; "Lebel-sur-Quévillon",
        # though "the Quévillon motel" is written too (not acronyms: "BOP-on-BOP")
        return joined.end()
    if any(_known_place_or_body(part) for part in (name, *parts)):
        return end
    if _RULERS_AFTER.match(text, joined.end()):
        return end  # "the [Ortega]-Murillo regime": two rulers' names, each a person's
    for part in (name.rpartition(" ")[2], *parts):
        if re.search(rf"(?<![\w’'.-]){re.escape(part)}(?![\w’'-])", text):
            return end
    return joined.end()


# What two rulers' names joined by a hyphen are written before ("the Ortega-Murillo
# regime", "the Bush-Cheney administration").
_RULERS_AFTER = re.compile(r"\s+(?:regime|government|administration|presidency|era|years)\b")


@lru_cache(maxsize=4096)
def _known_place_or_body(name: str) -> bool:
    """A city, a region, a country, a people or a known body's acronym ("Dallas",
    "China", "German", "NATO")?"""
    return (
        a_city([name])
        or name.lower() in DEMONYMS
        or name in KNOWN_ACRONYMS
        or country_of(name) is not None
    )


# Lower-case words inside a place's name written with hyphens ("Lebel-sur-Quévillon",
# "Newcastle-upon-Tyne", "Barrow-in-Furness", "Aix-en-Provence"): no two names joined.
_LINKS = frozenset(
    {"sur", "sous", "en", "de", "du", "des", "la", "le", "les", "lès", "aux", "au"}
    | {"upon", "on", "in", "under", "by", "the", "di", "del", "am", "an", "im", "bei"}
)
_JOINED_AFTER = re.compile(
    r"(?:-(?:(?:{})-)*[A-Z][A-Za-z][\w’']*)+(?![\w’'-])".format("|".join(sorted(_LINKS)))
)


# A body's head and its portfolio, listed with commas: "Ministry of Health, Labour and
# Welfare", "Bureau of Alcohol, Tobacco, Firearms, and Explosives", "Committee on
# Banking, Housing, and Urban Affairs" (listed_portfolios).
_BODY_OF = re.compile(r"\b([A-Z][a-z]+)\s+(?:of|for|on)\s+(?:the\s+)?")
_ITEM = r"[A-Z][a-z][\w’'-]*(?: [A-Z][a-z][\w’'-]*)?"
_LISTED = re.compile(rf"{_ITEM}(?:,\s+{_ITEM})+,?\s+and\s+{_ITEM}")
_LIST_GLUE = re.compile(r",\s+and\s+|,\s+|\s+and\s+")
_IN_A_LIST = re.compile(r"(?:,|\band)\s+$")
_NO_PORTFOLIO_WORDS = ORG_HEADS | TITLES | OFFICES | SMALL_WORDS


def _portfolio(text: str, start: int) -> tuple[int, list[str]] | None:
    """The portfolio listed from `start` ("Health, Labour and Welfare"): where it ends,
    and its items, three at least, each one or two capitalised words of no title's,
    body's or place's; the last item's second word may be the title after it ("... and
    Welfare Minister")."""
    match = _LISTED.match(text, start)
    if match is None:
        return None
    items = _LIST_GLUE.split(match.group())
    last = items[-1].split()
    end = match.end()
    if len(last) == 2 and last[1].lower() in _NO_PORTFOLIO_WORDS:
        items[-1], end = last[0], end - len(last[1]) - 1
    words = [w.lower() for item in items for w in item.split()]
    if set(words) & _NO_PORTFOLIO_WORDS or any(a_city([i]) or country_of(i) for i in items):
        return None  # (a list of places: "Fiji, Kiribati, Tonga, Nauru, and Tuvalu")
    return end, items


def listed_portfolios(found: list[Found], texts: list[str]) -> list[Found]:
    """A body's span cut in its listed portfolio, made whole: "[Ministry of Health],
    Labour and Welfare", "[Committee on Health, Labor and] Welfare", the spans inside
    the rest ("[Welfare]") no mentions of their own. Not a list of bodies ("Department of
    Defense, Customs and Border Protection", "Partnership for Central America, Mastercard,
    Microsoft, and Cargill"): no item, nor the items from one on, is a name the corpus
    tags a body, of two words or more or outside a list. A portfolio before a title cut in
    pieces ("[Health, Labor] and [Welfare] Minister Kenji Sato") is one span: the
    ministry's (short_forms)."""
    # (the names tagged a body outside a list: "Mastercard said", not "Firearms, and
    # [Explosives]")
    bodies = {
        f.text.removeprefix("the ")
        for f in found
        if f.label == "ORG"
        and (" " in f.text or not _IN_A_LIST.search(texts[f.doc], max(0, f.start - 6), f.start))
    }
    covered: dict[int, list[tuple[int, int]]] = {}
    for f in found:
        if f.label != "ORG":
            continue
        text = texts[f.doc]
        heads = [
            m for m in _BODY_OF.finditer(text, f.start, f.end) if m.group(1).lower() in ORG_HEADS
        ]
        if not heads:
            continue
        listed = _portfolio(text, heads[-1].end())
        if listed is None or listed[0] <= f.end:
            continue
        end, items = listed
        if any(" ".join(items[k:]) in bodies or items[k] in bodies for k in range(len(items))):
            continue
        if any(
            " ".join(items[k:-1]) + " and " + items[-1] in bodies for k in range(len(items) - 1)
        ):
            continue
        covered.setdefault(f.doc, []).append((f.end, end))
        f.text, f.end = text[f.start : end], end
    dropped = {
        id(f) for f in found if any(s <= f.start and f.end <= e for s, e in covered.get(f.doc, ()))
    }
    by_doc: dict[int, list[Found]] = {}
    for f in found:
        if f.label == "ORG" and id(f) not in dropped:
            by_doc.setdefault(f.doc, []).append(f)
    for index, spans in by_doc.items():
        text = texts[index]
        # (only the lines where a body's span is in a list: "[Health, Labor] and",
        # "[Health], Labor", "and [Welfare]": reading the whole corpus costs a second)
        lines = sorted(
            {
                text.rfind("\n", 0, f.start) + 1
                for f in spans
                if "," in f.text
                or text.startswith((",", " and "), f.end)
                or text.endswith((", ", " and "), 0, f.start)
            }
        )
        for line in lines:
            end_of_line = text.find("\n", line)
            for match in _LISTED_BEFORE_TITLE.finditer(text, line, end_of_line % (len(text) + 1)):
                start, end = match.span(1)
                if (
                    match.group(2).lower() not in TITLES
                    or _portfolio(text, start) is None  # (of places: "Fiji, Kiribati, and Tonga")
                    or _OF_BEFORE.search(text, max(0, start - 40), start)
                ):
                    continue
                inside = [f for f in spans if start <= f.start and f.end <= end]
                if inside and not any(f.start == start and f.end == end for f in inside):
                    whole, *rest = inside
                    whole.start, whole.end, whole.text = start, end, text[start:end]
                    dropped.update(id(f) for f in rest)
    return [f for f in found if id(f) not in dropped]


# A portfolio listed before a title: "Health, Labor and Welfare Minister"; not a body's
# ("Bureau of [Alcohol, Tobacco, Firearms and Explosives] Director").
_OF_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+(?:of|for|on)\s+(?:the\s+)?$")
_LISTED_BEFORE_TITLE = re.compile(
    r"(?<![\w’'-])([A-Z][a-z][\w’'-]*(?:,\s+[A-Z][a-z][\w’'-]*)+,?\s+and\s+[A-Z][a-z][\w’'-]*)"
    r"\s+([A-Z][a-z]+)\b"
)


# A person's name set off by commas, the tagger's span cut before its last words: ",
# Malam [Sani] Kaigama Doho, said" (apposed_names_whole).
_APPOSED_REST = re.compile(r"((?: [A-Z][a-z][\w’'-]+){1,2})(?=,\s|\.\s|\.$| said\b| told\b)")
_SET_OFF_BEFORE = re.compile(r"(?:^|\n|[.!?]\s+|[,(]\s*)(?:[A-Z][\w.’'-]*\s+){0,3}$")
_NO_NAME_REST = (
    TITLES | OFFICES | ORG_HEADS | BUSINESS_WORDS | LEGAL_FORMS | SMALL_WORDS | ROLE_NOUNS
)


def apposed_names_whole(found: list[Found], texts: list[str], vocabulary: Vocabulary) -> None:
    """A person's span cut before the last words of a name set off by commas, made
    whole: "the Chief Press Secretary to the Governor, Malam [Sani] Kaigama Doho, said"
    (the tagger knows "Sani", not "Kaigama Doho"). The words after it are one or two
    capitalised words that the corpus never writes in lower case, no title's, body's,
    month's or weekday's word nor a known place, tagged nothing there, and the name is
    set off (a comma, a bracket or the sentence's start before it and its title, a comma,
    a full stop or "said" after): not "[Maria Lopez] Tuesday", "[John Smith] Jr.".
    Long names of three words or more are written so in West Africa and South Asia, the
    part the tagger does not know often the surname the story goes on using ("Doho
    said")."""
    starts: dict[int, list[tuple[int, int]]] = {}
    for f in found:
        starts.setdefault(f.doc, []).append((f.start, f.end))
    for f in found:
        if f.label != "PERSON" or len(f.text.split()) > 3:
            continue
        text = texts[f.doc]
        rest = _APPOSED_REST.match(text, f.end)
        if rest is None or not _SET_OFF_BEFORE.search(text, max(0, f.start - 60), f.start):
            continue
        words = rest.group(1).split()
        if any(
            w.lower() in _NO_NAME_REST
            or w in _CALENDAR
            or vocabulary.common(w)
            or vocabulary.lower[w.lower()]
            or known_place(name_key(w))
            for w in words
        ):
            continue
        if any(
            f.end < e and s < rest.end() for s, e in starts[f.doc] if (s, e) != (f.start, f.end)
        ):
            continue  # (tagged something there: "[Tom] Kane County")
        f.end = rest.end()
        f.text = text[f.start : f.end]


_CALENDAR = CALENDAR_NAMES | frozenset([*calendar.month_abbr[1:], "Sept"])


# A body's name goes on with what it is for or where it is ("U.S. Embassy [in Moscow]",
# "United States District Court [for the Southern District of New York]"): the
# preposition, then a name tagged right after it.
_COMPLEMENT_OPENS = re.compile(r" (in|to|for) (?:the )?(?=[A-Z])")
_KIND_HEADS = ORG_HEADS | PLACE_HEADS
KIND_RULE = "a kind's name, in a document naming one body of that kind by its complement"
REFERS_RULE = "a kind's name, after one body of that kind in the document"
# Complements, none written inside another, that make a name a kind's: "Case Western
# Reserve University in Cleveland" and "in Ohio" is one university, where it is; the
# "U.S. Embassy" in Moscow, in Accra and in Nairobi are three embassies.
KIND_COMPLEMENTS = 3


def complemented_kinds(found: list[Found], texts: list[str]) -> list[Found]:
    """`found` with a body's name of a kind written whole with its complement: "[U.S.
    Embassy] in [Moscow]" is the U.S. Embassy in Moscow, one of many. A name with a
    body's or a building's head that the corpus writes with KIND_COMPLEMENTS different
    complements or more, "in" or "to" a place, "for" a place or a body ("United States
    District Court for the [Southern District of New York]"), is that of a kind of body,
    each named by its complement. The complement stays a mention of its own (Moscow is
    named there). The kind's name alone, in a document that names one body of the kind,
    is that body's (its key): "the U.S. Embassy", after "the U.S. Embassy in Moscow"."""
    at = {(f.doc, f.start): f for f in found}
    after: dict[int, Found] = {}  # id of a body's span -> the complement's span
    complements: dict[str, set[str]] = {}  # the kind's key -> its complements' keys
    for f in found:
        if f.label in ("PERSON", "GROUP") or f.text.rpartition(" ")[2].lower() not in _KIND_HEADS:
            continue  # (a body's or a building's head: not "[Russia] in [Ukraine]")
        opens = _COMPLEMENT_OPENS.match(texts[f.doc], f.end)
        if opens is None:
            continue
        other = at.get((f.doc, opens.end()))
        if (
            other is None
            or other.sentence != f.sentence
            or other.label == "PERSON"
            or (opens.group(1) != "for" and other.label not in ("GPE", "LOC"))
        ):
            continue
        after[id(f)] = other
        complements.setdefault(name_key(f.text), set()).add(name_key(other.text))
    kinds = {key for key, seen in complements.items() if _apart(seen) >= KIND_COMPLEMENTS}
    named: dict[tuple[int, str], set[str]] = {}  # (document, kind's key) -> its bodies' keys
    for f in found:
        kind = name_key(f.text)
        if id(f) in after and kind in kinds:
            f.end, f.key = after[id(f)].end, None
            f.text = texts[f.doc][f.start : f.end]
            named.setdefault((f.doc, kind), set()).add(name_key(f.text))
        elif (opens := _COMPLEMENT_OPENS.search(f.text)) and (
            of_kind := name_key(f.text[: opens.start()])
        ) in kinds:
            # a body of the kind tagged whole ("[U.S. District Court for the ...]")
            named.setdefault((f.doc, of_kind), set()).add(kind)
    for f in found:
        bodies = named.get((f.doc, name_key(f.text)), set())
        if len(bodies) == 1:
            f.key, f.refers = next(iter(bodies)), KIND_RULE
    return found


def _apart(keys: set[str]) -> int:
    """How many of the keys are written inside no other ("washington" is in "washington
    dc": one place, written two ways)."""
    return sum(not any(k != o and f" {k} " in f" {o} " for o in keys) for k in keys)


def references_back(found: list[Found], vocabulary: Vocabulary) -> list[Found]:
    """`found` with a kind's name of common words ("the Task Force", "the Working
    Group"), written after one longer name of the document that is of that kind ("the
    Interagency Task Force to Prevent Human Trafficking", "the National Climate Task
    Force"), keyed as that name: a reference back to the body the document named, not a
    name of its own that all of them share. A kind's name is one that KIND_COMPLEMENTS
    longer names of the corpus or more end with, or go on from with a preposition (not
    "Air Force" of the "Air Force Academy", nor "Global Fund" of the "Global Fund
    Replenishment"), nor a unit named with its owner ("USDA's Farm Service Agency").
    Only the kind's name as such refers back ("the Armed Forces", not "the United
    States Armed Forces"); where the document names two such bodies before it, or
    none, it stays as written."""
    keys = {f.key or name_key(f.text) for f in found if f.label != "PERSON"}
    holders: dict[str, set[str]] = {}  # a kind's name -> the longer names of its kind
    for key in keys:
        if "'s " in key:
            continue  # "usda's farm service agency": the unit, with its owner's name
        words = key.split()
        for n in (2, 3):
            # "national climate [task force]"; not "secretariat of the [task force]"
            if len(words) > n and words[-n - 1] not in SMALL_WORDS:
                holders.setdefault(" ".join(words[-n:]), set()).add(key)
        for at in range(2, len(words)):
            if words[at] in _GOES_ON_AFTER:  # "[task force] to prevent human trafficking"
                for n in (2, 3):
                    if at >= n:
                        holders.setdefault(" ".join(words[at - n : at]), set()).add(key)
    kinds = {
        kind
        for kind, longer in holders.items()
        if kind in keys
        and len(longer) >= KIND_COMPLEMENTS
        and kind.split()[-1] in ORG_HEADS
        and all(vocabulary.common(w) for w in kind.split())
    }
    by_doc: dict[int, list[Found]] = {}
    for f in found:
        by_doc.setdefault(f.doc, []).append(f)
    for mentions in by_doc.values():
        named: set[str] = set()  # the document's names so far
        for f in sorted(mentions, key=lambda f: f.start):
            key = f.key or name_key(f.text)
            if f.label != "PERSON" and key in kinds and len(f.text.split()) == len(key.split()):
                before = named & holders[key]
                if len(before) == 1:
                    f.key, f.refers = before.pop(), REFERS_RULE
                continue
            named.add(key)
    return found


# Words a body's name goes on with after its kind's ("Task Force [to] Prevent ..."; not
# "of": the "Farm Service Agency of the USDA" is named with its owner).
_GOES_ON_AFTER = frozenset({"to", "for", "on", "in"})
