"""What is not a happening, in a running total: the rules of not_a_happening
(happenings.py) that find a date is the day a total to date was told or the period a
tally of the current period covers ("BP said on Monday it had spent about $3.95 billion
so far", "The oil spill has so far cost BP $3.12bn, the company said this morning", "To
date, new commitments in 2022 outlined below exceed $700 million", "This year, over 450
VITA centers in 40 states have reported that they will provide ..."), or the period of
the latest figures available ("In 2007, the latest year for which figures are available,
Aids-related illness killed 2 million people"). A total to date is a level at the time
of telling, a figure like a market's close (markets.py) or a count reported (tallies.py);
what happened on the date ("the April 20 explosion", "since the rig exploded on 20
April") has its own clause and stays.
"""

from __future__ import annotations

import re

from .clauses import clause, governed, opens
from .dates import PartialDate
from .markets import names_a_happening

# A total to date: "so far", "to date", "thus far", "has now" with a participle, or a total brought to a sum
# ("bringing its total bill to $2.65bn", "brought the total number of cases to 13"); not a rank ("the US's worst oil spill to date"),
# nor "in total" alone, which may be a forecast's ("expected to spend more than $10bn in
# total dividends this year"); ...
_TO_DATE = re.compile(
    r"\b(?:so far|to date|thus far)\b"
    r"|\b(?:bringing|brought|brings|bring)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?total\b"
    # ... or a perfect with "now" ("BP told the City yesterday it had now spent $450m")
    r"|\b(?:has|have|had)\s+now\s+(?:been\s+)?[a-z]+(?:ed|en|t|wn)\b",
    re.IGNORECASE,
)
_RANKED = re.compile(
    r"\b(?:[a-z]+est|most|worst|best|first)\s+(?:[\w'’-]+\s+){0,3}?(?:to date|so far|thus far)\b",
    re.IGNORECASE,
)
# ... with a sum or a count of things ("$3.95 billion", "£2bn", "more than 100 miles",
# "over 8,000 people"); the Guardian's "£" comes as "# ".
_SUM_OR_COUNT = re.compile(
    r"(?:[$£€]|#\s|US\$)\s?\d|(?<![\w$.,-])(?!(?:1[89]|20)\d\d\b)\d[\d,.]*\s*(?:million|billion|thousand|bn|m)?"
    r"(?:\s+[\w-]+){0,3}?\s+[a-z]+s\b"
    r"|\btotal\b[^.;]{0,40}?\bto\s+(?:(?:about|nearly|almost|more than|over|some)\s+)?\d",  # "the total ... to 13"
    re.IGNORECASE,
)
# A verb of saying right before the date, a few words between ("BP said on Monday it had
# spent", "said in a regulatory filing Friday that", "the company said this morning").
SAID_REACH = 4
_SAID_BEFORE = re.compile(
    rf"\b(?:said|says|say|told|tells|reported|reports|announced|estimated|added)\b(?:\s+[\w'’-]+){{0,{SAID_REACH}}}?\s+$",
    re.IGNORECASE,
)
# (a date right after a verb of its own is that verb's: "announced in June 2021")
_PAST_BEFORE = re.compile(
    r"\b(?:[a-z]+ed|began|begun|made|held|met|took|struck|signed)\s*$", re.IGNORECASE
)
# A date heading a timeline's item ("July 19 - BP says it has spent $3.95 billion so far").
_ITEM_AFTER = re.compile(r"^\s*[-—–:]\s+")
# (what a total is told in: the sentence up to a strong mark)
_STRONG_MARK = re.compile(r"[;:]|\s[-—–]\s|\*\*")
# A total to date opening the sentence ("To date, more than $184 million has been
# allocated to Puerto Rico ... in 2022").
_TO_DATE_OPENING = re.compile(r"^\W*(?:to date|so far|thus far)\s*,", re.IGNORECASE)


def running_total(sentence: str, when: PartialDate, start: int) -> bool:
    """A total to date told on the date: the date's clause holds it ("To date, new
    commitments in 2022 outlined below exceed $700 million"), or the date is the day of
    a statement that tells it ("BP said on Monday it had spent about $3.95 billion so
    far", "has so far cost BP $3.12bn, the company said this morning", "July 19 - BP
    says it has spent $3.95 billion so far"): the total reached, a figure, not a
    happening. Not a date that names a happening nor one a span runs from ("since the
    April 20 rig fire")."""
    end = start + len(when.expression)
    before, after = sentence[: max(start, 0)], sentence[end:]
    if names_a_happening(when.expression, after) or re.search(
        r"\bsince\s+(?:the\s+)?$", before, re.IGNORECASE
    ):
        return False
    own = _RANKED.sub(
        " ", clause(sentence, start, len(when.expression)).replace(when.expression, " ", 1)
    )
    participle = _PAST_BEFORE.search(before)  # "the funding opportunity announced in June 2021"
    if (
        not participle
        and _SUM_OR_COUNT.search(own)
        and (_TO_DATE.search(own) or _TO_DATE_OPENING.match(sentence))
    ):
        return True  # "To date, new commitments in 2022 outlined below exceed $700 million"
    if _SAID_BEFORE.search(before):
        told = _told(before, after)
    elif _ITEM_AFTER.match(after) and not before.strip(" *•"):
        told = after  # "July 19 - BP says it has spent $3.95 billion so far"
    else:
        return False
    told = _RANKED.sub(" ", told)
    return bool(_TO_DATE.search(told) and _SUM_OR_COUNT.search(told))


