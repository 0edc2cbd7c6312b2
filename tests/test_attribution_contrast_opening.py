"""A contrast clause opened by "in the view of" ("…, mentre per X erano N") credits X."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "first", "second"),
    [
        (
            "it",
            "Secondo la questura, a Torino hanno sfilato 9mila persone, mentre per la Fiom "
            "erano 40mila.",
            "la questura",
            "la Fiom",
        ),
        (
            "es",
            "La Guardia Urbana contó 12.000 asistentes, mientras que para los convocantes "
            "fueron 70.000.",
            "La Guardia Urbana",
            "los convocantes",
        ),
        (
            "pt",
            "A PSP contou 6 mil pessoas, enquanto para a CGTP eram 25 mil.",
            "A PSP",
            "a CGTP",
        ),
        (
            "fr",
            "La mairie a recensé 300 sinistrés, tandis que pour la préfecture, 450 familles "
            "ont été touchées.",
            "La mairie",
            "la préfecture",
        ),
    ],
)
def test_the_contrast_clause_credits_its_own_source(
    language: str, text: str, first: str, second: str
) -> None:
    assert _credits(text, language) == [first, second]


def test_a_purpose_after_the_contrast_word_credits_no_one_new() -> None:
    # "per la ricostruzione" names no one: the cue is no source of its own
    text = "Secondo la Regione servono 5 milioni, mentre per la ricostruzione ne servono 20."
    assert "la ricostruzione" not in _credits(text, "it")
