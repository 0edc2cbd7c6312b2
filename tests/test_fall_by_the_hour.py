"""One source's count that falls through one day contradicts that source.

Our own sentences. A count that cannot fall through a day (voters so far, the dead) cannot fall
with the hour: when one body gives a higher figure at an earlier hour and a lower one
later the same day, the two are rival readings (a conflict), as they are across two
days (``cannot_fall``), not a running count. A rise with the hour stays a running
count, and other counts may fall: the trapped, homes without power, people in shelters.
"""

from __future__ import annotations

import crosscheck


def _kinds(rows: list[tuple[str, str]]) -> list[str]:
    report = crosscheck.report(
        [
            crosscheck.Article(
                id=f"a{i}", text=text, language=lang, published="2025-11-02", story="s"
            )
            for i, (lang, text) in enumerate(rows)
        ]
    )
    return sorted(f.kind for f in report.findings)


def test_a_fall_with_the_hour_from_one_body_conflicts() -> None:
    assert _kinds(
        [
            (
                "en",
                "By 14:00, 247,000 people had voted in the runoff, the electoral commission said.",
            ),
            (
                "en",
                "At 19:00, 160,000 people had voted in the runoff, the electoral commission said.",
            ),
        ]
    ) == ["conflict"]
    assert _kinds(
        [
            ("de", "Bis 10 Uhr wurden 40 Tote gezählt, teilte das Innenministerium mit."),
            ("de", "Bis 18 Uhr wurden 25 Tote gezählt, teilte das Innenministerium mit."),
        ]
    ) == ["conflict"]


def test_a_rise_with_the_hour_is_a_running_count() -> None:
    assert "conflict" not in _kinds(
        [
            (
                "en",
                "By 14:00, 160,000 people had voted in the runoff, the electoral commission said.",
            ),
            (
                "en",
                "At 19:00, 247,000 people had voted in the runoff, the electoral commission said.",
            ),
        ]
    )


def test_a_dwindling_count_may_fall_with_the_hour() -> None:
    assert "conflict" not in _kinds(
        [
            ("fr", "À 8h00, neuf personnes étaient encore piégées, selon les pompiers."),
            ("fr", "À 18h00, cinq personnes étaient encore piégées, selon les pompiers."),
        ]
    )


def test_counts_that_may_fall_through_a_day_stay_a_course() -> None:
    assert "conflict" not in _kinds(
        [
            ("en", "By 08:00, 200,000 homes were without power, the utility said."),
            ("en", "By 18:00, 50,000 homes were still without power, the utility said."),
        ]
    )
    assert "conflict" not in _kinds(
        [
            (
                "en",
                "At 09:00, 3,000 people were in emergency shelters, the interior ministry said.",
            ),
            (
                "en",
                "At 20:00, 1,200 people were in emergency shelters, the interior ministry said.",
            ),
        ]
    )
