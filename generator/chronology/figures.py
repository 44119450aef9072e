"""What is not a happening, in figures: the rules of not_a_happening (happenings.py) that
find a date is a figure's period or reference point ("as of Friday, the average was",
"$5.5 billion in 2022", "up from 9,000 on Friday") or the start of a count accumulated
since ("Since 2012, 825,000 people have been granted DACA"). Each rule is a function of
(sentence, date, where the date's expression starts) that returns True when the sentence
states no happening on that date.
"""

from __future__ import annotations

import re

from ..lexicon import words
from .changes import level_change as level_change
from .changes import peak_named
from .clauses import NAMES_A_HAPPENING, clause, governed
from .dates import PartialDate
from .years import MONTHS

# A count accumulated since a date ("Since 2012, 825,000 people have been granted
# DACA", "we've evacuated at least 5,100 U.S. citizens since August 14th", "the fifth
# time ... since August of 2020"): a level reached at the time of writing, nothing that
# happened on the date. A state since a date ("Since 2019, the US does not recognize
# Maduro", "closed since March 2020") began on it and stays; so does a date followed by
# a noun that names the happening ("since the April 20 explosion");
_SINCE = re.compile(r"^since\b", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
# A period to date ("Already this year, FEMA has approved 20 grants", "so far this month",
# "pledges made to date in 2022") counts like a span since its start.
_SO_FAR = re.compile(
    r"\b(?:already|so far|to date)\s+(?:in\s+)?$|^(?:already|so far)\b|^(?:this|last) (?:year|month|week)\s+(?:alone|so far|to date)\b",
    re.IGNORECASE,
)
# (A number, not a year: a date elsewhere in the sentence counts nothing.)
_COUNT = re.compile(
    r"(?<![\d,.])(?!(?:1[89]|20)\d\d\b)\d|\b(?:hundreds|thousands|millions|billions) of\b|"
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?!years?\b|months?\b|weeks?\b|days?\b)[a-z]+s\b|"
    r"\b(?:first|second|third|fourth|fifth|\w+th) time\b|\bthe (?:most|fewest|least)\b",
    re.IGNORECASE,
)
# The other term of a change or a comparison ("up from nearly 9,000 on Friday", "dropped
# to 38 percent from 92 percent the year before", "up from 46% of schools in January
# 2021", "compared with 50% last week"): an amount "from" or "compared with" the date;
_UP_FROM = re.compile(
    r"(?:\b(?:from|compared (?:with|to))|\d\s*(?:%|percent|per cent)?\s+(?:more|less|fewer|higher|lower) than) "
    r"(?:nearly |about |around |more than |over |some |just )?"
    r"(?:[$£€]\s?|#\s)?[\d,.]+\s*(?:%|percent|per cent|million|billion|trillion|bn|m\b)?(?:\s+(?!(?:on|in|at|the)\b)[a-z]+s)?"
    r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:(?:on|in|at)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# ... or of a multiple ("more than 28 times the investment in 2020", "three times as
# many cases as in March"): the date is the smaller term's;
_MULTIPLE_BEFORE = re.compile(
    r"\b(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|several|many) times "
    r"(?:the|that of|what|as (?:much|many|high|large|great|fast|likely)\b)[^.;:,()]{0,50}?\s+"
    r"(?:(?:on|in|at|during|for)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# A figure of a period: an amount just before the date ("$5.5 billion in 2022",
# "more than 1,500 shootings in 2020", "17,855 cases and 45 deaths at 15 June", a rate
# "at 69,000 barrels per day (bpd) in 2009");
_AMOUNT_BEFORE = re.compile(
    r"(?:(?:[$£€]\s?|#\s)\d[\d,.]*(?:\s+(?:million|billion|trillion))?|\d[\d,.]*\s+(?:percent|per cent|"
    r"(?:new )?(?:cases|deaths|infections|hospitalizations|shootings|jobs|barrels|doses|shots|"
    r"vaccinations|tests|points|bpd)))(?:\s+(?:per|a)\s+(?:day|week|month|year))?(?:\s+\([A-Za-z]+\))?"
    r"\s+(?:in|at|for|during)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# An amount right before a year with no preposition ("including $5 billion this year",
# "pay was $36m last year"): the year's amount, a figure of the period ("budget cuts of
# 25% in 1999" were made in that year);
_AMOUNT_BARE = re.compile(
    r"(?:(?:[$£€]\s?|#\s)\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m)\b)?|\d[\d,.]*\s*(?:%|percent\b|per cent\b))\s+$",
    re.IGNORECASE,
)
# (An amount announced or awarded is a happening of the year: "EPA announced $1 billion
# this year".)
_ANNOUNCED_BEFORE = re.compile(
    r"\b(?:announced|awarded|approved|committed|pledged|allocated|granted|donated|unveiled)\s+"
    r"(?:(?:nearly|about|almost|over|more than|another|an additional|a total of)\s+)*$",
    re.IGNORECASE,
)
# A figure's reference point or period ("as of yesterday, the average was", "the
# lowest since October", "116 percent over last year", "the data is from March", "for
# the week ending August 28", "their tax return for 2020"): a level, not a happening;
_AS_OF = re.compile(r"\bas of\b", re.IGNORECASE)
_AS_OF_CLOCK = re.compile(
    r"\bas of\s+[\d:.]+\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{3}\s+)?(?:on\s+)?$", re.I
)
_REFERENCE = re.compile(
    r"\b(?:since|over|than|from|compared (?:to|with)|relative to|versus|than (?:it|they|that|this|"
    r"we|he|she) (?:was|were|did|had been)(?: (?!before|after|until|since)[\w-]+)?(?: in| on| at| during)?)\s+(?:the\s+|a\s+)?$",
    re.IGNORECASE,
)
# A series of figures over dates ("from 6,000 per week in January to 22,000 in April");
_AMOUNT = r"(?:\d[\d,.]*\s*(?:%|percent|million|billion|thousand|trillion|per\b|points?\b)|\d{1,3}(?:,\d{3})+)"
_SERIES = re.compile(
    rf"\bfrom\b[^;.]{{0,40}}?{_AMOUNT}[^;]{{0,60}}?\bto\b[^;]{{0,40}}?{_AMOUNT}(?:[^;,.]|[,.]\d)*"
    rf"(?:,\s*(?:and\s+)?to\b[^;]{{0,40}}?{_AMOUNT}(?:[^;,.]|[,.]\d)*)*",  # "..., to 100 million in November"
    re.IGNORECASE,
)
_REFERENCE_EXPRESSION = re.compile(
    r"^(?:since|from|over)\b|^(?:for )?the (?:week|month|quarter|period) (?:ending|of)\b",
    re.IGNORECASE,
)
# A reporting period ("for the week ending August 28, 2021"): a figure's, whatever the
# clause says.
_REPORTING_PERIOD = re.compile(
    r"^(?:for )?the (?:week|month|quarter|period|year|\d+ (?:days|weeks|months)) (?:ending|ended)\b",
    re.IGNORECASE,
)
_PERIOD_FOR = re.compile(
    r"(?<!scheduled )(?<!set )(?<!planned )(?<!slated )(?<!due )(?<!expected )"
    r"(?<!postponed )(?<!delayed )(?<!rescheduled )\bfor\s+(?:the\s+)?(?:fiscal\s+)?$",
    re.IGNORECASE,
)
# The other term of a comparison with an amount ("33 percent higher than the amount
# collected on Sunday"), a baseline year ("50-52% below 2005 levels"), a month that is a
# statistic's period ("remarks on the July jobs report"): a figure's reference.
_THAN_AMOUNT = re.compile(
    r"\bthan (?:the|a|that|its|their|this|last) (?:amount|number|level|total|figure|rate|volume|"
    r"quantity|count|price|average)s?(?: [a-z]+){0,3}\s+(?:(?:on|in|at|during|for)\s+)?$",
    re.IGNORECASE,
)
# ... the first, the only or the most of something since the date ("its first confirmed
# leader since 2015", "the first increase since 1993", "the largest rig loss since
# 1988"): ranked over the time since, nothing happened on the date (a date that names a
# happening, "the first time since the April 20 explosion", is that happening's);
_RANKED_SINCE = re.compile(
    r"\b(?:first|only|most|least|fewest|highest|lowest|largest|biggest|smallest|best|worst|strongest|weakest|"
    r"fastest|slowest|longest|shortest|deadliest|greatest|sharpest|steepest|busiest|costliest)\b",
    re.IGNORECASE,
)
_LEVELS_AFTER = re.compile(r"^\s+(?-i:(?:[a-z-]+\s+)?(?:levels?|lows?|highs?|peaks?|averages?|rates?))(?![\w-])")
# ... or the day of a measure of things ("The seven-day average of new admissions on
# February 16th", "the number of cases in March");
_OF_THINGS_BEFORE = re.compile(
    r"\b(?:average|(?<!\ba )number|count|total|share|percentage|rate|pace|level)\s+of\s+"
    r"(?:(?!(?:who|which|that|and|or)\b)(?![\w-]+ed\b)[\w-]+\s+){1,4}?(?:on|in|for|at)\s+$",
    re.IGNORECASE,
)
# ... or the end of the period data cover ("data analyzed through July", "figures up to
# 30 June");
_DATA_THROUGH = re.compile(
    r"\b(?:data|figures|numbers|statistics|results|records)\b(?:\s+[\w-]+){0,2}?\s+(?:through|thru|until|up to)\s+$",
    re.IGNORECASE,
)
_THROUGH = re.compile(r"(?:through|thru|until|up to)\s+", re.IGNORECASE)
# ... or a level's peak as a reference point ("lower from our peak in early January", "up
# $7.50 from a year low on June 9"); not a low reached on the day ("fell to a 14-year low
# on Friday").
_PEAK_BEFORE = re.compile(
    r"\b(?:from|since|than|above|below|of|off)\s+(?:(?:hitting|reaching|touching)\s+)?"
    r"(?:(?:its|their|our|the|a|his|her)\s+)?(?:[\w-]+\s+)?"
    r"(?:peak|peaks|high|highs|low|lows)\s+(?:(?:in|on|of|at)\s+)?$",
    re.IGNORECASE,
)
# (a month alone, without its year: "an October 2020 report" was issued then)
_MONTH_ALONE = re.compile(
    r"^(?:(?:on|in|for|of|at|from)\s+)?(?:the\s+)?(?:" + "|".join(MONTHS) + r")$", re.IGNORECASE
)
_REPORT_AFTER = re.compile(
    r"^\s+(?:[a-z]+\s+){0,3}?(?:data|numbers|figures|statistics|index|payrolls?|readings?)\b|"
    r"^\s+(?:[a-z]+\s+){0,2}?(?:jobs|employment|unemployment|inflation|prices?|sales|payrolls?|trade|"
    r"gdp|cpi|earnings)\s+(?:[a-z]+\s+)?reports?\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(
    r"%|\b(?:percent|per cent|points|average|rates?|levels?|lowest|highest|record (?:highs?|lows?)|data|"
    r"figures|totals?|statistics|increased?|decreased?|declined?|drop(?:ped)?|rise|rose|"
    r"risen|fell|fallen|grew|growth|higher|lower|(?:up|down) (?:by )?(?:about |nearly |almost "
    r"|more than |over )?\d)\b",
    re.IGNORECASE,
)


# (an amount read into the date's expression: "up from 91 yesterday"; not a year, a count
# of time or a day of a month: "from 2017", "from 17 months ago", "from 1 June")
_FROM_AMOUNT = re.compile(
    r"from\s+(?:about\s+|nearly\s+)?\$?(?!(?:1[89]|20)\d\d\b)\d[\d,.]*\s*(?:%|percent\s)?\s*"
    r"(?:yesterday|today|last|this|on|in|at|a|the)\b(?!\s+(?:years?|months?|weeks?|days?)\b)",
    re.IGNORECASE,
)


def figure(sentence: str, when: PartialDate, start: int) -> bool:
    """A date that is the period or the day of an amount just before it ("$5.5 billion
    in 2022", "more than 1,500 shootings in 2020", "45 deaths at 15 June"), or the other
    term of a comparison ("up from 9,000 on Friday", "28 times the investment in
    2020"): a level, not a happening."""
    preposition = re.match(r"(?:in|at|for|during|on)\s+", when.expression, re.IGNORECASE)
    before = sentence[: max(start, 0)] + (preposition.group() if preposition else "")
    bare = when.precision == "year" and not re.match(r"(?:in|on|at|during|from|by)\b", when.expression, re.I)
    amount = _AMOUNT_BARE.search(sentence[: max(start, 0)]) if bare else None
    if amount and not _ANNOUNCED_BEFORE.search(sentence[: amount.start()]):
        return True  # "including $5 billion this year"; "EPA announced $1 billion this year" stays
    if _FROM_AMOUNT.match(when.expression):
        return True  # "up from 91 yesterday", the amount read into the date's expression
    return bool(_AMOUNT_BEFORE.search(before) or _UP_FROM.search(before) or _MULTIPLE_BEFORE.search(before))


def span(sentence: str, when: PartialDate, start: int) -> bool:
    """A count accumulated since the date ("Since 2012, 825,000 people have been
    granted DACA", "300 calls or meetings since September 1st") or over a period to
    date ("Already this year, FEMA has approved 20 grants"): a level at the time of
    writing; not a state that began on the date ("Since 2019, the US does not recognize
    Maduro"), nor a date that names a happening ("since the April 20 explosion")."""
    before = sentence[: max(start, 0)]
    after = sentence[start + len(when.expression) :]
    so_far = _SO_FAR.search(before) or _SO_FAR.match(when.expression + after)
    if not (_SINCE.match(when.expression) or _SINCE_BEFORE.search(before) or so_far):
        return False
    if not so_far and NAMES_A_HAPPENING.match(after):
        return False
    return bool(_COUNT.search(sentence.replace(when.expression, " ", 1)))


def measure(sentence: str, when: PartialDate, start: int) -> bool:
    """A date that is a figure's reference point or period ("As of yesterday, the
    seven-day average was ...", "the lowest since October", "for the week ending
    August 28", "their tax return for 2020"): the sentence states a level, not a
    happening. A reference word needs a figure or a change of level in the date's
    clause ("closed since Sunday" is a happening), and a date that names a happening
    ("down 10 percent since the April 20 rig fire") is that happening's."""
    before = sentence[: max(start, 0)]
    after = sentence[start + len(when.expression) :]
    if _AS_OF.search(f"{before[-8:]}{when.expression}") or _AS_OF_CLOCK.search(before):
        return True
    if _REPORTING_PERIOD.match(when.expression) or _REPORTING_PERIOD.search(before[-30:] + when.expression):
        return True
    if when.precision in {"year", "month"} and _PERIOD_FOR.search(before):
        return not re.match(r"['’]s\b", after)  # "for this year's meeting" names it
    preposition = re.match(r"(?:in|on|of|at)\s+", when.expression, re.IGNORECASE)
    if _PEAK_BEFORE.search(before + (preposition.group() if preposition else "")):
        return True  # "a 95 percent decrease, lower from our peak in early January"
    if peak_named(sentence, when, start):
        return True  # "a 56 percent decline since the January 9th peak"
    bare = "in " if re.match(r"(?:just |only )?(?:last|a|an|\w+ (?:days|weeks|months|years))\b|yesterday\b", when.expression, re.I) else ""
    if _OF_THINGS_BEFORE.search(before + (preposition.group() if preposition else bare)):
        return True  # "The seven-day average of new admissions on February 16th", "the pace of vaccination a month ago"
    if _DATA_THROUGH.search(before + (through.group() if (through := _THROUGH.match(when.expression)) else "")):
        return True  # "data analyzed through July": the data's coverage
    if _THAN_AMOUNT.search(before) or (when.precision == "year" and _LEVELS_AFTER.match(after)):
        return True  # "higher than the amount collected on Sunday", "below 2005 levels"
    if _MONTH_ALONE.match(when.expression) and _REPORT_AFTER.match(after):
        return True  # "the July jobs report": the report's period, not its day
    if NAMES_A_HAPPENING.match(after):
        return False
    if any(m.start() < start < m.end() for m in _SERIES.finditer(sentence)):
        return True
    if not (_REFERENCE.search(before) or _REFERENCE_EXPRESSION.search(when.expression)):
        return False
    reference = _REFERENCE.search(before)
    if reference and reference.group().lower().startswith("than"):
        return True  # "lower than it was in 2017": a comparison's other term
    held = clause(sentence, start, len(when.expression)).replace(when.expression, " ")
    since = _SINCE.match(when.expression) or (reference and reference.group().lower().startswith("since"))
    if since and _RANKED_SINCE.search(clause(sentence, start, len(when.expression), after=False)):
        return True  # "its first confirmed leader since 2015": ranked over the years since
    if reference and re.match(r"(?:compared|relative|versus)", reference.group(), re.I) and _COUNT.search(held):
        return True  # "3,900 additional firearm deaths in 2020 compared to 2019"
    return bool(_FIGURE.search(held))


# A year's statistic (period_figure): a count of many things, not of a measure of one
# ("2 million loans", "5,046 defendants", "23 percent"; not "200,000 gallons of oil",
# which one spill leaked).
_UNITS = (
    r"(?:gallons|barrels|tons|tonnes|pounds|dollars|acres|miles|feet|metres|meters|liters|"
    r"litres|kilometres|kilometers|hours|days|weeks|months|years|times)\b"
)
_MANY = re.compile(
    r"(?<![\w$.,])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+(?:million|billion|thousand))"
    rf"(?:\s+(?!{_UNITS})[a-z-]+){{0,2}}?\s+(?!{_UNITS})[a-z]+s\b|\b\d+(?:\.\d+)? (?:percent|per cent)\b",
    re.IGNORECASE,
)
_ALONE = re.compile(r"^,?\s+alone\b", re.IGNORECASE)
# ... compared with every other period ("in 2020 than any year in history"), or a level
# of the period ("the rate of hospitalization was nearly four times higher").
_RECORD = re.compile(r"^\s+than (?:any|every|ever)\b", re.IGNORECASE)
_LEVEL = re.compile(
    r"\b(?:rate|share|percentage|proportion|level|average)\b(?: of [\w -]{1,40}?)? (?:was|were|stood|remained)\b",
    re.IGNORECASE,
)
# ... or a share of a population in the date's clause ("nearly 3 percent of U.S. workers
# quit their jobs in August", "96% of schools open in-person in January 2022"): a rate of
# the period.
_SHARE = re.compile(
    r"(?:(?<![\w$.,-])\d[\d,.]*\s*(?:%|percent|per cent)|\b(?:nearly|almost|about|more than|over|roughly|fewer than|less than)\s+"
    r"(?:half|a third|a quarter|two-thirds|three-quarters)) of (?:all |the )?(?:[\w.-]+ ){0,3}?(?:workers|people|"
    r"adults|americans|children|households|families|students|companies|businesses|firms|voters|respondents|"
    r"residents|patients|schools|counties|states)\b",
    re.IGNORECASE,
)
_WHOLE_YEAR = re.compile(
    r"(?:in |during |throughout |over )?(?:the )?(?:[a-z ]+ of )?\d{4}|(?:this|last|a) year(?: ago)?",
    re.IGNORECASE,
)


def period_figure(sentence: str, when: PartialDate, start: int) -> bool:
    """A figure stated for a whole year ("in 2020 alone"), or a year that opens the
    sentence with a count of many things ("In 2021, the PPP made 2
    million loans", "In 2022, VA processed a record 1.7 million veteran claims", "A year
    ago, we were at less than 1 percent"): a count over the period, not a happening on a
    day. A measure of one happening stays one ("In 2006, the Prudhoe Bay pipeline leaked
    200,000 gallons of oil"), so does a year that does not open the sentence."""
    after = sentence[start + len(when.expression) :]
    if when.precision in {"year", "month"} and "week" not in when.expression.lower() and _ALONE.match(after):
        return True  # "in 2020 alone, wildfires resulted in $16.6 billion in damages"
    if when.precision in {"year", "month"} and _RECORD.match(after):
        return True  # "more billionaires in 2020 than any year in history"
    if when.precision in {"year", "month"} and _LEVEL.search(clause(re.sub(r"^\s*,", " ", after), 0, 0)):
        return True  # "in August 2021, the rate of hospitalization was four times higher"
    if (
        when.precision in {"year", "month"}
        and not NAMES_A_HAPPENING.match(after)
        and _SHARE.search(clause(sentence, start, len(when.expression)))
    ):
        return True  # "nearly 3 percent of U.S. workers quit their jobs in August"
    if when.precision != "year" or not _WHOLE_YEAR.fullmatch(when.expression):
        return False
    if not re.fullmatch(r"\W*(?:in|during|throughout|over)?\s*", sentence[: max(start, 0)], re.IGNORECASE):
        return False
    held = clause(re.sub(r"^\s*,", " ", sentence[start + len(when.expression) :]), 0, 0)
    return bool(_MANY.search(held))


# A plan or a projection (target): a future or a plan before the date, a quantity
# between them ("would lease eight deep water drilling rigs this year", "will donate 2
# billion meals in 2023", "plans to invest an additional $14 million next year");
_PLANNED = re.compile(
    r"\b(?:would|will|'d|'ll|plans? to|aims? to|seeks? to|intends? to)\b"
    r"(?! (?:have|later|not|never|always|often|usually|like|love|say|note|argue|add|expect)\b)",
    re.IGNORECASE,
)
_QUANTITY = re.compile(
    r"\$\s?\d|\d[\d,.]*\s*(?:%|percent|per cent|million|billion|trillion)|\b\d[\d,.]*\s+[a-z]+s\b|"
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred)\s+(?:\w+\s+){0,3}?[a-z]+s\b",
    re.IGNORECASE,
)
# A plan reaches a date at most this many words after it.
TARGET_REACH = 14
_PAST_WORDS = re.compile(r"\b(?:last|ago|yesterday|earlier|previous)\b", re.IGNORECASE)


def target(sentence: str, when: PartialDate, start: int) -> bool:
    """A quantity planned or projected for a month or a year ("said in its 2009 business
    plan that it would lease eight deep water drilling rigs this year", "will generate
    $30 to $35 billion of free cash flow this year"): a target for the period, not a
    happening; a plan on a day stays one ("will travel to Bali on November 14"), so does
    a past date, a date that names a happening and a comparison's other term ("would
    make it eight times worse than the Exxon Valdez spill in 1989")."""
    if when.precision not in {"year", "month"} or _PAST_WORDS.search(when.expression):
        return False
    if re.match(r"(?:the|of)\b", when.expression, re.IGNORECASE):
        return False
    if NAMES_A_HAPPENING.match(sentence[start + len(when.expression) :]):
        return False
    before = clause(sentence, start, len(when.expression), after=False)
    plans = list(_PLANNED.finditer(before))
    if not plans:
        return False
    gap = before[plans[-1].end() :]
    return len(gap.split()) <= TARGET_REACH and bool(_QUANTITY.search(gap)) and not re.search(r"\bthan\b", gap)


# A count of the days a happening has lasted ("The worst oil spill in U.S. history,
# entering its 73rd day on Thursday"): its age on the date, nothing new.
_DAY_COUNT = re.compile(
    r"\b(?:enter(?:s|ed|ing)?|in|on|into|marks?|marked|marking) its (?:\d+(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?"
    r"(?:th|st|nd|rd)) (?:day|week|month)\b[^.;]{0,12}$",
    re.IGNORECASE,
)


def day_count(sentence: str, when: PartialDate, start: int) -> bool:
    """The age of a happening counted on the date ("entering its 73rd day on
    Thursday")."""
    return bool(_DAY_COUNT.search(sentence[: max(start, 0)]))


# A year's output, sales, spending or receipts: a verb of a flow with an amount before a
# year ("BP pumped 4.0 million barrels of oil equivalent in 2009", "Tourists spent $2.3
# billion on Alabama's beaches in 2008", "Mexico exported just $2 billion worth of goods
# to China last year", "Guatemala received more than 1,000 asylum claims in 2021"): a
# figure of the period, not a happening. A leak or a spill is one happening ("leaked
# 200,000 gallons of oil in 2006"), a sum received one award ("received nearly $3
# billion in supplemental funding from Congress back in 2019"): neither verb is a flow.
_FLOW = re.compile(
    r"\b(?:produced|pumped|slaughtered|processed|harvested|manufactured|mined|refined|sold|exported|imported|earned|generated|shipped|consumed|spent|posted|reported|brought in|"
    r"recorded|collected|paid|added|created|gained|shed)\s+(?:(?:about|nearly|almost|over|more than|some|roughly|a record|an average of|"
    r"around|just)\s+)*(?:[$£€]\s?)?\d[\d,.]*"
    r"|\breceived\s+(?:(?:about|nearly|almost|over|more than|some|roughly|a record|around|just)\s+)*"
    r"\d[\d,.]*\s*(?:million|billion|thousand)?\s+(?:[\w-]+\s+)?[a-z]+s\b",
    re.IGNORECASE,
)


def year_output(sentence: str, when: PartialDate, start: int) -> bool:
    """An amount produced, sold, spent or received over a year or a month ("BP pumped 4.0
    million barrels of oil equivalent in 2009", "it spent $16m lobbying last year", "the
    $1bn BP said it spent in May"): the period's figure. Not a date that names a happening, nor a leak ("leaked 200,000 gallons of
    oil in 2006")."""
    if when.precision not in {"year", "month"} or NAMES_A_HAPPENING.match(sentence[start + len(when.expression) :]):
        return False
    if "week" in when.expression.lower():
        return False  # a week is read at a month's precision, but it is no period of a figure
    return bool(_FLOW.search(clause(sentence, start, len(when.expression), after=False)))


# A record of the period: the date, or a figure of it, is the subject of "be" with a
# superlative ("Sunday was its busiest air travel day of the year so far", "the number of
# acres burned in 2021 is the highest on record", "last year has been the best year for
# manufacturing jobs"): a measure ranked against other days or years, no happening.
_RECORD_AFTER = re.compile(
    r"^,?\s+(?:was|is|has been|had been|were|are)\s+(?:also\s+)?(?:the|its|our|their|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:[a-z]+est|most|fewest|least|best|worst)\b",
    re.IGNORECASE,
)


# (... or after an opening date, its subject between them: "last year it was the biggest
# producer")
_RECORD_SUBJECT_AFTER = re.compile(
    r"^\s*(?:(?:it|they|he|she|this|that)|(?:the\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,2})\s+(?:was|were|is|are|became)\s+"
    r"(?:also\s+)?(?:the|its|their)\s+(?:[\w-]+\s+)?(?:[a-z]+est|most|fewest|least|best|worst)\b"
    r"(?![^.;]*\b(?:to|who|that|which)\s+[a-z]+ed\b)"
)
# (a verb after the superlative is a happening's: "was the first to arrive on Thursday")
_PAST_FORM_AFTER = re.compile(r"(?:est|most|best|worst|least)\b[^.;]*\b(?:[a-z]{3,}ed|came|went|took|made)\b", re.IGNORECASE)


_RECORD_SUBJECT = re.compile(
    r"^\W*(?:(?:and|but|so|in fact|that)\W+)*$|\b(?:number|total|amount|rate|count|level|share|prices?|"
    r"sales|production|output|volume|average|figure)\b|\b(?:said|says|reported|reports|showed|shows|found|noted) that\s*$",
    re.IGNORECASE,
)


# ... or the date at the end of a superlative predicate ("BP was the most active stock on
# the New York Stock Exchange on Thursday", "Oil major BP was the biggest faller on
# Britain's blue-chip board on Thursday"), no verb between them;
_RECORD_BEFORE = re.compile(
    r"\b(?:was|were|is|are|has been|had been)\s+(?:also\s+)?(?:the|its|their)\s+(?:[\w-]+\s+)?(?-i:[a-z]+-)?"
    r"(?:(?!(?:lat|inter|for|requ|gu|prot|hon|sugg|inv|arr|w|n|b|r|t|p)est\b)[a-z]{2,}est|most|fewest|least|best|worst)\b"
    r"(?:\s+(?!(?:to|who|which|that)\b)[\w'’.-]+){0,8}?\s+(?:(?:on|in|at|during|for|of)\s+)?$",
    re.IGNORECASE,
)


# ... or a quantity of the period ranked against every other ("Last year, DHS detained
# more shipments than in any previous year", "which last year produced more oil than any
# other non-state company"): a day's only against other periods ("more than on any other
# day").
_RANKED_AGAINST = re.compile(
    r"\b(?:more|fewer|less|higher|lower|larger|bigger|greater)\b[^.;:]{0,80}?\bthan\s+(?:(?:in|on|during|at)\s+)?"
    r"(?:any|every|ever)\b(?:\s+(?:other|previous|prior|single|past)\b)?"
    r"(?:\s+[\w-]+){0,2}?(\s+(?:year|month|week|day|quarter|period|time)s?\b)?",
    re.IGNORECASE,
)


def record(sentence: str, when: PartialDate, start: int) -> bool:
    """A date, or a figure of it, that is the subject of "be" with a superlative
    ("Sunday was its busiest air travel day of the year", "the number of acres burned in
    2021 is the highest on record"): a measure ranked, not a happening. A happening
    dated by it stays ("The explosion on Sunday was the deadliest blast since 2005")."""
    after = sentence[start + len(when.expression) :]
    unbracketed = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), sentence)  # "(in value and number)"
    ranked = _RANKED_AGAINST.search(governed(unbracketed, start, len(when.expression)))
    if ranked and (when.precision in {"year", "month"} or ranked.group(1)):
        return True  # "Last year, DHS detained more shipments than in any previous year"
    preposition = re.match(r"(?:on|in|at|during|for|of)\s+", when.expression, re.IGNORECASE)
    before = clause(sentence, start, len(when.expression), after=False) + (preposition.group() if preposition else "")
    if _RECORD_BEFORE.search(before) and not NAMES_A_HAPPENING.match(after) and not _PAST_FORM_AFTER.search(before):
        return True  # "BP was the most active stock on the New York Stock Exchange on Thursday"
    opening = not clause(sentence, start, len(when.expression), after=False).strip()
    if opening and _RECORD_SUBJECT_AFTER.match(clause(re.sub(r"^\s*,", " ", after), 0, 0)):
        return True  # "Last year, it was the biggest non-state oil producer in the world"
    if not _RECORD_AFTER.match(after):
        return False
    return bool(_RECORD_SUBJECT.search(clause(sentence, start, len(when.expression), after=False)))


