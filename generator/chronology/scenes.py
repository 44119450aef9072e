"""What is not a happening, in how a place or a day stood: the rules of not_a_happening
(happenings.py) that find a dated sentence describes a scene ("Seas were calm Friday",
"On Sunday, huge barges were parked at the mouth of the bay, waiting for waves to
subside", "The island was awash with oil two days ago"), a day described and nothing
more ("He obviously had a very full day yesterday."), a state held over a whole
period ("we have the chair of the summit for all of 2022", "Throughout 2021, the
Administration ensured ..."), before the date ("Before this year, ... had never
received federal support") or since it ("has of course been party policy since May
2008"), a weekday of a weekly schedule ("Monday to Friday"), or a photograph's caption
("Tourists wearing masks walk down the street in Osaka May 15, 2009."). Each rule is a function of
(sentence, date, where the date's expression starts) that returns True when the sentence
states no happening on that date; states.py holds the other states.
"""

from __future__ import annotations

import re

from .clauses import NAMES_A_HAPPENING, governed
from .dates import PartialDate

# A scene: "be" (or "sat", "lay", "stood", "remained") and a word of how a place, the sea,
# a crowd or a patient stood, in the clause the date governs ("were calm Friday", "sat
# empty", "was packed Tuesday with lawyers", "were parked at the mouth of the bay", "was
# said to be in a stable condition yesterday"); a closing or an
# opening is a deed and stays ("the beaches were closed on Monday"), and so is a crowd
# busy at something ("lawmakers were busy last Friday attempting to raise fees").
_SCENE = re.compile(
    r"\b(?:is|are|was|were|be|remained|remains|sat|sits|lay|lies|stood|stands)\s+"
    r"(?:(?:still|largely|mostly|nearly|almost|all|eerily|relatively|fairly|very|again)\s+)*"
    r"(?:calm|quiet|empty|deserted|awash|idle|parked|moored|docked|anchored|packed|crowded|rough|choppy|"
    r"lined up|in (?:a )?(?:stable|critical|serious|satisfactory) condition)\b",
    re.IGNORECASE,
)


def scene(sentence: str, when: PartialDate, start: int) -> bool:
    """A scene in the clause the date governs ("Seas were calm Friday", "On Monday
    afternoon, the living quarters on the flotel sat empty", "The island was awash with
    oil two days ago"): how things stood that day, not a happening."""
    return bool(_SCENE.search(governed(sentence, start, len(when.expression))))


# A day described as full, busy or long, the date ending the sentence ("He obviously had a
# very full day yesterday."): a judgement of the day; what filled it is told elsewhere,
# if at all ("It's a busy day today, with 15 executive actions signed" says more and
# stays).
_DAY_DESCRIBED = re.compile(
    r"\b(?:had|has|have|'s|’s|is|was)\s+(?:a|an|such a|another|quite a)\s+"
    r"(?:(?:very|really|pretty|so|long|full|busy|big|tough|hard|rough|productive|eventful|quiet|slow|"
    r"and)\s+)*?(?:full|busy|long|big|tough|hard|rough|productive|eventful|quiet|slow)\s+"
    r"(?:day|week|night|morning|afternoon|evening|weekend)\s+$",
    re.IGNORECASE,
)


def day_described(sentence: str, when: PartialDate, start: int) -> bool:
    """A day described and nothing more, the date ending the sentence ("He obviously had
    a very full day yesterday.")."""
    if re.search(r"\w", sentence[start + len(when.expression) :]):
        return False
    return bool(_DAY_DESCRIBED.search(sentence[: max(start, 0)]))


# A state held over a whole period ("we have the chair of the summit for all of 2022",
# "for the whole of next year"), or what went on throughout a year ("Throughout 2021, the
# Administration ensured that ...", "Throughout 2020 and 2021, dairy producers have
# faced unprecedented challenges"): the period is how long it holds, no point in time.
# Throughout a month, only what was going on (a progressive: "as cases were increasing
# throughout July and August"): deeds done over a month are dated by it ("Throughout
# June, the President ... spoke dozens of times"). A date that names a happening is that
# happening's ("throughout this week's Ocean Conference").
_WHOLE_BEFORE = re.compile(
    r"\bfor\s+(?:all|the\s+whole|the\s+entirety|the\s+full|the\s+entire)(?:\s+of)?\s+$", re.IGNORECASE
)
_THROUGHOUT_BEFORE = re.compile(
    r"\b(?:throughout|all\s+through)(?:\s+(?:the\s+)?(?:whole|entire|entirety|course)\s+of)?"
    r"\s+(?:the\s+)?(?:[\w-]+\s+(?:and|to|through|into)\s+)?$",
    re.IGNORECASE,
)
_GOING_ON = re.compile(r"\b(?:am|is|are|was|were|been)\s+(?:\w+ly\s+|still\s+)?[a-z]{3,}ing\b", re.IGNORECASE)


