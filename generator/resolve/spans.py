"""Spans as the language pipeline gives them, shaped into names before they are read:
people listed in one span split and a role after a dash cut (listed), an organization
tagged with the title and the name after it split (before_titles), quotes, articles and
possessives trimmed (trim), a name written twice made one (undoubled), titles stripped
from a person's name (strip_titles), "Summit of the [Americas]" made whole (extend_of),
and a name inside a law's name or a building's left out (in_law, in_building), a name
inside a firm's "A & B" made the firm's (joined_by_and). Used by mentions.clean_spans."""

from __future__ import annotations

import re

from .. import lexicon
from ..ingest.text import ABBREVIATIONS, fold
from ..model import Span
from .words import (
    EVENT_HEADS,
    FACILITY_HEADS,
    GENERATIONS,
    HEADLINE_VERBS,
    LEGAL_FORMS,
    NAME_LINKS,
    OFFICES,
    ORG_HEADS,
    PLACE_HEADS,
    ROLE_NOUNS,
    SMALL_WORDS,
    SUFFIXES,
    TITLE_PHRASE,
    TITLE_PHRASE_WORDS,
    TITLES,
)

_OF_BEFORE = re.compile(r"([A-Z][a-z]+)\s+of\s+(?:the\s+)?$")


def listed(span: Span, places: frozenset[str] = frozenset()) -> list[Span]:
    """ "Drs. [Murthy, Walensky]": people listed with commas, tagged as one PERSON, are
    each a span of their own (every part one to three capitalised words); so are places
    listed so, tagged as one name of a body, each a place the document names alone
    (`places`: "the people of [Hartlepool, Seaham] and the villages"). A person's name
    has no spaced dash: "[Boateng - GFA Prosecutor]", a transcript's list of who is
    present ("Name - Role" a line), is the name before it."""
    if span.label != "PERSON":
        pieces = span.text.split(", ")
        if (
            span.label in ("GPE", "LOC")  # ("Pensacola, Florida": a city and its state)
            or len(pieces) < 2
            or not all(piece in places for piece in pieces)
        ):
            return [span]
        parts, offset = [], span.start
        for piece in pieces:
            parts.append(Span(piece, "GPE", span.sentence, offset, offset + len(piece)))
            offset += len(piece) + 2
        return parts
    dash = _SPACED_DASH.search(span.text)
    if dash is not None and _CAPITALISED_WORDS.fullmatch(span.text, 0, dash.start()):
        span = Span(
            span.text[: dash.start()],
            span.label,
            span.sentence,
            span.start,
            span.start + dash.start(),
        )
    if ", " not in span.text:
        return [span]
    parts, offset = [], span.start
    for piece in span.text.split(", "):
        if not re.fullmatch(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2}", piece):
            return [span]
        parts.append(Span(piece, span.label, span.sentence, offset, offset + len(piece)))
        offset += len(piece) + 2
    return parts


_SPACED_DASH = re.compile(r"\s+[-–—]+\s+")
_CAPITALISED_WORDS = re.compile(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}")
_NAME_NEXT = re.compile(r"\.?\s+([A-Z][\w’'-]*)")
_SMALL_OR_ORG = SMALL_WORDS | ORG_HEADS
_TITLE_RUN = TITLE_PHRASE - SMALL_WORDS  # words of a title: "Rear Adm.", "Deputy Director"
STATUS = frozenset({"acting", "former", "retired"})  # the person's, before the title


