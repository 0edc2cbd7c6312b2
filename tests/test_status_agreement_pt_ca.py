"""Portuguese and Catalan status predicates in their feminine and stative forms.

"4 mil pessoas estão desalojadas" counts the displaced, "500 pessoas ficaram
desabrigadas" the homeless, "2.000 persones han estat desallotjades" the evacuated
and "300 veïns s'han quedat sense casa" the homeless: "pessoas" and "persones" are
feminine, so the participle agrees in the feminine, which the lists lacked (the
figures were plain head counts).
"""

from __future__ import annotations

import pytest

from crosscheck import Article
from crosscheck.claims import extract_claims


def _units(text: str, language: str) -> list[str | None]:
    article = Article(id="a", text=text, language=language, published="2024-05-10")
    return [c.unit for c in extract_claims(article) if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("Cerca de 3 mil pessoas continuam desalojadas em Porto Alegre.", "pt", "displaced"),
        ("Mais de 700 pessoas estão desabrigadas no estado.", "pt", "homeless"),
        ("Unes 1.500 persones han estat desallotjades a la comarca.", "ca", "evacuated"),
        ("Més de 200 veïns de Paiporta s'han quedat sense casa.", "ca", "homeless"),
    ],
)
def test_feminine_and_stative_status_predicates(text: str, language: str, unit: str) -> None:
    assert _units(text, language) == [unit]
