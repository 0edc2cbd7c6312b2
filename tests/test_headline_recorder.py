"""A headline's lone name before a count verb says where a figure was recorded.

"Tete regista 240 casos" over a body that credits the 240 to the health directorate:
the headline's figure is the body's, credited to the directorate
(claims._build._headline_recorder). A name that says the figure ("Kyiv says") or a
headline figure the body does not repeat keeps its own credit.
"""

from __future__ import annotations

import pytest

from ._articles import credit_of


@pytest.mark.parametrize(
    ("language", "text", "figure", "source"),
    [
        (
            "pt",
            "Tete regista 240 casos de cólera\n\nA província registou 240 casos de cólera "
            "desde janeiro, segundo a Direção Provincial de Saúde.",
            "240",
            "a Direção Provincial de Saúde",
        ),
        (
            "it",
            "Foggia registra 40 casi di dengue\n\nLa provincia di Foggia ha registrato 40 "
            "casi di dengue, secondo l'Azienda sanitaria locale.",
            "40",
            "l'Azienda sanitaria locale",
        ),
        (
            "en",
            "Tete records 240 cholera cases\n\nThe province has recorded 240 cholera cases "
            "since January, according to the Provincial Health Directorate.",
            "240",
            "the Provincial Health Directorate",
        ),
    ],
)
def test_a_headline_recorder_takes_the_bodys_credit(
    language: str, text: str, figure: str, source: str
) -> None:
    assert credit_of(language, text, figure) == source


@pytest.mark.parametrize(
    ("language", "text", "figure", "source"),
    [
        (
            "pt",
            "Tete regista 240 casos de cólera\n\nA epidemia alastra, segundo a Direção "
            "Provincial de Saúde, que contou 180 casos na semana passada.",
            "240",
            "Tete",
        ),
        (
            "en",
            "Frontex says 500 migrants landed\n\nSome 500 migrants landed on Sunday, "
            "according to the Italian coast guard.",
            "500",
            "Frontex",
        ),
    ],
)
def test_a_headline_credit_stays_without_a_recorder_and_its_twin(
    language: str, text: str, figure: str, source: str
) -> None:
    """No repeat of the figure in the body, or a name that tells the figure ("Frontex
    says"): the headline keeps its own credit."""
    assert credit_of(language, text, figure) == source
