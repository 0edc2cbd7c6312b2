"""What a head count counts when its clause says so: the status words of ``[casualties]``."""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Pelo menos 12.000 pessoas foram obrigadas a deixar as suas casas no vale."),
        ("en", "About 5,000 people were forced to leave their homes in the valley."),
        ("es", "Unas 7.000 personas tuvieron que abandonar sus casas en el valle."),
        ("fr", "Quelque 7 000 personnes ont dû quitter leur domicile dans la vallée."),
        ("it", "Circa 7.000 persone sono state costrette a lasciare le loro case nella valle."),
    ],
)
def test_people_forced_from_their_homes_are_displaced(language: str, text: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == "displaced"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # leaving a house is no displacement when nothing forced it
        ("en", "About 5,000 people left their homes to watch the parade."),
        ("pt", "Cerca de 5.000 pessoas saíram de casa para ver o desfile."),
    ],
)
def test_leaving_home_unforced_is_no_displacement(language: str, text: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == "people"
