"""What a newsroom prints around the story: datelines, bylines, timestamps and photo
credits, at the start of an article or of a paragraph (or sentence, in files with one
sentence per line).

    OTTAWA | Thu May 13, 2010 3:28 pm EDT OTTAWA (Reuters) - ...     wire header
    Sunday, May 16, 2010; 4:43 PM ...                                  timestamp
    GULF OF MEXICO -- ...      WASHINGTON (AP) — ...                   dateline
    By Niu Shuping and Ken Wills ...                                   byline
    Photograph: Joe Raedle/Getty Images ...                            photo credit
    1813 US President Barack Obama says ...                            live-blog time

They stay in the text (the source page shows the document as it came), but are marked:
no entity, no event and no date is read inside them. The first dateline's place and
outlet become the document's own when it has none. Each pattern is anchored at a
sentence start and bounded in length, so the scan is linear in the text. A document's
title (Document.is_title) is never one: the body's first paragraph still opens the story.
"""

from __future__ import annotations

import re

from ..model import Document

_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_CAPS_PLACE = r"[A-Z][A-Z.'’\-]*(?:[ ,]+[A-Z][A-Z.'’\-]*){0,4}"
_OUTLETS = r"Reuters|AP|AFP|CNN|BBC|UPI|Bloomberg|dpa|Xinhua|ANSA|PA"
_CLOCK = r"\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?|[AP]\.?M\.?)?"
_ZONE = r"(?:[A-Z]{2,4}T|GMT|UTC|BST|IST|CET|CEST)"
_PATTERNS = (
    # OTTAWA | Thu May 13, 2010 3:28 pm EDT OTTAWA (Reuters) -
    (
        "wire header",
        re.compile(
            rf"(?:(?P<place>{_CAPS_PLACE})\s*\|\s*)?{_WEEKDAY}\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}}"
            rf"\s+{_CLOCK}\s*{_ZONE}?\s*(?:(?P<place2>{_CAPS_PLACE})\s+)?"
            rf"(?:\((?P<outlet>{_OUTLETS})\)\s*[-–—]+\s*)?"
        ),
    ),
    # Sunday, May 16, 2010; 4:43 PM
    (
        "timestamp",
        re.compile(
            rf"{_WEEKDAY},?\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}}\s*[;,]\s*{_CLOCK}\s*{_ZONE}?\s*"
        ),
    ),
    # WASHINGTON (AP) — / GULF OF MEXICO --
    (
        "dateline",
        re.compile(
            rf"(?:(?P<lead>{_OUTLETS})\s+)?(?P<place>{_CAPS_PLACE})\s+"
            rf"(?:\((?P<outlet>{_OUTLETS})\)\s*)?(?:--|—|–)\s+"
        ),
    ),
    # By Niu Shuping and Ken Wills
    (
        "byline",
        re.compile(
            r"By\s+(?!(?:the|a|an|then|now)\b)[A-Z][a-z’'\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'\-]+)+"
            r"(?:(?:,\s+|\s+and\s+)[A-Z][a-z’'\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'\-]+)+){0,3}"
            r"(?=\s+[A-Z])\s+"
        ),
    ),
    # Photograph: Joe Raedle/Getty Images
    (
        "photo credit",
        re.compile(
            r"(?:Photograph|Photo|Picture|Image|Photos):\s+[A-Z][\w.’'\- ]{0,40}/[A-Z][\w.\-]*"
            r"(?:/[A-Z][\w.\-]*)?(?:\s+Images)?\s+"
        ),
    ),
)
# A live blog's time at the start of a paragraph ("1813 US President ..."): four digits
# that are a clock time, then a capital. Only in a document with LIVE_BLOG_TIMES of them.
_LIVE_TIME = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d\s+(?=[A-Z])")
LIVE_BLOG_TIMES = 3
_NOT_A_PLACE = frozenset({"I", "A", "THE", "AND", "BUT", "Q", "NOTE", "UPDATE"})


def find_datelines(document: Document) -> tuple[tuple[int, int, str], ...]:
    """(start, end, kind) of every dateline, byline, timestamp, photo credit and
    live-blog time at the start of a sentence, in text order."""
    text = document.text
    found: list[tuple[int, int, str]] = []
    times: list[tuple[int, int, str]] = []
    previous = None
    for sentence in document.sentences:
        if document.is_title(sentence.number):
            continue  # a title is never a dateline ("WASHINGTON -- ..." opens the body)
        at = sentence.start
        opens = previous is None or previous.paragraph != sentence.paragraph
        previous = sentence
        for kind, pattern in _PATTERNS:
            if kind == "dateline" and not opens:
                continue  # "NATO — the alliance ..." inside a paragraph is no dateline
            match = pattern.match(text, at, sentence.end)
            if match and match.end() > at and _plausible(kind, match):
                found.append((at, match.end(), kind))
                at = match.end()
        live = _LIVE_TIME.match(text, sentence.start, sentence.end)
        if live:
            times.append((sentence.start, live.end(), "live-blog time"))
    if len(times) >= LIVE_BLOG_TIMES:
        found.extend(times)
    return tuple(sorted(found))


def _plausible(kind: str, match: re.Match[str]) -> bool:
    """A capitalised dateline place (only at a paragraph's start) is not a sentence in
    capitals ("THE PRESIDENT --")."""
    if kind != "dateline":
        return True
    place = match.group("place")
    words = place.replace(",", " ").split()
    return bool(words) and words[0] not in _NOT_A_PLACE and len(place) <= 40


def first_dateline(document: Document) -> tuple[str | None, str | None]:
    """(place, outlet) of the first wire header or dateline that names them."""
    text = document.text
    for start, end, kind in document.skipped:
        if kind not in ("wire header", "dateline"):
            continue
        pattern = dict(_PATTERNS)[kind]
        match = pattern.match(text, start, end)
        if match is None:
            continue
        groups = match.groupdict()
        place = groups.get("place") or groups.get("place2")
        outlet = groups.get("outlet") or groups.get("lead")
        return (place.strip().title() if place else None), outlet
    return None, None
