"""Who speaks in a transcript: each speaker label ("MS. PSAKI", "DR. FAUCI", "THE
PRESIDENT") becomes a mention of the person it names, and a first name that a speaker
addresses ("Thanks, Karine") one of the person addressed.

A label names its person by the surname after its titles ("MS.", "SECRETARY", "ACTING
ADMINISTRATOR"); the full name is found, in this order, among the people named in
full in the same document, in the document's title ("Press Briefing by Press Secretary
Jen Psaki"), then among the people named in full anywhere in the corpus when one of them
is the only one with that surname. "THE PRESIDENT" is the president the document names
("President Biden"), by the full name written after the title ("President Joe Biden"),
in the document or else in the corpus. A one-word label ("YELLEN:") names the person of
that surname when the document or the corpus writes the full name. Labels made only of titles ("MODERATOR", "SENIOR ADMINISTRATION
OFFICIAL") and the reporter's "Q" name no one: no mention is made of them, and what the
language pipeline tagged inside a label is not read (Document.unread). The "A" of a
deposition or an interview is the witness: whom the last question addressed ("Q. Mr
Ashby, ..."), who gave their name ("A. Elena de la Cruz."), else the one person of the
document the title names ("INTERVIEW-De la Fuente says ...").

A first name said to someone in the room ("Thanks, Jen", "Go ahead, Alex", "..., Phil.",
"Phil's question") is the person addressed: a speaker of the document with that first
name, or, when none has it, a reporter the report does not name: the mention is dropped
rather than given to a namesake. So is a lone name set off as a vocative in a transcript
("MS. PSAKI:  Aamer.", "Nandita, go ahead.", "Well, Nandita, the President ...", "...
we're very sensitive to that, Jerry.") when it is nobody's surname in the corpus: a
speaker calling on a reporter ("Manchin, as you know, ..." names a senator, whose
surname the corpus writes in full).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence

from .. import lexicon
from ..ingest.text import FAMILY_IN_CAPITALS, fold
from ..ingest.turns import ANONYMOUS, COURTESIES
from ..model import Document, Turn
from .mentions import FAMILY_FIRST, Found, Vocabulary
from .names import name_words, same_person
from .votes import STRONG
from .words import CALENDAR_NAMES, ORG_HEADS, SEXED, sex_before

# Words of a label or a title that are titles and roles, not names ("MS.", "ACTING
# ADMINISTRATOR", "PRINCIPAL DEPUTY PRESS SECRETARY").
LABEL_TITLES = (
    lexicon.words("honorifics")
    | lexicon.words("titles")
    | lexicon.words("title_words")
    | lexicon.words("title_phrase_words")
    | lexicon.words("role_modifiers")
    | lexicon.words("role_nouns")
    | lexicon.words("offices")
)
_COURTESIES = lexicon.words("honorifics")  # "MS.", "MR.": no post
_ADDRESS = re.compile(
    r"\b(?:thanks|thank you|go ahead|yes|yeah|okay|ok|sure|hi|hey|right|please),?\s*$",
    re.IGNORECASE,
)
_QUESTION_OF = re.compile(r"['’]s (?:question|point)\b")
# capitalised words, no commas; a surname's particle in lower case too ("Femke de Graaf")
_NAME = re.compile(
    r"[A-Z][\w’'.-]*(?: (?:(?:de|da|das|do|dos|di|du|del|della|van|von|der|den|la|le|bin|ibn) )*"
    r"[A-Z][\w’'.-]*)+"
)
# A vocative: the name alone before the end of the sentence, a comma or a dash.
_VOCATIVE_AFTER = re.compile(r"\s*(?:[.?!…]|—|--|,\s)")
# The text before a name that opens its sentence: nothing, a speaker label, "Q".
_OPENS = re.compile(r"\s*(?:(?:[A-Z][A-Z.'’\-]*\s)*[A-Z][A-Z.'’\-]*:|Q(?=\s))?\s*")
# An abbreviated title just before a name ("Mr. ", "Dr. "), which _before takes for the
# end of a sentence.
_TITLE_BEFORE = re.compile(
    r"\b(?i:"
    + lexicon.alternation(lexicon.words("honorifics") | set(lexicon.pairs("title_abbreviations")))
    + r")\.\s+\Z"
)
# After the name's comma, the next name of a list ("Schumer, Kaine, King, ...").
_LIST_NEXT = re.compile(r",\s+(?:and\s+)?[A-Z][\w’'-]*(?:,|\s+and\b)")
# A lone capitalised word ("Aamer"; not "Dr.", "O’Neil", nor "George" of "George Floyd");
# the capital first, the look-behind after it (see mentions.CAPITAL).
_LONE = re.compile(r"[A-Z](?<![\w’'.-][A-Z])[a-z]+(?![\w’'-]|\s[A-Z])")
# The space between a name's words, not a line's end ("Secretary MORI Yasuhiro\n\nOpening
# Statement": the name ends with the line).
_SPACE = r"[^\S\n]+"
_NAME_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*")
_PRESIDENT = re.compile(r"\bPresident\s+([A-Z][\w’'-]+)")
_VICE_PRESIDENT = re.compile(r"\bVice\s+President\s+([A-Z][\w’'-]+)")
# "President Joe Biden", "Vice President Kamala Harris", "President Joseph R. Biden"
_TITLED_NAME = re.compile(
    rf"\b(Vice\s+President|President|First\s+Lady){_SPACE}"
    rf"([A-Z][\w’'-]+(?:{_SPACE}[A-Z]\.)?(?:{_SPACE}[A-Z][\w’'-]+){{1,2}})"
)
# "First Lady Jill Biden", "First Lady Biden": the surname is the name's last word.
_FIRST_LADY = re.compile(
    r"\bFirst\s+Lady\s+(?:[A-Z][\w’'-]+\s+){0,2}?([A-Z][\w’'-]+)(?![\w’'-]|\s+[A-Z])"
)


def attach_speakers(
    found: list[Found], documents: Sequence[Document], vocabulary: Vocabulary
) -> list[Found]:
    """`found` (where nothing inside a speaker label is left: resolve_entities drops
    it, see Document.unread) without addressed first names of no one the document
    names; with one mention per speaker label that names someone, written as that
    person's full name (so that it groups with the person's mentions)."""
    by_doc: dict[int, list[Found]] = defaultdict(list)
    for item in found:
        by_doc[item.doc].append(item)
    corpus_names = _full_names(found)
    sexes = _sexes_written(found, documents)
    named = {w.lower() for names in corpus_names.values() for n in names for w in n.split()}
    vocatives = _vocative_names(documents, by_doc, frozenset(corpus_names))
    role_names = _role_names(documents)
    # A first name said to someone in the room of a transcript that no full name of the
    # corpus has is a reporter's: none of its mentions in a transcript is an entity's.
    said = {
        name
        for index, document in enumerate(documents)
        if document.turns
        for name in _said_to(document, by_doc.get(index, []), vocatives)
    }
    reporters = {name for name in said | vocatives if name.lower() not in named}
    out: list[Found] = []
    asked: dict[tuple[str, str], str | None] = {}  # (label, surname): read in the corpus once

    read: list[tuple[str, str]] = []  # each document as _titled reads it, and folded

    def elsewhere(label: str, surname: str) -> str | None:
        """The name the corpus writes after the label's post (_titled), asked once per
        label and surname: the same label opens the turns of many transcripts. Only the
        documents that hold the surname are read (looked for in their folded text,
        folded once for the build; a surname of letters other than ASCII in all)."""
        if (label, surname) not in asked:
            if not read:
                read.extend((text, text.lower()) for text in map(_read, documents))
            key = surname.lower()
            post = _post(label) or ""
            holding = [
                (text, folded)
                for text, folded in read
                if (not key.isascii() or key in folded) and post in folded
            ]
            asked[label, surname] = _titled(label, surname, holding)
        return asked[label, surname]

    def seated(names: Counter[str] | None, seat: str) -> Counter[str] | None:
        """`names`, of several people, narrowed to those the corpus writes beside the
        label's seat (_seated); all of them when it writes none so."""
        if not seat or not names or len(names) < 2:
            return names
        if not read:
            read.extend((text, text.lower()) for text in map(_read, documents))
        return _seated(names, seat, [text for text, _ in read]) or names

    held: dict[str, str | None] = {}  # post label: read in the corpus once

    def holder(role: str) -> str | None:
        """The one surname the corpus writes after the post of a label ("the chair")
        that its own document does not name: the other transcripts' chair."""
        if role not in held:
            held[role] = _one(_post_holders(role, map(_read, documents)), dominant=True)
        return held[role]

    for index, document in enumerate(documents):
        items = by_doc.get(index, [])
        if not document.turns:
            out.extend(items)
            continue
        speakers = _speakers(
            document, items, corpus_names, role_names, elsewhere, holder, vocabulary, sexes, seated
        )
        items = [
            f for f in _addressed(document, items, speakers, vocatives) if f.text not in reporters
        ]
        out.extend(items)
        for turn, name in speakers.items():
            # (a label naming its speaker in full, "Marcus Bell -- Vice President,
            # Investor Relations", says a person, however the text's mentions are tagged)
            weight = STRONG if " " in name else 1.0
            out.append(
                Found(index, name, "PERSON", turn.first, turn.start, turn.end, weight, "person")
            )
    return out


