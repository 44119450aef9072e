"""What is not a happening, in a measured quantity's frame: the rules of not_a_happening
(happenings.py) that find a date is the window a quantity was measured over, the day a
total to date or a count's level was told, or the base a level is compared with.

- data_window: the date is one end of a span written with both ends ("from June 1st up
  to, in this case, August the 1st", "From November 1st to December 15th, nearly 11.5
  million Americans signed up") in a clause that measures (a count of things, a share, or
  a measured noun: "new PCR-positive infections and new severe COVID cases"): the period
  the figure covers, no happening on its first or last day. A span of what happened
  ("From June 26 to July 5, Chris Inglis traveled to Israel", "severe winter storms from
  March 17 to March 22") measures nothing and stays, so does a plan ("will facilitate
  air shipment of approximately 1.5 million bottles from September 1 to 5").
- total_told: the date is the day a statement tells a total to date, a sum or a count
  held to a bound ("over $40 Billion", "more than 2 million people", "nearly 13,000
  people") as the subject of a present perfect ("have been committed", "have signed
  up") or in its object ("has already provided vital aid to help more than 200,000 child
  care providers"), or the perfect of the current period ("This year we've seen over 300
  ... laws introduced"): "On Wednesday, the White House will announce that over $40 Billion
  ... have been committed to ...". The total reached is a figure, like a market's close or a
  count reported (running.py, tallies.py); new cases told with their count ("two new
  cases have been confirmed") and an exact count ("28 cases confirmed") are no totals
  held to a bound and stay.
- count_level: a count's noun is the subject of a change with the level reached ("The
  official number of swine flu cases in Scotland increased by 22 to 530 today", "the
  number of confirmed cases has risen to 10,243, the WHO said on Wednesday"): where the
  count stands, in the date's clause or in what a statement of the date tells.
- count_held: what a statement of the date tells is a count held, not counted anew: a
  possession of a count ("The United States has 2,532 confirmed cases ..., the CDC
  said on Sunday"), a perfect with a count's object ("H1N1 flu has infected 4,379 people
  in 29 countries, the WHO said on Sunday"), a total ("confirmed a total of 91 human
  cases ... on Tuesday") or a figure put at a level ("the Health Protection Agency
  putting the figure at 1,121 confirmed cases yesterday"): where the count stands at the
  time of telling, a figure, as a count's level is. New things counted ("announced a
  further 17 cases", "two new cases have been confirmed") are what happened since the
  last count and stay, and so does a toll ("has killed 56 people").
- counted_period: the date ends a participle's phrase that describes things counted ("1
  million people ... qualifying for the program in 2018", "a rise in dolphins and pelicans
  injured or killed this week"): the period the count covers, no happening.
- comparison_base: the date's possessive is the base a quantity is compared with ("an
  increase of $72 million over last year's funding level", "down 6.1 cents from last
  week's $3.48 a gallon"): a level of that period, no happening.
- news_figure (not a rule of the table: events.py reads a lead-in with the sentence
  after it): news the speaker received, told in the next sentence as a level ("Today, we
  received further evidence that ... The four-week average ... is now at its lowest
  level since 1969."): a statistic's release, a reference to its day, no event.

Measured on the nine development corpora and the seeds (every removed sentence read): 31
dated sentences left out (data window 6, total told 14, count level 5, comparison base 3,
news figure 3), each a figure by the judges' standard but three: a sum "allocated" that
day may be an allocation made ("roughly $4.5 billion has been allocated for LIHEAP this
winter"), an access "expanded" to nearly 2 million people told as a total to date, and a
period's funding "from August through December 2021" with the count it reached. T17
Date-F1 (0.563) and TempEval-3 (0.910) unchanged.

count_held (session 11), measured the same way: 10 dated sentences left out (H1N1_reuters
4, H1N1_bbc 2, H1N1_guardian 1, bpoil_guardian 1, bpoil_foxnews 1, bpoil_reuters 1; none
on the White House corpora and the seeds), each a count as of its date; one is left out
by its "total" in a participle ("In January, 2,012 vessels weighing a total of 52m tonnes
operated under its flag": a month's level all the same).

Each rule is a function of (sentence, date, where the date's expression starts) that
returns True when the sentence states no happening on that date.
"""

from __future__ import annotations

import re

