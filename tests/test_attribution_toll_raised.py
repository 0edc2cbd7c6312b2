"""Whoever raises a count to a new figure gives it.

"The ministry raised the death toll to 80", "Das Ministerium erhöhte die Zahl der
Toten auf 80", "La préfecture a porté à 80 le nombre de morts": the subject that
raises the toll is its source (``[attribution] verbs``). A toll that rises by
itself ("Die Zahl der Toten erhöhte sich") or an event that raises it ("the storm
raised the toll") credits no one.
"""

from __future__ import annotations

import pytest

from ._articles import credits as _credits


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        ("The health ministry raised the death toll to 95.", "en", "The health ministry"),
        ("Die Regionalregierung erhöhte die Zahl der Toten auf 95.", "de", "Die Regionalregierung"),
        ("Het ministerie verhoogde het dodental naar 95.", "nl", "Het ministerie"),
        (
            "La Protezione civile ha alzato a 95 il bilancio delle vittime.",
            "it",
            "La Protezione civile",
        ),
        ("La préfecture a porté à 95 le nombre de morts.", "fr", "La préfecture"),
        ("Autoritățile au ridicat la 95 numărul morților.", "ro", "Autoritățile"),
        ("Ministerstwo podniosło liczbę ofiar do 95.", "pl", "Ministerstwo"),
        ("Минздрав увеличил число погибших до 95.", "ru", "Минздрав"),
        ("МОЗ збільшило кількість загиблих до 95.", "uk", "МОЗ"),
    ],
)
def test_subject_that_raises_the_toll_is_its_source(text: str, language: str, source: str) -> None:
    assert _credits(text, language) == [source]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Zahl der Toten erhöhte sich auf 95.", "de"),
        ("The storm raised the death toll to 95.", "en"),
        ("Furtuna a ridicat la 95 numărul morților.", "ro"),
    ],
)
def test_a_toll_that_rises_by_itself_has_no_source(text: str, language: str) -> None:
    assert _credits(text, language) == [None]
