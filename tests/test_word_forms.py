"""Figures lost to word forms: Arabic duals, case forms, feminine statuses, denominators.

* An Arabic noun in the dual is the figure 2 with its own unit, the status read
  from its own clause: "مقتل شخصين" two killed, "إصابة شخصين" two injured,
  "قتيلان" two dead ([numbers] duals). A dual that a plural spells alike
  ("مدنيين", "صحفيين") is no dual, and one with a number word of its own
  ("شخصين اثنين") is read once.
* The case forms a count takes after verbs and prepositions are units too:
  "одну людину", "300 людям", "jedną osobę" ([units]).
* A status predicate that agrees with a feminine noun ("persoane … arestate",
  "personas … detenidas", "personnes … arrêtées") says what the count counts,
  as the masculine does ([casualties]).
* A figure after "out of", "sur un total de", "din cei" is the whole a share is taken from,
  no status count: "200 are missing out of 1,400 residents" ([syntax] denominators).
"""

from __future__ import annotations

import pytest

import crosscheck


def _units(text: str, language: str) -> list[tuple[object, str | None]]:
    return [(q.low, q.unit) for q in crosscheck.find_quantities(text, language=language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أسفر الحادث عن مقتل شخصين وإصابة 12 آخرين.", [(2, "killed"), (12, "injured")]),
        ("أدى الانفجار إلى مقتل 5 أشخاص وإصابة شخصين.", [(5, "killed"), (2, "injured")]),
        ("وقالت الشرطة إن قتيلان سقطا في الهجوم.", [(2, "killed")]),
        ("وأصيب جريحان في حريق المصنع.", [(2, "injured")]),
        ("غرق قاربان قبالة السواحل.", [(2, "ships")]),
        ("اعتقلت الشرطة طفلين خلال الاحتجاجات.", [(2, "arrested")]),
        # glued after "و" (and), and with its adjective in the dual
        ("خلف الحادث 5 قتلى وجريحين.", [(5, "killed"), (2, "injured")]),
        ("أسقط الجيش طائرتين مسيرتين فوق المدينة.", [(2, "drones")]),
        # two men, two women, two brothers: people, their status from the verb
        ("توفي رجلان في حادث السير.", [(2, "killed")]),
        ("توفي رجلان بعمر 19 و74 عاما.", [(2, "killed")]),
        ("أصيبت امرأتان بجروح طفيفة.", [(2, "injured")]),
        ("قتل شقيقان في القصف.", [(2, "killed")]),
        ("اعتقلت الشرطة رجلين في المطار.", [(2, "arrested")]),
    ],
)
def test_arabic_dual_counts_two(text: str, expected: list[tuple[object, str]]) -> None:
    assert _units(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural spelled as a dual would be: no figure of its own
        ("قال مسؤولون مدنيين إن الوضع صعب.", []),
        ("تحدث مسؤول للصحفيين عن الحادث.", []),
        # the dual with its number word: one figure, the number word's
        ("قتل شخصين اثنين في الهجوم.", [(2, "killed")]),
        # a number word before the noun is the figure; the noun no second one
        ("أصيب ألفين شخص.", [(2000, "injured")]),
        # with the article: two already named, no new count
        ("وقال الطفلين إنهما بخير.", []),
        ("أنقذ رجال الإطفاء الرجلين.", []),
    ],
)
def test_arabic_dual_not_read(text: str, expected: list[tuple[object, str]]) -> None:
    assert _units(text, "ar") == expected


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        ("uk", "Росіяни вбили одну людину.", "одну людину"),
        ("uk", "Допомогу надали 300 людям.", "300 людям"),
        ("ru", "Помощь оказали 300 людям.", "300 людям"),
        ("ru", "Спасатели работали с 40 пассажирами.", "40 пассажирами"),
        ("pl", "Rosjanie zabili jedną osobę.", "jedną osobę"),
        ("pl", "Pomoc dotarła do 500 mieszkańcom.", "500 mieszkańcom"),
    ],
)
def test_case_forms_are_units(language: str, text: str, span: str) -> None:
    found = crosscheck.find_quantities(text, language=language)
    assert [q.text for q in found] == [span]
    assert found[0].unit is not None


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("ro", "Peste o sută de persoane au fost arestate.", "arrested"),
        ("ro", "Peste 30 de persoane sunt încă dispărute.", "missing"),
        ("es", "Más de un centenar de personas fueron detenidas.", "arrested"),
        ("es", "Unas 40 personas fueron rescatadas en la costa.", "rescued"),
        ("it", "Oltre 20 persone sono state salvate dai vigili.", "rescued"),
        ("fr", "Plus de 100 personnes ont été interpellées.", "arrested"),
        ("ca", "Més de 50 persones han estat detingudes.", "arrested"),
        ("pt", "Cerca de 300 pessoas foram evacuadas.", "evacuated"),
    ],
)
def test_feminine_status_after_hedged_count(language: str, text: str, unit: str) -> None:
    (q,) = crosscheck.find_quantities(text, language=language)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Peste 100 de persoane au participat la marș."),
        ("es", "Más de 100 personas participaron en la marcha."),
        ("fr", "Plus de 100 personnes ont défilé dans la ville."),
    ],
)
def test_no_status_without_its_predicate(language: str, text: str) -> None:
    (q,) = crosscheck.find_quantities(text, language=language)
    assert q.unit not in ("arrested", "rescued", "evacuated", "killed")


@pytest.mark.parametrize(
    ("language", "text", "whole"),
    [
        ("en", "Some 200 people are missing out of 1,400 residents.", "residents"),
        (
            "fr",
            "200 personnes sont portées disparues sur un total de 1 400 habitants.",
            "residents",
        ),
        ("it", "200 persone sono disperse su un totale di 1.400 abitanti.", "residents"),
        ("ro", "200 de persoane sunt date dispărute din cei 1.400 de locuitori.", "residents"),
    ],
)
def test_denominator_is_no_status_count(language: str, text: str, whole: str) -> None:
    first, second = crosscheck.find_quantities(text, language=language)
    assert first.unit == "missing"
    assert second.unit == whole


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        # "su" alone is "on": the figure after it keeps what the clause says
        ("it", "Finora è stata eseguita l'autopsia su 40 delle vittime.", "autopsies"),
    ],
)
def test_on_is_no_denominator(language: str, text: str, unit: str) -> None:
    (q,) = crosscheck.find_quantities(text, language=language)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Some 200 people are missing and 1,400 residents were evacuated."),
        ("en", "Five people were killed and 2,000 residents were evacuated."),
        ("fr", "200 personnes sont portées disparues et 1 400 habitants ont été évacués."),
    ],
)
def test_status_of_its_own_clause_kept(language: str, text: str) -> None:
    found = crosscheck.find_quantities(text, language=language)
    assert found[-1].unit == "evacuated"
