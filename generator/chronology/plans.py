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
- A change forecast in a schedule's words: "is set to" or "is due to" with a change that
  befalls its subject ("Tropical storm Alex was set to become a hurricane on Tuesday"):
  a forecast, as "is expected to" is; a deed after them ("is due to testify on Tuesday")
  is a schedule, a happening of its day, and stays.
- A noun's schedule: a date in an aside that gives the schedule of a noun of the
  sentence ("the dividend, which is due to be announced on 27 July", "the second
  quarter dividend, due to be announced on July 27"): the sentence tells something else
  (that the board considers deferring it), the date is the noun's, still to come.

Measured on the ten development corpora (session 11, every sentence read): "next" and
"coming" as the current period's words (and a speaker's repair read through) leave out 28
more sentences (briefings 9, bpoil_reuters 6, bpoil_foxnews 5, whitehouse 4,
bpoil_guardian 2, bpoil_washingtonpost 2), all plans or forecasts for next week, and name
as plans 11 that other rules left out (no deed, negation); forecast
change 2 (both storms, bpoil_reuters), noun schedule 6 (dividends scheduled or due,
"Robert Dudley, who is set to replace Tony Hayward on Oct. 1", "Peter Voser, due to step
up to the top job ... on July 1, did it on Wednesday", a hearing "scheduled for Thursday"
that was postponed).
"""

from __future__ import annotations

import re

from ..lexicon import words
from .clauses import clause
from .dates import PartialDate
from .deeds import OCCASIONS, deed_evidence, held_clause, past_form

# A verb phrase's reach: at most this many words between a plan's word and its date.
PLAN_REACH = 20
_PAST_WORDS = re.compile(r"\b(?:last|ago|yesterday|earlier|previous|past|since)\b", re.IGNORECASE)
# The rest of the current period ("this week", "later this month", "later in August").
# (... or a period the words put ahead, though still in the current month at its
# precision: "is traveling to Mexico and Guatemala next week", "in the coming weeks")
_CURRENT = re.compile(r"\b(?:this|later|rest of|remainder of|next|coming)\b", re.IGNORECASE)
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
# What may stand between a date and a future after it: the date's possessive and at most
# three words ("in November will decide", "The success of this week's operation will
# also be critical"); happenings.py reads its year's plans with it too.
FUTURE_AFTER_LEAD = r"^(?:['’]s?)?(?:,?\s+[\w'’]+){0,3}?\s+"
_PLAN_AFTER = re.compile(FUTURE_AFTER_LEAD + r"(?:will|shall|would|['’]ll)\b", re.IGNORECASE)


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


# A schedule's words ("set to", "due to", with "be" or alone after a noun) and the verb
# after them; a change that befalls the subject (lexicon/change_verbs) makes them a
# forecast's.
_SET_TO = re.compile(r"\b(?:set|due)\s+to\s+(?:\w+ly\s+)?(?P<verb>[a-z]+)\b", re.IGNORECASE)
_CHANGES = words("change_verbs")


def forecast_change(sentence: str, when: PartialDate, start: int) -> bool:
    """A change forecast in a schedule's words: "is set to" or "is due to" with a verb of
    a change that befalls its subject, before the date in its clause ("Tropical storm
    Alex was set to become a hurricane on Tuesday", "a tropical depression ... was set to
    slam into the Gulf Coast near the Texas-Mexico border on Thursday"): what is
    foreseen, not a schedule kept; at most PLAN_REACH words and no past form between. A
    deed ("is set to meet", "is due to be announced") is a schedule and stays, and so
    does a past date ("was set to rise last week")."""
    if _PAST_WORDS.search(when.expression):
        return False
    before = clause(sentence, start, len(when.expression), after=False)
    found = list(_SET_TO.finditer(before))
    return bool(found) and found[-1].group("verb").lower() in _CHANGES and _reaches(
        before[found[-1].end() :]
    )


# An aside after a noun that gives its schedule: a comma, then "which/who is due to",
# "that is set to", or the participle alone (", due to be announced", ", scheduled for").
_SCHEDULE_ASIDE = re.compile(
    r"(?<=\w),\s+(?:(?:which|who|that)\s+(?:is|are|was|were)\s+)?"
    r"(?:due|set|scheduled|slated)\s+(?:to|for)\b(?P<gap>[^,;:()—–]*)$",
    re.IGNORECASE,
)


def noun_schedule(sentence: str, when: PartialDate, start: int) -> bool:
    """A date in an aside that gives a noun's schedule, after a clause that tells
    something else ("The board is considering deferring the payment or offering a
    portion of the dividend, which is due to be announced on 27 July", "board members
    were discussing a plan to defer the second quarter dividend, due to be announced on
    July 27"): the date is the noun's, still ahead, and the sentence tells no happening on
    it (the sentence's own verb is outside the aside). Not a past date."""
    if _PAST_WORDS.search(when.expression) or not (when.future or _CURRENT.search(when.expression)):
        return False
    aside = _SCHEDULE_ASIDE.search(sentence[: max(start, 0)])
    return aside is not None and _reaches(aside.group("gap"))
