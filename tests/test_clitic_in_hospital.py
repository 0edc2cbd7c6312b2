"""A partitive clitic whose clause puts its people in hospital stands for no count of
the dead or missing before it (extract._quantities._hospital_clause_of_other)."""

from __future__ import annotations

import pytest

import crosscheck


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Quatorze personnes sont mortes. Il en reste 16 à l'hôpital.", "fr"),
        ("Sono morte quattordici persone. Ne restano 16 in ospedale.", "it"),
        ("Han mort catorze persones. N'hi ha 16 a l'hospital.", "ca"),
    ],
)
def test_the_dead_lend_no_unit_to_a_clitic_in_hospital(text: str, language: str) -> None:
    found = crosscheck.find_quantities(text, language)
    assert [(q.low, q.unit) for q in found] == [(14, "killed"), (16, None)]


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("Ci sono 30 feriti, ne restano 16 in ospedale.", "it", "injured"),
        (
            "La xifra de desapareguts ha baixat fins a 14 persones. Dijous n'hi havia 16.",
            "ca",
            "missing",
        ),
        (
            "Le nombre de disparus est tombé à 14 personnes. Jeudi, on en comptait encore 16.",
            "fr",
            "missing",
        ),
    ],
)
def test_a_clitic_still_stands_for_the_count_before(text: str, language: str, unit: str) -> None:
    found = crosscheck.find_quantities(text, language)
    assert [q.unit for q in found] == [found[0].unit, unit]
