"""What happens: whether the clause that holds a date has a verb that happens, read by
the rules of not_a_happening (happenings.py) that need positive evidence of a happening.

A happening is told by a verb that happens: a past form ("said", "announced", "was
held", "has signed"), a progressive ("is announcing"), a deed told in the present of a
report or a schedule ("December 11: Donfried travels to Ukraine", "Today the President
signs", "we launch today": lexicon/deed_verbs.txt), or a future deed on a day ("will
travel to Bali on November 14"). A clause whose verbs are only copulas and verbs of a
state, a belief or a feeling (lexicon/stative_verbs.txt), modals, infinitives or -ing
forms says how things are or were, or what may be, on its date: "We're now in
October", "Today, we know cancer as a disease for which ...", "In June, some City
analysts doubted whether BP could survive the crisis", "There was an expectation from
last August that ...". A clause with no verb at all (a headline, a list's entry: "May 19:
first heavy oil ashore in Louisiana") is left to the other rules, and so is a date that
names a happening ("the events of January 6th", "the Valdez spill in 1989").
"""

from __future__ import annotations

import itertools
import re

from ..lexicon import words
from .clauses import NAMES_A_HAPPENING, clause, opens
from .dates import PartialDate
from .tense import HAPPENED

STATIVE = words("stative_verbs")
_DEEDS = words("deed_verbs")
# Nouns of a happening or an occasion ("the April 20 explosion", "a call this afternoon").
_OCCASION_WORDS = words("occasion_nouns") | HAPPENED | words("event_heads") | words("report_nouns")
OCCASIONS = _OCCASION_WORDS | {w + "s" for w in _OCCASION_WORDS if not w.endswith("s")}


def _present_forms(base: str) -> set[str]:
    """The third person's forms of a verb: "travels", "pushes", "tallies"."""
    if re.search(r"(?:s|sh|ch|x|z|o)$", base):
        return {base + "es"}
    if re.search(r"[^aeiou]y$", base):
        return {base[:-1] + "ies"}
    return {base + "s"}


DEED_PRESENT = frozenset(form for base in _DEEDS for form in _present_forms(base))
DEED_BASE = frozenset(_DEEDS)
# Their participles in -ed ("published", "released", "signed"), for a present passive.
DEED_PARTICIPLES = frozenset(base + ("d" if base.endswith("e") else "ed") for base in _DEEDS)

