"""Which day a date written without its year is, and the dates counted from the
publication: the year before or after the publication that the tense asks for (tense.py),
the year in which a day is the weekday written with it, holidays, two-digit years,
"five years ago", "this/last/next year", weekdays and ranges of days.

dates.py reads an expression and finds which of these it writes; each function here takes
the parts it read and the publication date and returns (date, precision).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from .named import holiday
from .tense import Tense, choose, is_ahead

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
COUNTS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
} | {"a": 1, "an": 1}
# A range of days ("7-8 March", "June 26-28, 2022", "March 30 to April 1"): the first
# day, with the range kept in the expression and said in the explanation, when it spans
# at most RANGE_DAYS days; a longer range is dated by the month (or year) holding it.
RANGE_DAYS = 7


def period_end(unit: str | None, published: dt.date) -> tuple[str, str]:
    if unit and unit.lower() == "month":
        return f"{published.year:04d}-{published.month:02d}", "month"
    return f"{published.year:04d}", "year"


def days_ago(count: str, unit: str, published: dt.date) -> tuple[str, str] | None:
    n = count_of(count)
    if n is None:
        return None
    days = n * 7 if unit.startswith("week") else n
    return (published - dt.timedelta(days=days)).isoformat(), "day"


# Minutes in a day, and the count a few hours or minutes are taken for ("a few hours ago").
DAY_MINUTES = 24 * 60
_FEW = {"a few": 3, "a couple of": 2, "several": 3, "half an": 1, "half a": 1}


def hours_ago(
    count: str, unit: str, published: dt.date, clock: int | None
) -> tuple[str, str] | None:
    """ "about two hours ago", "a few minutes ago": the day it was told on, unless the
    time of day it was told at (`clock`, minutes past midnight, when the text gives it)
    is earlier than that many hours; without a time of day, a day back per whole 24
    hours ("24 hours ago": yesterday)."""
    n = _FEW.get(count) if count in _FEW else count_of(count)
    if n is None:
        return None
    minutes = n * 60 if unit.startswith("hour") else n
    if clock is None:
        back = minutes // DAY_MINUTES
    else:
        back = 0 if minutes <= clock else 1 + (minutes - clock - 1) // DAY_MINUTES
    return (published - dt.timedelta(days=back)).isoformat(), "day"


def short_year(month: str | None, digits: str, published: dt.date) -> tuple[str, str]:
    candidates = [century + int(digits) for century in (1900, 2000, 2100)]
    year = min(candidates, key=lambda y: (abs(y - published.year), y))
    if month:
        return f"{year:04d}-{MONTHS[month.lower().rstrip('.')]:02d}", "month"
    return f"{year:04d}", "year"


def named_day(core: str, published: dt.date, tense: Tense | None) -> tuple[str, str] | None:
    """A holiday without a year: the one before or after the publication (see choose)."""
    if holiday(core, published.year) is None:
        return None

    def day_in(year: int) -> dt.date:
        found = holiday(core, year)
        assert found is not None  # a holiday of one year is one of every year
        return found

    return either_side(day_in, published, tense).isoformat(), "day"


def weekday_date(
    match: re.Match[str], published: dt.date, tense: Tense | None
) -> tuple[str, str] | None:
    """The year in which the day falls on the weekday written with it, nearest the
    publication; when no near year fits, as if the weekday were not written."""
    month = MONTHS[(match.group("month1") or match.group("month2")).lower().rstrip(".")]
    day = int(match.group("day1") or match.group("day2"))
    weekday = WEEKDAYS[match.group("weekday").lower()]
    fitting = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            fitting.append(candidate)
    if fitting:
        return min(fitting, key=lambda d: abs((d - published).days)).isoformat(), "day"
    return month_day(calendar.month_name[month], day, published, tense)


def ago(count: str, unit: str, anchor: str | None, published: dt.date) -> tuple[str, str] | None:
    """ "five years ago" -> the year; "a year ago today" -> that day."""
    n = count_of(count)
    if n is None:
        return None
    months = n * 12 if unit.startswith("year") else n
    index = published.year * 12 + published.month - 1 - months
    year, month = index // 12, index % 12 + 1
    if anchor:
        shift = {"today": 0, "tomorrow": 1, "yesterday": -1}[anchor.lower()]
        day = min(published.day, calendar.monthrange(year, month)[1])
        return (dt.date(year, month, day) + dt.timedelta(days=shift)).isoformat(), "day"
    if unit.startswith("year"):
        return f"{year:04d}", "year"
    return f"{year:04d}-{month:02d}", "month"


def count_of(word: str) -> int | None:
    """ "3" -> 3, "three" -> 3, "a" -> 1; None for another word."""
    return int(word) if word.isdigit() else COUNTS.get(word)


def relative(which: str, unit: str, published: dt.date) -> tuple[str, str]:
    """This, last or next year or month. ("Earlier this month" in a release dated 1
    February was written in January, but TempEval-3's annotators read it as February, and
    its calendar-date F1 fell from 0.910 to 0.909 when it was read as January: left as
    written.)"""
    step = {"this": 0, "last": -1}.get(which, 1)
    if unit == "year":
        return f"{published.year + step:04d}", "year"
    month_index = published.year * 12 + published.month - 1 + step
    return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", "month"


def week(which: str, published: dt.date, part: str | None = None) -> tuple[str, str]:
    """A week is not a precision we keep: the month (or year) that holds all of it; of
    "earlier this week" its days before the publication (written on a Monday: the week
    before), of "later this week" those after."""
    step = {"this": 0, "last": -1}.get(which, 1)
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
    sunday = monday + dt.timedelta(days=6)
    if which == "this" and part in ("earlier", "early") and monday == published:
        monday, sunday = monday - dt.timedelta(weeks=1), sunday - dt.timedelta(weeks=1)
    elif which == "this" and part in ("earlier", "early"):
        sunday = published - dt.timedelta(days=1)
    elif which == "this" and part in ("later", "late") and published < sunday:
        monday = published + dt.timedelta(days=1)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return f"{monday.year:04d}-{monday.month:02d}", "month"
    if monday.year == sunday.year:
        return f"{monday.year:04d}", "year"
    return f"{published.year:04d}", "year"


def weekday(
    modifier: str | None, name: str, published: dt.date, tense: Tense | None
) -> tuple[str, str]:
    """The publication weekday itself is the publication day ("returned on Friday" in a
    Friday article); otherwise the nearest such day before it (after it when "next" or
    the sentence speaks of the future). "This Thursday" is the Thursday of the
    publication's week (Monday to Sunday): on a Tuesday, two days after it; already past
    in that week and not said in the past tense, the one after it ("when they meet in
    Washington this Wednesday" on a Sunday)."""
    target = WEEKDAYS[name.lower()]
    back = (published.weekday() - target) % 7
    modifier = {"previous": "last", "coming": "next", "this coming": "next"}.get(
        (modifier or "").lower(), (modifier or "").lower()
    )
    if modifier in ("last", "past"):
        back = back or 7
        day = published - dt.timedelta(days=back)
    elif modifier == "this":
        day = published + dt.timedelta(days=target - published.weekday())
        if (tense is None or tense[0] == "future") and day < published:
            day += dt.timedelta(days=7)  # "when they meet this Wednesday", said on a Sunday
    elif modifier == "next" or (tense is not None and tense[0] == "future" and modifier != "this" and back):
        ahead = (target - published.weekday()) % 7 or 7
        day = published + dt.timedelta(days=ahead)
    else:
        day = published - dt.timedelta(days=back)
    return day.isoformat(), "day"


def one_week_further(which: str, name: str, published: dt.date) -> tuple[str, str]:
    """ "the Thursday before last", "the week before last": one week before what "last
    Thursday" or "last week" names; "the Monday after next", "the week after next": one
    week after "next Monday" or "next week"."""
    before = which.lower().startswith("before")
    if name.lower() == "week":
        step = -2 if before else 2
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
        sunday = monday + dt.timedelta(days=6)
        if (monday.year, monday.month) == (sunday.year, sunday.month):
            return f"{monday.year:04d}-{monday.month:02d}", "month"
        return f"{monday.year:04d}", "year"
    day = dt.date.fromisoformat(weekday("last" if before else "next", name, published, None)[0])
    return (day + dt.timedelta(weeks=-1 if before else 1)).isoformat(), "day"


# Words that place a weekday on the day it is said: in the expression ("later on
# Friday", "this Friday") or in its sentence ("today", "this morning").
_SAME_DAY = re.compile(r"\b(?:later|earlier|this)\b", re.IGNORECASE)
_TODAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.IGNORECASE)


