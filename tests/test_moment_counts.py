"""Head counts of one moment of the event: the people on board when the boat sank or the
plane crashed (concepts.toml ``[moment_events]``, ``[predicates] aboard``).

"212 people were on board" and "about 250 passengers and crew" count one fixed thing:
the event alone is evidence that they are one quantity, and two such figures printed on
two days are rival figures, not a count updated. Passengers and crew are parts of
everyone on board, never its rivals; a count on board another vessel ("another boat with
45 people on board") is not the story's; the abducted are compared on their event but
run as hostages are freed; counts of what happened to the people (rescued, killed) keep
their own reading.
"""

from __future__ import annotations

import pytest

from crosscheck.align._quantity import of_one_moment

from ._articles import opposed, quantities, story_report

# The same ferry's people on board, told by two outlets on two days (published, lang, text).
ON_BOARD = [
    ("2025-08-04", "en", "The ferry's owner told reporters that 212 people were on board."),
    (
        "2025-08-05",
        "fr",
        "Selon des survivants, environ 250 passagers et membres d'équipage se trouvaient à bord.",
    ),
]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Survivors said 212 people were on board when the ferry sank."),
        ("fr", "Selon les survivants, 212 personnes se trouvaient à bord du ferry."),
        ("es", "A bordo viajaban 212 personas, según el guardacostas."),
        ("it", "A bordo c'erano 212 persone, secondo i superstiti."),
        ("de", "An Bord waren nach Angaben der Polizei 212 Menschen."),
        ("pt", "A embarcação transportava 212 pessoas, segundo a Marinha."),
        ("ru", "По данным полиции, на борту находились 212 человек."),
        ("pl", "Na pokładzie było 212 osób, podała policja."),
        ("nl", "Er waren 212 mensen aan boord, meldde de politie."),
    ],
)
def test_people_on_board_are_a_count_of_one_moment(language: str, text: str) -> None:
    (claim,) = quantities(text, language)
    assert (claim.unit, claim.event) == ("people", "aboard")
    assert of_one_moment(claim)


def test_figures_on_board_of_two_days_conflict() -> None:
    report = story_report(ON_BOARD, "ferry")
    assert opposed(report, lambda c: c.low) == {frozenset({212, 250})}


def test_figures_on_board_that_agree_stay_agreed_across_days() -> None:
    rows = [
        ON_BOARD[0],
        ("2025-08-06", "de", "An Bord waren nach Angaben der Polizei 212 Menschen."),
    ]
    assert opposed(story_report(rows, "ferry")) == set()


@pytest.mark.parametrize(
    ("language", "text", "units"),
    [
        (
            "en",
            "The prosecutor said 70 people had been on board, 66 passengers and four crew members.",
            ["people", "passengers", "crew"],
        ),
        (
            "pl",
            "Na pokładzie było 64 pasażerów i czterech członków załogi.",
            ["passengers", "crew"],
        ),
        ("es", "El autobús transportaba 54 pasajeros y dos tripulantes.", ["passengers", "crew"]),
        ("en", "The ferry was carrying about 250 passengers and crew.", ["people"]),
        ("fr", "Environ 250 passagers et membres d'équipage étaient à bord.", ["people"]),
    ],
)
def test_passengers_and_crew_are_parts_of_everyone_on_board(
    language: str, text: str, units: list[str]
) -> None:
    assert [c.unit for c in quantities(text, language)] == units


def test_passengers_of_two_days_conflict_and_never_meet_everyone_on_board() -> None:
    rows = [
        ("2025-02-11", "pl", "Na pokładzie maszyny było 64 pasażerów, poinformował przewoźnik."),
        (
            "2025-02-12",
            "en",
            "The prosecutor said 70 people had been on board, 66 passengers and four crew members.",
        ),
    ]
    pairs = opposed(story_report(rows, "crash"), lambda c: c.low)
    assert pairs == {frozenset({64, 66})}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hours earlier, another boat with 45 people on board reached Gavdos safely."),
        ("fr", "Une autre embarcation, avec 45 personnes à bord, est arrivée à Gavdos."),
        ("de", "Ein zweites Boot mit 45 Menschen an Bord erreichte Gavdos."),
        ("es", "Otra embarcación con 45 personas a bordo llegó a Gavdos."),
    ],
)
def test_people_on_board_another_vessel_are_not_the_story_s(language: str, text: str) -> None:
    (claim,) = quantities(text, language)
    assert claim.event is None
    assert not of_one_moment(claim)


def test_another_vessel_s_count_is_no_rival() -> None:
    rows = [
        ("2025-09-02", "en", "A fishing boat with about 80 people on board capsized off Crete."),
        ("2025-09-02", "de", "Ein zweites Boot mit 45 Menschen an Bord erreichte Gavdos."),
    ]
    assert opposed(story_report(rows, "boat")) == set()


def test_a_status_count_beside_a_boat_keeps_its_own_reading() -> None:
    (claim,) = quantities(
        "The coast guard rescued 61 people from the ferry carrying migrants.", "en"
    )
    assert claim.unit == "rescued"
    assert not of_one_moment(claim)


def test_the_abducted_are_compared_but_run() -> None:
    rows = [
        ("2025-04-02", "en", "Gunmen abducted 40 workers from a gold mine, the company said."),
        ("2025-04-02", "fr", "Des sources locales évoquent 45 employés enlevés dans la mine."),
        ("2025-04-04", "ru", "Освобождены еще 10 из 28 рабочих, похищенных на руднике."),
    ]
    report = story_report(rows, "hostages")
    claims = [c for c in report.claims if c.kind == "quantity" and c.event == "abducted"]
    assert {c.low for c in claims} >= {40, 45, 28}
    assert not any(of_one_moment(c) for c in claims)
    pairs = opposed(report, lambda c: c.low)
    assert frozenset({40, 45}) in pairs
    assert frozenset({28, 40}) not in pairs
