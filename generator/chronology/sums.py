"""What is not a happening, in a year's spending: the rule of not_a_happening
(happenings.py) that finds a year is the period a sum was spent over ("In 2009, the
company spent nearly $16m on lobbying the federal government", "State and local
grantees obligated over $25 billion in ERA in 2021", "VA delivered $128 billion in
earned benefits to 6.1 million veterans and survivors during 2022"). A flow of money
through a year adds up to the year's total, a figure; levels.period_total reads a count
of things so (meals served, people hired). A single payment or pledge known to its year
stays a happening ("In 2003 it paid $1.3 billion for the giant Forties field", "my
Administration committed nearly $13 billion in humanitarian funding last year"): "pay",
"commit" and "provide" name one act as well as a flow, so they are not read here.
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


def year_spending(sentence: str, when: PartialDate, start: int) -> bool:
    """A year (not a month, not a day) whose clause spends a sum ("In 2009, the company
    spent nearly $16m on lobbying"): the year's total spent, not a happening."""
    if when.precision != "year":
        return False
    return bool(_SPENT.search(governed(sentence, start, len(when.expression))))
