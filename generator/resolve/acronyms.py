"""Acronyms the texts define: as a law or a thing ("Inflation Reduction Act (IRA)",
"liquified natural gas (LNG)"), which are not people, organizations or places, or as a
name ("Department of Energy (DOE)"). A definition counts only when the words before the
parenthesis spell the acronym ("they (BP)", a reader's aside, defines nothing), and one
definition as a thing does not delete a name that another text defines."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from ..infra.memo import reused
from ..model import Document
from .mentions import DOCUMENT_HEADS

# "... Inflation Reduction Act (IRA)", "liquified natural gas (LNG)": found from the
# parenthesis back, a word at a time, so that the time is linear in the text's length.
# (A pattern that scanned forward from every capital, as the name's words are, took the
# square of the length on a text of one repeated name: 87 s for 96 KB.)
_PARENTHESIS = re.compile(r"\(([A-Z][A-Za-z]{1,6})\)")
_DOCUMENT_HEAD_WORDS = frozenset(w.capitalize() for w in DOCUMENT_HEADS)
_JOINING_WORDS = frozenset("of and for the to on".split())
_NAME_CHARS = re.compile(r"[\w’'-]")
_POSSESSIVE = re.compile(r"[’']s$")
# The words before "(ACR)" that may spell it, within a bounded window (linear).
_WINDOW = 120
_THING_WORDS = re.compile(r"(?:(?<![\w-])[a-z][\w-]*\s+){0,7}(?<![\w-])[a-z][\w-]*$")
_NAME_WORDS = re.compile(
    r"(?:(?<![\w’'-])[A-Z][\w’'-]*\s+(?:(?:of|and|for|the|on|&)\s+)*){0,7}"
    r"(?<![\w’'-])[A-Z][\w’'-]*$"
)


def document_acronyms(documents: Sequence[Document]) -> set[str]:
    """Acronyms the texts define as a law, plan or programme ("Inflation Reduction Act
    (IRA)") or as a common noun ("liquified natural gas (LNG)"). They name documents
    and things, not people, organizations or places, unless another text defines the
    same letters as a name ("Department of Energy (DOE)"): one definition as a thing
    does not delete a name from the whole corpus."""
    things: set[str] = set()
    names: set[str] = set()
    for document in documents:
        defined_things, defined_names = _defined_acronyms(document.text)
        things.update(defined_things)
        names.update(acronym for acronym, _ in defined_names)
    return things - names


# A name an acronym is defined as: its words, and how many of the last spell the acronym.
Definition = tuple[tuple[str, ...], int]


def name_definitions(documents: Sequence[Document]) -> dict[str, Counter[Definition]]:
    """For each acronym the texts define as a name, the names it is defined as and in
    how many documents each: {"DOE": {(("Department", "of", "Energy"), 3): 9, ...}}. A name is
    the capitalised words before the parenthesis ("The U.S. International Development
    Finance Corporation"), a possessive dropped; its last words spell the acronym
    (Schwartz and Hearst's test), the words before may belong to it or not (the
    caller tries the longest first)."""
    found: dict[str, Counter[Definition]] = {}
    for document in documents:
        for acronym, name in sorted(set(_defined_acronyms(document.text)[1])):
            found.setdefault(acronym, Counter())[name] += 1
    return found


@reused("acronyms")
@lru_cache(maxsize=1 << 12)  # read twice a build: for things, then for names
def _defined_acronyms(
    text: str,
) -> tuple[frozenset[str], tuple[tuple[str, Definition], ...]]:
    """The acronyms the text defines as a thing (a law: "Inflation Reduction Act (IRA)";
    a common noun: "liquified natural gas (LNG)"), and those it defines as a name with
    the name ("DOE", "Department of Energy"). Found from each parenthesis back, in a
    bounded window, so the time is linear in the text's length."""
    things: set[str] = set()
    names: list[tuple[str, Definition]] = []
    for match in _PARENTHESIS.finditer(text):
        start, acronym = match.start(), match.group(1)
        word_end = _skip_spaces_back(text, start)
        if word_end == start:
            continue  # "Act(IRA)": the acronym must follow a space
        if _defines_document(text, word_end):
            things.add(acronym)
            continue
        if not acronym.isupper() or len(acronym) < 2:
            continue
        before = text[max(0, word_end - _WINDOW) : word_end]
        thing = _THING_WORDS.search(before)
        if thing and spells(acronym, thing.group()):
            things.add(acronym)
            continue
        name = _NAME_WORDS.search(before)
        spelled = spelling(acronym, name.group()) if name else None
        if name and spelled:
            words = _POSSESSIVE.sub("", name.group()).split()
            # the words that may belong to the name: those that spell it, and before
            # them those from its first capital ("The" starts a sentence, not a name)
            first = len(words) - len(spelled.split())
            while first > 0 and words[first - 1] != "The":
                first -= 1
            while words[first] in _JOINING_WORDS:
                first += 1
            names.append((acronym, (tuple(words[first:]), len(spelled.split()))))
    return frozenset(things), tuple(names)


def _skip_spaces_back(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _word_before(text: str, end: int) -> int:
    """The start of the word (run of non-spaces) that ends at `end`."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start


def _defines_document(text: str, end: int) -> bool:
    """Does a name ending in a document's head ("Reduction Act") end at `end`? Words
    back from the head: joining words ("of the"), until one with a capital."""
    start = _word_before(text, end)
    if text[start:end] not in _DOCUMENT_HEAD_WORDS:
        return False
    end = _skip_spaces_back(text, start)
    while end < start:  # at least one space before each word
        start = _word_before(text, end)
        tail = end
        while tail > start and _NAME_CHARS.match(text[tail - 1]):
            tail -= 1
        if any("A" <= c <= "Z" for c in text[tail:end]):
            return True  # a name's word (or its end: "xAmerica")
        if text[start:end] not in _JOINING_WORDS:
            return False
        end = _skip_spaces_back(text, start)
    return False


def spells(acronym: str, words: str) -> bool:
    """Do the words before "(ACR)" spell the acronym, as Schwartz and Hearst's test of
    an abbreviation's definition has it: each letter, from the last, found in order
    going back, the first one starting a word, within a few words ("liquefied natural
    gas (LNG)", "blowout preventer (BOP)"; not "they (BP)", a reader's aside)."""
    return spelling(acronym, words) is not None


def spelling(acronym: str, words: str) -> str | None:
    """The last of `words` that spell the acronym (see spells), or None: "Centers for
    Disease Control and Prevention" for CDC, "Department of Energy" for DOE out of "the
    Department of Energy"."""
    written = " ".join(words.split())
    text = written.lower()
    position = len(text) - 1
    for index in range(len(acronym) - 1, -1, -1):
        letter = acronym[index].lower()
        while position >= 0 and (
            text[position] != letter
            or (index == 0 and position > 0 and text[position - 1].isalnum())
        ):
            position -= 1
        if position < 0:
            return None
        position -= 1
    used = written[position + 1 :]
    return used if len(used.split()) <= min(len(acronym) + 5, 2 * len(acronym)) else None
