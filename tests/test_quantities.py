"""Focused sentences for the rules of ``extract/_quantities.py``.

Each case is one sentence and the quantities it must give, in order; only the
keys written are checked (as in ``tests/corpus``), and the case fails when
the number of quantities differs. The sentences are written for these rules,
in several languages: ranges with units and shared magnitudes, bounds joined
into a range, "or more" after a hedge, "or equal" forms and comparison signs,
figures glued to units or currency codes, what is not a quantity (labels,
dates, scores, addresses, clock times, web addresses, years), changes in
lists and restated changes, conversions in brackets. See docs/semantics.md.
"""

from __future__ import annotations

import math
from typing import Any

import pytest

from crosscheck import find_quantities
from crosscheck.extract._quantities import extract_quantities
from crosscheck.lang import get_language

NONE = None

# (language, sentence, [expected fields of each quantity, in order])
CASES: list[tuple[str, str, list[dict[str, Any]]]] = [
    # --- ranges: units after each figure, shared magnitude, "from … to …" ---
    (
        "en",
        "Prices rose between 3% and 4% last year.",
        [{"low": 3, "high": 4, "qualifier": "range", "unit": "percent"}],
    ),
    (
        "es",
        "El billete cuesta de 10 a 12 euros.",
        [{"low": 10, "high": 12, "qualifier": "range", "unit": "eur"}],
    ),
    (
        "en",
        "The fine could be from $10 to $15 billion.",
        [{"low": 10_000_000_000, "high": 15_000_000_000, "unit": "usd"}],
    ),
    (
        "en",
        "It costs between USD 5m and USD 8m.",
        [{"low": 5_000_000, "high": 8_000_000, "qualifier": "range", "unit": "usd"}],
    ),
    ("en", "The range is 5k-20k.", [{"low": 5000, "high": 20000, "qualifier": "range"}]),
    # a unit after the first figure that does not come back: two figures
    (
        "en",
        "The index gained 0.7 percent to 6,327.80.",
        [{"low": 0.7, "unit": "percent", "change": "up"}, {"low": 6327.8, "unit": NONE}],
    ),
    (
        "de",
        "Die Aktie stieg um 4 Prozent auf 300 Euro.",
        [{"low": 4, "unit": "percent"}, {"low": 300, "unit": "eur"}],
    ),
    # an amount of change with its own unit, then the level it reached
    (
        "en",
        "The deficit increased by $2 billion to $9 billion.",
        [
            {"low": 2_000_000_000, "high": 2_000_000_000, "change": "up"},
            {"low": 9_000_000_000, "high": 9_000_000_000, "change": NONE},
        ],
    ),
    (
        "en",
        "Temperatures dropped by 1 to 1.5 degrees.",
        [{"low": 1, "high": 1.5, "qualifier": "range", "change": "down"}],
    ),
    # a year never ends a range
    (
        "en",
        "Exports rose 12% in 2019 to 4.2 million tonnes.",
        [{"low": 12, "unit": "percent"}, {"low": 4_200_000, "unit": "tonnes"}],
    ),
    # "from X to Y" after a change verb: the two levels, bounds sorted, no change
    (
        "en",
        "Growth fell from 4.8 percent to 4.5 percent.",
        [{"low": 4.5, "high": 4.8, "qualifier": "range", "unit": "percent", "change": NONE}],
    ),
    (
        "en",
        "The reward rose from $160 to $180.",
        [{"low": 160, "high": 180, "unit": "usd", "change": NONE}],
    ),
    # a hedge that ends with the word opening the range
    (
        "es",
        "Cerca de 10 a 12 kilómetros separan las ciudades.",
        [{"low": 10, "high": 12, "qualifier": "approx", "approximate": True, "unit": "kilometres"}],
    ),
    # --- two bounds joined into one range ---
    (
        "en",
        "The value is more than 100 and less than 300.",
        [{"low": 100, "high": 300, "qualifier": "range"}],
    ),
    (
        "it",
        "Il valore è più di 20 e meno di 40 euro.",
        [{"low": 20, "high": 40, "qualifier": "range", "unit": "eur"}],
    ),
    (
        "fr",
        "Le nombre est supérieur à 10 et inférieur à 50.",
        [{"low": 10, "high": 50, "qualifier": "range"}],
    ),
    (
        "pt",
        "Existem 100 no máximo e 20 no mínimo.",
        [{"low": 20, "high": 100, "qualifier": "range"}],
    ),
    (
        "ro",
        "Valoarea este peste 100 și sub 300.",
        [{"low": 100, "high": 300, "qualifier": "range"}],
    ),
    # a lower bound above the upper one stays two bounds
    (
        "en",
        "More than 40 and less than 10 are not the same.",
        [
            {"low": 40, "high": NONE, "qualifier": "over"},
            {"low": NONE, "high": 10, "qualifier": "under"},
        ],
    ),
    # --- bounds after the figure, "or equal", signs ---
    (
        "en",
        "There were about 300 or more.",
        [{"low": 300, "high": NONE, "qualifier": "at_least", "approximate": True}],
    ),
    (
        "es",
        "Llegaron unos 30 o más.",
        [{"low": 30, "high": NONE, "qualifier": "at_least", "approximate": True}],
    ),
    (
        "nl",
        "Er komen ongeveer vijfhonderd of minder.",
        [{"low": NONE, "high": 500, "qualifier": "up_to", "approximate": True}],
    ),
    # "or less" of "5000 or less than 6000" bounds the next figure, not 5000
    (
        "en",
        "It is equal to 5000 or less than 6000.",
        [
            {"low": 5000, "high": 5000, "qualifier": "exact"},
            {"low": NONE, "high": 6000, "qualifier": "under"},
        ],
    ),
    (
        "es",
        "Saca una nota de 200 o mayor de 190.",
        [{"low": 200, "qualifier": "exact"}, {"low": 190, "qualifier": "over"}],
    ),
    # before its noun: the bound, then the unit
    ("es", "Hay 30 o menos niños.", [{"high": 30, "qualifier": "up_to", "unit": "children"}]),
    ("es", "Vinieron 30 o menores.", [{"high": 30, "qualifier": "up_to", "unit": NONE}]),
    ("en", "Pick values less than or equal to 70.", [{"high": 70, "qualifier": "up_to"}]),
    ("es", "Un número mayor o igual a 15.", [{"low": 15, "qualifier": "at_least"}]),
    # negated comparatives are whole phrases, matched longest first
    ("nl", "Het is niet meer als 50.", [{"high": 50, "qualifier": "up_to"}]),
    ("it", "La sua età non è inferiore a 18.", [{"low": 18, "qualifier": "at_least"}]),
    ("fr", "x est au moins de 12.", [{"low": 12, "qualifier": "at_least"}]),
    (
        "en",
        "x>10 and y<=25",
        [{"low": 10, "qualifier": "over"}, {"high": 25, "qualifier": "up_to"}],
    ),
    ("pt", "Quando x >= 7", [{"low": 7, "qualifier": "at_least"}]),
    # a sign glued to another sign is no bound we can read
    ("en", "<>30", [{"low": 30, "high": 30, "qualifier": "exact"}]),
    (
        "en",
        "Demand for sub-300 sq m offices has surged.",
        [{"high": 300, "qualifier": "under", "unit": "square_metres"}],
    ),
    # --- figures glued to units and currency codes ---
    (
        "en",
        "The phone has 256GB of storage; 50mph winds; a 1.5mm gap; a 5kW panel.",
        [
            {"low": 256, "unit": "gigabytes"},
            {"low": 50, "unit": "miles_per_hour"},
            {"low": 1.5, "unit": "millimetres"},
            {"low": 5, "unit": "kilowatts"},
        ],
    ),
    (
        "en",
        "The car reached about 80 m.p.h. in a 32m2 garage.",
        [
            {"low": 80, "qualifier": "approx", "unit": "miles_per_hour"},
            {"low": 32, "unit": "square_metres"},
        ],
    ),
    (
        "en",
        "The yacht sold for USD10m and the share for RM23.50.",
        [{"low": 10_000_000, "unit": "usd"}, {"low": 23.5, "unit": "myr"}],
    ),
    (
        "en",
        "The house is worth $US55,000 ($A82,000).",
        [{"low": 55000, "unit": "usd"}, {"low": 82000, "unit": "aud"}],
    ),
    # "PS" is "£" transliterated, but glued to one digit it is a model name
    (
        "en",
        "He bought a PS5 for PS450 and paid PS2.7m for a flat.",
        [{"low": 450, "unit": "gbp"}, {"low": 2_700_000, "unit": "gbp"}],
    ),
    # one-letter unit symbols are case-sensitive: "3M" is not metres
    ("it", "Le visualizzazioni sono state 3M.", [{"unit": NONE}]),
    ("en", "The wall is 3 m high.", [{"low": 3, "unit": "metres"}]),
    # --- labels, dates, scores, addresses: not quantities ---
    ("en", "The iPhone 12 costs $799.", [{"low": 799, "unit": "usd"}]),
    ("en", "The FTSE 100 fell 2%.", [{"low": 2, "unit": "percent", "change": "down"}]),
    ("en", "FTSE 100 shares fell 1%.", [{"low": 1, "unit": "percent"}]),
    ("en", "He was hurt in Game 6 and missed 12 games.", [{"low": 12}]),
    ("fr", "Le club joue en Ligue 1 depuis 4 ans.", [{"low": 4, "unit": "years"}]),
    ("ro", "Echipa joacă în Liga 1 de trei ani.", [{"low": 3, "unit": "years"}]),
    # German capitalises every noun: a capitalised word says nothing there
    ("de", "Am Montag demonstrierten in Berlin 300 Menschen.", [{"low": 300, "unit": "people"}]),
    # a figure that carries its unit is counted even after a capitalised word
    (
        "en",
        "Officials in Kyiv said Russia Sends 500 Troops to the border.",
        [{"low": 500, "unit": "troops"}],
    ),
    # a headline capitalises every word: no name is meant
    ("en", "Israel Strikes Kill 30 In Gaza Overnight Raid", [{"low": 30}]),
    ("en", "We did that on Oct. 31, and again on Sept. 20-24.", []),
    (
        "en",
        "Bristol beat Charlton 2-1 in the 2014-15 season; 5-10 people came.",
        [{"low": 5, "high": 10, "unit": "people"}],
    ),
    ("en", "They lived at 49 Zorro Ranch Road for 3 years.", [{"low": 3, "unit": "years"}]),
    ("fr", "Il habite au 5 rue de Rivoli depuis longtemps.", []),
    ("en", "It has a six-speed gearbox and a five-year warranty.", [{"low": 5, "unit": "years"}]),
    ("en", "Use a new password for each one, never the same one twice.", []),
    ("en", "Only one soldier was hurt.", [{"low": 1, "unit": "wounded"}]),
    ("fr", "Les négociations ont repris à 14 h 30.", []),
    ("es", "La sesión comenzará a las 10.30 horas.", []),
    ("en", "The plane landed at 0401 GMT.", []),
    ("en", "See https://example.com/page%2020/2024/05 for 3 photos.", [{"low": 3}]),
    # "scores" counts only as "scores of"
    (
        "en",
        "He scores between 10 and 15. Scores of people came.",
        [
            {"low": 10, "high": 15, "qualifier": "range"},
            {"low": 20, "qualifier": "vague", "unit": "people"},
        ],
    ),
    # --- years ---
    ("en", "It pushed past the 1000 hp barrier.", [{"low": 1000, "unit": "horsepower"}]),
    (
        "en",
        "In 2021 most people stayed home; by 2120 seas rise; between 1600 and 1900 it froze.",
        [],
    ),
    ("en", "The army sent 2000 soldiers.", [{"low": 2000, "unit": "troops"}]),
    # --- change ---
    (
        "en",
        "The Dow fell 0.9%, while the Nasdaq slid 1.1% and Nvidia advanced 8%.",
        [
            {"low": 0.9, "change": "down"},
            {"low": 1.1, "change": "down"},
            {"low": 8, "change": "up"},
        ],
    ),
    (
        "en",
        "The index lost 190 points, or 0.6%.",
        [
            {"low": 190, "unit": "points", "change": "down"},
            {"low": 0.6, "unit": "percent", "change": "down"},
        ],
    ),
    (
        "fr",
        "L'indice a perdu 3 points, soit 1,2 %.",
        [
            {"low": 3, "unit": "points", "change": "down"},
            {"low": 1.2, "unit": "percent", "change": "down"},
        ],
    ),
    (
        "de",
        "Der Index fiel um 3 Punkte oder 1,2 Prozent.",
        [{"low": 3, "change": "down"}, {"low": 1.2, "change": "down"}],
    ),
    # the level reached is no amount of change
    (
        "en",
        "Shares rose 5% to 300 pence.",
        [{"low": 5, "change": "up"}, {"low": 300, "unit": "gbp_pence", "change": NONE}],
    ),
    # a signed percentage is a change
    ("en", "Dow +0.2% FTSE -1.3%", [{"low": 0.2, "change": "up"}, {"low": -1.3, "change": "down"}]),
    ("nl", "Het aantal is met 12 procent gedaald.", [{"low": 12, "change": "down"}]),
    # --- a conversion in brackets keeps the bound ---
    (
        "en",
        "The moths fly more than 100 kilometres (60 miles).",
        [
            {"low": 100, "qualifier": "over", "unit": "kilometres"},
            {"low": 60, "high": NONE, "qualifier": "over", "unit": "miles"},
        ],
    ),
    (
        "en",
        "It makes just under 296 hp (224 kW / 300 PS).",
        [
            {"high": 296, "qualifier": "under"},
            {"high": 224, "qualifier": "under"},
            {"high": 300, "qualifier": "under", "unit": "horsepower"},
        ],
    ),
]


