"""A range of ages is no count: when an age (``[numbers] age_before``: "aged", "im Alter
von", "âgés de") opens a range, the figure that closes it ("aged 17 to 80") is the
oldest one's age too (``extract._quantities._age_range_end``), not a count of 80."""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _values(text: str, language: str) -> list[int | float | None]:
    return [q.low if q.low is not None else q.high for q in find_quantities(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("en", "The 23 passengers who died were aged 19 to 74.", [23]),
        # glued by a hyphen: dropped before as one code (_glued_to), kept as guards
        ("en", "Twelve hikers aged 30-65 were rescued.", [12]),
        ("de", "Unter den Opfern sind 9 Kinder im Alter von 4 bis 11 Jahren.", [9]),
        ("fr", "Les 23 victimes, âgées de 19 à 74 ans, étaient des touristes.", [23]),
        ("pt", "Morreram 23 pessoas com idade de 19 a 74 anos.", [23]),
        ("es", "Murieron 23 personas con una edad de 19 a 74 años.", [23]),
        ("ca", "Van morir 23 persones amb una edat de 19 a 74 anys.", [23]),
        ("nl", "Er kwamen 23 mensen in de leeftijd van 19 tot 74 jaar om.", [23]),
        ("pl", "Zginęło 23 turystów w wieku 19-74 lat.", [23]),
        ("ru", "Погибли 23 человека в возрасте 19-74 лет.", [23]),
    ],
)
def test_the_upper_end_of_an_age_range_is_no_count(
    language: str, text: str, kept: list[int]
) -> None:
    assert _values(text, language) == kept


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        # no age opens the range: a range of a count
        ("en", "Between 19 and 74 people died.", [19]),
        ("de", "Es starben 19 bis 74 Menschen.", [19]),
        # an age, then a count of its own after a comma
        ("en", "A man aged 19, and 74 other passengers, died.", [74]),
        ("fr", "Un homme âgé de 19 ans et 74 autres passagers sont morts.", [74]),
        ("pl", "Zginął mężczyzna w wieku 19 lat i 74 innych pasażerów.", [74]),
    ],
)
def test_a_count_beside_an_age_still_counts(language: str, text: str, kept: list[int]) -> None:
    assert _values(text, language) == kept
