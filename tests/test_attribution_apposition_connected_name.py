"""A role-headed source followed by a name between commas credits both ("The company,
Acme Chemicals, said"); the name may join its capitalised words by short lower-case
connectors ("Químiques del Francolí", "Bank of Valencia") and hold a place that is not
all of it. A place alone ("The governor, Valencia,") or a phrase that is no name ("in a
statement on Monday") is no apposition."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "en",
            "The company, Químiques del Francolí, said 1,200 residents had been evacuated.",
            "The company, Químiques del Francolí",
        ),
        (
            "en",
            "The company, Bank of Valencia, said 1,200 jobs would go.",
            "The company, Bank of Valencia",
        ),
        (
            "de",
            "Das Unternehmen, Chimica del Po, teilte mit, dass 1.200 Anwohner evakuiert wurden.",
            "Das Unternehmen, Chimica del Po",
        ),
        (
            "nl",
            "Het bedrijf, Chimica del Po, meldt dat 1200 bewoners zijn geëvacueerd.",
            "Het bedrijf, Chimica del Po",
        ),
        (
            "ro",
            "Compania, Chimica del Po, a anunțat că 1.200 de locuitori au fost evacuați.",
            "Compania, Chimica del Po",
        ),
        (
            "it",
            "L'azienda, Bank of Valencia, ha detto che 1.200 posti di lavoro saranno tagliati.",
            "L'azienda, Bank of Valencia",
        ),
    ],
)
def test_connected_name_after_role(language: str, text: str, source: str) -> None:
    assert _credits(text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # must not: a place alone, or words that name no one
        ("en", "The governor, Valencia, said 1,200 residents had been evacuated.", "The governor"),
        (
            "en",
            "The company, in a statement on Monday, said 1,200 residents had been evacuated.",
            "The company",
        ),
        (
            "fr",
            "Le ministre, selon nos informations, a dit que 1 200 riverains ont été évacués.",
            "Le ministre",
        ),
    ],
)
def test_no_apposition(language: str, text: str, source: str) -> None:
    assert _credits(text, language) == [source]
