"""A source credited with a reading of the event governs no head count after it.

"Winds reached 150 km/h, the weather service said. Some 40,000 homes lost power.":
the weather service measured the wind (a ``reading`` concept of ``concepts.toml``:
wind speed, magnitude, rainfall, temperature); the outage count after it in the
paragraph is not its figure, where a toll's source goes on to the figures after it.
"""

from __future__ import annotations

import pytest

from crosscheck import Article
from crosscheck.claims import extract_claims
from crosscheck.lang import concept


def _credits(text: str, language: str) -> list[tuple[str, str | None]]:
    article = Article(id="a", text=text, language=language, published="2024-05-10")
    return [(c.text, c.attributed_to) for c in extract_claims(article) if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("text", "language", "figure"),
    [
        (
            "Winds reached 150 km/h on the coast, the weather service said. "
            "Some 40,000 homes lost power overnight.",
            "en",
            "Some 40,000 homes",
        ),
        (
            "Las rachas alcanzaron 140 km/h, según la agencia meteorológica. "
            "Unas 30.000 viviendas se quedaron sin luz.",
            "es",
            "Unas 30.000 viviendas",
        ),
        (
            "Il termometro ha toccato i 44 gradi, secondo il servizio meteorologico. "
            "In Sicilia 15 persone sono state ricoverate.",
            "it",
            "15 persone",
        ),
    ],
)
def test_reading_source_does_not_carry_to_counts(text: str, language: str, figure: str) -> None:
    credits = dict(_credits(text, language))
    assert credits[figure] is None


def test_toll_source_still_carries() -> None:
    text = (
        "At least 30 people were killed, the interior ministry said. "
        "Another 120 people were injured."
    )
    credits = _credits(text, "en")
    assert credits[-1] == ("Another 120 people", "the interior ministry")


def test_reading_concepts() -> None:
    for key in ("magnitude", "kilometres_per_hour", "rainfall_mm", "celsius"):
        known = concept(key)
        assert known is not None
        assert known.reading
    for key in ("hectares", "killed", "kilometres"):
        known = concept(key)
        assert known is not None
        assert not known.reading


def test_fronted_source_ends_before_a_figure_in_words() -> None:
    text = (
        "Sturm\n\nMehr als 3000 Haushalte waren ohne Strom. "
        "Nach Angaben der Polizei kamen zwölf Menschen ums Leben."
    )
    credits = dict(_credits(text, "de"))
    assert credits.get("zwölf Menschen") == "Polizei"
    assert all(source in (None, "Polizei") for source in credits.values())
