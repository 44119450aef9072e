"""Days counted from a day by a span: "one week from today", "a year from now", "two
weeks ago"; and how precise such a count is.

A span counted forward from a named day ("one week from today", "three days from
Friday") is that many days after it, to the day: spaCy often splits it into a duration
("one week", not a point in time) and the day ("today"), so the day's expression takes
the count written just before it (counted_expression). Counted from "now", or back with
"ago" by someone speaking ("two weeks ago, I went to Pittsburgh"), a count of weeks,
months or years is a round figure: not the day it lands on but the month (or year)
around it (approximate). Written news counts weeks back from its dateline to the day
("two weeks ago" in a wire story of 22 March 1998: 8 March).
"""

from __future__ import annotations

import datetime as dt
import re

from .years import WEEKDAYS, count_of

_COUNT = r"\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_UNIT = r"days?|weeks?|months?|years?"
_ANCHOR = r"now|today|tonight|tomorrow|yesterday|" + "|".join(WEEKDAYS)
# The words written before a day's expression that count from it ("one week from today");
# not after "for", which makes the count a duration that begins on the day ("closed for a
# week from yesterday", "to shut for 14 days from Friday").
_BEFORE_ANCHOR = re.compile(
    rf"(?<!\bfor )\b(?P<count>{_COUNT})\s+(?P<unit>{_UNIT})\s+from\s+$", re.IGNORECASE
)
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
# A duration's span followed by "from now" (spaCy leaves "now" out of the span).
_SPAN = re.compile(rf"^(?P<count>{_COUNT})\s+(?P<unit>{_UNIT})$", re.IGNORECASE)
_FROM_NOW_AFTER = re.compile(r"\s+from\s+now\b", re.IGNORECASE)
# The whole expression, as read (see dates._resolve).
COUNTED_FROM = re.compile(
    rf"^(?P<count>{_COUNT})\s+(?P<unit>{_UNIT})\s+from\s+(?P<anchor>{_ANCHOR})$", re.IGNORECASE
)
_WEEKS_AGO = re.compile(rf"\b(?:{_COUNT})\s+weeks?\s+(?:or so\s+)?ago$", re.IGNORECASE)
# A day named after the count makes it exact ("the assault we witnessed two weeks ago
# today", "a week ago on Tuesday").
_EXACT_AFTER = re.compile(rf"\s+(?:on\s+)?(?:today|tonight|yesterday|{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)
# A week either side of the day a count of weeks lands on is as likely: its half.
_HALF_WEEK = 3


def counted_expression(sentence: str, text: str, start: int, expression: str) -> str:
    """`expression` (the span `text` at `start` of `sentence`, with the words before it
    that belong to it) with the count that says how far from it the date is: "today"
    after "one week from " -> "one week from today"; "one week" before " from now" ->
    "one week from now". Otherwise `expression` unchanged."""
    clean = text.strip()
    if re.fullmatch(_ANCHOR, clean, re.IGNORECASE):
        before = _BEFORE_ANCHOR.search(sentence, 0, start)
        if before is not None:
            return f"{before.group('count')} {before.group('unit')} from {clean}"
    elif (
        _SPAN.match(clean)
        and _FROM_NOW_AFTER.match(sentence, start + len(text))
        and not _FOR_BEFORE.search(sentence, 0, start)
    ):
        return f"{clean} from now"
    return expression


def duration_from(sentence: str, text: str, start: int) -> bool:
    """ "for a week from now": a duration that begins on the day, not a point in time."""
    return bool(COUNTED_FROM.match(text.strip())) and bool(_FOR_BEFORE.search(sentence, 0, start))


def forward(match: re.Match[str], anchor: dt.date, exact: bool) -> tuple[str, str] | None:
    """The date `match` (COUNTED_FROM) names, counted from the day `anchor`: to the day
    when `exact` (counted from a named day), else as approximate() says."""
    n = count_of(match.group("count").lower())
    if n is None:
        return None
    return shifted(anchor, n, match.group("unit").lower(), exact)


def shifted(anchor: dt.date, n: int, unit: str, exact: bool) -> tuple[str, str] | None:
    """`anchor` moved by `n` (negative: back) days, weeks, months or years; when not
    `exact`, as precise as a round count is (see approximate)."""
    if unit.startswith(("day", "week")):
        days = n * 7 if unit.startswith("week") else n
        day = anchor + dt.timedelta(days=days)
        if exact or unit.startswith("day"):
            return day.isoformat(), "day"
        return approximate(day)
    months = n * 12 if unit.startswith("year") else n
    index = anchor.year * 12 + anchor.month - 1 + months
    year, month = index // 12, index % 12 + 1
    if exact:
        try:
            return dt.date(year, month, anchor.day).isoformat(), "day"
        except ValueError:  # 31 March + one month
            return f"{year:04d}-{month:02d}", "month"
    if unit.startswith("year"):
        return f"{year:04d}", "year"
    return f"{year:04d}-{month:02d}", "month"


def approximate(day: dt.date) -> tuple[str, str]:
    """A day a round count of weeks lands on: the month that holds the days half a week
    either side of it, else the year that does."""
    first, last = day - dt.timedelta(days=_HALF_WEEK), day + dt.timedelta(days=_HALF_WEEK)
    if (first.year, first.month) == (last.year, last.month):
        return f"{day.year:04d}-{day.month:02d}", "month"
    return f"{day.year:04d}", "year"


def round_weeks(expression: str, after: str) -> bool:
    """Weeks counted back (`expression`, read by the rule "ago"): a round figure, not a
    count of days ("Two weeks ago, I went to Pittsburgh", said on 8 February of a visit on
    28 January; "the gear that is believed to have failed two weeks ago", written on 6
    May of a failure on 20 April); not with the day named after it (`after`: "two weeks
    ago today"). Said by a speaker, it is read as the month around the day (approximate).
    Written, it keeps the count's day as its value (TimeML reads "two weeks ago" and "a
    week or so ago" to the day; reading them by the month cost T17 a day the count happened
    to hit, bpoil_guardian 0.706 -> 0.696), but the chronology shows it by the month
    around it (PartialDate.round_count, claimed.py)."""
    return bool(_WEEKS_AGO.search(expression)) and not _EXACT_AFTER.match(after)


def round_reading(
    rule: str, date: str, precision: str, expression: str, spoken: bool, after: str
) -> tuple[str, str, bool]:
    """(date, precision, whether the chronology shows it by its month) of a reading by
    `rule`: weeks counted back (round_weeks) said by a speaker are read as the month
    around the day; written, they keep the day, shown by its month (claimed.py)."""
    if rule != "ago" or precision != "day" or not round_weeks(expression, after):
        return date, precision, False
    if spoken:
        return (*approximate(dt.date.fromisoformat(date)), False)
    return date, precision, True