from ..lexicon import words
from .clauses import NAMES_A_HAPPENING, clause, governed, opens
from .dates import PartialDate
from .unnamed import news_lead_in
from .years import MONTHS

# What a date may start with at the far end of a span: a month, a weekday, a number, a
# part of a month ("mid-February", "the end of June").
_DATE_WORD = (
    r"(?:(?:the\s+)?(?:(?:end|middle|start|beginning)\s+of\s+)?(?:(?:early|mid|late)[\s-]+)?"
    r"(?:"
    + "|".join(MONTHS)
    + r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}(?:st|nd|rd|th)?\b)"
    r"|(?:early|mid|late)[\s-]+(?:" + "|".join(MONTHS) + r"))"
)
# (a speaker's aside between commas or dots inside the span: "up to, in this case, August
# the 1st", "up to ... August")
_ASIDE = r"(?:\s*(?:,[^,.;:]{1,30},|\.\.\.|…))?"
# The date opens a span: "from" before it or in its expression, "(up) to", "through",
# "until" or a dash and a date after it.
_FROM = re.compile(r"(?:^|\b)from\s+(?:the\s+)?$", re.IGNORECASE)
_TO_AFTER = re.compile(
    r"^\s*(?:up\s+)?(?:to|through|thru|until|till|[-–])" + _ASIDE + r"\s*" + _DATE_WORD,
    re.IGNORECASE,
)
# ... or closes one: "from" and a date, then "(up) to" right before it.
_SPAN_BEFORE = re.compile(
    r"\bfrom\s+"
    + _DATE_WORD
    + r"[^.;:!?]{0,25}?\s+(?:up\s+)?(?:to|through|thru|until|till)"
    + _ASIDE
    + r"\s*$",
    re.IGNORECASE,
)
# ... or is one ("From May 3rd through July 25th", "from November 12-13").
_WHOLE_SPAN = re.compile(
    r"^from\s.*\s(?:to|through|thru|until|till)\s|^from\s+\S+\s+\d+\s*[-–]\s*\d", re.IGNORECASE
)
# What the clause measures: a count of things or a share ("nearly 11.5 million
# Americans", "more than 75,000 fentanyl pills", "18 percent"), or a measured noun
# (lexicon/window_measures: infections, cases, data, rate).
_COUNT_OF_THINGS = re.compile(
    r"(?<![\w$.,/-])(?!(?:1[89]|20)\d\d\b)\d[\d,.]*\s*(?:million|billion|thousand)?\s+(?:[\w-]+\s+){0,3}?[a-z]{2,}s\b"
    r"|\d\s*(?:%|percent\b|per cent\b)|[$£€]\s?\d",
    re.IGNORECASE,
)
_MEASURES = re.compile(rf"\b(?:{'|'.join(sorted(words('window_measures')))})\b", re.IGNORECASE)
# (a plan for the span: "will facilitate air shipment of 1.5 million bottles from September 1 to 5")
_PLAN = re.compile(
    r"\b(?:will|shall|would|going to|plans? to|scheduled|expected to)\b|['’]ll\b", re.IGNORECASE
)
# (the units of a span's own length are no things counted, "14 days from Friday", nor
# places where something happens: "protesting in more than 50 cities")
_UNITS = re.compile(
    r"^\d[\d,.]*\s+(?:days|weeks|months|years|hours|minutes|times)\b", re.IGNORECASE
)
_WHERE = re.compile(
    r"\b(?:in|at|across|throughout)\s+(?:(?:more than|over|nearly|about|some|at least|all)\s+)?$",
    re.IGNORECASE,
)


def data_window(sentence: str, when: PartialDate, start: int) -> bool:
    """One end of a span written with both ends ("from June 1st up to, in this case,
    August the 1st") in a clause that measures a quantity over it ("we see new
    PCR-positive infections and new severe COVID cases in fully vaccinated people"): the
    window of the figure, not a happening. A span of deeds or of weather counts nothing
    and stays; so does a plan for the span."""
    end = _written_end(sentence, when.expression, start)
    before, after = sentence[: max(start, 0)], _SUPERSCRIPT.sub("", sentence[end:], count=1)
    opening = bool(
        _WHOLE_SPAN.match(when.expression)
        or (
            (_FROM.search(before) or re.match(r"from\b", when.expression, re.IGNORECASE))
            and _TO_AFTER.match(after)
        )
    )
    closing = bool(_SPAN_BEFORE.search(before + _preposition(when.expression)))
    if not (opening or closing):
        return False
    held = clause(sentence, start, len(when.expression), after=False)
    if _PLAN.search(held) or (closing and not opening and NAMES_A_HAPPENING.match(after)):
        return False
    measured = _measured_clause(sentence, start, end)
    return bool(_MEASURES.search(measured) or _counts(measured))


