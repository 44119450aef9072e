"""What is not a happening, in surveys, estimates and milestones: the rules of
not_a_happening (happenings.py) that find a date is the frame of a figure measured,
estimated or reached, not the day something happened.

- survey_window: the window a poll, a survey, a study or a monitoring covered ("The poll
  of 1,000 people was conducted June 17-21", "telephone interviews ... between May
  21-23", "safety monitoring ... from December 14th through January 13th", "From May 3rd
  through July 25th, New York examined COVID-19 tests"): the period measured, not a
  happening. The study's release ("Today, CDC is releasing a study") keeps its own date.
- poll_finding: a poll's figure with the poll named as its source ("71 percent ...,
  according to a Monmouth poll released Wednesday") or a rating's level ("Obama's
  approval rating fell to 48 percent in June"). A poll's publication stated as news ("a
  poll released on Monday showed ...", "A Washington Post-ABC poll yesterday suggested")
  stays a happening.
- estimate: an estimate or a projection of an amount ("Bernstein Research estimated in
  late April that BP's liability could reach $8 billion", "Experts estimate that the
  chip shortage knocked a point off GDP last year"): a figure, not what was done that day.
  Estimates released as news ("new flow estimates released today") and a company's own
  charge ("BP raised its estimated cleanup costs") are no estimating verb and stay.
- milestone: a level reached or to be reached ("today the United States will hit 50
  percent of adult Americans fully vaccinated", "today we will hit 400 million shots"):
  a running total's crossing, a figure.

Measured on the nine development corpora (bench/happenings.py, every removed sentence
read): 38 dated sentences left out (window 16, poll finding 6, estimate 13, milestone 3),
no dated happening among them; five are borderline (a government's or an agency's
estimate made news, "The government estimated last week that 12,000 to 19,000 barrels a
day are leaking"; the days a research cruise found a plume). T17 Date-F1 unchanged.
"""

from __future__ import annotations

import re

from .clauses import NAMES_A_HAPPENING, clause
from .dates import PartialDate

# What measures over a period: a poll, a survey, a study, a monitoring, data examined.
_MEASURED = re.compile(
    r"\b(?:polls?|polled|surveys?|surveyed|interviews|interviewed|respondents|studies|study|"
    r"monitoring|monitored|data|examined|examining|analy[sz]ed|analy[sz]ing|analysis|"
    r"looked at|looking at|tracked|tracking|sampled|cohort)\b",
    re.IGNORECASE,
)
# The date opens a window ("from", "between") or is one ("May 21-23", "June 3-6").
_WINDOW_BEFORE = re.compile(r"\b(?:from|between)\s+(?:the\s+)?$", re.IGNORECASE)
_WINDOW_AFTER = re.compile(
    r"^,?\s*(?:(?:through|thru|to|until|till)\s+(?:the\s+)?(?:end|mid|early|late|\d|[A-Z])|[-–]\s*\d)",
)
_RANGE = re.compile(
    r"\d\s*[-–]\s*\d|^(?:from|between)\s.*\s(?:through|thru|to|until|and)\s", re.IGNORECASE
)
# A field period stated as when the poll was conducted ("The poll ... was conducted June
# 17-21", "interviews conducted on May 3").
_CONDUCTED = re.compile(
    r"\b(?:poll|survey|interviews?|fieldwork)\b[^.;]{0,60}?\b(?:conducted|carried out|taken|done|fielded)"
    r"\s+(?:on\s+|in\s+|from\s+|between\s+|over\s+)?$",
    re.IGNORECASE,
)


def survey_window(sentence: str, when: PartialDate, start: int) -> bool:
    """The window a poll, a survey, a study or a monitoring covered: the date opens or is
    a span ("between May 21-23", "from December 14th through January 13th", "June 17-21")
    in a sentence that measures, or it is when the poll was conducted."""
    before = sentence[: max(start, 0)]
    after = sentence[start + len(when.expression) :]
    if _CONDUCTED.search(before):
        return True
    window = bool(
        _WINDOW_BEFORE.search(before)
        or _RANGE.search(when.expression)
        or _WINDOW_AFTER.match(after)
    )
    return window and bool(_MEASURED.search(sentence))


# The poll named as the source of the sentence's figure, its date that of its release.
_ACCORDING_TO_POLL = re.compile(
    r"\baccording to (?:a|an|the)\s+(?:[\w'’./&-]+\s+){0,6}?(?:poll|survey)\s+"
    r"(?:(?:released|published|conducted|taken|out|issued)\s+)?(?:on\s+|in\s+|this\s+|last\s+)?$",
    re.IGNORECASE,
)
# A rating's level, the date in its clause ("approval rating fell to 48 percent in June").
_RATING = re.compile(
    r"\b(?:approval|disapproval|job performance|job approval|popularity|favou?rability|poll)\s+(?:ratings?|numbers)\b",
    re.IGNORECASE,
)


def poll_finding(sentence: str, when: PartialDate, start: int) -> bool:
    """A poll's finding: the date that of a poll named as the source of a figure
    ("..., according to an opinion poll published on Wednesday"), or the clause of the
    date states a rating's level ("Obama's approval rating fell to 48 percent in June")."""
    before = sentence[: max(start, 0)]
    if _ACCORDING_TO_POLL.search(before):
        return True
    return bool(_RATING.search(clause(sentence, start, len(when.expression))))


