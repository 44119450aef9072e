"""Days and years known by name (chronology/named.py)."""

import datetime as dt

import pytest

from generator.chronology.named import holiday, spelled_year


@pytest.mark.parametrize(
    ("name", "year", "day"),
    [
        ("Thanksgiving", 2022, dt.date(2022, 11, 24)),  # fourth Thursday of November
        ("Memorial Day", 2021, dt.date(2021, 5, 31)),  # last Monday of May
        ("Labor Day", 2022, dt.date(2022, 9, 5)),
        ("the Fourth of July", 2010, dt.date(2010, 7, 4)),
        ("Christmas", 2023, dt.date(2023, 12, 25)),
        ("Tuesday", 2023, None),
    ],
)
def test_holiday(name, year, day):
    assert holiday(name, year) == day


@pytest.mark.parametrize(
    ("words", "year"),
    [
        ("nineteen ninety-six", "1996"),
        ("the year two thousand", "2000"),
        ("two thousand and one", "2001"),
        ("twenty twenty-two", "2022"),
        ("nineteen", None),
        ("twenty one", None),
        ("ninety-six", None),
    ],
)
def test_spelled_year(words, year):
    assert spelled_year(words) == year
