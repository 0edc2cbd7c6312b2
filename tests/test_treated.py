"""People treated by medics where they fell are a status of their own in every language
(concepts.toml ``treated``; ``[units]``, ``[casualties]`` and ``[counted_before]``
``treated`` of each language file): "INEM treated 214 runners", "150 atletas assistidos",
"90 corredores fueron atendidos". Such figures had no unit (or a plain head count's) and
were never set against a rival's count; the injured "treated in hospital" or "for
injuries", and a crowd that "attended" an event, keep their readings."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article

from ._articles import quantities


def _unit_of(language: str, text: str, figure: str) -> str | None:
    """The unit of the one quantity claim whose text holds ``figure``."""
    (unit,) = [c.unit for c in quantities(text, language) if figure in c.text]
    return unit


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("en", "Paramedics treated 120 runners for heat exhaustion on Sunday.", "120"),
        ("en", "About 80 spectators needed medical attention after the concert.", "80"),
        ("pt", "Os bombeiros prestaram assistência a 45 pessoas no local.", "45"),
        ("pt", "Cerca de 60 adeptos foram assistidos pelo INEM.", "60"),
        ("es", "El SAMUR prestó asistencia a 75 personas por golpes de calor.", "75"),
        ("es", "Unos 90 corredores fueron atendidos por los sanitarios.", "90"),
        ("it", "Circa 40 tifosi sono stati medicati sul posto.", "40"),
        ("ca", "El SEM va prestar assistència a 35 persones durant la cursa.", "35"),
        ("fr", "Une cinquantaine de coureurs ont été soignés sur place.", "cinquantaine"),
        ("de", "Etwa 70 Läufer wurden behandelt.", "70"),
        ("de", "Rund 70 Menschen mussten medizinisch versorgt werden.", "70"),
        ("nl", "Zo'n 30 bezoekers werden behandeld door de EHBO.", "30"),
        ("ro", "Peste 25 de persoane au primit îngrijiri medicale.", "25"),
        ("pl", "Ratownicy udzielili pomocy 80 osobom.", "80"),
        ("ru", "Около 90 человек получили медицинскую помощь.", "90"),
        ("uk", "Медики надали допомогу 60 учасникам забігу.", "60"),
        ("ar", "أسعفت فرق الهلال الأحمر 120 شخصا.", "120"),
    ],
)
def test_people_treated_by_medics_are_the_treated(language: str, text: str, figure: str) -> None:
    assert _unit_of(language, text, figure) == "treated"


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # the injured treated in hospital or for their injuries stay the injured
        ("en", "Some 150 people were treated in hospital for injuries.", "150", "injured"),
        ("en", "Twelve firefighters were treated for smoke inhalation.", "Twelve", "injured"),
        ("de", "Zwölf Menschen werden im Krankenhaus behandelt.", "Zwölf", "hospitalized"),
        # a bare verb of attending or handling treats no one: a hospital's patients, a
        # court's cases
        ("es", "El hospital atendió a 64 alumnos con síntomas.", "64", "students"),
        ("nl", "De rechtbank behandelde vorig jaar 300 zaken.", "300", None),
        # a crowd that attended or watched an event is no one treated
        ("es", "Más de 200 personas asistieron al concierto.", "200", "people"),
        ("it", "Alla partita hanno assistito 5.000 spettatori.", "5.000", "people"),
        ("pt", "Assistiram ao jogo 30 mil adeptos.", "30 mil", "people"),
        # people the town hall looked after keep the status their own words give them
        (
            "fr",
            "Les 50 personnes évacuées ont été prises en charge par la mairie.",
            "50",
            "evacuated",
        ),
    ],
)
def test_the_injured_and_a_crowd_keep_their_units(
    language: str, text: str, figure: str, unit: str | None
) -> None:
    assert _unit_of(language, text, figure) == unit


def test_two_sources_counts_of_the_treated_at_a_race_conflict() -> None:
    # the emergency service's count against the organisers' far lower one, the same day
    rep = crosscheck.report(
        [
            Article(
                id="a1",
                text="Medics treated 180 runners during Sunday's race, the ambulance service said.",
                language="en",
                published="2025-07-06",
                story="race",
            ),
            Article(
                id="a2",
                text="Según los organizadores, unos 90 corredores fueron atendidos el domingo.",
                language="es",
                published="2025-07-06",
                story="race",
            ),
        ]
    )
    assert [f for f in rep.findings if f.kind == "conflict"]
