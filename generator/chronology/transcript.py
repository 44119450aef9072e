"""What is not a happening, in a transcript's own talk: the rules of not_a_happening
(happenings.py) that find a date is the briefing's or the call's own ("at the top of our
briefing today", "as they discussed on the call today", "When I last spoke at this
briefing last Friday", "At Wednesday's briefing, I also shared"), a sentence cut off by
a dash before its clause is whole ("I heard you say, last week —"), a day as the label of
what is presented ("Oh, it's our Friday guest."), a question asked in the room ("a
question I think somebody asked, sort of, about, yesterday"), or an announcement of items to come
with no verb of its own ("Okay, a couple of things happening around here today.").
speech.py holds the other rules of a speaker's talk. Each
rule is a function of (sentence, date, where the date's expression starts) that returns
True when the sentence states no happening on that date.
"""

from __future__ import annotations

import re

from ..lexicon import words
from .clauses import SPEAKER
from .dates import PartialDate

# The occasion of the talk, named with the date: the speaker's own briefing or call ("at
# the top of our briefing today", "When I last spoke at this briefing last Friday", "as
# they discussed on this call today", "from the podium today"), or a briefing the
# reporters were at ("At a March 9th briefing, you only described"). What is said there is
# talk; what it tells is dated by its own words ("to note that on this day, 21 years
# ago, President Clinton announced"). Someone else's call or briefing is a happening
# ("Obama told Cameron in a phone call on Saturday", "a WHO briefing earlier today").
_OCCASIONS = r"(?:press\s+)?(?:briefings?|calls?|gaggle|press conference|teleconference)"
_OCCASION_BEFORE = re.compile(
    r"\b(?:at|on|in|during|from|of)\s+(?:the\s+(?:top|start|end|beginning)\s+of\s+(?:the\s+)?)?"
    rf"(?:(?:our|this|my|today['’]s)\s+(?:[\w-]+\s+)?{_OCCASIONS}|the\s+podium)\s*,?\s*$",
    re.IGNORECASE,
)
_BRIEFING_AFTER = re.compile(r"^\s+(?:press\s+)?(?:briefing|gaggle)\b", re.IGNORECASE)
_AT_BEFORE = re.compile(r"\b(?:at|in|during)\s+(?:a|the|this|our|your)\s+$", re.IGNORECASE)
# ... or an earlier briefing named by its day, the speaker telling what they said there
# ("At Wednesday's briefing, I also shared some of the engagement"): the briefing's own
# talk; a briefing someone else gave or was at stays ("At Tuesday's briefing, Allen said").
_AT_DAY_BEFORE = re.compile(r"\b(?:at|in|during)\s+$", re.IGNORECASE)
_OWN_BRIEFING_AFTER = re.compile(
    r"^['’]s\s+(?:press\s+)?(?:briefing|gaggle)\s*,?\s+(?:i|we)\b", re.IGNORECASE
)


def own_occasion(sentence: str, when: PartialDate, start: int) -> bool:
    """A date that names the briefing or the call the speakers talk in ("at the top of our
    briefing today", "as they discussed on the call today", "At a March 9th briefing, you
    only described"): the occasion of talk, not a happening. A briefing's own news
    is dated by its own words ("to note that on this day, 21 years ago, President
    Clinton announced")."""
    before = sentence[: max(start, 0)]
    after = sentence[start + len(when.expression) :]
    if _OCCASION_BEFORE.search(before):
        return True  # "at the top of our briefing today", "on the call today"
    if _AT_DAY_BEFORE.search(before) and _OWN_BRIEFING_AFTER.match(after):
        return True  # "At Wednesday's briefing, I also shared ...": the speaker's own talk
    # "At a March 9th briefing, you only described ..."
    return bool(_AT_BEFORE.search(before) and _BRIEFING_AFTER.match(after))


# A sentence cut off by a dash (as speech.cut_off reads it) whose last word, the date left out,
# leaves its clause open (lexicon/open_ends.txt: a verb of saying or hearing, a
# preposition, an article, a conjunction: "I heard you say, last week —", "pushed back
# today against this very —"): what it was going to say is missing.
_CUT_OFF = re.compile(r"(?:[—–]|\s-)\s*$")
_OPEN_ENDS = words("open_ends")


def cut_open(sentence: str, when: PartialDate, start: int) -> bool:
    """A sentence cut off by a dash before its clause is whole ("I heard you say, last
    week —", "given that Australia, today, pushed back against this very —"): it says
    nothing yet, whatever verb it holds; one whose clause is whole stays ("And he spoke
    with the President of Ukraine on Friday as well —")."""
    if not _CUT_OFF.search(sentence):
        return False
    rest = sentence[: max(start, 0)] + " " + sentence[start + len(when.expression) :]
    last = re.findall(r"[A-Za-z']+", rest)
    return bool(last) and last[-1].lower() in _OPEN_ENDS