def _same(expected: Any, got: Any) -> bool:
    if isinstance(expected, int | float) and not isinstance(expected, bool):
        return got is not None and not isinstance(got, bool) and math.isclose(got, expected)
    return bool(expected == got)


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    CASES,
    ids=[f"{lang}-{i:03d}" for i, (lang, _, _) in enumerate(CASES)],
)
def test_quantities(language: str, sentence: str, expected: list[dict[str, Any]]) -> None:
    found = find_quantities(sentence, language=language)
    shown = "\n".join(
        f"  {q.text!r}: low={q.low} high={q.high} {q.qualifier} unit={q.unit} "
        f"change={q.change} approximate={q.approximate}"
        for q in found
    )
    assert len(found) == len(expected), f"{sentence!r} gave\n{shown}"
    for index, (want, q) in enumerate(zip(expected, found, strict=True)):
        for key, value in want.items():
            assert _same(value, getattr(q, key)), (
                f"{sentence!r} quantity {index}: {key} expected {value!r}, "
                f"got {getattr(q, key)!r}\n{shown}"
            )


def test_spans_point_into_the_text() -> None:
    """Every span, however it was assembled, is the text it covers."""
    for language, sentence, _ in CASES:
        for q in find_quantities(sentence, language=language):
            assert sentence[q.start : q.end] == q.text


