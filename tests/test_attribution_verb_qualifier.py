"""A reporting verb that the figure's span took as its qualifier still credits its subject."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    "text",
    [
        # folded, "estime à" (estimates at) is the qualifier "estimé à" (estimated at)
        "L'état-major estime à 12.400 le nombre de blindés détruits.",
        "Selon nos informations, la Croix-Rouge estime à 3 100 le nombre de disparus.",
    ],
)
def test_a_verb_read_as_the_figures_qualifier_credits_its_subject(text: str) -> None:
    (credit,) = _credits(text, "fr")
    assert credit is not None
    assert credit.lower().endswith(("état-major", "croix-rouge"))


def test_the_verbs_credit_carries_to_the_next_sentence_of_its_paragraph() -> None:
    text = (
        "L'état-major estime à 12.400 le nombre de blindés détruits. "
        "Ce total comprend 8.000 chars et 4.400 transports de troupes."
    )
    assert _credits(text, "fr") == ["L'état-major"] * 3


def test_a_participle_with_no_subject_credits_no_one() -> None:
    assert _credits("Le bilan, estimé à 2 300 morts, pourrait encore monter.", "fr") == [None]
