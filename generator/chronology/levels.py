"""What is not a happening, in a period's total and a level's place: the rules of
not_a_happening (happenings.py) that find a date is the period a count of things adds
up over ("distributed over 68 million diapers last year", "nearly quadrupled the number
of scholarships awarded in 2021"), the time of a level stated as up, down, higher or
lower ("On Monday, Halliburton's shares were up 4.7 pct", "household income is actually
higher today"), or a range restated in apposition ("the loss from January to June, the
first half of 2020"). Each rule is a function of (sentence, date, where the date's
expression starts) that returns True when the sentence states no happening on that
date; figures.py, tallies.py and changes.py hold the other figures' rules.
"""

from __future__ import annotations

import re

from ..lexicon import words
from .clauses import NAMES_A_HAPPENING, clause, governed, opens
from .dates import PartialDate

# A count of things, not a year nor a sum: qualifiers, a number, at most three words and
# a plural noun ("over 68 million diapers", "8 million people", "a record 1.7 million
# claims").
_COUNT_OF_THINGS = (
    r"(?:(?:about|nearly|almost|over|more than|some|roughly|a record|an additional|another|a total of|"
    r"at least|approximately|upwards of|close to)\s+)*(?<![\w$.,-])(?!(?:1[89]|20)\d\d\b)\d[\d,.]*"
    r"(?:\s+(?:million|billion|thousand))?(?:\s+[\w-]+){0,3}?\s+[a-z]+s\b"
)
# A verb of a flow (lexicon/aggregate_verbs.txt) with a count of things as its object,
# or a count multiplied ("nearly quadrupled the number of scholarships awarded"): over a
# month or a year, the period's total.
_AGGREGATE = re.compile(
    rf"\b(?:{'|'.join(sorted(words('aggregate_verbs')))})\s+{_COUNT_OF_THINGS}", re.IGNORECASE
)
_MULTIPLIED = re.compile(
    r"\b(?:doubled|tripled|trebled|quadrupled|halved)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:number|count|total)\b",
    re.IGNORECASE,
)
# ... or a flow going on through the current period, in the present progressive ("this
# year the Administration is providing more than $8.3 billion in LIHEAP assistance"):
# the period's running total, not an act.
_FLOWING = re.compile(
    r"\b(?:is|are)\s+(?:(?:now|also|already|\w+ly)\s+)*(?:providing|distributing|delivering|investing|spending|"
    r"serving|supplying|shipping|funding|awarding)\s+(?:(?:about|nearly|almost|over|more than|some|roughly|"
    r"a record|an additional|another|a total of|at least|approximately)\s+)*(?:\$\s?\d|\d)",
    re.IGNORECASE,
)
# (a date opening the sentence governs its clause up to a strong mark: "In December, the
# World Food Program, with USAID support, reached 8 million people")
_STRONG_MARK = re.compile(r"[;:—–()]|\s-\s")


def period_total(sentence: str, when: PartialDate, start: int) -> bool:
    """A count of things that a flow adds up to over a month or a year ("the National
    Diaper Bank Network distributed over 68 million diapers last year", "In December,
    the World Food Program reached 8 million people"), or a count multiplied over one
    ("HRSA nearly quadrupled the number of scholarships awarded in 2021"): the period's
    total, not a happening. A day's deed stays ("shipped 28 million doses on Friday"),
    so does a date that names a happening, and a verb outside the date's clause
    ("announced earlier this month the program has enrolled 10 million households")."""
    if when.precision not in {"year", "month"} or "week" in when.expression.lower():
        return False
    end = start + len(when.expression)
    if NAMES_A_HAPPENING.match(sentence[end:]):
        return False
    if opens(sentence, start):
        rest = sentence[end:]
        mark = _STRONG_MARK.search(rest)
        held = rest[: mark.start() if mark else len(rest)]
    else:
        held = clause(sentence, start, len(when.expression), after=False)
    if _FLOWING.search(governed(sentence, start, len(when.expression))):
        return True  # "this year the Administration is providing more than $8.3 billion"
    return bool(_AGGREGATE.search(held) or _MULTIPLIED.search(held))


