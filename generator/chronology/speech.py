"""What is not a happening, in a speaker's words: the rules of not_a_happening
(happenings.py) that read the talk of a briefing or an interview rather than the date's
role in a sentence: questions, greetings and sign-offs, the occasion ("we are here
today"), a speaker's hedge, talk about the briefing's own talk, and sentences cut off or
taken up again by a dash. Each rule is a function of (sentence, date, where the date's
expression starts) that returns True when the sentence states no happening on that date.
"""

from __future__ import annotations

import re

from . import recalled
from .clauses import LABEL, SPEAKER
from .dates import PUBLICATION_WORDS, PartialDate

_PUBLICATION_WORDS = re.compile(rf"\b(?:{PUBLICATION_WORDS})\b", re.I)

# A question: a sentence ending with "?" (not a quotation's: a quoted title or
# question ends with its closing quote), one in
# question word order cut off by a dash ("Q  But is today —"), or an indirect question
# ("I'm wondering if", "can you tell us", "I don't know whether"); a reporter's premise
# ("Q  The EU, last week, announced ...") states a happening and stays;
_QUESTION = re.compile(
    r"\?[)\]\s]*$|"
    # ... or a question quoted whole, after its speaker's label perhaps ("MS. PSAKI: “What's
    # the President's favorite Thanksgiving meal?”")
    r"^(?:(?-i:[A-Z][A-Z. ]+):\s*)?[“\"][^“”\"]*\?[”\"]\s*$|"
    r"^(?:Q[:.]?\s+)?(?:(?:and|but|so|or|just|then|also|okay|ok),?\s+)*(?:do|does|did|is|are|was|were|"
    r"will|would|can|could|should|has|have|had|what|why|how|when|where|who|which)\b.*[—–-]\s*$|"
    r"^(?:Q[:.]?\s+)?(?:(?:and|but|so|or),?\s+)*(?-i:(?:Do|Does|Did|Is|Are|Was|Were|Can|Has|Have|"
    r"Will|Would|Could|Should))\s+(?:you|he|she|they|we|it|i|there|the|any|all)\b(?!.*[.]\s*$)|"
    r"\b(?:i'?m|i am|i was|we'?re|just) wondering\b|\bi wonder\b|\b(?:can|could|would) you "
    r"(?:tell|say|talk|explain|clarify|confirm|give|speak|update|walk|share|comment)\b|"
    r"\b(?:do|did|does) (?:you|he|she|they|the president) (?:know|think|expect|plan|believe)\b|"
    r"\b(?:don't|do not|didn't) know (?:if|whether|when)\b|\bthe question (?:is|was) (?:whether|if)\b",
    re.IGNORECASE,
)
# A greeting, thanks or sign-off opening a speaker's sentence, after the speaker's
# label of a transcript and a filler ("MR. ZIENTS:  I want to thank everybody for
# joining today", "All right, guys, I'll see you tomorrow", "But we'll see you again
# tomorrow", "THE FIRST LADY:  Hi!  Happy Thanksgiving.": a holiday wished alone, or after
# a filler, "And just Happy Thanksgiving.", "Well, let me begin by thanking them for coming
# in today");
_GREETING = re.compile(
    "^" + SPEAKER + r"(?:(?:all right|alright|okay|ok|well|so|and|but|now|oh|just|great|guys|everyone|everybody|"
    r"folks|again|first of all|hi|hello|hey|mr\. president|madam (?:vice )?president|(?-i:(?!Today|Tonight|Yesterday|Tomorrow)[A-Z][a-z]+(?=,)))[,.!]?\s+)*"
    r"(?:(?:i|we)(?:'ll|’ll| will) (?:see|talk to) (?:you|y'all|everyone|everybody)|"
    r"let's do (?:this|it|that) again\b|"
    r"(?:i|we)(?:'ll|’ll| will) (?:be (?:back )?(?:here|back)|try (?:again )?(?:on |next )?)\b|"
    r"(?:i|we) (?:really |just |also )?(?:want|wanted|would like|'d like|’d like) to thank\b|"
    r"let me (?:just )?(?:(?:begin|start|close|end) by )?thank(?:ing)?\b|"
    r"(?:i|we) (?:really |just |also |do )?appreciate (?:you|everyone|everybody|all)\b|"
    r"(?:i'll |we'll )?talk to (?:you|y'all|everyone|everybody)\b|"
    r"it'?s happy \w+|(?:i|we)(?:'ll| will)? (?:look|looked) "
    r"forward to (?:seeing|briefing|talking|hearing|the next)\b|look forward to (?:seeing|briefing)|"
    r"see (?:you|y'all|everyone|everybody)|thanks\b(?! to\b)|thank you|have a (?:good|great|nice|"
    r"wonderful|happy|safe|terrific)|good (?:morning|afternoon|evening|night)|"
    r"happy (?:\w+day|friday|weekend|holidays|new year|"
    r"(?-i:[A-Z][\w’']+(?: (?:of |the )*[A-Z][\w’']+){0,3})(?:[.!,]|$))|"
    r"hi,? (?:everyone|everybody|guys|all)|"
    r"hello,? (?:everyone|everybody|guys|all)|welcome(?: back)?(?:,| to| everyone| everybody)|"
    r"please\b(?!,? (?:go ahead|tell|let|(?:also )?(?:do not|don't) forget|remember|note|recall|keep in mind)\b))",
    re.IGNORECASE,
)
# A speaker's occasion: the briefing itself ("we are here today", "where we are
# today", "joining us today", "I don't have anything to announce today", "I'm speaking
# to you today as", "Today, she will be telling us about"), the speaker's apology for it
# ("I apologize for this being short today": in the present, said as the talk goes on)
# and the audience's own day ("I know some of you have to get to another event this
# evening": the listeners' errands, nobody's happening in the story).
_HERE_TODAY = re.compile(
    r"\b(?:i|we) (?:just |do |really )?apologi[sz]e\b|"
    r"\b(?:some|many|most|a few|all) of you (?:(?:still|also) )?(?:have|need|will need|(?:'ve|’ve) got) to\b|"
    r"\b(?:we|i)(?:'re|’re| are|'m|’m| am) (?:all |so |very )?(?:here|gathered|joined)\b|"
    # a guest acknowledged at the end of a sentence ("Congressman Cooper, an old friend,
    # who's here today.")
    r"\bwho(?:'s|’s| is| are|'re|’re) (?:also )?(?:here|with us)(?: today| tonight| this (?:morning|afternoon|evening))?[.!]?$|"
    # ... or introduced ("With us today are some of the hardest working advocates")
    r"^\W*(?:(?:and|so|now)\W+)?(?:here\s+)?with (?:us|me) (?:here )?(?:today|tonight|this (?:morning|afternoon|evening)) (?:is|are)\b|"
    r"\bwhere (?:we|things) (?:are|stand|were|stood)\b|\b(?:joining|joined|here with) (?:us|me)\b|"
    r"\b(?:i|we) (?:don't|do not|won't|will not) have "
    r"(?:any|anything|an|a|more|much)\b|\bno (?:new |more |further )?(?:[\w-]+ ){0,4}?to (?:report|announce|preview|read out)\b|"
    r"\bnothing (?:new |more |further )?to "
    r"(?:announce|report|preview|share|add)\b|\b(?:i|we)(?:'d|’d| would) refer you\b|"
    r"\b(?:not|never) going to (?:get ahead|preview|speculate|comment)\b|"
    r"\bto (?:preview|recap|review|walk (?:you|us) through)\b|\bitems? for you\b|"
    r"\bto be (?:back )?(?:here|with (?:you|all of you|everyone))\b|\b(?:good|great|nice|wonderful) to (?:be|see)\b|"
    r"\b(?:i|we)(?:'m|’m| am|'re|’re| are) (?:speaking|talking) (?:to|with) you\b|\bspecial guests?\b|"
    r"\b(?:telling|showing) (?:us|you) about\b|\bwhat (?:we|i)(?:'re|’re| are|'m|’m| am) "
    r"(?:talking about|announcing|discussing|doing) (?:here )?today\b|\b(?:excited|pleased|happy|"
    r"glad|delighted) to (?:share|be (?:here|with)|introduce|welcome|have|hear|join)\b|"
    r"\b(?:i|we)(?:'ll|’ll| will| want to| wanted to| would like to|'d like to|’d like to) "
    r"(?:discuss|talk (?:with|to) you|update you|share(?!(?: today| this \w+)? that\b)|provide (?:you|an update)|walk you|give you|lay out|outline|"
    r"(?:start|begin) (?:with|by|off)|(?:first )?turn (?:it over )?to|cover|preview|share with you)\b",
    re.IGNORECASE,
)
# A speaker's opinion or hedge in the first person, opening the sentence ("I think
# it's going to be a busy week after Thanksgiving", "And I hadn't, quite frankly,
# thought about the connection to January 6th", "I know we'll have a call this
# afternoon"), unless a past event follows it ("I think the President mentioned
# yesterday that ..."); ...
_OPENING = (
    "^" + SPEAKER + r"(?:(?:well|so|and|but|look|again|now|yes|no|"
    r"oh|okay|ok|right|and then|(?-i:[A-Z][a-z]+(?=,)))[,.!]?\s+)*"
)
_HEDGE = re.compile(
    _OPENING
    + r"(?:as |but )?(?:i|we)(?:\s+|(?='))(?:(?:just|really|also|still|certainly|do|honestly)\s+)?"
    r"(?:think|thought|believe|guess|suppose|feel|(?<=i )know|hope|imagine|understand|recall|"
    r"(?:would|'d) (?:say|note|argue|expect)|(?:don't|do not|didn't|did not|hadn't|had not|"
    r"haven't|have not)(?:,[^,]{1,30},)? (?:think|thought|know|believe|expect)|"
    r"(?:am|'m|was|are|'re|were) (?:just |not |still )?(?:thinking|sure|aware|confident|unsure)|"
    r"will have to see)\b|"
    r"^[\"“‘']?(?:i|we)'ll have to see\b"
    r"|^[\"“‘']?(?:it|that|this) (?:seems|seemed|sounds|sounded|looks|looked) (?:like|as if)\b",
    re.IGNORECASE,
)
# A doubt ("I'm not sure", "we don't know", "I'm unsure"): what follows is not asserted,
# even in the past.
_DOUBT = re.compile(r"\b(?:not|n't) (?:sure|know|aware|certain)\b|\bunsure\b", re.IGNORECASE)
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
# Talk about the briefing's own talk: what the reporters or the speaker said, asked
# or discussed on the date ("you were asked yesterday about", "yesterday, you got a
# bunch of questions", "what we discussed last week", "as I said on Monday", "as I laid
# out last week", "something I conveyed yesterday", "the data
# that we saw yesterday": a reference, not a statement of what happened), within
# TALK_REACH words of it; or a reporter's asking ("I wanted to ask about", "another
# question on", "just following up on"); or a speaker presenting something ("Here's my
# colleague Ian Sample from earlier today", "Our focus today will be");
TALK_REACH = 4
_TALK_SAID = re.compile(
    r"\byou (?:(?:also|just|then) )?(?:said|mentioned|were asked|got (?:a (?:bunch|lot|number|"
    r"couple) of |some |several |many |a )?questions?|talked|spoke about|indicated|noted|"
    r"told us|usually)\b|"
    r"\b(?:i|we) (?:(?:also|just) )?(?:discussed|mentioned|talked about|spoke about|spoke of|was talking about|"
    r"were talking about|was asked|were asked|got asked)\b|"
    r"\bas (?:i|we) (?:just )?(?:said|noted|mentioned|discussed|shared|flagged|highlighted|reported|stated|"
    r"laid out|outlined|conveyed|explained|previewed)\b|"
    r"\b(?:we|i)(?:'ve| have)(?: all)? (?:said|noted|mentioned|spoken about|talked about|discussed)\b|"
    r"\b(?:what|(?:data|numbers|figures|reports?|news)(?: that)?) (?:we|you) (?:all )?(?:saw|heard|"
    r"have seen)\b|\b(?:data|slides?|numbers|figures|charts?) (?:that )?(?:i|we) (?:presented|showed|shared)\b|\b(?:what|something) (?:we|i|you) "
    r"(?:discussed|talked about|said|conveyed|did|read out|outlined)\b|"
    r"\bit was (?:said|noted|mentioned|asked|announced)\b|"
    r"\b(?:you|some of you|many of you|several of you|a few of you) (?:have |had )?asked\b|"
    r"\b(?:that|which) (?:we|you|i) (?:(?:all|also) )?(?:heard|have heard)\b|"
    r"\b(?:we|i)(?:'ve| have)? (?:(?:would|'d|do|also|just|certainly|all) )*(?:have|had|got|saw|see|heard|hear|"
    r"call|called|welcome|welcomed)\s+(?:(?:some|the|this|that|more|today's|yesterday's|this \w+'s)\s+)?"
    r"(?:(?:good|great|bad|encouraging|positive|exciting|welcome|big|important)\s+)?news\b|"
    r"\b(?:\w+'s|your|that) question\b(?!\s+(?:is|was)\s*:)|\b(?:the|a) question (?:that |which )?(?:was|were) "
    r"asked\b|\bwhich was the question\b",
    re.IGNORECASE,
)
# ... or someone else's words recalled ("as the President said yesterday", "as Dr.
# Walensky said yesterday"), the date right after it, not across a comma ("as Aamer
# noted, the President spoke today" reports the talk), ...
_AS_SAID = re.compile(
    r"\bas (?:he|she|they|(?:the )?(?-i:(?:Dr\.|Mr\.|Ms\.|Mrs\.|[A-Z][a-z]+)(?: [A-Z][a-z]+\.?){0,2})) "
    r"(?:(?:just|also|himself|herself) )?(?:said|noted|mentioned|discussed|flagged|highlighted|outlined|articulated|stated|"
    r"alluded to|referred to|referenced)"
    r"(?: (?:himself|herself))?\s+$"
    # ... or heard by the listeners ("as you heard the President say last night", "as I
    # think you heard Speaker Pelosi convey this morning"): their words recalled, the same
    # (the speaker's own, "as you heard me say", are exchanges.py's)
    r"|\bas (?:i think |i believe )?(?:you|we)(?: all)? (?:just )?heard (?!(?:me|us)\b)(?:[\w.’'-]+ ){1,4}?"
    r"(?:say|convey|note|mention|describe|outline)\s+$",
    re.IGNORECASE,
)
_TALK_ASKING = re.compile(
    r"^[\"“‘']?(?:Q\s+|[A-Z][A-Z.' -]+:\s+)?(?:so,? |and,? |okay,? )?here(?:'s| is| are)\b|\b(?:our|my) focus (?:today |now |this \w+ )?(?:is|will be)\b|"
    r"\b(?:i|we) (?:(?:also|just) )?(?:wanted|want|would like|'d like) to (?:ask|follow up|revisit|"
    r"go back to|circle back|come back to|return to)\b|"
    r"\b(?:another|a quick|one more|last|a follow-up|my (?:first|second|last)) question\b|"
    r"\bmy (?:[\w-]+ )?question (?:is|was)\b|"  # "my last question is", "my baseball question is"
    r"\b(?:i|we) (?:gave|had|got|did|provided) (?:you )?(?:a|an) (?:\w+ )?(?:update|briefing|readout|overview|preview)\b|"
    r"\b(?:by )?reiterating (?:what|that)\b|"
    r"\b(?:i|we|you) (?:did not|didn't|never) (?:give|say|answer|indicate|suggest)\b|"
    r"\b(?:topic|subject|focus) of (?:our|this|today's) (?:briefing|call)\b|"
    "^" + SPEAKER + r"(?:(?:and|so|but),? )?(?:we|i)(?:'ll| will) do (?:this|that|it) again\b|"
    r"\b(?:we|i)(?:'ll| will) (?:have|put out|release|send out|get you) (?:(?:a|an|the|more|some) )?(?:[\w-]+ ){0,3}?"
    r"(?:statement|summary|readout|list|preview)\b|"
    r"(?:'ll|will) have more (?:to (?:say|share|announce|read out)|(?:\w+ )?(?:details|information|"
    r"announcements|updates?))\b|"
    r"\b(?:we|i)(?:'ll| will| should| may)? have (?:some |a little )?more(?: (?:for you|on (?:that|this|it)))?"
    r"(?= (?:today|tonight|tomorrow|this|later|soon|next)\b|\s*[.!]?\s*$)|"
    r"\b(?:just|quick|a quick|i'm|i am) follow(?:ing)?[- ]up\b|\b(?:hoping|hope) you can\b|"
    r"\b(?:excellent|good|great|fair|important) questions?\b|\b(?:i|we) (?:just )?(?:want|wanted|"
    r"would like|'d like) to (?:just )?(?:emphasize|highlight|stress|underscore|reiterate|point out|"
    r"flag|remind|start|begin|note)\b",
    re.IGNORECASE,
)
# A sentence cut off by a dash ("Q  So, on Wednesday —"): it says nothing yet;
_CUT_OFF = re.compile(r"(?:[—–]|\s-)\s*$")
# The rest of an interrupted sentence, opening with a dash.
_LABEL = re.compile("^" + LABEL)