def spoken_weekday(
    date: str, published: dt.date, tense: Tense | None, expression: str, sentence: str
) -> str:
    """A weekday said on that very weekday, of what will happen ("on Friday, he will
    deliver remarks on the jobs report", said at a Friday briefing): next week's. A
    speaker names the day they speak on as "today"; a weekday name is another day.
    Written news is otherwise: a reporter calls the publication day by its weekday
    ("Obama will visit the Gulf on Friday" in a Friday paper), so only what is said in a
    transcript's turn is read so, and not when the sentence places it on the day itself
    ("later on Friday", "this morning")."""
    if date != published.isoformat() or tense is None or tense[0] != "future":
        return date
    if _SAME_DAY.search(expression) or _TODAY.search(sentence):
        return date
    return (published + dt.timedelta(days=7)).isoformat()


def month_day(
    name: str, day: int, published: dt.date, tense: Tense | None
) -> tuple[str, str] | None:
    """A day written without a year: the one before or after the publication that the
    tense asks for, else the nearer (see _either_side)."""
    month = MONTHS[name.lower().rstrip(".")]
    try:
        found = either_side(lambda year: dt.date(year, month, day), published, tense)
    except ValueError:  # 29 February in a common year, 31 April
        return None
    return found.isoformat(), "day"


def day_of_month(day: int, published: dt.date, tense: Tense | None) -> tuple[str, str] | None:
    """ "On the 12th": the day of that number in the month of the publication or the one
    before it (the latest on or before the publication) or after it (the first after),
    as the tense asks, else the nearer; the publication's own day is that day."""
    if not 1 <= day <= 31:
        return None
    if day == published.day:
        return published.isoformat(), "day"
    months = [(published.year, published.month + step) for step in range(-3, 4)]
    days = []
    for year, month in months:
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        if day <= calendar.monthrange(year, month)[1]:
            days.append(dt.date(year, month, day))
    past = max(d for d in days if d < published)
    ahead = min(d for d in days if d > published)
    return choose(past, ahead, published, tense).isoformat(), "day"


