"""Main cities from CLDR (time-zone exemplar cities of countries with few zones), the
streets and centre of a city as its place, and time phrases that are no place."""

from __future__ import annotations

import pytest

from crosscheck.claims._frames import PlaceRelation, relate_keys
from crosscheck.lang._places import place_data

from ._articles import figures


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("it", "Sette persone sono morte nel centro di Praga, secondo la polizia.", "prague"),
        ("pl", "Siedem osób zginęło w centrum Pragi.", "prague"),
        ("en", "At least 30 people were killed in Nairobi on Tuesday.", "nairobi"),
        ("fr", "Au moins 30 personnes ont été tuées à Nairobi mardi.", "nairobi"),
        ("de", "In Kabul starben mindestens 12 Menschen.", "kabul"),
        ("ru", "В Дакке погибли 20 человек.", "dhaka"),
        ("ar", "قتل 20 شخصا في بغداد", "baghdad"),
        ("es", "Los manifestantes pidieron la paz; 12 personas murieron en Caracas.", "caracas"),
        ("uk", "У Харкові загинули 12 людей.", "kharkiv"),
        ("uk", "Поліція нарахувала 8 тисяч демонстрантів на вулицях Києва.", "kyiv"),
        ("fr", "La préfecture a recensé 42 000 manifestants dans les rues de Paris.", "paris"),
        ("en", "Police counted 42,000 protesters in the streets of Paris.", "paris"),
        ("es", "La policía contó 42.000 manifestantes en las calles de París.", "paris"),
        ("de", "Die Polizei zählte 42.000 Demonstranten auf den Straßen von Paris.", "paris"),
        ("pt", "A polícia contou 42 mil manifestantes nas ruas de Paris.", "paris"),
    ],
)
def test_city_place(lang: str, text: str, place: str) -> None:
    (claim,) = figures(text, lang).values()
    assert claim.place_id == place


def test_a_city_lies_in_its_country() -> None:
    assert relate_keys("czechia", "prague") is PlaceRelation.CONTAINS
    assert relate_keys("nairobi", "kenya") is PlaceRelation.WITHIN
    assert place_data().country("dhaka") == "bangladesh"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "En la mesa de la paz murieron 5 personas, según la ONU."),  # "la paz": peace
        ("pt", "Morreram 4 pessoas na lima de uma fábrica."),  # "lima": a file
        ("en", "Sudan has recorded 172 deaths in the past week, the health ministry said."),
        (
            "en",
            "KHARTOUM, May 10 (Wire A) - Sudan has recorded 172 deaths in the past week, the "
            "health ministry said.",
        ),
    ],
)
def test_no_city_read_from_a_word(lang: str, text: str) -> None:
    assert all(c.place_id in (None, "sudan") for c in figures(text, lang).values())