# Who a paragraph counts says whether its "injured" are an army's wounded, even
# when the sentence of the figure names no soldier (claims read one sentence at
# a time and give the paragraph before it).
@pytest.mark.parametrize(
    ("code", "before", "sentence", "unit"),
    [
        (
            "en",
            "Officials said 30,000 soldiers had been killed since May. ",
            "For the other side they gave 12,000 dead and 40,000 injured.",
            "wounded",
        ),
        (
            "de",
            "Seit Mai seien 30.000 Soldaten getötet worden. ",
            "Für die andere Seite nannten sie 12.000 Tote und 40.000 Verletzte.",
            "wounded",
        ),
        (
            "es",
            "Desde mayo han muerto 30.000 soldados. ",
            "Del otro lado se cuentan 12.000 muertos y 40.000 heridos.",
            "wounded",
        ),
        (
            "fr",
            "Depuis mai, 30 000 soldats ont été tués. ",
            "De l'autre côté, on compte 12 000 morts et 40 000 blessés.",
            "wounded",
        ),
        (
            "pl",
            "Od maja zginęło 30 tys. żołnierzy. ",
            "Po drugiej stronie mowa o 12 tys. zabitych i 40 tys. rannych.",
            "wounded",
        ),
        # without combatants before it, the injured stay injured
        (
            "en",
            "The floods hit 30 towns in May. ",
            "Officials gave 120 dead and 400 injured.",
            "injured",
        ),
    ],
)
def test_a_paragraph_that_counts_combatants_makes_the_injured_wounded(
    code: str, before: str, sentence: str, unit: str
) -> None:
    found = extract_quantities(sentence, get_language(code), before=before)
    assert found[-1].unit == unit
    # alone, the sentence names no combatants
    assert extract_quantities(sentence, get_language(code))[-1].unit == "injured"


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "In 2023 Russian forces moved west."),
        ("de", "Im Jahr 2023 griffen russische Truppen an."),
        ("fr", "En 2023 les forces russes ont avancé."),
    ],
)
def test_a_demonym_adjective_after_a_year_names_no_count(code: str, text: str) -> None:
    assert [q.text for q in find_quantities(text, code) if q.unit == "people"] == []


