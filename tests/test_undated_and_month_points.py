"""Figures of an undated article, and of a month-dated one, beside a course of days.

An article with no date gives its figures as of its one writing: two sources' readings
it sets side by side are compared with each other (a conflict when they clash), though
not with any other article's (their times cannot be shown to meet). A figure known only
to its month may hold at any of its days: it is a point of the timeline, but no value
the next day's figure rose or fell from.
"""

from __future__ import annotations

from collections.abc import Sequence

import crosscheck
from crosscheck.judge._clock import clock
from tests._articles import finding_of, opposed, quantities, story_report


def _report(rows: Sequence[tuple[str | None, str, str]]) -> crosscheck.Report:
    return story_report(rows, "s")  # type: ignore[arg-type]


def _low(claim: crosscheck.Claim) -> object:
    return claim.low


DATED = [
    (
        "2025-06-03",
        "en",
        "The death toll from the warehouse fire in Porto rose to 14 on Tuesday, firefighters said.",
    ),
    (
        "2025-06-03",
        "fr",
        "Le bilan de l'incendie de l'entrepôt de Porto s'est alourdi à 14 morts, selon les "
        "pompiers.",
    ),
]


def test_two_sources_of_one_undated_article_conflict_with_each_other() -> None:
    for language, text in [
        (
            "es",
            "Los bomberos cifran en 14 los muertos del incendio del almacén de Oporto, "
            "mientras que el hospital eleva la cifra a 17.",
        ),
        (
            "de",
            "Die Feuerwehr spricht von 14 Toten bei dem Brand in Porto, das Krankenhaus "
            "dagegen von 17 Toten.",
        ),
    ]:
        rep = _report([*DATED, (None, language, text)])
        assert frozenset((14, 17)) in opposed(rep, _low), language


def test_an_undated_article_telling_how_its_count_rose_is_no_conflict() -> None:
    for language, text in [
        (
            "de",
            "Zunächst war von 9 Toten die Rede, inzwischen spricht die Feuerwehr von 14 Toten.",
        ),
        (
            "it",
            "I morti dell'incendio del magazzino di Porto sono saliti a 14, secondo i vigili "
            "del fuoco. Ieri erano 9.",
        ),
        (
            # a weekday the undated article cannot place: the 9 holds at a time of its own
            "ro",
            "Bilanțul incendiului de la Porto a urcat la 14 morți. Luni, autoritățile "
            "anunțaseră 9 morți.",
        ),
    ]:
        rep = _report([*DATED, (None, language, text)])
        assert frozenset((9, 14)) not in opposed(rep, _low), language


def test_an_undated_figure_is_still_set_against_no_dated_one() -> None:
    rep = _report(
        [*DATED, (None, "pt", "O incêndio num armazém do Porto fez 17 mortos, segundo a polícia.")]
    )
    assert frozenset((14, 17)) not in opposed(rep, _low)


HURRICANE = [
    (
        "2025-10-20",
        "es",
        "Al menos cuatro personas murieron tras el paso del huracán por el oriente de Cuba, "
        "informó la Defensa Civil.",
    ),
    (
        "2025-10-21",
        "en",
        "The death toll from the hurricane in eastern Cuba rose to nine, the Civil Defense said.",
    ),
    (
        "2025-10-22",
        "pt",
        "O número de mortos causados pelo furacão no leste de Cuba subiu para 15, segundo a "
        "Defesa Civil.",
    ),
]


def test_a_month_dated_figure_is_no_value_the_first_day_fell_from() -> None:
    month = ("2025-10", "it", "Sale a 18 morti il bilancio dell'uragano a Cuba.")
    finding = finding_of(_report([*HURRICANE, month]), "killed")
    points = [(p.as_of_start, p.as_of_end, p.low, p.change) for p in finding.timeline]
    # shown after the days inside its month (by its last day), not on the 1st
    assert points == [
        ("2025-10-20", "2025-10-20", 4, None),
        ("2025-10-21", "2025-10-21", 9, "rose"),
        ("2025-10-22", "2025-10-22", 15, "rose"),
        ("2025-10-01", "2025-10-31", 18, None),
    ]
    assert "count_fell" not in finding.notes


