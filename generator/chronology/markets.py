"""What is not a happening, in a market's move: the rules of not_a_happening
(happenings.py) that find a date is the day a price moved ("Shares in Swiss-based
Transocean, the world's largest offshore rig contractor, dropped 4.4 percent on
Thursday", "BP's U.S.-listed shares closed 1.7 percent lower on Tuesday", "Nov. 9 -
Shares in BP rise after a U.S. presidential panel says ..."), a market's reference point
("since the close of trading on April 23", "rebounding from Thursday's 13-year low"), or
the day of a value held or lost ("the company was valued at £122bn", "Another £2.4bn was
wiped off the value of BP when trading began in London today"). A price's move is a
figure of the day, like a level; what moved it is the happening ("after the panel said
..."), and it has its own clause and date. changes.level_change reads the plain cases
within the clause that holds the date; market_move reads the move's subject across an
apposition between commas, a ticker's dots and a clock time ("at 7:02 a.m. EDT on
Friday"), the verbs of a close ("closed 1.7 percent lower", "ended", "took a beating"),
a move caused ("Supportive comments from Britain lift BP's shares"), a move told with its
market's place ("up 5 percent on the Zurich stock exchange on Friday") and a timeline's
item with a bullet or a phrase before the subject ("June 3 - After previous sharp
declines, BP shares rise").
"""

from __future__ import annotations

import re

from .changes import dates_other_happening
from .clauses import NAMES_A_HAPPENING, governed
from .dates import PartialDate