def question(sentence: str, when: PartialDate, start: int) -> bool:
    """A question asks whether something happened; it does not say it did."""
    return bool(_QUESTION.search(sentence))


def greeting(sentence: str, when: PartialDate, start: int) -> bool:
    """A greeting, thanks or sign-off of a speaker ("Good afternoon", "Thank you all
    for being here today", "I'll see you tomorrow", "Have a good weekend"), or a plea
    opening the sentence ("And please, please go get vaccinated today")."""
    return bool(_GREETING.match(sentence))


def here_today(sentence: str, when: PartialDate, start: int) -> bool:
    """A "today" in a speaker's statement of the occasion ("we are here today", "where
    we are today", "joining us today") or of what they will or will not say."""
    return bool(_PUBLICATION_WORDS.search(when.expression) and _HERE_TODAY.search(sentence))


# ... and one that is only the topic it was going to speak of ("And then, on the
# lawmakers who were being invited on Monday —"): a past verb inside the topic tells
# nothing of its own.
_TOPIC_ONLY = re.compile(
    "^" + SPEAKER + r"(?:(?:and|so|but|then|and then|okay|ok|just|also|now),?\s+)*"
    r"(?:on|about|regarding|as for|as to)\s+[^,;:.!?—–]*(?:[—–]|\s-)\s*$",
    re.IGNORECASE,
)


