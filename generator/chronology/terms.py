"""What is not a happening, in how things stand and what the calendar says: the rules of
not_a_happening (happenings.py) that find a date is the time of a lack stated in the
present ("And, today, we don't have enough trained people"), an occasion named by its
date whose terms the sentence sets out ("For the July 27, 2022 sale, all purchasers
... were required"), a season or a fiscal year beginning or ending ("The hurricane
season in the Gulf began this month"), or the closing of a span whose opening is given
before it ("beginning on Monday, September 12 and ending on Friday, December 16"). Each rule is a function of (sentence, date,
where the date's expression starts) that returns True when the sentence states no
happening on that date; states.py holds the other states' rules.
"""

from __future__ import annotations

import re

from .clauses import NAMES_A_HAPPENING, governed
from .dates import PUBLICATION_WORDS, PartialDate
from .years import MONTHS

# A lack or an absence in the present tense ("we don't have enough trained people",
# "more than two billion people today lack access to", "there aren't enough beds"): how
# things stand, said of the present day; a refusal or an absence of comment is
# speech.py's, "I don't have anything to announce today" a greeting's.
_LACK = re.compile(
    r"\b(?:(?:don't|do not|doesn't|does not)\s+(?:yet\s+|still\s+)?have\s+(?:enough|sufficient|adequate|the\s+\w+\s+(?:we|they|you)\s+need)"
    r"|lacks?\s+(?:access|the|enough|sufficient|adequate|basic)\b"
    r"|there\s+(?:isn't|aren't|is not|are not)\s+(?:yet\s+)?(?:enough|sufficient|adequate)\b"
    r"|there\s+(?:is|are)\s+(?:still\s+)?(?:no|not enough)\s+(?:\w+\s+){0,2}?(?:for|to)\b)",
    re.IGNORECASE,
)
_PRESENT_DAY = re.compile(rf"^(?:{PUBLICATION_WORDS}|now|right now|at this point)$", re.IGNORECASE)
# (a past verb in the clause tells something done: "referenda initiated today ... have no
# legal effect")
_DASH = re.compile(r"\s(?:--|—|–)\s")
_PAST_BEFORE = re.compile(r"\b(?:[a-z]+ed|said|told|made|took|began|held)\s*$", re.IGNORECASE)


def lacking(sentence: str, when: PartialDate, start: int) -> bool:
    """A lack stated in the present tense, with the present day ("And, today, we don't
    have enough trained people", "More than two billion people today lack access to
    safely managed drinking water"): how things stand, not a happening. A date right
    after a verb of its own is that verb's ("initiated today")."""
    if not _PRESENT_DAY.match(when.expression):
        return False
    if _PAST_BEFORE.search(sentence[: max(start, 0)]):
        return False
    # (a dash sets off another clause: "the message today was clear -- there is no magic fix")
    dashes = [m.end() for m in _DASH.finditer(sentence, 0, max(start, 0))]
    begin = dashes[-1] if dashes else 0
    after = _DASH.search(sentence, start + len(when.expression))
    part = sentence[begin : after.start() if after else len(sentence)]
    return bool(_LACK.search(governed(part, start - begin, len(when.expression))))


# An occasion named by its date opening the sentence with "For" ("For the July 27, 2022
# sale, all purchasers ... were required ...", "For the 2022 season, anglers must"): the
# clause after sets the occasion's terms; the occasion is only named.
# (the year of the occasion's date is read apart: "For the July 27, 2022 sale" holds "2022")
_FOR_BEFORE = re.compile(
    r"^\W*(?:(?:and|but|so|also)\s+)?for\s+(?:the|this|that|each|every)?\s*"
    rf"(?:(?:{'|'.join(MONTHS)})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*)?$",
    re.IGNORECASE,
)
_OCCASION_AFTER = re.compile(r"^(?:,?\s*\d{4})?(?:\s+[a-z][\w-]*){1,3}\s*,\s+\S", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|this|that|each|every)\s+", re.IGNORECASE)


def occasion_terms(sentence: str, when: PartialDate, start: int) -> bool:
    """An occasion named by its date, opening the sentence after "For" ("For the July
    27, 2022 sale, all purchasers ... were required to market the property"): the terms
    that held for it, not a happening of that day."""
    article = _ARTICLE.match(when.expression)
    before = sentence[: max(start, 0)] + (article.group() if article else "")
    after = sentence[start + len(when.expression) :]
    return bool(_FOR_BEFORE.match(before) and _OCCASION_AFTER.match(after))


# A season or a fiscal year that begins or ends on the date ("The hurricane season in the
# Gulf began this month", "Hurricane season officially started on 1 June", "a Commission
# term that ends June 30, 2022"): the calendar, not a happening. A season opened or
# closed by someone ("the shrimping season opened on 16 August") is an act and stays.
_CALENDAR = re.compile(
    r"\b(?:season|fiscal year|school year|academic year|tax year|financial year|semester|"
    r"(?:first|second|third|fourth|fiscal|financial|calendar|this|next|last|the) quarter|"
    r"school term|(?:commission|board|council) term|term of (?:office|service|supervised release))\b"
    r"[^.;:!?]{0,40}?\b(?:begins|began|begun|starts|started|ends|ended|runs out|ran out|expires|expired)\b"
    r"(?:\s+(?!(?:and|but|with|when|after|before)\b)[\w-]+){0,3}?\s*$",
    re.IGNORECASE,
)


def calendar(sentence: str, when: PartialDate, start: int) -> bool:
    """A season, a fiscal or school year or a term that begins or ends on the date
    ("The hurricane season in the Gulf began this month"): the calendar's, not a
    happening; not a date that names a happening."""
    if NAMES_A_HAPPENING.match(sentence[start + len(when.expression) :]):
        return False
    preposition = re.match(r"(?:on|in|at)\s+", when.expression, re.IGNORECASE)
    return bool(_CALENDAR.search(sentence[: max(start, 0)] + (preposition.group() if preposition else "")))


# The later end of a span given by its opening and its closing ("a 14-week program,
# beginning on Monday, September 12 and ending on Friday, December 16", "a lottery
# starting on Friday, March 25, and closing on Thursday, March 31", "The season began last
# week, typically peaks in August and ends in November"): the calendar of a term, its end
# no happening (its start, a plan or an opening, stays).
_SPAN_CLOSING = re.compile(
    r"\b(?:beginning|starting|opening|commencing|begins|began|starts|started|opens|opened)\b"
    r"(?:[^.;:!?]|(?<=\d)[:.](?=\d)|(?<=\b[ap])\.|(?<=\b[ap]\.m)\.){1,120}?"
    r"\b(?:ending|closing|concluding|finishing|ends|closes|concludes)\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)


def span_closing(sentence: str, when: PartialDate, start: int) -> bool:
    """The closing date of a span whose opening the sentence gives before it ("beginning
    on Monday, September 12 and ending on Friday, December 16"): a term's end on the
    calendar, not a happening."""
    preposition = re.match(r"(?:on|in)\s+", when.expression, re.IGNORECASE)
    return bool(_SPAN_CLOSING.search(sentence[: max(start, 0)] + (preposition.group() if preposition else "")))
