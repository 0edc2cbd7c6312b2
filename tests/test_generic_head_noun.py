"""The noun that names no group ("people", "Menschen", "personnes", "oameni"): one group of
people named by a noun of its own in one source's figure and by "people" in another's.

"The census office said the city has 1,738,000 residents. City hall said there were more
than 2.1 million people": the article sets the two sources' figures side by side, and the
second names no group of its own, so it is city hall's reading of the residents
(``Claim.counted_as``), not a count of something else. So is the delegation's "45
people" after a rights group's "70 detainees on hunger strike, among them 33 Moroccans":
and the Moroccans, a part of the detainees after a partitive, are neither a count beside
them nor the delegation's rival reading. Not so for two groups ("residents" and
"children"), nor for a utility's customers (no people), nor for a nationality among the
dead (it keeps its reading). And an Arabic detention centre ("مركز احتجاز") is no protest.
"""

from __future__ import annotations

import pytest

from crosscheck.claims._statements import _names_its_group
from crosscheck.lang._data import counted_as

from ._articles import opposed, quantities, story_report

# One source's count of a group, then another's figure of "people", set side by side.
GROUP_THEN_PEOPLE = [
    (
        "en",
        "The census office said the city has 1,738,000 residents. City hall said there were "
        "more than 2.1 million people.",
    ),
    (
        "de",
        "Die Statistikbehörde zählte 1.738.000 Einwohner in der Stadt. Das Rathaus spricht "
        "von mehr als 2,1 Millionen Menschen.",
    ),
    (
        "fr",
        "Selon l'office statistique, la ville compte 1 738 000 habitants. La mairie avance "
        "pour sa part le chiffre de plus de 2,1 millions de personnes.",
    ),
    (
        "es",
        "Según el instituto de estadística, la ciudad tiene 1.738.000 habitantes. El "
        "ayuntamiento habla de más de 2,1 millones de personas.",
    ),
    (
        "ro",
        "Potrivit institutului de statistică, orașul are 1.738.000 de locuitori. Primăria "
        "susține că sunt peste 2,1 milioane de oameni.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), GROUP_THEN_PEOPLE)
def test_people_set_against_a_group_count_that_group(lang: str, text: str) -> None:
    group, people = quantities(text, lang, "2025-04-10")
    assert (group.unit, people.unit) == ("residents", "people")
    assert people.counted_as == "residents"
    assert group.counted_as is None
    assert people.rival_readings == ("1738000:1738000",)


@pytest.mark.parametrize(("lang", "text"), GROUP_THEN_PEOPLE)
def test_people_set_against_a_group_conflict_with_it(lang: str, text: str) -> None:
    report = story_report([("2025-04-10", lang, text)], "census")
    assert frozenset((1_738_000, 2_100_000)) in opposed(report, lambda c: c.low)


# A group, a part of it after a partitive, then another source's figure of "people".
PART_BETWEEN = [
    (
        "en",
        "A rights group said 70 inmates were on hunger strike, among them 33 Moroccans, while "
        "the prison service said 45 people.",
    ),
    (
        "fr",
        "Un collectif affirme que 70 détenus font la grève de la faim, dont 33 Marocains, "
        "tandis que la préfecture parle de 45 personnes.",
    ),
    (
        "es",
        "Una plataforma asegura que 70 reclusos están en huelga de hambre, entre ellos 33 "
        "marroquíes, mientras que Interior habla de 45 personas.",
    ),
    (
        "pt",
        "Uma associação diz que 70 reclusos estão em greve de fome, entre eles 33 "
        "marroquinos, enquanto o governo fala de 45 pessoas.",
    ),
    (
        "it",
        "Secondo un'associazione 70 detenuti sono in sciopero della fame, tra cui 33 "
        "marocchini, mentre la prefettura parla di 45 persone.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), PART_BETWEEN)
def test_a_part_between_is_no_reading_and_people_count_the_group(lang: str, text: str) -> None:
    whole, part, people = quantities(text, lang, "2025-04-10")
    assert part.among == "prisoners"  # some of the detainees, not a count beside them
    assert part.rival_readings == ()  # and no rival reading of the "45 people"
    assert people.counted_as == "prisoners"
    assert people.rival_readings == ("70:70",)
    assert whole.rival_readings == ("45:45",)


# The same shapes where "people" and the other noun are not one group, or nothing changes.
def test_two_groups_stay_apart() -> None:
    text = (
        "The census office said the city has 1,738,000 residents. The regional office said "
        "240,000 children."
    )
    assert not any(c.counted_as for c in quantities(text, "en", "2025-04-10"))


def test_people_are_no_utility_customers() -> None:
    text = (
        "The utility said 450,000 customers were without power. The governor's office said "
        "more than 1.2 million people."
    )
    assert not any(c.counted_as for c in quantities(text, "en", "2025-04-10"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'accident a fait six morts, dont deux Roumains, selon la préfecture."),
        ("en", "The crash killed six people, among them two Romanians, police said."),
    ],
)
def test_a_nationality_among_the_dead_keeps_its_reading(lang: str, text: str) -> None:
    _dead, nationals = quantities(text, lang, "2025-04-10")
    assert (nationals.unit, nationals.among, nationals.part_of) == ("killed", "killed", None)


def test_which_nouns_name_a_group() -> None:
    # the noun that names no group, against a group of people
    assert counted_as("people", None, "residents", None)
    assert counted_as("people", None, "prisoners", None)
    # two groups, or no people at all
    assert not counted_as("children", None, "residents", None)
    assert not counted_as("people", None, "customers", None)
    # a part named by "people" of a whole of people; not of things, nor a group's part
    assert _names_its_group("prisoners", "people")
    assert not _names_its_group("buildings", "people")
    assert not _names_its_group("prisoners", "children")


def test_an_arabic_detention_centre_is_no_protest() -> None:
    text = "قالت الشبكة إن 156 محتجزا يوجدون في مركز احتجاز الأجانب في المدينة."
    (detainees,) = quantities(text, "ar", "2025-04-10")
    assert (detainees.unit, detainees.event) == ("prisoners", None)
    # words of protest still tell one
    (crowd,) = quantities("شارك 500 شخص في احتجاجات أمام الوزارة.", "ar", "2025-04-10")
    assert (crowd.unit, crowd.event) == ("protesters", "protested")
