"""Russian and Ukrainian: what their data files need from the generic engine.

Detection must tell the two apart (and from the Latin-script languages), and
the engine must read what Cyrillic news text does differently: apostrophes
inside Ukrainian number words, lower-case words after an abbreviation's dot,
"до" that means "to" after a verb of change, and a source named by the
sentence after the figures ("Об этом сообщает Reuters").
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article, find_quantities
from crosscheck.extract._sentences import split_sentences
from crosscheck.ingest import detect_language

RU_TEXT = (
    "Власти региона сообщили, что после прорыва дамбы эвакуированы более 4000 человек. "
    "По словам губернатора, вода поднялась на два метра за ночь, и спасатели всё ещё "
    "ищут людей, которые не успели покинуть свои дома. Это уже второе наводнение в этом году."
)
UK_TEXT = (
    "Влада області повідомила, що після прориву дамби евакуювали понад 4000 людей. "
    "За словами губернатора, вода піднялася на два метри за ніч, і рятувальники досі "
    "шукають людей, які не встигли залишити свої оселі. Це вже друга повінь цього року."
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (RU_TEXT, "ru"),
        (UK_TEXT, "uk"),
        ("Число погибших выросло до 40 человек, сообщили в министерстве.", "ru"),
        ("Кількість загиблих зросла до 40 осіб, повідомили в міністерстві.", "uk"),
        ("Генштаб: за добу ворог втратив ще 1200 військових, які не змогли відступити", "uk"),
        ("Минобороны: за сутки противник потерял ещё 1200 военных, которые не смогли отойти", "ru"),
    ],
)
def test_detection_tells_russian_from_ukrainian(text: str, code: str) -> None:
    assert detect_language(text) == code
    assert detect_language(text.upper()) == code


@pytest.mark.parametrize("apostrophe", ["'", "\u2019", "\u02bc", "\u2018"])
def test_ukrainian_number_words_keep_their_apostrophe(apostrophe: str) -> None:
    text = f"Евакуювали дев{apostrophe}ятсот п{apostrophe}ятнадцять людей."
    (q,) = find_quantities(text, language="uk")
    assert (q.low, q.high) == (915, 915)
    assert q.text == f"дев{apostrophe}ятсот п{apostrophe}ятнадцять людей"


def test_inflected_numerals_and_multipliers() -> None:
    (q,) = find_quantities("Погибли от двух до пяти тысяч человек.", language="ru")
    assert (q.low, q.high, q.qualifier) == (2000, 5000, "range")
    (q,) = find_quantities("Зникли безвісти понад сорок тисяч людей.", language="uk")
    assert (q.low, q.high, q.qualifier) == (40000, None, "over")


def test_a_lower_case_word_after_an_abbreviation_continues_the_sentence() -> None:
    text = "В регионе 11 тыс. погибли и 20 тыс. пропали без вести. Поиски продолжаются."
    assert len(split_sentences(text)) == 2
    found = find_quantities(text, language="ru")
    assert [(q.low, q.unit) for q in found] == [(11000, "killed"), (20000, "missing")]


@pytest.mark.parametrize(
    ("text", "code", "qualifier", "bounds"),
    [
        ("Число погибших выросло до 212 человек.", "ru", "exact", (212, 212)),
        ("Кількість загиблих зросла до 148 осіб.", "uk", "exact", (148, 148)),
        ("Эвакуации подлежат до 20 тысяч жителей.", "ru", "up_to", (None, 20000)),
        ("Укриття вміщує до 600 осіб.", "uk", "up_to", (None, 600)),
    ],
)
def test_up_to_word_after_a_verb_of_change_is_the_new_level(
    text: str, code: str, qualifier: str, bounds: tuple[int | None, int | None]
) -> None:
    (q,) = find_quantities(text, language=code)
    assert q.qualifier == qualifier
    assert (q.low, q.high) == bounds


@pytest.mark.parametrize(
    ("text", "code", "source"),
    [
        (
            "В результате наводнения погибли не менее 300 человек. Об этом сообщает Reuters.",
            "ru",
            "Reuters",
        ),
        (
            "Ворог втратив ще 1250 військових. Про це повідомив Генеральний штаб ЗСУ.",
            "uk",
            "Генеральний штаб ЗСУ",
        ),
    ],
)
def test_a_back_reference_credits_the_figures_before_it(text: str, code: str, source: str) -> None:
    claims = crosscheck.report([Article(id="a", text=text, language=code)]).claims
    (claim,) = [c for c in claims if c.kind == "quantity"]
    assert claim.attributed_to == source


def test_a_back_reference_stops_at_the_paragraph() -> None:
    text = "В городе погибли 300 человек.\nОб этом сообщает Reuters."
    claims = crosscheck.report([Article(id="a", text=text, language="ru")]).claims
    (claim,) = [c for c in claims if c.kind == "quantity"]
    assert claim.attributed_to is None


def test_a_headline_name_before_a_colon_is_the_source() -> None:
    text = "Генштаб ЗСУ: Росія за добу втратила 920 своїх військових"
    claims = crosscheck.report([Article(id="a", text=text, language="uk")]).claims
    (claim,) = [c for c in claims if c.kind == "quantity"]
    assert claim.attributed_to == "Генштаб ЗСУ"


def test_a_place_before_a_colon_is_no_source() -> None:
    text = "Киев: потери противника за сутки составили 1100 военных"
    claims = crosscheck.report([Article(id="a", text=text, language="ru")]).claims
    (claim,) = [c for c in claims if c.kind == "quantity"]
    assert claim.attributed_to is None
