"""The year of a paragraph's story: a day or month written without a year, in a
paragraph that tells of a year long past ("... from April 14 – 15, 1972. ... In the early
morning of April 15, after an enemy ambush, he led evacuees"), is that year's, not the
one nearest the publication.

The story's year is the one written out with the last day read before in the same
paragraph ("on January 31, 1968") or with a year that opens its sentence ("In 1968,"),
not a year in passing ("the 1988 bombing", "since 1983"); a date of another year read after it (from
the publication: "today practices law") ends it. It is taken only when it lies at least
STORY_YEARS before the publication's year (a day written without a year in a page of
2022 after "in 2021" may be either year's: read as before) and the expression's clause
does not speak of the future. A year read from the date before ("In June of that awful
year", after "a heroic 1918 figure"; "That spring") sets the story as a written one does:
the text names it, by pointing back.

A file whose lines are not set apart by blank lines (one sentence a line, as the T17
articles are) has lost its paragraphs: every line is one. There the story's passage is
the sentences at most PASSAGE_SENTENCES after the last one that read a date in its year
("In June of that awful year, ... . In November, when the second wave swept through
Britain, he went a stage further": November of that year).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .dates import PartialDate
from .tense import tense_of
from .years import MONTHS

# Years before the publication's from which a written year makes the story's.
STORY_YEARS = 2
# The rules that read a day or month written without a year, nearest the publication.
_WITHOUT_YEAR = frozenset({"month and day", "month"})
_WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")
# What may open a sentence before the year that sets its story ("In 1968,", "By 1972").
_OPENING = re.compile(r"[\W_]*(?:(?:in|by|during|early|late|throughout)\s+)*", re.IGNORECASE)
# A date that tells when the paragraph's story happens is an adverbial: after a
# preposition of time ("served in Vietnam from April 14 – 15, 1972", "on Dec. 1, 1966"),
# or opening its sentence. One after a determiner or "of" modifies a noun ("charged in the
# Dec. 21, 1988, bombing", "The order of March 6, 2014 stays"): a thing named in passing.
_FRAMING = re.compile(
    r"(?:^[\W_]*|\b(?:on|in|from|between|during|until|till|through|by|after|before)\s*)$",
    re.IGNORECASE,
)
_MONTH_AND_DAYS = re.compile(
    rf"(?:\b(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?\s+)?[\d\s,–-]*(?:st|nd|rd|th)?[\s,]*$",
    re.IGNORECASE,
)
# A month or day read with "this", "last" or "next" is counted from the publication.
_COUNTED = re.compile(r"\b(?:this|last|next|past|coming)\b", re.IGNORECASE)
RULE = "in the year of its paragraph's story"

Story = tuple[int, str]  # (paragraph, year)
# In a file of one sentence a line, how many sentences after its last date a story goes
# on: the next one only. Three let "In 2006, BP committed to ... . But this letter
# suggests ... this April ... . BP announced strong profits on April 27." read 2006's
# April 27 (spaCy missed "this April", which ends the story): with no paragraph to
# bound it, a story is told sentence after sentence, each dating the next.
PASSAGE_SENTENCES = 1
# The words of a rule that read a year from the date before (anaphora.py).
_REFERRED = ("from the date before", "of the year referred to")


def in_story_year(
    when: PartialDate | None,
    rule: str,
    story: Story | None,
    paragraph: int,
    sentence: str,
    start: int,
    text: str,
    published: str,
) -> tuple[PartialDate | None, str]:
    """`when` (read by `rule`) moved to the year of the paragraph's `story` when it is a
    day or month read without its year (see the module's docstring); else as read."""
    if when is None or rule not in _WITHOUT_YEAR or story is None or story[0] != paragraph:
        return when, rule
    year = story[1]
    if int(year) > int(published[:4]) - STORY_YEARS or _WRITTEN_YEAR.search(when.expression):
        return when, rule
    if _COUNTED.search(when.expression):
        return when, rule
    tense = tense_of(sentence, text, start)
    if tense is not None and tense[0] == "future":
        return when, rule
    date = f"{year}{when.date[4:]}"
    if date == when.date:
        return when, rule
    explanation = f"{when.explanation}, {RULE} ({year})"
    moved = replace(when, date=date, future=False, explanation=explanation)
    return moved, f"{rule}, {RULE}"


def lines_are_sentences(text: str) -> bool:
    """Whether the text's lines are not set apart by blank lines (see the module's
    docstring): one sentence or so a line, no paragraph left."""
    return "\n" in text.strip() and "\n\n" not in text.strip()


def passage(paragraph: int, number: int, story: Story | None, last: int, lines: bool) -> int:
    """The passage a sentence (number `number`, in `paragraph`) is read in: its
    paragraph; in a file of one sentence a line (`lines`), the story's while the sentence
    is at most PASSAGE_SENTENCES after `last`, the last one that read a date of it."""
    if lines and story is not None and 0 <= number - last <= PASSAGE_SENTENCES:
        return story[0]
    return paragraph


def next_story(
    when: PartialDate | None,
    text: str,
    story: Story | None,
    paragraph: int,
    lead: str,
    rule: str = "",
) -> Story | None:
    """The story's year after a reading of `text` (`lead`: its sentence's words before it):
    the year of a day written with it ("on January 31, 1968") or of a year that opens its
    sentence ("In 1968, he served"); not of a year in passing ("the 1988 bombing", "since
    1983", "did it at BP in 2007", "in the Dec. 21, 1988, bombing", "The order of March 6,
    2014"); or of a year read from the date before, framed so (`rule` says how it was
    read). The same story while dates stay in its year; none after a date of another
    year."""
    if when is None:
        return story if story is not None and story[0] == paragraph else None
    written = _WRITTEN_YEAR.search(text)
    frames = when.precision == "day" or _OPENING.fullmatch(lead)
    if written and frames and _adverbial(lead + text[: written.start()]):
        return paragraph, when.date[:4]
    if any(words in rule for words in _REFERRED) and frames and _adverbial(lead):
        return paragraph, when.date[:4]  # "In June of that awful year", "That spring"
    if story is not None and story[0] == paragraph and when.date[:4] == story[1]:
        return story
    return None


def _adverbial(head: str) -> bool:
    """Whether the date whose year follows `head` (its sentence up to the year) is an
    adverbial of time, its month and day set aside (see _FRAMING)."""
    return bool(_FRAMING.search(_MONTH_AND_DAYS.sub("", head)))
