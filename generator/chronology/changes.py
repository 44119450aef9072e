"""What is not a happening, in changes of a level: the rule of not_a_happening
(happenings.py) that finds a date is the period of a measured level's change ("that
number fell by 431,000 this month", "new home sales declined in April"), of a level that
did not change ("the index stayed steady on Wednesday"), or the day a statistic was
learned of ("Today, we learned that inflation moderated"). A function of (sentence,
date, where the date's expression starts) that returns True when the sentence states no
happening on that date; figures.py holds the other figures' rules.
"""

from __future__ import annotations

import re

from ..lexicon import words
from .clauses import NAMES_A_HAPPENING, governed
from .dates import PartialDate
from .sums import plain

# A level's change over a week, a month or a year ("that number fell by 431,000 this
# month", "has fallen further to 4.1% in April": by an amount or to the level reached,
# "we saw average weekly earnings rise a half a percent this month", "we saw
# positive real wage growth last month"): a statistic of the period, no happening on a
# day (a day's change of a count stays: "the toll rose by 3 on Monday"; a market's does not, below).
_CHANGE = re.compile(
    r"\b(?:fell|fall|falls|fallen|rose|rise|rises|risen|grew|grow|grows|grown|increased|decreased|declined|dropped|"
    r"jumped|climbed|doubled|tripled|quadrupled?|surged|plunged|slowed)\b"
    r"(?:\s+(?:further|again|sharply|steadily|slightly))?(?:\s+(?:by|to))?\s+(?:about |around |roughly |an estimated |nearly "
    r"|almost |more than |over |some |a |an )?(?:\$\s?)?(?:\d[\d,.]*|half|quarter|third)"
    # (or to a record level: "the uninsured rate fell to the lowest level in history in early 2022")
    r"|\b(?:fell|fallen|rose|risen|dropped|climbed|declined|increased|decreased)\s+to\s+(?:the|its|their|a|an)\s+"
    r"(?:[\w-]+\s+)?(?:lowest|highest|record|all-time)\b",
    re.IGNORECASE,
)
_SEEN_LEVEL = re.compile(
    r"\b(?:we|you|i) (?:saw|see|have seen|'ve seen)\b[^,;]{0,60}\b(?:growth|numbers?|rate|cases|"
    r"infections|increase|decrease|decline|reduction|rise|drop|average|earnings|wages?|prices?|paucity)\b",
    re.IGNORECASE,
)


# ... or ranked against other periods' changes ("consumer confidence rose by the most since
# 2005 this month"), read in the words just before the date ("since" would end its clause);
_CHANGE_MOST = re.compile(
    r"\b(?:fell|rose|grew|increased|decreased|declined|dropped|jumped|climbed|surged|plunged|slowed)\b"
    r"(?: by)? the (?:most|least|biggest|largest|smallest|fastest|slowest|sharpest)\b",
    re.IGNORECASE,
)
CHANGE_REACH = 60  # characters before the date
# ... or a measured level (lexicon/measure_nouns) with a verb of change or of no change,
# no amount needed ("new home sales declined in April", "inflation moderated and incomes
# grew in October", "the oil and gas index stayed steady"); ...
_MEASURE_NOUNS = "|".join(sorted(words("measure_nouns")))
_MEASURE_CHANGE = re.compile(
    rf"\b(?-i:{_MEASURE_NOUNS}|GDP)\b(?:\s+of(?:\s+[\w-]+){{1,2}})?(?:\s+(?:paid|charged|[\w-]+ed)\s+by(?:\s+[\w-]+){{1,2}}?)?(?:\s+[\w-]+){{0,2}}?\s+(?:have\s+|has\s+)?(?:rose|risen|fell|fallen|grew|grown|declined|"
    r"increased|decreased|dropped|jumped|climbed|slowed|surged|plunged|edged (?:up|down|higher|lower)|slipped|"
    r"eased|moderated|rebounded|recovered|contracted|expanded|ticked (?:up|down)|soared|tumbled|came (?:back |in )?(?:higher|lower|stronger|weaker|above|below))\b(?!\s+(?:by|to|from)\s+(?:the|a|an|his|her|their|its)\b)",
    re.IGNORECASE,
)
# (a measure noun with its "of" phrase: "sales of new homes declined in April", or with a
# participle's agent: "prices paid by businesses moderated last month")
# ... and a level that did not change ("stayed steady on Wednesday", "were flat today"):
# no change, nothing happened, whatever the date's precision; ...
_NO_CHANGE = re.compile(
    r"\b(?:stayed|remained|held|was|were|closed|ended|traded|hovered|stood)\s+(?:\w+ly\s+)?(?:steady|flat|unchanged|stable|"
    r"little changed|level)\b",
    re.IGNORECASE,
)
# ... or a statistic the speaker learned of on the date ("Today, we learned that inflation
# moderated", "This morning, we received news that the number of Americans on unemployment
# insurance fell to its lowest level since 1970", "We also learned last week that the
# unemployment rate fell"), or the data that said so ("CBP data said this week that the
# number of ... had increased 100 percent"): its report, not a happening (the date read
# out of the sentence, so that it may stand between the verb and "that").
_LEARNED = re.compile(
    r"\b(?:we|you|americans)\s+(?:\w+\s+)?(?:learned|saw|got|received|heard)\b(?:\s+(?:the\s+)?(?:news|data|word|reports?))?"
    r"\s+(?:that\b|:)|\b(?:data|figures|numbers|statistics)\s+(?:said|says|showed|shows|show)\s+(?:that\b|:)",
    re.IGNORECASE,
)
# ... or the period as the subject of "saw" a change ("Late 2021 saw an increase in
# thefts", "The first quarter saw a sharp drop in sales"): a trend of the period;
_PERIOD_SAW = re.compile(
    r"^\s+(?:also\s+)?saw\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:increase|rise|decline|drop|fall|surge|jump|spike|"
    r"decrease|growth|slowdown|rebound|record)s?\b",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"\s[—–][^—–.;]{1,60}[—–]\s")  # "the number of ... — unaccompanied minor children, sorry — had"
