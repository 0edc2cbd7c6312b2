"""The fire service is one source in every language (``[attribution.sources]
fire_service``): "the fire brigade", "die Feuerwehr", "les sapeurs-pompiers", "i vigili
del fuoco", "los bomberos", "os bombeiros", "de brandweer", "straży pożarnej",
"пожарные", "пожежники", "pompierii", "els bombers" and "رجال الإطفاء" meet, so two
articles that quote it agree as one voice. A known body credited by name is no
pointer back to the source named before it."""

from __future__ import annotations

import pytest

from crosscheck.extract._context import source_id
from crosscheck.lang import get_language

from ._articles import figures as claims_of
from ._articles import source_of


@pytest.mark.parametrize(
    ("lang", "name"),
    [
        ("en", "the county fire brigade"),
        ("en", "firefighters"),
        ("de", "die Feuerwehr"),
        ("de", "der Feuerwehr Köln"),
        ("fr", "les sapeurs-pompiers"),
        ("it", "i vigili del fuoco"),
        ("es", "los bomberos"),
        ("pt", "os bombeiros"),
        ("nl", "de brandweer"),
        ("pl", "rzecznik straży pożarnej"),
        ("ru", "пожарные"),
        ("uk", "пожежники"),
        ("ro", "pompierii"),
        ("ca", "els bombers"),
        ("ar", "رجال الإطفاء"),
    ],
)
def test_the_fire_service_has_one_key(lang: str, name: str) -> None:
    assert source_id(name, get_language(lang)) == "fire_service"


def test_a_police_spokesman_is_no_fire_service() -> None:
    assert source_id("la policía local", get_language("es")) != "fire_service"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "source"),
    [
        (
            "es",
            "El alcalde dijo que hay 40 heridos. Los bomberos han cifrado en 30 los rescatados.",
            "30",
            "Los bomberos",
        ),
        (
            "fr",
            "Le maire a fait état de 40 blessés. Les pompiers ont recensé 30 personnes évacuées.",
            "30 personnes",
            "Les pompiers",
        ),
    ],
)
def test_the_fire_service_named_is_credited_itself(
    lang: str, text: str, figure: str, source: str
) -> None:
    assert source_of(claims_of(text, lang), figure) == source