# Irregular past forms and participles of verbs that happen (the past forms of states,
# "was", "had", "knew", "thought", are in lexicon/stative_verbs.txt).
_IRREGULAR = frozenset(
    (
        "said told took taken began begun ran met held went gone came made gave given won lost left "
        "sent spoke spoken wrote written became brought fell fallen found got gotten led paid saw seen "
        "struck wore rose risen broke broken chose chosen drove driven flew flown grew grown threw "
        "thrown sold bought caught fought taught sought heard dealt spent built lent shot fled did done "
        "shown drew drawn sank sunk stole stolen swore sworn tore torn withdrew withdrawn forgave "
        "undertook undertaken overtook froze frozen bore born hung laid rang sang woke kept slept swept "
        "wept crept fed bled hid hidden bit bitten forgot forgotten mistook rode ridden shook shaken "
        "sped spun stuck stung swung ate eaten drank drunk shrank shrunk"
    ).split()
)
# Words that end in -ed but are no past of a deed ("scheduled to", "hundred", "indeed").
_NOT_PAST = frozenset(
    "scheduled expected planned slated proposed needed succeed proceed exceed need feed speed "
    "bleed breed heed indeed seed hundred sacred naked wicked kindred rugged ragged crooked "
    "beloved red bed shed wed embed".split()
)
# -ing forms of a state ("being", "facing", "continuing"): no progressive deed.
_STATE_ING = frozenset(
    "being having facing hoping expecting wanting needing remaining continuing seeming "
    "looking waiting living knowing feeling thinking believing going".split()
)
# Verbs whose past participle is their base form: a past only after a past auxiliary.
_SAME_FORMS = frozenset(
    "cut put set hit shut let quit spread cast broadcast hurt split bid read upset beat".split()
)
# "Appear" is "seem" before "to", else a happening ("a very interesting man appeared in 2008").
_APPEAR = frozenset("appear appears appeared".split())
_PAST_AUXILIARIES = frozenset("was were has have had 've been".split())
# A participle after a verb of a lasting state is an adjective, the state's complement
# ("will remain closed this week", "stayed shut", "seems settled"): no past deed.
_LINKING = frozenset(
    "remain remains remained remaining stay stays stayed staying seem seems seemed "
    "appear appears appeared become becomes became".split()
)
_WORD = re.compile(r"(?<![\w'])[A-Za-z]+(?:'[a-z]+)?")
# A present "be" (or "to be", "will be") before a participle: a state or a schedule
# ("are vaccinated", "is expected", "will be held"), not a past.
_PRESENT_BE = frozenset("am is are be being 's 're 'm".split())
_DETERMINERS = frozenset(
    "a an the this that these those its their his her our my your some any no every each".split()
)
_BEFORE_GERUND = frozenset("to of for by in about on with from without at into another".split())
_PLURAL_NOUN = re.compile(r"[a-z]{3,}[^s'u]s")
_PRONOUNS = frozenset("i we you they".split())
# A future, or a future in the past ("would meet BP Chairman Svanberg next Wednesday"),
# before a deed on a day is a schedule's.
_FUTURE = frozenset("will shall 'll would".split())
# Contractions of a copula or an auxiliary ("we're", "it's", "I'm", "they've").
_CONTRACTION = re.compile(r"^(\w+)('(?:s|re|m|ve|d|ll))$")
# Words whose "'s" is "is" or "has" ("it's", "there's"); after a noun it is a possessive.
_S_IS = frozenset("it he she that there what who here where how".split())
_ADVERB = re.compile(r"^(?:\w+ly|also|just|now|already|still|then|not|never|soon|again|all|well)$")


def _tokens(text: str) -> list[str]:
    """The words of a clause, lower case, a contraction split off ("we're" -> "we",
    "'re"); the month "May" is no modal."""
    result: list[str] = []
    for word in _WORD.findall(text.replace("’", "'")):
        if len(word) > 1 and word.isupper():
            result.append("_")  # a headline's word in capitals ("UNPRECEDENTED"), or an acronym
            continue
        low = word.lower() if word != "May" else "May"
        contracted = _CONTRACTION.match(low)
        if contracted and (contracted.group(2) != "'s" or contracted.group(1) in _S_IS):
            result.extend(contracted.groups())
        else:
            result.append(low)
    return result


def _previous(tokens: list[str], index: int) -> str:
    """The word before tokens[index], skipping adverbs ("has also signed")."""
    i = index - 1
    while i >= 0 and _ADVERB.match(tokens[i]):
        i -= 1
    return tokens[i] if i >= 0 else ""


def _is_past(tokens: list[str], i: int) -> bool:
    """A past form or a perfect's participle: "announced", "said", "has taken"; not a
    participle after a present "be" ("are vaccinated", "will be held"), after a
    determiner ("the proposed rule") or a state's past ("doubted")."""
    word = tokens[i]
    if word in STATIVE or word in _NOT_PAST:
        return False
    before = _previous(tokens, i)
    if word in _SAME_FORMS and before in _PAST_AUXILIARIES:
        return True  # "funding was cut off in 2018"
    if not (word in _IRREGULAR or (len(word) > 3 and word.endswith("ed"))):
        return False
    if before == "'s" and word in _IRREGULAR:
        return True  # "he's done it": "has"
    adjective = word.endswith("ed") and before in _DETERMINERS  # "the proposed rule"
    if before in _LINKING:
        return False  # "will remain closed"
    return before not in _PRESENT_BE and not adjective and before != "to"


def past_form(text: str) -> str | None:
    """The first past form or perfect's participle in `text` ("said", "was cut",
    "has taken"), or None."""
    tokens = _tokens(text)
    return next((word for i, word in enumerate(tokens) if _is_past(tokens, i)), None)


