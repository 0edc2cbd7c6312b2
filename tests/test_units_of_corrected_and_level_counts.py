"""Units of figures the fourth probe set showed unread (issue 7, frames).

A figure a source corrects in its sentence ("son 55.000, y no los 61.000
anunciados") counts what the figure it corrects counts (``[toll_nouns]
contrasts``); a count noun before a headline verb of change in the present
("cases rise to 112") and, in Russian and Ukrainian, before "уже"/"вже" with no
verb ("заболевших уже около 140") counts the figure after it.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _unit_of(text: str, lang: str, surface: str) -> str | None:
    (q,) = [q for q in find_quantities(text, language=lang) if surface in q.text]
    return q.unit


@pytest.mark.parametrize(
    ("lang", "text", "surface", "unit"),
    [
        (
            "es",
            "Son 55.000 refugiados, y no los 61.000 anunciados el jueves.",
            "61.000",
            "refugees",
        ),
        (
            "it",
            "Sono 55.000 rifugiati, non 61.000 comunicati giovedì.",
            "61.000",
            "refugees",
        ),
        ("en", "Officials counted 300 evacuees, not 500 reported earlier.", "500", "evacuated"),
        (
            "fr",
            "La police a compté 40 000 manifestants, et non 60 000 annoncés la veille.",
            "60 000",
            "protesters",
        ),
        (
            "de",
            "Die Polizei zählte 40.000 Demonstranten und nicht 60.000 gemeldete.",
            "60.000",
            "protesters",
        ),
        ("pt", "Foram 120 feridos, e não 150 anunciados ontem.", "150", "injured"),
        ("ru", "Погибли 12 человек, а не 15 объявленных ранее.", "15", "killed"),
        # an abbreviation's period ends no sentence
        (
            "en",
            "Some 300 evacuees were counted by 6 p.m. on Monday, not 500 reported earlier.",
            "500",
            "evacuated",
        ),
    ],
)
def test_a_corrected_figure_counts_what_its_correction_counts(
    lang: str, text: str, surface: str, unit: str
) -> None:
    assert _unit_of(text, lang, surface) == unit


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a sentence ends between them
        ("en", "Officials counted 300 evacuees. Not 500 of them came back.", "500"),
        # no correction word right before the figure
        ("es", "Son 55.000 refugiados, y los 61.000 anunciados el jueves eran otros.", "61.000"),
        # a figure of another order of size
        ("it", "Sono 55.000 rifugiati, non 2 come si temeva.", "2"),
        # a figure set against an amount of change is no correction of it
        ("en", "Sales rose 5% on the year, not 7 as forecast.", "7"),
    ],
)
def test_no_correction_no_unit(lang: str, text: str, surface: str) -> None:
    assert _unit_of(text, lang, surface) is None


@pytest.mark.parametrize(
    ("lang", "text", "surface", "unit"),
    [
        ("en", "School food poisoning: cases rise to 112, one dead", "112", "cases"),
        ("en", "Flu outbreak: cases fall to 40 on Monday", "40", "cases"),
        ("it", "I casi di morbillo sono scesi a 40.", "40", "cases"),
        ("ru", "По данным местных СМИ, заболевших уже около 140.", "140", "cases"),
        ("uk", "За даними місцевих ЗМІ, хворих вже близько 140.", "140", "patients"),
        # a status noun in the instrumental before "стали": "became its victims"
        ("ru", "Жертвами удара беспилотника по рынку стали 56 человек.", "56", "killed"),
    ],
)
def test_a_count_noun_before_its_level(lang: str, text: str, surface: str, unit: str) -> None:
    assert _unit_of(text, lang, surface) == unit


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # the noun is the subject of another clause
        ("en", "Prices rise to 112 euros a tonne.", "112"),
        ("ru", "Он работает там уже 15 лет.", "15"),
        ("ru", "Жертвами мошенников стали 56 пенсионеров.", "56"),  # no one killed
    ],
)
def test_no_count_noun_before_the_level(lang: str, text: str, surface: str) -> None:
    assert _unit_of(text, lang, surface) in (None, "eur", "years")
