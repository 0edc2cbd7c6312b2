"""Frames of other disasters: burned areas, wind speeds, evacuations, a figure given twice."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article

from ._articles import quantities


def _claims(text: str, language: str) -> list[crosscheck.Claim]:
    return quantities(text, language, published="2025-08-12")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The fire has burned 12,000 hectares, officials said."),
        ("es", "El fuego ha calcinado 12.000 hectáreas, según la Xunta."),
        ("fr", "Le feu a brûlé 12 000 hectares, selon les pompiers."),
        ("it", "L'incendio ha bruciato 12.000 ettari, secondo i vigili del fuoco."),
        ("pt", "O incêndio queimou 12 mil hectares, segundo a Proteção Civil."),
        ("ro", "Incendiul a ars 12.000 de hectare, potrivit autorităților."),
    ],
)
def test_a_burned_area_names_the_burning(language: str, text: str) -> None:
    (area,) = _claims(text, language)
    assert area.unit == "hectares"
    assert area.event == "burned"


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("en", "Winds reached 120 km/h on the coast.", "120 km/h"),
        ("fr", "Le vent soufflait à plus de 50 km/h.", "plus de 50 km/h"),
        ("de", "Der Wind erreichte 120 Stundenkilometer.", "120 Stundenkilometer"),
        ("es", "El viento alcanzó los 120 kilómetros por hora.", "120 kilómetros por hora"),
        ("ru", "Скорость ветра достигала 120 км/ч.", "120 км/ч"),
        ("uk", "Швидкість вітру сягала 120 км/год.", "120 км/год"),
    ],
)
def test_a_wind_speed_is_a_speed_not_a_distance(language: str, text: str, surface: str) -> None:
    (speed,) = _claims(text, language)
    assert speed.text == surface
    assert speed.unit == "kilometres_per_hour"


def test_spanish_desalojados_are_evacuated() -> None:
    (people,) = _claims("Unos 1.500 vecinos tuvieron que ser desalojados.", "es")
    assert people.unit == "evacuated"


def test_a_figure_given_twice_takes_the_event_one_statement_names() -> None:
    text = (
        "L'incendie d'Ourense a détruit 20 000 hectares\n\n"
        "Selon la Xunta, le feu a brûlé 20 000 hectares depuis dimanche."
    )
    first, second = _claims(text, "fr")
    assert (first.event, second.event) == ("burned", "burned")


def test_a_figure_given_twice_with_two_events_keeps_none() -> None:
    # Two statements of the figure that name two events say nothing of a third.
    text = (
        "Le feu a brûlé 20 000 hectares. Les éleveurs ont fui 20 000 hectares. "
        "Au total, 20 000 hectares."
    )
    events = [c.event for c in _claims(text, "fr")]
    assert events[-1] is None


def test_burned_areas_of_two_articles_line_up_as_one_quantity() -> None:
    rep = crosscheck.report(
        [
            Article(
                id="a",
                text="L'incendie a détruit 20 000 hectares.\n\nLe feu a brûlé 20 000 hectares.",
                language="fr",
                published="2025-08-13",
                story="fire",
            ),
            Article(
                id="b",
                text="El fuego ha calcinado 15.000 hectáreas, según la Xunta.",
                language="es",
                published="2025-08-12",
                story="fire",
            ),
        ]
    )
    areas = [c for c in rep.claims if c.unit == "hectares"]
    assert len(areas) == 3
    assert all(rep.explain(areas[0], other).same_group for other in areas[1:])
