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
# An expectation or a projection reaches further ("is expected to reach a wildlife
# reserve at the mouth of the Mississippi River on Thursday").
EXPECTATION_REACH = 12

_PUBLICATION_WORDS = re.compile(rf"\b(?:{PUBLICATION_WORDS})\b", re.I)
# Not happenings (see not_a_happening): biography boilerplate of a nominee or appointee
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
    r"this|her|his|their)|previously (?:served|worked|was)|joined (?:the )?[A-Z][\w.&'’ -]* "
    r"as\b|held (?:the |numerous |several |various |many )?(?:position|positions|roles?) )",
    re.IGNORECASE,
)
# ... deadlines, terms and targets ("for a term expiring April 27, 2027", "until May 18",
# "by 2030"): a limit in time, not something that happened; ...
_LIMIT = re.compile(r"^(?:until|till|through|by|no later than)\b", re.IGNORECASE)
_EXPIRING = re.compile(
    r"\b(?:expir(?:ing|es|ed|ation)|deadline|due|runs? out|lapses?)\b[^.;]{0,12}$|"
    r"\b(?:available|valid|open) (?:until|till|through)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
# ... the date as the end of a span ("fund the government through early next year", "in
# advance of May 15th"), unless it names a happening ("before the April 20 explosion");
_LIMIT_BEFORE = re.compile(
    r"\b(?:until|till|(?<!came )(?<!come )(?<!went )(?<!got )(?<!passed )(?<!pushed )through|by|"
    r"no later than|in advance of|ahead of|prior to|between now and|up to|(?:before|to)(?= the (?:end|close) of))\s+"
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
    r"^(?:Q[:.]?\s+)?(?:(?:and|but|so|or),?\s+)*(?-i:(?:Do|Does|Did|Is|Are|Was|Were|Can|Has|Have|"
    r"Will|Would|Could|Should))\s+(?:you|he|she|they|we|it|i|there|the|any|all)\b(?!.*[.]\s*$)|"
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
    r"anticipated|poised|on track) to|expects? to|projected|projecting|forecasts?|predict(?:s|ed)?|"
    r"(?:i|we|they|models?|analysts?|officials?) (?:still )?(?:project|expect|anticipate|predict)s?\b|"
    r"\bexpects\b|(?:would|'d) expect\b|"
    r"should (?:have|be|see|get|know|hear)|"
    r"estimates? (?:that|it)|probably|possibly|perhaps|maybe|hopes? to|hoping to)\b"
    r"|(?-i:(?<!as you )(?<!you )(?<!we )\bmay (?!\d|(?:also )?have (?:seen|noticed|heard|read))[a-z]+)",
    re.IGNORECASE,
)
_EXPECTATION = re.compile(r"expect|project|forecast|predict|anticipat|hop", re.IGNORECASE)
# ... a condition: "if" or "unless" before the date in its clause, or a sentence opening
# with one; "if you look back at 1980" frames a happening, it sets no condition;
_FRAMING = r"(?! (?:you|we) (?:look|go|think|compare|remember|recall|consider)\b)"
_CONDITION = re.compile(
    r"\b(?<!as )(?:if|unless|in case|provided that|whether or not|no matter)\b" + _FRAMING,
    re.IGNORECASE,
)
# A sentence opening with a condition, or with a class of people it holds for ("For
# people who received the vaccine more than a month ago, the risk is low").
_CONDITION_OPENING = re.compile(
    r"^[\"“‘']?(?:and |but |so |even )?(?:if|unless)\b" + _FRAMING + r"|^(?:for|among) "
    r"(?:people|those|anyone|individuals|someone|everyone|patients|adults|children) who\b",
    re.IGNORECASE,
)
# ... a greeting, thanks or sign-off opening a speaker's sentence, after the speaker's
# label of a transcript and a filler ("MR. ZIENTS:  I want to thank everybody for
# joining today", "All right, guys, I'll see you tomorrow");
_GREETING = re.compile(
    r"^[\"“‘']?(?-i:(?:Q|[A-Z][A-Z.' -]+:)\s+)?(?:(?:all right|alright|okay|ok|well|so|and|now|oh|great|guys|everyone|everybody|"
    r"folks|again|first of all|mr\. president|madam (?:vice )?president|(?-i:(?!Today|Tonight|Yesterday|Tomorrow)[A-Z][a-z]+(?=,)))[,.!]?\s+)*"
    r"(?:(?:i|we)(?:'ll|’ll| will) (?:see|talk to) (?:you|y'all|everyone|everybody)|"
    r"let's do (?:this|it|that) again\b|"
    r"(?:i|we)(?:'ll|’ll| will) (?:be (?:back )?(?:here|back)|try (?:again )?(?:on |next )?)\b|"
    r"(?:i|we) (?:really |just |also )?(?:want|wanted|would like|'d like|’d like) to thank\b|"
    r"(?:i|we) (?:really |just |also |do )?appreciate (?:you|everyone|everybody|all)\b|"
    r"it'?s happy \w+|(?:i|we) (?:look|looked) "
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
    r"\bto (?:preview|recap|review|walk (?:you|us) through)\b|\bitems? for you\b|"
    r"\bto be (?:here|with (?:you|all of you|everyone))\b|\b(?:good|great|nice|wonderful) to (?:be|see)\b|"
    r"\b(?:i|we)(?:'m|’m| am|'re|’re| are) (?:speaking|talking) (?:to|with) you\b|\bspecial guests?\b|"
    r"\b(?:telling|showing) (?:us|you) about\b|\bwhat (?:we|i)(?:'re|’re| are|'m|’m| am) "
    r"(?:talking about|announcing|discussing|doing) (?:here )?today\b|\b(?:excited|pleased|happy|"
    r"glad|delighted) to (?:share|be (?:here|with)|introduce|welcome|have)\b|"
    r"\b(?:i|we)(?:'ll|’ll| will| want to| wanted to| would like to|'d like to|’d like to) "
    r"(?:discuss|talk (?:with|to) you|update you|provide (?:you|an update)|walk you|give you|"
    r"(?:start|begin) (?:with|by|off)|(?:first )?turn (?:it over )?to|cover|preview|share with you)\b",
    re.IGNORECASE,
)
# ... a speaker's opinion or hedge in the first person, opening the sentence ("I think
# it's going to be a busy week after Thanksgiving", "And I hadn't, quite frankly,
# thought about the connection to January 6th", "I know we'll have a call this
# afternoon"), unless a past event follows it ("I think the President mentioned
# yesterday that ..."); ...
_OPENING = (
    r"^[\"“‘']?(?-i:(?:Q|[A-Z][A-Z.' -]+:)\s+)?(?:(?:well|so|and|but|look|again|now|yes|no|"
    r"oh|okay|ok|right|and then|(?-i:[A-Z][a-z]+(?=,)))[,.!]?\s+)*"
)
_HEDGE = re.compile(
    _OPENING + r"(?:as |but )?(?:i|we)\s+(?:(?:just|really|also|still|certainly|do|honestly)\s+)?"
    r"(?:think|thought|believe|guess|suppose|feel|(?<=i )know|hope|imagine|understand|recall|"
    r"(?:would|'d) (?:say|note|argue|expect)|(?:don't|do not|didn't|did not|hadn't|had not|"
    r"haven't|have not)(?:,[^,]{1,30},)? (?:think|thought|know|believe|expect)|"
    r"(?:am|'m|was) (?:just |not )?(?:thinking|sure|aware|confident|unsure)|"
    r"will have to see)\b|"
    r"^[\"“‘']?(?:i|we)'ll have to see\b"
    r"|^[\"“‘']?(?:it|that|this) (?:seems|seemed|sounds|sounded|looks|looked) (?:like|as if)\b",
    re.IGNORECASE,
)
# A verb in the simple past (or a perfect's participle) after a hedge: a past event the
# speaker reports ("I believe they gave an update on that this morning").
_PAST_VERB = re.compile(
    r"\b(?:was|were|did|said|told|took|began|ran|met|held|went|came|made|gave|won|lost|"
    r"left|sent|spoke|wrote|became|brought|fell|found|got|kept|led|paid|saw|sat|stood|"
    r"struck|broke|chose|drove|flew|grew|threw|sold|bought|caught|fought|taught|sought|"
    r"heard|felt|dealt|spent|built|shot|fled|put|done|gone|seen|spoken|taken|given|"
    r"(?!(?:need|speed|indeed|feed|seed|proceed|exceed|succeed|interested|concerned|"
    r"pleased|supposed|used|based|related|focused|committed|excited|prepared|tired)\b)"
    r"[a-z]{2,}ed)\b",
    re.IGNORECASE,
)
# ... talk about the briefing's own talk: what the reporters or the speaker said, asked
# or discussed on the date ("you were asked yesterday about", "yesterday, you got a
# bunch of questions", "what we discussed last week", "as I said on Monday", "the data
# that we saw yesterday": a reference, not a statement of what happened), within
# TALK_REACH words of it; or a reporter's asking ("I wanted to ask about", "another
# question on", "just following up on");
TALK_REACH = 4
_TALK_SAID = re.compile(
    r"\byou (?:(?:also|just|then) )?(?:said|mentioned|were asked|got (?:a (?:bunch|lot|number|"
    r"couple) of |some |several |many |a )?questions?|talked|spoke about|indicated|noted|"
    r"told us|usually)\b|"
    r"\b(?:i|we) (?:(?:also|just) )?(?:discussed|mentioned|talked about|was talking about|"
    r"were talking about|was asked|were asked)\b|"
    r"\bas (?:i|we) (?:just )?(?:said|noted|mentioned|discussed|shared|flagged|highlighted)\b|"
    r"\b(?:we|i)(?:'ve| have)(?: all)? (?:said|noted|mentioned)\b|"
    r"\b(?:what|(?:data|numbers|figures|reports?|news) that) (?:we|you) (?:all )?(?:saw|heard|"
    r"have seen)\b|\bwhat (?:we|i|you) "
    r"(?:discussed|talked about|said)\b",
    re.IGNORECASE,
)
_TALK_ASKING = re.compile(
    r"\b(?:i|we) (?:(?:also|just) )?(?:wanted|want|would like|'d like) to (?:ask|follow up)\b|"
    r"\b(?:another|a quick|one more|last|a follow-up|my (?:first|second|last)) question\b|"
    r"(?:'ll|will) have more (?:to (?:say|share|announce|read out)|details|information|"
    r"announcements|updates?)\b|"
    r"\b(?:just|quick|a quick|i'm|i am) follow(?:ing)?[- ]up\b|\b(?:hoping|hope) you can\b|"
    r"\b(?:excellent|good|great|fair|important) questions?\b|\b(?:i|we) (?:just )?(?:want|wanted|"
    r"would like|'d like) to (?:just )?(?:emphasize|highlight|stress|underscore|reiterate|point out|"
    r"flag|remind|start|begin|note)\b",
    re.IGNORECASE,
)
# ... a sentence cut off by a dash ("Q  So, on Wednesday —"): it says nothing yet;
_CUT_OFF = re.compile(r"(?:[—–]|\s-)\s*$")
# ... a habit or a recurring day ("I used to wear a sweater 10 years ago", "Each Friday we
# will give an answer");
_HABIT = re.compile(
    r"\b(?:i|we|you|he|she|they)(?: always| often)? used to\b|\bwould (?:always|often|usually)\b",
    re.IGNORECASE,
)
_RECURRING_BEFORE = re.compile(r"\b(?:each|every)\s+$", re.IGNORECASE)
# ... a year that is part of a name: a law or a plan ("the Trafficking Victims
# Protection Act of 2000", "the 2030 Agenda for Sustainable Development"), or a book's
# year in a list of publications ("(Fortress, 2009)");
_NAME_BEFORE = re.compile(
    r"\b(?:Act|Acts|Law|Agenda|Plan|Strategy|Goals?|Vision|Compact|Declaration|Convention|"
    r"Budget|Appropriations)(?:\s+\([A-Z]{2,}\))?\s+$"
)
_NAME_AFTER = re.compile(
    r"^\s+(?:Agenda|Goals?|Vision|Plan|Strategy|Targets?|Framework|Compact|Roadmap|"
    r"Authorization|AUMF)\b|^\)|^\s+(?:[A-Z][\w'-]*\s+){0,6}Act\b|"
    r"^\s+(?:[a-z]+\s+){0,2}(?:budget|business plan|target|goal)s?\b"
)
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,}\s*\($")
# ... a period between two years ("from 2017 to 2019", "From 2008 to 2020, she held"):
# no point in time;
_PERIOD = re.compile(
    r"\b(?:from|between)\s+(?:the\s+)?(?:[A-Za-z]+\s+)?\d{4}\s*(?:to|through|until|and|-|–)\s*"
    r"(?:[A-Za-z]+\s+)?\d{4}\b|\bbetween\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+and\s+[A-Z][a-z]+"
    r"(?:\s+(?:\d{4}|this year|last year))?",
    re.IGNORECASE,
)
# ... and the rest of an interrupted sentence, opening with a dash.
_LABEL = re.compile(r"^[\"“‘']?(?-i:(?:Q|[A-Z][A-Z.' -]+:))\s+")
_REFERENCE_ENTRY = re.compile(
    r"\((?:[A-Z][\w.&'’ -]{1,40},\s*\d{4};\s*)*[A-Z][\w.&'’ -]{1,40},\s*$"
)
_UP_FROM = re.compile(
    r"\b(?:up|down|rising|falling|rose|fell) from (?:nearly |about |around |more than |over |some )?"
    r"[\d,.]+\s+(?:on|in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# ... a figure of a period: an amount just before the date ("$5.5 billion in 2022",
# "more than 1,500 shootings in 2020", "17,855 cases and 45 deaths at 15 June");
_AMOUNT_BEFORE = re.compile(
    r"(?:\$\s?\d[\d,.]*(?:\s+(?:million|billion|trillion))?|\d[\d,.]*\s+(?:percent|per cent|"
    r"(?:new )?(?:cases|deaths|infections|hospitalizations|shootings|jobs|barrels|doses|shots|"
    r"vaccinations|tests|points)))\s+(?:in|at|for|during)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# ... a figure's reference point or period ("as of yesterday, the average was", "the
# lowest since October", "116 percent over last year", "the data is from March", "for
# the week ending August 28", "their tax return for 2020"): a level, not a happening;
_AS_OF = re.compile(r"\bas of\b", re.IGNORECASE)
_AS_OF_CLOCK = re.compile(
    r"\bas of\s+[\d:.]+\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{3}\s+)?(?:on\s+)?$", re.I
)
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
_STAMP_BEFORE = re.compile(
    r"(?:^|\|\s*)\d{1,2}[:.]\d{2}\s*(?:[AP]\.?M\.?)?(?:\s+UK time)?,?\s*$", re.IGNORECASE
)
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


_END_OF = re.compile(r"the (?:end|close) of\b", re.IGNORECASE)
_TARGET_AFTER = re.compile(r"^\s+(?:target|goal|deadline|timeline|timetable)s?\b", re.IGNORECASE)


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
        or _TARGET_AFTER.match(after)
        or (_END_OF.match(when.expression) and re.search(r"\b(?:before|to)\s+$", before))
        or _DEADLINE.search(_clause(sentence, start, len(when.expression)))
    )


def _stative(sentence: str, when: PartialDate, start: int) -> bool:
    """ "today" in a statement of how things are ("Today is another win", "the welfare
    state that it is today", "That remains the case today")."""
    if re.search(r"\b(?:it|today)(?:'s| is) $", sentence[: max(start, 0)], re.IGNORECASE):
        return True  # "it is Sunday", "it's Friday": what day it is
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
    if not hedges:
        return False
    reach = EXPECTATION_REACH if _EXPECTATION.search(hedges[-1].group()) else FORECAST_REACH
    return len(before[hedges[-1].end() :].split()) <= reach


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


def _cut_off(sentence: str, when: PartialDate, start: int) -> bool:
    """A sentence cut off by a dash, interrupted before it says anything ("Q  So, on
    Wednesday —"); one that reports a past event first stays ("And he spoke with the
    President of Ukraine on Friday as well —")."""
    return bool(_CUT_OFF.search(sentence)) and not _PAST_VERB.search(sentence)


def _talk(sentence: str, when: PartialDate, start: int) -> bool:
    """Talk about the briefing's own talk: what was said, asked or discussed in the
    room on the date ("You were asked yesterday about ...", "what we discussed last
    week"), or a reporter's asking ("I wanted to ask about the case from today"), not
    what happened. A saying far from the date is about something else ("you mentioned
    the CDC's data that was released on Tuesday")."""
    if _TALK_ASKING.search(sentence):
        return True
    end = start + len(when.expression)
    for said in _TALK_SAID.finditer(sentence):
        between = (
            sentence[said.end() : start] if said.end() <= start else sentence[end : said.start()]
        )
        if len(between.split()) <= TALK_REACH:
            return True
    return False


def _hedge(sentence: str, when: PartialDate, start: int) -> bool:
    """A speaker's opinion or hedge in the first person opening the sentence before the
    date ("I think it's going to be a busy week after Thanksgiving", "And I hadn't,
    quite frankly, thought about the connection to January 6th"), with no past event
    after it: "I believe they gave an update this morning" reports one and stays."""
    hedge = _HEDGE.search(sentence)
    if hedge is None or hedge.end() > max(start, 0):
        return False
    return not _PAST_VERB.search(sentence[hedge.end() :])


def _habit(sentence: str, when: PartialDate, start: int) -> bool:
    """A habit or a recurring day ("10 years ago, I used to wear a sweater", "Each
    Friday we will give an answer"): no one happening on that date."""
    return bool(_HABIT.search(sentence) or _RECURRING_BEFORE.search(sentence[: max(start, 0)]))


def _name(sentence: str, when: PartialDate, start: int) -> bool:
    """A year that is part of a name or a reference: a law or a plan ("the Trafficking
    Victims Protection Act of 2000", "the 2030 Agenda"), a book's year in a list of
    publications ("(Fortress, 2009)")."""
    if when.precision != "year":
        return False
    before = sentence[: max(start, 0)]
    after = sentence[start + len(when.expression) :]
    return bool(
        (_NAME_BEFORE.search(before) and when.expression.lower().startswith("of "))
        or (_NAME_AFTER.match(after) and not after.lstrip().startswith(")"))
        or (_ACRONYM_BEFORE.search(before) and after.startswith(")"))
        or (_REFERENCE_ENTRY.search(before) and re.match(r"\s*[;)]", after))
    )


def _figure(sentence: str, when: PartialDate, start: int) -> bool:
    """A date that is the period or the day of an amount just before it ("$5.5 billion
    in 2022", "more than 1,500 shootings in 2020", "45 deaths at 15 June"): a level,
    not a happening."""
    preposition = re.match(r"(?:in|at|for|during|on)\s+", when.expression, re.IGNORECASE)
    before = sentence[: max(start, 0)] + (preposition.group() if preposition else "")
    return bool(_AMOUNT_BEFORE.search(before) or _UP_FROM.search(before))


def _period(sentence: str, when: PartialDate, start: int) -> bool:
    """A year that begins or ends a period ("from 2017 to 2019"): no point in time."""
    if when.precision not in {"year", "month"}:
        return False
    return any(m.start() <= start < m.end() for m in _PERIOD.finditer(sentence))


def _fragment(sentence: str, when: PartialDate, start: int) -> bool:
    """The rest of an interrupted sentence, opening with a dash ("MS. PSAKI: — a few
    today.", "Q  — are meeting this week."): what it goes on from is not in it; or a
    reporter's date alone ("Q  Two weeks ago."). (A short
    sentence, "In March.", is read with the one before it: chronology/events.py.)"""
    rest = _LABEL.sub("", sentence, count=1)
    if rest[:1] in {"—", "–", "…"}:
        return True
    # a reporter's date alone ("Q  Two weeks ago."): a correction, no statement
    alone = rest.replace(when.expression, " ", 1)
    return (
        sentence.startswith("Q")
        and not re.search(r"[—–?]\s*$", sentence)
        and len(re.findall(r"[^\W\d_]{2,}", alone)) < 2
    )


def _measure(sentence: str, when: PartialDate, start: int) -> bool:
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
    after = sentence[start + len(when.expression) :]
    if re.search(r"\d{1,2}[:.]\d{2}$", when.expression) and _CLOCK_AFTER.match(after):
        return True  # "May 27, 2010 20:34 UTC": the time read with the date
    if _STAMP_BEFORE.search(sentence[: max(start, 0)]):
        return True  # "Fergus Walsh | 12:16 PM, Thursday, 28 May 2009 It's good to see"
    return bool(_DATELINE_AFTER.match(after))


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
    ("name", _name),
    ("period", _period),
    ("fragment", _fragment),
    ("measure", _measure),
    ("figure", _figure),
    ("question", _question),
    ("cut off", _cut_off),
    ("talk", _talk),
    ("greeting", _greeting),
    ("here today", _here_today),
    ("hedge", _hedge),
    ("condition", _condition),
    ("forecast", _forecast),
    ("habit", _habit),
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
    {
        "dateline",
        "question",
        "cut off",
        "talk",
        "greeting",
        "here today",
        "hedge",
        "condition",
        "forecast",
        "negation",
        TITLE,
    }
)
