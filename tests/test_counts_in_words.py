"""Small counts in words, hedged collective nouns and "to" words as bounds.

* An article before a casualty noun that agrees with it is the numeral one in
  every gender and declension: "une morte", "o moartă", "ein Toter", "ein
  Schwerverletzter" ([units], as "un mort", "einen Toten" were).
* Collective numerals go on past ten: "дванадцятеро", "dwanaścioro".
* A collective noun after a bound is one ten or hundred: "более сотни" (more than
  100), "около сотни", "ponad setka", "een tiental", "أكثر من مائة"; without a
  bound the plural stays vague ("сотни человек": hundreds) ([numbers]
  singular_after_bound, standalone, approximate).
* "a few dozen", "several dozen" are as vague as "dozens".
* Dutch "tot" before a figure is "up to" ("er vielen tot 40 doden"), but "to" after a
  verb of change ("het dodental steeg tot 40") ([syntax] level_verbs).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import crosscheck
from crosscheck import Article
from crosscheck.claims._build import extract_claims


def _one(text: str, language: str) -> crosscheck.Quantity:
    found = crosscheck.find_quantities(text, language=language)
    assert len(found) == 1, found
    return found[0]


def _reading(q: crosscheck.Quantity) -> tuple[object, object, str, str | None]:
    low = None if q.low is None else Decimal(str(q.low))
    high = None if q.high is None else Decimal(str(q.high))
    return low, high, q.qualifier, q.unit


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("fr", "L'accident a fait une morte et deux blessés.", "killed"),
        ("fr", "Une blessée grave a été transportée à l'hôpital.", "injured"),
        ("fr", "Un disparu est toujours recherché.", "missing"),
        ("es", "El accidente dejó una muerta y dos heridos.", "killed"),
        ("es", "Un desaparecido sigue sin localizar.", "missing"),
        ("it", "Il crollo ha causato una morta.", "killed"),
        ("pt", "O acidente deixou uma morta e dois feridos.", "killed"),
        ("ca", "L'accident va deixar una morta i dos ferits.", "killed"),
        ("ro", "Accidentul a lăsat o moartă și doi răniți.", "killed"),
        ("de", "Ein Toter und zwölf Verletzte bei dem Brand.", "killed"),
        ("de", "Ein Schwerverletzter wurde ins Krankenhaus gebracht.", "injured"),
        ("de", "Ein Vermisster wird noch gesucht.", "missing"),
    ],
)
def test_an_article_agreeing_with_a_casualty_noun_is_one(
    language: str, text: str, unit: str
) -> None:
    found = crosscheck.find_quantities(text, language=language)
    assert (Decimal(1), unit) in [(Decimal(str(q.low)), q.unit) for q in found]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El bombero sufrió una herida grave en la pierna."),  # a wound
        ("it", "Il pompiere ha riportato una ferita grave."),
        ("pt", "O bombeiro sofreu uma ferida na perna."),
        ("de", "Der Tote war ein Mann aus dem Dorf."),  # the dead man, no count
        ("fr", "La victime a été retrouvée morte chez elle."),
    ],
)
def test_an_article_before_a_wound_or_a_definite_dead_is_no_count(language: str, text: str) -> None:
    assert crosscheck.find_quantities(text, language=language) == []


@pytest.mark.parametrize(
    ("language", "text", "value", "unit"),
    [
        ("uk", "Загинула одна людина, дванадцятеро поранені.", 12, "injured"),
        ("pl", "Rannych zostało dwanaścioro dzieci.", 12, "injured"),
        ("pl", "W wypadku zginęło jedenaścioro dzieci.", 11, "killed"),
    ],
)
def test_collective_numerals_past_ten_count(
    language: str, text: str, value: int, unit: str
) -> None:
    found = crosscheck.find_quantities(text, language=language)
    assert (Decimal(value), unit) in [(Decimal(str(q.low)), q.unit) for q in found]


@pytest.mark.parametrize(
    ("language", "text", "reading"),
    [
        ("ru", "Более сотни человек были задержаны.", (100, None, "over")),
        ("ru", "Полиция задержала более сотни человек.", (100, None, "over")),
        ("ru", "Около сотни человек были задержаны.", (100, 100, "approx")),
        ("ru", "Более десятка человек были задержаны.", (10, None, "over")),
        ("ru", "Десяток человек был задержан.", (10, 10, "approx")),
        ("uk", "Більше сотні людей затримали.", (100, None, "over")),
        ("uk", "Близько сотні людей затримали.", (100, 100, "approx")),
        ("uk", "Понад сотню людей затримали.", (100, None, "over")),
        ("pl", "Ponad setka osób została zatrzymana.", (100, None, "over")),
        ("pl", "Zatrzymano blisko setki osób.", (100, 100, "approx")),
        ("pl", "Dwie setki osób zatrzymano.", (200, 200, "approx")),
        ("nl", "Een tiental mensen raakte gewond.", (10, 10, "approx")),
        ("nl", "Een honderdtal betogers werd opgepakt.", (100, 100, "approx")),
        ("nl", "Een dertigtal mensen raakte gewond.", (30, 30, "approx")),
        ("nl", "Een vijftal mensen werd opgepakt.", (5, 5, "approx")),
        ("ar", "اعتقلت الشرطة أكثر من مائة متظاهر.", (100, None, "over")),
        ("ar", "قتل مئة شخص في الهجوم.", (100, 100, "exact")),
        ("en", "A few dozen protesters were arrested.", (12, None, "vague")),
        ("en", "Several dozen protesters were arrested.", (12, None, "vague")),
        ("en", "A couple of dozen people died.", (12, None, "vague")),
    ],
)
def test_a_hedged_collective_noun_is_a_bound_or_vague_figure(
    language: str, text: str, reading: tuple[int, int | None, str]
) -> None:
    low, high, qualifier = reading
    got = _reading(_one(text, language))
    assert got[:3] == (Decimal(low), None if high is None else Decimal(high), qualifier)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Сотни человек были задержаны."),
        ("ru", "Задержаны сотни человек."),
        ("uk", "Сотні людей затримали."),
        ("pl", "Setki osób zostały zatrzymane."),
        ("en", "Dozens of people were injured."),
    ],
)
def test_a_collective_plural_without_a_bound_stays_vague(language: str, text: str) -> None:
    assert _one(text, language).qualifier == "vague"


def test_a_percent_word_is_no_hundred_of_its_own() -> None:
    q = _one("ارتفعت النسبة إلى 40 في المئة.", "ar")
    assert (Decimal(str(q.low)), q.unit) == (Decimal(40), "percent")


@pytest.mark.parametrize(
    "text",
    [
        "Bij de brand vielen tot veertig doden.",
        "Er kwamen tot 40 mensen om het leven.",
        "Tot 40 mensen werden geëvacueerd.",
    ],
)
def test_dutch_tot_before_a_figure_is_up_to(text: str) -> None:
    q = _one(text, "nl")
    assert (q.low, Decimal(str(q.high)), q.qualifier) == (None, Decimal(40), "up_to")


@pytest.mark.parametrize(
    "text",
    [
        "Het dodental steeg tot 40.",
        "Het dodental is inmiddels opgelopen tot 40.",
        "Het dodental liep op tot 40.",
        "Het aantal doden nam toe tot 40.",
        "Het dodental werd bijgesteld tot 40.",
        "Het ongeluk leidde tot 40 doden.",  # a verb that governs "tot"
    ],
)
def test_dutch_tot_after_a_verb_of_change_is_the_level(text: str) -> None:
    q = _one(text, "nl")
    assert (Decimal(str(q.low)), Decimal(str(q.high)), q.qualifier) == (
        Decimal(40),
        Decimal(40),
        "exact",
    )


def test_a_to_word_repeated_without_its_verb_is_the_level_too() -> None:
    found = crosscheck.find_quantities(
        "Het aantal soldaten stijgt tot 4.000 en dat van de agenten tot 6.500.", language="nl"
    )
    assert [(q.high, q.qualifier) for q in found] == [(4000, "exact"), (6500, "exact")]


def test_a_to_word_after_a_clause_of_its_own_stays_up_to() -> None:
    found = crosscheck.find_quantities(
        "Het dodental steeg tot 40, er raakten tot 100 mensen gewond.", language="nl"
    )
    assert [(q.high, q.qualifier) for q in found] == [(40, "exact"), (100, "up_to")]


def test_dutch_tot_between_two_figures_is_a_range() -> None:
    q = _one("Er vielen van 10 tot 40 doden.", "nl")
    assert (Decimal(str(q.low)), Decimal(str(q.high)), q.qualifier) == (
        Decimal(10),
        Decimal(40),
        "range",
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "One-third of the town was evacuated."),
        ("en", "A hundred years ago the bridge collapsed."),
        ("en", "One day later the fire was out."),
        ("nl", "Tot maandag waren er geen doden gemeld."),
    ],
)
def test_a_share_a_duration_or_a_date_is_no_head_count(language: str, text: str) -> None:
    kinds = {"killed", "injured", "missing", "arrested", "people", "evacuated"}
    assert not [q for q in crosscheck.find_quantities(text, language=language) if q.unit in kinds]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The fire killed 12 people. One of the victims was a child."),
        ("ru", "Один из погибших был пожарным."),
        ("pl", "Jedna z ofiar była dzieckiem."),
        ("ro", "Unul dintre morți era pompier."),
    ],
)
def test_one_of_a_group_is_a_part_never_a_toll(language: str, text: str) -> None:
    ones = [
        c
        for c in extract_claims(Article(id="a", text=text, language=language))
        if c.kind == "quantity" and c.low == 1
    ]
    assert ones
    assert all(c.among is not None for c in ones)
