"""What a head count counts when its clause says more (session 33, h112).

- Inmates who fled broke out (``[head_events]`` prisoners, fled): "41 inmates who fled
  the jail" are 41 escaped; only that head ("30 people fled the fire" stay people).
- An arrest of the escaped is their recapture (``told_by``): "police detained 12
  escapees" are 12 recaptured; an arrest of others stays arrested.
- "Affected" is said of a plain head of people only (``plain_only``): "affecting 90,000
  passengers" counts the passengers, "90,000 people affected" the affected.
- Hospitals are a count of their own (``hospitals``), named right after the figure
  only (``adjacent``): "27 werden naar ziekenhuizen gebracht" counts no hospitals.

The phrases are our own.
"""

from __future__ import annotations

import pytest

from crosscheck import Article, find_quantities
from crosscheck.claims import extract_claims


def _claim_units(text: str, language: str) -> list[str | None]:
    article = Article(id="u", text=text, language=language, published="2025-06-02")
    return [c.unit for c in extract_claims(article) if c.kind == "quantity"]


def _units(text: str, language: str) -> list[str | None]:
    return [q.unit for q in find_quantities(text, language)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Officials said 41 inmates who fled the northern jail are still sought."),
        ("ar", "قالت الشرطة إن 41 سجينا فروا ليلة السبت."),
        ("ru", "По данным полиции, бежали 41 заключённых из колонии на севере."),
        ("ru", "Полиция ищет 41 заключённых, бежавших из тюрьмы в субботу."),
        ("uk", "Поліція шукає 41 в'язнів, які втекли вночі."),
        ("pt", "A polícia procura 41 presos que fugiram durante a noite."),
        ("es", "La policía busca a 41 presos que huyeron durante la noche."),
    ],
)
def test_inmates_who_fled_are_escaped(language: str, text: str) -> None:
    assert "escaped" in _claim_units(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Some 300 people fled the fire on Sunday."),
        ("es", "Unas 300 personas huyeron del incendio el domingo."),
        ("pt", "Cerca de 300 pessoas fugiram das chamas no domingo."),
        ("de", "Rund 300 Menschen flohen am Sonntag vor dem Feuer."),
        ("ru", "Около 300 человек бежали от пожара в воскресенье."),
    ],
)
def test_people_who_fled_are_not_escaped(language: str, text: str) -> None:
    assert "escaped" not in _claim_units(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "В пятницу задержаны 12 беглецов из колонии."),
        ("uk", "У п'ятницю затримані 12 втікачів з колонії."),
        ("en", "Police arrested 12 escapees near the border."),
        ("es", "La policía detuvo a 12 reos fugados cerca de la frontera."),
        ("it", "La polizia ha arrestato 12 detenuti evasi vicino al confine."),
    ],
)
def test_an_arrest_of_the_escaped_is_their_recapture(language: str, text: str) -> None:
    assert _units(text, language)[-1] == "recaptured"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "В пятницу задержаны 12 человек."),
        ("uk", "У п'ятницю затримані 12 осіб."),
        ("en", "Police arrested 12 protesters near the border."),
    ],
)
def test_an_arrest_of_others_stays_an_arrest(language: str, text: str) -> None:
    assert "recaptured" not in _units(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The walkout grounded 800 flights, affecting some 90,000 passengers."),
        ("pt", "A greve cancelou 800 voos e foram afetados cerca de 90 mil passageiros."),
        ("es", "La huelga afectó a unos 90.000 pasajeros."),
        ("fr", "La grève a touché environ 90 000 passagers."),
        ("ca", "La vaga ha afectat uns 90.000 passatgers."),
        ("pl", "Strajk dotknął około 90 tysięcy pasażerów."),
        ("ar", "تأثر نحو 90 ألف مسافر بالإضراب."),
    ],
)
def test_affected_passengers_stay_passengers(language: str, text: str) -> None:
    assert _units(text, language)[-1] == "passengers"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The flood affected about 90,000 people."),
        ("es", "La riada afectó a unas 90.000 personas."),
        ("pt", "Cerca de 90 mil pessoas foram afetadas pelas cheias."),
        ("fr", "Les crues ont touché environ 90 000 personnes."),
        ("it", "Circa 90.000 persone sono state colpite dall'alluvione."),
    ],
)
def test_affected_people_stay_affected(language: str, text: str) -> None:
    assert _units(text, language)[-1] == "affected"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The outage shut down four hospitals across the region."),
        ("fr", "La panne a paralysé quatre hôpitaux de la région."),
        ("es", "El apagón paralizó cuatro hospitales públicos de la región."),
        ("de", "Der Stromausfall legte vier Krankenhäuser in der Region lahm."),
        ("it", "Il blackout ha paralizzato quattro ospedali della regione."),
        ("ro", "Pana de curent a paralizat patru spitale din regiune."),
        ("pl", "Awaria sparaliżowała cztery szpitale w regionie."),
    ],
)
def test_hospitals_are_counted(language: str, text: str) -> None:
    assert _units(text, language) == ["hospitals"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Van de gewonden werden er 14 naar ziekenhuizen in de regio gebracht."),
        ("en", "Of the injured, 14 to hospitals in the region were taken by road."),
        ("de", "Von den Verletzten kamen 14 in Krankenhäuser der Region."),
    ],
)
def test_a_word_between_names_no_hospitals(language: str, text: str) -> None:
    assert "hospitals" not in _units(text, language)
