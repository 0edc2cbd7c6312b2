"""A part that names its group is that group's whole count too.

"Among the dead were 12 Ukrainian citizens" is a part of the dead (``part_of``,
or ``among``), and also the count of the Ukrainians killed, which another
source gives as a whole ("Ukraine's Foreign Ministry said 14 Ukrainians were
killed"): the two are one quantity and conflict (align._quantity
``_blocked_as_part``, ``_part_of_another``). A part is still never compared with
a figure of another subject or of none: "13 dead, including four children" is
no rival of "13 dead", nor "12 Ukrainians among the 61 dead" of the 61.
"""

from __future__ import annotations

import pytest

from ._articles import opposed, story_report

PART = {
    "en": (
        "Sixty-one people were killed in the crash, officials said. Among the dead were 12 "
        "Ukrainian citizens, according to the governor's office."
    ),
    "fr": (
        "Soixante et une personnes ont été tuées dans l'accident. Parmi les morts figurent 12 "
        "citoyens ukrainiens, selon la préfecture."
    ),
    "de": (
        "Bei dem Absturz kamen 61 Menschen ums Leben. Unter den Toten sind nach Angaben der "
        "Woiwodschaft zwölf ukrainische Staatsbürger."
    ),
    "es": (
        "Sesenta y una personas murieron en el accidente. Entre los muertos hay 12 ciudadanos "
        "ucranianos, según la gobernación."
    ),
}

WHOLE = [
    (
        "2025-02-12",
        "uk",
        "Унаслідок катастрофи літака під Гданськом загинули 14 громадян України, повідомив "
        "речник МЗС.",
    ),
    (
        "2025-02-12",
        "en",
        "Ukraine's Foreign Ministry said 14 Ukrainians were killed in the crash near Gdansk.",
    ),
]


@pytest.mark.parametrize("lang", sorted(PART))
@pytest.mark.parametrize("whole", WHOLE, ids=["uk", "en"])
def test_a_part_naming_its_group_conflicts_with_that_groups_count(
    lang: str, whole: tuple[str, str, str]
) -> None:
    report = story_report([("2025-02-12", lang, PART[lang]), whole], "crash")
    pairs = opposed(report, lambda c: c.low)
    assert frozenset((12, 14)) in pairs
    assert frozenset((14, 61)) not in pairs  # the Ukrainians' count is no rival of everyone's


def test_a_part_of_a_group_is_no_rival_of_the_whole() -> None:
    report = story_report(
        [
            ("2025-02-12", "en", "Thirteen people died, including four children, officials said."),
            ("2025-02-12", "fr", "Treize personnes sont mortes, selon la préfecture."),
        ],
        "fire",
    )
    assert not opposed(report, lambda c: c.low)


def test_a_part_naming_its_group_is_no_rival_of_everyones_count() -> None:
    report = story_report(
        [
            (
                "2025-02-12",
                "en",
                "Among the 61 dead were 12 Ukrainian citizens, the governor's office said.",
            ),
            (
                "2025-02-12",
                "de",
                "Bei dem Absturz kamen 61 Menschen ums Leben, teilte die Polizei mit.",
            ),
        ],
        "crash",
    )
    assert frozenset((12, 61)) not in opposed(report, lambda c: c.low)
