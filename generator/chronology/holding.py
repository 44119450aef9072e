"""What is not a happening, in what holds or goes on: the rules of not_a_happening
(happenings.py) that find a dated sentence tells how things stand on the date rather
than what happened on it: a posture held, a trend going on or what something holds
("Today, we stand at another inflection point", "Today, the auto industry renaissance
continues as ..."), the date's distance from now ("Memorial Day is not that far
away"), a day full of happenings none of which is named ("a lot was happening
yesterday"), an anniversary or a day observed by anyone, or a prayer ("Today, on the
10th Anniversary of DACA, the Biden-Harris Administration celebrates ...", "Tonight, we
pray for that courage"), a term's close on the calendar ("The competition closes on
June 12"), a post or a lack held since the date ("the confirmed leader it has lacked
since 2015"), a class of people defined by the date before a modal ("Kids that have
gotten vaccinated this week will be fully vaccinated by Christmas"), a habit of the
present ("oil rigs today generally don't cause spills"), a hypothetical "would" ahead of now, out of any report ("a
preliminary injunction that would take effect, as you said, two weeks from now"), the
date judged by a copula ("2010 was shaping up to be a banner year") and a year named by
what it was declared ("the latest such initiative in 2010, which the UN has declared
International Year of Biodiversity").
Each rule is a function of (sentence, date, where the date's expression starts) that
returns True when the sentence states no happening on that date; states.py and
stances.py hold the other states and stances (an observance of "we" and "I": "Today,
we honor ...").
"""

from __future__ import annotations

import itertools
import re

from ..lexicon import words
from .clauses import NAMES_A_HAPPENING, SPEAKER
from .dates import PartialDate
from .deeds import DEED_PRESENT, deed_evidence

# The present, as a date that sets the time of its clause ("Today", "This week").
_PRESENT_DATE = re.compile(
    r"^(?:today|tonight|now|this (?:morning|afternoon|evening|week|month|year))$", re.IGNORECASE
)
# What may stand before a date that opens its sentence ("And today, ...", "Q  Today, ...").
_OPENING = re.compile(SPEAKER + r"[\W_]*(?:(?:and|but|so|now|yet)\W+)?", re.IGNORECASE)
# At most two asides set off by commas after an opening date, each opening with a
# preposition or a conjunction ("Today, on the 10th Anniversary of DACA, ...", "Today,
# and every day, ..."); a subject is no aside ("Today, the United States, with the G7,
# will continue").
_ASIDES = re.compile(
    r"^\s*,?\s*(?:(?:on|in|at|as|and|with|after|for|once|again|through|during|amid|like|under|by|across|from|"
    r"while|when|along|together|alongside|ahead|following|thanks)\b[^,.;:]{0,120},\s*){0,2}",
    re.IGNORECASE,
)
# A modal, an infinitive's "to" or "let" before the verb: no present of a state ("will
# continue to impose", "I'll honor the first", "let us stand").
_NOT_PRESENT = re.compile(r"\b(?:will|would|shall|can|could|may|might|must|should|to|let|going)\b|['’](?:ll|d)\b", re.I)
# The end of the main clause: a clause of time, of reason or of manner ("continues as
# the private sector steps up"), a dash, a semicolon, a colon or a bracket.
_MAIN_END = re.compile(
    r"\s(?:as|while|because|since|after|when|where|whereas|although|though)\s|[—–;:()]|\s-\s", re.IGNORECASE
)
# A deed told as the means of a posture ("continues its work by announcing ...").
_MEANS = re.compile(r"\b(?:by|through|with)\s+[a-z]+ing\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# A verb that happens joined to the posture ("we stand with them and announced ..."):
# a past form or a present of lexicon/deed_verbs after "and".
_JOINED_DEED = re.compile(
    r"\band\s+(?:\w+ly\s+)?(?:(?-i:[a-z]{3,}ed)|" + "|".join(sorted(DEED_PRESENT)) + r")\b", re.IGNORECASE
)

HOLDING = words("holding_verbs")
# (a holding verb right before the date: "The world stands today at the dawn of ...")
_HOLDING_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(HOLDING)) + r")\s+$", re.IGNORECASE)
# (a posture's verb that is a deed before these: "stands up a new office", "stand down")
_STAND_DEED = re.compile(r"^\s+(?:up|down|out|by|trial)\b", re.IGNORECASE)
# (the subject of a holding verb: a noun phrase, at most SUBJECT_WORDS words, no verb)
SUBJECT_WORDS = 8