def cut_off(sentence: str, when: PartialDate, start: int) -> bool:
    """A sentence cut off by a dash, interrupted before it says anything ("Q  So, on
    Wednesday —", "And then, on the lawmakers who were being invited on Monday —"); one
    that reports a past event first stays ("And he spoke with the President of Ukraine
    on Friday as well —")."""
    if not _CUT_OFF.search(sentence):
        return False
    return not _PAST_VERB.search(sentence) or bool(_TOPIC_ONLY.match(sentence))


# A call's own logistics: its ground rules, embargo and attribution, its speakers named
# for background, its close ("this call is on background, embargoed until tomorrow
# morning", "For your awareness but not for your reporting, today's speakers are",
# "Unfortunately, we are out of time", "our time is pretty limited here this morning").
_LOGISTICS = re.compile(
    r"\bground rules\b.{0,80}\b(?:call|background)\b|\bembargoed until\b|"
    r"\bnot for (?:your )?reporting\b|"
    r"\b(?:call|briefing) (?:is|was|will be|was held) on background\b|"
    r"\b(?:we are|we're|we’re) (?:just |now )?out of time\b|\bour time is (?:\w+ )?(?:limited|short)\b|"
    # the next briefing's day ("Next briefing will be on Friday.", "Our next briefing is
    # tomorrow")
    r"^\W*(?:(?:and|so|ok|okay)\W+)?(?:the |our )?next (?:press )?(?:briefing|call|gaggle)s? (?:will be|is)\b",
    re.IGNORECASE,
)


