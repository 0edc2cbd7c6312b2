"""A figure a negated verb brings in counts nothing done ("did not destroy 3 of the 5
buildings"): ``extract._quantities._negated_deed``."""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _values(text: str, language: str) -> list[int | float | None]:
    return [q.low if q.low is not None else q.high for q in find_quantities(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("en", "The blaze did not destroy 4 of the 9 barns.", [9]),
        ("es", "La riada no arrasó 4 de las 9 granjas.", [9]),
        ("fr", "La tempête n'a pas détruit 4 des 9 granges.", [9]),
        ("it", "La frana non ha distrutto 4 delle 9 case.", [9]),
        ("ro", "Viitura nu a distrus 4 din cele 9 case.", [9]),
        ("ru", "Пожар не уничтожил 4 из 9 домов.", [9]),
        ("pl", "Pożar nie zniszczył 4 z 9 domów.", [9]),
        ("pt", "O fogo não destruiu 4 das 9 casas.", [9]),
    ],
)
def test_a_negated_deed_counts_nothing(language: str, text: str, kept: list[int]) -> None:
    assert _values(text, language) == kept


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("en", "The blaze destroyed 4 of the 9 barns.", [4, 9]),
        ("en", "Not only 4 people died in the blaze.", [4]),
        ("ru", "Погибли не только 4 человека.", [4]),
        ("ru", "Погибли не менее 4 человек.", [4]),
        ("es", "Sin contar 4 heridos leves, hubo 9 graves.", [4, 9]),
        ("de", "Ohne die 4 Leichtverletzten gab es 9 Schwerverletzte.", [4, 9]),
        ("en", "Not even 4 people died.", [4]),
        # a corrected reading: an article, not a verb, stands after the negation
        ("es", "Llegaron 5.000, y no los 6.100 anunciados ayer.", [5000, 6100]),
        ("en", "They counted 5,000, not the 6,100 announced on Monday.", [5000, 6100]),
        # a negation that opens a status ("are not alive") or says "still"
        ("pl", "Po wybuchu nie żyje czterech strażaków.", [4]),
        ("ar", "ولا يزال 40 شخصا في عداد المفقودين.", [40]),
    ],
)
def test_a_deed_not_denied_still_counts(language: str, text: str, kept: list[int]) -> None:
    assert _values(text, language) == kept
