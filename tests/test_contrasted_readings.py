"""Two sources' readings of one measure that an article sets apart with a word of contrast.

"The fire service counts 3,200 hectares. The EU's Copernicus service, however,
measured 4,100 hectares from satellite images": the second figure is no bare
reading (words follow it), yet the article itself sets the second source's
figure against the first, so the two are one quantity's rival readings and
conflict. The first may credit no one (the article's own voice). Not read so:
a second figure with an event of its own (saved, not burned), one of another
day (a running toll: "on Monday 12 ... on Tuesday, however, 31"), a plain head
count whose clause says what the people are ("600 people need shelter"), and a
part's figure of a place within the first's.
"""

from __future__ import annotations

import pytest

from crosscheck.claims._rivals import readings

from ._articles import opposed, quantities, story_report

# One article in each language: a first figure, then another source's figure set against
# it by a word of contrast, with words after it (no bare reading).
RIVALS = [
    (
        "en",
        "The wildfire near Patras has burned 3,200 hectares, the fire service said on Sunday. "
        "The EU's Copernicus service, however, measured 4,100 hectares from satellite images.",
        (3200, 4100),
    ),
    (
        "es",
        "El incendio de Patras ha arrasado ya 3.200 hectáreas, según los bomberos. Sin "
        "embargo, el sistema europeo Copernicus eleva la superficie quemada a 4.100 hectáreas "
        "a partir de imágenes de satélite.",
        (3200, 4100),
    ),
    (
        "de",
        "Der Waldbrand bei Patras hat nach Angaben der Feuerwehr 3200 Hektar vernichtet. Der "
        "EU-Dienst Copernicus meldete jedoch 4100 Hektar nach Satellitenbildern.",
        (3200, 4100),
    ),
    (
        "it",
        "L'incendio ha distrutto 3.900 ettari, secondo i vigili del fuoco. Il servizio europeo "
        "Copernicus stima tuttavia 4.500 ettari in base alle immagini satellitari.",
        (3900, 4500),
    ),
    # the first figure credits no one: the article's own voice against Copernicus's
    (
        "en",
        "The fire has burned 7,100 hectares since Monday. The EU's Copernicus service, however, "
        "puts the burned area at 8,300 hectares from satellite images.",
        (7100, 8300),
    ),
    (
        "ca",
        "Els Bombers han controlat l'incendi de Patras, que ha cremat 7.100 hectàrees. Segons "
        "el servei europeu Copernicus, però, la superfície afectada és de 8.300 hectàrees.",
        (7100, 8300),
    ),
    (
        "pt",
        "O incêndio já destruiu 3.200 hectares, segundo os bombeiros. O serviço europeu "
        "Copernicus, no entanto, mediu 4.100 hectares a partir de imagens de satélite.",
        (3200, 4100),
    ),
    (
        "ro",
        "Incendiul a distrus 3.200 de hectare, potrivit pompierilor. Serviciul european "
        "Copernicus a măsurat însă 4.100 de hectare pe baza imaginilor din satelit.",
        (3200, 4100),
    ),
    (
        "pl",
        "Pożar strawił 3200 hektarów, podała straż pożarna. Europejska służba Copernicus "
        "zmierzyła jednak 4100 hektarów na podstawie zdjęć satelitarnych.",
        (3200, 4100),
    ),
    (
        "ru",
        "Пожар уничтожил 3200 гектаров, сообщили пожарные. Европейская служба Copernicus, "
        "однако, насчитала 4100 гектаров по спутниковым снимкам.",
        (3200, 4100),
    ),
    (
        "fr",
        "La station de Météo-France à Nîmes a relevé dimanche 44,1 degrés, tandis que le "
        "réseau privé Infoclimat a mesuré 44,6 degrés avec sa propre sonde.",
        (44.1, 44.6),
    ),
]


@pytest.mark.parametrize(("lang", "text", "values"), RIVALS)
def test_a_contrasted_second_reading_conflicts(
    lang: str, text: str, values: tuple[float, float]
) -> None:
    report = story_report([("2025-08-10", lang, text)], "fire")
    assert frozenset(values) in opposed(report, lambda c: c.low)


