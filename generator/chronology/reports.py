"""Whether two dated sentences of different documents may be one report of a happening:
the vetoes events._merge asks before their words' overlap counts (MERGE_RULES).

    told another day   A sentence that dates something by its own document's day
                       ("Today, the President declared ... the storms from December 31,
                       2021"; "spoke this morning with the Governor ... an Emergency
                       Declaration last night") tells that day's happening; its other
                       dates are references inside it. Its words tell the other day's
                       happening, so their overlap with a sentence dated by its own day
                       (told of that day alone: "Yesterday, ... declared ... Colorado")
                       says nothing: the two are kept apart, unless the text says
                       which happening the date refers to, the date naming it ("This
                       meeting, which followed their May 18 phone call"). Two
                       sentences both told of other days (one fact sheet published
                       twice) may still be one report.
    other names        Template sentences (boilerplate written again for each
                       occasion: "Today, ... declared that a major disaster exists in
                       the State of Colorado" / "... of Kentucky") alike but for the
                       names in one place: the names tell the happenings apart. Only
                       names that take each other's place count: a report that names a
                       place or a person the other leaves out (two outlets telling one
                       meeting, one with its city) is no template of another occasion.
    other ordinals     Template sentences alike but for an ordinal in one place ("his
                       thirteenth round of nominees" / "his sixteenth round"): the
                       ordinal counts the occasions, so each sentence tells another.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Protocol

from .clauses import NAMES_A_HAPPENING, clause
from .deeds import OCCASIONS
from .years import MONTHS, WEEKDAYS

# An expression that dates a happening by the day its own document was told on ("today",
# "earlier today", "late last night", "yesterday afternoon"); not a count from it
# ("three weeks from today").
OWN_DAY = re.compile(
    r"(?:(?:on|so|just|earlier|later|early|late)\s+)?"
    r"(?:today|tonight|yesterday|last\s+night|this\s+(?:morning|afternoon|evening))"
    r"(?:\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)
# Two sentences whose words (in order) agree this much are one template written twice
# (difflib's ratio: twice the matched words over all words). On whitehouse-2022, 0.7
# missed readouts of two calls ("spoke today with Prime Minister Giorgia Meloni of Italy"
# / "... Rishi Sunak of the United Kingdom"), 0.5 split one happening told by a plan
# and by its readout ("will travel to Brasilia on Monday" / "traveled to Brasilia").
TEMPLATE_RATIO = 0.6
# A name's place in a template holds a name and its title at most ("Governor Ron DeSantis
# of Florida", "Saudi Vice Minister of Defense Khalid bin Salman"): a longer difference
# is other words, not other names (two sentences run into the next line).
SLOT_WORDS = 8
_TOKEN = re.compile(r"[^\W_][\w'’.-]*")
# A template's words, the other's, and the (i1, i2, j1, j2) slots where they differ.
_Template = tuple[list[str], list[str], tuple[tuple[int, int, int, int], ...]]
# An ordinal, in words or in figures ("first", "thirteenth", "twenty-first", "21st").
_ORDINAL = re.compile(
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|\w+teenth|\w+tieth|\d+(?:st|nd|rd|th)",
    re.IGNORECASE,
)
# Capitalised words that are no names: dates, and what opens a clause.
_NOT_NAMES = frozenset(
    [
        *MONTHS,
        *WEEKDAYS,
        *"the a an this that these those today tonight yesterday i we he she they it and but".split(),
    ]
)


class Report(Protocol):
    """A dated sentence as the merge sees it (events._Candidate)."""

    @property
    def text(self) -> str: ...

    @property
    def told(self) -> frozenset[str]: ...

    @property
    def date(self) -> str: ...

    @property
    def entities(self) -> tuple[str, ...]: ...


def own_days(expressions: Iterable[tuple[str, str]]) -> frozenset[str]:
    """The days that (expression, ISO date) pairs of a cited text date by its own
    document's day ("today", "last night")."""
    return frozenset(d for e, d in expressions if OWN_DAY.fullmatch(e.strip(" ,")))


# How many words before a date the noun of the happening it dates may stand, in its
# clause ("conversation with Israeli Prime Minister Bennett on April 24").
OCCASION_WORDS_BEFORE = 8
_WORDS = re.compile(r"[A-Za-z]+")


