"""A present tense that states a schedule: what is said in it of a day or a month without
a year is ahead of the publication (a weak future cue for tense.tense_of), since the past
would say "had" or "was".

- An occasion one "has" ("He also has the meeting with Senator Capito ... on Thursday",
  "the committee has a hearing on Tuesday"), in a clause with no other tense cue (rule
  "scheduled present").
- A present copula that places its subject at the date ("That is on Monday.", "The vote
  is on Tuesday", "the hearings are in March"): "be" with a preposition of time and the
  date, the clause ending there. Past, it would be "was on Monday"; a weekday with no
  cue is otherwise read as the past one, nearest before the publication.
- A verb of a timetable in the present right before the date ("The first layoff notices
  go out on Friday", "the trial starts Monday", "Obama leaves on Tuesday"): English
  states what is timetabled in the simple present (lexicon/timetable_verbs.txt).
- A present progressive right before the date, or right after a date that opens the
  clause ("on Monday, CDC is convening a three-day forum", "a panel is meeting Thursday
  in Boise"): of a day other than the publication's, English uses it for what is
  arranged; the past would say "convened" (rule "arranged present").
"""

from __future__ import annotations

import re

from ..lexicon import words

_OCCASIONS = words("occasion_nouns") | words("event_heads")

_HAS_OCCASION = re.compile(
    r"\b(?:has|have)\s+(?:a|an|the|his|her|their|its|our|another|one|two|three|several)\s+"
    r"(?P<words>(?:[\w-]+\s+){0,2}[\w-]+)",
    re.IGNORECASE,
)


_TIMETABLE = sorted(words("timetable_verbs"), key=lambda w: (-len(w), w))
# The verb (not after "to", "will", "did" or "would": another tense's), a particle or an
# adverb perhaps ("goes ahead Wednesday"), the place perhaps, the time of day perhaps
# ("kicks off at 12:30 BST on Saturday"), then the date's preposition or the date itself.
_TIMETABLED = re.compile(
    r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bdid )(?<!\bcould )\b(?:"
    + "|".join(_TIMETABLE)
    + r")\s+(?:(?:out|up|off|back|again|only|ahead)\s+)?"
    r"(?:in\s+[A-Z][\w'’-]+\s+)?"  # ("play again in Ranchi on Thursday": where)
    r"(?:at\s+\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s+)?"
    r"(?:(?:on|in)\s+)?"
    # (and the day written after that one: "goes ahead Wednesday and Thursday")
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:and|or)\s+(?:on\s+)?)?$",
    re.IGNORECASE,
)


def timetabled_present(sentence: str, left: int, start: int) -> bool:
    """Whether a verb of a timetable in the present stands right before the expression
    at `start`, in its clause (from `left`): "notices go out on Friday"."""
    return _TIMETABLED.search(sentence, left, start) is not None


# "is", "are", "am", "'re" or a pronoun's "'s", an adverb perhaps, then a verb in -ing;
# not "is nothing", "is something" (no verb), nor "is being" ("is being investigated"
# may be going on).
_PROGRESSIVE = (
    r"(?:\b(?:is|are|am)|['’]re|\b(?:he|she|it|that|who|what)['’]s)\s+(?:(?:also|now|still)\s+)?"
    r"(?!(?:no|some|any|every)thing\b|being\b|during\b|according\b)[a-z]{2,}ing\b"
)
# ... right before the date, its preposition perhaps and at most three words of its object
# between ("a panel is meeting Thursday in Boise", "they're meeting the unions on
# Monday"), or as the first words after a date that opens the clause, its subject
# between ("on Monday, CDC is convening a three-day forum").
_PROGRESSIVE_BEFORE = re.compile(
    _PROGRESSIVE + r"\s+(?:(?![\w'’-]*(?:ing|ed)\b)[\w'’-]+\s+){0,3}?(?:(?:on|in|at)\s+)?$", re.IGNORECASE
)
_PROGRESSIVE_AFTER = re.compile(
    r"^\s*,?\s*(?:the\s+)?(?:[\w.&'’-]+\s+){0,4}?" + _PROGRESSIVE, re.IGNORECASE
)


def arranged_present(sentence: str, left: int, start: int, end: int, opens: bool) -> bool:
    """Whether a verb in the present progressive dates the expression from `start` to
    `end` in its clause (from `left`): right before it ("a panel is meeting Thursday",
    "they're meeting the unions on Monday"), or right after it, its subject between,
    when it opens the clause ("on Monday, CDC is convening a forum"). Of a day other
    than the publication's, that is what is arranged; a progressive elsewhere in the
    clause tells how things stand ("BP is boosting its effort after activating a new
    system on Wednesday")."""
    if _PROGRESSIVE_BEFORE.search(sentence, left, start):
        return True
    return opens and _PROGRESSIVE_AFTER.match(sentence[end:]) is not None


def scheduled_present(sentence: str, left: int, start: int) -> bool:
    """Whether the clause before the expression at `start` says its subject has an
    occasion (_HAS_OCCASION, an occasion noun of lexicon/occasion_nouns or event_heads)."""
    return any(
        word in _OCCASIONS or word.rstrip("s") in _OCCASIONS
        for m in _HAS_OCCASION.finditer(sentence, left, start)
        for word in m.group("words").lower().split()
    )


# "is", "are" or "'s" (a contraction after a pronoun or "that"), perhaps an adverb of
# degree or time, then "on", "in" or "at" (before the expression or its first word);
# not "is being" nor a question's "is it on Monday?" (the subject comes first).
_COPULA_BEFORE = re.compile(
    r"(?:\b(?:is|are)|\b(?:it|that|what|which|this)['’]s)\s+"
    r"(?:(?:also|still|now|actually|currently|probably|definitely)\s+)?"
    r"(?:(?:on|in|at)\s+)?$",
    re.IGNORECASE,
)
_PREPOSITION_OPENS = re.compile(r"(?:on|in|at)\s", re.IGNORECASE)
# The date ends the clause: a stop, a comma, a dash, "and" ("That's on Monday, and ...");
# not a possessive or a noun after it ("is on Monday's agenda", "is in March 2020
# figures").
_CLAUSE_ENDS = re.compile(r"\s*(?:$|[.,;:!?)—–]|\s-\s|and\b|but\b|so\b)")


def scheduled_copula(sentence: str, start: int, end: int) -> bool:
    """Whether the expression from `start` to `end` closes a clause whose verb is a
    present copula placing its subject at it ("That is on Monday.", "The vote is on
    Tuesday, and ...", "it's in March"): a schedule said of a day ahead."""
    before = sentence[:start]
    if not _COPULA_BEFORE.search(before):
        return False
    if not (
        re.search(r"\b(?:on|in|at)\s+$", before, re.IGNORECASE)
        or _PREPOSITION_OPENS.match(sentence, start)
    ):
        return False
    return bool(_CLAUSE_ENDS.match(sentence, end))
