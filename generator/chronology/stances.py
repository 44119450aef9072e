"""What is not a happening, in a stance, a term's boundary or a plan that did not hold:
the rules of not_a_happening (happenings.py) that find a date opens a stance held in
the present ("Today, we acknowledge that security will become an ever-more-important
focus", "Today, we reaffirm our commitment to ending hunger"), is a term's boundary on
the calendar ("Today marks the finish line of the Sprint", "This week also marks the
closure of the comment period") or the day of a plan that did not hold ("Today was
supposed to be workers' day", "The film was supposed to open last week but the premiere
was canceled"), or is in what is expected ("we expect that this will be a subject of
conversation ... tomorrow"). Each rule is a function of (sentence, date, where the date's expression
starts) that returns True when the sentence states no happening on that date; states.py
holds the other states (an observance: "Today, we honor ...", a thought held: "today
... we remember that").

A proclamation's act stays a happening ("Today, I call upon all Americans",
"NOW, THEREFORE, I ... do hereby proclaim"): the proclamation is made that day, and
neither verb is a stance.
"""

from __future__ import annotations

import re

from . import recalled
from .clauses import clause
from .dates import PartialDate

# What may stand before a date that opens the sentence ("And today, ..."), after a
# section's bold heading set into its paragraph ("**Closing** Today, ...").
_OPENING = re.compile(r"(?:\*\*[^*\n]{1,60}\*\*)?[\W_]*(?:(?:and|but|so|now|yet)\W+)?", re.IGNORECASE)
# A stance in the present tense, its subject the speaker ("we", "I", "the United States"),
# at most two short asides between the date and the subject ("Today, in the face of a
# worsening climate crisis, we recommit ourselves"): a position held, not a deed done;
# a past form ("Last month, I also reaffirmed our commitment", at a conference) stays.
_STANCE_AFTER = re.compile(
    r"^\s*(?:,\s*(?:[^,.;]{0,120},\s*){0,2})?(?:we|i|the united states)(?: all| also| again| once again| proudly| firmly)? "
    r"(?:acknowledge|reaffirm|reaffirms|recommit|recommits|rededicate|rededicates|affirm|affirms|renews? (?:our|my|its)|"
    r"emphasi[sz]e|underscore|underline|reiterate|"
    r"stand (?:with|by|in solidarity)|stands (?:with|by|in solidarity)|remain committed|remains committed)\b",
    re.IGNORECASE,
)
# A term's boundary marked by the date as its subject ("Today marks the finish line of
# the Sprint", "This week also marks the closure of the extended public comment
# period"): the calendar of a period, not a happening (an opening, a launch is one).
_BOUNDARY_AFTER = re.compile(
    r"^,?\s+(?:also |officially )?(?:marks|marked|will mark) (?:the|its|our) (?:official |formal )?"
    r"(?:end|finish line|close|closure|conclusion|start|beginning|halfway point|midpoint|first day|last day|final day)"
    r" of\b",
    re.IGNORECASE,
)
# A plan that did not hold, in the date's clause ("Today was supposed to be workers'
# day", "Wolverine was supposed to open last week but the premiere was canceled"), or a
# schedule in the past perfect, which tells a plan since overtaken ("the school had been
# due to reopen on Sunday", "It had been scheduled to start late this year").
_SUPPOSED = re.compile(
    r"\b(?:(?:was|were|had been) (?:originally )?(?:supposed|meant) to|"
    r"had been (?:originally )?(?:due|scheduled|set|slated|planned) to)\b",
    re.IGNORECASE,
)
# (a noun of a deed right before the date: the date is that deed's, "His announcement on
# Thursday was meant to amplify ...")
_NOUN_BEFORE = re.compile(
    r"\b(?:announcement|statement|speech|visit|meeting|decision|move|order|letter|call)\s+(?:on\s+)?$", re.IGNORECASE
)


def _opens(sentence: str, start: int) -> bool:
    return bool(_OPENING.fullmatch(sentence[: max(start, 0)]))


def stance(sentence: str, when: PartialDate, start: int) -> bool:
    """A date opening the sentence, a stance held in the present after it ("Today, we
    acknowledge that ...", "And today, we reaffirm our commitment to ..."); not a past
    form, nor a date in a clause of its own ("As this order goes into effect today, we
    reaffirm ...")."""
    return _opens(sentence, start) and bool(_STANCE_AFTER.match(sentence[start + len(when.expression) :]))


def boundary(sentence: str, when: PartialDate, start: int) -> bool:
    """A date opening the sentence as the subject that marks a term's end or start
    ("Today marks the finish line of the Sprint")."""
    return _opens(sentence, start) and bool(_BOUNDARY_AFTER.match(sentence[start + len(when.expression) :]))


