"""A reporting verb read as a passive of report, or as a noun, credits no one.

"Russia said to have lost …" (a headline's "is said to have") and "the toll is reported
to be …" talk about their subject; "The UK estimate is …" uses the verb's word as a noun.
Neither names who gives the figure. The same verbs with an object after them still credit
their subject.
"""

from __future__ import annotations

import pytest

from tests._articles import quantities


def _sources(text: str) -> list[str | None]:
    return [c.attributed_to for c in quantities(text, "en")]


@pytest.mark.parametrize(
    "text",
    [
        "Iran said to have lost up to 4,000 fighters in the offensive",
        "Iran reported to have fired 120 missiles overnight",
        "The French estimate is close to the 12,000 deaths counted in March.",
        "The German estimates are well above the 12,000 deaths counted in March.",
    ],
)
def test_a_passive_of_report_or_a_noun_credits_no_one(text: str) -> None:
    assert _sources(text) == [None]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The governor said to reporters that 300 people had died.", "The governor"),
        ("The health ministry said 1,200 people were injured.", "The health ministry"),
        ("The agency estimates 4,000 homes were destroyed.", "The agency"),
    ],
)
def test_the_verb_with_an_object_still_credits(text: str, source: str) -> None:
    assert _sources(text) == [source]
