"""Frames of held-out story types: heatwaves, mine and rail disasters, outbreaks.

Our own sentences, written as wire copy of stories the dev benchmark does not
hold (temperatures, passengers on board, miners underground, vaccinations).
"""

from __future__ import annotations

import pytest

import crosscheck

from ._articles import quantities


def _claims(text: str, language: str) -> list[crosscheck.Claim]:
    return quantities(text, language, published="2024-07-18")


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("en", "Temperatures hit 44C in Seville on Monday.", "44C"),
        ("en", "The mercury climbed to 41 C in Lyon.", "41 C"),
        ("es", "Los termómetros marcaron 44,2 grados en Córdoba.", "44,2 grados"),
        ("es", "Se registraron 42 ºC en Badajoz.", "42 ºC"),
        ("fr", "Le thermomètre a affiché 41,5 degrés à Nîmes.", "41,5 degrés"),
        ("fr", "Il a fait 39 °C à Lyon.", "39 °C"),
        ("de", "In Freiburg wurden 38,4 Grad gemessen.", "38,4 Grad"),
        ("it", "A Palermo la temperatura ha toccato i 43 gradi.", "43 gradi"),
        ("pt", "Em Évora os termómetros marcaram 44 graus.", "44 graus"),
        ("ro", "La Calafat s-au înregistrat 41 de grade Celsius.", "41 de grade Celsius"),
        ("ru", "В Волгограде температура достигла 40 градусов.", "40 градусов"),
        ("uk", "У Києві спека сягнула 37 градусів.", "37 градусів"),
        ("pl", "W Słubicach zanotowano 38 stopni Celsjusza.", "38 stopni Celsjusza"),
        ("nl", "In Maastricht werd het 39 graden.", "39 graden"),
        ("ca", "A Figueres el termòmetre va arribar als 45 graus.", "45 graus"),
    ],
)
def test_a_temperature_is_degrees_celsius(language: str, text: str, surface: str) -> None:
    (heat,) = _claims(text, language)
    assert heat.text == surface
    assert heat.unit == "celsius"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Institutul a anunțat o magnitudine de 6 grade pentru cutremur."),
        ("es", "El sismo tuvo una magnitud de 5,9 grados, según el IGN."),
        ("fr", "La secousse, d'une magnitude de 5,9 degrés, a été ressentie à Nice."),
        ("es", "Un terremoto de 6,8 grados en la escala de Richter sacudió la región."),
    ],
)
def test_degrees_after_a_magnitude_named_before_stay_a_magnitude(language: str, text: str) -> None:
    (shock,) = _claims(text, language)
    assert shock.unit == "magnitude"


def test_english_bare_degrees_name_no_scale() -> None:
    (heat,) = _claims("It was 104 degrees in Phoenix on Sunday.", "en")
    assert heat.unit == "degrees"


