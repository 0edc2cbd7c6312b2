"""Which dates of one event are compared: never a statement's, never two occurrences'."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article


def _dates(*texts: tuple[str, str, str]) -> crosscheck.Report:
    return crosscheck.report(
        [
            Article(id=f"a{i}", text=text, language=lang, published=day, story="quake")
            for i, (lang, day, text) in enumerate(texts)
        ]
    )


def test_two_quakes_a_lifetime_apart_are_not_one_date_in_dispute() -> None:
    rep = _dates(
        ("en", "2023-09-10", "The earthquake hit the region on Friday night, officials said."),
        (
            "it",
            "2023-09-10",
            "Il terremoto che ha colpito la regione nel 1960 fece migliaia di morti.",
        ),
    )
    friday, year = sorted((c for c in rep.claims if c.kind == "date"), key=lambda c: c.article)
    assert friday.event == year.event == "struck"
    assert not rep.conflicts
    assert "background" in str(rep.explain(friday.id, year.id))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Las autoridades afirmaron este lunes que la invasión dejó miles de muertos."),
        ("ru", "Президент назвал эту цифру в воскресенье, в годовщину вторжения."),
        ("en", "Officials stated on Monday that the invasion had cost thousands of lives."),
    ],
)
def test_a_date_beside_a_reporting_verb_dates_the_statement(lang: str, text: str) -> None:
    rep = _dates((lang, "2024-02-26", text))
    (date,) = [c for c in rep.claims if c.kind == "date"]
    assert date.event == "said"


def test_statements_on_two_days_are_no_conflict() -> None:
    rep = _dates(
        (
            "en",
            "2024-02-26",
            "Officials said on Monday that the invasion had cost thousands of lives.",
        ),
        (
            "en",
            "2024-02-26",
            "Officials said on Sunday that the invasion had cost thousands of lives.",
        ),
    )
    assert {c.event for c in rep.claims if c.kind == "date"} == {"said"}
    assert not [f for f in rep.findings if f.claims[0].kind == "date"]
