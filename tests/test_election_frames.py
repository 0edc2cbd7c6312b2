"""Frames of an election report, in wording of our own.

Seats are a unit of their own; a head count whose clause says the people
voted counts voters (as one that says they marched counts protesters); a
body's capitalised name after a place preposition ("in Parlamento") is no
place; and German "gaben ihre Stimme ab" (voted) credits no one, where
"gaben … an" reports.
"""

from __future__ import annotations

import pytest

from crosscheck import Article, Claim
from crosscheck.claims import extract_claims


def _quantities(text: str, language: str) -> list[Claim]:
    article = Article(id="v", text=text, language=language, published="2025-10-01")
    return [c for c in extract_claims(article) if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The alliance won 63 seats."),
        ("fr", "L'alliance a remporté 63 sièges."),
        ("es", "La alianza logró 63 escaños."),
        ("it", "L'alleanza ha conquistato 63 seggi."),
        ("de", "Das Bündnis gewann 63 Sitze."),
        ("nl", "De alliantie won 63 zetels."),
        ("pt", "A aliança conquistou 63 assentos."),
        ("pl", "Sojusz zdobył 63 mandaty."),
    ],
)
def test_seats_are_counted_as_seats(language: str, text: str) -> None:
    (claim,) = _quantities(text, language)
    assert claim.unit == "seats"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Nearly 2.3 million people voted on Sunday."),
        ("fr", "Près de 2,3 millions de personnes ont voté dimanche."),
        ("es", "Casi 2,3 millones de personas votaron el domingo."),
        ("it", "Quasi 2,3 milioni di persone hanno votato domenica."),
        ("ro", "Aproape 2,3 milioane de persoane au votat duminică."),
        ("de", "Fast 2,3 Millionen Menschen gaben am Sonntag ihre Stimme ab."),
    ],
)
def test_people_who_voted_are_voters(language: str, text: str) -> None:
    (claim,) = _quantities(text, language)
    assert claim.unit == "voters"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "About 2.3 million people lived in the region."),
        ("fr", "Quelque 2,3 millions de personnes vivent dans la région."),
    ],
)
def test_people_who_did_not_vote_stay_people(language: str, text: str) -> None:
    (claim,) = _quantities(text, language)
    assert claim.unit == "people"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Il partito avrà 63 dei 120 seggi in Parlamento."),
        ("ro", "Partidul va avea 63 de mandate în Parlament."),
        ("es", "El partido tendrá 63 escaños en el Congreso."),
    ],
)
def test_a_body_after_a_place_preposition_is_no_place(language: str, text: str) -> None:
    assert all(c.place_id is None for c in _quantities(text, language))


def test_a_split_verb_reports_only_with_its_own_particle() -> None:
    voted = _quantities("Rund 900.000 Menschen gaben ihre Stimme per Brief ab.", "de")
    assert [c.attributed_to for c in voted] == [None]
    told = _quantities("Die Wahlleitung gab die Zahl der Briefwähler mit 900.000 an.", "de")
    assert [c.attributed_to for c in told] == ["Die Wahlleitung"]