def label_surname(label: str) -> str | None:
    """The surname a speaker label names: its last word, after one or more words
    ("MS. JEAN-PIERRE" -> "Jean-Pierre", "ACTING ADMINISTRATOR SLAVITT" -> "Slavitt",
    "MR. VAN DER BERG" -> "van der Berg");
    None when the label is one word ("MODERATOR") or ends in a title or a role
    ("SENIOR ADMINISTRATION OFFICIAL")."""
    words = [w.strip(".") for w in label.split()]
    if len(words) < 2 or len(words[-1]) < 2 or words[-1].lower() in LABEL_TITLES:
        return None
    if _FAMILY_FIRST_LABEL.search(label):
        # "ISHIKAWA Mieko", "Minister SATO Kenji": the family name in capitals, first
        words = words[: next(i for i, w in enumerate(words) if len(w) > 1 and w.isupper()) + 1]
    if words[0].lower() == "the" and words[1].lower() not in _HONOURED:
        return None  # "THE COURT", "THE CLERK": a post (_role_holder), no surname
        # (not "The Hon. M. CAMPBELL", "The Most Hon. L. WHITFIELD": a member's courtesy)
    # ("O'REILLY" is O'Reilly, as "O'Brien": the Irish patronymic's capital after it)
    surname = _O_APOSTROPHE.sub(
        lambda m: m.group(0).upper(), "-".join(part.capitalize() for part in words[-1].split("-"))
    )
    first = _surname_start(words)  # "MS. DE LA CRUZ" -> "de la Cruz", "DE GRAAF" -> "de Graaf"
    return " ".join([*(w.lower() for w in words[first:-1]), surname])


def _surname_start(words: Sequence[str]) -> int:
    """Where the surname starts among a label's words: its last word, with the particles
    right before it ("DE LA CRUZ", "VAN SUSTEREN")."""
    first = len(words) - 1
    while first > 0 and words[first - 1].lower() in _LABEL_PARTICLES:
        first -= 1
    return first


_HONOURED = frozenset({"hon", "most", "right", "honourable", "honorable"})
# A label ending in a family name in capitals and a given name in title case, as Japanese
# records write names ("ISHIKAWA Mieko", "Minister SATO Kenji"; not "MR. SMITH").
_FAMILY_FIRST_LABEL = re.compile(rf"(?:^|\s){FAMILY_IN_CAPITALS}$")
_O_APOSTROPHE = re.compile(r"(?<=^O['’])[a-z]|(?<=-O['’])[a-z]")


# Particles of a surname written in a label ("MR. VAN DER BERG", "MS. DE LA CRUZ").
_LABEL_PARTICLES = frozenset(
    {"de", "la", "le", "del", "da", "das", "do", "dos", "di", "du", "van", "von", "der", "den"}
    | {"bin", "ibn"}
)


