"""What is not a happening: the named rules that leave a dated sentence out of the
events (not_a_happening), each a small function of (sentence, date, where the date's
expression starts) that returns True when the sentence states no happening on that date.

Rules apply in order (HAPPENING_RULES) and the first that applies names the reason, so
that what was left out can be counted (bench/happenings.py prints how many sentences
each rule removes on a corpus, with a sample to read) and tested one rule at a time.
A sentence left out by a rule of REFERENCE_RULES still refers to its day: the key dates
count it. Cheap word patterns over the sentence and the clause that holds the date;
checked on the seeds (every gold event still found) and on the development corpora.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .dates import PUBLICATION_WORDS, PartialDate

# A hedge ("could", "is expected to") governs a date at most this many words after it.
FORECAST_REACH = 8

_PUBLICATION_WORDS = re.compile(rf"\b(?:{PUBLICATION_WORDS})\b", re.I)
# Not happenings (see not_a_happening): biography boilerplate of a nominee or appointee
# ("received her J.D. in 1999", "From 2008 to 2020, he served as ..."), dated by a year
# or a month; ...
_BIOGRAPHY = re.compile(
    r"\b(?:J\.D|B\.A|B\.S|M\.A|M\.S|Ph\.D|M\.D|LL\.M|LL\.B|M\.B\.A|M\.P\.P|M\.P\.A|"
    r"M\.P\.H|Ed\.D)\b\.?|\b(?:bachelor'?s|master'?s|doctorate|law degree|graduated|"
    r"graduate of|alumn(?:us|a|i|ae)|clerked|was born|began (?:his|her|their) (?:legal )?career|"
    r"(?:he|she|they|and) (?:also )?(?:served|serves|worked|works|taught|practiced|practised) "
    r"(?:as|at|in|for|on)|has (?:also )?(?:served|worked|taught|practiced) (?:as|at|in|for|on)|"
    r"served as (?:an?|the) |was (?:an?|the) (?:associate|partner|law clerk|professor|"
    r"lecturer|fellow|visiting|senior|deputy|assistant|adjunct)\b|prior to (?:joining|that|"
    r"this|her|his|their)|previously (?:served|worked|was)|joined (?:the )?[A-Z][\w.&'’ -]* "
    r"as\b|held (?:the )?(?:position|positions|roles?) )",
    re.IGNORECASE,
)
# ... deadlines, terms and targets ("for a term expiring April 27, 2027", "until May 18",
# "by 2030"): a limit in time, not something that happened; ...
_LIMIT = re.compile(r"^(?:until|till|through|by|no later than)\b", re.IGNORECASE)
_EXPIRING = re.compile(
    r"\b(?:expir(?:ing|es|ed|ation)|deadline|due|runs? out|lapses?)\b[^.;]{0,12}$", re.IGNORECASE
)
# ... the date as the end of a span ("fund the government through early next year", "in
# advance of May 15th"), unless it names a happening ("before the April 20 explosion");
_LIMIT_BEFORE = re.compile(
    r"\b(?:until|till|(?<!came )(?<!come )(?<!went )(?<!got )(?<!passed )(?<!pushed )through|by|"
    r"no later than|in advance of|ahead of|prior to)\s+"
    r"(?:the\s+)?(?:(?:end|start|beginning|middle|evening|morning|afternoon|night) of\s+"
    r"(?:the\s+)?)?$",
    re.IGNORECASE,
)
# ... and "today" in a statement of how things are, not of what happened ("as clear
# today as a year ago", "Today is another win", "today's", "still today").
_STATIVE_TODAY = re.compile(
    r"\bas \w+ today as\b|(?<!ed )\btoday (?:is|remains?|stands?)\b|\b(?:still|even|until|of|"
    r"than|like) today\b(?![’'])|\btoday,? more than ever\b|(?<!where )\b(?:it|they|we|that) (?:is|are) "
    r"today\b|\b(?:remains?|survives?|exists?) (?:\w+ )?today\b|\b(?:is|remains?) (?:still )?the "
    r"case\b",
    re.IGNORECASE,
)

# ... a deadline named in the date's clause ("the deadline for this is December 25th",
# "comments are due on June 3", "must be completed before March 1");
_DEADLINE = re.compile(
    r"\bdeadlines?\b|\bdue (?:on|by|before)\b|\b(?:must|should|needs? to|have to|has to)"
    r"(?: \w+){0,3}? (?:by|before|no later than)\b",
    re.IGNORECASE,
)
# ... a question: a sentence ending with "?" (not a quotation's: a quoted title or
# question ends with its closing quote), one in
# question word order cut off by a dash ("Q  But is today —"), or an indirect question
# ("I'm wondering if", "can you tell us", "I don't know whether"); a reporter's premise
# ("Q  The EU, last week, announced ...") states a happening and stays;
_QUESTION = re.compile(
    r"\?[)\]\s]*$|"
    r"^(?:Q[:.]?\s+)?(?:(?:and|but|so|or|just|then|also|okay|ok),?\s+)*(?:do|does|did|is|are|was|were|"
    r"will|would|can|could|should|has|have|had|what|why|how|when|where|who|which)\b.*[—–-]\s*$|"
    r"\b(?:i'?m|i am|i was|we'?re|just) wondering\b|\bi wonder\b|\b(?:can|could|would) you "
    r"(?:tell|say|talk|explain|clarify|confirm|give|speak|update|walk|share|comment)\b|"
    r"\b(?:do|did|does) (?:you|he|she|they|the president) (?:know|think|expect|plan|believe)\b|"
    r"\b(?:don't|do not|didn't) know (?:if|whether|when)\b",
    re.IGNORECASE,
)
# ... a forecast or possibility: a modal of possibility, an expectation, a projection;
# "may" only in lower case before a word (the month is "May");
_FORECAST = re.compile(
    r"\b(?:could|might|would likely|will likely|will probably|likely to|unlikely to|"
    r"(?:is|are|was|were|be|been) (?:widely )?(?:expected|projected|forecast|predicted|"
    r"anticipated|poised|on track) to|expects? to|projected|forecasts?|predict(?:s|ed)?|"
    r"(?:i|we|they|models?|analysts?|officials?) (?:still )?(?:project|expect|anticipate|predict)s?\b|"
    r"should (?:have|be|see|get|know|hear)|"
    r"estimates? (?:that|it)|probably|possibly|perhaps|maybe|hopes? to|hoping to)\b"
    r"|(?-i:(?<!as you )(?<!you )(?<!we )\bmay (?!\d|(?:also )?have (?:seen|noticed|heard|read))[a-z]+)",
    re.IGNORECASE,
)
# ... a condition: "if" or "unless" before the date in its clause, or a sentence opening
# with one; "if you look back at 1980" frames a happening, it sets no condition;
_FRAMING = r"(?! (?:you|we) (?:look|go|think|compare|remember|recall|consider)\b)"
_CONDITION = re.compile(
    r"\b(?<!as )(?:if|unless|in case|provided that|whether or not|no matter)\b" + _FRAMING,
    re.IGNORECASE,
)
_CONDITION_OPENING = re.compile(
    r"^[\"“‘']?(?:and |but |so |even )?(?:if|unless)\b" + _FRAMING, re.IGNORECASE
)
# ... a greeting, thanks or sign-off opening a speaker's sentence, after the speaker's
# label of a transcript and a filler ("MR. ZIENTS:  I want to thank everybody for
# joining today", "All right, guys, I'll see you tomorrow");
_GREETING = re.compile(
    r"^[\"“‘']?(?-i:(?:Q|[A-Z][A-Z.' -]+:)\s+)?(?:(?:all right|alright|okay|ok|well|so|and|oh|great|guys|everyone|everybody|"
    r"folks|again|first of all|mr\. president|madam (?:vice )?president|(?-i:(?!Today|Tonight|Yesterday|Tomorrow)[A-Z][a-z]+(?=,)))[,.!]?\s+)*"
    r"(?:(?:i|we)(?:'ll|’ll| will) (?:see|talk to) (?:you|y'all|everyone|everybody)|"
    r"(?:i|we)(?:'ll|’ll| will) (?:be (?:back )?(?:here|back)|try (?:again )?(?:on |next )?)\b|"
    r"(?:i|we) (?:want|wanted|would like|'d like|’d like) to thank\b|(?:i|we) (?:look|looked) "
    r"forward to (?:seeing|briefing|talking|hearing|the next)\b|look forward to (?:seeing|briefing)|"
    r"see (?:you|y'all|everyone|everybody)|thanks\b(?! to\b)|thank you|have a (?:good|great|nice|"
    r"wonderful|happy|safe|terrific)|good (?:morning|afternoon|evening|night)|"
    r"happy (?:\w+day|friday|weekend|holidays)|hi,? (?:everyone|everybody|guys|all)|"
    r"hello,? (?:everyone|everybody|guys|all)|welcome(?: back)?(?:,| to| everyone| everybody))",
    re.IGNORECASE,
)
# ... and a speaker's occasion: the briefing itself ("we are here today", "where we are
# today", "joining us today", "I don't have anything to announce today", "I'm speaking
# to you today as", "Today, she will be telling us about").
_HERE_TODAY = re.compile(
    r"\b(?:we|i)(?:'re|’re| are|'m|’m| am) (?:all |so |very )?(?:here|gathered|joined)\b|"
    r"\bwhere (?:we|things) (?:are|stand|were|stood)\b|\b(?:joining|joined|here with) (?:us|me)\b|"
    r"\b(?:i|we) (?:don't|do not|won't|will not) have "
    r"(?:any|anything|an|a|more|much)\b|\bnothing (?:new |more |further )?to "
    r"(?:announce|report|preview|share|add)\b|\b(?:i|we)(?:'d|’d| would) refer you\b|"
    r"\b(?:not|never) going to (?:get ahead|preview|speculate|comment)\b|"
    r"\bto (?:preview|recap|review|walk (?:you|us) through)\b|\b(?:good|great|nice|wonderful) to (?:be|see)\b|"
    r"\b(?:i|we)(?:'m|’m| am|'re|’re| are) (?:speaking|talking) (?:to|with) you\b|\bspecial guests?\b|"
    r"\b(?:telling|showing) (?:us|you) about\b|\bwhat (?:we|i)(?:'re|’re| are|'m|’m| am) "
    r"(?:talking about|announcing|discussing|doing) (?:here )?today\b|\b(?:excited|pleased|happy|"
    r"glad|delighted) to (?:share|be (?:here|with)|introduce|welcome|have)\b|"
    r"\b(?:i|we)(?:'ll|’ll| will| want to| wanted to| would like to|'d like to|’d like to) "
    r"(?:discuss|talk (?:with|to) you|update you|provide (?:you|an update)|walk you|give you|"
    r"(?:start|begin) (?:with|by|off)|(?:first )?turn (?:it over )?to|cover|preview|share with you)\b",
    re.IGNORECASE,
)
# ... a figure's reference point or period ("as of yesterday, the average was", "the
# lowest since October", "116 percent over last year", "the data is from March", "for
# the week ending August 28", "their tax return for 2020"): a level, not a happening;
_AS_OF = re.compile(r"\bas of\b", re.IGNORECASE)
_REFERENCE = re.compile(
    r"\b(?:since|over|than|from|compared (?:to|with)|relative to|versus|than (?:it|they|that|this|"
    r"we|he|she) (?:was|were|did|had been)(?: in| on| at| during)?)\s+(?:the\s+|a\s+)?$",
    re.IGNORECASE,
)
# ... a series of figures over dates ("from 6,000 per week in January to 22,000 in April");
_AMOUNT = r"\d[\d,.]*\s*(?:%|percent|million|billion|thousand|trillion|per\b|points?\b)"
_SERIES = re.compile(
    rf"\bfrom\b[^;.]{{0,40}}?{_AMOUNT}[^;]{{0,60}}?\bto\b[^;]{{0,40}}?{_AMOUNT}(?:[^;,.]|[,.]\d)*",
    re.IGNORECASE,
)
_REFERENCE_EXPRESSION = re.compile(
    r"^(?:since|from|over)\b|^(?:for )?the (?:week|month|quarter|period) (?:ending|of)\b",
    re.IGNORECASE,
)
_PERIOD_FOR = re.compile(
    r"(?<!scheduled )(?<!set )(?<!planned )(?<!slated )(?<!due )(?<!expected )"
    r"(?<!postponed )(?<!delayed )(?<!rescheduled )\bfor\s+(?:the\s+)?(?:fiscal\s+)?$",
    re.IGNORECASE,
)
_FIGURE = re.compile(
    r"%|\b(?:percent|per cent|points|average|rates?|levels?|lowest|highest|record (?:highs?|lows?)|data|"
    r"figures|totals?|statistics|increased?|decreased?|declined?|drop(?:ped)?|rise|rose|"
    r"risen|fell|fallen|grew|growth|higher|lower|(?:up|down) (?:by )?(?:about |nearly |almost "
    r"|more than |over )?\d)\b",
    re.IGNORECASE,
)
# A date followed by a noun names a happening ("since the April 20 rig fire", "this
# year's meeting"): that happening's reference, never a figure's reference point.
_NAMES_A_HAPPENING = re.compile(
    r"^(?:['’]s\b|\s+(?!(?:and|or|but|to|on|in|at|of|for|with|by|"
    r"from|as|than|when|while|which|who|that|the|a|an|is|was|were|are|has|have|had|will|"
    r"would|through|until|compared|versus)\b)[A-Za-z])",
    re.IGNORECASE,
)
# ... and a dateline ("MIAMI, May 3 (Reuters) -", "May 10, 2010 20:07 UTC").
_DATELINE_AFTER = re.compile(
    r"^\W{0,3}(?:\((?:Reuters|AP|AFP|UPI|Bloomberg|CNN)\)|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?"
    r"(?:UTC|GMT|EDT|EST|CDT|CST|PDT|PST|BST|CET))",
    re.IGNORECASE,
)
# ... a negation that governs the date ("We're not going to stop the programs on July
# 5th", "did not meet on Tuesday"): what did not happen; "not until", "not only" and
# "no later than" say something else;
_NEGATION = re.compile(
    r"\b(?:not|never|no longer)\b(?! (?:only|until|till|since|later than|just|least|to)\b)|"
    r"n[’']t\b(?! (?:only|until|till|since|just)\b)",
    re.IGNORECASE,
)
# ... and a date inside a web address ("…%2F2022%2F07…"), or a clock time read as a
# year ("3 p.m. local time (2000 GMT)").
_URL = re.compile(r"(?:https?://|www\.)\S*$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"^\s*(?:GMT|UTC|EDT|EST|CDT|CST|PDT|PST|BST|CET|hours|hrs|local time)\b")
_FILLER = re.compile(
    r",\s*(?:you know|I think|I mean|of course|again|sorry|obviously|frankly|basically|"
    r"certainly|I guess|as you know)\s*,",
    re.IGNORECASE,
)
_CLAUSE_MARK = re.compile(
    r"[;:—–()”]|,\s|\s-\s|\b(?:which|who|whom|whose|while|although|but|and then|that|after|"
    r"before|when|since|because|once)\b"
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


def _biography(sentence: str, when: PartialDate, start: int) -> bool:
    """A biography's background years ("received her J.D. in 1999")."""
    return when.precision != "day" and bool(_BIOGRAPHY.search(sentence))