_LEVEL_NOUN_CHANGE = re.compile(
    r"\b(?:number|rate|percentage|share|level|count|total)\b[^.;]{0,80}?\b(?:rose|fell|grew|declined|increased|"
    r"decreased|dropped|climbed|slowed)\b",
    re.IGNORECASE,
)


# A market's move on a day ("BP's London share price tumbled to its lowest level in 13
# years on Tuesday", "BP shares fell 5 percent on Monday", "a sell-off on Monday"): a
# price's change, a figure of the day, not a happening (what moved it is one: "after BP
# admitted it had to shut down its Alaskan production").
# A market's move in the past ("shares fell", "the index rallied").
_MOVED = "fell|rose|tumbled|plunged|slumped|dropped|jumped|climbed|soared|surged|slid|sank|gained|rallied"
_MARKET_MOVE = re.compile(
    r"\b(?:shares|stocks|(?:the|its|their|[\w.]+['’]s) stock|(?:share|stock|oil|crude|gas|bond) prices?|stock markets?|markets|"
    r"index|indices|"
    r"(?-i:FTSE|Dow|Nasdaq|S&P|STOXX|Brent)(?:\s+[\w&-]+)?)\b(?:\s+[\w.-]+){0,5}?\s+"
    rf"(?:{_MOVED}|"
    r"(?:fall|rise|tumble|plunge|slump|drop|jump|climb|soar|surge|slide|sink|gain|rally)s?|"
    r"recovered|rebounded|edged (?:up|down|higher|lower)|closed (?:up|down|higher|lower)|hit|touched)\b"
    r"|\bsell-?offs?\b",
    re.IGNORECASE,
)


# (a date just after the noun of a happening or of a piece of news dates that one: "the
# SARS outbreak six years ago", "following confirmation on Sunday that the well was sealed")
_OTHER_HAPPENING = words("happened_nouns") | words("report_nouns")


def dates_other_happening(sentence: str, start: int) -> bool:
    """Is the date right after the noun of a happening or of a piece of news ("the
    outbreak six years ago", "confirmation on Sunday"), and so that one's date?"""
    last = re.search(r"([A-Za-z]+)\s+(?:(?:on|in|at|of)\s+)?$", sentence[: max(start, 0)])
    return bool(last and last.group(1).lower() in _OTHER_HAPPENING)


# A peak named by its date ("a 56 percent decline since the January 9th peak", "one-third
# of its November 2021 peak"): the date is the peak's, a level's reference point (the
# measure rule of figures.py reads it); "high" and "low" only as nouns ("the April 20
# high school" is no level).
_PEAK_REFERENCE = re.compile(
    r"\b(?:from|since|than|above|below|of|off)\s+(?:(?:its|their|our|the|a|his|her|this|last)\s+)?"
    r"[\w.,-]+(?:\s+[\w.,-]+){0,3}$",
    re.IGNORECASE,
)
_PEAK_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:peaks?(?![\w-])|(?:highs?|lows?)(?=\s*(?:[,.;:!?)—–]|$)|\s+(?:of|in|for|and|when)\b))",
    re.IGNORECASE,
)


def peak_named(sentence: str, when: PartialDate, start: int) -> bool:
    """A date that names a level's peak, the object of a comparison ("since the January
    9th peak", "one-third of its November 2021 peak"): a reference point, no happening."""
    after = sentence[start + len(when.expression) :]
    return bool(_PEAK_AFTER.match(after) and _PEAK_REFERENCE.search(sentence[: max(start, 0)] + when.expression))