# Presence at a place is a visit ("when he was in Europe last week", "will be in Rome on
# Monday", "the Iraqi Prime Minister will be here Monday"), not a state of things.
_PRESENCE = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|am)|'(?:s|re|m))\s+(?:(?:\w+ly|also|now|still|all|both|just)\s+)?(?:(?:here|there|home|abroad|"
    r"away|aboard)\b|(?:down|up|back|out)\s+(?:here|there|in|at|on)\b|(?:in|at|on)\s+(?:the\s+)?(?-i:[A-Z])|"
    r"(?:at|on)\s+the\s+scene\b|at\s+one\s+of\b)",
    re.IGNORECASE,
)
# An award received, told as what one was ("In October 2017, Brazile was the recipient of
# the W.E.B Du Bois Medal", "was the winner of the Prose Award in 2021").
_AWARDED = re.compile(
    r"\b(?:was|were|became)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:recipient|winner|co-recipient|honoree)\b",
    re.IGNORECASE,
)
# A narrative's future in the past ("He would later be appointed to the New Jersey Senate
# in 2018"): what came to happen.
_NARRATIVE = re.compile(r"\bwould (?:later|go on to|eventually|soon after)\b", re.IGNORECASE)
# A deed announced as a pleasure or a pride ("Today, I am pleased to announce a
# historic breakthrough"): the announcement is made in the sentence.
_PERFORMATIVE = re.compile(
    r"\b(?:pleased|proud|happy|glad|delighted|honou?red|excited|thrilled)\s+to\s+(?:(?:\w+ly|also)\s+)?"
    r"(?:announce|welcome|share|release|sign|host|launch|unveil|celebrate|join|congratulate|report)\b",
    re.IGNORECASE,
)
# The first (or last) to do something, the first night or time of something ("He was the
# first to arrive at the scene on Tuesday", "Today, I will be the first president to fly
# from Israel to Jeddah", "Tuesday was Saffron's first night of service"): an occasion.
_FIRST = re.compile(
    r"\b(?:first|last|final)\s+(?:(?:[\w-]+\s+){0,6}?to\s+(?!(?:the|a|an|his|her|its|their|our|this|that)\b)"
    r"(?-i:[a-z])|(?:[\w'-]+\s+)?(?:day|night|time|week|weekend|morning|evening|afternoon)s?\b)",
    re.IGNORECASE,
)
# An occasion's noun, the subject of "be" right before the date ("the Woods Hole voyage
# was in late June", "the call will be on Friday"): when it takes place.
_OCCASION_BE = re.compile(
    r"(?<!\bit )(?<!\bthat )(?<!\bthis )(?<!\bthere )(?<!\bwhich )(?<!\bwhat )(?-i:[a-z]{3,})\s+(?:will\s+be|is|are|was|were)\s+$",
    re.IGNORECASE,
)


def deed_evidence(text: str, *, day: bool, past: bool = False) -> str | None:
    """The first word of `text` that tells a happening (see the module's docstring), or
    None; `day`: the date is a day, so that a future deed ("will travel") is a
    schedule's happening; `past`: the date is not ahead, so that a participle in -ing
    tells a deed ("with the company announcing last week", "the oil rig burning last
    month")."""
    for pattern in (_PRESENCE, _PERFORMATIVE, _FIRST, _NARRATIVE, _AWARDED):
        found = pattern.search(text)
        if found:
            return found.group()
    tokens = _tokens(text)
    for i, word in enumerate(tokens):
        before = _previous(tokens, i)
        if word in _APPEAR:
            if tokens[i + 1 : i + 2] == ["to"]:
                continue  # "the firm appeared to be safe": a seeming
            return word  # "a tornado appeared"
        if _is_past(tokens, i):
            return word
        if past and word in _SAME_FORMS and before in _PRONOUNS | {"he", "she"}:
            return word  # "the summary that we put out this afternoon"
        if before == "being" and word not in STATIVE and word not in _DETERMINERS:
            return word  # "is being celebrated", "was being swept towards"
        if before in {"is", "are"} and word in DEED_PARTICIPLES:
            return word  # "the committee's final report, which is published today"
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if (
            past
            and before in {"wanted", "seemed", "appeared"}
            and word == "to"
            and following not in STATIVE
        ):
            return word  # "the President wanted to go down there today", "seemed to say yesterday"
        if _progressive(word, before, past):
            return word  # "is announcing", "were meeting", "announcing last week"
        if word in DEED_PRESENT and before not in _DETERMINERS and not before.isdigit():
            return word  # "Donfried travels to Ukraine", "Today the President signs"
        if word in DEED_BASE and (before in _PRONOUNS or _PLURAL_NOUN.fullmatch(before)):
            return word  # "we launch today", "doses go out in June"
        if day and before in _FUTURE | {"to"} and _future_deed(tokens, i):
            return word  # "will travel to Bali on November 14", "is going to sign"
    return None


