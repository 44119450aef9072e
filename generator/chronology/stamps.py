"""What is not the story's text, though a date is read in it: the rules of
not_a_happening (happenings.py) that find a date inside a web address, a citation's note
or a footnote, a clock time read as a year, a newspaper's print notice, a news
agency's dateline or a blog's time stamp glued to the sentence after it, or a heading
or a signature line that is only a date and a few names. Each rule is a
function of (sentence, date, where the date's expression starts) that returns True when
the sentence states no happening on that date.
"""

from __future__ import annotations

import re

from .dates import PartialDate

# ... and a dateline ("MIAMI, May 3 (Reuters) -", "May 10, 2010 20:07 UTC").
_DATELINE_AFTER = re.compile(
    r"^\W{0,3}(?:\((?:Reuters|AP|AFP|UPI|Bloomberg|CNN)\)|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?"
    r"(?:UTC|GMT|EDT|EST|CDT|CST|PDT|PST|BST|CET))",
    re.IGNORECASE,
)
# ... or any agency's, in brackets and capitals before a dash, after a calendar date
# ("LONDON, Feb 4 (Anadolu) -"; not "just yesterday — (applause) —").
_AGENCY_AFTER = re.compile(r"^\W{0,3}\([A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,2}\)\s*[-–—]")
# ... and a date inside a web address ("…%2F2022%2F07…"), or a clock time read as a
# year ("3 p.m. local time (2000 GMT)").
# A newspaper's print notice ("This article appeared on p22 of the Main section of the
# Observer on Sunday 14 June 2009"): the publication's own record, glued to the text.
_PRINT_NOTICE = re.compile(
    r"\bappeared (?:on|in) (?:p|page)\s?\d+\b|\bcorrections and clarifications column\b", re.IGNORECASE
)
_URL = re.compile(r"(?:https?://|www\.)\S*$", re.IGNORECASE)
# A citation's note of when a page was read ("(last visited July 14, 2022)", "(last
# modified June 1, 2021)"): the reference's, not the story's.
_CITATION_NOTE = re.compile(
    r"\((?:last |page )?(?:visited|modified|accessed|updated|retrieved|viewed)(?: on)?\s+$", re.IGNORECASE
)
# A footnote of a report ('<a href="#_ftnref32" id="_ftn32">[32]</a> Russell Brandom, *New
# York State Passes ...*, Verge (June 3, 2022)'): a source's reference, no text of its own.
_FOOTNOTE = re.compile(r"^\W*<a href=\"#_ftnref\d+\"")
_STAMP_BEFORE = re.compile(
    r"(?:^|\|\s*)\d{1,2}[:.]\d{2}\s*(?:[AP]\.?M\.?)?(?:\s+UK time)?,?\s*$", re.IGNORECASE
)
# A credit line that names where an item came from ("Source: TASS news agency, Moscow,
# in Russian 0912 gmt 4 Mar 26", a monitoring digest's; "Sources: Reuters, U.S. Coast
# Guard", a factbox's): the source's date, no happening. (Not "Credit:": a wire runs a
# photograph's credit into the story's first sentence.)
_SOURCE_CREDIT = re.compile(r"^\W{0,3}Sources?\s*:", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"^\s*(?:GMT|UTC|EDT|EST|CDT|CST|PDT|PST|BST|CET|hours|hrs|local time)\b")


# An open cell of an HTML table before the date ("<th>Award<br /> (May 4, 2021)</th>"):
# a table's heading or datum, no sentence.
_TABLE_CELL = re.compile(r"<t[hd]\b[^>]*>(?:(?!</t[hd]>).)*$", re.IGNORECASE | re.DOTALL)


def not_text(sentence: str, when: PartialDate, start: int) -> bool:
    """A date inside a web address, a citation's note ("(last visited July 14, 2022)") or
    a table's cell, four digits that are a clock time ("2000 GMT"), a newspaper's print
    notice ("This article appeared on p22 of ... on Sunday 14 June"), or a source's
    credit line ("Source: TASS news agency, Moscow, in Russian 0912 gmt 4 Mar 26")."""
    after = sentence[start + len(when.expression) :]
    return bool(
        _URL.search(sentence[: max(start, 0)])
        or ("<t" in sentence and _TABLE_CELL.search(sentence[: max(start, 0)]))
        or _CITATION_NOTE.search(sentence[: max(start, 0)])
        or _FOOTNOTE.match(sentence)
        or (re.fullmatch(r"\d{4}", when.expression) and _CLOCK_AFTER.match(after))
        or _PRINT_NOTICE.search(sentence)
        or _SOURCE_CREDIT.match(sentence)
    )


# A publisher's note on its own page ("This article was amended on 4 August 2010.", "(This
# caption was amended on 6 May 2010.", "This article was updated at 1pm on 10 June 2010",
# "The following correction was printed in the Observer's For the record column, Sunday
# 20 June 2010"): when the page changed, no happening of the story.
_PAGE_NOTE = re.compile(
    r"\b(?:this|the) (?:article|story|post|blog post|caption|headline|graphic|page|report|item|piece)"
    r" (?:was|has been|had been) (?:\w+ly )?(?:amended|corrected|updated|edited|changed|clarified)\b"
    r"|\bthe following correction was (?:printed|published|made)\b",
    re.IGNORECASE,
)


