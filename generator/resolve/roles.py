"""Roles and descriptions stated in the text, each cited to its sentence.

Two patterns, by rule over the sentence text (the parser is left out of the pipeline for
speed): a title before a name ("Ambassador Roger Carstens", "opposition leader Juan
Guaido", "convicted Russian arms smuggler Viktor Bout") and an appositive after it
("Carstens, the government's senior hostage negotiator ...,", "Jorge Rodríguez,
Maduro's representative").
"""

from __future__ import annotations

import bisect
import calendar
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from .. import lexicon
from ..infra.memo import reused
from ..infra.workers import in_forks
from ..ingest.text import ends_with_abbreviation
from ..model import Description, Document, Entity
from . import titles
from .prepare import processes
from .words import (
    DEMONYMS,
    GEO_HEADS,
    GIVEN_NAMES,
    HEADLINE_VERBS,
    MODIFIERS,
    NEWS_OUTLETS,
    OPENERS,
    ORG_HEADS,
    PLACE_HEADS,
    POST_NOMINALS,
    ROLE_NOUNS,
    SUFFIXES,
    TITLES,
    WEEKDAYS,
)

# The word lists (each file in generator/lexicon/ says what it is for).
HONORIFICS = lexicon.words("honorifics")  # "sir", "mrs": courtesies, no roles
TITLE_ABBREVIATIONS = lexicon.pairs("title_abbreviations")
TITLE_WORDS = lexicon.words("title_words")
STOP = lexicon.words("stop_words")
VERBS = lexicon.words("clause_verbs")
# What an organization or a place may be described as ("a region of vital importance").
KINDS = lexicon.words("described_kinds")
# Of these, the kinds of a body, which do not describe a place ("the company").
_BODIES = frozenset(
    {"agency", "alliance", "bank", "body", "coalition", "company", "department", "firm"}
    | {"group", "initiative", "network", "organisation", "organization", "party", "union"}
)
_KINDS_OF = {"place": KINDS - _BODIES, "organization": KINDS}

ADJECTIVE = re.compile(r"\w{4,}(?:al|ic|ian|ive|ous|ary|ese|ish|ist)$")
# "Secretary of State Antony Blinken", "Secretary of Homeland Security Alejandro Mayorkas",
# "Coordinator for Strategic Communications John Kirby"
_OFFICE_OF = re.compile(
    r"(?<![\w-])((?:(?:Deputy|Under|Assistant|Vice|Acting|Attorney)\s+)*"
    r"(?:Secretary|Minister|Director|Administrator|Ambassador|Commissioner|Chair|"
    r"Chairman|Chairwoman|Head|President|Governor|Mayor|Chief|Member|Minister|"
    r"Coordinator|Advisor|Adviser|Envoy|Representative|Counselor|Spokesperson|Assistant)"
    r"\s+(?:of|for|to|on)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:and\s+|of\s+|for\s+)?){1,4})$"
)
WHO = re.compile(
    r"who\s+(?:heads|headed|leads|led|serves|served|chairs|chaired|runs|ran|"
    r"directs|directed|oversees|oversaw|represents|represented|"
    r"(?:is|was)\s+(?:(?:currently|now|also|still)\s+)?"
    r"(?:a|an|the|(?:wrongfully|unjustly)\s+(?:detained|held))\b)\b",
    re.IGNORECASE,
)
# A generational suffix after a name's comma, and a comma or a colon ("Jr.: Nominee").
DEGREES = lexicon.words("degrees")  # "md", "phd": written after a name, no role
_DEGREE_FIRST = re.compile(r"([A-Za-z][A-Za-z.]{0,7}),\s+")
_DOTS = re.compile(r"\.")
_AGE_FIRST = re.compile(r"\d{1,3},\s+(?=an?\s|the\s)")  # (an age, then an article)
_SUFFIX_FIRST = re.compile(r"(?i:" + "|".join(sorted(SUFFIXES)) + r")\b\.?[,:]\s+")
# A clause said of a person inside an appositive, after the role ("a physician who
# has worked"; not "that", which may be a determiner: "the youngest speaker that day").
_RELATIVE = re.compile(r"\swho\s")
# (quotes as plain text writes them too: "the worst dictator in history.''")
_APPOSITIVE_END = re.compile(r",|;|\s[–—-]\s|\(|\)|[.:](?:\s|''|$)|[“”\"*]|''|``")
_TAG = re.compile(r"</?[a-z]+[^<>]*>")  # "77<sup>th</sup>", "Foundation</u>": markup left
# Words that open a sentence before a title without being part of it ("Today National
# Security Advisor ..."): an organization's name there ("Coast Guard Adm.") is.
_OPENING_ADVERBS = lexicon.words("opening_adverbs")
_NOT_TITLE_OPENERS = lexicon.words("not_title_openers")
_STOP_OR_ADVERB = STOP | _OPENING_ADVERBS
_TITLE_OR_ROLE = TITLE_WORDS | ROLE_NOUNS
_MODIFIER_OR_TITLE = MODIFIERS | TITLE_WORDS
# Verbs of title-case headlines, which end a title before a name. Their base forms are
# read only in a sentence written in title case ("Members Applaud President Biden"): in
# others, "Lead" is a title's word.
_HEADLINE_VERB_BASES = lexicon.words("headline_verbs")


def find_descriptions(
    entities: list[Entity], documents: Sequence[Document], jobs: int | None = None
) -> list[Entity]:
    """Each entity with the roles stated around its mentions, in mention order.

    For a big corpus, the entities' sentences are read in forked processes as well
    (`jobs`, or one per core), dealt out in turn so that each gets as many of the most
    mentioned; the roles are the same. In the watch, an entity with the same mentions in
    the same texts as last build gets the same roles without reading its sentences
    again (in this process)."""
    texts = {d.id: d for d in documents}
    people = _people_named(entities)
    workers = processes(len(documents), jobs)
    if workers > 1:
        dealt = [i for first in range(workers) for i in range(first, len(entities), workers)]
        read = in_forks(lambda k: _stated_roles(entities[dealt[k]], texts), len(dealt), workers)
        stated: list[tuple[Description, ...]] = [()] * len(entities)
        for k, roles in zip(dealt, read, strict=True):
            stated[k] = roles
    else:
        stated = [_stated_roles(entity, texts) for entity in entities]
    retracted = _retracted(documents)
    out = []
    for entity, found in zip(entities, stated, strict=True):
        if entity.type == "person":
            own = _own_names(entity)
            found = tuple(
                d
                for d in found
                if not _ends_with_someone(d.text, people) and not _owned_by(d.text, own)
            )
        if retracted:
            found = _without_retracted(entity, found, retracted)
        out.append(replace(entity, descriptions=entity.descriptions + found))
    return out


def _own_names(person: Entity) -> frozenset[str]:
    """A person's names in full, and their given names ("Juan Miguel" of Juan Miguel
    Gonzalez); not a surname alone, which relatives share."""
    full = [n for n in (person.name, *person.aliases) if " " in n]
    return frozenset(full) | {n.rsplit(" ", 1)[0] for n in full}


