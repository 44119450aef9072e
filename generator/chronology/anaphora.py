"""Dates that refer back to the date last written ("On May 22, 1995, he was promoted,
and the following year ...", "Earlier that day", "later that year", "two days later"):
read from that date, not from the publication's.

The date they refer to is the one read last before them (see expressions.readings),
with no other temporal expression between: for "that year" or "the following month" at
most THAT_SENTENCES sentences back; for "two days later", in the same sentence (the one
before is often only when it was said: "Barnes said Wednesday ... a spill five months
later"). An expression finer than that date ("that day" after "in 1995") has nothing to
refer to and is not a date.
"""

from __future__ import annotations

import datetime as dt
import re

_COUNTS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
} | {"a": 1, "an": 1}
_UNIT = r"(?P<unit>year|month|day|morning|afternoon|evening|night)"
# "that year", "later that day", "the following month", "the same day", "the next morning".
_THAT = re.compile(
    rf"^(?:(?:earlier|later|early|late)\s+(?:in\s+|on\s+)?)?(?P<which>that|the same|the following|"
    rf"the next|the previous|the preceding)\s+{_UNIT}$",
    re.IGNORECASE,
)
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
    if (match := _THAT.match(core)) and back <= THAT_SENTENCES:
        unit = match.group("unit").lower()
        precision = unit if unit in _LENGTH else "day"  # "that morning": the day
        if match.group("which").lower() == "the next" and precision != "day":
            return None  # "over the next month": from the publication, a duration
        step = {"that": 0, "the same": 0, "the previous": -1, "the preceding": -1}.get(
            match.group("which").lower(), 1
        )
        return _shift(reference, precision, step)
    if (match := _LATER.match(core)) and back == 0:
        word = match.group("count").lower()
        count = int(word) if word.isdigit() else _COUNTS[word]
        unit = match.group("unit").lower().rstrip("s")
        if unit == "week":
            return _shift(reference, "day", 7 * count)
        return _shift(reference, unit, count)
    return None


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
