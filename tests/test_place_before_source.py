"""A place named after a place preposition that opens a credited source is the figure's.

"in Portogallo la Direzione generale della Sanità ha contato 284 morti": the
source was read from "Portogallo" on, but "in Portogallo" says where the 284
died (extract/_frame.py). A name inside the source ("the ministry in London")
stays the source's, as does a place no preposition introduces.
"""

from __future__ import annotations

import pytest

from crosscheck import Article
from crosscheck.claims._build import extract_claims


def _place(language: str, text: str, figure: str) -> str | None:
    claims = [
        c
        for c in extract_claims(Article(id="a", text=text, language=language))
        if c.kind == "quantity" and figure in c.text
    ]
    assert claims, figure
    return claims[0].place_id


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "it",
            "In Spagna sono 720 i decessi, mentre in Portogallo la Direzione generale della "
            "Sanità ha contato 284 morti in eccesso.",
        ),
        ("es", "En Portugal la Dirección General de Salud contabilizó 284 muertes."),
        ("fr", "Au Portugal la Direction générale de la santé a compté 284 morts."),
        ("en", "In Portugal the health authority DGS counted 284 excess deaths."),
        ("pt", "Em Portugal a Direção-Geral da Saúde contou 284 mortes em excesso."),
    ],
)
def test_a_place_before_the_source_is_the_figures(language: str, text: str) -> None:
    assert _place(language, text, "284") == "portugal"


def test_a_city_before_the_source_is_the_figures() -> None:
    text = "A Parigi il corteo ha contato 95mila persone secondo la polizia."
    assert _place("it", text, "95mila") == "paris"


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        # a name inside the source: the source's, not the figure's
        ("en", "The foreign ministry in London said 284 people had died.", "284"),
        # a place no preposition introduces: whose figure it is, no place
        ("it", "Il Portogallo ha contato 284 morti in eccesso.", "284"),
    ],
)
def test_a_place_of_the_source_stays_the_sources(language: str, text: str, figure: str) -> None:
    assert _place(language, text, figure) is None
