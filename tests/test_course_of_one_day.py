"""One source's count at two hours of one day, told in one sentence.

"About 1,600 homes remained without power by 6 p.m., down from 4,200 in the morning,
the operator said": a baseline word sets the first figure against the reading of an
earlier hour of the same day (a clock time or a part of the day, each figure taking the
one on its side of the other). The two are one count's course, compared and read as a
running count whichever way it moved, not parts of one statement. Figures of one
sentence with no baseline word ("twelve in the morning and five in the afternoon"), or
with no hours to order them, stay parts of one statement.
"""

from __future__ import annotations

import pytest

import crosscheck
from tests._articles import story_report

DAY = "2025-03-15"


def _report(lang: str, text: str) -> crosscheck.Report:
    return story_report([(DAY, lang, text)], "s")


def _running(rep: crosscheck.Report, low: int, high: int) -> bool:
    """One finding holds both figures (by value) as one running count."""
    for finding in rep.findings:
        values = {rep.claim(c).low for c in finding.claims}
        if {low, high} <= values and "running_count" in finding.notes:
            return True
    return False


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "By 6 p.m. the floods had killed 19 people, up from 12 in the morning, police said.",
        ),
        (
            "fr",
            "À 18 heures, les inondations avaient fait 19 morts, contre 12 ce matin, selon la "
            "préfecture.",
        ),
        (
            "es",
            "A las 18 horas, las inundaciones habían dejado 19 muertos, frente a 12 por la "
            "mañana, según la policía.",
        ),
        (
            "de",
            "Bis 18 Uhr starben 19 Menschen bei dem Hochwasser, gegenüber 12 am Morgen, teilte "
            "die Polizei mit.",
        ),
        (
            "ro",
            "Până la ora 18, inundațiile au ucis 19 oameni, față de 12 dimineața, potrivit "
            "poliției.",
        ),
    ],
)
def test_a_toll_told_against_its_morning_reading_is_one_running_count(lang: str, text: str) -> None:
    assert _running(_report(lang, text), 12, 19)


@pytest.mark.parametrize(
    ("lang", "text", "low", "high"),
    [
        (
            "en",
            "About 1,600 homes remained without power by 6 p.m., down from 4,200 in the "
            "morning, the operator said.",
            1600,
            4200,
        ),
        (
            "en",
            "This evening 300 people remained evacuated, down from 1,200 this morning, the "
            "mayor said.",
            300,
            1200,
        ),
        (
            "en",
            "About 90,000 homes were without power at noon, the utility said, up from 25,000 "
            "in the morning.",
            25000,
            90000,
        ),
    ],
)
def test_a_count_told_through_the_day_is_one_running_count(
    lang: str, text: str, low: int, high: int
) -> None:
    assert _running(_report(lang, text), low, high)


@pytest.mark.parametrize(
    ("lang", "text", "low", "high"),
    [
        # each part of the day its own deaths: parts of one statement
        ("en", "Twelve people died in the morning and 19 in the afternoon, police said.", 12, 19),
        (
            "it",
            "Sono morte 12 persone al mattino e 19 nel pomeriggio, secondo la prefettura.",
            12,
            19,
        ),
        # a baseline word but no hours to order the two
        ("en", "The floods killed 19 people, up from 12 first reported, police said.", 12, 19),
        (
            "fr",
            "Les inondations ont fait 19 morts, contre 12 annoncés, selon la préfecture.",
            12,
            19,
        ),
    ],
)
def test_figures_of_one_sentence_without_a_told_course_of_hours_stay_apart(
    lang: str, text: str, low: int, high: int
) -> None:
    assert not _running(_report(lang, text), low, high)


def test_each_figure_takes_the_hour_on_its_own_side_of_the_other() -> None:
    rep = _report("en", "By 6 p.m., 19 people had died, up from 12 in the morning, police said.")
    from crosscheck.claims._hours import moment  # here: a module lead lacks

    hours = {c.low: moment(c) for c in rep.claims if c.kind == "quantity"}
    assert hours == {19: ("clock", 18 * 60), 12: ("part", 0)}
