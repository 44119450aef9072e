"""Temporal expressions -> partial dates, resolved against the document's date.

A date is a partial ISO string with a precision ("2017" year, "2022-03" month,
"2021-12-07" day), never finer than the text gives. Our own rules come first (bare
years, this/last/next year or month, weekdays, month names, today/tonight), then
dateparser's DateDataParser, which reports the precision it parsed. Durations, counts,
frequencies and ages ("90 minutes", "five years", "monthly", "63-year-old") are not dates.

Whether a day written without a year is before or after the publication: tense.py; the
day itself (which year, which weekday, counted back from the publication): years.py.
"That year", "the following month", "two days later", read from the date before:
anaphora.py.
dateparser, deterministic and offline, and its answers kept between builds: answers.py.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from . import answers, years
from .anaphora import OF_THAT_YEAR_RULE, of_that_year, of_that_year_written, refers_back
from .calendars import other_calendar
from .corrections import corrected
from .counted import (
    COUNTED_FROM,
    counted_expression,
    duration_from,
    forward,
    round_reading,
)
from .named import spelled_year
from .tense import Tense, infinitive_after_past, rescheduled, tense_of
from .years import MONTHS, WEEKDAYS

PRECISIONS = ("year", "month", "day")
MIN_YEAR = "1800"  # earlier four-digit numbers in news text are rarely years
# Nor are numbers more than this many years after the publication ("3502", "7776").
MAX_YEARS_AHEAD = 100
FIGURES_YEARS_AHEAD = 10  # a day in figures, year first, is no further ahead (_iso_date)
# Words after which a four-digit number is a name or a number, not a year.
_NOT_YEAR_BEFORE = frozenset(
    {
        "disease",
        "flight",
        "form",
        "no",
        "number",
        "section",
        "sec",
        "route",
        "highway",
        "h.r",
        "s",
        "room",
        "suite",
        "covid",
        "resolution",
        "code",
        "model",
        "unit",
        "pub.l",
        "fy",
    }
)
_LENGTH = {"year": 4, "month": 7, "day": 10}

_SHORT_MONTHS = [calendar.month_abbr[i] for i in range(13)]
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(WEEKDAYS)

# Words written before a date that belong to the expression ("In March", "since 2019",
# "this year's"): spaCy often leaves them out of its DATE span.
_LEADING = frozenset(
    {
        "in",
        "on",
        "since",
        "during",
        "until",
        "till",
        "by",
        "from",
        "this",
        "last",
        "next",
        "early",
        "late",
        "mid",
        "earlier",
        "later",
        "of",
        "past",
        "the",
    }
)
# Of those, the ones that qualify the date and stand after a preposition ("in early
# March", "since last year"), never before one.
_MODIFIERS = frozenset({"this", "last", "next", "early", "late", "mid", "earlier", "later", "past", "the"})
# Prepositions and qualifiers that do not change the date itself.
_PREFIX = re.compile(
    r"^(?:(?:in|on|since|during|until|till|by|from|of|as of|at|around|about|before|after|"
    r"starting|beginning|early|late|mid|the (?:end|beginning|start|middle) of|"
    r"(?:in )?the (?:early|small|wee) hours of|"
    r"(?:the )?(?:first|second|third|last|final) (?:[a-z]+ )?(?:half|quarter|quarters|"
    r"week|weeks|days|months) of)[\s-]+)+",
    re.IGNORECASE,
)
_NUMBER_WORDS = (
    r"(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty|a few|few|several|many|some|the past|the last|"
    r"the next|the coming|recent|the previous|the first|the second|the third|more than|"
    r"nearly|almost|about|over|another|a couple of|half an?|a half)"
)
# Durations, counts, frequencies, decades and ages: not points in time. "ago" turns a
# duration into a date, so it is excluded here.
_NOT_A_DATE = re.compile(
    rf"""^(?:
        (?:{_NUMBER_WORDS}[\s-]+)+(?:full[\s-]+|more[\s-]+|straight[\s-]+|consecutive[\s-]+)?
            (?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|
               centuries|century|quarters?|weekends?|terms?)\b(?!.*\b(?:ago|earlier)\b).*
      | (?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b.*
      | .*\b(?:daily|weekly|monthly|annual|annually|yearly|quarterly|biweekly)\b.*
      | .*\d+[\s-]*years?[\s-]*old\b.*|.*\baged?\b.*|.*\bage\s+\d.*
      | .*\b\d{{4}}s\b.*|.*'\d0s\b.*|.*\b(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b.*
      | .*\b\d{{4}}\s*[-–—/]\s*\d{{2,4}}\b.*|.*\bbetween\b.*
      | .*\bfiscal\b.*|.*\bFY\s*\d.*
      | (?:the\s+)?(?:past|coming|previous|recent)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?)\b.*
      | (?:next|last)\s+(?:\w+\s+)?(?:days|weeks|months|years|decades)\b.*
      | the\s+(?:next|last)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?)\b.*
      | .*\b(?:century|centuries|decade|decades|millennium)\b.*
      | (?:the\s+)?(?:day|week|month|year|days|weeks|months|years|time|times|era|period|season)
      | (?:now|currently|recently|once|today's|the\s+future|the\s+past|this\s+time|that\s+time|the\s+time)
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# The words that name the publication day itself (events.py tells events dated by them).
PUBLICATION_WORDS = r"today|tonight|this (?:morning|afternoon|evening)"
# A day of the month alone: "on the 12th", "by the 3rd" (the preposition is cut before).
_ORDINAL_DAY = re.compile(r"^the\s+(\d{1,2})(?:st|nd|rd|th)$", re.IGNORECASE)
# ... of a month of another calendar (lexicon/calendar_months.txt): "the 10th of Tevet"
_OF_ANOTHER_CALENDAR = re.compile(
    r"\s+of\s+(?:" + lexicon.alternation(lexicon.words("calendar_months")) + r")\b"
)
# What may follow such a day: the sentence's end or a stop, or a word that ends its phrase
# ("on the 14th and", "on the 3rd when"); not a noun it counts ("the 12th President").
_AFTER_A_DAY = re.compile(
    r"\s*(?:$|[,.;:!?)”\"'’—–-]|(?:and|or|but|at|when|in|to|after|before|until|as|of|"
    r"this|last|next|he|she|they|we|it|inst|instant|ult|ultimo|prox|proximo)\b)",
    re.IGNORECASE,
)
PUBLICATION_DAY_RULE = "publication day"  # the present: "today", "tonight", "this morning"
_PUBLICATION_DAY = re.compile(
    rf"^(?:{PUBLICATION_WORDS}|earlier today|later today)$",
    re.IGNORECASE,
)
_MONTH_OF_YEAR = re.compile(rf"^(?:{_MONTH_RE})\.?,?\s+(?:1[89]|20)\d{{2}}$", re.IGNORECASE)
_BARE_YEAR = re.compile(r"^(?:the (?:year )?|year )?((?:1[89]|20)\d{2})$", re.IGNORECASE)
_RELATIVE = re.compile(
    r"^(?:(earlier|later|early|late|the end of|the start of|the beginning of)\s+)?"
    r"(this|last|next)\s+(year|month)(?:'s|’s)?$",
    re.IGNORECASE,
)
# A day of the calendar named by words before its weekday ("Remembrance Sunday", "Good
# Friday"): no weekday counted from the publication.
_NAMED_DAY = re.compile(
    r"(?<![\w-])(?:" + lexicon.alternation(lexicon.ordered("named_weekdays")) + r")$"
)
_WEEKDAY = re.compile(
    rf"^(?:the\s+)?(?:(last|this|next|past|previous|coming|this coming)\s+)?({_WEEKDAY_RE})$",
    re.IGNORECASE,
)
# A date written beside a weekday alone, in apposition: "the 17th of February, a
# Saturday", "on the Tuesday, the 20th", "Monday, 3 March" tagged as two expressions.
_DATE_WRITTEN = (
    rf"(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:{_MONTH_RE})\.?"
    rf"|(?:{_MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|the\s+\d{{1,2}}(?:st|nd|rd|th))"
    r"(?:,?\s+\d{4})?"
)
_DATE_BEFORE_WEEKDAY = re.compile(
    rf"(?<![\w-])({_DATE_WRITTEN}),\s+(?:a\s+|the\s+)?$", re.IGNORECASE
)
# (or in brackets: "votes on Sunday (8 March)")
_DATE_AFTER_WEEKDAY = re.compile(rf"(?:,?\s+|\s*\()({_DATE_WRITTEN})(?![\w-])", re.IGNORECASE)
# A weekday of no one week: "on a Tuesday morning", "one Friday", the weekday the head of
# its phrase (not "at a Tuesday news conference", this week's).
_NO_ONE_WEEK_BEFORE = re.compile(r"\b(?:on\s+a|one)\s+$", re.IGNORECASE)
_NO_ONE_WEEK_AFTER = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?=\s*(?:$|[,.;:!?)]|(?:and|or|but|in|at|when|while|after|before|that|he|she|they|we|i)\b))",
    re.IGNORECASE,
)