# What a market prices: shares, a stock, a share price, an index by its name.
_PRICED = (
    r"(?:shares(?! (?:a|an|the|his|her|its|their|with|of [a-z])\b)|stocks?(?! of [a-z])|equities|ADRs|"
    r"American depositary (?:receipts|shares)|(?:share|stock) prices?|(?:oil|crude) (?:prices|futures)|"
    r"(?-i:FTSE|Dow|Nasdaq|S&P|STOXX|Brent)(?:\s+[\w&-]+)?)"
)
# (an amount required: "up 3 percent", "down by almost 2.5%", "up as much as 12p")
_SIZE = (
    r"(?:by\s+)?(?:(?:more than|nearly|almost|about|over|some|as much as|another|just|around)\s+)*"
    r"[\d.,]*\d\s*(?:percent|%|pct|cents?|pence|p|points?)(?!\w)"
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
    r"edged (?:up|down|higher|lower)|took a (?:beating|battering|hammering|hit)|been (?:battered|hammered|pummell?ed|sold off)|"
    r"(?:hit|touched|reached|hitting|touching|reaching)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:low|high|lowest|highest)|"
    # ... a move told against the one before ("ADRs added to losses", "extended gains")
    r"(?:add(?:s|ed)? to|extend(?:s|ed)|pare[sd]?|trim(?:s|med))\s+(?:its\s+|their\s+|early\s+|earlier\s+)?(?:losses|gains)|"
    # ... or a level up or down with its amount in apposition ("BP shares, down by almost
    # 2.5% in morning trading", "shares, already up this morning")
    r"(?:(?:already|still|now)\s+)?(?:up|down)\s+" + _SIZE + r"|"
    r"(?:already|still|now)\s+(?:up|down|higher|lower))(?:\b|(?<=%))"
)
# The move's subject and its verb, an apposition or a relative clause between them at
# most SUBJECT_REACH words long ("Shares of BP -- which has lost about 40 percent of its
# market value since the blast -- closed 2 percent higher").
SUBJECT_REACH = 16
# (a word of the subject may hold a dot, a ticker's or an abbreviation's: "Transocean Ltd
# <RIGN.S> <RIG.N>", "U.S.-listed"; a comma may follow the subject at once: "BP shares, down")
_WORD = r"(?:[^\s;.!?]|\.(?=\S))+"
_SUBJECT_MOVE = re.compile(
    rf"\b{_PRICED}\b,?(?:\s+{_WORD}){{0,{SUBJECT_REACH}}}?\s+(?P<verb>{_MOVE})", re.IGNORECASE
)
# ... or a move caused: a verb of pushing a price with the price as its object.
_CAUSED_MOVE = re.compile(
    r"\b(?:lift|lifts|lifted|boost|boosts|boosted|push|pushes|pushed|send|sends|sent|drive|drives|drove|"
    r"knock|knocks|knocked|hammer|hammers|hammered|batter|batters|battered)\s+(?:[\w.'’-]+\s+){0,3}?"
    rf"{_PRICED}\b",
    re.IGNORECASE,
)
# ... or a move as a noun, the price its object ("catching up with gains notched in the
# U.S.-listed shares on Wednesday"), or a sell-off ("The dramatic sell-off on Wednesday").
_NOUN_MOVE = re.compile(
    r"\b(?:gains|losses|declines|falls|rises|drops)\s+(?:\w+ed\s+)?(?:in|by|of)\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?:{_WORD}\s+){{0,2}}?{_PRICED}\b|\bsell-?offs?\b",
    re.IGNORECASE,
)
# ... or a move whose subject is a pronoun opening the sentence, the priced thing named in
# the sentence before ("They had plunged 9 percent on Monday", "It fell 3.5 percent to 410
# pence on Friday"): the verb of a move with its size in percent, points or pence.
_PRONOUN_MOVE = re.compile(
    r"^\W*(?:(?:and|but|yet)\s+)?(?:they|it)\s+(?:(?:had|have|has)\s+)?(?:(?:also|already|now|then|later)\s+)?"
    r"(?P<verb>(?:fell|rose|tumbled|plunged|slumped|dropped|jumped|climbed|soared|surged|slid|sank|gained|"
    r"rallied|recovered|rebounded|slipped|dipped|advanced|declined|plummeted|lost|shed|added|closed|ended|"
    r"finished|opened|traded|fallen|risen|sunk|(?:fall|rise|tumble|plunge|slump|drop|jump|climb|soar|surge|"
    r"slide|sink|gain|rally)s?)(?:\s+(?:up|down|higher|lower))?\s+" + _SIZE + r")",
    re.IGNORECASE,
)
# ... or a price's level reached, ranked against a span of years or all time ("BP
# shares, which have recovered strongly since hitting a 14-year low on June 25").
_LEVEL_HIT = re.compile(
    r"\b(?:hit|hits|hitting|touched|touching|reached|reaching|(?:fell|fall|falling|sank|plunged|slumped|dropped|rose|climbed)\s+to)\s+"
    r"(?:a|an|its|their|the)\s+(?:fresh\s+|new\s+)?(?:\d+[-\s](?:year|month|week)|record|all-time)\s+(?:low|high)s?\b",
    re.IGNORECASE,
)
# Between the move and its date: a few words of place, amount or clock time ("in London
# trading", "to 440 pence at 7:02 a.m. EDT"), no mark of another clause and no other
# verb of saying.
MOVE_REACH = 12
_OTHER_CLAUSE = re.compile(
    r"[;()]|,\s|\s[-—–]+\s|\b(?:which|who|that|after|before|when|since|because|as|while|following|amid|despite|"
    r"said|says|told|reported|announced|and|but)\b",
    re.IGNORECASE,
)
# (an amount's or a rank's words are no other clause: "plunged as much as 20% at one
# stage this morning", "hit their lowest level since February 1997 on Tuesday")
_AMOUNT_WORDS = re.compile(
    r"\bas (?:much|little|high|low|far) as\b|"
    r"\b(?:level|low|high|close)s?\s+(?:since\s+(?:[A-Z][a-z]+\.?\s+)?\d{4}|in\s+\d+\s+years)\b",
    re.IGNORECASE,
)
# ... nor a move told with its market's place and an amount, its subject out of the
# sentence ("[Transocean], up more than 5 percent on the Zurich stock exchange on
# Friday", "rose 2.4 percent on Wall Street during Tuesday trading");
_VENUE_MOVE = re.compile(
    r"\b(?:up|down|rose|fell|gained|lost|added|dropped|climbed|jumped|slipped|shed|sank|slid|tumbled|"
    rf"plunged|soared|surged)\s+{_SIZE}\s+(?:on|in|at)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,3}}"
    r"(?:stock exchange|stock market|Wall Street|trading|trade|dealings|markets?)\b",
    re.IGNORECASE,
)
# (after the date, a preposition or a trading session opens no happening's name: "tumbled
# to a 13-year low yesterday over fears", "during Tuesday trading")
_AFTER_NO_NAME = re.compile(
    r"^\s+(?:over|ahead|against|among|around|toward|towards|off|trading|trade|session|dealings|"
    r"wiping|knocking|taking|sending|bringing|leaving|giving|adding|making)\b",
    re.IGNORECASE,
)
# A timeline's item: the date, a dash, then the move ("June 11 - Supportive comments
# from Britain lift BP's shares in London by 6.4 percent"), a bullet before it ("* April
# 26 - BP's shares fall 2 percent"), a phrase with no verb before the move's subject
# ("June 3 - After previous sharp declines, BP shares rise"), or one before the date
# ("In a similar scenario, five years ago, Clean Harbors' stock shed more than 20 percent").
_ITEM = re.compile(r"^\s*[-—–:]\s+")
_PLACE_BEFORE = re.compile(r"^\s*(?:in|at)\s+(?:[A-Z][\w.'’-]*\s+){1,3}", re.IGNORECASE)  # "In New York on Thursday, BP shares fell"
_BULLET = re.compile(r"^\s*[*•·]?\s*(?:(?:on|and|but)\b\s*)?$", re.IGNORECASE)
_OPENING_PHRASE = re.compile(
    r"^\s*(?:after|despite|amid|following|with|on|in|at|like)\s+(?!\w+ed\b)(?:[\w'’-]+\s+){0,5}?[\w'’-]+,\s*",
    re.IGNORECASE,
)


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
    named = names_a_happening(when.expression, sentence[end:]) and not _AFTER_NO_NAME.match(sentence[end:])
    for pattern in (_SUBJECT_MOVE, _CAUSED_MOVE, _VENUE_MOVE, _NOUN_MOVE, _LEVEL_HIT, _PRONOUN_MOVE):
        for move in pattern.finditer(sentence):
            if move.end() <= start:
                between = _AMOUNT_WORDS.sub(" ", sentence[move.end() : start])
                if len(between.split()) <= MOVE_REACH and not _OTHER_CLAUSE.search(between) and not named:
                    return True
            elif move.start() >= end:
                if _opens_move(sentence[:start], when.expression, sentence[end : move.start()]):
                    return True
            elif _before_verb(sentence, move, start, end):
                return True  # the date right before the verb: "BP's shares today fell 5%"
    return False