def of_a_month_counted(day: int, months: int, published: dt.date) -> tuple[str, str] | None:
    """ "The 3rd inst." (`months` 0), "the 14th ult." (-1), "the 2nd prox." (1): that day
    of the publication's month, of the one before or of the one after."""
    year, month = published.year, published.month + months
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day).isoformat(), "day"


def either_side(
    day_in: Callable[[int], dt.date], published: dt.date, tense: Tense | None
) -> dt.date:
    """Of a day written without a year (`day_in` gives it in a year), the one on or
    before the publication or the one after it: as choose() picks. The publication's own
    day is that day, whatever the tense ("will travel to Irvine on October 14th" in a
    statement of 14 October 2022 is not 2023's), as a month name is its own month."""
    this_year = day_in(published.year)
    if this_year == published:
        return published
    past = this_year if this_year <= published else day_in(published.year - 1)
    ahead = this_year if this_year > published else day_in(published.year + 1)
    return choose(past, ahead, published, tense)


def day_range(
    match: re.Match[str], published: dt.date, tense: Tense | None
) -> tuple[str, str] | None:
    """ "7-8 March" -> its first day; a range longer than RANGE_DAYS -> the month or year
    that holds it. The second month defaults to the first ("March 7-8"), the first to the
    second ("7-8 March")."""
    first_month = MONTHS[(match.group("m1") or match.group("m2")).lower().rstrip(".")]
    last_month = MONTHS[(match.group("m2") or match.group("m1")).lower().rstrip(".")]
    first_day, last_day = int(match.group("d1")), int(match.group("d2"))
    try:
        if match.group("year"):
            year = int(match.group("year"))
            start = dt.date(year, first_month, first_day)
        elif (holding := _range_holding(first_month, first_day, last_month, last_day, published)) is not None:
            start = holding
        else:
            resolved = month_day(
                calendar.month_name[first_month], first_day, published, tense
            )
            if resolved is None:
                return None
            start = dt.date.fromisoformat(resolved[0])
        end_year = start.year + (1 if (last_month, last_day) < (first_month, first_day) else 0)
        end = dt.date(end_year, last_month, last_day)
    except ValueError:  # 31 April
        return None
    if end < start:
        return None
    if (end - start).days <= RANGE_DAYS:
        return start.isoformat(), "day"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.year:04d}-{start.month:02d}", "month"
    if start.year == end.year:
        return f"{start.year:04d}", "year"
    return None


