"""Tense, read from the cue nearest a temporal expression in its clause: whether a day or
month written without a year is the one before the publication or the one after.

A strong cue (a future auxiliary, or the expression's own verb joined by "on", "in",
"at" or "during", or a finite past verb that governs it through its object: "He signed
a historic executive order in March", see governing_past; or a past perfect before it:
"he had approved the tender ... on 30 January", _past_perfect) decides; a weak one
(another verb of the clause) decides unless the other day is within NEAR_DAYS and its
own is not; with no cue, the nearer day. The balance was measured on TempEval-3's
development documents (see dates.py).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..lexicon import words
from .schedules import arranged_present, scheduled_copula, scheduled_present, timetabled_present

Tense = tuple[str, bool]  # ("future" or "past", strong)

# Verbs of a start or an end in the present simple: future cues ("the trial begins on
# Monday"), weak ones (_PRESENT_SIMPLE).
_STARTING = r"(?:commences?|begins?|starts?|opens?|resumes?|expires?)"
# ... and of taking place or effect ("the order takes effect Tuesday"), weak ones too.
_TAKING_EFFECT = r"takes? (?:place|effect)|goes? into effect|comes? into (?:effect|force)"
# Tense, read from the cue nearest the expression in its clause: a day or month written
# without a year is the one ahead of the publication date after a future cue, the one
# before it after a past cue, else the nearer of the two.
_FUTURE_CUE = re.compile(
    r"\b(?:will(?! (?:recall|remember|notice)\b)|would|shall|should(?! (?:have|say|note|add|mention|point|stress|emphasi[sz]e)\b)(?= [a-z])|won['’]t|as soon as|(?:is|are|was|were) (?:due|set|scheduled|expected|slated|poised|"
    r"going|forecast|projected|predicted) to|(?<=[a-z] )(?:expected|scheduled|slated|due|forecast|projected) to (?!have\b)|(?:expecting|hoping|intending|aiming) to|(?<!\bit )(?:expects|predicts|forecasts|anticipates)(?= [a-z])|(?:is|are) to|scheduled|(?<!has )(?<!have )(?<!had )(?:set|fixed) for|upcoming|forthcoming|(?-i:plans?) to|planned|planning|"
    r"deadline|"
    + _TAKING_EFFECT
    + r"|(?<!became )(?<!was )(?<!were )(?<!been )effective|(?<!the )"
    + _STARTING
    + r"|"
    r"(?<!new )(?<!other )(?<!two )(?<!of )(?<!and )(?<!the )(?<!its )(?<!their )"
    r"(?:approaches|arrives|nears|looms|draws near)(?=\s+(?:(?:on|in|at|during)\s+)?(?-i:[A-Z0-9]))|"
    r"(?:next|coming)(?=\s+(?:week|weekend|month|year|season|quarter|spring|summer|fall|autumn|"
    r"winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)))\b|['’]ll\b(?! (?:recall|remember|notice)\b)",
    re.IGNORECASE,
)
# "plan to" in lower case: a verb, or a plan's noun ("plans to expand"); "a National
# Preparedness Plan to keep America moving" is a title's word, no tense.
# (A present simple of coming or arriving joined to its day, "As the milestone ...
# approaches on Wednesday", "the hurricane season's peak nears in August", speaks of a
# day ahead, as "begins" and "opens" do (rule "arrival present"): the present of an
# arrival already made is rare in news text. Not the noun: "tried new approaches on
# Sunday".)
# Common irregular past forms (regular ones end in -ed).
_IRREGULAR_PAST = (
    "was were had did said told took began ran met held went came made gave won lost left "
    "sent spoke wrote became brought fell found got kept led paid saw sat stood struck "
    "thought understood wore rose broke chose drove flew grew knew threw sold bought "
    "caught fought taught sought heard meant felt dealt spent built lent shot fled "
    "laid rode drew hid forgot swore shook woke"  # "In March, the President laid out a plan"
)
_PAST_CUE = re.compile(
    rf"\b(?:{'|'.join(_IRREGULAR_PAST.split())}|ago|earlier|previously|last|took place|"
    r"(?-i:[a-z]{3,}ed))\b",  # lower case: not a name ("Mohammed")
    re.IGNORECASE,
)
# A future auxiliary before the expression governs its verb ("is due to be sentenced on
# 29 November"): a strong cue.
_FUTURE_AUXILIARY = re.compile(
    r"^(?:will|shall|['’]ll|(?:is|are) (?:due|set|scheduled|expected|slated) to|(?:is|are) to)$",
    re.IGNORECASE,
)
# ... nor a present passive ("unless the matter is resolved quickly"), whose -ed is no
# past tense.
_PARTICIPLE = re.compile(r"\b(?:be|to|is|are|am|being)\s+$", re.IGNORECASE)
# A cue joined to the expression by "on", "in", "at" or "during" ("was held on October
# 24", "will meet in March") is its own verb's: it decides. Any other cue is weak: a
# verb of the clause may govern another date ("extended to Nov. 20").
_STRONG_LINK = re.compile(r"^\s+(?:on|in|at|during)\s+$", re.IGNORECASE)
# Words that end in -ed but speak of the future ("scheduled", "expected to").
# Nor do words that only end in -ed ("succeed", "hundred").
_NOT_PAST = frozenset(
    {"scheduled", "expected", "planned", "slated", "proposed", "needed"}
    | set("succeed proceed exceed need feed speed bleed breed heed indeed seed hundred "
          "sacred naked wicked kindred rugged ragged crooked beloved bed seabed riverbed lakebed "
          "streambed hotbed testbed flatbed sickbed deathbed embed".split())
)
# A period inside a sentence (the sentences are split already) ends an abbreviation
# ("Roe vs. Wade", "Birmingham, Ala."), not a clause.
# An expression that opens the sentence or a clause after a dash ("In January, a bombing
# killed ...", "On Friday the ministry said ...", "- Additionally, in April, the
# Department of Education provided ..."), after a list's bullet or a sentence adverb at
# most, dates its main verb: the first cue after it is strong.
_OPENING = re.compile(
    r"^[\s\"'“‘`(*•-]*(?:(?:additionally|also|meanwhile|separately|similarly|moreover|further|"
    r"furthermore|then|and|but|so),?\s+)?(?:(?:in|on|at|by|during|early|late|mid|the|last|this|next|earlier|later|"
    r"also|and|but|then|until|from)[\s-]+){0,3}$",
    re.IGNORECASE,
)
# An expression right after a comma and a coordinating conjunction opens the second of
# two coordinated clauses ("In January, Austin ordered a stand down, and in April he
# established a working group"): it dates that clause's verb, after it, not the first
# clause's before the comma (rule "coordinated opening").
_COORDINATED = re.compile(
    r",\s+(?:and|but|yet|then)\s+(?=(?:(?:in|on|at|by|during|early|late|mid|the|last|this|next|"
    r"earlier|later)[\s-]+){1,3}$)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[;!?()\[\]“”\"]|:(?!\d)|\s[–—-]\s")  # (not a clock's "12:30")
# The dash that opens a clause, right before it.
_DASH_BEFORE = re.compile(r"\s[–—-]\s+$")
_DASHES = ("–", "—", "-")
# A comma and the expression's preposition right before it.
_SET_OFF_BEFORE = re.compile(r",\s*(?:(?:on|in|at|by|early|late)\s+)?$", re.IGNORECASE)
# An acronym or a short name in brackets after a name ("the Department of Transportation
# (DOT) launched", "passed the Act (USICA) in June") ends no clause.
_ACRONYM = re.compile(r"\((?:[A-Z][\w.&'’-]*)(?:\s[A-Z][\w.&'’-]*){0,2}\)")
# A measure in brackets ("said at around 1800 CDT (2300 GMT) on Wednesday that it would
# take 24 hours", "some 140,000 gallons (637,000 litres) of it"): a conversion set into
# the clause, which goes on after it; its brackets end no clause (rule "bracketed
# measure"). A number first, at most GLOSS_WORDS words, no tense cue inside. Not a name
# ("at COP 27 (COP 26) and emphasizing": a name in brackets may close the clause before
# a new one, as "in Glasgow (COP 26) and emphasizing ... at COP 27 in November" does).
GLOSS_WORDS = 4
_GLOSS = re.compile(r"\((?P<words>[$£€]?\d[^()\[\]\n;:!?“”\"]{0,59})\)")
# A link's brackets and address ("the HRSA [Bright Futures Program](https://...) updated
# its guidelines") end no clause: they are markup around a name; unless a capital
# follows the link, a headline's end ("[**White House estimates ... would benefit**](...)
# The U.S. Department of Education on Tuesday estimated").
_LINK = re.compile(r"\[(?=[^\[\]]*\]\([^)\s]*\)(?!\s+[A-Z]))|\]\([^)\s]*\)(?!\s+[A-Z])")
# A few words in quotation marks inside a clause ("a “very frank” encounter on
# Wednesday", "as a “peace offering” to Barack Obama before a meeting ... on
# Wednesday"): a phrase quoted, not a quotation of its own; its marks end no clause
# (rule "quoted phrase"). At most QUOTED_WORDS words, no punctuation inside.
QUOTED_WORDS = 4
_QUOTED_PHRASE = re.compile(r"(?<![\w“”\"])[“\"](?P<words>[^“”\"\n.,;:!?]+)[”\"](?![\w“”\"])")


def _clause_marks(sentence: str) -> str:
    """The sentence with what ends no clause blanked out: an acronym in brackets, a
    link's markup, the marks around a quoted phrase."""
    marks = _ACRONYM.sub(lambda m: " " * len(m.group()), sentence)
    marks = _GLOSS.sub(_blank_gloss, marks)
    marks = _LINK.sub(lambda m: " " * len(m.group()), marks)
    return _QUOTED_PHRASE.sub(_blank_marks, marks)


