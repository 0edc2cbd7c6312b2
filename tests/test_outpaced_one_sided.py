"""Rival estimates of a long-running count whose course lies on one side of them only.

A war's losses are read against their own pace (``_outpaced``). When the
batch ends within a month of two sources' figures, the course before them
gives the pace; when the batch starts within a month of them, the course
after does, but only for a count that was reported a month earlier (a
month-dated figure), never for a young toll, whose first days may rise at
any pace.
"""

from __future__ import annotations

import pytest

import crosscheck

from ._articles import opposed, story_report
from .test_outpaced_estimates import MONTHLY as ESTIMATES_MONTHLY

# The defence ministry's monthly count up to April (the estimates test's course, cut
# where the batch of these tests ends).
MONTHLY = ESTIMATES_MONTHLY[:4]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("pt", "Segundo um instituto independente, a guerra já matou 29.000 soldados.", 29000),
        (
            "en",
            "The war has killed 31,000 soldiers so far, an independent monitoring group said.",
            31000,
        ),
    ],
)
def test_a_rival_after_the_last_month_of_a_course_is_read_on_the_course_before(
    lang: str, text: str, value: int
) -> None:
    # Nothing after the rival: the course before it gives the pace.
    report = story_report([*MONTHLY, ("2024-04-09", lang, text)], "war", "a")
    assert frozenset((16012, value)) in opposed(report, lambda c: c.low)


def test_a_rise_within_the_course_before_is_an_update() -> None:
    close = ("2024-04-09", "it", "Secondo un centro studi indipendente, i morti sono 16.420.")
    report = story_report([*MONTHLY, close], "war", "a")
    assert not report.conflicts


# The count's course after two sources' figures of February.
LATER = [
    (
        "2024-03-20",
        "de",
        "Der Krieg hat bisher 11.300 Soldaten getötet, teilte das Verteidigungsministerium mit.",
    ),
    ("2024-04-20", "en", "The war has killed 12,400 soldiers so far, the defence ministry said."),
    (
        "2024-05-20",
        "fr",
        "La guerre a tué 13 500 soldats jusqu'à présent, selon le ministère de la Défense.",
    ),
]
# A rival count far below the ministry's, five days before it.
FEBRUARY = [
    (
        "2024-02-10",
        "pt",
        "Segundo um instituto independente, a guerra já matou 6.100 soldados.",
    ),
    (
        "2024-02-15",
        "es",
        "La guerra ha matado a 10.350 soldados hasta ahora, según el Ministerio de Defensa.",
    ),
]
JANUARY = (
    "2024-01",
    "en",
    "The war has killed 9,800 soldiers so far, the defence ministry said.",
)


def _articles(rows: list[tuple[str, str, str]]) -> crosscheck.Report:
    return story_report(rows, "war", "b")


def test_a_rival_before_the_course_of_a_count_reported_a_month_earlier_is_a_conflict() -> None:
    report = _articles([JANUARY, *FEBRUARY, *LATER])
    assert frozenset((6100, 10350)) in opposed(report, lambda c: c.low)


def test_without_a_month_earlier_figure_the_count_may_be_young() -> None:
    # The same figures with nothing a month before them: a toll's first days.
    report = _articles([*FEBRUARY, *LATER])
    assert frozenset((6100, 10350)) not in opposed(report, lambda c: c.low)


def test_a_young_flood_toll_with_weeks_of_course_after_stays_an_update() -> None:
    rows = [
        ("2024-10-30", "es", "Las inundaciones han causado 63 muertos, según la policía."),
        ("2024-10-31", "nl", "De overstromingen hebben 155 doden geëist, meldt de regering."),
        (
            "2024-11-01",
            "de",
            "Die Überschwemmungen haben 205 Tote gefordert, so die Rettungsdienste.",
        ),
        ("2024-12-05", "it", "Le alluvioni hanno causato 222 morti, secondo la protezione civile."),
        ("2025-01-10", "ca", "Les inundacions han causat 224 morts, segons el Govern."),
    ]
    report = story_report(rows, "floods", "f")
    assert not report.conflicts