# An estimating verb, active ("Bernstein Research estimated in late April that", "Experts
# estimate that", "The FMC estimates that"); not a noun ("its estimated cleanup costs",
# "an estimated 5,000 barrels", "BP's estimates on the oil flow rate", "recovery projects
# in areas hard-hit"): a present form only before "that" or an amount, a past form also
# before the date's preposition, neither after a determiner or a possessive.
_ESTIMATES = re.compile(
    r"(?<!\ban )(?<!\bits )(?<!\bthe )(?<!\btheir )(?<!['’]s )"
    r"\b(?:(?:estimates?|projects|forecasts|predicts|reckons)(?=\s+(?:that\b|\$|£|€|\d))"
    r"|(?:estimated|projected|forecast|predicted|calculated|reckoned)"
    r"(?=\s+(?:that\b|in\b|on\b|last\b|this\b|earlier\b|late\b|early\b|\w+\s+that\b|\$|£|€|\d)))",
    re.IGNORECASE,
)
# A release before the date ("A study published in Science on Monday estimated"): the
# date is the release's, a happening.
_RELEASED = re.compile(r"\b(?:published|released|issued|reported|out)\b", re.IGNORECASE)
# ... an amount in the estimate ("$8 billion", "27 percent", "a full percentage point",
# "the lowest child poverty rate").
_AMOUNT = re.compile(
    r"(?:\$|£|€)\s?\d|\b\d[\d,.]*\s*(?:%|percent|per cent|bn|billion|million|m\b|barrels|tonnes)"
    r"|\bpercentage points?\b|\brate\b",
    re.IGNORECASE,
)


# The estimating verb governs a date this close after it (characters), the amount this
# close after the verb; a full stop, a list item or a new sentence run in ends its reach.
ESTIMATE_REACH = 100
AMOUNT_REACH = 160
_BREAK = re.compile(r"\.\s|\s-\s|\s\s+[A-Z]|[;!?]")
# ... and a clause of its own between the verb and the date takes the date.
_SUBORDINATE = re.compile(
    r"\b(?:before|after|when|since|which|who|while|because|once|until|as|where)\b|[—–()]",
    re.IGNORECASE,
)


def estimate(sentence: str, when: PartialDate, start: int) -> bool:
    """An estimate or a projection of an amount: an estimating verb shortly before the
    date (ESTIMATE_REACH, no full stop or list item between) or just after it, with an
    amount soon after the verb ("Bernstein Research estimated in late April that BP's
    liability could reach $8 billion")."""
    end = start + len(when.expression)
    for verb in _ESTIMATES.finditer(sentence, max(0, start - ESTIMATE_REACH)):
        if verb.start() > end + 1:
            break
        if verb.end() <= start and (
            _BREAK.search(sentence, verb.end(), start)
            or _SUBORDINATE.search(sentence, verb.end(), start)
        ):
            continue  # the date is not the estimate's ("... were released before the well was sealed in September")
        if verb.start() >= end and (
            sentence[end : verb.start()].strip()
            or _RELEASED.search(clause(sentence, start, 0, after=False))
        ):
            continue  # after the date only right after it, when no release holds the date
        if verb.group().lower().startswith(("projected", "forecast", "predicted")) and re.search(
            r"\b(?:is|are|was|were|be|been)\s+$", sentence[: verb.start()]
        ):
            continue
        if _AMOUNT.search(sentence[verb.end() : verb.end() + AMOUNT_REACH]):
            return True
    return False


# A level reached: a verb of reaching right before a number or a share ("will hit 50
# percent of adult Americans", "we will hit 400 million shots"); a milestone with no
# level ("it had reached a milestone in its efforts to seal the well") is a happening.
_MILESTONE = re.compile(
    r"\b(?:hit|hits|reach|reaches|reached|pass|passes|passed|cross|crosses|crossed|surpass|surpasses|surpassed|"
    r"top|tops|topped|exceed|exceeds|exceeded)\s+(?:the\s+)?(?:(?:more than|over|nearly|about|almost)\s+)?"
    r"\d[\d,.]*\s*(?:%|percent|per cent|million|billion|thousand|bn|m\b)",
    re.IGNORECASE,
)


def milestone(sentence: str, when: PartialDate, start: int) -> bool:
    """A level reached or to be reached, in the date's clause ("today the United States
    will hit 50 percent of adult Americans fully vaccinated")."""
    end = start + len(when.expression)
    # A date after the verb that names a happening is that happening's ("surpasses the
    # 1989 Exxon Valdez spill"), not the day the level was reached.
    if NAMES_A_HAPPENING.match(sentence[end:]) and _MILESTONE.search(sentence[:start]):
        return False
    if _MILESTONE.search(clause(sentence, start, len(when.expression))):
        return True
    # ... or in what was seen or said on the date ("you may have seen this morning that
    # today the United States will hit 50 percent")
    that = re.match(r"\s*that\s", sentence[end:])
    return bool(that and _MILESTONE.search(clause(sentence, end + that.end(), 0)))
