"""What is not a happening, in states: the rules of not_a_happening (happenings.py) that
find a date's sentence states how things are rather than what happened: a biography's
background and posts held ("received her J.D. in 1999", "where he has worked since
2006"), "today" in a statement of how things are ("Today, there are nine on the
market", "better off today than a year ago"), a state in the date's clause, an
anniversary or an observance marked on the date. Each rule is a function of (sentence,
date, where the date's expression starts) that returns True when the sentence states no
happening on that date.
"""

from __future__ import annotations

import re

from .clauses import clause
from .dates import PUBLICATION_WORDS, PartialDate

_PUBLICATION_WORDS = re.compile(rf"\b(?:{PUBLICATION_WORDS})\b", re.I)
_AS_THEN = re.compile(r"\bas \w+ (?:today|now) as (?:it|they|we|he|she) (?:was|were|did)\s+$", re.I)
# Biography boilerplate of a nominee or appointee
# ("received her J.D. in 1999", "From 2008 to 2020, he served as ..."), dated by a year
# or a month; ...
_BIOGRAPHY = re.compile(
    r"\b(?:J\.D|B\.A|B\.S|M\.A|M\.S|Ph\.D|M\.D|LL\.M|LL\.B|M\.B\.A|M\.P\.P|M\.P\.A|"
    r"M\.P\.H|Ed\.D)\b\.?|\b(?:bachelor'?s|master'?s|bachelor of|master of|doctorate|law degree|graduated|a position (?:she|he|they) (?:has|have) held|"
    r"graduate of|alumn(?:us|a|i|ae)|clerked|was born|began (?:his|her|their) (?:legal )?career|"
    r"(?:he|she|they|and) (?:also )?(?:served|serves|worked|works|taught|practiced|practised) "
    r"(?:as|at|in|for|on)|has (?:also )?(?:served|worked|taught|practiced) (?:as|at|in|for|on)|"
    r"served as (?:an?|the) |was (?:an?|the) (?:associate|partner|law clerk|professor|"
    r"lecturer|fellow|visiting|senior|deputy|assistant|adjunct)\b|prior to (?:joining|that|"
    r"this|her|his|their)|previously,? (?:(?:he|she|they) )?(?:served|worked|was|were)|joined (?:the )?[A-Z][\w.&'’ -]* "
    r"as\b|held (?:the |numerous |several |various |many )?(?:position|positions|roles?) )",
    re.IGNORECASE,
)
# ... a post held since a year (a perfect of a role: "where he has worked since 2006",
# "has been a partner at Cooley LLP since 2021"; not "had been closed since March");
_ROLE_HELD = re.compile(
    r"\b(?:has|have|had)\s+(?:also\s+)?(?:been\s+(?:an?|the|his|her|their)\b|served|worked|taught|"
    r"practiced|practised|held|chaired|directed|represented)\b",
    re.IGNORECASE,
)
# ... and "today" in a statement of how things are, not of what happened ("as clear
# today as a year ago", "Today is another win", "today's", "still today", "they continue to
# do so today").
_STATIVE_TODAY = re.compile(
    r"\bas \w+ today as\b|(?<!ed )\btoday (?:is|remains?|stands?)\b|\bas (?:we|you) know (?:it|them) today\b|\b(?:still|even|until|of|"
    r"than|like) today\b(?![’'])|\btoday,? more than ever\b|(?<!where )\b(?:it|they|we|that) (?:is|are) "
    r"today\b|\b(?:remains?|survives?|exists?) (?:\w+ )?today\b|\b(?:is|remains?) (?:still )?the "
    r"case\b|\bcontinues? to (?:[\w-]+ ){1,3}today\b|\b(?:a |an )?(?:very |quite |so |much |completely |entirely )?different (?:world|place|"
    r"country|time|era|story|situation)\b|\b(?:we|they|people|americans) (?:now |all )?live in\b|"
    r"\bin (?:the world|america|the country|our country|this country|society|our society) today\b|"
    r"\b(?:we|they) (?:face|are facing|'re facing) today\b|\b(?:of|in) (?:our|the|this) (?:world|time|times|society|age|era|economy) today\b|\btoday,? (?:that|the|this) (?:number|figure|"
    r"rate|total|share|count|level) (?:is|stands|remains)\b|^(?:\W*\w+\W+){0,3}?today,? (?:we|they)'re "
    r"(?:seeing|facing)\b|"
    r"^(?:\W*\w+\W+){0,3}?today,? (?:we|they|people|americans) (?:now |still |all )?(?:know|live|face|"
    r"are seeing|are facing|"
    r"need|understand|have (?:a|an|the|more|less|no|\d))\b",
    re.IGNORECASE,
)
# ... "today" as a term of a comparison ("better off today than they were a year ago",
# "more relevant than ever today", "today was another chapter in that history");
# ... "today" said of what remains or what faces us ("that remains U.S. policy today",
# "the challenges facing us today"): the present's state, right before "today";
_NOWADAYS_BEFORE = re.compile(
    r"\b(?:(?:that|which|it|this|what|still) (?:remains?|survives?)(?: [\w.-]+){2,4}|(?:facing|confronting) "
    r"(?:us|our(?: \w+)? (?:nation|country|world|communities|families|people)|the (?:nation|country|world)))\s+$",
    re.IGNORECASE,
)
# ... or a date opening a sentence whose verb is a thought held, not a deed ("And today –
# as we embark on the next century of our partnership – we remember that nothing is
# beyond our reach", "This year, on the International Day ..., we remember that
# gender-based violence continues"), after at most two asides;
_THOUGHT_AFTER = re.compile(
    r"^\s*(?:[,–—-]\s*(?:[^,–—]{0,150}[,–—]\s*){0,2})?(?:we|i|they|americans|you)(?: all| also| now| still| must)? "
    r"(?:remember|recall|recognize|recognise|know|understand|believe|realize|realise) that\b",
    re.IGNORECASE,
)
_THAN_AFTER = re.compile(
    r"^,?\s+than\b|^\s+was (?:another|a|an) (?:\w+ )?(?:chapter|reminder|moment|milestone|step|sign)\b",
    re.IGNORECASE,
)
_THAN_EVER = re.compile(r"\bthan ever(?: before)?,?\s+$", re.IGNORECASE)
# ... a date opening the sentence as the subject of "be" with a holiday's name ("next Friday
# is, of course, Jobs Day", "Tomorrow is Thanksgiving", "Today also happens to be National
# Former Prisoner of War Recognition Day"): what the day is called;
_DAY_IS = re.compile(
    r"^\s+(?:(?:also\s+)?(?:is|was|will be|happens to be|marks))(?:,? (?:of course|again|also),?)?\s+(?:(?:the|a|an|our|national|international)\s+)?"
    r"(?-i:(?:(?:[A-Z][\w'-]*|of|and|the)\s+){0,6}(?:Day|Eve)\b|Thanksgiving|Christmas|Easter|Halloween|Passover|Juneteenth)",
    re.IGNORECASE,
)
# ... or "today" opening a sentence whose verb is a plain "be" ("Today, we are at a
# critical nexus in the pandemic", "Today, there are more than 2 million"), not a
# progressive or a plan ("Today, we are announcing", "Today, the President is set to");
_TODAY_IS = re.compile(
    r"^,?\s+(?:(?:it|that|he|she|there)(?:'s|\s+is)|(?:we|they|you)(?:'re|\s+are)|there\s+are|i(?:'m|\s+am)|this\s+is|"
    r"(?:the|our|their|his|her|its)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+\s+(?:is|are|remains?))\s+"
    r"(?>(?:(?:still|now|also|all|just|\w+ly)\s+)*)"
    r"(?!(?:[\w-]+ing|[\w-]+ed|going|set|expected|about|scheduled|due|poised|able|ready|here|in|at|on|proud|"
    r"pleased|happy|excited|thrilled|delighted|honored|glad|not)\b)\w",
    re.IGNORECASE,
)

