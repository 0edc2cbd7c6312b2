"""A number word that is also a common word is a number before a plural noun, where listed.

``[numbers] homographs`` are number words that are also common words (ca "nou": new,
de/nl "acht": heed, deems; it "venti": winds; ro "nouă": new). Alone they count
nothing unless a unit, a partitive or a qualifier makes them a count. Where the other
reading cannot stand before a plural noun (``[numbers] plural_homographs``: the
Catalan adjective "nou" agrees with a singular noun), such a word before a plural
noun the units do not hold is the number: "es van endur nou peces" took nine pieces.
Must-not: the adjective or noun reading keeps no figure, and languages where the other
reading precedes a plural word too list none (it "Venti forti", nl "Het kabinet acht
maatregelen nodig", ro "Noua lege": a feminine singular ends in -e as a plural does;
de "Acht Lawinen gingen ab" stays a count only where its clause counts people).
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _values(text: str, lang: str) -> list[float | None]:
    return [None if q.low is None else float(q.low) for q in find_quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("ca", "Els lladres es van endur nou quadres del palau.", 9),
        ("ca", "Al museu encara hi falten nou escultures.", 9),
        ("ca", "Van robar nou joies de la col·lecció reial.", 9),
    ],
)
def test_a_homograph_before_a_plural_noun_is_a_number(lang: str, text: str, value: int) -> None:
    assert _values(text, lang) == [value]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ca", "L'ajuntament ha obert un museu nou al barri."),
        ("ca", "El nou director ha parlat amb la premsa."),
        ("de", "Das darf man nicht außer Acht lassen."),
        ("de", "Acht Lawinen gingen ab."),
        ("it", "Venti forti hanno colpito la costa."),
        ("nl", "Het kabinet acht maatregelen nodig."),
        ("ro", "Noua lege privind incendiile a intrat în vigoare."),
    ],
)
def test_the_other_reading_keeps_no_figure(lang: str, text: str) -> None:
    assert _values(text, lang) == []
