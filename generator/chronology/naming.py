"""Dates that are part of a name, not the time of a happening: a year naming a document
("the 2020 Robert *Levinson* Hostage Recovery and Hostage-Taking Accountability *Act*",
"READ THE 2021 ANNUAL REPORT", "the 1982 UNCLOS") or citing one ("23 Rev. Fin. 697,
698 (2019)"), a month that is a person called by name ("as you know, April, there
are laws"), and a day word that closes a paper's name ("at MedPage Today"). happenings._name asks `date_in_a_name`
before its own patterns."""

from __future__ import annotations

import re

from ..lexicon import words
from .tense import HAPPENED
from .years import MONTHS, WEEKDAYS

# Last words of names of documents (lexicon/named_documents.txt).
DOCUMENTS = words("named_documents")
# Longest run of words read as the name after its year.
NAME_WORDS = 14

# The year follows a determiner or a possessive: it modifies the noun phrase after it.
_OWNER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|this|that|these|those)|['’]s)\s+$", re.IGNORECASE
)
# A word of a name: capitalised or in capitals, perhaps hyphenated, perhaps inside
# emphasis markup ("*Levinson*", "**Act**"); or a small word inside a name.
_NAME_WORD = r"[*_]*[A-Z][\w'’&.-]*[*_]*"
_JOINER = r"(?:of|and|for|the|on|in|to|&|de|la)"
_NAME_AFTER = re.compile(
    rf"\s+(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD}|{_JOINER}[*_]*)){{0,{NAME_WORDS - 1}}}"
)
# An acronym right after the year, ending its noun phrase ("the 1982 UNCLOS,", "the
# 2021 NDAA and"): the short name of a document.
_ACRONYM_AFTER = re.compile(
    r"\s+[*_]*[A-Z]{2,}[0-9]*[*_]*(?=\s*(?:[,.;:)\]]|$)|\s+(?:and|or|to|that|which|as)\b)"
)

# A year in brackets after the pages it cites ("23 Rev. Fin. 697, 698 (2019)", "Golden
# Age of Journalism 444-66 (2013)"): a reference's year, a footnote's.
_CITED_PAGES = re.compile(r"\b\d+(?:\s*[-–,]\s*\d+)*\s+\($")
# A month that is also a given name, set off by commas inside a turn and followed by a
# clause: the person spoken to ("as you know, April, there are laws", "Well, I think,
# April, what ..."). A month's list ("in March, April, and May") has no clause after.
_GIVEN_NAMES = frozenset({"april", "may", "june"})
_COMMA_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+),\s+$")
_CLAUSE_AFTER = re.compile(
    r",\s+(?:there|i|i['’]\w+|you|we|it|he|she|they|what|how|why|where|do|does|did|is|are|"
    r"can|could|would|let|if|my|our|your|look|well)\b",
    re.IGNORECASE,
)
# Verbs of speech: a month is never their subject, a person is ("April was asking").
_SPEECH_AFTER = re.compile(
    r"\s+(?:(?:was|is|has|had|just|also|already)\s+)?(?:ask|asks|asked|asking|said|says|saying|"
    r"raise|raises|raised|raising|mentioned|mentions|noted|notes|pointed|points|talked|talks|"
    r"questioned|wanted to know|followed up)\b"
)
# A sentence that is only a speaker's label, or nothing, before the month, and a full
# stop after it: "April." given the floor in a transcript (a heading "June" has no stop).
_LABEL_ONLY = re.compile(r"\W*(?:[A-Z][A-Z.'’ -]+:\s*)?")
_NOT_A_NAME_BEFORE = frozenset(
    {
        "in",
        "on",
        "of",
        "until",
        "till",
        "since",
        "by",
        "from",
        "through",
        "and",
        "or",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "that",
    }
)


