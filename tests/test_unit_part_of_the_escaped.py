"""An arrest of part of the escaped, and a word of "so far" after the verb (session 33, h112).

- A bare figure right before a partitive ("40 of the 63 escapees", "40 из 63 беглецов")
  whose verb is one that ``told_by`` names (an arrest) counts the status it tells when the
  whole named after the partitive is the head that status is said of: the 40 arrested of
  the escaped are recaptured. An arrest of part of others stays an arrest.
- A ``[scope] so_far`` word between a verb and its figure ("задержаны уже 40", "ripresi
  già 30", "Zginęło już 40 osób") leaves the verb naming what the figure counts.

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
        ("en", "Police have arrested 40 of the 63 escapees."),
        ("es", "La policía detuvo a 40 de los 63 presos fugados."),
        ("it", "La polizia ha arrestato 40 dei 63 detenuti evasi."),
        ("ru", "Задержаны уже 40 из 63 беглецов."),
        ("uk", "Затримано вже 40 з 63 втікачів."),
    ],
)
def test_an_arrest_of_part_of_the_escaped_is_a_recapture(language: str, text: str) -> None:
    assert _units(text, language) == ["recaptured", "escaped"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Police arrested 40 of the 300 protesters."),
        ("ru", "Задержаны 40 из 300 участников акции."),
        ("es", "La policía detuvo a 40 de los 300 manifestantes."),
    ],
)
def test_an_arrest_of_part_of_others_stays_an_arrest(language: str, text: str) -> None:
    assert _units(text, language)[0] == "arrested"


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("it", "Sono stati ripresi già 30 evasi.", "recaptured"),
        ("es", "Fueron recapturados ya 30 presos fugados.", "recaptured"),
        ("it", "Hanno perso la vita già 40 persone.", "killed"),
        ("pl", "Zginęło już 40 osób.", "killed"),
    ],
)
def test_a_word_of_so_far_leaves_the_verb_naming_the_count(
    language: str, text: str, unit: str
) -> None:
    assert _units(text, language) == [unit]
