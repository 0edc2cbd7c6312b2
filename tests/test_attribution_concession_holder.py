"""The holder of a concession (a motorway or port operator) is a body
(``[attribution] role_nouns``: "concessionaire", "concessionnaire", "concesionaria",
"concessionaria", "concessionária", "concessionària", "concesionar*", …): "according to
the concessionaire" credits it, and a later clause's speaker no longer takes the figure."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "en",
            "According to the concessionaire, 2,000 vehicles were stuck on the motorway.",
            "concessionaire",
        ),
        (
            "fr",
            "Selon le concessionnaire, 2 000 véhicules sont restés bloqués sur l'autoroute.",
            "concessionnaire",
        ),
        (
            "it",
            "Secondo la concessionaria, sono rimasti bloccati 2.000 veicoli sull'autostrada.",
            "concessionaria",
        ),
        (
            "pt",
            "Segundo a concessionária, ficaram retidos 2.000 veículos na autoestrada.",
            "concessionária",
        ),
        (
            "ro",
            "Potrivit concesionarului, 2.000 de vehicule au rămas blocate pe autostradă.",
            "concesionarului",
        ),
        (
            "es",
            "Según la concesionaria, quedaron atrapados 2.000 vehículos, y la protección civil"
            " cifra en unas 5.000 las personas que pasaron la noche en la carretera.",
            "concesionaria",
        ),
        (
            "ca",
            "Segons la concessionària, hi van quedar bloquejats 2.000 vehicles, i la protecció"
            " civil xifra en unes 5.000 les persones que van passar la nit a la carretera.",
            "concessionària",
        ),
    ],
)
def test_concession_holder_is_a_source(language: str, text: str, source: str) -> None:
    first = _credits(text, language)[0]
    assert first is not None
    assert source in first


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # must not: the later clause's own figure stays its speaker's
        (
            "es",
            "Según la concesionaria, quedaron atrapados 2.000 vehículos, y la protección civil"
            " cifra en unas 5.000 las personas que pasaron la noche en la carretera.",
            "protección civil",
        ),
        (
            "ca",
            "Segons la concessionària, hi van quedar bloquejats 2.000 vehicles, i la protecció"
            " civil xifra en unes 5.000 les persones que van passar la nit a la carretera.",
            "protecció civil",
        ),
    ],
)
def test_later_clause_keeps_its_speaker(language: str, text: str, source: str) -> None:
    last = _credits(text, language)[-1]
    assert last is not None
    assert source in last