# A level stated at a time: a quantity as the subject of "be" or "have" ("only 34
# percent of adults were eager to get the shot", "nearly 80 percent of adults have at
# least their first shot"), "there were 18 million Americans", or "be" with an amount
# ("effectiveness in May was 92 percent", "we were distributing an average of 100,000
# doses per week", "Today we're averaging 2.17 million shots per day", "the volume of
# oil spills was almost 14,000 tonnes last year"), a daily count reported or seen ("Yesterday,
# the U.S. reported 3.28 million vaccinations", "we reported 1.14 million total shots",
# "We saw 614 new deaths reported to CDC on Tuesday");
# not a passive, which tells what happened to them ("11 workers were
# killed", "2,000 people were evacuated on Sunday").
_QUANTITY_SUBJECT = (
    r"(?<![\w$.,-])(?:(?:only|just|about|nearly|almost|over|more than|some|roughly|fewer than|less than)\s+)?"
    r"(?!(?:1[89]|20)\d\d\b)\d[\d,.]*\s*(?:%|percent|per cent|million|billion|thousand)?"
    r"(?:\s+(?!(?:and|or|but|was|were|is|are|has|have|will|would|could|can|may|might|should)\b)(?:of\s+)?[\w-]+(?:\.[\w-]+)*\.?){0,4}?\s+"
)
_ADVERBS = r"(?>(?:(?:still|now|also|all|already|only|\w+ly)\s+)*)"
# (a participle after a past "be" tells a happening, "were killed"; after a present one, a
# state: "are fully vaccinated")
_PASSIVE = (
    r"(?![\w-]+ed\b|[\w-]+en\b|[\w-]+ing\b|hit\b|hurt\b|shot\b|struck\b|left\b|lost\b|found\b|held\b|"
    r"sent\b|made\b|told\b|put\b|kept\b|brought\b|caught\b|born\b)"
)
_LEVEL_STATED = re.compile(
    _QUANTITY_SUBJECT + r"(?:were|was|stood)\s+" + _ADVERBS + _PASSIVE
    + r"|" + _QUANTITY_SUBJECT + r"(?:are|is|remain(?:s|ed)?)\s+" + _ADVERBS
    + r"(?![\w-]+ing\b|(?!(?:" + "|".join(sorted(words("state_participles"))) + r")\b)[\w-]+ed\b)"
    + r"|" + _QUANTITY_SUBJECT + r"(?:have|has)\s+(?!(?:been|died|had|received|gotten|got)\b)(?:at least |only )?"
    r"(?:their|a|an|at least|access|health|no|more|less)\b"
    r"|\bthere (?:were|was|are|is) (?:(?:also|still|again|now|only|just|about|nearly|almost|over|more than|some|roughly)\s+)*\d"
    r"|\b(?:was|were|is|are|stood at|remained)\s+(?:(?:only|just|about|nearly|almost|over|more than|at|down|up|by|to)\s+)*"
    r"(?:\d[\d,.]*\s*(?:%|percent|per cent)|\$\s?\d|\d[\d,.]*\s*(?:million |billion |thousand )?"
    r"(?:tonnes|tons|barrels|gallons|bpd|pounds|dollars|euros|cents|acres)\b)"
    r"|\b(?:an|a|the) (?:[\w-]+ )?average of\b"
    r"|\b(?:we|you) (?:saw|see|have seen|'ve seen|’ve seen)\s+(?:(?:about|nearly|almost|over|more than|another|a record|"
    r"an additional|some|roughly|just)\s+)*\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:(?:new|total|additional|daily)\s+)*"
    r"(?:cases|deaths|infections|vaccinations|shots|doses|hospitalizations|admissions|tests)\b"
    r"|\b(?:reported|recorded|logged|administered)\s+(?:(?:about|nearly|almost|over|more than|another|a record|"
    r"an additional|some|roughly|just)\s+)*\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:(?:new|total|additional|daily)\s+)*"
    r"(?:cases|deaths|infections|vaccinations|shots|doses|hospitalizations|admissions|tests)\b"
    r"|\baverag(?:e|es|ed|ing)\s+(?:(?:about|nearly|almost|over|more than|around|roughly|just|under|less than)\s+)*\$?\d"
    # a milestone of a count or a sum ("we will hit 400 million shots", "the cost has reached $9.5 billion")
    r"|\b(?:hit|hits|reach|reached|reaches|surpass(?:ed|es)?|pass(?:ed|es)?|top(?:ped|s)?|cross(?:ed|es)?)\s+(?:the\s+)?"
    r"(?:(?:more than|over|nearly|about|almost)\s+)?(?:\$\s?)?\d[\d,.]*\s*(?:%|percent|million|billion|thousand|trillion|bn|m)\b",
    re.IGNORECASE,
)
# A record level reached over a month or a year ("reached an all-time high last year",
# "Teen unemployment reached a record low in March", "exports hit a record in April"); a
# day's ("hit a 14-year low this morning") is a happening of the market and stays.
_RECORD_LEVEL = re.compile(
    r"\b(?:hit|hits|reach|reached|reaches|fell to|rose to|dropped to|climbed to)\s+(?:an?|its|their|the)\s+(?:[\w-]+\s+)?"
    r"(?:(?:all-time|record|\d+-year|[\w-]+-year|historic)\s+(?:highs?|lows?|peaks?|levels?)|record)\b",
    re.IGNORECASE,
)
# A count found or confirmed by a source on the date ("a 2009 review found 8,332 species",
# "The WHO today confirmed that the virus has infected a total of 4,379 people", "Figures
# released Tuesday showed that 1,082,900 residents could"): the count, not a happening.
_FINDING = re.compile(
    r"\b(?:data|figures|statistics|numbers|survey|poll|review|study|analysis|estimates?|census|count|tally|"
    r"results)\b[^.;]{0,60}?\b(?:show|shows|showed|shown|showing|found|finds|counted|revealed|confirmed)\b|\bconfirmed\b",
    re.IGNORECASE,
)
# (the count the finding's object, within a few words of its verb: "confirmed a further 44
# infections", "found 8,332 species", not "was confirmed by the Senate as ..., managing 140
# agreements")
_COUNT_FOUND = re.compile(
    r"^(?:\s+(?:that\s+)?(?:[\w'-]+\s+){0,8}?)?(?:\s*(?:a total of|a further|an additional|another|about|nearly|"
    r"more than|over|some|at least|almost)\s+)?(?<![\w$.,-])(?!(?:1[89]|20)\d\d\b)\d[\d,.]*"
    rf"(?:\s*(?:%|percent|per cent|million|billion|thousand))?(?:\s+[\w-]+){{0,3}}?\s+(?!{_UNITS})[a-z]+s\b",
    re.IGNORECASE,
)