def _speakers(
    document: Document,
    items: list[Found],
    corpus_names: dict[str, Counter[str]],
    role_names: dict[str, Counter[str]],
    elsewhere: Callable[[str, str], str | None],
    holder: Callable[[str], str | None],
    vocabulary: Vocabulary,
    sexes: dict[str, set[str]],
    seated: Callable[[Counter[str] | None, str], Counter[str] | None],
) -> dict[Turn, str]:
    """The full name each named speaker's turn is spoken by. "THE PRESIDENT" is the
    full name written after "President" ("President Joe Biden"), in the document, else
    in the corpus: not the document's most written name of that surname ("Jill Biden"
    in "Remarks by President Biden and First Lady Jill Biden"). A label with a post
    ("CHIEF JUSTICE ALVAREZ") is the name of that surname written after the post, in the
    document, else, among namesakes, in the corpus; then the document's one full name of
    that surname. A label of one word ("YELLEN:", in a transcript of an interview) is the
    full name of that surname the document, its title or the corpus writes ("Janet
    Yellen"), or no one ("AUDIENCE:"); a label in title case that names someone in full
    ("Ravi Chandran") is that person. A label without a title with a common word in it
    names only the one whose full name it writes ("CHRIS WHITE:"): a newsletter's
    headings in capitals ("DRIVING THE DAY:", "KOVÁČIK WATCH:") speak for no one, where
    "KARINE JEAN-PIERRE:", named nowhere else, is still Jean-Pierre."""
    own = _full_names(items)
    opening = _opening_names(items)
    written = _read(document)
    read = (written, written.lower())  # (as _titled reads it)
    # In a document whose labels are headings, most of them (untitled, of common words),
    # a label without a title opening one paragraph is one too ("KOVÁČIK WATCH:").
    times = Counter(turn.label for turn in document.turns)
    roles = {turn.label: turn.role for turn in document.turns if turn.role}
    untitled = {label for label in times if not _words(label) & LABEL_TITLES}
    common = {label for label in untitled if _untitled_words(label, vocabulary)}
    headings = (
        {label for label in untitled if times[label] == 1}
        if len(common) * 2 > len(times)
        else set()
    )

    def speaker(label: str, seat: str = "", said_as: str = "") -> str | None:
        if _words(label) & ANONYMOUS:
            return None  # "UNIDENTIFIED MALE:", "UNKNOWN SPEAKER:": no one the text names
        held_by = _bracketed_holder(document.text, label)
        if held_by is not None and held_by != label:
            # "CHAIR (Senator Farrant):" once, then "CHAIR:": each is Senator Farrant
            return speaker(held_by)
        if (in_full := _written_in_full(label, times)) is not None:
            # "MEREDITH HALDANE:" once, then "HALDANE:": each is Meredith Haldane, not
            # the union's president Tom Haldane, whom the corpus names more
            return speaker(in_full, "", roles.get(in_full, ""))
        if _NAMED_IN_FULL.fullmatch(label) and label.split()[-1].lower() in ORG_HEADS:
            return None  # "Global Times:", "Shenzhen TV:" asking at a press conference: an outlet
        if _NAMED_IN_FULL.fullmatch(label) and label_surname(label) and len(_untitled(label)) > 1:
            # "Ravi Chandran" (a committee's witness), not Priya Chandran; not "Senator
            # Lyall", a title and a surname (Catherine Lyall's); "M. Jean-Luc Martin":
            # Jean-Luc Martin, the courtesy aside
            return _COURTESY_OPENING.sub("", label)
        role = " ".join(label.lower().split())
        lone = _lone_label(label)
        written_surname = label_surname(label)
        held = None if written_surname else _role_holder(label, document)
        posted = held is not None  # "THE COURT": a post whose holder the document names
        surname = (
            written_surname or held or lone or (holder(role) if role not in ROLE_TITLES else None)
        )
        if surname is None:
            # "Spokesman:" in "the noon briefing by Dimitri Kallas, Spokesperson for the
            # Secretary-General": the one the document names with the post; "HOST: Good
            # evening ... I'm Nadia Karimi.": who the label's turns say it is
            return _named_holder(label, document.text) or _introduced(document, label, own)
        if role in ROLE_TITLES:
            named = _ending(_role_names((document,)).get(role), surname) or _ending(
                role_names.get(role), surname
            )
            if named:
                return named
        key = fold(surname.split()[-1])  # ("de Graaf": the names ending "Graaf")
        # ("Mr HARGREAVES": not Fiona Hargreaves, whom the corpus calls "Ms Fiona
        # Hargreaves", beside the minister Daniel Hargreaves)
        sex = _label_sex(label)
        initial = _label_initial(label)
        every = corpus_names.get(key)
        initialled = _of_initial(every, initial)
        candidates = _of_sex(initialled, sex, sexes)
        namesakes = seated(candidates, seat)
        narrowed = bool(every and namesakes and len(namesakes) < len(every))
        # (a seat beside none of several namesakes: "Mr WALSH (Eastfield—Leader of the
        # Opposition)", whom the corpus writes "Opposition Leader Brendan Walsh")
        unplaced = bool(seat and candidates and len(candidates) > 1 and namesakes is candidates)
        here = _of_initial(_of_sex(own.get(key), sex, sexes), initial)
        if seat and here and namesakes:
            # ("Ms O'NEILL (Marrang):" where the document names only Tom O'Neill in
            # full: not him, whom the corpus writes beside Kelso)
            here = Counter({n: c for n, c in here.items() if n in namesakes}) or None
        name = (
            # ("NAOMI BASCOMBE:" at a memorial of Evelyn Bascombe: Naomi, as written)
            _in_full(label, here)
            or _in_full(label, namesakes)
            or _titled(label, surname, [read])
            # ("CHIEF JUSTICE ALVAREZ" in a corpus of two Alvarezes: the one another
            # document writes after that post, "Chief Justice Ramón Alvarez", not the
            # trial judge the transcript names)
            or (elsewhere(label, surname) if namesakes and len(namesakes) > 1 else None)
            or _one(here)
            # ("CHEN:" in an interview with "Chen Yiting": the one name of two words the
            # document opens with the label's word, none ending with it, is written
            # family name first)
            or _one(opening.get(key), dominant=True)
            or _in_title(document.title, surname)
            or _one(namesakes, dominant=True)
        )
        if name and narrowed and name not in (namesakes or ()):
            name = None  # (the corpus's namesake of another sex, or another seat's)
        if name and unplaced and not (_in_full(label, here) or _in_full(label, namesakes)):
            name = None  # (not the one the document happens to name in full)
        if (label in headings or _untitled_words(label, vocabulary)) and not (posted or said_as):
            # (a label that says who its speaker is, "BILL O'REILLY, HOST", is no heading)
            # ("CHRIS WHITE:" is the document's Chris White; "DRIVING THE DAY:" is not
            # the corpus's Doris Day; "THE COURT", a post whose holder the document
            # names, is no heading)
            return name if name and _words(label) <= _words(name) else None
        written = None if posted else _label_name(label, surname, vocabulary, bool(said_as))
        if written and not (name and same_person(name_words(written), name_words(name))):
            # "AMARA OSEI." (a reporter named nowhere else) is not Daniel K. Osei, nor
            # "MICHELLE SMITH." a lone Smith: a label naming someone in full is them
            return written
        if (unplaced or (every and initialled is None)) and not name:
            # (no lone surname either: it would go to whichever namesake; "The Hon. P.
            # CAMPBELL", whose initial begins none of the corpus's Campbells, neither)
            return None
        if name or surname != lone:  # a one-word label only with a full name for it
            return name or surname
        return _introduced(document, label, own)  # "HOST:" ... "I'm Nadia Karimi"

    said: dict[tuple[str, str, str], str | None] = {}  # (label, seat, role) -> who
    names: dict[Turn, str] = {}
    people = Counter(f.text for f in items if f.label == "PERSON" and " " in f.text.strip())
    surnames = {f.text.split()[-1] for f in items if f.label == "PERSON"}
    witness = None  # who answers a "Q": the last one a question addressed or who said so
    rendered: str | None = None  # whose words an interpreter's turn gives: the last speaker's
    last_turn: dict[str, int] = {}  # each label's last turn so far
    for index, turn in enumerate(document.turns):
        if turn.label.lower() in INTERPRETERS:
            # "KABORÉ [in French]: ..." then "INTERPRETER: Our agents collected ...": his
            # words, in another language (a question's: no one's)
            if rendered is not None:
                names[turn] = rendered
            continue
        rendered = None
        if document.text[turn.start : turn.end] == "Q":
            # a question, a reporter's or a court's lawyer's ("BY MS. OYELARAN:"): whom it
            # asks answers the "A" turns
            witness = _addressed_by_question(document.text, turn, people) or witness
        if turn.reporter:
            continue
        if turn.label == "A":
            named = _named_in_answer(document.text, turn, surnames)
            witness = named or witness or _interviewee(document.title, people)
            if witness is not None:
                names[turn] = witness
            continue
        label = turn.label
        if len(fuller := _fuller_labels(label, times)) > 1:
            # "REP. KIM:" in a hearing of "REP. KIM MIN-JUN (DP):" and "REP. KIM SU-AH
            # (PPP):": the one whose full label came last before it, or no one
            label = max(fuller, key=lambda other: last_turn.get(other, -1))
            if label not in last_turn:
                last_turn[turn.label] = index
                continue
        last_turn[turn.label] = index
        if (label, turn.seat, turn.role) not in said:
            said[label, turn.seat, turn.role] = speaker(label, turn.seat, turn.role)
        if (who := said[label, turn.seat, turn.role]) is not None:
            names[turn] = rendered = who
    return names