def _blank_gloss(match: re.Match[str]) -> str:
    """A bracketed measure's brackets blanked (see _GLOSS); other brackets as they are."""
    words = match.group("words")
    if len(words.split()) > GLOSS_WORDS or _FUTURE_CUE.search(words) or _PAST_CUE.search(words):
        return match.group()
    return f" {words} "


def _blank_marks(match: re.Match[str]) -> str:
    words = match.group("words")
    if len(words.split()) > QUOTED_WORDS or words != words.strip():
        return match.group()
    return f" {words} "


# A relative clause opening right after the expression ("the executive order in March,
# which he signed on Bloody Sunday", "in 2009, when the well was drilled"): its verb
# tells when the noun the date belongs to came about, so its cue decides (a strong cue).
_RELATIVE_AFTER = re.compile(
    r"^\s*,?\s*(?:which|who|that|when)\s+(?:(?!will\b|would\b|shall\b)[\w'’]+\s+){0,2}$",
    re.IGNORECASE,
)
# An introductory clause ended by a comma before the expression ("As Speaker Pelosi's
# office announced earlier today, on Tuesday, the President will pay his respects"): its
# verb is its own; the expression opens the main clause and dates the verb after it.
_INTRODUCTORY = re.compile(
    r"[\s\"'“‘]*(?:as|when|while|although|though|because|once|after|before)\b[^,;]*(?P<clause>,)"
    r"\s*(?:(?:on|in|at|by|during|early|late|the|last|this|next)\s+){0,2}$",
    re.IGNORECASE,
)
# The day a hearing, a vote or a deadline is put off or moved to ("the case was postponed
# to 29 August", "remanded in custody until 2 May", "the deadline was extended to 30
# June") lies after the act of moving it, which is told in the past: the day is ahead,
# whatever that verb's tense (a strong cue: in a story of 9 May, 29 August is the coming
# one, not last year's). The preposition is the expression's own, right before it.
# The verbs a thing set for a day is moved with (key_dates.py reads the day moved from).
MOVING_VERBS = (
    r"postponed|adjourned|deferred|delayed|pushed\s+back|put\s+off|moved|rescheduled|"
    r"brought\s+forward"
)
_RESCHEDULED = re.compile(
    rf"\b(?:{MOVING_VERBS}|remanded|extended)\b[^.;:!?()\[\]“”\"]{{0,60}}?\b(?:to|until|till)\s+"
    r"(?:on\s+|the\s+(?:(?:end|middle|start|beginning)\s+of\s+)?)?$",
    re.IGNORECASE,
)


