"""names.distance: edit distance, exact up to a limit (above it, limit + 1)."""

import pytest

from generator.resolve.names import distance


@pytest.mark.parametrize(
    ("a", "b", "limit", "expected"),
    [
        ("kitten", "sitting", 3, 3),
        ("kitten", "sitting", 2, 3),  # over the limit: limit + 1
        ("gaddafi", "gadhafi", 1, 1),
        ("gaddafi", "qadhafi", 1, 2),
        ("josé", "jose", 1, 1),
        ("abc", "abc", 0, 0),
        ("", "abc", 1, 2),
        ("moussa", "musa", 2, 2),
        ("michael reagan", "michael regan", 1, 1),
    ],
)
def test_distance(a, b, limit, expected):
    assert distance(a, b, limit) == expected
    assert distance(b, a, limit) == expected
