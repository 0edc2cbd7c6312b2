"""Arabic writes its conjunctions and prepositions glued to the next word
(``[syntax] proclitics``; of the 13 languages only Arabic has them, so the class is
Arabic's alone). A reporting verb glued to a conjunction ("وأضافت", "وأوضحت") opens a
new clause whose subject is dropped: the letters before it are no source, and the
figure keeps the speaker named before. A preposition glued to the figure's qualifier
("بنحو 40", "بـ 40") is no part of the source before it, and an object headed by a noun
of an amount (``[attribution] amount_nouns``) after a verb-first subject ends it."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أعلنت وزارة الصحة أن 40 شخصا أصيبوا في الحادث. وأضافت أن 12 منهم في حالة خطيرة.",
            ["وزارة الصحة", "وزارة الصحة"],
        ),
        (
            "أعلنت الشرطة أن 30 شخصا اعتقلوا، وأوضحت أن 8 منهم أطلق سراحهم.",
            ["الشرطة", "الشرطة"],
        ),
        # must not: a glued verb with its own subject after it credits that subject
        (
            "أعلنت وزارة الصحة أن 40 شخصا أصيبوا في الحادث. "
            "وقال الدفاع المدني إن 12 منهم في حالة خطيرة.",
            ["وزارة الصحة", "الدفاع المدني"],
        ),
        (
            "وقالت وزارة الزراعة إن المحصول سيتراجع بنسبة 30%.",
            ["وزارة الزراعة"],
        ),
    ],
)
def test_glued_conjunction_is_no_source(text: str, expected: list[str]) -> None:
    assert _credits(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("أفادت المنظمة الدولية للهجرة بوجود 40 ألف نازح في المدينة.", "المنظمة الدولية للهجرة"),
        ("قدّر الاتحاد الأضرار بنحو 40 مليون دولار.", "الاتحاد"),
        ("قدّرت الشركة التكلفة بـ 300 مليون يورو.", "الشركة"),
    ],
)
def test_source_ends_before_the_glued_figure(text: str, source: str) -> None:
    assert _credits(text, "ar") == [source]
