"""Date-F1 of key dates against a reference (journalists') timeline, as in news-tls
(Ghalandari and Ifrim, ACL 2020): the ranked key dates are cut to the length of the
reference timeline, then precision, recall and F1 of the set of days."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

_DAY = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")


class Scores(NamedTuple):
    precision: float
    recall: float
    f1: float


def date_f1(ranked: Sequence[str], reference: Sequence[str]) -> Scores:
    """Date-F1 of `ranked` (most important first) cut to len(set(reference))."""
    truth = set(reference)
    if not truth:
        raise ValueError("empty reference timeline")
    predicted = list(dict.fromkeys(ranked))[: len(truth)]
    hits = len(truth & set(predicted))
    precision = hits / len(predicted) if predicted else 0.0
    recall = hits / len(truth)
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return Scores(precision, recall, f1)


def read_reference(path: Path) -> list[str]:
    """The days of a reference timeline: every YYYY-MM-DD in the file, in order (a list
    of dates one per line, or a news-tls timeline JSON both work)."""
    return list(dict.fromkeys(_DAY.findall(path.read_text(encoding="utf-8"))))
