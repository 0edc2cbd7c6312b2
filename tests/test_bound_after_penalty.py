"""A bound word right before the amount of a penalty bounds it: "fined over $2 million"
is more than $2 million (``[qualifiers] over``), while after a noun of dispute "over"
says what the dispute is about ("strike over 1,450 job cuts": ``[qualifiers] none``).
Other languages write the fine's bound as any bound ("une amende de plus de 2 millions")."""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _readings(text: str, language: str) -> list[tuple[str, int | float | None]]:
    return [
        (q.qualifier, q.low if q.low is not None else q.high)
        for q in find_quantities(text, language)
    ]


@pytest.mark.parametrize(
    ("language", "text", "reading"),
    [
        ("en", "The carrier was fined over $3 million for the outage.", [("over", 3_000_000)]),
        ("en", "The mine operator was fined over 3 million euros.", [("over", 3_000_000)]),
        (
            "fr",
            "L'opérateur a reçu une amende de plus de 3 millions d'euros.",
            [("over", 3_000_000)],
        ),
        ("de", "Der Betreiber zahlte über 3 Millionen Euro Strafe.", [("over", 3_000_000)]),
        ("es", "La operadora fue multada con más de 3 millones de euros.", [("over", 3_000_000)]),
    ],
)
def test_a_fine_s_bound_bounds_it(language: str, text: str, reading: list[tuple[str, int]]) -> None:
    assert _readings(text, language) == reading


@pytest.mark.parametrize(
    ("language", "text", "reading"),
    [
        ("en", "Dockers went on strike over 1,450 job cuts.", [("exact", 1450)]),
        ("en", "Families sued over 40 deaths at the care home.", [("exact", 40)]),
        ("de", "Der Streit über 320 Stellen geht weiter.", [("exact", 320)]),
    ],
)
def test_over_after_a_dispute_still_bounds_nothing(
    language: str, text: str, reading: list[tuple[str, int]]
) -> None:
    assert _readings(text, language) == reading