def _opens(sentence: str, start: int) -> bool:
    return bool(_OPENING.fullmatch(sentence[: max(start, 0)]))


def _main_clause(text: str) -> str:
    """`text` to the end of its main clause (_MAIN_END)."""
    found = _MAIN_END.search(text)
    return text[: found.start()] if found else text


def _holding_verb(clause: str) -> re.Match[str] | None:
    """The first holding verb of `clause` after a subject of at most SUBJECT_WORDS
    words with no verb that happens ("the auto industry renaissance continues",
    "we stand at"), or None."""
    for count, found in enumerate(_WORD.finditer(clause)):
        if count > SUBJECT_WORDS:
            return None
        word = found.group().lower()
        if word in HOLDING:
            if word.startswith("stand") and _STAND_DEED.match(clause[found.end() :]):
                return None
            subject = clause[: found.start()]
            return found if deed_evidence(subject, day=False) is None and not _NOT_PRESENT.search(subject) else None
    return None


def goes_on(sentence: str, when: PartialDate, start: int) -> bool:
    """A date of the present that sets the time of a clause whose verb is a posture held,
    a state or a trend going on, or what something holds ("Today, we stand at another
    inflection point", "Today, the auto industry renaissance continues as ...", "The
    world stands today at the dawn of a decisive decade", "This year, the grantees
    include ..."), and no verb that happens in that clause: how things stand, no
    happening. A date that names a happening ("tonight's agreement allows us to
    continue") is that happening's."""
    if not _PRESENT_DATE.match(when.expression):
        return False
    end = start + len(when.expression)
    if re.match(r"['’]s\b", sentence[end:]) or (NAMES_A_HAPPENING.match(sentence[end:]) and not _opens(sentence, start)):
        return False  # "tonight's agreement allows us to continue" (an opening date's noun is its subject: "Today regulators rely")
    if _opens(sentence, start):
        main = _main_clause(sentence[end:][_ASIDES.match(sentence[end:]).end() :])  # type: ignore[union-attr]
        verb = _holding_verb(main)
    else:  # "The world stands today at the dawn of ...": the verb right before the date
        head = re.split(r"[,;:—–()]|\s-\s", sentence[: max(start, 0)])[-1]
        verb = _holding_verb(head) if _HOLDING_BEFORE.search(head) else None
        main = head + " " + _main_clause(sentence[end:])
    if verb is None:
        return False
    complement = main[verb.end() :]
    if _MEANS.search(complement) or _JOINED_DEED.search(complement):
        return False  # "continues its work by announcing ...", "stands with them and announced ..."
    if verb.group().lower().startswith("continue"):
        return deed_evidence(complement, day=False) is None  # "continues to ..." what?
    return True  # a posture's or a holding's complement is a noun's or a preposition's phrase


# The date's distance from now, the date the subject of a copula or a verb of seeming
# ("Memorial Day is not that far away", "August — the earliest the first relief well
# could be drilled — seemed a lifetime away", "Christmas is just around the corner"):
# when the date is, no happening on it. The apposition may have lost its dashes ("and
# August the earliest the first relief well could be drilled seemed a lifetime away").
_DISTANCE_AFTER = re.compile(
    r"^(?:\s*[—–]\s[^—–]{1,120}\s[—–]|\s+the\s[^,.;:—–]{1,100}?)?\s*,?\s+(?:is|was|are|were|seems?|seemed|feels?|felt|looks?|looked|remains?|"
    r"remained|still seems?|still seemed)\s+(?:(?:still|not|now|only|just|already|no longer)\s+)*"
    r"(?:(?:(?:that|so|too|very|quite|pretty|far|a long way|a lifetime|an eternity|a world|ages|(?:a few|several|many|"
    r"two|three|four|\d+|\w+) (?:days|weeks|months|years)|days|weeks|months|years)\s+)+(?:away|off)\b|"
    r"(?:just\s+)?(?:around|round) the corner\b|on the horizon\b|fast approaching\b|drawing near\b)",
    re.IGNORECASE,
)
# (the date is a subject: it opens the sentence or a clause after "and", "but", a comma)
_SUBJECT_OPENS = re.compile(r"(?:^|[,;:—–]\s*|\b(?:and|but|so|yet|while|as)\s+)\W*$", re.IGNORECASE)


