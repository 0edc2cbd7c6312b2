"""What a figure counts in more stories (an avalanche, an air strike, a school poisoning) and
when a four-digit figure is a year.

Dwellings other than houses (chalets, cabins, huts, "baite", "domki", "дач") counted no
unit; a snowslide or a landslide that buries people ("a enseveli 12 skieurs", "sepultó a
12", "zasypała 12 narciarzy") named no one trapped. A year after a preposition that holds
a year noun ("Im Jahr 2019", "en el año 2000", "nell'anno 2019") was read as a count when
a verb or a noun followed it, and so was a year a status verb follows whose subject is
the next figure ("2019 starben 40 Menschen"). A Dutch comparative before an article
("meer dan de 21 doden van maandag") compares with a known count: no bound on it.
"""

from __future__ import annotations

from typing import Any

import pytest

from crosscheck import find_quantities

from ._articles import quantities


def _only(text: str, language: str) -> tuple[float | None, str | None, str]:
    (q,) = find_quantities(text, language=language)
    return q.low, q.unit, q.qualifier


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The avalanche destroyed 12 cabins."),
        ("fr", "L'avalanche a détruit 12 cabanes."),
        ("de", "Die Lawine zerstörte 12 Hütten."),
        ("it", "La valanga ha distrutto 12 baite."),
        ("es", "El alud destruyó 12 cabañas."),
        ("pl", "Lawina zniszczyła 12 domków letniskowych."),
        ("nl", "De lawine verwoestte 12 vakantiehuisjes."),
        ("ru", "Лавина разрушила 12 дач."),
        ("uk", "Лавина зруйнувала 12 дач."),
        ("ar", "دمرت الانهيارات 12 شاليهات."),
    ],
)
def test_dwellings_are_buildings(language: str, text: str) -> None:
    assert _only(text, language)[:2] == (12, "buildings")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "L'avalanche a enseveli 12 skieurs."),
        ("es", "El alud sepultó a 12 esquiadores."),
        ("de", "Die Lawine verschüttete 12 Skifahrer."),
        ("pl", "Lawina zasypała 12 narciarzy."),
        ("pt", "A avalanche soterrou 12 esquiadores."),
        ("ca", "L'allau va sepultar 12 esquiadors."),
    ],
)
def test_buried_by_snow_or_earth_are_trapped(language: str, text: str) -> None:
    assert _only(text, language)[:2] == (12, "trapped")


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        # a status noun after the verb keeps its own unit (the dead buried after a
        # funeral); skiers dug out alive stay the rescued
        ("es", "Ayer sepultaron a 12 víctimas del alud.", "killed"),
        ("de", "Die Lawine verschüttete 12 Tote.", "killed"),
        ("fr", "Les secouristes ont dégagé 12 skieurs vivants.", "rescued"),
    ],
)
def test_other_verbs_of_burial_keep_their_unit(language: str, text: str, unit: str) -> None:
    assert _only(text, language)[1] == unit


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("de", "Insgesamt erkrankten 140 Kinder.", "cases"),
        ("ca", "En total, 140 nens es van intoxicar.", "poisoned"),
        ("de", "Zwölf Kinder werden noch stationär behandelt.", "hospitalized"),
        ("it", "Nell'incidente morirono 40 persone.", "killed"),
    ],
)
def test_verbs_of_other_stories(language: str, text: str, unit: str) -> None:
    assert _only(text, language)[1] == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Im Jahr 2019 starben 40 Menschen."),
        ("de", "Im Jahr 2019 starben bei einem Unglück 40 Menschen."),
        ("de", "2019 starben 40 Menschen."),
        ("en", "In the year 2019 died 40 people."),
        ("es", "En el año 2019 murieron 40 personas."),
        ("it", "Nell'anno 2019 morirono 40 persone."),
        ("nl", "In het jaar 2019 kwamen 40 mensen om het leven."),
        ("pt", "No ano de 2019 morreram 40 pessoas."),
        ("pl", "W roku 2019 zginęło 40 osób."),
    ],
)
def test_a_year_after_a_year_noun_is_no_count(language: str, text: str) -> None:
    assert _only(text, language)[:2] == (40, "killed")


