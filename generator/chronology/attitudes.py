"""Whose date is it: an attitude or a clause that puts a date out of what happened, read
by the forecast and condition rules of not_a_happening (happenings.py).

- an intention, a wish or a commitment governs the verb after it ("the school hoped to
  open again next week", "their commitment to hire 1,000 apprentices in 2022"):
  lexicon/intentions.txt;
- a belief, a doubt or a fear governs the clause after it when that clause has a future
  or a modal ("officials doubted it would be calm enough on Friday"):
  lexicon/beliefs.txt;
- the clause that governs a date reaches over an apposition ("if it returns earlier in
  the year, in September, say"), over a parenthetical condition ("would, if finalized,
  require chargers ... starting in January 2023") and over a clause of time whose
  present tense speaks of the future ("complete the drilling before the storms arrive
  in August");
- a hedge right after a date that opens its clause, its subject between ("in his address
  this evening President Obama is expected to announce", "the parallels with 1918 ...
  may be unavoidable").
"""

from __future__ import annotations

import re

from ..lexicon import words
from .clauses import NAMES_A_HAPPENING, clause
from .dates import PartialDate
from .tense import HAPPENED
from .years import MONTHS


def _alternatives(entries: frozenset[str]) -> str:
    return "|".join(re.escape(e) for e in sorted(entries, key=len, reverse=True))


# An intention and its verb ("hoped to open", "commitment to hire"), not "to" before a
# noun phrase ("committed to the goal", "commitment to Japan's defense") nor before the
# speaker's own talk ("I wanted to note that today ...": lexicon/talk_verbs.txt).
_INTENTION = re.compile(
    rf"\b(?P<word>{_alternatives(words('intentions'))})\s+to\s+"
    r"(?!(?:date|the|a|an|this|that|these|those|its|their|his|her|our|my|your|me|us|them|you|him|it)\b)"
    rf"(?!(?:(?:just|also|briefly|quickly|again|first|really)\s+)?(?:{_alternatives(words('talk_verbs'))})\b)"
    r"(?-i:[a-z])",
    re.IGNORECASE,
)
# A belief and the clause it governs, with a future or a modal before the date, a
# subject between ("doubted it would", not "hopes will have been raised"); without
# "that", no comma between (a comma ends the belief's clause: "BP, which expected losses,
# will report on Tuesday"). "Project", "estimate", "forecast" are nouns as often: only
# with "that" ("had projected that", "estimates that").
_MODAL = r"\b(?:would|will|could|might|won't|wouldn't|'d|'ll)\b(?! have\b)"
_BELIEF = re.compile(
    rf"\b(?:(?:{_alternatives(words('beliefs'))})(?:\s+that\b[^.;:()]{{0,80}}?|\s+[^\s.;:,()][^.;:,()]{{0,60}}?)"
    rf"|(?:predict|project|forecast|anticipat|estimat|expect)\w*\s+that\b[^.;:()]{{0,80}}?)"
    rf"{_MODAL}[^.;:,()]{{0,60}}$",
    re.IGNORECASE,
)
# A past date is the intention's own ("pledged to act last week" may date the pledge).
_PAST_DATE = re.compile(r"\b(?:last|ago|yesterday|earlier|previous)\b", re.IGNORECASE)
# A date ahead by its words ("next week", "tomorrow"), or after the publication.
_AHEAD = re.compile(r"\b(?:next|tomorrow|coming|upcoming|later)\b", re.IGNORECASE)
# An intention in the past tense that was not overtaken ("wanted", not "had wanted").
_PAST_INTENTION = re.compile(r"(?<!had )\b(?:\w+ed|sought)$", re.IGNORECASE)


def intention(before: str) -> re.Match[str] | None:
    """The last intention in the words before a date in its clause ("hoped to open
    again"), or None."""
    found = list(_INTENTION.finditer(before))
    return found[-1] if found else None


def intended(sentence: str, when: PartialDate, start: int, found: re.Match[str]) -> bool:
    """Whether the intention found governs the date: not a past one ("pledged to act
    last week" may date the pledge), not one followed by a happening's noun ("promised
    to act before the 2008 election" dates the election); after an intention in the
    past tense, only a date ahead ("the school hoped to open again next week"): "the
    President wanted to go down there today" went."""
    if _PAST_DATE.search(when.expression) or NAMES_A_HAPPENING.match(
        sentence[start + len(when.expression) :]
    ):
        return False
    past = _PAST_INTENTION.search(sentence[: found.start("word")] + found.group("word"))
    return not past or when.future or bool(_AHEAD.search(when.expression))


def believed(before: str) -> bool:
    """A belief, doubt or fear whose clause holds a future or a modal before the date
    ("they doubted it would be calm enough on", "had predicted that the UK variant would
    be dominant in")."""
    return bool(_BELIEF.search(before))


# A clause of time in the present tense, about the future ("before the serious storms
# arrive in August", "until the relief well is finished in August", "once the cap is in
# place next week"): no past form in it, nor a participle ("before imposing the
# moratorium in May" tells what was done).
_TIME_CLAUSE = re.compile(r"(?:before|until|once|as soon as|by the time)\s*$", re.IGNORECASE)
_PAST = re.compile(
    r"\b(?:[a-z]{2,}ed|was|were|had|did|said|began|came|went|struck|took|made|held|ago|last|"
    r"yesterday)\b",
    re.IGNORECASE,
)
# An apposition: a date that restates the date before it ("earlier in the year, in
# September", "does not change on October — on August 31st"), alone after a comma or a
# dash.
_APPOSITION = re.compile(
    r"\b(?:year|month|week|weekend|day|today|tonight|tomorrow|morning|afternoon|evening|night|"
    r"spring|summer|fall|autumn|winter|\w+day|" + "|".join(MONTHS) + r"|\d+)(?:,|\s*[—–]|\s-)\s*$",
    re.IGNORECASE,
)
# An interrupted verb phrase: a modal or "to" before a parenthetical condition.
_INTERRUPTED = re.compile(
    r"\b(?:would|will|could|might|may|should|must|to),\s*(?:if|unless)\b[^,;:]{1,40},\s*$", re.I
)


