"""Figures that were not read at all: a count after a capitalised verb opening a
quoted or colon-led clause ("„Avem 45 de morți”") was taken for part of a name
("Boeing 787"), though a noun link and a counted noun follow it.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("ro", "Prefectul a declarat: „Avem 52 de răniți și doi morți”.", 52, "injured"),
        ("ro", "„Sunt 38 de morți”, a spus ministrul.", 38, "killed"),
        ("ro", "Bilanțul provizoriu: Avem 64 de dispăruți.", 64, "missing"),
        ("es", "El alcalde afirmó: «Tenemos 27 de heridos».", 27, "injured"),
    ],
)
def test_a_count_after_a_capitalised_verb_in_a_quote_is_read(
    lang: str, text: str, value: int, unit: str
) -> None:
    found = [q for q in find_quantities(text, language=lang) if q.low == value]
    assert found
    assert found[0].unit == unit


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ro", "Compania Boeing 787 de pe aeroport a fost reparată."),
        ("en", '"Windows 10 is dead," the analyst said.'),
    ],
)
def test_a_name_with_a_number_stays_a_name(lang: str, text: str) -> None:
    assert not [q for q in find_quantities(text, language=lang) if q.low in (787, 10)]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("nl", "Het dodental is vrijdagavond opgelopen tot 2031.", 2031),
        ("nl", "Het aantal doden staat inmiddels op 2019.", 2019),
        ("en", "The death toll has climbed to 2021, officials said.", 2021),
        ("de", "Die Zahl der Todesopfer ist auf 2012 gestiegen.", 2012),
        ("es", "El número de fallecidos subió a 2015 este martes.", 2015),
        ("fr", "Le bilan est passé à 2012 dans la nuit.", 2012),
        ("it", "Il bilancio delle vittime è salito a 2046.", 2046),
        ("pt", "O número de mortos subiu para 2012.", 2012),
        ("ru", "Число погибших выросло до 2012.", 2012),
    ],
)
def test_a_year_shaped_level_a_toll_reached_is_a_count(lang: str, text: str, value: int) -> None:
    found = [q for q in find_quantities(text, language=lang) if q.low == value]
    assert found
    assert found[0].unit == "killed"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The death toll rose in 2012 and 2013."),
        ("en", "The death toll has doubled compared with 2012."),
        ("en", "The death toll is the highest since 2012."),
        ("nl", "Het dodental is het hoogste sinds 2012."),
        ("de", "Die Zahl der Toten war seit 2012 nicht so hoch."),
        ("es", "La cifra de muertos es la peor desde 2012."),
        ("ru", "Число погибших выросло до 2012 года."),
        ("nl", "Het dodental tot 2012 was lager."),
    ],
)
def test_a_year_after_a_toll_stays_a_year(lang: str, text: str) -> None:
    assert not [q for q in find_quantities(text, language=lang) if q.low == 2012]


@pytest.mark.parametrize(
    ("lang", "text", "low", "high", "unit"),
    [
        ("es", "El número de heridos ya supera el millar.", 1000, None, "injured"),
        ("es", "Los desaparecidos superan el centenar.", 100, None, "missing"),
        ("fr", "Le bilan dépasse le millier de morts.", 1000, None, "killed"),
        ("it", "I dispersi sono ormai oltre il centinaio.", 100, None, "missing"),
        ("pt", "O número de mortos ultrapassa o milhar.", 1000, None, "killed"),
        ("ca", "Els ferits superen el miler.", 1000, None, "injured"),
        ("es", "Los heridos rondan el millar.", 1000, 1000, "injured"),
    ],
)
def test_a_counting_noun_after_an_article_is_read(
    lang: str, text: str, low: int, high: int | None, unit: str
) -> None:
    (q,) = find_quantities(text, language=lang)
    assert (q.low, q.high, q.unit) == (low, high, unit)


def test_a_qualifier_before_an_article_and_digits_stays_off() -> None:
    """ "more than the 2,000 troops pledged" compares with a known count: no bound."""
    (q,) = find_quantities("More than the 2,000 troops pledged arrived.", language="en")
    assert q.qualifier == "exact"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Unul dintre turiștii dați dispăruți a fost găsit.", "missing"),
        ("Potrivit poliției, unul din răniți se află în stare gravă.", "injured"),
    ],
)
def test_the_romanian_pronoun_one_before_a_partitive_is_one(text: str, unit: str) -> None:
    found = [q for q in find_quantities(text, language="ro") if q.low == 1]
    assert found
    assert found[0].unit == unit


@pytest.mark.parametrize(
    "text", ["Unul după altul, salvatorii au plecat.", "Nu a rămas nici unul în sat."]
)
def test_the_romanian_pronoun_one_elsewhere_is_no_figure(text: str) -> None:
    assert not [q for q in find_quantities(text, language="ro") if q.low == 1]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("es", "El número de heridos subió hasta 340 el jueves.", 340),
        ("pt", "O número de mortos subiu até 1800, disse o governo.", 1800),
        ("it", "Il numero dei dispersi è salito fino a 95.", 95),
        ("ro", "Numărul răniților a crescut până la 212.", 212),
        ("fr", "Le nombre de blessés a grimpé jusqu'à 340.", 340),
        ("de", "Die Zahl der Verletzten stieg bis zu 87.", 87),
    ],
)
def test_up_to_after_a_verb_of_change_is_the_level(lang: str, text: str, value: int) -> None:
    (q,) = find_quantities(text, language=lang)
    assert (q.low, q.high, q.qualifier) == (value, value, "exact")


def test_up_to_without_a_verb_of_change_stays_a_bound() -> None:
    (q,) = find_quantities("Se esperan hasta 500 evacuados.", language="es")
    assert (q.low, q.high, q.qualifier) == (None, 500, "up_to")


def test_until_a_year_after_a_verb_of_change_stays_a_year() -> None:
    assert find_quantities("Die Zahl der Verletzten stieg bis 2012 nicht.", language="de") == []
