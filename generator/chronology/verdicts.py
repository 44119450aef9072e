"""A verdict on a deed named only by its day: "Today's vote lays bare Putin's isolation",
"Today's executive order shows that the American people have a President who takes swift
action", "The actions taken today by @POTUS are an important step in defending
reproductive health care", "While today's action was an initial step related to booster
shots, it will not distract us ...", "While the news from this week is encouraging, we
have more work to do". The subject is the day's deed, named by a noun that does not say
what was done (lexicon/unstated_deeds.txt: "action", "order", "vote"), by the day's
possessive, a participle and the day, or the day in a phrase after it, with no
complement that would ("Today's decision by the Supreme Court to uphold ..." names it);
the predicate judges it: a copula ("is an important step", "was an initial step"), or a
verb in the present or the perfect ("shows", "lays bare", "has given") that is no verb
of what the deed holds (lexicon/deed_contents.txt: "Today's actions include sweeping
sanctions", "indicates EPA is awarding"). What was done is told elsewhere in the
document; the sentence is a reference to that day
(lists.announcement_comment takes the commonest such verbs, "builds on", "marks"; this
rule is the grammar of the rest). A verb in the simple past narrates ("Tonight's
announcement brought the total number of confirmed cases to 13") and stays; so does
what the deed will do ("will also protect patient privacy", its content), and
someone's saying reported around it ("... marks a critical step," Holder told reporters),
the saying being that day's happening.
"""

from __future__ import annotations

import re

from ..lexicon import words
from .dates import PartialDate

_NOUNS = "|".join(re.escape(w) for w in sorted(words("unstated_deeds"), key=len, reverse=True))
_CONTENTS = words("deed_contents")
# (what may open the sentence before the subject: a list item's bullet or heading, a
# speaker's label and a quotation mark, a conjunction, a concession: "While today's
# action was ...")
_OPENING = (
    r"^[\s•*-]*(?:[^*“\"]{1,120}\*{1,3}:?\s*)?[\"“‘']?\s*"
    r"(?:(?:and|but|so|now|still|yet|while|although|though|whereas|indeed|clearly|again|also),?\s+)*"
)
# (a modifier of the noun, no preposition: "today's historic vote", "today's bipartisan
# action"; a preposition would say what was done)
_MODIFIER = r"(?:(?!(?:of|to|for|on|at|in|from|by|with|and|that|which)\b)[\w-]+\s+)"
# The day's possessive before its noun ("Today's vote", "This week's bipartisan action"),
# or the noun, a participle and the day ("The actions taken today by @POTUS", "The steps
# announced this week").
_POSSESSED = re.compile(
    _OPENING + rf"(?:the\s+)?\x00['’]s\s+{_MODIFIER}{{0,3}}?(?:{_NOUNS})\s+(?P<predicate>.+)$",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(
    _OPENING + rf"(?:the|these|this|those)\s+{_MODIFIER}{{0,2}}?(?:{_NOUNS})\s+"
    r"(?:made|announced|taken|unveiled|launched|released|issued|signed|cast)\s+\x00\s+"
    r"(?:by\s+(?:[\w@.’'-]+\s+){1,4}?(?=(?:\w+ly\s+)*(?-i:is|are|was|were|has|have|[a-z]+s)\b))?"
    r"(?P<predicate>.+)$",
    re.IGNORECASE,
)
# ... or the noun and its day in a phrase after it ("While the news from this week is
# encouraging, we have more work to do").
_OF_DAY = re.compile(
    _OPENING + rf"(?:the|this|that)\s+{_MODIFIER}{{0,2}}?(?:{_NOUNS})\s+(?:from|of)\s+\x00\s+"
    r"(?P<predicate>.+)$",
    re.IGNORECASE,
)
# The predicate's verb group: a copula before no participle ("is an important step",
# "was an initial step"; not "was signed", "is expected") and no word of what is to
# come ("was set to move back to the courts", "is due to"), or a verb in the present or
# the perfect, with an adverb or two before it. Not a verb after a modal: what the deed
# will do is what it holds ("Today's Executive Order will also protect patient privacy",
# "The White House proposal released last week would increase this per barrel fee").
_ADVERBS = r"(?:(?:\w+ly|also|further|again|once again|today|now|not|only)\s+)*"
_COPULA = re.compile(
    rf"^{_ADVERBS}(?:is|are|was|were)\s+{_ADVERBS}(?!\w+(?:ed|en)\b)(?!(?:being|going)\b)(?![\w-]+\s+to\s)\w",
    re.IGNORECASE,
)
_VERB = re.compile(
    rf"^{_ADVERBS}(?:(?P<aux>has|have)\s+{_ADVERBS})?"
    r"(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
# (someone's words reported around it: the saying is the day's happening)
_REPORTED = re.compile(
    r"\b(?:said|says|told|tells|added|stressed|noted|wrote|declared)\b|[”\"],?\s+[A-Z]"
)


def _base(verb: str, aux: str | None) -> str | None:
    """The base form of the predicate's verb: after "has" its participle's stem, alone a
    present in -s; None for anything else (a past, a noun)."""
    verb = verb.lower()
    if aux is None:
        if not verb.endswith("s") or verb.endswith("ss") or verb in {"is", "was", "has", "does"}:
            return None
        return verb[:-2] if verb.endswith(("ches", "shes", "sses", "xes")) else verb[:-1]
    if verb in {"been", "had"}:
        return None
    return verb[:-2] if verb.endswith("ed") else verb


def _contents(base: str) -> bool:
    return base in _CONTENTS or base.rstrip("e") in _CONTENTS or f"{base}e" in _CONTENTS


def day_verdict(sentence: str, when: PartialDate, start: int) -> bool:
    """A verdict on a deed named only by its day and a noun that does not say what was
    done ("Today's vote lays bare Putin's isolation", "The actions taken today by
    @POTUS are an important step"): a reference to the day, no happening."""
    end = start + len(when.expression)
    if start < 0 or _REPORTED.search(sentence):
        return False
    marked = f"{sentence[:start]}\x00{sentence[end:]}".strip()
    if (preposition := when.expression.split()[0].lower()) in {"of", "from"}:
        # "the news from this week": the preposition is the expression's
        marked = f"{sentence[:start]}{preposition} \x00{sentence[end:]}".strip()
        found = _OF_DAY.match(marked)
    elif when.expression.lower().startswith("in "):
        return False  # "In Tuesday's State of the Union message, ...": a time, no subject
    else:
        found = _POSSESSED.match(marked) or _PARTICIPLE.match(marked) or _OF_DAY.match(marked)
    if found is None:
        return False
    predicate = found.group("predicate")
    if _COPULA.match(predicate):
        return True
    verb = _VERB.match(predicate)
    if verb is None:
        return False
    base = _base(verb.group("verb"), verb.group("aux"))
    return base is not None and base not in {"be", "do", "have"} and not _contents(base)
