"""What is not a happening, in figures reported: the rules of not_a_happening
(happenings.py) that find a date is the day or the period of a figure someone reported,
not of something that happened. A count reported or recorded ("Yesterday, CDC reported
103,444 new cases", "the WHO today said that 42 countries had recorded 11,168 cases"),
the data of the date as the subject of what they show ("today's data are a reminder
that", "Today's report shows that incomes are up"), or the other term of a comparison
("production fell 4 percent, compared to July to September 2009"). Each rule is a
function of (sentence, date, where the date's expression starts) that returns True
when the sentence states no happening on that date; figures.py and changes.py hold the
other figures' rules.
"""

from __future__ import annotations

import re

from ..lexicon import words
from .clauses import NAMES_A_HAPPENING, governed
from .dates import PartialDate

# A count: a number, not a year ("103,444", "1.2 million", "over 120,000", "half a
# million"), a speaker's
# correction of it after a dash allowed ("103,444 — -45"), then at most three words and
# a plural noun ("new cases of COVID-19", "daily COVID-19 cases").
_NUMBER = (
    r"(?:(?<![\w$.,-])(?!(?:1[89]|20)\d\d\b)\d[\d,.]*(?:\s*[—–-]+\s*-?\d[\d,.]*)?(?:\s+(?:million|thousand|billion))?"
    # ... or in words ("over half a million new shots in arms")
    r"|\b(?:half a|a|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:million|billion))"
)
_QUALIFIERS = (
    r"(?:(?:about|nearly|almost|over|more than|another|a record|an additional|some|roughly|just|"
    r"at least|a total of|a further|fewer than|less than|only)\s+)*"
)
_COUNT = _QUALIFIERS + _NUMBER + r"(?:\s+[\w-]+){0,3}?\s+[a-z]+s\b"
# A verb that reports or measures a count (lexicon/count_verbs.txt: "reported",
# "recorded", "logged", "administered"): its object is a tally of the period or the day;
# what was done is a happening ("shipped 28 million doses", "evacuated 5,000 people").
_COUNT_VERBS = "|".join(sorted(words("count_verbs")))
_COUNT_REPORTED = re.compile(rf"\b(?P<verb>{_COUNT_VERBS})\s+(?P<count>{_COUNT})", re.IGNORECASE)
# ... or a count stated in what a source said on the date, a perfect of a count verb
# ("42 countries had recorded 11,168 cases") or a count that has accumulated ("almost
# 95,000 claims have been submitted"): the level at the time of saying.
_SAID_THAT = re.compile(
    r"\b(?:said|says|reported|reports|announced|confirmed|told\s+\w+)\s+(?:that\s+)?", re.IGNORECASE
)
_PERFECT_COUNT = re.compile(
    rf"^[^.;:]{{0,60}}?\b(?:has|have|had)\s+(?:now\s+|so far\s+)?(?:{_COUNT_VERBS})\s+{_COUNT}"
    rf"|^\W*(?:so far\s*,?\s*)?{_COUNT}(?:\s+[\w-]+){{0,4}}?\s+(?:have|has|had)\s+(?:now\s+)?been\s+(?:[a-z]+(?:ed|en)|paid|made|sent|sold|caught|found|held|brought|built|spent|lost)\b",
    re.IGNORECASE,
)
# ... or a count in the thousands as the subject of a passive that tallies (lexicon/
# tally_participles.txt: "171,000 migrants were caught at the border in March"), the date a
# month or a year: the period's tally.
_MANY = r"(?<![\w$.,-])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+(?:million|thousand|billion))"
_TALLIED = re.compile(
    rf"{_MANY}(?:\s+[\w-]+){{0,3}}?\s+(?:were|was|have been|had been)\s+(?:\w+ly\s+)?"
    rf"(?:{'|'.join(sorted(words('tally_participles')))})\b",
    re.IGNORECASE,
)
# ... or a milestone of a count ("today's major milestone of 100 million adult Americans
# fully vaccinated", "today we reached a major milestone on the number of Americans who
# are fully vaccinated", "Today, we mark a tragic milestone: one million American lives
# lost"): a count reached; a milestone of an effort stays ("BP said it had reached a
# significant milestone in its efforts to seal the well").
_MILESTONE = re.compile(
    r"\bmilestones?\b\s*(?:of|on|in|:|—|–|-)?\s+(?:the (?:number|count|total) of\b|(?:over |more than |nearly |about )?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|half a) (?:hundred|thousand|million|billion)\b))",
    re.IGNORECASE,
)
# ... or a count with its count verb's participle right before the date ("with 6,000 new
# cases reported just this week", "103,444 cases recorded yesterday"): the tally of
# the date.
_COUNTED_BEFORE = re.compile(
    rf"{_COUNT}\s+(?:(?:were|was|have been|had been)\s+)?(?:{_COUNT_VERBS})\s+(?:(?:just|only|so far)\s+)?$",
    re.IGNORECASE,
)
COUNT_REACH = 80  # characters between the date and the verb of the count
SAID_REACH = 4  # words between the date and the verb of saying it dates


