"""A quotation that runs over several paragraphs, on pages collecting reactions: where it
opens, so that the date cited at its end (told.py's cited date) dates all of it.

English prints a quotation of several paragraphs with an opening mark at the start of
each paragraph and a closing mark only at its end; the page cites its source and day
after the closing mark ("**Lori Lodes, Executive Director, Climate Power:** “Tonight,
President Biden laid out his plan ..." / "“We can and must ..." / "... Let's get this
done.’” [[Statement](...), 3/1/22]"). Its first paragraph, which names the speaker, was
said on that day as much as its last: "Tonight" there is the night of 3/1, not of the
page's 3/3.

The quotation opens at the nearest paragraph before whose attribution (the text before
its first quotation mark, markup taken out) ends with a colon; every paragraph between
must leave the quotation open (none ends with a closing mark), else the cited paragraph
stands alone, as before.
"""

from __future__ import annotations

import re

# How many paragraphs a quotation may run back from its cited end.
MAX_PARAGRAPHS = 12
# The longest attribution before the opening mark ("**Gene Karpinski, President, League of
# Conservation Voters:**").
ATTRIBUTION_CHARS = 200
_OPENING = re.compile(r"[“\"]")
_LINK_TARGET = re.compile(r"\]\([^)\s]*\)")
# A paragraph that closes a quotation: a closing mark at its end, or before the source
# cited in brackets or a link ("...” [Statement, 3/1/22]", "...” [[Tweet](...)]").
_CLOSES = re.compile(r"[”\"’]\s*(?:\[.*\])?\s*$|\]\s*$")


def attributes(paragraph: str) -> bool:
    """Does `paragraph` open a quotation under a speaker's name ("**Name, Title:** “...",
    "Children's Hospital Association: **“**Tonight ...")?"""
    mark = _OPENING.search(paragraph)
    if mark is None:
        return False
    before = _LINK_TARGET.sub("", paragraph[: mark.start()]).translate(str.maketrans("", "", "*[]"))
    return 0 < len(before.strip()) <= ATTRIBUTION_CHARS and before.rstrip().endswith(":")


def quotation_start(text: str, begin: int) -> int:
    """Where the quotation whose last paragraph starts at `begin` in `text` opens: the
    start of the paragraph that attributes it, when the paragraphs between leave it open;
    else `begin` (see the module)."""
    line_end = text.find("\n", begin)
    if attributes(text[begin : line_end if line_end >= 0 else len(text)]):
        return begin  # the cited paragraph is the whole quotation
    end, seen = begin - 1, 0
    while end > 0 and seen < MAX_PARAGRAPHS:
        start = text.rfind("\n", 0, end) + 1
        paragraph = text[start:end].strip()
        end = start - 1
        if not paragraph:
            continue
        seen += 1
        if _CLOSES.search(paragraph):
            return begin  # another quotation ends here: the cited one is its paragraph
        if attributes(paragraph):
            return start
    return begin