def before_titles(span: Span, text: str) -> list[Span]:
    """ "[Coast Guard Adm.] Thad Allen", "[Coast Guard Rear Adm. Sally O'Hara]": an
    organization's name does not end with a person's title. Tagged as one, it is the
    organization before the title, and the person after it. Only where the evidence is
    plain: the title ends the span and a name follows it in the text, or a title
    written short ("Adm.", "Lt.") stands before the name inside the span. Not "General
    Assembly", "Environmental Justice Advisory Council", "Credit Suisse First Boston",
    "Burger King" (no name follows), nor "Office of the U.S. Trade Representative"."""
    if span.label != "ORG":
        return [span]
    words = list(_WORD.finditer(span.text))
    bare = [w.group().lower().rstrip(".,") for w in words]
    for p in range(1, len(words)):
        if bare[p] not in _TITLE_RUN or bare[p - 1] in _TITLE_RUN or SMALL_WORDS & set(bare[:p]):
            continue
        q = p
        while q < len(words) and bare[q] in _TITLE_RUN:
            q += 1
        run = set(bare[p:q])
        # the title words written after the span, when the title runs to its end
        more, past = _title_after(text, span.end) if q == len(words) else (set(), span.end)
        if run <= _TITLE_OPENERS:
            run |= more  # "[Coast Guard Petty] Officer John Edwards": a title's first word
        if not TITLES & run:
            continue
        cut = span.start + words[p - 1].end()
        first = 1 if bare[0] in STATUS and p > 1 else 0  # "[Retired] Coast Guard Adm."
        begin = span.start + words[first].start()
        org = Span(text[begin:cut], span.label, span.sentence, begin, cut)
        if q == len(words):
            after = _NAME_NEXT.match(text, past)
            if after and after.group(1).lower() not in _SMALL_OR_ORG:
                return [org]  # "[Coast Guard Adm.] Thad Allen"
            return [span]
        name = words[q:]
        short = any(w.group().endswith(".") and len(w.group()) <= 5 for w in words[p:q])
        if short and all(w.group()[0].isupper() and w.group()[-1] != "," for w in name):
            begin = span.start + name[0].start()
            return [org, Span(text[begin : span.end], "PERSON", span.sentence, begin, span.end)]
        return [span]
    return [span]


_WORD_AFTER = re.compile(r"\s+([A-Za-z]+\.?)")
# Words that open a rank and never end a body's name ("Petty Officer", "Rear Adm.").
_TITLE_OPENERS = frozenset({"petty", "rear", "vice", "lance", "master", "staff"})


def _title_after(text: str, end: int) -> tuple[set[str], int]:
    """The title words written right after `end` ("Officer", "1st Class"), lower case,
    and where they end (`end` if there are none)."""
    found: set[str] = set()
    for _ in range(3):
        match = _WORD_AFTER.match(text, end)
        if match is None or match.group(1).lower().rstrip(".") not in _TITLE_RUN:
            break
        found.add(match.group(1).lower().rstrip("."))
        end = match.end()
    return found, end


# "the [George Floyd] Justice in Policing Act": capitalised words (no possessive) and
# of/in/for/and/the up to "Act", the noun; not the verb ("if Congress Does Not Act").
_LAW_AFTER = re.compile(
    r"((?:\s+(?:[A-Z][\w-]*|of|in|for|and|the)){0,7}?)"
    r"(?<!\bNot)(?<!\bTo)(?<!\bWill)(?<!\bMust)\s+Act\b(?! [A-Z])"
)


def in_law(text: str, end: int) -> bool:
    """Does the name go on to a law's ("the George Floyd Justice in Policing Act", "the
    Robert Levinson Hostage Recovery ... Act")? Not a headline's verb ("Biden Signs
    ... Act"), nor a headline's "on the" ("Statement by President Biden on the ... Act")."""
    match = _LAW_AFTER.match(text, end)
    return match is not None and not any(
        w in HEADLINE_VERBS for w in match.group(1).lower().split()
    )


_BUILDING_HEADS = FACILITY_HEADS | PLACE_HEADS | lexicon.words("building_heads")
_CAPITALS_AFTER = re.compile(r"(?: +[A-Z][\w’'.-]*){1,5}")  # on the same line


def in_building(text: str, end: int) -> bool:
    """Does a person's name go on to a building's or a room's ("the [James S. Brady]
    Press Briefing Room", "[John F. Kennedy] International Airport"): capitalised words
    up to a building's noun, none a headline's verb ("Obama Visits ... Airport") nor
    another body's name before it (a signatory's "[Name] Georgetown University Law
    Center"; "Press" opening "Press Briefing Room" is the room's)?"""
    match = _CAPITALS_AFTER.match(text, end)
    if match is None:
        return False
    for n, word in enumerate(match.group().split()):
        bare = word.lower().rstrip(".")
        if bare in _BUILDING_HEADS:
            return True
        if bare in HEADLINE_VERBS or (n and bare in ORG_HEADS):
            return False  # "Dean William M. Treanor [Georgetown University] Law Center"
    return False