def count_reported(sentence: str, when: PartialDate, start: int) -> bool:
    """A count reported, recorded or administered in the clause the date governs
    ("Yesterday, CDC reported 103,444 new cases of COVID-19", "we logged 3 million
    shots on Friday"), or the count a source stated on the date ("The WHO today said
    that 42 countries had recorded 11,168 cases", "BP said on Monday that almost 95,000
    claims have been submitted"): a tally, not a happening. What was done stays ("we
    shipped out 28 million doses this week"), and so does a date that names a
    happening."""
    held = governed(sentence, start, len(when.expression))
    names = NAMES_A_HAPPENING.match(sentence[start + len(when.expression) :])
    own = re.match(r"['’]s\s+(?:[\w-]+\s+){0,2}milestone", sentence[start + len(when.expression) :])
    if (own or not names) and "milestone" in held.lower() and _MILESTONE.search(sentence):
        return True  # "today's major milestone of 100 million adult Americans fully vaccinated"
    if when.precision in {"year", "month"} and not names and _TALLIED.search(held):
        return True  # "171,000 migrants were caught at the border in March"
    if _COUNTED_BEFORE.search(sentence, max(start - COUNT_REACH, 0), max(start, 0)):
        return True  # "with 6,000 new cases reported just this week"
    for found in _COUNT_REPORTED.finditer(sentence if not names else ""):
        # the verb in the clause the date governs; its count may run past a speaker's dash
        if (
            abs(found.start() - start) <= COUNT_REACH
            and f"{found.group('verb')} {found.group('count')[:3]}" in held
        ):
            return True
    for said in _SAID_THAT.finditer(sentence):
        between = (
            sentence[start + len(when.expression) : said.start()]
            if said.start() >= start
            else sentence[said.end() : start]
        )
        if len(between.split()) > SAID_REACH or re.search(r"[.;:]", between):
            continue
        rest = sentence[max(said.end(), start + len(when.expression)) :]
        if _PERFECT_COUNT.match(re.sub(r"^\W*(?:that\b)?", " ", rest)):
            return True  # "BP said on Monday that almost 95,000 claims have been submitted"
        if _PERFECT_COUNT.match(sentence) and re.search(
            r"[,”\"]\s*(?:[\w.'-]+\s+){1,4}$", sentence[: said.start()]
        ):
            return True  # "About 145,000 claims had been submitted ..., the company said on Monday"
    return False


# The data of the date (a possessive of the date: "today's data", "Tuesday's jobs
# report", "this month's figures") as the subject of what they show or are ("today's data
# are a reminder that", "Today's report shows that incomes are up", "Today's data does
# not reflect"): the figures' reading, a level, not a happening. A report's own findings
# ("Tuesday's report argued that", "Today's report will examine why it failed") and a
# release ("today's data came out") stay happenings.
_DATA_NOUNS = (
    r"(?:data|numbers|figures|statistics|readings?|estimates?|(?:[\w-]+\s+)?(?:index|report)|"
    r"(?:jobs|employment|unemployment|inflation|price|prices|cpi|gdp|pce|retail sales|trade|"
    r"housing|economic|income|spending)\s+(?:[\w-]+\s+)?(?:report|data|numbers|figures|reading))"
)
_SHOWS = (
    r"(?:shows?|showed|shown|demonstrates?|demonstrated|underscores?|underscored|confirms?|"
    r"confirmed|reflects?|reflected|tells?|told|means|meant|indicates?|indicated|suggests?|"
    r"suggested|makes? clear|made clear|highlights?|highlighted|points? to|reminds? us|"
    r"(?:does|do|did)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:show|reflect|capture|include|tell)|"
    r"(?:is|are|was|were)\s+(?:also\s+|yet\s+)?(?:a|an|another|further|more|the latest)\s+"
    r"(?:[\w-]+\s+)?(?:reminder|sign|evidence|proof|indication|confirmation|example)|"
    r"(?:is|are|was|were)\s+(?:still\s+|also\s+)?(?:elevated|high|higher|low|lower|strong|stronger|weak|"
    r"weaker|unacceptably|encouraging|good|great|welcome|positive|out-of-date))\b"
)
_DATA_SHOWS = re.compile(
    rf"^['’]s\s+(?:[\w-]+\s+){{0,2}}?{_DATA_NOUNS}\s*(?:[—–(,][^—–()]{{0,160}}?[—–),]\s*)?(?:also\s+|again\s+)?{_SHOWS}",
    re.IGNORECASE,
)
# (... or the data released, published or out on the date: "the data released today
# show", "figures published on Tuesday showed that")
_DATA_OF_DAY = re.compile(
    rf"\b(?:the\s+)?(?:new\s+|latest\s+)?{_DATA_NOUNS}\s+(?:released|published|out|issued)\s+(?:on\s+|this\s+|earlier\s+)?$",
    re.IGNORECASE,
)