def rescheduled(sentence: str, start: int) -> bool:
    """Is the expression at `start` the day something is put off or moved to (not
    brought forward: the day before the one it was set for)? See _RESCHEDULED."""
    match = _RESCHEDULED.search(sentence, max(0, start - 80), start)
    return match is not None and not match.group().lower().startswith("brought")


# A weekday an occasion is called or set for ("announced a commemorative gathering for
# Thursday", "a vote set for Monday"): the coming one, whatever the tense of the verb
# that set it (a weak cue: the nearer day ahead). Not a day's own ("for Friday's
# attack": what happened that day).
_FOR_A_WEEKDAY = re.compile(r"\bfor\s+(?:this\s+|next\s+)?$", re.IGNORECASE)
_A_WEEKDAY = re.compile(
    rf"(?:this\s+|next\s+)?(?:{'|'.join(calendar.day_name)})"
    r"(?:\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)
# What happened "since" a day lies before the publication, whatever the verb.
_SINCE = re.compile(
    r"\bsince\s+(?:(?:shortly|just|soon|immediately|right|long)\s+)?(?:(?:after|before)\s+)?"
    r"(?:the\s+|early\s+|late\s+|mid-?\s*)?$",
    re.IGNORECASE,
)

# A day written just before one of these nouns names what happened that day: it is past.
HAPPENED = words("happened_nouns")
_NEXT_WORD = re.compile(r"(?:['’]s)?\s+([A-Za-z]+)")
# A day or a month written just before an occasion's noun, the occasion a point of
# reference after a preposition ("odds of a cut at the September meeting", "ahead of the
# September 16-17 meeting" in a story of August): the clause's verb speaks of something
# else, so no cue; the nearer day. (Not the occasion a verb governs: "watched her final
# Christmas broadcast", "planned a Sunday trip".)
_OCCASIONS_NAMED = words("occasion_nouns") | words("event_heads")
_REFERENCE_BEFORE = re.compile(
    r"\b(?:at|before|after|ahead of|until|till|by|for|toward|towards)\s+the\s+$", re.IGNORECASE
)
# The same nouns, and those that recall a day, before "of" and the day ("the
# insurrection of January 6th", "the events of Friday"): it is past.
_REMEMBERED = HAPPENED | words("remembered_nouns")
_OF_BEFORE = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:the\s+)?$")
# A day that opens its sentence, with a dash or a colon after it: the entry of a
# timeline ("April 22 - The rig sinks and a 5-mile oil slick forms") or a photo's caption
# ("April 21: The Deepwater Horizon oil rig burns"), told in the present of what has
# happened: a weak past cue (a caption a day after the publication date is of a page
# updated since, not of the year before).
_ENTRY_BEFORE = re.compile(r"[\s*•·-]*")
_ENTRY_AFTER = re.compile(r"(?:st|nd|rd|th)?\s*(?:[-–—]|:)\s")
# A period before the statistics reported on it ("the July jobs report", "the May
# employment numbers", "April's inflation data"): they come out once it is over, so it
# is past unless the one ahead is near (a weak past cue, see is_ahead).
_REPORTED_PERIOD = re.compile(
    r"(?:['’]s)?\s+(?:(?!(?:to|and|or|will|would|should|can|could|may|might|must|shall)\b)[a-z]+\s+)?"
    r"(?:reports?|numbers|data|figures|statistics)\b"
)

# A finite past verb that governs the expression (rule "governing past"): a past form
# before it in its clause, its object at most between ("He signed a historic executive
# order in March", "Russia launched its invasion in February", "the bill was passed by
# the Senate on June 8"), the expression joined by "on", "in", "at" or "during", the
# time of the verb's act. The act is over, so the day or month is the one before the
# publication however near the one ahead is: a strong past cue. Not when a word between
# opens another clause, an infinitive or a schedule ("agreed to hold talks in March",
# "said that the plant opens in March", "applications accepted beginning on September
# 6"); nor after a comma (an aside: "as you said, on June 16th"); nor after a future cue
# of the clause ("will ship specialized formula on July 8": the -ed word is an
# adjective); nor when the noun before the preposition is an occasion that may be ahead
# ("announced a vote in March", "has called a meeting on Friday"): the date may be the
# occasion's, not the announcement's. A deadline ("by March", "until June") is no time
# of the act.
_GOVERNED = re.compile(r"\b(?:in|on|at|during)\s+(?:(?:early|late|mid|the)[\s-]+)?$", re.IGNORECASE)
_OBJECT_WORD = re.compile(r"[A-Za-z][\w'’.&-]*")
_NOT_IN_OBJECT = frozenset(
    "that which who whom whose whether if when where while because as to and or but for "
    "than until after before since so beginning starting ending through "
    "will would shall should could might must can may".split()  # a modal: another clause
)
_NO_VERB_BEFORE = frozenset(  # "the proposed rule", "a detailed plan": adjectives
    "a an the this that these those its their his her our my your some any no every each".split()
)
# A present perfect takes no time of its act ("has booked a holiday in July", "have got
# a runoff on June 22nd"): the date is its object's; nor does a present passive or
# progressive ("relief wells being drilled reach it in August").
_PRESENT_AUXILIARIES = frozenset("has have ve s is are am being".split())
_ADVERB = re.compile(r"^(?:\w+ly|also|just|now|already|still|not|never|since|recently)$")
_REPORTING = words("reporting_verbs")
GOVERNING_WORDS = 7  # at most this many words between the verb and the preposition
_OCCASIONS = words("occasion_nouns") | words("event_heads")
_IRREGULAR_SET = frozenset(_IRREGULAR_PAST.split())
IRREGULAR_PAST_FORMS = _IRREGULAR_SET


