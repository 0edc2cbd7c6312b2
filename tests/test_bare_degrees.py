"""Degrees that name no scale are read by their sentence: a magnitude or a temperature.

"Il terremoto di 6,3 gradi", "un terremoto de 6,2 grados", "un cutremur de 6,1 grade" were
temperatures, and Arabic "بلغت درجة الحرارة 45 درجة" (the temperature reached 45 degrees)
a magnitude. A bare degree word (``[degrees] bare``) beside an earthquake word and no word
of heat (``[degrees] heat``) is a magnitude below 10; beside a word of heat and none of an
earthquake it is a temperature; with both or neither it keeps the unit its list gives.
"""

from __future__ import annotations

import pytest

from ._articles import quantities


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Il terremoto di 6,3 gradi ha colpito la Calabria nella notte."),
        ("es", "Un terremoto de 6,2 grados sacudió Granada el martes."),
        ("pt", "Um sismo de 6,1 graus abalou o Algarve na terça-feira."),
        ("ca", "Un terratrèmol de 5,4 graus ha sacsejat el Pirineu."),
        ("fr", "Un séisme de 6,1 degrés a secoué la région mardi."),
        ("ro", "Un cutremur de 6,1 grade a zguduit Vrancea marți."),
        ("ar", "ضرب زلزال بقوة 6.8 درجة إقليم الحوز."),
        ("pl", "Trzęsienie ziemi o sile 5,9 stopnia nawiedziło region."),
    ],
)
def test_degrees_of_an_earthquake_are_its_magnitude(language: str, text: str) -> None:
    (q,) = quantities(text, language)
    assert q.unit == "magnitude"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "بلغت درجة الحرارة 45 درجة في أسوان يوم الثلاثاء."),
        ("it", "A Roma il termometro ha segnato 38 gradi martedì."),
        ("it", "Dopo il terremoto, la temperatura è scesa a 3 gradi nelle tendopoli."),
        ("es", "La temperatura alcanzó los 44 grados en Sevilla."),
        ("fr", "Le thermomètre a atteint 6 degrés à l'aube."),
        ("ro", "Temperatura a urcat la 39 de grade în București."),
        ("pt", "As máximas chegaram aos 46 graus em Mora."),
    ],
)
def test_degrees_beside_a_word_of_heat_are_a_temperature(language: str, text: str) -> None:
    (q,) = quantities(text, language)
    assert q.unit == "celsius"


def test_degrees_in_another_sentence_of_an_earthquake_story_stay_a_temperature() -> None:
    text = (
        "Il terremoto di 6,3 gradi ha colpito la Calabria. A Cosenza si sono registrati 12 gradi."
    )
    quake, weather = quantities(text, "it")
    assert (quake.unit, weather.unit) == ("magnitude", "celsius")


def test_degrees_to_a_tenth_take_their_paragraphs_earthquake() -> None:
    text = (
        "Si tratta della scossa più forte mai registrata nel Paese. La più recente, nel 2004 "
        "ad Al Hoceima, provocò 628 morti e 926 feriti (6,3 gradi)."
    )
    assert [q.unit for q in quantities(text, "it")][-1] == "magnitude"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "La scossa ha colpito la Calabria. Nelle tendopoli si sono registrati 3 gradi."),
        ("es", "El terremoto sacudió Granada.\n\nEn Madrid se registraron 6,5 grados."),
    ],
)
def test_whole_degrees_or_another_paragraphs_stay_as_read(language: str, text: str) -> None:
    assert [q.unit for q in quantities(text, language)][-1] == "celsius"
