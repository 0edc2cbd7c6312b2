"""Dates: a relative year joined by a link word, and a month that ends a span.

"Il 24 febbraio dello scorso anno" is one date (24 February of last year),
whichever of the link readings ("del", "del año") the text allows; and in
"from the invasion on 24 February 2022 to November 2023" November ends a span
and is no date of the invasion, so two such months are never a conflict.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article


def _dates(text: str, language: str, published: str = "2023-05-07") -> list[crosscheck.Claim]:
    rep = crosscheck.report([Article(id="d", text=text, language=language, published=published)])
    return [c for c in rep.claims if c.kind == "date"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "L'invasione è iniziata il 24 febbraio dello scorso anno."),
        ("es", "La invasión empezó el 24 de febrero del año pasado."),
        ("pt", "A invasão começou a 24 de fevereiro do ano passado."),
        ("en", "The invasion began on 24 February last year."),
    ],
)
def test_a_day_of_last_year_is_one_date(language: str, text: str) -> None:
    (date,) = _dates(text, language)
    assert date.value == "2022-02-24"


def test_a_month_that_ends_a_span_is_no_date_of_the_event() -> None:
    text = (
        "Od napaści na Ukrainę 24 lutego 2022 r. do listopada 2023 r. strona rosyjska "
        "straciła około 70 tys. zabitych."
    )
    dates = {c.text: c.event for c in _dates(text, "pl", "2023-12-04")}
    assert dates["listopada 2023"] is None
    assert dates["24 lutego 2022"] == "invaded"


def test_two_span_ends_in_two_articles_are_no_conflict() -> None:
    rep = crosscheck.report(
        [
            Article(
                id="a",
                text="Since the invasion on 24 February 2022 to November 2023, Russia lost "
                "about 70,000 soldiers.",
                language="en",
                published="2023-12-04",
            ),
            Article(
                id="b",
                text="Seit Beginn der Invasion am 24. Februar 2022 bis zum März 2024 verlor "
                "Russland etwa 70.000 Soldaten.",
                language="de",
                published="2024-04-01",
            ),
        ]
    )
    dated = [f for f in rep.findings if f.kind == "conflict" and "#d" in f.claim_ids[0]]
    assert dated == []
