"""One source's two figures of one day, the higher above the toll's next value.

A source's rising figures within a day are its running count (296, 632,
820 through a disaster's first day). But a figure above the value the
count shows the next day is no value it had that day: a count that never
falls would have to fall again. One bulletin read as "one million" and
"1.34 million" the same day, a million the next, is a conflict; a day's
rising briefings below the next day's toll stay updates.
"""

from __future__ import annotations

import pytest

from ._articles import opposed, story_report

# The general staff's running count of a long war, in four languages.
COURSE = [
    ("2025-03-01", "en", "The war has cost the enemy 900,210 soldiers, the general staff said."),
    (
        "2025-04-01",
        "fr",
        "La guerre a coûté 930 150 soldats à l'ennemi, selon l'état-major général.",
    ),
    (
        "2025-05-01",
        "de",
        "Der Krieg hat den Feind 960.400 Soldaten gekostet, teilte der Generalstab mit.",
    ),
]
NEXT_DAY = [
    (
        "2025-06-13",
        "it",
        "La guerra è costata al nemico 1.000.900 soldati, secondo lo stato maggiore.",
    ),
    (
        "2025-07-15",
        "en",
        "The war has cost the enemy 1,030,120 soldiers, the general staff said.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "high"),
    [
        (
            "es",
            "La guerra ha costado al enemigo 1.000.340 soldados, según el Estado Mayor. "
            "En total son ya 1.340.000 soldados, subrayó el Estado Mayor.",
            1340000,
        ),
        (
            "pt",
            "A guerra custou ao inimigo 1.000.340 soldados, segundo o Estado-Maior. "
            "No total já são 1.340.000 soldados, sublinhou o Estado-Maior.",
            1340000,
        ),
    ],
)
def test_a_sources_figure_above_the_next_days_count_is_a_conflict(
    lang: str, text: str, high: int
) -> None:
    report = story_report([*COURSE, ("2025-06-12", lang, text), *NEXT_DAY], "war", "w")
    assert frozenset((1000340, high)) in opposed(report, lambda c: c.low)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The quake has killed 296 people, the interior ministry said in the morning. "
            "By evening the interior ministry said 820 people had been killed.",
        ),
        (
            "fr",
            "Le séisme a fait 296 morts, selon le ministère de l'Intérieur ce matin. "
            "Dans la soirée, le ministère de l'Intérieur faisait état de 820 morts.",
        ),
    ],
)
def test_a_days_rising_briefings_below_the_next_days_toll_stay_updates(
    lang: str, text: str
) -> None:
    rows = [
        ("2023-09-09", lang, text),
        ("2023-09-10", "de", "Das Beben hat 1.037 Menschen getötet, so das Innenministerium."),
        (
            "2023-09-11",
            "es",
            "El terremoto ha causado 2.012 muertos, según el Ministerio del Interior.",
        ),
    ]
    report = story_report(rows, "quake", "q")
    assert frozenset((296, 820)) not in opposed(report, lambda c: c.low)
    assert not report.conflicts
