"""The day each part of a document is told from: what "today", a weekday, "yesterday",
"last week" or a date without its year are read against.

A page may hold several stories or posts, each told on its own day: a wire compilation
("HOUSTON, April 29 (Reuters) - ..." in the middle of a page dated 14 May), a blog's
archive ("May 10, 2010 20:07 UTC With BP's spilled oil ..." on a page of 1 June), a
live blog of the day before ("All Thursday's live updates as they happened" on a page of
Friday). Such a header re-anchors the text after it, until the next one (RULES):

    dateline     a city in capitals, a date and the agency ("HOUSTON, April 29 (Reuters) -")
    wire header  "OTTAWA | Thu May 13, 2010 3:28 pm EDT"
    post header  a date with its year and a clock time ("May 10, 2010 20:07 UTC", "Fergus
                 Walsh | 18:17 UK time, Tuesday, 16 June 2009")
    live blog    a weekday as the possessive of the blog's updates ("All Thursday's live
                 updates as they happened"): the blog's day, not an event's
    cited date   a paragraph ending with its source and date in brackets ("[[Tweet](...),
                 3/1/22]"), on pages collecting reactions: that paragraph, or the
                 quotation it ends from the paragraph that names its speaker
                 (quotations.py)
    tweet day    a paragraph quoting a post under a name in bold, its date not written:
                 the day the post's link tells (tweets.py), that paragraph alone

A dateline with no date ("HOUSTON (Reuters) --") opens a story of its own whose day is
not written: back to the page's. A header counts only when its day is no later than the
page's (a list of later posts, readers' timestamps) and at most ANCHOR_DAYS before it.
The datelines, wire headers and timestamps are those ingest/datelines.py marks.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from ..model import Document
from .quotations import quotation_start
from .tweets import TWEET_DAY, quoted_tweets
from .years import MONTHS, WEEKDAYS

# How far before the page's date a header may re-anchor, in days: a blog's archive page
# (bpoil_reuters: posts from 155 to 216 days before the page) holds posts of many months;
# an older date is more likely something else than a header of this page.
ANCHOR_DAYS = 366
# The kinds of ingest/datelines.py's marks that may carry the day a passage was told on.
_HEADER_KINDS = {
    "dateline": "dateline",
    "wire header": "wire header",
    "timestamp": "post header",
    "byline": "post header",  # a blog post's byline: "Susan Watts | 18:00 UK time, ..."
}
_MONTH = "|".join(sorted((m for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True))
_MONTH_ABBR = "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
_MONTH_RE = rf"(?P<month>{_MONTH}|(?:{_MONTH_ABBR})\.?)"
_WEEKDAY_RE = "|".join(WEEKDAYS)
# "April 29", "May 13, 2010", "25 April 2009", "1 may, 2009", "2009 06 24"
_DATES = (
    re.compile(
        rf"\b{_MONTH_RE}\s+(?P<day>\d{{1,2}})(?!\d)(?:,?\s+(?P<year>(?:19|20)\d{{2}})\b)?", re.I
    ),
    re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH_RE},?\s+(?P<year>(?:19|20)\d{{2}})\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d{2}) (?P<number>\d{2}) (?P<day>\d{2})\b"),
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_CLOCK = re.compile(
    r"\b(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:\s?(?P<half>[ap])\.?m\b\.?)?", re.I
)
# "All Thursday's live updates as they happened", "Wednesday's live blog", "Monday's
# events as they happened": the day of the live blog the page holds.
_LIVE_BLOG = re.compile(
    rf"\b(?P<weekday>{_WEEKDAY_RE})['’]s\s+(?:(?:live\s+(?:updates|blog|coverage))\b"
    r"|(?:events|updates|coverage)\s+as\s+(?:it|they)\s+happened\b)",
    re.I,
)
# A line of a transcript's head that is only its clock time ("1:53 P.M. EDT").
_HEAD_CLOCK = re.compile(
    r"^[^\S\n]*\d{1,2}:\d{2}[^\S\n]*[AaPp]\.?[Mm]\.?(?:[^\S\n]+[A-Z]{2,4})?[^\S\n]*$", re.M
)
HEAD_CHARS = 600
LIVE_BLOG = "live blog"


@dataclass(frozen=True, slots=True)
class Anchor:
    """From `start` in the text on, the passage is told on `date` (ISO), at `clock`
    minutes past midnight when the header says; `rule` names the header (None: the
    page's own date); `label` is the span of a live blog's label (its weekday dates no
    event)."""

    start: int
    date: str
    rule: str | None = None
    clock: int | None = None
    header: str = ""
    label: tuple[int, int] | None = None


class Told:
    """The anchors of one document, in text order, looked up by offset."""

    def __init__(self, anchors: list[Anchor]) -> None:
        self.anchors = anchors
        self._starts = [a.start for a in anchors]

    @property
    def page(self) -> Anchor:
        """The page's own day (or the day the transcript was spoken)."""
        return self.anchors[0]

    def at(self, offset: int) -> Anchor:
        """The anchor the text at `offset` is told from."""
        return self.anchors[max(bisect.bisect_right(self._starts, offset) - 1, 0)]

    def in_label(self, start: int, end: int) -> bool:
        """Is the text from `start` to `end` inside a live blog's label?"""
        return any(a.label and a.label[0] <= start and end <= a.label[1] for a in self.anchors)


def told(document: Document, said: str) -> Told:
    """Where each passage of `document` is told from: `said` (the day the page was
    published or the transcript spoken, see occasion.spoken_on) until a header
    re-anchors it (see the module docstring)."""
    base = Anchor(0, said, clock=_head_clock(document))
    found = [base]
    for start, end, kind in document.skipped:
        rule = _HEADER_KINDS.get(kind)
        if rule is None:
            continue
        header = document.text[start:end]
        day = _header_day(header, document.date)
        if day is None:
            if kind == "dateline" and found[-1].rule is not None:
                found.append(Anchor(start, said, clock=None))  # a story of its own, undated
            continue
        if rule == "post header" and not (_clock(header) and _YEAR.search(header)):
            continue  # a byline or stamp without its year and time is no post's header
        if _near(day, document.date):
            found.append(Anchor(start, day, rule, _clock(header), " ".join(header.split())))
    for match in _LIVE_BLOG.finditer(document.text):
        if document.is_skipped(match.start(), match.end()):
            continue
        day = _weekday_on_or_before(match.group("weekday"), document.date)
        found.append(
            Anchor(
                match.start(), day, LIVE_BLOG, None, match.group(0), (match.start(), match.end())
            )
        )
    found.sort(key=lambda a: a.start)
    return Told(_cited_paragraphs(document, found))


# A paragraph that ends with its source and date in brackets, as pages collecting
# reactions quote them ("... #SOTU” [[Tweet](https://...), 3/1/22]", "[Statement, 3/2/22]").
_CITED = re.compile(
    r",\s*(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{2}|\d{4})\s*\][^\S\n]*$", re.M
)
CITED = "cited date"


def _cited_paragraphs(document: Document, found: list[Anchor]) -> list[Anchor]:
    """`found` with each paragraph that ends with its own date cited re-anchored to that
    date, from its first character (its quotation's, when that opens paragraphs before:
    quotations.py) to its end, and the anchor in force before it again
    after it: the quote was told on the day it cites ("Tonight" in a tweet of 3/1/22 on a
    page of 3/3/22 is the night of 3/1)."""
    text = document.text
    headers = Told(found)
    cited: list[Anchor] = []
    for match in _CITED.finditer(text):
        year = int(match.group("year"))
        try:
            day = dt.date(
                year + 2000 if year < 100 else year,
                int(match.group("month")),
                int(match.group("day")),
            )
        except ValueError:
            continue
        if not _near(day.isoformat(), document.date):
            continue
        begin = quotation_start(text, text.rfind("\n", 0, match.start()) + 1)
        before = headers.at(begin)
        cited.append(Anchor(begin, day.isoformat(), CITED, None, match.group(0).strip(" ,]")))
        cited.append(Anchor(match.end(), before.date, before.rule, before.clock, before.header))
    dated = {a.start for a in cited}
    for begin, end, posted, link in quoted_tweets(text):  # a tweet's day from its link alone
        if begin in dated or not _near(posted.isoformat(), document.date):
            continue
        before = headers.at(begin)
        cited.append(Anchor(begin, posted.isoformat(), TWEET_DAY, None, link))
        cited.append(Anchor(end, before.date, before.rule, before.clock, before.header))
    if not cited:
        return found
    return sorted(found + cited, key=lambda a: a.start)


def _header_day(header: str, published: str) -> str | None:
    """The day a header writes (ISO), its year from the page's when not written: the
    latest such day no later than the page's."""
    for pattern in _DATES:
        match = pattern.search(header)
        if match is None:
            continue
        groups = match.groupdict()
        month = (
            int(groups["number"])
            if groups.get("number")
            else MONTHS[match.group("month").lower().rstrip(".")]
        )
        page = dt.date.fromisoformat(published)
        year = int(match.group("year")) if match.group("year") else page.year
        try:
            day = dt.date(year, month, int(match.group("day")))
            if not match.group("year") and day > page:
                day = dt.date(year - 1, month, int(match.group("day")))
        except ValueError:
            return None
        return day.isoformat()
    return None


def _near(day: str, published: str) -> bool:
    """A header's day that may be this page's: not after it, at most ANCHOR_DAYS before."""
    days = (dt.date.fromisoformat(published) - dt.date.fromisoformat(day)).days
    return 0 <= days <= ANCHOR_DAYS


def _clock(text: str) -> int | None:
    """Minutes past midnight of the first clock time in `text` ("3:28 pm", "22.09")."""
    match = _CLOCK.search(text)
    if match is None:
        return None
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    half = (match.group("half") or "").lower()
    if half == "p" and hour < 12:
        hour += 12
    elif half == "a" and hour == 12:
        hour = 0
    return hour * 60 + minute if hour < 24 and minute < 60 else None


def _head_clock(document: Document) -> int | None:
    """The clock time a transcript's head gives on a line of its own ("1:53 P.M. EDT")."""
    match = _HEAD_CLOCK.search(document.text[:HEAD_CHARS])
    return _clock(match.group(0)) if match else None


def _weekday_on_or_before(weekday: str, published: str) -> str:
    """The latest day no later than `published` that is `weekday`."""
    page = dt.date.fromisoformat(published)
    back = (page.weekday() - WEEKDAYS[weekday.lower()]) % 7
    return (page - dt.timedelta(days=back)).isoformat()