# One capitalised word before or after " & ", no other name word beside it.
_AND_BEFORE = re.compile(r"(?<![\w.’'-])[A-Z][\w'’-]*\s+&\s+$")
_AND_AFTER = re.compile(r"\s+&\s+[A-Z][\w'’-]*(?![\w'’-]| [A-Z])")
_NAME_GOES_ON = re.compile(r" [A-Z]")
_NAME_WORD_END = re.compile(r"[A-Z][\w.’'-]* $")


def joined_by_and(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The bounds of a firm's name a one-word name is joined into by "&" with another
    word ("Johnson & [Johnson]", "[Procter] & Gamble"), or None. Not authors cited
    ("Marinescu & [Marshall I. Steinbaum]")."""
    if " " in text[start:end] or _NAME_GOES_ON.match(text, end):
        return None
    before = _AND_BEFORE.search(text, max(0, start - 40), start)
    if before and _NAME_WORD_END.search(text, max(0, before.start() - 30), before.start()):
        before = None  # "Jonathan B. Baker & [Shapiro]": authors
    after = _AND_AFTER.match(text, end)
    if before is None and after is None:
        return None
    return (before.start() if before else start, after.end() if after else end)


def firm_opened(text: str, start: int, end: int) -> int | None:
    """Where a firm's name of partners' names begins, the span its last partner and the
    form of a partnership ("Morrison and [Foerster LLP]", "Munger, Tolles and [Olson LLP]",
    "O’Melveny & [Myers LLP]"); None if the span is no such end."""
    written = text[start:end].split()
    if len(written) != 2 or written[1].replace(".", "").lower() not in _PARTNERSHIPS:
        return None  # (not "Kirkpatrick & Lockhart LLP", named whole)
    opening = _PARTNERS_BEFORE.search(text, max(0, start - 80), start)
    if opening is None:
        return None
    words = list(_WORD.finditer(text, opening.start(), start))
    while words and words[0].group().lower().rstrip(",") in SMALL_WORDS:
        words.pop(0)  # "at [Morrison and Foerster LLP]"
    if any(w.group().replace(".", "").lower().rstrip(",") in LEGAL_FORMS for w in words):
        return None  # "Dorr LLP and [Hogan Lovells]": another firm's end
    return words[0].start() if len(words) >= 2 else None


# The legal forms of partnerships, law and accounting firms named after their partners
# (not "Ltd": "between BP and [Transocean Ltd.]" is two companies).
_PARTNERSHIPS = frozenset({"llp", "pllc", "pc"})
# Partners' names before the last and the firm's form: capitalised words, commas, then
# "&" or "and".
_PARTNERS_BEFORE = re.compile(r"(?<![\w’'.-])(?:[A-Z][\w’'.-]*,?\s+){1,5}(?:&|and)\s+$")


# trim's patterns (it runs for every span): a break inside the span, small words at its
# end, an initial at its end.
_BREAK = re.compile(
    r"\s*(?:[<*:|\[\]]|(?<=.)\(|\s[-–—]\s|\s[-–—]$)|\s*\n\s*\n"
    r"|\s+et\s+al\b"  # ("v Anthony B Hayward et al, Court of Chancery": the others)
)
# A word broken off and said again in full, as transcripts write it ("Do- Donna").
_FALSE_START = re.compile(r"([A-Z][a-z]*)- ([A-Z][a-z]*)\b")
# Characters one of _BREAK's breaks needs ("et" for "et al"): most spans have none, and
# are not searched (a pattern opening with \s* is tried at every character).
_BREAK_CHARS = frozenset("<*:|[]()\n-–—")
_SMALL_WORDS_END = re.compile(r"(?:\s+(?:of|the|and|for|in|on|to|at))+$")
_INITIAL_END = re.compile(r"\b[A-Z]\.$")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article, quotes, brackets, a false start ("Do- Donna Shalala"), a
    trailing possessive or punctuation, and what follows a break inside the span ("Tom
    Mims -", "Abroad</u>*", a paragraph's end: "MORI Yasuhiro\n\nOpening", a case's "et
    al": "Anthony B Hayward et al, Court of Chancery")."""
    while start < end and text[start] in "\"“”‘’'([ ":
        start += 1
    for article in ("the ", "The ", "THE "):
        if text.startswith(article, start) and end - start > len(article):
            start += len(article)
    false_start = _FALSE_START.match(text, start, end)
    if false_start and false_start.group(2).startswith(false_start.group(1)):
        start = false_start.start(2)  # "Secretary Do- Donna Shalala": said again, in full
    inside = text[start:end]
    cut = _BREAK.search(inside) if "et" in inside or not _BREAK_CHARS.isdisjoint(inside) else None
    if cut:
        end = start + cut.start()
    while end > start and text[end - 1] in "\"“”‘’',;:)( ":
        end -= 1
    for possessive in ("’s", "'s"):
        if text.endswith(possessive, start, end):
            end -= len(possessive)
    if end > start and text[end - 1] in "’'":
        end -= 1
    tail = _SMALL_WORDS_END.search(text[start:end])
    if tail:
        end = start + tail.start()  # "Office of" cut short
    if end > start and text[end - 1] == "." and not _INITIAL_END.search(text[start:end]):
        end -= 1
    numbered = _NUMBER_END.search(text, start, end)
    if numbered and item_number(text, numbered.start(1), end):
        end = numbered.start()  # "Chair of the [Federal Trade Commission] 12. Jessica ..."
    return start, end


# A number ending a span, and one opening an item of a list: "1.  Lloyd Austin, ...".
_NUMBER_END = re.compile(r"\s+(\d{1,2})$")
_MARKER_AFTER = re.compile(r"\.\s+[A-Z]")


def item_number(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] opens the next item of a list run on in one
    paragraph, "1.  Lloyd Austin, Secretary of Defense 2.  Tom Vilsack, ...": a full stop
    and a capital after it, and the number before it opening an item of the same
    paragraph ("Task Force 59. Its ships" is a name)."""
    if not text[start:end].isdigit() or not _MARKER_AFTER.match(text, end):
        return False
    number = int(text[start:end])
    if number < 2:
        return False
    paragraph = text.rfind("\n", 0, start) + 1
    return re.search(rf"(?<![\w.,]){number - 1}\.\s+[A-Z]", text[paragraph:start]) is not None


# A span that opens with a bracket's closing word: "[Suzhou) Co., Ltd.]".
_CLOSED_FIRST = re.compile(r"[A-Z][\w'’.-]*\)\s+(?=[A-Z])")


# The capitalised words right before a bracket: "HY Advanced Packaging (".
_NAMED_BEFORE_BRACKET = re.compile(r"(?<![\w'’.&-])((?:[A-Z][\w&'’.-]*\s+){1,5})\($")


def named_before_bracket(text: str, bracket: int, floor: int) -> int | None:
    """Where the capitalised words right before the bracket at `bracket` start, after
    `floor` (a sentence's first word may be no name's: "See The Hamilton (Ontario)")."""
    run = _NAMED_BEFORE_BRACKET.search(text, max(floor, bracket - 80), bracket + 1)
    return run.start(1) if run is not None and run.start(1) > floor else None


def bracket_closed(text: str, start: int, end: int) -> int | None:
    """Where the rest of a span the tagger opened inside a bracket starts ("(Suzhou) Co.,
    Ltd.": at "Co."), or None for a span that does not open so."""
    closed = _CLOSED_FIRST.match(text, start, end)
    return closed.end() if closed is not None and text.startswith("(", start - 1) else None


def undoubled(text: str, start: int, end: int) -> int:
    """Where a name written twice in a row starts the second time ("BP BP", "Mexico
    Mexico": a headline's last words run into the first sentence): no name repeats."""
    name = text[start:end]
    words = name.split(" ")
    half = len(words) // 2
    if len(words) % 2 or not half or words[:half] != words[half:]:
        return start
    return start + len(" ".join(words[:half])) + 1


_TITLES_OFFICES = TITLES | OFFICES  # (made once: strip_titles runs for every person's span)
# (a title's word, accented or hyphenated too, "Maître", "Co-Chair", or letters with
# periods between them, "H.E.", His Excellency, or with an apostrophe, "Dato'")
_LEADING_WORD = re.compile(r"([^\W\d_]+(?:[.-][^\W\d_]+)*)[.'’]?\s+")
_LEADING_TITLE = re.compile(r"([^\W\d_]+(?:[.-][^\W\d_]+)*)[.'’]?\s+(?=\S)")
_WORD = re.compile(r"\S+")
_SUFFIX = re.compile(r",?\s+([A-Za-z]+)\.?$")
_LAST_WORD = re.compile(r"\s+([A-Za-z]+)$")


def _a_title(word: str) -> bool:
    """A title or an office, or its plural ("Leaders"): "Ms" and "Mrs" are no plurals."""
    lower = word.lower()
    return lower in _TITLES_OFFICES or lower.removesuffix("s") in _TITLES_OFFICES


def _title_run(text: str) -> int:
    """Where the name starts after a run of two title words or more that opens `text`
    ("[Pro Tem] Ortiz", "[Acting Deputy] Jones"), a name after it; 0 when there is none
    ("Lance Gremillion": a given name that is a title's word too)."""
    words = list(_WORD.finditer(text))
    run = 0
    while run < len(words) and (
        _a_title(words[run].group().rstrip(".'’"))
        or words[run].group().lower().rstrip(".'’") in TITLE_PHRASE_WORDS
    ):
        run += 1
    return words[run].start() if 2 <= run < len(words) else 0


# Malaysian honours of two words whose first is a surname too ("Tan Sri Francis Chong":
# not Tan, a family name, but a title with "Sri").
_HONOURS = re.compile(r"(?:(?:Tan|Puan|Toh) Sri|Toh Puan) (?=\S)")


def strip_titles(text: str, start: int, end: int) -> tuple[int, int]:
    """ "President Joe Biden" -> "Joe Biden"; "Martin Luther King Jr." -> without "Jr."."""
    if honour := _HONOURS.match(text, start, end):
        start = honour.end()
    start += _title_run(text[start:end])
    while True:
        match = _LEADING_WORD.match(text[start:end])
        if not match or not _a_title(match.group(1)):
            break  # ("Leaders Schumer and McConnell": a plural title too)
        if len(text[start:end].split()) <= 2:
            break  # "President Biden" keeps "Biden" below, but a lone title word stays
        start += match.end()
    match = _LEADING_TITLE.match(text[start:end])
    if match and _a_title(match.group(1)) and len(text[start:end].split()) == 2:
        start += match.end()
    # "NSC Spokesperson [Adrienne Watson]", "Press Secretary [Jen Psaki]": the name is
    # what follows the last title or role word, if two words or more follow it.
    words = list(_WORD.finditer(text[start:end]))
    for position in range(len(words) - 3, 0, -1):
        bare = words[position].group().lower().rstrip(".,")
        if bare in TITLES or bare in ROLE_NOUNS or bare in OFFICES:
            rest = [w.group() for w in words[position + 1 :]]
            if all(w[0].isupper() and w.lower() not in SMALL_WORDS for w in rest):
                start += words[position + 1].start()  # not "Administrator [of Medicare]"
            break
    match = _SUFFIX.search(text[start:end])
    if (
        match
        and match.group(1).lower() in SUFFIXES
        and (
            " " in text[start : start + match.start()].strip()
            or match.group(1).lower() not in GENERATIONS  # "Elizabeth II": her name
        )
    ):
        end = start + match.start()  # not "Calloway Sr.": a surname alone is no one's
    match = _LAST_WORD.search(text[start:end])
    if (
        match
        and match.group(1).lower() in TITLES
        and len(text[start:end].split()) > 2
        and _NAME_GOES_ON_AFTER.match(text, end)
        # (a full stop after a title written out ends the sentence: "met Jennifer D.
        # Bishop. She ...", "Martin Luther King. He ...")
        and not (text.startswith(".", end) and match.group(1).lower() not in ABBREVIATIONS)
    ):
        end = start + match.start()  # "George Floyd Justice [in Policing Act]"
    return start, end  # (not "Martin Luther King marched": his surname)


# What goes on after a name's last word that opens another name: a capitalised word,
# or "in", "of", "for" before one ("Justice in Policing Act", "the Sanford Weill Dean of
# the Ford School"), the word abbreviated or not ("the Joe Griffin Capt. Demi Shaffer").
_NAME_GOES_ON_AFTER = re.compile(r"\.?\s+(?:(?:in|of|for|and)\s+(?:the\s+)?)?[A-Z]")


def extend_of(text: str, start: int, end: int) -> tuple[int, int]:
    """ "Summit of the [Americas]" -> the whole name, when spaCy kept only the tail;
    "[Côte] d’Ivoire" -> the whole name, when it kept only the head (_ELIDED)."""
    elided = _ELIDED.match(text, end)
    if elided:
        end = elided.end()
    match = _OF_BEFORE.search(text, max(0, start - 40), start)
    head = match.group(1).lower() if match else ""
    if (
        match
        and match.end() == start
        and (head in ORG_HEADS or head in EVENT_HEADS)
        and not text.endswith(" of ", 0, match.start())  # "Chief of [Police] of the X"
    ):
        return match.start(), end
    return start, end


def extend_to_acronym(text: str, start: int, end: int) -> int:
    """Where a name begins whose acronym follows it in brackets, when the pipeline cut
    off the words giving its first letters: "Economic and [Financial Crimes Commission]
    (EFCC)" begins at "Economic" (capitalised words before it, "and", "of" and "the"
    between them, each giving the next letter back, until the acronym is spelled; no
    comma between them: a list of words is no name)."""
    acronym = _ACRONYM_AFTER.match(text, end)
    if acronym is None:
        return start
    letters = acronym.group(1).replace("&", "")
    initials = "".join(w[0] for w in text[start:end].split() if w[0].isupper())
    if initials and not letters.endswith(initials):
        # each part of a hyphenated word may give its letter: "Ethics and [Anti-Corruption
        # Commission] (EACC)"
        initials = "".join(w[0] for w in re.split(r"[\s-]+", text[start:end]) if w[:1].isupper())
    if not initials or initials == letters or not letters.endswith(initials):
        return start
    missing = letters[: len(letters) - len(initials)]
    words = list(_WORD.finditer(text, max(0, start - 80), start))
    begin = start
    while missing and words:
        word = words.pop()
        bare = word.group().lower()
        if bare in ("and", "of", "the", "for", "&"):
            continue
        if word.group()[0] != missing[-1] or word.group().endswith(","):
            return start  # (not a list: "Heating, Ventilation, and [Air Conditioning]")
        missing, begin = missing[:-1], word.start()
    return begin if not missing else start


_ACRONYM_AFTER = re.compile(r" \(([A-Z][A-Z&]{1,9})\)")


def spelled_to_acronym(text: str, start: int, end: int) -> int | None:
    """Where a name ends whose acronym follows it in brackets, when the pipeline cut off
    the words after its first, written in lower case as French and Spanish names are
    ("[Rassemblement] pour le progrès du Kossanga (RPK)", "[Commission] électorale
    nationale indépendante (CENI)", "[Groupement] mobile d'intervention (GMI)"), or cut
    at a link ("the [Office of the Vice] President (OVP)"): the first letters of the
    words that are no links ("de", "la", "pour", "of", an elided "d'") spell the
    acronym, every word of the name's, the first capitalised (and not only as a
    sentence's first word where a word after it is in lower case: "Shoreline cleanup
    assessment teams (SCAT)" is a thing). None when they do not, or no acronym follows
    within eight words."""
    run = _WORDS_TO_ACRONYM.match(text, end)
    if run is None or not text[start:end].strip()[:1].isupper():
        return None
    words = [_ELISION.sub("", w) for w in text[start : run.end(1)].split()]
    spelled = [w for w in words if w and w.lower() not in NAME_LINKS]
    if fold("".join(w[0] for w in spelled)) != fold(run.group(2).replace("&", "")):
        return None
    opens = text[max(0, start - 3) : start].strip()[-1:] in ("", ".", "!", "?", ":", '"', "“")
    if opens and any(w[0].islower() for w in spelled):
        return None  # "Shoreline cleanup assessment teams (SCAT)": a sentence's first word
    return run.end(1)


# Words up to an acronym in brackets: no punctuation between them (a list is no name).
_WORDS_TO_ACRONYM = re.compile(r"((?:[ \t]+[\w’'-]+){1,8})" + _ACRONYM_AFTER.pattern)
_ELISION = re.compile(r"^[dlDL][’']")


# An elided particle and the capitalised word it binds to, right after a name: "d’" is
# no English word, so it goes on the name before it ("Côte d’Ivoire", "Valéry Giscard
# d’Estaing", "Cortina d’Ampezzo"), which the pipeline tends to cut at the apostrophe.
_ELIDED = re.compile(r" [dD][’'][A-ZÀ-Ý][\w’'-]*")
