"""A preposition and an hour noun around a small figure make a clock time, not hours.

"Samedi à 22 heures, 2 012 morts" gives the toll at 10 pm, no duration of 22
hours; "de 10 à 20 heures" is a range of hours, and "pendant 22 heures" a
duration.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le bilan faisait état, samedi à 22 heures, de 1 900 morts."),
        ("pt", "Às 22 horas de sábado, o balanço era de 1.900 mortos."),
        ("ro", "La ora 22, bilanțul era de 1.900 de morți."),
        ("ca", "Divendres a les 20 hores hi havia 1.900 morts."),
    ],
)
def test_a_clock_time_is_no_figure(language: str, text: str) -> None:
    assert [q.unit for q in find_quantities(text, language)] == ["killed"]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("fr", "Les secours ont travaillé pendant 22 heures.", 22),
        ("fr", "Il faudra de 10 à 20 heures de travail.", 20),
        ("fr", "Le bilan est passé de 10 à 20 morts.", 20),
    ],
)
def test_durations_and_ranges_stay_figures(language: str, text: str, value: int) -> None:
    (q,) = find_quantities(text, language)
    assert q.high == value
