"""Figures that named the wrong unit, or none where their sentence names it.

- A pound in brackets beside a weight ("a 250-kilogram (550-pound) shell") is a weight,
  not a sum of sterling.
- A caravan or a motorhome is a vehicle.
- A revision told as a range backwards ("raised the estimate to 12,000 hectares, from
  about 9,000") gives the earlier value the measure's unit.

All sentences are our own.
"""

from __future__ import annotations

import pytest

from ._articles import quantities


def _unit_of(text: str, lang: str, figure: str) -> str | None:
    """The unit of the first quantity claim whose text starts with ``figure``."""
    found = [c for c in quantities(text, lang) if c.text.startswith(figure)]
    assert found, (figure, [c.text for c in quantities(text, lang)])
    return found[0].unit


# --- a pound beside a weight is a weight ---------------------------------------------

WEIGHTS = [
    ("en", "Engineers defused a 250-kilogram (550-pound) shell on Sunday.", "550"),
    ("en", "The shell weighed 550 pounds (250 kg), the army said.", "550 pounds"),
    ("de", "Die 250 Kilogramm (550 Pfund) schwere Granate wurde entschärft.", "550"),
    ("fr", "Les démineurs ont neutralisé un obus de 250 kilos (550 livres).", "550"),
    ("es", "Los artificieros desactivaron un proyectil de 250 kilos (550 libras).", "550"),
    ("pl", "Saperzy rozbroili pocisk o wadze 250 kilogramów (550 funtów).", "550"),
    ("nl", "De explosievendienst ruimde een granaat van 250 kilo (550 pond) op.", "550"),
]


@pytest.mark.parametrize(("lang", "text", "figure"), WEIGHTS)
def test_a_pound_in_brackets_beside_a_weight_is_a_weight(lang: str, text: str, figure: str) -> None:
    assert _unit_of(text, lang, figure) == "pounds_mass"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "The club paid 10 million pounds (12 million euros) for him.", "10 million"),
        ("en", "Police seized 250 kilograms of cocaine worth 550 pounds a gram.", "550"),
        ("de", "Der Verein zahlte 10 Millionen Pfund (12 Millionen Euro).", "10 Millionen"),
        ("fr", "Le club a payé 10 millions de livres (12 millions d'euros).", "10 millions"),
        ("es", "El club pagó 10 millones de libras (12 millones de euros).", "10 millones"),
    ],
)
def test_a_pound_beside_a_sum_or_outside_brackets_stays_money(
    lang: str, text: str, figure: str
) -> None:
    # must NOT: a sum converted into a sum, or a price beside a weight, is money
    assert _unit_of(text, lang, figure) == "gbp"


# --- a caravan is a vehicle ----------------------------------------------------------

CARAVANS = [
    ("en", "The gale overturned 60 caravans at the holiday park.", "60"),
    ("nl", "De storm beschadigde 60 caravans op de camping.", "60"),
    ("de", "Der Sturm beschädigte 60 Wohnwagen auf dem Campingplatz.", "60"),
    ("fr", "La tempête a endommagé 60 caravanes au camping.", "60"),
    ("it", "La tromba d'aria ha danneggiato 60 roulotte nel campeggio.", "60"),
    ("es", "El temporal dañó 60 autocaravanas en el camping.", "60"),
    ("pt", "A tempestade danificou 60 autocaravanas no parque de campismo.", "60"),
    ("ca", "El temporal va malmetre 60 caravanes al càmping.", "60"),
    ("ro", "Furtuna a avariat 60 de rulote în camping.", "60"),
    ("pl", "Burza uszkodziła 60 przyczep kempingowych na polu namiotowym.", "60"),
    ("ru", "Ураган повредил 60 автодомов в кемпинге.", "60"),
    ("uk", "Буревій пошкодив 60 автобудинків у кемпінгу.", "60"),
    ("ar", "ألحقت العاصفة أضرارا بـ 60 كرفانات في المخيم.", "60"),
]


@pytest.mark.parametrize(("lang", "text", "figure"), CARAVANS)
def test_a_caravan_is_a_vehicle(lang: str, text: str, figure: str) -> None:
    assert _unit_of(text, lang, figure) == "vehicles"


def test_campers_in_english_may_be_people() -> None:
    # must NOT: English "campers" are mostly people at a camp, not their vans
    text = "Police moved 60 campers away from the river on Sunday."
    assert _unit_of(text, "en", "60") != "vehicles"


# --- a revision told as a range backwards --------------------------------------------

REVISIONS = [
    ("en", "The agency raised its estimate to 8,000 hectares, from about 6,000, on Monday."),
    ("it", "La Regione ha portato la stima a 8.000 ettari, da circa 6.000."),
    ("es", "El Gobierno elevó su cálculo a 8.000 hectáreas, de unas 6.000."),
    ("ca", "La Generalitat va elevar l'estimació a 8.000 hectàrees, d'unes 6.000."),
    ("ro", "Autoritățile au ridicat estimarea la 8.000 de hectare, de la 6.000."),
    ("ar", "رفعت الوزارة تقديرها إلى 8 آلاف هكتار من 6 آلاف"),
]


@pytest.mark.parametrize(("lang", "text"), REVISIONS)
def test_the_earlier_value_of_a_revised_measure_takes_its_unit(lang: str, text: str) -> None:
    units = [c.unit for c in quantities(text, lang) if c.low in (6000, 8000)]
    assert units == ["hectares", "hectares"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # must NOT: the bare figure names its own noun
        ("en", "The fire spread to 8,000 hectares from 6,000 farms, the agency said."),
        # must NOT: no closing word before the measure: not a revision
        ("en", "The park covers 8,000 hectares, from 6,000 in the east to the coast."),
        ("it", "Il parco copre 8.000 ettari, da 6.000 aziende agricole."),
    ],
)
def test_a_figure_after_from_that_is_no_earlier_value_keeps_its_reading(
    lang: str, text: str
) -> None:
    later = [c for c in quantities(text, lang) if c.low == 6000]
    assert not later or later[0].unit != "hectares"
