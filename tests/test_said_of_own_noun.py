"""A verb of a status said of others (``said_of``: recaptured is said of the escaped)
gives a bare figure its status, but not a figure followed by a plural noun of its own:
"au prins 3 hoți" (caught three thieves) counts thieves, no recaptured inmates, as
"a perdu 3 clients" counts no losses (``any_object``). Session 32 review.

The phrases are our own.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _units(text: str, lang: str) -> list[str | None]:
    return [q.unit for q in find_quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ro", "Polițiștii au prins 3 hoți în gară."),
        ("pl", "Policjanci ujęli 5 złodziei w centrum miasta."),
        ("pl", "Strażnicy schwytali 6 dzików w pobliżu szkoły."),
        ("fr", "Les rebelles ont repris 3 villes au cours du week-end."),
    ],
)
def test_a_noun_of_its_own_is_not_recaptured(lang: str, text: str) -> None:
    assert "recaptured" not in _units(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ro", "Până acum, polițiștii au prins 12."),
        ("ro", "Polițiștii au prins 12 dintre evadați."),
        ("pl", "Do tej pory ujęto 14 z nich."),
        ("it", "I carabinieri hanno ripreso 8 evasi."),
        ("fr", "Les gendarmes ont rattrapé 8 évadés, et en ont repris 3 dimanche."),
        ("en", "Police have recaptured 12 of them, and recaptured another 5 on Sunday."),
        ("ru", "На свободе остаются 12 человек, поймали 30 беглецов."),
    ],
)
def test_the_escaped_caught_again_stay_recaptured(lang: str, text: str) -> None:
    units = _units(text, lang)
    assert units
    assert units[-1] == "recaptured"