def _limit(sentence: str, when: PartialDate, start: int) -> bool:
    """A deadline, term or target ("until May 18", "by 2030", "a term expiring ...",
    "through early next year", "funding runs out December 3rd")."""
    before = sentence[: max(start, 0)]
    after = sentence[start + len(when.expression) :]
    of = "of " if when.expression.lower().startswith("of ") else ""  # "until the evening of"
    return bool(
        _LIMIT.match(when.expression)
        or (_LIMIT_BEFORE.search(before + of) and not _NAMES_A_HAPPENING.match(after))
        or _EXPIRING.search(before)
        or _DEADLINE.search(_clause(sentence, start, len(when.expression)))
    )


def _stative(sentence: str, when: PartialDate, start: int) -> bool:
    """ "today" in a statement of how things are ("Today is another win", "the welfare
    state that it is today", "That remains the case today")."""
    return bool(_PUBLICATION_WORDS.fullmatch(when.expression) and _STATIVE_TODAY.search(sentence))


def _question(sentence: str, when: PartialDate, start: int) -> bool:
    """A question asks whether something happened; it does not say it did."""
    return bool(_QUESTION.search(sentence))


def _forecast(sentence: str, when: PartialDate, start: int) -> bool:
    """A prediction or a possibility that governs the date: before it in its clause ("the
    well could be capped by August", "is expected to make landfall on Sunday"). A
    scheduled plan ("will travel on November 14") stays an event, a guess does not; a
    hedge after the date is about something else ("the explosion two weeks ago could
    cost $14 billion", "said on Wednesday it will probably delay"), and so is a date
    far after it, in a noun's phrase ("may seem at odds with a study published last
    Thursday")."""
    before = _clause(sentence, start, len(when.expression), after=False)
    hedges = list(_FORECAST.finditer(before))
    return bool(hedges) and len(before[hedges[-1].end() :].split()) <= FORECAST_REACH


