"""Hostage counts: a release names its event, a French obligation is a plan."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article
from crosscheck.claims import extract_claims


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hamas freed 33 hostages on Sunday."),
        ("en", "On Sunday 33 hostages were released by Hamas."),
        ("fr", "Le Hamas a libéré 33 otages dimanche."),
        ("es", "Hamás liberó a 33 rehenes el domingo, que fueron liberados en Gaza."),
        ("de", "Am Sonntag wurden 33 Geiseln freigelassen."),
        ("it", "Domenica sono stati liberati 33 ostaggi."),
        ("ru", "В воскресенье были освобождены 33 заложника."),
    ],
)
def test_a_release_names_its_event(language: str, text: str) -> None:
    art = Article(id="a", text=text, language=language, published="2025-01-20")
    (count,) = [c for c in extract_claims(art) if c.kind == "quantity"]
    assert count.event == "released"


def test_two_reports_of_one_planned_release_agree() -> None:
    rep = crosscheck.report(
        [
            Article(
                id="a",
                text="Under the deal, 33 hostages will be released in the first phase.",
                language="en",
                published="2025-05-20",
                story="deal",
            ),
            Article(
                id="b",
                text="Dans la première phase, 33 otages doivent être libérés.",
                language="fr",
                published="2025-05-20",
                story="deal",
            ),
        ]
    )
    a, b = (c for c in rep.claims if c.kind == "quantity")
    assert "planned" in b.scope
    assert rep.explain(a, b).same_group


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The ministry released figures showing 35,000 people took part."),
        ("uk", "Після звільнення Херсона туди повернулися 30 тисяч людей."),
        ("pl", "Firma ogłosiła, że 300 zwolnionych pracowników dostanie odprawy."),
        ("fr", "Le rapport, remis au gouvernement, recense 300 familles."),
    ],
)
def test_releasing_figures_a_liberation_or_layoffs_are_no_release(language: str, text: str) -> None:
    art = Article(id="a", text=text, language=language, published="2025-01-20")
    assert all(c.event != "released" for c in extract_claims(art) if c.kind == "quantity")
