"""Two sources' figures that one sentence sets side by side stay rivals beside other days.

"About 40 dead according to the ministry; 90 according to the Red Cross" gives
two readings of one count at one time. A figure of that count on another day
(a higher one after, a lower one before) puts a running toll's course around
that day, and a day's figures on the course are read as its successive
briefings, not rivals; a pair one sentence gives on two sources' words is no
such pair of briefings (judge._findings._one_sentence_rivals). Figures of one
day that no sentence sets side by side stay briefings; a count that rose from
one day to another stays an update.
"""

from __future__ import annotations

import pytest

from ._articles import opposed, story_report

RIVALS = [
    (
        "en",
        "About 40 people died in the floods according to the interior ministry; "
        "90 according to the Red Cross.",
    ),
    (
        "fr",
        "Les inondations ont fait environ 40 morts selon le ministère de l'Intérieur, "
        "90 selon la Croix-Rouge.",
    ),
    (
        "es",
        "Unos 40 muertos por las inundaciones según el Ministerio del Interior; "
        "90 según la Cruz Roja.",
    ),
    (
        "it",
        "Circa 40 morti per le alluvioni secondo il ministero dell'Interno, "
        "90 secondo la Croce Rossa.",
    ),
    (
        "pt",
        "Cerca de 40 mortos nas cheias, segundo o Ministério do Interior; "
        "90 segundo a Cruz Vermelha.",
    ),
    (
        "ca",
        "Uns 40 morts per les inundacions segons el Ministeri de l'Interior; "
        "90 segons la Creu Roja.",
    ),
]

LATER = (
    "2025-03-04",
    "en",
    "The Red Cross said on Tuesday that 100 people had died in the floods.",
)
EARLIER = (
    "2025-03-01",
    "en",
    "The interior ministry said on Saturday that 25 people had died in the floods.",
)


@pytest.mark.parametrize(("lang", "text"), RIVALS)
def test_a_later_figure_leaves_the_days_rivals_in_conflict(lang: str, text: str) -> None:
    report = story_report([("2025-03-02", lang, text), LATER], "floods", "r")
    pairs = opposed(report, lambda c: c.low)
    assert frozenset((40, 90)) in pairs
    assert not any(100 in p for p in pairs)  # the later figure is no rival of either


@pytest.mark.parametrize(("lang", "text"), RIVALS)
def test_an_earlier_figure_leaves_the_days_rivals_in_conflict(lang: str, text: str) -> None:
    report = story_report([EARLIER, ("2025-03-02", lang, text)], "floods", "r")
    pairs = opposed(report, lambda c: c.low)
    assert frozenset((40, 90)) in pairs
    assert not any(25 in p for p in pairs)


@pytest.mark.parametrize(
    ("lang", "low", "high"),
    [
        (
            "en",
            "The interior ministry said 40 people had died in the floods.",
            "The Red Cross said 90 people had died in the floods.",
        ),
        (
            "es",
            "El Ministerio del Interior cifró en 40 los muertos por las inundaciones.",
            "La Cruz Roja cifró en 90 los muertos por las inundaciones.",
        ),
        (
            "it",
            "Il ministero dell'Interno ha contato 40 morti per le alluvioni.",
            "La Croce Rossa ha contato 90 morti per le alluvioni.",
        ),
    ],
)
def test_briefings_no_sentence_sets_side_by_side_stay_updates(
    lang: str, low: str, high: str
) -> None:
    # Two articles of one day, then a higher figure: the day's successive briefings.
    rows = [("2025-03-02", lang, low), ("2025-03-02", lang, high), LATER]
    assert not opposed(story_report(rows, "floods", "b"), lambda c: c.low)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Red Cross said 90 people had died in the floods."),
        ("fr", "Les inondations ont fait 90 morts, selon la Croix-Rouge."),
        ("de", "Bei den Überschwemmungen starben nach Angaben des Roten Kreuzes 90 Menschen."),
    ],
)
def test_a_rise_across_two_days_stays_an_update(lang: str, text: str) -> None:
    report = story_report([("2025-03-02", lang, text), LATER], "floods", "u")
    assert not opposed(report, lambda c: c.low)
    assert any(f.timeline for f in report.findings)