def _told(before: str, after: str) -> str:
    """What a statement dated by the date tells: the words after the date to a strong
    mark ("said on Monday it had spent ..."), and the quotation before a closing
    attribution ("has so far cost BP $3.12bn, the company said this morning")."""
    mark = _STRONG_MARK.search(after)
    told = after[: mark.start() if mark else len(after)]
    attribution = re.search(
        r",\s*(?:[\w.'’-]+\s+){1,4}(?:said|says|told|reported|added)\b(?:\s+[\w'’-]+){0,4}?\s+$",
        before,
    )
    if attribution:
        marks = list(_STRONG_MARK.finditer(before, 0, attribution.start()))
        told = before[marks[-1].end() if marks else 0 : attribution.start()] + " " + told
    return told


# The latest figures available, in apposition to the date ("In 2007, the latest year for
# which figures are available, ...", "and March 2022, the last date of available data", "the fund's 2008 audit, the latest year for which
# figures are available"): the period of a statistic.
_LATEST_FIGURES = re.compile(
    r"^(?:\s+[\w-]+){0,2}?,\s+(?:the|its)\s+(?:latest|last|most recent)\s+(?:full\s+)?(?:year|month|quarter|period|season|date|day|week)s?\s+"
    r"(?:for which|with|of|for)\s+(?:[\w-]+\s+){0,3}?(?:figures|data|statistics|numbers|records|estimates)\b",
    re.IGNORECASE,
)


def latest_figures(sentence: str, when: PartialDate, start: int) -> bool:
    """A year or a month restated as the latest for which figures are available ("In
    2007, the latest year for which figures are available, Aids-related illness killed
    2 million people"): a statistic's period, no happening."""
    return bool(_LATEST_FIGURES.match(sentence[start + len(when.expression) :]))


# A tally of the current period: the date ("this year", "this month") opens a clause whose
# subject is a count and whose verb a present perfect ("This year, over 450 VITA centers
# in 40 states have reported that they will provide information", "This month, 2 million
# people have signed up"): the count to date, a running total.
_CURRENT = re.compile(r"^(?:(?:so far|already|earlier)\s+)?this (?:year|month)$", re.IGNORECASE)
_COUNT_PERFECT = re.compile(
    r"^\W*(?:(?:over|more than|nearly|almost|about|some|roughly|at least|another|an additional)\s+)*"
    r"(?<![\w$.,-])(?!(?:1[89]|20)\d\d\b)\d[\d,.]*(?:\s+(?:million|billion|thousand))?(?:\s+[\w'’-]+){1,6}?\s+"
    r"(?:have|has)\s+(?:(?:now|already|also|so far)\s+)?(?!to\b|a\b|an\b|the\b|no\b|their\b|its\b)[a-z]+\b",
    re.IGNORECASE,
)


# ... or a count in words, the subject of a present perfect whose clause the date closes
# ("A record number of police officers have been shot and killed this year", "Hundreds of
# people have died this month"): the count of the period so far.
_COUNT_WORDS_PERFECT = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?(?:(?:a|an)\s+(?:record|growing|rising|increasing|large|huge|total|unprecedented)\s+number"
    r"|record\s+numbers|(?:dozens|hundreds|thousands|millions|scores|tens of thousands)|"
    r"(?:over|more than|nearly|almost|about|some|at least)?\s*\d[\d,.]*(?:\s+(?:million|billion|thousand))?)"
    r"\s+of\s+(?:[\w'’-]+\s+){1,5}?(?:have|has)\s+(?:(?:now|already|also|so far)\s+)?"
    r"(?:been\s+)?[a-z]+(?:ed|en|wn)\b",
    re.IGNORECASE,
)


def period_tally(sentence: str, when: PartialDate, start: int) -> bool:
    """A count to date over the current year or month, the subject of a present perfect
    in the clause the date opens ("This year, over 450 VITA centers in 40 states have
    reported that they will provide ...") or closes ("A record number of police officers
    have been shot and killed this year"): a tally of the period, not a happening."""
    if not _CURRENT.match(when.expression):
        return False
    if opens(sentence, start):
        return bool(_COUNT_PERFECT.match(governed(sentence, start, len(when.expression))))
    rest = sentence[start + len(when.expression) :]
    closes = re.match(r"\s*(?:[.;!?]|,\s*(?:and|but)\b|$)", rest)
    return bool(closes and _COUNT_WORDS_PERFECT.match(clause(sentence, start, len(when.expression), after=False)))
