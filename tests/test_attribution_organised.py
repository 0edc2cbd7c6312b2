"""Who organised the marches, rallies or strikes gives their count.

"Sindicatele organizaseră peste 250 de marșuri", "Les syndicats ont organisé plus de 250
manifestations": organising is a deed (``[attribution] deed_verbs``), and its doer is
credited with the events it organised, for that figure only.
"""

from __future__ import annotations

import pytest

from tests._articles import credits

ORGANISED = [
    ("en", "The unions organised more than 250 marches across the country.", "The unions"),
    ("es", "Los sindicatos organizaron más de 250 marchas en todo el país.", "Los sindicatos"),
    (
        "fr",
        "Les syndicats ont organisé plus de 250 manifestations dans tout le pays.",
        "Les syndicats",
    ),
    ("it", "I sindacati hanno organizzato oltre 250 cortei in tutto il Paese.", "I sindacati"),
    (
        "de",
        "Die Gewerkschaften organisierten mehr als 250 Kundgebungen im ganzen Land.",
        "Die Gewerkschaften",
    ),
    ("nl", "De vakbonden organiseerden meer dan 250 marsen in het hele land.", "De vakbonden"),
    ("pt", "Os sindicatos organizaram mais de 250 marchas em todo o país.", "Os sindicatos"),
    ("pl", "Związki zawodowe zorganizowały ponad 250 marszów w całym kraju.", "Związki zawodowe"),
    ("ro", "Sindicatele organizaseră peste 250 de marșuri în toată țara.", "Sindicatele"),
    ("ru", "Профсоюзы организовали более 250 маршей по всей стране.", "Профсоюзы"),
    ("uk", "Профспілки організували понад 250 маршів по всій країні.", "Профспілки"),
    ("ca", "Els sindicats han organitzat més de 250 marxes a tot el país.", "Els sindicats"),
]

# the deed's credit covers its own figure only
NEXT_FIGURE = [
    ("en", "The unions organised 250 marches. Another 40 were cancelled because of the rain."),
    ("es", "Los sindicatos organizaron 250 marchas. Otras 40 fueron canceladas."),
]


@pytest.mark.parametrize(("lang", "text", "source"), ORGANISED)
def test_the_organiser_gives_the_count_of_what_it_organised(
    lang: str, text: str, source: str
) -> None:
    assert credits(text, lang) == [source]


@pytest.mark.parametrize(("lang", "text"), NEXT_FIGURE)
def test_the_organiser_credit_stops_at_its_figure(lang: str, text: str) -> None:
    first, second = credits(text, lang)
    assert first is not None
    assert second is None


def test_a_subject_no_source_noun_names_credits_no_one() -> None:
    assert credits("Students organised 40 sit-ins last year.", "en") == [None]
