"""Framed verbs: "X put | the turnout | at | N" credits X, even after another clause's speaker."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article


def _credits(text: str, language: str = "en") -> list[str | None]:
    rep = crosscheck.report([Article(id="a", text=text, language=language, published="2024-01-01")])
    return [c.attributed_to for c in rep.claims if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Police said 6,000 people gathered in Lyon on Sunday, while the teachers' union "
            "put the Lyon attendance at 35,000.",
            "Police",
            "the teachers' union",
        ),
        (
            "Officials said 14 houses burned overnight, but the residents' association "
            "placed the total at 90.",
            "Officials",
            "the residents' association",
        ),
        (
            "The army said 300 villagers had fled, while aid agencies pegged the displaced "
            "population at 4,500.",
            "The army",
            "aid agencies",
        ),
    ],
)
def test_the_framed_clause_credits_its_own_subject(text: str, first: str, second: str) -> None:
    assert _credits(text) == [first, second]


def test_a_framed_verb_alone_credits_its_subject() -> None:
    assert _credits("The coroner put the number of bodies recovered at 23.") == ["The coroner"]


def test_a_figure_inside_the_object_is_no_framed_figure() -> None:
    # the figure stands in the object, not after the preposition: "put" reports nothing
    credits = _credits("The army put 300 soldiers on alert near the dam.")
    assert credits == [None]
