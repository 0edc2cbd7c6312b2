"""Frames of a wildfire story, written in other wording than any benchmark article.

Fires that broke out are a count of their own (``fires``), a body spelled out
in lower case and closed by its bracketed acronym is a named source, "in the
country" is the story's country, and people treated in hospital are injured.
"""

from __future__ import annotations

import pytest

from crosscheck import Article, Claim
from crosscheck.claims import extract_claims


def _quantities(text: str, language: str) -> list[Claim]:
    article = Article(id="w", text=text, language=language, published="2025-07-20")
    return [c for c in extract_claims(article) if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Some 38 wildfires broke out overnight."),
        ("fr", "Quelque 38 départs de feu ont été recensés dans la nuit."),
        ("es", "Durante la noche se declararon 38 incendios."),
        ("it", "Nella notte sono scoppiati 38 incendi."),
        ("pt", "Durante a noite deflagraram 38 incêndios."),
        ("de", "In der Nacht brachen 38 Brände aus."),
        ("nl", "Er braken die nacht 38 bosbranden uit."),
        ("ro", "Peste noapte au izbucnit 38 de incendii."),
        ("pl", "W nocy wybuchło 38 pożarów."),
        ("ru", "За ночь произошло 38 пожаров."),
    ],
)
def test_fires_that_broke_out_are_counted_as_fires(language: str, text: str) -> None:
    (claim,) = _quantities(text, language)
    assert claim.unit == "fires"


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "fr",
            "Selon le système européen d'information sur les feux de forêt (EFFIS), "
            "les flammes ont parcouru quelque 9 000 hectares.",
            "le système européen d'information sur les feux de forêt (EFFIS)",
        ),
        (
            "it",
            "Secondo l'istituto nazionale di geofisica e vulcanologia (Ingv), "
            "le scosse sono state 120.",
            "l'istituto nazionale di geofisica e vulcanologia (Ingv)",
        ),
        (
            "es",
            "Según el centro de coordinación de emergencias (CECOP), 800 personas "
            "fueron desalojadas.",
            "el centro de coordinación de emergencias (CECOP)",
        ),
    ],
)
def test_a_body_spelled_out_before_its_acronym_is_a_named_source(
    language: str, text: str, source: str
) -> None:
    claims = _quantities(text, language)
    assert claims[-1].attributed_to == source


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a bracketed word in lower case, or a figure, glosses nothing
        ("fr", "Selon le bilan provisoire (mardi), 40 personnes sont mortes."),
        ("en", "According to the latest toll (40), people are still missing."),
    ],
)
def test_a_bracket_that_is_no_name_makes_no_source(language: str, text: str) -> None:
    assert all(c.attributed_to is None for c in _quantities(text, language))


def test_in_the_country_is_the_storys_country_not_an_unknown_place() -> None:
    text = (
        "In Grecia gli incendi non danno tregua. Nelle ultime 24 ore sono scoppiati "
        "52 incendi nel Paese."
    )
    fires = [c for c in _quantities(text, "it") if c.unit == "fires"]
    assert [c.place_id for c in fires] == ["greece"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Two firefighters were killed and 15 people were treated in hospital for burns."),
        ("de", "15 Menschen wurden im Krankenhaus behandelt."),
    ],
)
def test_people_treated_in_hospital_are_injured(language: str, text: str) -> None:
    assert _quantities(text, language)[-1].unit == "injured"
