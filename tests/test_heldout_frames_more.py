"""More frames of held-out story types: evacuations, people still in hospital.

Our own sentences, written as wire copy of stories the dev benchmark does not
hold (wildfires, rail and road crashes, outbreaks).
"""

from __future__ import annotations

import pytest

import crosscheck

from ._articles import quantities


def _claims(text: str, language: str) -> list[crosscheck.Claim]:
    return quantities(text, language, published="2024-09-03")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The blaze forced the evacuation of about 1,200 people."),
        ("es", "El fuego obligó a evacuar a unas 1.200 personas."),
        ("es", "Protección Civil ordenó el desalojo de 1.200 vecinos."),
        ("fr", "Le sinistre a entraîné l'évacuation de 1 200 personnes."),
        ("de", "Die Behörden ordneten die Evakuierung von 2000 Menschen an."),
        ("it", "Le fiamme hanno costretto all'evacuazione di 1.200 persone."),
        ("pt", "O fogo obrigou à evacuação de 1.200 pessoas."),
    ],
)
def test_a_head_count_after_an_evacuation_noun_is_the_evacuated(language: str, text: str) -> None:
    (people,) = _claims(text, language)
    assert people.unit == "evacuated"


def test_an_evacuation_of_places_keeps_its_own_noun() -> None:
    (villages,) = _claims("Officials ordered the evacuation of 12 villages.", "en")
    assert villages.unit == "villages"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Wegen der Flammen mussten etwa 2000 Menschen ihre Häuser verlassen."),
        ("en", "The floods forced 1,200 people to leave their homes."),
        ("es", "La crecida obligó a 1.200 personas a abandonar sus casas."),
        ("fr", "La crue a forcé 1 200 habitants à quitter leur domicile."),
    ],
)
def test_people_made_to_leave_their_homes_are_displaced(language: str, text: str) -> None:
    (people,) = _claims(text, language)
    assert people.unit == "displaced"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The bus crash killed 12 people. Another 134 remain in hospital."),
        ("es", "El choque dejó 12 muertos. Otras 134 personas siguen hospitalizadas."),
        ("fr", "La collision a fait 12 morts. 134 autres personnes sont toujours hospitalisées."),
        ("it", "Lo scontro ha causato 12 morti. Altre 134 persone sono ancora ricoverate."),
        ("de", "Es starben 12 Menschen. Weitere 134 werden noch im Krankenhaus behandelt."),
        ("pt", "O acidente matou 12 pessoas. Outras 134 continuam internadas."),
    ],
)
def test_others_still_in_hospital_are_a_group_of_their_own(language: str, text: str) -> None:
    dead, rest = _claims(text, language)
    assert dead.unit == "killed"
    assert rest.unit == "hospitalized"
    assert not rest.increment  # another group, not a rise of the toll


def test_another_few_dead_still_add_to_the_toll() -> None:
    _, more = _claims("The crash killed 12 people. Another 3 died overnight.", "en")
    assert more.unit == "killed"
    assert more.increment


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Hay 48 heridos hospitalizados, seis de ellos en la UCI."),
        ("fr", "Dix-sept blessés restent hospitalisés."),
        ("it", "I feriti ancora ricoverati sono 48."),
    ],
)
def test_the_injured_still_in_hospital_are_no_count_of_all_injured(
    language: str, text: str
) -> None:
    assert _claims(text, language)[0].unit == "hospitalized"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Cei 153 de răniți au fost internați în spital."),
        ("en", "The 153 injured were hospitalised."),
        ("es", "Los 153 heridos fueron hospitalizados."),
    ],
)
def test_the_injured_taken_to_hospital_stay_the_injured(language: str, text: str) -> None:
    (hurt,) = _claims(text, language)
    assert hurt.unit == "injured"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A bus fell into a gorge in the Andean region of Ayacucho, killing 24 people."),
        ("en", "Floods killed 24 people in the southern province of Ayacucho."),
        ("es", "Murieron 24 personas en la región andina de Ayacucho."),
        ("es", "Murieron 24 personas en la provincia de Ayacucho."),
        ("fr", "24 personnes sont mortes dans la région andine d'Ayacucho."),
        ("it", "Sono morte 24 persone nella regione di Ayacucho."),
        ("pt", "Morreram 24 pessoas na região de Ayacucho."),
        ("de", "In der Region Ayacucho starben 24 Menschen."),
    ],
)
def test_an_unknown_name_after_a_place_kind_is_the_place(language: str, text: str) -> None:
    (dead,) = _claims(text, language)
    assert dead.place == "Ayacucho"
    assert dead.place_id == "~ayacucho"


def test_a_known_name_after_an_adjective_and_a_kind_is_that_place() -> None:
    (dead,) = _claims("At least 12 people died in the Mediterranean region of Valencia.", "en")
    assert dead.place_id == "valencian_community"


