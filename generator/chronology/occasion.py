"""The day a transcript was spoken, when its head says so and it is not the publication
day: "Via Teleconference (July 18, 2022)" heads a call published on 19 July. What is
said in it ("today", "tomorrow", "on Tuesday") is read against the day it was said."""

from __future__ import annotations

import datetime as dt
import re

from ..model import Document
from .years import MONTHS

# How far into the text the head may go, in characters (title, place, time).
HEAD_CHARS = 600
# How many days before the publication the occasion may be: a call or a briefing
# released the next day or a few days later; an older date in the head is something else.
OCCASION_DAYS = 7
_MONTH = "|".join(sorted((m for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True))
# A date alone on its line in brackets, or after the place ("Via Teleconference (July
# 18, 2022)"): the head of a transcript says where and when it was held.
_HELD = re.compile(
    rf"^[^\S\n]*(?:[A-Z][\w.,' -]{{0,60}}?[^\S\n]*)?\([^\S\n]*(?P<month>{_MONTH})[^\S\n]+(?P<day>\d{{1,2}}),[^\S\n]*"
    r"(?P<year>\d{4})[^\S\n]*\)[^\S\n]*$",
    re.IGNORECASE | re.MULTILINE,
)


def spoken_on(document: Document) -> str:
    """The day the document was said (ISO), by its head; else its publication date."""
    head = document.text[: document.turns[0].start if document.turns else HEAD_CHARS][:HEAD_CHARS]
    match = _HELD.search(head)
    if match is None:
        return document.date
    try:
        held = dt.date(int(match.group("year")), MONTHS[match.group("month").lower()], int(match.group("day")))
    except ValueError:
        return document.date
    days = (dt.date.fromisoformat(document.date) - held).days
    return held.isoformat() if 0 < days <= OCCASION_DAYS else document.date