def _progressive(word: str, before: str, past: bool) -> bool:
    """An -ing form of a deed after "be" ("is announcing"), or alone when the date is not
    ahead ("the oil rig burning last month"); not a state's ("facing", "continuing")."""
    if not word.endswith("ing") or len(word) <= 4 or word in _STATE_ING or word in STATIVE:
        return False
    if before in _PRESENT_BE | {"was", "were", "been"}:
        return True
    # a participle after its noun, not a gerund or an adjective ("committed to building",
    # "a piercing silence")
    return past and before not in _DETERMINERS | _BEFORE_GERUND


def _future_deed(tokens: list[str], i: int) -> bool:
    """A deed after a future ("will travel", "'ll host", "will be held", "going to
    sign", "is set to meet"): not a state's verb ("will remain", "will be glad")."""
    word = tokens[i]
    j = i - 1
    while j >= 0 and _ADVERB.match(tokens[j]):
        j -= 1
    if j >= 0 and tokens[j] == "to":
        head = tokens[j - 1] if j >= 1 else ""
        scheduled = head in {
            "going",
            "set",
            "scheduled",
            "due",
            "slated",
            "is",
            "are",
            "planned",
            "plans",
        }
        # "a documentary to be broadcast tonight", "the report, to be released on Tuesday"
        passive = word == "be" and head not in STATIVE
        if not (scheduled or passive):
            return False
    if word == "be":
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        return (
            (following.endswith("ed") and following not in _NOT_PAST)
            or following in _IRREGULAR
            or following in _SAME_FORMS
        )
    return word not in STATIVE and word not in {"have", "not", "continue", "like"}


def state_verb(text: str) -> str | None:
    """The first copula or verb of a state in `text` ("is", "know", "doubted", "we're"),
    or None."""
    for word in _tokens(text):
        if word in STATIVE or word in {"'s", "'re", "'m", "'d", "will", "'ll", "shall"}:
            return word
    return None


# The end of a sentence inside the text: a full stop after a lower-case word (not an
# abbreviation's), or the end of a bold headline ("**...industry** On Tuesday, ..."),
# then a capital.
_SENTENCE_END = re.compile(r"(?:(?<=[a-z]{3}[.!?])|(?<=\*\*))\s+(?=[\W_]*[A-Z])")
# A link's address ("[event](https://...)"): no words of the clause.
_LINK_TARGET = re.compile(r"\]\([^)\s]*\)|\(https?://[^)\s]*\)")
# A clause of time or a relative clause after the date, what happened then ("in
# mid-April, when he was informed", "before 3 June when a riser pipe was cut", "the Hong
# Kong flu of 1968 that killed about a million people").
_WHEN_AFTER = re.compile(r"^\s*,?\s*(?:when|that|which|who)\b(?:[^;:,.!?]|[.,]\d)*", re.IGNORECASE)
# A date followed by its verb: the date is the subject ("However, Friday will be the
# first time that the Quad is meeting at the leader level"), its clause the sentence's.
_CONNECTIVES = re.compile(
    r"\W*(?:(?:however|and|but|so|now|then|well|also|again)\W*)*", re.IGNORECASE
)
_SUBJECT_DATE = re.compile(r"^\s+(?:will|would|is|was|has|had|'s)\b", re.IGNORECASE)
# A date followed by a quotation: an entry of a list of sayings ("4 May “The Gulf of
# Mexico is a big ocean."), said on that day.
_QUOTE_AFTER = re.compile(r"^\s*[:–—-]?\s*[“\"]")
# ... or by a dash or a colon: a timeline's entry or a caption, told in the present ("June
# 15 - Lawmakers summon top executives ...").
_ENTRY_AFTER = re.compile(r"^(?:st|nd|rd|th)?\s*(?:[–—-]|:)\s")


