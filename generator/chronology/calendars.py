"""Dates of calendars other than the Gregorian, as papers that use them write them: the
Ethiopian calendar's ("Tir 23, 2018 E.C.", "in Tahsas 2013 E.C.", "the 2018 EFY
budget") converted to the Gregorian; a year with the letters of another era after it
("1447 AH", "2082 BS", lexicon/calendar_eras.txt; "the 2017 Ethiopian fiscal year") is
no Gregorian year, and not dated.

The Ethiopian year has twelve months of thirty days and a thirteenth of five or six;
its first day, 1 Meskerem, is 11 September (12 September before a Gregorian leap
year), seven or eight years after the Gregorian count: 1 Meskerem 2018 is 11 September
2025. A year alone spans two Gregorian ones, and a fiscal year ("EFY", from 1 Hamle,
early July) too: neither is dated. A month is dated by the Gregorian month that holds
its middle (Tahsas 2013, 10 December 2020 to 8 January 2021: December 2020).
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lexicon

ERAS = lexicon.pairs("calendar_eras")  # "EC" -> "ethiopian"
ETHIOPIAN_MONTHS = {name: int(number) for name, number in lexicon.pairs("ethiopian_months").items()}
# (Reingold and Dershowitz, Calendrical Calculations: the day before 1 Meskerem of year 1,
# counted as Python's date.toordinal counts)
_ETHIOPIAN_EPOCH = 2795

_ERA = r"(?:" + "|".join(r"\.?\s?".join(letters) + r"\.?" for letters in sorted(ERAS)) + r")"
# The letters after the year, perhaps in brackets, perhaps after a second year ("in
# 2015 and 2016 E.C.", "2013 [E.C.]").
# Two letters without dots are an era's only before no word in lower case ("2019 EC
# officials": the European Commission's).
_ERA_AFTER = re.compile(
    rf"(?:\s*(?:,|and|or|to|-|–)\s*\d{{4}})?\s*[\[(]?\s*(?:(?P<era>{_ERA})(?![\w])"
    r"(?:(?<=\.)|(?<=\w\w\w)|(?!\s+[a-z]))"
    r"|Ethiopian\s+(?P<spelled>calendar|fiscal\s+year))"
)
_MONTH = lexicon.alternation(ETHIOPIAN_MONTHS)
# An Ethiopian month, perhaps its day, right before the year: "Tir 23, 2018", "Tahsas 2013"
_MONTH_BEFORE = re.compile(rf"\b(?P<month>{_MONTH})\s+(?:(?P<day>\d{{1,2}}),?\s+)?$")

Reading = tuple[tuple[str, str] | None, str, int]  # ((date, precision) or None, rule, start)


def other_calendar(sentence: str, start: int, end: int) -> Reading | None:
    """The reading of the year at sentence[start:end] when it is of another calendar:
    an Ethiopian day or month converted to the Gregorian, with where the date's words
    start (the month's name); None as the date for a year alone, or a year of another
    era. None when the year is a Gregorian one (no era's letters after it, no Ethiopian
    month before it)."""
    year = re.search(r"\d{4}$", sentence[start:end])
    if year is None:
        return None
    era = _ERA_AFTER.match(sentence, end)
    calendar = None
    if era is not None and era.group("era"):
        calendar = ERAS[re.sub(r"[.\s]", "", era.group("era"))]
    elif era is not None:  # "in the 2017 Ethiopian fiscal year"
        calendar = "ethiopian" if era.group("spelled") == "calendar" else "ethiopian fiscal"
    month = _MONTH_BEFORE.search(sentence, max(0, start + year.start() - 24), start + year.start())
    if month is None and calendar is None:
        return None
    if calendar is not None and not calendar.startswith("ethiopian"):
        return None, f"a year of the {calendar} calendar", start
    if month is None or calendar == "ethiopian fiscal":
        return None, "a year of the Ethiopian calendar", start
    number = ETHIOPIAN_MONTHS[month.group("month")]
    written = int(year.group())
    day = month.group("day")
    if day is not None:
        if not 1 <= int(day) <= (30 if number < 13 else 6):
            return None, "no such Ethiopian day", start
        return (_ethiopian(written, number, int(day)).isoformat(), "day"), "Ethiopian day", month.start()
    middle = _ethiopian(written, number, 15 if number < 13 else 3)
    return (f"{middle.year:04d}-{middle.month:02d}", "month"), "Ethiopian month", month.start()


def _ethiopian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of an Ethiopian one."""
    return dt.date.fromordinal(_ETHIOPIAN_EPOCH + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day)