def distance(sentence: str, when: PartialDate, start: int) -> bool:
    """The date the subject of how far away it is ("Memorial Day is not that far
    away", "August ... seemed a lifetime away"): the calendar seen from now."""
    if not _SUBJECT_OPENS.search(sentence[: max(start, 0)]):
        return False
    return bool(_DISTANCE_AFTER.match(sentence[start + len(when.expression) :]))


# Happenings left unnamed, a quantity for a subject ("a lot was happening yesterday", "a
# lot has happened on Brexit — and in the world — since 2016", "We've got a lot going on
# today"): a day or a span described, what filled it is not told.
_UNNAMED = re.compile(
    r"\b(?:a lot|lots|so much|too much|much|a great deal|plenty)\s+(?:(?:has|had|was|is|'s|’s|will|be|been|have|"
    r"that|of\s+\w+|else)\s+){0,2}(?:happen(?:s|ed|ing)?|going on|went on|goes on)\b",
    re.IGNORECASE,
)
_ASIDE_DASHES = re.compile(r"\s[—–]\s[^—–]{1,80}\s[—–]\s")


def unnamed(sentence: str, when: PartialDate, start: int) -> bool:
    """A quantity of happenings, none named, in the date's clause: before the date with
    no comma between ("a lot was happening yesterday"; not "With so much about to
    happen at the blowout site, the administration on Thursday gave BP 24 hours") or
    right after a date that opens the sentence ("Yesterday, a lot happened")."""
    if _opens(sentence, start) and _UNNAMED.match(re.sub(r"^\s*,?\s*", "", sentence[start + len(when.expression) :])):
        return True
    before = _ASIDE_DASHES.sub(" ", sentence[: max(start, 0)])
    found = list(_UNNAMED.finditer(before))
    return bool(found) and not re.search(r"[,;:.!?]", before[found[-1].end() :])


# A date of the present that opens the sentence ("Today,", "And tonight"), then the date
# told again in an aside ("Today, on 8 May, we ..."): the aside is that opening's.
_PRESENT_OPENING = re.compile(
    _OPENING.pattern + r"(?:today|tonight|now|this (?:morning|afternoon|evening|week|month|year))\b", re.IGNORECASE
)
# A pronoun subject and its apposition, set off by commas ("we, the Leaders of the Group of
# Seven (G7), ..."): the apposition is the subject's, its verb follows.
_PRONOUN_APPOSITION = re.compile(r"^(?P<pronoun>we|i|they)\s*,\s*(?:the|as|all|both)\b[^,;:.!?]{1,120},\s*", re.I)


def _after_present_opening(sentence: str, when: PartialDate, start: int) -> str | None:
    """The text after a date of the present that opens the sentence, past its asides
    and a pronoun subject's apposition ("Today, on 8 May, we, the Leaders of the G7,
    alongside Ukraine ..., commemorate" -> "we commemorate ..."), when `when` is that
    date or a date of an aside of it ("on 8 May"); else None."""
    if _PRESENT_DATE.match(when.expression) and _opens(sentence, start):
        after = sentence[start + len(when.expression) :]
    else:
        opening = _PRESENT_OPENING.match(sentence)
        if opening is None or not re.fullmatch(r"\s*,?\s*(?:on\s+)?", sentence[opening.end() : max(start, 0)], re.I):
            return None
        after = sentence[opening.end() :]
    after = _past_asides(after)
    apposition = _PRONOUN_APPOSITION.match(after)
    if apposition:
        after = f"{apposition.group('pronoun')} {_past_asides(after[apposition.end() :])}"
    return after


