"""The unit noun named before its figure, and the status an outbreak's counts keep.

A label and a colon ("Hospitalised: 40", "Casos confirmados: 120") name what the figure
counts, never who counted it; a count noun as the subject of a verb of change or of being
("I casi confermati di morbillo sono saliti a 120", "Els casos confirmats de xarampió ja
són 120") gives its figure that unit; and in an outbreak "were hospitalised" counts the
hospitalised, not cases of it (and, in an accident, still the injured).
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article


def _claims(text: str, language: str) -> list[crosscheck.Claim]:
    rep = crosscheck.report([Article(id="a", text=text, language=language)])
    return sorted((c for c in rep.claims if c.kind == "quantity"), key=lambda c: c.start)


@pytest.mark.parametrize(
    ("language", "text", "units"),
    [
        (
            "en",
            "Officials gave an update on Monday. Hospitalised: 40. Dead: 3. Missing: 12.",
            ["hospitalized", "killed", "missing"],
        ),
        (
            "pt",
            "O ministério divulgou o boletim. Casos confirmados: 120. Casos suspeitos: 300.",
            ["cases", "cases"],
        ),
        ("es", "La consejería actualizó el balance. Hospitalizados: 9. Fallecidos: 2.", None),
    ],
)
def test_a_label_before_a_colon_is_the_unit_not_the_source(
    language: str, text: str, units: list[str] | None
) -> None:
    claims = _claims(text, language)
    if units is not None:
        assert [c.unit for c in claims] == units
    assert all(c.unit is not None for c in claims)
    # the label is no source: the paragraph's own credit, or none
    labels = {text.split(". ", 1)[1].split(":")[0]} | {"Dead", "Missing", "Casos suspeitos"}
    assert not any(c.attributed_to in labels for c in claims)


def test_a_source_before_a_colon_stays_a_source() -> None:
    (claim,) = _claims("Police: 40 protesters were arrested in the capital.", "en")
    assert claim.unit == "arrested"
    assert claim.attributed_to == "Police"


def test_a_label_of_the_next_sentence_credits_no_figure_before_it() -> None:
    text = (
        "Os casos confirmados de dengue em Lima subiram para 240. Casos suspeitos: 600. "
        "Internados: 31."
    )
    claims = _claims(text, "pt")
    assert [c.attributed_to for c in claims] == [None, None, None]
    assert [c.unit for c in claims[1:]] == ["cases", "hospitalized"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "I casi confermati di morbillo sono saliti a 120."),
        ("it", "I casi di morbillo sono saliti a 120."),
        ("es", "Los casos confirmados de sarampión ascienden a 120."),
        ("ro", "Numărul cazurilor confirmate de rujeolă a ajuns la 120."),
        ("ca", "Els casos confirmats de xarampió ja són 120."),
        ("nl", "Het aantal bevestigde mazelengevallen steeg tot 120."),
        ("de", "Die Zahl der bestätigten Masernfälle stieg auf 120."),
        ("en", "Confirmed measles cases rose to 120 on Friday."),
    ],
)
def test_a_count_noun_as_the_subject_of_a_level_verb(language: str, text: str) -> None:
    (claim,) = _claims(text, language)
    assert claim.unit == "cases"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a relative clause about the noun: no count of it
        ("en", "The hostages who were 16 were freed."),
        # a figure and a punctuation mark between: the verb is another clause's
        ("it", "I casi sono molti, ma i prezzi sono saliti a 120."),
        # too far: the verb has a subject of its own
        ("es", "Los casos que se detectaron ayer en la ciudad de Valencia suben a 120."),
    ],
)
def test_no_count_noun_across_a_clause(language: str, text: str) -> None:
    claims = _claims(text, language)
    assert all(c.unit not in ("cases", "hostages") for c in claims)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The measles outbreak has grown: 31 people were hospitalised."),
        ("es", "El brote de sarampión crece: 31 personas han sido hospitalizadas."),
        ("fr", "L'épidémie de rougeole s'étend : 31 personnes ont été hospitalisées."),
        ("it", "L'epidemia di morbillo cresce: 31 persone sono state ricoverate."),
        ("pt", "O surto de sarampo cresce: 31 pessoas foram hospitalizadas."),
        ("ca", "El brot de xarampió creix: 31 persones han estat hospitalitzades."),
        ("ro", "Focarul de rujeolă se extinde: 31 de persoane au fost internate în spital."),
        ("ru", "Вспышка кори растёт: 31 человек госпитализирован."),
        ("pl", "Ognisko odry rośnie: 31 osób trafiło do szpitala."),
        ("en", "The measles outbreak has grown. Of the 120 cases, 31 have been hospitalised."),
    ],
)
def test_an_outbreaks_hospitalised_are_hospitalized(language: str, text: str) -> None:
    assert _claims(text, language)[-1].unit == "hospitalized"


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("en", "The train derailed near Bologna: 31 people were hospitalised.", "injured"),
        ("es", "El brote de sarampión deja ya 31 personas contagiadas.", "cases"),
        ("en", "The cholera outbreak has infected 2,700 people.", "cases"),
    ],
)
def test_other_counts_keep_their_status(language: str, text: str, unit: str) -> None:
    assert _claims(text, language)[-1].unit == unit


def test_a_headline_figure_takes_the_credit_of_its_body_twin_of_another_unit() -> None:
    text = (
        "Dengue: Fallzahl in Lima steigt auf 240\n\n"
        "Die Zahl der bestätigten Denguefälle in Lima stieg auf 240, teilte die regionale "
        "Gesundheitsbehörde mit."
    )
    claims = _claims(text, "de")
    assert [c.unit for c in claims] == [None, "cases"]
    assert {c.attributed_to for c in claims} == {"die regionale Gesundheitsbehörde"}


@pytest.mark.parametrize(
    ("language", "text", "units"),
    [
        ("es", "Los heridos son 14 y los fallecidos, tres.", ["injured", "killed"]),
        ("pt", "Os feridos são 14 e os mortos, dois.", ["injured", "killed"]),
        ("es", "Hay 224 fallecidos y tres desaparecidos.", ["killed", "missing"]),
    ],
)
def test_a_comma_standing_for_the_verb_left_out(language: str, text: str, units: list[str]) -> None:
    assert [c.unit for c in _claims(text, language)] == units


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le nombre de personnes hospitalisées s'élève à 9."),
        ("es", "El número de personas hospitalizadas ascendió a 9."),
        ("en", "The number of people in hospital rose to 9."),
        ("pl", "Liczba hospitalizowanych wzrosła do 9."),
        ("ro", "Numărul persoanelor internate în spital a crescut la 9."),
        ("de", "Die Zahl der Menschen im Krankenhaus stieg auf 9."),
    ],
)
def test_the_number_of_people_in_hospital(language: str, text: str) -> None:
    (claim,) = _claims(text, language)
    assert claim.unit == "hospitalized"


def test_a_thing_head_keeps_its_unit_before_a_status_adjective() -> None:
    (claim,) = _claims("El número de vehículos afectados asciende a 120.000.", "es")
    assert claim.unit == "vehicles"


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("ru", "Число пострадавших выросло до 14.", "injured"),
        ("uk", "Кількість постраждалих зросла до 14.", "injured"),
        ("ru", "Число погибших возросло до четырёх.", "killed"),
        ("uk", "Евакуйовані 3400 мешканців.", "evacuated"),
        ("ro", "Numărul persoanelor evacuate a ajuns la 3.400.", "evacuated"),
        ("ro", "Numărul ostaticilor eliberați a ajuns la 26.", "hostages"),
    ],
)
def test_slavic_and_romanian_counts_named_before(language: str, text: str, unit: str) -> None:
    assert _claims(text, language)[-1].unit == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Five workers are still being held by the group, the company said."),
        ("fr", "Cinq ouvriers sont toujours retenus par le groupe armé."),
        ("es", "Cinco trabajadores siguen secuestrados, según la empresa."),
        ("de", "Fünf Arbeiter werden weiterhin festgehalten."),
        ("it", "Cinque operai restano nelle mani dei rapitori."),
        ("ru", "Пять рабочих по-прежнему удерживаются боевиками."),
        ("ru", "В заложниках остаются пять человек."),
    ],
)
def test_those_still_held_are_hostages(language: str, text: str) -> None:
    (claim,) = _claims(text, language)
    assert claim.unit == "hostages"


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("en", "Five workers are still at the site, the company said.", "workers"),
        ("ru", "На месте остаются пять человек.", "people"),
    ],
)
def test_people_held_by_nothing_are_no_hostages(language: str, text: str, unit: str) -> None:
    (claim,) = _claims(text, language)
    assert claim.unit == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Health workers have administered 25,000 doses of the vaccine."),
        ("es", "Se han administrado 25.000 dosis de la vacuna."),
        ("pt", "Foram administradas 25 mil doses."),
        ("de", "Bislang wurden 25.000 Impfdosen verabreicht."),
        ("ro", "Au fost administrate 25.000 de doze de vaccin."),
    ],
)
def test_vaccine_doses_are_no_people_vaccinated(language: str, text: str) -> None:
    (claim,) = _claims(text, language)
    assert claim.unit == "doses"


def test_shots_fired_are_no_doses() -> None:
    claims = _claims("Police said 5 shots were fired near the square.", "en")
    assert all(c.unit != "doses" for c in claims)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Of the 112 cases, 96 were not vaccinated."),
        ("en", "Of the 30 children infected, 25 had not been vaccinated."),
        ("es", "De los 112 casos, 96 no estaban vacunados."),
        ("es", "De los 112 casos, 96 no habían sido vacunados."),
        ("fr", "Sur les 112 cas, 96 n'étaient pas vaccinés."),
    ],
)
def test_a_denied_status_is_no_count_of_it(language: str, text: str) -> None:
    claims = _claims(text, language)
    assert claims[-1].unit != "vaccinated"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Of the 112 cases, 96 were vaccinated."),
        ("es", "Salut ha vacunado a 12.000 niños desde marzo."),
        ("ca", "Salut ha vacunat 12.000 infants des del març."),
    ],
)
def test_a_status_said_is_counted(language: str, text: str) -> None:
    assert _claims(text, language)[-1].unit == "vaccinated"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The kidnappers freed 24 people on Sunday, the government said."),
        ("fr", "Les ravisseurs ont libéré 24 personnes dimanche."),
        ("es", "Los secuestradores liberaron a 24 personas."),
        ("ru", "Похитители освободили 24 человека."),
        ("en", "Gunmen abducted 31 people from the mine in March."),
    ],
)
def test_people_freed_or_taken_by_captors_are_hostages(language: str, text: str) -> None:
    (claim,) = _claims(text, language)
    assert claim.unit == "hostages"


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("en", "The organisers released 24 people from the waiting list.", "people"),
        ("en", "The kidnappers freed 24 workers on Sunday.", "workers"),
    ],
)
def test_other_heads_and_events_keep_their_unit(language: str, text: str, unit: str) -> None:
    (claim,) = _claims(text, language)
    assert claim.unit == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Los rescatistas hallaron sin vida a tres personas."),
        ("es", "Tres personas fueron halladas sin vida entre los escombros."),
        ("ca", "Tres persones van ser trobades sense vida a la riba."),
        ("pt", "Três pessoas foram encontradas sem vida."),
        ("it", "Tre persone sono state trovate senza vita."),
    ],
)
def test_people_found_dead_are_the_dead(language: str, text: str) -> None:
    (claim,) = _claims(text, language)
    assert claim.unit == "killed"


def test_people_found_alive_are_no_dead() -> None:
    (claim,) = _claims("Los rescatistas hallaron con vida a tres personas.", "es")
    assert claim.unit != "killed"


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("pl", "Liczba ewakuowanych osób sięgnęła 3400.", "evacuated"),
        ("en", "The number of evacuated people rose to 3,400.", "evacuated"),
        ("de", "Die Zahl der evakuierten Menschen stieg auf 3400.", "evacuated"),
        ("en", "The number of affected vehicles rose to 120,000.", "vehicles"),
    ],
)
def test_a_status_before_a_plain_head_counted_by_a_toll_noun(
    language: str, text: str, unit: str
) -> None:
    (claim,) = _claims(text, language)
    assert claim.unit == unit