def _condition(sentence: str, when: PartialDate, start: int) -> bool:
    """A date inside an "if"/"unless" clause, or in a sentence that opens with one (but
    not in a reporting frame after the quotation: "“Unless ...,” Clinton told ... on June
    29"): what would happen on a condition did not happen."""
    before = _clause(sentence, start, len(when.expression), after=False)
    opening = _CONDITION_OPENING.match(sentence) and "”" not in sentence[: max(start, 0)]
    return bool(_CONDITION.search(before) or opening)


def _greeting(sentence: str, when: PartialDate, start: int) -> bool:
    """A greeting, thanks or sign-off of a speaker ("Good afternoon", "Thank you all
    for being here today", "I'll see you tomorrow", "Have a good weekend")."""
    return bool(_GREETING.match(sentence))


def _here_today(sentence: str, when: PartialDate, start: int) -> bool:
    """A "today" in a speaker's statement of the occasion ("we are here today", "where
    we are today", "joining us today") or of what they will or will not say."""
    return bool(_PUBLICATION_WORDS.search(when.expression) and _HERE_TODAY.search(sentence))


def _measure(sentence: str, when: PartialDate, start: int) -> bool:
    """A date that is a figure's reference point or period ("As of yesterday, the
    seven-day average was ...", "the lowest since October", "for the week ending
    August 28", "their tax return for 2020"): the sentence states a level, not a
    happening. A reference word needs a figure or a change of level in the date's
    clause ("closed since Sunday" is a happening), and a date that names a happening
    ("down 10 percent since the April 20 rig fire") is that happening's."""
    before = sentence[: max(start, 0)]
    after = sentence[start + len(when.expression) :]
    if _AS_OF.search(f"{before[-8:]}{when.expression}"):
        return True
    if when.precision in {"year", "month"} and _PERIOD_FOR.search(before):
        return not re.match(r"['’]s\b", after)  # "for this year's meeting" names it
    if _NAMES_A_HAPPENING.match(after):
        return False
    if any(m.start() < start < m.end() for m in _SERIES.finditer(sentence)):
        return True
    if not (_REFERENCE.search(before) or _REFERENCE_EXPRESSION.search(when.expression)):
        return False
    reference = _REFERENCE.search(before)
    if reference and reference.group().lower().startswith("than"):
        return True  # "lower than it was in 2017": a comparison's other term
    clause = _clause(sentence, start, len(when.expression)).replace(when.expression, " ")
    return bool(_FIGURE.search(clause))


