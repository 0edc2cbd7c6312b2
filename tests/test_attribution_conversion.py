"""A sum converted into another currency in brackets is the outlet's, not the speaker's."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article


def _claims(text: str, language: str, outlet: str | None) -> list[crosscheck.Claim]:
    art = Article(id="a", text=text, language=language, published="2024-01-01", source=outlet)
    return [c for c in crosscheck.report([art]).claims if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The minister pledged 2.5 billion euros ($2.7 billion) for the rebuilding."),
        ("es", "El ministro anunció 2.500 millones de dólares (2.300 millones de euros)."),
        ("pt", "O ministro anunciou 2,5 mil milhões de euros (2,7 mil milhões de dólares)."),
    ],
)
def test_the_bracketed_conversion_is_credited_to_the_outlet(language: str, text: str) -> None:
    first, second = _claims(text, language, "Daily Planet")
    assert first.attributed_to is not None
    assert first.attributed_to != "Daily Planet"
    assert second.attributed_to == "Daily Planet"
    assert second.self_cited


def test_with_no_outlet_known_the_conversion_is_credited_to_no_one() -> None:
    text = "The minister pledged 2.5 billion euros ($2.7 billion) for the rebuilding."
    first, second = _claims(text, "en", None)
    assert first.attributed_to is not None
    assert second.attributed_to is None


def test_two_sums_in_one_currency_keep_their_speaker() -> None:
    text = "The minister pledged 2.5 billion euros (of which 300 million euros at once)."
    credits = [c.attributed_to for c in _claims(text, "en", "Daily Planet")]
    assert "Daily Planet" not in credits
