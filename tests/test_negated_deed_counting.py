"""A negation that opens "not counting" / "not including" denies no deed: the figure it
brings in is left out of a total, not undone, and still counts (``[qualifiers.negated]
not_denying``, read by ``extract._quantities._negated_deed``). A negated verb of a deed
keeps dropping its figure."""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _values(text: str, language: str) -> list[int | float | None]:
    return [q.low if q.low is not None else q.high for q in find_quantities(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("en", "The flood killed 12 people, not counting 4 volunteers who died later.", [12, 4]),
        ("en", "Twelve bodies were found, not including 4 crew members.", [12, 4]),
        ("es", "Murieron 12 personas, no contando 4 voluntarios.", [12, 4]),
        ("it", "Sono morte 12 persone, non contando 4 volontari.", [12, 4]),
        ("it", "Sono morte 12 persone, senza contare 4 volontari.", [12, 4]),
        ("pt", "Morreram 12 pessoas, não contando 4 voluntários.", [12, 4]),
        ("ca", "Van morir 12 persones, no comptant 4 voluntaris.", [12, 4]),
        ("pl", "Zginęło 12 osób, nie licząc 4 ochotników.", [12, 4]),
        ("ru", "Погибли 12 человек, не считая 4 добровольцев.", [12, 4]),
        ("uk", "Загинули 12 людей, не рахуючи 4 добровольців.", [12, 4]),
    ],
)
def test_not_counting_keeps_the_figure(language: str, text: str, kept: list[int]) -> None:
    assert _values(text, language) == kept


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        # a negated deed still counts nothing done
        ("en", "The storm did not flatten 4 of the 9 sheds.", [9]),
        ("it", "La frana non ha distrutto 4 delle 9 case.", [9]),
        ("ru", "Пожар не уничтожил 4 из 9 домов.", [9]),
        ("pl", "Pożar nie zniszczył 4 z 9 domów.", [9]),
        ("uk", "Пожежа не знищила 4 з 9 будинків.", [9]),
    ],
)
def test_a_negated_deed_still_counts_nothing(language: str, text: str, kept: list[int]) -> None:
    assert _values(text, language) == kept
