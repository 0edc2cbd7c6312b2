"""One count named by two nouns: a plain head count and another source's figure of a
person concept that the article sets against it as a rival reading.

"Nach Angaben des UNHCR sind rund 55.000 Menschen geflohen. Die Regierung spricht
dagegen von mehr als 70.000 Flüchtlingen": the people who fled are the refugees, and
the two figures are two sources' readings of one count (a conflict), though one names
them "people" and the other "refugees". So are "64 children with symptoms of
poisoning" and "the affected" another body puts at 51, and "nine miners trapped" and
the union's "12 people" in the gallery. The plain count keeps its unit
(``Claim.unit``); the aligner compares it as the other's concept
(``Claim.counted_as``). Not read so: figures of two days, of sizes far apart (the
crowd at a stadium's gate beside its dead), people who came to help (firefighters
beside those in hospital), a plain count whose clause tells another event, and two
plain counts of two groups.
"""

from __future__ import annotations

import pytest

from crosscheck.lang._data import counted_as

from ._articles import opposed, quantities, story_report

# One article in each language: a plain head count, then another source's figure of the
# concept its clause names, set against it (a word of contrast, or a bare reading).
TWO_NOUNS = [
    (
        "de",
        "Nach Angaben des UNHCR sind seit Montag rund 30.000 Menschen aus Mali nach Niger "
        "geflohen. Die Regierung in Niamey spricht dagegen von mehr als 45.000 Flüchtlingen "
        "und bittet um Hilfe.",
        (30_000, 45_000),
        "refugees",
    ),
    (
        "es",
        "El hospital comarcal atendió a 64 alumnos con síntomas de intoxicación, "
        "según fuentes sanitarias. La Conselleria de Sanidad cifra los afectados en 51.",
        (64, 51),
        "affected",
    ),
    (
        "ro",
        "Potrivit companiei miniere, 9 mineri au rămas blocați în abataj. Un reprezentant al "
        "sindicatului a declarat însă că în galerie se aflau 12 oameni.",
        (9, 12),
        "trapped",
    ),
    (
        "en",
        "Some 30,000 people have fled into Niger since Monday, the UNHCR said. The government "
        "in Niamey, however, spoke of more than 45,000 refugees and asked for more aid.",
        (30_000, 45_000),
        "refugees",
    ),
    (
        "it",
        "Secondo la prefettura, 14 persone sono ricoverate. I sindacati parlano invece di 20 "
        "lavoratori.",
        (14, 20),
        "hospitalized",
    ),
    (
        "fr",
        "Neuf ouvriers sont piégés au fond du puits, selon la compagnie. Le syndicat, lui, "
        "parle de 12 personnes.",
        (9, 12),
        "trapped",
    ),
]


@pytest.mark.parametrize(("lang", "text", "values", "concept"), TWO_NOUNS)
def test_two_nouns_of_one_count_conflict(
    lang: str, text: str, values: tuple[int, int], concept: str
) -> None:
    report = story_report([("2025-04-10", lang, text)], "story")
    assert frozenset(values) in opposed(report, lambda c: c.low)


@pytest.mark.parametrize(("lang", "text", "values", "concept"), TWO_NOUNS)
def test_the_plain_count_keeps_its_unit_and_is_counted_as_the_concept(
    lang: str, text: str, values: tuple[int, int], concept: str
) -> None:
    claims = [c for c in quantities(text, lang, "2025-04-10") if c.low in values]
    plain = [c for c in claims if c.counted_as is not None]
    assert [c.counted_as for c in plain] == [concept]
    assert plain[0].unit != concept
    assert all(c.rival_readings for c in claims)


# The same shapes, where the two figures are not one count.
APART = [
    # a crowd beside the dead: far apart in size
    (
        "en",
        "The death toll rose to 11, the health ministry said. Witnesses, by contrast, put "
        "the crowd at the gate at more than 55,000.",
        (11, 55_000),
    ),
    # people who came to help are none of those in hospital
    (
        "it",
        "Sei feriti restano ricoverati, secondo le autorità sanitarie. Secondo i media "
        "locali, sono intervenuti 60 vigili del fuoco.",
        (6, 60),
    ),
    # two days: a count that rose, not two readings
    (
        "es",
        "El lunes, 40 niños fueron atendidos en el hospital, según el centro. El martes, "
        "sin embargo, Salud elevó los afectados a 70.",
        (40, 70),
    ),
    # a part of the dead, not another reading of them
    (
        "fr",
        "L'accident a fait 13 morts, selon la préfecture. Parmi eux figurent quatre enfants, "
        "a précisé le maire.",
        (13, 4),
    ),
    # two groups named by two plain nouns: no event says they are one
    (
        "pt",
        "Segundo a escola, 240 crianças estavam no edifício. A proteção civil contou, no "
        "entanto, 300 refugiados na zona.",
        (240, 300),
    ),
]


@pytest.mark.parametrize(("lang", "text", "values"), APART)
def test_two_nouns_of_two_counts_stay_apart(lang: str, text: str, values: tuple[int, int]) -> None:
    report = story_report([("2025-04-10", lang, text)], "story")
    assert frozenset(values) not in opposed(report, lambda c: c.low)
    assert not any(c.counted_as for c in report.claims)


def test_which_nouns_name_one_count() -> None:
    # a plain count with no event of its own, against a status
    assert counted_as("people", None, "trapped", None)
    assert counted_as("children", None, "affected", None)
    # two plain counts only by an event that names the other's concept
    assert counted_as("people", "fled", "refugees", None)
    assert not counted_as("children", None, "refugees", None)
    # an event of the plain count's own that names something else
    assert not counted_as("people", "protested", "injured", "wounded")
    # people who came to help, either way round
    assert not counted_as("rescuers", None, "hospitalized", None)
    assert not counted_as("people", None, "rescuers", None)
    # not a head count, or no plain one
    assert not counted_as("people", None, "cases", None)
    assert not counted_as("killed", None, "injured", None)
