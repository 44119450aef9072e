"""What is not a happening, in states: the rules of not_a_happening (happenings.py) that
find a date's sentence states how things are rather than what happened: a biography's
background and posts held ("received her J.D. in 1999", "where he has worked since
2006"), "today" in a statement of how things are ("Today, there are nine on the
market", "better off today than a year ago"), a state in the date's clause, an
anniversary or an observance marked on the date, a generic pattern ("the hurricane
season typically peaks in August"), how many are so "today" ("Today, many U.S.
bio-companies perform their manufacturing abroad"). Each rule is a function of (sentence,
date, where the date's expression starts) that returns True when the sentence states no
happening on that date.
"""

from __future__ import annotations

import re

from ..lexicon import words
from .clauses import NAMES_A_HAPPENING, clause, governed, opens
from .dates import PUBLICATION_WORDS, PartialDate

_PUBLICATION_WORDS = re.compile(rf"\b(?:{PUBLICATION_WORDS})\b", re.I)
_AS_THEN = re.compile(r"\bas \w+ (?:today|now) as (?:it|they|we|he|she) (?:was|were|did)\s+$", re.I)
# ... or a date that is the other term of a likeness or a comparison, ending its clause
# ("the site looked similar to a week ago, except for a rig", "prices are higher than
# last year."): how things were then, not a happening ("compared to": tallies.compared).
_COMPARED_BEFORE = re.compile(
    r"\b(?:(?:similar|identical|comparable|equal|close) to|"
    r"(?:higher|lower|better|worse|greater|bigger|smaller|larger|stronger|weaker|cheaper|dearer) than)\s+$",
    re.IGNORECASE,
)
_CLAUSE_ENDS_AFTER = re.compile(r"^\s*(?:$|[.,;:!?)—–]|\s-\s)")
# ... or the first term of "more ... than" with the date inside it ("more formula produced
# in April than before the recall", "spent more in May than in April"): a quantity
# compared.
_MORE_BEFORE = re.compile(r"\b(?:more|fewer|less)(?:\s+[\w-]+){0,4}\s+$", re.IGNORECASE)
_THAN_NEXT = re.compile(r"^\s+than\b", re.IGNORECASE)
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
# also a post or a work carried on ("She has been working for Reuters since January 2003",
# "Since 2006, I've been reporting on the environment", "Since 2014, he has led the
# advancement of ...", "has been in the job since July last year");
_ROLE_HELD = re.compile(
    r"(?:\b(?:has|have|had)|['’]ve|['’]d)\s+(?:also\s+)?(?:been\s+(?:an?|the|his|her|their|in (?:the|this|that|his|her|their) "
    r"(?:job|post|role|position|office)|(?:serving|working|teaching|practicing|practising|reporting|writing|leading|"
    r"running|chairing|directing|representing|covering|volunteering|advocating))\b|served|worked|taught|"
    r"practiced|practised|held|chaired|directed|represented|led|reported|written|volunteered|advocated)\b(?!\s+(?:more than|over|about|nearly|\d))",
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
    r"^(?:\W*\w+\W+){0,3}?today,? (?:we|they|people|americans) (?:now |still |all |can )?(?:know|live|face|see|"
    r"are seeing|are facing|"
    r"need|understand|have (?:a|an|the|more|less|no|\d))\b|"
    # "Today, the internet has transformed our ability to connect": a change up to now
    r"^(?:\W*\w+\W+){0,3}?today,? (?:the |our |this )?[\w-]+(?: [\w-]+)? (?:has|have) (?:transformed|revolutionized|"
    r"revolutionised|reshaped|redefined|upended) (?:our|the way|how|the world|everything|nearly|almost|every)\b",
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
# ... or whose verb is a belief held in the past ("Earlier this week, she assumed she had
# avoided the virus", "Last year, officials believed the well was safe"), or "there were"
# with a state of mind ("earlier this year, there were worries that London might run short");
_BELIEF_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2}|we|i|they|he|she|you|many|some|"
    r"(?:the\s+|most\s+|many\s+)?(?:officials|experts|people|investors|analysts|scientists|residents))\s+"
    r"(?:still\s+|also\s+|had\s+)?(?:assumed|believed|thought|feared|suspected|knew|felt|worried)\b"
    r"|^\s*,?\s*(?:[^,.;]{0,120},\s*)?there (?:were|was) (?:(?:some|also|still|many|real|growing|serious|widespread)\s+)*"
    r"(?:worries|fears|concerns|doubts|hopes|suspicions)\b",
    re.IGNORECASE,
)
# ... or knowledge held at the date ("were aware of flaws in the cement as early as March
# 8"): a state, not the day it began ("became aware on Monday" stays);
_AWARE_BEFORE = re.compile(r"\b(?:was|were|is|are|had been|have been|has been)\s+(?:\w+ly\s+)?aware\b", re.IGNORECASE)
_AWARE_SINCE = re.compile(_AWARE_BEFORE.pattern + r"[^;.]{0,150}\bas (?:early|far back) as\s+$", re.IGNORECASE)
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
    # a point in a course, not a place one is at ("we are at a critical nexus in the
    # pandemic", "at an inflection point")
    r"(?:at\s+an?\s+(?:[\w-]+\s+){0,2}?(?:point|moment|juncture|nexus|crossroads|stage|phase)\b|"
    r"(?!(?:[\w-]+ing|[\w-]+ed|going|set|expected|about|scheduled|due|poised|able|ready|here|in|at|on|proud|"
    r"pleased|happy|excited|thrilled|delighted|honored|glad|not)\b)\w)",
    re.IGNORECASE,
)

