"""A report named at a paragraph's close goes on through the paragraphs after it that
name no source at all, and stops at the first paragraph that names its own.

"… Such data are given in a report published by the WHO. ¶ In addition, 140 died … ¶
More than 30,000 had to leave their homes.": the report covers both uncredited paragraphs;
a paragraph crediting someone else ends it.
"""

from __future__ import annotations

import pytest

from tests._articles import quantities

_TEXTS = {
    "en": (
        "Floods killed 9,000 people in the port city. Another 8,000 are missing. That is"
        " according to a report published by the WHO.\n\n"
        "In addition, 140 people died in nearby villages.\n\n"
        "More than 30,000 residents had to leave their homes.\n\n"
        "The Red Crescent said 500 volunteers were deployed.\n\n"
        "Some 2,000 homes were destroyed."
    ),
    "ru": (
        "Наводнение унесло жизни 9 тысяч человек. Еще 8 тысяч числятся пропавшими. Такие"
        " данные содержатся в докладе, опубликованном ВОЗ.\n\n"
        "Кроме того, 140 человек погибли в соседних селах.\n\n"
        "Более 30 тысяч жителей были вынуждены покинуть свои дома.\n\n"
        "Красный Полумесяц сообщил, что направил 500 добровольцев.\n\n"
        "Разрушены около 2 тысяч домов."
    ),
}


@pytest.mark.parametrize(
    ("lang", "report", "other"),
    [("en", "the WHO", "The Red Crescent"), ("ru", "ВОЗ", "Красный Полумесяц")],
)
def test_the_report_goes_on_until_a_paragraph_names_its_own_source(
    lang: str, report: str, other: str
) -> None:
    sources = [c.attributed_to for c in quantities(_TEXTS[lang], lang)]
    assert sources == [report, report, report, report, other, None]