def _negation(sentence: str, when: PartialDate, start: int) -> bool:
    """A negated verb before the date in its clause, at most FORECAST_REACH words
    before it: the sentence says what did not or will not happen on that date ("We're
    not going to stop the programs on July 5th"); not a date that names a happening,
    nor "agreed not to pay dividends this year"."""
    if _NAMES_A_HAPPENING.match(sentence[start + len(when.expression) :]):
        return False  # "did not offer much ahead of Thursday's testimony"
    before = _clause(sentence, start, len(when.expression), after=False)
    found = list(_NEGATION.finditer(before))
    return bool(found) and len(before[found[-1].end() :].split()) <= FORECAST_REACH


def _not_text(sentence: str, when: PartialDate, start: int) -> bool:
    """A date inside a web address, or four digits that are a clock time ("2000 GMT")."""
    after = sentence[start + len(when.expression) :]
    return bool(
        _URL.search(sentence[: max(start, 0)])
        or (re.fullmatch(r"\d{4}", when.expression) and _CLOCK_AFTER.match(after))
    )


def _dateline(sentence: str, when: PartialDate, start: int) -> bool:
    """A news agency's dateline or a blog's time stamp ("MIAMI, May 3 (Reuters) - ...",
    "May 10, 2010 20:07 UTC"), glued to the sentence that follows it."""
    return bool(_DATELINE_AFTER.match(sentence[start + len(when.expression) :]))


def _clause(sentence: str, start: int, length: int, *, after: bool = True) -> str:
    """The clause that holds the date, from the mark before it to the mark after it
    (with after=False, to the date): the words that govern the date. A speaker's filler
    between commas ("we should have more, you know, around April") is no mark."""
    sentence = _FILLER.sub(lambda m: " " * len(m.group()), sentence)
    begin = max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, max(start, 0))), default=0)
    if not after:
        return sentence[begin : max(start, begin)]
    following = _CLAUSE_MARK.search(sentence, start + length)
    return sentence[begin : following.start() if following else len(sentence)]


HappeningRule = Callable[[str, PartialDate, int], bool]
# In order: the first rule that finds a sentence is not a happening names the reason.
HAPPENING_RULES: tuple[tuple[str, HappeningRule], ...] = (
    ("biography", _biography),
    ("limit", _limit),
    ("stative", _stative),
    ("not text", _not_text),
    ("dateline", _dateline),
    ("measure", _measure),
    ("question", _question),
    ("greeting", _greeting),
    ("here today", _here_today),
    ("condition", _condition),
    ("forecast", _forecast),
    ("negation", _negation),
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
    {"dateline", "question", "greeting", "here today", "condition", "forecast", "negation", TITLE}
)
