"""A count of cases named before its figure: "the number of cases rose to 12,400".

Our own sentences, written as wire copy of an outbreak. A toll of cases (``[tolls]
cases``: "number of cases", "número de casos", "casos confirmados", "nombre de cas",
"casi confermati") names what a bare figure after it counts, as "the death toll rose to
300" names the dead. The bare word for cases is no toll ("En estos casos se atendió a 40
personas": a way of speaking, its people stay people), and a share or a head with its
own status keeps its unit.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _unit(text: str, language: str, surface: str) -> str | None:
    found = [q for q in find_quantities(text, language) if q.text.startswith(surface)]
    assert found, [(q.text, q.unit) for q in find_quantities(text, language)]
    return found[0].unit


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("en", "The caseload reached 12,400 on Friday.", "12,400"),
        ("pt", "Os casos confirmados chegam a 18.900.", "18.900"),
        ("ca", "Els casos confirmats arriben a 12.400.", "12.400"),
        ("fr", "Les cas confirmés atteignent 12 400.", "12 400"),
        ("es", "El número de casos ascendió a 12.400 este viernes.", "12.400"),
        ("it", "Il numero dei casi è salito a 12.400.", "12.400"),
    ],
)
def test_a_toll_of_cases_names_the_figure(language: str, text: str, surface: str) -> None:
    assert _unit(text, language, surface) == "cases"


@pytest.mark.parametrize(
    ("language", "text", "surface", "unit"),
    [
        ("es", "En estos casos se atendió a 40 personas.", "40", "people"),
        ("es", "El número de casos subió un 20% en una semana.", "20%", "percent"),
        ("es", "El número de casos sube, y 14 personas han muerto.", "14", "killed"),
    ],
)
def test_no_toll_a_share_or_a_status_keeps_its_unit(
    language: str, text: str, surface: str, unit: str
) -> None:
    assert _unit(text, language, surface) == unit