_OWNED = re.compile(r"([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})['’]s ")


def _owned_by(description: str, own: frozenset[str]) -> bool:
    """Does the description open with one of the person's own names as its owner?
    "Juan Miguel's father", read beside "Juan Gonzalez" (the grandfather) in a cluster of
    Juan Miguel Gonzalez, is someone else's description: nobody is their own father."""
    owner = _OWNED.match(description)
    return owner is not None and owner.group(1) in own


# A correction that takes back what a story called someone: "The same story incorrectly
# identified Kim Soo-ah as a spokeswoman for the Korea Coast Guard", "The article also
# wrongly described Frank Patton as the lead investigator of ...".
_RETRACTING = ("incorrectly", "wrongly", "erroneously", "mistakenly")
_RETRACTION = re.compile(
    r"\b(?:" + "|".join(_RETRACTING) + r")\s+"
    r"(?:identified|described|called|named|referred\s+to|listed|labell?ed)\s+"
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+as\s+(?P<role>[^.;:]{4,160})"
)
_ARTICLE = re.compile(r"^(?:a|an|the)\s+")


def _retracted(documents: Sequence[Document]) -> list[tuple[str, str]]:
    """(the name, the role) of each role a correction in the corpus takes back, both
    case-folded, the role without its article."""
    found = []
    for document in documents:
        text = document.text
        if not any(word in text for word in _RETRACTING):
            continue  # (most texts: the pattern, tried at each letter, cost 0.2 s)
        for match in _RETRACTION.finditer(text):
            role = _ARTICLE.sub("", match.group("role").strip().casefold())
            found.append((match.group("name").casefold(), role))
    return found


def _without_retracted(
    entity: Entity, found: tuple[Description, ...], retracted: list[tuple[str, str]]
) -> tuple[Description, ...]:
    """The entity's roles but those a correction takes back: the correction names it (its
    name, an alias or a mention as written) and says the role was wrong, the role's words
    the same as the description's or holding them ("spokeswoman" of "a spokeswoman for
    the Korea Coast Guard")."""
    names = {
        n.casefold() for n in (entity.name, *entity.aliases, *(m.text for m in entity.mentions))
    }
    roles = [role for name, role in retracted if name in names]
    if not roles:
        return found
    kept = []
    for description in found:
        said = _ARTICLE.sub("", description.text.strip().casefold())
        if len(said) >= 4 and any(said in role or role in said for role in roles):
            continue
        kept.append(description)
    return tuple(kept)


def _people_named(entities: list[Entity]) -> tuple[frozenset[str], frozenset[str]]:
    """The names of the corpus's people written in two words or more, and the first
    words of those names (given names), case-folded; not a title ("THE PRESIDENT", a
    transcript's label)."""
    names = frozenset(
        name.casefold()
        for entity in entities
        if entity.type == "person"
        for name in (entity.name, *entity.aliases, *(m.text for m in entity.mentions))
        if " " in name and not _NO_NAMES & {w.strip(".,") for w in name.lower().split()}
    )
    return names, frozenset(name.split()[0] for name in names)