def names_a_happening(expression: str, after: str) -> bool:
    """Does a noun after the date name a happening the date belongs to ("the April 20
    explosion", "Thursday's testimony")? Not after a preposition with no article: "in
    2022 outlined below", "the sell-off on Wednesday added" hold no noun's modifier."""
    bare = re.match(r"(?:in|on|at|during)\s+(?!the\b)", expression, re.IGNORECASE)
    return bool(NAMES_A_HAPPENING.match(after)) and (not bare or after.startswith(("'", "’")))


def _before_verb(sentence: str, move: re.Match[str], start: int, end: int) -> bool:
    """The date between the move's subject and its verb, right before the verb, and no
    other clause opened between the subject and the date ("BP's shares today fell 5%")."""
    if "verb" not in move.groupdict() or sentence[end : move.start("verb")].strip():
        return False
    return not re.search(r"[,;]|" + _OTHER_CLAUSE.pattern, sentence[move.start() : start], re.IGNORECASE)


def _opens_move(before: str, expression: str, between: str) -> bool:
    """The date opens the sentence (or a timeline's item) and the move's clause follows
    it at once: "On Friday, BP shares fell", "June 11 - Supportive comments ... lift",
    "* April 26 - BP's shares fall", "June 3 - After previous sharp declines, BP shares
    rise" (the date's expression may have taken the dash and the next word), "In a
    similar scenario, five years ago, Clean Harbors' stock shed"."""
    opening = _OPENING_PHRASE.match(before) or _PLACE_BEFORE.match(before)
    if not _BULLET.match(before[opening.end() :] if opening else before.strip(" \"“'")):
        return False
    dash = re.search(r"\s[-—–:]\s+(?=\S+$)", expression)
    if dash:
        between = expression[dash.end() :] + between  # "June 3 - After" + " previous sharp declines, BP "
    elif _ITEM.match(between):
        between = _ITEM.sub("", between, count=1)
    else:
        between = re.sub(r"^\s*,\s*", "", between)
    rest = _OPENING_PHRASE.sub("", between, count=1)
    return len(rest.split()) <= MOVE_REACH and not _OTHER_CLAUSE.search(rest)