# A day that names what the speaker presents in a sentence that only says what it is
# ("Oh, it's our Friday guest.", "This is our Monday tradition"): the day is a label, nothing
# happens in the sentence.
_PRESENTING_BEFORE = re.compile(
    r"\b(?:it's|it is|this is|that's|that is|here's|here is|here comes)\s+(?:our|my|your|the)\s+$", re.IGNORECASE
)
_NOUN_ENDS = re.compile(r"^\s+[a-z]+(?:\s+[a-z]+)?\s*[.!]?\s*$", re.IGNORECASE)


def day_label(sentence: str, when: PartialDate, start: int) -> bool:
    """A day as the label of what a speaker presents ("Oh, it's our Friday guest."):
    the sentence says what something is, no happening; a thing presented with more
    words after it ("this is the Friday meeting we held with ...") stays."""
    return bool(
        _PRESENTING_BEFORE.search(sentence[: max(start, 0)])
        and _NOUN_ENDS.match(sentence[start + len(when.expression) :])
    )


# An announcement of what follows, with no verb of its own ("Okay, a couple of things
# happening around here today.", "A few items for you this morning."): the items come in
# the next sentences, this one tells nothing; one with a verb of its own stays ("Two new
# announcements today will add to that historic manufacturing boom").
_ITEMS_AHEAD = re.compile(
    "^" + SPEAKER + r"(?:(?:okay|ok|so|all right|alright|and|now|well|just|first),?\s+)*"
    r"(?:just\s+)?(?:a couple of|a couple|a few|several|two|three|four|five|some|a number of|a lot of|lots of|one)\s+"
    r"(?:[a-z-]+\s+)?(?:things|items|updates|announcements|notes|pieces of news|scheduling notes)\b",
    re.IGNORECASE,
)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|will|would|shall|can|could|should|must|has|have|had|do|does|did|"
    r"[a-z]+ed)\b|['’](?:s|re|ll|ve|d)\b",
    re.IGNORECASE,
)


# ... or an item of the agenda named by the day it is for ("to highlight a second
# announcement for this morning", "I'll go through the schedule for today", "more details
# on any announcements for tomorrow"): the item is told elsewhere.
_AGENDA_BEFORE = re.compile(
    r"\b(?:announcements?|updates?|items?|news|schedule|scheduling notes?)\s+for\s+$", re.IGNORECASE
)
_AGENDA_DAY = re.compile(
    r"^(?:today|tomorrow|tonight|this (?:morning|afternoon|evening|week))$", re.IGNORECASE
)


def items_ahead(sentence: str, when: PartialDate, start: int) -> bool:
    """A speaker's announcement of items to come, with no finite verb ("Okay, a couple
    of things happening around here today."), or an item of the agenda named by its day
    ("to highlight a second announcement for this morning"): what happens is in the
    sentences after."""
    if _AGENDA_DAY.match(when.expression) and _AGENDA_BEFORE.search(sentence[: max(start, 0)]):
        return True  # "I'll go through the schedule for today"
    opening = _ITEMS_AHEAD.match(sentence)
    if opening is None:
        return False
    rest = sentence[opening.end() :].replace(when.expression, " ", 1)
    return not _FINITE.search(rest)


# A question asked in the room, its day a few words from the asking ("which is a
# question I think somebody asked, sort of, about, yesterday", "as one of you asked me
# on Monday"): the briefing's own talk of an earlier day, not a happening of the story.
_ASKED_IN_THE_ROOM = re.compile(
    r"\b(?:somebody|someone|one of you|some of you|a few of you|"
    r"(?:a|the|that|this) question (?:that |which )?(?:(?:I think|I believe) )?you)"
    r"(?: (?:also|just|already|had|have|has))? asked\b(?: (?:me|us|about))?",
    re.IGNORECASE,
)
ASKED_REACH = 4


def asked_in_the_room(sentence: str, when: PartialDate, start: int) -> bool:
    """A date at most ASKED_REACH words from a question asked by someone in the room
    ("which is a question I think somebody asked, sort of, about, yesterday", "as one of
    you asked me on Monday"): when the question was asked, the briefing's own talk."""
    end = start + len(when.expression)
    for asked in _ASKED_IN_THE_ROOM.finditer(sentence):
        between = sentence[asked.end() : start] if asked.end() <= start else sentence[end : asked.start()]
        if len(re.findall(r"[A-Za-z']+", between)) <= ASKED_REACH:
            return True
    return False
