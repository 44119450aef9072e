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
        + _AFTER.format(date=date),
        re.IGNORECASE,
    )


def unnamed_deed(text: str, start: int, end: int) -> bool:
    """Is the sentence only a deed named by a word that points back, and its date
    (`text[start:end]`), as "He'll do that next week too."?"""
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