def _opens_clause(word: str, following: str) -> bool:
    """Whether `word` opens another clause or an infinitive; "to" before a name or a
    determiner is a preposition ("sent a letter to Congress in March")."""
    if word.lower() == "to" and following and (following[0].isupper() or following.lower() in _NO_VERB_BEFORE):
        return False
    return word.lower() in _NOT_IN_OBJECT


def governing_past(sentence: str, left: int, start: int) -> bool:
    """Whether the last past verb of the clause before the expression at `start` (the
    clause opens at `left`) governs it (see _GOVERNED); an -ed adjective after a
    determiner ("its unprovoked invasion") is no verb."""
    cue, perfect = None, False
    for match in _PAST_CUE.finditer(sentence, left, start):
        word = match.group(0).lower()
        if word in _NOT_PAST or (word not in _IRREGULAR_SET and not word.endswith("ed")):
            continue  # "scheduled"; "last", "ago", "earlier": no verb
        if _PARTICIPLE.search(sentence, 0, match.start()):
            continue  # "to be signed"
        previous = [w.lower() for w in re.findall(r"[A-Za-z]+", sentence[left : match.start()])]
        previous = [w for w in previous if not _ADVERB.match(w)]
        if previous and previous[-1] in _NO_VERB_BEFORE:
            continue  # "the proposed rule": an adjective
        # "has booked a holiday in July", "being drilled": the clause's verb is no past,
        # nor is a participle after it ("I've got a holiday booked in Mexico in July")
        if cue is not None and _NOT_IN_OBJECT.intersection(
            w.lower() for w in _OBJECT_WORD.findall(sentence[cue.end() : match.start()])
        ):
            perfect = False  # "has provided aid since Russia launched": a clause of its own
        perfect = perfect or bool(previous and previous[-1] in _PRESENT_AUXILIARIES)
        cue = match
    if cue is None or perfect:
        return False
    link = _GOVERNED.search(sentence, cue.end(), start)
    if link is None:
        return False
    between = _OBJECT_WORD.findall(sentence[cue.end() : link.start()])
    if cue.group(0).lower() in _REPORTING and between and not _addressee(cue.group(0), between):
        return False  # "said Novartis should have it ready in September": the report's words'
    if _FUTURE_CUE.search(sentence, left, start) or len(between) > GOVERNING_WORDS:
        return False  # "will facilitate ... specialized infant formula on July 8"
    if "," in sentence[cue.end() : start]:
        return False  # "as you said, on June 16th": an aside, another clause
    if any(_opens_clause(w, between[i + 1] if i + 1 < len(between) else "") for i, w in enumerate(between)):
        return False
    head = between[-1].lower().rstrip(".") if between else ""
    return head not in _OCCASIONS and head.rstrip("s") not in _OCCASIONS


_OBJECT_OPENERS = frozenset(
    "the a an his her its their our my your this that these those him her them us me".split()
)
ADDRESSEE_WORDS = 3  # "warned the federal government in August"
# Reporting verbs said to someone: the noun phrase after them is whom ("told them"); after
# the others, it is the subject of what was said ("said [a BP audit] in September found").
_TELLING = frozenset(
    "told warned informed notified briefed reminded assured urged advised asked".split()
)


def _addressee(verb: str, words: list[str]) -> bool:
    """Are the words between a reporting verb and the date only whom it was said to
    ("warned [the government] in August", "told [them] in May"): a verb said to
    someone, then a short noun phrase, no clause ("said [Novartis should have it ready]
    in September": a verb there, or a name that may be the subject of one)?"""
    if verb.lower() not in _TELLING or len(words) > ADDRESSEE_WORDS:
        return False
    if words[0].lower() not in _OBJECT_OPENERS:
        return False
    rest = [w.lower() for w in words[1:]]
    return not any(w in _NOT_IN_OBJECT or (w.endswith("s") and not w.endswith("ss")) for w in rest)


# English puts the future in the present inside a temporal clause ("a decision may not
# be made until after Svanberg has met with Obama on Wednesday", "before he meets BP
# executives on Wednesday"): a present or present perfect verb after "until", "before",
# "after", "once", "when", "as soon as" or "by the time", with its subject between (a
# pronoun, a name, a short noun phrase), places a date after it in its clause ahead of
# the publication (rule "temporal present", a weak future cue).
_TEMPORAL_CONJUNCTION = re.compile(r"\b(?:until|till|before|after|once|when|as soon as|by the time)\b")
_CLAUSE_WORD = re.compile(r"[A-Za-z][\w.'’&-]*")
_DETERMINER_WORDS = frozenset("the a an its his her their our this that".split())
SUBJECT_WORDS = 5  # a subject of at most this many words
_PLURAL_PRONOUNS = frozenset("they we you i".split())
_SINGULAR_PRONOUNS = frozenset("he she it".split())
_OBJECT_AFTER = re.compile(
    r"\s+(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|him|them|us|[A-Z])"
)
_NOT_PRESENT = frozenset(
    "is was has had does did may might can could would should must will shall also "
    "always perhaps yet still only just first its his hers this thus as less unless "
    "lay bit"  # past forms not in _IRREGULAR_PAST (also a present, a noun)
    .split()
)
TEMPORAL_REST_WORDS = 12  # at most this many words between the verb and the expression