def test_german_nouns_after_a_preposition_stay_no_place() -> None:
    # German capitalises every noun: only a kind word marks an unknown name as a place.
    (dead,) = _claims("Im Schnitt starben 24 Menschen.", "de")
    assert dead.place is None


@pytest.mark.parametrize(
    "text",
    [
        "سجلت السلطات الصحية 2729 إصابة بالكوليرا منذ بداية الشهر.",
        "أعلنت الوزارة تسجيل 120 حالة إصابة جديدة بحمى الضنك.",
        "أصيب 50 شخصا بالحصبة في المخيم.",
    ],
)
def test_arabic_injuries_of_an_illness_are_cases(text: str) -> None:
    (sick,) = _claims(text, "ar")
    assert sick.unit == "cases"


def test_arabic_injuries_with_no_illness_stay_injured() -> None:
    dead, hurt = _claims("قتل 30 شخصا وأصيب 2729 بجروح في الانفجار.", "ar")
    assert (dead.unit, hurt.unit) == ("killed", "injured")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Some 2,729 people were infected with cholera."),
        ("es", "Unas 2.729 personas se han contagiado de sarampión."),
        ("fr", "Quelque 2 729 personnes ont été infectées par la dengue."),
        ("de", "Rund 2729 Menschen haben sich mit Cholera infiziert."),
        ("it", "Circa 2.729 persone sono state contagiate dal colera."),
        ("pt", "Cerca de 2.729 pessoas foram infetadas com cólera."),
    ],
)
def test_people_infected_after_their_noun_are_cases(language: str, text: str) -> None:
    (sick,) = _claims(text, language)
    assert sick.unit == "cases"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The blaze destroyed 12,000 hectares of forest."),
        ("fr", "Selon les pompiers, le feu a ravagé 12 000 hectares."),
        ("fr", "L'incendie a parcouru 12 000 hectares depuis dimanche."),
        ("de", "Der Waldbrand hat bislang rund 6000 Hektar Wald zerstört."),
        ("it", "L'incendio ha distrutto circa 6.000 ettari."),
        ("it", "Le fiamme hanno devastato 12.000 ettari di bosco."),
        ("es", "El fuego ha arrasado ya 15.000 hectáreas."),
        ("pt", "O incêndio consumiu 12 mil hectares."),
        ("pt", "As chamas devastaram 12.000 hectares."),
    ],
)
def test_an_area_a_fire_destroyed_names_the_burning(language: str, text: str) -> None:
    (area,) = _claims(text, language)
    assert area.event == "burned"


def test_a_headline_fire_names_the_burning_of_an_area_after_it() -> None:
    (area,) = _claims("Wildfire on Chios\n\nIt has destroyed 12,000 hectares so far.", "en")
    assert area.event == "burned"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The floods destroyed 5,000 hectares of crops."),
        ("es", "La riada ha arrasado 5.000 hectáreas de cultivos."),
    ],
)
def test_an_area_destroyed_with_no_fire_named_names_no_burning(language: str, text: str) -> None:
    (area,) = _claims(text, language)
    assert area.event == "destroyed"  # what befell it ([frames.area_states]), no burning


def test_homes_a_fire_destroyed_name_no_event_of_an_area() -> None:
    # The area verbs are read for areas only: "destroyed 300 homes" may be any disaster's.
    (homes,) = _claims("The fire destroyed 300 homes.", "en")
    assert homes.event is None


def test_an_arabic_demonym_after_its_noun_names_whose_figure() -> None:
    (freed,) = _claims("أفرجت إسرائيل عن 90 أسيرا فلسطينيا يوم الأحد.", "ar")
    assert freed.subject == "palestine"


def test_an_arabic_demonym_inside_the_figure_names_its_side() -> None:
    (dead,) = _claims("قتل 300 جندي روسي في المعارك.", "ar")
    assert dead.subject == "russia"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "أفرجت إسرائيل عن 90 أسيرا فلسطينيا مقابل إطلاق سراح ثلاث رهائن."),
        ("en", "Israel freed 90 Palestinian prisoners in exchange for three hostages."),
        ("es", "Israel liberó a 90 presos palestinos a cambio de tres rehenes."),
    ],
)
def test_a_side_across_a_swap_is_not_the_other_figure_s(language: str, text: str) -> None:
    prisoners, hostages = _claims(text, language)
    assert prisoners.subject == "palestine"
    assert hostages.subject is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The previous day, officials had reported 38 dead."),
        ("fr", "La veille, les autorités faisaient état de 38 morts."),
        ("de", "Am Vortag hatten die Behörden 38 Tote gemeldet."),
        ("es", "El día anterior, las autoridades habían informado de 38 muertos."),
        ("it", "Il giorno prima le autorità parlavano di 38 morti."),
        ("pt", "No dia anterior, as autoridades falavam em 38 mortos."),
        ("ru", "Накануне сообщалось о 38 погибших."),
        ("uk", "Напередодні повідомлялося про 38 загиблих."),
        ("pl", "Dzień wcześniej władze mówiły o 38 ofiarach."),
        ("ro", "Cu o zi înainte, autoritățile anunțaseră 38 de morți."),
        ("nl", "Een dag eerder meldden de autoriteiten 38 doden."),
    ],
)
def test_the_day_before_dates_a_toll_to_the_day_before_publication(
    language: str, text: str
) -> None:
    (dead,) = _claims(text, language)
    assert dead.as_of == "2024-09-02"  # published 2024-09-03


