"""The people an evacuation noun counts right before their figure are the evacuated.

"After the evacuation of about 20,000 residents" counts the evacuated, not the town's
residents: a noun of evacuation right before a figure (``[counted_before] evacuated``)
gives it that status. The forms that a language writes before the figure were missing
in five of them: French and Catalan, whose "de" is elided into the figure's span
("l'évacuation d'environ 20 000 habitants", "l'evacuació d'uns 20.000 veïns"); Russian
and Ukrainian, whose noun governs the figure in the genitive with no preposition ("после
эвакуации около 20 тысяч жителей", "після евакуації близько 20 тисяч мешканців");
Portuguese "a retirada de"; Polish "Ewakuacja objęła około 20 tys. osób" (the evacuation
took in). In probes8 the first left the city's 20,000 evacuated as `residents` against
the police's 26,000 `evacuated`, never compared. An evacuation named before a comma, or
as a subject, still counts no one ("Après l'évacuation, 300 personnes ont été
relogées").
"""

from __future__ import annotations

import pytest

from ._articles import opposed, quantities, story_report

EVACUATED = [
    ("fr", "La bombe a été désamorcée après l'évacuation d'environ 20 000 habitants."),
    ("ca", "La bomba es va desactivar després de l'evacuació d'uns 20.000 veïns."),
    ("pt", "A bomba foi desativada após a retirada de cerca de 20 mil moradores."),
    ("ru", "Бомбу обезвредили после эвакуации около 20 тысяч жителей."),
    ("uk", "Бомбу знешкодили після евакуації близько 20 тисяч мешканців."),
    ("pl", "Ewakuacja objęła około 20 tys. osób."),
]

# (language, text, unit): no evacuation counted by the figure
NOT_EVACUATED = [
    ("fr", "Après l'évacuation, 300 personnes ont été relogées.", "people"),
    ("fr", "L'évacuation a duré 3 heures.", "hours"),
    ("ca", "Després de l'evacuació, 300 persones han estat reallotjades.", "people"),
    ("pt", "A retirada das tropas terminou há 3 semanas.", "weeks"),
]


@pytest.mark.parametrize(("lang", "text"), EVACUATED)
def test_the_figure_after_an_evacuation_counts_the_evacuated(lang: str, text: str) -> None:
    assert [c.unit for c in quantities(text, lang)] == ["evacuated"]


@pytest.mark.parametrize(("lang", "text", "unit"), NOT_EVACUATED)
def test_an_evacuation_before_a_comma_counts_no_one(lang: str, text: str, unit: str) -> None:
    assert [c.unit for c in quantities(text, lang)] == [unit]


def test_the_citys_evacuated_and_the_polices_are_rivals() -> None:
    text = (
        "L'engin a été neutralisé dans la nuit, après l'évacuation d'environ 20 000 "
        "habitants, selon la mairie. Selon la police, 26 000 personnes ont été évacuées."
    )
    pairs = opposed(story_report([("2025-08-13", "fr", text)], "bomb"), lambda c: c.low)
    assert frozenset((20000, 26000)) in pairs
