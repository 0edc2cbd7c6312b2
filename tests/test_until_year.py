"""A year after a word that means both "up to" and "until" is a date, not a count.

"до 2027 года", "do 2027 roku", "fino al 2027", "até 2027" say when a plan
ends; "до 2000 человек" (up to 2,000 people) is still a count. And a word that
folds to a month name but is written with other letters ("mają", they have,
against "maja", of May) is no month.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities
from crosscheck.extract._document import Document
from crosscheck.lang import get_language


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Германия разместит в Литве около 4800 военных до 2027 года."),
        ("uk", "Німеччина розмістить у Литві близько 4800 військових до 2027 року."),
        ("pl", "Niemcy mają rozmieścić na Litwie około 4800 żołnierzy do 2027 roku."),
        ("it", "La Germania schiererà circa 4.800 soldati in Lituania fino al 2027."),
        ("pt", "A Alemanha vai manter 4.800 soldados na Lituânia até 2027."),
        ("ca", "Alemanya mantindrà 4.800 soldats a Lituània fins al 2027."),
        ("es", "Alemania mantendrá 4.800 soldados en Lituania hasta 2027."),
    ],
)
def test_until_a_year_is_no_figure(lang: str, text: str) -> None:
    (q,) = find_quantities(text, language=lang)
    assert q.low == 4800


@pytest.mark.parametrize(
    ("lang", "text", "high"),
    [
        ("ru", "Эвакуированы до 2000 человек.", 2000),
        ("it", "Sono stati evacuati fino a 2000 persone.", 2000),
        ("pt", "Foram retiradas até 2000 pessoas.", 2000),
    ],
)
def test_up_to_a_year_shaped_count_of_people_stays(lang: str, text: str, high: int) -> None:
    (q,) = find_quantities(text, language=lang)
    assert q.high == high
    assert q.qualifier == "up_to"


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Niemcy mają rozmieścić na Litwie 4800 żołnierzy.", []),
        ("Umowę podpisano 3 maja 2025 roku.", ["2025-05-03"]),
        ("Umowę podpisano 3 maja.", [None]),
    ],
)
def test_a_word_written_apart_from_a_month_is_none(text: str, months: list[str | None]) -> None:
    doc = Document(text, get_language("pl"))
    assert [d.value for d in doc.dates] == months


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Россия может развернуть до 2000 дополнительных военных.", "troops"),
        ("Число погибших может вырасти до 2000.", "killed"),
        ("Убиты 300 человек, а раненых до 2000.", "injured"),
    ],
)
def test_a_count_after_do_stays_a_count(text: str, unit: str) -> None:
    figures = [q for q in find_quantities(text, language="ru") if q.high == 2000]
    assert len(figures) == 1
    assert figures[0].unit == unit
