"""Acknowledging a figure reports it ("reconoce", "reconnaît", "riconosce",
"acknowledges", "erkent", "przyznaje", "признаёт"); German had no such verb:
"einräumen" is one, and its split form reports only with its particle closing the
clause ("räumte … ein", ``split_verbs``), not "räumte 40 Autos von der Straße"."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Das Unternehmen räumte 220 Entlassungen ein.", ["Das Unternehmen"]),
        (
            "de",
            "Die Gewerkschaft spricht von 400 Entlassungen, gegenüber den 220, die das "
            "Unternehmen einräumt.",
            ["Die Gewerkschaft", "das Unternehmen"],
        ),
        # the same class in other languages, already read so
        (
            "es",
            "Los sindicatos hablan de 400 despidos, frente a los 220 que reconoce la empresa.",
            ["Los sindicatos", "la empresa"],
        ),
        (
            "it",
            "I sindacati parlano di 400 licenziamenti, contro i 220 che riconosce l'azienda.",
            ["I sindacati", "l'azienda"],
        ),
        (
            "pt",
            "Os sindicatos falam em 400 despedimentos, contra os 220 que a empresa reconhece.",
            ["Os sindicatos", "a empresa"],
        ),
        (
            "ca",
            "Els sindicats parlen de 400 acomiadaments, davant dels 220 que reconeix l'empresa.",
            ["Els sindicats", "l'empresa"],
        ),
    ],
)
def test_acknowledged_figure(language: str, text: str, expected: list[str]) -> None:
    assert _credits(text, language) == expected


def test_other_particle_is_another_verb() -> None:
    # must not: "räumen" with another particle or none clears, it does not report
    assert _credits("Die Polizei räumte 40 Autos von der Straße.", "de") == [None]
