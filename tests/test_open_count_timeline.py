"""A running toll told as open counts ("at least 8", then 11) is a timeline, not a range.

An open count states the count counted so far at its bound: "at least
eight dead" one day and "au moins 11 morts" or "11 muertos" the next is a
toll updated. The bound moves the count only up: a rounder bound the day
after a count ("more than 2,000" after 2,012) moves nothing, and two sources'
clashing figures of one day stay a conflict beside the rise.
"""

from __future__ import annotations

from collections.abc import Sequence

import crosscheck
from tests._articles import finding_of, opposed, story_report


def _report(rows: Sequence[tuple[str, str, str]]) -> crosscheck.Report:
    return story_report(rows, "s")


def _killed(rep: crosscheck.Report) -> crosscheck.Finding:
    return finding_of(rep, "killed")


SHIPWRECK = [
    (
        "2025-06-18",
        "en",
        "At least eight people died when a fishing boat capsized off the coast overnight, "
        "the coast guard said.",
    ),
    (
        "2025-06-19",
        "fr",
        "Le bilan du naufrage s'est alourdi jeudi à au moins 11 morts, selon les garde-côtes.",
    ),
    ("2025-06-19", "es", "El naufragio ha dejado 11 muertos, según los guardacostas."),
]


def test_an_open_count_then_a_higher_count_the_next_day_is_a_timeline() -> None:
    finding = _killed(_report(SHIPWRECK))
    assert "timeline" in finding.facets
    assert [(p.low, p.high, p.change) for p in finding.timeline] == [
        (8, None, None),
        (11, 11, "rose"),
    ]
    assert "count_fell" not in finding.notes


def test_open_counts_on_each_day_are_a_timeline() -> None:
    finding = _killed(
        _report(
            [
                (
                    "2025-03-02",
                    "de",
                    "Beim Einsturz eines Wohnhauses sind mindestens zwölf Menschen ums Leben "
                    "gekommen, teilte der Zivilschutz mit.",
                ),
                (
                    "2025-03-03",
                    "it",
                    "Sono almeno 19 i morti del crollo della palazzina, secondo la protezione "
                    "civile.",
                ),
                (
                    "2025-03-04",
                    "pl",
                    "W katastrofie budowlanej zginęło co najmniej 23 osób, poinformowała obrona "
                    "cywilna.",
                ),
            ]
        )
    )
    assert [(p.low, p.change) for p in finding.timeline] == [
        (12, None),
        (19, "rose"),
        (23, "rose"),
    ]


def test_a_rounder_bound_the_day_after_a_count_moves_nothing() -> None:
    finding = _killed(
        _report(
            [
                (
                    "2023-09-09",
                    "en",
                    "The earthquake killed 2,012 people, the interior ministry said.",
                ),
                (
                    "2023-09-10",
                    "es",
                    "El terremoto ha causado más de 2.000 muertos, según el ministerio del "
                    "Interior.",
                ),
            ]
        )
    )
    assert not finding.timeline
    assert finding.kind != "conflict"


def test_a_same_day_clash_beside_the_rise_stays_a_conflict() -> None:
    rep = _report(
        [
            *SHIPWRECK,
            ("2025-06-19", "it", "Il naufragio ha causato 30 morti, secondo la Croce Rossa."),
        ]
    )
    finding = _killed(rep)
    assert finding.kind == "conflict"
    assert "timeline" in finding.facets
    assert frozenset({"11 muertos", "30 morti"}) in opposed(rep)
    # the rise itself is no conflict: the day before's open count is on no side
    assert not any("At least eight people" in pair for pair in opposed(rep))
