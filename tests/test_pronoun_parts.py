"""A bare figure before a partitive pronoun ("two of them", "Двоє з них", "drei von
ihnen") counts a part of the last count before it: of its sentence however far back,
or of the sentence before when its own sentence counted nothing before it. It takes
that count's unit, and in a report it is marked part of that count, never its rival."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import find_quantities


def _counts(text: str, language: str) -> list[tuple[float | None, str | None]]:
    return [(q.low, q.unit) for q in find_quantities(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "The toll from the landslide rose to six. Two of them were hikers from abroad.",
            [(6, "killed"), (2, "killed")],
        ),
        (
            "uk",
            "Кількість загиблих зросла до шести. Двоє з них — туристи з-за кордону.",
            [(6, "killed"), (2, "killed")],
        ),
        (
            "de",
            "Elf Menschen wurden bei dem Unfall verletzt. Vier von ihnen liegen auf der"
            " Intensivstation.",
            [(11, "injured"), (4, "injured")],
        ),
        (
            "es",
            "Once personas resultaron heridas en el choque. Cuatro de ellas siguen graves.",
            [(11, "injured"), (4, "injured")],
        ),
        (
            "it",
            "Undici persone sono rimaste ferite nello scontro. Quattro di loro restano gravi.",
            [(11, "injured"), (4, "injured")],
        ),
        (
            "pl",
            "Jedenaście osób zostało rannych w wypadku. Cztery z nich są w ciężkim stanie.",
            [(11, "injured"), (4, "injured")],
        ),
        # in its own sentence, past a long clause
        (
            "de",
            "Dreißig Robben wurden am Sonntag an der Küste bei einem Hafen im Norden der"
            " Insel gefunden, teilte die Verwaltung des Landkreises am Abend mit; 9 von"
            " ihnen waren bereits tot.",
            [(30, "animals"), (9, "animals")],
        ),
    ],
)
def test_a_partitive_pronoun_counts_a_part(
    language: str, text: str, expected: list[tuple[float, str]]
) -> None:
    assert _counts(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # no partitive: the bare figure keeps no unit
        (
            "en",
            "The toll from the landslide rose to six. Two were hikers from abroad.",
            [(6, "killed"), (2, None)],
        ),
        # a part larger than the count before is no part of it
        (
            "es",
            "Murieron tres personas. Cuarenta de ellos eran del barrio.",
            [(3, "killed"), (40, None)],
        ),
        # a paragraph break: the pronoun points at nothing before it
        (
            "fr",
            "Six personnes sont mortes.\n\nQuatre d'entre elles, selon la mairie, venaient"
            " de Lyon.",
            [(6, "killed"), (4, None)],
        ),
        # a figure of its own sentence stands between: the pronoun is read there
        (
            "en",
            "Six people died. Police arrested 40 protesters; 12 of them were released later.",
            [(6, "killed"), (40, "arrested"), (12, "arrested")],
        ),
    ],
)
def test_no_part_without_its_whole(
    language: str, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _counts(text, language) == expected


def test_the_part_is_marked_part_of_the_count_before() -> None:
    rep = crosscheck.report(
        [
            {
                "id": "a",
                "text": "The toll from the landslide rose to six, police said. Two of them"
                " were hikers from abroad.",
                "language": "en",
                "date": "2025-03-02",
            },
            {
                "id": "b",
                "text": "Two people died in the landslide, police said.",
                "language": "en",
                "date": "2025-03-02",
            },
        ]
    )
    parts = {c.id: c.part_of for c in rep.claims if c.kind == "quantity"}
    assert parts["a#q2"] == "a#q1"
    assert not [f for f in rep.findings if f.kind == "conflict"]
