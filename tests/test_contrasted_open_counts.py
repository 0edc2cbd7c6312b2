"""Two open counts one article credits to two sources for one time.

"Kyiv puts the losses at over 742,000; NATO at more than 600,000": each
source states its count at its bound, so the article sets two rival counts
side by side, though both floors could hold. Bounds within the hedge
tolerance repeat one count; one source's two bounds, or bounds far apart
(stages of a count), are no such contrast.
"""

from __future__ import annotations

import pytest

from ._articles import opposed, story_report

# The count's course in other articles, so the group is a long-running count.
COURSE = [
    ("2024-10-01", "en", "The war has killed or wounded 650,210 soldiers, the general staff said."),
    (
        "2024-11-01",
        "fr",
        "La guerre a tué ou blessé 690 150 soldats, selon l'état-major général.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "de",
            "Die russischen Verluste beziffert die ukrainische Seite auf über 742.000 Tote "
            "und Verwundete. Die Nato schätzt die Verluste auf mehr als 600.000 Tote und "
            "Verwundete.",
            (742000, 600000),
        ),
        (
            "es",
            "Según el Estado Mayor ucraniano, las bajas rusas superan las 742.000 entre "
            "muertos y heridos. La OTAN calcula más de 600.000 muertos y heridos.",
            (742000, 600000),
        ),
        (
            "ru",
            "Власти восточной Ливии сообщили, что погибли по меньшей мере 3000 человек. "
            "Администрация в Триполи сообщает, что погибли более 2000 человек.",
            (3000, 2000),
        ),
    ],
)
def test_two_sources_open_counts_in_one_article_are_rivals(
    lang: str, text: str, pair: tuple[int, int]
) -> None:
    rows = (
        [*COURSE, ("2024-12-05", lang, text)] if pair[0] > 10000 else [("2023-09-12", lang, text)]
    )
    report = story_report(rows, "story", "o")
    assert frozenset(pair) in opposed(report, lambda c: c.low)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            # one bound, rounded by the second source
            "en",
            "The Red Crescent said more than 11,000 people had died. The UN said at least "
            "11,300 people had died.",
        ),
        (
            # one source's two bounds: its own update, not a rival
            "fr",
            "Selon le ministère, plus de 2 000 personnes sont mortes. Le ministère a ensuite "
            "fait état d'au moins 2 600 morts.",
        ),
        (
            # bounds far apart: a first report and the day's count, stages of it
            "es",
            "Según la policía, hay al menos 13 muertos. Según los servicios de emergencia, "
            "hay más de 51 muertos.",
        ),
    ],
)
def test_open_counts_that_are_no_contrast_stay_apart_from_conflicts(lang: str, text: str) -> None:
    report = story_report([("2023-09-12", lang, text)], "story", "n")
    assert not report.conflicts
