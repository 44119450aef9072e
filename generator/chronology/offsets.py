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
from .dates import PartialDate

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