def _range_holding(
    first_month: int, first_day: int, last_month: int, last_day: int, published: dt.date
) -> dt.date | None:
    """The first day of the range written without a year that holds the publication day
    ("flights from September 1 to 5" in a statement of 2 September), whatever the tense:
    it is under way, neither the year before's nor the next's. None when neither the
    range of the publication's year nor the one that began the year before holds it."""
    wraps = (last_month, last_day) < (first_month, first_day)  # "December 28 to January 3"
    for year in (published.year - 1, published.year):
        try:
            start = dt.date(year, first_month, first_day)
            end = dt.date(year + 1 if wraps else year, last_month, last_day)
        except ValueError:
            continue
        if start <= published <= end:
            return start
    return None


def month(
    modifier: str | None, name: str, published: dt.date, tense: Tense | None
) -> tuple[str, str]:
    """A month name without a year: "last"/"next" say which; otherwise the publication
    month itself, or the one before or after it that the tense asks for, else the
    nearer (months are compared by their number of months away)."""
    month = MONTHS[name.lower().rstrip(".")]
    modifier = (modifier or "").lower()
    if modifier in ("last", "past"):
        year = published.year - 1 if month >= published.month else published.year
    elif modifier == "next":
        year = published.year if month > published.month else published.year + 1
    elif modifier == "this" or month == published.month:
        year = published.year
    else:
        past = published.year if month < published.month else published.year - 1
        ahead = past + 1
        back = (published.month - month) % 12
        forward = 12 - back
        year = ahead if is_ahead(tense, back * 30.5, forward * 30.5) else past
    return f"{year:04d}-{month:02d}", "month"