def _past_asides(text: str) -> str:
    """`text` after the asides that open it (_ASIDES)."""
    found = _ASIDES.match(text)
    return text[found.end() :] if found else text


OBSERVING = words("observance_verbs")
# (an observance's verb: the subject, at most SUBJECT_WORDS words with no verb, then a
# verb of lexicon/observance_verbs in the present; "thanks to" is a preposition)
_OBSERVED_AFTER = re.compile(
    r"^(?P<subject>(?:[\w’'.&#@-]+\s+){0,8}?)(?P<verb>" + "|".join(sorted(OBSERVING)) + r")\b(?!\s+to\b)(?P<rest>[^.;:!?]*)",
    re.IGNORECASE,
)


def observed(sentence: str, when: PartialDate, start: int) -> bool:
    """A date of the present opening the sentence, an observance after it whoever keeps
    it ("Today, on the 10th Anniversary of DACA, the Biden-Harris Administration
    celebrates the remarkable contributions of Dreamers", "Today, the Administration
    recognizes Transgender Day of Visibility", "Today on #ARPA's first anniversary, I
    thank everyone involved", "Tonight, Jill and I are praying for the brave and proud
    people of Ukraine"): an anniversary or a day marked, a prayer, not a happening. A
    deed in the subject or as the means ("honors them by signing a proclamation") stays,
    and so does a future ("will recognize the commitments of 350 organizations")."""
    after = _after_present_opening(sentence, when, start)
    if after is None:
        return False
    found = _OBSERVED_AFTER.match(after)
    if found is None or _MEANS.search(found.group("rest")) or _NOT_PRESENT.search(found.group("subject")):
        return False
    return deed_evidence(found.group("subject"), day=False) is None


# A term's close, end or run on the calendar: a noun of lexicon/term_nouns (its head
# at most TERM_REACH words before the verb) and a present or a future of closing, ending
# or running right before the date ("The competition closes on June 12", "A special
# shrimping season will close Tuesday evening", "The Atlantic hurricane season runs from
# June 1 to November 30", "After the emergency claims filing period ended Tuesday"),
# past an opening given before it ("will open on Monday, August 29th and close on Friday,
# September 23rd"): the term's calendar, no happening; an institution ("the school will
# close") is no term.
TERM_NOUNS = words("term_nouns")
TERM_REACH = 6
_TERM_VERB = re.compile(
    r"(?:\b(?:will|shall|is (?:set|scheduled|due) to|are (?:set|scheduled|due) to)\s+)?(?:also\s+)?"
    r"\b(?:close|closes|closed|end|ends|ended|expire|expires|expired|conclude|concludes|concluded|run|runs|ran|"
    r"last|lasts|lasted)\s+"
    r"(?:(?:on|at|in|from|through|until)\s+)?$",
    re.IGNORECASE,
)
_TERM_OPENING = re.compile(
    r"\s+(?:will\s+)?(?:open|opens|opened|begin|begins|began|start|starts|started)\b[^.;:!?]{1,80}?\s+and\s+$",
    re.IGNORECASE,
)


# (or the date the subject of a term's bound: "Tuesday was the official start of the 2010
# Atlantic hurricane season"; "This year marked the opening of the Copeland Center" is
# no term's)
_BOUND_AFTER = re.compile(
    r"^\s+(?:is|was|will be|marks|marked)\s+(?:also\s+)?the\s+(?:official\s+|formal\s+)?(?:start|beginning|end|close|"
    r"first day|last day|opening day)\s+of\s+(?P<term>(?:[\w-]+\s+){0,5}[\w-]+)",
    re.IGNORECASE,
)