# A label's words that say its speaker is not named ("UNIDENTIFIED FEMALE").


# Labels of those who render another's words: their turns are that speaker's.
INTERPRETERS = frozenset({"interpreter", "translator", "interpretation", "translation"})


# A question opening with whom it asks: "Q. Mr Ashby, yesterday ...", "Q: Mr. bin Salleh,
# you were ...", "Q. Dr Lee, ..." (the surname, with its particles).
_ADDRESSED = re.compile(
    rf"[.:]?\s+(?:{COURTESIES}|Miss|Professor|Prof)\.?\s+((?:[a-z]{{1,3}}\s+)*[A-Z][\w’'-]+),\s"
)
# An answer opening with the answerer's own name ("A. Elena de la Cruz. I was ...").
_ANSWERED_NAME = re.compile(r"[.:]?\s+([A-Z][^.?!\n]{2,60}?)\.(?:\s|$)")


def _addressed_by_question(text: str, turn: Turn, people: Counter[str]) -> str | None:
    """The full name the document gives the one a question opens by addressing ("Q. Mr
    Ashby, ..." -> "Graham Ashby"): the one named in full with that surname."""
    match = _ADDRESSED.match(text, turn.end)
    if match is None:
        return None
    surname = match.group(1).lower()
    fitting = Counter({n: c for n, c in people.items() if n.lower().endswith(" " + surname)})
    return _one(fitting, dominant=True)


def _named_in_answer(text: str, turn: Turn, surnames: set[str]) -> str | None:
    """The full name an answer opens with, of a surname the document names someone by
    ("A. Elena de la Cruz. I was chief financial officer ...", after "Ms. de la Cruz,
    please stand": asked to state it)."""
    match = _ANSWERED_NAME.match(text, turn.end)
    if match is None or not _NAME_WITH_PARTICLES.fullmatch(match.group(1)):
        return None
    return match.group(1) if match.group(1).split()[-1] in surnames else None


# A person's name of two words or more, particles in lower case between.
_NAME_WITH_PARTICLES = re.compile(r"[A-Z][\w’'-]+(?: (?:[a-z]{1,3} )*[A-Z][\w’'-]+)+")


def _interviewee(title: str, people: Counter[str]) -> str | None:
    """The one person named in full in the document of whose surnames the title writes
    one ("INTERVIEW-De la Fuente says ...": Jorge Luis de la Fuente Ibarra answers)."""
    folded = title.lower()
    named = {
        name
        for name in people
        if any(
            re.search(rf"(?<![\w’']){re.escape(word.lower())}(?![\w’'])", folded)
            for word in name.split()[1:]
            if word[:1].isupper() and len(word) > 2
        )
    }
    return next(iter(named)) if len(named) == 1 else None


# A label in title case that names someone in full ("Mei Lin Zhou", "Dame Olivia Marsh",
# written as turns.py finds them in a committee's or a company's transcript): the
# speaker's own name, whoever else of that surname the document names.
# ("Ms Young" is a surname after a courtesy: the document's Ann Young.)
_COURTESY_OPENING = re.compile(rf"^{COURTESIES}\.?\s(?=[A-Z][a-z])")
_NAMED_IN_FULL = re.compile(
    rf"(?:{COURTESIES}\.?\s)?(?!{COURTESIES}\b)"
    r"[A-Z][a-z][\w’'\-]*(?:\s[A-Z][a-z][\w’'\-]*)+"
)
# Role labels and the title written before the name of the one who holds the role.
ROLE_TITLES = {
    "the president": "President",
    "the vice president": "Vice President",
    "the first lady": "First Lady",
}


def _role_names(documents: Sequence[Document]) -> dict[str, Counter[str]]:
    """Role label -> the full names written right after the role's title ("President
    Joe Biden" -> "Joe Biden"; not "Vice President Kamala Harris" for "the president")."""
    names: dict[str, Counter[str]] = {role: Counter() for role in ROLE_TITLES}
    for document in documents:
        for match in _TITLED_NAME.finditer(document.text):
            role = "the " + " ".join(match.group(1).lower().split())
            names[role][match.group(2)] += 1
    return names


def _ending(names: Counter[str] | None, surname: str) -> str | None:
    """The most written of `names` (two words or more) that ends in `surname`."""
    if not names:
        return None
    fitting = [(n, c) for n, c in names.items() if n.split()[-1].lower() == surname.lower()]
    fitting = [(n, c) for n, c in fitting if len(n.split()) >= 2]
    return max(fitting, key=lambda nc: (nc[1], nc[0]))[0] if fitting else None


