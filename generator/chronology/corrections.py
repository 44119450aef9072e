"""A speaker's correction of a date: "six days ago -- seven days ago, sorry", "on
Tuesday, I mean Wednesday", "in March, or rather April". The first expression was a
slip; the one after it, written the same way and marked as a correction ("sorry", "I
mean", "I should say", "rather", "excuse me", "pardon me"), is what the speaker meant.

dates.py asks `corrected` of every expression it reads in a sentence: a corrected one is
no date (its rule says so), and the correction is read as any other expression."""

from __future__ import annotations

import re

from .years import MONTHS, WEEKDAYS

# How far after an expression its correction may come ("six days ago, if I'm doing my
# math -- seven days ago, sorry"), in characters.
CORRECTION_REACH = 80
_MARK = r"(?:sorry|I mean|I meant|I should say|I should have said|or rather|rather|excuse me|pardon me|correction)"
# The mark after the correction ("seven days ago, sorry") or before it ("I mean seven").
_MARK_AFTER = re.compile(rf"\s*,?\s*{_MARK}\b", re.IGNORECASE)
_MARK_BEFORE = re.compile(rf"\b{_MARK}\s*[,:]?\s*(?:(?:on|in|at|by|the)\s+)?$", re.IGNORECASE)
_NUMBERS = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|twenty|thirty)"
)
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
_NUMBER_WORD = re.compile(rf"^{_NUMBERS}$", re.IGNORECASE)


def shape(expression: str) -> re.Pattern[str] | None:
    """A pattern of the expressions written the same way as `expression`: its numbers,
    month names and weekday names replaced by any other ("six days ago" -> "N days
    ago", "March 3" -> "MONTH N"). None when it has none of them (nothing to correct)."""
    parts, variable = [], False
    for word in expression.split():
        bare = word.strip(".,").lower()
        if re.fullmatch(r"\d{4}", bare):
            parts.append(r"\d{4}")  # a year is corrected by a year, not by "'69"
        elif _NUMBER_WORD.match(bare):
            parts.append(_NUMBERS)
        elif bare in MONTHS:
            parts.append(_MONTH)
        elif bare in WEEKDAYS:
            parts.append(_WEEKDAY)
        else:
            parts.append(re.escape(word))
            continue
        variable = True
    if not variable:
        return None
    return re.compile(r"\b" + r"\s+".join(parts) + r"\b", re.IGNORECASE)


def corrected(sentence: str, text: str, start: int) -> bool:
    """Is the expression `text` (at `start` in `sentence`) taken back by the speaker: a
    different expression of the same shape follows it within CORRECTION_REACH
    characters, with a correction's mark right after or right before it?"""
    pattern = shape(text.strip())
    if pattern is None:
        return False
    end = start + len(text)
    window = sentence[end : end + CORRECTION_REACH]
    for match in pattern.finditer(window):
        if match.group().lower() == text.strip().lower():
            continue  # said again, not corrected
        if _MARK_AFTER.match(window, match.end()) or _MARK_BEFORE.search(window, 0, match.start()):
            return True
    return False
