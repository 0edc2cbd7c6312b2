"""A side named beside an attack noun is the attacker, not whose dead a figure counts.

"A Russian missile strike on Sumy killed 35 people": the 35 are not Russian.
A side that names who counts ("nach ukrainischen Angaben") is no subject either.
"""

from __future__ import annotations

import pytest

from crosscheck import Article, Claim
from crosscheck.claims import extract_claims


def _killed(text: str, language: str) -> list[Claim]:
    article = Article(id="s", text=text, language=language, published="2025-04-14")
    return [c for c in extract_claims(article) if c.unit == "killed"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A Russian missile strike on the city centre killed 21 people."),
        ("de", "Bei einem russischen Raketenangriff auf die Stadt starben 21 Menschen."),
        ("pl", "W wyniku rosyjskiego ataku rakietowego na miasto zginęło 21 osób."),
        ("ru", "В результате российского удара по городу погиб 21 человек."),
        ("ar", "قتل 21 شخصا في ضربة صاروخية روسية على المدينة."),
        ("fr", "Une frappe russe sur la ville a fait 21 morts."),
    ],
)
def test_the_attackers_side_is_not_the_subject(language: str, text: str) -> None:
    (claim,) = _killed(text, language)
    assert claim.subject is None


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        ("en", "The army said 21 Russian soldiers were killed.", "russia"),
        ("de", "Die Armee meldete 21 getötete russische Soldaten.", "russia"),
    ],
)
def test_a_side_of_the_dead_themselves_stays(language: str, text: str, subject: str) -> None:
    (claim,) = _killed(text, language)
    assert claim.subject == subject


def test_a_side_that_counts_is_no_subject() -> None:
    (claim,) = _killed("Nach ukrainischen Angaben wurden 21 Menschen getötet.", "de")
    assert claim.subject is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Für die Ukraine nannten diese Beamten etwa 31 000 Tote."),
        ("nl", "Voor Oekraïne noemden deze functionarissen ongeveer 31.000 doden."),
    ],
)
def test_a_side_after_for_is_whose_though_a_verb_follows(language: str, text: str) -> None:
    (claim,) = _killed(text, language)
    assert claim.subject == "ukraine"


def test_a_side_that_says_is_still_who_counts() -> None:
    (claim,) = _killed("Die Ukraine nannte 31 000 getötete russische Soldaten.", "de")
    assert claim.subject == "russia"
