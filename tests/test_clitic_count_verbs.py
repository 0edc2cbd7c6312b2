"""A count verb after a partitive clitic, and Arabic detainees in the accusative.

"Le collectif en compte environ 70", "les entitats en compten 70": the clitic
stands for what the sentence before counted, so the bare figure counts it too
([toll_nouns] partitive_clitics, French and Catalan, as Italian "ne conta" and
Dutch "telt er" already read). "Prendre en compte 70 dossiers" holds the same
words and no clitic ([toll_nouns] clitic_idioms). Arabic "70 محتجزا" is the
accusative of a detainee noun after a number, as "سجينا" and "معتقلا" are
([units] prisoners).
"""

from __future__ import annotations

import pytest

from ._articles import quantities

BEFORE = {
    "fr": "Le ministère annonce 41 détenus en grève de la faim. ",
    "ca": "El ministeri parla de 41 presos en vaga de fam. ",
    "it": "Il ministero parla di 41 detenuti in sciopero della fame. ",
    "nl": "Het ministerie spreekt van 41 gedetineerden in hongerstaking. ",
}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le collectif de soutien en compte environ 70."),
        ("fr", "Selon les avocats, le collectif en comptait 70."),
        ("ca", "El col·lectiu de suport en compta uns 70."),
        ("ca", "Les entitats en compten 70."),
        ("it", "Il comitato ne conta circa 70."),
        ("nl", "Het comité telt er zo'n 70."),
    ],
)
def test_a_count_verb_after_a_clitic_counts_what_was_counted_before(lang: str, text: str) -> None:
    found = quantities(BEFORE[lang] + text, lang)
    assert [q.low for q in found] == [41, 70]
    assert found[1].unit == "prisoners"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le rapport prend en compte 70."),
        ("fr", "Le juge a pris en compte 70 dossiers."),
        ("ca", "El jutge té en compte 70 expedients."),
    ],
)
def test_taking_into_account_holds_no_clitic(lang: str, text: str) -> None:
    found = quantities(BEFORE[lang] + text, lang)
    assert found[-1].low == 70
    assert found[-1].unit != "prisoners"


@pytest.mark.parametrize(
    "text",
    [
        "قالت الوزارة إن 41 سجينا مضربون عن الطعام، بينما تحدثت الشبكة عن 70 محتجزا.",
        "أفرجت السلطات عن 70 محتجزا يوم الأحد.",
    ],
)
def test_arabic_detainees_in_the_accusative_are_prisoners(text: str) -> None:
    found = quantities(text, "ar")
    assert [q.unit for q in found if q.low == 70] == ["prisoners"]


def test_an_arabic_figure_with_no_detainee_noun_keeps_its_unit() -> None:
    found = quantities("قالت الشبكة إن المحتجز نقل إلى المستشفى وإن 12 شخصا أصيبوا.", "ar")
    assert [(q.low, q.unit) for q in found] == [(12, "injured")]
