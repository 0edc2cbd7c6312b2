"""What a figure counts in stories of animals, thefts and censuses, in every language.

Whales, seals and dogs had no words, so "Forty-two pilot whales" counted nothing and
the dead of a stranding were read as a death toll ("14 of them had died": killed). A
plain word for men was an army wherever it stood ("Cuatro hombres enmascarados
robaron …": troops). A rival sum whose currency its sentence left out ("… at about 40
million euros, while the minister put it at about 25 million") counted nothing. And
Romanian "locuitori" (inhabitants) was read as people where Catalan "habitants" and
English "residents" are residents.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _units(language: str, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.unit) for q in find_quantities(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("en", "Thirty sperm whales washed up near the harbour.", "animals"),
        ("fr", "Trente-deux globicéphales se sont échoués sur la plage.", "animals"),
        ("es", "Treinta ballenas quedaron varadas en la costa.", "animals"),
        ("it", "Venticinque capodogli si sono spiaggiati ieri.", "animals"),
        ("de", "Achtzehn Grindwale strandeten an der Küste.", "animals"),
        ("nl", "Er spoelden 18 zeehonden aan bij de dijk.", "animals"),
        ("pt", "Vinte baleias encalharam na praia.", "animals"),
        ("ca", "Vint balenes van quedar encallades a la platja.", "animals"),
        ("ro", "Pe plajă au eșuat 20 de balene.", "animals"),
        ("pl", "Na brzeg wyrzuciło 20 wielorybów.", "animals"),
        ("ru", "На берег выбросились 20 китов.", "animals"),
        ("uk", "На берег викинулися 20 китів.", "animals"),
        ("ar", "جنح 20 حوتا على الشاطئ.", "animals"),
        ("en", "Police found 40 dogs in the house.", "animals"),
    ],
)
def test_a_species_counts_animals(language: str, text: str, unit: str) -> None:
    assert [u for _, u in _units(language, text)] == [unit]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Forty-two whales washed up on the beach, and 14 of them had died."),
        ("de", "Zweiunddreißig Grindwale wurden angespült; 14 von ihnen waren verendet."),
        ("es", "Llegaron 40 delfines a la playa y 12 de ellos murieron."),
        ("fr", "Sur 40 vaches, 12 d'entre elles sont mortes."),
        ("pt", "Encalharam 30 baleias e 10 delas morreram."),
    ],
)
def test_the_dead_of_animals_are_animals(language: str, text: str) -> None:
    # what befell a part of the animals counted is no death toll of people
    assert [u for _, u in _units(language, text)] == ["animals", "animals"]


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        # a part of people keeps its status: must not become animals
        ("en", "Forty people were hurt, and 14 of them had died.", "killed"),
        ("pt", "Trinta e cinco pessoas ficaram feridas, oito delas com gravidade.", "injured"),
    ],
)
def test_a_part_of_people_keeps_its_status(language: str, text: str, unit: str) -> None:
    assert _units(language, text)[-1][1] == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Cuatro hombres enmascarados robaron el banco."),
        ("pt", "Quatro homens encapuzados assaltaram a loja."),
        ("fr", "Quatre hommes cagoulés ont braqué la bijouterie."),
        ("it", "Quattro uomini armati hanno rapinato l'ufficio postale."),
        ("es", "Tres hombres fueron detenidos tras el atraco."),
    ],
)
def test_men_outside_a_war_are_people(language: str, text: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit in ("people", "arrested")
    assert q.unit != "troops"


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        # a force sent, or combatants named: the men are troops (must not change)
        ("es", "El ejército desplegó 1.200 hombres en la zona.", "1.200 hombres"),
        ("it", "Il governo ha inviato 5.000 uomini nella regione.", "5.000 uomini"),
        ("fr", "L'armée a envoyé 500 hommes et 20 blindés.", "500 hommes"),
        ("pt", "O Exército enviou 800 homens para a fronteira.", "800 homens"),
        ("de", "Die Feuerwehr war mit 200 Mann im Einsatz.", "200 Mann"),
    ],
)
def test_men_sent_as_a_force_stay_troops(language: str, text: str, figure: str) -> None:
    assert (figure, "troops") in _units(language, text)


def test_men_beside_combatants_stay_troops() -> None:
    text = "Los combatientes rusos atacaron la aldea con 300 hombres."
    assert ("300 hombres", "troops") in _units("es", text)


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        (
            "en",
            "The insurer valued the haul at about 40 million euros, while the minister "
            "put it at about 25 million.",
            "eur",
        ),
        (
            "es",
            "La aseguradora lo valoró en unos 40 millones de euros, mientras que la "
            "ministra lo cifró en unos 25 millones.",
            "eur",
        ),
        (
            "fr",
            "L'assureur l'estime à 40 millions d'euros, le ministère à 25 millions.",
            "eur",
        ),
        (
            "it",
            "Gli analisti stimano il costo in 250 milioni di euro, contro i 180 milioni "
            "dell'azienda.",
            "eur",
        ),
        (
            "de",
            "Die Versicherung schätzt den Schaden auf 40 Millionen Dollar, das Ministerium "
            "auf 25 Millionen.",
            "usd",
        ),
    ],
)
def test_a_rival_sum_takes_the_currency_left_out(language: str, text: str, unit: str) -> None:
    assert [u for _, u in _units(language, text)] == [unit, unit]


@pytest.mark.parametrize(
    ("language", "text", "second"),
    [
        # a noun after the bare figure counts that noun: no sum
        ("en", "The plan costs 40 million euros and helps 25 million people.", "people"),
        # a small count beside a price is no sum
        ("en", "The city paid 3 million dollars for 40 buses.", "vehicles"),
        # another sentence: nothing carried
        ("es", "El plan cuesta 40 millones de euros. Participan 25 millones.", None),
    ],
)
def test_no_currency_where_the_figure_counts_else(
    language: str, text: str, second: str | None
) -> None:
    assert _units(language, text)[1][1] == second


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("ro", "Orașul are 300.000 de locuitori.", "residents"),
        ("ro", "Capitala numără 1,7 milioane de locuitori.", "residents"),
        ("ca", "La ciutat té 300.000 habitants.", "residents"),
        ("en", "The town has 300,000 residents.", "residents"),
        # people stay people (must not change)
        ("ro", "Au participat 300 de oameni.", "people"),
    ],
)
def test_inhabitants_are_residents(language: str, text: str, unit: str) -> None:
    assert [u for _, u in _units(language, text)] == [unit]


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        # skiers are people; brought down from a mountain, they are evacuated
        ("en", "About 1,500 skiers had to be brought down from the summit.", "evacuated"),
        ("de", "Rund 1500 Skifahrer mussten ins Tal gebracht werden.", "evacuated"),
        ("fr", "Environ 1 500 skieurs ont dû être redescendus.", "evacuated"),
        ("es", "Unos 1.500 esquiadores fueron evacuados.", "evacuated"),
        ("pl", "Ratownicy sprowadzili 1200 narciarzy.", "evacuated"),
        ("it", "Sulle piste c'erano 3.000 sciatori.", "people"),
        ("ro", "Pe pârtie erau 3.000 de schiori.", "people"),
        # "brought down" before the figure may be shot down: no evacuation (must not change)
        ("en", "Air defences brought down 12 drones.", "drones"),
    ],
)
def test_skiers_are_people(language: str, text: str, unit: str) -> None:
    assert [u for _, u in _units(language, text)] == [unit]