def supposed(sentence: str, when: PartialDate, start: int) -> bool:
    """A plan that did not hold, "supposed to" or "meant to" in the past in the date's
    clause, before the date or the date its subject ("Today was supposed to be workers'
    day"); not "His announcement on Thursday was meant to amplify", where the date names
    the announcement (a noun before it). Or the day of a plan the sentence says was put
    off or called off ("the talks that were scheduled to open in Libreville on 10 March
    have been postponed"), or calls the plan's first ("the dialogue, originally planned
    for February 24"); not "the launch, scheduled for Monday, was delayed by two hours",
    which happened."""
    before = sentence[: max(start, 0)]
    if _ORIGINALLY.search(before):
        return True
    after = sentence[start + len(when.expression) :]
    if _PLANNED_BEFORE.search(before) and _PUT_OFF_AFTER.match(after):
        return True
    held = clause(sentence, start, len(when.expression))
    if not _SUPPOSED.search(held):
        return False
    return not _NOUN_BEFORE.search(before)


# A plan's day: "were scheduled to open in Libreville on", "the hearing, set for".
_PLANNED = r"(?:scheduled|planned|set|slated|due)"
_PLANNED_BEFORE = re.compile(
    rf"\b{_PLANNED}\s+(?:for|to\s+\w+)\b[^.;:!?,\d]{{0,60}}?\s(?:on\s+|for\s+|in\s+)?$"
    rf"|\b{_PLANNED}\s+(?:for\s+|on\s+)?$",
    re.IGNORECASE,
)
# ... that the sentence says was put off or called off after it ("... have been
# postponed", ", was called off"); not "delayed" (by two hours: it happened) nor
# "adjourned" (the hearing sat).
_PUT_OFF_AFTER = re.compile(
    r"[^.;!?]{0,80}?\b(?:has|have|had|was|were|is|are|been|be)\s+(?:\w+\s+)?"
    r"(?:postponed|cancell?ed|called off|scrapped|put off|pushed back|rescheduled|moved (?:to|back|forward))\b",
    re.IGNORECASE,
)
# A plan's first day, which a later one replaced: "originally planned for February 24".
_ORIGINALLY = re.compile(
    rf"\b(?:originally|initially)\s+(?:{_PLANNED}|expected)\s+"
    r"(?:for|to\s+\w+|on)\b[^.;:!?,\d]{0,60}?\s?(?:on\s+|for\s+|in\s+)?$",
    re.IGNORECASE,
)


# An expectation held, not what happened: a progressive of "expect" or "anticipate" ("they
# were expecting to get 70,000 doses this week", "They had been expecting to spend this
# week reinforcing the relief well", "We are expecting to see the first impact ...
# today", "Many were banking on this year as the 'big one'") or an expectation stated
# as a noun ("Our expectation is that this week's
# mark-ups will track ...", "there was an expectation that"), at most EXPECTATION_REACH
# words before the date and no stop between. A negated one tells a surprise, which
# happened ("who wasn't expecting that snap in this year's game"); a date that names a
# happening is that happening's ("anticipating Saturday's bout").
EXPECTATION_REACH = 15
_EXPECTING = re.compile(
    r"(?:\b(?:am|is|are|was|were|be|been)|['’](?:m|re|s))\s+(?:\w+ly\s+|still\s+|all\s+)?(?:expecting|anticipating|"
    r"(?:banking|counting|betting)(?=\s+on\b|\s*$))\b|"
    r"\b(?:our|my|the|their|his|her|its)\s+(?:\w+\s+)?expectations?\s+(?:is|are|was|were|remains?)\b|"
    r"\bthere\s+(?:is|was|are|were)\s+(?:an?\s+|the\s+|some\s+|every\s+|no\s+)?(?:\w+\s+)?expectations?\b",
    re.IGNORECASE,
)
# (a stop, a quotation's end or a new sentence's dash: the expectation's clause is over)
_STOP = re.compile(r"[.;:!?”\"]|\s[—–]\s")


# ... or an expectation whose "that" clause holds the date ("we expect that this will be a
# subject of conversation between our two leaders tomorrow", "Our expectation is that this
# week's House mark-ups will track closely with ...", "I expect that this is a topic
# that will come up ... later this week", "we expect that to happen later this week", "I
# would assume, if none develop, that they will inject cement ... sometime today"):
# the date is in what is expected, a possessive too (what the mark-ups are expected to
# do is no happening of the week); a speaker's dash inside the clause is no stop, but a
# past form is ("predict that the panels -- including a commission that began work this
# week -- will produce": the commission's start happened).
_EXPECT_THAT = re.compile(
    r"(?:\b(?:i|we|they|he|she|it|officials?|analysts?|experts?|economists?|forecasters?|scientists?)\s+"
    r"(?:(?:\w+ly|still|also|would|do|all|fully)\s+|['’]d\s+)?(?:expects?|anticipates?|predicts?|projects?|"
    r"assumes?|imagines?|supposes?|presumes?)|"
    r"\bexpectations?\s+(?:is|are|was|were|remains?))(?:,[^,.;:]{1,60},)?\s+that\b",
    re.IGNORECASE,
)
# (or a parenthetical expectation right before the date: "So you'll see him out on the
# trail, I would expect, next week", "The CDC will make the final recommendation, we
# expect, this afternoon")
_EXPECT_ASIDE = re.compile(
    r"[,—–]\s*(?:i|we|they)(?:\s+would|['’]d)?\s+(?:expect|anticipate)\s*[,—–]\s*$", re.IGNORECASE
)
_THAT_STOP = re.compile(r"[.;:!?”\"]")
_THAT_PAST = re.compile(
    r"\b(?:was|were|had|did|said|began|came|went|took|made|held|met|told|wanted|(?<!be )(?<!been )(?<!being )"
    r"(?-i:[a-z]{3,}ed))\b",
    re.IGNORECASE,
)
THAT_REACH = 20