# A market's reference point named by the date: a close, a low or a high, a closing
# price, a day's value or a day's move as a noun ("since the close of trading on April
# 23", "since the close on that day", "from their June low", "rebounding from Thursday's
# 13-year low", "its New York closing price of $26.97 on June 25", "last Friday's market
# capitalization", "Wednesday's share price drop", "Today's losses mean that ...").
_CURRENCY = r"(?:[$£€]|#\s)"  # (the Guardian's "£" comes as "# ": "# 122bn")
_REFERENCE_BEFORE = re.compile(
    r"\b(?:since|from|than|above|below|off|over|with|to)\s+(?:the|its|their|a|an)\s+(?:[\w.-]+\s+){0,2}?"
    r"(?:close|closing(?:\s+(?:price|level|bell))?|open(?:ing)?|low|high|peak)(?:\s+of\s+(?:trading|trade|business))?"
    rf"(?:\s+of\s+{_CURRENCY}?\s?[\d.,]*\d\s*(?:pence|p|cents|euros|dollars)?)?\s+(?:(?:on|of|at)\s+)?$",
    re.IGNORECASE,
)
_LEVEL_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:[\d]+-(?:year|month|week|day)\s+|record\s+|all-time\s+|intraday\s+|closing\s+)?"
    r"(?:low|high|lows|highs|close|closing (?:price|level))(?![\w-])",
    re.IGNORECASE,
)
_DAY_MOVE_AFTER = re.compile(
    r"^['’]s\s+(?:[\w-]+\s+){0,2}?(?:(?:market\s+)?(?:value|valuation|capitali[sz]ation)|"
    r"(?:(?:share|stock)\s+price\s+|market\s+)?(?:drop|fall|slide|plunge|slump|rise|jump|rally|rebound|gains|losses|"
    r"declines|sell-?off))\b",
    re.IGNORECASE,
)
# (the date of a trading session: "In Wednesday trading in New York", "during Tuesday trading")
_SESSION_AFTER = re.compile(r"^\s+(?:[\w-]+\s+)?(?:trading|trade|dealings|session)\b", re.IGNORECASE)
_MARKET_WORDS = re.compile(rf"\b{_PRICED}|\bmarket (?:value|capitali[sz]ation)|\binvestors\b|\btrading\b", re.IGNORECASE)


