"""The label and dateline tests read their text with no pattern that retries a long run.

``benchmarks/hostile.py`` found both patterns quadratic when searched over a long run
of blanks; these tests keep what they decide (timings stay in the benchmark).
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.extract._frame import _DATELINE_AFTER
from crosscheck.extract._quantities import _label_ending


@pytest.mark.parametrize(
    ("window", "end", "expected"),
    [
        ("Casos confirmados: ", 5, True),
        ("Hospitalised:", 12, True),
        ("Geiseln \t: \t", 7, True),
        ("Casos de muertos: ", 5, False),  # two more words
        ("Casos 12: ", 5, False),  # a figure is no word
        ("Casos:\n", 5, False),  # the colon must end the window
        ("Casos", 5, False),
    ],
)
def test_a_label_ends_with_at_most_one_word_and_a_colon(
    window: str, end: int, expected: bool
) -> None:
    assert _label_ending(window, end) is expected


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("RABAT (Reuters) - At least 2,012 people", 5, True),
        ("BENGHAZI – At least 150 people", 8, True),
        ("BENGHAZI  —", 8, True),
        ("BENGHAZI is far", 8, False),
        ("RABAT (a source in brackets far longer than forty letters) - x", 5, False),
    ],
)
def test_a_dateline_is_a_place_then_a_dash(text: str, end: int, expected: bool) -> None:
    assert (_DATELINE_AFTER.match(text, end) is not None) is expected


def test_a_long_run_of_blanks_is_searched_once() -> None:
    # one match attempt per run start: a run of blanks yields no match and no retry
    assert list(_DATELINE_AFTER.finditer(" " * 50_000)) == []
    assert _label_ending(" " * 50_000 + "x", 0) is False


def test_a_label_still_counts_in_an_article() -> None:
    found = crosscheck.find_quantities("Casos confirmados: 120", "es")
    assert [(q.low, q.unit) for q in found] == [(120, "cases")]