# A modal of ability before a deed, with a date in the past ("could find no trace of oil
# near the well last week"): what was done, a past ability.
_PAST_WORDS = re.compile(r"\b(?:last|ago|yesterday|earlier|previous)\b", re.IGNORECASE)
_PAST_ABILITY = re.compile(r"\bcould\s+(?!(?:be|have|not|never)\b)[a-z]+", re.IGNORECASE)
# A short aside in brackets ("the Department of Health and Human Services (“HHS”) and ...
# are highlighting"): no mark of a clause.
_ASIDE = re.compile(r"\([^()]{1,40}\)")


def _own_sentence(sentence: str, start: int, end: int) -> tuple[str, int]:
    """The sentence that holds the date when the splitter left several joined ("you said
    it would be soon. We're now in October"), links' addresses and short asides in
    brackets blanked, and the date's offset in it."""
    sentence = _LINK_TARGET.sub(lambda m: " " * len(m.group()), sentence)
    sentence = _ASIDE.sub(
        lambda m: m.group() if m.start() < end and start < m.end() else " " * len(m.group()),
        sentence,
    )
    begin = max((m.end() for m in _SENTENCE_END.finditer(sentence) if m.end() <= start), default=0)
    stop = _SENTENCE_END.search(sentence, end)
    return sentence[begin : stop.start() if stop else len(sentence)], start - begin


def _set_off(own: str, expression: str, after: str) -> bool:
    """Is the date a clause of its own set off by commas after an opening phrase ("At
    the end of the day, in early September, these benefits will ...", "Biden, on
    Tuesday, signed ...")? It dates the clause after it."""
    return not _WORD.search(own.replace(expression, " ", 1)) and after.lstrip().startswith(",")


def held_clause(sentence: str, when: PartialDate, start: int) -> str:
    """The clause that holds the date, the date left out: the rest of its sentence (to
    a semicolon or a colon) when the date opens it, is its subject or a clause of its own
    set off by commas ("In June, some City analysts doubted ...", "Today, as part of this
    effort, we're announcing ...", "At the end of the day, in early September, these
    benefits will ..."), else
    its own (clauses.clause) with a clause of time after it, or the aside between dashes
    that holds it ("— something I conveyed yesterday —")."""
    length = len(when.expression)
    sentence, start = _own_sentence(sentence, start, start + length)
    end = start + length
    subject = _SUBJECT_DATE.match(sentence[end:]) and _CONNECTIVES.fullmatch(
        clause(sentence, start, length, after=False)
    )
    own = clause(sentence, start, length)
    if opens(sentence, start) or subject or _set_off(own, when.expression, sentence[end:]):
        return re.split(r"[;:]", sentence[end:], maxsplit=1)[0]
    if when.expression not in own:
        left = max((m.end() for m in re.finditer(r"[—–]", sentence[: max(start, 0)])), default=0)
        right = re.search(r"[—–]", sentence[end:])
        own = sentence[left : end + right.start() if right else len(sentence)]
    when_clause = _WHEN_AFTER.match(sentence[end:])
    if when_clause and when_clause.group() not in own:
        own += " " + when_clause.group()  # "in 1979, when 3.3m gallons of oil spilled"
    return own.replace(when.expression, " ", 1)