def _untitled_words(label: str, vocabulary: Vocabulary) -> bool:
    """Is the label written without a title or a courtesy, with a common word in it
    ("DRIVING THE DAY", "WHO'S COUNTING", "CHRIS WHITE")? Then it names only the one
    whose full name it is."""
    words = _words(label)
    return not words & LABEL_TITLES and any(vocabulary.common(w) for w in words)


def _words(name: str) -> set[str]:
    """The words of a name or a label in lower case, but for its initials ("S. PSAKI",
    a typing slip for "MS. PSAKI", is Jen Psaki's)."""
    return {w.lower() for w in re.findall(r"[^\W\d_]{2,}", name)}


def _lone_label(label: str) -> str | None:
    """The word of a one-word label that is no title nor role ("YELLEN" -> "Yellen";
    not "MODERATOR", "Q"): perhaps a surname."""
    words = label.split()
    if len(words) != 1 or len(label) < 3 or not label.isalpha() or label.lower() in LABEL_TITLES:
        return None
    return label.capitalize()


# A speaker saying who they are: "I'm Nadia Karimi", "my name is Ann Lee" (not "I'm with
# Dr Helena Kristiansen", nor "This is ...", said of others as well).
_INTRODUCED = re.compile(
    r"\b(?:I['’]m|I am|[Mm]y name is)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\b"
)


def _introduced(document: Document, label: str, own: dict[str, Counter[str]]) -> str | None:
    """The full name a label's own turns introduce their speaker by ("HOST:", "MODERATOR:"
    ... "I'm Nadia Karimi"), if the document names that person in full; else None."""
    names = {name for written in own.values() for name in written}
    for turn in document.turns:
        if turn.label != label:
            continue
        for sentence in document.sentences[turn.first - 1 : turn.last]:
            for match in _INTRODUCED.finditer(sentence.text):
                if match.group(1) in names:
                    return match.group(1)
    return None


def _role_holder(label: str, document: Document) -> str | None:
    """ "THE PRESIDENT" -> the surname of the president the document names (and so
    for "THE VICE PRESIDENT", "THE FIRST LADY")."""
    role = " ".join(label.lower().split())
    if role not in ROLE_TITLES:
        held = _post_holders(role, [_read(document)])
        return held.most_common(1)[0][0] if held else None
    pattern = {"the vice president": _VICE_PRESIDENT, "the first lady": _FIRST_LADY}.get(
        role, _PRESIDENT
    )
    text = document.text if role != "the president" else _VICE_PRESIDENT.sub("", document.text)
    # A title given leads the text already (Document.titled); one made from the first
    # words repeats them.
    read = text if document.titled else f"{document.title}\n{text}"
    found = Counter(m.group(1) for m in pattern.finditer(read))
    return found.most_common(1)[0][0] if found else None


# A post a label names, in the forms the texts write its holder's name with: "THE JUDGE"
# of an English court is "Mr Justice Renfrew" ("Before: THE HONOURABLE MR JUSTICE
# RENFREW"); "THE COURT" of an American transcript is the judge presiding ("BEFORE THE
# HONORABLE MARGARET A. THIELEN", "Hon. Margaret A. Thielen, presiding").
_POST_FORMS = {"judge": "judge|justice", "court": r"judge|justice|hon\.|the\s+honou?rable"}


def _named_holder(label: str, text: str) -> str | None:
    """The one full name the text writes with the post a label of titles alone names,
    after it and a comma ("Dimitri Kallas, Spokesperson for the Secretary-General" for
    "Spokesman", its -man, -woman or -person alike) or before it ("Deputy Spokesperson
    Farah Ndiaye"); None for none or several."""
    words = label.split()
    if not words or not all(w.lower().strip(".") in LABEL_TITLES for w in words):
        return None
    *before, last = (re.escape(w) for w in words)
    post = _SPACE.join([*before, _any_sex(_post_stem(last))])
    name = r"[A-Z][\w’'-]+(?:[^\S\n][A-Z][\w’'.-]*){1,3}"
    found = {
        m.group(1)
        for pattern in (
            rf"({name}),{_SPACE}(?:the{_SPACE})?(?i:{post})\b",  # "Dimitri Kallas, Spokesperson"
            rf"\b(?i:{post}){_SPACE}({name})",  # "Deputy Spokesperson Farah Ndiaye"
        )
        for m in re.finditer(pattern, text)
    }
    found = {n for n in found if not {w.lower().strip(".") for w in n.split()} & LABEL_TITLES}
    return next(iter(found)) if len(found) == 1 else None


def _post_stem(word: str) -> str:
    """A post's word without its -man, -woman or -person ("chair" of "chairwoman")."""
    return re.sub(r"(?:man|woman|person)$", "", word, flags=re.IGNORECASE) or word


def _any_sex(stem: str) -> str:
    """The pattern of a post's word, its -man, -woman or -person alike."""
    return rf"{stem}(?:man|woman|person)?"


def _post_holders(role: str, texts: Iterable[str]) -> Counter[str] | None:
    """ "the chair" (a hearing's "THE CHAIR") -> the surnames the texts write after that
    post, in any of its forms ("Chairwoman Holloway-Price", "Chair Lynch"), by how often;
    None for a label that is no post after "the" ("THE END")."""
    words = role.split()
    if (
        len(words) < 2
        or words[0] != "the"
        or not all(w in LABEL_TITLES or w in _POST_FORMS for w in words[1:])
    ):
        return None
    stem = _post_stem(words[-1])
    stem = _POST_FORMS.get(stem, re.escape(stem))
    holder = re.compile(
        rf"\b(?i:{_any_sex(f'(?:{stem})')}){_SPACE}"
        rf"(?:[A-Z][\w’'-]*\.?{_SPACE}){{0,3}}?([A-Z][\w’'-]+)(?![\w’'-]|{_SPACE}[A-Z])"
    )
    return Counter(
        m.group(1)
        for text in texts
        for m in holder.finditer(text)
        if m.group(1).lower() not in LABEL_TITLES and m.group(1) not in CALENDAR_NAMES
    )


def _full_names(items: list[Found]) -> dict[str, Counter[str]]:
    """Surname (folded: case and accents away) -> the full names of people with it, by how
    often written: the last word, or the first of a name written family name first
    ("Chen Yi-ting": a given name romanised with a hyphen and a lower-case syllable after
    it)."""
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for item in items:
        words = item.text.split()
        if (
            item.label == "PERSON"
            and len(words) >= 2
            and words[0] != "The"  # ("The O'Reilly [Factor]": a show's)
            and _NAME.fullmatch(item.text)
        ):
            names[fold(words[-1])][item.text] += 1
            if FAMILY_FIRST.fullmatch(item.text):
                names[fold(words[0])][item.text] += 1
    return names


