"""Language-data gaps the fourth probe set (benchmarks/probes4/) showed, in every language
that had them: who fell ill are cases, a Catalan "ingressats" are in hospital, the Slavic
paucal form of "death" counts the dead, and a Polish, Russian or Ukrainian country name in a
case form its endings do not reach is still the country."""

from __future__ import annotations

import pytest

from crosscheck import find_quantities

from ._articles import quantities


def _units(text: str, lang: str) -> dict[str, str | None]:
    return {q.text: q.unit for q in find_quantities(text, language=lang)}


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("ca", "112 persones han emmalaltit després de dinar al menjador.", "112 persones"),
        ("nl", "112 mensen zijn ziek geworden na de lunch op school.", "112 mensen"),
        ("pl", "112 osób zachorowało po obiedzie w szkolnej stołówce.", "112 osób"),
        ("ro", "112 persoane s-au îmbolnăvit după ce au mâncat la cantină.", "112 persoane"),
        # the languages that had it already read the same
        ("en", "112 people fell ill after the school lunch.", "112 people"),
        ("es", "112 personas han enfermado tras comer en el comedor.", "112 personas"),
    ],
)
def test_people_who_fell_ill_are_cases(lang: str, text: str, figure: str) -> None:
    assert _units(text, lang)[figure] == "cases"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "unit"),
    [
        # a head with another predicate keeps it
        ("nl", "40 mensen werden geëvacueerd; niemand is ziek geworden.", "40 mensen", "evacuated"),
        ("pl", "Ewakuowano 40 osób, nikt nie zachorował.", "40 osób", "evacuated"),
        (
            "ro",
            "40 de persoane au fost evacuate, nimeni nu s-a îmbolnăvit.",
            "40 de persoane",
            "evacuated",
        ),
        (
            "ca",
            "40 persones han estat evacuades i ningú no ha emmalaltit.",
            "40 persones",
            "evacuated",
        ),
    ],
)
def test_a_figure_of_another_predicate_is_no_case(
    lang: str, text: str, figure: str, unit: str
) -> None:
    assert _units(text, lang)[figure] == unit


@pytest.mark.parametrize(
    "text",
    [
        "Dotze infants han estat ingressats a l'Hospital de Terrassa.",
        "Dotze infants van ser ingressats a l'hospital.",
        "Dotze infants han estat hospitalitzats.",
    ],
)
def test_catalan_admitted_to_hospital_reads_as_hospitalised(text: str) -> None:
    assert _units(text, "ca")["Dotze infants"] == "hospitalized"


def test_catalan_money_paid_in_is_no_patient() -> None:
    assert _units("S'han ingressat 3.000 euros al compte de l'escola.", "ca")["3.000 euros"] != (
        "hospitalized"
    )


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("pl", "Policja wiąże z awarią trzy zgony.", "trzy zgony"),
        ("ru", "Полиция связывает с отключением три смерти.", "три смерти"),
        # the forms after five and more were read already
        ("pl", "Odnotowano pięć zgonów.", "pięć zgonów"),
        ("ru", "Зафиксировано пять смертей.", "пять смертей"),
    ],
)
def test_the_paucal_form_of_death_counts_the_dead(lang: str, text: str, figure: str) -> None:
    assert _units(text, lang)[figure] == "killed"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Zgony odnotowano w trzech szpitalach regionu."),
        ("ru", "Через два года после смерти отца дом продали."),
    ],
)
def test_the_death_noun_away_from_a_figure_counts_no_one(lang: str, text: str) -> None:
    assert "killed" not in _units(text, lang).values()


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("pl", "W Polsce bez prądu pozostaje 4,2 mln odbiorców.", "poland"),
        ("pl", "W Niemczech zginęło pięć osób.", "germany"),
        ("pl", "We Włoszech zginęło pięć osób.", "italy"),
        ("pl", "Na Węgrzech zginęło pięć osób.", "hungary"),
        ("pl", "W Czadzie schroniło się 5000 uchodźców.", "chad"),
        ("pl", "W Egipcie zginęło pięć osób.", "egypt"),
        ("pl", "W Stanach Zjednoczonych zginęło pięć osób.", "united_states"),
        ("ru", "В Египте погибли пять человек.", "egypt"),
        ("ru", "На Филиппинах погибли пять человек.", "philippines"),
        ("uk", "У Китаї загинули п'ять людей.", "china"),
        ("uk", "У США загинули п'ять людей.", "united_states"),
        # a form the endings reach was read already
        ("pl", "W Hiszpanii zginęło pięć osób.", "spain"),
    ],
)
def test_a_country_in_a_case_form_is_the_country(lang: str, text: str, place: str) -> None:
    (claim,) = quantities(text, lang)
    assert claim.place_id == place


def test_a_polish_adjective_is_no_country() -> None:
    """Only the case forms are names: "polskich" or "niemieckich" stays no place."""
    (claim,) = quantities("Pięć polskich firm zatrudnia 300 osób.", "pl")[-1:]
    assert claim.place_id != "poland"
