"""What the chronology claims of a date: no finer than the text gives.

A date read from a round count of weeks ("the gear that is believed to have failed two
weeks ago", in an article of 6 May 2010) keeps the day the count lands on (22 April) as
its value: TimeML reads it so, and the key dates count that day as a reference. But a
reader takes a day shown in the chronology as a fact, and the text says only "about two
weeks": the event is shown at the month around that day (April 2010; the year when that
half-week straddles two months), as counted.approximate reads a speaker's count.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from .counted import approximate
from .dates import PartialDate, short_date


def as_claimed(when: PartialDate) -> PartialDate:
    """`when` as the chronology shows it: a round count's date at the month (or year)
    around the day it lands on, its explanation saying so; any other date unchanged."""
    if not when.round_count or when.precision != "day":
        return when
    day = dt.date.fromisoformat(when.date)
    date, precision = approximate(day)
    explanation = f"{when.explanation} (a round count: about {short_date(day)})"
    return replace(when, date=date, precision=precision, explanation=explanation, round_count=False)