def _date_beside(sentence: str, start: int, end: int) -> tuple[str, int] | None:
    """The date written in apposition to the weekday at `start`-`end` of the sentence,
    and where it starts; None if none."""
    after = _DATE_AFTER_WEEKDAY.match(sentence, end)
    if after is not None and _AFTER_A_DAY.match(sentence, after.end(1)):
        return after.group(1), after.start(1)  # (not "Monday, the 20th anniversary")
    if (before := _DATE_BEFORE_WEEKDAY.search(sentence, max(0, start - 40), start)) is not None:
        return before.group(1), before.start(1)
    return None


# "the Thursday before last", "the week after next": a week further than last/next.
_ONE_WEEK_FURTHER = re.compile(
    rf"^(?:the\s+)?(?P<name>{_WEEKDAY_RE}|week)\s+(?P<which>before\s+last|after\s+next)$",
    re.IGNORECASE,
)
# The same words written after a weekday's span ("on the Thursday before last that"),
# not those of a longer date ("the Monday before last year's vote").
_FURTHER_AFTER = re.compile(
    rf"\s+(?:before\s+last|after\s+next)\b(?![\s-]+(?:year|month|week|night|time|season|"
    rf"weekend|summer|winter|spring|autumn|fall|{_WEEKDAY_RE}|{_MONTH_RE})\b)(?!['’])",
    re.IGNORECASE,
)
_MONTH_ONLY = re.compile(rf"^(?:(last|this|next|past)\s+)?({_MONTH_RE})\.?$", re.IGNORECASE)
_AGO = re.compile(
    r"^(?:(?:nearly|almost|about|some|more than|over|roughly|around)\s+)?(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(years?|months?)\s+ago(?:\s+(today|tomorrow|yesterday))?$",
    re.IGNORECASE,
)
# "February 26th", and as said ("February the 26th", which dateparser reads as the
# year before's).
_MONTH_DAY = re.compile(
    rf"^(?P<month>{_MONTH_RE})\.?\s+(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?$", re.IGNORECASE
)
_DAY_MONTH = re.compile(
    rf"^(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH_RE})\.?$",
    re.IGNORECASE,
)
_RANGE_JOIN = r"\s*(?:-|–|—|to|through|thru|and|until|till)\s*"
_ORDINAL = r"(?:st|nd|rd|th)?"
_YEAR_TAIL = r"(?:,?\s+(?P<year>(?:1[89]|20)\d{2}))?"
_RANGE_MONTH_FIRST = re.compile(
    rf"^(?P<m1>{_MONTH_RE})\.?\s+(?P<d1>\d{{1,2}}){_ORDINAL}{_RANGE_JOIN}"
    rf"(?:(?P<m2>{_MONTH_RE})\.?\s+)?(?P<d2>\d{{1,2}}){_ORDINAL}{_YEAR_TAIL}$",
    re.IGNORECASE,
)
_RANGE_DAY_FIRST = re.compile(
    rf"^(?:the\s+)?(?P<d1>\d{{1,2}}){_ORDINAL}(?:\s+(?:of\s+)?(?P<m1>{_MONTH_RE})\.?)?"
    rf"{_RANGE_JOIN}(?P<d2>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<m2>{_MONTH_RE})\.?{_YEAR_TAIL}$",
    re.IGNORECASE,
)
# A range whose ends are each a point in time: read as two expressions (expressions.py),
# unless it is a range of a few days, dated by its first (see years.RANGE_DAYS).
_RANGE_ENDS = re.compile(
    r"^(?:(?:between|from)\s+)?(?P<a>\S.*?)\s+(?:and|to|through|thru|until|till)\s+(?P<b>\S.*)$",
    re.IGNORECASE,
)
# A sentence of fewer words than this ("In March.") takes its tense from the one before.
FRAGMENT_WORDS = 4
_WEEK = re.compile(r"^(?:(?P<part>earlier|later|early|late)\s+)?(last|this|next)\s+week$", re.IGNORECASE)
# A date can be read from dateparser only if the text names a month, weekday, year, or a
# relative anchor; anything else it parses (e.g. "the 1990s") is noise.
_DATE_WORD = re.compile(
    rf"\b(?:{_MONTH_RE}|{_WEEKDAY_RE}|yesterday|tomorrow|ago|\d{{4}})\b|\d{{1,2}}/\d{{1,2}}",
    re.IGNORECASE,
)
# A year written with two digits ("June of '22", "in '98"): the century that puts it
# nearest the publication.
# A date in figures ("07.05.2025", "12/25/2021"): day first or month first, whichever is
# a day; when both are, dots are written day first (as in Europe, India, Africa, Latin
# America), slashes and dashes month first (the US order, dateparser's).
_NUMERIC_DATE = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d|\d\d)$")
# ... and written year first, always then the month, as ISO 8601 and East Asian filings
# write it ("2025-05-06", "2025/06/12", "2025.06.12").
_ISO_DATE = re.compile(
    r"^((?:19|20)\d\d)([./-])(\d{1,2})\2(\d{1,2})(?:T\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?$"
)  # (and its time: "2025-03-14T09:12Z")
_SHORT_YEAR = re.compile(r"^(?:(?P<month>MONTHS)\.?\s+(?:of\s+)?)?['’](?P<year>\d{2})$".replace("MONTHS", _MONTH_RE), re.IGNORECASE)
# A weekday written with its date ("Saturday 23 January", "Monday, Oct. 26"): the year in
# which that day is that weekday, nearest the publication.
_WEEKDAY_DATE = re.compile(
    rf"^(?:(?:this|next|last|on|coming|this\s+coming)\s+)?(?P<weekday>{_WEEKDAY_RE}),?\s+(?:the\s+)?(?:(?P<month1>{_MONTH_RE})\.?\s+(?:the\s+)?(?P<day1>\d{{1,2}})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH_RE})\.?)(?:st|nd|rd|th)?$",
    re.IGNORECASE,
)
# Parts of a day that do not change the day ("Sunday night", "earlier Friday").
_DAY_PART = re.compile(
    rf"^(?:(?:early|earlier|late|later)\s+)?(?P<day>{_WEEKDAY_RE}|yesterday|tomorrow)"
    r"(?:\s+(?:morning|afternoon|evening|night))?$",
    re.IGNORECASE,
)
_PART_OF_DAY = re.compile(r"^(?:the\s+)?(?:night|morning|afternoon|evening)\s+of\s+", re.IGNORECASE)
_NEXT_DAY = re.compile(r"^(yesterday|tomorrow)$", re.IGNORECASE)
# The night before the publication day ("last night", "late last night"): yesterday's.
_LAST_NIGHT = re.compile(r"^(?:(?:late|early)\s+)?last\s+night$", re.IGNORECASE)
_DAYS_AGO = re.compile(
    r"^(?:nearly|almost|about|some|more than|over)?\s*(\d{1,3}|a|an|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?)\s+(?:or so\s+)?ago$",
    re.IGNORECASE,
)
# A few hours or minutes ago: the day it was told on (years.hours_ago), not the day
# before, as counting back from the day's first minute would make it.
_HOURS_AGO = re.compile(
    r"^(?:(?:nearly|almost|about|some|more than|over|roughly|around|just|only)\s+)?"
    r"(\d{1,3}|a few|a couple of|several|half an?|an?|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve)\s+(hours?|minutes?)\s+(?:or so\s+)?ago$",
    re.IGNORECASE,
)
# Named days of history, written without a year.
_HISTORIC = re.compile(
    r"^(?:the\s+)?(?:9/11|9-11|sept(?:ember|\.)?\s+11(?:th)?)(?:\s+(?:attacks?|terror(?:ist)?\s+attacks?|anniversary))?$",
    re.IGNORECASE,
)
HISTORIC_DATE = "2001-09-11"
# A month's name just before the expression: "Aug [9-11]" is three days of August.
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTH_RE})\.?\s*$", re.IGNORECASE)
# "last" or "next" written after a weekday ("on Tuesday last", "Monday next"), and the
# month a day is of in older letters: "inst." this one, "ult." the one before, "prox."
# the next ("yours of the 3rd inst.", "the 14th ult.").
_POSTPOSED = re.compile(r"\s+(last|next)\b(?![\s-]+(?:year|month|week|night|time)\b)")
_WEEKDAY_WORD = re.compile(rf"\b(?:{_WEEKDAY_RE})\b", re.IGNORECASE)
_OLD_MONTH_AFTER = re.compile(r"\s+(?:inst|instant|ult|ultimo|prox|proximo)\b\.?")
_OLD_MONTH = re.compile(
    r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th|d)?\s+(inst|instant|ult|ultimo|prox|proximo)\.?",
    re.IGNORECASE,
)
_OLD_MONTHS = {"inst": 0, "instant": 0, "ult": -1, "ultimo": -1, "prox": 1, "proximo": 1}
# A day's number, alone or with a year ("4, 2026"; not a time: "15 18:14 PM"), and a day's
# number and a year with no month ("4, 2026": the year, never April).
_DAY_FIRST = re.compile(r"\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?")
_DAY_AND_YEAR = re.compile(r"(?:(?:on|in|of)\s+)?\d{1,2}(?:st|nd|rd|th)?,?\s+(\d{4})", re.IGNORECASE)
# "June last year", "early October this year", "April next year".
_MONTH_RELATIVE_YEAR = re.compile(
    rf"^(?:(?:early|late|mid)[\s-]+)?(?:(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    rf"(?P<month>{_MONTH_RE})\.?\s+(?:(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?"
    r"(?:of\s+)?(?P<which>this|last|next)\s+year$",
    re.IGNORECASE,
)  # "June last year", "3 March last year", "March 3 of last year"
_LAST_MONTH_DAY = re.compile(
    rf"^(?:last|this past)\s+(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?$",
    re.IGNORECASE,
)
_YEAR_BEFORE = re.compile(r"^(?:the\s+|a\s+)?year[\s-](?:earlier|ago|before)$", re.IGNORECASE)
_PERIOD_END = re.compile(
    r"^(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+)?(?P<unit>year|month)|(?:year|month)(?:'s\s+|[\s-])end)$",
    re.IGNORECASE,
)
# The publication's own year or month, named without "this": "the current year", "the
# full year", "earlier in the year".
_CURRENT_PERIOD = re.compile(
    r"^(?:(?:earlier|later|early|late)\s+in\s+the|the\s+(?:current|full|whole|entire))\s+"
    r"(?P<unit>year|month)$",
    re.IGNORECASE,
)
_PREPOSITION = re.compile(
    r"^(?:by|at|before|after|until|till|around|toward|towards|near|through|from|since)\s+",
    re.IGNORECASE,
)
# Words before a date that only point at it ("the Jan. 14 deadline", "an Aug. 10, 1988,
# agreement", "both 1990 and 1991", "sometime next year"): tried without them when
# nothing reads the expression with them.
_DETERMINER = re.compile(
    r"^(?:the|a|an|both|either|sometime|some time|just|only|past|as (?:early|late|soon) as|"
    r"no (?:later|earlier) than)\s+",
    re.IGNORECASE,
)
_LOOKS_AHEAD = re.compile(r"^(?:as (?:early|soon) as|no later than)\s", re.IGNORECASE)
# A weekday from which something goes on, no tense in its sentence but its attribution's
# ("residents can return home starting Wednesday"): the one ahead (not a month: "prices
# have come down from the middle of October" is where they were).
_ONWARDS_WORDS = r"(?:starting|beginning|from)\s+(?:on\s+)?"
_ONWARDS_BEFORE = re.compile(
    r"(?<!days )(?<!weeks )(?<!months )(?<!years )(?<!hours )"  # not "six months from Monday"
    rf"\b{_ONWARDS_WORDS}$",
    re.IGNORECASE,
)
_ONWARDS = re.compile(rf"{_ONWARDS_WORDS}(?=[A-Z])", re.IGNORECASE)  # "From Monday"
_STARTING_BEFORE = re.compile(r"\b(?:starting|beginning)\s+(?:on\s+)?$", re.IGNORECASE)
# Who said it, at a sentence's end: ", officials said.", ", the ministry said on Monday."
_ATTRIBUTED = re.compile(r",\s+(?:[\w.'’-]+\s+){0,4}(?:said|says|added|told\s+\w+)\b[^,]*$")
# "the quarter ended Sept. 30", "the year ending March 31": the date itself.
_ENDED = re.compile(r"^(?:[\w'’-]+\s+){0,4}?(?:ended|ending|that ended)\s+", re.IGNORECASE)


def _no_tense_of_its_own(sentence: str, text: str, start: int | None) -> bool:
    """No tense cue dates the expression in its clause, or only a weak past one with an
    infinitive after it, the day one from which the act asked for goes on ("has asked
    ... to suspend lane closures beginning Monday"; not "from": "according to documents
    from Monday" is where they came from)."""
    found = tense_of(sentence, text, start)
    offset = _offset(sentence, text, start)
    return found is None or (
        found == ("past", False)
        and _STARTING_BEFORE.search(sentence, max(0, offset - 16), offset) is not None
        and infinitive_after_past(sentence, offset)
    )


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A resolved date: partial ISO string at the precision the text supports."""

    date: str  # "YYYY" | "YYYY-MM" | "YYYY-MM-DD"
    precision: str  # "year" | "month" | "day"
    future: bool  # after the publication date (at this precision)
    expression: str  # the expression as written, with its leading preposition
    explanation: str  # "'In March', in an article of 16 Aug 2022"
    rule: str = ""  # which rule read it ("month and day", "dateparser" ...)
    round_count: bool = False  # weeks counted back in writing: shown by month (claimed.py)

    def contains(self, other: PartialDate) -> bool:
        """True when `other` lies within this date and is finer ("2022" ⊃ "2022-07")."""
        return len(other.date) > len(self.date) and other.date.startswith(self.date)


def resolve_expression(
    text: str,
    document_date: str,
    sentence: str | None = None,
    start: int | None = None,
    before: str | None = None,
) -> PartialDate | None:
    """Resolve a temporal expression written in a document published on `document_date`.

    `sentence` (and `start`, the expression's offset in it) lets the words written just
    before the expression ("In", "since", "this") and future cues ("will") be used.
    Returns None for what is not a point in time.
    """
    return read_expression(text, document_date, sentence, start, before)[0]


def read_expression(
    text: str,
    document_date: str,
    sentence: str | None = None,
    start: int | None = None,
    before: str | None = None,
    reference: tuple[str, int] | None = None,
    spoken: bool = False,
    clock: int | None = None,
    day_first: bool | None = None,
) -> tuple[PartialDate | None, str]:
    """resolve_expression's answer with the rule that gave it (or why there is none).

    `before`, the sentence before, gives the tense when the expression's own clause has
    no tense cue ("He met them. In March."); `reference`, the date read last before the
    expression and how many sentences before, is what "that year" or "two days later"
    refer to (anaphora.py); `spoken`: the sentence is said in a transcript's turn, on the
    publication day (see years.spoken_weekday); `clock`: the time of day it was told at,
    in minutes, when the text gives it (told.py), for "two hours ago"; `day_first`: the
    order the document writes its dates in figures in, where it tells (figures_order)."""
    published = dt.date.fromisoformat(document_date)
    expression = _clean(text)
    tense = None
    if sentence is not None:
        expression = _extend_left(sentence, text, start)
        expression = counted_expression(sentence, text, _offset(sentence, text, start), expression)
        tense = tense_of(sentence, text, start)
        if (no_month := _DAY_AND_YEAR.fullmatch(expression)) is not None:
            expression = no_month.group(1)  # a day of no month written: the year
        if tense is None and before and len(sentence.split()) < FRAGMENT_WORDS:
            found = tense_of(before, before[-1:], len(before) - 1)
            tense = (found[0], True) if found else None  # the fragment's own verb
    if _LOOKS_AHEAD.match(_clean(text)) and (tense is None or not tense[1]):
        tense = ("future", False)  # "as early as Thursday": not before the publication
    elif (
        (tense is None or not tense[1])
        and sentence is not None
        and _WEEKDAY.match(_PREFIX.sub("", _clean(text))) is not None
        and (
            _ONWARDS_BEFORE.search(sentence, 0, _offset(sentence, text, start))
            or _ONWARDS.match(_clean(text))
        )
        and _no_tense_of_its_own(_ATTRIBUTED.sub("", sentence), text, start)
    ):
        # "residents can return home starting Wednesday, officials said": no tense but
        # its attribution's ("were allowed back starting Wednesday", "Beginning on Friday
        # night, ... the White House convened" have one)
        tense = ("future", False)
    if sentence is not None and _not_a_year(sentence, text, start):
        return None, "a number, not a year"
    other = None
    if sentence is not None:
        offset = _offset(sentence, text, start)
        other = other_calendar(sentence, offset, offset + len(text))
        if other is not None and other[0] is None:
            return None, other[1]  # "in 2013 E.C.", "1447 AH": no Gregorian year
        if other is not None:
            expression = _clean(sentence[other[2] : offset + len(text)])  # "Tir 23, 2018"
    if (
        sentence is not None
        and _HISTORIC.match(_clean(text))
        and _MONTH_BEFORE.search(sentence, 0, _offset(sentence, text, start))
    ):
        return None, "days of the month written before"  # "Aug 9-11", no 9/11
    if sentence is not None and duration_from(sentence, _clean(text), _offset(sentence, text, start)):
        return None, "a duration from a day"  # "closed for a week from now"
    if sentence is not None and corrected(sentence, text, _offset(sentence, text, start)):
        return None, "corrected by the speaker"
    if (
        sentence is not None
        and _ORDINAL_DAY.match(_PREFIX.sub("", _clean(text)).strip())
        and not _AFTER_A_DAY.match(sentence, _offset(sentence, text, start) + len(text))
    ):
        return None, "an ordinal, not a day"  # "the 12th President", "the 12th floor"
    if (
        sentence is not None
        and _ORDINAL_DAY.match(_PREFIX.sub("", _clean(text)).strip())
        and _OF_ANOTHER_CALENDAR.match(sentence, _offset(sentence, text, start) + len(text))
    ):
        return None, "a day of another calendar's month"  # "the 10th of Tevet"
    weekday = _WEEKDAY.match(_PREFIX.sub("", _clean(text))) if sentence is not None else None
    if sentence is not None and weekday is not None and weekday.group(1) is None:
        offset = _offset(sentence, text, start)
        if _NAMED_DAY.search(sentence, max(0, offset - 24), offset + len(text)):
            return None, "a day of the calendar named"  # "a Remembrance Sunday parade"
        if (beside := _date_beside(sentence, offset, offset + len(text))) is not None:
            # "the 17th of February, a Saturday": the weekday of the date it is written
            # beside, read as that date (not the Saturday before the publication)
            return read_expression(
                beside[0],
                document_date,
                sentence,
                beside[1],
                before,
                reference,
                spoken,
                clock,
                day_first,
            )
        if _NO_ONE_WEEK_BEFORE.search(sentence, max(0, offset - 6), offset) and (
            _NO_ONE_WEEK_AFTER.match(sentence, offset + len(text))
        ):
            return None, "a weekday of no one week"  # "walked in on a Tuesday morning"
    cleaned = _clean(expression)
    cleaned, that_year = of_that_year_written(cleaned, sentence, _offset(sentence or "", text, start) + len(text))
    resolved, rule = (
        (other[0], other[1]) if other else _resolve(cleaned, published, tense, reference, clock, day_first)
    )
    if resolved is None:
        return None, rule
    if not MIN_YEAR <= resolved[0][:4] <= str(published.year + MAX_YEARS_AHEAD):
        return None, "year out of range"
    date, precision = resolved
    if rule == "month and day" and sentence is not None and reference is not None:
        date = _moved_after(date, sentence, _offset(sentence, text, start), reference, published)
    if rule == "day of the month" and sentence is not None:
        # "The board met on 21 January ... which we did on the 27th"
        date = years.of_the_month_before(
            date, sentence, _offset(sentence, text, start), published, tense
        )
    after = sentence[_offset(sentence, text, start) + len(text) :] if sentence else ""
    date, precision, round_count = round_reading(rule, date, precision, expression, spoken, after)
    if spoken and rule == "weekday" and sentence is not None:
        offset = _offset(sentence, text, start)
        lead = sentence[max(offset - 12, 0) : offset]  # "later on Friday"
        date = years.spoken_weekday(date, published, tense, f"{lead} {expression}", sentence)
    if sentence is not None and precision != "year" and not re.search(r"\d{4}", expression):
        date = years.of_the_next(date, sentence, text, start)  # "In July and August of 2021"
    if sentence is not None and rule == "year" and _BARE_YEAR.match(_clean(text)):
        offset = _offset(sentence, text, start)
        if (written := years.of_the_day_before(date, sentence, offset)) is not None:
            date, precision, rule = written[0], "day", "year, with its month and day before it"
            # the expression is the whole date written ("no later than February 25, 2022")
            expression = _clean(sentence[written[1] : offset + len(text)])
    if sentence is not None and precision == "month" and _MONTH_OF_YEAR.match(_clean(text)):
        offset = _offset(sentence, text, start)
        if (day := years.of_the_day_written(date, sentence, offset)) is not None:
            date, precision, rule = day[0], "day", "month and year, with its day before it"
            expression = _clean(sentence[day[1] : offset + len(text)])
    referred = of_that_year(date, *(reference or (None, 0))) if that_year else None
    if referred is not None and precision != "year" and not re.search(r"\d{4}", cleaned):
        date, rule = referred, f"{rule}, {OF_THAT_YEAR_RULE}"  # "In June of that awful year"
    future = date > document_date[: len(date)]
    explanation = f"'{expression}', in an article of {short_date(published)}"
    if is_day_range(expression):
        explanation += " (first day of the range)" if precision == "day" else " (a range)"
    return (
        PartialDate(
            date=date,
            precision=precision,
            future=future,
            expression=expression,
            explanation=explanation,
            rule=rule,
            round_count=round_count,
        ),
        rule,
    )


Reading = tuple[tuple[str, str] | None, str]  # ((date, precision) or None, rule)


def _moved_after(
    date: str, sentence: str, offset: int, reference: tuple[str, int], published: dt.date
) -> str:
    """The day something is put off or moved to lies after the day the sentence says
    it was set for or moved on, which it writes before ("Jury selection, first set for
    Jan. 12, was postponed to Feb. 9", "On March 3, the court adjourned the case to
    April 10"): the first such day after that one, when that one is before the
    publication; a story of April 14 tells of Feb. 9 past, not of next year's."""
    said, back = reference
    if back != 0 or len(said) != 10 or not rescheduled(sentence, offset):
        return date
    anchor = dt.date.fromisoformat(said)
    if anchor >= published:
        return date
    day = dt.date.fromisoformat(date)
    for year in (anchor.year, anchor.year + 1):
        try:
            candidate = dt.date(year, day.month, day.day)
        except ValueError:  # 29 February
            continue
        if candidate > anchor:
            return candidate.isoformat()
    return date


def _resolve(
    expression: str,
    published: dt.date,
    tense: Tense | None,
    reference: tuple[str, int] | None = None,
    clock: int | None = None,
    day_first: bool | None = None,
) -> Reading:
    bare = _PREFIX.sub("", expression).strip()
    if reference and (back := refers_back(bare, *reference)) is not None:
        return back, "from the date before"
    if match := _PERIOD_END.match(_PREPOSITION.sub("", expression)):
        return years.period_end(match.group("unit"), published), "end of the year or month"
    if match := COUNTED_FROM.match(bare):
        return _counted_from(match, published, tense), "counted from a day"
    core = _ENDED.sub("", bare)
    if match := _ISO_DATE.match(core):  # "2025-05-06", "2025/06/12": not a span of years
        return _iso_date(match, published), "date in figures, the year first"
    # "the fiscal year ended Jan. 31" is that day, whatever ended on it.
    if not expression or (core == bare and _NOT_A_DATE.match(expression)):
        return None, "not a point in time"
    if _PUBLICATION_DAY.match(expression):
        return (published.isoformat(), "day"), PUBLICATION_DAY_RULE
    if match := _PERIOD_END.match(core):
        return years.period_end(match.group("unit"), published), "end of the year or month"
    if match := _CURRENT_PERIOD.match(core):
        return years.period_end(match.group("unit"), published), "the publication's year or month"
    if _YEAR_BEFORE.match(core):
        return (f"{published.year - 1:04d}", "year"), "a year earlier"
    if (spelled := spelled_year(core)) is not None:
        return (spelled, "year"), "year in words"
    if not core or _NOT_A_DATE.match(core):
        return None, "not a point in time"
    day_part = _DAY_PART.match(core)
    if day_part and day_part.group("day") != core:
        core = day_part.group("day")  # "Sunday night", "earlier Friday": the day
    if (part_of := _PART_OF_DAY.match(core)) and part_of.end() < len(core):
        core = core[part_of.end() :]  # "the night of June 6": that day (not "the eve of")
    if _PUBLICATION_DAY.match(core):
        return (published.isoformat(), "day"), PUBLICATION_DAY_RULE
    if match := _OLD_MONTH.fullmatch(core):  # "the 3rd inst.", "the 14th ult."
        counted = _OLD_MONTHS[match.group(2).lower()]
        return years.of_a_month_counted(int(match.group(1)), counted, published), "day of a month counted"
    if match := _ORDINAL_DAY.match(core):  # "on the 12th"
        return years.day_of_month(int(match.group(1)), published, tense), "day of the month"
    if _LAST_NIGHT.match(core):
        return ((published - dt.timedelta(days=1)).isoformat(), "day"), "last night"
    if match := _NEXT_DAY.match(core):
        shift = 1 if match.group(1).lower() == "tomorrow" else -1
        return ((published + dt.timedelta(days=shift)).isoformat(), "day"), "yesterday/tomorrow"
    if match := _AGO.match(core):
        return years.ago(match.group(1).lower(), match.group(2).lower(), match.group(3), published), "ago"
    if match := _DAYS_AGO.match(core):
        return years.days_ago(match.group(1).lower(), match.group(2).lower(), published), "ago"
    if match := _HOURS_AGO.match(core):
        hours = years.hours_ago(match.group(1).lower(), match.group(2).lower(), published, clock)
        return hours, "hours ago"
    if match := _BARE_YEAR.match(core):
        return (match.group(1), "year"), "year"
    if match := _SHORT_YEAR.match(core):
        return years.short_year(match.group("month"), match.group("year"), published), "two-digit year"
    if _HISTORIC.match(core):
        return (HISTORIC_DATE, "day"), "named day"
    if (named := years.named_day(core, published, tense)) is not None:
        return named, "named day"
    if match := _RELATIVE.match(core):
        return years.relative(match.group(2).lower(), match.group(3).lower(), published), "this/last/next"
    if match := _WEEK.match(core):
        part = (match.group("part") or "").lower() or None
        return years.week(match.group(2).lower(), published, part), "week"
    if match := _ONE_WEEK_FURTHER.match(core):
        return years.one_week_further(match.group("which"), match.group("name"), published), "a week further"
    if match := _WEEKDAY.match(core):
        return years.weekday(match.group(1), match.group(2), published, tense), "weekday"
    if match := _WEEKDAY_DATE.match(core):
        return years.weekday_date(match, published, tense), "weekday and date"
    if match := _RANGE_MONTH_FIRST.match(core) or _RANGE_DAY_FIRST.match(core):
        return years.day_range(match, published, tense), "range of days"
    if match := _MONTH_DAY.match(core) or _DAY_MONTH.match(core):
        day = years.month_day(match.group("month"), int(match.group("day")), published, tense)
        return day, "month and day"
    if match := _MONTH_ONLY.match(core):
        return years.month(match.group(1), match.group(2), published, tense), "month"
    if match := _MONTH_RELATIVE_YEAR.match(core):
        year = int(years.relative(match.group("which").lower(), "year", published)[0])
        month = MONTHS[match.group("month").lower().rstrip(".")]
        written = match.group("day1") or match.group("day2")
        if written is None:
            return (f"{year:04d}-{month:02d}", "month"), "month of this/last/next year"
        try:
            when = dt.date(year, month, int(written))
        except ValueError:
            return None, "no such day"  # "30 February last year"
        return (when.isoformat(), "day"), "day of this/last/next year"
    if match := _LAST_MONTH_DAY.match(core):
        day = years.month_day(match.group("month"), int(match.group("day")), published, ("past", True))
        return day, "month and day"
    if (bare := _DETERMINER.sub("", core)) != core:
        return _resolve(bare, published, tense, reference, clock, day_first)  # "the Jan. 14 deadline", "both 1990"
    if match := _NUMERIC_DATE.match(core):
        return _numeric_date(match, published, day_first), "date in figures"
    if not _DATE_WORD.search(core):
        return None, "no month, weekday, year or anchor"
    return _dateparser(core, published), "dateparser"


def _iso_date(match: re.Match[str], published: dt.date) -> tuple[str, str] | None:
    """The day a date in figures written year first names (_ISO_DATE), or None: none
    more than FIGURES_YEARS_AHEAD years after the publication, a date of another
    calendar written so ("2082/10/21", Nepal's Bikram Sambat, beside "February 4, 2026")."""
    if int(match.group(1)) > published.year + FIGURES_YEARS_AHEAD:
        return None
    try:
        day = dt.date(int(match.group(1)), int(match.group(3)), int(match.group(4)))
    except ValueError:
        return None
    return day.isoformat(), "day"


def _numeric_date(
    match: re.Match[str], published: dt.date, day_first: bool | None = None
) -> tuple[str, str] | None:
    """The day a date in figures names (_NUMERIC_DATE); None when neither order is one.
    A year of two digits is of the century that puts it nearest the publication
    ("3/15/25" in 2025; the fallback parser took 1925). Where one order reads the
    publication's day, that is the day meant; else the order the document writes its
    dates in (`day_first`, figures_order: "7/04/2026" in a document that writes
    "15/04/2026" is 7 April); else day first with dots, month first with strokes and
    hyphens."""
    first, separator, second, year = match.groups()
    if len(year) == 2:
        year = years.short_year(None, year, published)[0]
    readings: list[dt.date | None] = []
    for day, month in ((first, second), (second, first)):  # day first, then month first
        try:
            readings.append(dt.date(int(year), int(month), int(day)))
        except ValueError:
            readings.append(None)
    if published in readings:
        # "Published on: 07/04/2025" on 7 April, "11-08-2026" on 11 August: the page's
        # own day, in its writer's order, whatever the separator says elsewhere
        return published.isoformat(), "day"
    first_order = separator == "." or bool(day_first)
    chosen = readings[0] if first_order else readings[1]
    chosen = chosen or readings[0] or readings[1]
    return (chosen.isoformat(), "day") if chosen else None


# A date in figures with strokes or hyphens and a year ("15/04/2026", "4-15-26").
_FIGURES = re.compile(r"(?<![\w./-])(\d{1,2})([/-])(\d{1,2})\2(?:19|20)?\d\d(?![\w/-]|[.,]\d)")


@lru_cache(maxsize=64)
def figures_order(text: str) -> bool | None:
    """Does the text write its dates in figures day first (True) or month first (False),
    as the dates only one order reads tell ("15/04/2026": day first; "04/15/2026": month
    first)? None when none tells, or they disagree."""
    orders = set()
    for match in _FIGURES.finditer(text):
        first, second = int(match.group(1)), int(match.group(3))
        if 12 < first <= 31 and 1 <= second <= 12:
            orders.add(True)
        elif 12 < second <= 31 and 1 <= first <= 12:
            orders.add(False)
    return orders.pop() if len(orders) == 1 else None


def _counted_from(match: re.Match[str], published: dt.date, tense: Tense | None) -> tuple[str, str] | None:
    """ "one week from today", "three days from Friday": to the day; "a year from now":
    as precise as a round count is (counted.py)."""
    anchor = match.group("anchor").lower()
    if anchor == "now":
        return forward(match, published, exact=False)
    day, _ = _resolve(anchor, published, tense)  # "six months from Monday": as a weekday is
    if day is None:
        return None
    return forward(match, dt.date.fromisoformat(day[0]), exact=True)


def range_ends(text: str) -> tuple[tuple[int, str], tuple[int, str]] | None:
    """(offset, text) of the two ends of a range written with words ("between 1994 and
    1997", "from Sept. 14 to Thursday", "today through Nov. 17"), or None."""
    match = _RANGE_ENDS.match(text)
    if match is None:
        return None
    return (match.start("a"), match.group("a")), (match.start("b"), match.group("b"))


def is_day_range(expression: str) -> bool:
    """True when `expression` writes a range of days ("7-8 March", "June 26 to 28")."""
    core = _PREFIX.sub("", _clean(expression)).strip()
    return bool(_RANGE_MONTH_FIRST.match(core) or _RANGE_DAY_FIRST.match(core))


@lru_cache(maxsize=4096)
def _dateparser(core: str, published: dt.date) -> tuple[str, str] | None:
    parsed = answers.ANSWERS.parse(core, published)
    if parsed is None:
        return None
    value = dt.date.fromisoformat(parsed[0])
    precision = parsed[1]
    if precision == "day" and not re.search(r"\d|yesterday|tomorrow|ago", core, re.IGNORECASE):
        return None
    if precision == "year" and "ago" not in core.lower() and not re.search(r"\d{4}", core):
        return None
    return value.isoformat()[: _LENGTH[precision]], precision


# A footnote's number in brackets after a date, its bracket maybe left out of the span
# ("on June 7.[14]", "October 2024[4").
_FOOTNOTE = re.compile(r"\.?\[\d{1,3}\]?$")


def _clean(text: str) -> str:
    """The expression without its possessive, its closing punctuation, and a conjunction
    the tagger left at its end ("July 21 and" of "on July 21 and 22": the next day's
    number is tagged apart), which would hide a month and day from the month-day rule."""
    text = " ".join(text.replace("’", "'").split())
    text = _FOOTNOTE.sub("", text)  # "October 2024.[4]": a note's number, no day
    text = re.sub(r"'s$", "", text)
    text = re.sub(r"(?:,?\s+(?:and|or))+$", "", text.strip(" .,;:—–-\"'()[]"), flags=re.IGNORECASE)
    return text.strip(" .,;:—–-\"'()[]")


def _not_a_year(sentence: str, text: str, start: int | None) -> bool:
    """A bare number that names something else: "coronavirus disease 2019", "flight
    1549", "Form 1040-PR"."""
    if not re.fullmatch(r"\d{4}", text.strip()):
        return False
    if start is None or sentence[start : start + len(text)] != text:
        start = sentence.find(text)
    # The word before, not the "s" of a possessive ("the company's 1989 results").
    before = re.search(r"(?<![A-Za-z'’])([A-Za-z.]+)\s*$", sentence[: max(start, 0)])
    after = sentence[start + len(text) : start + len(text) + 2]
    if re.match(r"-[A-Za-z0-9]", after):
        return True
    return bool(before and before.group(1).lower().rstrip(".") in _NOT_YEAR_BEFORE)


def _offset(sentence: str, text: str, start: int | None) -> int:
    """Where `text` starts in `sentence`: at `start` when it is written there."""
    if start is None or sentence[start : start + len(text)] != text:
        return max(sentence.find(text), 0)
    return start


def _extend_left(sentence: str, text: str, start: int | None) -> str:
    """The expression with the words written just before it that belong to it."""
    if start is None or sentence[start : start + len(text)] != text:
        start = sentence.find(text)
    if start < 0:
        return _clean(text)
    begin = start
    end = start + len(text)
    month = _MONTH_BEFORE.search(sentence, 0, begin) if _DAY_FIRST.fullmatch(text) else None
    if month is not None and month.group()[0].isupper():
        begin = month.start()  # "On Wed, Mar [4, 2026]": the month the tagger left out
    if further := _FURTHER_AFTER.match(sentence, end):
        end = further.end()  # "the Thursday before last": the words after belong to it
    elif old_month := _OLD_MONTH_AFTER.match(sentence, end):
        end = old_month.end()  # "the 3rd inst.": of this month, as letters wrote it
    postposed = _POSTPOSED.match(sentence, end) if _WEEKDAY.match(_clean(text)) else None
    preposition = False
    for _ in range(3):
        match = re.search(r"([A-Za-z]+)[\s-]+$", sentence[:begin])
        if not match or match.group(1).lower() not in _LEADING:
            break
        word = match.group(1).lower()
        if preposition and word in _MODIFIERS:
            break  # "had this on Friday": a modifier goes after its preposition, not before
        preposition = preposition or word not in _MODIFIERS
        begin = match.start(1)
    if postposed is not None:
        # "on Tuesday last", "Monday next", as older English writes them: last Tuesday
        written = sentence[begin:end]
        day = _WEEKDAY_WORD.search(written)
        if day is not None:
            return _clean(f"{written[: day.start()]}{postposed.group(1)} {written[day.start() :]}")
    return _clean(sentence[begin:end])


def short_date(day: dt.date) -> str:
    """ "16 Aug 2022": how an explanation writes a day."""
    return f"{day.day} {_SHORT_MONTHS[day.month]} {day.year}"


@lru_cache(maxsize=1 << 12)
def first_day(date: str) -> dt.date:
    """The first day of a partial date ("2022" -> 1 January 2022, "2022-03" -> 1 March)."""
    parts = [int(p) for p in date.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def days_apart(a: str, b: str) -> int:
    """Days between the first days of two partial dates."""
    return abs((first_day(a) - first_day(b)).days)
