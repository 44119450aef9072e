"""Date-F1 (bench/date_f1.py): cut to the reference's length, then set precision/recall."""

import pytest

from bench.date_f1 import date_f1, read_reference


def test_perfect_and_disjoint():
    ref = ["2022-02-24", "2022-03-01"]
    assert date_f1(["2022-03-01", "2022-02-24"], ref).f1 == 1.0
    assert date_f1(["2022-01-01", "2022-01-02"], ref).f1 == 0.0


def test_ranked_list_is_cut_to_reference_length():
    ref = ["2022-02-24", "2022-03-01"]
    # The third date would be a hit but lies past the cut.
    scores = date_f1(["2022-02-24", "2022-05-05", "2022-03-01"], ref)
    assert scores.precision == 0.5 and scores.recall == 0.5 and scores.f1 == 0.5


def test_short_prediction_and_duplicates():
    ref = ["2022-02-24", "2022-03-01", "2022-06-01", "2022-07-04"]
    scores = date_f1(["2022-02-24", "2022-02-24"], ref)
    assert scores.precision == 1.0 and scores.recall == 0.25
    assert round(scores.f1, 4) == 0.4


def test_empty_reference_is_an_error():
    with pytest.raises(ValueError):
        date_f1(["2022-02-24"], [])


def test_read_reference(tmp_path):
    path = tmp_path / "timeline.json"
    path.write_text('[["2022-02-24T00:00:00", ["Russia invades"]], ["2022-03-01", ["SOTU"]]]')
    assert read_reference(path) == ["2022-02-24", "2022-03-01"]
