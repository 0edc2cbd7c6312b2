"""A figure beside an "elsewhere" word counts the rest outside a place named before.

"11,300 dead in Derna and 170 elsewhere in the east": the 170 adds to Derna's
count; it is no rival of a region's or country's whole toll, so it is kept out
of the totals' groups (marked ``elsewhere`` and read as an increment).
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article

_REST = [
    ("en", "The agency said 4,000 people died in Derna and 170 were killed elsewhere in the east."),
    ("fr", "L'agence a recensé 4 000 morts à Derna et 170 autres ailleurs dans l'est."),
    ("es", "La agencia contó 4.000 muertos en Derna y 170 en otras zonas del este."),
    ("it", "L'agenzia ha contato 4.000 morti a Derna e altri 170 altrove nell'est."),
    ("de", "Die Behörde zählte 4.000 Tote in Derna und 170 weitere anderswo im Osten."),
]


def _killed(text: str, language: str) -> list[crosscheck.Claim]:
    rep = crosscheck.report([Article(id="a", text=text, language=language, published="2024-05-10")])
    return [c for c in rep.claims if c.kind == "quantity" and c.unit == "killed"]


@pytest.mark.parametrize(("language", "text"), _REST)
def test_the_rest_elsewhere_is_marked_and_added(language: str, text: str) -> None:
    named, rest = _killed(text, language)
    assert "elsewhere" in rest.scope
    assert rest.increment
    assert "elsewhere" not in named.scope
    assert not named.increment


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The agency said 170 people were killed in the east; rescuers searched elsewhere."),
        ("fr", "Selon l'agence, 170 personnes sont mortes. Ailleurs, les secours continuent."),
    ],
)
def test_an_elsewhere_word_of_another_clause_marks_nothing(language: str, text: str) -> None:
    (figure,) = _killed(text, language)
    assert "elsewhere" not in figure.scope
    assert not figure.increment


def test_the_rest_is_no_rival_of_a_whole_toll() -> None:
    rep = crosscheck.report(
        [
            Article(
                id="a",
                text="The ministry said 4,000 people died in Derna and 170 were killed elsewhere.",
                language="en",
                published="2024-05-10",
            ),
            Article(
                id="b",
                text="Die Zahl der Toten stieg auf 4.500, teilte das Ministerium mit.",
                language="de",
                published="2024-05-10",
            ),
        ]
    )
    rest = next(c for c in rep.claims if c.text.startswith("170"))
    whole = next(c for c in rep.claims if c.article == "b" and c.unit == "killed")
    assert "increment" in str(rep.explain(rest.id, whole.id)).lower()
    assert not any(rest.id in f.claim_ids and whole.id in f.claim_ids for f in rep.findings)
