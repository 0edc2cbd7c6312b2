"""A role pointer points back to a name in another case of its noun only, not to another
noun that shares its stem: "the minister" is no case of "ministry" (they part two letters
before their ends), while "авиакомпании" is one of "Авиакомпания" (one letter)
(``extract._context._inflected_in``)."""

from __future__ import annotations

import pytest

from tests._articles import quantities


def _sources(text: str, lang: str) -> list[str | None]:
    return [c.attributed_to for c in quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "en",
            "The Interior Ministry said 40 people had died. The minister said 12 more were"
            " missing.",
            "The minister",
        ),
        (
            "en",
            "The minister said 40 people had died. According to the ministry, 12 more were"
            " missing.",
            "the ministry",
        ),
    ],
)
def test_a_noun_of_the_same_stem_is_no_case_form(lang: str, text: str, source: str) -> None:
    assert _sources(text, lang)[-1] == source


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "ru",
            "Министерство обороны Эстонии сообщило о 40 погибших. По данным министерства,"
            " 12 человек пропали без вести.",
            "Министерство обороны Эстонии",
        ),
        (
            "ro",
            "Operatorul Hidroelectrica a anunțat 40 de case fără curent. Potrivit"
            " operatorului, alte 12 case sunt izolate.",
            "Operatorul Hidroelectrica",
        ),
        (
            "pl",
            "Przewoźnik Baltavia potwierdził 40 ofiar. Według przewoźnika 12 osób zaginęło.",
            "Przewoźnik Baltavia",
        ),
        (
            "uk",
            "Авіакомпанія Baltavia повідомила про 40 загиблих. За даними авіакомпанії, 12"
            " людей зникли безвісти.",
            "Авіакомпанія Baltavia",
        ),
    ],
)
def test_a_case_form_still_points_back(lang: str, text: str, source: str) -> None:
    assert _sources(text, lang)[-1] == source