def term_bound(sentence: str, when: PartialDate, start: int) -> bool:
    """A term of lexicon/term_nouns that closes, ends or runs on the date ("The
    competition closes on June 12", "will open on Monday, June 6 and close on Friday,
    June 24"), or whose start or end the date is ("Tuesday was the official start of the
    2010 Atlantic hurricane season"): the calendar of a term, no happening."""
    bound = _BOUND_AFTER.match(sentence[start + len(when.expression) :])
    if bound and _SUBJECT_OPENS.search(sentence[: max(start, 0)]):
        return any(w.lower() in TERM_NOUNS for w in bound.group("term").split())
    preposition = re.match(r"(?:on|at|in|from|through|until)\s+", when.expression, re.IGNORECASE)
    before = sentence[: max(start, 0)] + (preposition.group() if preposition else "")
    verb = _TERM_VERB.search(before)
    if verb is None:
        return False
    head = before[: verb.start()]
    opening = _TERM_OPENING.search(head)
    if opening:
        head = head[: opening.start()]
    subject = re.split(r"[.;:!?,]", head)[-1]
    words_before = [w.lower() for w in re.findall(r"[A-Za-z]+", subject)][-TERM_REACH:]
    pairs = {f"{a} {b}" for a, b in itertools.pairwise(words_before)}
    return bool(TERM_NOUNS.intersection(words_before) or TERM_NOUNS.intersection(pairs))


# A post held, a work carried on or a lack since the date, the date ending the sentence
# after a perfect ("Mónica Ramírez Almadani has been the President and CEO of Public
# Counsel, the largest pro bono public interest law firm in the nation, since 2021", "He
# has led the museum team, institutional vision, ... and expansive scholarship since
# 2014", "the confirmed leader it has lacked since 2015", "has been working on cleaning
# up ... the site since 2005"), only appositions and lists between them (no clause of
# its own: "since November when the panel began" names a happening): a span held, its
# start not told.
_PERFECT_HELD = re.compile(
    r"(?:\b(?:has|have|had)|['’]ve)\s+(?:also\s+|not\s+|\w+ly\s+)?(?:been\s+(?:an?|the|his|her|their)\b|"
    r"been\s+[a-z]{3,}ing\b|served|worked|led|lacked|taught|practiced|practised|chaired|directed|represented)\b",
    re.IGNORECASE,
)
_CLAUSE_BETWEEN = re.compile(
    r"[;:—–]|\b(?:who|which|that|when|where|after|before|because|while|until|and (?:he|she|they|it|we|i))\b",
    re.IGNORECASE,
)
_SINCE_ENDS = re.compile(r"^\s*(?:[.!?\"”*]*\s*$|,\s*(?:which|leaving)\b)", re.IGNORECASE)


def post_since(sentence: str, when: PartialDate, start: int) -> bool:
    """ "since" and the date ending the sentence (or before a "which" about the state),
    a perfect of a post, a work or a lack before it and no clause of its own between
    ("has been the President and CEO of Public Counsel, ..., since 2021", "the confirmed
    leader it has lacked since 2015"): a span held, not a happening on its first day."""
    before = sentence[: max(start, 0)]
    end = start + len(when.expression)
    if not (re.match(r"since\b", when.expression, re.IGNORECASE) or re.search(r"\bsince\s+$", before, re.IGNORECASE)):
        return False
    if NAMES_A_HAPPENING.match(sentence[end:]) or not _SINCE_ENDS.match(sentence[end:]):
        return False
    found = list(_PERFECT_HELD.finditer(before))
    return bool(found) and not _CLAUSE_BETWEEN.search(before[found[-1].end() :])


# "today" with a frequency adverb next to it ("oil rigs today generally don't cause
# spills", "Today, police are too often asked to respond to situations that require a
# mental health care provider"): what usually is so nowadays, no happening of the day
# (the generic rule of states.py leaves a deictic date to the happenings).
_FREQUENCY = r"(?:generally|usually|typically|normally|rarely|seldom|often|commonly|routinely|tends? to)"
_FREQUENCY_AFTER = re.compile(r"^,?(?:\s+[\w'’-]+){0,3}?\s+" + _FREQUENCY + r"\b", re.IGNORECASE)
_FREQUENCY_BEFORE = re.compile(r"\b" + _FREQUENCY + r"(?:\s+[\w'’-]+){0,4}?\s+$", re.IGNORECASE)


