"""People taken to hospital are the hospitalised, in every language: never the dead of a
figure before them, never a plain head count, and no rival of the injured.

"تم نقل 60 إلى المستشفى" (60 were taken to hospital) after a death toll took the toll's
unit as a list's next item; "60 persone sono state trasportate in ospedale" stayed
`people`; "60 people were taken to hospital" was `injured`, so a fire's "80 injured" in
one article and "60 taken to hospital" in another made a conflict, though the 60 are a
part of the 80. A verb of taking someone to hospital after the figure counts
`hospitalized` now (``[casualties] hospitalized`` in each language); one that names the
injury ("taken to hospital with burns") still counts the injured. A count of something
else (ambulances, doctors) keeps its own noun.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article, find_quantities


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Dopo l'incendio del deposito 60 persone sono state trasportate in ospedale."),
        ("es", "Tras el incendio de la fábrica, 60 personas fueron trasladadas al hospital."),
        ("fr", "Après l'incendie de l'usine, 60 personnes ont été transportées à l'hôpital."),
        ("fr", "Après la tempête, 60 personnes ont été évacuées vers les hôpitaux."),
        ("pt", "Depois do incêndio, 60 pessoas foram levadas para o hospital."),
        ("ca", "Després de l'incendi, 60 persones han estat traslladades a l'hospital."),
        ("nl", "Na de brand in de fabriek zijn 60 mensen naar het ziekenhuis gebracht."),
        ("de", "Nach dem Brand in der Fabrik wurden 60 Menschen ins Krankenhaus gebracht."),
        ("ru", "После пожара на складе 60 человек были доставлены в больницу."),
        ("uk", "Після пожежі на складі 60 людей доставили до лікарні."),
        ("pl", "Po pożarze hali 60 osób przewieziono do szpitala."),
        ("ro", "După incendiul de la depozit, 60 de persoane au fost duse la spital."),
        ("ar", "بعد حريق المصنع، نقل 60 شخصا إلى المستشفى."),
        ("ar", "تم نقل 60 إلى المستشفى بعد انهيار المبنى."),
    ],
)
def test_people_taken_to_hospital_are_hospitalised(language: str, text: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == "hospitalized"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "قتل 5 أشخاص في الحريق، وتم نقل 60 إلى المستشفيات."),
        ("en", "The fire killed 5 people and 60 were rushed to hospital."),
        ("es", "El incendio mató a 5 personas y 60 fueron trasladadas al hospital."),
        ("it", "L'incendio ha ucciso 5 persone e 60 sono state trasportate in ospedale."),
    ],
)
def test_taken_to_hospital_after_a_toll_is_no_second_toll(language: str, text: str) -> None:
    dead, taken = find_quantities(text, language)
    assert (dead.unit, taken.unit) == ("killed", "hospitalized")


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        (
            "it",
            "Sono state inviate 12 ambulanze, che hanno trasportato i feriti in ospedale.",
            "vehicles",
        ),
        ("es", "Llegaron 12 ambulancias que trasladaron a los heridos al hospital.", "vehicles"),
        ("fr", "Au total, 60 personnes ont été évacuées de leurs logements.", "evacuated"),
        ("es", "En total, 60 personas fueron evacuadas de sus casas.", "evacuated"),
        ("de", "Insgesamt 60 Menschen wurden in Notunterkünfte gebracht.", "people"),
    ],
)
def test_other_counts_near_a_hospital_keep_their_unit(language: str, text: str, unit: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "About 30 people were taken to hospital with burns."),
        ("it", "Dopo l'esplosione 30 persone sono state trasportate in ospedale con ustioni."),
        ("es", "Tras la explosión, 30 personas fueron trasladadas al hospital con quemaduras."),
        (
            "fr",
            "Après l'explosion, 30 personnes ont été transportées à l'hôpital avec des brûlures.",
        ),
        ("de", "Nach der Explosion wurden 30 Menschen mit Verletzungen ins Krankenhaus gebracht."),
    ],
)
def test_taken_to_hospital_with_an_injury_named_are_the_injured(language: str, text: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == "injured"


FIRE = {
    "es": "El incendio de la fábrica química dejó el martes 80 heridos, según Protección Civil.",
    "it": (
        "Nell'incendio della fabbrica chimica di martedì 60 persone sono state trasportate "
        "in ospedale, secondo i vigili del fuoco."
    ),
    "fr": (
        "Soixante personnes ont été transportées à l'hôpital après l'incendie de l'usine "
        "chimique mardi, selon les pompiers."
    ),
    "en": (
        "Sixty people were taken to hospital after Tuesday's fire at the chemical plant, "
        "firefighters said."
    ),
}


def test_those_taken_to_hospital_are_no_rival_of_the_injured() -> None:
    articles = [
        Article(
            id=lang,
            text="Fire at a chemical plant\n\n" + text,
            language=lang,
            published="2025-05-07",
        )
        for lang, text in FIRE.items()
    ]
    rep = crosscheck.report(articles)
    assert not rep.conflicts
    units = {c.article: c.unit for c in rep.claims if c.kind == "quantity"}
    assert units == {
        "es": "injured",
        "it": "hospitalized",
        "fr": "hospitalized",
        "en": "hospitalized",
    }