def data_shows(sentence: str, when: PartialDate, start: int) -> bool:
    """The data of the date as the subject of what they show ("today's data are a
    reminder that the U.S. economy is uniquely well positioned", "Today's jobs report -
    adding 261,000 jobs - shows that our recovery remains strong", "the data released
    today show"): a reading of figures, not a happening; a report's finding or its
    release stays ("Tuesday's report argued that", "compensation data came out
    earlier this week")."""
    after = sentence[start + len(when.expression) :]
    if _DATA_SHOWS.match(after):
        return True
    if _DATA_OF_DAY.search(sentence[: max(start, 0)]):
        return bool(re.match(rf"\s*,?\s*(?:also\s+)?{_SHOWS}", after, re.IGNORECASE))
    return False


# The other term of a comparison ("production fell 4 percent, compared to July to
# September 2009", "Compared to last year, exports have decreased 99 percent", "a record
# loss, compared with a profit last year of $3.1 bn", "versus the 18,600 barrels that BP
# trapped on Wednesday", "about double the number reported late last week"): a figure's
# reference period; the date at most COMPARED_REACH words after the comparison's word, no
# clause between.
COMPARED_REACH = 10
_COMPARED = re.compile(
    r"(?:\b(?:compared|in comparison)\s+(?:to|with)|\b(?:versus|vs\.)|"
    r"\b(?:double|twice|triple|half|a third of|a quarter of)(?=\s+(?:the|that|what)\b))\s+([^.;:!?]*)$",
    re.IGNORECASE,
)
# (a comparison of figures: a number, a percentage, an amount or a word of a level in the
# sentence; "compared with today's blame game" is no figure's)
_FIGURES = re.compile(
    r"\d|\b(?:percent|per cent|half|double|doubled|twice|times|record|higher|lower|more|less|fewer|"
    r"up|down|increase|decrease|rose|fell|grew|growth|declined?|loss|profit|average|level|rate)\b",
    re.IGNORECASE,
)
_OTHER_HAPPENING = words("happened_nouns")


def compared(sentence: str, when: PartialDate, start: int) -> bool:
    """A date in the other term of a comparison of figures ("production fell 4 percent,
    compared to July to September 2009", "Compared to last year, exports have decreased
    99 percent"): the reference period of a figure, not a happening; a comparison with a
    happening stays one ("compared with the Exxon Valdez spill in 1989")."""
    found = _COMPARED.search(sentence[: max(start, 0)])
    if not found or len(found.group(1).split()) > COMPARED_REACH:
        return False
    term = found.group(1) + sentence[start : start + len(when.expression) + 40]
    if any(w.lower() in _OTHER_HAPPENING for w in re.findall(r"[A-Za-z]+", term)):
        return False  # "compared with the Exxon Valdez spill in 1989"
    if re.match(r"\s*,?\s*when\b", sentence[start + len(when.expression) :], re.IGNORECASE):
        return False  # "twice the amount that ravaged Alaska 21 years ago when the Exxon Valdez ran aground"
    return bool(_FIGURES.search(sentence))


# A change of a level told by a noun with its size ("led to a 43% reduction in Latino
# child poverty", "a near record increase in the number of gun sales") or by a verb's
# -ing form with an amount ("After falling 6.8 percent last week"), over a month or a
# year: a statistic of the period, like a verb of change with an amount
# (changes.level_change); a day's change of a count stays a happening.
_CHANGE_NOUNS = (
    r"(?:reduction|increase|decrease|decline|drop|rise|cut|jump|gain|growth|fall|surge|spike)s?"
)
_CHANGE_STATED = re.compile(
    r"\b(?:falling|rising|growing|increasing|decreasing|declining|dropping|climbing|jumping)(?:\s+by)?\s+"
    r"(?:(?:about|around|roughly|nearly|almost|more than|over|some)\s+)?(?:\$\s?)?\d"
    r"|\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:\$?\d[\d,.]*\s*(?:%|percent|per cent|million|billion|trillion)?|record|"
    rf"sharp|steep|significant|dramatic)(?:[\s-]+(?:point|fold))?\s+{_CHANGE_NOUNS}\s+(?:in|of)\b",
    re.IGNORECASE,
)


def change_stated(sentence: str, when: PartialDate, start: int) -> bool:
    """A level's change over a month or a year told by a noun of change with its size ("In
    2021, the policies led to a 43% reduction in child poverty", "Last month, we saw a
    near record increase in gun sales") or by an -ing form with an amount ("After
    falling 6.8 percent last week"): a statistic of the period, not a happening."""
    if when.precision not in {"year", "month"} or NAMES_A_HAPPENING.match(
        sentence[start + len(when.expression) :]
    ):
        return False
    return bool(_CHANGE_STATED.search(governed(sentence, start, len(when.expression))))
