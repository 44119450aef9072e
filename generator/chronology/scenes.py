"""What is not a happening, in how a place or a day stood: the rules of not_a_happening
(happenings.py) that find a dated sentence describes a scene ("Seas were calm Friday",
"On Sunday, huge barges were parked at the mouth of the bay, waiting for waves to
subside", "The island was awash with oil two days ago"), a day described and nothing
more ("He obviously had a very full day yesterday."), or a state held over a whole
period ("we have the chair of the summit for all of 2022"). Each rule is a function of
(sentence, date, where the date's expression starts) that returns True when the sentence
states no happening on that date; states.py holds the other states.
"""

from __future__ import annotations

import re

from .clauses import governed
from .dates import PartialDate

# A scene: "be" (or "sat", "lay", "stood", "remained") and a word of how a place, the sea
# or a crowd stood, in the clause the date governs ("were calm Friday", "sat empty", "was
# packed Tuesday with lawyers", "were parked at the mouth of the bay"); a closing or an
# opening is a deed and stays ("the beaches were closed on Monday"), and so is a crowd
# busy at something ("lawmakers were busy last Friday attempting to raise fees").
_SCENE = re.compile(
    r"\b(?:is|are|was|were|remained|remains|sat|sits|lay|lies|stood|stands)\s+"
    r"(?:(?:still|largely|mostly|nearly|almost|all|eerily|relatively|fairly|very|again)\s+)*"
    r"(?:calm|quiet|empty|deserted|awash|idle|parked|moored|docked|anchored|packed|crowded|rough|choppy|"
    r"lined up)\b",
    re.IGNORECASE,
)


def scene(sentence: str, when: PartialDate, start: int) -> bool:
    """A scene in the clause the date governs ("Seas were calm Friday", "On Monday
    afternoon, the living quarters on the flotel sat empty", "The island was awash with
    oil two days ago"): how things stood that day, not a happening."""
    return bool(_SCENE.search(governed(sentence, start, len(when.expression))))


# A day described as full, busy or long, the date ending the sentence ("He obviously had a
# very full day yesterday."): a judgement of the day; what filled it is told elsewhere,
# if at all ("It's a busy day today, with 15 executive actions signed" says more and
# stays).
_DAY_DESCRIBED = re.compile(
    r"\b(?:had|has|have|'s|’s|is|was)\s+(?:a|an|such a|another|quite a)\s+"
    r"(?:(?:very|really|pretty|so|long|full|busy|big|tough|hard|rough|productive|eventful|quiet|slow|"
    r"and)\s+)*?(?:full|busy|long|big|tough|hard|rough|productive|eventful|quiet|slow)\s+"
    r"(?:day|week|night|morning|afternoon|evening|weekend)\s+$",
    re.IGNORECASE,
)


def day_described(sentence: str, when: PartialDate, start: int) -> bool:
    """A day described and nothing more, the date ending the sentence ("He obviously had
    a very full day yesterday.")."""
    if re.search(r"\w", sentence[start + len(when.expression) :]):
        return False
    return bool(_DAY_DESCRIBED.search(sentence[: max(start, 0)]))


# A state held over a whole period ("we have the chair of the summit for all of 2022",
# "for the whole of next year"): the period is how long it holds, no point in time.
_WHOLE_BEFORE = re.compile(
    r"\bfor\s+(?:all|the\s+whole|the\s+entirety|the\s+full|the\s+entire)(?:\s+of)?\s+$", re.IGNORECASE
)


def whole_period(sentence: str, when: PartialDate, start: int) -> bool:
    """A year or a month held over its whole length ("for all of 2022")."""
    if when.precision not in {"year", "month"}:
        return False
    before = sentence[: max(start, 0)] + ("of " if when.expression.lower().startswith("of ") else "")
    return bool(_WHOLE_BEFORE.search(before))
