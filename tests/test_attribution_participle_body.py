"""A reporting participle after a comma ("…, saying …") credits the subject of the clause
it hangs on when that subject is a body's phrase (a role noun, with its modifiers or its
name), as it does a person's name: "The health ministry disputed that figure, saying more
than 2,000 people had died" is the ministry's figure, no one else's."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        (
            "en",
            "The health ministry disputed that figure, saying more than 2,000 people had died.",
            "The health ministry",
        ),
        (
            "en",
            "Environmental group Apele Vii disputed the official count, saying at least 60"
            " tonnes of dead fish had been removed.",
            "Environmental group Apele Vii",
        ),
        ("en", "The mayor visited the site, saying 40 people had died.", "The mayor"),
        (
            "en",
            "Ukrainian President Volodymyr Zelenskyy spoke about the losses in February,"
            " saying that 45,100 soldiers had been killed.",
            "Ukrainian President Volodymyr Zelenskyy",
        ),
    ],
)
def test_the_clause_subject_is_credited(language: str, text: str, credit: str) -> None:
    assert _credits(text, language)[-1] == credit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a deed's participle reports nothing
        ("en", "The storm hit the coast, killing 40 people."),
        # no body opens the clause and no report: nothing to credit
        ("en", "The flood waters receded on Monday, leaving 40 people missing."),
    ],
)
def test_no_credit_without_a_body_or_a_report(language: str, text: str) -> None:
    assert _credits(text, language)[-1] is None
