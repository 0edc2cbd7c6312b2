"""Employers' organisations are sources of a strike's turnout.

"La patronal cifró el seguimiento en un 20%", "Le patronat a chiffré la participation à
20 %", "…, aldus de werkgevers": the employers' side gives its own reading of a strike,
as the unions give theirs (``[attribution] role_nouns``). A federation that merely has
members ("The federation has 40 member clubs") credits no one.
"""

from __future__ import annotations

import pytest

from tests._articles import credits

CREDITED = [
    ("en", "The employers' federation put turnout at 20 percent.", "The employers' federation"),
    ("en", "Turnout was 20 percent, the employers said.", "the employers"),
    (
        "de",
        "Der Arbeitgeberverband bezifferte die Beteiligung auf 20 Prozent.",
        "Der Arbeitgeberverband",
    ),
    ("de", "Die Beteiligung lag bei 20 Prozent, teilte der Verband mit.", "der Verband"),
    ("es", "La patronal cifró el seguimiento en un 20%.", "La patronal"),
    ("fr", "Le patronat a chiffré la participation à 20 %.", "Le patronat"),
    ("pt", "O patronato estimou a adesão em 20%.", "O patronato"),
    ("ca", "La patronal va xifrar el seguiment en un 20%.", "La patronal"),
    (
        "nl",
        "De werkgeversorganisatie schatte de deelname op 20 procent.",
        "De werkgeversorganisatie",
    ),
    ("nl", "De deelname lag op 20 procent, aldus de werkgevers.", "de werkgevers"),
]

NO_SOURCE = [
    ("en", "The federation has 40 member clubs."),
    ("en", "Employers cut 400 jobs last year."),
    ("de", "Der Verband hat 40 Mitglieder."),
    ("es", "La patronal agrupa a 400 empresas."),
]


@pytest.mark.parametrize(("lang", "text", "source"), CREDITED)
def test_the_employers_side_is_credited(lang: str, text: str, source: str) -> None:
    assert credits(text, lang) == [source]


@pytest.mark.parametrize(("lang", "text"), NO_SOURCE)
def test_a_federation_that_has_members_credits_no_one(lang: str, text: str) -> None:
    assert set(credits(text, lang)) <= {None}