def names_its_happening(sentence: str, start: int, end: int) -> bool:
    """Does the text say which happening the date at sentence[start:end] dates: a noun
    of an occasion right after it ("their May 18 phone call") or just before it in its
    clause ("President Biden's conversation with Prime Minister Bennett on April 24", "an
    accident ... for 10 hours on Wednesday")?"""
    if NAMES_A_HAPPENING.match(sentence[end:]):
        return True
    before = _WORDS.findall(clause(sentence, start, end - start, after=False))
    return any(w.lower() in OCCASIONS for w in before[-OCCASION_WORDS_BEFORE:])


def told_another_day(a: Report, b: Report) -> bool:
    """One of the two is dated by its own document's day alone, the other tells
    a happening of another day of its own (see the module docstring)."""
    return (_of_its_day(a) and _of_another_day(b)) or (_of_its_day(b) and _of_another_day(a))


def _of_its_day(report: Report) -> bool:
    return report.told == {report.date}


def _of_another_day(report: Report) -> bool:
    return bool(report.told - {report.date})


def other_names(a: Report, b: Report) -> bool:
    """The two are one template with other names in one place, and each names an
    entity the other does not (module docstring): not one name spelt two ways ("La." /
    "Louisiana"), nor a photograph's credit or a wire's time zone."""
    ea, eb = set(a.entities), set(b.entities)
    return bool(ea - eb) and bool(eb - ea) and _names_swapped(a.text, b.text)


@lru_cache(maxsize=1 << 14)
def _template(first: str, second: str) -> _Template | None:
    """The two sentences' words and the slots where they differ (difflib's opcodes),
    when their words agree as much as one template written twice does; else None."""
    left, right = _TOKEN.findall(first), _TOKEN.findall(second)
    matcher = SequenceMatcher(None, left, right, autojunk=False)
    if matcher.ratio() < TEMPLATE_RATIO:
        return None
    slots = tuple(
        (i1, i2, j1, j2)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag == "replace" and max(i2 - i1, j2 - j1) <= SLOT_WORDS
    )
    return left, right, slots


def _names_swapped(first: str, second: str) -> bool:
    template = _template(first, second)
    if template is None:
        return False
    left, right, slots = template
    everywhere = _names(left, 0, len(left)), _names(right, 0, len(right))
    for i1, i2, j1, j2 in slots:
        # A name in one slot that the other sentence writes nowhere, on both sides.
        if _names(left, i1, i2) - everywhere[1] and _names(right, j1, j2) - everywhere[0]:
            return True
    return False


def other_ordinals(a: Report, b: Report) -> bool:
    """The two are one template with another ordinal in one place ("President Biden's
    thirteenth round of nominees ... his first slate of nominations in 2022" / "...
    sixteenth round ... fourth slate ..."): the ordinals count occasions, so each is
    another one."""
    template = _template(a.text, b.text)
    if template is None:
        return False
    left, right, slots = template
    for i1, i2, j1, j2 in slots:
        ours = {t.lower() for t in left[i1:i2] if _ORDINAL.fullmatch(t)}
        theirs = {t.lower() for t in right[j1:j2] if _ORDINAL.fullmatch(t)}
        if ours and theirs and ours != theirs:
            return True
    return False


def _names(tokens: list[str], start: int, end: int) -> frozenset[str]:
    """The capitalised words of tokens[start:end] that may be names: not the sentence's
    first word, not a date's."""
    words = (
        t.rstrip(".").casefold()
        for i, t in enumerate(tokens[start:end], start)
        if i > 0 and t[:1].isupper()
    )
    return frozenset(w for w in words if w not in _NOT_NAMES)


# The vetoes, in order, each with its name (bench/merges.py counts what each splits).
MERGE_RULES: tuple[tuple[str, Callable[[Report, Report], bool]], ...] = (
    ("told another day", told_another_day),
    ("other names", other_names),
    ("other ordinals", other_ordinals),
)


def kept_apart(a: Report, b: Report) -> str | None:
    """The name of the first rule that keeps the two apart, or None."""
    return next((name for name, rule in MERGE_RULES if rule(a, b)), None)