def call_logistics(sentence: str, when: PartialDate, start: int) -> bool:
    """A press call's own logistics (its ground rules, its embargo, its speakers on
    background, its close, the next briefing's day): the call's arrangements, not a
    happening of the story."""
    return bool(_LOGISTICS.search(sentence))


def talk(sentence: str, when: PartialDate, start: int) -> bool:
    """Talk about the briefing's own talk: what was said, asked or discussed in the
    room on the date ("You were asked yesterday about ...", "what we discussed last
    week"), or a reporter's asking ("I wanted to ask about the case from today"), not
    what happened. A saying far from the date is about something else ("you mentioned
    the CDC's data that was released on Tuesday")."""
    if _TALK_ASKING.search(sentence):
        return True
    if recalled.said_with_content(sentence, when, start):
        return False  # "As I laid out last week, ... we will focus on": a statement made then
    if _AS_SAID.search(sentence[: max(start, 0)]):
        return True
    end = start + len(when.expression)
    for said in _TALK_SAID.finditer(sentence):
        if recalled.closed_aside(sentence, said):
            continue  # "developed mild symptoms, as you noted, on November 22nd"
        between = (
            sentence[said.end() : start] if said.end() <= start else sentence[end : said.start()]
        )
        if len(between.split()) <= TALK_REACH:
            return True
    return False


