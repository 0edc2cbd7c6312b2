"""Figure extraction classes the probes5 set showed (session 32), as general rules.

1. A service's telephone number right after its noun is the service's name, no figure.
2. A figure hyphenated to a noun that is no unit counts that noun, never the status of
   its sentence.
3. An Arabic dual counts what its singular counts, listed in the units or not.
4. One word that is a factor ("ninefold", "neunmal höher") is a ratio.
5. A number word above two heading its own plural noun is a claim.

The phrases are our own, not the probe articles'.
"""

from __future__ import annotations

import pytest

from crosscheck import Article, find_quantities
from crosscheck.claims import extract_claims


def _read(text: str, lang: str) -> list[tuple[str, float | None, str | None]]:
    return [
        (q.text, float(q.low) if q.low is not None else None, q.unit)
        for q in find_quantities(text, lang)
    ]


# 1. service numbers ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "number"),
    [
        ("es", "Según el servicio de emergencias 112, hay cinco heridos leves.", 112),
        ("ca", "El servei d'emergències 061 atén 14 ferits.", 61),
        ("en", "The ambulance service 999 took 12 people to hospital.", 999),
        ("fr", "Le SAMU 17 a pris en charge 12 blessés.", 17),
        ("de", "Der Rettungsdienst 112 meldete 14 Verletzte.", 112),
        ("pl", "Numer alarmowy 112 przyjął 300 zgłoszeń rannych.", 112),
    ],
)
def test_a_service_number_is_no_figure(lang: str, text: str, number: int) -> None:
    assert all(value != number for _, value, _ in _read(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a unit after it: a figure of its own
        ("en", "The emergency services 15 minutes later found the car.", 15),
        # no service noun before it: a count
        ("es", "Los servicios sanitarios atendieron a 112 heridos.", 112),
        ("it", "Soccorsi 118 feriti dopo il crollo.", 118),
    ],
)
def test_a_number_not_after_a_service_noun_stays(lang: str, text: str, value: int) -> None:
    assert any(v == value for _, v, _ in _read(text, lang))


# 2. hyphenated figure adjectives ---------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("en", "Three dead in 30-car crash on the motorway", 30, None),
        ("en", "Five injured as fire guts 12-storey tower", 12, None),
        # a noun the data holds ("vehicle") is the figure's unit; still no status
        ("en", "Two killed in 20-vehicle pile-up", 20, "vehicles"),
    ],
)
def test_a_hyphened_figure_takes_no_status(
    lang: str, text: str, value: int, unit: str | None
) -> None:
    found = [(v, u) for _, v, u in _read(text, lang) if v == value]
    assert found == [(value, unit)]


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        ("en", "Clashes during the 3-day strike", "days"),  # a unit after the hyphen
        ("en", "It costs $10-a-month", "usd"),  # money keeps its unit
        ("es", "Dos muertos en un choque de 30 vehículos", "vehicles"),
    ],
)
def test_a_unit_after_the_hyphen_stays(lang: str, text: str, unit: str) -> None:
    assert unit in [u for _, _, u in _read(text, lang)]


# 3. Arabic duals -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("وقُتل نزيلان خلال محاولة الفرار.", "killed"),
        ("أصيب عاملان في الانفجار.", "injured"),
        ("أفرجت السلطات عن سجينين.", "prisoners"),
        ("قتل صحفيان في القصف.", "killed"),
    ],
)
def test_an_arabic_dual_counts_two(text: str, unit: str) -> None:
    assert [(v, u) for _, v, u in _read(text, "ar")] == [(2, unit)]


def test_a_dual_with_the_article_counts_none() -> None:
    # "the two prisoners": two counted already
    assert _read("تحدث السجينان إلى المحققين.", "ar") == []


# 4. factors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("ro", "nivelul de nitrați este de șapte ori peste limita legală", 7),
        ("de", "Der Nitratwert lag achtmal höher als erlaubt", 8),
        ("de", "Die Belastung ist zehnfach erhöht", 10),
        ("nl", "de concentratie was zesmaal hoger dan toegestaan", 6),
        ("pl", "norma została pięciokrotnie przekroczona", 5),
        ("ru", "концентрация втрое выше нормы", 3),
        ("uk", "рівень удвічі перевищує норму", 2),
        ("en", "a sevenfold rise in admissions", 7),
        ("pl", "zakażeń jest dwukrotnie więcej niż przed rokiem", 2),
        ("pl", "stężenie było trzykrotnie wyższe od dopuszczalnego", 3),
        ("pl", "liczba pacjentów dwukrotnie wzrosła w ciągu tygodnia", 2),
    ],
)
def test_one_word_factor(lang: str, text: str, value: int) -> None:
    assert (value, "times") in [(v, u) for _, v, u in _read(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Er wurde dreimal festgenommen."),  # how often, no factor
        ("nl", "Hij werd viermaal veroordeeld."),
        # pl "-krotnie" of two to four is as often how often as a factor (review)
        ("pl", "Policja dwukrotnie interweniowała w nocy."),
        ("pl", "Żołnierz był trzykrotnie ranny na froncie."),
        ("pl", "Rząd czterokrotnie przesuwał termin wyborów."),
    ],
)
def test_how_often_is_no_factor(lang: str, text: str) -> None:
    assert all(u != "times" for _, _, u in _read(text, lang))


# 5. a number word heading its own plural noun --------------------------------------


def _claimed(text: str, lang: str) -> list[tuple[str, float | None]]:
    article = Article(id="a", text=text, language=lang, published="2025-03-01")
    return [
        (c.text, float(c.low) if c.low is not None else None)
        for c in extract_claims(article)
        if c.kind == "quantity"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "Four regional airports suspended flights on Monday, officials said.", 4),
        ("fr", "Cinq écoles primaires restent fermées, selon la préfecture.", 5),
        ("es", "Seis ayuntamientos declararon la emergencia, según el Gobierno.", 6),
        ("nl", "Volgens de dienst zijn zeventien bedrijven gesloten.", 17),
        ("fr", "Douze d'entre eux ont été arrêtés, selon la police.", 12),
    ],
)
def test_a_number_word_heading_a_plural_is_a_claim(lang: str, text: str, value: int) -> None:
    assert value in [v for _, v in _claimed(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ro", "Cele trei state au semnat acordul, a anunțat ministerul."),  # named again
        ("en", "The three airports reopened on Monday, officials said."),
        ("en", "Both sides met twice, officials said."),
        ("es", "Las dos partes firmaron el acuerdo, según el Gobierno."),  # two or fewer
    ],
)
def test_no_claim_of_a_set_named_again(lang: str, text: str) -> None:
    assert _claimed(text, lang) == []
