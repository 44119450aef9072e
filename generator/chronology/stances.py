"""What is not a happening, in a stance, a term's boundary or a plan that did not hold:
the rules of not_a_happening (happenings.py) that find a date opens a stance held in
the present ("Today, we acknowledge that security will become an ever-more-important
focus", "Today, we reaffirm our commitment to ending hunger"), is a term's boundary on
the calendar ("Today marks the finish line of the Sprint", "This week also marks the
closure of the comment period") or the day of a plan that did not hold ("Today was
supposed to be workers' day", "The film was supposed to open last week but the premiere
was canceled"). Each rule is a function of (sentence, date, where the date's expression
starts) that returns True when the sentence states no happening on that date; states.py
holds the other states (an observance: "Today, we honor ...", a thought held: "today
... we remember that").

A proclamation's act stays a happening ("Today, I call upon all Americans",
"NOW, THEREFORE, I ... do hereby proclaim"): the proclamation is made that day, and
neither verb is a stance.
"""

from __future__ import annotations

import re

from .clauses import clause
from .dates import PartialDate

# What may stand before a date that opens the sentence ("And today, ...").
_OPENING = re.compile(r"[\W_]*(?:(?:and|but|so|now|yet)\W+)?", re.IGNORECASE)
# A stance in the present tense, its subject the speaker ("we", "I", "the United States"),
# at most two short asides between the date and the subject ("Today, in the face of a
# worsening climate crisis, we recommit ourselves"): a position held, not a deed done;
# a past form ("Last month, I also reaffirmed our commitment", at a conference) stays.
_STANCE_AFTER = re.compile(
    r"^\s*(?:,\s*(?:[^,.;]{0,120},\s*){0,2})?(?:we|i|the united states)(?: all| also| again| once again| proudly| firmly)? "
    r"(?:acknowledge|reaffirm|reaffirms|recommit|recommits|rededicate|rededicates|affirm|affirms|renew (?:our|my)|"
    r"stand (?:with|by|in solidarity)|stands (?:with|by|in solidarity)|remain committed|remains committed)\b",
    re.IGNORECASE,
)
# A term's boundary marked by the date as its subject ("Today marks the finish line of
# the Sprint", "This week also marks the closure of the extended public comment
# period"): the calendar of a period, not a happening (an opening, a launch is one).
_BOUNDARY_AFTER = re.compile(
    r"^,?\s+(?:also |officially )?(?:marks|marked|will mark) (?:the|its|our) (?:official |formal )?"
    r"(?:end|finish line|close|closure|conclusion|start|beginning|halfway point|midpoint|first day|last day|final day)"
    r" of\b",
    re.IGNORECASE,
)
# A plan that did not hold, in the date's clause ("Today was supposed to be workers'
# day", "Wolverine was supposed to open last week but the premiere was canceled").
_SUPPOSED = re.compile(r"\b(?:was|were|had been) (?:originally )?(?:supposed|meant) to\b", re.IGNORECASE)
# (a noun of a deed right before the date: the date is that deed's, "His announcement on
# Thursday was meant to amplify ...")
_NOUN_BEFORE = re.compile(
    r"\b(?:announcement|statement|speech|visit|meeting|decision|move|order|letter|call)\s+(?:on\s+)?$", re.IGNORECASE
)


def _opens(sentence: str, start: int) -> bool:
    return bool(_OPENING.fullmatch(sentence[: max(start, 0)]))


def stance(sentence: str, when: PartialDate, start: int) -> bool:
    """A date opening the sentence, a stance held in the present after it ("Today, we
    acknowledge that ...", "And today, we reaffirm our commitment to ..."); not a past
    form, nor a date in a clause of its own ("As this order goes into effect today, we
    reaffirm ...")."""
    return _opens(sentence, start) and bool(_STANCE_AFTER.match(sentence[start + len(when.expression) :]))


def boundary(sentence: str, when: PartialDate, start: int) -> bool:
    """A date opening the sentence as the subject that marks a term's end or start
    ("Today marks the finish line of the Sprint")."""
    return _opens(sentence, start) and bool(_BOUNDARY_AFTER.match(sentence[start + len(when.expression) :]))


def supposed(sentence: str, when: PartialDate, start: int) -> bool:
    """A plan that did not hold, "supposed to" or "meant to" in the past in the date's
    clause, before the date or the date its subject ("Today was supposed to be workers'
    day"); not "His announcement on Thursday was meant to amplify", where the date names
    the announcement (a noun before it)."""
    held = clause(sentence, start, len(when.expression))
    if not _SUPPOSED.search(held):
        return False
    return not _NOUN_BEFORE.search(sentence[: max(start, 0)])
