"""A year-shaped figure right before a measure spelt as a word is a count of it.

"تسرب 2000 برميل من النفط" (2000 barrels of oil leaked) and "spilled 2000 barrels"
lost their figure: four digits from 1900 to 2100 were a year unless a head count, thing
or sum followed. A measure named by a word ("barrels", "برميل", "hectares", "Tonnen")
makes them a count too; an abbreviation after a year ("2025 ha" in Italian: "2025 has")
and a year preposition before it ("In 2000, …") still make a year.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("ar", "تسرب 2000 برميل من النفط إلى البحر.", "barrels"),
        ("ar", "وقالت الشركة إن 2000 برميل من النفط تسربت.", "barrels"),
        ("en", "The stricken tanker spilled 2000 barrels of crude.", "barrels"),
        ("es", "El petrolero derramó 2000 barriles de crudo.", "barrels"),
        ("fr", "Le feu a parcouru 2024 hectares de forêt.", "hectares"),
        ("de", "Der Frachter verlor 1950 Tonnen Getreide.", "tonnes"),
    ],
)
def test_a_year_shaped_figure_before_a_measure_word_is_a_count(
    language: str, text: str, unit: str
) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Il 2025 ha segnato un record di incendi."),
        ("en", "In 2000 barrels of oil cost less than 30 dollars."),
        ("es", "En 2000 barriles de crudo costaban menos."),
        ("ar", "في عام 2000 ارتفع سعر البرميل."),
    ],
)
def test_a_year_stays_a_year(language: str, text: str) -> None:
    assert not any(q.low == 2000 or q.low == 2025 for q in find_quantities(text, language))
