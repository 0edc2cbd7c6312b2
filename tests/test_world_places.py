"""Places world news cites with figures (capitals, large cities, first-level divisions),
named alike in every language: one city in two languages is one place, a city lies in
its region and country, and two cities are never one place (``lang/places.toml``)."""

from __future__ import annotations

import pytest

from crosscheck.claims._frames import PlaceRelation, relate_keys
from crosscheck.lang._places import place_data

from ._articles import figures, opposed, story_report


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        # a flood in Cologne, in nine languages
        ("de", "Bei dem Hochwasser in Köln starben mindestens 12 Menschen.", "cologne"),
        ("en", "At least 15 people died in Cologne in the floods.", "cologne"),
        ("es", "Al menos 15 personas murieron en Colonia por las inundaciones.", "cologne"),
        ("fr", "Au moins 15 personnes sont mortes à Cologne dans les inondations.", "cologne"),
        ("it", "Almeno 15 persone sono morte a Colonia nelle inondazioni.", "cologne"),
        ("nl", "In Keulen kwamen minstens 15 mensen om bij de overstromingen.", "cologne"),
        ("pl", "W Kolonii zginęło co najmniej 15 osób.", "cologne"),
        ("ru", "В Кёльне погибли по меньшей мере 15 человек.", "cologne"),
        ("uk", "У Кельні загинули щонайменше 15 людей.", "cologne"),
        # a strike in Warsaw
        ("fr", "Selon les syndicats, 40 000 personnes ont manifesté à Varsovie.", "warsaw"),
        ("de", "In Warschau demonstrierten 40.000 Menschen.", "warsaw"),
        ("pl", "W Warszawie protestowało 40 tys. osób.", "warsaw"),
        ("es", "En Varsovia se manifestaron 40.000 personas.", "warsaw"),
        ("ru", "В Варшаве вышли на улицы 40 тысяч человек.", "warsaw"),
        # a quake in Turkish provinces
        ("en", "The quake killed 1,200 people in Hatay province.", "hatay"),
        ("es", "El sismo mató a 1.200 personas en la provincia de Hatay.", "hatay"),
        ("de", "In der Provinz Kahramanmaraş starben 900 Menschen.", "kahramanmaras"),
        ("ru", "В провинции Газиантеп погибли 300 человек.", "gaziantep"),
        ("ar", "لقي 300 شخص حتفهم في ولاية غازي عنتاب.", "gaziantep"),
        # a city CLDR names once per language, its exonyms and a region's
        ("fr", "Au moins 40 personnes sont mortes à Louvain.", "leuven"),
        ("it", "Almeno 40 persone sono morte a Lovanio.", "leuven"),
        ("es", "Al menos 40 personas murieron en Lovaina.", "leuven"),
        ("uk", "У Відні загинули 40 людей.", "vienna"),
        ("it", "In Bassa Sassonia sono morte 6 persone.", "lower_saxony"),
        ("pl", "W województwie dolnośląskim zginęło 6 osób.", "lower_silesian_voivodeship"),
        ("fr", "En Nouvelle-Écosse, 6 personnes sont mortes.", "nova_scotia"),
    ],
)
def test_one_place_in_every_language(lang: str, text: str, place: str) -> None:
    (claim,) = figures(text, lang).values()
    assert claim.place_id == place


def test_a_city_lies_in_its_region_and_country_and_two_cities_are_apart() -> None:
    assert relate_keys("north_rhine_westphalia", "cologne") is PlaceRelation.CONTAINS
    assert relate_keys("germany", "cologne") is PlaceRelation.CONTAINS
    assert relate_keys("warsaw", "masovian_voivodeship") is PlaceRelation.WITHIN
    assert relate_keys("antakya", "turkey") is PlaceRelation.WITHIN
    assert relate_keys("cologne", "munich") is PlaceRelation.DIFFERENT
    assert relate_keys("warsaw", "krakow") is PlaceRelation.DIFFERENT
    assert relate_keys("hatay", "gaziantep") is PlaceRelation.DIFFERENT


def test_every_added_place_lies_in_a_country() -> None:
    data = place_data()
    for key in ("vienna", "pristina", "doha", "mexico_city", "osaka", "izmir", "quebec"):
        assert data.country(key) is not None, key


_KOLN = "Bei dem Hochwasser in Köln starben nach Angaben der Feuerwehr 12 Menschen."


@pytest.mark.parametrize(
    ("lang", "text", "rivals"),
    [
        ("es", "En Colonia murieron 15 personas por las inundaciones, según la policía.", True),
        ("fr", "À Cologne, 15 personnes sont mortes dans les inondations, selon la police.", True),
        # another city, or the country that holds the city: never the city's rival
        ("es", "En Múnich murieron 15 personas por las inundaciones, según la policía.", False),
        ("fr", "À Lyon, 15 personnes sont mortes dans les inondations, selon la police.", False),
        ("es", "En Alemania murieron 15 personas por las inundaciones, según la policía.", False),
    ],
)
def test_a_citys_toll_in_two_languages_is_compared(lang: str, text: str, rivals: bool) -> None:
    report = story_report([("2025-07-15", "de", _KOLN), ("2025-07-15", lang, text)], "flood")
    assert bool(opposed(report)) is rivals


@pytest.mark.parametrize(
    ("lang", "text", "rivals"),
    [
        ("de", "In Warschau demonstrierten nach Angaben der Polizei 25.000 Menschen.", True),
        ("de", "In Krakau demonstrierten nach Angaben der Polizei 25.000 Menschen.", False),
    ],
)
def test_a_strike_in_warsaw_in_two_languages(lang: str, text: str, rivals: bool) -> None:
    fr = "Selon les syndicats, 40 000 personnes ont manifesté à Varsovie."
    report = story_report([("2025-07-15", "fr", fr), ("2025-07-15", lang, text)], "strike")
    assert bool(opposed(report)) is rivals


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le cap des 1 000 morts a été franchi mardi."),  # "le cap": a milestone
        ("ro", "Campania electorală a costat 5 milioane de lei."),  # "campania": the campaign
        ("it", "Virginia Raggi ha detto che 12 persone sono morte."),  # a first name
        ("de", "Die Löwen im Zoo: 12 Tiere starben."),  # "Löwen": lions
        ("en", "Vienna says 40 people died in the floods."),  # a capital: whose, not where
    ],
)
def test_no_place_read_from_a_word_or_a_capitals_say(lang: str, text: str) -> None:
    assert all(c.place_id is None for c in figures(text, lang).values())


def test_a_capital_is_marked() -> None:
    places = place_data().places
    assert all(places[k].capital for k in ("vienna", "prague", "doha", "algiers", "bern"))
    assert not places["tel_aviv"].capital
    assert not places["cologne"].capital
