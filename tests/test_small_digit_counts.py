"""A small figure in digits before a plural noun is a figure, as a number word there is.

A figure below ten in digits needs to say what it counts, as a number word does: its
unit, or a plural noun of its own right after it (one adjective may stand between),
or a partitive. "Thieves took 7 paintings" counts paintings though no unit concept
names them. Must-not: after a determiner ("the 7 paintings": a set named again), "2"
with no partitive, and a figure after a capitalised word (a name's number: "Article 5
applies", "Linie 4 fährt") stay no figure.
"""

from __future__ import annotations

import pytest

from tests._articles import quantities


def _values(text: str, lang: str) -> list[float | None]:
    return [c.low for c in quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Thieves took 7 paintings from the gallery overnight."),
        ("es", "Los ladrones se llevaron 7 cuadros de la galería."),
        ("it", "I ladri hanno portato via 7 dipinti dalla galleria."),
        ("nl", "De dieven namen 7 schilderijen uit de galerie mee."),
        ("pl", "Złodzieje zabrali z galerii 7 obrazów."),
        ("de", "Die Diebe nahmen 7 Gemälde aus der Galerie mit."),
    ],
)
def test_a_small_digit_figure_counts_the_plural_noun_after_it(lang: str, text: str) -> None:
    assert _values(text, lang) == [7]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The 7 paintings were restored last year."),
        ("en", "Thieves took 2 paintings from the gallery."),
        ("en", "Article 5 applies to every member."),
        ("es", "Los 7 cuadros fueron restaurados."),
        ("de", "Die Linie 4 fährt wieder."),
    ],
)
def test_a_set_named_again_or_a_names_number_stays_out(lang: str, text: str) -> None:
    assert _values(text, lang) == []
