"""A statement recalled with its content, which the talk rule (speech.talk) keeps: a
speaker's or the President's earlier words whose content the sentence states ("As I
laid out last week, in this next phase of our vaccination program, ... we will focus
on vaccinating millions", "something I conveyed yesterday — that he believes that
Mississippi's law blatantly violates women's constitutional rights", "As the President
said on Saturday, he wants to make sure that ..."): a statement made on that date, its
content named, like "he reiterated last night that the pandemic is his number one
priority". The briefing's own talk stays talk: the room's last minutes ("as I said a
few minutes ago", "as I just mentioned"), a reporter's "you said", a saying with no
content ("what I was talking about yesterday", "As I said yesterday, and I'll just
reiterate now, it's 2:50"), and content that is itself the room's talk ("as I said
yesterday, I'm not a spokesperson for the Kremlin", "As I noted yesterday, as soon as
that call happens ... we will, of course, provide a readout to all of you").

An aside closed by its own comma ("the person developed mild symptoms, as you noted, on
November 22nd", "today, the President, as you just mentioned, Darlene, and the Vice
President met virtually") gives no time to the saying: the date is the happening's.
"""

from __future__ import annotations

import re

from .dates import PartialDate

# The sayer and the verb of a recalled statement right before the date ("As I laid out
# ", "as the President said himself ", "something I conveyed "): "as" or "something" /
# "what" (a statement's content to follow), a speaker of the briefing or a named person.
_SAYER = (
    r"(?:i|we|he|she|the president|the vice president|(?-i:(?:Dr\.|Mr\.|Ms\.|Mrs\.|Secretary|Senator|Leader|"
    r"Speaker|General|[A-Z][a-z]+)(?: [A-Z][a-z]+\.?){0,2}))"
)
_SAYING = (
    r"(?:also |again |himself |herself )?(?:said|noted|mentioned|highlighted|laid out|outlined|conveyed|"
    r"articulated|stated|explained|announced|reiterated|made clear)(?: (?:himself|herself))?"
)
_RECALLED_BEFORE = re.compile(rf"\b(?P<kind>as|something|what) {_SAYER} {_SAYING}\s+$", re.IGNORECASE)
# ... the content after the date: a clause after a comma, not a conjunction taking up
# the room's talk again ("and I'll just reiterate now"), at least CONTENT_WORDS words;
CONTENT_WORDS = 4
_CLAUSE_AFTER = re.compile(
    rf"^\s*,\s*(?!(?:and|or|but|so|too|again)\b)(?:[^\s.;:?!]+\s+){{{CONTENT_WORDS - 1},}}", re.IGNORECASE
)
# ... or, after "something" / "what", the content set out ("— that he believes", ",
# which is: The President will")
_CONTENT_SET_OUT = re.compile(r"^\s*(?:[—–]\s*(?:that\b|\w+ \w+)|,?\s*which (?:is|was)\s*:?\s*\w+ \w+)", re.IGNORECASE)
# The room's own minutes: a saying a moment before is the briefing's talk.
_MOMENTS = re.compile(r"\b(?:minutes?|moments?|earlier)\b", re.IGNORECASE)


# ... not content that is itself the room's talk: the speaker's own standing, negated ("as
# I said yesterday, I'm not a spokesperson for the Kremlin", "I can't speak to"), or what
# the room will be told ("As I noted yesterday, as soon as that call happens ... we will,
# of course, provide a readout to all of you"): the briefing's talk, recalled.
_ROOM_CONTENT = re.compile(
    r"^\s*,\s*(?:(?:again|frankly|honestly|of course),?\s+)*(?:i(?:'m| am) not|i (?:do not|don't|cannot|can't|won't|"
    r"will not))\b|\b(?:we|i)(?:'ll| will)(?:,? (?:of course|certainly|also|again|obviously),?)? (?:provide|give|send|"
    r"read out|put out) (?:you |all of you )?(?:a|an|the) (?:\w+ )?(?:readout|update|statement|summary)\b",
    re.IGNORECASE,
)


def said_with_content(sentence: str, when: PartialDate, start: int) -> bool:
    """A statement recalled right before the date, its content stated after it ("As I
    laid out last week, in this next phase ... we will focus on", "something I conveyed
    yesterday — that he believes ..."): the statement made that day, a happening."""
    found = _RECALLED_BEFORE.search(sentence[: max(start, 0)])
    if not found or _MOMENTS.search(when.expression) or re.search(r"\bjust\b", found.group(0), re.I):
        return False
    after = sentence[start + len(when.expression) :]
    if _ROOM_CONTENT.search(after.replace("’", "'")):
        return False  # "as I said yesterday, I'm not a spokesperson for the Kremlin"
    if found.group("kind").lower() == "as":
        return bool(_CLAUSE_AFTER.match(after))
    return bool(_CONTENT_SET_OUT.match(after))


def closed_aside(sentence: str, said: re.Match[str]) -> bool:
    """A saying in an "as" aside closed by a comma or a dash right after its verb ("as
    you noted, on November 22nd"): the aside gives the saying no time."""
    return bool(
        (re.search(r"\bas\s+$", sentence[: said.start()], re.IGNORECASE) or re.match(r"as\s", said.group(0), re.IGNORECASE))
        and re.match(r"\s*[,—–]", sentence[said.end() :])
    )


# A named actor's plan before a parenthetical expectation ("The CDC will make the final
# clinical recommendation, we expect, this afternoon"): the plan of a happening, hedged,
# as "President Biden is expected to discuss ..." is one; what the listener will see
# ("So you'll see him out on the trail, I would expect, next week") names no actor's deed.
_NAMED_PLAN = re.compile(
    r"^\W*(?:(?:so|and|but|now),?\s+)?(?!(?:you|we|i|they|he|she|it|there|that|this|what)\b)(?:[\w.&-]+\s+){1,5}?"
    r"(?:will|is going to|are going to|is set to|are set to)\s+\w+",
    re.IGNORECASE,
)
_ASIDE_START = re.compile(r"[,—–]\s*(?:i|we|they)(?:\s+would|['’]d)?\s+(?:expect|anticipate)\s*[,—–]\s*$", re.IGNORECASE)


def named_plan_aside(sentence: str, start: int) -> bool:
    """A named actor's plan ("The CDC will make ...") before a parenthetical expectation
    right before the date: a planned happening, not what is only expected."""
    aside = _ASIDE_START.search(sentence[: max(start, 0)])
    return bool(aside and _NAMED_PLAN.match(sentence[: aside.start()]))
