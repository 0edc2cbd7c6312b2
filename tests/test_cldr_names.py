"""Country names from CLDR: a name in brackets is a name of its own."""

from __future__ import annotations

import pytest

from crosscheck import Article, find_quantities
from crosscheck.claims import extract_claims
from crosscheck.lang._places import _cldr_forms, place_data


def test_a_bracketed_name_is_a_name_too() -> None:
    names = place_data().names
    assert {"Myanmar", "Burma"} <= set(names["en"]["myanmar"])
    assert "Birmanie" in names["fr"]["myanmar"]
    assert "Бирма" in names["ru"]["myanmar"]


def test_a_bracketed_country_or_a_description_is_no_name() -> None:
    countries = {"China"}
    assert _cldr_forms("RAE de Hong Kong (China)", countries.__contains__) == [
        "RAE de Hong Kong (China)",
        "RAE de Hong Kong",
    ]
    assert "partie néerlandaise" not in _cldr_forms(
        "Saint-Martin (partie néerlandaise)", countries.__contains__
    )
    assert _cldr_forms("Kenya", countries.__contains__) == ["Kenya"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le séisme a fait 1 644 morts en Birmanie."),
        ("en", "The quake killed 1,644 people in Burma."),
        ("es", "El terremoto dejó 1.644 muertos en Birmania."),
    ],
)
def test_a_toll_in_the_other_name_is_placed_in_the_country(language: str, text: str) -> None:
    art = Article(id="a", text=text, language=language, published="2025-03-29")
    (toll,) = [c for c in extract_claims(art) if c.kind == "quantity"]
    assert toll.place_id == "myanmar"


def test_spanish_ha_after_a_figure_is_the_verb_not_hectares() -> None:
    found = find_quantities("El terremoto de magnitud 7,7 ha dejado 1.700 muertos.", "es")
    assert all(q.unit != "hectares" for q in found)
