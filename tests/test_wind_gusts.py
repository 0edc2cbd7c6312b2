"""A wind's speed is the wind's or its gusts', never a verb's nearer to it.

"Gusts reached 210 km/h" took "reached" (an arrival) as its event, and the gusts then
stood against "sustained winds of 150 km/h" as a conflict. The sustained wind and its
gusts are two readings (``[predicates] wind`` and ``gusts`` in each language): a speed
takes the nearest of those words in its sentence as its event, and two speeds of two
such events are never set against each other.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article

from ._articles import quantities

STORM = {
    "en": (
        "Hurricane Mara made landfall on Thursday with sustained winds of 150 km/h, "
        "the National Hurricane Center said. Gusts reached 210 km/h in the harbour."
    ),
    "fr": (
        "L'ouragan Mara a touché terre jeudi avec des vents soutenus de 150 km/h, selon le "
        "Centre national des ouragans. Les rafales ont atteint 210 km/h dans le port."
    ),
    "it": (
        "L'uragano Mara è arrivato a terra giovedì con venti sostenuti di 150 km/h, secondo "
        "il Centro nazionale uragani. Le raffiche hanno raggiunto i 210 km/h nel porto."
    ),
    "es": (
        "El huracán Mara tocó tierra el jueves con vientos sostenidos de 150 km/h, según el "
        "Centro Nacional de Huracanes. Las rachas alcanzaron los 210 km/h en el puerto."
    ),
    "de": (
        "Der Hurrikan Mara traf am Donnerstag mit Windgeschwindigkeiten von 150 km/h auf "
        "Land, teilte das Hurrikanzentrum mit. Böen erreichten im Hafen 210 km/h."
    ),
}


@pytest.mark.parametrize("language", sorted(STORM))
def test_sustained_wind_and_gusts_are_two_events(language: str) -> None:
    wind, gust = quantities(STORM[language], language)
    assert (wind.low, wind.event) == (150, "wind")
    assert (gust.low, gust.event) == (210, "gusts")


def test_sustained_wind_and_gusts_never_conflict() -> None:
    articles = [
        Article(id=lang, text=text, language=lang, published="2025-10-03")
        for lang, text in STORM.items()
    ]
    assert not crosscheck.report(articles).conflicts


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The storm's winds reached 120 km/h on Friday."),
        ("pt", "Os ventos chegaram aos 120 km/h na sexta-feira."),
        ("ro", "Vântul a ajuns la 120 km/h vineri."),
        ("pl", "Wiatr osiągnął w piątek 120 km/h."),
    ],
)
def test_winds_that_reached_a_speed_are_the_wind(language: str, text: str) -> None:
    (speed,) = quantities(text, language)
    assert speed.event == "wind"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The train reached 120 km/h before it derailed."),
        ("fr", "Le train a atteint 120 km/h avant de dérailler."),
        ("it", "Il treno ha raggiunto i 120 km/h prima di deragliare."),
        ("de", "Der Zug erreichte 120 km/h, bevor er entgleiste."),
    ],
)
def test_a_speed_with_no_wind_word_keeps_its_verb(language: str, text: str) -> None:
    (speed,) = quantities(text, language)
    assert speed.event not in ("wind", "gusts")


def test_two_gust_readings_still_conflict() -> None:
    said = "Hurricane Mara hit Port Lavaca on Thursday. Gusts reached {} km/h, {} said."
    a = Article(
        id="a",
        language="en",
        published="2025-10-03",
        text=said.format(210, "the National Hurricane Center"),
    )
    b = Article(
        id="b",
        language="en",
        published="2025-10-03",
        text=said.format(160, "the local weather office"),
    )
    assert len(crosscheck.report([a, b]).conflicts) == 1
