"""More bodies found after a death toll add to the same dead: an increment, not a total.

"at least 11 dead after three more bodies were found": the three are part of
what the toll rose by, never a rival death toll of 3. Bodies and deaths count
the same dead (``dead`` in ``concepts.toml``), and "new" after a figure
("trois nouveaux corps", "tre nuovi corpi") says it adds to what was counted.
A figure of another status after a toll ("Another 4,000 are missing") stays
a total of its own (tests/test_frames.py).
"""

from __future__ import annotations

import pytest

from crosscheck import Article
from crosscheck.claims._build import extract_claims


def _figure(language: str, text: str, figure: str) -> tuple[str | None, bool]:
    claims = [
        c
        for c in extract_claims(Article(id="a", text=text, language=language))
        if c.kind == "quantity" and figure in c.text
    ]
    assert claims, figure
    return claims[0].unit, claims[0].increment


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("en", "The toll rose to at least 11 dead after divers found three more bodies.", "three"),
        ("fr", "Le bilan atteint 11 morts après la découverte de trois nouveaux corps.", "trois"),
        ("it", "Il bilancio sale a 11 morti dopo il ritrovamento di tre nuovi corpi.", "tre"),
        ("es", "El balance sube a 11 muertos tras el hallazgo de tres nuevos cuerpos.", "tres"),
        ("de", "Die Zahl der Toten stieg auf elf, als man drei weitere Leichen barg.", "drei"),
        ("nl", "Het dodental steeg naar elf nadat duikers drie nieuwe lichamen vonden.", "drie"),
        ("ru", "Число погибших выросло до 11 после того, как нашли три новых тела.", "три"),
        ("pl", "Liczba ofiar wzrosła do 11 po odnalezieniu trzech kolejnych ciał.", "trzech"),
    ],
)
def test_more_bodies_after_a_toll_add_to_it(language: str, text: str, figure: str) -> None:
    assert _figure(language, text, figure) == ("bodies_recovered", True)


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        # no word of addition: the bodies found so far, a total
        ("en", "The toll rose to 11 dead. Divers have recovered eight bodies so far.", "eight"),
        ("fr", "Le bilan est de 11 morts. Les garde-côtes ont repêché huit corps.", "huit"),
        ("it", "Il bilancio è di 11 morti. Sono stati recuperati otto corpi.", "otto"),
        # more people of another status after the toll: a total of their own
        ("en", "The toll rose to 11 dead, and 20 more people are missing.", "20"),
        ("fr", "Le bilan est de 11 morts et 20 autres personnes sont portées disparues.", "20"),
    ],
)
def test_bodies_or_others_without_an_addition_stay_totals(
    language: str, text: str, figure: str
) -> None:
    assert _figure(language, text, figure)[1] is False
