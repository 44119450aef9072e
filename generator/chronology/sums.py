"""What is not a happening, in a year's spending: the rule of not_a_happening
(happenings.py) that finds a year is the period a sum was spent over ("In 2009, the
company spent nearly $16m on lobbying the federal government", "State and local
grantees obligated over $25 billion in ERA in 2021", "VA delivered $128 billion in
earned benefits to 6.1 million veterans and survivors during 2022"). A flow of money
through a year adds up to the year's total, a figure; levels.period_total reads a count
of things so (meals served, people hired). A single payment or pledge known to its year
stays a happening ("In 2003 it paid $1.3 billion for the giant Forties field", "my
Administration committed nearly $13 billion in humanitarian funding last year"): "pay",
"commit" and "provide" name one act as well as a flow, so they are not read here. A
year's cost of damage is a sum so too (year_cost: "Last year, the 20 largest
climate-related disasters ... racked up more than $150 billion in damages", "natural
disasters were estimated to cost the United States at least $141 billion in 2021").
"""

from __future__ import annotations

import re

from .clauses import governed
from .dates import PartialDate

# A verb of spending through a period with a sum of money as its object; not a passive
# ("the firm was awarded $5 million in 2019": one award).
_SPENT = re.compile(
    r"(?<!was )(?<!were )(?<!been )(?<!be )\b(?:spent|spending|spends|obligated|disbursed|delivered|distributed|awarded)\s+"
    r"(?:(?:over|more than|nearly|about|almost|some|roughly|a total of|an additional|another|at least|"
    r"approximately|upwards of|close to)\s+)*(?:\$|£|€|US\$)\s?\d",
    re.IGNORECASE,
)


# ... or a sum earned through it in profits, revenue or sales ("the container shipping
# industry made a record $190 billion in profits in 2021", "commercial fishermen there
# generated $659 million in revenue"): the year's income, a total as well.
_EARNED = re.compile(
    r"\b(?:made|earned|generated|posted|netted|booked|raked in|brought in|took in)\s+(?:(?:a record|a|an|over|more than|nearly|"
    r"about|almost|some|roughly|a total of|at least|approximately)\s+)*(?:\$|£|€|US\$|#\s)\s?\d[\d.,]*\s*"
    r"(?:million|billion|trillion|bn|m)?\s+(?:in|of)\s+(?:[\w-]+\s+)?(?:profits?|revenues?|earnings|sales|income)\b",
    re.IGNORECASE,
)


def year_spending(sentence: str, when: PartialDate, start: int) -> bool:
    """A year (not a month, not a day) whose clause spends a sum ("In 2009, the company
    spent nearly $16m on lobbying") or earns one in profits or sales ("made a record
    $190 billion in profits in 2021"): the year's total, not a happening."""
    if when.precision != "year":
        return False
    held = governed(plain(sentence), start, len(when.expression))
    return bool(_SPENT.search(held) or _EARNED.search(held))


# A year's cost: a sum in damages or losses, a cost of a sum, a price tag ("more than
# $150 billion in damages", "estimated to cost the United States at least $141 billion",
# "a cumulative price tag of nearly $100 billion"); a web link's brackets read through.
_SUM = r"(?:[$£€]|#\s)\s?\d"
_COST = re.compile(
    rf"{_SUM}[\d.,]*\s*(?:million|billion|trillion|bn|m)?\s+in\s+(?:[\w-]+\s+){{0,2}}?(?:damages?|losses)\b|"
    r"\bcost(?:s|ing)?\s+(?:[\w.]+\s+){0,4}?(?:(?:at least|more than|over|nearly|about|an estimated|some)\s+)*"
    rf"{_SUM}|\bprice tag of\s+(?:(?:more than|over|nearly|about|some)\s+)*{_SUM}|"
    rf"\blosses (?:of|over|exceeding|topping)\s+{_SUM}",
    re.IGNORECASE,
)
_LINK = re.compile(r"\[([^\[\]]*)\]\([^()\s]*\)")


def year_cost(sentence: str, when: PartialDate, start: int) -> bool:
    """A year whose clause states a cost of damage ("Last year, the 20 largest
    climate-related disasters ... racked up more than $150 billion in damages", "were
    estimated to cost the United States at least $141 billion in 2021"): the year's
    toll, a figure added up over the year, not a happening."""
    if when.precision != "year" or re.search(r"\bweek\b", when.expression, re.IGNORECASE):
        return False
    return bool(_COST.search(governed(plain(sentence), start, len(when.expression))))


def plain(sentence: str) -> str:
    """The sentence with its web links' brackets read through, same length ("[$190](https://...)
    billion" is "$190 billion" and spaces)."""
    return _LINK.sub(lambda m: " " + m.group(1) + " " * (len(m.group()) - len(m.group(1)) - 1), sentence)


# A sum's period: the date closes a noun phrase headed by a sum of money in things
# ("building on more than $450 million in investments in renewable energy for rural
# communities last year", "drew more than $1 billion in revenue in 2008", "up from $2.39
# billion in the same period of 2009"), the sum the object of a preposition, no verb between
# the sum and the date: the amount over the period, a figure.
_VERB = r"(?:was|were|is|are|has|have|had|will|would|which|that|who|when|after|[a-z]+ed|said|told|held|met|made|took|gave)"
_SUM_PHRASE = re.compile(
    r"\b(?:on|of|with|from|to|upon|than)\s+(?:(?:more than|over|nearly|about|almost|some|roughly|an additional|another|"
    rf"a total of|at least)\s+)*{_SUM}[\d.,]*\s*(?:million|billion|trillion|bn|m)?\s+in\s+"
    rf"(?:(?!{_VERB}\b)[^\s.;,:—–()\[\]]+\s+)*?$",
    re.IGNORECASE,
)


def sum_period(sentence: str, when: PartialDate, start: int) -> bool:
    """A year or a month that closes a noun phrase of a sum in things, the object of a
    preposition ("building on more than $450 million in investments ... last year"):
    the period the sum adds up over, not a happening; a verb between the sum and the
    date makes the date its own ("invested more than $20m ... testified in Congress last
    week")."""
    if when.precision not in {"year", "month"}:
        return False
    return bool(_SUM_PHRASE.search(sentence[: max(start, 0)]))
