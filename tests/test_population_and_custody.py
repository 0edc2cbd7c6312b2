"""A population named before its figure counts residents (``[tolls] residents``:
"Populația României este de 19,05 milioane", "population falls to 1.72 million"), and
suspects held in custody are arrested (``[casualties] arrested``: "Trois suspects sont en
garde à vue", "three suspects are in custody")."""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _counts(text: str, language: str) -> list[tuple[float | None, str | None]]:
    return [(q.low, q.unit) for q in find_quantities(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ro", "Populația României este de 19,05 milioane.", [(19_050_000, "residents")]),
        (
            "en",
            "Bucharest population falls to 1.72 million, census shows",
            [(1_720_000, "residents")],
        ),
        ("de", "Die Bevölkerung der Stadt liegt bei 1,7 Millionen.", [(1_700_000, "residents")]),
        ("it", "La popolazione della città è scesa a 1,7 milioni.", [(1_700_000, "residents")]),
        ("pl", "Populacja miasta spadła do 1,7 mln.", [(1_700_000, "residents")]),
        ("uk", "Населення міста скоротилося до 1,7 мільйона.", [(1_700_000, "residents")]),
        # a figure with a noun of its own keeps it
        (
            "es",
            "Una ciudad con una población de 80.000 habitantes, donde murieron 12 personas.",
            [(80_000, "residents"), (12, "killed")],
        ),
    ],
)
def test_a_population_counts_residents(
    language: str, text: str, expected: list[tuple[float, str]]
) -> None:
    assert _counts(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Trois suspects sont désormais en garde à vue."),
        ("en", "Three suspects are in custody."),
        ("es", "Tres sospechosos permanecen bajo custodia."),
        ("de", "Drei Verdächtige sind in Gewahrsam."),
        ("ro", "Trei suspecți se află în arest."),
        ("ru", "Трое подозреваемых находятся под стражей."),
    ],
)
def test_suspects_in_custody_are_arrested(language: str, text: str) -> None:
    assert _counts(text, language) == [(3, "arrested")]


def test_cars_are_vehicles_in_italian() -> None:
    assert _counts("Aurelia Motori richiamerà 410.000 vetture.", "it") == [(410_000, "vehicles")]
