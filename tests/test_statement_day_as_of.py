"""The day a statement was made dates the figures it gives (``as_of_from = "statement"``).

Our own sentences: a day, a long subject (a name, a title, an office), a
reporting verb, the figure. The day is the count's own day, so the judge may
read a fall from it (tests/test_statement_day_falls.py).
"""

from __future__ import annotations

import pytest

import crosscheck

from ._articles import quantities


def _claims(text: str, language: str) -> list[crosscheck.Claim]:
    return quantities(text, language, published="2024-09-05")  # a Thursday


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "On Wednesday, Lieutenant Omar al-Hassan, spokesman for the interior ministry of the"
            " eastern administration, told a news agency by telephone that 3,190 bodies had been"
            " buried.",
        ),
        (
            "es",
            "El miércoles, el coronel Andrés Molina, portavoz de la Dirección General de Protección"
            " Civil del gobierno regional, informó a la agencia EFE de que 3.190 cuerpos habían"
            " sido enterrados.",
        ),
        (
            "fr",
            "Mercredi 4 septembre au soir, le Bureau de coordination des affaires humanitaires des"
            " Nations unies a fait état d'au moins 11 300 morts.",
        ),
        (
            "de",
            "Am Mittwoch teilte Oberst Martin Keller, der Sprecher des Innenministeriums der"
            " östlichen Regionalregierung, der Nachrichtenagentur dpa mit, dass 3190 Tote"
            " beigesetzt worden seien.",
        ),
        (
            "it",
            "Mercoledì il colonnello Marco Ferri, portavoce del ministero dell'Interno del governo"
            " orientale, ha dichiarato all'agenzia Ansa che 3.190 corpi sono stati sepolti.",
        ),
    ],
)
def test_a_statements_day_dates_its_figure(language: str, text: str) -> None:
    (figure,) = _claims(text, language)
    assert (figure.as_of, figure.as_of_from) == ("2024-09-04", "statement")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Según el informe publicado por el ministerio británico, entre el 2 de septiembre de"
            " 2023 y agosto de 2024 las fuerzas regulares sufrieron cerca de 50.000 muertos,"
            " mientras que los mercenarios registraron probablemente 20.000 muertos.",
        ),
        (
            "en",
            "According to the report released by the ministry, between 2 September 2023 and"
            " August 2024 the regular forces lost about 50,000 dead, while the militia reportedly"
            " recorded 20,000 dead.",
        ),
    ],
)
def test_a_day_that_opens_a_period_dates_no_statement(language: str, text: str) -> None:
    # Must not: another date stands between the day and the figure.
    for figure in _claims(text, language):
        assert figure.as_of_from != "statement"
        assert figure.as_of != "2023-09-02"


def test_a_day_without_a_reporting_verb_before_the_figure_dates_no_statement() -> None:
    # Must not: the day dates a trip, and a clause break parts it from the figure.
    (figure,) = _claims(
        "On Wednesday, Lieutenant Omar al-Hassan, spokesman for the interior ministry of the"
        " eastern administration, travelled to the city; 3,190 bodies had been buried.",
        "en",
    )
    assert (figure.as_of, figure.as_of_from) == ("2024-09-05", "published")
