"""Plain-text helpers: sentence splitting and slugs. No language model needed.

Sentences are split by rule, not by the language pipeline, so that their numbers (the
anchors every citation points to) depend only on the text and never on the model.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .. import lexicon
from ..model import Sentence

# Words that end with a period without ending the sentence ("Amba. James Storey",
# "on Nov. 21", "Gen. Smith"). Compared lower-case, without the period.
ABBREVIATIONS = lexicon.words("abbreviations")
# Titles written short before a name, some of them words or surnames too ("Barr. Chidi
# Okonkwo", a barrister; "Attorney General Barr." at a sentence's end): see short_title.
SHORT_TITLES = frozenset(lexicon.pairs("title_abbreviations"))
# The names of cities of 15,000 people or more, and of the world's first-level regions
# (states, provinces: "Minas Gerais", "Sichuan"), as gazetteers give them, folded
# (lexicon/cities.txt, regions.txt): datelines, turns and resolve/words read them.
CITIES = lexicon.words("cities") | lexicon.words("regions")
_NEXT_WORD = re.compile(r"\s([A-Z][\w'’-]*)")
_STOP_WORDS = lexicon.words("stop_words")

# A candidate boundary: end punctuation, optional closing quotes/brackets, whitespace.
_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*\s+""")
# What may start the next sentence: an opening quote or bracket, then a capital or digit.
_NEXT_START = re.compile(r"""["'“‘(\[]*[A-Z0-9À-ÖØ-Þ]""")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)*[A-Za-z]$")


# The capital letters of the Latin alphabets news are written in, accented ones too
# ("BRASÍLIA", "DOĞANŞEHİR", "ŁÓDŹ"), for character classes: [A-Z] misses them.
CAPITALS = "A-ZÀ-ÖØ-ÞĞİŞŁŃŚŹŻČĆĐŠŽŘŤŮĚŇ"
# ... and the lower-case ones, to tell a word in capitals from a capitalised one.
LOWERCASE = "a-zß-öø-ÿğışłńśźżčćđšžřťůěň"
# A name written family name first in capitals, then the given name, as Japanese and UN
# records write names ("ISHIKAWA Mieko", "FU Wenjie"): turns' labels, speakers, variants.
FAMILY_IN_CAPITALS = rf"[{CAPITALS}][{CAPITALS}'’\-]+\s[A-Z][a-z]+(?:-[a-z]+)?"


def ends_with_abbreviation(text: str, dot: int) -> bool:
    """Is the period at `dot` part of an abbreviation or an initial (U.S., J.)?"""
    word = _word_at(text, dot)
    if not word:
        return False
    return word.lower().rstrip(".") in ABBREVIATIONS or bool(_INITIALS.match(word))