def date_in_a_name(sentence: str, expression: str, start: int) -> bool:
    """Is the date written at `start` part of a name: a year naming a document, a month
    calling a person?"""
    before = sentence[: max(start, 0)]
    after = sentence[start + len(expression) :]
    return (
        year_names_a_document(before, expression, after)
        or month_calls_a_person(before, expression, after)
        or month_ends_a_firm(before, expression)
        or (bool(_CITED_PAGES.search(before)) and after.startswith(")"))
    )


# A year, perhaps after a month and a day ("the 2021 Annual Report", "Biden's February
# 2021 Memorandum", "the June 15, 2021 Executive Order").
_DOCUMENT_DATE = re.compile(
    r"(?:(?:on|in|of|under|from|by|to|with|at|for)\s+)?(?:(?P<det>the|a|an)\s+)?"
    r"(?:(?:" + "|".join(sorted(m for m in MONTHS if len(m) > 3)) + r")\.?\s+(?:\d{1,2},?\s+)?)?"
    r"(?:1[89]|20)\d{2}",
    re.IGNORECASE,
)


def year_names_a_document(before: str, expression: str, after: str) -> bool:
    """A year (perhaps with its month and day) after "the" or a possessive and before a
    capitalised name whose words include a document's (lexicon/named_documents.txt), or
    before an acronym that ends the noun phrase: the document's name ("the 2020 Robert
    Levinson ... Act", "READ THE 2021 ANNUAL REPORT", "the 1982 UNCLOS", "Biden's
    February 2021 Memorandum"). Not before a happening's noun ("the 2010
    BP Oil Spill"), nor after a preposition of time ("During the 2022 OEP, 14.5 million
    enrolled": a period)."""
    match = _DOCUMENT_DATE.fullmatch(expression.strip())
    if match is None:
        return False
    if not (match.group("det") or _OWNER_BEFORE.search(before)):
        return False
    if _ACRONYM_AFTER.match(after):
        return True
    name = _NAME_AFTER.match(after)
    if name is None:
        return False
    found = [w.strip("*_.,;:'’").lower() for w in name.group().split()]
    return bool(DOCUMENTS.intersection(found)) and not HAPPENED.intersection(found)


def month_calls_a_person(before: str, expression: str, after: str) -> bool:
    """A month that is a given name and a person: the subject of a verb of speech ("the
    questions that April was asking", "April raised an important point"), a turn that
    only gives the floor ("MS. JEAN-PIERRE:  April."), or alone between two commas, after
    a word that is no preposition nor a date's and before a clause (a person spoken to:
    "as you know, April, there are laws")."""
    if expression.lower() not in _GIVEN_NAMES:
        return False
    if _SPEECH_AFTER.match(after) or (
        _LABEL_ONLY.fullmatch(before) and re.fullmatch(r"[.!?]\W*", after)
    ):
        return True
    word = _COMMA_BEFORE.search(before)
    if word is None:
        return False
    previous = word.group(1).lower()
    if previous in _NOT_A_NAME_BEFORE or previous in MONTHS or previous in WEEKDAYS:
        return False
    return bool(_CLAUSE_AFTER.match(after))


def month_ends_a_firm(before: str, expression: str) -> bool:
    """A month that is a name after another name and "and" or "&": a firm's name of two
    partners' ("Slaughter and May", "Marks & May"), not a date ("April and May", "on
    Monday and May 3")."""
    if expression.strip().lower() not in _GIVEN_NAMES:
        return False
    partner = _PARTNER_BEFORE.search(before)
    return partner is not None and partner.group(1).lower() not in (*MONTHS, *WEEKDAYS)


# A capitalised name and "and" or "&" right before the expression.
_PARTNER_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:and|&)\s+$")


