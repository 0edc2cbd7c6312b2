"""An air pollutant's concentration is a unit of its own, in every language.

Our own sentences, of a smog episode. "124 micrograms per cubic metre", "141
microgrammes par mètre cube", "40 мкг/м³" name one measure (``micrograms_per_cubic_metre``,
dimension concentration), whatever pollutant stands inside the unit ("141 micrograms de
PM10 per metre cúbic"), and so do bare micrograms, the shorthand of a headline ("Smog, a
Milano il PM10 sale a 98 microgrammi"); the pollutant's name ("PM2.5", "PM10") is no
figure.
"""

from __future__ import annotations

import pytest

import crosscheck

_CONCENTRATION = "micrograms_per_cubic_metre"


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "Fine particles rose to a daily average of 124 micrograms per cubic metre.", 124),
        ("en", "PM2.5 reached 85 µg/m³ on Tuesday.", 85),
        ("fr", "Une moyenne de 141 microgrammes par mètre cube mercredi.", 141),
        ("de", "Der Feinstaub erreichte 75 Mikrogramm pro Kubikmeter.", 75),
        ("es", "Se midieron 60 microgramos por metro cúbico de dióxido de nitrógeno.", 60),
        ("it", "Una media di 98 microgrammi per metro cubo di PM10.", 98),
        ("pt", "A concentração chegou a 70 microgramas por metro cúbico.", 70),
        ("ca", "Una mitjana de 141 micrograms de PM10 per metre cúbic.", 141),
        ("ro", "Concentrația a ajuns la 124 de micrograme pe metru cub.", 124),
        ("nl", "De concentratie fijnstof was 55 microgram per kubieke meter.", 55),
        ("pl", "Stężenie pyłu wyniosło 210 mikrogramów na metr sześcienny.", 210),
        ("ru", "Концентрация достигла 40 мкг/м³.", 40),
        ("uk", "Концентрація сягнула 90 мікрограмів на кубічний метр.", 90),
        ("ar", "بلغ التركيز 150 ميكروغرام لكل متر مكعب.", 150),
    ],
)
def test_a_concentration_is_its_own_unit(language: str, text: str, value: int) -> None:
    found = [(q.low, q.unit) for q in crosscheck.find_quantities(text, language)]
    assert found == [(value, _CONCENTRATION)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("it", "Smog, a Milano il PM10 sale a 98 microgrammi", 98),
        ("en", "Milan smog worsens, fine particles at 124 micrograms", 124),
        ("fr", "Pollution record à Milan : 141 microgrammes de particules fines", 141),
        ("pl", "Smog w Krakowie: 210 mikrogramów pyłu", 210),
    ],
)
def test_bare_micrograms_are_the_concentration_told_short(
    language: str, text: str, value: int
) -> None:
    found = [(q.low, q.unit) for q in crosscheck.find_quantities(text, language)]
    assert found == [(value, _CONCENTRATION)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "Lead in the tap water reached 30 micrograms per litre.", 30),
        ("de", "Der Bleigehalt lag bei 12 Mikrogramm pro Liter.", 12),
        ("fr", "La teneur en plomb atteint 15 microgrammes par litre.", 15),
        ("ru", "Концентрация свинца составила 20 мкг/л.", 20),
    ],
)
def test_a_concentration_in_water_is_another_unit(language: str, text: str, value: int) -> None:
    found = [(q.low, q.unit) for q in crosscheck.find_quantities(text, language)]
    assert found == [(value, "micrograms_per_litre")]