def whole_period(sentence: str, when: PartialDate, start: int) -> bool:
    """A year or a month held over its whole length ("for all of 2022"), what went on
    throughout a year ("Throughout 2021, ...") or was going on throughout a month ("as
    cases were increasing throughout July")."""
    if when.precision not in {"year", "month"}:
        return False
    if NAMES_A_HAPPENING.match(sentence[start + len(when.expression) :]):
        return False  # "throughout this week's U.N. Ocean Conference": the conference's
    before = sentence[: max(start, 0)] + ("of " if when.expression.lower().startswith("of ") else "")
    if _WHOLE_BEFORE.search(before):
        return True
    if not _THROUGHOUT_BEFORE.search(before):
        return False
    return when.precision == "year" or bool(_GOING_ON.search(governed(sentence, start, len(when.expression))))


# A year or a month right after "before", the date the end of a period before it ("Before
# this year, Puerto Rico's EITC had never received federal support", "before 2001, the
# agency was organized differently", "people who were children before 1957"): what held
# up to then, no happening on it; a date that names a happening is that happening's
# ("three weeks before the April BP spill"), and "before the end of" is a limit's
# (happenings.py).
_BEFORE_PERIOD = re.compile(r"(?<!\w)before\s+(?:the\s+)?$", re.IGNORECASE)


def before_period(sentence: str, when: PartialDate, start: int) -> bool:
    """A year or a month after "before" ("Before this year, ... had never received"): the
    bound of a period, no point in time."""
    if when.precision not in {"year", "month"}:
        return False
    if re.match(r"(?:in|on|at|during|around|by)\b", when.expression, re.IGNORECASE):
        return False  # "I've seen this all before in 1977": an adverb, the date its own
    expression = re.sub(r"^(?:before|the)\s+", "", when.expression, flags=re.IGNORECASE)
    if re.match(r"(?:end|close|start|beginning|middle)\b", expression, re.IGNORECASE):
        return False  # "before the end of the month": a limit
    if NAMES_A_HAPPENING.match(sentence[start + len(when.expression) :]):
        return False  # "before last month's explosion": the explosion's date
    written = sentence[: max(start, 0)] + ("before " if when.expression.lower().startswith("before") else "")
    return bool(_BEFORE_PERIOD.search(written))