# A date the speaker corrects with another right after it ("planned to sign that
# executive order today, or at the end of this week, I should say", "six days ago ...
# seven days ago, sorry"): the first is taken back.
_TIME_WORD = (
    r"\b(?:today|tonight|tomorrow|yesterday|morning|afternoon|evening|night|\w+day|days?|weeks?|"
    r"weekend|months?|years?|ago|january|february|march|april|june|july|august|september|"
    r"october|november|december|\d+(?:st|nd|rd|th)?)\b"
)
_CORRECTED_AFTER = re.compile(
    rf"^(?:[^.;:?!]{{0,40}}?)[\s,—–-]+(?:or|sorry|I mean|rather)?[^.;:?!]{{0,40}}?{_TIME_WORD}[^.;:?!\w]{{0,3}}"
    r"(?:I should say|I mean|sorry|rather|excuse me|pardon me)\b",
    re.IGNORECASE,
)


# A speaker unsure of the date just said ("who will be in charge of that today, if I'm
# reading reports correctly", "tomorrow, if I remember correctly"); not a date the speaker
# settled on by a correction ("seven days ago, sorry — if I'm doing my math correctly").
_UNSURE_IF = re.compile(
    r"^[\s,—–-]*(?:if (?:i|we)(?:'m| am|'re| are)?\s*[—–-]\s*)?"
    r"(?:if (?:i|we)(?:'m| am|'re| are) (?:not )?(?:mistaken|wrong|right|correct|reading|remembering|"
    r"recalling|doing (?:my|the) math)|if (?:i|we) (?:remember|recall) (?:correctly|right)|"
    r"if (?:my )?memory serves)\b",
    re.IGNORECASE,
)