@pytest.mark.parametrize(
    ("language", "text", "low", "unit"),
    [
        # a count per year, a count in digits after a bare preposition, a count a verb follows
        ("de", "Jedes Jahr 2000 Tote.", 2000, "killed"),
        ("en", "Each year 2000 people die.", 2000, "killed"),
        ("en", "In 2000 soldiers were sent.", 2000, "troops"),
        ("de", "Rund 2000 starben.", 2000, "killed"),
        ("es", "En 2000 soldados murieron.", 2000, "killed"),
    ],
)
def test_a_year_shaped_count_stays(language: str, text: str, low: int, unit: str) -> None:
    assert _only(text, language)[:2] == (low, unit)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Het zijn er meer dan de 21 doden van maandag.", "exact"),
        ("Het zijn er minder dan de 40 gewonden van gisteren.", "exact"),
        ("Meer dan 200 doden.", "over"),
        ("Boven de 1000 doden.", "over"),
        ("Rond de 5.000 doden.", "approx"),
    ],
)
def test_dutch_comparative_before_an_article_is_no_bound(text: str, qualifier: str) -> None:
    assert _only(text, "nl")[2] == qualifier


def test_dutch_comparative_before_a_number_word_still_bounds() -> None:
    (half, _) = find_quantities("Meer dan de helft van de 300 inwoners.", language="nl")
    assert (half.low, half.qualifier) == (0.5, "over")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # the particle of "omkomen" closes the clause: the killed
        ("In de regio Valencia kwamen 62 mensen om, onder meer rond de stad.", "killed"),
        ("Bij de brand kwamen 62 mensen om.", "killed"),
        ("Er kwamen 62 mensen om en 20 raakten gewond.", "killed"),
        # "om" that opens a phrase, or a preposition before the figure, says nothing
        ("Ze vroegen 62 mensen om hulp.", "people"),
        ("Het gaat om 62 mensen en 20 huizen.", "people"),
    ],
)
def test_dutch_split_verb_of_dying(text: str, unit: str) -> None:
    q = find_quantities(text, language="nl")[0]
    assert (q.low, q.unit) == (62, unit)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # "om" of another split verb closes the clause: no one died
        ("Bij de grens keerden 62 mensen om.", "people"),
        ("Ruim 62 vluchtelingen keerden om.", "refugees"),
        ("Ongeveer 62 demonstranten liepen om.", "protesters"),
        ("De trein met 62 passagiers reed om.", "passengers"),
        # the verb of "omkomen" after the count still counts the killed
        ("62 inwoners van het dorp kwamen om.", "killed"),
    ],
)
def test_dutch_particle_needs_its_verb(text: str, unit: str) -> None:
    q = find_quantities(text, language="nl")[0]
    assert (q.low, q.unit) == (62, unit)


def test_no_particle_of_dying_in_other_languages() -> None:
    (q,) = find_quantities("Sie baten 62 Menschen um.", language="de")
    assert q.unit == "people"


def _unit_of(claims: list[Any], low: float) -> str | None:
    (unit,) = [c.unit for c in claims if c.low == low]
    return unit


@pytest.mark.parametrize(
    ("language", "text", "part", "unit"),
    [
        (
            "ca",
            "La xifra de desapareguts ha baixat fins a 14 persones, segons el TSJCV. "
            "Dijous n'hi havia 16, però dues persones han estat localitzades.",
            16,
            "missing",
        ),
        ("fr", "Le bilan fait état de 14 disparus. Mardi, il y en avait 16.", 16, "missing"),
        ("it", "La Russia aveva 3.500 carri armati. Ora ne ha persi 2.200.", 2200, "tanks"),
    ],
)
def test_a_clitic_stands_for_the_count_of_the_sentence_before(
    language: str, text: str, part: int, unit: str
) -> None:
    # the report reads the text sentence by sentence, find_quantities as a whole
    assert _unit_of(quantities(text, language), part) == unit
    assert _unit_of(find_quantities(text, language=language), part) == unit


