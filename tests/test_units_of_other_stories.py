"""What a figure counts in stories other than wars and floods: a prison riot, a poisoning,
an eruption, a landslide, a bus crash, in every language.

The unit data was fitted to the nouns of our development stories (killed, injured,
displaced, troops). A riot's guards and their hostages, a poisoning's poisoned and the
patients sent home, the tourists moved out of a lava field, the chalets a landslide
buried had no words, so their figures took no unit, the previous figure's, or a wrong
one ("Otto pazienti … 10 sono stati dimessi": ten more patients). And troops words that
name no army alone ("s-a soldat cu": resulted in; "tres hombres armados": gunmen) made
every injured figure of their paragraph an army's wounded.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities

from ._articles import quantities


def _unit_of(language: str, text: str, figure: str) -> str | None:
    """The unit of the one quantity claim whose text holds ``figure``."""
    (unit,) = [c.unit for c in quantities(text, language) if figure in c.text]
    return unit


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # guards, warders: a head count of its own, which the clause may give a status
        ("en", "Riot at the jail: 14 prison guards were injured.", "14", "injured"),
        ("es", "En el motín, 40 custodios vigilaban el pabellón.", "40", "guards"),
        ("de", "In der Anstalt arbeiten 120 Justizvollzugsbeamte.", "120", "guards"),
        ("ro", "În penitenciar lucrează 80 de gardieni.", "80", "guards"),
        ("ru", "В колонии работают 60 охранников.", "60", "guards"),
        ("ar", "يعمل في السجن 60 حارسا.", "60", "guards"),
        # taken hostage: the hostages, whoever they are
        ("en", "Six prison guards were taken hostage.", "Six", "hostages"),
        ("es", "Seis guías penitenciarios fueron tomados como rehenes.", "Seis", "hostages"),
        ("fr", "Six gardiens ont été pris en otage.", "Six", "hostages"),
        ("it", "Sei guardie carcerarie sono state prese in ostaggio.", "Sei", "hostages"),
        ("pt", "Seis agentes penitenciários foram feitos reféns.", "Seis", "hostages"),
        ("de", "Sechs Wärter wurden als Geiseln genommen.", "Sechs", "hostages"),
        ("ro", "Șase gardieni au fost luați ostatici.", "Șase", "hostages"),
        ("pl", "Sześciu strażników wzięto jako zakładników.", "Sześciu", "hostages"),
        ("ru", "Шесть охранников были взяты в заложники.", "Шесть", "hostages"),
        # inmates by every name
        ("it", "Circa 150 reclusi hanno partecipato alla protesta.", "150", "prisoners"),
        ("ca", "Almenys 11 interns van participar en el motí.", "11", "prisoners"),
        ("ru", "В беспорядках участвовали около 200 осужденных.", "200", "prisoners"),
        ("ar", "وشارك نحو 300 نزيل في التمرد.", "300", "prisoners"),
        # tourists: a plain head count, which takes its clause's status
        ("ro", "Peste 200 de turiști au fost evacuați din zonă.", "200", "evacuated"),
        ("de", "Mehr als 500 Touristen hielten sich im Ort auf.", "500", "people"),
        ("pl", "Ponad 400 turystów przebywało w okolicy.", "400", "people"),
        # chalets a landslide buried are buildings
        ("fr", "Le glissement de terrain a enseveli cinq chalets.", "cinq", "buildings"),
        ("de", "Ein Erdrutsch hat fünf Chalets verschüttet.", "fünf", "buildings"),
    ],
)
def test_the_people_and_things_of_other_stories(
    language: str, text: str, figure: str, unit: str
) -> None:
    assert _unit_of(language, text, figure) == unit


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        ("en", "At least 60 people were poisoned after drinking bootleg liquor.", "60", "poisoned"),
        ("en", "The tainted alcohol poisoned 60 people.", "60", "poisoned"),
        ("fr", "Au moins 55 enfants ont été empoisonnés après avoir bu.", "55", "poisoned"),
        ("es", "Al menos 60 personas resultaron intoxicadas por metanol.", "60", "poisoned"),
        ("it", "Sono 40 gli intossicati dal metanolo.", "40", "poisoned"),
        ("de", "45 Menschen erlitten eine Vergiftung.", "45", "poisoned"),
        ("pt", "Pelo menos 31 pessoas foram intoxicadas com metanol.", "31", "poisoned"),
        # smoke a fire gives off injures: its intoxicated are the injured
        ("fr", "Dans l'incendie, 30 personnes ont été intoxiquées par la fumée.", "30", "injured"),
        ("it", "Nell'incendio 30 persone sono rimaste intossicate dal fumo.", "30", "injured"),
        ("en", "In the fire 30 people suffered smoke inhalation.", "30", "injured"),
        ("de", "Beim Brand erlitten 30 Menschen eine Rauchvergiftung.", "30", "injured"),
    ],
)
def test_the_poisoned_are_counted_as_such(language: str, text: str, figure: str, unit: str) -> None:
    assert _unit_of(language, text, figure) == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Ocho pacientes están en cuidados intensivos y 10 fueron dados de alta."),
        ("it", "Otto pazienti sono in terapia intensiva e 10 sono stati dimessi."),
        ("ro", "Opt pacienți sunt la terapie intensivă, iar alți 10 au fost externați."),
        ("pt", "Oito pacientes estão em estado grave e 10 já receberam alta."),
        ("en", "Eight patients are in intensive care and 10 were discharged from hospital."),
    ],
)
def test_patients_sent_home_are_no_more_patients(language: str, text: str) -> None:
    # the discharged are no rival of the patients still in care
    found = [q.unit for q in find_quantities(text, language)]
    assert found[-1] == "discharged"
    assert found[0] != "discharged"


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        # "discharged" of workers: fired, not sent home from hospital
        ("en", "The company discharged 40 workers last year.", "workers"),
        # a percentage and a price of a poisoning keep their own unit
        ("es", "El 40% de los intoxicados son menores.", "percent"),
        ("en", "A bottle of the poisoned liquor sold for 300 dollars.", "usd"),
    ],
)
def test_no_new_status_on_what_it_does_not_count(language: str, text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(text, language)] == [unit]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # "s-a soldat cu": resulted in, no soldier
        ("ro", "Accidentul s-a soldat cu 3 morți și 12 răniți."),
        (
            "ro",
            "Autocarul s-a răsturnat, iar 12 pasageri au fost răniți. "
            "Bilanțul s-a soldat cu doi morți.",
        ),
        # gunmen are no army
        ("es", "Tres hombres armados atacaron el autobús; 12 pasajeros resultaron heridos."),
        ("pt", "Três homens armados atacaram o ônibus; 12 passageiros ficaram feridos."),
        ("it", "Tre uomini armati hanno assaltato il bus; 12 passeggeri sono rimasti feriti."),
        ("fr", "Trois hommes armés ont attaqué le bus ; 12 passagers ont été blessés."),
        ("ar", "هاجم مسلحون السجن وأصيب 12 شخصا."),
    ],
)
def test_troops_words_that_name_no_army_leave_the_injured(language: str, text: str) -> None:
    units = [q.unit for q in find_quantities(text, language) if q.low == 12]
    assert units == ["injured"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Peste 1.200 de soldați ruși au fost răniți."),
        ("fr", "Quelque 1 200 soldats russes ont été blessés."),
        ("es", "Unos 1.200 soldados rusos resultaron heridos."),
        ("de", "Rund 1200 Soldaten wurden verletzt."),
    ],
)
def test_soldiers_still_make_the_injured_wounded(language: str, text: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == "wounded"


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        # "of them" after a figure: part of the count before it
        ("pt", "Trinta e cinco pessoas ficaram feridas, oito delas com gravidade.", "injured"),
        ("pt", "Morreram 40 presos, 12 deles decapitados.", "killed"),
        ("fr", "Trente-cinq personnes ont été blessées, huit d'entre elles grièvement.", "injured"),
        ("ro", "Au fost rănite 35 de persoane, 8 dintre ele în stare gravă.", "injured"),
    ],
)
def test_a_part_of_them_takes_their_unit(language: str, text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(text, language)] == [unit, unit]


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        # a toll of the poisoned
        ("ar", "ارتفع عدد المصابين بالتسمم إلى 45.", "poisoned"),
        ("ar", "بلغ عدد المصابين بالتسمم 45 شخصا.", "poisoned"),
        ("en", "The number of people poisoned rose to 45.", "poisoned"),
        ("es", "El número de intoxicados asciende a 45.", "poisoned"),
        ("de", "Die Zahl der Vergifteten stieg auf 45.", "poisoned"),
        # a toll of the injured stays theirs
        ("ar", "ارتفع عدد المصابين إلى 45.", "injured"),
        # cars and ambulances sent to a crash are vehicles
        ("ro", "Au fost mobilizate 20 de ambulanțe.", "vehicles"),
        ("ro", "În accident au fost implicate 3 autoturisme.", "vehicles"),
    ],
)
def test_tolls_and_things_of_a_crash_or_a_poisoning(language: str, text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(text, language)] == [unit]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the next head of a list whose first took its status from the words before it
        ("en", "Among the dead are 5 Ukrainians and 3 Romanians."),
        ("de", "Unter den Toten sind 5 Ukrainer und 3 Rumänen."),
        ("pt", "Entre os mortos estão 5 ucranianos e 3 romenos."),
        ("it", "Tra i morti ci sono 5 ucraini e 3 romeni."),
        ("ro", "Printre morți se află 5 ucraineni și 3 români."),
        ("es", "El sismo mató a 5 personas y 3 niños."),
    ],
)
def test_the_next_head_of_a_list_counts_the_same_status(language: str, text: str) -> None:
    assert [q.unit for q in find_quantities(text, language)] == ["killed", "killed"]


@pytest.mark.parametrize(
    ("language", "text", "units"),
    [
        # a head with a clause of its own keeps its unit
        (
            "en",
            "The death toll rose to 50 people and 3,000 people are in shelters.",
            ["killed", "people"],
        ),
    ],
)
def test_a_list_lends_no_status_it_was_not_given(
    language: str, text: str, units: list[str]
) -> None:
    assert [q.unit for q in find_quantities(text, language)] == units


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # shelters are places, never the people in them
        ("en", "About 3,000 people spent the night in 120 shelters.", "120", "shelters"),
        ("es", "Unas 3.000 personas pasaron la noche en 120 refugios.", "120", "shelters"),
        (
            "de",
            "Rund 3000 Menschen verbrachten die Nacht in 120 Notunterkünften.",
            "120",
            "shelters",
        ),
        ("fr", "Quelque 3 000 personnes ont passé la nuit dans 120 abris.", "120", "shelters"),
        # dead animals are no part of a death toll
        (
            "en",
            "The spill has reached 40 beaches; 300 dead birds were collected.",
            "300",
            "animals",
        ),
        ("es", "El vertido alcanzó 40 playas; se recogieron 300 aves muertas.", "300", "animals"),
        ("de", "Mehr als 300 tote Vögel wurden gefunden.", "300", "animals"),
        ("ro", "Peste 300 de păsări moarte au fost găsite pe plajă.", "300", "animals"),
        ("en", "The flood killed 12 people and 2,000 head of cattle.", "2,000", "animals"),
        # the people stay people
        ("en", "The flood killed 12 people and 2,000 head of cattle.", "12", "killed"),
    ],
)
def test_shelters_and_animals_are_no_people(
    language: str, text: str, figure: str, unit: str
) -> None:
    (found,) = [q.unit for q in find_quantities(text, language) if f"{figure} " in f"{q.text} "]
    assert found == unit


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        # inmates who broke out: a count of its own
        ("en", "At least 20 inmates escaped from the prison during the riot.", "escaped"),
        ("es", "Al menos 20 presos se fugaron durante el motín.", "escaped"),
        ("it", "Almeno 20 detenuti sono evasi durante la rivolta.", "escaped"),
        ("fr", "Au moins 20 détenus se sont évadés pendant la mutinerie.", "escaped"),
        ("de", "Mindestens 20 Häftlinge sind während der Revolte ausgebrochen.", "escaped"),
        ("ro", "Cel puțin 20 de deținuți au evadat în timpul revoltei.", "escaped"),
        ("ar", "أعلنت الشرطة فرار 20 سجينا من السجن.", "escaped"),
        # escaping a fire, injury or shelling is no break-out
        ("en", "30 passengers escaped with minor injuries.", "passengers"),
        ("es", "30 personas escaparon del incendio.", "people"),
        ("fr", "30 personnes se sont échappées de l'immeuble.", "people"),
        ("ar", "وفر 3000 شخص من منازلهم.", "people"),
        ("de", "Rund 3000 Menschen sind auf der Flucht.", "displaced"),
    ],
)
def test_inmates_who_broke_out_are_escaped(language: str, text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(text, language)] == [unit]


@pytest.mark.parametrize(
    ("language", "text", "units"),
    [
        # people found after they were reported missing
        ("en", "Of the 2,500 reported missing, 600 have been located.", ["missing", "located"]),
        ("es", "De los 2.500 desaparecidos, 600 ya han sido localizados.", ["missing", "located"]),
        (
            "ca",
            "Les denúncies sumaven 2.500 desapareguts, dels quals 600 ja havien estat localitzats.",
            ["missing", "located"],
        ),
        # bodies located are bodies: the found alive are never the dead
        ("en", "Five bodies were located near the river.", ["bodies_recovered"]),
        ("es", "Cinco cadáveres fueron localizados en Paiporta.", ["bodies_recovered"]),
        ("ca", "Cinc cossos han estat localitzats a Torrent.", ["bodies_recovered"]),
    ],
)
def test_the_missing_found_are_located(language: str, text: str, units: list[str]) -> None:
    assert [q.unit for q in find_quantities(text, language)] == units


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # calls to an emergency number are calls, never people
        (
            "nl",
            "Valencia kreeg bijna 5000 oproepen via het alarmnummer.",
            "5000",
            "emergency_calls",
        ),
        ("fr", "Le centre a reçu 3 000 appels en une nuit.", "3 000", "emergency_calls"),
        ("en", "The centre received 3,000 calls overnight.", "3,000", "emergency_calls"),
        ("ru", "МЧС получило 3000 обращений от жителей.", "3000", "emergency_calls"),
        # mercenaries are troops in every language
        ("fr", "Il y avait 50.000 militaires et 20.000 mercenaires.", "20.000", "troops"),
        ("es", "Había 50.000 militares y 20.000 mercenarios.", "20.000", "troops"),
    ],
)
def test_calls_and_mercenaries(language: str, text: str, figure: str, unit: str) -> None:
    (found,) = [q.unit for q in find_quantities(text, language) if f"{figure} " in f"{q.text} "]
    assert found == unit


@pytest.mark.parametrize(
    ("language", "text", "units"),
    [
        # bottles seized are things; suspects arrested are the arrested
        (
            "en",
            "Police seized 3,000 bottles of tainted alcohol and arrested 5 suspects.",
            ["bottles", "arrested"],
        ),
        (
            "fr",
            "La police a saisi 3 000 bouteilles d'alcool frelaté et interpellé 5 suspects.",
            ["bottles", "arrested"],
        ),
        ("ar", "وضبطت الأجهزة الأمنية 3000 عبوة من المشروبات الكحولية المغشوشة.", ["bottles"]),
        ("ar", "وألقت الشرطة القبض على 5 أشخاص يشتبه بتورطهم.", ["arrested"]),
        ("de", "Fünf Verdächtige wurden festgenommen.", ["arrested"]),
        # a prefect who adopts measures arrests no one ("arrêter des mesures")
        ("fr", "Le préfet a arrêté 3 mesures d'urgence.", [None]),
        # a town that takes in refugees arrests no one
        ("de", "Die Stadt nahm 200 Flüchtlinge auf.", ["refugees"]),
    ],
)
def test_bottles_seized_and_suspects_arrested(
    language: str, text: str, units: list[str | None]
) -> None:
    assert [q.unit for q in find_quantities(text, language)] == units


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        # guests and visitors are a plain head count: their clause says what happened
        ("it", "La Laguna Blu è stata chiusa e circa 700 ospiti sono stati evacuati.", "evacuated"),
        ("ro", "Aproximativ 700 de oaspeți au fost evacuați din Laguna Albastră.", "evacuated"),
        (
            "de",
            "Die Blaue Lagune wurde geräumt, etwa 700 Gäste mussten das Bad verlassen.",
            "people",
        ),
        ("pt", "Os cerca de 3.700 habitantes de Grindavík já tinham sido retirados.", "evacuated"),
    ],
)
def test_guests_and_visitors(language: str, text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(text, language)] == [unit]


@pytest.mark.parametrize(
    ("language", "text", "units"),
    [
        # the part died, the whole keeps its noun
        ("en", "Twelve of the 40 passengers died.", ["killed", "passengers"]),
        ("pt", "12 dos 40 passageiros morreram.", ["killed", "passengers"]),
        ("de", "Zwölf der 40 Fahrgäste starben.", ["killed", "passengers"]),
        ("it", "12 dei 40 passeggeri sono morti.", ["killed", "passengers"]),
        ("es", "Doce de los 40 pasajeros murieron.", ["killed", "passengers"]),
        # a whole named by its status stays so; no status: the part takes the whole's noun
        ("en", "12 of the 40 dead were children.", ["killed", "killed"]),
        ("en", "Twelve of the 40 passengers were Ukrainian.", ["passengers", "passengers"]),
    ],
)
def test_the_whole_a_part_is_taken_from_keeps_its_noun(
    language: str, text: str, units: list[str]
) -> None:
    assert [q.unit for q in find_quantities(text, language)] == units


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        # a hospital's beds and the crews sent to a fire are things, never people
        ("en", "The hospital has 200 beds.", "beds"),
        ("es", "El hospital tiene 200 camas.", "beds"),
        ("ar", "ويضم المستشفى 200 سرير.", "beds"),
        ("en", "Fifteen fire crews fought the blaze.", "teams"),
        ("ar", "وشاركت 15 فرقة إطفاء في إخماد الحريق.", "teams"),
        ("ro", "La fața locului au intervenit 15 echipaje SMURD.", "teams"),
    ],
)
def test_beds_and_teams(language: str, text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(text, language)] == [unit]


@pytest.mark.parametrize(
    ("language", "text", "units"),
    [
        # people who slept in tents or outdoors were driven from their homes
        ("it", "Circa 2.500 persone hanno passato la notte nelle tende.", ["displaced"]),
        ("ro", "Aproximativ 2.500 de oameni au dormit în corturi.", ["displaced"]),
        ("en", "About 2,500 people slept in tents.", ["displaced"]),
        ("es", "Unas 2.500 personas durmieron al raso.", ["displaced"]),
        # the hospitalised in serious condition stay the hospitalised
        (
            "it",
            "I feriti sono oltre 300, 41 dei quali ricoverati in gravi condizioni.",
            ["injured", "hospitalized"],
        ),
        # the injured in serious condition stay the injured
        ("it", "Ci sono 41 feriti in gravi condizioni.", ["injured"]),
    ],
)
def test_nights_in_tents_and_the_hospitalised_in_serious_condition(
    language: str, text: str, units: list[str]
) -> None:
    assert [q.unit for q in find_quantities(text, language)] == units


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        # escaping a fire, a mine or a flood is no break-out (only prison words say so)
        ("en", "Forty people escaped from the burning building.", "people"),
        ("en", "At least 200 people escaped during the flood.", "people"),
        ("en", "12 miners escaped from the collapsed mine.", "workers"),
        ("ru", "Пять человек сбежали от пожара.", "people"),
        # the sought after a shipwreck or an avalanche are no fugitives
        ("pl", "5 górników są poszukiwani przez ratowników.", "workers"),
        ("ro", "10 pescari sunt căutați de salvatori după naufragiu.", "people"),
        ("ru", "5 туристов объявлены в розыск после схода лавины.", "people"),
        ("uk", "5 туристів оголошені в розшук після сходу лавини.", "people"),
        # people who came forward (volunteers) were never missing: not located
        ("de", "500 Freiwillige haben sich gemeldet.", "volunteers"),
        ("nl", "Ruim 500 mensen hebben zich gemeld als vrijwilliger.", "people"),
        # prison words still fire
        ("en", "20 inmates escaped from jail overnight.", "escaped"),
        ("ru", "20 заключенных сбежали из колонии.", "escaped"),
    ],
)
def test_escaping_or_being_sought_is_no_break_out(
    language: str, text: str, unit: str | None
) -> None:
    assert [q.unit for q in find_quantities(text, language)] == [unit]