# A sentence that opens with a partitive counts parts of the last figure of
# the sentence before it (claims read one sentence at a time).
@pytest.mark.parametrize(
    ("code", "before", "sentence", "unit"),
    [
        (
            "en",
            "The quake injured 48 people. ",
            "Of these, 30 in the old town and 9 in the port.",
            "injured",
        ),
        ("de", "Das Beben forderte 48 Tote. ", "Darunter seien 30 Kinder und 9 Rentner.", "killed"),
        (
            "es",
            "El sismo dejó 48 heridos. ",
            "Entre ellos figuraban 30 vecinos del centro y 9 turistas.",
            "injured",
        ),
        (
            "fr",
            "Le séisme a fait 48 morts. ",
            "Parmi eux, 30 habitants du centre et 9 touristes.",
            "killed",
        ),
        (
            "it",
            "Il sisma ha causato 48 feriti. ",
            "Tra questi 30 residenti del centro e 9 turisti.",
            "injured",
        ),
        (
            "nl",
            "De aardbeving eiste 48 doden. ",
            "Onder hen 30 inwoners van het centrum en 9 toeristen.",
            "killed",
        ),
    ],
)
def test_a_sentence_opening_with_a_partitive_counts_parts_of_the_one_before(
    code: str, before: str, sentence: str, unit: str
) -> None:
    found = extract_quantities(sentence, get_language(code), before=before)
    assert [q.unit for q in found] == [unit, unit]


def test_a_partitive_of_a_plain_head_count_keeps_its_own_noun() -> None:
    found = extract_quantities(
        "Of these, 300 were children.", get_language("en"), before="The town has 5,000 residents. "
    )
    assert [q.unit for q in found] == ["children"]


@pytest.mark.parametrize(
    ("code", "text", "values"),
    [
        ("en", "The toll reached 640, France 24 reported on Monday.", [640]),
        ("fr", "Le bilan s'élève à 640 morts, selon France 24.", [640]),
        ("es", "El balance es de 640 muertos, según France 24.", [640]),
        ("ca", "Segons TV3, el balanç és de 640 morts.", [640]),
        ("ar", "ارتفعت الحصيلة إلى 640 قتيلا بحسب ما نقله موقع فرانس 24.", [640]),
    ],
)
def test_a_number_in_a_news_outlet_name_is_no_figure(
    code: str, text: str, values: list[int]
) -> None:
    """ "France 24", "فرانس 24", "TV3" ([attribution] outlets with a digit) name an outlet."""
    assert [q.low for q in find_quantities(text, language=code)] == values
