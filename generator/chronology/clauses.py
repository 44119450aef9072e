"""The clause that holds a date, and whether the words after a date name a happening:
the helpers the rules of not_a_happening (happenings.py, figures.py) read a
sentence with."""

from __future__ import annotations

import re
from functools import lru_cache

# What may open a transcript's sentence before its first word: a quotation mark and a
# speaker's label or the reporter's "Q" ("MS. PSAKI:  And today ..."), as pattern pieces
# for the rules that read a sentence's opening (speech, remarks, transcript, happenings):
# optional (SPEAKER), or there (LABEL).
SPEAKER = r"[\"“‘']?(?-i:(?:Q|[A-Z][A-Z.' -]+:)\s+)?"
LABEL = r"[\"“‘']?(?-i:(?:Q|[A-Z][A-Z.' -]+:))\s+"

# A date followed by a noun names a happening ("since the April 20 rig fire", "this
# year's meeting"): that happening's reference, never a figure's reference point. A
# pronoun is no noun: "Today we're averaging 2.17 million shots per day" opens a clause,
# and so does the subject "there" of a clause of being ("On Friday there were 1,200
# confirmed cases");
# nor is a part of the day ("until 5:00 a.m. tomorrow morning"), nor another date ("rose by
# the most since 2005 this month").
NAMES_A_HAPPENING = re.compile(
    r"^(?:['’]s\b|\s+(?!(?:and|or|but|to|on|in|at|of|for|with|by|we|i|you|he|she|they|it|there|morning|afternoon|evening|night|"
    r"from|as|than|when|while|which|who|that|the|a|an|is|was|were|are|has|have|had|will|"
    r"would|through|until|compared|versus|after|before|amid|despite|following|because|since|during|amid|"
    r"this|last|next|yesterday|today|tomorrow|tonight|earlier|later)\b)[A-Za-z])",
    re.IGNORECASE,
)
_FILLER = re.compile(
    r",\s*(?:you know|I think|I mean|of course|again|sorry|obviously|frankly|basically|"
    r"certainly|I guess|as you know|as expected|as predicted|as planned|as feared|as usual|"
    r"for instance|for example|in fact|by contrast|in contrast|by comparison|in comparison)\s*,"
    # ... or a short aside between dashes ("80 percent of adults — those over 18 — have")
    r"|\s[—–]\s(?:[\w'’.-]+\s){1,4}?[\w'’.-]+\s[—–]\s",
    re.IGNORECASE,
)
_CLAUSE_MARK = re.compile(
    r"[;—–()”]|(?<!\d):(?!\d)|,\s|\s-\s|\b(?:which|who|whom|whose|while|although|but|and then|that|after|"
    r"before|when|since|because|once)\b"
)


# A speaker's repair: a word, a dash and the word again, corrected ("bring many ideas to
# the meeting — meetings later this week"): the phrase goes on after the dash, no clause
# opens there.
_REPAIR = re.compile(r"\b(\w{3,})\s*[—–]\s*(?=\1)", re.IGNORECASE)


def clause(sentence: str, start: int, length: int, *, after: bool = True) -> str:
    """The clause that holds the date, from the mark before it to the mark after it
    (with after=False, to the date): the words that govern the date. A speaker's filler
    between commas ("we should have more, you know, around April") is no mark, nor the
    dash of a speaker's repair ("the meeting — meetings later this week")."""
    sentence = _marks_only(sentence)
    begin = max(
        (
            m.end()
            for m in _CLAUSE_MARK.finditer(sentence, 0, max(start, 0))
            if not governs(sentence, m, start)
        ),
        default=0,
    )
    if not after:
        return sentence[begin : max(start, begin)]
    following = _CLAUSE_MARK.search(sentence, start + length)
    return sentence[begin : following.start() if following else len(sentence)]


@lru_cache(maxsize=256)
def _marks_only(sentence: str) -> str:
    """The sentence with its fillers and a speaker's repairs blanked out (the same
    length): no clause mark is read there. Kept for the last sentences read: every
    rule of not_a_happening asks for the clause of the same sentence's date in turn."""
    sentence = _FILLER.sub(lambda m: " " * len(m.group()), sentence)
    return _REPAIR.sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), sentence)


def governs(sentence: str, mark: re.Match[str], start: int) -> bool:
    """A word that opens a clause but stands right before the date is its preposition
    ("to be on the floor before Memorial Day", "since May"): no mark, the clause goes on
    before it."""
    return mark.group()[:1].isalpha() and not sentence[mark.end() : start].strip()


# What may stand before a date that opens its sentence ("And in 1965, ...", "Q  Today, ...").
_OPENS = re.compile(
    r"\W*(?:(?:and|but|so|now|yet|still|Q)\W+)*(?:(?:in|on|at|by|since|back in|just)\s+)?", re.IGNORECASE
)


def opens(sentence: str, start: int) -> bool:
    """Does the date open its sentence, after at most a conjunction and a preposition?"""
    return bool(_OPENS.fullmatch(sentence[: max(start, 0)]))


def governed(sentence: str, start: int, length: int) -> str:
    """The clause the date governs: a date that opens the sentence ("In 1965, for
    instance, there were 53m US hogs", "Since 2013, she has worked") sets the time of
    the clause after it, set off by a comma; elsewhere, the clause that holds it, the
    date left out."""
    if opens(sentence, start):
        rest = _FILLER.sub(lambda m: " " * len(m.group()), sentence[start + length :])
        return clause(re.sub(r"^\s*,", " ", rest), 0, 0)
    return clause(sentence, start, length).replace(sentence[start : start + length], " ", 1)