# A time ago given as two counts of its unit side by side ("what could have happened
# three months, four months ago", "for six months, eight months ago"): the speaker
# guesses at how long ago, and names no time.
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_GUESSED_BEFORE = re.compile(
    rf"\b{_COUNT}\s+(?:days?|weeks?|months?|years?)\s*,\s*(?:or\s+|maybe\s+)?$", re.IGNORECASE
)


def corrected(sentence: str, when: PartialDate, start: int) -> bool:
    """A date the speaker takes back for another named right after it ("today, or at
    the end of this week, I should say"): the other date is meant."""
    return bool(_CORRECTED_AFTER.match(sentence[start + len(when.expression) :]))


def hedge(sentence: str, when: PartialDate, start: int) -> bool:
    """A speaker's opinion or hedge in the first person opening the sentence before the
    date ("I think it's going to be a busy week after Thanksgiving", "And I hadn't,
    quite frankly, thought about the connection to January 6th"), with no past event
    after it: "I believe they gave an update this morning" reports one and stays; a
    doubt does not ("I'm not sure that he has received an update today"); nor does a
    guess at how long ago ("three months, four months ago")."""
    if corrected(sentence, when, start) or _UNSURE_IF.match(
        sentence[start + len(when.expression) :]
    ):
        return True  # "today, or at the end of this week, I should say"; "if I recall correctly"
    if when.expression.lower().endswith("ago") and _GUESSED_BEFORE.search(sentence[: max(start, 0)]):
        return True  # "three months, four months ago": a guess at how long ago
    hedge = _HEDGE.search(sentence)
    if hedge is None or hedge.end() > max(start, 0):
        return False
    if _DOUBT.search(hedge.group()):
        return True  # "I'm not sure that he has received an update today": not asserted
    return not _PAST_VERB.search(sentence[hedge.end() :])


