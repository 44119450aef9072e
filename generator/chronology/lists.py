"""A list's lead-in and its first item: "Today, federal and Puerto Rican agencies
announced the following new actions." says that something was announced, and only the
list after it says what. The chronology reads such a lead-in with the list's first item
(events.py), as it reads a sentence whose subject is a pronoun with the sentence that
names it: a reader of the chronology learns what was announced, and the source holds
the rest of the list. Headings between them ("**Human Capital and Workforce
Development**") are skipped; a lead-in with nothing after it stays as it is. A comment on
an announcement named only by its day ("Today's announcement builds upon the
Department's efforts") says neither: a rule of not_a_happening (happenings.py) leaves it
out, the day still referred to.
"""

from __future__ import annotations

import re

from ..lexicon import words
from ..model import Document, Sentence
from .dates import PartialDate

# A lead-in: a sentence that ends with a colon ("announced his intent to appoint the
# following individuals to serve in key roles:"), or whose object is "the following"
# things or "as follows" ("announced the following new actions."): what it tells is in
# the sentences after it. (Markdown and HTML marks around the end are no words.)
_LEAD_IN = re.compile(
    r"(?::|\bthe following(?!\s+(?:year|month|week|day|morning|afternoon|evening|night|weekend|"
    r"spring|summer|autumn|fall|winter|season|decade)s?\b)(?:\s+[\w’'-]+){0,6}\s*[.:]|\bas follows\s*[.:])"
    r"[\s*_]*(?:</\w+>[\s*_]*)*$",
    re.IGNORECASE,
)
# ... or a step named before it is told, in a sentence of at most STEP_WORDS words that
# says no more ("Today, we're taking another step in building an equitable and efficient
# response.", "Yesterday, we took an important first step in our vaccine booster
# program.", "Today, President Biden is taking significant steps in response to the
# military coup in Burma."): the step itself is in the next sentence ("The state of
# Washington will receive its first federal community vaccination site."). The speaker's
# own step, or one being taken as the speaker speaks; a step others took is reported
# with what it did ("Congress took a critical step to ensure ..."), a step marked is a
# comment ("we mark a real step forward"), "this step" was told before it, and a number of
# steps is no one step the next sentence tells.
STEP_WORDS = 20
_STEP_LEAD_IN = re.compile(
    r"(?:\b(?:we|i)(?:['’](?:ve|ll)| have| will)?\s+(?:(?:also|now|again|just|already)\s+)?"
    r"(?:take|took|taken)|"
    r"\b(?:is|are|am|['’]re|['’]m)\s+(?:(?:also|now|again|just|already)\s+)?taking)\s+"
    r"(?:(?:another|an?|one more|the next|our next|a further)\s+"
    r"(?:(?!number\b|series\b|couple\b|few\b)[\w-]+\s+){0,2}?step|"
    r"(?:(?!this\b|that\b|these\b|those\b|the\b|a\b|an\b)[\w-]+\s+){0,2}?steps)"
    r"\b(?!\s+(?:of|back))",
    re.IGNORECASE,
)
# A heading between the lead-in and the list: a line of at most HEADING_WORDS words with
# no final stop ("**Human Capital and Workforce Development**", "Broadband").
HEADING_WORDS = 12
_STOP = re.compile(r"[.!?:;][\s*_\"”’)]*(?:</\w+>[\s*_]*)*$")
# Headings skipped at most, before the first item.
SKIPPED_HEADINGS = 2


def lead_in(text: str) -> bool:
    """Does the sentence lead in to a list ("announced the following new actions.",
    "President Biden is announcing the following new initiatives:") or to the sentence
    that tells its step ("Today, we're taking another step in building an equitable and
    efficient response.")?"""
    return bool(_LEAD_IN.search(text)) or _step_lead_in(text)


def _step_lead_in(text: str) -> bool:
    return len(text.split()) <= STEP_WORDS and bool(_STEP_LEAD_IN.search(text))


def first_item(document: Document, number: int) -> Sentence | None:
    """The first item of the list that sentence `number` leads in to: the next sentence
    that is no heading, at most SKIPPED_HEADINGS headings after it; for a step, the next
    sentence of its paragraph (in a transcript, the same speaker's turn); None when the
    sentence leads in to nothing or the document ends."""
    sentence = document.sentences[number - 1]
    if not _LEAD_IN.search(sentence.text):
        if not _step_lead_in(sentence.text) or number >= len(document.sentences):
            return None
        following = document.sentences[number]
        return following if following.paragraph == sentence.paragraph else None
    for following in document.sentences[number : number + 1 + SKIPPED_HEADINGS]:
        if not _heading(following.text):
            return following
    return None


def _heading(text: str) -> bool:
    return len(text.split()) <= HEADING_WORDS and not _STOP.search(text)


