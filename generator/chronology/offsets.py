"""What is not a happening, in a date used as a reference point: the rule of
not_a_happening (happenings.py) that finds a date after an interval and "after" or
"before" ("we are expected to meet that goal just a couple of weeks after July 4th", "he
said it two days after Christmas"). The date is the point the interval is counted from;
what the sentence tells happened that interval away, not on the date (rule "offset
reference"). The date still refers to its day (a reference for key dates). A date that
names a happening ("six days before the April 20 explosion", "a few months after the
March 2005 explosion") stays: the sentence names what happened on it.
"""

from __future__ import annotations

import re

from .clauses import NAMES_A_HAPPENING
from .dates import HISTORIC_DATE, PartialDate

# An interval and "after", "before" or "prior to" right before the date: "a couple of
# weeks after", "six days before the", "just two months prior to" (not hours: "hours after
# Monday's vote" is mostly that day).
_OFFSET_BEFORE = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"some|few|couple(?:\s+of)?|\d+)\s+(?:(?:more|full|short)\s+)?"
    r"(?:days?|weeks?|months?|years?|decades?)\s+(?:after|before|prior\s+to|ahead\s+of)\s+"
    r"(?:the\s+|on\s+|in\s+)?$",
    re.IGNORECASE,
)


def offset_reference(sentence: str, when: PartialDate, start: int) -> bool:
    """A date right after an interval and "after" or "before": the point the interval
    is counted from, not the day of what the sentence tells (see the module); unless a
    noun after the date names a happening ("six days before the April 20 explosion"):
    the sentence names what happened on the date, dated right."""
    if start <= 0 or NAMES_A_HAPPENING.match(sentence[start + len(when.expression) :]):
        return False
    return bool(_OFFSET_BEFORE.search(sentence[max(start - 80, 0) : start]))


# A date right after a preposition of sequence ("surges came after Christmas", "the
# actions of state legislators following January 6th", "BP had no results before 19
# April"): what the clause tells happened after or before that day, not on it. Not "since"
# (a state or a span opened on the day: "closed since Monday", other rules), nor "on or
# after" (a limit: "beginning on or after January 1, 2023", other rules).
_SEQUENCE_BEFORE = re.compile(
    r"(?<!\bor )\b(?:after|before|following)\s+(?:the\s+)?$", re.IGNORECASE
)
# ... or in a list of named days that stand for a noun of the calendar governed so ("we've
# seen surges after every single holiday, and so — you know, July 4th, Labor Day,
# Christmas"): between the noun and the date, only fillers and the list's other names.
_CALENDAR_NOUN_BEFORE = re.compile(
    r"\b(?:after|before|following)\s+(?:[a-z]+\s+){0,3}?(?:holidays?|long\s+weekends?)\b"
    r"(?P<between>[^.;:!?]*)$",
    re.IGNORECASE,
)
_LIST_BETWEEN = re.compile(
    r"^(?:[\s,—–-]+|\b(?:and|or|so|you know|like|such as|including|especially|say)\b|"
    r"\b[A-Z0-9][\w'’.]*)*$"
)
# An expression with its own preposition is dated by it ("the call followed shortly after
# on August 30, 2021"); a day whose name is a happening's ("after 9/11") names it.
_OWN_PREPOSITION = re.compile(r"^(?:on|in|at|during)\s", re.IGNORECASE)
# A clause after the date that tells what happened on it ("before 19 April, when it
# ordered work crews to begin pumping"): the date is that happening's.
_WHEN_AFTER = re.compile(r"^,?\s+(?:when|where|on which)\b", re.IGNORECASE)


def sequence_reference(sentence: str, when: PartialDate, start: int) -> bool:
    """A date governed by "after", "before" or "following", or named in a list that
    stands for a holiday so governed: the point what the sentence tells is placed
    against, not its day; unless a noun after the date names a happening ("after the
    April 20 explosion", "following Wednesday's agreement"), a clause after it tells
    what happened on it ("before 19 April, when ..."), or the day's name is a happening's
    ("after 9/11")."""
    after = sentence[start + len(when.expression) :]
    if start <= 0 or NAMES_A_HAPPENING.match(after) or _WHEN_AFTER.match(after):
        return False
    if _OWN_PREPOSITION.match(when.expression) or when.date == HISTORIC_DATE:
        return False  # "followed shortly after on August 30": on that day; "after 9/11"
    before = sentence[max(start - 120, 0) : start]
    if _SEQUENCE_BEFORE.search(before):
        return True
    noun = _CALENDAR_NOUN_BEFORE.search(before)
    return noun is not None and bool(_LIST_BETWEEN.match(noun.group("between")))
