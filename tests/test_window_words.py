"""An as-of window is worded as its words give it: a whole month is "in October 2025".

A figure dated only by its month holds on some day of it; printed "as of 2025-10-01"
it reads as a count of the 1st, which no source said.
"""

from __future__ import annotations

import pytest

from crosscheck.render._words import when_words

from ._articles import story_report


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        ("2025-10-01", "2025-10-31", "in October 2025"),
        ("2024-02-01", "2024-02-29", "in February 2024"),  # a leap year's February
        ("2023-01-01", "2023-12-31", "in 2023"),
    ],
)
def test_a_whole_month_or_year_is_named(start: str, end: str, words: str) -> None:
    assert when_words(start, end) == words


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        ("2025-10-14", "2025-10-14", "as of 2025-10-14"),  # one day
        ("2025-10-14", None, "as of 2025-10-14"),
        ("2025-10-01", "2025-10-30", "between 2025-10-01 and 2025-10-30"),  # not the whole month
        ("2023-02-01", "2023-02-27", "between 2023-02-01 and 2023-02-27"),
        ("2025-10-02", "2025-10-31", "between 2025-10-02 and 2025-10-31"),
        ("2025-09-01", "2025-10-31", "between 2025-09-01 and 2025-10-31"),  # two months
        (None, None, ""),
    ],
)
def test_other_windows_keep_their_days(start: str | None, end: str | None, words: str) -> None:
    assert when_words(start, end) == words


def _conflict_text(published: str) -> str:
    rows = [
        (
            published,
            "en",
            "Floods in Valencia\n\nThe floods in Valencia killed 120 people, the regional "
            "government said.",
        ),
        (
            published,
            "fr",
            "Inondations à Valence\n\nLes inondations à Valence ont fait 300 morts, selon la "
            "Croix-Rouge.",
        ),
    ]
    report = story_report(rows, "floods")
    (finding,) = report.conflicts
    return finding.explanation


def test_a_conflict_of_month_only_figures_names_the_month() -> None:
    text = _conflict_text("2025-10")
    assert text.startswith("Conflict (hard) on the killed in October 2025: "), text
    assert "2025-10-01" not in text


def test_a_conflict_of_one_day_keeps_the_day() -> None:
    text = _conflict_text("2025-10-14")
    assert text.startswith("Conflict (hard) on the killed as of 2025-10-14: "), text