def _counts(text: str) -> bool:
    """Does the text count things or give a share ("nearly 11.5 million Americans",
    "18 percent"), not a length of time nor a number of places?"""
    return any(
        not _UNITS.match(m.group()) and not _WHERE.search(text[: m.start()])
        for m in _COUNT_OF_THINGS.finditer(text)
    )


# (an ordinal's letters set as superscript: "From November 1<sup>st</sup> to December 15<sup>th</sup>")
_SUPERSCRIPT = re.compile(r"^<sup>[a-z]{2}</sup>")


def _written_end(sentence: str, expression: str, start: int) -> int:
    """Where the date's words end in the sentence: its expression may join the two
    ends of a span ("January 2022" read from "January to August 2022"), so it ends
    where the words written stop matching it, at a word's end."""
    written = sentence[start : start + len(expression)]
    if written == expression:
        return start + len(expression)
    same = next(
        (i for i, (a, b) in enumerate(zip(written, expression, strict=False)) if a != b),
        len(written),
    )
    while same and written[same - 1].isalnum() and same < len(written) and written[same].isalnum():
        same -= 1
    return start + len(written[:same].rstrip())


def _preposition(expression: str) -> str:
    """The preposition a date's expression opens with ("through July 25th"), read as the
    words before it."""
    found = re.match(r"(?:up\s+to|to|through|thru|until|till)\s+", expression, re.IGNORECASE)
    return found.group() if found else ""


def _measured_clause(sentence: str, start: int, end: int) -> str:
    """The words that the span qualifies: the sentence to the date, up to the last strong
    mark before it, and after it up to the next strong mark, the span's own dates left out
    ("From November 1st to December 15th, nearly 11.5 million Americans signed up")."""
    marks = [m.end() for m in re.finditer(r"[;:—–()]|\s-\s", sentence[: max(start, 0)])]
    following = re.search(r"[;:—–()]|\s-\s|\.\s", sentence[end:])
    text = sentence[
        marks[-1] if marks else 0 : end + (following.start() if following else len(sentence) - end)
    ]
    return re.sub(
        r"\b(?:from|to|through|until)\s+"
        + _DATE_WORD
        + r"[\w,]*(?:\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b,?)?(?:\s+\d{4})?",
        " ",
        text,
        flags=re.IGNORECASE,
    )


