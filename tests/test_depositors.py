"""A bank's depositors and savers are its customers in every language (concepts.toml
``customers``; ``[units] customers`` of each language file): a figure with one of their
nouns is no longer left with no unit, so two sources' counts of them are compared."""

from __future__ import annotations

import pytest

from ._articles import quantities


def _unit_of(language: str, text: str, figure: str) -> str | None:
    """The unit of the one quantity claim whose text holds ``figure``."""
    (unit,) = [c.unit for c in quantities(text, language) if figure in c.text]
    return unit


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("en", "The lender had some 35,000 depositors when it failed.", "35,000"),
        ("en", "About 9,000 savers are waiting for their money.", "9,000"),
        ("fr", "La caisse comptait environ 35 000 épargnants.", "35 000"),
        ("es", "La entidad tenía unos 35.000 ahorradores.", "35.000"),
        ("it", "La banca aveva circa 35.000 risparmiatori.", "35.000"),
        ("de", "Die Bank hatte rund 35.000 Sparer.", "35.000"),
        ("nl", "De bank telde ongeveer 35.000 spaarders.", "35.000"),
        ("pt", "O banco tinha cerca de 35 mil depositantes.", "35 mil"),
        ("ca", "L'entitat tenia uns 35.000 estalviadors.", "35.000"),
        ("ro", "Banca avea aproximativ 35.000 de deponenți.", "35.000"),
        ("pl", "Bank miał około 35 tys. deponentów.", "35 tys."),
        ("ru", "У банка было около 35 тысяч вкладчиков.", "35 тысяч"),
        ("uk", "Банк мав близько 35 тисяч вкладників.", "35 тисяч"),
        ("ar", "كان لدى المصرف نحو 3500 مودع.", "3500"),
    ],
)
def test_a_bank_s_depositors_are_its_customers(language: str, text: str, figure: str) -> None:
    assert _unit_of(language, text, figure) == "customers"


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # the deposits themselves are money, never the people who made them
        ("en", "Savers had deposits of 2.5 billion euros at the bank.", "2.5 billion", "eur"),
        ("de", "Die Einlagen der Sparer beliefen sich auf 2,5 Milliarden Euro.", "2,5", "eur"),
        # people and a utility's customers keep their own nouns
        ("en", "Some 4,000 people queued outside the branch.", "4,000", "people"),
        ("fr", "La tempête a privé 20 000 clients d'électricité.", "20 000", "customers"),
        ("ro", "Peste 4.000 de oameni au așteptat la ghișee.", "4.000", "people"),
    ],
)
def test_money_and_other_heads_keep_their_units(
    language: str, text: str, figure: str, unit: str
) -> None:
    assert _unit_of(language, text, figure) == unit
