""" "Almost" keeps a figure approximate in every language (docs/semantics.md, Qualifiers):
Russian "почти" and Ukrainian "майже" and "без малого" read as the others' "almost".

Cases are our own wording, not taken from any benchmark article.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities

ALMOST = [
    ("ru", "На площади собрались почти 400 человек.", "почти 400"),
    ("ru", "Без малого 400 человек собрались на площади.", "Без малого 400"),
    ("uk", "На площі зібралися майже 400 людей.", "майже 400"),
    ("uk", "Без малого 400 людей зібралися на площі.", "Без малого 400"),
    ("uk", "Майже чотири сотні людей зібралися на площі.", "Майже чотири сотні"),
    # the other languages already read their "almost" so: the rule holds for all
    ("en", "Almost 400 people gathered in the square.", "Almost 400"),
    ("fr", "Près de 400 personnes se sont rassemblées.", "Près de 400"),
    ("es", "Casi 400 personas se reunieron en la plaza.", "Casi 400"),
    ("it", "Quasi 400 persone si sono radunate in piazza.", "Quasi 400"),
    ("de", "Fast 400 Menschen versammelten sich auf dem Platz.", "Fast 400"),
    ("nl", "Bijna 400 mensen verzamelden zich op het plein.", "Bijna 400"),
    ("pt", "Quase 400 pessoas reuniram-se na praça.", "Quase 400"),
    ("ca", "Gairebé 400 persones es van aplegar a la plaça.", "Gairebé 400"),
    ("ro", "Aproape 400 de oameni s-au adunat în piață.", "Aproape 400"),
    ("pl", "Prawie 400 osób zebrało się na placu.", "Prawie 400"),
    ("ar", "تجمع تقريبا 400 شخص في الساحة.", "400"),
]


def _first(text: str, lang: str, start: str) -> tuple[str, float | None, float | None]:
    found = [q for q in find_quantities(text, lang) if start in q.text or q.text in start]
    assert found, (text, [q.text for q in find_quantities(text, lang)])
    q = found[0]
    return q.qualifier, q.low, q.high


@pytest.mark.parametrize(("lang", "text", "figure"), ALMOST)
def test_almost_is_approximate(lang: str, text: str, figure: str) -> None:
    qualifier, low, high = _first(text, lang, figure)
    assert qualifier == "approx", (text, qualifier)
    assert low == high == 400, (text, low, high)


# Must NOT: "less than", "not quite", "just under" keep their upper bound.
UNDER = [
    ("ru", "На площади собрались менее 400 человек.", "менее 400"),
    ("ru", "На площади собрались неполных 400 человек.", "неполных 400"),
    ("uk", "На площі зібралися менше 400 людей.", "менше 400"),
    ("uk", "На площі зібралися трохи менше 400 людей.", "трохи менше 400"),
    ("de", "Knapp 400 Menschen versammelten sich auf dem Platz.", "Knapp 400"),
    ("en", "Just under 400 people gathered in the square.", "Just under 400"),
]


@pytest.mark.parametrize(("lang", "text", "figure"), UNDER)
def test_less_than_stays_under(lang: str, text: str, figure: str) -> None:
    qualifier, _low, high = _first(text, lang, figure)
    assert qualifier == "under", (text, qualifier)
    assert high == 400