def expected_that(sentence: str, when: PartialDate, start: int) -> bool:
    """A date in the "that" clause of an expectation ("we expect that this will be a
    subject of conversation ... tomorrow", "Our expectation is that this week's House
    mark-ups will track ..."), at most THAT_REACH words after "that", no stop and no past
    form between; or right after a parenthetical one (", I would expect, next week")."""
    before = sentence[: max(start, 0)]
    if _EXPECT_ASIDE.search(before):
        return not recalled.named_plan_aside(sentence, start)  # "you'll see him out on the trail, I would expect, next week"
    found = list(_EXPECT_THAT.finditer(before))
    if not found:
        return False
    gap = before[found[-1].end() :]
    return len(gap.split()) <= THAT_REACH and not _THAT_STOP.search(gap) and not _THAT_PAST.search(gap)


def expectation(sentence: str, when: PartialDate, start: int) -> bool:
    """An expectation held before the date, the date what was expected ("they were
    expecting to get 70,000 doses this week", "They had been expecting to spend this week
    reinforcing the last section of the relief well", "we expect that this will be a
    subject of conversation ... tomorrow"): a state of mind, not a happening
    of that date. A negated one ("wasn't expecting that snap", "was not expecting") is no
    expectation held (the words do not match); a date that names a happening, its
    possessive, is that happening's ("are eagerly anticipating Saturday's 12-round
    bout"), unless it is in the "that" clause of the expectation (expected_that)."""
    if expected_that(sentence, when, start):
        return True
    if re.match(r"['’]s\b", sentence[start + len(when.expression) :]):
        return False  # "anticipating Saturday's 12-round bout": the bout's day
    before = sentence[: max(start, 0)]
    found = list(_EXPECTING.finditer(before))
    if not found:
        return False
    gap = before[found[-1].end() :]
    return not _STOP.search(gap) and len(gap.split()) <= EXPECTATION_REACH


# Sympathy held in the present ("we hold in our hearts the millions of displaced
# persons", "our hearts are with the Ukrainian people", "the thoughts and prayers of
# people all across the United States are with", "we grieve for the families"): a stance
# of the speaker, not a deed; the condolences someone offered or conveyed are one ("spoke
# today with King Charles III to offer his condolences"), and a past form ("mourned with")
# tells what was done.
_SYMPATHY = (
    r"(?:\b(?:hold|holding|keep|keeping)\b[^.;:]{0,120}?\bin (?:our|my|their) (?:hearts|thoughts|prayers)\b|"
    r"\b(?:hearts|thoughts|prayers)(?: and (?:prayers|thoughts))?(?: of [^,.;:]{1,60}?)? (?:are|go|remain) (?:out )?with\b|"
    r"\b(?:grieve|mourn) (?:with|for)\b)"
)
# (after a date that opens the sentence, at most two asides and a subject between: "This
# year, as we mark Eid al-Fitr, we hold in our hearts ...", "Today, the Second Gentleman
# and I are holding ... in our hearts and prayers")
_SYMPATHY_AFTER = re.compile(r"^\s*(?:,\s*(?:[^,.;]{0,120},\s*){0,2})?[^,.;:]{0,60}?" + _SYMPATHY, re.IGNORECASE)
# (or before the date in its own clause, at most SYMPATHY_REACH words from it: "the
# President and the First Lady grieve with the Carter family today")
_SYMPATHY_BEFORE = re.compile(_SYMPATHY + r"(?P<gap>[^.;:]*)$", re.IGNORECASE)
SYMPATHY_REACH = 10


def sympathy(sentence: str, when: PartialDate, start: int) -> bool:
    """Sympathy held in the present, the date opening the sentence before it ("This
    year, as we mark Eid al-Fitr, we hold in our hearts the millions of displaced
    persons", "Tonight, as the president said, our hearts are with the Ukrainian people")
    or ending the sentence after it ("grieve with the Carter family today."): a stance,
    not a happening. A clause after the date may tell what happened ("are with the people
    of Ukraine tonight as they suffer an unprovoked attack"), and a date in a clause of
    its own stays ("mourn with all those who lost a
    piece of their soul on October 1st, 2017": the day of the shooting)."""
    if _opens(sentence, start) and _SYMPATHY_AFTER.match(sentence[start + len(when.expression) :]):
        return True
    if re.search(r"\w", sentence[start + len(when.expression) :]):
        return False  # "... are with the people of Ukraine tonight as they suffer an attack"
    held = _SYMPATHY_BEFORE.search(clause(sentence, start, len(when.expression), after=False))
    return bool(held and len(held.group("gap").split()) <= SYMPATHY_REACH)