# ... a state, not a change: a pronoun subject with "be" and an adjective or a degree
# ("That was true yesterday", "it was a little short today", "It will be slower this
# year"), or where things stand ("where we were a year ago");
_STATE = re.compile(
    r"\b(?:it|that|this|things)(?:'s| is| was| will be| would be| remains?| remained)\s+"
    r"(?:(?:not|still|also|just|only|even)\s+)?(?:true|false|clear|the case|(?:quite|very|so|too|"
    r"pretty|a little|a bit|much|far|even|slightly)\s+\w+|[a-z]+er than\b|(?:slower|faster|"
    r"higher|lower|better|worse|bigger|smaller|larger|easier|harder)\b)",
    re.IGNORECASE,
)
# ... or a degree of importance or truth said of the date ("it's especially important today
# for Black and Brown workers", "that is all the more urgent this year"): a judgement on a
# state, right before the date;
_DEGREE = re.compile(
    r"\b(?:it|that|this)(?:'s|’s| is| was| will be| remains?)\s+(?:(?:not|still|also|just|only|even)\s+)?"
    r"(?:especially|particularly|increasingly|all the more|more|most|less|no less|equally|critically|incredibly|"
    r"extremely|really)\s+(?:important|critical|clear|urgent|true|relevant|vital|essential|necessary|difficult|"
    r"hard|needed)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_WHERE_WE_WERE = re.compile(
    r"\bwhere (?:we|things|it|they|you) (?:are|were|stand|stood|was)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# ... an anniversary or a count of time since something ("This week marked six months
# since Texas law SB 8 went into effect", "March 21st is coming up as the first
# anniversary of border restrictions"): the date is when a span is counted, the
# happening is elsewhere;
_ANNIVERSARY = re.compile(
    r"\b(?:marks?|marked|marking)\s+(?:\w+\s+){0,3}(?:years?|months?|weeks?|days?)\s+since\b|"
    r"\b(?:is|was|will be) (?:coming up as |also )?(?:the|its|our) (?:\w+ )?anniversary\b",
    re.IGNORECASE,
)
# ... the date as the subject that marks an anniversary ("Friday marks the one-year
# anniversary of the enactment", "Today marks four years of wrongful detention", "Today, as we mark the anniversary of AUKUS"), not a
# trip to an anniversary's events ("would travel to attend events marking the 65th");
_MARKS_AFTER = re.compile(
    r"^,?\s+(?:will |also )?(?:marks?|marked) (?:(?:the|its|our|a) (?:[\w-]+ ){0,2}anniversary\b|"
    r"(?:[\w-]+ ){1,2}(?:years?|months?|weeks?|days?) (?:of|since)\b)",
    re.IGNORECASE,
)
# ... an observance the speaker joins on the date ("Today, we join people across the country
# celebrating and honoring César Chávez's legacy", "Today, we honor the humanitarian
# workers"): a commemoration, not a happening of the story;
_OBSERVANCE = re.compile(
    r"^(?:\W*\w+\W+){0,6}?(?:we|i) (?:(?:also|proudly|solemnly) )?(?:join (?:[\w-]+ ){0,6}?(?:in )?"
    r"(?:celebrating|honoring|honouring|mourning|remembering|commemorating|marking|recognizing|observing)|"
    r"honou?r|celebrate|remember|commemorate|mourn|observe|pay tribute|recognize)\b",
    re.IGNORECASE,
)
_WE_MARK = re.compile(
    r"^(?:\W*\w+\W+){0,3}?(?:we|they|i)(?:'re| are| will)? (?:mark|marking|commemorate|commemorating) "
    r"(?:the|its|our|a) (?:[\w-]+ ){0,2}anniversary\b",
    re.IGNORECASE,
)


def biography(sentence: str, when: PartialDate, start: int) -> bool:
    """A biography's background years ("received her J.D. in 1999"), or a post held
    since a year ("where he has worked since 2006", "has been a partner at Cooley LLP
    since 2021"): a state, the post's start is not told."""
    if when.precision == "day":
        return False
    before = sentence[: max(start, 0)]
    since = re.match(r"since\b", when.expression, re.IGNORECASE) or re.search(r"\bsince\s+$", before, re.IGNORECASE)
    if since and _ROLE_HELD.search(clause(sentence, start, len(when.expression), after=False)):
        return True
    return bool(_BIOGRAPHY.search(sentence))


def stative(sentence: str, when: PartialDate, start: int) -> bool:
    """ "today" in a statement of how things are ("Today is another win", "the welfare
    state that it is today", "That remains the case today")."""
    if re.search(r"\b(?:it|today)(?:'s| is) $", sentence[: max(start, 0)], re.IGNORECASE):
        return True  # "it is Sunday", "it's Friday": what day it is
    if _DAY_IS.match(sentence[start + len(when.expression) :]) and not re.search(
        r"\w", re.sub(r"^\W*(?:and|but|so|now|well|oh)\b", "", sentence[: max(start, 0)], flags=re.I)
    ):
        return True  # "And next Friday is, of course, Jobs Day": what the day is
    if when.expression.lower() == "today" and _NOWADAYS_BEFORE.search(sentence[: max(start, 0)]):
        return True  # "that remains U.S. policy today", "the challenges facing us today"
    opening = not re.search(r"\w", re.sub(r"^(?:\W*(?:and|but|so|now|yet|still)\b)", "", sentence[: max(start, 0)], flags=re.I))
    if opening and _THOUGHT_AFTER.match(sentence[start + len(when.expression) :]):
        return True  # "And today – as we embark on ... – we remember that": a thought held
    if _AS_THEN.search(sentence[: max(start, 0)]):
        return True  # "as clear today as it was a year ago": the other term of a state
    if _PUBLICATION_WORDS.fullmatch(when.expression) and (
        _THAN_AFTER.match(sentence[start + len(when.expression) :]) or _THAN_EVER.search(sentence[: max(start, 0)])
    ):
        return True  # "better off today than they were a year ago", "more relevant than ever today"
    if opening and _PUBLICATION_WORDS.fullmatch(when.expression) and _TODAY_IS.match(sentence[start + len(when.expression) :]):
        return True  # "Today, we are at a critical nexus in the pandemic": where things are
    return bool(_PUBLICATION_WORDS.fullmatch(when.expression) and _STATIVE_TODAY.search(sentence))


def state(sentence: str, when: PartialDate, start: int) -> bool:
    """A state in the date's clause, not a change ("That was true yesterday", "It will
    be slower this year", "where we were a year ago", "it's especially important today"),
    or an anniversary counted on the date ("This week marked six months since ..."):
    nothing happened on it."""
    held = clause(sentence, start, len(when.expression))
    return bool(
        _STATE.search(held)
        or (start <= 20 and _OBSERVANCE.match(sentence))
        or _WHERE_WE_WERE.search(sentence[: max(start, 0)])
        or _DEGREE.search(sentence[: max(start, 0)])
        or _ANNIVERSARY.search(sentence)
        or _MARKS_AFTER.match(sentence[start + len(when.expression) :])
        or (start <= 20 and _WE_MARK.match(sentence))
    )
