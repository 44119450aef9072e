"""Dates that are part of a name, not the time of a happening: a year naming a document
("the 2020 Robert *Levinson* Hostage Recovery and Hostage-Taking Accountability *Act*",
"READ THE 2021 ANNUAL REPORT", "the 1982 UNCLOS") or citing one ("23 Rev. Fin. 697,
698 (2019)"), and a month that is a person called by name ("as you know, April, there
are laws"). happenings._name asks `date_in_a_name`
before its own patterns."""

from __future__ import annotations

import re

from ..lexicon import words
from .tense import HAPPENED
from .years import MONTHS, WEEKDAYS

# Last words of names of documents (lexicon/named_documents.txt).
DOCUMENTS = words("named_documents")
# Longest run of words read as the name after its year.
NAME_WORDS = 14

# The year follows a determiner or a possessive: it modifies the noun phrase after it.
_OWNER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|this|that|these|those)|['’]s)\s+$", re.IGNORECASE
)
# A word of a name: capitalised or in capitals, perhaps hyphenated, perhaps inside
# emphasis markup ("*Levinson*", "**Act**"); or a small word inside a name.
_NAME_WORD = r"[*_]*[A-Z][\w'’&.-]*[*_]*"
_JOINER = r"(?:of|and|for|the|on|in|to|&|de|la)"
_NAME_AFTER = re.compile(
    rf"\s+(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD}|{_JOINER}[*_]*)){{0,{NAME_WORDS - 1}}}"
)
# An acronym right after the year, ending its noun phrase ("the 1982 UNCLOS,", "the
# 2021 NDAA and"): the short name of a document.
_ACRONYM_AFTER = re.compile(
    r"\s+[*_]*[A-Z]{2,}[0-9]*[*_]*(?=\s*(?:[,.;:)\]]|$)|\s+(?:and|or|to|that|which|as)\b)"
)

# A year in brackets after the pages it cites ("23 Rev. Fin. 697, 698 (2019)", "Golden
# Age of Journalism 444-66 (2013)"): a reference's year, a footnote's.
_CITED_PAGES = re.compile(r"\b\d+(?:\s*[-–,]\s*\d+)*\s+\($")
# A month that is also a given name, set off by commas inside a turn and followed by a
# clause: the person spoken to ("as you know, April, there are laws", "Well, I think,
# April, what ..."). A month's list ("in March, April, and May") has no clause after.
_GIVEN_NAMES = frozenset({"april", "may", "june"})
_COMMA_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+),\s+$")
_CLAUSE_AFTER = re.compile(
    r",\s+(?:there|i|i['’]\w+|you|we|it|he|she|they|what|how|why|where|do|does|did|is|are|"
    r"can|could|would|let|if|my|our|your|look|well)\b",
    re.IGNORECASE,
)
# Verbs of speech: a month is never their subject, a person is ("April was asking").
_SPEECH_AFTER = re.compile(
    r"\s+(?:(?:was|is|has|had|just|also|already)\s+)?(?:ask|asks|asked|asking|said|says|saying|"
    r"raise|raises|raised|raising|mentioned|mentions|noted|notes|pointed|points|talked|talks|"
    r"questioned|wanted to know|followed up)\b"
)
# A sentence that is only a speaker's label, or nothing, before the month, and a full
# stop after it: "April." given the floor in a transcript (a heading "June" has no stop).
_LABEL_ONLY = re.compile(r"\W*(?:[A-Z][A-Z.'’ -]+:\s*)?")
_NOT_A_NAME_BEFORE = frozenset(
    {"in", "on", "of", "until", "till", "since", "by", "from", "through", "and", "or", "early",
     "late", "mid", "last", "next", "this", "that"}
)


def date_in_a_name(sentence: str, expression: str, start: int) -> bool:
    """Is the date written at `start` part of a name: a year naming a document, a month
    calling a person?"""
    before = sentence[: max(start, 0)]
    after = sentence[start + len(expression) :]
    return (
        year_names_a_document(before, expression, after)
        or month_calls_a_person(before, expression, after)
        or (bool(_CITED_PAGES.search(before)) and after.startswith(")"))
    )


def year_names_a_document(before: str, expression: str, after: str) -> bool:
    """A year after "the" or a possessive and before a capitalised name whose words
    include a document's (lexicon/named_documents.txt), or before an acronym that ends
    the noun phrase: the document's name ("the 2020 Robert Levinson ... Act", "READ THE
    2021 ANNUAL REPORT", "the 1982 UNCLOS"). Not before a happening's noun ("the 2010
    BP Oil Spill"), nor after a preposition of time ("During the 2022 OEP, 14.5 million
    enrolled": a period)."""
    match = re.fullmatch(
        r"(?:(?:on|in|of|under|from|by|to|with|at|for)\s+)?(?:(?P<det>the|a|an)\s+)?(?:1[89]|20)\d{2}",
        expression.strip(),
        re.IGNORECASE,
    )
    if match is None:
        return False
    if not (match.group("det") or _OWNER_BEFORE.search(before)):
        return False
    if _ACRONYM_AFTER.match(after):
        return True
    name = _NAME_AFTER.match(after)
    if name is None:
        return False
    found = [w.strip("*_.,;:'’").lower() for w in name.group().split()]
    return bool(DOCUMENTS.intersection(found)) and not HAPPENED.intersection(found)


def month_calls_a_person(before: str, expression: str, after: str) -> bool:
    """A month that is a given name and a person: the subject of a verb of speech ("the
    questions that April was asking", "April raised an important point"), a turn that
    only gives the floor ("MS. JEAN-PIERRE:  April."), or alone between two commas, after
    a word that is no preposition nor a date's and before a clause (a person spoken to:
    "as you know, April, there are laws")."""
    if expression.lower() not in _GIVEN_NAMES:
        return False
    if _SPEECH_AFTER.match(after) or (_LABEL_ONLY.fullmatch(before) and re.fullmatch(r"[.!?]\W*", after)):
        return True
    word = _COMMA_BEFORE.search(before)
    if word is None:
        return False
    previous = word.group(1).lower()
    if previous in _NOT_A_NAME_BEFORE or previous in MONTHS or previous in WEEKDAYS:
        return False
    return bool(_CLAUSE_AFTER.match(after))
