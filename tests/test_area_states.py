"""What befell an area is its event, in any story (``[frames.area_states]``): an area
infested, sprayed or destroyed are three quantities, never set against each other
(``extract._frame.area_state``); in a fire's story the area affected is the area burned."""

from __future__ import annotations

import pytest

from crosscheck import Article, report


def _events(text: str, language: str) -> list[tuple[float | None, str | None]]:
    r = report([Article(id="a", text=text, language=language, published="2025-03-12")])
    return [(c.low, c.event) for c in r.claims if c.kind == "quantity" and c.unit == "hectares"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Locust swarms have infested 18,500 hectares of farmland.", [(18500, "affected")]),
        ("en", "Ground teams have sprayed about 9,400 hectares so far.", [(9400, "treated")]),
        ("fr", "Quelque 9 400 hectares ont déjà été traités.", [(9400, "treated")]),
        (
            "fr",
            "Environ 1 500 hectares de cultures maraîchères ont déjà été détruits.",
            [(1500, "destroyed")],
        ),
        ("es", "Las plagas han destruido 2.000 hectáreas de cultivos.", [(2000, "destroyed")]),
        ("de", "Rund 12.000 Hektar sind von Heuschrecken befallen.", [(12000, "affected")]),
        ("it", "Le squadre hanno trattato circa 9.400 ettari.", [(9400, "treated")]),
        ("ar", "عالجت فرق المكافحة 15200 هكتار منذ بداية العمليات.", [(15200, "treated")]),
        ("ru", "Саранча уничтожила посевы: уничтожено 2000 гектаров.", [(2000, "destroyed")]),
    ],
)
def test_an_area_takes_what_befell_it(
    language: str, text: str, expected: list[tuple[float, str]]
) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the state of another figure, past a comma or another figure, is not this one's
        (
            "en",
            "The swarms cover 18,500 hectares, and teams have sprayed 9,400 hectares.",
            [(18500, "affected"), (9400, "treated")],
        ),
        (
            "fr",
            "Les équipes ont traité 9 400 hectares, sur 18 500 hectares.",
            [(9400, "treated"), (18500, None)],
        ),
        # a fire's affected area is its burned area
        (
            "ca",
            "L'incendi ha cremat 7.100 hectàrees. Segons Copernicus, però, la superfície "
            "afectada és de 8.300 hectàrees.",
            [(7100, "burned"), (8300, "burned")],
        ),
        (
            "en",
            "The wildfire has burned 7,100 hectares; the area affected is 8,300 hectares, "
            "Copernicus says.",
            [(7100, "burned"), (8300, "burned")],
        ),
    ],
)
def test_a_state_stays_with_its_own_figure(
    language: str, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _events(text, language) == expected


def test_two_states_of_an_area_are_never_compared() -> None:
    r = report(
        [
            Article(
                id="a",
                text="Locust swarms have infested 18,500 hectares, the ministry said.",
                language="en",
                published="2025-03-12",
            ),
            Article(
                id="b",
                text="Según el ministerio, se han fumigado 21.000 hectáreas.",
                language="es",
                published="2025-03-12",
            ),
        ]
    )
    assert "different events (affected vs treated)" in str(r.explain("a#q1", "b#q1"))