# ... "today" or "tomorrow" as a noun's modifier, of how things are nowadays: "today's" before
# a noun of lexicon/present_nouns ("today's globalised meat industry", "in today's
# dollars"), or after a plural noun ("the challenges of today", "decision makers of today
# and tomorrow", "the industries of tomorrow"): no day of a happening;
_PRESENT_NOUNS = frozenset(words("present_nouns"))
# (the noun phrase after "today's", to its first function word: "today's waiver will
# allow families", "Today's decision by the World Health Organization" are the day's)
_NOWADAYS_NOUN_AFTER = re.compile(
    r"^['’]s\s+((?:(?!(?:by|of|for|from|to|in|on|at|with|and|or|that|which|who|will|would|is|are|was|were|has|have|"
    r"had|must|can|could|may|should)\b)[\w-]+\s*){1,4})",
    re.IGNORECASE,
)
_PLURAL_OF_BEFORE = re.compile(r"\b[a-z]+[^s']s\s+(?:of\s+)?$")
# ... a tenure, a post held from one day to another ("Romney was the 70th Governor of
# Massachusetts from Jan 2, 2003 to Jan 4, 2007", "was Acting Director from January 20,
# 2021 until November 16, 2021"): a state over the span, its first day is no happening;
_TENURE_BEFORE = re.compile(
    r"\b(?:was|were|served|serving|has been|had been)\b[^;:.]{0,80}?\bfrom\s+$", re.IGNORECASE
)
_TO_AFTER = re.compile(r"^\s*(?:to|until|till|through|[-–])\s+\S", re.IGNORECASE)
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
# ... a state that went on at the date, "still" after "be" ("the man who just 15 months ago
# was still overseeing the technology", "seas were still too rough on Thursday", "which is
# still true today"), the date right before its verb or right after a short predicate
# (not "still recovering from Hurricane Katrina in 2005": the date is the hurricane's);
_STILL = re.compile(r"\b(?:was|were|is|are|remained|remains)\s+still\b(?!\s+(?:[\w-]+ed|being|going|expected)\b)", re.I)
STILL_REACH = 4  # words between the date and "still", either way
# ... an activity carried on since the date, a perfect progressive ("Crude oil has been
# leaking from the well since 20 April", "which they've been investigating since October",
# "BP has been monitoring the pressure since Thursday"): a duration, its start not told
# ("Since 2019, the US has said it does not recognize Maduro" tells a stance taken, and a
# date that names a happening, "since the April 20 explosion", is that happening's);
_ONGOING = re.compile(
    r"(?:\b(?:has|have|had)|['’]ve|['’]s|['’]d)\s+(?:\w+ly\s+|also\s+|not\s+)?been\s+[a-z]{3,}ing\b", re.IGNORECASE
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
# (a speaker's repair, a word said again after a dash, is part of the phrase: "where we
# were on May — May 12th")
_WHERE_WE_WERE = re.compile(
    r"\bwhere (?:we|things|it|they|you) (?:are|were|stand|stood|was)\s+(?:\w+\s+){0,2}(?:[—–-]+\s+(?:\w+\s+){0,2})?$",
    re.IGNORECASE,
)
# ... an anniversary or a count of time since something ("This week marked six months
# since Texas law SB 8 went into effect", "This week marks a decade since ...", "March 21st is coming up as the first
# anniversary of border restrictions"): the date is when a span is counted, the
# happening is elsewhere;
_ANNIVERSARY = re.compile(
    r"\b(?:marks?|marked|marking)\s+(?:\w+\s+){0,3}(?:decades?|years?|months?|weeks?|days?)\s+since\b|"
    r"\b(?:is|was|will be) (?:coming up as |also )?(?:the|its|our) (?:\w+ )?anniversary\b",
    re.IGNORECASE,
)
# ... the date as the subject that marks an anniversary ("Friday marks the one-year
# anniversary of the enactment", "Today marks four years of wrongful detention", "Today, as we mark the anniversary of AUKUS"), not a
# trip to an anniversary's events ("would travel to attend events marking the 65th");
_MARKS_AFTER = re.compile(
    r"^,?\s+(?:will |also )?(?:marks?|marked) (?:(?:the|its|our|a) (?:[\w-]+ ){0,2}anniversary\b|"
    r"(?:[\w-]+ ){1,2}(?:decades?|years?|months?|weeks?|days?) (?:of|since)\b)",
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

# ... a generic pattern: a frequency adverb that says what usually happens governs the
# date ("The hurricane season typically peaks in August and ends in November", "the
# region typically brings in 70 percent of its income between June and August", "Midwest
# acres seeded after mid-May usually lose a bushel a day"): a regularity, no happening
# on that date. Its verb is in the present (a past form, "routinely approved", "typically
# charged", "normally reported on", tells what was done or is a clause of its own), the
# date after the adverb at most GENERIC_REACH words with no clause's stop nor past form
# between (a past form opens a clause of its own: "symptoms usually similar to flu It is
# a version of the strain which caused"), or
# right before it in its subject; a date said as past or present ("last month", "this
# week", "today") is a happening's, beside the pattern.
_GENERIC = re.compile(
    r"\b(?:typically|usually|normally|generally|traditionally|customarily|ordinarily|tends? to)\s+"
    r"(?:(?:only|not|also|just)\s+)?(?P<verb>[a-z][\w'’-]*)",
    re.IGNORECASE,
)
GENERIC_REACH = 16
_GENERIC_PAST = re.compile(
    r"[a-z]+ed|was|were|had|did|said|took|began|came|went|got|made|held|met|sent|rose|fell|found|gave|"
    r"left|led|saw|told|won|lost|ran|paid|brought|bought|kept|spent|struck|known|done|seen|shown|taken|given",
    re.IGNORECASE,
)
_GENERIC_STOP = re.compile(r"[;:.!?()—–]|,\s|\s-\s|\b(?:but|while|although|whereas|when|as)\b", re.IGNORECASE)
_DEICTIC = re.compile(r"\b(?:last|ago|yesterday|earlier|this|today|tonight|tomorrow|next|now|recent\w*)\b", re.IGNORECASE)


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
    if since and opens(sentence, start) and _ROLE_HELD.search(governed(sentence, start, len(when.expression))):
        return True  # "Since 2013, she has worked tirelessly to ...": the work goes on
    return bool(_BIOGRAPHY.search(sentence))


def stative(sentence: str, when: PartialDate, start: int) -> bool:
    """ "today" in a statement of how things are ("Today is another win", "the welfare
    state that it is today", "That remains the case today"), "today" as a noun's modifier
    ("today's globalised meat industry"), or a tenure from one day to another."""
    if _nowadays(sentence, when, start) or _tenure(sentence, when, start):
        return True
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
    leads = opening or re.search(r"(?:\s[-–—]|[;:])\s*$", sentence[: max(start, 0)])  # or opens a clause after a dash
    if leads and _BELIEF_AFTER.match(sentence[start + len(when.expression) :]):
        return True  # "Earlier this week, she assumed she had avoided the virus": a belief held
    if _AWARE_BEFORE.search(clause(sentence, start, len(when.expression), after=False)) or _AWARE_SINCE.search(
        sentence[: max(start, 0)]
    ):
        return True  # "were aware of flaws in the cement as early as March 8": knowledge held
    if _AS_THEN.search(sentence[: max(start, 0)]):
        return True  # "as clear today as it was a year ago": the other term of a state
    if _COMPARED_BEFORE.search(sentence[: max(start, 0)]) and _CLAUSE_ENDS_AFTER.match(
        sentence[start + len(when.expression) :]
    ):
        return True  # "the site looked similar to a week ago, except for ..."
    if (
        when.precision != "year"  # (a year's: figures.period_figure, "more ... last year than ever")
        and _MORE_BEFORE.search(sentence[: max(start, 0)])
        and _THAN_NEXT.match(sentence[start + len(when.expression) :])
    ):
        return True  # "more formula produced in April than before the recall"
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
        or _still(sentence, when, start)
        or _since_ongoing(sentence, when, start)
        or _observance(sentence, start)
        or _WHERE_WE_WERE.search(sentence[: max(start, 0)])
        or _DEGREE.search(sentence[: max(start, 0)])
        or _ANNIVERSARY.search(sentence)
        or _MARKS_AFTER.match(sentence[start + len(when.expression) :])
    )


# A quotation's speaker named in bold before it, in a page of reactions ("**Philadelphia
# Mayor Jim Kenney**: “This week, we're marking the 1-year anniversary ..."): no words
# of the quotation, which opens after it.
_QUOTED_SPEAKER = re.compile(r"^\s*\*\*[^*]{1,150}\*\*\s*:?\s*(?:\*\*\s*)?[“\"]?\s*")


# An observance held in the present, after a date that opens the sentence and at most an
# aside ("Today, on the 32nd Anniversary of the ADA, we celebrate the inclusion ...",
# "Today, we're also celebrating the life and legacy of César Chávez", "Today, we mark
# 100 years of unbroken diplomatic relations"); not "we're marking the fact that these
# payments will start going out" (the payments are the happening).
_OBSERVING = re.compile(
    r"^(?:\W*\w+\W+){0,3}?(?:[^,.;:]{0,100},\s*)?(?:we|i)(?:'re| are|'m| am)? (?:(?:also|proudly|solemnly) )?"
    r"(?:(?:celebrating|honoring|honouring|commemorating|observing|marking) (?!the fact\b)|"
    r"(?:celebrate|honou?r|commemorate|observe) |mark (?:[\w-]+ ){1,2}(?:years|months|decades) of\b)",
    re.IGNORECASE,
)


def _observance(sentence: str, start: int) -> bool:
    """An observance the speaker joins or an anniversary marked, near the opening of the
    sentence, of a quotation after its speaker's name or of the clause after a colon
    ("Today, we honor ...", "This week, we're marking the 1-year anniversary of ...",
    "Only other items for the top: Today, we recognize ...")."""
    label = _QUOTED_SPEAKER.match(sentence)
    colon = re.search(r":\s+[\"“]?$", sentence[: max(start, 0)])
    if label and label.end() <= start:
        sentence, start = sentence[label.end() :], start - label.end()
    elif colon:
        sentence, start = sentence[colon.end() :], start - colon.end()
    return start <= 20 and bool(
        _OBSERVANCE.match(sentence) or _WE_MARK.match(sentence) or _OBSERVING.match(sentence)
    )


def _nowadays(sentence: str, when: PartialDate, start: int) -> bool:
    """ "today" or "tomorrow" as a noun's modifier, of how things are nowadays ("today's
    globalised meat industry", "the challenges of today and tomorrow"); not a thing done
    on the day ("today's announcement", "the highlight of today")."""
    core = re.sub(r"^(?:of|in|on|at|from|for|by|with)\s+", "", when.expression, flags=re.IGNORECASE).lower()
    if core not in {"today", "tomorrow"}:
        return False
    after = sentence[start + len(when.expression) :]
    noun = _NOWADAYS_NOUN_AFTER.match(after)
    if noun:  # (a possessive goes on to the head: "today's G7 leaders' statement")
        possessive = after[noun.end() : noun.end() + 1] in {"'", "’"}
        return not possessive and any(w.lower() in _PRESENT_NOUNS for w in noun.group(1).split())
    written = sentence[max(start, 0) : start + len(when.expression)].lower()
    if not written.startswith("of "):
        return False
    return bool(_PLURAL_OF_BEFORE.search(sentence[: max(start, 0)] + "of "))


def _tenure(sentence: str, when: PartialDate, start: int) -> bool:
    """A post held from one day to another ("was the 70th Governor of Massachusetts from
    Jan 2, 2003 to Jan 4, 2007"): a state over the span, not a happening on its first day
    (a trip "from May 5 – May 9" is one and stays)."""
    if when.precision != "day":
        return False  # a span of years or months is the period rule's (happenings.py)
    before = sentence[: max(start, 0)] + ("from " if when.expression.lower().startswith("from ") else "")
    return bool(_TENURE_BEFORE.search(before) and _TO_AFTER.match(sentence[start + len(when.expression) :]))


def _still(sentence: str, when: PartialDate, start: int) -> bool:
    """ "still" after "be", the date within STILL_REACH words of it and no preposition
    between ("was still overseeing", "were still too rough on Thursday")."""
    end = start + len(when.expression)
    for found in _STILL.finditer(sentence):
        between = sentence[end : found.start()] if found.start() >= end else sentence[found.end() : max(start, 0)]
        if re.search(r"\b(?:from|of|after|since|before|than|and|but|while)\b|[,;:]", between):
            continue
        if len(between.split()) <= STILL_REACH:
            return True
    return False


def _since_ongoing(sentence: str, when: PartialDate, start: int) -> bool:
    """An activity carried on since the date, told by a perfect progressive in the clause
    the date governs ("has been leaking since 20 April")."""
    before = sentence[: max(start, 0)]
    if not (re.match(r"since\b", when.expression, re.I) or re.search(r"\bsince\s+(?:the\s+)?$", before, re.I)):
        return False
    if NAMES_A_HAPPENING.match(sentence[start + len(when.expression) :]):
        return False
    if opens(sentence, start):
        return bool(_ONGOING.search(governed(sentence, start, len(when.expression))))
    if re.fullmatch(r"\W*", sentence[start + len(when.expression) :]) and re.search(r",\s*$", before):
        return bool(_ONGOING.search(before))  # "We have been asking for help for years, since 1980."
    return bool(_ONGOING.search(clause(sentence, start, len(when.expression), after=False)))


def generic(sentence: str, when: PartialDate, start: int) -> bool:
    """A frequency adverb in the present that governs the date ("typically peaks in
    August", "acres seeded after mid-May usually lose"): a regularity, no happening."""
    if _DEICTIC.search(when.expression):
        return False
    end = start + len(when.expression)
    if NAMES_A_HAPPENING.match(sentence[end:]) and not _GENERIC.match(sentence[end:].lstrip()):
        return False  # "the strain which caused the 1918 flu pandemic": the pandemic's year
    for found in _GENERIC.finditer(sentence):
        if _GENERIC_PAST.fullmatch(found.group("verb")):
            continue
        if found.end() <= start:
            gap = sentence[found.start("verb") : max(start, 0)]
            reach = GENERIC_REACH
        elif found.start() >= end:
            gap = sentence[end : found.start()]
            reach = STILL_REACH
        else:
            continue
        past = any(_GENERIC_PAST.fullmatch(w) for w in re.findall(r"[A-Za-z]+", gap))
        if len(gap.split()) <= reach and not _GENERIC_STOP.search(gap) and not past:
            return True
    return False


# ... "today" opening its clause before a quantified subject and a verb of how things are
# ("Today, many U.S. bio-companies perform their manufacturing abroad", "today almost all
# of Hong Kong's pro-democracy politicians are either in prison or in exile", "Today,
# nearly half of school districts plan to use ARP funds"): how many do or are so
# nowadays, no happening of the day. A past form tells a deed ("Today, more than a dozen
# insurers announced a pilot"), and so does a progressive ("Today, more than 90 agencies
# are releasing their plans"), unless "already" or "still" says it goes on ("more than
# half of contractors are already disclosing climate information"); a link's bracket may
# open the subject ("Today, [three states ... have adopted ...](https://...)").
_QUANTIFIED_AFTER = re.compile(
    r"^,?\s+\[?(?:(?:almost|nearly|virtually|about|roughly|well over|over|more than|fewer than|less than|only|just)\s+)?"
    r"(?:many|most|some|few|all|half|none|(?:a|one)[ -](?:third|quarter)|two[ -]thirds|three[ -]quarters|"
    r"dozens|hundreds|thousands|millions|\d[\d,.]*|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|a dozen))"
    r"\b(?P<rest>[^.;:!?]*)",
    re.IGNORECASE,
)
# (the first verb after the subject decides: "be" or "have" in the present, a past form)
_FIRST_VERB = re.compile(
    r"\b(?P<aux>am|is|are|was|were|have|has|had)\b(?P<after>(?:\s+[\w'’-]+){0,2})|"
    r"\b(?P<past>(?-i:[a-z]{3,}ed)|said|told|took|began|came|went|gave|made|held|met|won|lost|sent|spoke|wrote|"
    r"brought|bought|paid|rose|fell|got|found)\b",
    re.IGNORECASE,
)
_CLAUSE_OPENS = re.compile(r"(?:^|[,;:—–]\s*|[.!?]?\*\*\s*|^\W*(?:and|but|so)\s+)(?:(?:and|but|so|now)\s+)?$", re.IGNORECASE)


def today_quantified(sentence: str, when: PartialDate, start: int) -> bool:
    """ "today" opening its clause, a quantified subject and a present of how things are
    after it ("Today, many U.S. bio-companies perform their manufacturing abroad"): how
    things are nowadays, no happening."""
    if when.expression.lower() != "today" or not _CLAUSE_OPENS.search(sentence[: max(start, 0)]):
        return False
    found = _QUANTIFIED_AFTER.match(sentence[start + len(when.expression) :])
    verb = _FIRST_VERB.search(found.group("rest")) if found else None
    if found is None or verb is None:
        return bool(found)  # "Today, many U.S. bio-companies perform their manufacturing abroad"
    if verb.group("past") or verb.group("aux").lower() in {"was", "were", "had"}:
        return False  # "Today, more than a dozen insurers announced a pilot"
    after = verb.group("after").split()
    if after and after[0].lower() in {"already", "still"}:
        return True  # "are already disclosing climate information": it goes on
    if verb.group("aux").lower() in {"have", "has"}:
        return not (after and re.fullmatch(r"[a-z]+(?:ed|en)|made|done|begun|won|lost|met|held|sent", after[0], re.I))
    return not any(re.fullmatch(r"[a-z]{3,}ing", w, re.I) for w in after[:2])
