"""A one-word reporting verb right after a possessive is a noun ("zijn bericht")."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article


def _credits(text: str, language: str) -> list[str | None]:
    rep = crosscheck.report([Article(id="a", text=text, language=language, published="2024-01-01")])
    return [c.attributed_to for c in rep.claims if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Toen de burgemeester zijn bericht online zette, stond de teller op 410 doden."),
        ("en", "When the mayor posted his reports online, the toll stood at 410 dead."),
    ],
)
def test_a_verb_word_after_a_possessive_credits_no_one(language: str, text: str) -> None:
    assert _credits(text, language) == [None]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("nl", "De burgemeester bericht dat er 410 doden zijn.", "De burgemeester"),
        ("en", "The mayor reports 410 dead.", "The mayor"),
    ],
)
def test_the_verb_without_a_possessive_still_credits(language: str, text: str, source: str) -> None:
    assert _credits(text, language) == [source]
