"""A bare figure in a list keeps a plural noun of its own: the dogs are no helicopters.

German, Italian, Romanian and Dutch plurals have endings of their own
(``[frames] plural_endings``); without them "zwei Helikopter und vier Hunde"
read the four dogs as helicopters and set them against "two helicopters".
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Im Einsatz waren zwei Helikopter und vier Hunde."),
        ("it", "Sono intervenuti due elicotteri e quattro cani."),
        ("ro", "Au intervenit două elicoptere și patru câini."),
        ("nl", "Er werden twee helikopters en vier honden ingezet."),
    ],
)
def test_a_plural_noun_after_a_listed_figure_is_its_own(language: str, text: str) -> None:
    first, second = find_quantities(text, language)
    assert first.unit == "helicopters"
    assert second.unit != "helicopters"  # the dogs' own noun (animals, or none)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Es gab 40 Tote und 60 Verletzte, davon 12 schwer."),
        ("it", "Ci sono 40 morti e 60 feriti, di cui 12 gravi."),
        ("de", "Der Sturm zerstörte 20 Häuser und beschädigte 35 weitere."),
    ],
)
def test_known_words_and_parts_still_take_the_lists_unit(language: str, text: str) -> None:
    units = [q.unit for q in find_quantities(text, language)]
    assert None not in units