def test_the_missing_stay_missing_before_a_clause_where_something_buried_them() -> None:
    _, missing = _claims(
        "At least 38 people were killed and 21 remain missing after a landslide buried a village.",
        "en",
    )
    assert missing.unit == "missing"


@pytest.mark.parametrize(
    "text",
    ["It added that 2,530 of the dead had already been buried.", "640 bodies were buried."],
)
def test_the_dead_said_to_be_buried_are_the_buried(text: str) -> None:
    (buried,) = _claims(text, "en")
    assert buried.unit == "buried"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Au fost confirmate 2.150 de cazuri de rujeolă, iar opt copii au murit."),
        ("en", "Officials confirmed 2,150 cases, and eight children died."),
    ],
)
def test_a_group_counted_by_the_next_figure_is_not_this_figure_s(language: str, text: str) -> None:
    cases, dead = _claims(text, language)
    assert cases.subject is None
    assert dead.subject == "children"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Five people died in a fire on a ferry off the island of Sulawesi."),
        ("fr", "Cinq personnes sont mortes sur un ferry au large de l'île de Sulawesi."),
        ("de", "Bei einem Brand vor der indonesischen Insel Sulawesi starben fünf Menschen."),
        ("es", "Cinco personas murieron en el incendio de un ferri frente a la isla de Sulawesi."),
    ],
)
def test_an_island_named_by_its_kind_is_the_place(language: str, text: str) -> None:
    (dead,) = _claims(text, language)
    assert dead.place == "Sulawesi"
    assert dead.subject is None  # "indonesischen Insel": the island's people, not a side


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("de", "Seit Jahresbeginn wurden 2150 Masernfälle registriert.", "cases"),
        ("de", "Die Behörden zählen 300 Cholera-Fälle.", "cases"),
        ("es", "Los equipos de rescate salvaron a 284 personas.", "rescued"),
        ("pt", "As equipas de resgate salvaram 284 pessoas.", "rescued"),
        ("it", "Le persone tratte in salvo sono 284.", "rescued"),
        ("en", "About 30 people were taken to hospital with burns.", "injured"),
    ],
)
def test_outbreak_and_rescue_counts_of_other_wordings(language: str, text: str, unit: str) -> None:
    (figure,) = _claims(text, language)
    assert figure.unit == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "33 Verletzte werden im Krankenhaus behandelt, "
            "acht von ihnen schweben in Lebensgefahr.",
        ),
        ("en", "Some 33 injured remain in hospital, eight of them in critical condition."),
        ("es", "Hay 48 heridos hospitalizados, seis de ellos en cuidados intensivos."),
    ],
)
def test_a_part_of_the_injured_still_in_hospital_is_in_hospital(language: str, text: str) -> None:
    whole, part = _claims(text, language)
    assert whole.unit == part.unit == "hospitalized"
    assert part.part_of == whole.id


def test_a_part_of_the_injured_stays_injured() -> None:
    whole, part = _claims("Es gab 33 Verletzte, acht von ihnen schwer.", "de")
    assert whole.unit == part.unit == "injured"
    assert part.part_of == whole.id


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Survivors said about 750 people were on board."),
        ("es", "Según los supervivientes, a bordo viajaban unas 750 personas."),
        ("es", "Los supervivientes aseguran que a bordo viajaban unas 750 personas."),
    ],
)
def test_a_status_noun_that_speaks_is_not_what_the_figure_counts(language: str, text: str) -> None:
    (aboard,) = _claims(text, language)
    assert aboard.unit == "people"


def test_a_killing_before_the_figure_still_counts_the_killed() -> None:
    (dead,) = _claims("أعلنت السلطات التركية مقتل 8574 شخصا في تركيا.", "ar")
    assert dead.unit == "killed"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Hay 48 heridos hospitalizados, seis de ellos en la UCI."),
        ("en", "Some 300 patients were treated at the WHO field hospital."),
    ],
)
def test_an_acronym_after_a_preposition_is_no_place(language: str, text: str) -> None:
    assert all(c.place is None for c in _claims(text, language))
