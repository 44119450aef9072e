"""Temporal expressions -> partial dates, resolved against the document's date.

A date is a partial ISO string with a precision ("2017" year, "2022-03" month,
"2021-12-07" day), never finer than the text gives. Our own rules come first (bare
years, this/last/next year or month, weekdays, month names, today/tonight), then
dateparser's DateDataParser, which reports the precision it parsed. Durations, counts,
frequencies and ages ("90 minutes", "five years", "monthly", "63-year-old") are not dates.

dateparser is made deterministic and offline: English only (no language or locale
detection), the document's date as RELATIVE_BASE, past-preferring, no time zone lookup.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

PRECISIONS = ("year", "month", "day")
MIN_YEAR = "1800"  # earlier four-digit numbers in news text are rarely years
# Nor are numbers more than this many years after the publication ("3502", "7776").
MAX_YEARS_AHEAD = 100
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

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_SHORT_MONTHS = [calendar.month_abbr[i] for i in range(13)]
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(_WEEKDAYS)

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
# Prepositions and qualifiers that do not change the date itself.
_PREFIX = re.compile(
    r"^(?:(?:in|on|since|during|until|till|by|from|of|as of|at|around|about|before|after|"
    r"starting|beginning|early|late|mid|the (?:end|beginning|start|middle) of|"
    r"(?:the )?(?:first|second|last|final) (?:half|week|weeks|days) of)[\s-]+)+",
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
               centuries|century|quarters?|weekends?|terms?)\b(?!.*\bago\b).*
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
_PUBLICATION_DAY = re.compile(
    rf"^(?:{PUBLICATION_WORDS}|earlier today|later today)$",
    re.IGNORECASE,
)
_BARE_YEAR = re.compile(r"^(?:the (?:year )?|year )?((?:1[89]|20)\d{2})$", re.IGNORECASE)
_RELATIVE = re.compile(
    r"^(?:(earlier|later|early|late|the end of|the start of|the beginning of)\s+)?"
    r"(this|last|next)\s+(year|month)(?:'s|’s)?$",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(rf"^(?:(last|this|next|past)\s+)?({_WEEKDAY_RE})$", re.IGNORECASE)
_MONTH_ONLY = re.compile(rf"^(?:(last|this|next|past)\s+)?({_MONTH_RE})\.?$", re.IGNORECASE)
_COUNTS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
} | {"a": 1, "an": 1}
_AGO = re.compile(
    r"^(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(years?|months?)\s+ago(?:\s+(today|tomorrow|yesterday))?$",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    rf"^(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?$", re.IGNORECASE
)
_DAY_MONTH = re.compile(
    rf"^(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH_RE})\.?$",
    re.IGNORECASE,
)
# A range of days ("7-8 March", "June 26-28, 2022", "March 30 to April 1"): the first
# day, with the range kept in the expression and said in the explanation, when it spans
# at most RANGE_DAYS days; a longer range is dated by the month (or year) holding it.
RANGE_DAYS = 7
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
# A day or month written without a year is the latest one up to the publication date,
# unless the sentence speaks of the future, that one is at least this long ago and the
# next one comes within FUTURE_WITHIN_DAYS.
RECENT_DAYS = 60
FUTURE_WITHIN_DAYS = 183
_WEEK = re.compile(r"^(last|this|next)\s+week$", re.IGNORECASE)
# A date can be read from dateparser only if the text names a month, weekday, year, or a
# relative anchor; anything else it parses (e.g. "the 1990s") is noise.
_DATE_WORD = re.compile(
    rf"\b(?:{_MONTH_RE}|{_WEEKDAY_RE}|yesterday|tomorrow|ago|\d{{4}})\b|\d{{1,2}}/\d{{1,2}}",
    re.IGNORECASE,
)
_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|’ll|'ll|scheduled|upcoming|is set to|are set to|is expected to|"
    r"are expected to|plans? to|planned|is to be|are to be)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A resolved date: partial ISO string at the precision the text supports."""

    date: str  # "YYYY" | "YYYY-MM" | "YYYY-MM-DD"
    precision: str  # "year" | "month" | "day"
    future: bool  # after the publication date (at this precision)
    expression: str  # the expression as written, with its leading preposition
    explanation: str  # "'In March', in an article of 16 Aug 2022"

    def contains(self, other: PartialDate) -> bool:
        """True when `other` lies within this date and is finer ("2022" ⊃ "2022-07")."""
        return len(other.date) > len(self.date) and other.date.startswith(self.date)


