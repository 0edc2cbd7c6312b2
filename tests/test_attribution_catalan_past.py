"""Catalan's everyday past is periphrastic ("va parlar de", "van parlar de"): a speaker who
"spoke of" a figure in it is credited as in the present ("parla de") or the perfect."""

from __future__ import annotations

import pytest

from ._articles import credit_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("El sindicat va parlar de 12.000 participants a la vaga.", "12.000", "El sindicat"),
        ("Els bombers van parlar de 300 hectàrees cremades.", "300", "Els bombers"),
        ("L'alcalde havia parlat de 40 ferits abans del migdia.", "40", "L'alcalde"),
        ("Els veïns havien parlat de 20 cases inundades.", "20", "Els veïns"),
    ],
)
def test_spoke_of_in_the_periphrastic_past_credits_its_subject(
    text: str, figure: str, source: str
) -> None:
    assert credit_of("ca", text, figure) == source


def test_a_talk_about_something_else_credits_no_one() -> None:
    # "parlar de" with no subject before it (an infinitive after "per") names no speaker
    assert credit_of("ca", "Es van reunir per parlar de 12 propostes.", "12") is None
