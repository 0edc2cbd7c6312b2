"""Dutch sources named by a compound of a source noun, and ended by the verb after them.

"Volgens veiligheidsbronnen …", "volgens de ambulancediensten …" credit the
compound as "volgens de bronnen" would (``[attribution] role_heads``); and as
adjectives stand before a Dutch noun, a lower-case word after the source noun
that is no preposition is the verb, no part of the source (``noun_final``):
"Volgens de brandweer zaten 30 mensen …" credits "de brandweer".
"""

from __future__ import annotations

import pytest

from crosscheck import Article
from crosscheck.claims import extract_claims


def _credit(text: str, language: str = "nl") -> str | None:
    article = Article(id="a", text=text, language=language, published="2024-05-10")
    (claim,) = [c for c in extract_claims(article) if c.kind == "quantity"]
    return claim.attributed_to


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Volgens veiligheidsbronnen zijn 14 soldaten gesneuveld.", "veiligheidsbronnen"),
        ("Volgens de ambulancediensten werden 25 gewonden afgevoerd.", "de ambulancediensten"),
        (
            "Volgens de provinciale zorgautoriteiten liggen 9 patiënten op de intensive care.",
            "de provinciale zorgautoriteiten",
        ),
        ("Er zijn 60 woningen ontruimd, volgens de noodhulpdiensten.", "de noodhulpdiensten"),
        ("Volgens de brandweer zaten 30 mensen vast in de lift.", "de brandweer"),
        ("Volgens de Griekse kustwacht zaten 90 mensen aan boord.", "de Griekse kustwacht"),
        ("Volgens de organisatoren liepen 20.000 mensen mee.", "de organisatoren"),
        (
            "Volgens de woordvoerder van de gemeente vielen 3 doden.",
            "de woordvoerder van de gemeente",
        ),
    ],
)
def test_dutch_compound_and_noun_final_sources(text: str, source: str) -> None:
    assert _credit(text) == source


@pytest.mark.parametrize(
    "text",
    [
        "In de voorraadkast lagen 40 flessen water.",
        "Bij de brandweerkazerne stonden 12 wagens klaar.",
    ],
)
def test_no_compound_credit_without_a_source(text: str) -> None:
    assert _credit(text) is None