# A list's lead-in cut before its list, the verb phrase left open at the colon ("This
# month, the Administration is taking new actions to:", "Today's actions include:",
# "Today, the CDC is releasing:"): what happened is in the list, not in the sentence; a
# complete lead-in ("Today, the President announced the following nominees:") stays.
# (at most this many words, web addresses of links left out)
LEAD_IN_WORDS = 25
_LEAD_IN = re.compile(
    r"\b(?:to|on|by|of|for|with|in|at|from|as|that|the|and|is|are|was|were|will|would|can|be|has|have|"
    r"include|includes|including|included|through|releasing|launching|announcing|taking|bans)[\s*_]*:[\s*_]*$",
    re.IGNORECASE,
)


def fragment(sentence: str, when: PartialDate, start: int) -> bool:
    """The rest of an interrupted sentence, opening with a dash ("MS. PSAKI: — a few
    today.", "Q  — are meeting this week."): what it goes on from is not in it; a
    reporter's date alone ("Q  Two weeks ago."); or a list's lead-in cut at its colon
    ("this month, the Administration is taking new actions to:"). (A short
    sentence, "In March.", is read with the one before it: chronology/events.py.)"""
    rest = _LABEL.sub("", sentence, count=1)
    if rest[:1] in {"—", "–", "…"}:
        return True
    if _LEAD_IN.search(rest) and len(re.sub(r"\]\([^)]*\)", " ", rest).split()) <= LEAD_IN_WORDS:
        return True  # a long lead-in tells a happening of its own before its list
    # a reporter's date alone ("Q  Two weeks ago."): a correction, no statement
    alone = rest.replace(when.expression, " ", 1)
    return (
        sentence.startswith("Q")
        and not re.search(r"[—–?]\s*$", sentence)
        and len(re.findall(r"[^\W\d_]{2,}", alone)) < 2
    )


# A refusal or an absence of comment ("a BP spokesman declined to comment this morning",
# "was unavailable for comment yesterday", "did not immediately return a call on
# Monday"): a non-event, what someone did not say; the date within COMMENT_REACH words
# after it, or right before it ("declined on Tuesday to comment").
COMMENT_REACH = 6
_NO_COMMENT = re.compile(
    r"\b(?:(?:declin|refus)(?:ed|es|ing|e)(?: \w+)? to comment|(?:un)?available for comment|"
    r"not (?:be )?(?:available|reached) (?:for|to) comment|(?:had|has|have|with) no (?:immediate |further )?comment|"
    r"(?:would|could|did)(?: not|n't) (?:immediately )?(?:comment|respond|return|reply)\w*|could not be reached)\b",
    re.IGNORECASE,
)
# A denied statement: "not a prediction that the CDC Director made this morning", "no
# evidence that the oil reached the shore on Tuesday": the relative clause says what was
# not so.
_DENIED = re.compile(
    r"\b(?:not|never|no)\s+(?:a|an|any)?\s*(?:[a-z-]+\s+){0,2}?(?:prediction|claim|statement|evidence|sign|"
    r"indication|suggestion|promise|decision|announcement|report|proof)s?\s+(?:that|which)\b"
    r"[^.;:?!]{0,60}$",
    re.IGNORECASE,
)


_CLAUSE_WORD = re.compile(r"\b(?:and|but|that|which|who)\b|[,;:(]")


def no_comment(sentence: str, when: PartialDate, start: int) -> bool:
    """A refusal to comment or an unanswered call, dated ("declined to comment this
    morning", "did not respond Thursday to requests for comment"): nothing was said;
    not a date after a clause of its own ("declined to comment on the report and
    referred to a company statement on Friday")."""
    end = start + len(when.expression)
    for found in _NO_COMMENT.finditer(sentence):
        if found.end() <= start:
            gap = sentence[found.end() : start]
        elif found.start() >= end:
            gap = sentence[end : found.start()]
        else:
            continue
        if len(gap.split()) <= COMMENT_REACH and not _CLAUSE_WORD.search(gap):
            return True
    return False


def denied(sentence: str, when: PartialDate, start: int) -> bool:
    """A date in a statement the sentence denies ("That's not a prediction that the CDC
    Director made this morning")."""
    return bool(_DENIED.search(sentence[: max(start, 0)]))