def _temporal_present(sentence: str, left: int, start: int) -> bool:
    """Whether the expression at `start` ends a temporal clause whose verb is a present
    or a present perfect (see _TEMPORAL_CONJUNCTION): the last conjunction before it,
    no comma or semicolon between."""
    conjunctions = list(_TEMPORAL_CONJUNCTION.finditer(sentence, left, start))
    if not conjunctions or re.search(r"[,;]", sentence[conjunctions[-1].end() : start]):
        return False
    words = list(_CLAUSE_WORD.finditer(sentence, conjunctions[-1].end(), start))
    if words and words[0].group().lower() == "after":
        words = words[1:]  # "until after"
    for size in range(1, min(SUBJECT_WORDS, len(words) - 1) + 1):
        subject = [w.group() for w in words[:size]]
        if _is_subject(subject) and _present_verb(sentence, subject, words[size:], start):
            return True
    return False


def _is_subject(subject: list[str]) -> bool:
    """A pronoun, a name (its determiner before it at most), or a determiner and a few
    lower-case words ("the oil spill commission"); not a possessive (its noun follows)."""
    first, last = subject[0].lower(), subject[-1]
    if len(subject) == 1 and first in _PLURAL_PRONOUNS | _SINGULAR_PRONOUNS:
        return True
    if last.endswith(("'s", "’s")) or last.lower() in ("has", "have"):
        return False
    names = subject[1:] if first in _DETERMINER_WORDS else subject
    if names and all(w[0].isupper() for w in names):
        return True
    return first in _DETERMINER_WORDS and len(subject) > 1 and all(w.islower() for w in subject)


def _present_verb(sentence: str, subject: list[str], words: list[re.Match[str]], start: int) -> bool:
    """Whether `words` open with a present or a present perfect of `subject`, and no
    other verb or clause stands between it and the expression at `start`."""
    verbs = [w for w in words if not _ADVERB.match(w.group())]
    if not verbs:
        return False
    perfect = verbs[0].group() in ("has", "have")
    if perfect:
        participles = [w for w in verbs[1:] if w.group() != "been"]
        if not participles:
            return False
        verb = participles[0]
        if not (verb.group() in _IRREGULAR_SET or verb.group().endswith(("ed", "en", "wn", "one", "un"))):
            return False
    else:
        verb = verbs[0]
        if not _present_form(verb.group(), subject, sentence[verb.end() : start]):
            return False
    rest = sentence[verb.end() : start]
    if len(rest.split()) > TEMPORAL_REST_WORDS or _NOT_IN_OBJECT.intersection(
        w.lower() for w in _OBJECT_WORD.findall(rest)
    ):
        return False  # "before he meets officials who ...": another clause
    return not (_PAST_CUE.search(rest) or _FUTURE_CUE.search(rest))  # a verb of its own


def _present_form(verb: str, subject: list[str], rest: str) -> bool:
    """ "meet" after "they", "meets" after "he"; after a name or a noun, a word in -s
    may be a plural noun ("after Hong Kong authorities on Friday confirmed"): a verb only
    with its object after it ("when the president visits his state on Tuesday")."""
    if not verb.islower() or verb in _NOT_PRESENT or verb in _IRREGULAR_SET or verb.endswith("ed"):
        return False
    pronoun = subject[0].lower() if len(subject) == 1 else ""
    if pronoun in _PLURAL_PRONOUNS:
        return True  # "when they meet"
    if not verb.endswith("s") or verb.endswith(("ss", "us", "is")):
        return False
    return pronoun in _SINGULAR_PRONOUNS or bool(_OBJECT_AFTER.match(rest))


# A present perfect whose act is just over, with an occasion after it ("has been
# summoned to the White House for talks with Obama on Wednesday", "has called a meeting
# ahead of the vote on Friday"): the date is the occasion's, which comes after the act,
# so after the publication (rule "occasion after a perfect", a weak future cue). A
# simple past ("was summoned for talks on Wednesday") says nothing of which side.
_FOR_OCCASION = re.compile(r"\b(?:for|before|ahead\s+of)\s+(?P<phrase>[^,;]*)$")
OCCASION_WORDS = 4  # the occasion's noun among the first words after the preposition


def _occasion_after_perfect(sentence: str, left: int, cue: re.Match[str], start: int) -> bool:
    """Whether the past cue is a present perfect ("has been summoned") and an occasion
    after "for", "before" or "ahead of" holds the expression at `start`."""
    previous = [w.lower() for w in re.findall(r"[A-Za-z’']+", sentence[left : cue.start()])]
    previous = [w for w in previous if not _ADVERB.match(w) and w != "been"]
    if not previous or previous[-1] not in ("has", "have", "’s", "'s", "’ve", "'ve"):
        return False
    return _holds_occasion(_FOR_OCCASION, sentence, cue.end(), start)


