"""Units that stories outside the dev benchmark need: who travelled, who survived, the crowd.

Our own sentences, written as wire copy of a ferry sinking, an air crash, a mine blast,
a protest, a stadium crush and a wildfire: passengers and crew are counted apart from the
people on board; survivors are the rescued, unless they are in hospital now; a crowd noun
before a verb that gives its count counts the figure after it; staff sent to a fire fight
it. Each rule has sentences where it must not fire.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities

from ._articles import quantities


def _unit(text: str, language: str, surface: str) -> str | None:
    """The unit of the figure whose text starts with ``surface``."""
    found = [q for q in find_quantities(text, language) if q.text.startswith(surface)]
    assert found, [q.text for q in find_quantities(text, language)]
    return found[0].unit


@pytest.mark.parametrize(
    ("language", "text", "passengers", "crew"),
    [
        ("en", "The ferry carried 240 passengers and 18 crew members.", "240", "18"),
        ("pl", "Na pokładzie było 64 pasażerów i czterech członków załogi.", "64", "czterech"),
        ("de", "An Bord waren 240 Passagiere und 18 Besatzungsmitglieder.", "240", "18"),
        ("fr", "Le ferry transportait 238 passagers et 18 membres d'équipage.", "238", "18"),
        ("es", "El ferri transportaba 240 pasajeros y 18 tripulantes.", "240", "18"),
        ("it", "A bordo c'erano 240 passeggeri e 18 membri dell'equipaggio.", "240", "18"),
        ("pt", "O navio levava 240 passageiros e 18 tripulantes.", "240", "18"),
        ("ro", "La bord se aflau 240 de pasageri și 18 membri ai echipajului.", "240", "18"),
        ("ru", "На борту находились 64 пассажира и 4 члена экипажа.", "64", "4"),
        ("uk", "На борту було 64 пасажири і 4 члени екіпажу.", "64", "4"),
        ("ar", "كان على متن الطائرة 64 راكبا و4 من أفراد الطاقم.", "64", "4"),
    ],
)
def test_passengers_and_crew_are_counted_apart(
    language: str, text: str, passengers: str, crew: str
) -> None:
    assert _unit(text, language, passengers) == "passengers"
    assert _unit(text, language, crew) == "crew"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Officials said 70 people had been on board."),
        ("de", "An Bord waren nach Angaben der Staatsanwaltschaft 70 Menschen."),
        ("ru", "По данным авиакомпании, на борту находились 68 человек."),
    ],
)
def test_the_people_on_board_stay_people(language: str, text: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == "people"


def test_a_ship_cargo_is_no_passenger_count() -> None:
    (q,) = find_quantities("The ship carried 300 containers.", "en")
    assert q.unit == "containers"  # a thing of its own (session 34), never people on board


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("de", "Knapp 50 Menschen werden noch vermisst, 44 überlebten das Unglück.", "44"),
        ("en", "Five miners were killed and 12 survived, the operator said.", "12"),
        ("fr", "Selon les garde-côtes, 226 personnes ont survécu.", "226"),
        ("es", "Sobrevivieron 226 personas y 12 murieron.", "226"),
        ("pl", "Pięciu górników zginęło, a 12 przeżyło.", "12"),
        ("it", "Naufragio a sud di Lampedusa, 42 superstiti e decine di dispersi", "42"),
        ("en", "Boat capsizes off Malta, 42 survivors and dozens missing", "42"),
    ],
)
def test_survivors_are_the_rescued(language: str, text: str, surface: str) -> None:
    assert _unit(text, language, surface) == "rescued"


def test_a_vague_figure_after_survivors_keeps_its_own_status() -> None:
    text = "Naufragio a sud di Lampedusa, 42 superstiti e decine di dispersi"
    assert _unit(text, "it", "decine") == "missing"


def test_surviving_something_else_is_no_rescue() -> None:
    (q,) = find_quantities("The patient survived 3 operations.", "en")
    assert q.unit is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Ще дев'ятеро пасажирів вижили і перебувають у лікарнях."),
        ("en", "Nine survivors were being treated in hospital."),
        ("en", "Twelve people were rescued and remain in hospital."),
        ("es", "Veinte heridos siguen en el hospital."),
    ],
)
def test_those_in_hospital_now_are_hospitalized(language: str, text: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == "hospitalized"


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("pt", "Outras 153 pessoas ficaram feridas e estão hospitalizadas.", "injured"),
        ("en", "The health ministry said 15 people were being treated for burns.", "injured"),
        ("en", "Twelve people were rescued, and three others were injured.", "rescued"),
        ("en", "Twelve people were injured and rescued.", "injured"),
    ],
)
def test_a_lasting_status_or_another_figures_keeps_its_own(
    language: str, text: str, unit: str
) -> None:
    assert find_quantities(text, language)[0].unit == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The protesters numbered more than 250,000, the police said."),
        ("it", "Secondo la questura i manifestanti erano 250.000."),
        ("es", "Según la policía, los manifestantes eran 250.000."),
        ("fr", "Selon la police, les manifestants étaient 250 000."),
        ("de", "Laut Polizei waren die Demonstranten 250.000."),
        ("de", "Die Demonstranten waren 250.000."),
        ("pt", "Segundo a polícia, os manifestantes eram 250 mil."),
        ("ca", "Segons la policia, els manifestants eren 250.000."),
        ("ro", "Potrivit poliției, manifestanții au fost peste 250.000."),
        ("ro", "Manifestanții erau în număr de 250.000."),
        ("pl", "Według policji demonstrantów było około 250 tysięcy."),
        ("ru", "По данным полиции, митингующих было 250 тысяч."),
        ("uk", "За даними поліції, протестувальників було 250 тисяч."),
    ],
)
def test_a_crowd_noun_before_a_copula_counts_the_figure(language: str, text: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == "protesters"


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("en", "Police arrested protesters who were 16.", "arrested"),
        ("en", "The protesters were 2 km from the palace.", "kilometres"),
        ("de", "Am Montag waren die Demonstranten 3 Stunden unterwegs.", "hours"),
        ("en", "The children were 5 and 7 years old.", None),
    ],
)
def test_a_copula_gives_no_count_of_another_thing(
    language: str, text: str, unit: str | None
) -> None:
    assert find_quantities(text, language)[0].unit == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Secondo i racconti dei superstiti, a bordo c'erano circa 110 persone."),
        ("en", "According to survivors, about 750 people were on board."),
        ("es", "Según los supervivientes, a bordo viajaban unas 750 personas."),
    ],
)
def test_survivors_who_speak_are_not_what_is_counted(language: str, text: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == "people"


def test_a_status_noun_after_the_credit_is_the_subject() -> None:
    (q,) = find_quantities("Según el Gobierno, los fallecidos ascienden a 200 personas.", "es")
    assert q.unit == "killed"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Selon des témoins, plus de 55 000 supporters s'étaient massés devant le stade."),
        ("ru", "По словам очевидцев, у входа собрались 50 тысяч болельщиков."),
        ("es", "Unos 40.000 aficionados llenaron el estadio."),
        ("pl", "Na stadionie było 40 tysięcy kibiców."),
    ],
)
def test_fans_are_people(language: str, text: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == "people"


def test_a_venue_for_spectators_is_no_crowd() -> None:
    (q,) = find_quantities("Das Stadion bietet Platz für 45.000 Zuschauer.", "de")
    assert q.unit != "people"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Around 38,000 tickets had been sold for the derby."),
        ("ar", "وكان النادي قد باع 38 ألف تذكرة للمباراة."),
        ("fr", "Le club avait vendu 38 000 billets."),
    ],
)
def test_tickets_sold_are_tickets(language: str, text: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == "tickets"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "All'appello mancano ancora 40 migranti."),
        ("fr", "Une trentaine de personnes manquent à l'appel."),
        ("es", "Faltan por localizar 40 personas."),
    ],
)
def test_missing_at_the_roll_call_are_missing(language: str, text: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == "missing"


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("ca", "Treballen en l'extinció 350 bombers i 40 mitjans aeris.", "40"),
        ("es", "En la extinción trabajan 350 bomberos y 25 medios aéreos.", "25"),
        ("fr", "Quelque 600 pompiers et 12 moyens aériens luttent contre le feu.", "12"),
    ],
)
def test_a_fires_aerial_means_are_aircraft(language: str, text: str, surface: str) -> None:
    assert _unit(text, language, surface) == "aircraft"


def test_mine_rescue_crews_are_rescuers() -> None:
    text = "Im Einsatz sind mehr als 60 Grubenwehrleute."
    assert _unit(text, "de", "mehr als 60") == "rescuers"


def test_staff_sent_to_a_fire_are_its_crews() -> None:
    text = (
        "L'incendi de la Terra Alta continua actiu\n\n"
        "El Govern havia anunciat que hi destinaria 500 efectius per combatre l'incendi."
    )
    (staff,) = quantities(text, "ca")
    assert staff.unit == "rescuers"


def test_staff_in_a_war_stay_troops() -> None:
    text = (
        "La guerra continua\n\n"
        "Un incendi va esclatar a la base, on l'exèrcit hi destinaria 500 efectius."
    )
    (staff,) = quantities(text, "ca")
    assert staff.unit == "troops"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Neun Menschen überlebten den Absturz verletzt."),
        ("en", "Twelve people were rescued and were being treated for burns."),
    ],
)
def test_survivors_hurt_are_the_injured(language: str, text: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == "injured"


def test_survivors_taken_to_hospital_are_hospitalised() -> None:
    # taken to hospital counts the hospitalised, after a rescue as anywhere
    (q,) = find_quantities("Twelve people were rescued and taken to hospital.", "en")
    assert q.unit == "hospitalized"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ca", "Protecció Civil ha ordenat l'evacuació de 1.200 veïns de quatre pobles."),
        ("ro", "Autoritățile au dispus evacuarea a 1.200 de locuitori."),
        ("nl", "De burgemeester beval de evacuatie van 1.200 inwoners."),
        ("pl", "Władze zarządziły ewakuację 1200 mieszkańców."),
    ],
)
def test_residents_whose_evacuation_is_ordered_are_evacuated(language: str, text: str) -> None:
    assert find_quantities(text, language)[0].unit == "evacuated"


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("it", "Il governo ha stanziato 50.000 lei per ogni famiglia colpita.", "50.000 lei"),
        ("en", "The government paid 50,000 lei to each family.", "50,000 lei"),
    ],
)
def test_romanian_lei_are_money_in_any_language(language: str, text: str, surface: str) -> None:
    (q,) = find_quantities(text, language)
    assert (q.text, q.unit) == (surface, "ron")


def test_the_italian_pronoun_lei_is_no_money() -> None:
    (q,) = find_quantities("Lei 20 anni fa viveva a Roma.", "it")
    assert q.unit == "years"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Mozambique has recorded 2,870 suspected cholera cases, the WHO said.\n\n"
            "Of the suspected cases, 410 have been confirmed in the laboratory.",
        ),
        (
            "it",
            "Il Ministero ha registrato 2.870 casi sospetti di colera.\n\n"
            "Dei casi sospetti, 410 sono stati confermati in laboratorio.",
        ),
    ],
)
def test_a_fronted_partitive_of_things_counts_part_of_them(language: str, text: str) -> None:
    whole, part = quantities(text, language)
    assert (whole.unit, part.unit) == ("cases", "cases")
    assert part.part_of == whole.id


def test_a_fronted_partitive_with_no_earlier_whole_lends_nothing() -> None:
    (q,) = find_quantities("Of the suspected cases, 410 have been confirmed.", "en")
    assert q.unit is None


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("es", "Los casos probables son 1,2 millones, según el Ministerio.", "cases"),
        ("pt", "Os casos prováveis são 1,2 milhão.", "cases"),
        ("it", "I soccorritori impegnati sono 20.000.", "rescuers"),
        ("it", "Gli agenti schierati erano 2.000.", "police"),
        ("es", "Los manifestantes detenidos son 40.", "arrested"),
        ("fr", "Les manifestants interpellés sont 40.", "arrested"),
    ],
)
def test_one_adjective_may_follow_the_head_before_its_copula(
    language: str, text: str, unit: str
) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == unit


def test_a_relative_clause_is_no_copula_of_the_head() -> None:
    (q,) = find_quantities("I manifestanti che sono 16 in tutto.", "it")
    assert q.unit is None


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        (
            "fr",
            "Ils s'étaient massés devant une enceinte d'une capacité de 40 000 places.",
            "40 000",
        ),
        ("ar", "وأوضح المصدر أن الملعب الذي تبلغ طاقة استيعابه 40 ألف متفرج.", "40 ألف"),
        ("de", "Das Stadion bietet Platz für 45.000 Zuschauer.", "45.000"),
        ("es", "El estadio tiene capacidad para 50.000 personas.", "50.000"),
        ("en", "The stadium has a capacity of 40,000.", "40,000"),
    ],
)
def test_a_venues_capacity_counts_its_places(language: str, text: str, surface: str) -> None:
    assert _unit(text, language, surface) == "seats"


def test_a_facilitys_places_are_places_not_seats() -> None:
    # a facility's places (a hotspot's, a prison's) have a concept of their own since
    # session 32; a venue's capacity stays `seats`
    assert _unit("L'hotspot ha una capienza di 400 posti.", "it", "400") == "places"


def test_a_capacity_in_a_measure_keeps_the_measure() -> None:
    (q,) = find_quantities("The plant has a capacity of 500 megawatts.", "en")
    assert q.unit == "megawatts"


def test_an_english_general_strike_turnout_counts_protesters() -> None:
    text = (
        "General strike paralyses Italy\n\n"
        "Unions put turnout at more than 600,000 people, while the interior ministry "
        "counted 250,000."
    )
    assert [c.unit for c in quantities(text, "en")] == ["protesters", "protesters"]


def test_an_air_strike_is_no_protest() -> None:
    text = "Air strike kills 20 in Kharkiv\n\nOfficials put turnout at the funeral at 3,000 people."
    assert [c.unit for c in quantities(text, "en")] == ["killed", "people"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Er liggen nog acht overlevenden in het ziekenhuis."),
        ("de", "Es liegen noch acht Verletzte im Krankenhaus."),
        ("en", "Twelve people remain in hospital after being injured in the blast."),
    ],
)
def test_a_head_in_hospital_after_its_verb_is_hospitalized(language: str, text: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == "hospitalized"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Drie gewonden zijn in het ziekenhuis overleden."),
        ("de", "Zwei Verletzte sind im Krankenhaus gestorben."),
    ],
)
def test_those_who_died_in_hospital_are_the_dead(language: str, text: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == "killed"


def test_a_dutch_part_of_survivors_in_hospital_is_in_hospital() -> None:
    text = (
        "Vliegtuigongeluk bij Gdansk\n\n"
        "Er liggen nog acht overlevenden in het ziekenhuis, van wie drie in kritieke toestand."
    )
    whole, part = quantities(text, "nl")
    assert (whole.unit, part.unit) == ("hospitalized", "hospitalized")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "it",
            "I superstiti sono stati portati all'hotspot di Lampedusa, che ospita in queste ore "
            "oltre 1.200 persone.",
        ),
        ("en", "The survivors were taken to a camp, which now holds 1,200 people."),
    ],
)
def test_a_relative_clause_about_another_noun_counts_its_own_people(
    language: str, text: str
) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == "people"


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("it", "I feriti, che sono 300, sono stati ricoverati.", "injured"),
        (
            "es",
            "Casi todas las muertes se concentran en la Comunidad Valenciana, que suma 62.",
            "killed",
        ),
    ],
)
def test_a_relative_clause_of_the_status_or_a_bare_figure_keeps_the_status(
    language: str, text: str, unit: str
) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Im Krankenhaus liegen noch 40 Verletzte."),
        ("nl", "In het ziekenhuis liggen nog 40 gewonden."),
        ("pl", "W szpitalu przebywa 40 osób."),
        ("es", "En el hospital permanecen 40 heridos."),
        ("it", "Restano ricoverati 12 feriti."),
        ("pt", "Continuam internados 12 feridos."),
        ("ro", "În spital se află 12 răniți."),
    ],
)
def test_in_hospital_named_before_the_figure_is_hospitalized(language: str, text: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == "hospitalized"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Im Zug saßen 320 Fahrgäste."),
        ("es", "Siguen hospitalizados 40 heridos y han muerto 3."),
    ],
)
def test_a_figure_after_no_hospital_words_is_not_hospitalized(language: str, text: str) -> None:
    assert find_quantities(text, language)[-1].unit != "hospitalized"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Potrivit ministerului, cazurile au fost 1.200 în ianuarie.", "cases"),
        ("Jandarmii au fost 2.000, potrivit prefecturii.", "police"),
        ("Salvatorii au fost 200.", "rescuers"),
    ],
)
def test_romanian_definite_subjects_before_a_copula(text: str, unit: str) -> None:
    (q,) = find_quantities(text, "ro")
    assert q.unit == unit


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("ro", "Sindicatele organizaseră peste 250 de marșuri în toată țara.", "demonstrations"),
        ("fr", "Plus de 250 manifestations ont eu lieu en France.", "demonstrations"),
        ("en", "More than 250 rallies were held across the country.", "demonstrations"),
        ("ar", "خرجت 40 مظاهرة في مدن البلاد.", "demonstrations"),
        ("es", "La manifestación reunió a 30.000 personas.", "people"),
    ],
)
def test_marches_are_counted_apart_from_their_crowd(language: str, text: str, unit: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("en", "Some 40 patients remain in hospital.", "patients"),
        (
            "nl",
            "Minder dan 40 patiënten konden nog in het ziekenhuis worden behandeld.",
            "patients",
        ),
        ("en", "Some 40 people remain in hospital.", "hospitalized"),
    ],
)
def test_patients_in_hospital_stay_patients(language: str, text: str, unit: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == unit
