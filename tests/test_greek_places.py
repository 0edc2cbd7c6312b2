"""Greek regions and islands that quake, fire and flood news names (``lang/places.toml``).

Our own sentences. "Crete", "Kreta", "Creta", "Крите" are one place, `crete`,
inside Greece: a toll on Crete is part of Greece's toll, never its rival, and
two regions' tolls are two places. A lower-case word spelt like a name is no
place ("creta", chalk).
"""

from __future__ import annotations

import pytest

from crosscheck.claims._frames import PlaceRelation, relate_keys

from ._articles import quantities


def _places(text: str, language: str) -> list[str | None]:
    return [c.place_id for c in quantities(text, language, published="2025-05-14")]


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        ("de", "Nach dem Erdbeben auf Kreta ist die Zahl der Toten auf 23 gestiegen.", "crete"),
        ("it", "Il terremoto a Creta ha causato 23 morti.", "crete"),
        ("ru", "Число погибших при землетрясении на Крите составляет 21 человек.", "crete"),
        ("en", "Wildfires in Attica have destroyed 120 homes.", "attica"),
        ("fr", "Les inondations en Thessalie ont fait 17 morts.", "thessaly"),
        ("es", "El incendio en Rodas obligó a evacuar a 19.000 personas.", "rhodes"),
        ("pl", "Na Eubei spłonęło 50 domów.", "evia"),
        ("uk", "У Пелопоннесі загинули 12 людей.", "peloponnese"),
    ],
)
def test_a_greek_region_is_a_place(language: str, text: str, key: str) -> None:
    assert _places(text, language) == [key]


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("crete", "greece", PlaceRelation.WITHIN),
        ("greece", "attica", PlaceRelation.CONTAINS),
        ("crete", "thessaly", PlaceRelation.DIFFERENT),
        ("rhodes", "athens", PlaceRelation.DIFFERENT),
    ],
)
def test_a_greek_region_lies_in_greece(a: str, b: str, relation: PlaceRelation) -> None:
    assert relate_keys(a, b) is relation


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Copiii au primit 12 bucăți de creta colorată."),
        ("it", "Ha comprato 12 pezzi di creta per la scuola."),
    ],
)
def test_a_lower_case_word_is_no_region(language: str, text: str) -> None:
    assert _places(text, language) == [None]
