"""A drought is a disaster of ``[story_kinds] weather`` in every language: a headline
label that names it before a colon ("Drought: …", "Засуха: …") names the event, not a
source, as "Hurricane Milton: …" does."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Drought: wheat harvest to fall by 30%"),
        ("fr", "Sécheresse : la récolte de blé chutera de 30 %"),
        ("es", "Sequía: la cosecha de trigo caerá un 30%"),
        ("it", "Siccità: il raccolto di grano calerà del 30%"),
        ("de", "Dürre: Weizenernte sinkt um 30 Prozent"),
        ("nl", "Droogte: tarweoogst daalt met 30 procent"),
        ("pt", "Seca: colheita de trigo cai 30%"),
        ("ca", "Sequera: la collita de blat caurà un 30%"),
        ("ro", "Seceta: recolta de grâu va scădea cu 30%"),
        ("pl", "Susza: zbiory pszenicy spadną o 30 proc."),
        ("ru", "Засуха: урожай пшеницы упадёт на 30%"),
        ("uk", "Посуха: урожай пшениці впаде на 30%"),
        ("ar", "الجفاف: محصول القمح سينخفض بنسبة 30%"),
    ],
)
def test_drought_label_is_no_source(language: str, text: str) -> None:
    assert _credits(text, language) == [None]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # must not: a body before the colon still speaks
        ("en", "Farm ministry: wheat harvest to fall by 30% in drought", "Farm ministry"),
        ("de", "Agrarministerium: Weizenernte sinkt wegen Dürre um 30 Prozent", "Agrarministerium"),
        ("ru", "Правительство: урожай пшеницы из-за засухи упадёт на 30%", "Правительство"),
    ],
)
def test_body_label_still_speaks(language: str, text: str, source: str) -> None:
    assert _credits(text, language) == [source]
