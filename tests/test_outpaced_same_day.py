"""Two sources' estimates of a long-running count on one day, far beyond its pace.

A war's losses rise at their own pace (``_outpaced``: about 70 a day here).
On one day the ministry's 16,012 and an independent institute's 17,950 both
lie between the ministry's figures of the month before and after, so the
toll's course read them as one day's successive briefings; a count that
rises some 70 a day does not rise by 1,900 within a day: they are rival
estimates. The lower source's later restatement of its figure stays at odds
with the higher one (the count cannot fall back). A young toll's day, one
source's own figures and a third source's equal figure stay as they were.
"""

from __future__ import annotations

import pytest

from ._articles import opposed, story_report
from .test_outpaced_estimates import MONTHLY

# Same day as the ministry's 16,012 (2 April), between its 14,230 (10 March)
# and its 18,460 (10 May).
RIVALS = [
    (
        "it",
        "Secondo un centro studi indipendente, i soldati uccisi in guerra sono finora 17.950.",
    ),
    ("fr", "Selon un institut indépendant, la guerre a tué 17 950 soldats jusqu'à présent."),
    ("en", "The war has killed 17,950 soldiers so far, an independent monitoring group said."),
    ("es", "Según un instituto independiente, la guerra ha matado a 17.950 soldados hasta ahora."),
    ("pt", "Segundo um instituto independente, a guerra já matou 17.950 soldados."),
]

# The ministry's 16,012 of 2 April relayed by a second outlet that day: the
# ministry's side leads the day (more claims), the institute's does not.
RELAY = (
    "2024-04-02",
    "en",
    "The war has killed 16,012 soldiers so far, the defence ministry said.",
)


def _pairs(rows: list[tuple[str, str, str]]) -> set[frozenset[object]]:
    return opposed(story_report(rows, "war", "a"), lambda c: (c.article, c.low))


@pytest.mark.parametrize(("lang", "text"), RIVALS)
def test_another_source_the_same_day_far_beyond_the_pace_is_a_rival(lang: str, text: str) -> None:
    rows = [*MONTHLY[:4], ("2024-04-02", lang, text), *MONTHLY[4:]]
    assert frozenset((("a3", 16012), ("a4", 17950))) in _pairs(rows)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The war has killed 16,012 soldiers so far, the defence ministry said."),
        ("ro", "Potrivit Ministerului Apărării, 16.012 soldați au murit până acum în război."),
        (
            "es",
            "La guerra ha matado a 16.012 soldados hasta ahora, según el Ministerio de Defensa.",
        ),
    ],
)
def test_the_lower_sources_later_restatement_stays_on_its_side(lang: str, text: str) -> None:
    rival = ("2024-04-02", *RIVALS[0])
    rows = [*MONTHLY[:4], RELAY, rival, ("2024-04-20", lang, text), *MONTHLY[4:]]
    pairs = _pairs(rows)
    assert frozenset((("a3", 16012), ("a5", 17950))) in pairs
    assert frozenset((("a5", 17950), ("a6", 16012))) in pairs


def test_another_sources_equal_figure_later_is_no_restatement() -> None:
    rival = ("2024-04-02", *RIVALS[0])
    other = (
        "2024-04-20",
        "en",
        "The war has killed 16,012 soldiers so far, an independent monitoring group said.",
    )
    pairs = _pairs([*MONTHLY[:4], RELAY, rival, other, *MONTHLY[4:]])
    assert frozenset((("a3", 16012), ("a5", 17950))) in pairs
    assert frozenset((("a5", 17950), ("a6", 16012))) not in pairs


def test_a_young_tolls_two_sources_of_one_day_stay_a_running_toll() -> None:
    # A flood's first days: no course a month before, no figure from that long
    # before: the toll may rise at any pace, so 62 and 140 of one day are
    # briefings, whoever gives them.
    rows = [
        ("2024-10-30", "es", "Las inundaciones han causado 62 muertos, según la policía."),
        ("2024-10-30", "en", "The floods have killed 140 people, the government said."),
        (
            "2024-11-01",
            "de",
            "Die Überschwemmungen haben 205 Tote gefordert, so die Rettungsdienste.",
        ),
        ("2024-11-02", "fr", "Les inondations ont fait 211 morts, selon le gouvernement."),
        ("2024-12-05", "it", "Le alluvioni hanno causato 222 morti, secondo la protezione civile."),
    ]
    report = story_report(rows, "floods", "f")
    assert frozenset((62, 140)) not in opposed(report, lambda c: c.low)


def test_one_sources_two_figures_of_one_day_are_no_rivals() -> None:
    # The ministry's own total and its figure for the regular army that day:
    # one source, so neither the pace nor a restatement sets them apart.
    rows = [
        *MONTHLY[:3],
        (
            "2024-04-02",
            "en",
            "The war has killed 17,950 soldiers so far, the defence ministry said. "
            "Of them, 16,012 served in the regular army, the ministry said.",
        ),
        *MONTHLY[4:],
    ]
    assert frozenset((("a3", 17950), ("a3", 16012))) not in _pairs(rows)
