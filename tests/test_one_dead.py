"""An article before a singular casualty noun is the numeral one.

"L'incendi ha causat un mort i dos ferits", "El incendio deja un muerto":
one killed ([numbers] one_before: "mort", "muerto", "ferito", …). An article
before anything else stays an article.
"""

from __future__ import annotations

import pytest

from crosscheck import Article
from crosscheck.claims._build import extract_claims


def _figures(language: str, text: str) -> list[tuple[object, str | None]]:
    return [
        (c.low, c.unit)
        for c in extract_claims(Article(id="a", text=text, language=language))
        if c.kind == "quantity"
    ]


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("ca", "L'incendi ha causat un mort i dos ferits.", "killed"),
        ("fr", "L'incendie a fait un mort et deux blessés.", "killed"),
        ("es", "El incendio ha causado un muerto y dos heridos.", "killed"),
        ("it", "L'incendio ha causato un morto e due feriti.", "killed"),
        ("pt", "O incêndio causou um morto e dois feridos.", "killed"),
    ],
)
def test_an_article_before_a_casualty_is_one(language: str, text: str, unit: str) -> None:
    assert (1, unit) in _figures(language, text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Un incendie a ravagé la colline, sans faire de victime."),
        ("es", "Un bombero resultó herido leve en la extinción."),
        ("it", "Un vigile del fuoco è rimasto ferito."),
    ],
)
def test_an_article_before_anything_else_is_no_figure(language: str, text: str) -> None:
    assert _figures(language, text) == []