# The other term of a change ("52 percent now disapprove, up significantly from last
# month", "up over 10 million from just a month ago", "a seven-fold increase from the
# previous year", "a 38 percent drop from Tuesday's record rate", "hospitalised, up from
# one yesterday"): a figure's reference point. Not "down" or "up" as a verb's particle
# ("shut down since 1 May", "a shut-down ordered from Friday": no participle between,
# no "since"); a web link's brackets read through.
_CHANGED_FROM = re.compile(
    r"(?<!shut )(?<!shut-)(?<!shutting )(?<!closed )(?<!step )(?<!stepped )(?<!set )(?<!broke )"
    r"\b(?:up|down|increases?|decreases?|drops?|rises?|declines?|falls?|jumps?|gains?|growth|higher|lower)\b"
    r"(?:\s+(?:significantly|sharply|slightly|markedly|substantially|considerably|dramatically))?"
    r"(?:\s+(?:by\s+)?(?:(?:over|about|nearly|almost|more than|some|roughly)\s+)?(?:[$£€]\s?)?\d[\d,.]*"
    r"(?:\s*(?:%|percent|million|billion|thousand|bn|m)\b)?)?\s+from\s+"
    rf"(?:(?:one|{'|'.join(words('number_words'))})\s+(?:(?:on|in|at)\s+)?)?(?:the\s+)?$",
    re.IGNORECASE,
)


def changed_from(sentence: str, when: PartialDate, start: int) -> bool:
    """A date that is the other term of a change ("up significantly from last month", "up
    from one yesterday"): a level's reference point, no happening; the day is still
    referred to (happenings.REFERENCE_RULES: "up from Friday's figure" speaks of the
    figure BP gave that Friday, and the key dates count it)."""
    lead = plain(sentence)[: max(start, 0)]
    if re.match(r"from\s+", when.expression, re.IGNORECASE):
        lead += "from "
    return bool(_CHANGED_FROM.search(lead))


# A market's move told in a relative clause of its shares, the date in that clause
# ("Shares of Shikibo (3109.T), which rose 4.4 percent to 190 yen on Thursday, have now
# nearly doubled"): the shares' move, as in a main clause.
_SHARES_WHICH = re.compile(
    r"\b(?:shares|stocks?|(?:share|stock) prices?|index)\b(?:\s+[\w.&'’-]+){0,5}?\s*(?:\([^()]{0,30}\))?"
    rf"\s*,\s*(?:which|that)\s+(?:{_MOVED}|recovered|rebounded|closed|edged)\b[^,;:()]*$",
    re.IGNORECASE,
)


def level_change(sentence: str, when: PartialDate, start: int) -> bool:
    """A measured level's change, or a level seen, over a week, a month or a year ("that
    number fell by 431,000 this month", "we saw broad-based job growth over the course of
    May", "rose by the most since 2005 this month", "new home sales declined in April"); a
    level that stayed as it was ("the index stayed steady on Wednesday") or a market's move
    ("shares fell 5 percent on Monday"), or a statistic
    learned of on the date ("Today, we learned that inflation moderated"), whatever its
    precision; not a date that names a happening. A day's change of another
    thing stays ("the death toll rose to 11 on Monday")."""
    if when.precision in {"year", "month"} and _PERIOD_SAW.match(sentence[start + len(when.expression) :]):
        return True  # "Late 2021 saw an increase in high-profile incidents"
    if NAMES_A_HAPPENING.match(sentence[start + len(when.expression) :]):
        return False
    held = governed(sentence, start, len(when.expression))
    if _NO_CHANGE.search(held) or (_MARKET_MOVE.search(held) and not dates_other_happening(sentence, start)):
        return True  # "The oil and gas index stayed steady on Wednesday"
    if _SHARES_WHICH.search(sentence, 0, max(start, 0)):
        return True  # "Shares of Shikibo (3109.T), which rose 4.4 percent to 190 yen on Thursday"
    unsaid = sentence[: max(start, 0)] + " " + sentence[start + len(when.expression) :]
    learned = _LEARNED.search(unsaid, max(0, start - CHANGE_REACH), max(start, 0) + 1 + CHANGE_REACH)
    rest = _ASIDE.sub(" ", unsaid[learned.end() :]) if learned else ""
    if learned and (_MEASURE_CHANGE.search(rest) or _LEVEL_NOUN_CHANGE.search(rest)):
        return True  # "Today, we learned that inflation moderated": a statistic's report
    if when.precision not in {"year", "month"}:
        return False
    # (a web link's text is read as text: "has [fallen further](https://...) to 4.1% in April")
    sentence = plain(sentence)
    held = governed(sentence, start, len(when.expression))
    near = sentence[max(0, start - CHANGE_REACH) : max(start, 0)]
    return bool(
        _CHANGE.search(held) or _SEEN_LEVEL.search(held) or _CHANGE_MOST.search(near) or _MEASURE_CHANGE.search(held)
    )
