"""Companies and operators are sources: "the company put the figure at 17", "de exploitant"."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "credits"),
    [
        (
            "en",
            "The union said 31 workers were unaccounted for, while the company put the "
            "figure at 26.",
            ["The union", "the company"],
        ),
        (
            "en",
            "According to the mine operator, 64 workers were underground.",
            ["the mine operator"],
        ),
        ("en", "The airline said 212 passengers were on board.", ["The airline"]),
        ("nl", "Volgens de exploitant zaten 64 mijnwerkers ondergronds.", ["de exploitant"]),
    ],
)
def test_a_company_or_operator_is_credited(language: str, text: str, credits: list[str]) -> None:
    assert _credits(text, language) == credits
