"""A role pointer in another case points back to the body named before with that noun.

"Авиакомпания Baltavia подтвердила крушение. По данным авиакомпании, …": the pointer's
role noun is listed in the case a cue governs ("авиакомпании"), the name gives it in
another ("Авиакомпания"); the two forms share all but their last two letters
(``_CASE_ENDING``), so the pointer is that airline, as "the airline" is "The airline
Baltavia" in English. Another role noun ("министерства") still names a body of its own.
"""

from __future__ import annotations

import pytest

from tests._articles import quantities


def _sources(text: str, lang: str) -> list[str | None]:
    return [c.attributed_to for c in quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "ru",
            "Авиакомпания Baltavia подтвердила крушение в понедельник. По данным авиакомпании,"
            " на борту находились 68 человек.",
            "Авиакомпания Baltavia",
        ),
        (
            "uk",
            "Авіакомпанія Baltavia підтвердила катастрофу в понеділок. За даними авіакомпанії,"
            " на борту перебували 68 людей.",
            "Авіакомпанія Baltavia",
        ),
        (
            "pl",
            "Przewoźnik Baltavia potwierdził katastrofę w poniedziałek. Według przewoźnika na"
            " pokładzie było 68 osób.",
            "Przewoźnik Baltavia",
        ),
        (
            "ro",
            "Operatorul Hidroelectrica a confirmat avaria luni. Potrivit operatorului, 68 de"
            " turbine au fost oprite.",
            "Operatorul Hidroelectrica",
        ),
        (
            "en",
            "The airline Baltavia confirmed the crash on Monday. According to the airline, 68"
            " people were on board.",
            "The airline Baltavia",
        ),
    ],
)
def test_a_pointer_in_another_case_finds_its_body(lang: str, text: str, source: str) -> None:
    assert _sources(text, lang) == [source]


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "ru",
            "Полиция Гданьска подтвердила крушение в понедельник. По данным министерства, на"
            " борту находились 68 человек.",
            "министерства",
        ),
        (
            "uk",
            "Авіакомпанія Baltavia підтвердила катастрофу в понеділок. За даними міністерства,"
            " на борту перебували 68 людей.",
            "міністерства",
        ),
        (
            "pl",
            "Policja potwierdziła katastrofę w poniedziałek. Według ministerstwa na pokładzie"
            " było 68 osób.",
            "ministerstwa",
        ),
    ],
)
def test_another_role_noun_stays_a_body_of_its_own(lang: str, text: str, source: str) -> None:
    assert _sources(text, lang) == [source]
