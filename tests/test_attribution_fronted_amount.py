"""A fronted object headed by a noun of an amount ("Die Menge des Mülls schätzt X auf …").

In a verb-second language the object may open the clause; when its head is one of
``[attribution] amount_nouns`` (a quantity, volume, extent or sum) the verb's subject
follows the verb and is the source. A compound whose last part is a body ("schooldirectie")
names a source as its head does.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article


def _credits(text: str, language: str) -> list[str | None]:
    rep = crosscheck.report([Article(id="a", text=text, language=language, published="2024-01-01")])
    return [c.attributed_to for c in rep.claims if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "de",
            "Die Menge des Mülls schätzt die Stadtverwaltung auf 400 Tonnen.",
            "die Stadtverwaltung",
        ),
        (
            "de",
            "Das Ausmaß der Schäden beziffert der Versicherer auf 4 Millionen Euro.",
            "der Versicherer",
        ),
        (
            "nl",
            "De omvang van de schade schat de schooldirectie op 2 miljoen euro.",
            "de schooldirectie",
        ),
        ("uk", "Обсяг сміття оцінює міськрада в 400 тонн.", "міськрада"),
        ("ru", "Объём мусора оценивает мэрия в 400 тонн.", "мэрия"),
        ("pl", "Ilość odpadów szacuje ratusz na 400 ton.", "ratusz"),
    ],
)
def test_the_subject_after_the_verb_speaks(language: str, text: str, source: str) -> None:
    assert _credits(text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "de",
            "Die Stadtverwaltung schätzt die Menge des Mülls auf 400 Tonnen.",
            "Die Stadtverwaltung",
        ),
        ("nl", "De gemeente schat de hoeveelheid afval op 400 ton.", "De gemeente"),
        ("en", "The council put the amount of waste at 400 tonnes.", "The council"),
    ],
)
def test_a_subject_before_the_verb_keeps_it(language: str, text: str, source: str) -> None:
    # the amount noun stands in the object after the verb: the subject before it speaks
    assert _credits(text, language) == [source]
