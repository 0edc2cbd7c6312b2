"""A figure off a running toll's course is a rival of each of that day's briefings.

On a day a toll is updated, figures between the day before's value and the
day after's are that day's successive briefings (not set against each
other). A figure below the day before's value is none of them: it cannot
be true with any briefing of that day, not only with the day's leading one.
"""

from __future__ import annotations

import pytest

import crosscheck

from ._articles import opposed, story_report

TROOPS = [
    ("2024-10-31", "es", "El Gobierno ha desplegado 1.200 militares en la zona, según Defensa."),
    ("2024-11-01", "fr", "Le gouvernement a déployé 2 200 militaires, selon le ministère."),
    ("2024-11-03", "de", "Inzwischen sind 10.000 Soldaten im Einsatz, teilte die Regierung mit."),
]


def _report(day: list[tuple[str, str]]) -> crosscheck.Report:
    rows = [*TROOPS[:2], *(("2024-11-02", lg, t) for lg, t in day), TROOPS[2]]
    return story_report(rows, "floods", "t")


@pytest.mark.parametrize(
    "low",
    [
        ("en", "Roughly 1,000 soldiers are deployed in the flooded towns, a local paper says."),
        ("it", "Circa 1.000 soldati sono impegnati nei comuni alluvionati, scrive un quotidiano."),
    ],
)
def test_a_figure_below_the_day_before_is_a_rival_of_every_briefing(
    low: tuple[str, str],
) -> None:
    day = [
        low,
        ("pt", "São já 2.500 os militares mobilizados, segundo o Ministério da Defesa."),
        ("ca", "El Govern espanyol ha mobilitzat 5.000 militars, segons el ministre."),
    ]
    pairs = opposed(_report(day), lambda c: c.low)
    assert frozenset((1000, 2500)) in pairs
    assert frozenset((1000, 5000)) in pairs
    # The day's briefings themselves are successive updates.
    assert frozenset((2500, 5000)) not in pairs


def test_briefings_alone_are_updates() -> None:
    day = [
        ("pt", "São já 2.500 os militares mobilizados, segundo o Ministério da Defesa."),
        ("ca", "El Govern espanyol ha mobilitzat 5.000 militars, segons el ministre."),
    ]
    assert not opposed(_report(day), lambda c: c.low)
