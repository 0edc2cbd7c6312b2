"""A person named like a place ("Sofia Petrova", "Israel Katz") names no place and no side.

Our own sentences of a fire and a flood. A bare capital or country before a
capitalised surname and then a lower-case word or a stop is a person's name:
the figure gets neither the capital's country as its subject nor the city as
its place. A title-case headline ("Russia Says 12,000 Troops Killed") and a
place preposition ("In Sofia, 12 …") keep the place reading.
"""

from __future__ import annotations

import pytest

from ._articles import quantities


def _frames(text: str, language: str) -> list[tuple[str | None, str | None]]:
    return [(c.place_id, c.subject) for c in quantities(text, language, published="2025-05-16")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Among the 12 dead was Sofia Petrova, a nurse from the town."),
        ("es", "Entre los 12 heridos está Sofía Martínez, vecina del barrio."),
        ("it", "Tra i 12 feriti c'è anche Sofia Rossi, una vicina."),
        ("fr", "Parmi les 12 blessés figure Sofia Martin, une voisine."),
        ("pt", "Entre os 12 feridos está Sofia Pereira, uma vizinha."),
    ],
)
def test_a_person_named_like_a_capital_gives_no_side(language: str, text: str) -> None:
    assert _frames(text, language) == [(None, None)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "In Sofia, 12 people died in the fire.", ("sofia", None)),
        # a title-case headline goes on with a capital or a figure: the side stays
        ("en", "Russia Loses 12,000 Troops", (None, "russia")),
        (
            "en",
            "Bulgaria lost 12 firefighters in the blaze, Sofia Petrova said.",
            (None, "bulgaria"),
        ),
        ("es", "Bulgaria perdió 12 bomberos en el incendio.", (None, "bulgaria")),
        # every German noun is capitalised: no surname is read there
        ("de", "Bulgarien verlor 12 Feuerwehrleute.", (None, "bulgaria")),
    ],
)
def test_a_place_stays_a_place(
    language: str, text: str, expected: tuple[str | None, str | None]
) -> None:
    assert _frames(text, language)[0] == expected
