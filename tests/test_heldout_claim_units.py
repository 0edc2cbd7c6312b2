"""Units of held-out story kinds: gatherings, outbreaks, emergency crews.

Our own sentences, written as wire copy of stories the dev benchmark does not
hold (festival crowds (not a venue's capacity), cholera outbreaks, fire crews at a blaze).
"""

from __future__ import annotations

import pytest

from ._articles import quantities


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("en", "Some 40,000 attendees packed the stadium for the final.", "Some 40,000 attendees"),
        ("en", "Organisers counted 12,000 participants in the race.", "12,000 participants"),
        ("de", "Zu dem Festival kamen rund 40.000 Teilnehmer.", "rund 40.000 Teilnehmer"),
        ("fr", "La course a réuni 12 000 participants dimanche.", "12 000 participants"),
        ("es", "La marcha reunió a 30.000 participantes en Bilbao.", "30.000 participantes"),
        ("it", "Alla maratona hanno preso parte 9mila partecipanti.", "9mila partecipanti"),
        ("pt", "A corrida juntou 8 mil participantes no Porto.", "8 mil participantes"),
        ("ru", "В забеге приняли участие 5000 участников.", "5000 участников"),
        ("uk", "Фестиваль зібрав 7000 учасників у Львові.", "7000 учасників"),
        ("ro", "La maraton au luat parte 6.000 de participanți.", "6.000 de participanți"),
        ("ca", "La cursa va aplegar 3.000 participants a Girona.", "3.000 participants"),
    ],
)
def test_participants_of_a_gathering_are_a_head_count(
    language: str, text: str, surface: str
) -> None:
    (crowd,) = quantities(text, language, published="2024-07-18")
    assert crowd.text == surface
    assert crowd.unit == "people"


def test_a_venue_capacity_in_spectators_names_no_head_count() -> None:
    (seats,) = quantities("Das Stadion bietet Platz für 45.000 Zuschauer.", "de")
    assert seats.unit != "people"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "أعلنت وزارة الصحة أن تفشي الكوليرا في الإقليم أودى بحياة 45 شخصا"
            " وأصاب أكثر من 900 آخرين.",
            "أكثر من 900",
        ),
        ("قالت السلطات إن وباء الحصبة أصاب 640 طفلا في المحافظة.", "640 طفلا"),
    ],
)
def test_an_outbreak_that_strikes_people_counts_cases(text: str, surface: str) -> None:
    claims = quantities(text, "ar", published="2024-07-18")
    (sick,) = [c for c in claims if c.text == surface]
    assert sick.unit == "cases"


def test_a_blast_that_strikes_others_counts_injured_not_the_dead_before() -> None:
    text = "أسفر الانفجار عن مقتل 9 أشخاص وأصاب 33 آخرين بجروح."
    dead, hurt = quantities(text, "ar", published="2024-07-18")
    assert dead.unit == "killed"
    assert hurt.unit == "injured"