def _opening_names(items: list[Found]) -> dict[str, Counter[str]]:
    """First word (folded) -> the names of two words that open with it, tagged
    people, by how often written: a family name first where the spelling does not tell
    the order ("Chen Yiting")."""
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for item in items:
        words = item.text.split()
        if item.label == "PERSON" and len(words) == 2 and _NAME.fullmatch(item.text):
            names[fold(words[0])][item.text] += 1
    return names


def _written_in_full(label: str, labels: Iterable[str]) -> str | None:
    """The one other label of the transcript that writes in full, given names and all,
    the surname a label of one word is ("HALDANE" after "MEREDITH HALDANE", as an
    interview's transcript shortens its labels; "WHITCOMB" after "GOV. DIANE
    WHITCOMB"), or with the given names its initials start ("G. WHITCOMB" after
    "GREGORY WHITCOMB"), or None (see _fuller_labels)."""
    fuller = _fuller_labels(label, labels)
    return fuller[0] if len(fuller) == 1 else None


def _fuller_labels(label: str, labels: Iterable[str]) -> list[str]:
    """The other labels of the transcript that write in full the surname a label of one
    word is (_written_in_full), or the family name written first, a hyphenated given
    name after it ("REP. PARK" after "REP. PARK SUNG-MIN", as a Korean record writes
    names); of several, those with the label's own titles ("MINISTER LEE" is "MINISTER
    LEE JAE-WON", not "VICE MINISTER LEE HA-NA")."""
    words = _untitled(label)
    if not words or label.lower().strip(".") in LABEL_TITLES:
        return []
    first = _surname_start(words)  # (its particles with it: "VAN SUSTEREN")
    initials, surname = words[:first], [fold(w) for w in words[first:]]
    if not all(_INITIAL.fullmatch(w) for w in initials) or (
        initials and len(words) != len(label.split())
    ):
        return []
    fuller = [
        other
        for other in labels
        if other != label
        and other.isupper()
        and len(surname) + 1 <= len(full := _untitled(other)) <= len(surname) + 2
        and len(full) > len(initials) + len(surname)
        and (
            (
                [fold(w) for w in full[-len(surname) :]] == surname
                and all(full[i].startswith(w.rstrip(".")) for i, w in enumerate(initials))
            )
            or (
                not initials
                and len(full) == len(surname) + 1
                and [fold(w) for w in full[: len(surname)]] == surname
                and "-" in full[-1].strip("-")
            )
        )
    ]
    if len(fuller) > 1:
        titles = _titles(label)
        fuller = [other for other in fuller if _titles(other) == titles] or fuller
    return fuller


def _titles(label: str) -> list[str]:
    """The label's titles ("VICE MINISTER LEE HA-NA" -> vice, minister)."""
    return [w.lower().strip(".") for w in label.split() if w.lower().strip(".") in LABEL_TITLES]


_INITIAL = re.compile(r"[A-Z]\.?")


def _untitled(label: str) -> list[str]:
    """The label's words but its titles ("DR. NAOMI BASCOMBE" -> NAOMI, BASCOMBE)."""
    return [w for w in label.split() if w.lower().strip(".") not in LABEL_TITLES]


def _label_name(
    label: str, surname: str, vocabulary: Vocabulary, roled: bool = False
) -> str | None:
    """The name a label in capitals writes in full, given names and the surname
    (label_surname), as a name is written ("AMARA OSEI" -> "Amara Osei", "DR. MARIE DE LA
    CRUZ" -> "Marie de la Cruz"); None for a label of a title and a surname ("MS.
    PSAKI"), or with a common word before the surname ("ACTING ADMINISTRATION SLAVITT",
    a title mistyped), or in title case ("Ravi Chandran", returned as written by
    _speakers). A label that says who its speaker is after a comma ("BILL O'REILLY,
    HOST": `roled`) names them, whatever words their given names are."""
    if not label.isupper():
        return None
    words = _untitled(label)
    given = words[: len(words) - len(surname.split())]
    if not given or not all(w.isalpha() and (roled or not vocabulary.common(w)) for w in given):
        return None
    return " ".join([*("-".join(p.capitalize() for p in w.split("-")) for w in given), surname])


def _bracketed_holder(text: str, label: str) -> str | None:
    """Who a post's label names in brackets, once, at a turn's opening: "CHAIR (Senator
    Farrant): We will now move ..." -> "Senator Farrant" (a name, maybe titled, in title
    case); None when the document brackets no name after it."""
    if not label.isupper() or label == "Q":
        return None
    found = re.search(rf"(?m)^{re.escape(label)} \(([A-Z][^()\n:]{{1,60}})\):", text)
    if found is None or not _BRACKETED.fullmatch(found.group(1)):
        return None
    return found.group(1)


# A name in title case in a label's brackets, maybe after a title ("Senator Farrant",
# "Sen. O'Brien"); not a party's letter and a state's ("(D-OH)", "(R-Texas)").
_BRACKETED = re.compile(
    r"[A-Z](?:[a-z]|['’][A-Z])[\w’'.-]*(?:\s[A-Z](?:[a-z]|['’][A-Z])[\w’'.-]*){0,3}"
)


def _in_full(label: str, names: Counter[str] | None) -> str | None:
    """The one of `names` the label writes in full, its title aside ("NAOMI BASCOMBE",
    "DR. NAOMI BASCOMBE": Naomi Bascombe), its words in any case and accents."""
    words = _untitled(label)
    if len(words) < 2 or not names:
        return None
    key = fold(" ".join(words))
    written = [name for name in names if fold(name) == key]
    return written[0] if len(written) == 1 else None


def _sexes_written(found: list[Found], documents: Sequence[Document]) -> dict[str, set[str]]:
    """Each full name of a person -> the sexes the words right before it say, anywhere
    in the corpus ("Mr Daniel Hargreaves", "Ms Fiona Hargreaves", "his wife, Ann Lee")."""
    sexes: dict[str, set[str]] = defaultdict(set)
    for item in found:
        if (
            item.label == "PERSON"
            and " " in item.text.strip()
            and (said := sex_before(documents[item.doc].text, item.start))
        ):
            sexes[item.text] |= said
    return sexes


