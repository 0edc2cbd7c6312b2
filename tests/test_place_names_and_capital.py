"""Places that split one quantity: regions and cities news often cites (places.toml, in
several languages and cases), and "the capital" as the home country's capital
(``extract._frame._capital_hits``; docs/semantics.md, "Frame fields")."""

from __future__ import annotations

import pytest

from crosscheck import Article
from crosscheck.claims import Claim, extract_claims

PUBLISHED = "2025-05-10"


def _claims(text: str, language: str) -> list[Claim]:
    article = Article(id="n", text=text, language=language, published=PUBLISHED)
    return [c for c in extract_claims(article) if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        ("uk", "У Закарпатській області загинули 5 людей.", "zakarpattia_oblast"),
        ("ru", "В Закарпатской области погибли 5 человек.", "zakarpattia_oblast"),
        ("pl", "Na Zakarpaciu zginęło 5 osób.", "zakarpattia_oblast"),
        ("fr", "En Transcarpatie, 5 personnes sont mortes.", "zakarpattia_oblast"),
        ("en", "Five people died in Transcarpathia.", "zakarpattia_oblast"),
        ("ru", "В Курской области погибли 5 человек.", "kursk"),
        ("uk", "У Курській області загинули 5 людей.", "kursk"),
        ("pl", "W obwodzie kurskim zginęło 5 osób.", "kursk"),
        ("uk", "На Харківщині загинули 5 людей.", "kharkiv_oblast"),
        ("de", "In der Region Kiew starben 5 Menschen.", "kyiv_oblast"),
        ("fr", "À Lyon, 75 personnes ont été blessées.", "lyon"),
        ("es", "En Marsella murieron 5 personas.", "marseille"),
        ("pt", "No Porto morreram 5 pessoas.", "porto"),
        ("pl", "W Krakowie zginęło 5 osób.", "krakow"),
        ("uk", "В Одесі загинули 5 людей.", "odesa"),
        ("uk", "У Чернігові загинули 3 людини.", "chernihiv_oblast"),
        ("uk", "На Волині загинули 3 людини.", "volyn_oblast"),
    ],
)
def test_regions_and_cities_in_the_news_are_known_places(
    language: str, text: str, key: str
) -> None:
    (claim,) = _claims(text, language)
    assert claim.place_id == key


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Morreram 5 pessoas no porto de Lisboa."),
        ("it", "Sono morte 5 persone nel porto di Genova."),
    ],
)
def test_a_common_noun_port_is_no_city(language: str, text: str) -> None:
    assert all(c.place_id != "porto" for c in _claims(text, language))


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        ("uk", "Україна під ударом. У столиці загинули 5 людей.", "kyiv"),
        ("ru", "Украина под ударом. В столице погибли 5 человек.", "kyiv"),
        ("pl", "Ukraina pod ostrzałem. W stolicy zginęło 5 osób.", "kyiv"),
        ("en", "Ukraine was attacked overnight. In the capital, 5 people died.", "kyiv"),
        ("fr", "La France est en grève. Dans la capitale, 95 000 ont défilé.", "paris"),
        ("es", "España sufre la DANA. En la capital, 13 personas murieron.", "madrid"),
        ("ar", "هجوم على أوكرانيا. قتل 5 أشخاص في العاصمة.", "kyiv"),
    ],
)
def test_the_capital_is_the_home_countrys(language: str, text: str, key: str) -> None:
    assert _claims(text, language)[-1].place_id == key


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a lower-case word after the noun says whose capital it is
        ("ru", "Украина под ударом. В столице региона погибли 5 человек."),
        ("fr", "La France est en grève. Dans la capitale régionale, 95 000 manifestants."),
        ("en", "Ukraine was attacked overnight. In the capital of the region, 5 people died."),
        # another place in the sentence: the capital may be that region's
        ("es", "España sufre la DANA. 62 vecinos de Paiporta, 13 personas en la capital."),
        # no home country: no capital
        ("en", "In the capital, 5 people died."),
    ],
)
def test_a_qualified_or_ambiguous_capital_is_not_the_home_capital(language: str, text: str) -> None:
    assert all(c.place_id not in ("kyiv", "paris", "madrid") for c in _claims(text, language))


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        (
            "es",
            "España sufre la DANA. Murieron 62 vecinos de Paiporta, 13 personas en el mismo"
            " municipio y 6 en Chiva.",
            "~paiporta",
        ),
        (
            "fr",
            "La France brûle. On compte 62 morts à Lyon, 13 blessés dans la même commune.",
            "lyon",
        ),
        ("en", "Spain floods. 62 died in Paiporta, 13 people in the same town.", "~paiporta"),
        ("it", "Alluvione in Italia. 62 morti a Faenza, 13 feriti nello stesso comune.", "~faenza"),
        (
            "ro",
            "Inundații în România. 62 de morți la Galați, 13 răniți în același oraș.",
            "~galati",
        ),
    ],
)
def test_the_same_place_is_the_place_named_before(language: str, text: str, key: str) -> None:
    assert _claims(text, language)[1].place_id == key


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "En el mismo municipio murieron 5 personas."),
        ("fr", "Dans la même commune, 5 maisons ont brûlé."),
    ],
)
def test_the_same_place_with_nothing_named_before_is_no_place(language: str, text: str) -> None:
    assert all(c.place_id is None for c in _claims(text, language))


