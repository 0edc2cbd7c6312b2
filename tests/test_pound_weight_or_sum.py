"""A pound in brackets beside a mass: a weight only when it is that mass again.

"A 250-kilogram (550-pound) bomb": the pound, written as a word, converts the kilograms
(550 / 2.2046 is 249.5), so it is a weight. "Customs seized 20 kilograms (£400,000) of
heroin": a sign or a code is money, and a pound word whose value is no conversion of the
mass ("20 Kilogramm (400.000 Pfund) Heroin") is the drug's worth, a sum beside a weight.
"""

from __future__ import annotations

import pytest

from ._articles import quantities

# A mass and, in brackets, the same mass in pounds (a word): a weight.
WEIGHTS = [
    ("en", "Engineers defused a 250-kilogram (550-pound) shell near the bridge."),
    ("en", "The lorry carried 1,100 pounds (500 kg) of fertiliser."),
    ("de", "Die Armee entschärfte eine 500 Kilogramm (1.100 Pfund) schwere Granate."),
    ("fr", "Les démineurs ont neutralisé un obus de 250 kilogrammes (550 livres)."),
    ("es", "Los artificieros desactivaron un proyectil de 250 kilos (550 libras)."),
    ("pt", "Os sapadores desativaram uma bomba de 250 quilos (550 libras)."),
    ("nl", "Het leger ontmantelde een bom van 250 kilo (550 pond)."),
]


@pytest.mark.parametrize(("lang", "text"), WEIGHTS)
def test_a_pound_word_that_converts_the_mass_is_a_weight(lang: str, text: str) -> None:
    units = [c.unit for c in quantities(text, lang, "2025-04-10")]
    assert "pounds_mass" in units
    assert "gbp" not in units


# A mass and, in brackets, its worth in pounds: a sum of money.
WORTH = [
    ("en", "Officers found 30 kilograms (£600,000) of cocaine in a van, the agency said."),
    ("en", "The haul of 200 kg (£900) was auctioned at the harbour."),
    ("en", "The drugs were worth £600,000 (30 kg of cocaine), the agency said."),
    ("en", "Officers found 30 kg (GBP 600,000) of cocaine."),
    ("de", "Der Zoll fand 30 Kilogramm (600.000 Pfund) Kokain in einem Lieferwagen."),
    ("fr", "Les douaniers ont saisi 30 kilogrammes (600 000 livres sterling) de cocaïne."),
    ("es", "La aduana incautó 30 kilos (600.000 libras esterlinas) de cocaína."),
    ("nl", "De douane vond 30 kilo (600.000 pond) cocaïne in een bestelbus."),
]


@pytest.mark.parametrize(("lang", "text"), WORTH)
def test_a_pound_that_is_no_conversion_of_the_mass_stays_money(lang: str, text: str) -> None:
    claims = quantities(text, lang, "2025-04-10")
    assert [c.unit for c in claims if c.quantity_kind == "money"] == ["gbp"]
    assert "pounds_mass" not in [c.unit for c in claims]
