"""Figures that were not read at all: a count after a capitalised verb opening a
quoted or colon-led clause ("„Avem 45 de morți”") was taken for part of a name
("Boeing 787"), though a noun link and a counted noun follow it.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("ro", "Prefectul a declarat: „Avem 52 de răniți și doi morți”.", 52, "injured"),
        ("ro", "„Sunt 38 de morți”, a spus ministrul.", 38, "killed"),
        ("ro", "Bilanțul provizoriu: Avem 64 de dispăruți.", 64, "missing"),
        ("es", "El alcalde afirmó: «Tenemos 27 de heridos».", 27, "injured"),
    ],
)
def test_a_count_after_a_capitalised_verb_in_a_quote_is_read(
    lang: str, text: str, value: int, unit: str
) -> None:
    found = [q for q in find_quantities(text, language=lang) if q.low == value]
    assert found
    assert found[0].unit == unit


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ro", "Compania Boeing 787 de pe aeroport a fost reparată."),
        ("en", '"Windows 10 is dead," the analyst said.'),
    ],
)
def test_a_name_with_a_number_stays_a_name(lang: str, text: str) -> None:
    assert not [q for q in find_quantities(text, language=lang) if q.low in (787, 10)]