@pytest.mark.parametrize(
    ("language", "text", "surface", "unit"),
    [
        (
            "it",
            "Sale a 12 il bilancio. A bordo circa 200 passeggeri.",
            "circa 200 passeggeri",
            "passengers",
        ),
        (
            "fr",
            "Bilan: 12 morts. Le car avait environ 40 voyageurs.",
            "environ 40 voyageurs",
            "passengers",
        ),
        (
            "es",
            "Murieron 12 personas. En el autobús viajaban 45 pasajeros.",
            "45 pasajeros",
            "passengers",
        ),
        (
            "en",
            "Twelve people died. The bus was carrying 45 passengers.",
            "45 passengers",
            "passengers",
        ),
        (
            "pt",
            "Morreram 12 pessoas. O comboio levava 300 passageiros.",
            "300 passageiros",
            "passengers",
        ),
        (
            "ru",
            "Погибли 12 человек. В поезде находились 300 пассажиров.",
            "300 пассажиров",
            "passengers",
        ),
        ("uk", "Загинули 12 людей. У потязі їхали 300 пасажирів.", "300 пасажирів", "passengers"),
        ("pl", "Zginęło 12 osób. W pociągu było 300 pasażerów.", "300 pasażerów", "passengers"),
        (
            "ro",
            "Au murit 12 oameni. În tren se aflau 300 de pasageri.",
            "300 de pasageri",
            "passengers",
        ),
        (
            "ca",
            "Han mort 12 persones. Al tren hi viatjaven 300 passatgers.",
            "300 passatgers",
            "passengers",
        ),
        (
            "de",
            "Zwölf Menschen starben. Rund 5000 Pilger waren vor Ort.",
            "Rund 5000 Pilger",
            "people",
        ),
        (
            "fr",
            "Au moins 20 morts. Quelque 100 000 fidèles étaient là.",
            "Quelque 100 000 fidèles",
            "people",
        ),
    ],
)
def test_people_on_board_or_present_are_people_not_the_dead(
    language: str, text: str, surface: str, unit: str
) -> None:
    """Those present are a head count of their own (passengers one of their own too),
    never the dead of the sentence before."""
    present = next(c for c in _claims(text, language) if c.text == surface)
    assert present.unit == unit


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("en", "The toll rose to 20. There were 90 miners underground at the time.", "90 miners"),
        ("es", "Murieron 20 mineros. En la mina había 90 mineros.", "90 mineros"),
        ("de", "Die Zahl der Toten stieg auf 20. Unter Tage befanden sich 90 Kumpel.", "90 Kumpel"),
        ("it", "Il bilancio sale a 20 morti. In miniera lavoravano 90 minatori.", "90 minatori"),
        ("ru", "Число погибших выросло до 20. Под землей находились 90 горняков.", "90 горняков"),
        ("uk", "Кількість загиблих зросла до 20. Під землею було 90 шахтарів.", "90 шахтарів"),
        ("pl", "Zginęło 20 górników. Pod ziemią pracowało 90 górników.", "90 górników"),
        ("pt", "Morreram 20 pessoas. Na mina estavam 90 mineiros.", "90 mineiros"),
    ],
)
def test_miners_underground_are_workers_not_the_toll(
    language: str, text: str, surface: str
) -> None:
    underground = next(c for c in _claims(text, language) if c.text == surface)
    assert underground.unit == "workers"


def test_miners_killed_are_the_dead() -> None:
    (dead,) = _claims("Al menos 41 mineros murieron en la explosión.", "es")
    assert dead.unit == "killed"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Some 400,000 people have been vaccinated in the province."),
        ("en", "Health workers have vaccinated 400,000 people since May."),
        ("es", "Unas 400.000 personas han sido vacunadas en la provincia."),
        ("fr", "Quelque 400 000 personnes ont été vaccinées dans la province."),
        ("de", "Rund 400.000 Menschen wurden in der Provinz geimpft."),
        ("it", "Circa 400mila persone sono state vaccinate nella provincia."),
        ("pt", "Cerca de 400 mil pessoas foram vacinadas na província."),
        ("ro", "Aproximativ 400.000 de oameni au fost vaccinați în provincie."),
        ("ru", "Более 400 тысяч человек получили прививку."),
        ("uk", "Понад 400 тисяч людей отримали щеплення."),
        ("pl", "W prowincji zaszczepiono 400 tys. osób."),
        ("nl", "Zo'n 400.000 mensen zijn gevaccineerd."),
        ("ca", "Unes 400.000 persones han estat vacunades."),
    ],
)
def test_people_vaccinated_are_counted_as_vaccinated(language: str, text: str) -> None:
    (shots,) = _claims(text, language)
    assert shots.unit == "vaccinated"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The outbreak has infected more than 8,000 people."),
        ("es", "El brote ha contagiado a más de 8.000 personas."),
        ("pt", "O surto já infetou mais de 8.000 pessoas."),
        ("it", "L'epidemia ha contagiato oltre 8.000 persone."),
        ("ru", "С начала года заразились более 8 тысяч человек."),
    ],
)
def test_people_infected_are_cases(language: str, text: str) -> None:
    (infected,) = _claims(text, language)
    assert infected.unit == "cases"


