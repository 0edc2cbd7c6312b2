"""The day a wreck, crash or collapse happened dates the disaster, not a later count.

"17 cuerpos del pesquero que naufragó el martes, según el último balance
difundido este viernes": the 17 hold on Friday, not Tuesday. Verbs of a
disaster happening are ``[events] struck`` (an onset: its day is skipped).
"""

from __future__ import annotations

import pytest

from crosscheck import Article
from crosscheck.claims._build import extract_claims

PUBLISHED = "2025-06-20"  # a Friday; "Tuesday" is 2025-06-17, "Thursday" 2025-06-19


def _as_of(language: str, text: str, figure: str) -> str | None:
    claims = [
        c
        for c in extract_claims(Article(id="a", text=text, language=language, published=PUBLISHED))
        if c.kind == "quantity" and figure in c.text
    ]
    assert claims, figure
    return claims[0].as_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Los guardacostas han recuperado 17 cuerpos del pesquero que naufragó el martes."),
        ("en", "Coast guards have recovered 17 bodies from the boat that capsized on Tuesday."),
        ("fr", "Les garde-côtes ont repêché 17 corps du bateau qui a chaviré mardi."),
        ("it", "La guardia costiera ha recuperato 17 corpi del peschereccio naufragato martedì."),
        ("de", "Die Küstenwache hat 17 Leichen aus dem Boot geborgen, das am Dienstag kenterte."),
        ("en", "Rescuers have pulled 17 bodies from the mine that collapsed on Tuesday."),
    ],
)
def test_the_disaster_day_does_not_date_a_later_count(language: str, text: str) -> None:
    assert _as_of(language, text, "17") == PUBLISHED


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "On Tuesday, coast guards recovered 17 bodies."),
        ("es", "El martes los guardacostas recuperaron 17 cuerpos."),
        ("fr", "Mardi, les garde-côtes ont repêché 17 corps."),
    ],
)
def test_a_day_of_the_count_still_dates_it(language: str, text: str) -> None:
    assert _as_of(language, text, "17") == "2025-06-17"