@pytest.mark.parametrize(("lang", "text", "values"), RIVALS)
def test_the_two_figures_are_readings(lang: str, text: str, values: tuple[float, float]) -> None:
    claims = [c for c in quantities(text, lang, "2025-08-10") if c.low in values]
    first, second = claims[0], claims[-1]
    assert readings(first, second)
    assert first.event == second.event


# The same shape of text, where the second figure is not another reading of the first.
APART = [
    # an event of its own: saved, not burned
    (
        "fr",
        "L'incendie a ravagé 4 300 hectares depuis lundi, selon les pompiers. Le ministère a "
        "cependant sauvé 1 200 hectares de forêt protégée, selon son porte-parole.",
        (4300, 1200),
    ),
    # the second source is named only after the figure: its clause says what it counts
    (
        "de",
        "Das Feuer hat nach Angaben der Feuerwehr 3200 Hektar vernichtet. Der Nationalpark "
        "umfasst jedoch 10.000 Hektar, sagte der Parkdirektor.",
        (3200, 10_000),
    ),
    # the word of contrast sets two places apart
    (
        "en",
        "Temperatures reached 44 degrees in Seville on Sunday, the weather agency said. In "
        "Cordoba, however, the regional weather service measured 46 degrees on Sunday.",
        (44, 46),
    ),
    # nor does a bare reading that names another place
    (
        "en",
        "Temperatures reached 44 degrees in Seville on Sunday, the weather agency said. In "
        "Cordoba, the regional weather service measured 46 degrees.",
        (44, 46),
    ),
    # a plain head count whose clause says what the people are
    (
        "en",
        "About 250 migrants were rescued off Crete, the coast guard said. The UNHCR, however, "
        "said 600 people need shelter on the island.",
        (250, 600),
    ),
    (
        "es",
        "Unas 250 personas fueron rescatadas, según la guardia costera. El ACNUR, sin embargo, "
        "calcula que 600 personas necesitan refugio en la isla.",
        (250, 600),
    ),
]


@pytest.mark.parametrize(("lang", "text", "values"), APART)
def test_a_contrast_that_counts_another_thing_is_no_reading(
    lang: str, text: str, values: tuple[float, float]
) -> None:
    report = story_report([("2025-08-12", lang, text)], "other")
    assert frozenset(values) not in opposed(report, lambda c: c.low)
    assert not any(
        c.rival_readings for c in report.claims if c.kind == "quantity" and c.low in values
    )


# A running toll: the word of contrast sets two days apart, and the count rose.
TOLL = [
    (
        "en",
        "On Monday the floods killed at least 12 people, the civil protection said. On "
        "Tuesday, however, officials counted 31 dead in the region after searches.",
    ),
    (
        "pt",
        "As cheias mataram 12 pessoas na segunda-feira, segundo a proteção civil. Na "
        "terça-feira, no entanto, as autoridades contaram 31 mortos na região depois das buscas.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TOLL)
def test_a_running_toll_stays_an_update(lang: str, text: str) -> None:
    report = story_report([("2025-03-05", lang, text)], "flood")
    assert frozenset((12, 31)) not in opposed(report, lambda c: c.low)


def test_a_part_of_a_place_stays_a_part() -> None:
    text = (
        "Epidemia de holeră a ucis 60 de persoane în Mozambic, potrivit ministerului "
        "sănătății. În provincia Nampula însă, OMS a numărat 41 de decese."
    )
    report = story_report([("2025-05-02", "ro", text)], "cholera")
    assert frozenset((60, 41)) not in opposed(report, lambda c: c.low)


# A word of contrast between two days' figures sets times apart, not two readings of one
# place's count: the later figure does not take the earlier one's place.
TWO_DAYS = [
    (
        "en",
        "On Monday the mayor of Benghazi said that up to 300 people might have died in "
        "Benghazi. On Thursday, however, the regional government put the number of registered "
        "deaths at 112.",
    ),
    (
        "es",
        "El lunes el alcalde de Bengasi habló de 300 muertos en Bengasi. El jueves, sin "
        "embargo, el gobierno regional cifró los muertos registrados en 112.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TWO_DAYS)
def test_a_contrast_of_two_days_lends_no_place(lang: str, text: str) -> None:
    claims = quantities(text, lang, "2025-03-07")
    earlier = next(c for c in claims if 300 in (c.low, c.high))
    later = next(c for c in claims if c.low == 112)
    assert earlier.place_id == "benghazi"
    assert later.place_id is None
