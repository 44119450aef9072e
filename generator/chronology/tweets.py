"""The day a quoted tweet was posted, read from its link: pages collecting reactions
("What They Are Saying") quote posts under the speaker's name with a link to the post
and, often, its date ("[[Tweet](https://...), 3/1/22]", told.py's cited date). When the
date is not written, the link still tells it: a post's number on X/Twitter (a
"snowflake" id, given since 4 November 2010) holds the millisecond it was posted in its
upper bits. "Today, the Biden Administration announced ..." quoted on a page of 14
September from a post of 19 August was said on 19 August (rule "tweet day").

Only a quotation attributed to a name that opens its paragraph counts (the page's
reactions: "**Rep. Bill Foster**: “...” [[Tweet](...)]", "[**The Sikh Coalition:**](...)
“...”"); a link inside the page's own sentence ("the Vice President [met](...) with
doctors") is the page's source, the sentence is the page's, told on its day.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

TWEET_DAY = "tweet day"
# The snowflake epoch (ms since 1970) and the first day ids carry a time: earlier ids
# are serial numbers.
_EPOCH_MS = 1288834974657
_FIRST_DAY = dt.date(2010, 11, 4)
_TIMESTAMP_SHIFT = 22
# The day is the day in the publisher's zone: the pages collecting reactions are the
# White House's (US Eastern); a post of 9 p.m. in Washington is the next day in UTC.
_ZONE = ZoneInfo("America/New_York")
_STATUS = re.compile(r"https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/\w+/status(?:es)?/(?P<id>\d+)")
# A paragraph that opens with a name in bold (in a link or not) and quotes it: "**Rep.
# Bill Foster**: “", "[**Mayor David Holt, Oklahoma City, OK**](...)**:** “".
_ATTRIBUTED = re.compile(r"^[^\S\n]*\[?\*\*[^*\n]{2,200}\*\*")
_QUOTE = re.compile(r"[“\"]")
# The attribution before the quotation, its markup taken out, ends with a colon: "Rep.
# Jamie Raskin (D-MD):". A paragraph with a bold lead-in that quotes later ("**Taking
# Swift Responses:** The Department of State's fund ... “...”") is the page's own text.
_LINK_TARGET = re.compile(r"\]\([^)\s]*\)")
ATTRIBUTION_CHARS = 200


def posted_on(status: int) -> dt.date | None:
    """The day (US Eastern) a post with this snowflake id was made, or None for an id
    older than snowflakes."""
    moment = dt.datetime.fromtimestamp(((status >> _TIMESTAMP_SHIFT) + _EPOCH_MS) / 1000, _ZONE)
    day = moment.date()
    return day if day > _FIRST_DAY else None


def quoted_tweet(paragraph: str) -> tuple[dt.date, str] | None:
    """The day the tweet a paragraph quotes was posted, and its link: a paragraph that
    opens with a name in bold and a colon, then the quotation, and links a post; the
    first post it links."""
    quote = _QUOTE.search(paragraph)
    if not _ATTRIBUTED.match(paragraph) or quote is None:
        return None
    attribution = _LINK_TARGET.sub("", paragraph[: quote.start()]).translate(str.maketrans("", "", "*[]"))
    if len(attribution) > ATTRIBUTION_CHARS or not attribution.rstrip().endswith(":"):
        return None
    link = _STATUS.search(paragraph)
    day = posted_on(int(link.group("id"))) if link else None
    return (day, link.group(0)) if link and day else None


def quoted_tweets(text: str) -> list[tuple[int, int, dt.date, str]]:
    """(start, end, day posted, link) of each paragraph of `text` that quotes a tweet
    (quoted_tweet)."""
    found = []
    start = 0
    for line in text.splitlines(keepends=True):
        tweet = quoted_tweet(line) if "/status" in line else None
        if tweet is not None:
            found.append((start, start + len(line.rstrip("\n")), *tweet))
        start += len(line)
    return found
