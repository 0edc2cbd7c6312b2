"""The word for "abroad" names no group of people: the singular that Romance languages
use for "abroad" ("en el extranjero", "a l'estranger", "à l'étranger", "no estrangeiro",
"în străinătate") gives a figure no ``foreigners`` subject, while the plural noun ("12
extranjeros") still does (``[frames.subjects]`` in the language files)."""

from __future__ import annotations

import pytest

from crosscheck import Article
from crosscheck.claims import Claim, extract_claims


def _claim(text: str, language: str) -> Claim:
    article = Article(id="a", text=text, language=language, published="2025-05-10")
    (claim,) = [c for c in extract_claims(article) if c.kind == "quantity"]
    return claim


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Quedan 9.000 viajeros varados en el extranjero."),
        ("ca", "Queden 9.000 viatgers encallats a l'estranger."),
        ("fr", "Il reste 9 000 voyageurs bloqués à l'étranger."),
        ("pt", "Há 9.000 viajantes retidos no estrangeiro."),
        ("ro", "Sunt 9.000 de călători blocați în străinătate."),
    ],
)
def test_travellers_abroad_are_no_foreigners(language: str, text: str) -> None:
    assert _claim(text, language).subject is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La policía detuvo a 12 extranjeros en la frontera."),
        ("ca", "La policia va detenir 12 estrangers a la frontera."),
        ("fr", "La police a arrêté 12 étrangers à la frontière."),
        ("pt", "A polícia deteve 12 estrangeiros na fronteira."),
        ("ro", "Poliția a reținut 12 străini la frontieră."),
    ],
)
def test_foreigners_stay_foreigners(language: str, text: str) -> None:
    assert _claim(text, language).subject == "foreigners"