def nowadays_habit(sentence: str, when: PartialDate, start: int) -> bool:
    """ "today" with a frequency adverb at most three words after it or four before it,
    no mark between ("oil rigs today generally don't cause spills", "Today, police are
    too often asked to respond"): a habit of the present, no happening."""
    if when.expression.lower() != "today":
        return False
    after = sentence[start + len(when.expression) :]
    return bool(_FREQUENCY_AFTER.match(after) or _FREQUENCY_BEFORE.search(sentence[: max(start, 0)]))


# A class of people defined by a relative clause that holds the date, the subject of a
# modal or a future right after it ("Kids that have gotten vaccinated this week will be
# fully vaccinated by Christmas", "people who are well protected today may see more
# vulnerability in the future", "families that did not receive the advance payments in
# 2021 can still get the full Child Tax Credit"): the date says who the class is, a
# condition, and the sentence what may or will be for them, no happening on the date.
_CLASS = re.compile(
    r"\b(?:people|those|anyone|anybody|everyone|everybody|children|kids|adults|individuals|folks|americans|"
    r"patients|workers|families|students|someone|somebody|seniors|veterans|residents|travell?ers|employees|"
    r"businesses|households|women|men|parents|consumers|borrowers|homeowners|taxpayers|applicants)\s+(?:who|that)\s+"
    r"[^.;:!?,—–()]*$",
    re.IGNORECASE,
)
_MODAL_AFTER = re.compile(
    r"^(?:\s+[\w'’-]+){0,3}?\s+(?:will|may|might|could|would|should|can|must|won['’]t|can['’]t|['’]ll)\b", re.IGNORECASE
)


def class_condition(sentence: str, when: PartialDate, start: int) -> bool:
    """The date in a relative clause that defines a class of people, a modal or a
    future right after it ("Kids that have gotten vaccinated this week will be fully
    vaccinated by Christmas"): a condition on who, no happening."""
    return bool(
        _CLASS.search(sentence[: max(start, 0)]) and _MODAL_AFTER.match(sentence[start + len(when.expression) :])
    )


# A hypothetical "would" ahead of now ("a preliminary injunction that would take effect,
# as you said, two weeks from now"): what would happen, out of any report of a plan
# ("the White House said Obama would meet Svanberg next Wednesday" is a plan reported,
# told elsewhere by the rules of plans); a speaker's "would note", "would say" is talk.
_AHEAD = re.compile(
    r"\bfrom now\b|^(?:on |by )?(?:next|tomorrow|later (?:today|this)|this coming|the coming)\b|"
    r"^in (?:a|an|one|two|three|four|five|six|a few|several|\d+) (?:days?|weeks?|months?)\b",
    re.IGNORECASE,
)
_WOULD = re.compile(
    r"\b(?:would|'d|’d)\s+(?!(?:like|love|note|say|add|argue|point|expect|imagine|think|guess|hope|urge|encourage|"
    r"refer|ask|remind|suggest|assume|just|also note|rather|prefer|have)\b)(?P<gap>[^.;:!?]*)$",
    re.IGNORECASE,
)
_ASIDE_SAID = re.compile(r",\s*as (?:you|i|we|he|she|they)(?: have| had)? (?:said|noted|mentioned|know|reported)\s*,", re.I)
_REPORTED = re.compile(
    r"\b(?:" + "|".join(sorted(words("reporting_verbs"))) + r"|says|tells|announces|expects?|expected|plans?|planned|"
    r"hopes?|intends?|intended|decided|agreed)\b",
    re.IGNORECASE,
)
WOULD_REACH = 8


def would_ahead(sentence: str, when: PartialDate, start: int) -> bool:
    """A date ahead of now ("two weeks from now", "next week") at most WOULD_REACH words
    after a hypothetical "would" in its clause, and no verb in the sentence that
    reports a plan ("said ... would meet next Wednesday" stays): a possibility."""
    if not _AHEAD.search(when.expression):
        return False
    before = _ASIDE_SAID.sub(" ", sentence[: max(start, 0)])
    found = _WOULD.search(before)
    if found is None or len(found.group("gap").split()) > WOULD_REACH or re.search(r"[,—–]\s", found.group("gap")):
        return False
    return not _REPORTED.search(_ASIDE_SAID.sub(" ", sentence))


