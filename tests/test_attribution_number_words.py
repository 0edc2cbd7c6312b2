"""A source phrase ends before a figure written in words, as before digits.

"Nach Angaben des Hilfswerks sind mehr als zwölf Millionen Menschen auf der Flucht,
rund 3,8 Millionen davon im Ausland": the phrase after the cue runs on to the comma
before the second figure; the first figure, written in words, ends it as digits
would. And an Arabic verbal noun between the source and its figure ("أعلنت الوزارة
تسجيل 300 إصابة": the recording of) opens the clause the source reports, no part of it.
"""

from __future__ import annotations

import pytest

from ._articles import credits as _credits


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        (
            "Nach Angaben der Caritas sind mehr als neun Millionen Menschen auf der Flucht, "
            "rund 2,1 Millionen davon im Ausland.",
            "de",
            "Caritas",
        ),
        (
            "Según la agencia de la ONU más de ocho millones de personas han huido, unos 2,5 "
            "millones de ellas al extranjero.",
            "es",
            "la agencia de la ONU",
        ),
    ],
)
def test_source_ends_before_an_earlier_figure_in_words(
    text: str, language: str, source: str
) -> None:
    assert _credits(text, language)[-1] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("أعلنت وزارة الصحة اليمنية تسجيل 340 إصابة بالكوليرا.", "وزارة الصحة اليمنية"),
        ("ذكرت الشرطة وقوع 7 قتلى في الحادث.", "الشرطة"),
    ],
)
def test_arabic_verbal_noun_opens_the_reported_clause(text: str, source: str) -> None:
    assert _credits(text, "ar") == [source]
