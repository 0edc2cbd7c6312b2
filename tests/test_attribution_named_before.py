"""A pointer noun stands for the body its own sentence names before it.

"Los datos proceden del balance que elabora el Centro de Datos (CID), según ha
indicado el organismo": "el organismo" is the centre just named, not a source of an
earlier sentence, and the figures this sentence credits are the centre's. A name
that a chain cue gives ("Citing X, the source added") is whom the source cites, not
the source. The sentences are our own.
"""

from __future__ import annotations

import pytest

from ._articles import figures as claims_of
from ._articles import source_of


@pytest.mark.parametrize(
    ("lang", "text", "figure", "source"),
    [
        (
            "es",
            "El número de muertos ha subido a 215.\n\nLos datos proceden del balance que "
            "elabora el Centro de Datos (CID), según ha indicado el organismo en un comunicado.",
            "215",
            "el Centro de Datos (CID)",
        ),
        (
            "ca",
            "El nombre de morts ha pujat fins a 215.\n\nLes dades provenen del balanç que "
            "elabora el Centre de Dades (CID), segons ha indicat l'organisme en un comunicat.",
            "215",
            "el Centre de Dades (CID)",
        ),
    ],
)
def test_the_pointer_is_the_body_named_before_it(
    lang: str, text: str, figure: str, source: str
) -> None:
    assert source_of(claims_of(text, lang), figure) == source


def test_a_name_a_chain_cue_gives_is_no_antecedent() -> None:
    text = (
        "The congressional source said 315,000 troops were lost.\n\n"
        "Citing a confidential assessment, the source added that 2,200 tanks were lost."
    )
    assert source_of(claims_of(text, "en"), "2,200 tanks") != "a confidential assessment"
