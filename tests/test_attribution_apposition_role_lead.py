"""A name in apposition may follow its role noun: "The operator, the company Nordlink, …".

The apposition between commas after a role-headed source names who the role is when it
is a name alone, or a role noun (with its article) and a name: the credit runs to the
name. A place or a time phrase in apposition adds nothing. The plural of "speak of"
reports as the singular does (uk "говорять про").
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article


def _credits(text: str, language: str) -> list[str | None]:
    rep = crosscheck.report([Article(id="a", text=text, language=language, published="2024-01-01")])
    return [c.attributed_to for c in rep.claims if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "en",
            "The cable operator, the company Nordlink, speaks of about 300,000 customers.",
            "The cable operator, the company Nordlink",
        ),
        (
            "pl",
            "Operator kabla, spółka Nordlink, mówi o około 300 tys. klientów.",
            "Operator kabla, spółka Nordlink",
        ),
        (
            "fr",
            "L'exploitant du câble, la société Nordlink, parle de 300 000 clients.",
            "L'exploitant du câble, la société Nordlink",
        ),
    ],
)
def test_a_role_noun_and_a_name_in_apposition(language: str, text: str, source: str) -> None:
    assert _credits(text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "The operator, the company, said 40 people died.", "The operator"),
        ("en", "The governor, the region Valencia, said 40 people died.", "The governor"),
        ("en", "The governor, the day before, said 40 people died.", "The governor"),
    ],
)
def test_no_name_in_apposition_adds_nothing(language: str, text: str, source: str) -> None:
    assert _credits(text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text", "first", "second"),
    [
        (
            "uk",
            "Поліція нарахувала 300 учасників, тоді як волонтери говорять про понад 5000.",
            "Поліція",
            "волонтери",
        ),
    ],
)
def test_plural_speakers_speak_of_their_figure(
    language: str, text: str, first: str, second: str
) -> None:
    assert _credits(text, language) == [first, second]
