"""A rival reading may name the place its sentence named before the first figure.

"La estación de la AEMET en El Granado (Huelva) registró el domingo 46,0
grados, aunque la red privada Meteored midió 46,4 grados en el mismo
municipio": the place stands in the first figure's own words (its source's
name), so the first figure holds no place of its own, and the second, which
names that place again, names no other place than the first's. The two are
rival readings of one measure (claims._rivals ``_named_before``) and
conflict. A place named only after the first figure is the second's own
("Skala ... 45.2 degrees. In Sparta, however, ... 46.1"): two places, no
reading.
"""

from __future__ import annotations

import pytest

from ._articles import opposed, story_report

SAME_PLACE = [
    (
        "es",
        "La estación del Observatorio Nacional en Skala (Laconia) registró el lunes 45,2 "
        "grados, aunque la red privada Meteo midió 45,9 grados en el mismo municipio.",
    ),
    (
        "fr",
        "La station de l'Observatoire national à Skala a relevé lundi 45,2 degrés, tandis que "
        "le réseau privé Meteo a mesuré 45,9 degrés dans la même commune.",
    ),
    (
        "it",
        "La stazione dell'Osservatorio nazionale a Skala ha registrato lunedì 45,2 gradi, "
        "mentre invece la rete privata Meteo ha misurato 45,9 gradi nello stesso comune.",
    ),
    (
        "es",
        "La estación de la AEMET en El Granado (Huelva) registró el domingo 45,2 grados, "
        "aunque la red privada Meteored midió 45,9 grados en el mismo municipio.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SAME_PLACE)
def test_a_second_reading_of_the_place_named_before_conflicts(lang: str, text: str) -> None:
    report = story_report([("2025-07-08", lang, text)], "heat")
    assert frozenset((45.2, 45.9)) in opposed(report, lambda c: c.low)


TWO_PLACES = [
    (
        "en",
        "The National Observatory's station in Skala recorded 45.2 degrees on Monday. In "
        "Sparta, however, the regional weather service measured 46.1 degrees.",
    ),
    (
        "it",
        "A Skala l'Osservatorio nazionale ha misurato lunedì 45,2 gradi. Nella vicina Sparta "
        "invece il servizio meteo regionale ha registrato 46,1 gradi.",
    ),
    (
        "es",
        "La estación de la AEMET registró el domingo 45,2 grados en Skala, aunque la red "
        "privada Meteored midió 46,1 grados en Esparta.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TWO_PLACES)
def test_a_place_named_after_the_first_figure_is_the_seconds_own(lang: str, text: str) -> None:
    report = story_report([("2025-07-08", lang, text)], "heat")
    assert frozenset((45.2, 46.1)) not in opposed(report, lambda c: c.low)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "In nearby Sparta, 12 people died.", "~sparta"),
        ("it", "Nella vicina Sparta sono morte 12 persone.", "~sparta"),
        ("es", "En la cercana Esparta murieron 12 personas.", "~esparta"),
        ("ca", "A la veïna Esparta van morir 12 persones.", "~esparta"),
        ("pt", "Na vizinha Esparta morreram 12 pessoas.", "~esparta"),
    ],
)
def test_an_adjective_of_nearness_leaves_the_name_the_place(
    lang: str, text: str, place: str
) -> None:
    report = story_report([("2025-07-08", lang, text)], "heat")
    [claim] = [c for c in report.claims if c.kind == "quantity"]
    assert claim.place_id == place
