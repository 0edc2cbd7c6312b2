"""Places covered together ("in Turkey and Syria") and the totals of several countries.

A toll given for two countries that no listed place holds is one figure of
both ("syria+turkey"): it holds each country's own toll, so the countries'
figures are parts of it, never rival figures.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.claims._frames import PlaceRelation, relate_keys
from crosscheck.lang._places import joined_places
from tests._articles import quantities


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The combined death toll in Turkey and Syria rose above 11,000 on Wednesday."),
        ("de", "Bei dem Beben in der Türkei und in Syrien starben mehr als 11.000 Menschen."),
        ("it", "Il bilancio in Turchia e Siria supera gli 11.000 morti."),
        ("ru", "Число погибших в Турции и Сирии превысило 11 000."),
        ("pl", "Liczba ofiar w Turcji i Syrii przekroczyła 11 tysięcy."),
        ("es", "El balance en Turquía y Siria supera los 11.000 muertos."),
        ("ar", "ارتفعت حصيلة الزلزال في تركيا وسوريا إلى أكثر من 11 ألف قتيل."),
    ],
)
def test_two_countries_listed_are_one_joined_place(lang: str, text: str) -> None:
    (toll,) = quantities(text, lang)
    assert toll.place_id == "syria+turkey"


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        # an apposition names where the first place lies: not a list
        ("en", "In Valencia, Spain, 217 people died.", "valencia"),
        # a verb between two names: the second says whose, not where
        ("en", "The war in Ukraine has cost Russia 315,000 dead and injured.", "ukraine"),
        # one country holds both places: their holder, not a join
        ("es", "En Valencia y Albacete murieron 220 personas.", "spain"),
        # a country after the list that opens a new clause is its subject, not a place
        ("en", "Floods killed 30 people in Kenya and Tanzania declared an emergency.", "kenya"),
        (
            "es",
            "Las inundaciones mataron a 30 personas en Kenia y Tanzania decretó la emergencia.",
            "kenya",
        ),
        ("ru", "Наводнения убили 30 человек в Кении и Танзания объявила режим ЧС.", "kenya"),
        ("en", "An airstrike killed 30 people in Gaza, Israel said it had targeted Hamas.", "gaza"),
        (
            "en",
            "Floods killed 120 people in Spain and France's government said more was due.",
            "spain",
        ),
        # Arabic "and" glued to a word: "وسرت" here is "and (the water) flowed", no Sirte
        ("ar", "قتل 50 شخصا في ليبيا وسرت المياه في الشوارع.", "libya"),
    ],
)
def test_no_join_where_the_names_are_no_list_of_countries(lang: str, text: str, place: str) -> None:
    (toll,) = quantities(text, lang)
    assert toll.place_id is not None
    assert "+" not in toll.place_id
    assert toll.place_id.startswith(place)


def test_joined_places_needs_known_places() -> None:
    assert joined_places(["turkey", "syria"]) == "syria+turkey"
    assert joined_places(["turkey", "~gaziantep"]) is None
    assert joined_places(["turkey"]) is None
    assert joined_places(["syria+turkey", "lebanon"]) == "lebanon+syria+turkey"


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("syria+turkey", "turkey", PlaceRelation.CONTAINS),
        ("turkey", "syria+turkey", PlaceRelation.WITHIN),
        ("syria+turkey", "syria+turkey", PlaceRelation.SAME),
        ("lebanon+syria+turkey", "syria+turkey", PlaceRelation.CONTAINS),
        ("syria+turkey", "libya", PlaceRelation.DIFFERENT),
        ("syria+turkey", "lebanon+syria", PlaceRelation.UNKNOWN),
        ("libya+morocco", "derna", PlaceRelation.CONTAINS),
    ],
)
def test_a_joined_place_holds_its_members(a: str, b: str, relation: PlaceRelation) -> None:
    assert relate_keys(a, b) is relation


@pytest.mark.parametrize(
    ("lang", "text", "total"),
    [
        (
            "fr",
            "Le bilan s'élève à plus de 11 200 morts : 8 574 en Turquie et au moins 2 662 "
            "en Syrie.",
            "plus de 11 200 morts",
        ),
        (
            "en",
            "Floods killed 12 people in Austria and 7 in the Czech Republic, 19 in all.",
            "19",
        ),
        (
            "de",
            "In Österreich starben 12 Menschen. In Tschechien kamen 7 ums Leben. "
            "Insgesamt starben damit 19 Menschen.",
            "19 Menschen",
        ),
        (
            "es",
            "Al menos 40 muertos en total: 31 en España y 9 en Portugal.",
            "Al menos 40 muertos",
        ),
    ],
)
def test_a_total_of_two_countries_covers_both(lang: str, text: str, total: str) -> None:
    claims = {c.text: c for c in quantities(text, lang)}
    whole = claims[total]
    assert whole.place_id is not None
    assert "+" in whole.place_id
    assert len(whole.place_id.split("+")) == 2


def test_an_open_total_sums_its_parts_only_within_slack() -> None:
    # 8,574 and 2,662 make 11,236: "more than 11,200" is their total; "more than
    # 10,000" is not (the parts overshoot it by far more than a rounding)
    text = "Le bilan dépasse les 10 000 morts : 8 574 en Turquie et au moins 2 662 en Syrie."
    claims = {c.text: c for c in quantities(text, "fr")}
    whole = next(c for t, c in claims.items() if "10 000" in t)
    assert whole.place_id is None


def _articles() -> list[crosscheck.Article]:
    rows = [
        (
            "en",
            "The combined death toll in Turkey and Syria rose above 11,000 on Wednesday. "
            "Turkish officials said 8,574 people had died in Turkey.",
        ),
        (
            "de",
            "In der Türkei stieg die Zahl der Toten auf 8574. In Syrien wurden mindestens "
            "2530 Tote gemeldet. Insgesamt starben damit mehr als 11.000 Menschen.",
        ),
        (
            "fr",
            "Le bilan s'élève à plus de 11 200 morts : 8 574 en Turquie et au moins 2 662 "
            "en Syrie.",
        ),
        ("it", "In Turchia i morti sono 8.574."),
    ]
    return [
        crosscheck.Article(id=f"a{i}", text=text, language=lang, published="2023-02-08")
        for i, (lang, text) in enumerate(rows)
    ]


def test_a_country_toll_is_no_rival_of_the_joined_total() -> None:
    report = crosscheck.report(_articles())
    assert not [f for f in report.findings if f.kind == "conflict"]
    totals = [c for c in report.claims if c.place_id == "syria+turkey"]
    assert len(totals) == 3
    # the three totals are one quantity: over 11,000 and over 11,200 agree
    grouped = [f for f in report.findings if {c.id for c in totals} <= {c.id for c in f.claims}]
    assert grouped


def test_readings_of_one_toll_are_no_parts_of_a_total() -> None:
    text = (
        "Officials said 600 people had died by Monday. On Tuesday the toll reached 620. "
        "In total, more than 1,200 people have been killed in the region since 2020."
    )
    claims = quantities(text, "en")
    assert all(c.part_of is None for c in claims)
