"""The noun of the figure before is that figure's, not a toll for the next one.

"carried out 4,800 rescues and helped more than 30,000 people" read the 30,000 as
rescued: the status noun "rescues" stood in the sentence before it with no figure after
it, so it was taken as the subject of a toll. A status noun right after the digits of the
figure before counts that figure only, when a clause of its own (a verb, not a list
joiner, partitive or qualifier) stands between; a list still carries its status ("200
muertos y 150 personas en Marrakech") and a partitive still makes a part ("2,000 dead,
including 300 people", "Among the 300 dead were 40 children").
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Crews carried out 300 rescues and helped more than 5,000 people."),
        ("es", "Los bomberos realizaron 300 rescates y atendieron a más de 5.000 personas."),
        ("fr", "Les pompiers ont effectué 300 sauvetages et aidé 5 000 personnes."),
        ("it", "I soccorritori hanno tratto in salvo 300 sopravvissuti e assistito 5.000 persone."),
        ("de", "Die Helfer bargen 300 Überlebende und versorgten 5.000 Menschen."),
        ("pt", "Os bombeiros fizeram 300 resgates e assistiram 5.000 pessoas."),
    ],
)
def test_the_noun_of_the_figure_before_is_no_toll(language: str, text: str) -> None:
    rescued, helped = find_quantities(text, language)
    assert (rescued.unit, helped.unit) == ("rescued", "people")


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("es", "Hay 200 muertos y 150 personas en Marrakech.", "killed"),
        ("en", "The quake left 2,000 dead, including 300 people in Marrakech.", "killed"),
        ("en", "There were 40 injured, and the dead now number 12 people.", "killed"),
        ("es", "Hubo 40 heridos y los fallecidos ya son 12 personas.", "killed"),
        ("de", "Es gab 219 Todesopfer, darunter 50 Kinder.", "killed"),
        ("de", "Unter den 300 Flutopfern waren 40 Kinder.", "killed"),
        ("en", "Among the 300 dead were 40 children.", "killed"),
        ("fr", "Parmi les 300 morts figurent 40 enfants.", "killed"),
        ("es", "Entre los 300 muertos hay 40 niños.", "killed"),
    ],
)
def test_a_list_or_a_toll_still_gives_its_status(language: str, text: str, unit: str) -> None:
    assert find_quantities(text, language)[-1].unit == unit