# A state held since the date: a perfect of "be" and a predicate that is no participle
# ("has been a partner at the firm since 2017", "has of course been party policy since May
# 2008", "had been in place since 1911", "We've been indoors since Friday"): the state's
# start is not told as a happening. A passive participle tells a deed done on the date
# ("have been shut down since 1 May", "had been parked on the well since early last
# month"), and a date that names a happening is that happening's ("since the April 20
# explosion"); a perfect progressive is states.py's.
_PERFECT_BE = re.compile(
    r"(?:\b(?:has|have|had)|['’](?:s|ve|d))\s+(?:(?:\w+ly|also|not|long|of course|only|now|always|still)\s+)*been\s+"
    r"(?:\w+ly\s+)*(?P<word>[\w'’-]+)",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(
    r"[a-z]+(?:ed|en|ing)|shut|cut|put|set|hit|held|built|made|kept|left|lost|sold|told|found|paid|sent|spent|"
    r"thrust|brought|bought|caught|taught|won|run|begun|done|gone|seen|shown|known|grown|thrown|drawn|laid|led|"
    r"met|struck|stuck|hung|split|spread|let|cast|hurt|shed|fed|fled|dug|bound|wound|ground|born|worn|torn|"
    r"sworn|shot|lit|read|heard|meant|dealt|felt|sought",
    re.IGNORECASE,
)
_BEEN_AFTER = re.compile(r"^,?\s+(?:\w+ly\s+)*been\s+(?:\w+ly\s+)*(?P<word>[\w'’-]+)", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)
STATE_REACH = 15  # words between "been" and "since"


def held_since(sentence: str, when: PartialDate, start: int) -> bool:
    """A state held since the date, a perfect of "be" and no participle before it in its
    clause ("has been a partner at Pillsbury since 2017", "had been in place since
    1911"), between the perfect and "been" ("has since 1995 been one of the city's top
    restaurants"), or after a date that opens the sentence ("Since 2019, the rate has been above
    5 percent"): no happening on the date."""
    since = re.match(r"since\s+", when.expression, re.IGNORECASE)
    if not since and not _SINCE_BEFORE.search(sentence[: max(start, 0)]):
        return False
    if re.match(r"['’]s\b|\s+(?:[a-z-]+\s+){0,2}?(?:explosion|blast|spill|merger|attack|election|disaster|fire|storm)\b",
                sentence[start + len(when.expression) :], re.IGNORECASE):
        return False  # "since its 1998 merger", "since the April 20 explosion": a happening's date
    if start <= 1 or re.fullmatch(r"\W*(?:and|but|so)?\W*", sentence[: max(start, 0)], re.IGNORECASE):
        held = governed(sentence, start, len(when.expression))
        found = [m for m in _PERFECT_BE.finditer(held)]
        return bool(found) and not _PARTICIPLE.fullmatch(found[0].group("word"))
    before = sentence[: max(start, 0)]
    between = _BEEN_AFTER.match(sentence[start + len(when.expression) :])
    if between and re.search(r"(?:\b(?:has|have|had)|['’](?:s|ve|d))\s+(?:since\s+)?$", before, re.IGNORECASE):
        return not _PARTICIPLE.fullmatch(between.group("word"))  # "has since 1995 been one of"
    found = list(_PERFECT_BE.finditer(before))
    if not found or _PARTICIPLE.fullmatch(found[-1].group("word")):
        return False
    gap = before[found[-1].start() :]
    return len(gap.split()) <= STATE_REACH and not re.search(r"[.;:!?]|\s[—–]\s|\b(?:which|who|that|when|after|before|because)\b", gap)


# A weekly schedule: the working week ("8:00 a.m. to 8:00 p.m., Monday to Friday", "daily
# briefings, Monday through Friday") or weekdays in the plural ("from Tuesdays through
# Saturdays"): days that recur every week, no day of a happening; a span of named days
# ("from Thursday to Saturday", "on Monday and Tuesday") is one and stays.
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_WORKING_WEEK = re.compile(
    rf"(?<!from )\bmonday\s*(?:to|through|thru|-|–)\s*friday\b|\b{_WEEKDAY}s\s*(?:to|through|thru|-|–|and)\s*{_WEEKDAY}s\b",
    re.IGNORECASE,
)


def weekly(sentence: str, when: PartialDate, start: int) -> bool:
    """A weekday of a weekly schedule ("Monday to Friday", "Tuesdays through Saturdays"):
    no one day."""
    return any(m.start() <= start < m.end() for m in _WORKING_WEEK.finditer(sentence))


# A copular verb of how something looked or stayed and its adjective right beside the
# date ("fishing conditions this year looked superb", "the atmosphere appeared more
# relaxed on Sunday", "The ocean looks just a bit slimmer today", "It remained unclear
# Monday how much damage ..."): a state on that day, no deed; a clause after the date
# that brings a happening keeps it ("remained unresolved Monday, even as BP engineers
# installed a cap", "looked even grimmer Saturday with the bulletin that ...").
_LINKING_VERB = (
    r"\b(?:looks?|looked|seems?|seemed|appears?|appeared|sounds?|sounded|feels?|felt|remains?|remained|stays?|stayed)\s+"
    r"(?:(?:\w+ly|so|too|very|more|less|quite|rather|still|even|all|much|a bit|a little|just)\s+)*"
    r"(?!(?:to|at|in|on|into|for|before|like|as|that|the|a|an|his|her|their|its|our|my|your|this|these|those|with|"
    r"from|by|of|up|out|down|off|back|over|after|around|through|under|it|him|them|us|me|you|he|she|they|we|i|and|"
    r"or|but|be|been|having|have|has|had|there|here|forward|ready|set|poised|committed|determined|part|one|behind|"
    r"ahead|away|home|until|since|during|throughout|among|between|within|without|near|above|below|across)\b)"
    r"[a-z][\w-]*"
)
_LINKING_BEFORE = re.compile(_LINKING_VERB + r"\s+(?:(?:on|in|at|during)\s+)?$", re.IGNORECASE)
_LINKING_AFTER = re.compile(r"^\s+(?:\w+ly\s+)?" + _LINKING_VERB + r"\s*(?:[.;:!?,—–]|$)", re.IGNORECASE)
_HAPPENING_AFTER = re.compile(r"^\s*,?\s*(?:even as|as|when|after|with|following|because)\b", re.IGNORECASE)


def linking_state(sentence: str, when: PartialDate, start: int) -> bool:
    """A copular verb and its adjective right before the date ("appeared more relaxed on
    Sunday") or right after it, ending the clause ("conditions this year looked
    superb."): how things looked or stayed, no happening."""
    after = sentence[start + len(when.expression) :]
    if _LINKING_BEFORE.search(sentence[: max(start, 0)]):
        return not _HAPPENING_AFTER.match(after)
    return bool(_LINKING_AFTER.match(after))


# A photograph's caption: news agencies write what a picture shows in the present tense
# and end it with the place and the full date, with its year and no preposition ("A
# worker ties a boom ... from a beach in Gulf Shores, Alabama, June 24, 2010.",
# "Tourists wearing masks walk down the street in Osaka May 15, 2009."), or open it with
# a label ("Photo: ..."); a programme's page header has the same form ("This is a rush
# transcript from “Hannity,” June 16, 2010."). A picture shows a moment chosen to
# illustrate the story, not one of the happenings the story tells (the article tells
# those in its own sentences, in the past tense); the day it shows is still referred to.
# A future or a report in the sentence is prose, not a caption ("will welcome guests
# ... this evening, Tuesday, March 1, 2022.").
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_WEEKDAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+"
_FULL_DATE = re.compile(rf"^(?:{_WEEKDAY_NAME})?{_MONTH}\s+\d{{1,2}},\s+\d{{4}}$", re.IGNORECASE)
# (what stands before a caption's date: a place's name, a closing bracket, a comma or a
# quotation's end, not a preposition nor a month: "in Osaka May 15", "Louisiana, May 7")
_CAPTION_BEFORE = re.compile(
    r"(?:\b(?!(?:on|in|at|of|by|through|until|since|from|to|before|after|starting|beginning|expiring|dated)\b)"
    r"(?-i:[A-Z])[\w.'’-]*|[),”\"])\s*,?\s*(?:" + _WEEKDAY_NAME + r")?$",
    re.IGNORECASE,
)
_CAPTION_LABEL = re.compile(r"^\W*(?:file\s+)?(?:photo|picture|image)s?(?:\s+(?:caption|credit)s?)?\s*:", re.IGNORECASE)
# A past tense right before the date: a caption shows in the present.
_PAST_BEFORE = re.compile(r"\b[A-Za-z]+ed\s*,?\s*$")
_PROSE = re.compile(r"\b(?:will|would|shall|said|says|told|was|were|had|did)\b|['’]ll\b", re.IGNORECASE)


def caption(sentence: str, when: PartialDate, start: int) -> bool:
    """A photograph's caption: a full date with its year ending the sentence after a
    place's name or a comma, no preposition before it, no future nor past of a report
    in the sentence ("Tourists wearing masks walk down the street in Osaka May 15,
    2009."), or a sentence labelled "Photo:": what a picture shows, not a happening of
    the story."""
    if _CAPTION_LABEL.match(sentence):
        return True
    if not _FULL_DATE.match(when.expression) or re.search(r"[^\s.\"”)]", sentence[start + len(when.expression) :]):
        return False
    before = sentence[: max(start, 0)]
    if _PAST_BEFORE.search(before):
        return False  # "Ana Lee Resigned May 3, 2022.": a past deed, a heading's
    return bool(_CAPTION_BEFORE.search(before)) and not _PROSE.search(sentence)