def _clause_after_comma(sentence: str, when: PartialDate, start: int) -> str:
    """The clause a date set off by a comma opens ("That is why today, Vice President
    Harris is in Miami"): its verb may be the date's."""
    end = start + len(when.expression)
    if not re.match(r"\s*,", sentence[end:]):
        return ""
    rest = re.sub(r"^\s*,", " ", sentence[end:])
    return clause(rest, 0, 0)


def _entry(after: str) -> str:
    """What a date heads after a colon ("The elderly were particularly vulnerable
    1968: An outbreak first detected in Hong Kong ... killed up to one million people"):
    a caption's or a timeline's text, the date's own."""
    if not _ENTRY_AFTER.match(after):
        return ""
    return re.split(r"[;.!?](?:\s|$)", _ENTRY_AFTER.sub("", after, count=1), maxsplit=1)[0]


def _lead(sentence: str, when: PartialDate, start: int) -> str:
    """The words before the date's clause when the clause has no verb before the date
    ("will travel to Irvine on October 14th and Portland, Oregon, on October 15th"): the
    date is an adjunct of the verb before, whose evidence counts."""
    length = len(when.expression)
    sentence, start = _own_sentence(sentence, start, start + length)
    before = clause(sentence, start, length, after=False)
    if state_verb(before) is not None or deed_evidence(before, day=False) is not None:
        return ""
    return sentence[: max(start - len(before), 0)]


def _antecedent(sentence: str, when: PartialDate, start: int) -> str:
    """The noun a relative clause that holds the date is about: the word before its
    "that" or "which" ("conversations that Rob Malley and Brett McGurk had in
    November")."""
    begin = max(start, 0) - len(clause(sentence, start, len(when.expression), after=False))
    found = re.search(r"(\w+)\s+(?:that|which)\W*$", sentence[: max(begin, 0)])
    return found.group(1).lower() if found else ""


def _names_a_happening(sentence: str, when: PartialDate, start: int, held: str) -> bool:
    """A date that names a happening: a noun after it ("the April 20 explosion", "last
    week's meeting"), or the noun of a happening or an occasion in its clause ("the events
    of January 6th", "the Valdez spill in 1989", "he has a call with the B9 this
    afternoon")."""
    if NAMES_A_HAPPENING.match(sentence[start + len(when.expression) :]):
        return True
    words_of = [w.lower() for w in re.findall(r"[A-Za-z]+", held)]
    words_of.append(_antecedent(sentence, when, start))
    pairs = {f"{a} {b}" for a, b in itertools.pairwise(words_of)}
    return bool(OCCASIONS.intersection(words_of) or OCCASIONS.intersection(pairs))


def no_deed(sentence: str, when: PartialDate, start: int) -> bool:
    """The date's clause has a copula or a verb of a state and no verb that happens
    ("We're now in October", "Today, we know cancer as a disease", "In June, some City
    analysts doubted whether BP could survive"): it tells how things are on the date,
    not what happened on it."""
    after = sentence[start + len(when.expression) :]
    if opens(sentence, start) and (_QUOTE_AFTER.match(after) or _ENTRY_AFTER.match(after)):
        return False  # "14 May “No one wants this over ...": said that day; a timeline's entry
    held = held_clause(sentence, when, start)
    if state_verb(held) is None:
        return False
    window = " ".join(
        (
            _lead(sentence, when, start),
            held,
            _clause_after_comma(sentence, when, start),
            _entry(after) if after.lstrip().startswith(":") else "",
        )
    )
    if deed_evidence(window, day=when.precision == "day", past=not when.future) is not None:
        return False
    if _PAST_WORDS.search(when.expression) and _PAST_ABILITY.search(window):
        return False  # "His team could find no trace of oil ... last week": a past ability, used
    if _OCCASION_BE.search(sentence[: max(start, 0)]):
        return False  # "the Woods Hole voyage was in late June": when the voyage took place
    return not _names_a_happening(sentence, when, start, held)
