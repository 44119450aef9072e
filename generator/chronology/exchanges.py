"""What is not a happening, in the room's own exchanges: the rules of not_a_happening
(happenings.py) that find a dated sentence tells only of the questions and answers of the
briefing or the call it is said in ("Last week there were some questions about this", "I
will keep my comments brief this morning, so we can get to your questions"), a speaker's
appeal dated by the day of speaking ("So I'm asking you today to remember"), or a
speaker's doubt in a clause of its own after "but" ("I'm happy to follow up on it for
you, but I'm not aware of their plans to participate in the events tomorrow"): nothing
of the story is stated on that date. speech.py holds the other rules of a speaker's talk
(its hedge reads a doubt that opens the sentence), transcript.py those of the briefing's
own occasion. Each rule is a function of (sentence, date, where the date's expression
starts) that returns True when the sentence states no happening on that date.
"""

from __future__ import annotations

import re

from .dates import PartialDate

# The room's questions: questions said to have been asked about what the room is
# talking about, named by a pronoun alone ("there were some questions about this",
# "there have been a lot of questions on that"), questions the speakers will take ("so we
# can get to your questions", "happy to take your questions", "to take a few questions on
# what we are covering this week"), the speakers' own remarks kept short for them ("will
# keep our comments brief this morning"), and a question put to the speaker ("I know this
# was asked to me yesterday"). Questions about a named matter are news of their own
# ("there were questions about whether BP knew", "questions about that decision") and
# stay.
_ROOM_QUESTIONS = re.compile(
    r"\bthere (?:were|was|have been|has been|had been) (?:(?:some|a few|a lot of|lots of|many|several|"
    r"a couple of|a number of|more|also|already|other)\s+)*questions? (?:about|on|over|around) "
    r"(?:this|that|it|these|those)(?=\s*[;,.:!?—–)]|\s*$|\s+(?:and|but|so|from|in|at|on|during|"
    r"last|earlier|yesterday|today|this (?:week|morning|afternoon))\b)|"
    r"\b(?:get to|take|taking|answer|answering) (?:your|a few|some|a couple of|a couple|more|any) "
    r"(?:more )?questions\b|"
    r"\bkeep (?:our|my) (?:comments|remarks|opening|presentation)s? (?:brief|short)\b|"
    r"\b(?:this|that|it)(?: question)? (?:was|were|has been|had been) asked (?:to|of) (?:me|us)\b",
    re.IGNORECASE,
)


# The speaker's own words the room has heard ("you heard me say yesterday", "as you've
# heard us say"), the date within HEARD_REACH words after them in their clause (not "As
# you heard me say, our exports this year ...": what was said is stated): as "as I said yesterday"
# (speech.talk), a reference to the briefing's talk; someone else heard saying something
# is a statement made ("you heard my colleague at the State Department say that
# yesterday") and stays.
_HEARD_US = re.compile(
    r"\byou(?:'ve| have)? (?:(?:all|also|just|already) )?heard (?:me|us) (?:say|said|talk|mention)\w*\b",
    re.IGNORECASE,
)
HEARD_REACH = 4


def room_questions(sentence: str, when: PartialDate, start: int) -> bool:
    """The room's own questions and answers: questions said to have been asked about what
    the room is talking about ("Last week there were some questions about this"), the
    speakers' taking of questions ("we will keep our comments brief this morning, so we
    can get to your questions"), or their own words the room heard on the date ("you
    heard me say yesterday"): the briefing's exchanges, no happening of the story."""
    if _ROOM_QUESTIONS.search(sentence):
        return True
    end = start + len(when.expression)
    return any(
        heard.end() <= start
        and len(sentence[heard.end() : start].split()) <= HEARD_REACH
        and not re.search(r"[,;:—–]", sentence[heard.end() : start])
        for heard in _HEARD_US.finditer(sentence[:end])
    )