def test_a_place_other_than_same_keeps_its_own_phrase() -> None:
    text = (
        "España sufre la DANA. Murieron 62 vecinos de Paiporta, 13 personas en el barrio"
        " de La Torre."
    )
    assert _claims(text, "es")[1].place_id == "~barrio_de_la_torre"


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        # a listed province: the compass part of the country says where it lies
        (
            "pt",
            "Moçambique enfrenta a cólera. A província de Nampula registou 18 óbitos no norte do"
            " país.",
            "nampula",
        ),
        (
            "fr",
            "Le Mozambique fait face au choléra. La province de Nampula, dans le nord du pays, a"
            " enregistré 18 morts.",
            "nampula",
        ),
        # an unlisted one, credited by a count verb, with the compass part after the figure
        (
            "pt",
            "Angola enfrenta a cólera. A província de Benguela registou 18 óbitos no sul do país.",
            "~benguela",
        ),
        (
            "en",
            "Angola faces cholera. The province of Cunene recorded 18 deaths in the south of the"
            " country.",
            "~cunene",
        ),
        # an unlisted one opening the sentence, set in a part of the country by an apposition
        (
            "fr",
            "L'Angola fait face au choléra. La province de Cunene, dans le sud du pays, compte"
            " 18 morts.",
            "~cunene",
        ),
        (
            "es",
            "Angola afronta el cólera. La provincia de Cunene, en el sur del país, suma 18"
            " muertos.",
            "~cunene",
        ),
        (
            "en",
            "Angola faces cholera. The province of Cunene, in the south of the country, has seen"
            " 18 deaths.",
            "~cunene",
        ),
    ],
)
def test_a_compass_part_of_the_country_says_where_a_named_place_lies(
    language: str, text: str, key: str
) -> None:
    (claim,) = _claims(text, language)
    assert claim.place_id == key


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        (
            "pt",
            "Moçambique enfrenta a cólera. No norte do país morreram 18 pessoas.",
            "mozambique:north",
        ),
        # a kind word with no name after it names no place
        (
            "fr",
            "Le Mozambique fait face au choléra. La province, dans le nord du pays, compte 18"
            " morts.",
            "mozambique:north",
        ),
        # an office of a place ("la préfecture de police") is no place name
        (
            "fr",
            "La France est en grève. La préfecture de police a compté 95 000 manifestants.",
            None,
        ),
    ],
)
def test_a_compass_part_without_a_named_place_stays(
    language: str, text: str, key: str | None
) -> None:
    (claim,) = _claims(text, language)
    assert claim.place_id == key
