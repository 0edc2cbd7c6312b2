"""A source's only figure of a unit in an article that sets it against other sources'.

Our own sentences, of containers lost overboard and a fish kill. An article that gives
two sources' readings of one quantity ("the operator revised its count to 62; the
coastguard says at least 70") holds two values of the unit, so neither is its one value
(``Claim.sole``); yet each is its source's only value there (``Claim.source_sole``), and
the same source's only value in an article of another day is that source's count at
another time: the operator's 46 then 62 is its running count, beside the coastguard's
rising count, and the two sources still conflict on each day. An uncredited second value
(it may be another quantity of the unit: the containers washed ashore) marks no figure,
and a source's second value unmarks that source's.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.claims._build import extract_claims
from crosscheck.ingest._article import Article
from tests._articles import opposed


def _quantities(text: str, language: str) -> list[crosscheck.Claim]:
    article = Article(id="a", text=text, language=language, published="2025-10-14")
    return [c for c in extract_claims(article) if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "46 containers went overboard, the operator said. The coastguard put the number "
            "at about 50.",
        ),
        (
            "nl",
            "46 containers gingen overboord, aldus de rederij. Volgens de kustwacht zijn het "
            "er ongeveer 50.",
        ),
        (
            "fr",
            "46 conteneurs sont tombés à la mer, selon l'armateur. Les garde-côtes parlent "
            "d'environ 50 conteneurs.",
        ),
        (
            "de",
            "46 Container gingen über Bord, teilte die Reederei mit. Die Küstenwache spricht "
            "von etwa 50 Containern.",
        ),
    ],
)
def test_two_sources_readings_are_each_their_sources_only_value(language: str, text: str) -> None:
    marks = [(c.low, c.sole, c.source_sole) for c in _quantities(text, language)]
    assert marks == [(46, False, True), (50, False, True)]


def test_a_sources_second_value_unmarks_that_source_only() -> None:
    text = (
        "46 containers went overboard, the operator said. The coastguard put the number "
        "at about 50. It said twelve containers have washed ashore."
    )
    assert [c.source_sole for c in _quantities(text, "en") if c.unit == "containers"] == [
        True,
        False,
        False,
    ]


def test_an_uncredited_second_value_marks_no_figure() -> None:
    text = "Twelve containers have washed ashore. 46 containers went overboard, the operator said."
    assert [c.source_sole for c in _quantities(text, "en") if c.unit == "containers"] == [
        False,
        False,
    ]


_DAYS = [
    (
        "2025-10-14",
        "en",
        "40 containers went overboard in the storm, the operator said on Tuesday. The "
        "coastguard disputed that, saying about 55 containers went overboard.",
    ),
    ("2025-10-15", "en", "62 containers went overboard, the operator said on Wednesday."),
]


def _story(rows: list[tuple[str, str, str]]) -> crosscheck.Report:
    return crosscheck.report(
        [
            crosscheck.Article(id=f"a{i}", text=t, language=lg, published=d, story="ship")
            for i, (d, lg, t) in enumerate(rows)
        ]
    )


def _courses(report: crosscheck.Report) -> list[list[object]]:
    return [[p.low for p in f.timeline] for f in report.findings if len(f.timeline) > 1]


def test_one_sources_only_values_of_two_days_are_its_count() -> None:
    report = _story(_DAYS)
    assert [40, 62] in _courses(report)
    # the first day's figure is still a side against the reading that disputes it
    assert frozenset((40, 55)) in opposed(report, lambda c: c.low)


def test_a_second_value_of_the_source_keeps_the_days_apart() -> None:
    rows = [
        _DAYS[0],
        (
            "2025-10-15",
            "en",
            "62 containers went overboard, the operator said on Wednesday. It said 27 "
            "containers have washed ashore.",
        ),
    ]
    assert [40, 62] not in _courses(_story(rows))


def test_a_point_of_a_count_is_also_a_side_against_the_reading_disputing_it() -> None:
    report = _story(
        [
            (
                "2025-08-04",
                "en",
                "Crews have pulled 12 tonnes of dead fish from the river, the environment "
                "agency said on Monday.",
            ),
            (
                "2025-08-06",
                "en",
                "Crews have pulled 27 tonnes of dead fish from the river, the environment "
                "agency said on Wednesday. The environmental group River Watch disputed "
                "the official count, saying at least 60 tonnes of dead fish had been removed.",
            ),
        ]
    )
    assert frozenset((27, 60)) in opposed(report, lambda c: c.low)


def test_one_sources_sums_of_two_days_are_no_course() -> None:
    report = _story(
        [
            (
                "2025-03-10",
                "en",
                "The finance ministry put the damage at 40 million euros, while insurers "
                "estimated it at 55 million euros.",
            ),
            (
                "2025-03-12",
                "en",
                "The finance ministry said it had released 5 million euros in emergency aid, "
                "while the European Commission pledged 20 million euros.",
            ),
        ]
    )
    assert not any(
        {report.claim(i).low for i in f.claim_ids} >= {40_000_000, 5_000_000}
        for f in report.findings
    )
