"""What is not a happening, in a market's move: the rule of not_a_happening
(happenings.py) that finds a date is the day a price moved ("Shares in Swiss-based
Transocean, the world's largest offshore rig contractor, dropped 4.4 percent on
Thursday", "BP's U.S.-listed shares closed 1.7 percent lower on Tuesday", "Nov. 9 -
Shares in BP rise after a U.S. presidential panel says ..."). A price's move is a figure
of the day, like a level; what moved it is the happening ("after the panel said ..."),
and it has its own clause and date. changes.level_change reads the plain cases within
the clause that holds the date; this rule reads the move's subject across an apposition
between commas and a clock time ("at 7:02 a.m. EDT on Friday"), the verbs of a close
("closed 1.7 percent lower", "ended", "took a beating") and a move caused ("Supportive
comments from Britain lift BP's shares").
"""

from __future__ import annotations

import re

from .changes import dates_other_happening
from .clauses import NAMES_A_HAPPENING
from .dates import PartialDate

# What a market prices: shares, a stock, a share price, an index by its name.
_PRICED = (
    r"(?:shares(?! (?:a|an|the|his|her|its|their|with|of [a-z])\b)|stocks?(?! of [a-z])|equities|ADRs|"
    r"American depositary (?:receipts|shares)|(?:share|stock) prices?|(?:oil|crude) (?:prices|futures)|"
    r"(?-i:FTSE|Dow|Nasdaq|S&P|STOXX|Brent)(?:\s+[\w&-]+)?)"
)
# A move: a verb of rising or falling, a close or an open up or down (with its amount),
# a new low or high, a beating.
_AMOUNT = r"(?:(?:by\s+)?(?:(?:more than|nearly|almost|about|over|some|as much as|another|just)\s+)*[\d.,]+\s*(?:percent|%|pct|cents?|pence|points?)\s+)?"
_MOVE = (
    r"(?:fell|rose|tumbled|plunged|slumped|dropped|jumped|climbed|soared|surged|slid|sank|gained|rallied|"
    r"(?:fall|rise|tumble|plunge|slump|drop|jump|climb|soar|surge|slide|sink|gain|rally)s?|"
    r"recovered|rebounded|stabili[sz]ed|steadied|slipped|dipped|advanced|declined(?! to)|crashed|nose-?dived|plummeted|dived|"
    r"bounced|sagged|tanked|continued (?:falling|rising|sliding|to fall|to rise|to slide)|"
    r"(?:lost|shed|added)\s+(?:(?:more than|nearly|almost|about|over|some|another|just)\s+)*(?:[\d.,]+|half|a third|a quarter)|"
    r"(?:closed|ended|finished|opened|traded|were|was|are|is|stood)\s+" + _AMOUNT + r"(?:up|down|higher|lower|flat|unchanged)|"
    r"edged (?:up|down|higher|lower)|took a (?:beating|battering|hammering|hit)|"
    r"(?:hit|touched|reached)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:low|high|lowest|highest))\b"
)
# The move's subject and its verb, an apposition or a relative clause between them at
# most SUBJECT_REACH words long ("Shares of BP -- which has lost about 40 percent of its
# market value since the blast -- closed 2 percent higher").
SUBJECT_REACH = 16
_SUBJECT_MOVE = re.compile(
    rf"\b{_PRICED}\b(?:\s+[^\s;.!?]+){{0,{SUBJECT_REACH}}}?\s+(?P<verb>{_MOVE})", re.IGNORECASE
)
# ... or a move caused: a verb of pushing a price with the price as its object.
_CAUSED_MOVE = re.compile(
    r"\b(?:lift|lifts|lifted|boost|boosts|boosted|push|pushes|pushed|send|sends|sent|drive|drives|drove|"
    r"knock|knocks|knocked|hammer|hammers|hammered|batter|batters|battered)\s+(?:[\w.'’-]+\s+){0,3}?"
    rf"{_PRICED}\b",
    re.IGNORECASE,
)
# Between the move and its date: a few words of place, amount or clock time ("in London
# trading", "to 440 pence at 7:02 a.m. EDT"), no mark of another clause and no other
# verb of saying.
MOVE_REACH = 12
_OTHER_CLAUSE = re.compile(
    r"[;()]|,\s|\s[-—–]+\s|\b(?:which|who|that|after|before|when|since|because|as|while|following|amid|"
    r"said|says|told|reported|announced|and|but)\b",
    re.IGNORECASE,
)
# A timeline's item: the date, a dash, then the move ("June 11 - Supportive comments
# from Britain lift BP's shares in London by 6.4 percent").
_ITEM = re.compile(r"^\s*[-—–:]\s+")


def market_move(sentence: str, when: PartialDate, start: int) -> bool:
    """A price's move on the date, the date in the move's own clause: after the move's
    verb by a few words of place, amount or time ("Shares in BP gained 2.9 percent to
    440 pence at 7:02 a.m. EDT on Friday"), before its subject at the sentence's start
    ("On Friday, BP shares fell") or heading a timeline's item ("Nov. 9 - Shares in BP
    rise after ..."); not a date that names a happening ("after Thursday's testimony")
    nor one in another clause ("rose after BP said on Monday that ..."), nor a date
    right after the noun of another happening ("hit by the outbreak six years ago")."""
    end = start + len(when.expression)
    if dates_other_happening(sentence, start):
        return False  # "fell in the markets hardest hit by the outbreak six years ago"
    for pattern in (_SUBJECT_MOVE, _CAUSED_MOVE):
        for move in pattern.finditer(sentence):
            if move.end() <= start:
                between = sentence[move.end() : start]
                if (
                    len(between.split()) <= MOVE_REACH
                    and not _OTHER_CLAUSE.search(between)
                    and not NAMES_A_HAPPENING.match(sentence[end:])
                ):
                    return True
            elif move.start() >= end:
                if _opens_move(sentence[:start], sentence[end : move.start()]):
                    return True
            elif _before_verb(sentence, move, start, end):
                return True  # the date right before the verb: "BP's shares today fell 5%"
    return False


def _before_verb(sentence: str, move: re.Match[str], start: int, end: int) -> bool:
    """The date between the move's subject and its verb, right before the verb, and no
    other clause opened between the subject and the date ("BP's shares today fell 5%")."""
    if "verb" not in move.groupdict() or sentence[end : move.start("verb")].strip():
        return False
    return not re.search(r"[,;]|" + _OTHER_CLAUSE.pattern, sentence[move.start() : start], re.IGNORECASE)


def _opens_move(before: str, between: str) -> bool:
    """The date opens the sentence (or a timeline's item) and the move's clause follows
    it at once: "On Friday, BP shares fell", "June 11 - Supportive comments ... lift"."""
    if before.strip(" \"“'") and not re.fullmatch(r"\s*(?:on|and|but)?\s*", before, re.IGNORECASE):
        return False
    rest = _ITEM.sub("", between, count=1) if _ITEM.match(between) else re.sub(r"^\s*,\s*", "", between)
    return len(rest.split()) <= MOVE_REACH and not _OTHER_CLAUSE.search(rest)