def _ends_with_someone(role: str, people: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Does an office in title case end with the name of someone ("Secretary of Commerce
    Gina Raimondo" after "Antony Blinken,": an item of a list of people, not his role)?
    A name of the corpus's people, or two capitalised words opened by a given name of
    theirs ("... Sherpa Piyush Goyal", where Piyush is someone's); not "President of the
    United Arab Emirates"."""
    words = role.rstrip(".,;:").split()
    if not _title_case_office(words):
        return False
    names, given = people
    if any(" ".join(words[-size:]).casefold() in names for size in (2, 3, 4)):
        return True
    return (
        len(words) >= 4
        and all(w[:1].isupper() for w in words[-3:])
        and words[-2].casefold() in given
        and not any(w.lower() in _NO_NAMES or w.isupper() for w in words[-2:])
    )


# Words that end no one's name: heads of bodies' and places' names, roles, titles.
_NO_NAMES = ORG_HEADS | PLACE_HEADS | GEO_HEADS | ROLE_NOUNS | TITLES


@reused(
    "roles",
    key=lambda entity, texts: (
        entity.type,
        entity.mentions,
        tuple(texts[d].text for d in entity.documents),
    ),
)
def _stated_roles(entity: Entity, texts: dict[str, Document]) -> tuple[Description, ...]:
    found: dict[tuple[str, str, int], Description] = {}
    person, place = entity.type == "person", entity.type == "place"
    first = entity.name.split()[0] if person else None
    given = first if first and first.lower() not in TITLES else None  # (not "King Hussein")
    for mention in entity.mentions:
        document = texts[mention.document]
        sentence = document.sentences[mention.sentence - 1]
        # The sentence before the name (a person's title, a place's qualifier), and after
        # it, read only if it opens with an appositive's comma (_appositive_after).
        opens = _story_opens(document, sentence.start, mention.start)
        before = document.text[opens : mention.start] if person or place else ""
        comma = document.text.startswith(",", mention.end, sentence.end)
        # "Lawrence Agency Corp., Schenectady, N.Y., an insurance agency": a place
        # written after another name to say where it is takes none of its appositives.
        qualifier = place and _QUALIFIES.search(before)
        # "Q But, Jen, the policies of ...": a first name alone is said to someone; what
        # follows its comma is no description of her.
        called = person and document.text[mention.start : mention.end] == first != entity.name
        headline = functools.partial(
            titles.title_case, document.text[sentence.start : sentence.end]
        )  # (asked only of a verb's form before a title: most mentions never need it)
        for text in (
            _labelled_title(document.text[mention.start : mention.end]) if person else None,
            _title_before(
                before,
                _closed(document.text, mention.end),
                headline,
                listed=bool(_LISTED.match(document.text, mention.end)),
            )
            if person
            else None,
            _post_nominal(document.text, mention.end) if person else None,
            _label_role(document, mention.sentence, mention.start) if person else None,
            _listed_role(document.text, mention.start, mention.end) if person else None,
            _appointed_as(document.text, opens, mention.start, mention.end, sentence.end)
            if person
            else None,
            None
            if qualifier or called or not comma
            else _unnumbered(
                _appositive_after(document.text[mention.end : sentence.end], entity.type),
                document.text[max(0, mention.start - 8) : mention.start],
            ),
        ):
            if text and not (given and text.rsplit(None, 1)[-1] == given):
                # (not "shrimp king [Dean]" before "Blanchard": his own given name)
                text = _in_title_case(text)
                key = (text.casefold(), mention.document, mention.sentence)
                found.setdefault(key, Description(text, mention.document, mention.sentence))
    return tuple(found.values())


def _labelled_title(written: str) -> str | None:
    """The title a name in capitals holds before the surname, as a transcript's speaker
    label writes it ("ACTING ADMINISTRATOR SLAVITT"); None for another name, or a
    courtesy alone ("MS. PSAKI")."""
    if " " not in written or not written.isupper():
        return None
    return _title_before(written.rsplit(" ", 1)[0] + " ")


def _in_title_case(role: str) -> str:
    """A role in a label's capitals made of titles' and roles' words only, in title case
    ("ACTING ADMINISTRATOR": "Acting Administrator"), but its letters of three or fewer
    ("CEO"); any other role as written ("FOX NEWS HOST", "CDC DIRECTOR": which words
    are names, capitals do not say)."""
    words = role.split()
    if not role.isupper() or not all(w.lower().rstrip(".") in _TITLED for w in words):
        return role
    return " ".join(w.title() if len(w) > 3 else w for w in words)  # (not "CEO", "MP")


def _label_role(document: Document, sentence: int, start: int) -> str | None:
    """The role a broadcaster's label gives the speaker whose turn opens at `start`, in
    sentence number `sentence` ("COLIN KEANE, ANN ANCHOR:": "ANN ANCHOR", Turn.role), or
    None."""
    turn = document.speaker(sentence) if document.turns else None
    return (turn.role or None) if turn is not None and turn.start == start else None


# The letters of an office or an honour after a name ("Eleanor Whitcroft QC", "Ann Lee
# MP, OBE"), as written.
_POST_NOMINAL = re.compile(
    r",?\s(" + lexicon.alternation(w.upper() for w in POST_NOMINALS) + r")(?![\w’'-])"
)


# A line of a roster, as a call's transcript lists its participants: the name, a dash,
# the office ("Thomas Whitcombe - Chief Financial Officer").
_LISTED_ROLE = re.compile(r"[ ](?:-|--|—|–)[ ]([^\n:]{2,80})[ \t]*(?:\n|$)")


def _listed_role(text: str, start: int, end: int) -> str | None:
    """The office after a name that opens its line, a dash between, ending the line, in
    title case (_title_case_office); not a firm ("Rhea Castellano - Corbin & Hale")."""
    if start and text[start - 1] != "\n":
        return None
    match = _LISTED_ROLE.match(text, end)
    if match is None:
        return None
    office = match.group(1).strip()
    return office if _title_case_office(office.split()) else None


# The post someone is appointed to, named before the name ("has appointed [Priya
# Natarajan] as Chief Operating Officer", "named [Jane Roe] chief executive") or after it
# ("[Jane Roe] was named chief executive", "[Jane Roe], who was elected chairman of").
_APPOINTING = (
    r"(?:appoint|name|nominate|elect|promote|hire|choose|chose|select|tap|pick|designate|"
    r"confirm|install)(?:s|d|ed|ped|ked|n)?"
)
_APPOINTED_BEFORE = re.compile(rf"\b{_APPOINTING}\s+$")
# (after the name, the passive only: "[Obama] named Feinberg ..." appoints someone else)
_APPOINTED_AFTER = re.compile(
    r"(?:,\s+who)?\s+(?:was|is|has\s+been|had\s+been|will\s+be|were|are|have\s+been)\s+"
    rf"(?:(?:formally|officially|unanimously|later|recently|also)\s+)?{_APPOINTING}\s+"
)
_AS_POST = re.compile(
    r"\s*(?:as|to\s+be|to\s+serve\s+as)?\s*(?:(?:the|its|their|his|her|a|an)\s+)?(?:new\s+)?"
    r"(?P<post>[\w’'&-]+(?:\s+[\w’'&-]+){0,7})"
)
_COMPLEMENT = re.compile(
    r"(?:\s+(?:of|to|for|at)\s+(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*)+"
)  # ("Director of the Bureau of Alcohol", "Member of the Board of Trustees")


def _appointed_as(text: str, opens: int, start: int, end: int, sentence_end: int) -> str | None:
    """The post a sentence appoints someone to, named around their name by a verb of
    appointing: the words up to the last role noun in them (lexicon/role_nouns.txt) and
    the body or place it is of ("ambassador to Japan"); none without a role noun
    ("named Jane Roe in the suit")."""
    if _APPOINTED_BEFORE.search(text, max(opens, start - 20), start):
        post = _AS_POST.match(text, end, sentence_end)
    elif (verb := _APPOINTED_AFTER.match(text, end, sentence_end)) is not None:
        post = _AS_POST.match(text, verb.end(), sentence_end)
    else:
        return None
    if post is None:
        return None
    words = post.group("post").split()
    # (the post's last role noun in its first words: "Chief Operating Officer")
    last = max((i for i, w in enumerate(words[:4]) if _role_noun(w)), default=-1)
    if last < 0 or any(w.lower() in _STOP_OR_VERB for w in words[:last]):
        return None  # no post ("named Jane Roe in the suit", "confirmed Roe will meet the
        # president": a clause, no post's words)
    role = " ".join(words[: last + 1])
    complement = _COMPLEMENT.match(text, post.start("post") + len(role), sentence_end)
    if complement is None or _NOUN_AFTER.match(text, complement.end(), sentence_end):
        return role  # ("Officer for [Federal] recovery operations": no body's name)
    return role + complement.group().rstrip(".")


_STOP_OR_VERB = STOP | VERBS
_NOUN_AFTER = re.compile(r" (?!(?:in|on|at|by|to|for|and|or|since|until|after|before|from)\b)[a-z]")


def _post_nominal(text: str, end: int) -> str | None:
    """The post-nominal letters written right after a person's name, or None."""
    match = _POST_NOMINAL.match(text, end)
    return match.group(1) if match else None


def _story_opens(document: Document, start: int, end: int) -> int:
    """Where the story's text before a name opens in its sentence: after the last photo
    credit, dateline or byline in text[start:end] ("(AP Photo/Ann Lee) AP [Singer] Jimmy
    Buffett": no credit is part of a title), else at `start`."""
    marks = document.skipped
    at = bisect.bisect_right(marks, end, key=lambda mark: mark[0])  # the marks opening before
    while at and marks[at - 1][1] > end:
        at -= 1  # (a mark around the name: none is, names are not read inside them)
    return max(start, marks[at - 1][1]) if at else start


# A numbered list run into one paragraph: "16. [Brian Deese], Director of the National
# Economic Council 17. Kathi Vidal, ..." (the item's number before the name, the next
# one's at the end of its appositive).
_ITEM_NUMBER_BEFORE = re.compile(r"(\d{1,3})\.\s+$")
_NUMBER_AT_END = re.compile(r"\s+(\d{1,3})$")


def _unnumbered(role: str | None, before: str) -> str | None:
    """The appositive `role` without the next list item's number at its end, when the
    name's own item number comes right before it (`before`)."""
    if not role:
        return role
    end, item = _NUMBER_AT_END.search(role), _ITEM_NUMBER_BEFORE.search(before)
    if end and item and int(end.group(1)) == int(item.group(1)) + 1:
        return role[: end.start()]
    return role


# A name (a capitalised word, perhaps abbreviated) and a comma right before a place.
_QUALIFIES = re.compile(r"[A-Z][\w.’'-]*,\s+(?:[A-Z][\w.’'-]*,\s+)?$")


# A doctor's or a professor's title before the name: a role alone ("Dr. Fauci"), a
# courtesy after a post ("WHO Director-General Dr. Chan").
# (a councillor's "Cllr" too, written before every councillor's name, as "Dr" is:
# "Council leader Cllr Joanna Pryce")
_COURTESY = frozenset({"dr", "doctor", "prof", "professor", "cllr", "coun", "councillor"})
# Titles of learning and of the church, which say how someone is addressed, not what
# they do (courtesy_only).
_ADDRESSED = frozenset({"dr", "doctor", "prof", "professor", "rev", "reverend"})


def courtesy_only(role: str) -> bool:
    """Is the role only a courtesy of learning or of the church ("Doctor", "Professor",
    "Reverend Doctor")? A profile leads with another of its roles where there is one
    ("CDC Director")."""
    words = role.lower().replace(".", " ").split()
    return bool(words) and all(w in _ADDRESSED for w in words)


# A courtesy title right before the name, which the role goes on before: "England's
# chief medical officer Sir Liam Donaldson".
_HONORIFIC_BEFORE = re.compile(
    r"(?<=\s)(?:" + lexicon.alternation(w.capitalize() for w in HONORIFICS) + r")\.?\s+$"
)


def _title_before(
    before: str,
    closed: bool = True,
    headline: Callable[[], bool] = lambda: False,
    listed: bool = False,
) -> str | None:
    """The words naming a role right before a name, ending in a role noun or title.
    `headline()`: the sentence is written in title case, where a verb's base form is
    capitalised too ("Members of the Congress Applaud [President] Biden's ...").
    `listed`: a comma and "and" or "or" follow the name, which may be an item of a list
    ("the President, [Jeff Zients], and our medical experts")."""
    courtesy_title = _HONORIFIC_BEFORE.search(before)
    if courtesy_title and courtesy_title.start() > 0:
        before = before[: courtesy_title.start()]  # "chief medical officer [Sir] Liam ..."
    words = before.split()
    if not words or before[-1:] not in (" ", "\u00a0"):
        return None
    office = _OFFICE_OF.search(before)
    if office and office.group(1).split()[-1] == "and":
        return None  # "The President of Belarus and [Putin]": two people, no title of his
    own = _own_title(office.group(1)) if office else None
    if own is not None:
        # "Secretary of Labor for [President] Barack Obama", "Special Adviser to
        # [Secretary of State] Blinken": the office before it is another's
        return own
    if office:
        return " ".join(office.group(1).split())  # "Secretary of State", "of Homeland Security"
    last = words[-1]
    bare = last.rstrip(".").lower()
    courtesy = bare in _COURTESY
    if courtesy and len(words) > 1:
        post = _title_before(before[: before.rstrip().rfind(" ") + 1], closed, headline, listed)
        if post:  # "NSC Coordinator for Indo-Pacific Affairs [Dr.] Kurt Campbell"
            return post  # (the courtesy after a post: the post is the role)
    if last.endswith(",") and len(words) > 1:
        return _opening_role(before, closed, listed)  # "Its chief executive, [Jim Hackett]"
    if bare in TITLE_ABBREVIATIONS and (last.endswith(".") or last == bare.capitalize()):
        words[-1] = TITLE_ABBREVIATIONS[bare]  # "Sen.", and as British style writes it, "Dr"
    elif last.isupper() and bare in POST_NOMINALS:
        pass  # "Labour MP [Sarah Okoye]", "Local MP": an office's letters before the name
    elif not (_role_word(bare) or _titled(words)) or re.search(r"[,;:)”\"]$", last):
        return None
    taken = [words[-1]]
    modifiers = 0  # where the nouns before the role (_NOUN_MODIFIER) start in `taken`
    opened = False  # the phrase opens at a mark before the word taken last
    for position in range(len(words) - 2, -1, -1):
        word = words[position]
        mark = _OPENING_MARK.match(word)
        if mark:  # "*Vice President Harris", "(Former BP president": the phrase opens there
            word = word[mark.end() :]
        if (
            _CUTS_TITLE.search(word)
            or ("." in word and not (_DOTTED.fullmatch(word) and taken[0].islower()))
            or len(taken) >= _LONGEST[_IN_BODIES.isdisjoint(w.lower() for w in taken)]
        ):
            break
        lower = word.lower()
        if lower in WEEKDAYS or lower in _ING_PREPOSITIONS:
            break  # "On Saturday [Foreign Minister] Patricia Espinosa": when, not who;
            # "Following [President] Biden's call": a preposition
        if (
            lower == "then"
            and position > 0
            and words[position - 1].lower() in _BEFORE_THEN
            and taken[-1][:1].isupper()
        ):
            taken.append(word)  # "tasked by [then] Chairman Joseph R. Biden": a past post
            opened = True
            break
        if lower in HEADLINE_VERBS or (
            _HEADLINE_VERB_BASES & {lower, *_ing_bases(lower)} and headline()
        ):
            break  # "White House Announces [President] Biden's ...": what was done;
            # "Fact Sheets Highlighting [President] Biden's ..."
        if courtesy and len(taken) == 1 and not (_role_word(lower) or lower in TITLE_WORDS):
            break  # "Governor Eric Holcomb [Dr.] Siyoung Choi": a post before, not his
        if (
            position > 1
            and _INITIAL.fullmatch(words[position - 1])
            and words[position - 2].istitle()
        ):
            break  # "says Daniel J. [Weiss] President Barack Obama": a surname, run on; not
            # "plan B. [British Petroleum CEO] Tony Hayward"
        acronym = word.replace(".", "").isupper() and len(word) > 1
        if (
            lower in _JOINING
            and position > 0
            and words[position - 1][:1].isupper()
            and words[position - 1].lower() in ORG_HEADS
            and taken[-1][:1].isupper()
            and taken[-1].lower() not in _TITLED
            and 2 <= len(taken) < _LONGEST[False] - 1
        ):
            # "Acting Centres [for] Disease Control Director": a body named inside the
            # title, after its head (not "Secretary of Labor [for] President Barack
            # Obama", "spokesman [for] Louisiana Governor Bobby Jindal", "the Office [of]
            # Former Knox County Mayor Tim Burchett": his title starts after it; nor
            # "Killing [of] Former Japanese Prime Minister")
            taken.append(word)
            continue
        if lower == "and" and _and_in_a_body(words[:position], taken):
            # "U.S. Health [and] Human Services Secretary", "Centers for Disease Control
            # [and] Prevention acting director": a body's name inside the title, its "and"
            # (not "President Biden [and] Egyptian President": no body's word either side)
            taken.append(word)
            continue
        if lower in STOP and not (acronym and not taken[-1].isupper()):
            break  # but "WHO Director-General" is no "who" (nor "FROM" in "RESULTS FROM")
        possessive = re.fullmatch(r"[A-Z][\w-]*['’]s", word)
        # "Homeland Security Secretary", "former Citgo executive": names and titles in
        # capitals, but not the sentence's first word ("Today President Biden").
        title_case = (
            word[0].isupper()
            and lower not in _OPENING_ADVERBS  # nor after a speaker's label: "PSAKI: So"
            and (
                (position > 0 and not mark)
                or (
                    len(word) > 1
                    and (
                        taken[-1].lower().strip(".,") not in _TITLE_OR_ROLE or _opens_a_title(word)
                    )
                )
            )
        )  # "[Coast] Guard Adm." and "[Interior] Secretary" opening the sentence, not
        # "[Today] President", "[Following] President", "[Q]"
        if modifiers and word[:1].isupper() and not (possessive or acronym or _people(lower)):
            break  # (after a noun in lower case, the phrase's words are too, but a body's
            # letters and a people's word: "[Officials] briefed health minister", "said
            # [BP] chief operating officer", "[Scottish] health secretary")
        if not (
            acronym
            or lower in MODIFIERS
            or lower in TITLE_WORDS
            or lower in ROLE_NOUNS
            or ADJECTIVE.search(lower)
            or possessive
            or title_case
            or _EARLIER.match(word)  # "then-Vice President", "ex-Prime Minister"
        ):
            if (
                _NOUN_MODIFIER.fullmatch(word)
                and lower not in _STOP_OR_VERB
                and lower not in _OPENING_ADVERBS  # "[instead] recognizing opposition leader"
                and lower not in _WHEN  # "by the [time] chief executive Akio Toyoda was"
                and all(w.islower() for w in taken)  # (not "to [meet] Russian president")
                and (not modifiers or len(taken) - modifiers < 2)  # (two at most)
            ):
                # "chief public [health] officer", "the [energy] adviser", "rebel leader":
                # a noun before a role in lower case, the role's, when the words before
                # it open the phrase (below)
                modifiers = modifiers or len(taken)
                taken.append(word)
                if mark:
                    opened = True
                    break
                continue
            break
        taken.append(word)
        if mark:
            opened = True
        if possessive and not mark:
            taken.extend(_owners_name(words[:position]))  # "[BP] PLC's Chief Executive"
        if possessive or mark:
            break
    while taken[-1].endswith("ing") and taken[-1].islower() and taken[-1] not in _TITLED:
        taken.pop()  # "[recognizing] opposition leader": a verb's form, unless a noun
        # before it is the role's too ("chief [operating] officer")
    # (the phrase opens where the words taken start: the story's, a possessive's, a
    # mark's, after an article, a comma or a verb of saying: not another verb's object,
    # "officials briefed [health] minister ...")
    before_taken = words[len(words) - len(taken) - 1] if len(taken) < len(words) else ""
    if modifiers and not (
        not before_taken
        or opened
        or _POSSESSIVE_WORD.fullmatch(taken[-1])
        or _OPENS_PHRASE.fullmatch(before_taken)
        or before_taken.lower() in _SAYING
    ):
        taken = taken[:modifiers]
    if taken[-1] == "and":
        taken.pop()  # (the words before it took no part in the title after all)
    taken = _without_place_opening(taken, words[: len(words) - len(taken)])
    if courtesy and any(
        part in _TITLE_OR_ROLE for w in taken[1:] for part in re.split(r"[-.,]", w.lower())
    ):
        taken = taken[1:]  # "WHO Director-General [Dr.] Margaret Chan": the post is the role
    return " ".join(reversed(taken))


# A noun in lower case before a role's ("health", "oil-industry"), and the words that
# open the phrase before such nouns: an article, a possessive, a comma (not "of" nor
# "to", which a verb may follow: "of [how fast] new chief executive").
_NOUN_MODIFIER = re.compile(r"[a-z][a-z-]{2,}(?<!ed)(?<!ly)")  # ("operating", "boxing")
_POSSESSIVE_WORD = re.compile(r"[\w-]+['’]s")
_OPENS_PHRASE = re.compile(
    rf"(?i:the|a|an|its|his|her|their|our|my|your)|{_POSSESSIVE_WORD.pattern}|.*[,;:(—–]"
)
_WHEN = frozenset({"time", "day", "week", "month", "year", "night", "morning", "moment"})
# Punctuation in a word before a title, where the title starts after it.
_CUTS_TITLE = re.compile(r"[,;:)(”“\"—–*\[\]]")
# Verbs of saying, after which the speaker's name and title open: "said [fund]
# administrator Kenneth Feinberg".
_SAYING = lexicon.words("reporting_verbs") | {"says"}
# Marks that open a phrase, glued to its first word: emphasis, a bracket, a quote.
_OPENING_MARK = re.compile(r"[*_(\[“‘\"']+(?=\w)")
# A word with dots that a role in lower case may hold: initials ("former U.S. senator",
# "U.N. envoy"). (A title in capitals is cut there, as any word with a dot: "U.S.
# [Interior Secretary]".)
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
# A past post written before the title: "then-Vice President", "ex-Prime Minister".
_EARLIER = re.compile(r"(?i:then|ex|former)-(?=[A-Z])")
# Prepositions in a verb's -ing form, which end a title before them anywhere in a
# sentence (a capitalised one otherwise reads as a title's word).
_ING_PREPOSITIONS = frozenset(
    {
        "according",
        "barring",
        "concerning",
        "excluding",
        "following",
        "including",
        "pending",
        "regarding",
    }
)
# The words after which "then" is part of the title ("by then Chairman Biden"), not the
# next step ("and then President Biden spoke").
_BEFORE_THEN = frozenset({"by", "under", "with", "from", "to", "for", "of", "as", "against"})


def _owners_name(before: list[str]) -> list[str]:
    """The words of the owner's name right before a possessive in a title, nearest
    first: "[BP] PLC's Chief Executive", "[BP] America's chief executive"; capitalised
    words, at most two, not a function word nor one that opens a sentence without being
    a title's ("Yesterday BP's chief executive")."""
    owner: list[str] = []
    for at in range(len(before) - 1, max(-1, len(before) - 3), -1):
        word = before[at]
        lower = word.lower()
        if (
            not word[:1].isupper()
            or _CUTS_TITLE.search(word)
            or re.search(r"[.'’]", word)  # (an abbreviation's, another possessive)
            or lower in _STOP_OR_ADVERB
            or (at == 0 and not _opens_a_title(word))
        ):
            break
        owner.append(word)
    return owner


def _opens_a_title(word: str) -> bool:
    """May `word`, opening the sentence before a title, be the title's first word
    ("Interior Secretary", "Mexican President")? Not a verb's form ("Following", "Asked",
    "Watch", "Reportedly"), a preposition ("Through"), a phrase's opener ("Dear"), a
    courtesy ("Mr") nor an outlet's name, a photograph's credit run on ("Reuters Rep.
    Joe Barton's apology")."""
    lower = word.lower()
    return not (
        lower.endswith(("ing", "ed", "ly"))
        or lower in HEADLINE_VERBS
        or lower in _HEADLINE_VERB_BASES
        or lower in OPENERS
        or lower in HONORIFICS  # "Mr Justice Pemberton": a courtesy, then the title
        or lower in _NOT_TITLE_OPENERS  # "Through President Biden's leadership"
        or word in NEWS_OUTLETS
    )


def _people(word: str) -> bool:
    """A people's word (lexicon/demonyms.txt) or an adjective of its shape ("scottish",
    "jamaican")?"""
    return word in DEMONYMS or bool(ADJECTIVE.search(word))


def _and_in_a_body(before: list[str], taken: list[str]) -> bool:
    """Is the "and" after the words `before` one of a body's name inside a title: the
    title's first ("Immigration [and] Naturalization Service Commissioner", not "Reno
    [and] Immigration and ..."), between words in title case, a body's word
    (lexicon/org_heads.txt, singular or plural) among the words taken after it but the
    title's own last one, ending a name of two words or more ("Human [Services]
    Secretary"), or in the run of capitalised words before it, with its "of" and "for"
    ("[Centers] for Disease Control")? Not after a person, titled or named ("Secretary
    Ken Salazar [and] EPA chief", "Mayor Quinton Lucas [and] Police Chief"), nor after a
    body's whole name ("Budget Committee [and] Chairman")."""
    if "and" in taken or not taken[-1][:1].isupper():
        return False
    run: list[str] = []  # the capitalised words before it, nearest first
    for word in reversed(before[-5:]):
        if word in _JOINING and run:
            continue
        if not word[:1].isupper() or re.search(r"[,;:)(”“\"—–]$", word):
            break
        run.append(word)
    if not run or _a_bodys_word(run[0]):
        return False
    if any(w.lower().strip(".") in _TITLED or w.lower() in GIVEN_NAMES for w in run):
        return False
    after = list(reversed(taken[1:]))  # the words after it, in order, but the title's last
    heads = [n for n, w in enumerate(after) if _a_bodys_word(w)]
    # a body's name after it of two words or more ("Human Services"), not one ("[and]
    # Army General", "[and] Police Chief": another person's title), or a body's word before
    return (bool(heads) and heads[-1] >= 1) or any(_a_bodys_word(w) for w in run)


def _a_bodys_word(word: str) -> bool:
    lower = word.lower()
    return lower in ORG_HEADS or (lower.endswith("s") and lower[:-1] in ORG_HEADS)


_INITIAL = re.compile(r"[A-Z]\.")  # a middle initial: the next word is a surname
# The small words inside a body's name in a title, after its head ("Centres for Disease
# Control Director", "Department of Homeland Security Secretary"; not "and": "President
# Biden and Egyptian President"), and the words a title may take with and without one.
_JOINING = frozenset({"of", "for"})
_IN_BODIES = _JOINING | {"and"}  # (a title with a body's name in it may be longer)
_TITLED = TITLE_WORDS | MODIFIERS | ROLE_NOUNS | TITLES  # the first words of a title
_LONGEST = {True: 5, False: 8}


def _own_title(office: str) -> str | None:
    """The title after the office's "for" or "to", when a title opens it ("Secretary of
    Labor for President", "Special Adviser to Secretary of State"): the named person's,
    the office before it another's. None for an office of a body ("Coordinator for
    Strategic Communications")."""
    words = office.split()
    for at in range(len(words) - 2, 0, -1):
        if words[at] in ("for", "to") and words[at + 1].lower() in TITLES:
            if "and" in words[at:] or "&" in words[at:]:
                return None  # "Assistant to President and Intergovernmental Affairs
                # Director": one office, the named person's
            return " ".join(words[at + 1 :])
    return None


def _ing_bases(word: str) -> tuple[str, ...]:
    """The base forms an -ing form may be of ("highlighting" -> "highlight", "announcing"
    -> "announce", "mapping" -> "map"); none for another word."""
    if not word.endswith("ing") or len(word) < 6:
        return ()
    stem = word[:-3]
    return (stem, stem + "e", stem[:-1]) if stem[-1] == stem[-2] else (stem, stem + "e")


# Prepositions of where, which open a sentence with a place before its subject.
_WHERE = frozenset({"across", "at", "in", "inside", "near", "on", "outside", "throughout"})


def _without_place_opening(taken: list[str], rest: Sequence[str]) -> list[str]:
    """The title `taken` (its words last first) without the name of the place a sentence
    opens with, when only a preposition of where and function words (`rest`) come before
    it: "At the White House [President] Obama has no events", "In Texas [Governor] Rick
    Perry said" (no comma after the place), but "For Senate Majority Leader Harry Reid"
    keeps its title."""
    if not rest or rest[0].lower() not in _WHERE or any(w.lower() not in STOP for w in rest):
        return taken
    while (
        len(taken) > 1
        and taken[-1].istitle()
        and not (_role_word(taken[-1].lower()) or taken[-1].lower() in _MODIFIER_OR_TITLE)
    ):
        taken = taken[:-1]
    return taken


_POST_TITLES = lexicon.words("post_titles")  # "Commandant", "Assemblywoman"
# The consort's titles, of two words ("First Lady", "Second Gentleman").
_CONSORTS = re.compile(r"(?:First|Second) (?:Lady|Gentleman)", re.IGNORECASE)


def _titled(words: list[str]) -> bool:
    """Do `words` end in a post's title in capitals, or a consort's ("First Lady")?"""
    last = words[-1]
    if not last[:1].isupper():
        return False
    return last.lower() in _POST_TITLES or bool(_CONSORTS.fullmatch(" ".join(words[-2:])))


def _role_word(word: str) -> bool:
    """A role noun, or a compound of one ("secretary-general", "director-general")."""
    return word in ROLE_NOUNS or ("-" in word and any(p in ROLE_NOUNS for p in word.split("-")))


# A sentence that opens with a role, a comma and then the name: "Its chief executive,
# [Jim Hackett], said", "The company's chairman and chief executive, [Jim Hackett]",
# "Jackson's mother, [Katherine Jackson], attended".
_OPENING_ROLE = re.compile(
    r"\s*(?P<det>The|An?|Its|Their|His|Her|Our|[A-Z][\w-]*['’]s)\s+"
    r"(?P<role>[^,;:.()“”\"—–]{2,80}?),\s+"
)


# Inside a sentence, whose role: "... Elian's great-uncle, [Lazaro Gonzalez]", "... the
# boy's father, [Juan Miguel Gonzalez]", "... with BP America's chief executive, [Lamar
# McKay]", "... his lawyer, [Ann Lee]", "... said the prime minister, [David Cameron],",
# "... our COVID Coordinator, [Jeff Zients],".
_OWNER = re.compile(
    r"(?<![\w'’-])(?P<det>(?:the\s+)?[a-z][\w-]*['’]s|(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w-]*['’]s"
    r"|his|her|their|its|the|our)\s+"
)
_OWNED_ROLE = re.compile(r"(?P<role>[^,;:.()“”\"—–]{2,60}?),\s+$")


def _owned_role(before: str, plain: bool = True) -> tuple[str, str] | None:
    """The last owner and role before the name and its comma (_OWNER, _OWNED_ROLE), or
    None. Not `plain`: only a role someone owns ("his wife, [Kellie], and their
    children"), not one after an article, which may open a list ("the President, [Jeff
    Zients], and ...")."""
    for owner in reversed(list(_OWNER.finditer(before, max(0, len(before) - 120)))):
        role = _OWNED_ROLE.fullmatch(before, owner.end())
        if (
            role
            and owner.group("det") in ("the", "our")
            and (
                not plain
                or (" and " in role.group() and _TO_BEFORE.search(before, 0, owner.start()))
            )
        ):
            # "Senior Advisor to the President and ... Director, [Stefanie Feldman]": a
            # phrase's object, one person or two, and the office someone else's (not "a
            # lawyer for the White House secretary, [Betty Currie]")
            return None
        if role:
            if _OF_BEFORE.search(before, 0, owner.start()):
                return None  # "the wife of BP's chief executive, [Pam Hayward]": the wife
            det = owner.group("det").split()
            for at in range(len(det) - 2, -1, -1):
                if det[at] != "the" and det[at].lower() in _STOP_OR_ADVERB:
                    det = det[at + 1 :]  # "[Dave Martin When] BP's chief executive"
                    break
            return " ".join(det), role.group("role")
    return None


_OF_BEFORE = re.compile(r"\bof\s+$")
_TO_BEFORE = re.compile(r"\b(?:of|to|for)\s+$")
_ARTICLE = re.compile(r"\b(?:the|a|an)\b", re.IGNORECASE)


def _opening_role(before: str, closed: bool, listed: bool = False) -> str | None:
    """The role a sentence opens with before the name and its comma ("The company's
    chairman and chief executive, [Jim Hackett]"), else the last one owned inside it,
    when the name closes the apposition with a comma or a sentence's end (_owned_role:
    "the day began with BP America's chief executive, [Lamar McKay], who"; not "In
    addition to his brother, [Tom Smith] came"): a noun phrase ending in a role noun,
    with no verb and no function word but "and". `listed`: the name may be an item of a
    list, where only an owned role counts (_owned_role's `plain`)."""
    match = _OPENING_ROLE.fullmatch(before)
    candidates: list[tuple[str, str] | None] = []
    # (not "The reporter asked the boy's father": another noun phrase inside)
    if match and not _ARTICLE.search(_head_of(match.group("role"))):
        candidates.append((match.group("det"), match.group("role")))
    if closed:
        candidates.append(_owned_role(before, plain=not listed))
    for found in candidates:
        role = _role_phrase(*found) if found else None
        if role:
            return role
    return None


def _head_of(phrase: str) -> str:
    """The phrase before the name it is a role of ("spokeswoman" of "spokeswoman for the
    National Prosecutor's Office": _ROLE_OF), else the phrase."""
    of = _ROLE_OF.fullmatch(phrase)
    return of.group("role") if of else phrase


def _role_phrase(det: str, phrase: str) -> str | None:
    """The role `det` `phrase` states, or None: no role noun last, a clause, or a role
    inside a phrase ("The wife of BP's chief executive")."""
    words = phrase.split()
    if len(words) > 8 or not _role_word(words[-1].lower()):
        # ... or a role of a body or a place named after it ("The spokeswoman for the
        # National Prosecutor's Office", "The deputy secretary of the Russian Security
        # Council"): a role noun, a preposition, then a name
        of = _ROLE_OF.fullmatch(phrase)
        head = _role_phrase(det, of.group("role")) if of is not None else None
        return head + phrase[of.end("role") :] if of is not None and head is not None else None
    lower = {w.lower() for w in words}
    if VERBS & lower or (STOP - {"and", "the"}) & lower:
        return None
    role = " ".join(words)
    if det[-2:] in ("'s", "’s"):
        return f"{det} {role}"  # "Jackson's mother": whose, said
    return f"the {role}" if det == "The" else role  # (not "his": a pronoun says nothing)


# A role, then "of", "for", "at", "in" or "to" and the name of whose (capitalised words,
# "the", "of", "and", "&" between): "deputy secretary of the Russian Security Council".
_ROLE_OF = re.compile(
    r"(?P<role>[^,;:]{2,60}?)\s(?:of|for|at|in|to)\s(?:the\s)?"
    r"[A-Z][\w.’'&-]*(?:\s(?:(?:of|the|and|&)\s)*[A-Z][\w.’'&-]*){0,6}"
)


# Where an apposition closes after a name: a comma, a sentence's end, a dash or a bracket.
_CLOSES = re.compile(r"\s*(?:[,.;:)—–]|\s-\s|$)")
_LISTED = re.compile(r",\s+(?:and|or)\b")


def _closed(text: str, end: int) -> bool:
    return bool(_CLOSES.match(text, end))


_COMMA = re.compile(r",\s+")
# After an appositive, another person named by a role: the phrase was an item of a list.
_NEXT_IN_LIST = re.compile(
    r",\s+(?:and\s+)?(?:his|her|their|the|a|an|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,3}?(?:\w+-)?(?:"
    + lexicon.alternation(ROLE_NOUNS)
    + r")\b"
)
# When, ending an appositive: "on February 10", "on Monday", "last Tuesday".
_WHEN_AT_END = re.compile(
    r"\s+(?:on|last|this|next)\s+(?:"
    + "|".join([*lexicon.words("months"), *calendar.day_name])
    + r")(?:\s+\d{1,2}(?:,\s+\d{4})?)?$"
)
# Nouns of a group of people: "a group of lawmakers" after a name describes others too.
_GROUPS = frozenset({"group", "range", "number", "host", "handful", "couple", "series", "team"})


def _appositive_after(after: str, kind: str) -> str | None:
    """ ", the special envoy for hostage affairs," after a name."""
    match = _COMMA.match(after) if after.startswith(",") else None  # (most names: none)
    if not match:
        return None
    rest = after[match.end() :]
    suffix = _SUFFIX_FIRST.match(rest)
    if suffix:  # "Salvador Mendoza, Jr.: Nominee for ...": the name's suffix, then the role
        rest = rest[suffix.end() :]
    while (degree := _DEGREE_FIRST.match(rest)) and _DOTS.sub("", degree[1]).lower() in DEGREES:
        rest = rest[degree.end() :]  # "Anil Raghavan, MD, PhD, Chief Medical Officer"
    if age := _AGE_FIRST.match(rest):
        rest = rest[age.end() :]  # "Tom Ashby, 54, a retired bus driver": the age, then the role
    end = _appositive_end(rest)
    if _NEXT_IN_LIST.match(rest, end):
        return None  # "[Juan Miguel Gonzalez], the boy's stepmother, his baby half-brother"
    speaker = _NAME_SPEAKS.match(rest, end)
    if speaker and speaker["name"] not in _STATES:
        # "Referring to Pacitti, the Scottish health secretary, Nicola Sturgeon, said":
        # the role of the name after it
        return None
    phrase = _TAG.sub("", rest[:end]).strip()
    phrase = _WHEN_AT_END.sub("", phrase)  # "..., Head of Cabinet of ... on February 10."
    words = phrase.split()
    if not words or len(words) > 25:
        return None
    first = words[0]
    if first.lower() in STOP and first.lower() not in ("a", "an", "the", "who"):
        return None  # ", and Prime Minister Kishida": a list, not an appositive
    if len(words) > 2 and words[1].lower() in _GROUPS and words[2] == "of":
        return None  # "Leader Schumer, a range of officials on the Hill": a list of people
    other = _another_person(phrase)
    if other and not _PREPOSITION.search(phrase, 0, other.start()):
        # "Tony Hayward, managing director Bob Dudley and ...": a list of people (not "a
        # critic of President Barack Obama")
        return None
    relative = None if WHO.match(phrase) else _RELATIVE.search(phrase)
    if (
        relative
        and kind == "person"
        and (
            VERBS & {w.lower().strip(".,") for w in words}
            or (
                _has_role(phrase[: relative.start()].split())
                and not WHO.match(phrase, relative.start() + 1)
            )
        )
    ):
        # "a consultant physician who has worked at the centre for eleven years", "an
        # arbitration lawyer who dispensed hundreds of millions of dollars to ...": a
        # clause is no role, the role before it is (but "a scientist who heads the
        # Louisiana Universities Marine Consortium" says hers)
        phrase = phrase[: relative.start()]
        words = phrase.split()
    if not WHO.match(phrase) and VERBS & {w.lower().strip(".,") for w in words}:
        return None  # ", the Vice President conveyed condolences": a clause
    if WHO.match(phrase):  # "who" is said of people: "Poland, who was" is someone else
        return phrase if len(words) <= 15 and kind != "place" else None
    if first.lower() in ("a", "an", "the") and len(words) > 1:
        capital = words[1][0].isupper() and not re.search(r"['’]s$", words[1])
        if capital and (kind != "person" or len(words) < 3 or not _has_role(words[:5])):
            return None  # "the United Kingdom, the European Union": a list
        if kind == "person":
            if len(words) == 2 and words[1].lower().strip(".,") in _SOMEONE:
                return None  # "According to Lt. Tremblay, the man, who lives ...": another
            return phrase if _has_role(words) else None  # not "the largest bill ..."
        if _has_role(words) or not _KINDS_OF.get(kind, KINDS) & {
            w.lower().strip(".,") for w in words[:4]
        }:
            # "Arizona, a former Attorney General ...", "Ohio, the widow of ...", "the Gulf
            # of Mexico, the company came under fire" (a kind of body is no place's)
            return None
        return phrase if len(words) <= 10 else None
    if kind != "person":
        return None
    if re.fullmatch(r"[A-Z][\w-]*['’]s", first) and len(words) > 1 and _has_role(words[1:4]):
        return phrase
    if _title_case_office(words):
        return phrase  # "John Kirby, NSC Coordinator for Strategic Communications"
    lead = first.lower()
    if first[0].islower() and (lead in ROLE_NOUNS or lead in MODIFIERS or ADJECTIVE.search(lead)):
        return phrase if _has_role(words[:4]) else None  # "chief negotiator on behalf of"
    return None


# A role noun then a capitalised name of two words: another person, titled, so the
# phrase is a list ("managing director Bob Dudley and BP America chairman Lamar McKay").
_ANOTHER_PERSON = re.compile(
    r"\b(?i:" + lexicon.alternation(ROLE_NOUNS) + r")\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+)"
)


def _another_person(phrase: str) -> re.Match[str] | None:
    """_ANOTHER_PERSON in the phrase, its name no words of an office ("England's Chief
    Medical Officer" is her post, not a chief named Medical Officer)."""
    for found in _ANOTHER_PERSON.finditer(phrase):
        named = [w.lower() for w in found.group("name").split()]
        if not any(w in ROLE_NOUNS or w in TITLE_WORDS or ADJECTIVE.search(w) for w in named):
            return found
    return None


# Nouns of someone that say nothing more of them alone ("the man", "a woman"): no role.
_SOMEONE = frozenset({"man", "woman", "boy", "girl", "person", "individual", "men", "women"})
_PREPOSITION = re.compile(r"\b(?:of|to|for|with|by|from|under|at|in)\b")
_STATES = frozenset(lexicon.pairs("us_states").values())
# After an appositive, a name set off by commas that speaks: the appositive was put
# before that name ("the Scottish health secretary, Nicola Sturgeon, said"). Not a US
# state ("a law professor in Newark, New Jersey, added").
_NAME_SPEAKS = re.compile(
    r",\s+(?P<name>(?:[A-Z][\w’'-]+\s+)+[A-Z][\w’'-]+),\s+(?:said|says|told|added|wrote)\b"
)


_YEAR_AFTER_DAY = re.compile(r"\d,\s+(?:1[6-9]|20)\d\d(?!\d)")  # (a date's comma)


def _appositive_end(rest: str) -> int:
    """Where an appositive ends: a comma, a dash, a bracket, a quote or a sentence's
    period, not an abbreviation's ("the embattled U.S. Minerals Management Service",
    "the Sept. 11 attacks")."""
    for end in _APPOSITIVE_END.finditer(rest):
        if end.group().startswith(".") and ends_with_abbreviation(rest, end.start()):
            continue  # "U.S.", "Sept.", "Jan."
        if end.group() == "," and rest[end.start() - 1 : end.end() + 1][::2].isdigit():
            continue  # "a country of barely 65,000"
        if end.group() == "," and _YEAR_AFTER_DAY.match(rest, end.start() - 1):
            continue  # "victims of the September 11, 2001 attacks"
        return end.start()
    return len(rest)


def _title_case_office(words: Sequence[str]) -> bool:
    """An office in title case: capitalised words up to a role noun within the first
    four, then nothing or "of/for/to/on ..." ("NSC Coordinator for Strategic
    Communications", "Deputy Secretary of Defense"), or "and" and another office
    ("President and Chief Executive Officer of Halvorsen", "Chairman and CEO"); a role
    noun may open the office ("Chief Medical Officer"); not
    "Secretary Blinken" (a name after the role: a list of people) nor a clause."""
    for position, word in enumerate(words[:4]):
        if not word[0].isupper():
            return False
        if _role_noun(word):
            rest = words[position + 1 :]
            if len(rest) > 1 and rest[0] in ("and", "&"):
                return _title_case_office(rest[1:])
            if rest and rest[0][0].isupper() and position < 3:
                continue  # "Chief Medical Officer": the office goes on
            return not rest or rest[0] in ("of", "for", "to", "on", "in", "at")
    return False


def _has_role(words: Sequence[str]) -> bool:
    return any(_role_noun(w) or _role_noun(w.rstrip("s")) for w in words)


def _role_noun(word: str) -> bool:
    """A role's noun (lexicon/role_nouns.txt), or a compound of one ("Director-General",
    "Secretary-General", "co-founder")."""
    bare = word.lower().strip(".,")
    return bare in ROLE_NOUNS or ("-" in bare and any(p in ROLE_NOUNS for p in bare.split("-")))