def test_a_course_of_months_still_rises_and_a_course_of_days_still_falls() -> None:
    months = finding_of(
        _report(
            [
                (
                    "2025-09",
                    "en",
                    "The epidemic has killed 100 people in the province, officials said.",
                ),
                (
                    "2025-10",
                    "fr",
                    "L'épidémie a fait 150 morts dans la province, selon les autorités.",
                ),
            ]
        ),
        "killed",
    )
    assert [p.change for p in months.timeline] == [None, "rose"]
    missing = finding_of(
        _report(
            [
                ("2025-10-20", "es", "Doce personas permanecen desaparecidas tras el huracán."),
                ("2025-10-21", "en", "Seven people are still missing after the hurricane."),
                ("2025-10", "it", "Dopo l'uragano restano dispersi in 10."),
            ]
        ),
        "missing",
    )
    assert [(p.low, p.change) for p in missing.timeline if p.as_of_start == p.as_of_end] == [
        (12, None),
        (7, "fell"),
    ]


def test_a_count_told_hour_by_hour_through_one_day_is_no_conflict() -> None:
    rep = _report(
        [
            (
                "2025-11-02",
                "en",
                "By 14:00, 160,000 people had voted in the Chisinau runoff, the electoral "
                "commission said.",
            ),
            (
                "2025-11-02",
                "ro",
                "Până la ora 19:00 au votat 247.000 de persoane în turul doi de la Chișinău, "
                "a anunțat Comisia Electorală Centrală.",
            ),
            (
                "2025-11-02",
                "ru",
                "К 21:00 в Кишиневе проголосовали 281 000 человек, сообщила ЦИК.",
            ),
        ]
    )
    assert not rep.conflicts
    assert "running_count" in finding_of(rep, "voters").notes


def test_a_lower_count_at_a_later_hour_or_with_no_hour_still_conflicts() -> None:
    later_lower = _report(
        [
            (
                "2025-11-02",
                "en",
                "By 14:00, 247,000 people had voted in the Chisinau runoff, the electoral "
                "commission said.",
            ),
            (
                "2025-11-02",
                "fr",
                "À 19h00, 160 000 électeurs avaient voté à Chișinău, selon la commission "
                "électorale.",
            ),
        ]
    )
    assert frozenset((160000, 247000)) in opposed(later_lower, _low)
    no_hour = _report(
        [
            (
                "2025-11-02",
                "en",
                "160,000 people voted in the Chisinau runoff, the electoral commission said.",
            ),
            (
                "2025-11-02",
                "pl",
                "W drugiej turze w Kiszyniowie głosowało 247 000 osób, podała komisja wyborcza.",
            ),
        ]
    )
    assert frozenset((160000, 247000)) in opposed(no_hour, _low)


def test_the_clock_time_is_the_one_nearest_the_figure() -> None:
    def hour(text: str, lang: str) -> int | None:
        (claim,) = quantities(text, lang)
        return clock(claim)

    assert hour("À 19h30, 160 000 électeurs avaient voté.", "fr") == 19 * 60 + 30
    assert hour("Until 10:00 turnout was low; by 14:00, 160,000 people had voted.", "en") == 840
    assert hour("Turnout reached 46.9 percent, the commission said.", "en") is None
    # an hour beside its clock word is read too (tests/test_clock_hours.py), a span is not
    assert hour("Alle 14.30 avevano votato 160.000 elettori.", "it") == 14 * 60 + 30
    (voters,) = [
        c for c in quantities("In 12 ore hanno votato 160.000 elettori.", "it") if c.low == 160000
    ]
    assert clock(voters) is None