def market_reference(sentence: str, when: PartialDate, start: int) -> bool:
    """A date that names a market's reference point or its day's move: a close, a low, a
    high, a closing price ("since the close of trading on April 23", "rebounding from
    Thursday's 13-year low", "from their June low"), a day's value or move as a noun
    ("last Friday's market capitalization", "Wednesday's share price drop", "Today's
    losses mean that BP's market value has plunged"): a price's level, a figure, not a
    happening; only where the sentence speaks of a market (shares, a market value,
    investors, trading)."""
    before = sentence[: max(start, 0)]
    after = sentence[start + len(when.expression) :]
    preposition = re.match(r"(?:on|of|at)\s+", when.expression, re.IGNORECASE)
    if _REFERENCE_BEFORE.search(before + (preposition.group() if preposition else "")):
        return True  # "since the close of trading on April 23", "closing price of $26.97 on June 25"
    if not _MARKET_WORDS.search(sentence):
        return False  # "ahead of tomorrow's high court challenge"
    if _LEVEL_AFTER.match(after) and (after.startswith(("'", "’")) or re.search(r"\b(?:its|their|the|a)\s+$", before)):
        return True  # "Thursday's 13-year low", "from their June low"
    if _SESSION_AFTER.match(after) and (_SUBJECT_MOVE.search(sentence) or _VENUE_MOVE.search(sentence)):
        return True  # "In Wednesday trading in New York, BP stock rose $1.18"
    return bool(_DAY_MOVE_AFTER.match(after))


# A value held or lost on the date: a company valued at or worth a sum ("At the start of
# last week, the company was valued at £122bn", "the company is worth 70 billion pounds
# ... against over 120 billion pounds in April"), or a sum wiped off or added to a value
# ("Another £2.4bn was wiped off the value of BP when trading began in London today",
# "This knocked more than £5bn off ..."): a price's level, a figure of the day.
_SUM = rf"(?:(?:more than|nearly|almost|about|over|some|another|a further|an additional|around|roughly)\s+)*{_CURRENCY}?\s?\d[\d.,]*\s*(?:bn|m|billion|million|trillion)?"
_VALUED = re.compile(
    rf"\b(?:is|are|was|were|be|been)\s+(?:(?:now|still|only|currently|then)\s+)?(?:valued\s+at|worth|capitali[sz]ed\s+at)\s+{_SUM}",
    re.IGNORECASE,
)
_WIPED = re.compile(
    r"\b(?:wiped|wiping|wipes|knocked|knocking|knocks|shaved|lopped|erased|added|adding|took|taking)\s+(?:out\s+)?"
    rf"{_SUM}(?:\s+[\w-]+)?\s+(?:off|from|to|of)\s+(?:[\w.'’-]+\s+){{0,3}}?(?:market\s+)?(?:value|valuation|capitali[sz]ation|market cap|share price)\b"
    rf"|{_SUM}(?:\s+[\w-]+)?\s+(?:has been|have been|had been|was|were|is|are)\s+(?:wiped|knocked|shaved|lopped|erased|added)\s+"
    r"(?:off|from|to|on)\b",
    re.IGNORECASE,
)
# (the date in a time clause of the trading day: "when trading began in London today")
_TRADING_BEGAN = re.compile(
    r"\b(?:when|as|after|before)\s+(?:trading|the (?:stock )?market|markets)\s+(?:began|opened|started|resumed|closed|ended)\b"
    r"(?:\s+[\w-]+){0,3}?\s+$",
    re.IGNORECASE,
)


def market_value(sentence: str, when: PartialDate, start: int) -> bool:
    """A value held or lost on the date in the date's clause, brackets read through
    ("the company was valued at £122bn", "is worth 70 billion pounds ($102 billion)
    against over 120 billion pounds in April"), or a sum wiped off a market value when
    trading began on the date ("Another £2.4bn was wiped off the value of BP when trading
    began in London today"): a price's level, not a happening. A sum of a deal stays
    ("BP agreed to sell assets worth $7 billion on Monday": no "be")."""
    after = sentence[start + len(when.expression) :]
    if NAMES_A_HAPPENING.match(after) or re.search(r"\bsince\s+(?:the\s+)?$", sentence[: max(start, 0)], re.I):
        return False  # "wiped out $30 billion of market value since the April 20 rig fire"
    unbracketed = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), sentence)
    held = governed(unbracketed, start, len(when.expression))
    if _VALUED.search(held) or _WIPED.search(held):
        return True
    if _TRADING_BEGAN.search(unbracketed[: max(start, 0)]):
        return bool(_WIPED.search(unbracketed) or _VALUED.search(unbracketed) or _SUBJECT_MOVE.search(unbracketed))
    return False