# A count of things that a year closes ("DOE's 110 actions this year also include",
# "seized over 600,000 firearms in 2021", "We had 132 spills last year"): the year's
# tally, a figure, whatever the verb; not a span ("over 40 years since the 1967 Torrey
# Canyon tanker spill") nor a date that names a happening. Not an agent ("signed by the same 12 federal
# agencies in 2018"), nor a disaster's toll ("the refinery explosion (which killed 15
# and injured 170 others in 2005)"): one happening with its count; not a month or a week.
_YEAR_COUNT = re.compile(
    _COUNT_OF_THINGS + r"(?<!\bwas)(?<!\bhas)(?<!\bis)(?<!\bthis)(?<!\bits)"
    r"(?<!years)(?<!months)(?<!weeks)(?<!days)(?<!hours)(?<!decades)"
    r"\s+(?:(?:in|during|for)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_ADVERB_AFTER = re.compile(r"\s+(?:also|alone|already|so far|to date|now|too)\b", re.IGNORECASE)
_TOLL = re.compile(r"\b(?:killed|killing|kills|injured|injuring|wounded|wounding)\b[^.;()]*$", re.IGNORECASE)


def year_count(sentence: str, when: PartialDate, start: int) -> bool:
    """A count of things right before a year that closes it ("110 actions this year",
    "seized over 600,000 firearms in 2021"): the year's tally, not a happening; a
    disaster's toll and an agent's count stay."""
    if when.precision != "year" or re.search(r"\bweek\b", when.expression, re.IGNORECASE):
        return False
    after = sentence[start + len(when.expression) :]
    if NAMES_A_HAPPENING.match(after) and not _ADVERB_AFTER.match(after):
        return False  # "50 million deaths in the 1918 pandemic": the pandemic's date
    preposition = re.match(r"(?:in|during|for)\s+", when.expression, re.IGNORECASE)
    before = sentence[: max(start, 0)] + (preposition.group() if preposition else "")
    count = _YEAR_COUNT.search(before)
    if not count or re.search(r"\bby\s+(?:[\w-]+\s+){0,3}$", before[: count.start()]):
        return False  # "signed by the same 12 federal agencies in 2018": the agents
    return not _TOLL.search(before[: count.end()])


# A level stated as up or down with an amount or at the end of its clause ("shares were
# up 4.7 pct", "incomes were up, and prices were down", "BP is down more than 10
# percent"), or as higher or lower ("household income ... is actually higher today"): a
# level's place at the date, not a happening; a place is no level ("were up on the Hill
# yesterday", "was down in the region"), nor a limit ("was up to 60,000 bpd").
_LEVEL_IS = re.compile(
    r"\b(?:is|are|was|were|stood|remained|remains?|closed|ended|finished|traded|opened)\s+"
    r"(?:(?:still|now|also|already|actually|slightly|sharply|even|\w+ly)\s+)*"
    r"(?:(?:up|down)(?=\s*(?:[,;.]|$|\bby\b|(?:about|nearly|almost|more than|over|some|roughly|around|"
    r"just|less than)\s|\$|\d|\bfrom\b|\bsince\b|\bso far\b))|(?:higher|lower)\b)"
    # ... or a level ranked where it stands ("the ruble is trading at its weakest level ever")
    r"|\b(?:trading|standing|stands|stood|sitting|sits|hovering|hovers|running|runs)\s+at\s+(?:its|their|an?|the)\s+"
    r"(?:[\w-]+est|record|all-time)\s+(?:levels?|highs?|lows?|points?)\b",
    re.IGNORECASE,
)
# (a level someone stated is the statement's: "a government panel said the flow rate
# was higher")
# (a date right after a verb of its own is that verb's)
_PAST_BEFORE = re.compile(r"\b(?:[a-z]+ed|began|begun|said|told|made|took|held|met|struck)\s*$", re.IGNORECASE)
_SAID = re.compile(r"\b(?:said|says|told|tells|reported|announced|estimated|showed|shows|found)\b", re.IGNORECASE)


def level_is(sentence: str, when: PartialDate, start: int) -> bool:
    """A level stated as up, down, higher or lower in the date's clause ("On Monday,
    Halliburton's shares were up 4.7 pct", "income ... is actually higher today, on a
    monthly basis"): where the level stood, not a happening. A statement of it is
    dated by its verb of saying and stays, so does a date that names a happening."""
    end = start + len(when.expression)
    if NAMES_A_HAPPENING.match(sentence[end:]):
        return False
    if _PAST_BEFORE.search(sentence[: max(start, 0)]):
        return False  # "since the spill began two months ago and are down some 24 percent"
    held = governed(sentence, start, len(when.expression))
    level = _LEVEL_IS.search(held)
    return level is not None and not _SAID.search(held[: level.start()])


# A rate going on, stated on the date ("BP said last week that it ... were paying $6
# million a day", "Suttles said Friday that the pipe is capturing an average of about
# 84,000 gallons a day"): the date is the statement's, and what it states is a level (a
# flow per unit of time) at the time, not a happening; a statement of an act stays
# ("BP said Thursday it had capped the well"). The date right after the verb of saying,
# the rate in a progressive verb of the clause it introduces, before a strong mark or "but".
_SAID_DATE = re.compile(r"\b(?:said|says|told\s+(?:[\w.]+\s+){1,3}?)\s*$", re.IGNORECASE)
_RATE_GOING_ON = re.compile(
    r"^\s*,?\s*(?:that\s+)?[^;:]{0,80}?\b(?:is|are|was|were)\s+(?:(?:now|still|currently|already|only|gradually)\s+)*"
    r"[a-z]+ing\b[^;:]{0,80}?(?:\d|million|billion)\S*\s+(?:[\w-]+\s+){0,4}?(?:a|per|each)\s+(?:day|week|month|year|hour)\b",
    re.IGNORECASE,
)


def rate_said(sentence: str, when: PartialDate, start: int) -> bool:
    """A rate going on (an amount a day, a week, a year), stated on the date ("BP said
    last week that it ... were paying $6 million a day"): a level, not a happening."""
    if not _SAID_DATE.search(sentence[: max(start, 0)]):
        return False
    content = re.split(r"\s(?:but|while|although|and said)\s", sentence[start + len(when.expression) :], maxsplit=1)[0]
    return bool(_RATE_GOING_ON.match(content))


# A date in apposition to a range of months or days ("the life expectancy loss from
# January to June, the first half of 2020"): the range restated, a period measured, as
# the range itself (happenings.py: period, range end).
_RANGE_BEFORE = re.compile(
    r"\b(?:from|between)\s+(?:the\s+)?[A-Za-z0-9][^,;:.!?()]{0,30}?\s+(?:to|through|until|and)\s+"
    r"(?:the\s+)?[A-Za-z0-9][^,;:.!?()]{0,30}?,\s*$",
    re.IGNORECASE,
)


def range_restated(sentence: str, when: PartialDate, start: int) -> bool:
    """A date in apposition right after a range written with its ends ("from January
    to June, the first half of 2020"): the span the figure was measured over, no
    happening."""
    return bool(_RANGE_BEFORE.search(sentence[: max(start, 0)]))


# A change of a level by an amount in words over a month or a year ("the ratio ...
# increased by five tenths of a percent last month", "rose by two points in March"): the
# period's statistic, as changes.py reads one in figures.
_NUMBER_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|a|half a|a half|a quarter of a|a tenth of a|"
    r"several|a few)"
)
_CHANGE_IN_WORDS = re.compile(
    r"\b(?:increased|decreased|rose|fell|grew|declined|dropped|climbed|jumped|slipped|edged (?:up|down))\s+"
    rf"(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|more than\s+)?{_NUMBER_WORDS}\s+"
    r"(?:tenths?|hundredths?|percent|per cent|percentage points?|points?)\b",
    re.IGNORECASE,
)


