"""A date that belongs to something other than the clause's happening: the rules of
not_a_happening (happenings.py) for a date that dates a noun, an alternative or a
condition inside the sentence, not what the sentence says happened.

- A date offered as one of two occasions ("either on the phone this week or when they
  return", "this week or next"): a hedge between occasions, no day of a happening.
- An inverted condition ("Should today's proposed rule be finalized, ... may qualify",
  "Had the valve been tested in April, ..."): what would happen on a condition.
- A year that names a document in a noun phrase ("a co-author of a 2005 US National
  Academies report", "his 1994 crime bill"): the document's year, not the clause's.
- A date in what a plan holds ("pushing for a schedule that included trials on key
  issues in March"): the plan's content, which has not happened.
- A future clause of time under a future ("will likely face renewed pressure ... when
  they testify to Congress this week"): the time clause is as future as its main one.
- A month ahead of the publication in a non-finite clause: an infinitive ("barrels ...
  to be delivered in December") or a participle after a future ("will use the
  information gathered in March 2022").
- A date between a verb of intention and its infinitive ("hoped later this week to
  divert"): the intended act's.
- A holiday named as the occasion of a purpose or a preparation ("will travel to Fort
  Bragg ... to celebrate Thanksgiving", the trip set for the Monday before).
- A date inside a title in quotation marks, and the later end of a range written with
  both ends ("between June 20 and June 24"), dated by its first.
- A bibliography's year closing a bracket after a work's title, with its co-authors,
  editors or publisher ("*Handbook of Disaster Research* (co-edited with Donner &
  Trainor, 2018)"), and a year inside a programme's name ("for the Ag 2000 initiative").
- A coarse date that names a noun ("to discuss this year's exams") beside the clause's
  own finer date left out by a rule ("Later this week ... will meet"): events.py asks
  names_a_thing of the dates a rule keeps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .clauses import NAMES_A_HAPPENING, clause
from .dates import PartialDate
from .deeds import past_form
from .naming import DOCUMENTS
from .tense import HAPPENED
from .years import MONTHS, WEEKDAYS

_TIME_WORDS = "|".join(
    [*MONTHS, *WEEKDAYS, "next", "later", "early", "late", "the following", "tomorrow", "today",
     "tonight", "yesterday", "this", "that", "when", "once", "after", "before", "until", r"\d"]
)
# An alternative right after the date: another occasion ("this week or next", "on Monday
# or when they return").
_OR_OCCASION = re.compile(
    rf"^\s*,?\s*or\s+(?:else\s+)?(?:(?:on|in|at|by|during|around|some time|sometime)\s+)?(?:{_TIME_WORDS})",
    re.IGNORECASE,
)
# "either" before the date in its clause, an "or" after it.
_EITHER = re.compile(r"\beither\b(?:\s+\S+){0,4}\s*$", re.IGNORECASE)
_OR_AFTER = re.compile(r"^(?:\s+\S+){0,6}?\s+or\b", re.IGNORECASE)


def alternative(sentence: str, when: PartialDate, start: int) -> bool:
    """A date offered as one of two occasions: "either ... DATE ... or" ("either on the
    phone this week or when they return") or an "or" and another time right after it
    ("this week or next", "Tuesday or Wednesday"): which one is not said."""
    after = sentence[start + len(when.expression) :]
    if _OR_OCCASION.match(after):
        return True
    before = sentence[: max(start, 0)]
    return bool(_EITHER.search(before) and _OR_AFTER.match(after))


# A sentence opening with an inverted condition: "Should", "Had" or "Were" and a subject
# ("Should today's proposed rule be finalized, borrowers may qualify"), the condition
# closed by a comma; a question ends with "?".
_INVERTED = re.compile(
    r"^[\"“‘']?(?:(?:and|but|so),?\s+)?(?-i:Should|Had|Were)\s+(?!you\b|we\b|I\b)(?:[\w'’-]+\s+){1,10}?"
    r"(?:be|been|have|not)\b[^,?]*,",
    re.IGNORECASE,
)


def inverted_condition(sentence: str, when: PartialDate, start: int) -> bool:
    """A sentence that opens with an inverted condition ("Should today's proposed rule be
    finalized, some borrowers may qualify", "Had the valve been tested in April, the
    blast might not have happened"): what would happen on a condition did not happen."""
    opening = _INVERTED.match(sentence)
    if opening is None or sentence.rstrip().endswith("?"):
        return False
    # not in a relative clause of its own ("... supported by the Court who on July 8, 1996
    # issued an opinion")
    return not re.search(r"\b(?:who|which|that|whose)\b", sentence[: max(start, 0)])


# A year after a determiner or a possessive and before a document's noun, with at most
# a few words between ("a 2005 US National Academies report", "his 1994 crime bill").
_YEAR_OF_DOCUMENT = re.compile(r"^(?:(?P<det>the|a|an)\s+)?(?:1[89]|20)\d{2}$", re.IGNORECASE)
_OWNER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|this|that|these|those)|['’]s)\s+$", re.IGNORECASE
)
_DOCUMENT_WORDS = 4


def document_year(sentence: str, when: PartialDate, start: int) -> bool:
    """A year that modifies a document's noun, a few words after it ("a co-author of a
    2005 US National Academies report on dispersants, told Nature", "his 1994 crime
    bill"): the document's year names it, the clause's happening is another; not a
    happening's noun among them ("the 2010 BP oil spill report")."""
    match = _YEAR_OF_DOCUMENT.match(when.expression.strip())
    if match is None or not (match.group("det") or _OWNER_BEFORE.search(sentence[: max(start, 0)])):
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", sentence[start + len(when.expression) :])[: _DOCUMENT_WORDS + 1]
    for i, word in enumerate(words):
        low = word.lower().strip("'’")
        if low in HAPPENED:
            return False
        if low in DOCUMENTS:
            acts = " ".join(words[i + 1 : i + 3])  # "the 2007 report found": the document's act
            return past_form(acts) is None
    return False


# A plan's noun whose content holds the date ("a schedule that included trials ... in
# March", "a timetable calling for elections in May").
_PLAN_CONTENT = re.compile(
    r"\b(?:schedule|timetable|timeline|proposal|roadmap|calendar|blueprint)s?\s+"
    r"(?:that|which)?\s*(?:includ\w*|call\w*\s+for|envisag\w*|foresee\w*|set\w*\s+out|propos\w*|provid\w*\s+for|with)\b",
    re.IGNORECASE,
)
PLAN_CONTENT_REACH = 12


def plan_content(sentence: str, when: PartialDate, start: int) -> bool:
    """A date in what a schedule or a proposal holds ("pushing for an aggressive schedule
    that included trials on key issues in March"): the plan's content, not a happening;
    at most PLAN_CONTENT_REACH words between."""
    before = sentence[: max(start, 0)]
    found = list(_PLAN_CONTENT.finditer(before))
    if not found:
        return False
    gap = before[found[-1].end() :]
    return len(gap.split()) <= PLAN_CONTENT_REACH and not re.search(r"[;.!?]", gap)


# A future or a hedge before a clause of time in the present ("will likely face renewed
# pressure ... when they testify to Congress this week").
_FUTURE = re.compile(r"\b(?:will|shall|would|going to|likely to|expected to)\b|['’]ll\b", re.IGNORECASE)
_TIME_CLAUSE = re.compile(r"\b(?:when|once|as soon as|after|before|until)\s*$", re.IGNORECASE)
_CURRENT = re.compile(r"\b(?:this|later|rest of|remainder of|next|coming)\b", re.IGNORECASE)
# The time clause's subject and a word after it.
_SUBJECT = re.compile(r"\s*(?:[A-Z][\w'’.-]*|they|he|she|we|it|i|you|the|a|an|its|their|his|her)\s+\S")


def future_time_clause(sentence: str, when: PartialDate, start: int) -> bool:
    """A date of the current week or month in a clause of time in the present under a
    future ("BP executives will likely face renewed pressure to do this when they testify
    to Congress this week"): the clause is as future as its main one, and the week is no
    day; a day ("will meet reporters when he lands on Monday") is a schedule and stays."""
    if when.precision != "month" or not (when.future or _CURRENT.search(when.expression)):
        return False
    before = sentence[: max(start, 0)]
    own = clause(sentence, start, len(when.expression), after=False)
    head = before[: len(before) - len(own)]
    time = _TIME_CLAUSE.search(head)
    subject = _SUBJECT.match(own)  # "when they testify", not "testify before Congress"
    if time is None or subject is None or past_form(own) is not None:
        return False  # "when he met reporters this week": a past of its own
    main = head[: time.start()]
    return bool(_FUTURE.search(main)) and not re.search(r"[.;!?]", main)


# A title in quotation marks, words in capitals ("“Spain’s 9/11 and the Challenge of
# Radical Islam in Europe”").
_QUOTED = re.compile(r"[“\"]([^“”\"]{3,200})[”\"]")
_SMALL_WORDS = frozenset("a an the and or of in on at to for from with by as is vs".split())


def in_a_title(sentence: str, when: PartialDate, start: int) -> bool:
    """A date inside a title in quotation marks whose words are capitalised ("two PBS
    documentaries: “Spain’s 9/11 and the Challenge of Radical Islam in Europe”
    (2007)"): the title's words, not the time of a happening."""
    for quoted in _QUOTED.finditer(sentence):
        if not quoted.start(1) <= start < quoted.end(1):
            continue
        words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", quoted.group(1)) if w.lower() not in _SMALL_WORDS]
        months = {m.lower() for m in MONTHS}
        words = [w for w in words if w.lower() not in months and w.lower() not in WEEKDAYS]
        return len(words) >= 3 and all(w[:1].isupper() for w in words)
    return False


# A month ahead in a non-finite clause: an infinitive ("barrels ... to be delivered in
# December", "invited President Fernandez to visit Washington in July"), or a participle
# after a future ("will use the information gathered in March 2022").
_INFINITIVE = re.compile(
    r"\bto(?: be)? (?!(?:the|a|an|its|their|his|her|our|this|that|these|those)\b)(?-i:[a-z])\w+",
    re.IGNORECASE,
)
_FUTURE_CUE = re.compile(r"\b(?:will|shall|would|going to)\b|['’]ll\b", re.IGNORECASE)
# A plan's or an intention's own verb right before an infinitive ("decided to reconvene",
# "getting ready to increase", "is going to be hosting").
_PLAN_VERB = re.compile(
    r"\b(?:going|ready|decided?|decides|plans?|planned|planning|set|due|expected|agreed|agrees?|"
    r"intends?|intended|aims?|aimed|hopes?|hoped|scheduled|slated|able|about|wants?|wanted|seeks?|"
    r"sought|prepared|preparing|is|are|was|were|will|would)\s+$",
    re.IGNORECASE,
)


def future_month(sentence: str, when: PartialDate, start: int) -> bool:
    """A month after the publication's that dates a non-finite clause in the date's
    clause: an infinitive ("the Department of Energy (DOE) is issuing a Notice of Sale
    tomorrow morning for 15 million barrels ... to be delivered in December") or a
    participle after a future ("will use the information gathered in March 2022"). The
    month is that of a thing to come, not of the clause's happening; a plan told in its
    own finite verb ("is going to be hosting a conference in Paris in early December")
    is the month-ahead rule's (plans.py), and a plan that took place as said stays."""
    if when.precision != "month" or not when.future:
        return False
    before = clause(sentence, start, len(when.expression), after=False)
    cues = [*_INFINITIVE.finditer(before), *_FUTURE_CUE.finditer(before)]
    if not cues:
        return False
    last = max(cues, key=lambda m: m.end())
    gap = before[last.end() :]
    if re.search(r"[.;:!?]", gap):
        return False  # another sentence's, glued to this one
    if _FUTURE_CUE.fullmatch(last.group()):
        return past_form(gap) is not None
    if _PLAN_VERB.search(before[: last.start()]):
        return False  # "getting ready to increase its gas tax next month": the plan's own verb
    return len(gap.split()) <= PLAN_CONTENT_REACH


# The later end of a range written with its ends ("between June 20 and June 24",
# "from May 3 to May 9"): the range is dated by its first end;
_RANGE_END_BEFORE = re.compile(
    r"\b(?:between|from)\s+(?:the\s+)?[A-Za-z0-9][^;:.!?()]{0,30}?\s+(?:and|to|into|through)\s+(?:the\s+)?$|"
    r"\bfrom\s+(?:[A-Z][a-z]+\.?\s+)?\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\s*[–—-]\s*$",
    re.IGNORECASE,
)
_DATE_AFTER = re.compile(
    r"^(?:[\s,(]|</?\w+>|\*)+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
)


def range_end(sentence: str, when: PartialDate, start: int) -> bool:
    """The later end of a range written with both ends ("between June 20 and June
    24"): the range is dated by its first end; or a weekday read apart from the date
    written right after it ("On **<u>Monday, May 9</u>**"): the date is read on its own
    (a weekday with its date in brackets, "Friday (May 8, 2009)", is read as that date:
    dates._date_beside)."""
    if re.fullmatch(r"(?:on\s+)?[A-Z][a-z]+day", when.expression) and _DATE_AFTER.match(
        sentence[start + len(when.expression) :]
    ):
        return True
    return bool(_RANGE_END_BEFORE.search(sentence[: max(start, 0)]))


# Rules whose sentences still refer to their day (happenings.REFERENCE_RULES): plans,
# alternatives and conditions name the day something is to happen.
REFERENCES = (
    "alternative",
    "inverted condition",
    "future month",
    "future time clause",
    "plan content",
    "intended infinitive",
    "holiday occasion",
    "run-up",
)


# Reasons that judge the sentence's clause (not a web address, a name or a dateline): a
# finer date left out for one of them leaves the sentence without a dated happening.
_NOT_OF_THE_CLAUSE = frozenset(
    {"not text", "name", "dateline", "document year", "in a title", "citation year", "programme year"}
)


def names_a_thing(sentence: str, when: PartialDate, start: int, finer_reasons: Iterable[str | None]) -> bool:
    """A coarser date that names a noun ("to discuss this year's exams", "will co-host
    the 2022 International Anti-Corruption Conference") in a sentence whose finer date,
    the clause's own ("Later this week ... will meet"), was left out for what the clause
    says (`finer_reasons`, those of the finer dates it holds): the coarse date names a
    thing, the clause's happening has no date of its own."""
    if not NAMES_A_HAPPENING.match(sentence[start + len(when.expression) :]):
        return False
    return any(reason and reason not in _NOT_OF_THE_CLAUSE for reason in finer_reasons)


# A verb of intention or expectation, the date, then its infinitive ("the company hoped
# later this week to divert more oil", "BP expects on Monday to begin").
_INTENT_BEFORE = re.compile(
    r"\b(?:hop(?:e|es|ed|ing)|plan(?:ned|ning)|(?:i|we|they|you) plans?|intend(?:s|ed|ing)?|aim(?:s|ed|ing)?|"
    r"expect(?:s|ed|ing)?|want(?:s|ed|ing)?|(?:is|are|was|were) (?:set|due|likely|scheduled|slated))\s+$",
    re.IGNORECASE,
)
_INFINITIVE_AFTER = re.compile(r"^\s*,?\s+to\s+(?!the\b|a\b|an\b)(?-i:[a-z])", re.IGNORECASE)


def intended_infinitive(sentence: str, when: PartialDate, start: int) -> bool:
    """A date between a verb of intention or expectation and its infinitive ("A BP
    spokesman said the company hoped later this week to divert more than the 1,000
    barrels"): the date is the intended act's, which has not happened; not a date in
    the past ("had planned last week to ...": a plan that did not happen either, but
    its day is the planning's)."""
    if re.search(r"\b(?:last|ago|yesterday|earlier)\b", when.expression, re.IGNORECASE):
        return False
    before = sentence[: max(start, 0)]
    return bool(_INTENT_BEFORE.search(before) and _INFINITIVE_AFTER.match(sentence[start + len(when.expression) :]))


# A holiday named as the occasion one prepares, travels or gathers for ("will travel to
# Fort Bragg ... to celebrate Thanksgiving", "getting together with their families for
# Thanksgiving", "people who are preparing for Christmas").
_OCCASION_BEFORE = re.compile(
    r"\b(?:for|to (?:celebrate|mark|observe|commemorate|spend|honou?r))\s+(?:the\s+)?$", re.IGNORECASE
)


def holiday_occasion(sentence: str, when: PartialDate, start: int) -> bool:
    """A named holiday that is the occasion of a purpose or a preparation ("the
    President and First Lady will travel to Fort Bragg, North Carolina, to celebrate
    Thanksgiving", the visit set for the Monday before; "preparing for Christmas"): the
    holiday names the occasion, not the day of the clause's happening; a holiday
    celebrated in a finite verb stays ("Last week, we commemorated Memorial Day")."""
    return when.rule == "named day" and bool(_OCCASION_BEFORE.search(sentence[: max(start, 0)]))


# A year closing a bracket after a cited work's title, with its authors, editors or
# publisher ("*Handbook of Disaster Research* (co-edited with Donner & Trainor, 2018)",
# "Radical Islam in Europe” (with Smith, 2007)", "Tales of the City (Harper Press, 2009)").
_OPEN_BRACKET = re.compile(r"\(([^()]{0,160})$")
_CREDIT = re.compile(
    r"&|\b(?:with|co-?edited|co-?authored|co-?written|edited|ed\.|eds\.|et al\.?|trans\.|translated|"
    r"Press|Books|Publishers?|Publishing)(?!\w)",
    re.IGNORECASE,
)
_TITLE_MARK_BEFORE = re.compile(r"[*_”\"]\s*$")
_TITLE_CASE_BEFORE = re.compile(
    r"(?:(?<![\w'’])[A-Z][\w'’:,-]*\s+(?:(?:of|and|the|in|on|for|to|a|an|&|from|with)\s+)*){2,}"
    r"[A-Z][\w'’:,-]*[*_]*\s*$"
)


def citation_year(sentence: str, when: PartialDate, start: int) -> bool:
    """A year that closes a bracket right after a work's title (in italics, in quotes, or
    three capitalised words or more), the bracket naming its co-authors, editors or
    publisher, or nothing but the year after a marked title ("*Handbook of Disaster
    Research* (co-edited with Donner & Trainor, 2018)"): a bibliography's year dates the
    publication, not a happening of the story."""
    if not re.fullmatch(r"\d{4}", when.expression) or not re.match(r"\s*\)", sentence[start + len(when.expression) :]):
        return False
    bracket = _OPEN_BRACKET.search(sentence[: max(start, 0)])
    if bracket is None:
        return False
    inside, head = bracket.group(1).strip(), sentence[: bracket.start()]
    if not inside:
        return bool(_TITLE_MARK_BEFORE.search(head))
    if not inside.endswith(",") or not _CREDIT.search(inside):
        return False
    return bool(_TITLE_MARK_BEFORE.search(head) or _TITLE_CASE_BEFORE.search(head))


# A year between a capitalised word of a name and a programme's noun ("the National
# Association of Counties Achievement Award for the Ag 2000 initiative"): the name's.
_NAME_WORD_BEFORE = re.compile(
    r"(?<=\s)(?!(?:In|On|By|Since|From|During|Until|Of|For|At|And|But|Through|After|Before|Early|Late|Mid|"
    r"Between|Throughout|Spring|Summer|Fall|Autumn|Winter|The|This|That|Last|Next|Fiscal|FY)\b)"
    r"(?!(?:" + "|".join(m.capitalize() for m in MONTHS) + r")\b)[A-Z][\w&-]*\s+$"
)
_PROGRAMME_NOUN_AFTER = re.compile(
    r"^\s+(?:initiative|program|programme|project|campaign|scheme|challenge)s?\b"
)


def year_in_a_programme(sentence: str, when: PartialDate, start: int) -> bool:
    """A year written inside a programme's name: after a capitalised word that is no
    preposition, month or season, not a possessive, and before the programme's noun
    ("received the ... Achievement Award for the Ag 2000 initiative"): the name's year,
    not the time of the clause's happening."""
    if not re.fullmatch(r"\d{4}", when.expression):
        return False
    before, after = sentence[: max(start, 0)], sentence[start + len(when.expression) :]
    return bool(_NAME_WORD_BEFORE.search(before) and _PROGRAMME_NOUN_AFTER.match(after))


# A date in the noun phrase a period leads up to ("her increasingly influential role in
# the run up to the November mid-terms", "In the lead up to Nicaragua's November 2021 sham
# elections, the regime arbitrarily detained dozens"): the date names what ends the
# period (the elections), and what the sentence tells (a role, detentions) went on before
# it, not on that date. The date at most RUN_UP_WORDS words into the phrase, no mark or
# verb between; the noun forms only ("the events leading up to the explosion nearly five
# months ago" names the explosion as it happened).
RUN_UP_WORDS = 4
_RUN_UP_BEFORE = re.compile(
    rf"\b(?:(?:(?:run|lead|build)[- ]?up|countdown)\s+to|ahead\s+of)\s+"
    rf"(?P<phrase>(?:[\w'’&-]+\s+){{0,{RUN_UP_WORDS}}})$",
    re.IGNORECASE,
)
_LEAD = re.compile(r"(?:of\s+)?(?:the\s+)?", re.IGNORECASE)
_SAME_DAY = re.compile(r"(?:later |earlier )?(?:today|tonight|this (?:morning|afternoon|evening))", re.IGNORECASE)
_VERB_BETWEEN = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|said|says|which|who|that)\b", re.IGNORECASE
)


def run_up(sentence: str, when: PartialDate, start: int) -> bool:
    """A date in the noun phrase after "the run-up (lead-up, build-up, countdown) to" or
    "ahead of" ("in the run up to the November mid-terms", "engaged voters ahead of the
    November 2021 election"): the date of what ends the period, not of what the
    sentence tells went on in it."""
    # "the run up to the November mid-terms", "ahead of the November 2021 election": the
    # expression's "the" and "of" are read with the words before it
    lead = _LEAD.match(when.expression)  # always found: every part is optional
    before = sentence[: max(start, 0)] + (lead.group() if lead else "")
    found = _RUN_UP_BEFORE.search(before)
    if found is None or _VERB_BETWEEN.search(found.group("phrase")):
        return False
    if found.group().lower().startswith("ahead") and found.group("phrase").strip().lower() not in (
        "",
        "the",
    ):
        # A date after the noun is the noun's ("told reporters ahead of a meeting with
        # Hayward on Monday"), unless it is today: then the happening before it is of
        # the day too ("met the unions ahead of the hearing today").
        return not _SAME_DAY.fullmatch(when.expression)
    return True
