"""What is not a happening, in a remark: the rules of not_a_happening (happenings.py)
that find a dated sentence only remarks on something told before it. A day said to be an
example or a reminder of what was just said ("Today's a good example of that.", "Today
is another reminder of why we act"): a judgement of the day, what happened on it is told
elsewhere, if at all. A speaker's correction alone ("I'm sorry, or January 6th,
rather."): the date it gives names what the sentence before spoke of, and nothing happens
in it. An aside to the room with no finite verb ("Just keeping you busy on a Monday.").
(A comment on a day's announcement named only by its day, "Today's announcement
builds upon ...", is lists.py's.) Each rule is a function of (sentence, date, where the
date's expression starts) that returns True when the sentence states no happening on
that date.
"""

from __future__ import annotations

import re

from .clauses import LABEL, SPEAKER
from .dates import PUBLICATION_WORDS, PartialDate

_PUBLICATION_DAY = re.compile(rf"(?:{PUBLICATION_WORDS})", re.IGNORECASE)
# What may stand before a day that opens the sentence: a speaker's label, a quotation
# mark, a conjunction ("MS. PSAKI:  And today's a good example").
_OPENING = re.compile(SPEAKER + r"[\"“‘']?(?:(?:and|but|so|well|i think),?\s+)*", re.IGNORECASE)
# The day as the subject of "be" and an example or a reminder of something ("Today's a
# good example of that", "Today was yet another reminder of").
_EXAMPLE_AFTER = re.compile(
    r"^(?:['’]s|\s+(?:is|was))\s+(?:(?:also|yet|just|really|only)\s+)?(?:a|an|another)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:example|reminder|illustration|testament)\s+of\b",
    re.IGNORECASE,
)


def day_example(sentence: str, when: PartialDate, start: int) -> bool:
    """The day opening the sentence as the subject of "be" and an example, a reminder or
    a testament of something ("Today's a good example of that."): a remark on what was
    said before, no happening of the day."""
    if not _PUBLICATION_DAY.fullmatch(when.expression):
        return False
    if not _OPENING.fullmatch(sentence[: max(start, 0)]):
        return False
    return bool(_EXAMPLE_AFTER.match(sentence[start + len(when.expression) :]))


# A speaker's correction alone: an apology or "I mean", "or", the date, "rather" or "I
# should say", and no other word ("I'm sorry, or January 6th, rather.", "Sorry —
# Tuesday, I mean.").
_CORRECTION_SIGN = re.compile(r"\b(?:sorry|excuse me|pardon me|i mean|i should say|rather)\b", re.IGNORECASE)
_CORRECTION_WORDS = re.compile(
    r"\b(?:i'm|i am|i|sorry|excuse me|pardon me|mean|should say|or|rather|uh|um|oh|well)\b", re.IGNORECASE
)
_LABEL = re.compile(r"^\s*" + LABEL)


def correction_alone(sentence: str, when: PartialDate, start: int) -> bool:
    """A sentence that is only a speaker's correction to a date ("I'm sorry, or January
    6th, rather."): a sign of correction and no word besides it and the date; nothing
    happened in it."""
    rest = sentence[: max(start, 0)] + " " + sentence[start + len(when.expression) :]
    if not _CORRECTION_SIGN.search(rest):
        return False
    rest = _LABEL.sub(" ", rest)
    return not re.search(r"[^\W\d_]", _CORRECTION_WORDS.sub(" ", rest))


# A short sentence that opens with a participle said to the room ("you", "everyone") and
# has no finite verb ("Just keeping you busy on a Monday."): no subject and no tense, an
# aside, nothing told as done; at most PARTICIPLE_WORDS words. (A headline's participle,
# "Testing begins Monday", has no "you" after it.)
PARTICIPLE_WORDS = 10
_PARTICIPLE_OPENING = re.compile(
    r"^\W*(?:(?:just|oh|well|so|still|again|always),?\s+)*[a-z]+ing\s+(?:you|y'all|us|everyone|everybody|all of you)\b",
    re.IGNORECASE,
)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|am|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must|"
    r"said|says)\b|['’](?:s|re|m|ve|d|ll)\b|\b[a-z]{3,}ed\b",
    re.IGNORECASE,
)


def participle_alone(sentence: str, when: PartialDate, start: int) -> bool:
    """A short sentence opening with a participle said to the room, with no finite verb
    ("Just keeping you busy on a Monday."): an aside, no happening."""
    rest = _LABEL.sub("", sentence, count=1)
    return (
        len(rest.split()) <= PARTICIPLE_WORDS
        and bool(_PARTICIPLE_OPENING.match(rest))
        and not _FINITE.search(rest)
    )