# A verb of telling that a date may date ("the White House will announce that", "HHS
# announced that", "officials said on Sunday that").
_TELLING = (
    r"(?:said|says|say|told|tells|reported|reports|report|announced|announces|announce|announcing|"
    r"confirmed|confirms|confirm|disclosed|estimated|estimates)"
)
TELLING_REACH = 8  # words between the date and the verb of telling it dates
_TELLING_AFTER_DATE = re.compile(
    rf"^(?:\s*,)?(?:\s+[\w'’.&()-]+){{0,{TELLING_REACH}}}?\s+(?:will\s+|is\s+|are\s+|has\s+|have\s+)?{_TELLING}\b(?:\s+that\b)?",
    re.IGNORECASE,
)
_TELLING_BEFORE_DATE = re.compile(
    rf"\b{_TELLING}\b(?:\s+[\w'’.&-]+){{0,{TELLING_REACH}}}?\s*$", re.IGNORECASE
)
# A total held to a bound or a sum ("over $40 Billion in American Rescue Plan funds",
# "more than 2 million people", "$10 billion in American Rescue Plan funds"), the subject
# of a present perfect ("have been committed", "have signed up", "has experienced"):
# the total reached by the time of telling. New things told with their count ("two new
# cases have been confirmed") are what happened since the last telling and stay.
_BOUND = r"(?:over|more than|nearly|almost|at least|upwards of|a total of|in excess of|close to|roughly|about)"
_QUANTITY = (
    rf"(?:{_BOUND}\s+)?(?:[$£€]|US\$)\s?\d[\d,.]*\s*(?:million|billion|trillion|bn|m)?\b"
    rf"|{_BOUND}\s+(?<![\w$.,-])(?!(?:1[89]|20)\d\d\b)\d[\d,.]*\s*(?:%|percent|per cent|million|billion|thousand)?"
    r"(?!\s+(?:new|additional|further|more)\b)"
)
_PERFECT = (
    r"(?:have|has)\s+(?:(?:now|already|also|so far|collectively|together)\s+)*"
    r"(?:been\s+)?(?!been\b|had\b|to\b)(?:[a-z]+(?:ed|en|wn|t)|found|made|paid|sold|held|told|hit|run|done|put|won|led|fed|set)\b"
)
_TOTAL_PERFECT = re.compile(
    rf"^\W*(?:(?:that|so far|to date|already)\W+)*(?:{_QUANTITY})(?:\s+[\w'’.,-]+){{0,8}}?\s+{_PERFECT}",
    re.IGNORECASE,
)
# ... or a present perfect with a total held to a bound in its object, a few words after
# the verb ("the American Rescue Plan ... has already provided vital aid to help more
# than 200,000 child care providers", "the program has enrolled more than 10 million
# households", "its laboratories have identified a total of 985 H1N1 flu infections"):
# a total to date as well.
_OBJECT_TOTAL = re.compile(
    r"^[^.;:]{0,80}?(?:\b(?:have|has)|['’]ve)\s+(?:(?:now|already|so far|also)\s+)*(?!been\b|had\b)[a-z]+(?:ed|en|wn|t)\b"
    rf"(?:\s+[^\s,.;:]+){{0,6}}?\s+(?:{_BOUND})\s+(?:[$£€]\s?)?\d",
    re.IGNORECASE,
)


# (what a total is told in: the words to a strong mark; a period inside a sentence ends
# an abbreviation, "the U.S. Gulf Coast")
_STRONG_MARK = re.compile(r"[;:]\s|\s[—–]\s|\s-\s")
# (an aside between dashes: "the American Rescue Plan – through its historic $24 billion
# Child Care Stabilization Program – has already provided")
_DASH_ASIDE = re.compile(r"\s[—–]\s[^—–;:]{1,100}?\s[—–]\s")
# (what follows a date after its verb of telling but is no clause told: "which the Vice
# President announced in May and which has generated more than $1.2 billion")
_NOT_TOLD = re.compile(
    r"\s*(?:[,(]|(?:and|but|or|which|who|where|when|to|for|in|on|at|as|after|before)\b)",
    re.IGNORECASE,
)
# (emphasis set as markup around a statement's words: "**<u>over $40 Billion ...</u>**")
_TAG = re.compile(r"</?(?:u|b|i|em|strong)>|\*\*")


def total_told(sentence: str, when: PartialDate, start: int) -> bool:
    """The day a statement tells a total to date, a sum or a count held to a bound as
    the subject of a present perfect ("On Wednesday, the White House will announce that
    over $40 Billion in American Rescue Plan funds have been committed to ...", "Today,
    HHS announced that more than 2 million people have signed up", "More than 300 sea
    birds ... have been found dead ..., wildlife officials reported on Monday"): the
    total reached, a figure, not a happening. A statement of what was done that day
    ("announced over $810 million in additional programs") has no perfect of a total
    and stays."""
    told = _told(sentence, when, start)
    if _CURRENT_PERIOD.match(when.expression):
        told.append(
            governed(sentence, start, len(when.expression))
        )  # "This year we've seen over 300 ..."
    return any(_TOTAL_PERFECT.match(text) or _OBJECT_TOTAL.match(text) for text in told)


# The current period, whose perfect is a tally to date ("This year we've seen over 300
# anti-LGBTQI+ laws introduced in state legislatures").
_CURRENT_PERIOD = re.compile(r"^(?:so far\s+|already\s+)?this (?:year|month|week)$", re.IGNORECASE)


# Words of a closing attribution's source: a body's full name may be long ("the U.S.
# Centers for Disease Control and Prevention said on Sunday"); a source, not a phrase
# that opens with a preposition or a conjunction (", with an emergency sale of 30 million
# barrels announced just last week").
ATTRIBUTION_WORDS = 9