# ... a year that is part of a name: a law or a plan ("the Trafficking Victims
# Protection Act of 2000", "the 2030 Agenda for Sustainable Development"), or a book's
# year in a list of publications ("(Fortress, 2009)");
_NAME_BEFORE = re.compile(
    r"\b(?:Act|Acts|Law|Agenda|Plan|Strategy|Goals?|Vision|Compact|Declaration|Convention|"
    r"Treaty|Accords?|Protocols?|Charter|Budget|Appropriations)(?:\s+\([A-Z]{2,}\))?\s+$"
)
# ... a law's year written after its name without "of", as British and Commonwealth
# laws are named ("the Defective Premises Act 1972", "the Building Safety Regulations
# 2023");
_LAW_BEFORE = re.compile(r"\b(?:Act|Acts|Law|Regulations|Order|Rules|Code|Bill|Ordinance)\s+$")
# ... a case's year in a law report's citation ("Parry v Cleaver [1970] AC 1", "[2026]
# EWCA Civ 388", "[2004] 1 WLR 1234", "(1991) 23 HLR 45"): the report's, no event;
_LAW_REPORT_AFTER = re.compile(r"^[\])]\s+(?:\d{1,3}\s+)?[A-Z][A-Za-z]{1,6}(?:\s+[A-Z][A-Za-z]{1,6}){0,2}\s+\d")
# ... or a numbered act's year in brackets ("UNSC Resolution 2593 (2021)", "Resolution
# 1970 (2011)", "Regulation (EU) No 833/2014"): the act's name, read where it is cited.
_NUMBERED_ACT_BEFORE = re.compile(
    r"\b(?:Resolutions?|Regulations?|Directives?|Decisions?)\s+\d+[\d/-]*\s*\($"
)
_YEAR_NAME_AFTER = re.compile(
    r"^\s+(?:LLC|Inc|Ltd|L\.P|LP|Corp|plc|PLC|Holdings)\b|"
    r"^\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:figure|[Ff]ellow|graduate|winner|laureate|scholar|bestseller|Award|Prize|"
    r"Medal|Honoree|Champion|Rookie|Teacher of the Year|Poet Laureate)s?\b|"
    r"^\s+(?:Agenda|Goals?|Vision|Plan|Strategy|Targets?|Framework|Compact|Roadmap|"
    r"Authorization|AUMF)\b|^\)|^\s+(?:[A-Z][\w'-]*\s+){0,6}(?:Act|Convention|Treaty|Accords?|Charter)\b|"
    r"^\s+(?:[a-z]+\s+){0,2}(?:budget|business plan|target|goal)s?\b"
)
# ... a season named by its year ("the first named storm of the 2010 Atlantic hurricane
# season"; "deployed skimmers during the 2005 storm season" is dated by it);
_SEASON_AFTER = re.compile(r"^\s+(?:[A-Za-z-]+\s+){0,2}season\b")
# ... or a title in quotes (ABC's “This Week” program);
_VOCATIVE = re.compile(
    r"^[\"“‘']?(?:MS\.|MR\.)?[A-Z .']*:?\s*(?:well|so|and|yes|no|okay|ok|look|sorry|thanks),\s+$",
    re.IGNORECASE,
)
_QUOTE_OPEN = re.compile(r"[“\"]$")
_QUOTE_CLOSE = re.compile(r"^[”\"]")
# A body named after a day, right after its date ("a January 6th commission", "the January 6
# Select Committee", "the 9/11 Commission").
_BODY_AFTER = re.compile(r"^\s+(?:select\s+)?(?:commission|committee|panel|task\s+force)s?\b", re.IGNORECASE)
_PROGRAMME_AFTER = re.compile(r"^(?:\s+AM)?\s+(?:program|programme)(?:s|['’]s)?\b", re.IGNORECASE)
_NOUN_DAY_BEFORE = re.compile(
    r"\b(?:a|an|our|their|your|its)\s+(?:(?:brighter|better|greater|safer|stronger|healthier|fairer|new|"
    r"whole|hopeful)\s+)?$",
    re.IGNORECASE,
)
_ISSUE_AFTER = re.compile(r"^\s+(?:edition|issue|number)\b", re.IGNORECASE)
_GO_AHEAD = re.compile(
    r"\b(?:go ahead|yes|yeah|thank you|thanks|please|sure|okay),\s+$", re.IGNORECASE
)
# A bare year between two capitalised words of a name ("PACC 2030 Investment Facilitation
# Team", "the President's 2023 Budget"); not after a capitalised preposition ("In 2019
# Congress passed"), nor before a happening's noun ("BP's 2005 Texas City refinery
# explosion", lexicon/happened_nouns.txt).
_TITLE_WORD_BEFORE = re.compile(
    r"(?<![\w.])(?!(?:In|On|By|Since|From|During|Until|Of|For|At|And|But|Through|After|Before|Early|Late|"
    r"Mid|Between|Throughout|Spring|Summer|Fall|Autumn|Winter|Sept?|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w&'-]*\s$"
)
_TITLE_WORD_AFTER = re.compile(r"^\s(?!(?:The|A|An|He|She|It|They|We|I)\b)[A-Z][a-z]")
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,}\s*\($")
# A word that names a day by its distance from today, capitalised after a capitalised
# word inside a sentence of prose ("Joyce Frieden at MedPage Today", "a letter to USA
# Today"): written so, it closes a name (a paper's, a programme's); a day is written in
# lower case there ("the committee met today"). A heading in title case ("Grants
# Awarded Today; Plan Funds ...") capitalises every word and says nothing of names:
# prose is told by a lower-case word of four letters or more.
_DEICTIC_DAY = re.compile(r"(?:Today|Tonight|Tomorrow|Yesterday)")
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:;]\s)(?<![.!?:;])\b[A-Z][\w&'’-]*\s+$")
_PROSE_WORD = re.compile(r"(?<![\w<*_/])[a-z][a-z’'-]{3,}\b")
_REFERENCE_ENTRY = re.compile(
    r"\((?:[A-Z][\w.&'’ -]{1,40},\s*\d{4};\s*)*[A-Z][\w.&'’ -]{1,40},\s*$"
)
# ... a work cited by its authors and year, as papers cite ("Okoro et al. (2023) has been
# checked", "Okoro A, Chen W, Smith J (2023) Plasma MOTR peptides"), or by its journal,
# year, volume and pages ("Scand J Gerontol 2021; 58: 77–89"); or a copyright's year
# ("© The Author(s) 2025."): the work's year, no event of the story.
_AUTHORS_BEFORE = re.compile(
    r"(?:\bet al\.?|\b[A-Z][\w'’-]+ [A-Z]{1,3}(?:,\s+[A-Z][\w'’-]+ [A-Z]{1,3})+),?\s*\($"
)
_VOLUME_AFTER = re.compile(r";\s*\d+(?:\(\d+\))?:\s*[\de]")
_COPYRIGHT_BEFORE = re.compile(r"(?:©|\([cC]\)|\bCopyright)\s*(?:[^\s.;]+\s+){0,6}$")


def in_a_name(sentence: str, expression: str, precision: str, start: int) -> bool:
    """A year that is part of a name or a reference: a law or a plan ("the Trafficking
    Victims Protection Act of 2000", "the 2030 Agenda", "the North Atlantic Treaty of
    1949", "Resolution 2593 (2021)"), a company ("MOEX Offshore 2007
    LLC"), a person's distinction ("a 2014 Guggenheim Fellow"), a book's year in a list
    of publications ("(Fortress, 2009)"), a work cited ("Okoro et al. (2023)", "Scand J
    Gerontol 2021; 58: 77–89"), a law's ("the Defective Premises Act 1972"), a law
    report's ("[1970] AC 1") or a copyright's ("© The Author(s) 2025"); or a date
    that is a title or a name in quotes (ABC's “This Week”, a “January 6th” moment), a
    body named after a day ("a January 6th commission"), or a month that is a person
    called by name ("Well, April, I'd also say")."""
    if date_in_a_name(sentence, expression, start):
        return True  # "the 2021 Annual Report", "as you know, April, there are laws"
    before = sentence[: max(start, 0)]
    after = sentence[start + len(expression) :]
    if _QUOTE_OPEN.search(before) and _QUOTE_CLOSE.match(after):
        return True  # ABC's “This Week”, a “January 6th” moment: a title or a name
    if re.search(r"(?<!\*)\*$", before) and re.match(r"\*(?!\*)", after):
        return True  # ABC's *This Week*: a title in italics
    if (
        _VOCATIVE.search(before)
        and re.fullmatch(r"[A-Z][a-z]+", expression)
        and after.startswith(",")
    ):
        return True  # "Well, April, I'd also say": a reporter called by name
    if re.fullmatch(r"today|tomorrow", expression, re.IGNORECASE) and _NOUN_DAY_BEFORE.search(
        before
    ):
        return True  # "hoping for a brighter tomorrow": the future, no day
    if day_word_ends_a_name(sentence, expression, start):
        return True  # "Joyce Frieden at MedPage Today": a paper's name
    if _PROGRAMME_AFTER.match(after) or (precision == "month" and _ISSUE_AFTER.match(after)):
        return True  # "The Today program's John Humphrys", "the January edition of Vogue"
    if (
        _GO_AHEAD.search(before)
        and re.fullmatch(r"[A-Z][a-z]+", expression)
        and re.fullmatch(r"\W*", after)
    ):
        return True  # "Go ahead, April.": a reporter given the floor
    if (
        re.search(r"\w,\s+$", before)
        and re.fullmatch(r"(?:April|May|June)", expression)
        and re.fullmatch(r"\s*[.!?]\W*", after)
    ):
        return True  # "I got to keep going, April.": a reporter called by name
    if precision == "day" and _BODY_AFTER.match(after):
        return True  # "a January 6th commission", "the 9/11 Commission": a body named after the day
    if precision != "year":
        return False
    if (
        re.fullmatch(r"\d{4}", expression)
        and _TITLE_WORD_BEFORE.search(before)
        and _TITLE_WORD_AFTER.match(after)
        and not HAPPENED.intersection(w.lower() for w in re.findall(r"[A-Za-z]+", after)[:5])
    ):
        return True  # "the PACC 2030 Investment Facilitation Team", "the Tokyo 2020 Olympics"
    return bool(
        (_NAME_BEFORE.search(before) and expression.lower().startswith("of "))
        or (_YEAR_NAME_AFTER.match(after) and not after.lstrip().startswith(")"))
        or (
            _SEASON_AFTER.match(after)
            and not re.match(r"(?:during|in|throughout)\b", expression, re.I)
        )
        or (_ACRONYM_BEFORE.search(before) and after.startswith(")"))
        or (_NUMBERED_ACT_BEFORE.search(before) and after.startswith(")"))
        or (_REFERENCE_ENTRY.search(before) and re.match(r"\s*[;),]", after))
        or (_AUTHORS_BEFORE.search(before) and after.startswith(")"))
        or bool(_VOLUME_AFTER.match(after))
        or (_COPYRIGHT_BEFORE.search(before) is not None and re.fullmatch(r"\d{4}", expression))
        or (
            re.fullmatch(r"\d{4}", expression) is not None
            and (
                _LAW_BEFORE.search(before) is not None
                or (before.endswith(("[", "(")) and _LAW_REPORT_AFTER.match(after) is not None)
            )
        )
    )


def day_word_ends_a_name(sentence: str, expression: str, start: int) -> bool:
    """"Today", "Tonight", "Tomorrow" or "Yesterday" capitalised right after a capitalised
    word that does not open the sentence, in a sentence of prose (with a lower-case word
    of four letters or more): the last word of a name ("go to Joyce Frieden at MedPage
    Today", "wrote in USA Today"), not a day. A heading in title case ("Grants Awarded
    Today") is no prose and keeps its day."""
    if not _DEICTIC_DAY.fullmatch(expression):
        return False
    before = sentence[: max(start, 0)]
    word = _CAPITALISED_BEFORE.search(before)
    if word is None or not before[: word.start()].strip():
        return False
    return bool(_PROSE_WORD.search(before[: word.start()] + " " + sentence[start + len(expression) :]))
