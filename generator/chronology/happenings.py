"""What is not a happening: the named rules that leave a dated sentence out of the
events (not_a_happening), each a small function of (sentence, date, where the date's
expression starts) that returns True when the sentence states no happening on that date.

Rules apply in order (HAPPENING_RULES) and the first that applies names the reason, so
that what was left out can be counted (bench/happenings.py prints how many sentences
each rule removes on a corpus, with a sample to read) and tested one rule at a time.
A sentence left out by a rule of REFERENCE_RULES still refers to its day: the key dates
count it. Cheap word patterns over the sentence and the clause that holds the date;
checked on the seeds (every gold event still found) and on the development corpora.
The rules that read a speaker's talk (questions, greetings, hedges, the briefing's own
talk) are in speech.py, those that find a figure's date in figures.py, those that find
a state (biographies, "today" as how things are, anniversaries) in states.py, a clause
with no verb that happens in deeds.py, plans known to a month or expected of others, a change forecast in a
schedule's words and a noun's schedule in plans.py, a date that belongs to a noun, an alternative or a condition inside the
sentence in belongs.py, a period's total and a level stated as up or down in levels.py,
a lack, an occasion's terms and the calendar in terms.py, a market's move, its
reference points and a value held or lost in markets.py, a total to date and a tally of
the current period in running.py, a year's spending or cost and a sum's period in sums.py, a figure's data window, a total to date told, a count's
level or a count held, a count of a period in a participle's phrase and a comparison's base in measured.py, a stance, a term's boundary and a plan that
did not hold in stances.py, a posture or a trend going on, a date's distance from now,
happenings left unnamed, a day observed, a term's close, a post held since a date, a class defined by the date, a habit of today, a hypothetical "would" ahead, a date judged by a copula and a year named by its declaration in holding.py, a scene or a photograph's caption in scenes.py, dates that are no text of the story (web addresses,
datelines, headings, a publisher's page notes) in stamps.py, the clause helpers in clauses.py; here, the other rules that
read the date's role in its sentence, and the rule table.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from . import (
    asides,
    attitudes,
    belongs,
    changes,
    deeds,
    exchanges,
    figures,
    holding,
    levels,
    lists,
    markets,
    measured,
    nowadays,
    offsets,
    plans,
    remarks,
    running,
    scenes,
    service,
    speech,
    stamps,
    stances,
    states,
    sums,
    surveys,
    tallies,
    terms,
    transcript,
    unnamed,
    verdicts,
)
from .clauses import NAMES_A_HAPPENING, SPEAKER, clause
from .dates import PartialDate
from .naming import in_a_name
from .plans import FUTURE_AFTER_LEAD
from .years import MONTHS

# A hedge ("could", "is expected to") governs a date at most this many words after it.
FORECAST_REACH = 8
# An expectation or a projection reaches further ("is expected to reach a wildlife
# reserve at the mouth of the Mississippi River on Thursday").
EXPECTATION_REACH = 12
_PAST_DATE = re.compile(r"\b(?:last|ago|yesterday|earlier|previous)\b", re.IGNORECASE)
# An expectation right before the date ("results expected later today", "the filing was
# expected on Wednesday", "was likely on Monday to regain tropical storm status"), not
# "as expected": the date is when something is expected to happen.
_EXPECTED_BEFORE = re.compile(
    r"(?<!as )\b(?:expected|projected|forecast|predicted|anticipated|likely)\s+"
    r"(?:(?:as soon as|as early as|on|in|at|around|about|sometime|some time|later|early|late)\s+)*$",
    re.IGNORECASE,
)
# A date that names the subject of a hedge ("Next week's Sats tests are expected to go
# ahead", "Tuesday's vote could slip"): the subject's day is a forecast's.
_HEDGED_SUBJECT = re.compile(
    r"^'s (?:[\w-]+ ){1,4}?(?:(?:is|are|was|were|remains?) (?:still |now |also |widely )?"
    r"(?:expected|likely|unlikely|projected|predicted|forecast|poised) to|could|might|may)\b",
    re.IGNORECASE,
)
# ... or a modal of possibility right after a date that opens its clause, its verb's ("and
# as early as Sunday should start pumping oil"); not a negation, which tells what was not
# done ("officials on Monday could not say"), nor a perfect.
_OPENS_CLAUSE = re.compile(
    r"\W*(?:(?:and|but|so|then|yet)\W+)?(?:(?:as (?:early|soon|late) as|by|on|in|at|from)\s+)?", re.IGNORECASE
)
_HEDGE_AFTER = re.compile(
    r"^,?\s+(?:could|might|may|should)\s+(?!not\b|have\b|never\b)[a-z]+\b", re.IGNORECASE
)
# ... and to the end of its verb phrase, when no past form stands between (_forecast).
PHRASE_REACH = 20
_PAST_FORM = re.compile(
    r"\b(?:[a-z]+ed|said|told|made|took|gave|held|met|began|found|built|known|shown|seen|"
    r"done|given|taken|written|sent|led|brought|came|went|rose|fell|struck|spoke|wrote|saw|"
    r"got|was|were|during|since|ago)\b",
    re.IGNORECASE,
)

# ... deadlines, terms and targets ("for a term expiring April 27, 2027", "until May 18",
# "by 2030"): a limit in time, not something that happened; "due" is a deadline's word
# alone ("payment is due Friday") or before a passive ("a dividend due to be paid on 27
# July"): "due to" with an active verb is a schedule of a deed ("is due to meet on
# Tuesday", a plan that stays an event) and with a noun a cause ("due to Monday's
# storm"), neither a limit; ...
_LIMIT = re.compile(r"^(?:until|till|through|by|no later than)\b", re.IGNORECASE)
_EXPIRING = re.compile(
    r"\b(?:expir(?:e|ing|es|ed|ation)|deadline|due(?!\s+to\s+(?!be\b))|runs? out|lapses?|sunsets?)\b[^.;]{0,12}$|"
    r"\b(?:available|valid|open) (?:until|till|through)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
# ... the date as the end of a span ("fund the government through early next year", "in
# advance of May 15th", "under embargo until 5:00 a.m. tomorrow morning"), unless it names a happening ("before the April 20 explosion");
_LIMIT_BEFORE = re.compile(
    r"\b(?:(?:until|till|through)\s+[\d:.]+\s*(?:[ap]\.?m\.?|noon|o'clock)(?:\s+[A-Z]{2,3})?,?|until|till|(?<!came )(?<!come )(?<!went )(?<!got )(?<!passed )(?<!pushed )through|by|"
    r"no later than|in advance of|ahead of|prior to|between now and|up to|(?:before|to)(?= the (?:end|close) of)|"
    r"retroactive to|extend(?:s|ed|ing)?\b[^.;]{0,40}?\bto)\s+"
    r"(?:the\s+)?(?:(?:end|start|beginning|middle|evening|morning|afternoon|night|spring|summer|fall|"
    r"autumn|winter) of\s+"
    r"(?:the\s+|this\s+time\s+)?)?$",
    re.IGNORECASE,
)
# ... a deadline named in the date's clause ("the deadline for this is December 25th",
# "comments are due on June 3", "must be completed before March 1");
_DEADLINE = re.compile(
    r"\bdeadlines?\b|\bdue (?:on|by|before)\b|\b(?:must|should|needs? to|have to|has to)"
    r"(?: \w+){0,3}? (?:by|before|no later than)\b",
    re.IGNORECASE,
)
# ... or named before a colon or a dash ("The federal contractor deadline is actually a
# couple weeks past that: December 8th");
_DEADLINE_NAMED = re.compile(r"\bdeadlines?\b[^.;!?]{0,60}[:—–]\s*$", re.IGNORECASE)
# ... a forecast or possibility: a modal of possibility, an expectation, a projection;
# "may" only in lower case before a word (the month is "May");
_FORECAST = re.compile(
    r"\b(?:could|might|would likely|will likely|will probably|likely to|unlikely to|"
    r"(?:is|are|was|were|be|been) (?:widely |currently |now |still |also |initially |originally )?(?:expected|projected|forecast|predicted|"
    r"anticipated|poised|on track) to|(?<=[a-z] )(?:expected|projected|predicted) to (?!have\b)|expects? to|projected|projecting|forecasts?|predict(?:s|ed)?|"
    r"(?:i|we|they|models?|analysts?|officials?) (?:still )?(?:project|expect|anticipate|predict)s?\b|"
    r"\bexpects\b|(?:would|'d)(?: not|n't)? expect\b|"
    r"should (?:have|be|see|get|know|hear)|"
    r"estimates? (?:that|it)|probably|possibly|perhaps|maybe|hopes? to|hoping to|hopeful|"
    r"(?:will|would|'ll|plans? to|intends? to|going to)(?: \w+ly)? continue to|"
    r"(?:it|he|she|they|we|i|that|which|who) hop(?:es|ed|e) (?:that )?(?:\w+ )?(?:will|would))\b"
    r"|(?-i:(?<!as you )(?<!you )(?<!we )\bmay (?!\d|(?:also )?have (?:seen|noticed|heard|read))[a-z]+)",
    re.IGNORECASE,
)
_EXPECTATION = re.compile(r"expect|project|forecast|predict|anticipat|hop", re.IGNORECASE)
# ... a condition: "if" or "unless" before the date in its clause, or a sentence opening
# with one; "if you look back at 1980" frames a happening, it sets no condition;
_FRAMING = r"(?! (?:you|we) (?:look|go|think|compare|remember|recall|consider)\b)"
_CONDITION = re.compile(
    r"\b(?<!as )(?:if|unless|in case|provided that|whether or not|no matter|assuming|supposing)\b"
    + _FRAMING,
    re.IGNORECASE,
)
# A sentence opening with a condition, or with a class of people it holds for ("For
# people who received the vaccine more than a month ago, the risk is low").
_CONDITION_OPENING = re.compile(
    "^" + SPEAKER + r"(?:(?:and|but|so|even|now|okay|ok|well|again),?\s+)*"
    r"(?:if|unless)\b" + _FRAMING + r"|^(?:for|among) "
    r"(?:people|those|anyone|individuals|someone|everyone|patients|adults|children) who\b",
    re.IGNORECASE,
)
# ... a habit or a recurring day ("I used to wear a sweater 10 years ago", "Each Friday we
# will give an answer");
_HABIT = re.compile(
    r"\b(?:i|we|you|he|she|they)(?: always| often)? used to\b|\bwould (?:always|often|usually)\b",
    re.IGNORECASE,
)
_RECURRING_BEFORE = re.compile(
    r"\b(?:each|every)\s+$|\b(?:each|every) (?:single )?(?:day|night|morning|evening|week)\b[^.;:]{0,25}?$",
    re.IGNORECASE,
)
# ... a period between two years ("from 2017 to 2019", "From 2008 to 2020, she held"):
# no point in time;
_PERIOD = re.compile(
    r"\b(?:from|between)\s+(?:the\s+)?(?:[A-Za-z]+\s+)?\d{4}\s*(?:to|through|until|and|-|–)\s*"
    r"(?:[A-Za-z]+\s+)?\d{4}\b|\bin\s+\d{4}\s*(?:to|through|-|–)\s*\d{4}\b|"
    r"\bbetween\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+and\s+[A-Z][a-z]+"
    r"(?:\s+(?:\d{4}|this year|last year))?",
    re.IGNORECASE,
)
# ... a negation that governs the date ("We're not going to stop the programs on July
# 5th", "did not meet on Tuesday"): what did not happen; "not until", "not only" and
# "no later than" say something else, and so do a plea and a verdict ("pleaded not guilty
# on Thursday", "was found not liable"), which happened;
_NEGATION = re.compile(
    r"\b(?:not|never|no longer)\b"
    r"(?! (?:only|until|till|since|later than|just|least|to|guilty|liable)\b)|"
    r"n[’']t\b(?! (?:only|until|till|since|just)\b)|"
    r"\b(?:nothing|nobody|no one)[”\"]?\s+(?:has|have|had|was|were|is|did|will)\b",  # "nothing has changed since Friday"
    re.IGNORECASE,
)
# (a "since" date right after a quotation belongs to the quotation's perfect: "said
# “nothing has changed” since Friday"; "said “...” on Friday" dates the saying)
# ("since Saturday, when he said ..." tells what happened then)
_QUOTED_PERFECT = re.compile(r"[“\"](?P<words>[^“”\"]{1,120})[”\"]\s*since\s*$", re.IGNORECASE)
# ... a plan called off ("BP said it would cancel the dividend scheduled for payment on
# June 21"): the date is the plan's, and it will not happen;
_CALLED_OFF = re.compile(
    r"\b(?:cancel\w*|call(?:s|ed|ing)? off|scrap\w*|postpon\w*|suspend\w*|delay\w*|reschedul\w*)\b"
    r"[^.;]{0,60}?"
    r"\b(?:scheduled|planned|set|due|slated)\s+(?:for\s+|to\s+\w+\s+)?(?:\w+\s+){0,3}(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)


def not_a_happening(sentence: str, when: PartialDate, start: int) -> str | None:
    """Why a dated sentence states no happening of the story, or None: the name of the
    first rule of HAPPENING_RULES that finds it is not one. Cheap word patterns, checked
    by the benchmarks (every gold event of the seeds still found) and counted on a corpus
    (bench/happenings.py prints how many sentences each rule removed, and some of them).
    Typographic apostrophes are read as straight ones ("don’t" is "don't"; the same
    length, so the date's offset holds)."""
    sentence = sentence.replace("’", "'")
    when = replace(when, expression=when.expression.replace("’", "'"))
    for name, rule in HAPPENING_RULES:
        if rule(sentence, when, start):
            return name
    return None


_END_OF = re.compile(r"the (?:end|close) of\b", re.IGNORECASE)
# ... or named as one right after it ("mentioned Memorial Day as a time we'd like to see
# progress", "set July 4 as the goal").
_TARGET_AFTER = re.compile(
    r"^\s+(?:as (?:a|an|the|our|their|his|her) (?:[\w-]+ )?(?:time|date|day|moment|point)\s+(?:to|for|by|when|we|they|i|you)\b|"
    r"(?:as (?:a|an|the|our|their|his|her) (?:[\w-]+ )?)?(?:target|goal|deadline|timeline|timetable)s?\b)",
    re.IGNORECASE,
)
# A goal set for the date ("a target for 50% of new vehicles sold in 2030 to be electric",
# "Our goal is to have a factsheet out tonight"): a target, not a happening.
_GOAL_BEFORE = re.compile(
    r"\b(?:[Gg]oal|[Tt]arget|[Aa]im|[Oo]bjective|[Aa]mbition)s?,? (?:is |was |will be |of )?(?:to|for|that)\b"
)


def _limit(sentence: str, when: PartialDate, start: int) -> bool:
    """A deadline, term or target ("until May 18", "by 2030", "a term expiring ...",
    "through early next year", "funding runs out December 3rd")."""
    before = sentence[: max(start, 0)]
    after = sentence[start + len(when.expression) :]
    of = "of " if when.expression.lower().startswith("of ") else ""  # "until the evening of"
    return bool(
        _LIMIT.match(when.expression)
        or (_LIMIT_BEFORE.search(before + of) and not NAMES_A_HAPPENING.match(after))
        or _EXPIRING.search(before)
        or _TARGET_AFTER.match(after)
        or _GOAL_BEFORE.search(clause(sentence, start, len(when.expression), after=False))
        or (_END_OF.match(when.expression) and re.search(r"\b(?:before|to)\s+$", before))
        or _DEADLINE.search(clause(sentence, start, len(when.expression)))
        or _DEADLINE_NAMED.search(before)
    )


def _forecast(sentence: str, when: PartialDate, start: int) -> bool:
    """A prediction or a possibility that governs the date: before it in its clause ("the
    well could be capped by August", "is expected to make landfall on Sunday"). A
    scheduled plan ("will travel on November 14") stays an event, a guess does not; a
    hedge after the date is about something else ("the explosion two weeks ago could
    cost $14 billion", "said on Wednesday it will probably delay"), and so is a date
    far after it, in a noun's phrase ("may seem at odds with a study published last
    Thursday")."""
    preposition = re.match(r"(?:on|in|at|around)\s+", when.expression, re.IGNORECASE)
    if _EXPECTED_BEFORE.search(
        sentence[: max(start, 0)] + (preposition.group() if preposition else "")
    ):
        return True  # "the filing was expected on Wednesday"
    if _HEDGED_SUBJECT.match(sentence[start + len(when.expression) :]):
        return True  # "Next week's Sats tests are expected to go ahead as planned"
    if _HEDGE_AFTER.match(sentence[start + len(when.expression) :]) and _OPENS_CLAUSE.fullmatch(
        clause(sentence, start, len(when.expression), after=False)
    ):
        # "and as early as Sunday should start pumping oil": the date opens the hedged
        # clause; after a noun it dates the noun ("the explosion two weeks ago could
        # cost", "the top kill procedure launched on Wednesday could choke off the well")
        return True
    if attitudes.believed(sentence[: max(start, 0)]):
        return True  # "CDC had predicted that the UK variant would be dominant in March"
    if attitudes.hedged_after(sentence, when.expression, start):
        return True  # "in his address this evening Obama is expected to announce"
    before = attitudes.governing(sentence, start, len(when.expression))
    hedges = list(_FORECAST.finditer(before))
    intention = attitudes.intention(before)
    if intention and attitudes.intended(sentence, when, start, intention):
        hedges.append(intention)  # "the school hoped to open again next week"
    if not hedges:
        return False
    last = max(hedges, key=lambda m: m.end())
    reach = (
        EXPECTATION_REACH
        if last is intention or _EXPECTATION.search(last.group())
        else FORECAST_REACH
    )
    gap = before[last.end() :]
    if len(gap.split()) <= reach:
        return True
    if last is intention:
        return False  # "his commitment to diversity and civil rights and the ... Award in 2013"
    return _verb_phrase_reach(sentence, when, start, gap)


def _verb_phrase_reach(sentence: str, when: PartialDate, start: int, gap: str) -> bool:
    """A hedge further than the reach still governs a date that ends its verb phrase
    ("BP could begin the final procedure to permanently plug the well late next week",
    "This could put pressure on BP's plans to reinstate its dividend early in 2011"):
    at most PHRASE_REACH words with no past form between them (a past tense or a
    participle opens a clause of its own: "may seem at odds with a study published last
    Thursday"), a date in the past ("could find no trace ... last week": a past
    ability), no "during"/"since" (a happening's own date: "could better the
    performance of his predecessor during Hurricane Katrina in 2005"), and a date that
    names no happening ("ahead of November elections")."""
    after = sentence[start + len(when.expression) :]
    return (
        len(gap.split()) <= PHRASE_REACH
        and not _PAST_FORM.search(gap)
        and not re.match(r"(?:the|of|since)\b", when.expression, re.IGNORECASE)
        and not _PAST_DATE.search(when.expression)
        and not NAMES_A_HAPPENING.match(after)
    )


def _condition(sentence: str, when: PartialDate, start: int) -> bool:
    """A date inside an "if"/"unless" clause, or in a sentence that opens with one (but
    not in a reporting frame after the quotation: "“Unless ...,” Clinton told ... on June
    29"): what would happen on a condition did not happen."""
    before = attitudes.governing(sentence, start, len(when.expression))
    opening = _CONDITION_OPENING.match(sentence) and "”" not in sentence[: max(start, 0)]
    return bool(_CONDITION.search(before) or opening)


def _future_year(sentence: str, when: PartialDate, start: int) -> bool:
    """A year after the publication's ("will be made public in 2023", "will expand to
    all offices next year", "their upcoming elections in 2023"): a plan or a forecast
    known only to the year, nothing that has happened; a day or a month ahead may be a
    scheduled happening ("will travel to Bali on November 14") and stays."""
    return when.precision == "year" and when.future


# A plan for the current year: a future or a plan in the date's clause ("It will
# definitely happen this year", "plans to add more than 200 jobs ... this year", "will be
# released for public review early this year"), or "later this year": what is to happen
# some time in the year has not happened, and the year is no day of it.
_THIS_YEAR = re.compile(
    r"^(?:(?:in|during|over|for|of|sometime|some time|later|early|late|by the end of|the rest of|"
    r"the (?:first|second|third|fourth|last) (?:half|quarter) of)\s+)*this year$",
    re.IGNORECASE,
)
_PLAN_AHEAD = re.compile(
    r"\b(?:will|shall|won['’]t|going to|(?<!no )plans? to|planning to|intends? to|aims? to|"
    r"(?:is|are) (?:set|scheduled|due|slated) to)\b|['’]ll\b",
    re.IGNORECASE,
)
# (a future right after the date: "60,000 Americans this year will die", "This year our
# countries will celebrate", "the second half of this year won't be pretty")
_PLAN_AFTER = re.compile(FUTURE_AFTER_LEAD + r"(?:will|shall|won['’]t|['’]ll)\b", re.IGNORECASE)
# A past between the plan and the date is a clause of its own ("we have already achieved
# this year"); a participle alone is not ("will be released", "disadvantaged").
_PAST_IN_PLAN = re.compile(
    r"\b(?:have|has|had|did|was|were|ago|last|since|during)\b|['’]ve\b", re.IGNORECASE
)


def _plan_this_year(sentence: str, when: PartialDate, start: int) -> bool:
    """A plan or a forecast for the current year, known only to the year ("It will
    definitely happen this year", "will be making a formal revision ... later this
    year"): like a future year's (_future_year), nothing that happened; what happened
    this year stays ("The company has cut 5,000 jobs this year")."""
    if when.precision != "year" or not _THIS_YEAR.match(when.expression):
        return False
    if when.expression.lower().startswith("later"):
        return True
    if _PLAN_AFTER.match(sentence[start + len(when.expression) :]):
        return True
    plans = list(_PLAN_AHEAD.finditer(clause(sentence, start, len(when.expression), after=False)))
    if not plans:
        return False
    gap = clause(sentence, start, len(when.expression), after=False)[plans[-1].end() :]
    return len(gap.split()) <= PHRASE_REACH and not _PAST_IN_PLAN.search(gap)


def _habit(sentence: str, when: PartialDate, start: int) -> bool:
    """A habit or a recurring day ("10 years ago, I used to wear a sweater", "Each
    Friday we will give an answer"): no one happening on that date."""
    return bool(_HABIT.search(sentence) or _RECURRING_BEFORE.search(sentence[: max(start, 0)]))


def _name(sentence: str, when: PartialDate, start: int) -> bool:
    """A date that is part of a name or a reference (naming.in_a_name)."""
    return in_a_name(sentence, when.expression, when.precision, start)


# A month that opens a span to another month ("the declines we saw in early January
# through the end of February", "from June to August").
_TO_MONTH_AFTER = re.compile(
    r"^\s*(?:through|thru|until|till|to|into|[-–])\s+(?:the (?:end|middle|start|beginning) of\s+)?"
    r"(?:(?:early|mid|late)[\s-]+)?(?:" + "|".join(MONTHS) + r")\b(?!\s*\d)",
    re.IGNORECASE,
)


def _period(sentence: str, when: PartialDate, start: int) -> bool:
    """A year that begins or ends a period ("from 2017 to 2019", "in 2017 to 2018"), months a period runs
    over ("to increase supply over the course of July and August"), or a month that
    opens a span to another ("in early January through the end of February"): no point
    in time."""
    if when.precision not in {"year", "month"}:
        return False
    before = sentence[: max(start, 0)] + (
        "of " if when.expression.lower().startswith("of ") else ""
    )
    if re.search(
        r"\b(?:over|during) the course of\s+(?:\w+\s+and\s+)?$|\bfor the rest of\s+$", before, re.I
    ):
        return True
    if when.precision == "month" and _TO_MONTH_AFTER.match(
        sentence[start + len(when.expression) :]
    ):
        return True
    return any(m.start() <= start < m.end() for m in _PERIOD.finditer(sentence))


def _negation(sentence: str, when: PartialDate, start: int) -> bool:
    """A negated verb before the date in its clause, at most FORECAST_REACH words
    before it: the sentence says what did not or will not happen on that date ("We're
    not going to stop the programs on July 5th"), or a plan called off ("would cancel the
    dividend scheduled for payment on June 21"); not a date that names a happening, nor
    "agreed not to pay dividends this year"."""
    if NAMES_A_HAPPENING.match(sentence[start + len(when.expression) :]):
        return False  # "did not offer much ahead of Thursday's testimony"
    if _CALLED_OFF.search(sentence[: max(start, 0)]):
        return True  # "would cancel the dividend scheduled for payment on June 21"
    if speech.no_comment(sentence, when, start) or speech.denied(sentence, when, start):
        return True  # "a BP spokesman declined to comment this morning"
    before = attitudes.governing(sentence, start, len(when.expression))
    head = sentence[: max(start, 0)] + ("since" if when.expression.lower().startswith("since") else "")
    quoted = _QUOTED_PERFECT.search(head)
    if not re.sub(r"(?i)\bsince\b", "", before).strip() and quoted and not re.match(r"\s*,\s*when\b", sentence[start + len(when.expression) :]):
        before = quoted.group("words")  # "said “nothing has changed” since Friday": the quotation's perfect
    found = list(_NEGATION.finditer(before))
    return bool(found) and len(before[found[-1].end() :].split()) <= FORECAST_REACH


HappeningRule = Callable[[str, PartialDate, int], bool]
# In order: the first rule that finds a sentence is not a happening names the reason.
HAPPENING_RULES: tuple[tuple[str, HappeningRule], ...] = (
    ("biography", states.biography),
    ("limit", _limit),
    ("stative", states.stative),
    ("not text", stamps.not_text),
    ("page note", stamps.page_note),
    ("dateline", stamps.dateline),
    ("heading date", stamps.heading_date),
    ("name", _name),
    ("document year", belongs.document_year),
    ("in a title", belongs.in_a_title),
    ("citation year", belongs.citation_year),
    ("programme year", belongs.year_in_a_programme),
    ("holiday occasion", belongs.holiday_occasion),
    ("period", _period),
    ("run-up", belongs.run_up),
    ("range end", belongs.range_end),
    ("fragment", speech.fragment),
    ("announcement comment", lists.announcement_comment),
    ("pointed deed", unnamed.pointed_deed),
    ("day verdict", verdicts.day_verdict),
    ("measure", figures.measure),
    ("figure", figures.figure),
    ("change from", changes.changed_from),
    ("span", figures.span),
    ("period figure", figures.period_figure),
    ("record", figures.record),
    ("year output", figures.year_output),
    ("target", figures.target),
    ("day count", figures.day_count),
    ("level change", figures.level_change),
    ("level stated", figures.level_stated),
    ("count reported", tallies.count_reported),
    ("data shows", tallies.data_shows),
    ("compared", tallies.compared),
    ("change stated", tallies.change_stated),
    ("question", speech.question),
    ("cut off", speech.cut_off),
    ("cut open", transcript.cut_open),
    ("talk", speech.talk),
    ("own occasion", transcript.own_occasion),
    ("asked in the room", transcript.asked_in_the_room),
    ("greeting", speech.greeting),
    ("call logistics", speech.call_logistics),
    ("here today", speech.here_today),
    ("room questions", exchanges.room_questions),
    ("unconfirmed", exchanges.unconfirmed),
    ("appeal", exchanges.appeal),
    ("hedge", speech.hedge),
    ("doubt", exchanges.doubt),
    ("alternative", belongs.alternative),
    ("condition", _condition),
    ("inverted condition", belongs.inverted_condition),
    ("forecast", _forecast),
    ("month ahead", plans.month_ahead),
    ("future month", belongs.future_month),
    ("future time clause", belongs.future_time_clause),
    ("plan content", belongs.plan_content),
    ("intended infinitive", belongs.intended_infinitive),
    ("expected of others", plans.expected_of_others),
    ("forecast change", plans.forecast_change),
    ("noun schedule", plans.noun_schedule),
    ("future year", _future_year),
    ("habit", _habit),
    ("negation", _negation),
    ("state", states.state),
    ("plan this year", _plan_this_year),
    ("no deed", deeds.no_deed),
    ("period total", levels.period_total),
    ("year count", levels.year_count),
    ("rate said", levels.rate_said),
    ("level is", levels.level_is),
    ("range restated", levels.range_restated),
    ("change in words", levels.change_in_words),
    ("ranked since", levels.ranked_since),
    ("market move", markets.market_move),
    ("market reference", markets.market_reference),
    ("market value", markets.market_value),
    ("running total", running.running_total),
    ("latest figures", running.latest_figures),
    ("period tally", running.period_tally),
    ("year spending", sums.year_spending),
    ("year cost", sums.year_cost),
    ("sum period", sums.sum_period),
    ("total told", measured.total_told),
    ("comparison base", measured.comparison_base),
    ("count level", measured.count_level),
    ("count held", measured.count_held),
    ("counted period", measured.counted_period),
    ("lacking", terms.lacking),
    ("occasion terms", terms.occasion_terms),
    ("calendar", terms.calendar),
    ("stance", stances.stance),
    ("term boundary", stances.boundary),
    ("supposed to", stances.supposed),
    ("day label", transcript.day_label),
    ("items ahead", transcript.items_ahead),
    ("expectation", stances.expectation),
    ("sympathy", stances.sympathy),
    ("day example", remarks.day_example),
    ("correction alone", remarks.correction_alone),
    ("aside", remarks.participle_alone),
    ("scene", scenes.scene),
    ("day described", scenes.day_described),
    ("whole period", scenes.whole_period),
    ("before period", scenes.before_period),
    ("held since", scenes.held_since),
    ("service since", service.service_since),
    ("residence", service.residence),
    ("weekly", scenes.weekly),
    ("span closing", terms.span_closing),
    ("survey window", surveys.survey_window),
    ("poll finding", surveys.poll_finding),
    ("estimate", surveys.estimate),
    ("milestone", surveys.milestone),
    ("data window", measured.data_window),
    ("generic", states.generic),
    ("linking state", scenes.linking_state),
    ("goes on", holding.goes_on),
    ("distance", holding.distance),
    ("unnamed happenings", holding.unnamed),
    ("observed", holding.observed),
    ("term bound", holding.term_bound),
    ("post since", holding.post_since),
    ("class condition", holding.class_condition),
    ("nowadays habit", holding.nowadays_habit),
    ("nowadays present", nowadays.nowadays_present),
    ("would ahead", holding.would_ahead),
    ("characterised", holding.characterised),
    ("designated", holding.designated),
    ("caption", scenes.caption),
    ("today quantified", states.today_quantified),
    ("aside date", asides.aside_date),
    ("offset reference", offsets.offset_reference),
    ("sequence reference", offsets.sequence_reference),
)
# Rules whose sentences are no events but still refer to their day, so key dates count
# them: "Will he sign it on Friday?", "expected to make landfall on Sunday", a dateline
# (its day's report). Without them Date-F1 on the seven T17 development topics fell
# from 0.579 to 0.540 (bench/key_dates_t17.py); with them it stays 0.579.
# A document's title (Document.is_title) says what the document is about: a date in it
# refers to its day, but the body tells what happened ("Remarks by President Biden on
# the Anniversary of January 6th" was said on its publication day); its own day or a
# period holding it is not even a reference (events.py).
TITLE = "title"
REFERENCE_RULES = frozenset(
    {
        "dateline",
        "heading date",
        "question",
        "cut off",
        "cut open",
        "announcement comment",
        "pointed deed",
        "day verdict",
        "talk",
        "own occasion",
        "asked in the room",
        "room questions",
        "unconfirmed",
        "appeal",
        "greeting",
        "here today",
        "hedge",
        "doubt",
        "condition",
        "forecast",
        "would ahead",
        "class condition",
        "month ahead",
        *belongs.REFERENCES,
        "expected of others",
        "forecast change",
        "noun schedule",
        "expectation",
        "scene",
        "caption",
        "day described",
        "future year",
        "plan this year",
        "target",
        "negation",
        "span",
        "change from",
        "aside date",
        "offset reference",
        "sequence reference",
        TITLE,
    }
)
