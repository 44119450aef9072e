"""A service carried on over a period opened by "since" and a date, and a residence
said with "today" (chronology/service.py), are no happenings; the deeds beside them are."""

from __future__ import annotations

import pytest

from .chronology_fixtures import happening_reason


@pytest.mark.parametrize(
    ("sentence", "expression", "reason"),
    [
        ("Since January 2021, the Office has already helped agencies apply the rules.", "Since January 2021", "service since"),
        ("Since 2014, the Act has helped provide health insurance to millions.", "Since 2014", "service since"),
        ("And since 1999, he has helped to organize an annual fishing tournament.", "1999", "service since"),
        ("The Foundation has provided funding to shelters since 1999.", "since 1999", "service since"),
        # a date in a clause of its own after "since" is that clause's happening
        ("Since the law was passed in 1970, it has enabled cleaner air.", "in 1970", None),
        # a deed on the date, no perfect of service; a progressive is another rule's
        ("Since January 2021, the Office launched a new website.", "Since January 2021", None),
        ("The agency helped the families on Tuesday.", "on Tuesday", None),
        # a residence with "today"
        ("He joined the Army Reserve and today resides in Hawaii.", "today", "residence"),
        ("He today lives in Ohio with his family.", "today", "residence"),
        ("Today, he flew to Hawaii.", "Today", None),
        ("The families who live in Ohio met the President today.", "today", None),
    ],
)
def test_a_service_over_a_period_or_a_residence_is_no_happening(sentence, expression, reason):
    found = happening_reason(sentence, expression)
    assert found == reason
