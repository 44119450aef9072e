"""What is not a happening, in an aside: the rule of not_a_happening (happenings.py) that
finds a date inside a verbless phrase set off by commas between a subject and its verb
("Now five more pupils, off sick on Friday, have been confirmed as having contracted the
virus", "Hayward, chief executive since 2007, has said"). Such a phrase describes the
noun before it (a state it was in, what it is), and its date is that description's; the
sentence's happening is the verb after the phrase, whose own time is not the aside's
(rule "aside date").

Left alone: a phrase that opens with a preposition ("BP, on Friday, said", "Obama, in
Cairo on Thursday, said": the main verb's time or place), with a participle ("BP,
speaking on Monday, said": the same occasion; "five pupils, hospitalised on Friday,
were": a happening the sentence names, dated right), a noun phrase with a determiner, a
name or a noun of a happening ("The worst, Spanish flu in 1918, killed": the subject
again, a happening dated right), a relative clause ("which ... on
Friday") or any finite verb, and a phrase of only the date and its modifiers ("BP, late
Friday, said").
"""

from __future__ import annotations

import re

from ..lexicon import words
from .dates import PartialDate
from .tense import HAPPENED, IRREGULAR_PAST_FORMS

ASIDE_WORDS = 8  # an aside of at most this many words, the date's included
# A finite verb, or a word that opens a clause of its own.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|am|be|been|has|have|had|do|does|did|will|would|can|could|shall|should|"
    r"may|might|must|said|says|told|tells|which|who|whom|whose|that|when|where|while|because|if)\b"
    r"|['’](?:re|m|ve|d|ll)\b",  # not "'s": "BP's chief executive" is a possessive
    re.IGNORECASE,
)
# What may open the sentence's subject (not a preposition or a subordinator: "On
# Friday, ...", "As the deadline neared, ...", "After the vote, ...").
_NOT_A_SUBJECT = re.compile(
    r"^\W*(?:in|on|at|by|during|after|before|since|until|as|when|while|if|although|though|"
    r"because|from|for|with|without|despite|following|over|under|through|between|to|of|"
    r"meanwhile|but|and|so|yet|or|q|a)\b",
    re.IGNORECASE,
)
# The aside's first word: a preposition or a participle dates the main verb or names a
# happening; a particle of absence ("off sick", "out of school") describes a state.
_PREPOSITION = frozenset(
    "in on at by during after before since until till from for with without despite "
    "following over under through between to of into onto upon around near via per "
    "as like than about across against along amid among behind beside beyond "
    "thanks due according".split()  # "thanks to", "due to", "according to"
)
_STATE_PARTICLES = frozenset(("off", "out"))
# A noun phrase set off by commas that names the subject again ("The last such outbreak,
# a "Hong Kong" flu pandemic in 1968, killed ...", "The worst, Spanish flu in 1918,
# killed"): when the subject is a happening its date is the verb's; only an aside that
# opens with no determiner and no name and holds no noun of a happening counts.
_DETERMINERS = frozenset("a an the its his her their this that these those our my your".split())
_EVENTS = HAPPENED | words("event_heads")
# A conjunction opens a coordinated clause ("BP stopped pumping, but resumed later
# Thursday, said Suttles"), not an aside.
_CONJUNCTIONS = frozenset("and but or yet so then nor".split())
_ADVERBS = frozenset("still already also now first then again only just all both".split())
# The words of a date and its modifiers: an aside of only these is the main verb's time.
_DATE_WORDS = frozenset(
    "early late mid last this next earlier later the of on in at during since until "
    "and or morning afternoon evening night".split()
)
# The verb after the aside: an auxiliary, a modal, a reporting verb or a past form.
_VERB_AFTER = re.compile(
    r"^\s*(?:(?:now|also|still|already|then|later|have|has|had|not|\w+ly)\s+)*"
    r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|"
    r"said|says|told|tells|(?-i:[a-z]+ed))\b",
    re.IGNORECASE,
)
# A past verb in the words before the aside: they are a clause, not a subject ("This
# forum occurred as part of ..."); "The wrecked rig" is a subject (a noun follows).
_PAST_VERB = re.compile(
    r"\b(?-i:[a-z]{3,}ed)\s+(?:as|by|to|in|on|at|the|a|an|that|with|for|from|its|their|his|her|it|them)\b"
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_PARTICIPLES = IRREGULAR_PAST_FORMS | frozenset(
    "taken given chosen written seen known shown born driven broken stolen beaten hidden "
    "spoken forgotten done gone begun run hit hurt cut put set shut".split()
)
_NOT_PARTICIPLES = frozenset("hundred sacred naked wicked kindred rugged ragged crooked".split())


def _participle(word: str) -> bool:
    """A past participle ("hospitalised", "taken"): the aside names a happening."""
    return word in _PARTICIPLES or (word.endswith("ed") and len(word) > 4 and word not in _NOT_PARTICIPLES)


def aside_date(sentence: str, when: PartialDate, start: int) -> bool:
    """A date inside a verbless phrase between commas, after the sentence's subject and
    before its verb: the phrase's date, not the happening's (see the module)."""
    if start < 0:
        return False
    end = start + len(when.expression)
    opening = sentence.rfind(",", 0, start)
    closing = sentence.find(",", end)
    if opening <= 0 or closing < 0:
        return False
    subject, aside = sentence[:opening], sentence[opening + 1 : closing]
    if "," in subject or _NOT_A_SUBJECT.match(subject) or _FINITE.search(subject) or _PAST_VERB.search(subject):
        return False
    words = _WORD.findall(aside)
    if not words or len(aside.split()) > ASIDE_WORDS or _FINITE.search(aside):
        return False
    if not _VERB_AFTER.match(sentence[closing + 1 :]):
        return False
    return _describes(aside, words, when.expression)


def _describes(aside: str, words: list[str], expression: str) -> bool:
    """An aside that describes a noun: its first word (after an adverb) is no
    preposition and no participle, or a particle of absence ("off sick"), and it holds a
    word besides the date's."""
    first = next((w for w in words if w.lower() not in _ADVERBS), "")
    head = first.lower()
    if head in _PREPOSITION or head in _CONJUNCTIONS or head.endswith("ing") or _participle(head):
        return False
    if head in _DETERMINERS or first[:1].isupper() or any(w.lower() in _EVENTS for w in words):
        return False  # "The worst, Spanish flu in 1918, killed ...": the subject's own time
    rest = aside.replace(expression, " ")
    own = [w.lower() for w in _WORD.findall(rest) if w.lower() not in _DATE_WORDS]
    if head in _STATE_PARTICLES:
        return len(own) >= 2
    return bool(own)
