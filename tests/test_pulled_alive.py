"""People brought out alive are the rescued, whatever noun counts them.

"Rescuers have pulled six miners alive from a collapsed gallery": six rescued,
not six workers ([casualties] rescued: "alive from", "estratti vivi",
"sacaron con vida", "levend geborgen"). Being alive alone is no rescue.
"""

from __future__ import annotations

import pytest

from crosscheck import Article
from crosscheck.claims._build import extract_claims


def _unit(language: str, text: str) -> str | None:
    claims = [
        c
        for c in extract_claims(Article(id="a", text=text, language=language))
        if c.kind == "quantity"
    ]
    assert len(claims) == 1, [(c.text, c.unit) for c in claims]
    return claims[0].unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Rescuers have pulled six miners alive from a collapsed gallery."),
        ("it", "Sei minatori sono stati estratti vivi dalla galleria."),
        ("es", "Los rescatistas sacaron con vida a seis mineros."),
        ("nl", "Zes mijnwerkers werden levend geborgen."),
    ],
)
def test_brought_out_alive_is_rescued(language: str, text: str) -> None:
    assert _unit(language, text) == "rescued"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Twelve people were still alive when the boat sank."),
        ("es", "Seis personas siguen con vida."),
        ("nl", "Nog 12 mensen zijn levend."),
    ],
)
def test_alive_alone_is_no_rescue(language: str, text: str) -> None:
    assert _unit(language, text) != "rescued"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # taken away with injuries: the injured ([casualties] injured "cu răni")
        ("Nouă mineri au fost transportați cu răni la spital.", "injured"),
        ("Salvatorii au scos trei oameni cu răni ușoare.", "injured"),
        # taken away unhurt: no injured
        ("Nouă mineri au fost transportați la suprafață.", "workers"),
    ],
)
def test_taken_away_with_injuries_is_injured(text: str, unit: str) -> None:
    assert _unit("ro", text) == unit