# An occasion after "ahead of" or "before" comes after the act of the clause ("made their
# claim in a letter, ahead of their showdown hearing with the BP chief on Thursday",
# "questioned ... a speech before meeting BP executives on Wednesday"), and a past act
# that news tells without its date is a recent one: the occasion's date is not the past
# verb's, and is ahead of the publication unless the past one is much nearer (rule
# "occasion ahead", a weak future cue in place of the weak past one; a strong past cue,
# "before a vote held on Monday", stays).
_AHEAD_OF_OCCASION = re.compile(r"\b(?:ahead\s+of|before)\s+(?P<phrase>[^,;]*)$")


def _holds_occasion(pattern: re.Pattern[str], sentence: str, left: int, start: int) -> bool:
    """Whether an occasion after the preposition of `pattern` holds the expression."""
    match = pattern.search(sentence, left, start)
    if match is None:
        return False
    phrase = [w.lower() for w in _OBJECT_WORD.findall(match.group("phrase"))]
    heads = [i for i, w in enumerate(phrase[:OCCASION_WORDS]) if w in _OCCASIONS or w.rstrip("s") in _OCCASIONS]
    if not heads:
        return False
    rest = phrase[heads[0] + 1 :]
    return len(rest) <= GOVERNING_WORDS and not _NOT_IN_OBJECT.intersection(rest)


# A dash a few words after the expression, no verb before it ("On Tuesday, the friend —
# the President, the First Lady ... will participate"): a speaker's repair, the clause
# going on after it; the first tense cue there decides, weakly (rule "repair dash").
REPAIR_WORDS = 3


def repaired(sentence: str, marks: str, end: int, right: int) -> Tense | None:
    """The tense after a repair dash at `right` (see REPAIR_WORDS), when the words from
    the expression's end (`end`) to the dash hold no tense cue; else None."""
    dash = re.match(r"\s[–—-]\s", marks[right : right + 3])
    if dash is None or len(_CLAUSE_WORD.findall(sentence, end, right)) > REPAIR_WORDS:
        return None
    stop = _CLAUSE_END.search(marks, right + dash.end())
    after = slice(right + dash.end(), stop.start() if stop else len(sentence))
    future = _FUTURE_CUE.search(sentence, after.start, after.stop)
    pasts = _PAST_CUE.finditer(sentence, after.start, after.stop)
    past = next((m for m in pasts if m.group(0).lower() not in _NOT_PAST), None)
    if future is None and past is None:
        return None
    if past is None or (future is not None and future.start() < past.start()):
        return "future", False
    return "past", False


# A tense cue decides between the day before and the day after the publication, unless
# the other one is within this many days and the cue's one is not: the cue may belong to
# another verb of the clause.
NEAR_DAYS = 92


def _clause_of(sentence: str, start: int, end: int) -> tuple[str, int, int]:
    """The sentence with what ends no clause blanked out (see _clause_marks), and where
    the clause of the expression from `start` to `end` opens and ends."""
    marks = _clause_marks(sentence)
    left = max((m.end() for m in _CLAUSE_END.finditer(marks, 0, start)), default=0)
    stop = _CLAUSE_END.search(marks, end)
    right = stop.start() if stop else len(sentence)
    if (introduced := _INTRODUCTORY.match(sentence, left, start)) is not None:
        left = introduced.end("clause")  # "As the office announced today, on Tuesday, he will"
    if (coordinated := _COORDINATED.search(sentence, left, start)) is not None:
        left = coordinated.start() + 1  # ", and in April he established": the second clause
    return marks, left, right


# A verb whose past is spelled as its base form (lexicon same_form_past) after a singular
# subject, a pronoun or a capitalised name ("Colonial shut", "it hit"); not after an
# auxiliary or a verb taking a bare infinitive ("will it cut", "let Congress cut"), nor
# after a word that is no singular subject ("They cut", "Please put", "The cost", "I'll
# shut"); in lower case, not a title's word ("Homeland Hit List").
_SAME_FORM = words("same_form_past")
_SAME_FORM_CUE = re.compile(
    rf"(?<!['’])\b(?P<subject>he|she|it|(?-i:[A-Z][\w-]*))\s+(?P<verb>(?-i:{'|'.join(sorted(_SAME_FORM))}))\b(?!['’-])",
    re.IGNORECASE,
)
_SAME_FORM_VERB = re.compile(r"[a-z]+", re.IGNORECASE)
_BARE_BEFORE = frozenset(
    "will would could should can may might must shall do does did to let make makes made "
    "help helps see saw watch watched hear heard and or".split()
)
_PRONOUNS = frozenset(("he", "she", "it"))
_NOT_A_NAME = words("stop_words") | frozenset("please just then now let".split())


def same_form_past(sentence: str, left: int, right: int) -> list[re.Match[str]]:
    """The past forms spelled as base forms in sentence[left:right] that a singular
    subject marks as past ("On Friday, Colonial shut its pipeline": the present would be
    "shuts"), each as a match of the verb alone."""
    found = []
    for match in _SAME_FORM_CUE.finditer(sentence, left, right):
        subject = match.group("subject").lower()
        if subject not in _PRONOUNS and (
            subject in _NOT_A_NAME or subject.endswith(("s", "ly", "est"))
        ):
            continue  # "They cut", "Democrats cut", "The cost", "Simply put", "Hardest hit"
        before = sentence[: match.start()].split()
        if before and before[-1].lower().strip(",") in _BARE_BEFORE:
            continue  # "will it cut", "let Colonial shut": the base form
        if (verb := _SAME_FORM_VERB.match(sentence, match.start("verb"))) is not None:
            found.append(verb)
    return found


_Cue = tuple[tuple[bool, int, bool, int], str, bool, re.Match[str]]


