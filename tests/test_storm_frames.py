"""Frames of a hurricane report, in wording of our own.

"St." before a place name ends no sentence in any language, so a figure of
the next words keeps its own source; German "Kilometern pro Stunde" is a speed.
"""

from __future__ import annotations

import pytest

from crosscheck import Article, Claim
from crosscheck.claims import extract_claims


def _quantities(text: str, language: str) -> list[Claim]:
    article = Article(id="h", text=text, language=language, published="2024-10-10")
    return [c for c in extract_claims(article) if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "es",
            "Al menos 6 personas murieron en el condado de St. Johns, dijo el sheriff.",
            "el sheriff",
        ),
        (
            "fr",
            "Au moins 6 personnes sont mortes dans le comté de St. Johns, a déclaré le shérif.",
            "le shérif",
        ),
        (
            "it",
            "Almeno 6 persone sono morte nella contea di St. Johns, ha detto lo sceriffo.",
            "lo sceriffo",
        ),
    ],
)
def test_st_before_a_name_ends_no_sentence(language: str, text: str, source: str) -> None:
    (claim,) = _quantities(text, language)
    assert claim.attributed_to == source


def test_german_kilometres_per_hour_is_a_speed() -> None:
    (claim,) = _quantities("Der Sturm erreichte bis zu 180 Kilometern pro Stunde.", "de")
    assert claim.unit == "kilometres_per_hour"


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("pl", "Straty oszacowano na 1,2 mln zł.", "pln"),
        ("pl", "Rząd przeznaczył 500 mln złotych na odbudowę.", "pln"),
        ("pt", "O governo liberou R$ 5 milhões para as vítimas.", "brl"),
    ],
)
def test_zloty_and_real_are_their_own_currencies(language: str, text: str, unit: str) -> None:
    (claim,) = _quantities(text, language)
    assert claim.unit == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El alcalde dijo en Onda Cero que 40 personas murieron."),
        ("uk", "Голова ОВА повідомив у Telegram, що загинули 40 людей."),
        ("it", "Il sindaco ha detto a Radio Capital che 40 persone sono morte."),
    ],
)
def test_the_medium_a_source_spoke_on_is_no_place(language: str, text: str) -> None:
    (claim,) = _quantities(text, language)
    assert claim.place_id is None
