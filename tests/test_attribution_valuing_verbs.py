"""Verbs of putting a value on a thing ("valued the haul at", "ha valutato il bottino
in", "avaliou o roubo em", "bewertete die Beute mit", "waardeerde de buit op", "wycenił
łup na", "tasó el botín en") report the figure their object and preposition lead to
(``[attribution] framed_verbs`` and ``framed_prepositions``), as "put the turnout at"
does: their subject is its source. Without the preposition right before the figure they
report nothing ("The team valued the 40 volunteers")."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "The insurer valued the stolen paintings at about 12 million euros.", "The insurer"),
        (
            "en",
            "Four men broke into the gallery, police said. The insurer valued the stolen "
            "paintings at about 12 million euros.",
            "The insurer",
        ),
        (
            "it",
            "L'assicuratore ha valutato i quadri rubati in circa 12 milioni di euro.",
            "L'assicuratore",
        ),
        ("pt", "A seguradora avaliou os quadros em cerca de 12 milhões de euros.", "A seguradora"),
        (
            "de",
            "Der Versicherer bewertete die Gemälde mit rund 12 Millionen Euro.",
            "Der Versicherer",
        ),
        (
            "nl",
            "De verzekeraar waardeerde de schilderijen op zo'n 12 miljoen euro.",
            "De verzekeraar",
        ),
        ("pl", "Ubezpieczyciel wycenił obrazy na około 12 milionów euro.", "Ubezpieczyciel"),
        ("es", "La aseguradora tasó los cuadros en unos 12 millones de euros.", "La aseguradora"),
    ],
)
def test_valuing_verb_credits_its_subject(language: str, text: str, source: str) -> None:
    assert _credits(text, language)[-1] == source


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # must not: no preposition before the figure, no report
        ("en", "The team valued highly the 40 volunteers.", [None]),
        ("de", "Die Jury bewertete 40 Filme.", [None]),
        ("nl", "Het publiek waardeerde de 40 muzikanten.", [None]),
    ],
)
def test_valuing_verb_without_its_preposition(
    language: str, text: str, expected: list[str | None]
) -> None:
    assert _credits(text, language) == expected
