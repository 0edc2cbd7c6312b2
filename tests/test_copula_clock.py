"""A clock time told with a verb of being and an article ("Erano le 9", "Eran las 9",
"Il était 9 heures") is no count; a verb of rising put before the figure ("Salgono a
9.000 gli ettari") gives the figure to the noun after the article."""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _found(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.unit) for q in find_quantities(text, language)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Erano le 8 quando le squadre di soccorso entrarono nel paese."),
        ("it", "Sono le 7 e i volontari sono già al lavoro."),
        ("es", "Eran las 6 cuando los agentes cerraron la calle."),
        ("es", "Son las 10 y los voluntarios siguen buscando."),
        ("pt", "Eram 7 horas quando os agentes fecharam a estrada."),
        ("pt", "Eram as 8 quando os voluntários saíram."),
        ("ca", "Eren les 6 quan els voluntaris van sortir."),
        ("fr", "Il était 7 heures quand les secouristes ont quitté la caserne."),
        ("pl", "Była godzina 6, kiedy strażacy opuścili remizę."),
    ],
)
def test_a_clock_time_after_a_copula_is_no_count(language: str, text: str) -> None:
    assert _found(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # no article between the verb and the figure: a count
        ("it", "Erano 8 i volontari arrivati in paese.", "8", "volunteers"),
        ("es", "Eran 6 los agentes heridos.", "6", "injured"),
        # a verb other than "to be" before the hours: a duration
        ("pt", "Foram 7 horas de espera no aeroporto.", "7", "hours"),
        ("fr", "Les passagers ont attendu 7 heures à l'aéroport.", "7", "hours"),
        ("pl", "Pasażerowie czekali 7 godzin na lotnisku.", "7", "hours"),
    ],
)
def test_other_readings_are_kept(language: str, text: str, figure: str, unit: str) -> None:
    assert [u for t, u in _found(text, language) if t.startswith(figure)] == [unit]


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        ("it", "Salgono a 3.400 gli ettari di bosco distrutti.", "3.400", "hectares"),
        ("es", "Ascienden a 2.100 las hectáreas calcinadas.", "2.100", "hectares"),
        ("es", "Suben a 45 los kilómetros de carretera cortados.", "45", "roads_km"),
        ("pt", "Sobem para 1.800 os hectares de floresta queimados.", "1.800", "hectares"),
        ("ca", "Pugen a 700 les hectàrees cremades a la serra.", "700", "hectares"),
    ],
)
def test_a_verb_of_rising_before_the_figure(
    language: str, text: str, figure: str, unit: str
) -> None:
    assert [u for t, u in _found(text, language) if figure in t] == [unit]


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        # the figure after a verb of rising with no article after it keeps no unit
        ("it", "Il prezzo sale a 12 euro al chilo.", "12"),
        ("es", "El precio sube a 12 euros el kilo.", "12"),
    ],
)
def test_a_verb_of_rising_without_a_subject_after(language: str, text: str, figure: str) -> None:
    assert [u for t, u in _found(text, language) if figure in t] == ["eur"]
