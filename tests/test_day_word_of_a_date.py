"""A day word that opens a date is no unit of the figure before it (``[dates] day_words``).

Arabic names a weekday with the word for "day" before it ("يوم الأربعاء": on Wednesday),
so "كان 164 يوم الثلاثاء" is 164 on Tuesday, not 164 days; so is "يوم أمس" (yesterday).
Must-not cases: the day word with no weekday or relative day after it ("18 يوما", "18
يوم عمل", "18 يوم الأسبوع الماضي") stays days, and a language with no such word keeps
"5 days Monday to Friday" days.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _units(text: str, lang: str) -> list[tuple[float | None, str | None]]:
    return [(None if q.low is None else float(q.low), q.unit) for q in find_quantities(text, lang)]


@pytest.mark.parametrize(
    "text",
    [
        "وقالت الوزارة إن الرقم وصل إلى 164 يوم الثلاثاء.",
        "وكان الرقم 164 يوم الجمعة الماضي.",
        "وسجلت السلطات 164 يوم أمس.",
    ],
)
def test_a_weekday_after_the_day_word_is_a_date(text: str) -> None:
    assert _units(text, "ar") == [(164.0, None)]


@pytest.mark.parametrize(
    "text",
    [
        "ارتفع عدد الإصابات إلى 211 إصابة يوم الجمعة، بعد أن كان 164 يوم الثلاثاء.",
        "وتجاوز عدد الإصابات 211 يوم الجمعة، بعد أن كان 164 يوم الثلاثاء.",
    ],
)
def test_the_count_before_a_weekday_takes_the_noun_of_its_sentence(text: str) -> None:
    assert [u for _, u in _units(text, "ar")] == ["injured", "injured"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "استمر الحصار 18 يوما."),
        ("ar", "استمر الحصار 18 يوم عمل."),
        ("ar", "استمر الحصار 18 يوم الأسبوع الماضي."),
        ("en", "The strike lasted 18 days Monday to Friday."),
        ("fr", "La grève a duré 18 jours lundi dernier."),
    ],
)
def test_a_day_word_with_no_date_after_it_stays_days(lang: str, text: str) -> None:
    assert _units(text, lang) == [(18.0, "days")]