def _nearest_cue(
    sentence: str, left: int, right: int, start: int, end: int, opens: bool
) -> _Cue | None:
    """The tense cue of sentence[left:right] that dates the expression from `start` to
    `end` (see tense_of), with its rank, tense and strength; None when there is none."""
    best: _Cue | None = None
    cues = (
        [("future", 0, match) for match in _FUTURE_CUE.finditer(sentence, left, right)]
        + [("past", 1, match) for match in _PAST_CUE.finditer(sentence, left, right)]
        + [("past", 1, match) for match in same_form_past(sentence, left, right)]
    )
    for tense, rank, match in cues:
        if start <= match.start() < end:
            continue  # a word of the expression itself ("next", "last")
        if tense == "past" and (
            match.group(0).lower() in _NOT_PAST
            or _PARTICIPLE.search(sentence, 0, match.start())
            or (
                match.group(0).lower() in ("was", "were")
                and _FUTURE_IN_THE_PAST.match(sentence, match.end())
            )
        ):
            continue  # "will be held", "to be signed": not a past tense
        between = (
            sentence[match.end() : start]
            if match.end() <= start
            else sentence[end : match.start()]
        )
        strong = (
            match.end() <= start
            and bool(_STRONG_LINK.match(between) or _FUTURE_AUXILIARY.match(match.group(0)))
        ) or (opens and match.start() >= end) or (
            match.start() >= end and bool(_RELATIVE_AFTER.match(between))
        )
        if (
            strong
            and tense == "future"
            and _PRESENT_SIMPLE.fullmatch(match.group(0))
            and not _AUXILIARY_BEFORE.search(sentence, max(0, match.start() - 12), match.start())
        ):
            # ("on 9 March the German prosecutor opens a case; on 16 March patrols begin",
            # said on the 24th: the present narrates as well as timetables)
            strong = False
        # Before the expression first, then nearest; at the same distance a strong
        # cue, then a future one.
        key = (match.start() >= end, len(between.split()), not strong, rank)
        if best is None or key < best[0]:
            best = (key, tense, strong, match)
    return best


# The future cues that are verbs in the present simple ("begins", "opens", "takes
# place", "takes effect"): weak cues however linked, a day near behind the publication rather than a
# year ahead (tense.is_ahead), since a story told in the present says them of the past.
_PRESENT_SIMPLE = re.compile(rf"{_STARTING}|{_TAKING_EFFECT}", re.IGNORECASE)
# ... not after an auxiliary or "to", whose verb it is ("it would open in March").
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:will|would|shall|should|could|can|may|might|must|to)\s+$|['’]ll\s+$", re.IGNORECASE
)


