"""German institution names joined by "für" ("Organisation für Migration", "Bundesamt für
Bevölkerungsschutz") are one source after a prefix cue, as they already were as subjects."""

from __future__ import annotations

import pytest

from ._articles import figures, source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Nach Angaben der Internationalen Organisation für Migration werden noch "
            "mindestens 30 Menschen vermisst.",
            "30",
            "Internationalen Organisation für Migration",
        ),
        (
            "Nach Angaben des Bundesamts für Bevölkerungsschutz wurden 300 Menschen evakuiert.",
            "300",
            "Bundesamts für Bevölkerungsschutz",
        ),
        ("Laut dem Amt für Statistik starben 120 Menschen.", "120", "dem Amt für Statistik"),
        (
            "Das Ministerium für Gesundheit meldete 120 Tote.",
            "120",
            "Das Ministerium für Gesundheit",
        ),
    ],
)
def test_fur_joins_an_institution_name(text: str, figure: str, source: str) -> None:
    assert source_of(figures(text, "de"), figure) == source


def test_fur_after_the_clause_is_no_part_of_the_source() -> None:
    claims = figures("Laut Polizei starben 12 Menschen, für die Angehörigen ein Schock.", "de")
    assert source_of(claims, "12") == "Polizei"
