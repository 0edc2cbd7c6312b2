"""What a head count counts when its clause says so: the status words of ``[casualties]``."""

from __future__ import annotations

import pytest

from crosscheck import Article, find_quantities
from crosscheck.claims import Claim, extract_claims


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Pelo menos 12.000 pessoas foram obrigadas a deixar as suas casas no vale."),
        ("en", "About 5,000 people were forced to leave their homes in the valley."),
        ("es", "Unas 7.000 personas tuvieron que abandonar sus casas en el valle."),
        ("fr", "Quelque 7 000 personnes ont dû quitter leur domicile dans la vallée."),
        ("it", "Circa 7.000 persone sono state costrette a lasciare le loro case nella valle."),
    ],
)
def test_people_forced_from_their_homes_are_displaced(language: str, text: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == "displaced"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # leaving a house is no displacement when nothing forced it
        ("en", "About 5,000 people left their homes to watch the parade."),
        ("pt", "Cerca de 5.000 pessoas saíram de casa para ver o desfile."),
    ],
)
def test_leaving_home_unforced_is_no_displacement(language: str, text: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == "people"


def _claims(text: str, language: str) -> list[Claim]:
    article = Article(id="u", text=text, language=language, published="2025-03-01")
    return [c for c in extract_claims(article) if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("uk", "Він вважає, що вбитими Росія втратила близько 200 000 військових.", "killed"),
        ("ru", "Он считает, что убитыми Россия потеряла около 200 000 военных.", "killed"),
        ("uk", "Пораненими армія втратила понад 90 000 бійців.", "wounded"),
        # two states are the casualties
        ("uk", "Вбитими й пораненими Росія втратила 600 000 військових.", "casualties"),
        # no verb of losing between: the losses' noun, not the state they were lost in
        ("uk", "Втрати вбитими й пораненими за рік можуть сягнути 800 000.", "casualties"),
    ],
)
def test_the_state_men_were_lost_in_names_what_the_losses_count(
    language: str, text: str, unit: str
) -> None:
    assert _claims(text, language)[-1].unit == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Россия потеряла 300 000 военных."),
        ("uk", "Росія втратила 300 000 військових."),
        ("fr", "La Russie a perdu 300 000 soldats."),
        ("de", "Russland verlor 300.000 Soldaten."),
    ],
)
def test_people_lost_are_a_count_not_a_fall(language: str, text: str) -> None:
    (claim,) = _claims(text, language)
    assert claim.change is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The index lost 300 points on Monday."),
        ("uk", "Гривня втратила 5% за тиждень."),
    ],
)
def test_a_level_that_lost_is_still_a_fall(language: str, text: str) -> None:
    assert _claims(text, language)[0].change == "down"


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        (
            "de",
            "Reporter ermittelten die Namen von 38.000 Soldaten, die seit 2022 gefallen sind.",
            "killed",
        ),
        ("en", "The list holds 38,000 soldiers, who have been killed since 2022.", "killed"),
        ("fr", "La liste compte 38 000 soldats, qui ont été blessés au front.", "wounded"),
        # both together are the casualties
        ("en", "The list holds 38,000 soldiers, who were killed or wounded in 2023.", "casualties"),
        # the clause names no status of theirs: the head count stays
        ("de", "Es kamen 3.000 Soldaten, die verletzte Kameraden bargen.", "troops"),
        # a comma past the reach opens no clause of this figure's
        (
            "en",
            "The list holds 38,000 soldiers from the southern regions of the country, who died.",
            "troops",
        ),
    ],
)
def test_a_relative_clause_says_what_a_head_count_counts(
    language: str, text: str, unit: str
) -> None:
    assert _claims(text, language)[0].unit == unit
