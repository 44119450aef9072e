"""Dates that refer back to the date last written ("On May 22, 1995, he was promoted,
and the following year ...", "Earlier that day", "later that year", "two days later"):
read from that date, not from the publication's. "That" points back whatever
adjectives stand before its noun ("that awful year", "that same day"); a season or a
month of that year ("that spring", "the summer of the same year", "that July") is in that
year (winter, which
straddles two years, is not read so); a month or day "of that year" ("In June of that
awful year") takes that year (of_that_year).

The date they refer to is the one read last before them (see expressions.readings),
with no other temporal expression between: for "that year" or "the following month" at
most THAT_SENTENCES sentences back; for "two days later", in the same sentence (the one
before is often only when it was said: "Barnes said Wednesday ... a spill five months
later"). An expression finer than that date ("that day" after "in 1995") has nothing to
refer to and is not a date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

_COUNTS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
} | {"a": 1, "an": 1}
_UNIT = r"(?P<unit>year|month|day|morning|afternoon|evening|night)"
# Adjectives between a demonstrative and its noun ("that awful year", "that same day",
# "that very morning"): at most two words in lower case; not one that counts from the
# publication or is a unit itself ("that next year").
_ADJECTIVES = r"(?:(?!(?:next|last|this|past|coming|following|previous|year|month|day)\b)[a-z]+\s+){0,2}"
_LATER_IN = r"(?:(?:earlier|later|early|late)\s+(?:in\s+|on\s+)?)?"
# "that year", "later that day", "the following month", "the same day", "the next morning".
_THAT = re.compile(
    rf"^{_LATER_IN}(?:(?P<which>the same|the following|the next|the previous|the preceding)\s+"
    rf"|(?P<that>that|the same)\s+{_ADJECTIVES}){_UNIT}$",
    re.IGNORECASE,
)
# A season of the year referred to ("that spring", "in the summer of that year", "the
# autumn of the same year"): the year. Not winter: it straddles two years.
_SEASON = r"(?:spring|summer|autumn|fall)"
_THAT_SEASON = re.compile(
    rf"^{_LATER_IN}(?:(?:that|the same)\s+{_ADJECTIVES}{_SEASON}"
    rf"|(?:the\s+)?{_SEASON}\s+of\s+(?:that|the same)\s+{_ADJECTIVES}year)$",
    re.IGNORECASE,
)
# "of that year" after a month or a day ("June of that awful year", "on May 5 of the same
# year"), in its span or written right after it: see of_that_year.
OF_THAT_YEAR = re.compile(rf"\s+of\s+(?:that|the same)\s+{_ADJECTIVES}year\b", re.IGNORECASE)
# The rule's words when a month or day takes the year referred to.
OF_THAT_YEAR_RULE = "of the year referred to"
# "two days later", "a year later", "three months after".
_LATER = re.compile(
    r"^(?P<count>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+(?P<unit>years?|months?|weeks?|days?)\s+(?:later|after(?:wards?)?)$",
    re.IGNORECASE,
)
_LENGTH = {"year": 4, "month": 7, "day": 10}
THAT_SENTENCES = 3


def refers_back(core: str, reference: str | None, back: int = 0) -> tuple[str, str] | None:
    """(date, precision) of an expression that refers back to `reference` (a partial ISO
    date, written `back` sentences before), or None when it is not such an expression,
    `reference` is too far or too coarse."""
    if reference is None:
        return None
    if _THAT_SEASON.match(core) and back <= THAT_SENTENCES:
        return _shift(reference, "year", 0)
    if (match := _THAT_MONTH.match(core)) and back <= THAT_SENTENCES:
        # ("in the spring of 2024 ... that July": July 2024)
        month = _MONTH_NUMBERS[match.group("month").lower().rstrip(".")[:3]]
        year = _shift(reference, "year", 0)
        return (f"{year[0]}-{month:02d}", "month") if year else None
    if (match := _THAT.match(core)) and back <= THAT_SENTENCES:
        unit = match.group("unit").lower()
        precision = unit if unit in _LENGTH else "day"  # "that morning": the day
        which = (match.group("which") or match.group("that")).lower()
        if which == "the next" and precision != "day":
            return None  # "over the next month": from the publication, a duration
        step = {"that": 0, "the same": 0, "the previous": -1, "the preceding": -1}.get(which, 1)
        return _shift(reference, precision, step)
    if (match := _LATER.match(core)) and back == 0:
        word = match.group("count").lower()
        count = int(word) if word.isdigit() else _COUNTS[word]
        unit = match.group("unit").lower().rstrip("s")
        if unit == "week":
            return _shift(reference, "day", 7 * count)
        return _shift(reference, unit, count)
    return None


# A month of the year referred to ("that July", "later that same March").
_THAT_MONTH = re.compile(
    rf"^{_LATER_IN}(?:that|the same)\s+{_ADJECTIVES}(?P<month>{'|'.join(calendar.month_name[1:])})$",
    re.IGNORECASE,
)
_MONTH_NUMBERS = {calendar.month_name[i][:3].lower(): i for i in range(1, 13)}


def _shift(reference: str, precision: str, step: int) -> tuple[str, str] | None:
    """`reference` at `precision`, moved by `step` of that unit; None if it is coarser."""
    if len(reference) < _LENGTH[precision]:
        return None
    if precision == "year":
        return f"{int(reference[:4]) + step:04d}", "year"
    if precision == "month":
        index = int(reference[:4]) * 12 + int(reference[5:7]) - 1 + step
        return f"{index // 12:04d}-{index % 12 + 1:02d}", "month"
    day = dt.date.fromisoformat(reference) + dt.timedelta(days=step)
    return day.isoformat(), "day"


# A month, or a month and day, and the words before it that do not change it: what "of
# that year" after it gives a year to ("In June", "on May 5", "the 5th of May").
_MONTH_NAMES = "|".join(
    sorted({m.lower() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:], "sept")}, key=len, reverse=True)
)
_A_MONTH = re.compile(
    rf"^(?:(?:in|on|by|since|until|from|during|early|late|mid|the)[\s-]+)*"
    rf"(?:(?:{_MONTH_NAMES})\.?(?:\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAMES})\.?)$",
    re.IGNORECASE,
)


def of_that_year_written(expression: str, sentence: str | None, end: int) -> tuple[str, bool]:
    """(`expression` without a closing "of that year", whether "of that year" goes with
    it: in its span after a month or a day ("June of that year": June, of that year; not
    "the summer of that year", which refers_back reads), or written right after it in
    `sentence` (the span ending at `end`)."""
    that_year = OF_THAT_YEAR.search(expression)
    if that_year is not None and that_year.end() == len(expression):
        if _A_MONTH.match(expression[: that_year.start()].strip()):
            return expression[: that_year.start()], True
        return expression, False
    return expression, sentence is not None and OF_THAT_YEAR.match(sentence, end) is not None


def of_that_year(date: str, reference: str | None, back: int) -> str | None:
    """A month or day (`date`, read without its year) written "of that year" ("In June
    of that awful year", after "a heroic 1918 figure"): in the year of `reference`, the
    date written `back` sentences before (at most THAT_SENTENCES); None when there is
    none."""
    if reference is None or back > THAT_SENTENCES or len(date) < _LENGTH["month"]:
        return None
    return f"{reference[:4]}{date[4:]}"
