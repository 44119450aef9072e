"""What is so nowadays: the rule of not_a_happening (happenings.py) that finds "today"
meaning the present age, not the day ("We sent divers down and today they have robots",
"Today, a small number of platforms use their power to ...", "Today, we know cancer as a
disease ..."): "today" opens its clause and the clause's verb is a present simple of
possession, use, need or knowledge (lexicon/nowadays_verbs.txt) with no verb that
happens in the clause. Such a present tells how things stand in our time; a day's
happening is told with a deed ("Today, the President signs ...", holding.goes_on and
deeds.py keep those) or a perfect ("Today we have announced ...").
"""

from __future__ import annotations

import re

from ..lexicon import words
from .dates import PartialDate
from .deeds import deed_evidence

NOWADAYS = words("nowadays_verbs")
# "today" opens its clause: the sentence (after a speaker's mark, "and", "but" ...), a
# clause after a mark or a conjunction ("We sent divers down and today they have robots"),
# or a paragraph after its bold heading ("**Raising the threshold.** Today, products
# qualify ...").
_CLAUSE_OPENS = re.compile(
    r"(?:^|[,;:—–]\s*|[.!?](?=\W*$)|\b(?i:and|but|yet|while|whereas|so|now)\s+)(?:Q\s+|[A-Z. ]+:\s+)?\W*$"
)
# At most two asides after "today", each a linking adverb or a phrase opening with a
# preposition ("Today, however, ...", "Today, in America, ..."); a subject is no aside.
_ASIDES = re.compile(
    r"^\s*,?\s*(?:(?:however|though|instead|indeed|still|meanwhile|moreover|in fact|"
    r"(?:in|at|across|around|throughout|on|for|as|like|unlike)\b[^,.;:]{0,80}),\s*){0,2}",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# (the subject: at most SUBJECT_WORDS words, no verb that happens, no modal)
SUBJECT_WORDS = 8
# (a subject opens with no preposition and holds no mark: "today by the Centers for
# Disease Control, the vaccine has been authorized" has none before "has")
_NOT_SUBJECT = re.compile(r"^\W*(?:by|in|on|at|for|with|from|of|to|after|before|under|through)\b|[,;:—–()]", re.I)
# A speaker's filler ("And so today, you know, not only is it historic"): no verb of
# knowledge.
_FILLER = re.compile(r"^\W*(?:you|i)\W*$", re.I)
_MODAL = re.compile(r"\b(?:will|would|shall|can|could|may|might|must|should|to|let|going)\b|['’](?:ll|d)\b", re.I)
# "have" or "has" before a participle is a perfect ("Today we have announced"), before
# "to" an obligation, not a possession.
_PERFECT_NEXT = re.compile(r"^\s+(?:\w+ly\s+)?(?:(?-i:[a-z]+(?:ed|en))|been|got|had|done|made|put|set|sent|brought|taken|"
                           r"given|won|lost|held|met|led|begun|seen|heard|told|said|paid|spent|struck|to)\b", re.I)
# The clause ends at a mark or a clause of its own.
_CLAUSE_END = re.compile(r"[,;:—–()]|\s-\s|\s(?:as|while|because|since|after|when|where|but|and)\s", re.IGNORECASE)


def _verb(clause: str) -> re.Match[str] | None:
    """The clause's first verb of NOWADAYS after a subject of at most SUBJECT_WORDS words
    with no verb that happens and no modal, or None."""
    for count, found in enumerate(_WORD.finditer(clause)):
        if count > SUBJECT_WORDS:
            return None
        word = found.group().lower()
        if word in NOWADAYS:
            subject = clause[: found.start()]
            if not subject.strip() or _NOT_SUBJECT.search(subject) or _MODAL.search(subject):
                return None
            if word == "know" and _FILLER.match(subject) and re.match(r"\s*[,—–]", clause[found.end() :]):
                return None  # "you know," a filler
            return found if deed_evidence(subject, day=False) is None else None
    return None


def nowadays_present(sentence: str, when: PartialDate, start: int) -> bool:
    """ "today" opening its clause, then a subject and a present simple of lexicon/
    nowadays_verbs with no verb that happens after it in the clause ("today they have
    robots", "Today, a small number of platforms use their power to ..."): how things
    are in our time, no happening of the day. A perfect ("Today we have announced") or
    an obligation ("has to") is no possession."""
    if when.expression.lower() != "today" or not _CLAUSE_OPENS.search(sentence[: max(start, 0)]):
        return False
    after = sentence[start + len(when.expression) :]
    if re.match(r"['’]s\b", after):
        return False
    after = after[_ASIDES.match(after).end() :]  # type: ignore[union-attr]
    verb = _verb(after)
    if verb is None:
        return False
    rest = after[verb.end() :]
    if verb.group().lower() in {"have", "has"} and _PERFECT_NEXT.match(rest):
        return False
    found = _CLAUSE_END.search(rest)
    return deed_evidence(rest[: found.start()] if found else rest, day=False) is None