def resolve_expression(
    text: str,
    document_date: str,
    sentence: str | None = None,
    start: int | None = None,
) -> PartialDate | None:
    """Resolve a temporal expression written in a document published on `document_date`.

    `sentence` (and `start`, the expression's offset in it) lets the words written just
    before the expression ("In", "since", "this") and future cues ("will") be used.
    Returns None for what is not a point in time.
    """
    published = dt.date.fromisoformat(document_date)
    expression = _clean(text)
    context_future = False
    if sentence is not None:
        expression = _extend_left(sentence, text, start)
        context_future = bool(_FUTURE_CUE.search(sentence))
    if sentence is not None and _not_a_year(sentence, text, start):
        return None
    resolved = _resolve(_clean(expression), published, context_future)
    if resolved is None or not MIN_YEAR <= resolved[0][:4] <= str(published.year + MAX_YEARS_AHEAD):
        return None
    date, precision = resolved
    future = date > document_date[: len(date)]
    explanation = f"'{expression}', in an article of {_short_date(published)}"
    if is_day_range(expression):
        explanation += " (first day of the range)" if precision == "day" else " (a range)"
    return PartialDate(
        date=date,
        precision=precision,
        future=future,
        expression=expression,
        explanation=explanation,
    )


def _resolve(expression: str, published: dt.date, context_future: bool) -> tuple[str, str] | None:
    if not expression or _NOT_A_DATE.match(expression):
        return None
    if _PUBLICATION_DAY.match(expression):
        return published.isoformat(), "day"
    core = _PREFIX.sub("", expression).strip()
    if not core or _NOT_A_DATE.match(core):
        return None
    if _PUBLICATION_DAY.match(core):
        return published.isoformat(), "day"
    if match := _AGO.match(core):
        return _ago(match.group(1).lower(), match.group(2).lower(), match.group(3), published)
    if match := _BARE_YEAR.match(core):
        return match.group(1), "year"
    if match := _RELATIVE.match(core):
        return _relative(match.group(2).lower(), match.group(3).lower(), published)
    if match := _WEEK.match(core):
        return _week(match.group(1).lower(), published)
    if match := _WEEKDAY.match(core):
        return _weekday(match.group(1), match.group(2), published, context_future)
    if match := _RANGE_MONTH_FIRST.match(core) or _RANGE_DAY_FIRST.match(core):
        return _day_range(match, published, context_future)
    if match := _MONTH_DAY.match(core) or _DAY_MONTH.match(core):
        return _month_day(match.group("month"), int(match.group("day")), published, context_future)
    if match := _MONTH_ONLY.match(core):
        return _month(match.group(1), match.group(2), published, context_future)
    if not _DATE_WORD.search(core):
        return None
    return _dateparser(core, published)


def _ago(count: str, unit: str, anchor: str | None, published: dt.date) -> tuple[str, str] | None:
    """ "five years ago" -> the year; "a year ago today" -> that day."""
    n = int(count) if count.isdigit() else _COUNTS.get(count)
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


def _relative(which: str, unit: str, published: dt.date) -> tuple[str, str]:
    step = {"this": 0, "last": -1}.get(which, 1)
    if unit == "year":
        return f"{published.year + step:04d}", "year"
    month_index = published.year * 12 + published.month - 1 + step
    return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", "month"


def _week(which: str, published: dt.date) -> tuple[str, str]:
    """A week is not a precision we keep: the month (or year) that holds all of it."""
    step = {"this": 0, "last": -1}.get(which, 1)
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
    sunday = monday + dt.timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return f"{monday.year:04d}-{monday.month:02d}", "month"
    if monday.year == sunday.year:
        return f"{monday.year:04d}", "year"
    return f"{published.year:04d}", "year"