@pytest.mark.parametrize(
    "text",
    [
        # another order of magnitude, or a paragraph between: no part of that count
        "La xifra de desapareguts és de 14 persones. Dijous n'hi havia 16.000.",
        "La xifra de desapareguts és de 14 persones.\n\nDijous n'hi havia 16.",
    ],
)
def test_a_clitic_reaches_no_further(text: str) -> None:
    assert quantities(text, "ca")[-1].unit is None
    assert find_quantities(text, language="ca")[-1].unit is None


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        (
            "ca",
            "Nou persones han quedat atrapades. Els bombers n'han pogut treure quatre amb vida.",
            "rescued",
        ),
        # alive alone is no rescue; bodies stay bodies
        ("ca", "Quatre persones segueixen amb vida.", "people"),
        ("es", "Se hallaron cuatro cuerpos sin vida.", "bodies_recovered"),
    ],
)
def test_pulled_out_alive(language: str, text: str, unit: str) -> None:
    assert _unit_of(find_quantities(text, language=language), 4) == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The quake claimed nearly 3,000 lives and forced 300,000 others out of their homes.",
        ),
        ("en", "The floods drove 300,000 people out of their homes."),
        ("fr", "Le séisme a chassé 300 000 personnes hors de chez eux."),
        ("es", "La riada dejó a 300.000 personas fuera de sus casas."),
        ("it", "Il sisma ha costretto 300.000 persone fuori dalle loro case."),
        ("de", "300.000 Menschen wurden aus ihren Häusern vertrieben."),
    ],
)
def test_out_of_their_homes_are_displaced(language: str, text: str) -> None:
    assert _unit_of(find_quantities(text, language=language), 300000) == "displaced"


def test_out_of_another_place_is_no_displacement() -> None:
    (q,) = find_quantities("Police moved 300 protesters out of the square.", language="en")
    assert q.unit == "protesters"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Fünf sind nach Angaben des Betreibers CEH noch eingeschlossen."),
        ("nl", "Vijf zijn volgens de exploitant van de mijn nog ingesloten."),
        ("es", "Cinco siguen según los bomberos de la Generalitat atrapadas."),
    ],
)
def test_a_bare_figures_status_past_a_credit(language: str, text: str) -> None:
    assert _unit_of(find_quantities(text, language=language), 5) == "trapped"


def test_a_bare_figures_status_no_further_without_a_credit() -> None:
    text = "Fünf sind in der großen Halle am Rande der alten Zeche noch eingeschlossen."
    assert _unit_of(find_quantities(text, language="de"), 5) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Dengue no Paraguai: casos chegam a 18.900 e mortes a 21"),
        ("es", "Los casos de dengue llegan a 18.900."),
        ("it", "I casi di dengue arrivano a 18.900."),
        ("ca", "Els casos de dengue arriben a 18.900."),
    ],
)
def test_a_count_noun_reaching_a_level_counts_it(language: str, text: str) -> None:
    assert _unit_of(find_quantities(text, language=language), 18900) == "cases"


def test_arriving_at_a_place_is_no_level() -> None:
    text = "Cada día llegan a Lampedusa 300 migrantes."
    assert _unit_of(find_quantities(text, language="es"), 300) == "migrants"


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        # a headline's present tense
        ("es", "Las tormentas matan a 18 personas en Texas.", "killed"),
        ("ca", "Les tempestes maten 18 persones.", "killed"),
        ("ro", "Tornadele ucid 18 oameni în SUA.", "killed"),
        ("nl", "Storm doodt 18 mensen.", "killed"),
        ("pl", "Tornado zabija 18 osób.", "killed"),
        ("en", "Floods injure 18 in Pakistan.", "injured"),
        # not a verb of killing: a count of its own
        ("ca", "L'escorxador mata 18 vaques.", "animals"),
    ],
)
def test_headline_present_tense_verbs(language: str, text: str, unit: str) -> None:
    assert _unit_of(find_quantities(text, language=language), 18) == unit
