"""A figure the first source corrects with a word of correction is another source's reading.

"The union says more than 40 staff were hurt, not 23 as the management claims": the
word of correction (``[toll_nouns] contrasts``: "not", "a nie", "nu", "y no") right
before the second figure sets it against the first as the reading the first source
rejects; the second is credited to its own source. The two mark each other as rival
readings (claims._rivals._corrected_reading) and the report sets them in one conflict,
whatever the unit, a plain head count too. Not read so: one source's own earlier figure,
a clause that goes on after the word ("not counting 23 children"), another day's figure.
"""

from __future__ import annotations

import pytest

from crosscheck.claims._rivals import bounds_key

from ._articles import opposed, quantities, story_report

# A residents' group's count of people stuck on a flooded estate, then the council's
# lower one, corrected in the same sentence, in several languages.
CORRECTED = [
    (
        "en",
        "The residents' association insists that more than 900 people were stranded on the "
        "estate, not 350 as the council claims.",
    ),
    (
        "pl",
        "Stowarzyszenie mieszkańców twierdzi, że na osiedlu utknęło ponad 900 osób, a nie "
        "350, jak podaje urząd miasta.",
    ),
    (
        "ro",
        "Asociația locatarilor susține că peste 900 de oameni au rămas blocați în cartier, "
        "nu 350 cât afirmă primăria.",
    ),
    (
        "es",
        "La asociación de vecinos asegura que más de 900 personas quedaron atrapadas en el "
        "barrio, y no 350 como afirma el ayuntamiento.",
    ),
    (
        "de",
        "Der Mieterverein besteht darauf, dass mehr als 900 Menschen in der Siedlung "
        "festsaßen, und nicht 350, wie die Stadtverwaltung behauptet.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CORRECTED)
def test_a_corrected_figure_is_a_rival_reading(lang: str, text: str) -> None:
    claims = {int(c.low): c for c in quantities(text, lang, "2025-11-03") if c.low is not None}
    first, second = claims[900], claims[350]
    assert first.source_id is not None
    assert second.source_id is not None
    assert first.source_id != second.source_id
    assert bounds_key(second) in first.rival_readings
    assert bounds_key(first) in second.rival_readings


@pytest.mark.parametrize(("lang", "text"), CORRECTED[:4])
def test_the_corrected_readings_conflict(lang: str, text: str) -> None:
    report = story_report([("2025-11-03", lang, text)], "flooded_estate")
    assert frozenset((350, 900)) in opposed(report, lambda c: c.low)


# must-NOT: a clause that goes on after the word ("not counting"), a figure of another
# day, one source's own list
NOT_CORRECTED = [
    (
        "en",
        "The residents' association said more than 900 people were stranded on the estate, "
        "not counting 350 children, the council said.",
    ),
    (
        "en",
        "The council said on Tuesday that 900 people were stranded on the estate, not 350 "
        "as it had said on Sunday.",
    ),
    (
        "es",
        "Según el ayuntamiento, más de 900 personas quedaron atrapadas y 350 no pudieron "
        "salir de sus casas.",
    ),
    (
        "de",
        "Der Mieterverein sagte am Montag, mehr als 900 Menschen säßen in der Siedlung fest, "
        "nicht 350, wie die Stadt am Sonntag gemeldet hatte.",
    ),
    (
        "pl",
        "Według stowarzyszenia mieszkańców na osiedlu utknęło ponad 900 osób, nie licząc 350 "
        "dzieci, podał urząd miasta.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CORRECTED)
def test_no_rival_without_a_correction(lang: str, text: str) -> None:
    claims = {int(c.low): c for c in quantities(text, lang, "2025-11-03") if c.low is not None}
    assert bounds_key(claims[350]) not in claims[900].rival_readings
    assert bounds_key(claims[900]) not in claims[350].rival_readings


# The corrected figure's own clause names its day, the correcting one's does not: the
# sentence's day dates both, yet the corrected figure is what its source said earlier
# (claims._rivals._dated_after): no rival, no conflict.
DATED_CORRECTION = [
    (
        "en",
        "The tenants' union says more than 600 flats were left without heating, not 240 as "
        "the housing office had reported on Saturday.",
    ),
    (
        "es",
        "El sindicato de inquilinos asegura que más de 600 pisos se quedaron sin calefacción, "
        "y no 240 como informó el sábado la oficina de vivienda.",
    ),
    (
        "pl",
        "Związek lokatorów twierdzi, że bez ogrzewania zostało ponad 600 mieszkań, a nie 240, "
        "jak podawało w sobotę biuro mieszkaniowe.",
    ),
    (
        "fr",
        "Le syndicat des locataires affirme que plus de 600 logements sont restés sans "
        "chauffage, et non 240 comme l'avait annoncé samedi l'office du logement.",
    ),
    (
        "de",
        "Laut Mieterverein waren mehr als 600 Wohnungen ohne Heizung, nicht 240, wie das "
        "Wohnungsamt am Samstag gemeldet hatte.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DATED_CORRECTION)
def test_a_corrected_figure_of_its_own_day_is_no_rival(lang: str, text: str) -> None:
    claims = {int(c.low): c for c in quantities(text, lang, "2025-11-04") if c.low is not None}
    assert bounds_key(claims[240]) not in claims[600].rival_readings
    assert bounds_key(claims[600]) not in claims[240].rival_readings


# must-NOT: the day of the correcting clause, before the corrected figure, dates both
DAY_BEFORE = [
    (
        "en",
        "On Saturday the tenants' union said more than 600 flats were left without heating, "
        "not 240 as the housing office claims.",
    ),
    (
        "es",
        "El sábado el sindicato de inquilinos aseguró que más de 600 pisos se quedaron sin "
        "calefacción, y no 240 como afirma la oficina de vivienda.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DAY_BEFORE)
def test_a_day_before_the_correction_dates_both(lang: str, text: str) -> None:
    claims = {int(c.low): c for c in quantities(text, lang, "2025-11-04") if c.low is not None}
    assert bounds_key(claims[240]) in claims[600].rival_readings


# The corrected figure's clause names the article's own day ("today", "hoy", "heute",
# "this morning"): no earlier day, the two figures stay rival readings of one moment
# (claims._rivals._dated_after).
TODAY_CORRECTION = [
    (
        "en",
        "The tenants' union now says 600 flats were left without heating, and not 240 as "
        "the housing office reported today.",
    ),
    (
        "en",
        "The tenants' union now says 600 flats were left without heating, and not 240 as "
        "the housing office reported this morning.",
    ),
    (
        "es",
        "El sindicato de inquilinos asegura ahora que 600 pisos se quedaron sin calefacción, "
        "y no 240 como informó hoy la oficina de vivienda.",
    ),
    (
        "de",
        "Laut Mieterverein waren 600 Wohnungen ohne Heizung, nicht 240, wie das Wohnungsamt "
        "heute gemeldet hatte.",
    ),
    (
        "fr",
        "Le syndicat des locataires affirme que 600 logements sont restés sans chauffage, et "
        "non 240 comme l'a annoncé aujourd'hui l'office du logement.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TODAY_CORRECTION)
@pytest.mark.parametrize("published", ["2025-11-04", None])
def test_a_corrected_figure_of_today_is_a_rival(
    lang: str, text: str, published: str | None
) -> None:
    claims = {int(c.low): c for c in quantities(text, lang, published) if c.low is not None}
    assert bounds_key(claims[240]) in claims[600].rival_readings
    assert bounds_key(claims[600]) in claims[240].rival_readings