def _told(sentence: str, when: PartialDate, start: int) -> list[str]:
    """What a statement dated by the date tells: the clause after its verb of telling
    ("the White House will announce that ...", "said on Sunday that ..."), and the words
    before a closing attribution that the date ends ("..., wildlife officials reported on
    Monday"); each to a strong mark, markup and an aside between dashes read through."""
    end = _written_end(sentence, when.expression, start)
    before, after = _TAG.sub(" ", sentence[: max(start, 0)]), _TAG.sub(" ", sentence[end:])
    told = []
    verb = _TELLING_AFTER_DATE.match(after)
    if verb:
        told.append(after[verb.end() :])
    elif _TELLING_BEFORE_DATE.search(before) and not _NOT_TOLD.match(after):
        told.append(
            re.sub(r"^\s*(?:that\b)?", " ", after)
        )  # "said on Sunday that over 65 miles ..."
    attribution = re.search(
        rf",\s*(?!(?:with|by|in|on|at|for|after|before|as|and|but|which|who)\b)(?:[\w.'’()&-]+\s+){{1,{ATTRIBUTION_WORDS}}}{_TELLING}\b(?:\s+[\w'’-]+){{0,4}}?\s+$",
        before,
        re.IGNORECASE,
    )
    attribution = attribution or re.search(
        r",\s*according to(?:\s+[\w.'’()&-]+){1,6}?\s+$", before, re.IGNORECASE
    )  # "..., according to WHO's tally on Tuesday"
    if attribution:
        marks = list(_STRONG_MARK.finditer(before, 0, attribution.start()))
        told.append(before[marks[-1].end() if marks else 0 : attribution.start()])
    return [_STRONG_MARK.split(_DASH_ASIDE.sub(" ", text), maxsplit=1)[0] for text in told]


# A count's level: a count's noun as the subject ("the number of confirmed cases", "the
# national total of confirmed H1N1 swine flu cases") of a verb of change
# or of reaching, with the level reached ("increased by 22 to 530", "has risen to 10,243",
# "climbed to 17"): where the count stands, a figure, whether the date is in its clause
# ("The official number of swine flu cases in Scotland increased by 22 to 530 today") or
# dates a statement that tells it ("the WHO said on Wednesday"). A count told as what
# happened ("Two Britons have now contracted swine flu, it was confirmed yesterday, as the
# total number of cases rose to 13") has the count's level in a clause of its own; a
# disaster's toll ("The death toll rose to 15 on Monday") counts its victims, the
# happening's own count (as levels.year_count reads one), and stays.
_COUNT_LEVEL = re.compile(
    r"\b(?:number|total|tally|count)\b(?:\s+(?:of|in)\s+[^.;,]{1,60}?)?\s+"
    r"(?:(?:has|have|had)\s+(?:now\s+)?)?(?:rose|risen|rises|increased|increases|climbed|climbs|jumped|grew|grown|"
    r"reached|reaches|fell|fallen|dropped|declined|edged (?:up|down)|went up|gone up|stood at|stands at)\b"
    r"(?:\s+by\s+(?:about\s+|nearly\s+|more than\s+)?\d[\d,.]*)?\s+(?:to\s+)?"
    r"(?:(?:about|nearly|almost|more than|over|some|at least)\s+)?\d[\d,.]*(?!\s*(?:%|percent|per cent))",
    re.IGNORECASE,
)


def count_level(sentence: str, when: PartialDate, start: int) -> bool:
    """A count's level reached, in the date's clause ("The official number of swine flu
    cases in Scotland increased by 22 to 530 today") or in what a statement of the date
    tells ("The number of confirmed cases ... has risen to 10,243 ..., the World Health
    Organization said on Wednesday"): where the count stands, not a happening; not a
    date that names a happening."""
    end = _written_end(sentence, when.expression, start)
    if NAMES_A_HAPPENING.match(sentence[end:]):
        return False
    return any(
        _COUNT_LEVEL.search(text)
        for text in [governed(sentence, start, end - start), *_told(sentence, when, start)]
    )


