"""A "more than" after a negation of its clause says "only": "il ne restait plus que 90".

French "ne … plus que", Spanish "no … más que", Portuguese "não … mais (do) que", Catalan
"no … més que" and Italian "non … più che" are exceptives: "il ne restait plus que 90
personnes au centre" means only 90 were left, not more than 90 (``[qualifiers.negated]
only`` after an ``only_negations`` word of the clause; extract._quantities
``_exceptive``). In probes8 the shelter's 90 on the last morning (wb-006) was read as
"over 90". A plain negation of the verb ("n'ont pas évacué plus que 90"), "más de" (a
bound of its own), and a "more than" with no negation before it keep their old reading.
"""

from __future__ import annotations

import pytest

from ._articles import quantities

ONLY = [
    ("fr", "Jeudi matin, il ne restait plus que 90 personnes au centre d'accueil."),
    ("fr", "Vendredi, il n'y avait plus que 90 grévistes."),
    ("es", "El jueves no quedaban más que 90 personas en el albergue."),
    ("pt", "Na quinta-feira já não restavam mais do que 90 pessoas no abrigo."),
    ("ca", "Dijous no hi quedaven més que 90 persones al pavelló."),
    ("it", "Giovedì non c'erano più che 90 persone al centro."),
]

# (language, text): a bound still
STILL_OVER = [
    ("fr", "Les secours n'ont pas évacué plus que 90 personnes."),
    ("fr", "Le bilan dépasse désormais plus que 90 morts, selon le ministère."),
    ("es", "No murieron más de 90 personas."),
    ("it", "Non sono morte più di 90 persone."),
    ("pt", "Foram retiradas mais do que 90 pessoas."),
    # a negated bound before: the figure after it took the negation
    ("pt", "Morreram não menos que 12 e mais que 90 pessoas."),
]


@pytest.mark.parametrize(("lang", "text"), ONLY)
def test_only_so_many_are_left(lang: str, text: str) -> None:
    (q,) = quantities(text, lang)
    assert (q.low, q.high, q.qualifier) == (90, 90, "exact")


@pytest.mark.parametrize(("lang", "text"), STILL_OVER)
def test_a_plain_bound_keeps_its_reading(lang: str, text: str) -> None:
    (q,) = [q for q in quantities(text, lang) if "90" in q.text]
    assert (q.low, q.high, q.qualifier) == (90, None, "over")
