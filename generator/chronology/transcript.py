"""What is not a happening, in a transcript's own talk: the rules of not_a_happening
(happenings.py) that find a date is the briefing's or the call's own ("at the top of our
briefing today", "as they discussed on the call today", "When I last spoke at this
briefing last Friday"), or a sentence cut off by a dash before its clause is whole ("I
heard you say, last week —"). speech.py holds the other rules of a speaker's talk. Each
rule is a function of (sentence, date, where the date's expression starts) that returns
True when the sentence states no happening on that date.
"""

from __future__ import annotations

import re

from ..lexicon import words
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