# A speaker's doubt in the first person opening a clause after "but", a semicolon or a
# dash ("..., but I'm not aware of their plans to participate in the events tomorrow",
# "but I don't know whether he will travel this week"): what follows it is not asserted.
# A doubt that opens the sentence is speech.hedge's.
_DOUBT_CLAUSE = re.compile(
    r"(?:\bbut|;|[—–])\s+(?:(?:frankly|honestly|again|also|just|really),?\s+)*"
    r"(?:i|we)(?:'m| am|'re| are|'m just| am just)? ?(?:not (?:aware|sure|certain)\b|"
    r"(?:don't|do not|didn't|did not) (?:know|have (?:any|an?) (?:update|details?|information))\b|unsure\b)",
    re.IGNORECASE,
)
# (what ends the doubt's clause before the date: a quotation's close, a dash, a
# semicolon, a sentence's end)
_CLAUSE_END = re.compile(r"[”\"—–;:.!?]")
# A doubt governs a date at most this many words after it.
DOUBT_REACH = 15


def doubt(sentence: str, when: PartialDate, start: int) -> bool:
    """A date in a speaker's doubt that opens a clause after "but" ("I'm happy to follow
    up on it for you, Kristen, but I'm not aware of their plans to participate in the
    events tomorrow"), at most DOUBT_REACH words before it and no clause's end between:
    the speaker does not say anything happened."""
    before = sentence[: max(start, 0)]
    for found in _DOUBT_CLAUSE.finditer(before):
        gap = before[found.end() :]
        if len(gap.split()) <= DOUBT_REACH and not _CLAUSE_END.search(gap):
            return True
    return False


# A speaker's appeal to the audience, dated by the day of speaking ("So I'm asking you
# today to remember our Hidden Helpers", "we urge you this morning to"): the date right
# after "you" is the occasion of the appeal, as "I'm speaking to you today" (speech.py's
# here today); what is asked has not happened. An appeal whose date is further on names a
# happening of its own ("I invite everybody to tune into the President's remarks later
# today") and stays.
_APPEAL_BEFORE = re.compile(
    r"\b(?:i|we)(?:'m| am|'re| are)? (?:(?:also|just|again|now|really) )?(?:asking|ask|urging|urge|"
    r"encouraging|encourage|calling on|call on|inviting|invite|begging|beg) "
    r"(?:you|all of you|everyone|everybody|each of you)(?: all)?,?\s+$",
    re.IGNORECASE,
)


def appeal(sentence: str, when: PartialDate, start: int) -> bool:
    """A speaker's appeal to the audience dated by the day of speaking, the date right
    after "you" ("So I'm asking you today to remember our Hidden Helpers."): the
    occasion of the appeal; what is asked has not happened."""
    return bool(_APPEAL_BEFORE.search(sentence[: max(start, 0)]))


# A saying the room's own speakers did not make, recalled in the past ("And last week,
# you weren't ready to confirm that new facilities might be brought online", "Yesterday
# you didn't say yes or no", "I wasn't able to confirm that on Monday"): the briefing's
# exchange, negated, as "That's not a prediction that the CDC Director made this morning"
# (speech.denied): no statement was made that day, and what was not confirmed is not told
# as having happened. The date in the clause of the saying: before it with no clause
# between, or at most UNCONFIRMED_REACH words after it.
_UNCONFIRMED = re.compile(
    r"\b(?:you|i|we)\s+(?:(?:weren't|were not|wasn't|was not|couldn't|could not)\s+(?:(?:yet|quite|fully|"
    r"really|then)\s+)*(?:able|ready|prepared|willing|in a position)\s+to|(?:didn't|did not|never|couldn't|"
    r"could not)(?:\s+(?:yet|quite|fully|really|want to))?)\s+(?:confirm|say|commit|answer|tell|give|"
    r"rule out|specify|disclose|reveal|announce|share)\b",
    re.IGNORECASE,
)
UNCONFIRMED_REACH = 6


def unconfirmed(sentence: str, when: PartialDate, start: int) -> bool:
    """A room speaker's saying not made, dated ("And last week, you weren't ready to
    confirm that new facilities might be brought online"): the briefing's exchange,
    negated, no happening of the story."""
    end = start + len(when.expression)
    for found in _UNCONFIRMED.finditer(sentence):
        if found.start() >= end:
            gap = sentence[end : found.start()]
            if not re.search(r"[;:?!—–]|\b(?:and|but|because|when|while|if)\b", gap):
                return True
        elif found.end() <= start and len(sentence[found.end() : start].split()) <= UNCONFIRMED_REACH:
            return True
    return False