_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# A next month or day joined to the expression that writes the year ("July and August of
# 2021"): see of_the_next.
# A list too, its days written either way round: "on 14 October, 6 November and 2
# December 2024", "on May 5, June 6 and July 7, 2024".
_JOIN = r"(?:,\s*(?:and\s+|or\s+)?|\s*(?:and|or|to|through|-|–)\s+)"
_LISTED = (
    rf"(?:(?:early\s+|late\s+|mid-?\s*)?(?:{_MONTH_NAMES})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAMES})\.?)"
)
_JOIN_AT_END = re.compile(r"(?:\s*,|\s+(?:and|or|to|through))$", re.IGNORECASE)
_JOINED_YEAR = re.compile(
    rf"(?:st|nd|rd|th)?(?:{_JOIN}{_LISTED})*?{_JOIN}"
    rf"(?:(?:early\s+|late\s+|mid-?\s*)?(?P<month>{_MONTH_NAMES})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH_NAMES})\.?)"
    r",?\s+(?:of\s+)?(?P<year>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
# The year written right after a month and day that the language analysis cut off
# ("December 12, 2022 marks ...", a span "December 12"): see of_the_next. Not a
# number written after the date ("On May 5, 1,000 people", "June 5, 2010-11").
_WRITTEN_YEAR = re.compile(
    r"(?:st|nd|rd|th)?,?(?:\s+of)?\s+(?P<year>(?:1[89]|20)\d{2})\b(?![,.]\d|[-–/]\d|\s*%)",
    re.IGNORECASE,
)


def of_the_next(date: str, sentence: str, text: str, start: int | None) -> str:
    """A month or day written without its year, joined to a next one that has it ("In
    July and August of 2021", "on March 3 and April 5, 2020"), takes that year (the year
    before when its month comes later in the calendar: "December and January 2022");
    one whose year is written right after it, outside its span, takes that year
    ("December 12, 2022 marks the 200th anniversary", read in April 2022; "in March of
    2020")."""
    if start is None or sentence[start : start + len(text)] != text:
        start = sentence.find(text)
    if start < 0:
        return date
    if written := _WRITTEN_YEAR.match(sentence, start + len(text)):
        return f"{int(written.group('year')):04d}{date[4:]}"
    joined = _JOIN_AT_END.search(text)  # "[6 November and] 2 December 2024", as tagged
    match = _JOINED_YEAR.match(sentence, start + (joined.start() if joined else len(text)))
    if match is None:
        return date
    year = int(match.group("year"))
    if int(date[5:7]) > MONTHS[(match.group("month") or match.group("month2")).lower().rstrip(".")]:
        year -= 1
    return f"{year:04d}{date[4:]}"


# The month and day written right before a year that the language analysis read alone
# ("Executive Order 14046 of September 17, 2021", a span "2021"; "on 17 September
# 2021"; a range's first day, "on or about August 9-10, 2025"): see of_the_day_before.
# (A month and its day, either order: "September 17th", "17 September", "the 14th of
# December".)
_MONTH_DAY = rf"\b(?P<month1>{_MONTH_NAMES})\.?\s+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?"
_DAY_MONTH = rf"\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH_NAMES})"
_DAY_BEFORE = re.compile(
    rf"(?:{_MONTH_DAY}(?:\s?[-–]\s?\d{{1,2}})?,?|{_DAY_MONTH}\.?,?)\s*$", re.IGNORECASE
)
# ... anywhere before a day of the month read alone: see of_the_month_before.
_DAY_WITH_MONTH = re.compile(rf"{_MONTH_DAY}\b(?!\d)|{_DAY_MONTH}\b", re.IGNORECASE)


# A day's number right before a month's name and year read without it ("9 [October
# 2025] – Smith steps aside", "revised 19 [May 2025]"): see of_the_day_written.
_DAY_NUMBER_BEFORE = re.compile(r"(?<![\w.,:/-])([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+$")


def of_the_day_written(month: str, sentence: str, start: int) -> tuple[str, int] | None:
    """The day of a month of a year ("2025-10") whose day is written right before it,
    outside its span ("on 9 October 2025": 2025-10-09), and where it starts; None when
    it is not."""
    match = _DAY_NUMBER_BEFORE.search(sentence, max(0, start - 6), start)
    if match is None:
        return None
    try:
        day = dt.date(int(month[:4]), int(month[5:7]), int(match.group(1)))
    except ValueError:  # 31 April
        return None
    return day.isoformat(), match.start()


def of_the_month_before(
    date: str, sentence: str, start: int, published: dt.date, tense: Tense | None
) -> str:
    """A day of the month read alone (`date`: "on the 27th" read as a day of a month near
    the publication), in the month of the date the sentence writes before it (`start`)
    if that day is no later ("The board met on 21 January ... which we did on the
    27th": 27 January); else `date`. Not "may 3" in lower case (a modal)."""
    written = list(_DAY_WITH_MONTH.finditer(sentence, 0, start))
    if not written:
        return date
    last, day = written[-1], int(date[8:10])
    month = last.group("month1") or last.group("month2")
    if not month[0].isupper() or int(last.group("day1") or last.group("day2")) > day:
        return date
    found = month_day(month, day, published, tense)
    return found[0] if found else date


def of_the_day_before(year: str, sentence: str, start: int) -> tuple[str, int] | None:
    """The day of a year read alone whose month and day are written right before it,
    outside its span ("of September 17, 2021": 2021-09-17), and where they start; None
    when they are not."""
    match = _DAY_BEFORE.search(sentence, 0, start)
    if match is None:
        return None
    month = MONTHS[(match.group("month1") or match.group("month2")).lower().rstrip(".")]
    try:
        day = dt.date(int(year), month, int(match.group("day1") or match.group("day2")))
    except ValueError:  # 31 April
        return None
    return day.isoformat(), match.start()
