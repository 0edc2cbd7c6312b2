"""People held in an immigration detention centre are detainees (`prisoners`) in every
language; French names them "retenus" (of a "centre de rétention"), which had no unit, so
its figures were never compared. Hostages "toujours retenus" stay hostages."""

from __future__ import annotations

import pytest

from ._articles import quantities


def _unit_of(language: str, text: str, figure: str) -> str | None:
    """The unit of the one quantity claim whose text holds ``figure``."""
    (unit,) = [c.unit for c in quantities(text, language) if figure in c.text]
    return unit


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        ("fr", "Le centre de rétention comptait 85 retenus jeudi.", "85", "prisoners"),
        (
            "fr",
            "Une vingtaine de personnes retenues ont refusé le repas.",
            "vingtaine",
            "prisoners",
        ),
        # the same detainees in the other languages' words, read as before
        ("en", "The centre held 85 detainees on Thursday.", "85", "prisoners"),
        ("es", "El centro tenía 85 internos el jueves.", "85", "prisoners"),
        ("ca", "El centre tenia 85 interns dijous.", "85", "prisoners"),
        ("it", "Nel centro c'erano 85 detenuti giovedì.", "85", "prisoners"),
        # hostages still held keep their status
        ("fr", "Douze otages sont toujours retenus par le groupe armé.", "Douze", "hostages"),
    ],
)
def test_detainees_of_a_retention_centre_are_detainees(
    language: str, text: str, figure: str, unit: str
) -> None:
    assert _unit_of(language, text, figure) == unit
