"""What happened to the people counted, said after the figure.

Our own sentences, written as wire copy of a train crash, a bus crash and a poisoning.
A fronted partitive names a whole whose part a later figure counts: "Von den 40 Insassen
starben zwölf", "De los 40 pasajeros murieron doce", "Dei 40 passeggeri sono morti in
dodici" count twelve dead among forty, so the status said before the part is the
part's, never the whole's; with no figure after the status the whole takes it ("Von den
40 Insassen starben alle", "40 Insassen starben"). Arabic "أصيب" (was struck) says
injured only until the harm after the figure names it: "أصيب 55 طفلاً بالتسمم" counts the
poisoned, "أصيب 55 شخصا بجروح" the injured.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _units(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.unit) for q in find_quantities(text, language)]


def _unit(text: str, language: str, surface: str) -> str | None:
    found = [q for q in find_quantities(text, language) if q.text.startswith(surface)]
    assert found, _units(text, language)
    return found[0].unit


@pytest.mark.parametrize(
    ("language", "text", "whole", "whole_unit", "part"),
    [
        ("de", "Von den 40 Insassen starben zwölf.", "40", "people", "zwölf"),
        ("de", "Von den 40 Verletzten starben zwölf.", "40", "injured", "zwölf"),
        ("es", "De los 40 pasajeros murieron doce.", "40", "passengers", "doce"),
        ("it", "Dei 40 passeggeri sono morti in dodici.", "40", "passengers", "dodici"),
    ],
)
def test_a_fronted_whole_keeps_its_noun_and_the_part_is_the_dead(
    language: str, text: str, whole: str, whole_unit: str, part: str
) -> None:
    assert _unit(text, language, whole) == whole_unit
    assert _unit(text, language, part) == "killed"


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("de", "Von den 40 Insassen starben alle.", "40"),
        ("de", "40 Insassen starben bei dem Unglück.", "40"),
        ("es", "Murieron 40 pasajeros en el accidente.", "40"),
        ("de", "Im Jahr 2019 starben 40 Menschen.", "40 Menschen"),
    ],
)
def test_with_no_part_after_it_the_figure_takes_the_status(
    language: str, text: str, surface: str
) -> None:
    assert _unit(text, language, surface) == "killed"


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("أصيب 55 طفلاً بالتسمم في المدرسة.", "55", "poisoned"),
        ("أصيب 40 شخصا بالتسمم الغذائي.", "40", "poisoned"),
        ("أصيب 55 شخصا بجروح.", "55", "injured"),
        ("أصيب 55 شخصا بجروح خطيرة بعد التسمم.", "55", "injured"),
    ],
)
def test_the_harm_after_an_arabic_figure_names_it(text: str, surface: str, unit: str) -> None:
    assert _unit(text, "ar", surface) == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The blast injured 40 people."),
        ("fr", "L'explosion a blessé 40 personnes."),
    ],
)
def test_an_injuring_verb_elsewhere_still_counts_the_injured(language: str, text: str) -> None:
    assert _unit(text, language, "40") == "injured"


@pytest.mark.parametrize(
    ("language", "text", "surface", "unit"),
    [
        ("de", "Von den 40 Millionen Euro Hilfe flossen zwölf Millionen nach Bayern.", "40", "eur"),
        ("es", "Del 40% de los heridos murieron doce.", "40%", "percent"),
        ("ar", "أصيب 55% من الأطفال بالتسمم.", "55%", "percent"),
    ],
)
def test_a_sum_or_a_share_keeps_its_unit(language: str, text: str, surface: str, unit: str) -> None:
    assert _unit(text, language, surface) == unit


@pytest.mark.parametrize(
    ("language", "text", "surface", "unit"),
    [
        ("en", "Of the 40 firefighters injured, two died.", "40", "injured"),
        ("es", "De los 40 bomberos heridos, dos murieron.", "40", "injured"),
    ],
)
def test_a_status_the_comma_closes_is_the_wholes(
    language: str, text: str, surface: str, unit: str
) -> None:
    assert _unit(text, language, surface) == unit
