"""Reuse between builds (infra/memo.py): one switch, decorated pure functions."""

from __future__ import annotations

import pytest

from generator.infra.memo import Memo, keep, previous, reused, reused_if_same, reusing

calls: list[object] = []


@reused("square")
def square(n: int) -> int:
    calls.append(n)
    return n * n


@reused_if_same("length", key=lambda items: "only")
def length(items: list[int]) -> int:
    calls.append(items)
    return len(items)


@pytest.fixture(autouse=True)
def _clear():
    calls.clear()


def test_outside_a_reusing_build_nothing_is_kept():
    assert square(3) == square(3) == 9
    assert calls == [3, 3]
    keep("t", "k", 1)
    assert previous("t", "k") is None


def test_a_reusing_build_takes_the_last_builds_result_for_equal_arguments():
    memo = Memo()
    with reusing(memo):
        assert square(3) == 9
    with reusing(memo):
        assert square(3) == 9 and square(4) == 16
    assert calls == [3, 4]
    assert (memo.reused, memo.made) == (1, 1)
    with reusing(memo):
        square(4)
    with reusing(memo):  # 3 was not used by the build before: it is gone
        square(3)
    assert calls == [3, 4, 3]


def test_reused_if_same_compares_identity_not_equality():
    memo = Memo()
    items = [1, 2]
    with reusing(memo):
        length(items)
    with reusing(memo):
        length(items)  # the same object: reused
    with reusing(memo):
        length([1, 2])  # equal, but another object: made again
    assert calls == [items, [1, 2]]


def test_a_failed_build_keeps_the_last_good_builds_results():
    memo = Memo()
    with reusing(memo):
        square(5)
    with pytest.raises(RuntimeError), reusing(memo):
        square(6)
        raise RuntimeError("the build failed")
    with reusing(memo):
        square(5)
    assert calls == [5, 6]  # 5 survived the failed build that did not use it


def test_previous_and_keep_carry_a_value_to_the_next_build_only():
    memo = Memo()
    with reusing(memo):
        assert previous("scan", "text") is None
        keep("scan", "text", "result")
    with reusing(memo):
        assert previous("scan", "text") == "result"
    with reusing(memo):
        assert previous("scan", "text") is None  # not kept by the build in between
