"""Two sources' readings of one quantity that an article sets side by side.

"The interior ministry put turnout at 1.1 million nationwide, while the CGT
union claimed more than 3 million": a plain head count or a measure (people,
hectares) is an attribute figure, compared with another only on evidence
that the two count one thing. A second source's bare figure right beside
the first (its clause says nothing but who gave it: "claimed more than 3
million.") is that evidence, in the article and in every article that gives
either value. A figure that goes on to say what it counts ("884,000 people
need food assistance"), a sum of money (asked and offered), one source's two
figures and figures a sentence apart are never read so.
"""

from __future__ import annotations

import pytest

from crosscheck.claims._rivals import bare_reading, bounds_key, readings

from ._articles import opposed, quantities, story_report

# One article in each language: a first source's count, then another source's bare one.
# Plain head counts (people), which need evidence to be one quantity: a festival's visitors.
VISITORS = [
    (
        "en",
        "The organisers said 1.1 million people visited the festival, while the police "
        "claimed more than 3 million.",
    ),
    (
        "de",
        "Laut Stadtverwaltung besuchten 1,1 Millionen Menschen das Festival, das "
        "Tourismusamt sprach von mehr als drei Millionen.",
    ),
]
# A protest's crowd (a count of those who took part is the crowd: no evidence needed),
# read the same way.
PROTEST = [
    *VISITORS,
    (
        "ro",
        "Potrivit Ministerului de Interne francez, la manifestațiile de joi au participat 1,1 "
        "milioane de persoane, în timp ce sindicatul CGT a anunțat peste 3 milioane.",
    ),
    (
        "nl",
        "Volgens de vakbonden gingen donderdag 3 miljoen Fransen de straat op, de politie "
        "hield het op 1,1 miljoen.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), PROTEST)
def test_a_bare_second_reading_is_the_same_quantity(lang: str, text: str) -> None:
    report = story_report([("2025-03-13", lang, text)], "protest")
    assert frozenset((1_100_000, 3_000_000)) in opposed(report, lambda c: c.low)


def test_readings_in_two_articles_meet_in_one_group() -> None:
    # each article's pair, and the other article's figures of the same values
    report = story_report([("2025-03-13", lang, text) for lang, text in VISITORS], "festival")
    pairs = opposed(report, lambda c: (c.article, c.low))
    assert frozenset((("a0", 1_100_000), ("a0", 3_000_000))) in pairs
    assert frozenset((("a0", 1_100_000), ("a1", 3_000_000))) in pairs


FIRE = [
    (
        "en",
        "The wildfire near Patras has burned 3,200 hectares, the fire service said on Sunday. "
        "The EU's Copernicus service, however, put the burned area at 4,100 hectares.",
    ),
    (
        "fr",
        "Selon le système européen EFFIS, près de 4 100 hectares ont brûlé depuis lundi près "
        "de Patras. Les pompiers grecs avancent pour leur part le chiffre de 3 200 hectares.",
    ),
    (
        "es",
        "El incendio de Patras ha arrasado ya 3.200 hectáreas, según los bomberos. El sistema "
        "europeo Copernicus eleva la superficie quemada a 4.100 hectáreas.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), FIRE)
def test_two_readings_of_a_burned_area_conflict(lang: str, text: str) -> None:
    report = story_report([("2025-08-10", lang, text)], "fire")
    assert frozenset((3200, 4100)) in opposed(report, lambda c: c.low)


@pytest.mark.parametrize(("lang", "text"), [VISITORS[0], FIRE[1]])
def test_the_second_figure_is_a_bare_reading(lang: str, text: str) -> None:
    first, second = quantities(text, lang, "2025-03-13")[-2:]
    assert bare_reading(second)
    assert not bare_reading(first)
    assert readings(first, second)
    assert first.rival_readings == (bounds_key(second),)
    assert second.rival_readings == (bounds_key(first),)


# Two sources' figures side by side that count different things, or are not readings.
APART = [
    (
        "en",
        "About 250,000 people have been affected by the floods, the UN office OCHA said on "
        "Friday. The World Food Programme said 884,000 people need food assistance.",
    ),
    (
        "fr",
        "Quelque 250 000 personnes sont touchées par les inondations, selon l'OCHA. Le "
        "Programme alimentaire mondial estime que 884 000 personnes ont besoin d'une aide "
        "alimentaire.",
    ),
    (
        "es",
        "Unas 250.000 personas se han visto afectadas por las inundaciones, según la OCHA. El "
        "Programa Mundial de Alimentos, en cambio, calcula que 884.000 personas necesitan "
        "ayuda alimentaria.",
    ),
    (
        "de",
        "Laut UN-Nothilfebüro OCHA sind rund 250.000 Menschen von den Überschwemmungen "
        "betroffen, das Welternährungsprogramm spricht von 884.000 Menschen, die "
        "Nahrungshilfe brauchen.",
    ),
    # sums of money: asked and offered are two sums, however bare
    (
        "en",
        "The unions want 250 million euros for wages, the labour minister said. The finance "
        "ministry offered 884 million euros.",
    ),
    (
        "es",
        "Los sindicatos reclaman 250 millones de euros, según el ministro. El Ministerio de "
        "Hacienda ofrece 884 millones de euros.",
    ),
    # one source's two figures: no second reading
    (
        "en",
        "The fire has burned 250 hectares, the fire service said. The fire service later "
        "put the area at 884 hectares.",
    ),
    # a sentence between them: not side by side
    (
        "en",
        "The fire has burned 250 hectares, the fire service said. Some 300 firefighters "
        "are at work. The national park director put the park's area at 884 hectares.",
    ),
]


def test_bounds_key_leaves_an_open_end_empty() -> None:
    (more,) = quantities("The CGT claimed more than 3 million protesters.", "en")
    assert bounds_key(more) == "3000000:"


@pytest.mark.parametrize(("lang", "text"), APART)
def test_figures_that_are_not_two_readings_stay_apart(lang: str, text: str) -> None:
    report = story_report([("2025-05-02", lang, text)], "other")
    assert frozenset((250_000, 884_000)) not in opposed(report, lambda c: c.low)
    assert frozenset((250_000_000, 884_000_000)) not in opposed(report, lambda c: c.low)
    assert frozenset((250, 884)) not in opposed(report, lambda c: c.low)
    assert not any(c.rival_readings for c in report.claims if c.kind == "quantity")


def test_a_later_item_of_the_second_source_s_own_list_is_no_reading() -> None:
    text = (
        "The heat caused 1,180 deaths, according to the Carlos III Health Institute. The "
        "health ministry confirmed only nine deaths from heatstroke, including two workers."
    )
    claims = quantities(text, "en", "2025-07-08")
    two = next(c for c in claims if c.low == 2)
    assert not two.rival_readings


@pytest.mark.parametrize(("lang", "text"), [FIRE[1], FIRE[2]])
def test_a_bare_reading_with_no_event_counts_what_the_first_names(lang: str, text: str) -> None:
    claims = quantities(text, lang, "2025-08-10")
    areas = [c for c in claims if c.unit == "hectares"]
    assert {c.event for c in areas} == {"burned"}


def test_a_bare_reading_keeps_an_event_of_its_own() -> None:
    text = (
        "The fire has burned 3,200 hectares, the fire service said. The ministry said "
        "firefighters have saved 4,100 hectares."
    )
    burned, saved = (c for c in quantities(text, "en", "2025-08-10") if c.unit == "hectares")
    assert burned.event == "burned"
    assert saved.event != "burned"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "El incendio ha quemado 3.200 hectáreas, según los bomberos. El ministerio dijo que "
            "los agentes forestales han salvado 4.100 hectáreas.",
        ),
        (
            "fr",
            "Le feu a brûlé 3 200 hectares, selon les pompiers. Le ministère a indiqué que les "
            "forestiers ont sauvé 4 100 hectares.",
        ),
    ],
)
def test_a_reported_clause_with_its_own_subject_is_no_bare_reading(lang: str, text: str) -> None:
    burned, saved = (c for c in quantities(text, lang, "2025-08-10") if c.unit == "hectares")
    assert burned.event == "burned"
    assert not saved.rival_readings
    assert saved.event != "burned"
