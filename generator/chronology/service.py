"""What is not a happening, in a service carried on over a period or a residence held:
the rules of not_a_happening (happenings.py) that find the date opens a period over which
a help or a service goes on, told by a perfect ("Since January 2021, the Office has
already helped agencies implement ...", "Since 2014, the Affordable Care Act has helped
provide quality health insurance", "since 1999, he has helped to organize an annual
fishing tournament"), or "today" said of where someone lives ("he joined the Army
Reserve and today resides in Hawaii"). Each rule is a function of (sentence, date, where
the date's expression starts) that returns True when the sentence states no happening on
that date. A date inside a clause of its own after "since" ("Since the Clean Air Act was
passed in 1970, the law has enabled ...") is that clause's happening and stays.
"""

from __future__ import annotations

import re

from ..lexicon import words
from .clauses import NAMES_A_HAPPENING, clause, opens
from .dates import PartialDate

_SERVICE_VERBS = "|".join(sorted(words("service_verbs")))
# A perfect of a verb of help or service ("has already helped", "have provided", "'ve
# supported"): what went on over the period, its start no deed.
_SERVICE_PERFECT = re.compile(
    r"(?:\b(?:has|have|had)|['’]ve)\s+(?:(?:\w+ly|already|also|now|since|together|collectively)\s+){0,2}"
    rf"(?:{_SERVICE_VERBS})\b",
    re.IGNORECASE,
)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)


def service_since(sentence: str, when: PartialDate, start: int) -> bool:
    """The date right after "since", a perfect of help or service in the clause it
    governs ("Since January 2021, the Office has already helped agencies ...",
    "has provided funding since 1999"): a service carried on over the period, not a
    happening on the date. Not a date that names a happening ("since the April 20
    explosion") nor one in a clause of its own ("since it was passed in 1970")."""
    before = sentence[: max(start, 0)]
    if not (re.match(r"since\b", when.expression, re.IGNORECASE) or _SINCE_BEFORE.search(before)):
        return False
    after = sentence[start + len(when.expression) :]
    if NAMES_A_HAPPENING.match(after) or re.match(r"['’]s\b", after):
        return False
    length = len(when.expression)
    opening = r"(?:^|[,;:—–]\s*)\W*(?:(?:and|but|so)\s+)?"
    if opens(sentence, start) or re.search(
        opening + (r"$" if re.match(r"since\b", when.expression, re.I) else r"since\s+$"), before, re.IGNORECASE
    ):
        return _first_verb_serves(re.split(r"[.;:!?]|\s[—–]\s", after, maxsplit=1)[0])
    return bool(_SERVICE_PERFECT.search(clause(sentence, start, length, after=False)))


SERVICE_REACH = 25  # words after the opening date to the perfect
_RELATIVE = re.compile(r"\b(?:that|which|who|when|where|after|before|until)\b", re.IGNORECASE)


def _first_verb_serves(rest: str) -> bool:
    """The clause after an opening "since" date: a perfect of service within
    SERVICE_REACH words, as its main verb (no relative or time clause before it: "Since
    2014, it launched a fund that has helped" tells a launch)."""
    found = _SERVICE_PERFECT.search(rest)
    if not found:
        return False
    ahead = rest[: found.start()]
    return len(ahead.split()) <= SERVICE_REACH and not _RELATIVE.search(ahead)


# A residence held, "today" right before a present tense of living ("today resides in
# Hawaii", "and today lives in Ohio"): where someone lives now, not a happening.
_RESIDES = re.compile(
    r"^,?\s+(?:(?:still|now|\w+ly)\s+)?(?:resides|reside|lives|live|dwells)\s+(?:in|at|on|near|outside|with|abroad)\b",
    re.IGNORECASE,
)


def residence(sentence: str, when: PartialDate, start: int) -> bool:
    """ "today" before a present tense of residing or living ("and today resides in
    Hawaii"): where someone lives, a state."""
    return when.expression.lower() == "today" and bool(_RESIDES.match(sentence[start + len(when.expression) :]))
