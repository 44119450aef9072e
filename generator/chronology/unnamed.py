"""A deed named only by a word that points back ("He'll do that next week too.", "And you
will see that action on Tuesday.", "We did it again yesterday."): the sentence says when,
and nothing of what. A pronoun looks back, so the sentence is read with the one before
it (events.py), as a sentence whose subject is a pronoun is: "The President will meet
the governors. He'll do that next week." tells the meeting. When the sentence before
names no deed (none before it in its speaker's words; a question; a few words, "But
we'll see."; a state, "Our relationship with Mexico is a priority."), the dated sentence
states no happening: it still refers to its day (a reference, UNNAMED_DEED), no event.

Only a whole sentence that says no more than that: an opening word or two, a subject of
at most SUBJECT_WORDS words, auxiliaries, a verb of doing or seeing ("do", "see",
"take", "make", "hear"), the word that points back, alone or before a noun that does not
say what was done (lexicon/unstated_deeds.txt: "that action", "those steps"), then the
date and an adverb ("too", "again"). "that" as a conjunction ("announced that ...") is
no such object: a verb of saying is not one of those verbs.
"""

from __future__ import annotations

import re

from ..lexicon import words
from ..model import Document, Sentence
from .dates import PartialDate
from .deeds import past_form
from .tense import IRREGULAR_PAST_FORMS

# The reason given for such a sentence (a reference to its day, no event).
UNNAMED_DEED = "unnamed deed"
SUBJECT_WORDS = 4
# A sentence before of fewer words than this names no deed ("But we'll see.").
NAMING_WORDS = 6

_NOUNS = "|".join(re.escape(w) for w in sorted(words("unstated_deeds"), key=len, reverse=True))
_OPENING = r"^[\"“‘']?(?:(?:and|but|so|then|also|now|well|again|yes|look|ok|okay|hence),?\s+)*"
_SUBJECT = rf"(?:[\w'’.-]+\s+){{1,{SUBJECT_WORDS}}}?"
_AUX = (
    r"(?:(?:will|would|can|could|should|must|may|might|shall|do|does|did|is|are|was|were|am|"
    r"be|been|have|has|had|going to|gonna|also|then|again|not|never|just|already|certainly|"
    r"probably|definitely)\s+)*"
)
_VERB = (
    r"(?:['’](?:ll|d|ve|re|s|m)\s+(?:(?:also|then|again|just|already|be|been)\s+)*)?"
    r"(?:do|does|did|doing|done|see|sees|saw|seen|seeing|take|takes|took|taken|taking|make|makes|"
    r"made|making|hear|hears|heard|hearing|get|gets|got|getting|watch|watched|repeat|repeated)"
)
_ANAPHOR = (
    rf"(?:(?:just|exactly|precisely)\s+)?(?:that|this|it|those|these|them|the same)"
    rf"(?:\s+(?:{_NOUNS}))?"
)
_AFTER = (
    r"(?:\s*,?\s*(?:too|again|as well|also|then|here|there|already|{date}))*"
    r"\s*[.!]?[\"”’']?\s*$"
)
# ... or the pointing word first, as what is done ("Hence, that's what he will be doing
# this afternoon.").
_WHAT = r"(?:that|this)(?:['’]s|\s+is)\s+(?:(?:exactly|just|precisely)\s+)?what\s+"
_DOING = r"(?:['’](?:ll|d|ve|re|s|m)\s+(?:(?:be|been)\s+)?)?(?:do|does|did|doing|done)"


# ... or the pointing word as the subject of a verb of happening, alone or identified with
# what happened ("That was what happened in 1957.", "It happened again on Monday.", "This
# took place last week."): the happening is all in what the word points back to.
_HAPPENING = (
    r"(?:that|this|it|these|those)\s+(?:(?:['’]s|is|was|were|are)\s+(?:(?:exactly|just|precisely|also)\s+)?"
    r"(?:what|all that)\s+)?(?:(?:has|had|have|['’]s|['’]d|also|again|just|then|already|will|would)\s+)*"
    r"(?:happened|happens|happen|occurred|occurs|occur|took place|takes place|take place)"
)


