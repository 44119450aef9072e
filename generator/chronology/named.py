"""Days and years known by name, without the numbers of a date: holidays ("Thanksgiving",
"Christmas", "Fourth of July"), and years written in words ("nineteen ninety-six",
"the year two thousand"). Calendar facts, the same for every story."""

from __future__ import annotations

import calendar
import datetime as dt
import re

# Well-known named days: fixed dates, and US holidays fixed by rule (nth weekday of a
# month, -1 the last). The year: as for any day written without one.
_FIXED_DAYS = {
    "new year's day": (1, 1),
    "valentine's day": (2, 14),
    "independence day": (7, 4),
    "fourth of july": (7, 4),
    "july fourth": (7, 4),
    "halloween": (10, 31),
    "veterans day": (11, 11),
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "new year's eve": (12, 31),
    "juneteenth": (6, 19),
}
_RULE_DAYS = {  # name: (month, weekday, nth)
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
    "memorial day": (5, 0, -1),
    "labor day": (9, 0, 1),
    "martin luther king day": (1, 0, 3),
    "martin luther king jr. day": (1, 0, 3),
    "presidents' day": (2, 0, 3),
    "presidents day": (2, 0, 3),
}
# US Election Day: the Tuesday after the first Monday of November.
_ELECTION_DAY = frozenset({"election day"})


def holiday(name: str, year: int) -> dt.date | None:
    """The day of the holiday called `name` in `year` (None: not a known holiday)."""
    key = re.sub(r"^(?:the\s+)?|\s+", " ", name.lower().replace("’", "'")).strip()
    if key in _FIXED_DAYS:
        month, day = _FIXED_DAYS[key]
        return dt.date(year, month, day)
    if key in _ELECTION_DAY:
        first_monday = next(
            dt.date(year, 11, d) for d in range(1, 8) if dt.date(year, 11, d).weekday() == 0
        )
        return first_monday + dt.timedelta(days=1)
    if key not in _RULE_DAYS:
        return None
    month, weekday, nth = _RULE_DAYS[key]
    days = [
        dt.date(year, month, d)
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if dt.date(year, month, d).weekday() == weekday
    ]
    return days[nth - 1] if nth > 0 else days[nth]


_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def spelled_year(core: str) -> str | None:
    """A year written in words: "nineteen ninety-six", "two thousand and one", "twenty
    twenty-two", "the year two thousand"."""
    words = re.sub(r"^(?:the\s+)?(?:year\s+)?", "", core.lower()).replace("-", " ").split()
    words = [w for w in words if w != "and"]
    if words[:2] == ["two", "thousand"]:
        rest = _below_100(words[2:])
        year = 2000 + rest if rest is not None else None
    elif len(words) >= 2 and words[0] in ("nineteen", "twenty") and words[1] != "thousand":
        rest = _below_100(words[1:])
        century = 1900 if words[0] == "nineteen" else 2000
        year = century + rest if rest is not None and rest >= 10 else None
    else:
        year = None
    return f"{year:04d}" if year is not None else None


def _below_100(words: list[str]) -> int | None:
    """ "ninety six" -> 96, "eleven" -> 11, nothing -> 0; None if not such a number."""
    if not words:
        return 0
    if len(words) == 1 and words[0] in _TEENS:
        return 10 + _TEENS.index(words[0])
    if len(words) == 1 and words[0] in _UNITS:
        return _UNITS.index(words[0]) + 1
    if words[0] in _TENS and len(words) <= 2:
        tail = words[1:]
        if tail and tail[0] not in _UNITS:
            return None
        return 20 + 10 * _TENS.index(words[0]) + (_UNITS.index(tail[0]) + 1 if tail else 0)
    return None
