"""Credits of local bodies and their deeds in other stories (a hurricane, a landslide, a
prison riot): a perfect whose deed participle closes the clause (de, nl), a compound of a
body noun (de), a reporting verb before a role noun after a prefix cue (es, pt), a
commune's head (pl "wójt", ca "batlle"), the Dutch verb of measuring ("mat")."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        ("de", "Die Polizei hat 12 Personen festgenommen.", "Die Polizei"),
        (
            "de",
            "Die Bundeswehr hat am Freitag 500 Soldaten in das Gebiet geschickt.",
            "Die Bundeswehr",
        ),
        ("nl", "De politie heeft 12 mensen aangehouden.", "De politie"),
        ("nl", "Defensie heeft 500 militairen naar het gebied gestuurd.", "Defensie"),
    ],
)
def test_a_perfect_deed_credits_the_subject_before_its_auxiliary(
    language: str, text: str, credit: str
) -> None:
    assert _credits(text, language) == [credit]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Bei den Krawallen wurden 12 Personen festgenommen."),
        ("de", "Die Flut hat 40 Häuser zerstört."),
        ("de", "Die Polizei hat 40 Zeugen befragt, die 12 Verdächtigen wurden festgenommen."),
        ("nl", "Bij de rellen zijn 12 mensen aangehouden."),
        ("nl", "De storm heeft 40 bomen geveld."),
    ],
)
def test_no_perfect_deed_credits_no_one(language: str, text: str) -> None:
    assert set(_credits(text, language)) == {None}


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        (
            "de",
            "Die Katastrophenschutzbehörde FEMA schickte 1200 Helfer in den Bundesstaat.",
            "Die Katastrophenschutzbehörde FEMA",
        ),
        (
            "nl",
            "De rampenbestrijdingsdienst FEMA heeft 3000 hulpverleners naar het gebied gestuurd.",
            "De rampenbestrijdingsdienst FEMA",
        ),
    ],
)
def test_a_compound_of_a_body_noun_is_a_doer(language: str, text: str, credit: str) -> None:
    assert _credits(text, language) == [credit]


def test_a_compound_that_names_no_body_is_no_doer() -> None:
    # "Sturmflut" ends in no body noun: the storm sent nothing of its own
    assert _credits("Die Sturmflut schickte 40 Boote an Land.", "de") == [None]


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        (
            "es",
            "Seis funcionarios resultaron heridos, según informaron fuentes de "
            "Instituciones Penitenciarias.",
            "fuentes de Instituciones Penitenciarias",
        ),
        (
            "es",
            "Seis personas murieron, según indicaron fuentes municipales.",
            "fuentes municipales",
        ),
        ("pt", "Seis pessoas morreram, segundo informaram fontes da polícia.", "fontes da polícia"),
        # no role noun after the verb: the phrase stays as written
        ("en", "Six people died, according to reports from officials.", "reports from officials"),
    ],
)
def test_a_verb_before_a_role_noun_is_no_part_of_the_source(
    language: str, text: str, credit: str
) -> None:
    assert _credits(text, language) == [credit]


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        ("pl", "Wójt gminy poinformował, że ewakuowano 120 mieszkańców.", "Wójt gminy"),
        ("pl", "Według wójta gminy ewakuowano 120 mieszkańców.", "wójta gminy"),
        ("ca", "Segons el batlle, 120 veïns han estat desallotjats.", "el batlle"),
        ("nl", "Het KMI mat windstoten tot 120 kilometer per uur.", "Het KMI"),
    ],
)
def test_local_heads_and_measuring_credit(language: str, text: str, credit: str) -> None:
    assert _credits(text, language) == [credit]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "Zginęło 12 osób, w tym wójt gminy."),
        ("ca", "Van morir 3 persones, entre elles un regidor."),
        ("nl", "Het scherm is mat en 40 centimeter breed."),
    ],
)
def test_a_counted_head_or_a_plain_adjective_credits_no_one(language: str, text: str) -> None:
    assert set(_credits(text, language)) == {None}


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        ("en", "Authorities ordered the evacuation of 5,000 residents.", "Authorities"),
        ("es", "Protección Civil ordenó el desalojo de 1.200 vecinos.", "Protección Civil"),
        (
            "it",
            "La Protezione civile ha ordinato l'evacuazione di 1.200 persone.",
            "La Protezione civile",
        ),
        ("fr", "La préfecture a ordonné l'évacuation de 1 200 habitants.", "La préfecture"),
        ("pl", "Wojewoda zarządził ewakuację 1200 mieszkańców.", "Wojewoda"),
        ("de", "Die Behörden ordneten die Evakuierung von 1.200 Menschen an.", "Die Behörden"),
        (
            "pt",
            "A Defesa Civil ordenou a retirada de 300 famílias das áreas de risco.",
            "A Defesa Civil",
        ),
    ],
)
def test_the_body_that_orders_an_evacuation_is_credited(
    language: str, text: str, credit: str
) -> None:
    assert _credits(text, language)[0] == credit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "More than 300 people were evacuated overnight."),
        ("es", "Unas 300 personas fueron evacuadas."),
        ("de", "Die 1200 evakuierten Bewohner durften zurück."),
        ("nl", "Er werden 120 woningen ontruimd."),
        # who rescues or evacuates people is not the source of their count
        ("it", "La Guardia costiera ha tratto in salvo 42 persone."),
        ("en", "Firefighters evacuated 300 people from the flooded homes."),
    ],
)
def test_an_evacuation_with_no_doer_credits_no_one(language: str, text: str) -> None:
    assert set(_credits(text, language)) == {None}


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        # a pointer noun inside a role noun of two words ends nothing
        (
            "en",
            "Rescuers pulled 40 people from the rubble, the fire department said.",
            "the fire department",
        ),
        # a name that holds a number
        ("es", "Según France 24, hay 40 heridos.", "France 24"),
        ("ca", "Segons TV3, hi ha 40 ferits.", "TV3"),
        # an adverbial after a German source inside its clause ends it
        (
            "de",
            "Mehr als 400.000 Haushalte waren laut dem Energieversorger Entergy am "
            "Freitag ohne Strom.",
            "dem Energieversorger Entergy",
        ),
        (
            "de",
            "Mehr als 40 Häftlinge wurden laut der Generaldirektion für den Strafvollzug verletzt.",
            "der Generaldirektion für den Strafvollzug",
        ),
        # where and to whom the speaker spoke is no part of it
        (
            "pl",
            "Huragan zabił osiem osób – poinformował gubernator Ron DeSantis podczas "
            "konferencji prasowej.",
            "gubernator Ron DeSantis",
        ),
        (
            "nl",
            "De veerboot vervoerde 160 passagiers, zei een havenfunctionaris tegen verslaggevers.",
            "havenfunctionaris",
        ),
        (
            "es",
            "Ocho personas murieron, dijo el alcalde en declaraciones a la Cadena SER.",
            "el alcalde",
        ),
        # a verb after the cue before an indefinite
        (
            "es",
            "El barco llevaba 160 pasajeros, según declaró un responsable del puerto.",
            "responsable del puerto",
        ),
        # "and" that joins two nouns of a body opens no relative clause
        (
            "en",
            "At least 31 people died when a ferry sank, the national search and rescue "
            "agency said.",
            "rescue agency",
        ),
    ],
)
def test_source_edges(language: str, text: str, credit: str) -> None:
    assert _credits(text, language)[0] == credit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Wallis: Drei Tote bei Erdrutsch"),
        ("nl", "Wallis: drie doden bij aardverschuiving"),
        ("fr", "Valais : trois morts dans un glissement de terrain"),
        ("ro", "Elveția: trei morți într-o alunecare de teren"),
    ],
)
def test_a_lone_place_before_a_disaster_headline_colon_is_no_source(
    language: str, text: str
) -> None:
    assert set(_credits(text, language)) == {None}


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        ("de", "USGS: Erdbeben der Stärke 6,8", "USGS"),  # an acronym is a body
        ("en", "Zelensky: 31,000 Ukrainian troops killed in war", "Zelensky"),  # a side
        ("it", "Il sindaco: «Ancora 4 dispersi dopo la frana»", "Il sindaco"),  # a role
    ],
)
def test_a_body_a_side_or_a_role_before_the_colon_still_speaks(
    language: str, text: str, credit: str
) -> None:
    assert _credits(text, language) == [credit]


def test_the_year_of_a_report_does_not_end_its_source() -> None:
    text = (
        "The prison holds about 8,000 inmates, according to a 2024 report by the "
        "Inter-American Commission on Human Rights."
    )
    assert _credits(text, "en") == ["report by the Inter-American Commission"]


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        (
            "De Griekse autoriteiten hebben het dodental vrijdag bijgesteld naar 21.",
            "De Griekse autoriteiten",
        ),
        ("Het dodental werd bijgesteld naar 21.", None),
    ],
)
def test_a_revised_toll_credits_who_revised_it(text: str, credit: str | None) -> None:
    assert _credits(text, "nl") == [credit]


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        (
            "ca",
            "Hi ha 40 ferits, ha confirmat a l'ACN l'alcalde de la població.",
            "l'alcalde de la població",
        ),
        (
            "ca",
            "Hi ha 40 ferits, ha explicat a TV3 un portaveu dels Bombers.",
            "portaveu dels Bombers",
        ),
        (
            "es",
            "Hay 40 heridos, ha explicado a Europa Press un portavoz de la Guardia Civil.",
            "portavoz de la Guardia Civil",
        ),
        # the addressee after the speaker is no part of it
        ("ca", "Hi ha 40 ferits, ha explicat l'alcalde a l'ACN.", "l'alcalde"),
        # "as X could learn": the outlet that learned it
        ("ca", "Segons ha pogut saber l'ACN, hi ha 40 ferits.", "l'ACN"),
        ("es", "Según ha podido saber EFE, hay 40 heridos.", "EFE"),
    ],
)
def test_the_speaker_after_whom_it_told(language: str, text: str, credit: str) -> None:
    assert _credits(text, language) == [credit]


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        # "ds." (do spraw) inside a Polish body's name ends no sentence
        (
            "pl",
            "Krajowe Centrum ds. Huraganów poinformowało o 12 ofiarach.",
            "Krajowe Centrum ds. Huraganów",
        ),
        (
            "pl",
            "Według Krajowego Centrum ds. Huraganów wiatr osiągał 230 km/h.",
            "Krajowego Centrum ds. Huraganów",
        ),
        # the Swiss spelling of "gemäß", and "mitteilt"
        ("de", "Gemäss der Kantonspolizei wurden 12 Personen verletzt.", "der Kantonspolizei"),
        (
            "de",
            "Wie die Kantonspolizei Graubünden mitteilt, werden 12 Personen vermisst.",
            "die Kantonspolizei Graubünden",
        ),
        # a Latin American "reporte", and a channel after the speaker
        (
            "es",
            "Según el más reciente reporte de Protección Civil, 12 personas murieron.",
            "el más reciente reporte de Protección Civil",
        ),
        (
            "es",
            "Al menos 12 personas murieron, informó el gobernador a través de redes sociales.",
            "el gobernador",
        ),
    ],
)
def test_names_cues_and_channels(language: str, text: str, credit: str) -> None:
    assert _credits(text, language)[0] == credit


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        # a website's address is a name
        (
            "en",
            "More than 2 million customers lost power, poweroutage.us reported.",
            "poweroutage.us",
        ),
        (
            "es",
            "Más de 2 millones de clientes se quedaron sin luz, según el portal poweroutage.us.",
            "el portal poweroutage.us",
        ),
        # a bare name that recorded the figure yields to the sentence's other credit
        (
            "en",
            "Tampa recorded 16 inches of rain, according to the National Weather Service.",
            "the National Weather Service",
        ),
        ("es", "Chiva registró 491 litros por metro cuadrado, según la Aemet.", "la Aemet"),
        # ... but stays the source with no other credit, as a body does beside one
        ("en", "Tampa recorded 16 inches of rain.", "Tampa"),
        ("en", "Police counted 12,000 protesters, according to the organisers.", "Police"),
    ],
)
def test_websites_and_recording_places(language: str, text: str, credit: str) -> None:
    assert _credits(text, language)[0] == credit


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        # the outlet told, in the dative, is no part of the Polish speaker after it
        ("Zginęło 12 osób – przekazał portalowi Onet burmistrz miasta.", "burmistrz miasta"),
        # a genitive outlet after a cue is the source
        ("Według lokalnej telewizji zginęło 12 osób.", "lokalnej telewizji"),
        ("Według portalu Onet zginęło 12 osób.", "portalu Onet"),
    ],
)
def test_polish_outlet_told_or_credited(text: str, credit: str) -> None:
    assert _credits(text, "pl") == [credit]


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        # Latin American titles of officials and bodies
        ("El mandatario precisó que 12 personas murieron.", "El mandatario"),
        ("Hay 12 muertos, dijo el vocero de la Policía.", "el vocero de la Policía"),
        ("El edil explicó que 40 casas quedaron destruidas.", "El edil"),
        ("La alcaldía ordenó el desalojo de 300 familias.", "La alcaldía"),
        # a place named by such a noun speaks for no one
        ("Murieron 12 personas en el municipio de Petatlán.", None),
    ],
)
def test_latin_american_officials(text: str, credit: str | None) -> None:
    assert _credits(text, "es") == [credit]