# A seat's parts: "Eastfield—Leader of the Opposition" is a constituency and a post.
_SEAT_PARTS = re.compile(r"\s*(?:—|–|--|\s-\s|,)\s*")
SEAT_REACH = 60  # characters either side of a full name a seat's words are looked for in


def _seated(names: Counter[str], seat: str, texts: Sequence[str]) -> Counter[str] | None:
    """The names the texts write beside a part of the seat, within SEAT_REACH characters
    ("Wirrinya MP Gary Walsh", "the member for Wirrinya, Gary Walsh", "Opposition
    Leader Brendan Walsh" for "Leader of the Opposition" is no match: its words as
    written), or None when none is."""
    parts = [p for p in _SEAT_PARTS.split(seat) if len(p) > 2]
    if not parts:
        return None
    near = re.compile("|".join(re.escape(p) for p in parts), re.IGNORECASE)
    kept = Counter(
        {
            name: count
            for name, count in names.items()
            if any(
                near.search(text, max(0, m.start() - SEAT_REACH), m.end() + SEAT_REACH)
                for text in texts
                if name in text
                for m in re.finditer(re.escape(name), text)
            )
        }
    )
    # ("Marrang Rachel O'Neill", the seat's word run into her name once, is hers)
    kept = Counter(
        {n: c for n, c in kept.items() if not any(n.endswith(" " + m) for m in kept if m != n)}
    )
    return kept or None


def _label_sex(label: str) -> str | None:
    """The sex a label's courtesy says: "Mr HARGREAVES" a man's, "MS. JEAN-PIERRE" a
    woman's; None without one ("SECRETARY BLINKEN", "HARGREAVES")."""
    words = label.split()
    first = words[0].rstrip(".").lower() if len(words) > 1 else ""
    return SEXED.get(first) if first in _COURTESIES else None


def _of_sex(
    names: Counter[str] | None, sex: str | None, sexes: dict[str, set[str]]
) -> Counter[str] | None:
    """`names` but those the corpus says are of the other sex than `sex` (all of them
    when it says nothing of one)."""
    if not names or sex is None:
        return names
    return Counter({n: c for n, c in names.items() if sex in sexes.get(n, {sex})}) or None


def _label_initial(label: str) -> str | None:
    """The initial a label writes before its surname: "The Hon. M. CAMPBELL" -> "M";
    None without one ("Mr CAMPBELL", "MR. J. K. OKAFOR" -> "J")."""
    initials = [w for w in label.split()[:-1] if _INITIAL.fullmatch(w)]
    return initials[0][0] if initials else None


def _of_initial(names: Counter[str] | None, initial: str | None) -> Counter[str] | None:
    """`names` whose first name begins with the label's `initial` ("M. CAMPBELL":
    Marcia Campbell, not Devon); none fits: no one of them."""
    if not names or initial is None:
        return names
    return Counter({n: c for n, c in names.items() if n[:1].upper() == initial}) or None


def _one(names: Counter[str] | None, dominant: bool = False) -> str | None:
    """The most written of `names`; with `dominant`, only if it is written at least four
    times as often as all the others together (one person of that surname, really)."""
    if not names:
        return None
    best, count = names.most_common(1)[0]
    if dominant and count < 4 * (sum(names.values()) - count):
        return None
    return best


def _read(document: Document) -> str:
    """A document's text as _titled reads it: with its title, unless the text opens
    with it."""
    return document.text if document.titled else f"{document.title}\n{document.text}"


def _titled(label: str, surname: str, texts: Sequence[tuple[str, str]]) -> str | None:
    """The full name the texts (documents' as _read gives them, each with its lower
    case) write after the label's title and that holds the label's surname, first or
    last: "MINISTER KIM" -> "Kim Hye-won" of "Foreign Minister Kim Hye-won" (not "Kim
    Jong-un", named in a question). The most written; None when the label has no title
    but a courtesy ("MS.")."""
    post = _post(label)
    if post is None:
        return None
    title = re.compile(
        rf"\b(?i:{re.escape(post)}){_SPACE}([A-Z][\w-]+(?:{_SPACE}[A-Z][\w-]+){{1,2}})(?![\w-])"
    )
    held = re.compile(re.escape(surname), re.IGNORECASE)  # ("MCDONALD": "McDonald")
    key = surname.lower()
    found = Counter(
        name
        for read, lowered in texts
        if (key in lowered if key.isascii() and _aligned(read, lowered) else held.search(read))
        for match in _post_matches(title, post, read, lowered)
        for name in [match.group(1)]
        if key in (name.split()[0].lower(), name.split()[-1].lower())
        and not any(w.lower() in LABEL_TITLES for w in name.split())  # "Acting [Administrator"
        and not name.isupper()  # another label: "ACTING [ADMINISTRATION SLAVITT]:"
    )
    return found.most_common(1)[0][0] if found else None


def _post_matches(
    title: re.Pattern[str], post: str, text: str, lowered: str
) -> Iterator[re.Match[str]]:
    """title.finditer(text), for a `title` that opens with the word `post` in any case,
    tried only where the text (`lowered`: in lower case) writes that word (a
    case-insensitive pattern is tried at every place of a text: 4 ms on a transcript,
    67 labels in whitehouse-2022)."""
    if not (post.isascii() and _aligned(text, lowered)):
        yield from title.finditer(text)
        return
    post, end = post.lower(), 0
    at = lowered.find(post)
    while at != -1:
        if at >= end and (match := title.match(text, at)):
            end = match.end()
            yield match
        at = lowered.find(post, at + 1)


def _aligned(text: str, lowered: str) -> bool:
    """Does `lowered`, the text in lower case, find what a case-insensitive pattern of
    ASCII letters finds in the text, at the same places? Not where lower() changed a
    letter's length ("İ"), nor in a text with one of the letters other than ASCII that
    such a pattern matches ("ı", "ſ", the Kelvin sign; re's documentation). Most texts
    are read so, ASCII or not ("Kyiv", curly quotes)."""
    return len(lowered) == len(text) and not any(c in text for c in "\u0130\u0131\u017f\u212a")


def _post(label: str) -> str | None:
    """The last word of a post in the label, lower-cased ("ACTING SECRETARY WALSH" ->
    "secretary"); None for a courtesy alone ("MS.")."""
    words = [w.strip(".").lower() for w in label.split()[:-1]]
    posts = [w for w in words if w in LABEL_TITLES and w not in _COURTESIES]
    return posts[-1] if posts else None


_ARTICLES = frozenset({"the", "a", "an"})