def _weekday(
    modifier: str | None, name: str, published: dt.date, context_future: bool
) -> tuple[str, str]:
    """The publication weekday itself is the publication day ("returned on Friday" in a
    Friday article); otherwise the nearest such day before it (after it when "next" or
    the sentence speaks of the future)."""
    target = _WEEKDAYS[name.lower()]
    back = (published.weekday() - target) % 7
    modifier = (modifier or "").lower()
    if modifier in ("last", "past"):
        back = back or 7
        day = published - dt.timedelta(days=back)
    elif modifier == "next" or (context_future and modifier != "this" and back):
        ahead = (target - published.weekday()) % 7 or 7
        day = published + dt.timedelta(days=ahead)
    else:
        day = published - dt.timedelta(days=back)
    return day.isoformat(), "day"


def _month_day(
    name: str, day: int, published: dt.date, context_future: bool
) -> tuple[str, str] | None:
    month = _MONTHS[name.lower().rstrip(".")]
    try:
        this_year = dt.date(published.year, month, day)
        past = this_year if this_year <= published else this_year.replace(year=published.year - 1)
        ahead = this_year if this_year > published else this_year.replace(year=published.year + 1)
    except ValueError:  # 29 February in a common year, 31 April
        return None
    if (
        context_future
        and (published - past).days >= RECENT_DAYS
        and (ahead - published).days <= FUTURE_WITHIN_DAYS
    ):
        return ahead.isoformat(), "day"
    return past.isoformat(), "day"


