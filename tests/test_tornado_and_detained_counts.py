"""Storms counted and the detained: what a figure beside them counts.

Our own sentences, written as wire copy of a tornado outbreak and of a crackdown on a
protest. Tornadoes counted ("dozens of tornadoes", "74 tornado reports", "41 tornad",
"23 торнадо") are a count of the storms (``tornadoes``), never of the dead the same
sentence counts; a year, a percentage or a sum beside the word stays what it is. In
Russian "задержанных" (the detained) counts those arrested, as Ukrainian "затриманих"
does, while "военнопленных" and "заключённых" stay prisoners.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _unit(text: str, language: str, surface: str) -> str | None:
    """The unit of the figure whose text starts with ``surface``."""
    found = [q for q in find_quantities(text, language) if q.text.startswith(surface)]
    assert found, [q.text for q in find_quantities(text, language)]
    return found[0].unit


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        (
            "en",
            "At least 18 people were killed when dozens of tornadoes struck overnight.",
            "dozens",
        ),
        ("en", "The National Weather Service said it had received 74 tornado reports.", "74"),
        ("es", "El servicio meteorológico confirmó 41 tornados en tres estados.", "41"),
        ("pt", "O serviço meteorológico confirmou 41 tornados em três estados.", "41"),
        ("fr", "Le service météorologique a recensé 41 tornades en deux jours.", "41"),
        ("de", "Der Wetterdienst zählte bislang 41 Tornados in drei Bundesstaaten.", "41"),
        ("nl", "De weerdienst telde 41 tornado's in drie staten.", "41"),
        ("pl", "Służba meteorologiczna potwierdziła dotąd 41 tornad.", "41"),
        ("ro", "Serviciul meteorologic a confirmat 41 de tornade.", "41"),
        ("ru", "Метеослужба зафиксировала 41 торнадо в трёх штатах.", "41"),
    ],
)
def test_tornadoes_counted_are_storms(language: str, text: str, surface: str) -> None:
    assert _unit(text, language, surface) == "tornadoes"


@pytest.mark.parametrize(
    ("language", "text", "surface", "unit"),
    [
        (
            "en",
            "At least 18 people were killed when dozens of tornadoes struck.",
            "At least 18",
            "killed",
        ),
        ("es", "Los tornados dejaron 23 muertos en Oklahoma.", "23", "killed"),
        ("de", "Die Tornados töteten 25 Menschen.", "25", "killed"),
        ("en", "Tornado damage rose 12% from last year.", "12%", "percent"),
    ],
)
def test_the_dead_of_tornadoes_stay_the_dead(
    language: str, text: str, surface: str, unit: str
) -> None:
    assert _unit(text, language, surface) == unit


@pytest.mark.parametrize(
    ("language", "text", "surface", "unit"),
    [
        (
            "ru",
            "Число задержанных после протестов превысило 1600 человек.",
            "превысило 1600",
            "arrested",
        ),
        ("ru", "По данным правозащитников, задержаны 1600 человек.", "1600", "arrested"),
        ("uk", "Кількість затриманих перевищила 1600 осіб.", "перевищила 1600", "arrested"),
        ("ru", "Стороны обменялись 250 военнопленных.", "250", "prisoners"),
        ("ru", "В колонии содержатся 900 заключённых.", "900", "prisoners"),
    ],
)
def test_the_detained_are_arrested_and_prisoners_stay(
    language: str, text: str, surface: str, unit: str
) -> None:
    assert _unit(text, language, surface) == unit