# A day spoken of from now right before the expression, joined to it ("tonight and
# Wednesday", "tomorrow or Friday", "yesterday and Monday", "last night into Sunday").
_JOINED_TO_NOW = re.compile(
    r"\b(?P<when>tonight|tomorrow|this (?:afternoon|evening)|yesterday|last night)"
    r"\s+(?:and|or|into|through)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_BEHIND_NOW = frozenset({"yesterday", "last night"})


def _set_off(sentence: str, left: int, start: int, end: int) -> bool:
    """Is the expression set off by commas after an opening phrase ("To help advance our
    efforts, on Monday, CDC is convening ...")? It opens the clause after it."""
    return bool(_SET_OFF_BEFORE.search(sentence, left, start)) and sentence[end:].lstrip().startswith(",")


def _before_dash(marks: str, left: int, start: int) -> int | None:
    """Where the clause before a dash opens, when the expression's clause opens at that
    dash with the expression and has no tense cue of its own: an adverbial set after an
    aside ("we'll have one of the team, hopefully at the highest level — we're working on
    schedules — on Monday to do a full preview"), which belongs to the clause before the
    dash. None otherwise."""
    if not _DASH_BEFORE.search(marks, 0, left) or not _OPENING.match(marks[left:start]):
        return None
    ends = _CLAUSE_END.finditer(marks, 0, left)
    return max((m.end() for m in ends if m.group().strip() not in _DASHES), default=0)


def tense_of(sentence: str, text: str, start: int | None) -> Tense | None:
    """("future" or "past", whether the cue is strong: see _STRONG_LINK) by the tense cue
    nearest before the expression in its clause, else the nearest after it (a verb
    usually comes before its time adverbial: "Qantas will double its flights by August
    ... untouched by the crisis"); a future cue wins a tie; None when the clause has none.
    "Since" before the expression says past, whatever the verb."""
    if start is None or sentence[start : start + len(text)] != text:
        start = sentence.find(text)
    if start < 0:
        return None
    if _SINCE.search(sentence, 0, start):
        return "past", True
    if _RESCHEDULED.search(sentence, max(0, start - 80), start):
        return "future", True  # "the case was postponed to 29 August"
    if (
        _A_WEEKDAY.fullmatch(text)
        and _FOR_A_WEEKDAY.search(sentence, max(0, start - 12), start)
        and not sentence.startswith(("'s", "’s"), start + len(text))
    ):
        return "future", False  # "announced a commemorative gathering for Thursday"
    joined = _JOINED_TO_NOW.search(sentence, max(0, start - 40), start)
    if joined is not None:
        # "tornadoes are possible tonight and Wednesday": the day joined to tonight or
        # tomorrow is ahead, as the one joined to last night or yesterday is behind
        return ("past" if joined.group("when").lower() in _BEHIND_NOW else "future"), False
    end = start + len(text)
    following = _NEXT_WORD.match(sentence, end)
    if following and following.group(1).lower() in HAPPENED:
        return "past", True  # "the April 20 explosion", "Friday's attacks"
    if (
        following
        and following.group(1).lower() in _OCCASIONS_NAMED
        and _REFERENCE_BEFORE.search(sentence, max(0, start - 30), start)
    ):
        return None  # "odds of a cut at the September meeting": the nearer
    named = _OF_BEFORE.search(sentence, max(start - 40, 0), start)
    if named and named.group(1).lower() in _REMEMBERED:
        return "past", True  # "the insurrection of January 6th", "the events of Friday"
    if _ENTRY_BEFORE.fullmatch(sentence, 0, start) and _ENTRY_AFTER.match(sentence, end):
        return "past", False  # "April 22 - The rig sinks": a timeline's entry, a caption
    if _REPORTED_PERIOD.match(sentence, end):
        # "the July jobs report": the month it reports on is over, or is the next one
        # when the report is to come ("the May report will come out in June").
        return "past", False
    marks, left, right = _clause_of(sentence, start, end)
    opens = bool(_OPENING.match(sentence[left:start]))
    best = _nearest_cue(sentence, left, right, start, end, opens)
    if best is None and (before := _before_dash(marks, left, start)) is not None:
        best = _nearest_cue(sentence, before, left, start, end, False)
    if scheduled_copula(sentence, start, end):
        return "future", False  # "That is on Monday.": where a happening is scheduled
    if _temporal_present(sentence, left, start):
        return "future", False  # "until after Svanberg has met with Obama on Wednesday"
    if best is None:
        if (
            _PREDICTION.search(sentence, max(0, start - 40), start)
            or scheduled_present(sentence, left, start)
            or timetabled_present(sentence, left, start)
            or arranged_present(sentence, left, start, end, opens or _set_off(sentence, left, start, end))
        ):
            return "future", False
        return repaired(sentence, marks, end, right)
    _, tense, strong, cue = best
    if tense == "past" and not strong and cue.end() <= start:
        if _holds_occasion(_AHEAD_OF_OCCASION, sentence, cue.end(), start):
            return "future", False  # "made their claim ... ahead of their hearing on Thursday"
        if _occasion_after_perfect(sentence, left, cue, start):
            return "future", False  # "has been summoned ... for talks with Obama on Wednesday"
        strong = governing_past(marks, left, start) or _past_perfect(sentence, left, start)
    return tense, strong


# Someone or something awaited somewhere, after "was" or "were" ("he was expected in
# Kéniéba on Friday", "was due back on Monday"): a time ahead of a past one, before or
# after the publication: no cue (the nearer day). ("was expected to" is a future cue,
# as a reporter writes what was said: "said Alex was expected to become a hurricane on
# Tuesday".)
_FUTURE_IN_THE_PAST = re.compile(r"\s+(?:due|expected)\s+(?:in|at|on|back)\b")
# A prediction's noun a little before an expression in a clause of no tense: the
# prediction is of a day ahead ("24-Hour Forecast (2:00 PM, Tuesday):", a weather
# bulletin's table; "the outlook for Friday").
_PREDICTION = re.compile(r"\b(?:[Ff]orecasts?|[Oo]utlook|[Pp]rojections?|[Pp]redictions?)\b")


# A past perfect ("he had approved the tender ... on 30 January", "had not been paid"),
# and no infinitive after it ("had agreed to meet on Monday": a plan, maybe ahead).
_PAST_PERFECT = re.compile(
    r"\bhad(?:n['’]t| not| never| already)?\s+(?:been\s+)?(?P<verb>[a-z]{3,})\b", re.IGNORECASE
)
_INFINITIVE = re.compile(r"\bto\s+[a-z]+\b")
# A clause opened between the perfect and the expression: the perfect is not its verb
# ("You had said that Halloween time is ...").
_OPENS_A_CLAUSE = re.compile(r"\b(?:that|which|who|whom|when|whether|if|because|where)\b")


def _past_perfect(sentence: str, left: int, start: int) -> bool:
    """Is there a past perfect in the clause before the expression ("he had approved the
    limited tender ... on 30 January"), no infinitive nor another clause after it? It
    says the day is before a past time, so before the publication: a strong past cue."""
    ends = [
        m.end()
        for m in _PAST_PERFECT.finditer(sentence, left, start)
        if m.group("verb").endswith(("ed", "en", "wn")) or m.group("verb") in _IRREGULAR_SET
    ]  # a participle: not "had been talking about the slated visit ... in September"
    return bool(ends) and not (
        _INFINITIVE.search(sentence, ends[-1], start)
        or _OPENS_A_CLAUSE.search(sentence, ends[-1], start)
    )


def infinitive_after_past(sentence: str, start: int) -> bool:
    """Is there an infinitive between the last past cue before `start` and it ("has
    asked the department to suspend lane closures beginning Monday")? The date is then
    the infinitive's act, asked for, not the past one."""
    cues = list(_PAST_CUE.finditer(sentence, 0, start))
    return bool(cues) and bool(_INFINITIVE.search(sentence, cues[-1].end(), start))


def choose(past: dt.date, ahead: dt.date, published: dt.date, tense: Tense | None) -> dt.date:
    """Of the two candidates of a day written without a year (`past` on or before the
    publication, `ahead` after it, both within a year of it): the one the tense of its
    clause asks for; with no tense cue, the nearer (the past one on a tie)."""
    before, after = (published - past).days, (ahead - published).days
    return ahead if is_ahead(tense, before, after) else past


def is_ahead(tense: Tense | None, before: float, after: float) -> bool:
    """Whether the candidate `after` units ahead of the publication is meant rather than
    the one `before` units back: a strong tense cue says which; a weak one does unless
    the other candidate is within NEAR_DAYS and its own is not; else the nearer."""
    if tense is not None:
        which, strong = tense
        if which == "future" and (strong or not before <= NEAR_DAYS < after):
            return True
        if which == "past" and (strong or not after <= NEAR_DAYS < before):
            return False
    return after < before