def _day_range(
    match: re.Match[str], published: dt.date, context_future: bool
) -> tuple[str, str] | None:
    """ "7-8 March" -> its first day; a range longer than RANGE_DAYS -> the month or year
    that holds it. The second month defaults to the first ("March 7-8"), the first to the
    second ("7-8 March")."""
    first_month = _MONTHS[(match.group("m1") or match.group("m2")).lower().rstrip(".")]
    last_month = _MONTHS[(match.group("m2") or match.group("m1")).lower().rstrip(".")]
    first_day, last_day = int(match.group("d1")), int(match.group("d2"))
    try:
        if match.group("year"):
            year = int(match.group("year"))
            start = dt.date(year, first_month, first_day)
        else:
            resolved = _month_day(
                calendar.month_name[first_month], first_day, published, context_future
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


def is_day_range(expression: str) -> bool:
    """True when `expression` writes a range of days ("7-8 March", "June 26 to 28")."""
    core = _PREFIX.sub("", _clean(expression)).strip()
    return bool(_RANGE_MONTH_FIRST.match(core) or _RANGE_DAY_FIRST.match(core))


def _month(
    modifier: str | None, name: str, published: dt.date, context_future: bool
) -> tuple[str, str]:
    """A month name without a year: the latest such month up to the publication month,
    or the next one when the text says so ("next March", "will ... in November")."""
    month = _MONTHS[name.lower().rstrip(".")]
    modifier = (modifier or "").lower()
    year = published.year if month <= published.month else published.year - 1
    if modifier == "last" or modifier == "past":
        year = published.year - 1 if month >= published.month else published.year
    elif modifier == "next" or (context_future and modifier != "last" and month > published.month):
        year = published.year if month > published.month else published.year + 1
    return f"{year:04d}-{month:02d}", "month"


_PARSER_SETTINGS: dict[str, Any] = {
    "PREFER_DATES_FROM": "past",
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_TIME_AS_PERIOD": False,
    "STRICT_PARSING": False,
    "PARSERS": ["relative-time", "absolute-time", "no-spaces-time"],
    "TIMEZONE": "UTC",
    "TO_TIMEZONE": "UTC",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "DATE_ORDER": "MDY",
}


@lru_cache(maxsize=4096)
def _dateparser(core: str, published: dt.date) -> tuple[str, str] | None:
    parsed = _parse(core, published)
    if parsed is None:
        return None
    value = dt.date.fromisoformat(parsed[0])
    precision = parsed[1]
    if precision == "day" and not re.search(r"\d|yesterday|tomorrow|ago", core, re.IGNORECASE):
        return None
    if precision == "year" and "ago" not in core.lower() and not re.search(r"\d{4}", core):
        return None
    return value.isoformat()[: _LENGTH[precision]], precision


# dateparser's raw answers, kept between builds by remembered_dates(): (core, published
# day) -> (ISO date, period) or None. dateparser takes milliseconds an expression; a
# rebuild after one document changed asks it again only about that document.
_MEMO: dict[str, tuple[str, str] | None] = {}
_MEMO_NEW: list[str] = []
MEMO_FILE = "dates.json"


def _parse(core: str, published: dt.date) -> tuple[str, str] | None:
    key = f"{published.isoformat()} {core}"
    if key in _MEMO:
        return _MEMO[key]
    data = _date_parser(published).get_date_data(core)
    answer = None
    if data.date_obj is not None and data.period in PRECISIONS:
        answer = (data.date_obj.date().isoformat(), str(data.period))
    _MEMO[key] = answer
    _MEMO_NEW.append(key)
    return answer


def warm_up() -> None:
    """Load dateparser's language data (about 0.3 s), remembering nothing: for a long
    running process (watch) that has not parsed a date yet."""
    _date_parser(dt.date(2000, 1, 1)).get_date_data("last Friday")


def _memo_version() -> str:
    import dateparser

    return json.dumps([dateparser.__version__, sorted(_PARSER_SETTINGS.items())])


@contextmanager
def remembered_dates(folder: Path | None) -> Iterator[None]:
    """Keep dateparser's answers in `folder`/dates.json (keyed by dateparser's version and
    settings) across builds: load them on entry, add the new ones on exit. None: no file."""
    path = folder / MEMO_FILE if folder is not None else None
    version = _memo_version() if path is not None else ""
    if path is not None and path.is_file():
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            stored = {}  # a damaged file is only a slower build
        if isinstance(stored, dict) and stored.get("version") == version:
            for key, answer in stored.get("answers", {}).items():
                _MEMO.setdefault(key, tuple(answer) if answer else None)
    _MEMO_NEW.clear()
    try:
        yield
    finally:
        if path is not None and _MEMO_NEW:
            answers = {k: list(v) if v else None for k, v in sorted(_MEMO.items())}
            payload = json.dumps({"version": version, "answers": answers}, ensure_ascii=False)
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(".tmp")
            temporary.write_text(payload, encoding="utf-8")
            temporary.replace(path)
        _MEMO_NEW.clear()


@lru_cache(maxsize=64)
def _date_parser(published: dt.date) -> Any:
    from dateparser.date import DateDataParser

    settings = dict(_PARSER_SETTINGS)
    settings["RELATIVE_BASE"] = dt.datetime(published.year, published.month, published.day)
    return DateDataParser(
        languages=["en"], locales=["en"], try_previous_locales=False, settings=settings
    )


def _clean(text: str) -> str:
    text = " ".join(text.replace("’", "'").split())
    text = re.sub(r"'s$", "", text)
    return text.strip(" .,;:—–-\"'()[]")


def _not_a_year(sentence: str, text: str, start: int | None) -> bool:
    """A bare number that names something else: "coronavirus disease 2019", "flight
    1549", "Form 1040-PR"."""
    if not re.fullmatch(r"\d{4}", text.strip()):
        return False
    if start is None or sentence[start : start + len(text)] != text:
        start = sentence.find(text)
    before = re.search(r"([A-Za-z.]+)\s*$", sentence[: max(start, 0)])
    after = sentence[start + len(text) : start + len(text) + 2]
    if re.match(r"-[A-Za-z0-9]", after):
        return True
    return bool(before and before.group(1).lower().rstrip(".") in _NOT_YEAR_BEFORE)


def _extend_left(sentence: str, text: str, start: int | None) -> str:
    """The expression with the words written just before it that belong to it."""
    if start is None or sentence[start : start + len(text)] != text:
        start = sentence.find(text)
    if start < 0:
        return _clean(text)
    begin = start
    for _ in range(3):
        match = re.search(r"([A-Za-z]+)[\s-]+$", sentence[:begin])
        if not match or match.group(1).lower() not in _LEADING:
            break
        begin = match.start(1)
    return _clean(sentence[begin : start + len(text)])


def _short_date(day: dt.date) -> str:
    return f"{day.day} {_SHORT_MONTHS[day.month]} {day.year}"