def _word_at(text: str, dot: int) -> str:
    """The word that ends at `dot`, after a space, a bracket or a quote."""
    start = dot
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(“\"'":
        start -= 1
    return text[start:dot]


def short_title(text: str, dot: int) -> bool:
    """Is the period at `dot` a short title's (lexicon/title_abbreviations.txt) before a
    name: the word capitalised, a capitalised word after the space that is no function
    word ("Barr. Chidi", "Rt. Hon."; not "Barr. The"), and the word never written without
    its period in the text ("Barr said": a name)?

    (The abbreviations that are no words, lexicon/abbreviations.txt, never end a
    sentence: ends_with_abbreviation.)"""
    word = _word_at(text, dot)
    if word.lower() not in SHORT_TITLES or word != word.capitalize():
        return False
    after = _NEXT_WORD.match(text, dot + 1)
    if after is None or after.group(1).lower() in _STOP_WORDS:
        return False  # "... General Barr. The meeting": a sentence after a name
    return re.search(rf"\b{re.escape(word)}\b(?!\.)", text) is None


# A stock symbol broken over two lines by a sentence splitter that took its period for a
# sentence's end ("Transocean Ltd (RIG.\nN) rig exploded"): one sentence, the symbol
# whole ("(RIG.N)").
_BROKEN_SYMBOL = re.compile(r"(\([A-Z0-9][A-Z0-9.]{0,7}\.)\n(?=[A-Z0-9]{1,4}\))")
# A line opened by a comma or a semicolon goes on with the line before it: a scraper
# broke the sentence where a link ended ("Sen. Mary Landrieu, D-La.\n, on Wednesday
# called for ..."). No paragraph, list item or heading opens so.
_BROKEN_CLAUSE = re.compile(r"(?<=\S)\n(?=[,;] )")


def join_broken_lines(content: str) -> str:
    """The text with each sentence broken over two lines by a scraper made whole again:
    a stock symbol's (_BROKEN_SYMBOL), a clause's after a link (_BROKEN_CLAUSE)."""
    if ".\n" in content:
        content = _BROKEN_SYMBOL.sub(r"\1", content)
    if "\n," in content or "\n;" in content:
        content = _BROKEN_CLAUSE.sub("", content)
    return content


# Text wrapped by hand at a fixed width, as weather services, wires and e-mail print it
# ("A STORM SURGE WARNING AND HURRICANE WARNING ARE IN EFFECT FOR" / "LOWER TERREBONNE,
# LOWER LAFOURCHE, ..."): WRAPPED_LINES lines of 40 characters or more, WRAPPED_SHARE of
# them within WRAPPED_WIDTH, hardly any longer than LONG_LINE.
WRAPPED_LINES = 10
WRAPPED_SHARE = 0.6
WRAPPED_WIDTH = 80
LONG_LINE = 100
SLACK = 6  # (lines wrapped by hand end a few characters short of the width, or over it)
# What opens a line of its own in such text: an item ("* ", "- ", "1. ", "• "), a
# heading's rule ("-----"), a field or a label ("LOCATION...27.1N", "NOTE:"), the end of
# a product ("$$"), a quotation's mark of a reply ("> ").
_OWN_LINE = re.compile(
    rf"[ \t]*(?:[*•>·-]|\d{{1,2}}[.)]\s|\$\$|-{{3,}}|=+"
    rf"|[{CAPITALS}][{CAPITALS}'’/-]*(?:[ ][{CAPITALS}][{CAPITALS}'’/-]*){{0,3}}(?::|\.\.\.))"
)


def join_wrapped_lines(content: str) -> str:
    """The text with the lines of a paragraph wrapped at a fixed width (WRAPPED_WIDTH at
    most) joined: a line goes on in the next one when the next one's first word would
    not have fitted on it (the break was the wrapping's, not the writer's), unless that
    one opens a line of its own (_OWN_LINE: an item, a field, a label) or is blank. A
    text whose lines are paragraphs, most of them longer, is returned as it is; the
    date's line and the title's are left alone."""
    lines = content.split("\n")
    written = [len(line.rstrip()) for line in lines if line.strip()]
    long_ = [n for n in written if n >= 40]
    if (
        len(long_) < WRAPPED_LINES
        or sum(n <= WRAPPED_WIDTH for n in long_) < WRAPPED_SHARE * len(long_)
        or sum(n > LONG_LINE for n in written) > 0.05 * len(written)
    ):
        return content
    width = sorted(long_)[int(0.95 * (len(long_) - 1))]  # the width the text is wrapped at
    head = _header_lines(lines)  # (the header and the title line are the document's own)
    out: list[str] = lines[:head]
    last = ""  # the last line as written, which the next may go on from
    for line in lines[head:]:
        said = line.rstrip()
        word = said.split(maxsplit=1)[0] if said.strip() else ""
        if (
            word
            and last.strip()
            and len(last) + 1 + len(word) > width - SLACK  # (the word would not have fitted)
            and not last.endswith(":")
            and not _OWN_LINE.match(said)
        ):
            out[-1] += " " + said.strip()
        else:
            out.append(said)
        last = said
    return "\n".join(out)


def _header_lines(lines: list[str]) -> int:
    """How many lines the document's header holds, its title line with it: a YAML front
    matter to its closing "---", or the lines to the seed format's date line and the one
    after it (ingest/header.py)."""
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    if lines and lines[first].strip() == "---":
        closing = next((i for i in range(first + 1, len(lines)) if lines[i].strip() == "---"), None)
        return len(lines) if closing is None else closing + 1
    if lines and lines[first].lstrip().startswith("date"):
        return first + 2
    return 0


# A court reporter's transcript as printed: each line numbered in its margin, 1 to 25 or
# so on a page under the page's number, a speaker's words running on over the lines
# ("15   Q.   Mr. Ostrowski, have you pleaded guilty to a crime in" / "16   connection
# with your work at Harborline?").
_NUMBERED_LINE = re.compile(r"[ \t]*(\d{1,2})(?:[ \t]+(\S.*))?[ \t]*$")
_PAGE_NUMBER = re.compile(r"[ \t]*\d{1,5}[ \t]*$")
# What opens a paragraph of its own at the margin: a question or an answer ("Q.", "A."),
# a speaker's label or an examination's ("THE COURT:", "BY MS. OYELARAN:").
_TURN_OPENING = re.compile(rf"(?:[QA][.:]?\s|[{CAPITALS}][{CAPITALS}.'’ \-]*:)")
MIN_NUMBERED_LINES = 10


def join_numbered_lines(content: str) -> str:
    """The text of a transcript whose lines are numbered in the margin with the numbers
    gone and each paragraph on one line: a line at the text's margin goes on with the
    line before it, unless it opens a turn (_TURN_OPENING) or follows a heading (a line
    without a lower-case letter); a line set in further (a speaker's label, a heading, a
    note of the record: "(Jury present.)") opens a paragraph. Lines count as numbered in
    runs of MIN_NUMBERED_LINES or more, each numbered one more than the line before it
    (or 1 after a page's number), two of them opening turns; a page's number stays a
    line of its own. Any other text is returned as it is (a list or a table numbered
    without a turn)."""
    lines = content.split("\n")
    numbered = _numbered_lines(lines)
    if not numbered:
        return content
    margin = min(column for column in numbered.values() if column is not None)
    out: list[str] = []
    going_on = False  # does the last line written go on with the next line at the margin?
    for index, line in enumerate(lines):
        if index not in numbered:
            out.append(line)
            going_on = False
            continue
        column = numbered[index]
        if column is None:
            going_on = False  # a numbered line left blank
            continue
        said = line[column:].rstrip()
        if going_on and column <= margin + 1 and not _TURN_OPENING.match(said):
            out[-1] += " " + said
        else:
            out.append(said)
        going_on = any(c.islower() for c in said)
    return "\n".join(out)


def _numbered_lines(lines: list[str]) -> dict[int, int | None]:
    """{line index: column of its text, None for a numbered line left blank} of the
    lines numbered in the margin (join_numbered_lines); {} when the text has none."""
    runs: list[list[tuple[int, int | None]]] = []
    run: list[tuple[int, int | None]] = []
    last = 0  # the number of the run's last line
    between: list[str] = []  # the lines since the run's last line (blank, a page number)
    for index, line in enumerate(lines):
        match = _NUMBERED_LINE.match(line)
        number = int(match.group(1)) if match else 0
        if (
            match
            and run
            and (number == last + 1 or (number == 1 and any(map(_PAGE_NUMBER.match, between))))
        ):
            run.append((index, match.start(2) if match.group(2) else None))
        elif match and match.group(2):
            runs.append(run)
            run = [(index, match.start(2))]
        elif not line.strip() or _PAGE_NUMBER.match(line):
            between.append(line)
            continue
        else:
            runs.append(run)
            run, number = [], 0
        last, between = number, []
    runs.append(run)
    kept = [run for run in runs if len(run) >= MIN_NUMBERED_LINES]
    turns = sum(
        1
        for run in kept
        for index, column in run
        if column is not None and _TURN_OPENING.match(lines[index], column)
    )
    if turns < 2:
        return {}
    return {index: column for run in kept for index, column in run}


def split_sentences(text: str) -> list[Sentence]:
    """Split a body into numbered sentences. Each non-blank line is a paragraph.

    Sentences never cross a line break: in these documents a line is a paragraph, a
    list item or a heading, and each of those ends a sentence.
    """
    sentences: list[Sentence] = []
    offset = 0
    paragraph = 0
    for line in text.split("\n"):
        line_start = offset
        offset += len(line) + 1
        if not line.strip():
            continue
        pieces_start = line_start + (len(line) - len(line.lstrip()))
        cursor = pieces_start - line_start
        for match in _BOUNDARY.finditer(line):
            end = match.end()
            if end >= len(line) or not _NEXT_START.match(line, end):
                continue
            if line[match.start()] == "." and (
                ends_with_abbreviation(line, match.start())
                or short_title(text, line_start + match.start())
                or _state_route(line, match.start(), end)
            ):
                continue
            _append(sentences, line, line_start, cursor, match.end(), paragraph)
            cursor = end
        _append(sentences, line, line_start, cursor, len(line), paragraph)
        paragraph += 1
    return sentences


# A state's abbreviation as a route's name before its number: "on Ky. 1247", "Ala. 59"
# (the state's abbreviation ends a sentence elsewhere: "in Louisville, Ky. He ...").
_STATE_ABBREVIATIONS = frozenset(lexicon.pairs("state_abbreviations"))
_ROUTE_NUMBER = re.compile(r"(?!(?:1[89]|20)\d\d\b)\d{1,4}\b(?![.,]\d)")  # (no year)


def _state_route(line: str, dot: int, after: int) -> bool:
    return _word_at(line, dot) in _STATE_ABBREVIATIONS and bool(_ROUTE_NUMBER.match(line, after))


def _append(
    out: list[Sentence], line: str, line_start: int, start: int, end: int, paragraph: int
) -> None:
    piece = line[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    begin = line_start + start + lead
    out.append(Sentence(len(out) + 1, stripped, begin, begin + len(stripped), paragraph))


# Slugs a generated page never takes: a section's own page (people/index.md) and the
# generated folders' names. A name that slugs to one gets "-2" ("Index" -> "index-2").
RESERVED_SLUGS = frozenset(
    "index sources people organizations places chronology charts data build-report".split()
)


# Latin letters no accent makes, as plain letters: "Aydın" is "Aydin" (lexicon).
_PLAIN_LETTERS = str.maketrans(lexicon.pairs("plain_letters"))


def slugify(value: str, fallback: str = "item") -> str:
    """A lower-case ASCII slug: "José Pereira" -> "jose-pereira", "Aydın" -> "aydin";
    never a reserved name."""
    plain = unicodedata.normalize("NFKD", value.translate(_PLAIN_LETTERS))
    ascii_text = plain.encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    slug = slug[:80].rstrip("-") or fallback
    return f"{slug}-2" if slug in RESERVED_SLUGS else slug


@lru_cache(maxsize=1 << 17)
def fold(value: str) -> str:
    """Accent- and case-insensitive key: "Nicolás" and "NICOLAS" fold alike, "Aydın" and
    "AYDIN" too. (Kept: resolution folds the same names and words hundreds of thousands
    of times.)"""
    decomposed = unicodedata.normalize("NFKD", value.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# Letters of other scripts drawn like Latin ones, as a folded key has them (lexicon).
_LOOKALIKES = str.maketrans(lexicon.pairs("lookalikes"))
_MIXED_WORD = re.compile(r"\w*[a-z]\w*")


def latin_lookalikes(key: str) -> str:
    """A folded key with the letters of another script that look Latin read as Latin,
    in the words that mix them with Latin letters: "niinistо" (a Cyrillic о) ->
    "niinisto". A word wholly in another script ("путин") is left as it is."""
    if key.isascii():
        return key
    return _MIXED_WORD.sub(lambda m: m.group().translate(_LOOKALIKES), key)
