"""A place alone that reports a figure yields to a body the same sentence credits later.

"Oklahoma reported 9 deaths, according to state emergency officials": the state is
whose count it is, the officials who gave it, as with a country that only counted
("Peru has recorded …, the health ministry said"). A country or region (``places.toml``)
alone as the subject of any reporting verb now ranks after a later credit that names a
body; a wire or outlet after it only relays the place's words, and a place with no other
credit keeps it.
"""

from __future__ import annotations

import pytest

from tests._articles import quantities


def _sources(text: str, lang: str) -> list[str | None]:
    return [c.attributed_to for c in quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "en",
            "Bavaria reported 12 deaths on Monday, according to the interior ministry.",
            "the interior ministry",
        ),
        (
            "fr",
            "La Bavière a signalé 12 morts lundi, selon le ministère de l'Intérieur.",
            "le ministère de l'Intérieur",
        ),
        (
            "de",
            "Bayern meldete am Montag 12 Tote, laut dem Innenministerium.",
            "dem Innenministerium",
        ),
        (
            "it",
            "La Lombardia ha segnalato 12 morti lunedì, secondo il ministero della Salute.",
            "il ministero della Salute",
        ),
        (
            "nl",
            "Beieren meldde maandag 12 doden, volgens het ministerie van Binnenlandse Zaken.",
            "het ministerie van Binnenlandse Zaken",
        ),
        (
            "ro",
            "Bavaria a anunțat luni 12 morți, potrivit ministerului de Interne.",
            "ministerului de Interne",
        ),
    ],
)
def test_a_place_that_reports_yields_to_a_later_body(lang: str, text: str, source: str) -> None:
    assert _sources(text, lang) == [source]


def test_every_figure_of_a_list_by_places_takes_the_later_body() -> None:
    text = "Texas reported 7 deaths, Arkansas 4 and Louisiana 2, according to state officials."
    assert _sources(text, "en") == ["state officials"] * 3


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        ("en", "Ukraine said 50 soldiers died, according to Reuters.", "Ukraine"),
        ("fr", "L'Ukraine a annoncé 50 morts, selon Reuters.", "L'Ukraine"),
        ("it", "La Lombardia ha segnalato 12 morti lunedì, secondo Reuters.", "La Lombardia"),
        ("en", "Bavaria reported 12 deaths on Monday.", "Bavaria"),
        ("de", "Bayern meldete am Montag 12 Tote.", "Bayern"),
    ],
)
def test_a_relay_or_no_other_credit_leaves_the_place(lang: str, text: str, source: str) -> None:
    assert _sources(text, lang) == [source]
