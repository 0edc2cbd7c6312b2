"""German "nach" credits the compound after it when that names a source's figures.

"Nach Polizeiangaben kamen 12 Menschen ums Leben" is the police's count, as
"laut Polizeiangaben" or "Polizeiangaben zufolge" is; "nach dem Beben" is a
time, and credits no one.
"""

from __future__ import annotations

import pytest

from crosscheck import Article
from crosscheck.claims import extract_claims


def _credit(text: str) -> str | None:
    article = Article(id="a", text=text, language="de", published="2024-05-10")
    (claim,) = [c for c in extract_claims(article) if c.kind == "quantity"]
    return claim.attributed_to


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nach Polizeiangaben kamen 12 Menschen ums Leben.", "Polizeiangaben"),
        ("Nach ersten Polizeiangaben wurden 40 Menschen verletzt.", "Polizeiangaben"),
        ("Nach Behördenangaben wurden 40 Menschen verletzt.", "Behördenangaben"),
        ("Nach UN-Angaben sind 3000 Menschen auf der Flucht.", "UN-Angaben"),
        ("Bei dem Unglück starben nach Feuerwehrangaben drei Menschen.", "Feuerwehrangaben"),
        ("Nach Polizeischätzungen demonstrierten 30.000 Menschen.", "Polizeischätzungen"),
    ],
)
def test_nach_before_a_compound_of_figures_credits_it(text: str, source: str) -> None:
    assert _credit(text) == source


@pytest.mark.parametrize(
    "text",
    [
        "Nach dem Erdbeben starben 40 Menschen.",
        "Nach Angaben starben 40 Menschen.",  # the bare noun names no one
        "Nach dem Bezahlen verließen 40 Menschen das Stadion.",
        "Nach stundenlanger Suche wurden 40 Menschen gerettet.",
    ],
)
def test_nach_before_anything_else_credits_no_one(text: str) -> None:
    assert _credit(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("În Catalonia s-au înregistrat 45,4 grade.", None),
        ("Ministerul a anunțat că s-au înregistrat 40 de decese.", "Ministerul"),
    ],
)
def test_a_romanian_reflexive_verb_credits_no_one(text: str, source: str | None) -> None:
    article = Article(id="a", text=text, language="ro", published="2024-05-10")
    (claim,) = [c for c in extract_claims(article) if c.kind == "quantity"]
    assert claim.attributed_to == source