def change_in_words(sentence: str, when: PartialDate, start: int) -> bool:
    """A level's change by an amount written in words over a month or a year ("the
    employment ratio increased by five tenths of a percent last month"): a statistic
    of the period; not a date that names a happening."""
    if when.precision not in {"year", "month"} or NAMES_A_HAPPENING.match(sentence[start + len(when.expression) :]):
        return False
    return bool(_CHANGE_IN_WORDS.search(governed(sentence, start, len(when.expression))))


# A rank held over the time since the date, the ranked words read across brackets ("the
# lowest monthly increase in the Producer Price Index (PPI) since November 2020", "the
# best calendar year of jobs growth since records began in 1956", "for the first time
# ... after 2003"): ranked against the years since, nothing happened on the date; the
# start of the records is no happening of the story.
_RANKED = (
    r"\b(?:first|only|most|least|fewest|highest|lowest|largest|biggest|smallest|best|worst|strongest|"
    r"weakest|fastest|slowest|longest|shortest|greatest|sharpest|steepest)\b"
)
_RANKED_SINCE = re.compile(
    rf"{_RANKED}[^.;:!?,]{{0,90}}?\bsince\s+(?:the\s+)?(?:records?\s+(?:began|started)\s+(?:in\s+)?)?$|"
    r"\bfirst time\b[^.;:!?]{0,60}?\bafter\s+$",
    re.IGNORECASE,
)
_BRACKETS = re.compile(r"\([^()]*\)")


def ranked_since(sentence: str, when: PartialDate, start: int) -> bool:
    """A rank over the years since the date, read across brackets ("the lowest monthly
    increase in the Producer Price Index (PPI) since November 2020", "since records
    began in 1956"): a figure's reference, no happening; not a date that names one
    ("the first time since the April 20 explosion")."""
    if NAMES_A_HAPPENING.match(sentence[start + len(when.expression) :]):
        return False
    since = re.match(r"since\s+", when.expression, re.IGNORECASE)
    before = sentence[: max(start, 0)] + (since.group() if since else "")
    return bool(_RANKED_SINCE.search(_BRACKETS.sub(" ", before)))
