"""The manager or operator of an infrastructure is a body that gives figures.

"según el gestor aeroportuario", "volgens de luchthavenbeheerder", "potrivit
administratorului aeroporturilor": the nouns for who runs an airport, a network or a road
(``[attribution] role_nouns``; in Dutch also ``role_heads``, for compounds) name a source
as "operator" does. Counted as what a figure counts ("12 gestores"), they credit no one.
"""

from __future__ import annotations

import pytest

from tests._articles import quantities


def _sources(text: str, lang: str) -> list[str | None]:
    return [c.attributed_to for c in quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "es",
            "En total se cancelaron 1.140 vuelos, según el gestor aeroportuario.",
            "el gestor aeroportuario",
        ),
        (
            "pt",
            "No total foram cancelados 1.140 voos, segundo o gestor aeroportuário.",
            "o gestor aeroportuário",
        ),
        (
            "ca",
            "En total s'han cancel·lat 1.140 vols, segons el gestor aeroportuari.",
            "el gestor aeroportuari",
        ),
        (
            "it",
            "In totale sono stati cancellati 1.140 voli, secondo i gestori degli aeroporti.",
            "i gestori degli aeroporti",
        ),
        (
            "nl",
            "In totaal werden 1.140 vluchten geschrapt, volgens de luchthavenbeheerder.",
            "de luchthavenbeheerder",
        ),
        (
            "nl",
            "In totaal werden 1.140 vluchten geschrapt, volgens de beheerder van de luchthavens.",
            "de beheerder van de luchthavens",
        ),
        (
            "ro",
            "În total au fost anulate 1.140 de zboruri, potrivit administratorului aeroporturilor.",
            "administratorului aeroporturilor",
        ),
        ("pl", "W sumie odwołano 1140 lotów, według zarządcy lotnisk.", "zarządcy lotnisk"),
    ],
)
def test_a_manager_noun_names_a_source(lang: str, text: str, source: str) -> None:
    assert _sources(text, lang) == [source]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La empresa despidió a 12 gestores el año pasado."),
        ("pt", "A empresa demitiu 12 gestores no ano passado."),
        ("nl", "Het bedrijf ontsloeg vorig jaar 12 beheerders."),
    ],
)
def test_managers_counted_credit_no_one(lang: str, text: str) -> None:
    assert _sources(text, lang) == [None]
