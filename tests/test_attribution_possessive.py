"""A one-word reporting verb right after a possessive is a noun ("zijn bericht")."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


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
