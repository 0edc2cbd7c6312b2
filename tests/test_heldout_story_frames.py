"""Frames of held-out story types: heatwaves, mine and rail disasters, outbreaks.

Our own sentences, written as wire copy of stories the dev benchmark does not
hold (temperatures, passengers on board, miners underground, vaccinations).
"""

from __future__ import annotations

import pytest

import crosscheck

from ._articles import quantities


def _claims(text: str, language: str) -> list[crosscheck.Claim]:
    return quantities(text, language, published="2024-07-18")


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("en", "Temperatures hit 44C in Seville on Monday.", "44C"),
        ("en", "The mercury climbed to 41 C in Lyon.", "41 C"),
        ("es", "Los termómetros marcaron 44,2 grados en Córdoba.", "44,2 grados"),
        ("es", "Se registraron 42 ºC en Badajoz.", "42 ºC"),
        ("fr", "Le thermomètre a affiché 41,5 degrés à Nîmes.", "41,5 degrés"),
        ("fr", "Il a fait 39 °C à Lyon.", "39 °C"),
        ("de", "In Freiburg wurden 38,4 Grad gemessen.", "38,4 Grad"),
        ("it", "A Palermo la temperatura ha toccato i 43 gradi.", "43 gradi"),
        ("pt", "Em Évora os termómetros marcaram 44 graus.", "44 graus"),
        ("ro", "La Calafat s-au înregistrat 41 de grade Celsius.", "41 de grade Celsius"),
        ("ru", "В Волгограде температура достигла 40 градусов.", "40 градусов"),
        ("uk", "У Києві спека сягнула 37 градусів.", "37 градусів"),
        ("pl", "W Słubicach zanotowano 38 stopni Celsjusza.", "38 stopni Celsjusza"),
        ("nl", "In Maastricht werd het 39 graden.", "39 graden"),
        ("ca", "A Figueres el termòmetre va arribar als 45 graus.", "45 graus"),
    ],
)
def test_a_temperature_is_degrees_celsius(language: str, text: str, surface: str) -> None:
    (heat,) = _claims(text, language)
    assert heat.text == surface
    assert heat.unit == "celsius"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Institutul a anunțat o magnitudine de 6 grade pentru cutremur."),
        ("es", "El sismo tuvo una magnitud de 5,9 grados, según el IGN."),
        ("fr", "La secousse, d'une magnitude de 5,9 degrés, a été ressentie à Nice."),
        ("es", "Un terremoto de 6,8 grados en la escala de Richter sacudió la región."),
    ],
)
def test_degrees_after_a_magnitude_named_before_stay_a_magnitude(
    language: str, text: str
) -> None:
    (shock,) = _claims(text, language)
    assert shock.unit == "magnitude"


def test_english_bare_degrees_name_no_scale() -> None:
    (heat,) = _claims("It was 104 degrees in Phoenix on Sunday.", "en")
    assert heat.unit == "degrees"
