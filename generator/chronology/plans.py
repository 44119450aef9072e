"""What is to happen, known only to its month, or expected of someone else: the forecast
rules of not_a_happening (happenings.py) that the hedge words of the forecast rule miss.

- A plan or a forecast for a month ahead, or for the rest of the current one ("cabinet
  officials would return to the gulf coastline this week", "the bottom kill is due to be
  finished off later in August", "Democrats facing tough election fights in November"):
  like a year ahead (the future year rule), nothing that has happened, and the month is
  no day of it. A day ahead stays: "will travel to Bali on November 14" is a schedule.
- An expectation of what another will do ("Sechin said he expected the embattled boss to
  resign soon and Moscow to be told the name of his successor on Monday"): the date is
  the expected act's, which has not happened.
"""

from __future__ import annotations

import re

from .clauses import clause
from .dates import PartialDate
from .deeds import OCCASIONS, deed_evidence, held_clause, past_form

# A verb phrase's reach: at most this many words between a plan's word and its date.
PLAN_REACH = 20
_PAST_WORDS = re.compile(r"\b(?:last|ago|yesterday|earlier|previous|past|since)\b", re.IGNORECASE)
# The rest of the current period ("this week", "later this month", "later in August").
_CURRENT = re.compile(r"\b(?:this|later|rest of|remainder of)\b", re.IGNORECASE)
# The words of a plan or a forecast, before the date in its clause.
_PLAN = re.compile(
    r"\b(?:will|would|shall|could|might|should|going to|(?:plans?|planning|intends?|aims?|hopes?|"
    r"expects?|(?<!as )expected|due|set|scheduled|slated|poised|likely|is|are) to)\b|['’](?:ll|d)\b|"
    r"(?-i:\bmay\b)",
    re.IGNORECASE,
)
# An occasion's schedule told in the present ("when new presidential elections are held in
# November 2024"): the calendar's fact, shown as a scheduled event, not a forecast.
_SCHEDULED = re.compile(r"\b([A-Za-z]+)\s+(?:is|are)\s+(?:held|scheduled|set)\s+$", re.IGNORECASE)
# A future right after the date ("in November will decide").
_PLAN_AFTER = re.compile(r"^(?:,?\s+[\w'’]+){0,3}?\s+(?:will|shall|would|['’]ll)\b", re.IGNORECASE)


def month_ahead(sentence: str, when: PartialDate, start: int) -> bool:
    """A plan or a forecast for a month ahead or the rest of the current one: a plan's
    word before the date in its clause with no past form between ("would return to the
    gulf coastline this week", "is due to be finished off ... later in August"), a
    future after it, or, for a month ahead, a clause whose verbs are none that happens
    ("with Democrats in Congress facing tough election fights in November"; a fragment
    that is the date alone, "In March.", is left alone)."""
    if when.precision != "month" or _PAST_WORDS.search(when.expression):
        return False
    if not (when.future or _CURRENT.search(when.expression)):
        return False
    before = clause(sentence, start, len(when.expression), after=False)
    after = sentence[start + len(when.expression) :]
    scheduled = _SCHEDULED.search(before)
    if scheduled and scheduled.group(1).lower() in OCCASIONS:
        return False  # "when new presidential elections are held in November 2024": a calendar's
    plans = list(_PLAN.finditer(before))
    tail = before[plans[-1].end() :] if plans else before
    if past_form(tail) is not None or past_form(" ".join(after.split()[:2])) is not None:
        return False  # "BP agreed this week that it would ...", "this week agreed to sell"
    if plans and _reaches(tail):
        return True
    if _PLAN_AFTER.match(after):
        return True
    held = held_clause(sentence, when, start)
    words = re.search(r"[A-Za-z]{2,}", held)  # not a fragment that is the date alone ("In March.")
    return bool(when.future and words and deed_evidence(held, day=False) is None)


def _reaches(gap: str) -> bool:
    """A plan's word governs the date: at most PLAN_REACH words between, none of them a
    past form (a past opens a clause of its own: "will review the data released in
    May")."""
    return len(gap.split()) <= PLAN_REACH and past_form(gap) is None


# An expectation of another's act: a verb of expecting, its object, "to" and a verb
# ("expected the embattled boss to resign", "wants Congress to pass the bill").
_EXPECT_OBJECT = re.compile(
    r"\b(?:expects?|expected|expecting|wants?|wanted|predicts?|predicted|anticipates?|anticipated)\s+"
    r"(?!to\b)(?:(?!(?:will|would|shall|can|could|may|might|must|should|that|is|are|was|were)\b)[\w'’-]+\s+){1,5}?"
    r"to\s+(?!(?:the|a|an|his|her|its|their|our|this|that)\b)(?-i:[a-z])",
    re.IGNORECASE,
)


# A clause's boundary in the gap: a punctuation mark, not one inside a number ("to
# intersect the Macondo well about 13,000 feet beneath the seabed in mid-September").
_BOUNDARY = re.compile(r"[;:!?]|[,.](?!\d)")


def expected_of_others(sentence: str, when: PartialDate, start: int) -> bool:
    """A date in the act someone is expected to do ("he expected the embattled boss to
    resign soon and Moscow to be told the name of his successor on Monday"): not a past
    date, at most PLAN_REACH words from the expectation and no past form nor clause
    boundary between (a comma or a point inside a number is none)."""
    if _PAST_WORDS.search(when.expression):
        return False
    before = sentence[: max(start, 0)]
    found = list(_EXPECT_OBJECT.finditer(before))
    if not found:
        return False
    gap = before[found[-1].end() - 1 :]
    return not _BOUNDARY.search(gap) and _reaches(gap)