def _clause(date: str) -> re.Pattern[str]:
    return re.compile(
        _OPENING
        + rf"(?:{date},?\s+)?"
        + _SUBJECT
        + _AUX
        + _VERB
        + rf"\s+{_ANAPHOR}"
        + _AFTER.format(date=date)
        + "|"
        + _OPENING
        + rf"(?:{date},?\s+)?"
        + _WHAT
        + _SUBJECT
        + _AUX
        + _DOING
        + _AFTER.format(date=date)
        + "|"
        + _OPENING
        + rf"(?:{date},?\s+)?"
        + _HAPPENING
        + _AFTER.format(date=date),
        re.IGNORECASE,
    )


def unnamed_deed(text: str, start: int, end: int) -> bool:
    """Is the sentence only a deed named by a word that points back, and its date
    (`text[start:end]`), as "He'll do that next week too." or "That was what happened
    in 1957."?"""
    if start < 0 or end > len(text):
        return False
    marked = f"{text[:start]}\x00{text[end:]}"
    return bool(_clause("\x00").match(marked.strip()))


# A state: the first verb among the sentence's first FIRST_WORDS words is one of a state,
# a belief or a feeling (lexicon/stative_verbs.txt: "Our relationship with Mexico is a
# priority.", "The President and his administration firmly believe ..."), no participle
# after it ("is sending", "was signed") and no frame ("That's why we must make a
# commitment ..."); a modal, a past form in -ed or a verb of a deed (lexicon/deed_verbs.txt)
# first is a deed.
FIRST_WORDS = 12
_STATIVE = words("stative_verbs")
_DEEDS = words("deed_verbs")
_MODALS = frozenset("will would can could should must might shall".split())
_FRAMES = frozenset("why how what because where when".split())
_SOFT = frozenset("also now still not just really firmly always never".split())
_CONTRACTIONS = (
    (re.compile(r"\b(it|that|this|there|he|she|what|here)['’]s\b", re.IGNORECASE), r"\1 is"),
    (re.compile(r"['’]re\b"), " are"),
    (re.compile(r"['’]m\b"), " am"),
    (re.compile(r"['’]ll\b"), " will"),
)


