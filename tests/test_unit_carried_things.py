"""A bare figure takes the unit of the counted thing before it (session 33, h112).

- ``units_carried`` carried the unit of a head count of people only; a thing counted one
  by one is carried the same way ("More than 3,000 flights were cancelled. The operator
  puts the number at 2,520": 2,520 flights), under the same guards (the last figure of
  its sentence, 100 or more, within a factor of ten, no noun of its own), but not a thing
  that counts many wholes (``attribute``: customers).
- Romanian names what a toll counts by its definite genitive plural ("numărul focarelor
  a ajuns la 23"): thing units take those forms (-lor), as its person units did already.
  Other languages' genitives are already their counted forms ("Liczba ognisk", "Число
  очагов", "Die Zahl der Ausbrüche").

The phrases are our own.
"""

from __future__ import annotations

import pytest

from crosscheck import Article
from crosscheck.claims import extract_claims


def _units(text: str, language: str) -> list[str | None]:
    article = Article(id="t", text=text, language=language, published="2025-06-02")
    return [c.unit for c in extract_claims(article) if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "More than 3,000 flights were cancelled, the federation said. "
            "The airport operator puts the number at 2,520.",
        ),
        (
            "nl",
            "Volgens de koepel zijn ruim 3.000 vluchten geschrapt. "
            "De luchthavenbeheerder houdt het op 2.520.",
        ),
        (
            "de",
            "Laut dem Verband wurden mehr als 3.000 Flüge gestrichen. "
            "Der Flughafenbetreiber spricht von 2.520.",
        ),
        (
            "fr",
            "Selon la fédération, plus de 3 000 vols ont été annulés. "
            "Le gestionnaire des aéroports parle de 2 520.",
        ),
        (
            "it",
            "Secondo l'associazione sono stati cancellati oltre 3.000 voli. "
            "Il gestore aeroportuale parla di 2.520.",
        ),
        ("pl", "Według federacji odwołano ponad 3000 lotów. Operator lotnisk mówi o 2520."),
    ],
)
def test_a_bare_rival_figure_counts_the_things_before(language: str, text: str) -> None:
    assert _units(text, language) == ["flights", "flights"]


@pytest.mark.parametrize(
    ("language", "text", "last"),
    [
        (
            "en",
            "More than 3,000 flights were cancelled. The airline also hired 2,520 workers.",
            "workers",
        ),
        ("en", "More than 300 flights were cancelled. The union leader is 58.", None),
        (
            "es",
            "Se cancelaron más de 3.000 vuelos. La aerolínea contrató a 2.520 trabajadores.",
            "workers",
        ),
    ],
)
def test_a_figure_of_its_own_takes_no_carried_thing(
    language: str, text: str, last: str | None
) -> None:
    assert _units(text, language)[-1] == last


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Numărul focarelor din județ a ajuns la 23.", "outbreaks"),
        ("Numărul spitalelor afectate a urcat la 12.", "hospitals"),
        ("Numărul zborurilor anulate a ajuns la 480.", "flights"),
        ("Numărul clădirilor avariate a urcat la 340.", "buildings"),
        ("Numărul satelor izolate a ajuns la 17.", "villages"),
    ],
)
def test_romanian_genitive_of_a_thing_names_the_toll(text: str, unit: str) -> None:
    assert _units(text, "ro") == [unit]