def test_an_attack_on_a_cholera_ward_injures() -> None:
    text = "أدت غارة على مركز لعلاج الكوليرا إلى مقتل 4 أشخاص وأصابت 17 آخرين."
    hurt = quantities(text, "ar", published="2024-07-18")[-1]
    assert hurt.unit == "injured"


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("en", "A tunnel collapse traps 31 workers near Chongqing.", "31 workers"),
        ("es", "El derrumbe atrapó a 23 mineros en la galería.", "23 mineros"),
        ("fr", "L'éboulement a piégé 18 ouvriers au fond du puits.", "18 ouvriers"),
        ("it", "La frana ha intrappolato 9 operai nel tunnel.", "9 operai"),
        ("pt", "O desabamento encurralou 14 mineiros na galeria.", "14 mineiros"),
        ("ar", "حوصر 52 عاملا إثر انهيار منجم للذهب.", "52 عاملا"),
    ],
)
def test_a_verb_that_traps_people_counts_the_trapped(
    language: str, text: str, surface: str
) -> None:
    (stuck,) = quantities(text, language, published="2024-07-18")
    assert stuck.text == surface
    assert stuck.unit == "trapped"


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("en", "About 700 rescuers and 25 fire engines were sent.", "25 fire engines"),
        ("de", "Rund 700 Einsatzkräfte und 25 Löschfahrzeuge rückten aus.", "25 Löschfahrzeuge"),
        ("fr", "Quelque 700 pompiers et 25 engins sont mobilisés.", "25 engins"),
        ("es", "Unos 700 bomberos y 25 ambulancias acudieron al lugar.", "25 ambulancias"),
        ("it", "Sul posto 700 vigili del fuoco e 25 automezzi.", "25 automezzi"),
        ("ru", "На месте работают 700 спасателей и 25 пожарных машин.", "25 пожарных машин"),
    ],
)
def test_fire_engines_beside_a_crew_are_vehicles(language: str, text: str, surface: str) -> None:
    claims = quantities(text, language, published="2024-07-18")
    crew, engines = claims
    assert crew.unit == "rescuers"
    assert engines.text == surface
    assert engines.unit == "vehicles"


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        (
            "en",
            "Firefighters said 28 trucks and 1,140 personnel were at the scene.",
            "1,140 personnel",
        ),
        ("es", "Los bomberos desplegaron 300 efectivos en la ladera.", "300 efectivos"),
        ("fr", "Les pompiers ont engagé 450 effectifs sur le feu.", "450 effectifs"),
        ("it", "I vigili del fuoco hanno schierato 250 effettivi.", "250 effettivi"),
        ("pt", "Os bombeiros mobilizaram 600 efetivos para o incêndio.", "600 efetivos"),
        ("ar", "وأرسلت السلطات أكثر من 700 من عناصر الإنقاذ.", "أكثر من 700 من عناصر الإنقاذ"),
    ],
)
def test_staff_beside_a_fire_crew_are_rescuers(language: str, text: str, surface: str) -> None:
    (crew,) = [c for c in quantities(text, language) if c.text == surface]
    assert crew.unit == "rescuers"


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("en", "Russia lost 1,150 personnel in a day, Kyiv said.", "1,150 personnel"),
        ("en", "The army sent 900 personnel and 200 firefighters to the valley.", "900 personnel"),
        ("es", "La UME desplegó 500 efectivos y 200 bomberos en la zona.", "500 efectivos"),
        ("es", "El Ejército desplegó 1.200 efectivos en la comarca.", "1.200 efectivos"),
    ],
)
def test_staff_without_a_fire_crew_of_their_own_stay_troops(
    language: str, text: str, surface: str
) -> None:
    (crew,) = [c for c in quantities(text, language) if c.text == surface]
    assert crew.unit == "troops"


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        ("ru", "Четыре человека погибли, 38 спасены.", "38", "rescued"),
        ("ru", "Четыре человека погибли, ещё 38 были спасены.", "ещё 38", "rescued"),
        ("uk", "Четверо людей загинули, 38 врятовані.", "38", "rescued"),
        ("ru", "Из посёлка 1400 жителей были эвакуированы.", "1400 жителей", "evacuated"),
        ("uk", "Понад 700 людей заразилися холерою.", "Понад 700 людей", "cases"),
        ("ar", "لا يزال 19 عاملا عالقين داخل المنجم.", "19 عاملا", "trapped"),
    ],
)
def test_a_state_after_the_figure_says_what_it_counts(
    language: str, text: str, figure: str, unit: str
) -> None:
    claims = {c.text: c.unit for c in quantities(text, language)}
    assert claims[figure] == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Doctors have logged 1,900 suspected cases of measles this year."),
        ("en", "The agency put the number of suspected cases at 1,900."),
        ("es", "Sanidad elevó a 1.900 los casos sospechosos de dengue."),
        ("fr", "Les autorités recensent 1 900 cas suspects de rougeole."),
        ("de", "Das Amt meldete 1900 Verdachtsfälle."),
        ("it", "La regione conta 1.900 casi sospetti di morbillo."),
        ("pt", "A região regista 1.900 casos suspeitos de dengue."),
        ("ar", "سجلت الوزارة 1900 حالة مشتبه بإصابتها بالحصبة."),
    ],
)
def test_suspected_cases_carry_their_status(language: str, text: str) -> None:
    (sick,) = quantities(text, language)
    assert sick.unit == "cases"
    assert sick.status == "suspected"


def test_a_suspected_gunman_leaves_the_dead_stated() -> None:
    (dead,) = quantities("The suspected gunman killed 5 people at the market.", "en")
    assert dead.status is None


@pytest.mark.parametrize(
    ("language", "text", "permitted", "came"),
    [
        (
            "en",
            "The city had issued a permit for 20,000 people, but some 65,000 turned up.",
            "20,000 people",
            "some 65,000",
        ),
        (
            "es",
            "El ayuntamiento dio permiso para 20.000 personas, pero acudieron unas 65.000.",
            "20.000 personas",
            "unas 65.000",
        ),
        (
            "fr",
            "La mairie avait une autorisation pour 20 000 personnes, mais 65 000 sont venues.",
            "20 000 personnes",
            "65 000",
        ),
        (
            "de",
            "Statt der erlaubten 20.000 Menschen kamen rund 65.000.",
            "20.000 Menschen",
            "rund 65.000",
        ),
    ],
)
def test_a_permitted_crowd_is_planned_and_the_crowd_that_came_is_stated(
    language: str, text: str, permitted: str, came: str
) -> None:
    claims = {c.text: c.status for c in quantities(text, language)}
    assert claims[permitted] == "planned"
    assert claims[came] is None


@pytest.mark.parametrize(
    ("language", "text", "surface", "unit"),
    [
        ("en", "There were 96 on board, the airline said.", "96 on board", "people"),
        ("en", "All 96 on board were killed in the crash.", "96 on board", "killed"),
        ("fr", "Il y avait 96 à bord de l'appareil.", "96 à bord", "people"),
        ("es", "Viajaban 96 a bordo del avión.", "96 a bordo", "people"),
        ("de", "Es waren 96 an Bord der Maschine.", "96 an Bord", "people"),
        ("it", "Erano 96 a bordo dell'aereo.", "96 a bordo", "people"),
    ],
)
def test_a_figure_on_board_counts_people(language: str, text: str, surface: str, unit: str) -> None:
    (aboard,) = quantities(text, language)
    assert aboard.text == surface
    assert aboard.unit == unit
