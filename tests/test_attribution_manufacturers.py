"""A company is often named by its trade alone: the carmaker, the manufacturer, its
subsidiary or importer ("la casa bavarese", "a montadora alemã", "der Hersteller", "de
fabrikant", "производитель"). These are role nouns (``[attribution] role_nouns``, all 13
languages), so a reporting verb's subject of that noun, before or after the verb, is a
source; the same nouns where nobody speaks credit no one."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "it",
            "Il richiamo riguarda 95.000 vetture, ha comunicato ieri la casa bavarese.",
            "la casa bavarese",
        ),
        ("pt", "O recall abrange 21 mil carros, informou a montadora alemã.", "a montadora alemã"),
        (
            "pt",
            "No Brasil, são 21 mil carros afetados, segundo a subsidiária brasileira.",
            "a subsidiária brasileira",
        ),
        ("en", "The recall covers 95,000 cars, the carmaker said on Tuesday.", "the carmaker"),
        (
            "fr",
            "Le rappel concerne 95 000 voitures, a indiqué mardi le constructeur.",
            "le constructeur",
        ),
        ("es", "La revisión afecta a 95.000 coches, informó el fabricante.", "el fabricante"),
        ("de", "Der Rückruf betrifft 95.000 Autos, teilte der Hersteller mit.", "der Hersteller"),
        ("nl", "De terugroepactie betreft 95.000 auto's, meldde de fabrikant.", "de fabrikant"),
        (
            "ru",
            "Отзыв затрагивает 95 тысяч автомобилей, сообщил производитель.",
            "производитель",
        ),
    ],
)
def test_trade_noun_is_a_source(language: str, text: str, source: str) -> None:
    assert _credits(text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # must not: "a casa" is "at home", no company
        ("it", "A casa sono rimaste 40 persone."),
        # must not: the trade noun as the subject of a verb of no report
        ("pt", "Os fabricantes de móveis empregam 4 mil pessoas na região."),
        ("en", "Forty workers of the manufacturer were injured in the blast."),
    ],
)
def test_trade_noun_where_nobody_speaks(language: str, text: str) -> None:
    assert _credits(text, language) == [None]