def governing(sentence: str, start: int, length: int) -> str:
    """The words that govern a date: its clause up to it (clauses.clause), with the
    clause before when the date's clause goes on from it: an apposition ("earlier in
    the year, in September"), the rest of a clause a condition interrupts ("would, if
    finalized, require ... starting in"), or a clause of time in the present tense
    ("complete the drilling before the storms arrive in August")."""
    before = clause(sentence, start, length, after=False)
    begin = max(start, 0) - len(before)
    head = sentence[:begin]
    own = before.strip()
    alone = not own and not re.search(
        r"\w", clause(sentence, start, length)[len(before) + length :]
    )
    joins = (
        (alone and _APPOSITION.search(head))
        or _INTERRUPTED.search(head)
        or (
            _TIME_CLAUSE.search(head)
            and not _PAST.search(before)
            and not re.match(r"\s*\w+ing\b", before)  # "before imposing the moratorium in May"
            and not any(w.lower() in HAPPENED for w in re.findall(r"[A-Za-z]+", before))
        )
    )
    if not joins or begin <= 0:
        return before
    mark = (
        _INTERRUPTED.search(head)
        or _TIME_CLAUSE.search(head)
        or re.search(r"(?:,|[—–]|\s-)\s*$", head)
    )
    assert mark is not None
    previous = clause(sentence, mark.start(), 0, after=False)
    return previous + sentence[mark.start() : begin] + before


# A hedge after a date that opens its clause, its subject between ("in his address this
# evening President Obama is expected to announce", "the parallels with 1918 the last
# great pandemic may be unavoidable"), no verb nor clause word between, or an expectation
# its subject holds in the present ("In the fall of 2022, HHS expects to award", "Next
# week, we expect to receive": the date is the expected act's); not a perfect
# ("may have been"), which looks back, nor a judgement of the day ("Sunday 18 July may be
# seen as the day the cry went up").
_BETWEEN = (
    r"(?!(?:is|are|was|were|has|have|had|will|would|did|does|do|said|says|and|or|but|what|which|who|that|"
    r"when|where|whether|if|how|why|it|he|she|they|we|i|you)\b)"
)
_HEDGE_AFTER = re.compile(
    rf"^(?P<subject>(?:[\s,]+{_BETWEEN}[\w'.-]+){{0,6}}?)\s+"
    r"(?:(?:is|are|was|were) (?:widely |still |now |also )?(?:expected|likely|unlikely|projected|"
    r"predicted|poised) to|(?-i:may|might|could)(?! (?:have|not have|well have|be (?:seen|remembered|"
    r"regarded|considered|known|recorded) as)\b)|(?:would|will) (?:likely|probably)|"
    r"(?:expects?|anticipates?|projects?|predicts?) to)\b",
    re.IGNORECASE,
)
# (the expectation's subject a pronoun: "Next week, we expect to receive")
_PRONOUN_EXPECTS = re.compile(
    r"^[\s,]+(?-i:we|they|I|he|she|it)\s+(?:expects?|anticipates?|projects?|predicts?) to\b",
    re.IGNORECASE,
)
# A verb before the date in its clause: the date is that verb's ("told Reuters on Sunday
# the company was unlikely to").
_VERB_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|did|does|said|says|told|took|gave|made|"
    r"held|met|began|found|struck|came|went|saw|got|led|sent|wrote|spoke|brought|ran|won|lost|"
    r"left|(?-i:[a-z]{3,}ed))\b",
    re.IGNORECASE,
)


def hedged_after(sentence: str, expression: str, start: int) -> bool:
    """A date in the opening of its clause, no verb before it, followed by its
    subject and a hedge: the date is the hedged verb's ("in his address this evening
    Obama is expected to announce"); not the date of a happening's noun ("the
    explosion two weeks ago could cost $14 billion"), nor a past one."""
    if _PAST_DATE.search(expression):
        return False
    before = clause(sentence, start, len(expression), after=False)
    if _VERB_BEFORE.search(before):
        return False
    previous = re.findall(r"[A-Za-z]+", before)[-1:]
    if previous and previous[0].lower() in HAPPENED:
        return False  # "the explosion two weeks ago could cost": the explosion's date
    end = start + len(expression)
    rest = clause(sentence, start, len(expression))
    tail = rest[rest.find(expression) + len(expression) :] if expression in rest else sentence[end:]
    if not tail.strip() and sentence[end:].startswith(","):
        tail = sentence[end:]  # "In September, HHS expects to": an opening date's comma
    if _PRONOUN_EXPECTS.match(tail):
        return True
    hedge = _HEDGE_AFTER.match(tail)
    if hedge is None:
        return False
    subject = hedge.group("subject")
    if re.match(r"\s+(?-i:[a-z])", subject) and NAMES_A_HAPPENING.match(subject):
        return False  # "Obama's late March decision ... could be altered": the decision's date
    return not _VERB_BEFORE.search(subject)
