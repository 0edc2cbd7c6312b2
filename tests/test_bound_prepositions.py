"""A bound word that is also a plain preposition sets no bound after a noun of dispute
("a strike over 1,450 job cuts": about) or a verb of carrying ("підвозять до 25 сіл":
to), ``[qualifiers] none``."""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _bounds(text: str, language: str) -> list[tuple[int | float | None, int | float | None]]:
    return [(q.low, q.high) for q in find_quantities(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "Dockers went on strike over 320 job cuts.", 320),
        ("en", "The row over 45 closed schools goes on.", 45),
        ("de", "Der Streit über 320 Stellen geht weiter.", 320),
        ("uk", "Питну воду підвозять до 18 сіл району.", 18),
        ("ru", "Гуманитарную помощь доставили до 18 сёл.", 18),
        ("pl", "Ranni trafili do 4 szpitali w regionie.", 4),
    ],
)
def test_a_preposition_after_a_dispute_or_a_carrying_verb_bounds_nothing(
    language: str, text: str, value: int
) -> None:
    assert _bounds(text, language) == [(value, value)]


@pytest.mark.parametrize(
    ("language", "text", "bounds"),
    [
        ("en", "Over 320 people died in the storm.", (320, None)),
        ("en", "The storm killed over 320 people.", (320, None)),
        ("de", "Über 320 Menschen starben.", (320, None)),
        ("uk", "Загинули до 18 людей.", (None, 18)),
        ("ru", "Погибли до 18 человек.", (None, 18)),
        ("pl", "Zginęło do 18 osób.", (None, 18)),
    ],
)
def test_a_bound_word_before_a_count_still_bounds(
    language: str, text: str, bounds: tuple[int | None, int | None]
) -> None:
    assert _bounds(text, language) == [bounds]
