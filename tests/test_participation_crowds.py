"""Counts of those who took part ("turnout", "beteiligten sich", "au participat",
"deelnemers") in an article that tells of a protest count its protesters.

Whose crowd a count of participants is depends on the event: a protest's turnout is
its marchers, a search's helpers are no crowd. So the ``[predicates] took_part``
words give the crowd of the article's ``[story_kinds]`` (``[participation]`` in
concepts.toml), and no event of their own where no kind names a crowd.
"""

from __future__ import annotations

import pytest

from ._articles import opposed, quantities, story_report


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Proteste gegen die Rentenreform\n\nLaut Innenministerium beteiligten sich "
            "landesweit 1,1 Millionen Menschen.",
        ),
        (
            "en",
            "Pension protests\n\nThe interior ministry put turnout at 1.1 million nationwide.",
        ),
        (
            "ro",
            "Proteste în Franța\n\nPotrivit ministerului, la manifestațiile de joi au "
            "participat 1,08 milioane de persoane.",
        ),
        (
            "nl",
            "Protest tegen pensioenhervorming\n\nDe schattingen liepen uiteen van 1,1 tot 3 "
            "miljoen deelnemers.",
        ),
        (
            "fr",
            "Grève contre la réforme\n\nLa journée avait réuni 800 000 personnes selon le "
            "ministère.",
        ),
        (
            "es",
            "Huelga general\n\nSegún el sindicato, participaron 2 millones de personas en la "
            "jornada.",
        ),
    ],
)
def test_a_protest_turnout_counts_protesters(language: str, text: str) -> None:
    units = [c.unit for c in quantities(text, language)]
    assert units == ["protesters"]


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        (
            "en",
            "Floods in the valley\n\nAbout 300 people took part in the clean-up on Sunday, "
            "officials said.",
            "people",
        ),
        (
            "de",
            "Hochwasser im Tal\n\nAn den Aufräumarbeiten beteiligten sich 300 Menschen.",
            "people",
        ),
    ],
)
def test_taking_part_in_another_event_is_no_crowd(language: str, text: str, unit: str) -> None:
    claims = quantities(text, language)
    assert [c.unit for c in claims] == [unit]
    assert claims[0].event is None  # no event of its own: it refuses no comparison


def test_marchers_are_protesters() -> None:
    text = "Protest in Paris\n\nIn Paris, police counted 95,000 marchers."
    assert [c.unit for c in quantities(text, "en")] == ["protesters"]


def test_turnout_set_against_the_police_count_is_a_conflict() -> None:
    report = story_report(
        [
            (
                "2025-03-14",
                "de",
                "Proteste in Frankreich\n\nLaut Innenministerium beteiligten sich am Donnerstag "
                "1,1 Millionen Menschen.",
            ),
            (
                "2025-03-14",
                "en",
                "Protests in France\n\nThe CGT union said more than 3 million protesters "
                "marched on Thursday.",
            ),
        ],
        "protest",
    )
    assert frozenset({"1,1 Millionen Menschen", "more than 3 million protesters"}) in opposed(
        report
    )


def test_a_protest_told_by_its_verb_only_is_a_protest() -> None:
    # "Massenproteste" is a compound no story-kind word matches; the verb tells the protest
    text = (
        "Wieder Massenproteste in Frankreich\n\nAm Donnerstag sind erneut Hunderttausende "
        "auf die Straße gegangen. Laut Innenministerium beteiligten sich 1,1 Millionen Menschen."
    )
    assert [c.unit for c in quantities(text, "de")] == ["protesters"]


def test_taking_part_in_a_vote_counts_voters() -> None:
    text = (
        "Referendum in Ireland\n\nVoters went to the polls on Friday. About 1.6 million "
        "people took part, the electoral commission said."
    )
    assert [c.unit for c in quantities(text, "en")] == ["voters"]


def test_an_article_of_a_protest_and_a_vote_names_no_crowd() -> None:
    text = (
        "Protest and vote\n\nThousands protested in the capital on Sunday, when the country "
        "voted. About 300,000 people took part, police said."
    )
    assert [c.unit for c in quantities(text, "en")][-1] == "people"
