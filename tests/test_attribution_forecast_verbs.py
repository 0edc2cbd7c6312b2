"""Verbs of forecasting report the figure they forecast ("forecast", "pronostica",
"prévoit que", "prognostiziert", "voorspelt", "prognozował", "прогнозировало", "توقعت"):
their subject is its source, as for "projected" or Polish "prognozuje" before. Only the
forms that report are listed: "prévoit" with no "que" plans ("Le plan prévoit 500
logements"), and names no source."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "The ministry forecast a maize harvest of 6.4 million tonnes.", "The ministry"),
        (
            "es",
            "El ministerio pronostica una cosecha de 6,4 millones de toneladas.",
            "El ministerio",
        ),
        (
            "fr",
            "Le ministère prévoit que la récolte atteindra 6,4 millions de tonnes.",
            "Le ministère",
        ),
        (
            "pt",
            "O ministério prevê que a colheita chegue a 6,4 milhões de toneladas.",
            "O ministério",
        ),
        (
            "de",
            "Das Ministerium prognostiziert eine Ernte von 6,4 Millionen Tonnen.",
            "Das Ministerium",
        ),
        ("nl", "Het ministerie voorspelt een oogst van 6,4 miljoen ton.", "Het ministerie"),
        ("ru", "Министерство прогнозировало урожай в 6,4 миллиона тонн.", "Министерство"),
        ("ar", "توقعت وزارة الزراعة أن يبلغ المحصول 6.4 مليون طن.", "وزارة الزراعة"),
    ],
)
def test_forecast_verb_credits_its_subject(language: str, text: str, source: str) -> None:
    assert _credits(text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # must not: a plan that provides for a number is no forecast
        ("fr", "Le plan prévoit 500 logements."),
        ("es", "El proyecto prevé 500 viviendas."),
        ("it", "Il progetto prevede 500 alloggi."),
    ],
)
def test_planning_is_no_forecast(language: str, text: str) -> None:
    assert _credits(text, language) == [None]