# (the date of a statement, a happening whatever the level it tells: "He told the
# committee yesterday the flow was only 5,000 barrels a day")
_SAID_BEFORE = re.compile(r"\b(?:said|told|says|tells)\b(?:\s+[\w’'-]+){0,3}?\s*$", re.IGNORECASE)


def level_stated(sentence: str, when: PartialDate, start: int) -> bool:
    """A level stated at the date in the clause that holds it ("At the start of the
    vaccination program last December, only 34 percent of adults were eager to get the
    shot", "Today, nearly 80 percent of adults have their first shot"): a figure, not a
    happening. A date that opens the sentence is read with the clause after it; a
    passive tells a happening ("On April 20, 11 workers were killed") and stays, so does a
    clause that reports one ("Today, the department announced that 2 million people have
    signed up"); a count found or confirmed by a source of the date is one too ("a 2009
    review found 8,332 species", "Yesterday, lab results confirmed a further 44
    infections")."""
    if _found_count(sentence, when, start):
        return True
    if NAMES_A_HAPPENING.match(sentence[start + len(when.expression) :]):
        return False
    before = sentence[: max(start, 0)]
    if _SAID_BEFORE.search(before):
        return False  # "He told the committee yesterday he could not conceive ... 5,000 barrels"
    held = governed(sentence, start, len(when.expression))
    if when.precision in {"year", "month"} and _RECORD_LEVEL.search(held):
        return True  # "reached an all-time high last year"
    return bool(_LEVEL_STATED.search(held))


def _found_count(sentence: str, when: PartialDate, start: int) -> bool:
    """A count found or confirmed by a source, the date the source's or its verb's ("a
    2009 review found 8,332 species", "Yesterday, lab results confirmed a further 44
    infections"), not a date later in the sentence ("found 8,332 species in the area hit
    by the blowout in April 2010")."""
    end = start + len(when.expression)
    for finding in _FINDING.finditer(sentence):
        if finding.end() < start:
            count = _COUNT_FOUND.match(sentence[finding.end() :])
            if count and finding.end() + count.end() <= start and not sentence[finding.end() + count.end() : start].strip():
                return True  # "figures showing that it received 1,378 calls yesterday": the count's day
            continue  # a finding before the date: the date is a later part's
        between = sentence[end : finding.start()]
        if finding.start() >= end and (len(between.split()) > 12 or re.search(r"[.;:]", between)):
            break
        return bool(_COUNT_FOUND.match(sentence[finding.end() :]))
    return False