# A comment on what was announced, the announcement named only by its day ("Today's
# announcement builds upon the Department of Energy's efforts", "Today's actions are the
# latest step forward", "Today's steps further underscore the Administration's
# commitment", "Today's decision is a blow to Texans", "Today's Executive Order is welcome
# news", "Today's Senate vote is a step backward"): what was announced is not in it
# (it is told elsewhere in the document), the sentence says what the announcement means.
# One that says what it holds stays ("Today's actions include sweeping financial
# sanctions", "Today's announcement indicates EPA is awarding $965 million"), and so does
# a deed whose noun says what was done ("The grants announced yesterday", "Her historic
# swearing in today"): the nouns that do not are lexicon/unstated_deeds.txt.
_ANNOUNCED = "(?:" + "|".join(re.escape(w) for w in sorted(words("unstated_deeds"), key=len, reverse=True)) + ")"
_COMMENT_VERB = (
    r"(?:(?:also|further|again|today|each)\s+)?"
    r"(?:builds?\s+(?:on|upon)|underscores?|reflects?|demonstrates?|marks?|represents?|reinforces?|"
    r"complements?|furthers?|advances?|continues?\s+to|adds?\s+to|(?:will|should|would)\s+(?:make|give|mark|help|build|add)|"
    r"takes?\s+(?:a|another)\s+(?:[\w-]+\s+)?step|"
    r"(?:is|are)\s+(?:(?:a|an|the|another)\s+)?(?:(?:latest|important|significant|huge|major|critical|big|"
    r"giant|meaningful|historic|first|next|further)\s+)*(?:steps?|milestones?|victory|examples?|investments?|"
    r"progress|down payments?|parts?\s+of|blow|setback|(?:direct\s+)?result\s+of|(?:welcome|good|great)\s+news|steps?\s+(?:backward|back)))\b"
)
# (the day's possessive opens the subject, at most three words before its noun and none a
# preposition: a complement says what was done, "Today's decision at the Security Council";
# the one who announced may follow the noun, "Today's announcement from USPS is a victory",
# "Today's announcements from the tech sector take a step": who did it, not what was done)
_DOER_AFTER = r"(?:(?:from|by)\s+(?:the\s+)?(?:[\w.&'’-]+\s+){1,3}?)?"
_COMMENT = re.compile(
    rf"^['’]s\s+(?:(?!(?:of|to|for|on|at|in|from|by|with|and)\b)[\w-]+\s+){{0,3}}?{_ANNOUNCED}\s+"
    rf"{_DOER_AFTER}{_COMMENT_VERB}",
    re.IGNORECASE,
)
# (... or named by a participle and its day, or with its doer: "The announcements made
# today and earlier this week build on this work", "Taken together, the actions announced
# today will build on", "The Vice President's call to action today builds on", "Two new
# announcements today will add to"), after a list item's heading or a speaker's label and
# a quotation mark ("***Partnering with states***: The ...", "**Governor Murphy:** “President
# Biden's action today builds upon ...")
_NAMED_BEFORE = re.compile(
    r"^[\s•-]*(?:\*{1,3}[^*]{1,120}\*{1,3}:?\s*)?\W*(?:taken together,\s+)?"
    r"(?:the|these|two|three|several|(?-i:[A-Z][\w.&-]*(?:['’]s)?))\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?{_ANNOUNCED}\s+"
    r"(?:(?:made|announced|taken|unveiled|launched|released|issued)\s+)?$",
    re.IGNORECASE,
)
_ANOTHER_DAY = re.compile(r"^\s+and\s+(?:earlier|later)\s+this\s+(?:week|month)", re.IGNORECASE)


# (someone's words reported: the saying is a happening of the day)
_REPORTED = re.compile(
    r"\b(?:said|says|told|tells|conveyed|added|stressed|noted|wrote|declared)\b|[”\"],?\s*[A-Z]",
    re.IGNORECASE,
)


def announcement_comment(sentence: str, when: PartialDate, start: int) -> bool:
    """A comment on an announcement named only by its day ("Today's announcement builds
    upon the Department of Energy's efforts", "Today's actions are important first
    steps"): the announcement is told elsewhere, this sentence does not say what it
    was; one that says what it holds stays ("Today's actions include sweeping
    sanctions")."""
    if _REPORTED.search(sentence):
        return False  # "“While today's civil action marks a critical step,” Holder told reporters"
    after = sentence[start + len(when.expression) :]
    if _NAMED_BEFORE.match(sentence[: max(start, 0)]):
        if another := _ANOTHER_DAY.match(after):
            after = after[another.end() :]  # "made today and earlier this week"
        return bool(re.match(rf"\s+{_COMMENT_VERB}", after, re.IGNORECASE))
    return bool(_COMMENT.match(after))
