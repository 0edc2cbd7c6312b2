"""A crowd's size with no noun: "More than 200,000 marched in Paris".

A figure of 10,000 or more that names nothing, in a clause that tells of a march or a
vote ([predicates] protested, voted), counts that event's crowd as "200,000 people
marched" does: protesters or voters. A smaller figure, a sum of money, a figure with a
noun of its own and a clause of another event keep their reading; captives freed or
returned are left to their own rule.
"""

from __future__ import annotations

import pytest

from ._articles import figures


@pytest.mark.parametrize(
    ("lang", "text", "figure", "unit"),
    [
        (
            "en",
            "More than 200,000 marched in Paris on Thursday, the union said.",
            "More than 200,000",
            "protesters",
        ),
        ("fr", "Selon la CGT, 250 000 ont manifesté à Paris jeudi.", "250 000", "protesters"),
        (
            "es",
            "Unos 1,2 millones se manifestaron en todo el país, según los sindicatos.",
            "Unos 1,2 millones",
            "protesters",
        ),
        ("it", "Secondo i sindacati, 300.000 hanno manifestato a Roma.", "300.000", "protesters"),
        (
            "de",
            "Nach Angaben der Gewerkschaft demonstrierten 120.000 in Berlin.",
            "120.000",
            "protesters",
        ),
        ("nl", "Volgens de bonden demonstreerden 50.000 in Brussel.", "50.000", "protesters"),
    ],
)
def test_a_large_bare_figure_of_a_march_counts_protesters(
    lang: str, text: str, figure: str, unit: str
) -> None:
    assert figures(text, lang)[figure].unit == unit


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Some 2,000 marched in Lyon, the union said.", "Some 2,000"),  # too small alone
        (
            "fr",
            "Les dégâts de la manifestation sont estimés à 20 000 euros.",
            "estimés à 20 000 euros",
        ),
        (
            "en",
            "About 15,000 residents were evacuated as the fire spread.",
            "About 15,000 residents",
        ),
        ("en", "The blaze burned 12,000 hectares.", "12,000 hectares"),
    ],
)
def test_small_priced_or_named_figures_are_no_crowd(lang: str, text: str, figure: str) -> None:
    assert figures(text, lang)[figure].unit not in ("protesters", "voters")


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # the march's verb does not take the figure for its doer: a sum, a budget, a tonnage
        (
            "en",
            "The protesters marched on the ministry, which had cut 50,000 from the fund.",
            "50,000",
        ),
        (
            "en",
            "The strike cost the economy 20 million, the union said, as 30,000 marched.",
            "20 million",
        ),
        ("en", "Parliament voted on a 12,000 tonne aid package.", "12,000"),
        ("fr", "Les députés ont voté un budget de 50 000 pour la ville.", "50 000"),
        (
            "fr",
            "Les manifestants ont défilé contre la réforme, qui doit économiser 18 000 millions.",
            "18 000 millions",
        ),
        ("it", "Hanno manifestato per un aumento di 20.000 lire.", "20.000"),
    ],
)
def test_a_large_figure_the_verb_does_not_take_for_its_doer_is_no_crowd(
    lang: str, text: str, figure: str
) -> None:
    assert figures(text, lang)[figure].unit not in ("protesters", "voters")
