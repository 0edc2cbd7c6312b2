"""Everyday news quantities have a unit of their own: a utility's customers, things closed
(schools, flights, beaches, roads), volumes (cubic metres before the bare "m") and speeds
(mph, m/s, knots) in every language (concepts.toml, ``[units]`` of each language file)."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article

from ._articles import quantities


def _unit_of(language: str, text: str, figure: str) -> str | None:
    """The unit of the one quantity claim whose text holds ``figure``."""
    (unit,) = [c.unit for c in quantities(text, language) if figure in c.text]
    return unit


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # customers of a utility, cut off by a storm or an outage
        ("en", "The hurricane left 450,000 customers without power.", "450,000", "customers"),
        ("es", "Más de 200.000 clientes se quedaron sin luz.", "200.000", "customers"),
        ("pt", "Cerca de 100 mil clientes ficaram sem energia.", "100 mil", "customers"),
        ("ru", "Без света остались 50 тысяч абонентов.", "50", "customers"),
        ("uk", "Без світла залишилися 100 тисяч абонентів.", "100", "customers"),
        ("pl", "Bez prądu pozostało 200 tys. odbiorców.", "200", "customers"),
        ("ro", "Peste 30.000 de consumatori au rămas fără curent.", "30.000", "customers"),
        ("ca", "Uns 20.000 abonats es van quedar sense llum.", "20.000", "customers"),
        # things closed or cancelled: a count of things, not of people
        ("en", "Officials closed 40 schools on Monday.", "40", "schools"),
        ("en", "Airlines cancelled 1,200 flights at the airport.", "1,200", "flights"),
        ("fr", "Les autorités ont fermé 10 plages.", "10", "beaches"),
        ("fr", "Plus de 800 vols ont été annulés.", "800", "flights"),
        ("es", "Se cancelaron 300 vuelos por la tormenta.", "300", "flights"),
        ("es", "Se cerraron 50 colegios por la tormenta.", "50", "schools"),
        ("it", "Chiuse 30 scuole per l'allerta meteo.", "30", "schools"),
        ("de", "Rund 500 Flüge wurden gestrichen.", "500", "flights"),
        ("nl", "Er zijn 25 wegen afgesloten.", "25", "roads"),
        ("en", "Authorities closed 35 roads because of flooding.", "35", "roads"),
        # volumes: the compound unit before the bare "m" it starts with
        ("en", "The tanker spilled 3,000 cubic metres of fuel oil.", "3,000", "cubic_metres"),
        ("en", "About 2,000 m3 of water flowed into the mine.", "2,000", "cubic_metres"),
        ("fr", "Le pétrolier a déversé 5 000 mètres cubes de fioul.", "5 000", "cubic_metres"),
        ("es", "Se vertieron 4.000 metros cúbicos de agua.", "4.000", "cubic_metres"),
        ("es", "La marea negra suma 2.000 m³ de fuel.", "2.000", "cubic_metres"),
        ("it", "Sono stati versati 2.000 metri cubi di petrolio.", "2.000", "cubic_metres"),
        ("de", "Es flossen 3.000 Kubikmeter Öl ins Meer.", "3.000", "cubic_metres"),
        ("ru", "В море вылилось 3000 кубометров нефтепродуктов.", "3000", "cubic_metres"),
        ("uk", "У море витекло 3 тисячі кубометрів нафти.", "3", "cubic_metres"),
        ("pl", "Do morza wyciekło 1000 metrów sześciennych ropy.", "1000", "cubic_metres"),
        ("nl", "Er lekte 2.000 kubieke meter olie in zee.", "2.000", "cubic_metres"),
        ("ro", "Au fost deversați 1.000 de metri cubi de petrol.", "1.000", "cubic_metres"),
        ("ca", "Es van abocar 2.000 metres cúbics de petroli.", "2.000", "cubic_metres"),
        ("es", "El embalse guarda 120 hm³ de agua.", "120", "cubic_hectometres"),
        # speeds: a speed, never a length
        ("es", "El huracán llegó con vientos de 150 mph.", "150", "miles_per_hour"),
        ("fr", "Des vents de 150 mph ont frappé l'île.", "150", "miles_per_hour"),
        ("de", "Windgeschwindigkeiten von 150 mph wurden gemessen.", "150", "miles_per_hour"),
        ("ru", "Ветер скоростью 150 миль в час обрушился на остров.", "150", "miles_per_hour"),
        ("ru", "Скорость ветра достигала 30 м/с.", "30", "metres_per_second"),
        ("uk", "Пориви вітру сягали 25 м/с.", "25", "metres_per_second"),
        ("en", "Gusts of 60 knots were recorded offshore.", "60", "knots"),
        # earthquakes counted: a count of shocks, never left without a unit
        ("en", "More than 800 earthquakes were recorded overnight.", "800", "earthquakes"),
        ("fr", "Plus de 800 séismes ont été enregistrés.", "800", "earthquakes"),
        ("de", "Mehr als 800 Erdbeben wurden registriert.", "800", "earthquakes"),
        ("es", "Se registraron más de 800 sismos.", "800", "earthquakes"),
        # inmates in the words of Spanish prison news
        ("es", "La cárcel alberga a 8.000 internos.", "8.000", "prisoners"),
    ],
)
def test_an_everyday_quantity_takes_its_own_unit(
    language: str, text: str, figure: str, unit: str
) -> None:
    assert _unit_of(language, text, figure) == unit


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # the bare symbol and word stay lengths and speeds stay themselves
        ("en", "The wave was 4 m high.", "4", "metres"),
        ("fr", "La vague mesurait 4 mètres.", "4", "metres"),
        ("ru", "Высота волны достигала 4 м.", "4", "metres"),
        ("en", "Gusts of 190 km/h hit the coast.", "190", "kilometres_per_hour"),
        ("en", "The lava field is 3 miles from the town.", "3", "miles"),
        # a verb that takes any object makes no customers casualties
        ("fr", "L'entreprise a perdu 3 clients en un an.", "3", "customers"),
        # inmates keep the status their clause gives them
        ("en", "Three prisoners were killed in the riot.", "Three", "killed"),
        ("es", "Al menos 31 reos murieron en el motín.", "31", "killed"),
        # aftershocks keep their own noun
        ("en", "More than 200 aftershocks followed the quake.", "200", "aftershocks"),
        ("it", "Si sono registrate 200 repliche.", "200", "aftershocks"),
    ],
)
def test_a_length_speed_or_status_is_not_taken_for_a_new_unit(
    language: str, text: str, figure: str, unit: str
) -> None:
    assert _unit_of(language, text, figure) == unit


def _report(*items: tuple[str, str]) -> crosscheck.Report:
    return crosscheck.report(
        [
            Article(id=f"a{i}", text=t, language=lang, published="2025-09-10", story="storm")
            for i, (lang, t) in enumerate(items)
        ]
    )


def test_a_utility_s_customers_and_those_cut_off_are_not_one_count() -> None:
    # the island's customers and those without power: the unit alone is no evidence
    rep = _report(
        ("en", "The storm left 450,000 customers without power on Tuesday."),
        ("en", "The utility serves 1.4 million customers across the island."),
    )
    assert not [f for f in rep.findings if f.kind == "conflict"]


def test_two_counts_of_the_customers_cut_off_are_still_compared() -> None:
    # two sources' counts ("the utility" is a source noun: one source's two counts of a
    # day are its range, not a conflict)
    rep = _report(
        ("en", "The storm left 450,000 customers without power on Tuesday, the utility said."),
        ("en", "The storm left 90,000 customers without power on Tuesday, the governor said."),
    )
    assert [f for f in rep.findings if f.kind == "conflict"]


@pytest.mark.parametrize(("kmh", "conflict"), [(108, False), (150, True)])
def test_a_wind_speed_in_metres_per_second_is_compared_in_km_h(kmh: int, conflict: bool) -> None:
    # 30 m/s is 108 km/h: the same reading agrees, 150 km/h is another
    rep = _report(
        ("ru", "Скорость ветра достигала 30 м/с."),
        ("en", f"Winds of {kmh} km/h were recorded."),
    )
    a, b = (c for c in rep.claims if c.kind == "quantity")
    assert rep.explain(a, b).same_group
    assert bool([f for f in rep.findings if f.kind == "conflict"]) == conflict


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # a poisoning sickens: those taken to hospital are the poisoned in hospital
        (
            "en",
            "Methanol poisoning: at least 25 people have died and 60 were hospitalised.",
            "60",
            "hospitalized",
        ),
        (
            "es",
            "Intoxicación por metanol: al menos 25 personas murieron y 60 fueron hospitalizadas.",
            "60",
            "hospitalized",
        ),
        (
            "fr",
            "Intoxication au méthanol : 25 morts, 60 personnes ont été hospitalisées.",
            "60",
            "hospitalized",
        ),
        (
            "de",
            "Methanol-Vergiftung: 25 Tote, 60 Menschen wurden ins Krankenhaus eingeliefert.",
            "60",
            "hospitalized",
        ),
        (
            "ru",
            "Отравление метанолом: погибли 25 человек, 60 были госпитализированы.",
            "60",
            "hospitalized",
        ),
        # an event that injures keeps its hospitalised injured
        (
            "en",
            "A building fire and a blaze next door: 12 killed and 30 were hospitalised.",
            "30",
            "injured",
        ),
        ("en", "The bus crash killed 5 and 30 were hospitalised.", "30", "injured"),
    ],
)
def test_the_hospitalised_of_a_poisoning_are_the_sick_not_the_injured(
    language: str, text: str, figure: str, unit: str
) -> None:
    assert _unit_of(language, text, figure) == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Some 3,000 people have been forced to evacuate.", "evacuated"),
        ("About 3,000 residents were ordered to evacuate on Sunday.", "evacuated"),
        # forced to leave their homes: the displaced, as before
        ("Some 3,000 people were forced to leave their homes.", "displaced"),
    ],
)
def test_people_forced_or_ordered_to_evacuate_are_evacuated(text: str, unit: str) -> None:
    (found,) = [c.unit for c in quantities(text, "en")]
    assert found == unit


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a death toll counted in cases: its deaths
        ("ارتفع عدد الوفيات بالتسمم بالميثانول إلى 25 حالة.", ["killed"]),
        ("ارتفعت حصيلة الوفيات إلى 25 حالة و60 حالة تسمم.", ["killed", "cases"]),
        # a toll of infections, or none: cases stay cases
        ("بلغ عدد الإصابات بالكوليرا 400 حالة.", ["cases"]),
        ("سجلت 25 حالة وفاة و60 حالة تسمم.", ["killed", "cases"]),
    ],
)
def test_a_death_toll_counted_in_cases_counts_the_dead(text: str, units: list[str]) -> None:
    assert [c.unit for c in quantities(text, "ar")] == units


def test_cases_after_another_figure_of_the_toll_stay_cases() -> None:
    text = "The death toll rose to 25, with 150 cases of poisoning."
    assert [c.unit for c in quantities(text, "en")] == ["killed", "cases"]


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        # a noun of killing right before a head count: its dead, never the inmates alive
        ("en", "The massacre of 31 inmates shocked the country.", "31"),
        ("en", "The killing of 31 prisoners was condemned.", "31"),
        ("es", "La masacre de 31 reos conmocionó al país.", "31"),
        ("es", "El asesinato de 31 presos fue condenado.", "31"),
        ("fr", "Le massacre de 31 détenus a choqué le pays.", "31"),
        ("pt", "O massacre de 31 presos chocou o país.", "31"),
        ("it", "La strage di 31 detenuti ha scosso il paese.", "31"),
        ("de", "Das Massaker an 31 Häftlingen erschütterte das Land.", "31"),
    ],
)
def test_a_noun_of_killing_before_a_head_count_counts_the_dead(
    language: str, text: str, figure: str
) -> None:
    assert _unit_of(language, text, figure) == "killed"


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # inmates who escaped are alive: the escaped (concepts.toml), never the dead
        ("en", "Some 120 inmates escaped during the riot.", "120", "escaped"),
        ("fr", "Quelque 150 détenus se sont évadés de la prison.", "150", "escaped"),
        ("es", "Unos 80 reclusos se fugaron de la cárcel.", "80", "escaped"),
        # inmates held stay inmates
        ("en", "Some 120 inmates are held in the wing.", "120", "prisoners"),
        # a year after a noun of killing is no count
        (
            "en",
            "The worst riot since the massacre of 1992, when 111 inmates died.",
            "111",
            "killed",
        ),
    ],
)
def test_inmates_alive_are_not_the_dead(language: str, text: str, figure: str, unit: str) -> None:
    assert _unit_of(language, text, figure) == unit