# ... unless the state is that of a deed to do, named by its infinitive ("It was important
# to the President to meet with the FEMA Administrator ...": "that's what he will be doing").
_INFINITIVE_DEED = re.compile(
    r"\bto\s+(?:" + "|".join(sorted(_DEEDS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)


def _a_state(text: str) -> bool:
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    found = re.findall(r"[a-z]+", text.lower())[:FIRST_WORDS]
    for i, word in enumerate(found):
        if word in _MODALS or (
            word not in _STATIVE and (word in _DEEDS or word.rstrip("s") in _DEEDS)
        ):
            return False
        if word in _STATIVE:
            following = [w for w in found[i + 1 :] if w not in _SOFT][:1]
            if following and (following[0] in _FRAMES or following[0].endswith(("ing", "ed"))):
                continue
            return True
        if len(word) > 4 and word.endswith("ed"):
            return False
    return False


# Any deed whose object is only a word that points back ("President Barack Obama last
# night used that term.", "He signed it on Monday."): the verb says what was done, the
# pointing word to what (the term, the bill), which the sentence before names. Read with
# that sentence when it names a deed (events.py), alone otherwise: the verb is a deed of
# its own, so the sentence is no reference only. The object a pointing word alone or
# before one noun.
_POINTED_OBJECT = (
    r"(?:it|them|(?:that|this|those|these)(?:\s+(?!(?:is|was|are|were|will|would|has|have|had)\b)[a-z-]+)?)"
)


def _object_clause(date: str) -> re.Pattern[str]:
    return re.compile(
        _OPENING
        + rf"(?:{date},?\s+)?"
        + _SUBJECT
        + rf"(?:{date},?\s+)?"
        + _AUX
        + r"(?!(?:is|are|was|were|be|been|am|has|have|had|do|does|did)\b)[a-z]+(?:\s+(?:up|out|on|off|down|over|back))?"
        + rf"\s+{_POINTED_OBJECT}"
        + _AFTER.format(date=date),
        re.IGNORECASE,
    )


def pointed_object(text: str, start: int, end: int) -> bool:
    """Is the sentence a deed and its date whose object only points back, as "President
    Barack Obama last night used that term."?"""
    if start < 0 or end > len(text):
        return False
    marked = f"{text[:start]}\x00{text[end:]}"
    return bool(_object_clause("\x00").match(marked.strip()))


def names_a_deed(text: str) -> bool:
    """Does a sentence name a deed a later "that" can point back to? Not a question,
    not a few words ("But we'll see."), not a state ("Our relationship with Mexico is a
    priority.", unless it is that of a deed to do: "It was important to the President to
    meet with ...")."""
    stripped = text.strip().rstrip("\"”’' ")
    if stripped.endswith("?") or len(stripped.split()) < NAMING_WORDS:
        return False
    return not _a_state(stripped) or _INFINITIVE_DEED.search(stripped) is not None


def deed_named_before(document: Document, number: int) -> Sentence | None:
    """The sentence before sentence `number`, no title and in the same speaker's turn
    (in a speech, the pointing word often opens a paragraph: "That's why we must make a
    commitment to the Gulf Coast ... ¶ I make that commitment tonight."), when it names
    a deed; None otherwise."""
    if number < 2 or document.is_title(number - 1):
        return None
    before = document.sentences[number - 2]
    if document.speaker(number - 1) != document.speaker(number):
        return None  # another speaker's words
    return before if names_a_deed(before.text) else None


# News the speaker received, named before it is told ("Today, we received further
# evidence that our jobs recovery is one of the strongest ever.", "Today we received more
# data that ... America is on the move.", "But today we got further evidence that our
# economic recovery is continuing to power forward."): what was received (the jobless
# claims, the jobs report) is in the next sentence of the paragraph, which the chronology
# reads with it as a list's lead-in with its first item. The speaker's own receipt, in a
# sentence of at most NEWS_WORDS words with no figure and no colon (one that says what it
# received, "Today, we received news confirming ...: GDP increased 7 percent", stays as it
# is); news others received is told with its source ("BP also received good news from
# Fitch").
NEWS_WORDS = 25
_NEWS_LEAD_IN = re.compile(
    r"\b(?:we|i)\s+(?:(?:have|['’]ve)\s+)?(?:(?:also|just|now|again)\s+)?"
    r"(?:received|got|gotten)\s+"
    r"(?:(?:more|further|new|additional|fresh|another|some|yet|even|the|latest|clear|strong|"
    r"good|great|encouraging|welcome|important|positive|powerful|piece|of)\s+)*"
    r"(?:evidence|news|data|proof|signs?|confirmation|indications?)\b",
    re.IGNORECASE,
)


def news_lead_in(text: str) -> bool:
    """Does the sentence name news the speaker received and leave it to the next
    sentence ("Today, we received further evidence that our jobs recovery is one of
    the strongest ever.")?"""
    return (
        len(text.split()) <= NEWS_WORDS
        and ":" not in text
        and not re.search(r"\d", text)
        and bool(_NEWS_LEAD_IN.search(text))
    )


def news_told(document: Document, number: int) -> Sentence | None:
    """The next sentence of its paragraph, which tells the news sentence `number`
    received; None when it is no such sentence or its paragraph ends."""
    sentence = document.sentences[number - 1]
    if not news_lead_in(sentence.text) or number >= len(document.sentences):
        return None
    following = document.sentences[number]
    return following if following.paragraph == sentence.paragraph else None


# A deed named by its day and a noun that does not say what was done, in a phrase that
# opens the sentence ("In light of today's action, the Biden Administration will also
# consult with Congress", "With today's announcement, states can now access information
# about their allocated funding", "After today's historic vote, Russia will not be able
# to participate"): the possessive points back, as "that action" does, to a deed told
# elsewhere in the document (its lead or title, with its day); the sentence's own clause
# is what follows from it (a plan, a state, a consequence), not of that day. A reference
# to the day, no event (UNNAMED_DEED). The phrase is one of consequence or means (not "As
# part of today's announcement, EOC members have committed ...": what the announcement
# holds), set off by a comma, no verb in it; a main clause in the simple past tells what
# happened after it ("After today's vote, the Senate adjourned") and stays.
_CONSEQUENCE = (
    r"(?:with|in light of|after|following|because of|thanks to|as a result of|in response to|given|"
    r"in the wake of|through|building on|beyond|on top of)"
)
_POINTED = re.compile(
    rf"^[\"“‘']?(?:(?:and|but|so|now|finally|also|today),?\s+)*{_CONSEQUENCE}\s+(?:the\s+)?\x00['’]s\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_NOUNS})\b(?P<rest>[^,;:.!?]*),\s*(?P<main>.+)$",
    re.IGNORECASE,
)
# (the words that may follow the noun before the comma: another noun phrase it is joined
# to, "today's announcements and the anticipated increase in vaccine supply", no verb)
_JOINED = re.compile(r"^\s*(?:and\s+(?:the\s+)?(?:[\w-]+\s+){0,8}?[\w-]+)?\s*$", re.IGNORECASE)
# (a perfect or a future perfect: a state now, "has nearly exhausted funding"; the
# simple past is a happening)
_PERFECT = re.compile(r"\b(?:has|have|had|'s|'ve)\s+(?:(?:\w+ly|also|now|already|just|not)\s+)*$", re.IGNORECASE)


def pointed_deed(sentence: str, when: PartialDate, start: int) -> bool:
    """A deed named only by its day's possessive and a noun that does not say what was
    done, in an opening phrase of consequence ("In light of today's action, the Biden
    Administration will also consult with Congress ..."), before a main clause that is
    not in the simple past: the clause is what follows from the deed, not a happening
    of its day."""
    end = start + len(when.expression)
    if start < 0 or not sentence[end:].startswith(("'s", "’s")):
        return False
    if when.expression.lower().startswith("of "):
        start += 3  # "In light of today's": the expression holds the preposition's "of"
    marked = f"{sentence[:start]}\x00{sentence[end:]}"
    found = _POINTED.match(marked.strip())
    if found is None or not _JOINED.match(found.group("rest")):
        return False
    main = found.group("main")
    past = past_form(main)
    if past is None:
        return True
    at = main.find(past)
    return at >= 0 and bool(_PERFECT.search(main[:at].replace("’", "'")))


# A thing named only by a pronoun as the subject, the pronoun alone before its verb ("It was
# finally mothballed by Mikhail Gorbachev in 1989.", "That was more than 40 years ago",
# "This comes on top of the news that ..."): what happened is named only by it, and the
# pronoun looks back across a paragraph's break as within one (in news a paragraph is
# often one sentence), in the same speaker's words (events._subject_named_before). A
# person's pronoun ("He said 160 passengers ... were screened") leaves the actor unnamed
# but states the happening, and stays in its paragraph; "This Executive Order" names its
# thing; a present "is" describes ("This is President Biden's twenty-first round of
# nominees"), its complement says what.
_IRREGULAR = "|".join(sorted(IRREGULAR_PAST_FORMS, key=len, reverse=True))
_THING_SUBJECT = re.compile(
    r"^[\"“‘']?(?:(?:and|but|so|then|also|now|still|yet|well|again),?\s+)*(?:it|this|that|these|those)"
    r"(?:['’](?:ll|d)\b|\s+(?:\w+ly\s+)?(?:was|were|has|had|have|will|would|could|can|may|might|"
    rf"should|must|did|does|do|comes|came|happens|happened|means|meant|marks|marked|follows|followed|"
    rf"(?-i:[a-z]+ed)|{_IRREGULAR})\b)",
    re.IGNORECASE,
)


# ... not an "it" that stands for a clause after it ("It has emerged that ...", "It became
# clear today", "It is understood the company ...", "It was into this cauldron ... that
# Obama jumped"): it points forward, to what the sentence itself says.
_EXTRAPOSED = re.compile(
    r"^\W*(?:\w+,?\s+)?it(?:['’]s|\s+(?:has\s+|had\s+)?(?:is|was|emerged|emerges|became|becomes|seems|seemed|"
    r"appears|appeared))\b[^,.;:]{0,40}?\b(?:that|clear|understood|likely|unlikely|unclear|possible)\b",
    re.IGNORECASE,
)


def thing_subject(text: str) -> bool:
    """Does the sentence name its subject, a thing or a happening, only by a pronoun
    before its verb ("It was finally mothballed by Mikhail Gorbachev in 1989.")?"""
    return bool(_THING_SUBJECT.match(text)) and not _EXTRAPOSED.match(text)
