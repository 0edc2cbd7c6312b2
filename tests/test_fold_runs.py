"""``fold`` run by run: a mostly-ASCII text lowers its runs of ASCII with ``str.lower``
and translates only its runs of other characters; a text mostly of other characters
(Cyrillic, Arabic) is translated in one pass. Either way the folded text must be
what it was, byte for byte: the fold of each character (``_fold_char``).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck._fold import _MOSTLY_ASCII, _fold_char, fold


def _by_character(text: str) -> str:
    return "".join(map(_fold_char, text))


@pytest.mark.parametrize(
    "text",
    [
        "Ça coûte 5 € à Zürich, où l'été fut chaud.",  # fr: accents among ASCII
        "Die Größe der Straße: 12 km.",  # de: "ß" folds to one letter
        "İstanbul'da 3 kişi öldü",  # "İ".lower() is two characters: the base letter
        "São Paulo teve 40 mortes – disse o governo.",  # pt, an en dash
        "Cluj-Napoca şi Bucureşti: 7 răniţi",  # ro: cedillas
        "Łódź: 9 rannych, ‘as reported’",  # pl, curly quotes
        "L’alcalde va dir que hi havia 12 ferits.",  # ca, a curly apostrophe
        "Москва: 5 км, 10 человек",  # ru: one pass (mostly not ASCII)
        "٣٫٥ مليون شخص",  # ar: digits of another script, Arabic decimal mark
        "\x1b[31m10.000\x1b[0m killed",  # a control sequence blanked first
        "price\u00a010\u202f000 dollars",  # spaces of other kinds
        "ABC" + "é" * 40,  # a run of accents longer than the ASCII around it
    ],
)
def test_fold_is_the_fold_of_each_character(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    if "\x1b" not in text:
        assert folded == _by_character(text)


def test_fold_of_a_control_sequence_blanks_it_then_folds_the_rest() -> None:
    assert fold("\x1b[31m10.000\x1b[0m Killed") == " " * 5 + "10.000" + " " * 4 + " killed"


@pytest.mark.parametrize("share", [0, 1, _MOSTLY_ASCII - 1, _MOSTLY_ASCII, _MOSTLY_ASCII + 1])
def test_fold_either_side_of_the_share_of_other_characters(share: int) -> None:
    # one "Ü" (two bytes in UTF-8) in every ``share`` characters, so both ways are taken
    unit = "Ü" + "Ab" * (share // 2)
    text = unit * 20 + "Ёлка"
    assert fold(text) == _by_character(text)


ALPHABET = st.sampled_from(
    list("aBz09 .,'-\n\tÀéÜßİıŁąşțÇñ") + list("ЖжЁё") + list("مليون٣٫") + ["\u00a0", "’", "–"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_fold_of_any_text_is_the_fold_of_each_character(text: str) -> None:
    assert fold(text) == _by_character(text)