# The date the subject of a copula that says what the date was or is turning out to be
# ("2010 was shaping up to be a banner year", "2021 was a year of record progress for
# working families", "So, yesterday was a major breakthrough for middle-class families"):
# the date judged, what happened on it told elsewhere if at all. A clause that tells it
# stays ("today was the day that the President got vaccinated", "Last year was the time
# when my friends and I separated", "the day the rig exploded", "a milestone as Africa
# was declared polio free"), and so does "is" before a name of a happening.
_CHARACTER_AFTER = re.compile(
    r"^\s*,?\s+(?:is|was|were|will be|has been|had been)\s+(?:(?:still|also|already|now|really|truly|certainly)\s+)?"
    r"(?:(?:shaping up|turning out|proving|set|going|looking)\s+(?:to be|like)\s+)?"
    r"(?:an?|another|one of|such an?)\s+(?P<complement>[^.;:!?—–(]*)",
    re.IGNORECASE,
)
_TOLD_AFTER = re.compile(
    r"\b(?:when|where|that|which|who|whom|as|because|after|before|since|while|if|with)\b|"
    r"\b(?:day|days|time|moment|week|night|year|month|date)\s+(?:the|a|an|he|she|it|they|we|i|you|his|her|its|our|"
    r"their|(?-i:[A-Z]\w*))\b",
    re.IGNORECASE,
)

# (a clause of its own after a comma: "Yesterday was an unusual day, my best friend called")
_SPLICED = re.compile(r"^\s*(?:and\s+|but\s+|so\s+)?(?:i|we|he|she|they|it|you|my|his|her|our|their|the|a|an)\b", re.I)


def characterised(sentence: str, when: PartialDate, start: int) -> bool:
    """The date, opening its clause, the subject of a copula and a noun phrase that
    judges it ("2010 was shaping up to be a banner year", "yesterday was a major
    breakthrough for middle-class families"), with no clause in that phrase that tells
    what happened ("today was the day that the President got vaccinated") nor a clause
    spliced after it ("Yesterday was an unusual day, my best friend called me")."""
    if not _SUBJECT_OPENS.search(sentence[: max(start, 0)]):
        return False
    found = _CHARACTER_AFTER.match(sentence[start + len(when.expression) :])
    if found is None:
        return False
    phrase, _, rest = found.group("complement").partition(",")
    return not _TOLD_AFTER.search(phrase) and not _SPLICED.match(rest)


# A period named by what it was declared ("in 2010, which the United Nations has
# declared International Year of Biodiversity"), the date in a clause of a present
# copula ("The report is the latest such initiative in 2010, which ..."): what the thing
# is and what the year is called, a standing description; a verb that happens in the
# clause ("The partnership kicked off on January 14, 2022, which was declared ... Day")
# tells a happening and stays.
_DESIGNATED_AFTER = re.compile(
    r"^\s*,\s*which\s+(?:[\w.'’-]+\s+){0,6}?(?:(?:has|have|had|was|were|is)\s+)?(?:been\s+)?"
    r"(?:declared|designated|named|proclaimed|dubbed)\b",
    re.IGNORECASE,
)
_PRESENT_COPULA = re.compile(r"^[^,;:]*?\b(?:is|are)\s+(?:(?:now|also|still)\s+)?(?:the|an?|one of)\b[^,;:]*$", re.I)


def designated(sentence: str, when: PartialDate, start: int) -> bool:
    """The date named by a relative clause of what it was declared, in a clause whose
    verb is a present copula ("The report is the latest such initiative in 2010, which
    the United Nations has declared International Year of Biodiversity"): a
    description, no happening on the date."""
    if not _DESIGNATED_AFTER.match(sentence[start + len(when.expression) :]):
        return False
    head = re.split(r"[.;:!?]\s", sentence[: max(start, 0)])[-1]
    return bool(_PRESENT_COPULA.match(head)) and deed_evidence(head, day=False) is None