# A count held (count_held): a possession or a perfect with a count as its object, the
# count not of new things ("has 2,532 confirmed cases", "have had 34 cases", "has infected
# 4,379 people"), a total ("a total of 91 human cases") or a figure put at a level
# ("putting the figure at 1,121 confirmed cases"); a toll ("has killed 56 people") is
# the happening's own count and stays, and so does a causative "had" ("had 4,200 square
# miles of Gulf waters closed to their boats": the closing happened).
_NOT_NEW = r"(?!(?:new|additional|further|more|another|other)\b)"
_HELD_COUNT = (
    rf"(?:(?:{_BOUND}|some|up to)\s+)?(?<![\w$.,-])(?!(?:1[89]|20)\d\d\b)\d[\d,.]*\s*(?:million|thousand)?\s+"
    # (not a time given, "had 24 hours to choose")
    r"(?!(?:days|weeks|months|years|hours|minutes|times)\b)"
    rf"{_NOT_NEW}(?:(?!(?:were|was|are|is|been|have|has|had)\b|[a-z]{{3,}}ing\b)[\w-]+\s+){{0,3}}?"
    r"(?:[a-z]{3,}s|people|children|men|women)\b"
    # (not a causative "had": "had 4,200 square miles of Gulf waters closed to their boats",
    # "had 20 helicopters ferrying others")
    r"(?!(?:\s+(?:of|in)\s+[\w-]+){0,2}(?:\s+[\w-]+)?\s+(?:[a-z]+ed|[a-z]{3,}ing|were|was|taken|shut|cut|held|put)\b)"
)
_COUNT_HELD = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:now|so far|already|also)\s+)*(?:had\s+|(?:infected|sickened|recorded|registered|"
    r"confirmed|reported|identified|detected|counted|seen)\s+)?" + _HELD_COUNT
    + r"|^\W*" + _HELD_COUNT + r"(?:\s+[\w'’.-]+){0,4}?\s+(?:have|has)\s+(?:now\s+|so far\s+)?been\s+[a-z]+(?:ed|en)\b"
    + r"|\ba total of\s+(?:[\w-]+\s+)?\d"
    + r"|\b(?:put|puts|putting|placed|places|placing)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:figure|total|number|count|tally)\s+at\s+(?:[\w-]+\s+)?\d",
    re.IGNORECASE,
)


def _own_clause(sentence: str, start: int, end: int) -> str:
    """The clause the date governs (clauses.governed) to the conjunction that joins
    another to it ("The fake page was created a week ago and as of Thursday had more
    than 54,000 followers": the count is the other clause's)."""
    if opens(sentence, start):
        return re.split(r"\s(?:and|but)\s", governed(sentence, start, end - start), maxsplit=1)[0]
    before = clause(sentence, start, end - start, after=False)
    after = clause(sentence, start, end - start)[len(before) + end - start :]
    return re.split(r"\s(?:and|but)\s", before)[-1] + " " + re.split(r"\s(?:and|but)\s", after, maxsplit=1)[0]


HELD_REACH = 8  # words before a count held in what is told: its main clause's, not a later relative's


def count_held(sentence: str, when: PartialDate, start: int) -> bool:
    """What a statement of the date tells, or the date's own clause, is a count held ("The
    United States has 2,532 confirmed cases ..., the CDC said on Sunday", "H1N1 flu has
    infected 4,379 people in 29 countries, the WHO said on Sunday", "health officials
    confirmed a total of 91 human cases ... on Tuesday"): where the count stands, a
    figure; not a date that names a happening. New things counted ("a further 17
    cases") and a toll ("has killed 56 people") stay."""
    end = _written_end(sentence, when.expression, start)
    if NAMES_A_HAPPENING.match(sentence[end:]):
        return False
    if _COUNT_HELD.search(_own_clause(sentence, start, end)):
        return True
    return any(
        (found := _COUNT_HELD.search(text)) is not None and len(text[: found.start()].split()) <= HELD_REACH
        for text in _told(sentence, when, start)
    )


# A count of a period in a participle's phrase (counted_period): the date ends a reduced
# relative (a participle with no subject or auxiliary of its own) that describes the
# things counted, so the date is the period they were counted over, not a day something
# was done: a count with a present participle ("1 million people qualifying for the
# program in 2018": no finite verb between, "-ing" that is no noun after a determiner or
# a preposition), or the change of a count with a past participle ("a rise in dolphins
# and pelicans injured or killed this week"). A finite verb of a counted subject ("2,000
# people marched in May") is a happening and stays; so does a day ("on Friday").
_NO_FINITE = (
    r"(?:(?!(?:was|were|is|are|be|been|has|have|had|will|would|can|could|may|might|who|which|that|"
    r"the|a|an|this|these|their|its|our|his|her|of|in|at|on|for|to|by|with)\b)(?![a-z]+ed\b)[\w/.,-]+\s+)"
)
_COUNTED_PERIOD = re.compile(
    r"(?<![\w$.,/-])(?!(?:1[89]|20)\d\d\b)\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+"
    rf"{_NO_FINITE}{{0,4}}?(?!(?:days|weeks|months|years|hours|minutes|times)\b)(?:[a-z]{{3,}}s|people|children|men|women)\b"
    r"(?:\s+of\s+[\w/-]+(?:\s+[\w/-]+)?)?\s+[a-z]{3,}ing\s+(?:[\w/'’-]+\s+){0,6}?$"
    r"|\b(?:rise|rises|increase|increases|surge|spike|jump|drop|fall|decline)\s+in\s+(?:the\s+number\s+of\s+)?"
    r"(?:[\w-]+\s+){1,8}?[a-z]{3,}ed(?:\s+(?:or|and)\s+[a-z]{3,}ed)?\s+(?:(?:in|during|over)\s+)?$",
    re.IGNORECASE,
)


def counted_period(sentence: str, when: PartialDate, start: int) -> bool:
    """A date that ends a participle's phrase describing things counted ("with 1 million
    people qualifying for the program in 2018", "leads to a rise in pelicans injured or
    killed this week"): the period of a count, a figure; a day, or a counted subject's
    finite verb ("2,000 people marched in May"), stays."""
    if when.precision not in {"year", "month"}:
        return False
    preposition = re.match(r"(?:in|during|over)\s+", when.expression, re.IGNORECASE)
    before = clause(sentence, start, len(when.expression), after=False)
    return bool(_COUNTED_PERIOD.search(before + (preposition.group() if preposition else "")))


# The base of a comparison: "over", "from", "than", "above", "below", "compared to" right
# before the date, and after the date's possessive a level's noun or an amount ("over
# last year's funding level", "from last week's $3.48 a gallon", "over last year's
# totals"); a happening's noun ("from last week's explosion") is no base.
_BASE_BEFORE = re.compile(
    r"\b(?:over|from|than|above|below|under|compared (?:to|with)|relative to|versus|vs\.?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LEVEL_AFTER = re.compile(
    r"^['’]s\s+(?:(?:[\w-]+\s+){0,2}?(?:levels?|totals?|figures?|amounts?|rates?|averages?|numbers?|counts?|"
    r"prices?|highs?|lows?|peaks?|records?|budgets?|appropriations?)\b|(?:record\s+|historic\s+|[\w-]+\s+)?(?:[$£€]\s?)?\d)",
    re.IGNORECASE,
)


def comparison_base(sentence: str, when: PartialDate, start: int) -> bool:
    """The date's possessive as the base a quantity is compared with ("an increase of $72
    million over last year's funding level", "down 6.1 cents from last week's $3.48 a
    gallon"): the level of that period, not a happening on it."""
    preposition = re.match(
        r"(?:over|from|than|above|below|under)\s+", when.expression, re.IGNORECASE
    )
    before = sentence[: max(start, 0)] + (preposition.group() if preposition else "")
    end = _written_end(sentence, when.expression, start)
    return bool(_BASE_BEFORE.search(before) and _LEVEL_AFTER.match(sentence[end:]))


# News the speaker received that the next sentence tells (unnamed.news_told: "Today, we
# received further evidence that our jobs recovery is one of the strongest ever. The
# average number of Americans filing for unemployment over the last four weeks is now at
# its lowest level since 1969."): when what it tells is a level (a number, a record, a
# low or a high, a level or an average), the day is a statistic's release, its content a
# figure, not a happening; news told as a judgement ("This is a testament to the
# resilience of the American people.") stays with its lead-in.
NEWS_FIGURE = "news figure"
_LEVEL_TOLD = re.compile(
    r"\d|\b(?:records?|lowest|highest|fewest|lows?|highs?|levels?|averages?|percent|rates?)\b",
    re.IGNORECASE,
)


def news_figure(lead_in: str, told: str) -> str | None:
    """NEWS_FIGURE when `lead_in` names news the speaker received and `told`, the next
    sentence that tells it, states a level; None otherwise."""
    return NEWS_FIGURE if news_lead_in(lead_in) and _LEVEL_TOLD.search(told) else None
