"""A number word after a partitive clitic, or "two" before a partitive pronoun, is a figure.

A bare number word is kept as a figure only when it says what it counts: a noun after
it, a partitive after it ("eleven of them"). A partitive clitic a verb or two before it
(``[toll_nouns] partitive_clitics``: it "ne", fr "en", ca "en queden", nl "er", de
"davon") stands for the things counted before, so "Ne mancano ancora sei", "il en
reste huit", "overleefden er elf" count a part of them, when the number word ends its
clause. "Two" is kept before a partitive pronoun ("Двоє з них", "two of them") as three
and above are. Must-not: "two" of a named set ("two of the countries"), and a number
word with no clitic before it ("alle sette": a clock time).
"""

from __future__ import annotations

import pytest

from tests._articles import quantities


def _values(text: str, lang: str) -> list[float | None]:
    return [c.low for c in quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("it", "Sono stati ritrovati 14 quadri. Ne mancano ancora sette.", [14, 7]),
        ("fr", "Les secours ont sorti 40 personnes des décombres ; il en reste sept.", [40, 7]),
        ("ca", "La policia ha recuperat 14 quadres i en falten set.", [14, 7]),
        ("nl", "Van de 40 pony's in de stal overleefden er zeven.", [40, 7]),
        ("de", "Im Stall standen 40 Ponys. Davon überlebten sieben.", [40, 7]),
        ("uk", "Загинули п'ятеро людей. Двоє з них були дітьми.", [5, 2]),
        ("en", "Five people were hurt. Two of them are in hospital.", [5, 2]),
        ("ru", "Пострадали пять человек. Двое из них в больнице.", [5, 2]),
    ],
)
def test_a_part_of_a_count_told_by_a_number_word(lang: str, text: str, values: list[int]) -> None:
    assert _values(text, lang) == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # "two" of a named set, no partitive pronoun
        ("en", "The plan was signed by two of the countries.", []),
        ("es", "Dos de los países firmaron el acuerdo.", []),
        # no clitic before the number word: it says nothing it counts
        ("it", "Il museo ha riaperto alle sette.", []),
        ("nl", "Het museum ging om zeven open.", []),
    ],
)
def test_a_bare_number_word_stays_out(lang: str, text: str, values: list[int]) -> None:
    assert _values(text, lang) == values
