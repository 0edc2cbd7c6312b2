"""A next sentence that opens with a new document ("According to a study, …") covers
nothing said before it; one that opens with someone speaking for a body does."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article


def _credits(text: str, language: str) -> list[str | None]:
    rep = crosscheck.report([Article(id="a", text=text, language=language, published="2024-07-20")])
    return [c.attributed_to for c in rep.claims if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Temperatures hit 44.1C in Seville. According to a study, 8,000 people died."),
        (
            "it",
            "A Siviglia si sono toccati 44,1 gradi. Secondo uno studio, 8.000 persone morirono.",
        ),
        ("fr", "Il a fait 44,1 degrés à Séville. Selon une étude, 8 000 personnes sont mortes."),
    ],
)
def test_a_new_document_covers_only_its_own_sentence(language: str, text: str) -> None:
    first, second = _credits(text, language)
    assert first is None
    assert second is not None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The toll rose to 2,800. A spokesman for the ministry said the search goes on."),
        (
            "de",
            "Die Zahl stieg auf 2.800. Wie eine Sprecherin des Ministeriums sagte, "
            "geht die Suche weiter.",
        ),
    ],
)
def test_someone_speaking_for_a_body_covers_the_sentence_before(language: str, text: str) -> None:
    (credit,) = _credits(text, language)
    assert credit is not None
