"""Two sources' figures of a long-running count, days apart, far beyond its pace.

A war's losses rise at their own pace over months (here about 70 a day);
one source's 16,012 and another's "more than 30,000" a week later are rival
estimates, not one count updated. A young disaster toll that rises fast in
its first days, a count that speeds up, a figure within the pace and one
source's own revision stay updates.
"""

from __future__ import annotations

import pytest

import crosscheck

from ._articles import opposed, story_report

# The defence ministry's monthly count, in five languages.
MONTHLY = [
    ("2024-01-10", "en", "The war has killed 10,012 soldiers so far, the defence ministry said."),
    (
        "2024-02-10",
        "fr",
        "La guerre a tué 12 105 soldats jusqu'à présent, selon le ministère de la Défense.",
    ),
    (
        "2024-03-10",
        "es",
        "La guerra ha matado a 14.230 soldados hasta ahora, según el Ministerio de Defensa.",
    ),
    (
        "2024-04-02",
        "de",
        "Der Krieg hat bisher 16.012 Soldaten getötet, teilte das Verteidigungsministerium mit.",
    ),
    ("2024-05-10", "en", "The war has killed 18,460 soldiers so far, the defence ministry said."),
    (
        "2024-06-10",
        "fr",
        "La guerre a tué 20 390 soldats jusqu'à présent, selon le ministère de la Défense.",
    ),
]


def _report(rows: list[tuple[str, str, str]]) -> crosscheck.Report:
    return story_report(rows, "war", "a")


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "it",
            "Secondo un centro studi indipendente, i soldati morti in guerra sono finora "
            "oltre 30.000.",
            30000,
        ),
        ("pt", "Segundo um instituto independente, a guerra já matou 29.000 soldados.", 29000),
        (
            "ro",
            "Potrivit unui institut independent, peste 28.000 de soldați au murit până acum în "
            "război.",
            28000,
        ),
        (
            "en",
            "The war has killed 31,000 soldiers so far, an independent monitoring group said.",
            31000,
        ),
    ],
)
def test_another_source_a_week_later_far_above_the_pace_is_a_rival(
    lang: str, text: str, value: int
) -> None:
    report = _report([*MONTHLY[:4], ("2024-04-09", lang, text), *MONTHLY[4:]])
    assert frozenset((16012, value)) in opposed(report, lambda c: c.low)


def test_another_source_within_the_pace_is_an_update() -> None:
    close = (
        "2024-04-09",
        "it",
        "Secondo un centro studi indipendente, i soldati morti in guerra sono finora 16.420.",
    )
    report = _report([*MONTHLY[:4], close, *MONTHLY[4:]])
    assert not report.conflicts


def test_one_sources_own_jump_is_a_revision_not_a_rival() -> None:
    revised = (
        "2024-04-09",
        "en",
        "The war has killed 30,000 soldiers so far, the defence ministry said in a revised count.",
    )
    report = _report([*MONTHLY[:4], revised])
    assert frozenset((16012, 30000)) not in opposed(report, lambda c: c.low)


def test_a_young_toll_rising_fast_from_several_outlets_is_an_update() -> None:
    # A disaster's toll from three sources over its first days, then weeks of slow
    # additions: the first days have no course a month before them.
    rows = [
        ("2024-10-30", "es", "Las inundaciones han causado 62 muertos, según la policía."),
        ("2024-10-31", "en", "The floods have killed 140 people, the government said."),
        (
            "2024-11-01",
            "de",
            "Die Überschwemmungen haben 205 Tote gefordert, so die Rettungsdienste.",
        ),
        ("2024-11-02", "fr", "Les inondations ont fait 211 morts, selon le gouvernement."),
        ("2024-12-05", "it", "Le alluvioni hanno causato 222 morti, secondo la protezione civile."),
        ("2025-01-10", "es", "Las inundaciones han causado 224 muertos, según el Gobierno."),
    ]
    report = story_report(rows, "floods", "f")
    assert not report.conflicts
    assert any(f.timeline for f in report.findings)


def test_a_count_that_speeds_up_is_an_update() -> None:
    # An epidemic's deaths doubling each month; another source a week later keeps
    # the pace of the month after.
    rows = [
        ("2024-01-01", "en", "The epidemic has killed 1,000 people, the health ministry said."),
        ("2024-02-01", "fr", "L'épidémie a fait 2 000 morts, selon le ministère de la Santé."),
        ("2024-03-01", "es", "La epidemia ha causado 4.000 muertos, según el Ministerio de Salud."),
        (
            "2024-04-01",
            "de",
            "Die Epidemie hat 8.000 Tote gefordert, so das Gesundheitsministerium.",
        ),
        ("2024-04-08", "it", "L'epidemia ha causato 9.500 morti, secondo l'OMS."),
        ("2024-05-01", "en", "The epidemic has killed 16,000 people, the health ministry said."),
        ("2024-06-01", "fr", "L'épidémie a fait 32 000 morts, selon le ministère de la Santé."),
    ]
    report = story_report(rows, "epidemic", "e")
    assert frozenset((8000, 9500)) not in opposed(report, lambda c: c.low)


def test_a_toll_creeping_up_in_its_long_tail_is_an_update() -> None:
    # Months after a flood the toll creeps up as bodies are found: 217 then,
    # a week later from another source, 224; a rise many times the tail's
    # pace, yet within the hedge tolerance: a count's slow tail, not a rival.
    rows = [
        ("2024-10-30", "es", "Las inundaciones han causado 62 muertos, según la policía."),
        ("2024-11-01", "en", "The floods have killed 205 people, the government said."),
        ("2024-11-02", "fr", "Les inondations ont fait 211 morts, selon le gouvernement."),
        ("2024-11-12", "de", "Die Überschwemmungen haben 215 Tote gefordert, so die Regierung."),
        ("2024-12-05", "it", "Le alluvioni hanno causato 217 morti, secondo la protezione civile."),
        ("2024-12-12", "ca", "Les inundacions han causat 224 morts, segons el jutjat."),
        ("2025-01-15", "es", "Las inundaciones han causado 224 muertos, según el Gobierno."),
        ("2025-03-01", "en", "The floods killed 229 people, the regional government said."),
    ]
    report = story_report(rows, "floods", "f")
    assert frozenset((217, 224)) not in opposed(report, lambda c: c.low)