def page_note(sentence: str, when: PartialDate, start: int) -> bool:
    """A date inside a publisher's note that its page was amended or corrected ("This
    article was amended on 4 August 2010 to correct the figure given for BP's total
    revenues in 2009"): the note's own record, glued to the text; a date before the note
    in the same glued sentence is the story's and stays."""
    note = _PAGE_NOTE.search(sentence)
    return bool(note and note.start() <= start)


# A page's stamp of when it was published or updated, as broadcasters print it over the
# story ("RTÉ News Updated / Friday, 9 Jan 2026 07:12", "Published: 14:03 GMT"): the
# word capitalised, then a stroke, a colon or a bar, or a clock time after the date (not
# "the report, published on 9 January, found": a happening).
_PAGE_STAMP_BEFORE = re.compile(
    r"(?:^|\s)(?:(?:Last |First )?(?:Updated|Published|Posted|Modified))"
    r"(?P<mark>\s*[/:|])?\s*(?:on\s+)?(?:[A-Z][a-z]+day,?\s*)?$"
)
_CLOCK_NEXT = re.compile(r"^,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\b")


def dateline(sentence: str, when: PartialDate, start: int) -> bool:
    """A news agency's dateline or a blog's time stamp ("MIAMI, May 3 (Reuters) - ...",
    "May 10, 2010 20:07 UTC"), or a page's stamp ("Updated / Friday, 9 Jan 2026
    07:12"), glued to the sentence that follows it."""
    after = sentence[start + len(when.expression) :]
    if re.search(r"\d{1,2}[:.]\d{2}$", when.expression) and _CLOCK_AFTER.match(after):
        return True  # "May 27, 2010 20:34 UTC": the time read with the date
    if _STAMP_BEFORE.search(sentence[: max(start, 0)]):
        return True  # "Fergus Walsh | 12:16 PM, Thursday, 28 May 2009 It's good to see"
    stamp = _PAGE_STAMP_BEFORE.search(sentence[: max(start, 0)])
    if stamp and (
        stamp.group("mark")
        or re.search(r"\d{1,2}[:.]\d{2}$", when.expression)
        or _CLOCK_NEXT.match(after)
    ):
        return True  # "RTÉ News Updated / Friday, 9 Jan 2026 07:12"
    if _DATELINE_AFTER.match(after):
        return True
    if _BRACKETED_PLACE_BEFORE.search(sentence[: max(start, 0)]) and _BRACKET_DASH_AFTER.match(after):
        return True  # "(Bangui/New York, 10 April 2026) – A convoy reached ...": a release's
    return _CALENDAR.search(when.expression) is not None and bool(_AGENCY_AFTER.match(after))


# ... or a release's dateline in brackets, its places and its date, before a dash: "(Bangui/
# New York, 10 April 2026) – A humanitarian convoy ...", as UN agencies write it.
_BRACKETED_PLACE_BEFORE = re.compile(
    r"^\W{0,3}\((?:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}\s?/\s?)*[A-Z][\w.'’-]*"
    r"(?:\s[A-Z][\w.'’-]*){0,3},\s*$"
)
_BRACKET_DASH_AFTER = re.compile(r"^\)\s*[-–—]")



# A heading, a dateline or a signature line that is only a calendar date and a few
# capitalised words ("**Bali, Indonesia, 15-16 November 2022**", "**April 2022**", "Via
# Teleconference (July 18, 2022)", "*President Joseph R. Biden, April 7, 2022*"): it
# names when and where the text under it was written or held, and has no verb to tell a
# happening. A date that opens with a preposition ("In March.", "On Friday.") is an
# adverb of the sentence before it (events.py reads the two together), not a heading.
HEADING_WORDS = 4
_CALENDAR = re.compile(r"\d")
_ADVERBIAL = re.compile(
    r"^(?:in|on|at|by|since|from|during|until|till|through|before|after|of|for|as of)\b", re.IGNORECASE
)
_PAST = re.compile(r"[a-z]ed$")
_MARKUP = re.compile(r"<[^>]*>|[*_()\[\]|]")


# ... or a date alone in its own bold or italics after a heading run into it ("***Statement
# of Law School Deans ...*** ***August 30, 2021***").
_EMPHASIS_BEFORE = re.compile(r"(?:^|\s)(\*{1,3}|_{1,3})\s*$")
_EMPHASIS_AFTER = re.compile(r"\s*(\*{1,3}|_{1,3})(?:\s|$)")


def heading_date(sentence: str, when: PartialDate, start: int) -> bool:
    """A line that is only a date with a place, an occasion or a signer ("**Bali,
    Indonesia, 15-16 November 2022**"), or a date alone in its own emphasis: a heading
    or a signature, no happening."""
    if not _CALENDAR.search(when.expression) or _ADVERBIAL.match(when.expression):
        return False
    opened = _EMPHASIS_BEFORE.search(sentence[: max(start, 0)])
    closed = _EMPHASIS_AFTER.match(sentence[start + len(when.expression) :])
    if opened and closed and opened.group(1) == closed.group(1):
        return True  # "***Statement of Law School Deans ...*** ***August 30, 2021***": its own line
    rest = _MARKUP.sub(" ", sentence[: max(start, 0)] + " " + sentence[start + len(when.expression) :])
    words = re.findall(r"[^\W\d_][\w'’.-]*", rest)
    # (a capitalised past form is a headline's verb: "Ana Lee Resigned May 3, 2022" stays)
    return len(words) <= HEADING_WORDS and all(w[0].isupper() and not _PAST.search(w) for w in words)