def test_killed_and_infected_in_one_clause_keep_their_own_counts() -> None:
    dead, infected = _claims(
        "The outbreak has killed 300 people and infected 8,000 since May.", "en"
    )
    assert (dead.unit, infected.unit) == ("killed", "cases")


def test_people_vaccinated_are_no_rival_of_people_present() -> None:
    shots, crowd = _claims(
        "About 9,000 people were vaccinated. Some 9,500 people attended the rally.", "en"
    )
    assert shots.unit == "vaccinated"
    assert crowd.unit == "people"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Rescuers said 12 people were still trapped under the rubble."),
        ("en", "Five miners remain trapped underground."),
        ("es", "Unas 30 personas siguen atrapadas bajo los escombros."),
        ("fr", "Quelque 30 personnes sont piégées sous les décombres."),
        ("de", "In dem Bergwerk sind noch 15 Bergleute eingeschlossen."),
        ("it", "Almeno 20 persone sono rimaste intrappolate."),
        ("pt", "Cerca de 30 pessoas continuam soterradas."),
        ("ru", "Под завалами остаются 30 человек."),
        ("uk", "Під завалами залишаються 30 людей."),
        ("pl", "Pod ziemią pozostaje uwięzionych 7 górników."),
        ("nl", "In de mijn zijn 7 mijnwerkers ingesloten."),
        ("ca", "Unes 30 persones segueixen atrapades."),
    ],
)
def test_people_still_trapped_are_counted_as_trapped(language: str, text: str) -> None:
    (trapped,) = _claims(text, language)
    assert trapped.unit == "trapped"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Soldiers had rescued more than 4,500 people trapped by the floods."),
        ("es", "La UME rescató a más de 200 personas atrapadas en sus coches."),
        ("fr", "Les pompiers ont secouru 200 personnes piégées par les eaux."),
    ],
)
def test_people_rescued_from_a_trap_are_the_rescued(language: str, text: str) -> None:
    (rescued,) = _claims(text, language)
    assert rescued.unit == "rescued"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "At least 80 people, most of them pilgrims, were killed on Sunday."),
        ("es", "Al menos 80 personas, en su mayoría peregrinos, murieron el domingo."),
        ("fr", "Au moins 80 personnes, pour la plupart des pèlerins, ont été tuées."),
        ("de", "Mindestens 80 Menschen, die meisten von ihnen Pilger, kamen ums Leben."),
        ("it", "Almeno 80 persone, in gran parte pellegrini, sono morte."),
    ],
)
def test_a_head_count_keeps_its_predicate_across_a_short_aside(language: str, text: str) -> None:
    (dead,) = _claims(text, language)
    assert dead.unit == "killed"


