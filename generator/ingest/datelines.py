"""What a newsroom prints around the story: datelines, bylines, timestamps and photo
credits, at the start of an article or of a paragraph (or sentence, in files with one
sentence per line), or run into a headline or a caption before the story starts.

    OTTAWA | Thu May 13, 2010 3:28 pm EDT OTTAWA (Reuters) - ...     wire header
    ISTANBUL, May 16 (Reuters) - ...   2009 06 24 07:14 JST ...        wire dateline
    Sunday, May 16, 2010; 4:43 PM ...                                  timestamp
    Saturday 25 April 2009 22.09 BST ...   Last updated: 1 may, 2009 - 17:54 GMT
    GULF OF MEXICO -- ...      WASHINGTON (AP) — ...                   dateline
    BEIJING, August 7 (Xinhua) -- ...                                  dateline
    CARDALE, March 2 - ...   (reprinted without the agency)            dateline
    Belo Horizonte, March 10, 2025 - ...   (a press release's)          dateline
    By Niu Shuping and Ken Wills ...  By Maggie Fox, Health and Science Editor
    Susan Watts | 18:00 UK time, Saturday, 25 April 2009 ...           blog byline
    Fergus Walsh | 12:16 PM, Thursday, 28 May 2009 ...
    (Reporting by Dave Graham; Editing by Louise Ireland)              sign-off
    Staff writer Steven Mufson contributed to this report.             credit
    Photograph: Joe Raedle/Getty Images ...  Photograph: PA ...        photo credit
    Photograph: Sarah Lee for the Guardian ...   AP Apr. 21: Fire boat crews ...
    Coast Guard via AP NEW ORLEANS -- ...                             photo credit, dateline
    (AP Photo/Joe Lee, File) ...   (Joe Lee - AP) ...                   photo credit
    From Matthew Price in Oaxaca, Mexico ...                          reporter
    1813 US President Barack Obama says ...                            live-blog time
    Published 12 February / Updated 2 hours ago   (a line of its own)  timestamp
    Sent: Thursday, March 5, 2026 11:38 AM   On Wed, Mar 4, 2026 at 7:15 PM  e-mail timestamp
    Image source, Getty Images / Image caption, ...  (a broadcaster's) photo credit

They stay in the text (the source page shows the document as it came), but are marked:
no entity, no event and no date is read inside them. The first dateline's place and
outlet become the document's own when it has none; without one, a notice the site
prints on its own pages names the outlet (lexicon/outlet_notices.txt: "Views expressed
in the comments do not represent those of Reuters"). The shapes found at a sentence
start only are those a story's sentence could also begin with ("GULF OF MEXICO --",
"By Tuesday"); the others (a clock time with a weekday and a time zone, an outlet in
brackets before a dash) are found anywhere in a sentence. Each pattern is bounded, so
the scan is linear in the text. A document's title (Document.is_title) is never one:
the body's first paragraph still opens the story.

A timeline's entries ("1996 - The ferry is built", "Oct 1, 2025, 22:30 - It leaves
Busan") open with the date of what they tell: a date and time there is no timestamp
(timeline_entries; the chronology reads each entry's date, chronology/expressions.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .. import lexicon
from ..model import Document, Sentence
from .text import CAPITALS, CITIES, LOWERCASE, fold

_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A place in capitals, accented ones too ("BRASÍLIA", "SÃO PAULO", "DOĞANŞEHİR"): no
# lower-case letter after it.
_CAPS_WORD = rf"[{CAPITALS}][{CAPITALS}.'’\-/]*(?![{LOWERCASE}])"
_CAPS_PLACE = rf"(?<![{CAPITALS}]){_CAPS_WORD}(?:[ ,]+{_CAPS_WORD}){{0,4}}"
# "WILMINGTON, Delaware", "SAN JUAN, Puerto Rico", then "June 14" in a Reuters dateline
_REGION = rf"(?:,\s+(?!{_MONTH}\s+\d)[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)?(?:/[A-Z][A-Z]+)?,?)?"
_ON_DAY = rf"(?:,?\s+{_MONTH}\s+\d{{1,2}})?"
_OUTLETS = (
    r"Reuters|AP|AFP|CNN|BBC|UPI|Bloomberg|dpa|Xinhua|ANSA|PA|Anadolu|Yonhap|Kyodo|TASS"
    r"|Interfax|EFE|PTI|IANS|ANI|AAP|Bernama|Antara|KUNA|WAFA"
)
# How an outlet is written in a dateline or byline -> its name in the Sources table.
_OUTLET_NAMES = {name: name for name in _OUTLETS.split("|")} | {"Associated Press": "AP"}
OUTLETS = frozenset(_OUTLET_NAMES)
# "(Reuters Legal) -", "(Reuters Life!) -": a desk of the outlet
_DESK = r"(?:\s[A-Z][a-z]+!?)?"
_CLOCK = r"\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?|[AP]\.?M\.?)?"
_ZONE = r"(?:[A-Z]{2,4}T|GMT|UTC|BST|IST|CET|CEST|JST)"
_NAME = r"[A-Z][a-z][A-Za-z’'\-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][A-Za-z’'\-]*)+"
_NAMES = rf"{_NAME}(?:(?:,\s+|\s+and\s+)(?!Associated Press\b){_NAME}){{0,3}}"
# A name and the place after it: "Abdulrahman Yakubu Gombe, Gombe".
_PLACED_NAME = rf"{_NAME},\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}}"
# "By Maggie Fox, Health and Science Editor", "By Tom Bergin, Reuters"
_BYLINE_ROLE = (
    r",\s+(?:(?P<outlet>Reuters|Associated Press|AP|AFP|Bloomberg)"
    r"|(?:[A-Z][a-z]+\s+(?:(?:and|&)\s+)?){0,4}"
    r"(?:Editor|Correspondent|Writer|Reporter|Columnist|Staff Writer)s?)"
)
# A photographer's or an agency's name in a credit: capitalised words, perhaps with a
# particle ("Win McNamee", "BP Plc", "Ann de Vries").
_CREDITED_NAME = r"[A-Z][\w.’'\-]*(?: (?:[A-Z][\w.’'\-]*|de|da|van|von|der|del|la|le|al|bin)){0,5}"
_CREDIT_WORD = r"(?:Photograph|Photo|Picture|Image|Photos|Illustration|Composite):\s+"
_AGENCY = r"[A-Z][\w.\-]*(?:/[A-Z][\w.\-]*)?(?:\s+Images)?"

# (kind, pattern, anywhere): a pattern found anywhere in a sentence, not only at its start
_PATTERNS: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    # OTTAWA | Thu May 13, 2010 3:28 pm EDT OTTAWA (Reuters) -
    (
        "wire header",
        re.compile(
            # (a place or a weekday opens it, in capitals: tried only where one is, the
            # same matches three times faster)
            rf"(?=[{CAPITALS}])(?:(?P<place>{_CAPS_PLACE}){_REGION}{_ON_DAY}\s*\|\s*)?"
            rf"{_WEEKDAY}\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}}\s+{_CLOCK}\s*{_ZONE}?\s*"
            rf"(?:(?P<place2>{_CAPS_PLACE}){_REGION}\s*)?(?:,?\s*{_MONTH}\s+\d{{1,2}}\s+)?"
            rf"(?:\((?P<outlet>{_OUTLETS}){_DESK}\)(?:\s*[-–—]+\s*|\s*$))?"
        ),
        True,
    ),
    # ISTANBUL, May 16 (Reuters) -     WILMINGTON, Delaware (Reuters) -
    # (a dateline: its date is the story's day, read for the lead it opens)
    (
        "dateline",
        re.compile(
            rf"(?P<place>{_CAPS_PLACE}){_REGION}{_ON_DAY}\s+\((?P<outlet>{_OUTLETS}){_DESK}\)"
            r"(?:\s*[-–—]+\s*|\s*$)"  # the dash may open the next paragraph
        ),
        True,
    ),
    # LONDON, Feb 4 (Wire) -: a dated dateline of an agency not in _OUTLETS (no outlet)
    (
        "dateline",
        re.compile(
            rf"(?P<place>{_CAPS_PLACE}){_REGION},?\s+{_MONTH}\s+\d{{1,2}}\s+"
            r"\((?:[A-Z][\w&.'’-]*)(?:\s[A-Z][\w&.'’-]*){0,2}\)\s*[-–—]+\s*"
        ),
        True,
    ),
    # HYDERABAD: The Telangana ...     NEW DELHI, Mar 14 (NPS): The Election ...     (a
    # city of the gazetteers in capitals and a colon, as Indian papers date a story)
    (
        "dateline",
        re.compile(
            rf"(?P<place>{_CAPS_PLACE}){_ON_DAY}"
            r"(?:\s+\((?:[A-Z][\w&.'’-]*)(?:\s[A-Z][\w&.'’-]*){0,2}\))?(?P<colon>:)\s+(?=[A-Z])"
        ),
        False,
    ),
    # 2009 06 24 07:14 JST      May 11, 2010 20:24 UTC      -- June 02, 2010 3:03 PM
    (
        "timestamp",
        re.compile(
            rf"{_MONTH}\s+\d{{1,2}},\s+\d{{4}}[;,]?\s+\d{{1,2}}:\d{{2}}\s*"
            rf"(?:[AaPp]\.?[Mm]\.?)?\s*{_ZONE}?\s*"
        ),
        True,
    ),
    ("timestamp", re.compile(rf"\d{{4}} \d{{2}} \d{{2}} {_CLOCK}\s*{_ZONE}\s*"), True),
    # Sunday, May 16, 2010; 4:43 PM
    (
        "timestamp",
        re.compile(
            rf"{_WEEKDAY},?\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}}\s*[;,]\s*{_CLOCK}\s*{_ZONE}?\s*"
        ),
        False,
    ),
    # Sent: Thursday, March 5, 2026 11:38 AM     Date: Thu, 5 Mar 2026 08:02     On Wed,
    # Mar 4, 2026 at 7:15 PM (Celeste Arbogast wrote:)     (an e-mail's header, a quoted
    # message's: when it was sent)
    (
        "timestamp",
        re.compile(
            rf"(?:(?:Sent|Date):[ \t]+|On\s+)(?:{_WEEKDAY},?\s+)?"
            rf"(?:{_MONTH}\s+\d{{1,2}},?|\d{{1,2}}\s+{_MONTH})\s+\d{{4}},?"
            rf"(?:\s+at)?\s+{_CLOCK}(?::\d{{2}})?(?:\s*{_ZONE}|\s*[-+]\d{{4}})?[ \t]*"
        ),
        False,
    ),
    # Saturday 25 April 2009 22.09 BST      Last updated: 1 may, 2009 - 17:54 GMT
    (
        "timestamp",
        re.compile(rf"{_WEEKDAY}\s+\d{{1,2}}\s+{_MONTH}\s+\d{{4}}\s+{_CLOCK}\s*{_ZONE}\s*"),
        True,
    ),
    (
        "timestamp",
        re.compile(
            rf"Last updated:?\s+(?:{_WEEKDAY},?\s+)?\d{{1,2}}\s+(?i:{_MONTH}),?\s+\d{{4}}"
            rf"\s*[-–—,]?\s*{_CLOCK}\s*{_ZONE}?\s*"
        ),
        True,
    ),
    # Published 12 February     Updated 2 hours ago     Last updated 14 February 2024, 10:45 GMT
    # Posted Mon 12 Feb 2024 at 10:45am     (a web page's stamp: a line of its own, of
    # nothing but when)
    (
        "timestamp",
        re.compile(
            r"(?:(?:First|Last)\s+)?(?:[Pp]ublished|[Uu]pdated|[Pp]osted)(?:\s+(?:on|at))?:?"
            rf"(?:[ \t,|–—-]+(?:{_CLOCK}|{_ZONE}|{_WEEKDAY}|{_MONTH}|\d{{1,4}}(?:st|nd|rd|th)?"
            r"|an?|one|at|on|ago|hours?|minutes?|mins?|days?|weeks?|yesterday|today|just|now))+"
            r"[ \t]*(?:\n|$)"
        ),
        False,
    ),
    # Image source, Getty Images     Image caption, Sandbags being filled ...     (a
    # broadcaster's page: the photograph's source, a line of its own; the caption's mark)
    (
        "photo credit",
        re.compile(r"(?:Image|Media|Video) source,[^\n]{1,60}(?:\n|$)|(?:Image|Media) caption,\s+"),
        False,
    ),
    # Susan Watts | 18:00 UK time, Saturday, 25 April 2009      (a blog post's byline)
    (
        "byline",
        re.compile(
            rf"(?:[A-Z][a-z’'\-]+\s+){{1,3}}\|\s+{_CLOCK}(?:\s+UK time)?,\s+{_WEEKDAY},?\s+"
            rf"\d{{1,2}}\s+{_MONTH}\s+\d{{4}}\s*"
        ),
        False,
    ),
    # - 16:10 UK time, Wednesday, 8 July 2009     (a list of a blog's posts)
    (
        "timestamp",
        re.compile(rf"{_CLOCK}(?:\s+UK time)?,\s+{_WEEKDAY},?\s+\d{{1,2}}\s+{_MONTH}\s+\d{{4}}\s*"),
        True,
    ),
    # Coast Guard via AP NEW ORLEANS -- / NOAA, via AP ...   (a photograph's source and the
    # agency, run into the dateline after it)
    (
        "photo credit",
        re.compile(r"(?:[A-Z][\w.&’'\-]*,?\s+){1,4}via\s+(?=(?:AP|AFP|Reuters|Getty)\b)"),
        False,
    ),
    # WASHINGTON (AP) — / GULF OF MEXICO -- / “AP LOS ANGELES -- / BEIJING, August 7 (Xinhua) --
    (
        "dateline",
        re.compile(
            rf"[“\"]?(?:(?P<lead>{_OUTLETS})\s+)?(?P<place>{_CAPS_PLACE}){_REGION}"
            rf"(?:,\s+{_MONTH}\s+\d{{1,2}})?\s+"
            rf"(?:\((?P<outlet>{_OUTLETS})\)\s*)?(?:--|—|–)(?:\s+|$)"
        ),
        False,
    ),
    # CARDALE, March 2 - A federal judge ...     TOPEKA, Kan., June 4 - ...     (a wire
    # dateline as a paper reprints it, the agency's name in brackets dropped: a place in
    # capitals, the day, a single hyphen; never a sentence's opening, which has no day
    # after a place in capitals)
    (
        "dateline",
        re.compile(
            rf"(?P<place>{_CAPS_PLACE}){_REGION},?\s+{_MONTH}\s+\d{{1,2}}\s+-\s+(?=[A-Z“\"])"
        ),
        False,
    ),
    # New Delhi, March 4 (PTI) At least ...    Itori (Ogun), March 27, 2025 (NAN) The ...
    # (an agency's dateline as Indian and Nigerian wires write it: a place in title case,
    # its state in brackets, the date, the agency's letters in brackets, no dash)
    (
        "dateline",
        re.compile(
            rf"(?P<place>[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){{0,3}})(?:\s\([A-Z][\w.'’ -]{{1,20}}\))?"
            rf",\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?"
            r"\s+\((?P<agency>[A-Z]{2,6})\)\s+(?=[A-Z“\"])"
        ),
        False,
    ),
    # (NAN)(www.nannews.ng)     (PTI)     an agency's sign-off, a line of its own; "(END)"
    # ends a Korean agency's story and "(MORE)" a page of it: no agency's letters
    (
        "byline",
        re.compile(
            r"\((?!(?:END|ENDS|MORE|LEAD)\))(?P<agency>[A-Z]{2,6})\)(?:\s*\([^()\n]{1,60}\))?"
            r"[ \t]*(?:\n|$)"
        ),
        False,
    ),
    ("byline", re.compile(r"\((?:END|ENDS|MORE)\)[ \t]*(?:\n|$)"), False),
    # Belo Horizonte, March 10, 2025 -     NEW YORK, March 10, 2025 /PRNewswire/ --
    # BEIRA / GENEVA, 12 November 2024 —
    # (a press release's dateline: a place, the full date, a dash; not a day's words
    # before the date: "On Friday, March 10, 2025 -")
    (
        "dateline",
        re.compile(
            r"(?!(?:On|In|At|By|From|Since|Until|Before|After|The|This|Today|Mon|Tues?|Wed"
            r"|Thu(?:rs?)?|Fri|Sat|Sun|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)"
            rf"(?P<place>[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){{0,3}})"
            rf"(?:\s/\s[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){{0,3}})?{_REGION},?\s+"
            rf"(?:{_MONTH}\s+\d{{1,2}},|\d{{1,2}}\s+{_MONTH})\s+\d{{4}}\s*(?:/[^/\n]{{1,40}}/\s*)?[-–—]+\s+"
        ),
        False,
    ),
    # By Niu Shuping and Ken Wills     By Maggie Fox, Health and Science Editor
    (
        "byline",
        re.compile(
            rf"By\s+(?!(?:The|the|a|an|then|now)\b){_NAMES}(?:{_BYLINE_ROLE})?(?=\s+[A-Z])\s+"
        ),
        False,
    ),
    # By Farhana Islam, Sylhet      (a byline that is a line of its own: a place after it)
    (
        "byline",
        re.compile(
            rf"By\s+{_NAMES}(?:{_BYLINE_ROLE}|,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}})?"
            r"\s*$"
        ),
        False,
    ),
    # From Abdulrahman Yakubu Gombe, Gombe     By Ada Obi, Abuja, and Musa Bello, Gombe
    # (a reporter and the place they write from, each, on a line of its own)
    (
        "byline",
        re.compile(rf"(?:By|From)\s+{_PLACED_NAME}(?:,?\s+and\s+{_PLACED_NAME})*\s*$"),
        False,
    ),
    # ... route map By Maggie Fox, Health and Science Editor WASHINGTON | ...
    # ... Credit: Reuters By Ann Lee and Bo Trask VENICE, La/WASHINGTON | Tue Jun ...
    (
        "byline",
        re.compile(
            rf"\bBy\s+{_NAMES}(?:{_BYLINE_ROLE}(?=\s+[A-Z])|(?=\s+{_CAPS_PLACE}{_REGION}"
            rf"(?:\s*\||{_ON_DAY}\s+\((?:{_OUTLETS})\))))\s+"
        ),
        True,
    ),
    # (Reporting by Dave Graham; Editing by Louise Ireland)    a wire story's last line
    (
        "byline",
        re.compile(
            r"\((?:Reporting|Additional reporting|Writing|Editing|Compiled|Reporting and writing)"
            r"\s+by\b[^()\n]{1,300}\)\s*"
        ),
        True,
    ),
    # From Matthew Price in Oaxaca, Mexico     From Muslim Qandeel, BBC Arabic   (a reporter)
    (
        "byline",
        re.compile(
            rf"From\s+{_NAME}(?:\s+in\s+[A-Z][\w.]*(?:[ ,]+[A-Z][\w.]*){{0,3}}?:?"
            rf"|,\s+(?:BBC|Reuters|AP|AFP|CNN)(?:\s+[A-Z][a-z]+)?)(?=\s+[A-Z])\s+"
        ),
        False,
    ),
    # Staff writer Ann Lee contributed to this report.    (a sentence that is a credit)
    (
        "byline",
        re.compile(
            r"[^\n]{0,250}?\bcontributed (?:to this report|to this article|reporting)\b[^\n]{0,60}"
        ),
        False,
    ),
    # — With files from Alanna Petrie in Timmins    With files from The Canadian Press
    # (a credit line that ends a story, as Canadian papers write it)
    ("byline", re.compile(r"(?:[—–-]\s*)?With files from\s+[A-Z][^\n]{1,120}"), False),
    # Photograph: Joe Raedle/Getty Images
    (
        "photo credit",
        re.compile(
            rf"{_CREDIT_WORD}(?:[A-Z][\w.’'\- ]{{0,40}}/{_AGENCY}"
            r"|[A-Z][\w.’'\- ]{0,40}? for the [A-Z]\w+"
            r"|(?:PA|AP|AFP|EPA|Reuters|Getty Images|Rex Features|Corbis|Alamy)(?![\w/]))\s+"
        ),
        False,
    ),
    # ... in the Gulf of Mexico Photograph: Gerald Herbert/AP The US coastguard said
    # (a page's caption, with no full stop, run into its credit and the text after it:
    # found anywhere, with a name before the slash, not the caption itself, as in
    # "(Photo: Obama speaks in Cairo/Ann Lee)")
    ("photo credit", re.compile(rf"{_CREDIT_WORD}{_CREDITED_NAME}/{_AGENCY}\s+"), True),
    # Photo credits: REUTERS/Ann Lee (Walrus swims ..., February 28, 2001) ...  (the sentence)
    ("photo credit", re.compile(r"(?:Photo|Image|Picture) credits?:[^\n]*"), False),
    # AP Apr. 21: Fire boat crews ...   AP The chief executive ...   AP2010 President ...
    # (a caption's credit, perhaps run into the photograph's year)
    ("photo credit", re.compile(r"(?:AP|AFP)(?:(?:19|20)\d\d)?\s+(?=[A-Z“\"])"), False),
    # (AP Photo) ...  (AP Photo/Ann Lee, File) ...  (Ann Lee - AP) ...  (Ann Lee/Associated
    # Press): a caption's credit in brackets, anywhere
    (
        "photo credit",
        re.compile(
            r"\((?:(?:AP|AFP|EPA|Reuters) Photo(?:/[^()\n]{1,80})?"
            r"|[A-Z][\w.’'\-]*(?: [A-Z][\w.’'\-]*){0,3}\s*(?: - |/)\s*"
            r"(?:AP|AFP|EPA|Reuters|Getty Images|[Aa]ssociated [Pp]ress|Bloomberg))\)\s*"
        ),
        True,
    ),
)
# A live blog's time at the start of a paragraph ("1813 US President ...", "9.05am GMT
# Malawi confirms ...", "14:32 Death toll rises"), or alone on its line over the post
# ("08:15"): four digits that are a clock time, then a capital; or a clock time written
# with its separator, perhaps with "am"/"pm" and a time zone. Only in a document with
# LIVE_BLOG_TIMES of them.
_LIVE_TIME = re.compile(
    r"(?:[01]\d|2[0-3])[0-5]\d\s+(?=[A-Z])"
    rf"|(?:[01]?\d|2[0-3])[:.][0-5]\d\s?(?:[ap]\.?m\.?)?"
    rf"(?:\s+(?:{_ZONE}|[ECMP]T)\b\s*[-–—:…]*\s*|\s+(?=[A-Z])|\s*$)"
)
LIVE_BLOG_TIMES = 3
_NOT_A_PLACE = frozenset({"I", "A", "THE", "AND", "BUT", "Q", "NOTE", "UPDATE"})


def find_datelines(document: Document) -> tuple[tuple[int, int, str], ...]:
    """(start, end, kind) of every dateline, byline, timestamp, photo credit and
    live-blog time in the text (see the module docstring), in text order."""
    text = document.text
    found: list[tuple[int, int, str]] = []
    times: list[tuple[int, int, str]] = []
    paragraph: list[tuple[int, int, str]] = []  # found in the current paragraph
    para_start = 0
    sentences = document.sentences
    for index, sentence in enumerate(sentences):
        if document.is_title(sentence.number):
            continue  # a title is never a dateline ("WASHINGTON -- ..." opens the body)
        opens = (
            index == 0
            or sentences[index - 1].paragraph != sentence.paragraph
            or document.is_title(sentences[index - 1].number)
        )
        if opens:
            para_start = sentence.start
        paragraph.extend(_at_start(text, sentence.start, sentence.end, opens))
        closes = index + 1 == len(sentences) or sentences[index + 1].paragraph != sentence.paragraph
        if closes:
            # A sentence may end inside a header ("VENICE, La. | Mon May 31 ..."): the
            # shapes found anywhere are looked for in the whole paragraph.
            found.extend(_anywhere(text, para_start, sentence.end, paragraph))
            paragraph = []
        live = _LIVE_TIME.match(text, sentence.start, sentence.end)
        if live:
            times.append((sentence.start, live.end(), "live-blog time"))
    if len(times) >= LIVE_BLOG_TIMES:
        found.extend(times)
    # (a speaker's label is no dateline: "DELGADO: Did your sister know?", a city too)
    labels = {turn.start for turn in document.turns}
    found = [f for f in found if not (f[2] == "dateline" and f[0] in labels)]
    entries = _entries(text, sentences)
    if entries:
        # a timeline: a date and time opening an entry is what it tells, no timestamp
        found = [f for f in found if not (f[2] == "timestamp" and f[0] in entries)]
    return tuple(sorted(found))


# A timeline: paragraphs that open with when, then a dash ("1996 - The ferry is built",
# "March 2019 - ...", "Oct 3 - ...", "01:36 - ...", "About 02:15 - ..."), TIMELINE_ENTRIES
# of them or more, two at least not a full date and time. Its dates and times are what
# each entry tells, not when a post was written: a date and time opening an entry ("Oct
# 1, 2025, 22:30 - The ferry leaves Busan") is no timestamp there. (A blog's archive
# opens each post with its full date and time: "May 14, 2010 09:52 UTC - Kees Willemse
# is professor ...".)
_ENTRY = re.compile(
    rf"(?:(?:About|Around|By)\s+)?"
    rf"(?:(?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?"
    rf"|{_MONTH}\s+(?:19|20)\d{{2}}|(?:19|20)\d{{2}})|{_CLOCK})"
    rf"(?:,?\s+{_CLOCK})?(?:\s*{_ZONE})?(?:\s*\([^()\n]{{0,40}}\))?\s*[-–—]+\s+"
)
_FULL = re.compile(r"\b\d{4}\b.*\d[:.]\d{2}")  # a year and a clock time
TIMELINE_ENTRIES = 3


def timeline_entries(document: Document) -> list[tuple[int, int]]:
    """Where the date opening each entry of a timeline is written (start, end): "1996",
    "March 2019", "Oct 3", "Oct 2" of "Oct 2, 01:21 -"; not a time of day alone ("01:36
    -"), whose day is the entry's before it. None in a document that is no timeline."""
    entries = _entries(document.text, document.sentences)
    return [entry.span("date") for entry in entries.values() if entry.group("date")]


def _entries(text: str, sentences: Sequence[Sentence]) -> dict[int, re.Match[str]]:
    """Each paragraph opening as a timeline's entry (_ENTRY), by where it starts; none
    where they are too few or all a full date and time."""
    entries: dict[int, re.Match[str]] = {}
    for index, sentence in enumerate(sentences):
        if index and sentences[index - 1].paragraph == sentence.paragraph:
            continue
        entry = _ENTRY.match(text, sentence.start, sentence.end)
        if entry is not None:
            entries[sentence.start] = entry
    partial = sum(not _FULL.search(entry.group()) for entry in entries.values())
    return entries if len(entries) >= TIMELINE_ENTRIES and partial >= 2 else {}


def _at_start(text: str, start: int, end: int, opens: bool) -> list[tuple[int, int, str]]:
    """The shapes at the start of a sentence, one after the other in any order ("By X
    WASHINGTON (AP) --", "(AP Photo/Ann Lee) AP2002 Singer ...")."""
    found: list[tuple[int, int, str]] = []
    at, before = start, -1
    while at > before:  # (each round moves on, or is the last)
        before = at
        for kind, pattern, _ in _PATTERNS:
            if kind == "dateline" and not opens:
                continue  # "NATO — the alliance ..." inside a paragraph is no dateline
            match = pattern.match(text, at, end)
            if match and match.end() > at and _plausible(kind, match):
                found.append((at, match.end(), kind))
                at = match.end()
    return found


def _anywhere(
    text: str, start: int, end: int, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """`found` and the shapes found anywhere from `start` to `end` that overlap none of
    them (nor each other)."""
    found = list(found)
    for kind, pattern, anywhere in _PATTERNS:
        if not anywhere:
            continue
        at = start
        while (match := pattern.search(text, at, end)) is not None:
            if match.end() == match.start():
                at = match.end() + 1
            elif any(s < match.end() and match.start() < e for s, e, _ in found):
                at = match.start() + 1  # "JST KORBEN (Reuters)": KORBEN alone may fit
            else:
                found.append((match.start(), match.end(), kind))
                at = match.end()
    return found


def _plausible(kind: str, match: re.Match[str]) -> bool:
    """A capitalised dateline place (only at a paragraph's start) is not a sentence in
    capitals ("THE PRESIDENT --")."""
    if kind != "dateline":
        return True
    place = match.group("place")
    words = place.replace(",", " ").split()
    if match.groupdict().get("colon") and fold(place) not in CITIES:
        return False  # "SENATOR WALSH: ...", a speaker's label
    return bool(words) and words[0] not in _NOT_A_PLACE and len(place) <= 40


def first_dateline(document: Document) -> tuple[str | None, str | None]:
    """(place, outlet) of the document: the place of its first wire header or dateline
    that names one; the outlet of the first wire header, dateline or byline that names
    one ("(Reuters)", "AP WASHINGTON --", "By X, Associated Press"), else the outlet a
    notice of the site names (outlet_named)."""
    text = document.text
    place = outlet = None
    for start, end, kind in document.skipped:
        if kind not in ("wire header", "dateline", "byline") or (place and outlet):
            continue
        for groups in _groups(text, start, end, kind):
            named = groups.get("place") or groups.get("place2")
            if place is None and named:
                place = " ".join(named.strip(" ,").title().split())
            outlet = (
                outlet
                or _OUTLET_NAMES.get(groups.get("outlet") or groups.get("lead") or "")
                or groups.get("agency")  # "(NAN)", an agency's letters after a dateline
            )
    return place, outlet or outlet_named(document)


def _groups(text: str, start: int, end: int, kind: str) -> Iterator[dict[str, str | None]]:
    """The named parts of a marked span, read again with the patterns of its kind."""
    for pattern_kind, pattern, _ in _PATTERNS:
        if pattern_kind == kind:
            # No end first: a lookahead reads past it; then the end it was found with
            # ("(Reuters Life!)" closing its paragraph, the dash opening the next).
            for match in (pattern.match(text, start), pattern.match(text, start, end)):
                if match is not None and match.end() == end:
                    yield match.groupdict()
                    return


# "Photograph: Sarah Lee for the Guardian": the site's own photographer
_OWN_CREDIT = re.compile(
    r"(?:Photograph|Illustration|Photo|Graphic|Composite):\s+[A-Z][\w.’' \-]{0,40}? "
    r"for the (Guardian|Observer)\b"
)


def _notices() -> tuple[re.Pattern[str], dict[str, str]]:
    """lexicon/outlet_notices.txt as one pattern (on lower-case text) and phrase -> outlet."""
    outlets: dict[str, str] = {}
    for entry in lexicon.ordered("outlet_notices"):
        phrase, _, outlet = entry.rpartition(" = ")
        outlets[phrase.strip().lower()] = outlet.strip()
    phrases = sorted(outlets, key=len, reverse=True)
    return re.compile("|".join(re.escape(p) for p in phrases)), outlets


_NOTICE, _NOTICE_OUTLETS = _notices()


# How a newsroom names itself in its own story, and the outlet each names (OWN_SHAPES).
_OWN_NAMES = {
    "BBC": "BBC",
    "CNN": "CNN",
    "Reuters": "Reuters",
    "Fox News": "Fox News",
    "FOX News": "Fox News",
    "FoxNews.com": "Fox News",
    "Associated Press": "AP",
    "The Associated Press": "AP",
    "Guardian": "The Guardian",
    "the Guardian": "The Guardian",
    "The Guardian": "The Guardian",
    "the Observer": "The Observer",
    "The Observer": "The Observer",
    "Washington Post": "The Washington Post",
    "The Washington Post": "The Washington Post",
}
_OWN = "|".join(re.escape(n) for n in sorted(_OWN_NAMES, key=len, reverse=True))
_PERSON = r"[A-Z][a-z][\w’'\-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'\-]+)+"
# (rule, pattern): what only the outlet's own story writes of it
OWN_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Fox News' Jim Angle contributed to this report."  "Associated Press writers Ann
    # Lee and Bo Trask contributed to this report." (not "The Associated Press
    # contributed to this report", which a newsroom writes of the agency it drew on)
    (
        "staff credit",
        re.compile(
            rf"(?<![\w.])(?P<outlet>{_OWN})(?:['’]s?|\s+(?:staff\s+)?(?:writers?|reporters?"
            rf"|correspondents?))\s+{_PERSON}(?:,?\s+and\s+{_PERSON})?"
            r"\s+contributed\s+(?:to\s+this\s+(?:report|article|story)|reporting)"
        ),
    ),
    # "The BBC's Imogen Foulkes, in Geneva, says ..."  "the BBC's Stephen Gibbs reports."
    # (a broadcaster's own correspondent, in the present tense)
    (
        "own correspondent",
        re.compile(
            rf"\b[Tt]he\s+(?P<outlet>BBC|CNN)['’]s\s+(?:[a-z]+\s+){{0,3}}{_PERSON},?"
            r"(?:\s+in\s+[A-Z][\w.\-]*(?:[ ,]+[A-Z][\w.\-]*){0,3},?)?\s+(?:says|reports)\b"
        ),
    ),
    # "I'm James Reynolds, the BBC's former Beijing correspondent."  (a blog's signature)
    (
        "signature",
        re.compile(
            rf"\bI['’ ]?m\s+{_PERSON},\s+(?:the\s+)?(?P<outlet>{_OWN})(?:['’]?\s?s)?\s+"
            r"(?:[a-z]+\s+){0,3}(?:[A-Z][a-z]+\s+)?(?:correspondent|editor|reporter|writer)"
        ),
    ),
    # "Maria Sheahan is a Reuters senior correspondent in Frankfurt."  (an author's note)
    (
        "author note",
        re.compile(
            rf"\b{_PERSON}\s+is\s+(?:a|an|the)\s+(?P<outlet>{_OWN})\s+(?:[a-z]+\s+){{0,2}}"
            r"(?:correspondent|columnist|editor|reporter|writer|photographer)\b"
        ),
    ),
    # "the Guardian has learned"  "the Observer has learnt"  (a newsroom's own scoop)
    (
        "own scoop",
        re.compile(rf"(?<![\w.])(?P<outlet>{_OWN})\s+has\s+(?:learned|learnt)\b"),
    ),
)


def outlet_named(document: Document) -> str | None:
    """The outlet a notice of the site's own names ("Sign up for free e-mail news alerts
    from FoxNews.com", "letters@guardian.co.uk"), or the story itself as only its own
    newsroom writes (OWN_SHAPES: "Fox News' Jim Angle contributed to this report", "the
    BBC's Imogen Foulkes, in Geneva, says", "the Observer has learned"), the first in
    the text, or None. A story that quotes another outlet ("told the Guardian") names no
    outlet of its own; nor do readers' comments."""
    text = document.text
    # (Each pattern matches only where one of its phrases or outlets' names is written:
    # looking for those first skips the patterns in most texts, and is 3 to 10 times
    # faster than the patterns, which try every place of a text.)
    lowered = text.lower()
    found = _NOTICE.search(lowered) if any(p in lowered for p in _NOTICE_OUTLETS) else None
    named = [(found.start(), _NOTICE_OUTLETS[found.group(0)])] if found else []
    credit = _OWN_CREDIT.search(text)
    if credit:
        named.append((credit.start(), "The " + credit.group(1)))
    shapes = OWN_SHAPES if any(name in text for name in _OWN_NAMES) else ()
    for _, pattern in shapes:
        for match in pattern.finditer(text):
            if document.skipped_kind(match.start(), match.end()) != "comment":
                named.append((match.start(), _OWN_NAMES[match.group("outlet")]))
                break
    return min(named)[1] if named else None
