"""A headline's present-tense death verb before the count, and "hours before" marking an
earlier stage of a count, in the Romance languages and Arabic."""

from __future__ import annotations

import pytest

from ._articles import figures


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("es", "Mueren 179 personas en un accidente aéreo.", "179 personas"),
        ("es", "Fallecen 12 personas en el incendio de una residencia.", "12 personas"),
        ("pt", "Morrem 12 pessoas em acidente de autocarro.", "12 pessoas"),
        ("it", "Muoiono 12 persone nel crollo di un ponte.", "12 persone"),
        ("ca", "Moren 8 persones en un incendi.", "8 persones"),
        ("ar", "الفيضانات تقتل 35 شخصا في نيجيريا", "35 شخصا"),
        ("ar", "زلزال يقتل 12 شخصا في تركيا", "12 شخصا"),
    ],
)
def test_present_tense_death_verb_before_the_count(lang: str, text: str, figure: str) -> None:
    assert figures(text, lang)[figure].unit == "killed"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("es", "Horas antes, los servicios de emergencia habían informado de 120 muertos.", "120"),
        ("pt", "Horas antes, os bombeiros tinham falado em 120 mortos.", "120"),
        ("it", "Qualche ora prima la protezione civile parlava di 120 morti.", "120"),
        ("ca", "Hores abans, els bombers havien parlat de 120 morts.", "120"),
    ],
)
def test_hours_before_marks_an_earlier_stage(lang: str, text: str, figure: str) -> None:
    claim = next(c for t, c in figures(text, lang).items() if t.startswith(figure))
    assert "initial" in claim.scope


def test_a_plain_count_is_no_earlier_stage() -> None:
    claim = figures("Los servicios de emergencia informaron de 120 muertos.", "es")
    assert all("initial" not in c.scope for c in claim.values())