def test_an_aside_then_another_clause_lends_no_predicate() -> None:
    sent, dead = _claims(
        "The army sent 300 soldiers, the ministry said, and killed 20 rebels.", "en"
    )
    assert (sent.unit, dead.unit) == ("troops", "killed")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La cifra de muertos ascendió a 90 y la de heridos a unos 700."),
        ("es", "El número de muertos subió a 90 y el de heridos a 700."),
        ("fr", "Le nombre de morts est passé à 90 et celui des blessés à plus de 700."),
        ("it", "Il numero dei morti è salito a 90 e quello dei feriti a 700."),
    ],
)
def test_the_next_figures_status_after_a_link_word_is_not_this_ones(
    language: str, text: str
) -> None:
    dead, injured = _claims(text, language)
    assert (dead.unit, injured.unit) == ("killed", "injured")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Some 25 rescuers, two helicopters and four dogs took part in the search."),
        ("es", "En la búsqueda participaron dos helicópteros y cuatro perros."),
        ("fr", "Deux hélicoptères et quatre chiens ont été mobilisés."),
        ("ca", "Hi han participat 12 helicòpters i 36 ambulàncies."),
    ],
)
def test_a_list_item_with_a_plural_noun_of_its_own_takes_no_unit_from_the_list(
    language: str, text: str
) -> None:
    units = [c.unit for c in _claims(text, language)]
    assert units.count("helicopters") == 1


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("en", "891 buildings were destroyed, 211 damaged and about 398 submerged.", "buildings"),
        ("es", "De las víctimas, 131 eran hombres y 85 mujeres.", "killed"),
        ("en", "The army lost 30 tanks and 12 others.", "tanks"),
        ("ca", "Hi ha 17 denúncies de desaparició, sis menys que dilluns.", "missing"),
    ],
)
def test_a_list_item_with_a_predicate_a_group_or_others_keeps_the_lists_unit(
    language: str, text: str, unit: str
) -> None:
    found = _claims(text, language)
    assert len(found) >= 2
    assert all(c.unit == unit for c in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The quake killed 900 people. More than 3,000 rescuers were deployed."),
        ("es", "El sismo mató a 900 personas. Más de 3.000 rescatistas trabajan en la zona."),
        ("fr", "Le séisme a fait 900 morts. Plus de 3 000 sauveteurs sont mobilisés."),
        ("de", "Das Beben tötete 900 Menschen. Mehr als 3000 Einsatzkräfte sind vor Ort."),
        ("it", "Il sisma ha ucciso 900 persone. Oltre 3.000 soccorritori sono al lavoro."),
        ("ru", "Землетрясение унесло жизни 900 человек. Работают более 3000 спасателей."),
        ("pl", "Trzęsienie zabiło 900 osób. Na miejscu pracuje ponad 3000 ratowników."),
    ],
)
def test_rescue_crews_are_rescuers_not_the_toll(language: str, text: str) -> None:
    dead, crews = _claims(text, language)
    assert (dead.unit, crews.unit) == ("killed", "rescuers")


def test_polish_singular_injured_is_the_injured() -> None:
    dead, hurt = _claims("Trzy osoby zginęły, a jedna została ranna.", "pl")
    assert (dead.unit, hurt.unit) == ("killed", "injured")


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("it", "Sono sbarcati 700 migranti con 12 barchini.", "12 barchini"),
        ("uk", "Прибули 700 мігрантів на 12 човнах.", "12 човнах"),
        ("es", "Llegaron 12 pateras con 700 personas.", "12 pateras"),
        ("en", "Some 700 migrants arrived on 12 dinghies.", "12 dinghies"),
        ("de", "700 Migranten kamen mit 12 Schlauchbooten an.", "12 Schlauchbooten"),
    ],
)
def test_small_migrant_boats_are_boats(language: str, text: str, surface: str) -> None:
    boats = next(c for c in _claims(text, language) if c.text == surface)
    assert boats.unit == "ships"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Los bomberos sacaron con vida a 9 personas; al menos 20 siguen atrapadas."),
        ("fr", "Les secours ont extrait vivantes 9 personnes ; 20 sont toujours prises au piège."),
        ("de", "9 Menschen wurden lebend geborgen, mindestens 20 sind noch verschüttet."),
        ("it", "Hanno estratto vive 9 persone, almeno 20 sono ancora intrappolate."),
        ("ru", "Спасатели извлекли живыми 9 человек, не менее 20 остаются под завалами."),
        ("ro", "Salvatorii au scos în viață 9 persoane, iar cel puțin 20 sunt încă blocate."),
        ("pl", "Ratownicy wydobyli żywe 9 osób, co najmniej 20 pozostaje uwięzionych."),
        ("pt", "Os bombeiros resgataram com vida 9 pessoas; 20 continuam soterradas."),
    ],
)
def test_pulled_out_alive_and_still_trapped_are_two_counts(language: str, text: str) -> None:
    saved, trapped = _claims(text, language)
    assert (saved.unit, trapped.unit) == ("rescued", "trapped")
