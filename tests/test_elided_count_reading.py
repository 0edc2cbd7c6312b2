"""A bare figure put by a verb of putting a figure ("put the number at about 150") reads
again the count of people or things before it in its sentence when that count is nearer
its size than a measure of the circumstances standing between them (a heat's degrees, a
distance): it counts what the count counts, not degrees. With no such count, or a measure
nearer its size, it stays a reading of the measure ("puts it at more than 700,000")."""

from __future__ import annotations

import pytest

from ._articles import quantities


def _unit_of(language: str, text: str, figure: str) -> str | None:
    """The unit of the one quantity claim whose text is ``figure``."""
    (unit,) = [c.unit for c in quantities(text, language) if c.text == figure]
    return unit


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        (
            "en",
            "Medics treated 180 runners in heat that reached 95 degrees Fahrenheit (35C); "
            "the organisers put the number at about 120.",
            "about 120",
            "treated",
        ),
        (
            "en",
            "Police evacuated 900 residents within 300 metres of the site; the mayor puts it at "
            "about 1,200.",
            "about 1,200",
            "evacuated",
        ),
        (
            "it",
            "Sono stati evacuati 900 residenti in un raggio di 300 metri, il sindaco li stima "
            "in circa 1.200.",
            "circa 1.200",
            "evacuated",
        ),
        (
            "es",
            "Fueron evacuados 900 vecinos en un radio de 300 metros; el alcalde los cifra "
            "en unos 1.200.",
            "unos 1.200",
            "evacuated",
        ),
        (
            "fr",
            "Quelque 900 habitants ont été évacués dans un rayon de 300 mètres ; le maire les "
            "estime à environ 1 200.",
            "environ 1 200",
            "evacuated",
        ),
        (
            "de",
            "Rund 900 Anwohner wurden im Umkreis von 300 Metern evakuiert; der Bürgermeister "
            "schätzt sie auf etwa 1.200.",
            "etwa 1.200",
            "evacuated",
        ),
    ],
)
def test_a_figure_put_again_reads_the_count_nearer_its_size(
    language: str, text: str, figure: str, unit: str
) -> None:
    assert _unit_of(language, text, figure) == unit


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # no count before: the measure's rival reading
        (
            "en",
            "The area hit is 420,000 hectares; a farmers' group puts it at more than 700,000.",
            "more than 700,000",
            "hectares",
        ),
        # a count far from its size and a measure near it: the measure
        (
            "en",
            "Some 500 people left as the fire burnt 3,000 hectares; the region puts it at 4,000.",
            "4,000",
            "hectares",
        ),
    ],
)
def test_a_measure_nearer_its_size_keeps_the_reading(
    language: str, text: str, figure: str, unit: str
) -> None:
    assert _unit_of(language, text, figure) == unit
