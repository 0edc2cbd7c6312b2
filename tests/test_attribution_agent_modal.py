"""A modal verb (``[attribution] finite_verbs``: "devrait", "podría", "potrebbe", "pode")
belongs to a clause, never to a source's name: an agent after a reporting verb ends
before it ("confirmé par la préfecture | et devrait encore s'alourdir")."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        (
            "fr",
            "Le bilan de 40 morts a été confirmé par la préfecture et devrait encore s'alourdir.",
            "la préfecture",
        ),
        (
            "es",
            "El balance de 40 muertos fue confirmado por la Delegación del Gobierno y podría"
            " aumentar.",
            "la Delegación del Gobierno",
        ),
        (
            "it",
            "Il bilancio di 40 morti è stato confermato dalla prefettura e potrebbe salire.",
            "prefettura",
        ),
        (
            "pt",
            "O balanço de 40 mortos foi confirmado pela Proteção Civil e pode aumentar.",
            "Proteção Civil",
        ),
        # no modal: the source is as before
        (
            "fr",
            "Le bilan de 40 morts a été confirmé par la préfecture du Var.",
            "la préfecture du Var",
        ),
    ],
)
def test_an_agent_ends_before_a_modal(language: str, text: str, credit: str) -> None:
    assert _credits(text, language) == [credit]
