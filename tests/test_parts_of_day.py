"""Counts of one day told morning and evening, and people still under the rubble.

A count reported through a rescue day names the part of the day more often than the
hour ("9 people were trapped this morning … 5 by the evening"): figures of one day
whose sentences state different parts of it are ordered by them, like clock times. A
count that falls as its people are reached (the trapped, the missing) is updated when
it falls; any other when it rises. The move the other way, or two bodies' figures of
one part of the day, still conflict; figures that state no part are read as before.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import crosscheck
from crosscheck.judge._clock import DAY_PARTS, day_part
from tests._articles import finding_of, opposed, quantities, story_report

DAY = "2025-03-15"


def _report(rows: Sequence[tuple[str, str]]) -> crosscheck.Report:
    return story_report([(DAY, lang, text) for lang, text in rows], "s")


def _low(claim: crosscheck.Claim) -> object:
    return claim.low


@pytest.mark.parametrize(
    ("lang", "text", "part"),
    [
        ("en", "By the evening, 5 people were still trapped, rescuers said.", "evening"),
        ("fr", "Ce matin, neuf personnes étaient prises au piège.", "morning"),
        ("es", "Por la tarde, 300 personas habían sido evacuadas.", "afternoon"),
        ("de", "Am Abend waren noch 5 Menschen eingeschlossen.", "evening"),
        ("it", "In serata, 5 persone erano ancora intrappolate.", "evening"),
        ("ru", "Утром под завалами оставались 9 человек.", "morning"),
        ("ar", "وقال الدفاع المدني مساء اليوم إن 5 أشخاص لا يزالون عالقين.", "evening"),
    ],
)
def test_the_part_of_the_day_a_figure_sentence_states(lang: str, text: str, part: str) -> None:
    (claim,) = quantities(text, lang)
    assert day_part(claim) == DAY_PARTS.index(part)


def test_a_figure_with_no_part_of_the_day_has_none() -> None:
    (claim,) = quantities("Five people were still trapped, rescuers said.", "en")
    assert day_part(claim) is None


@pytest.mark.parametrize(
    ("morning", "evening"),
    [
        (
            ("en", "This morning 9 people were trapped in the mine, the fire service said."),
            ("fr", "Ce soir, cinq personnes sont encore sous les décombres, selon la mairie."),
        ),
        (
            ("es", "Por la mañana, 9 personas seguían atrapadas, según los bomberos."),
            ("it", "In serata 5 persone erano ancora sotto le macerie, ha detto il sindaco."),
        ),
        (
            ("de", "Am Morgen waren in Rom 9 Menschen eingeschlossen, teilte die Feuerwehr mit."),
            (
                "en",
                "This evening 5 people were still under the rubble in Rome, the city hall said.",
            ),
        ),
    ],
)
def test_the_trapped_falling_from_morning_to_evening_is_an_update(
    morning: tuple[str, str], evening: tuple[str, str]
) -> None:
    rep = _report([morning, evening])
    assert frozenset((9, 5)) not in opposed(rep, _low)
    assert "running_count" in finding_of(rep, "trapped").notes


def test_the_trapped_rising_from_morning_to_evening_still_conflicts() -> None:
    rep = _report(
        [
            ("en", "This morning 5 people were trapped in the mine, the fire service said."),
            ("fr", "Ce soir, neuf personnes sont encore sous les décombres, selon la mairie."),
        ]
    )
    assert frozenset((9, 5)) in opposed(rep, _low)


def test_a_rising_count_from_morning_to_evening_is_an_update() -> None:
    rep = _report(
        [
            ("en", "This morning 1,200 people had been evacuated, the fire service said."),
            ("es", "Por la noche, 3.000 personas habían sido evacuadas, según el ayuntamiento."),
        ]
    )
    assert frozenset((1200, 3000)) not in opposed(rep, _low)


def test_two_bodies_counts_of_one_evening_or_with_no_part_of_day_still_conflict() -> None:
    same_evening = _report(
        [
            ("en", "This evening 5 people were still trapped, the fire service said."),
            ("fr", "Ce soir, six personnes sont encore sous les décombres, selon la mairie."),
        ]
    )
    assert frozenset((5, 6)) in opposed(same_evening, _low)
    no_part = _report(
        [
            ("en", "Nine people were trapped in the mine, the fire service said."),
            ("it", "Cinque persone sono ancora sotto le macerie, ha detto il sindaco."),
        ]
    )
    assert frozenset((9, 5)) in opposed(no_part, _low)


def test_one_source_whose_trapped_count_falls_updates_it_and_a_rival_body_still_conflicts() -> None:
    rep = _report(
        [
            ("ca", "Nou persones han quedat atrapades sota la runa, segons els Bombers."),
            (
                "es",
                "Cinco personas siguen atrapadas, según los bomberos. El Ayuntamiento eleva a "
                "seis el número de personas atrapadas.",
            ),
        ]
    )
    pairs = opposed(rep, _low)
    assert frozenset((9, 5)) not in pairs
    assert frozenset((5, 6)) in pairs


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Two people are still under the rubble, rescuers said."),
        ("fr", "Deux personnes sont encore sous les décombres."),
        ("es", "Dos personas siguen bajo los escombros."),
        ("it", "Due persone sono ancora sotto le macerie."),
        ("de", "Zwei Menschen liegen noch unter den Trümmern."),
        ("ro", "Două persoane sunt încă sub dărâmături."),
    ],
)
def test_people_still_under_the_rubble_are_trapped(lang: str, text: str) -> None:
    (claim,) = quantities(text, lang)
    assert claim.unit == "trapped"


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        ("en", "Two people died under the rubble, rescuers said.", "killed"),
        ("fr", "Deux personnes sont mortes sous les décombres.", "killed"),
        ("es", "Dos personas murieron bajo los escombros.", "killed"),
    ],
)
def test_people_who_died_under_the_rubble_are_not_trapped(lang: str, text: str, unit: str) -> None:
    (claim,) = quantities(text, lang)
    assert claim.unit == unit
