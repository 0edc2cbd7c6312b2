"""Credits in wording the development set does not hold: headlines, coroners, crowds."""

from __future__ import annotations

import pytest

from ._articles import quantities


def _credits(text: str, language: str = "en") -> list[str | None]:
    return [c.attributed_to for c in quantities(text, language, published="2025-06-14")]


@pytest.mark.parametrize(
    "text",
    [
        "Shipwreck off Greece: at least 78 dead",
        "Earthquake near Marrakech: 2,000 dead",
        "Floods in Valencia: 95 dead",
    ],
)
def test_a_headline_label_set_in_a_place_credits_no_one(text: str) -> None:
    assert _credits(text) == [None]


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        ("Police: 24 people arrested", "en", "Police"),
        ("Минобороны России: 100 погибших", "ru", "Минобороны России"),
    ],
)
def test_a_headline_body_before_a_colon_still_speaks(text: str, language: str, source: str) -> None:
    assert _credits(text, language) == [source]


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        ("Four people were killed, the sheriff said.", "en", "the sheriff"),
        ("Four people were killed, the coroner said.", "en", "the coroner"),
        ("Cuatro personas murieron, según el forense.", "es", "el forense"),
        ("Vier Menschen starben, sagte der Gerichtsmediziner.", "de", "der Gerichtsmediziner"),
    ],
)
def test_a_sheriff_or_a_coroner_is_a_source(text: str, language: str, source: str) -> None:
    assert _credits(text, language) == [source]


def test_the_police_putting_the_crowd_at_a_figure_credit_it() -> None:
    text = (
        "Police put the crowd at 35,000, while an independent monitoring group "
        "estimated that 140,000 people took part."
    )
    assert _credits(text) == ["Police", "independent monitoring group"]