def _in_title(title: str, surname: str) -> str | None:
    """The full name ending in `surname` in the document's title: the surname and the
    given name before it, with a middle initial if written ("Press Briefing by Press
    Secretary Jen Psaki" -> "Jen Psaki"; "... National Economic Council Bharat
    Ramamurti" -> "Bharat Ramamurti"); titles ("Dr.", "Secretary") and possessives
    ("Huaxin's Zhang Wei") are not names."""
    words = re.findall(r"[\w’'.-]+", title)
    for index, word in enumerate(words):
        if word.strip(".,").lower() != surname.lower() or index == 0:
            continue
        name = [words[index].strip(",")]
        before = index - 1
        if re.fullmatch(r"[A-Z]\.", words[before]) and before > 0:
            name.insert(0, words[before])
            before -= 1
        given = words[before]
        if given.endswith(("'s", "’s")):
            continue  # "Huaxin's Zhang Wei": the owner's, no given name
        if given[:1].isupper() and given.strip(".").lower() not in LABEL_TITLES | _ARTICLES:
            return " ".join([given, *name])  # (not "The O'Reilly [Factor]", a show)
    return None


def _said_to(document: Document, items: list[Found], vocatives: frozenset[str]) -> set[str]:
    """Single-word names that the document says to someone in the room."""
    return {
        f.text
        for f in items
        if (f.label == "PERSON" or f.text in vocatives)
        and len(f.text.split()) == 1
        and is_addressed(document.text, f.start, f.end, f.text in vocatives)
    }


# Share of a lone name's mentions in transcripts that must be addressed to someone for
# its vocatives to count: "Nandita" is said to her 4 times in 4; "Moderna" opens a
# sentence before a comma once in 71 ("Moderna, for its part, ..."). A name the pipeline
# never tags a person must be said to someone nearly always, and at least
# UNTAGGED_VOCATIVES times: "Yamiche" (tagged an organization) 19 times in 22, "Zolan"
# (a place) 5 in 6; not "Enbridge, the energy company, says" nor "Libya, Yemen are".
VOCATIVE_SHARE = 0.5
UNTAGGED_SHARE = 0.8
UNTAGGED_VOCATIVES = 3


def _vocative_names(
    documents: Sequence[Document], by_doc: dict[int, list[Found]], surnames: frozenset[str]
) -> frozenset[str]:
    """Lone names of a transcript read as vocatives (_vocative): nobody's surname in the
    corpus, and addressed to someone in VOCATIVE_SHARE or more of the places the corpus
    writes them (tagged or not: the pipeline often tags "Aamer" only where he is spoken
    of, "what Aamer asked", and not where he is called on), or in UNTAGGED_SHARE of them
    for a name never tagged a person. A name the statements write too ("the power
    station, Zaporizhzhia?") is seldom a vocative."""
    labels: dict[str, set[str]] = defaultdict(set)
    for index, document in enumerate(documents):
        if document.turns:
            for f in by_doc.get(index, []):
                if _LONE.fullmatch(f.text) and fold(f.text) not in surnames:
                    labels[f.text].add(f.label)
    seen: Counter[str] = Counter()
    addressed: Counter[str] = Counter()
    for document in documents if labels else ():
        for match in _LONE.finditer(document.text):
            name = match.group()
            if name in labels:
                seen[name] += 1
                if document.turns:
                    addressed[name] += is_addressed(document.text, match.start(), match.end(), True)
    return frozenset(
        n
        for n, c in seen.items()
        if (
            addressed[n] >= VOCATIVE_SHARE * c
            if "PERSON" in labels[n]
            else addressed[n] >= max(UNTAGGED_SHARE * c, UNTAGGED_VOCATIVES)
        )
    )


def _addressed(
    document: Document,
    items: list[Found],
    speakers: dict[Turn, str],
    vocatives: frozenset[str] = frozenset(),
) -> list[Found]:
    """A lone first name after a form of address is the speaker of the document who has
    it (written as that speaker's full name), or no one."""
    firsts: dict[str, set[str]] = defaultdict(set)
    for name in speakers.values():
        if len(name.split()) >= 2:
            firsts[name.split()[0].lower()].add(name)
    kept = []
    for item in items:
        words = item.text.split()
        vocative = item.text in vocatives
        if len(words) == 1 and is_addressed(document.text, item.start, item.end, vocative):
            owners = firsts.get(words[0].lower(), set())
            if len(owners) != 1:
                continue  # a reporter, or two speakers of that first name: no one
            item = Found(
                item.doc,
                next(iter(owners)),
                item.label,
                item.sentence,
                item.start,
                item.end,
                item.weight,
                "person",
                item.key,
            )
        kept.append(item)
    return kept


def is_addressed(text: str, start: int, end: int, vocative: bool = False) -> bool:
    """ "Thanks, Jen", "Go ahead, Alex", "Phil's question": a name said to someone in
    the room; with `vocative` (a name that is nobody's surname), also one set off as a
    vocative (see _vocative)."""
    before = _before(text, start)
    if _ADDRESS.search(before) or _QUESTION_OF.match(text, end):
        return True
    return vocative and _vocative(text, before, start, end)


def _vocative(text: str, before: str, start: int, end: int) -> bool:
    """A name that opens its sentence (after a speaker's label, if any) or follows a
    comma after a lower-case word, and ends the sentence or is followed by a comma or a
    dash: "Aamer.", "Nandita, go ahead.", "So, Darlene, ...", "... to that, Jerry." A
    name in a list ("Schumer, Kaine, King") is none: a capitalised word before its comma,
    or a list's next name after it."""
    if not _VOCATIVE_AFTER.match(text, end) or _LIST_NEXT.match(text, end):
        return False
    if _TITLE_BEFORE.search(text, max(0, start - 8), start):
        return False  # "the release of Mr. Yaroshenko, who ...": no sentence starts there
    opening = _OPENS.match(before)
    lead = before[opening.end() if opening else 0 :].rstrip()
    if not lead:
        return True  # the name opens its sentence
    if not lead.endswith(","):
        return False
    words = lead[:-1].split()
    # "Well, Nandita", "With that, Darlene": the sentence's first word, or a lower-case one
    if words and words[-1].lower() in LABEL_TITLES:
        return False  # "our ambassador, Sison, has ...": an apposition
    return len(words) == 1 or (bool(words) and not words[-1][:1].isupper())


def _before(text: str, start: int) -> str:
    """The text of the sentence before `start`, up to 40 characters."""
    piece = text[max(0, start - 40) : start]
    cut = max(piece.rfind("\n"), piece.rfind(". "), piece.rfind("? "), piece.rfind("! "))
    return piece[cut + 1 :] if cut >= 0 else piece
