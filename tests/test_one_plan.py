"""One plan told two ways: "soll 4800 Soldaten stationieren" and "prévoit de déployer 5 000".

A planned figure whose verb is the plan itself (event ``planned``) and one
whose verb is what is planned (event ``sent``, marked planned by "prévoit")
give the same plan's size; a figure already deployed stays apart.
"""

from __future__ import annotations

import pytest

import crosscheck
from tests._articles import quantities

ROWS = [
    (
        "en",
        "Germany will station about 4,800 soldiers in Lithuania by 2027, the defence "
        "ministry said. Some 150 soldiers are already deployed there.",
    ),
    (
        "de",
        "Die Bundeswehr soll bis 2027 rund 4800 Soldaten in Litauen stationieren. Derzeit "
        "sind dort etwa 150 Soldaten im Einsatz.",
    ),
    (
        "fr",
        "Berlin prévoit de déployer 5 000 soldats en Lituanie d'ici 2027. Environ 150 "
        "militaires allemands sont déjà sur place.",
    ),
    (
        "pl",
        "Niemcy mają rozmieścić na Litwie około 4800 żołnierzy do 2027 roku. Obecnie "
        "stacjonuje tam około 150 żołnierzy Bundeswehry.",
    ),
    (
        "it",
        "La Germania schiererà circa 4.800 soldati in Lituania entro il 2027. Attualmente "
        "sono già presenti circa 150 soldati tedeschi.",
    ),
]


def test_the_plan_is_one_quantity_and_the_troops_there_another() -> None:
    articles = [
        crosscheck.Article(id=f"a{i}", text=t, language=lang, published="2025-06-03")
        for i, (lang, t) in enumerate(ROWS)
    ]
    report = crosscheck.report(articles)
    groups = [{report.claim(c).low for c in f.claim_ids} for f in report.findings]
    plan = next(g for g in groups if 4800 in g)
    assert plan == {4800, 5000}
    here = next(g for g in groups if 150 in g)
    assert here == {150}
    sizes = sorted(len(f.claim_ids) for f in report.findings)
    assert sizes == [5, 5]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Niemcy mają rozmieścić na Litwie około 4800 żołnierzy."),
        ("ru", "Германия разместит в Литве около 4800 военных."),
        ("uk", "Німеччина розмістить у Литві близько 4800 військових."),
        ("es", "Alemania desplegará 4.800 soldados en Lituania."),
    ],
)
def test_a_future_deployment_is_planned(lang: str, text: str) -> None:
    (q,) = quantities(text, lang)
    assert "planned" in q.scope or q.status == "planned"


def test_a_planned_exchange_of_prisoners_is_compared_across_wordings() -> None:
    rows = [
        (
            "fr",
            "Au total, 33 otages doivent être libérés lors de la première phase, contre "
            "quelque 1 900 détenus palestiniens.",
        ),
        (
            "de",
            "In der ersten Phase sollen 33 Geiseln gegen rund 1.700 palästinensische Häftlinge "
            "ausgetauscht werden.",
        ),
        (
            "es",
            "En total, la primera fase prevé la liberación de 33 rehenes y de unos 1.900 presos.",
        ),
    ]
    articles = [
        crosscheck.Article(id=f"a{i}", text=t, language=lang, published="2025-01-20")
        for i, (lang, t) in enumerate(rows)
    ]
    report = crosscheck.report(articles)
    prisoners = [f for f in report.findings if f.unit == "prisoners"]
    assert len(prisoners) == 1
    assert len(prisoners[0].claim_ids) == 3


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El refuerzo elevará a 7.000 el número total de militares en la zona."),
        ("es", "La cifra de agentes subirá hasta un total de 9.479 en los próximos días."),
        ("fr", "Le renfort portera à 7 000 le nombre total de militaires sur place."),
        ("it", "Il rinforzo porterà a 7.000 il numero totale di militari nella zona."),
        ("pt", "O reforço elevará para 7.000 o número total de militares na região."),
        ("ca", "El reforç elevarà a 7.000 el nombre total de militars a la zona."),
    ],
)
def test_a_total_a_reinforcement_will_bring_is_planned(lang: str, text: str) -> None:
    (q,) = quantities(text, lang)
    assert "planned" in q.scope or q.status == "planned"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El número total de militares en la zona se elevó a 7.000 el sábado."),
        ("fr", "Le nombre total de militaires sur place a été porté à 7 000 samedi."),
        ("it", "Il numero totale di militari nella zona è salito a 7.000 sabato."),
    ],
)
def test_a_total_already_reached_is_not_planned(lang: str, text: str) -> None:
    (q,) = quantities(text, lang)
    assert "planned" not in q.scope
    assert q.status != "planned"


def test_two_police_totals_are_compared_without_shared_wording() -> None:
    """Police sent to a disaster are the story's one force, like its troops: the
    unit alone lets two of their figures be compared."""
    rows = [
        ("es", "Ya hay 6.500 agentes de policía desplegados en la provincia, dijo el ministro."),
        ("en", "Some 9,000 police officers are now on the ground, officials told reporters."),
    ]
    articles = [
        crosscheck.Article(id=f"a{i}", text=t, language=lang, published="2024-11-03")
        for i, (lang, t) in enumerate(rows)
    ]
    report = crosscheck.report(articles)
    police = [f for f in report.findings if f.unit == "police"]
    assert len(police) == 1
    assert len(police[0].claim_ids) == 2
