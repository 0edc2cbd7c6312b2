"""A verb of carrying or sending followed by "to" reads the word as a plain preposition
before the places it goes to ("підвозять до 25 сіл": ``[qualifiers] none``), but before
the load it carries the word bounds it: "направили до 500 спасателей" sends up to 500
rescuers, "доставили до 40 тонн" up to 40 tonnes (``extract._quantities._carried_load``,
``_bound_of_preposition``)."""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _readings(text: str, language: str) -> list[tuple[str, int | float | None]]:
    return [
        (q.qualifier, q.low if q.low is not None else q.high)
        for q in find_quantities(text, language)
    ]


@pytest.mark.parametrize(
    ("language", "text", "reading"),
    [
        ("ru", "В пострадавший район направили до 600 спасателей.", [("up_to", 600)]),
        ("ru", "За сутки доставили до 35 тонн продуктов.", [("up_to", 35)]),
        ("uk", "На місце відправили до 600 рятувальників.", [("up_to", 600)]),
        ("uk", "Щодня підвозять до 35 тонн води.", [("up_to", 35)]),
        ("pl", "Na miejsce wysłano do 600 strażaków.", [("up_to", 600)]),
        ("fr", "Chaque jour sont acheminées jusqu'à 35 tonnes de vivres.", [("up_to", 35)]),
        ("es", "Cada día son transportados hasta 600 pasajeros.", [("up_to", 600)]),
    ],
)
def test_before_a_load_the_word_bounds_it(
    language: str, text: str, reading: list[tuple[str, int]]
) -> None:
    assert _readings(text, language) == reading


@pytest.mark.parametrize(
    ("language", "text", "reading"),
    [
        # the places the verb goes to: a preposition
        ("uk", "Питну воду підвозять до 14 сіл.", [("exact", 14)]),
        ("ru", "Гуманитарную помощь доставили до 14 сёл.", [("exact", 14)]),
        ("pl", "Ranni trafili do 3 szpitali.", [("exact", 3)]),
        # a status or a time after the phrase keeps it a preposition
        ("nl", "De brand leidde tot 14 doden.", [("exact", 14)]),
        # a dispute's "over" is no "up to"
        ("en", "Dockers went on strike over 1,450 job cuts.", [("exact", 1450)]),
    ],
)
def test_before_a_place_or_a_status_the_word_bounds_nothing(
    language: str, text: str, reading: list[tuple[str, int]]
) -> None:
    assert _readings(text, language) == reading
