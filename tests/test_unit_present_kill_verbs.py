"""A headline's present-tense verb of killing names the dead (session 33, h112).

Headlines tell in the present ("Floods kill 18", "Des crues tuent 18 personnes"): the
plural present of the verb of killing right before the figure names the killed as its
past forms do, in Italian, French, Spanish, Polish, Russian, Ukrainian and English (the
others had it). Spanish puts its personal "a" after a hedge as well as before it ("matan al
menos a 18"): "al menos a" is the hedge. A noun of its own after the figure keeps its
unit ("tuent 3 000 poulets": animals).

The phrases are our own.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _units(text: str, language: str) -> list[str | None]:
    return [q.unit for q in find_quantities(text, language)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Le frane uccidono almeno 18 persone nel nord"),
        ("fr", "Des crues tuent au moins 18 personnes dans le sud"),
        ("es", "Las riadas matan al menos a 18 en el este"),
        ("pl", "Powodzie zabijają co najmniej 18 osób na południu"),
        ("ru", "Наводнения убивают не менее 18 человек на юге"),
        ("uk", "Повені вбивають щонайменше 18 людей на півдні"),
        ("en", "Tornadoes kill at least 18 in the south"),
    ],
)
def test_a_present_verb_of_killing_names_the_dead(language: str, text: str) -> None:
    assert _units(text, language) == ["killed"]


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("fr", "Les éleveurs tuent 3 000 poulets par jour.", "animals"),
        ("it", "Gli allevatori uccidono 3.000 polli al giorno.", "animals"),
        ("es", "El puerto queda al menos a 18 kilómetros.", "kilometres"),
        ("pl", "Hodowcy zabijają 3000 kurczaków dziennie.", "animals"),
        ("en", "Farmers kill 3,000 chickens a day.", "animals"),
    ],
)
def test_a_noun_of_its_own_keeps_its_unit(language: str, text: str, unit: str) -> None:
    assert _units(text, language)[0] == unit
