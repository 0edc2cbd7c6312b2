"""A country set off by commas after the place it locates, inside a clause a comma
opened ("Acme, which has a plant in Lyon, France, says …"), is part of that clause: the
verb's subject stands before the clause, not the country (``_without_place_commas``)."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "en",
            "Acme, which plans to close its plant in Lyon, France, says the cuts will save 200"
            " million euros a year.",
            "Acme",
        ),
        (
            "es",
            "Acme, que planea cerrar su planta de Lyon, Francia, dice que los recortes ahorrarán"
            " 200 millones de euros al año.",
            "Acme",
        ),
        (
            "it",
            "La Acme, che vuole chiudere la fabbrica di Lione, Francia, dice che i tagli faranno"
            " risparmiare 200 milioni di euro l'anno.",
            "Acme",
        ),
        (
            "pt",
            "A Acme, que pretende fechar a fábrica de Lyon, França, diz que os cortes vão poupar"
            " 200 milhões de euros por ano.",
            "Acme",
        ),
        (
            "fr",
            "Acme, qui veut fermer son usine de Lyon, France, affirme que les suppressions"
            " feront économiser 200 millions d'euros par an.",
            "Acme",
        ),
        (
            "ro",
            "Acme, care vrea să închidă fabrica din Lyon, Franța, spune că reducerile vor"
            " economisi 200 de milioane de euro pe an.",
            "Acme",
        ),
    ],
)
def test_country_inside_a_clause_is_no_subject(language: str, text: str, source: str) -> None:
    (credit,) = _credits(text, language)
    assert credit is not None
    assert source in credit


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # must not: with no clause opened before it, the place phrase keeps its reading
        (
            "en",
            "The interior ministry in Paris, France, said 40 people were hurt.",
            "The interior ministry in Paris",
        ),
        ("en", "Officials in Lyon, France, said 40 people were hurt.", "Officials in Lyon"),
    ],
)
def test_place_phrase_with_no_clause_keeps_its_reading(
    language: str, text: str, source: str
) -> None:
    assert _credits(text, language) == [source]
