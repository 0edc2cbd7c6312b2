"""Figures the fourth probe set showed unread (issue 7, frames): an article before a
person noun whose clause gives it a status counts one ("une personne a été tuée"), and
a number word that is also a common word ("acht") counts the plural noun after it when
its clause counts people ("Acht Skifahrer wurden gerettet", "acht skiërs zijn levend
gered")."""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("fr", "Avalanche à Verbier : une personne a été tuée, selon la police.", 1, "killed"),
        ("fr", "Une personne a été blessée dans l'incendie.", 1, "injured"),
        ("fr", "1 personne est morte dans la nuit.", 1, "killed"),
        ("de", "Acht Skifahrer wurden gerettet.", 8, "rescued"),
        ("nl", "Volgens de politie zijn acht skiërs levend gered.", 8, "rescued"),
        ("nl", "Acht wandelaars zijn gewond geraakt.", 8, "injured"),
    ],
)
def test_read(lang: str, text: str, value: int, unit: str) -> None:
    found = [q for q in find_quantities(text, language=lang) if q.unit == unit]
    assert [q.low for q in found] == [value]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Une personne a déclaré que le feu était éteint."),  # no status: no count
        ("fr", "Un homme est arrivé avec le maire."),
        ("de", "Die Bergführer geben Acht."),  # a common word, no figure
        ("de", "Acht Lawinen gingen ab."),  # no people counted in its clause
        ("nl", "Geef acht op de borden langs de piste."),
    ],
)
def test_not_read(lang: str, text: str) -> None:
    assert [q for q in find_quantities(text, language=lang) if q.low == 1 or q.low == 8] == []
