"""A bare figure that a verb of putting a figure takes by its preposition (``[attribution]
value_prepositions``: "puts it at", "beziffert sie auf", "in oltre") after a measure in
its sentence is another reading of that measure, in its unit: "the area hit is 420,000
hectares; a farmers' group puts it at more than 700,000" (as a sum's currency is carried
to a rival sum)."""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _counts(text: str, language: str) -> list[tuple[float | None, str | None]]:
    return [(q.low, q.unit) for q in find_quantities(text, language)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Officials put the burnt area at 36,000 hectares; a green group puts it at 50,000."),
        (
            "de",
            "Das Amt schätzt die Fläche auf 36.000 Hektar, ein Umweltverband beziffert sie"
            " auf 50.000.",
        ),
        ("it", "La regione stima in 36.000 ettari l'area bruciata, gli ambientalisti in 50.000."),
        (
            "es",
            "La Junta cifra la superficie quemada en 36.000 hectáreas; los ecologistas, en 50.000.",
        ),
        (
            "fr",
            "La préfecture estime la surface brûlée à 36 000 hectares, une association"
            " l'évalue à 50 000.",
        ),
        ("pt", "O governo estima a área ardida em 36 mil hectares; os ambientalistas, em 50 mil."),
        (
            "nl",
            "De provincie schat het verbrande gebied op 36.000 hectare, een milieuclub op 50.000.",
        ),
        (
            "ro",
            "Autoritățile estimează suprafața arsă la 36.000 de hectare, ecologiștii la 50.000.",
        ),
    ],
)
def test_a_rival_reading_of_a_measure_keeps_its_unit(language: str, text: str) -> None:
    assert _counts(text, language) == [(36_000, "hectares"), (50_000, "hectares")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # no verb of putting a figure: another count
        (
            "en",
            "The fire burned 12,000 hectares and 8,000 fled.",
            [(12_000, "hectares"), (8_000, None)],
        ),
        # another order of size
        (
            "en",
            "Officials put the area at 36,000 hectares, the union at 9,000,000.",
            [(36_000, "hectares"), (9_000_000, None)],
        ),
        # a noun of its own after it
        (
            "it",
            "La regione stima in 36.000 ettari l'area bruciata, il comune in 20.000 persone"
            " gli sfollati.",
            [(36_000, "hectares"), (20_000, "displaced")],
        ),
    ],
)
def test_no_measure_without_its_reading(
    language: str, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _counts(text, language) == expected
